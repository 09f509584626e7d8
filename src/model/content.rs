//! Questionnaire content: the validated [`Questionnaire`] (structure plus one locale) and the
//! types it hands out.
//!
//! The structure document (`content/questionnaire.json`) is language-neutral: dimensions in
//! page order, statements with direction, weight, seed citation and the profiles they are shown
//! for, contradiction pairs, each relation's recommendations in priority order, and the
//! recommendations with their triggers and filters. A locale document
//! (`locales/<code>/questionnaire.json`) holds every user-facing text keyed by those ids.
//!
//! Both are checked together at build time: `build.rs` runs [`Questionnaire::from_json`]
//! (module `load`, one helper per section) on the shipped files, fails the build with the
//! [`ContentError`](super::ContentError) message, and writes the result as static data that
//! `shipped` includes. So the texts and tables here are `&'static`, and the widget neither
//! parses nor checks JSON when it starts; the rest of the model relies on complete, consistent
//! content.
//!
//! Architecture invariant: no user-facing text lives in Rust code; all of it comes from the
//! locale document.

use super::answer::{Answer, Answers};
use super::kinds::{
    Applicability, Band, DimensionId, Direction, Profile, ProfileField, RelationKind, VerdictKind,
    VerdictSentence, Wording,
};

/// The schema version of `content/questionnaire.json` this code reads.
pub const SCHEMA_VERSION: u32 = 2;

/// How many "keep going" recommendations must apply to every profile (a result shows at
/// least 3).
pub const MIN_KEEP_GOING: usize = 3;

/// A citation into the seed documents, e.g. file `"003"`, section `"01"` or
/// `"Relationen klären"`. Formatting for display is the UI's job.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Source {
    /// Seed file key (`"000"`..`"004"`); its title is [`Questionnaire::source_title`].
    pub file: &'static str,
    /// Step number (`"01"`..`"10"`) or a section heading of the seed.
    pub section: &'static str,
}

/// A dimension with its localized texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dimension {
    /// Which dimension.
    pub id: DimensionId,
    /// Page title.
    pub title: &'static str,
    /// One-paragraph introduction shown above the statements.
    pub intro: &'static str,
}

/// A statement with its localized texts.
///
/// `id` and `replaces` are owned: stored answers and export rows are keyed by `String`, and
/// the app core looks them up with these fields as they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// Stable id (also the key in [`Answers`]).
    pub id: String,
    /// The dimension the statement belongs to.
    pub dimension: DimensionId,
    /// Whether agreement raises or lowers the dimension score.
    pub direction: Direction,
    /// Positive weight in the dimension's weighted mean.
    pub weight: u8,
    /// Seed citation.
    pub source: Source,
    /// Statement shown to the respondent ("Sie …").
    pub text: &'static str,
    /// Optional short hint shown below the statement (explains jargon, gives examples).
    pub hint: Option<&'static str>,
    /// When `true`, "weiß nicht" is itself a finding (a knowledge gap), see
    /// [`Questionnaire::gap_text`].
    pub dont_know_is_gap: bool,
    /// The profiles (kind, stage) the statement is shown for.
    pub applies: Applicability,
    /// Ids of earlier statements with the same meaning; their stored answers carry over.
    pub replaces: Vec<String>,
}
impl Question {
    /// Whether the statement is shown (and scored) for `profile`.
    pub fn shown_for(&self, profile: &Profile) -> bool {
        self.applies.applies(profile)
    }

    /// The step (0..=4) a valid scale answer contributes to its own dimension: `v - 1` for
    /// "raises", `5 - v` for "lowers".
    pub fn step(&self, answer: Answer) -> Option<u8> {
        let raw = answer.scale()? - 1;
        Some(match self.direction {
            Direction::Raises => raw,
            Direction::Lowers => 4 - raw,
        })
    }
}

/// One option of a profile question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChoiceOption {
    /// Stable key (e.g. `"action"`).
    pub key: &'static str,
    /// Label of the radio.
    pub label: &'static str,
    /// Optional explanation below the label.
    pub hint: Option<&'static str>,
}

/// A profile question (kind, stage, scope) with its texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProfileQuestion {
    /// Which field.
    pub field: ProfileField,
    /// The question (legend of the radio group).
    pub legend: &'static str,
    /// The options in display order.
    pub options: &'static [ChoiceOption],
}

/// One questionnaire page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    /// The three profile questions.
    Profile,
    /// The statements of one dimension shown for the profile.
    Dimension(DimensionId),
}

/// A recommendation's localized texts and its seed citation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecommendationText {
    /// Short title of the next step.
    pub title: &'static str,
    /// Concrete description of the next step.
    pub body: &'static str,
    /// Seed citation.
    pub source: Source,
}

