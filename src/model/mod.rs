//! The readiness model: questionnaire content, answers, scores, fit verdict, recommendations.
//!
//! Everything here is plain data and pure functions: no `leptos`, no `web_sys`, no browser.
//! The flow is `content JSON -> Questionnaire (validated once) -> assess(answers) -> Assessment`.
//! See `docs/MODEL.md` for the reasoning, formulas, thresholds and seed citations.
//!
//! Architecture invariant: this module never panics on user data; every input (including empty
//! or stale answers) yields an [`Assessment`], possibly [`VerdictKind::InsufficientData`].

mod answer;
mod content;
mod error;
mod fit;
mod recommend;
mod score;

pub use answer::{Answer, Answers};
pub use content::{
    Dimension, DimensionId, Direction, Question, Questionnaire, RecommendationText, Source,
    VerdictText, MIN_KEEP_GOING, SCHEMA_VERSION,
};
pub use error::ContentError;
pub use fit::{
    assess, Assessment, RelationFinding, RelationKind, VerdictKind, BASELINE_DEMAND, MAX_DRIVERS,
    OVERSTRETCHED_AT, STRAINED_AT,
};
pub use recommend::{MAX_FROM_FINDINGS, MAX_RECOMMENDATIONS, MIN_RECOMMENDATIONS};
pub use score::{
    fit_score, Band, DimensionScore, BORDERLINE_MIN, MIN_COVERAGE_PERCENT, STRENGTH_MIN,
};
