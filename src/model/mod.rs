//! The readiness model: questionnaire content, answers, scores, fit verdict, recommendations.
//!
//! Everything here is plain data and pure functions: no `leptos`, no `web_sys`, no browser.
//! The flow is `content JSON -> Questionnaire (validated by build.rs, shipped as static data) ->
//! assess(profile, answers) -> Assessment`. See `docs/MODEL.md` for the reasoning, formulas,
//! thresholds and seed citations.
//!
//! Module layers, no import circles: `kinds` (shared vocabulary, a leaf) and `answer` <-
//! `content` <- `score` <- `fit`, `quality`, `recommend` <- `assess` (the top). Beside them:
//! `load` (JSON -> checked `Questionnaire`; native only: `build.rs` and the tests), `shipped`
//! (the data `build.rs` wrote) and `codegen` (how it is written; compiled into `build.rs` only,
//! not declared here). `build.rs` compiles `answer`, `content`, `error`, `kinds`, `load` and
//! `codegen`, so these never use `crate::…` paths (only `super::…`).
//!
//! Architecture invariant: this module never panics on user data; every input (including empty
//! or stale answers) yields an [`Assessment`], possibly [`VerdictKind::InsufficientData`].

mod answer;
mod assess;
mod content;
mod error;
mod fit;
mod kinds;
#[cfg(not(target_arch = "wasm32"))]
pub(crate) mod load;
mod quality;
mod recommend;
mod score;
mod shipped;

pub use answer::{Answer, Answers};
pub use assess::{assess, Assessment};
pub use content::{
    ChoiceOption, Dimension, Page, ProfileQuestion, Question, Questionnaire, RecommendationText,
    Source, MIN_KEEP_GOING, SCHEMA_VERSION,
};
pub use error::ContentError;
pub use fit::RelationFinding;
pub use kinds::{
    fit_score, Applicability, Band, DimensionId, Direction, Kind, Profile, ProfileField,
    RelationKind, Scope, Stage, VerdictKind, VerdictSentence, Wording, BASELINE_DEMAND,
    BORDERLINE_MIN, CONTRADICTION_GAP, HIGH_DEMAND_AT, LOW_CAPACITY_AT, MAX_DRIVERS,
    MIN_COVERAGE_PERCENT, OVERSTRETCHED_AT, PARTICIPATION_BASELINE, SCOPE_DRIVER, SCOPE_WEIGHT,
    STRAIGHT_LINE_MIN, STRAINED_AT, STRENGTH_MIN,
};
pub use quality::AnswerQuality;
pub use recommend::{MAX_FROM_FINDINGS, MAX_RECOMMENDATIONS, MIN_RECOMMENDATIONS};
pub use score::{Coverage, DimensionScore};