/// A recommendation with its triggers and filters (internal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Recommendation {
    pub(crate) id: &'static str,
    pub(crate) dimensions: &'static [DimensionId],
    pub(crate) gaps: &'static [&'static str],
    pub(crate) keep_going: bool,
    pub(crate) situation: bool,
    pub(crate) applies: Applicability,
    pub(crate) done_when: &'static [&'static str],
    pub(crate) text: RecommendationText,
}

/// The validated questionnaire: structure plus one locale. Cheap to query, immutable.
///
/// Everything but the statements is static data (see the module documentation); the fields
/// are visible to the model's `load` (which builds it), `codegen` (which writes it as Rust for
/// the build) and `shipped` (which holds the written data).
#[derive(Debug, Clone, PartialEq)]
pub struct Questionnaire {
    pub(super) schema_version: u32,
    pub(super) model_version: u32,
    pub(super) language: &'static str,
    /// Page order.
    pub(super) dimensions: &'static [Dimension],
    /// Position of each dimension (by [`DimensionId::index`]) in `dimensions`.
    pub(super) page_position: [usize; 7],
    /// Page order, then file order within a dimension.
    pub(super) questions: Vec<Question>,
    /// Labels in [`Answer::OPTIONS`] order.
    pub(super) options: &'static [&'static str],
    pub(super) profile_title: &'static str,
    pub(super) profile_intro: &'static str,
    pub(super) profile_questions: &'static [ProfileQuestion],
    /// Band labels: `[dimension index][band index]`.
    pub(super) bands: &'static [[&'static str; 3]],
    pub(super) verdict_titles: &'static [&'static str],
    pub(super) verdict_sentences: &'static [&'static str],
    /// `[relation index][wording index]`, present for the relation's wordings.
    pub(super) relation_texts: &'static [[Option<&'static str>; 4]],
    /// Recommendation ids per relation (by index), in priority order.
    pub(super) relation_recommendations: &'static [&'static [&'static str]],
    pub(super) contradictions: &'static [(&'static str, &'static str)],
    pub(crate) recommendations: &'static [Recommendation],
    /// Gap texts by question id, ordered by id.
    pub(super) gaps: &'static [(&'static str, &'static str)],
    /// Source titles by file key, ordered by key.
    pub(super) sources: &'static [(&'static str, &'static str)],
}

/// The text of `key` in a table ordered by key.
fn lookup(table: &'static [(&'static str, &'static str)], key: &str) -> Option<&'static str> {
    table
        .binary_search_by(|(k, _)| (*k).cmp(key))
        .ok()
        .map(|i| table[i].1)
}

impl Questionnaire {
    /// Schema version of the structure document.
    pub fn schema_version(&self) -> u32 {
        self.schema_version
    }

    /// Version of the model (content and rules); stored with every result, so a result
    /// computed by an older model can be recognised.
    pub fn model_version(&self) -> u32 {
        self.model_version
    }

    /// Language code of the locale document (e.g. `"de"`).
    pub fn language(&self) -> &'static str {
        self.language
    }

    /// All dimensions in page order.
    pub fn dimensions(&self) -> &'static [Dimension] {
        self.dimensions
    }

    /// One dimension.
    pub fn dimension(&self, id: DimensionId) -> &'static Dimension {
        &self.dimensions[self.page_position[id.index()]]
    }

    /// All statements of one dimension, in page order.
    pub fn questions(&self, id: DimensionId) -> impl Iterator<Item = &Question> + '_ {
        self.questions.iter().filter(move |q| q.dimension == id)
    }

    /// The statements of one dimension shown for `profile`, in page order.
    pub fn shown_questions<'a>(
        &'a self,
        id: DimensionId,
        profile: &'a Profile,
    ) -> impl Iterator<Item = &'a Question> + 'a {
        self.questions(id).filter(move |q| q.shown_for(profile))
    }

    /// All statements shown for `profile`, in page order.
    pub fn all_shown<'a>(
        &'a self,
        profile: &'a Profile,
    ) -> impl Iterator<Item = &'a Question> + 'a {
        self.questions.iter().filter(move |q| q.shown_for(profile))
    }

    /// A statement by id.
    pub fn question(&self, qid: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == qid)
    }

    /// All statements in page order (dimension page order, then file order).
    pub fn all_questions(&self) -> &[Question] {
        &self.questions
    }

    /// The pages for `profile`: the profile page, then every dimension with a statement shown.
    pub fn pages(&self, profile: &Profile) -> Vec<Page> {
        std::iter::once(Page::Profile)
            .chain(
                self.dimensions
                    .iter()
                    .filter(|d| self.shown_questions(d.id, profile).next().is_some())
                    .map(|d| Page::Dimension(d.id)),
            )
            .collect()
    }

    /// Label of an answer option; empty for an out-of-range scale value.
    pub fn option_label(&self, a: Answer) -> &'static str {
        Answer::OPTIONS
            .iter()
            .position(|o| *o == a)
            .and_then(|i| self.options.get(i))
            .copied()
            .unwrap_or_default()
    }

    /// Title of the profile page.
    pub fn profile_title(&self) -> &'static str {
        self.profile_title
    }

    /// Introduction of the profile page.
    pub fn profile_intro(&self) -> &'static str {
        self.profile_intro
    }

    /// The three profile questions in asking order.
    pub fn profile_questions(&self) -> &'static [ProfileQuestion] {
        self.profile_questions
    }

    /// Label of a profile answer (e.g. kind `"action"`); empty for an unknown key.
    pub fn profile_label(&self, field: ProfileField, key: &str) -> &'static str {
        self.profile_questions
            .iter()
            .find(|p| p.field == field)
            .and_then(|p| p.options.iter().find(|o| o.key == key))
            .map_or("", |o| o.label)
    }

    /// Label of a band for a dimension (band names differ for demand dimensions).
    pub fn band_label(&self, d: DimensionId, b: Band) -> &'static str {
        self.bands[d.index()][b.index()]
    }

    /// Short title of a verdict, e.g. "tragfähig".
    pub fn verdict_title(&self, v: VerdictKind) -> &'static str {
        self.verdict_titles[v.index()]
    }

    /// A verdict sentence.
    pub fn verdict_sentence(&self, s: VerdictSentence) -> &'static str {
        self.verdict_sentences[s.index()]
    }

    /// The sentence of a finding of relation `r` with wording `w` (empty for a wording the
    /// relation cannot have, which the model never produces).
    pub fn relation_text(&self, r: RelationKind, w: Wording) -> &'static str {
        self.relation_texts[r.index()][w as usize].unwrap_or_default()
    }

    /// The recommendations of relation `r`, in priority order.
    pub fn relation_recommendations(&self, r: RelationKind) -> &'static [&'static str] {
        self.relation_recommendations[r.index()]
    }

    /// The reverse-coded pairs checked for contradictions.
    pub fn contradictions(&self) -> &'static [(&'static str, &'static str)] {
        self.contradictions
    }

    /// A recommendation's texts and citation.
    pub fn recommendation(&self, id: &str) -> Option<&'static RecommendationText> {
        self.recommendations
            .iter()
            .find(|r| r.id == id)
            .map(|r| &r.text)
    }

    /// All recommendation ids in content order.
    pub fn recommendation_ids(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.recommendations.iter().map(|r| r.id)
    }

    /// The knowledge-gap finding text for a question flagged `dont_know_is_gap`.
    pub fn gap_text(&self, qid: &str) -> Option<&'static str> {
        lookup(self.gaps, qid)
    }

    /// Title of a seed source file (e.g. `"003"` -> "Netzwerk-Arbeit – …").
    pub fn source_title(&self, file: &str) -> Option<&'static str> {
        lookup(self.sources, file)
    }

    /// The dimensions whose weak score can trigger a recommendation (empty for an unknown id).
    pub fn recommendation_dimensions(&self, id: &str) -> &'static [DimensionId] {
        self.recommendations
            .iter()
            .find(|r| r.id == id)
            .map_or(&[], |r| r.dimensions)
    }

    /// The statement an id names: its own id, or one it replaces.
    pub fn resolve(&self, id: &str) -> Option<&Question> {
        self.questions
            .iter()
            .find(|q| q.id == id || q.replaces.iter().any(|r| r == id))
    }
}

impl Answers {
    /// A copy keeping only answers to statements of `q` with a valid value (answers to a
    /// replaced id carry over to the statement replacing it, unless that has its own answer),
    /// plus the ids that were dropped (unknown ids or out-of-range scale values), ordered by
    /// id. Use it on data loaded from storage written by an older version.
    pub fn validated(&self, q: &Questionnaire) -> (Answers, Vec<String>) {
        let mut kept = Answers::new();
        let mut dropped = Vec::new();
        for (id, answer) in &self.0 {
            match q.resolve(id) {
                Some(question) if answer.is_valid() => {
                    if question.id == *id || !self.0.contains_key(&question.id) {
                        kept.set(&question.id, *answer);
                    }
                }
                _ => dropped.push(id.clone()),
            }
        }
        (kept, dropped)
    }
}
