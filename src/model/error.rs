//! [`ContentError`]: everything that can be wrong with questionnaire content at load time.
//!
//! Every message names the offending id or locale key, so a content author can fix the JSON
//! without reading Rust.

use std::fmt;

/// Why a structure/locale JSON pair was rejected by [`Questionnaire::from_json`].
///
/// [`Questionnaire::from_json`]: super::Questionnaire::from_json
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentError {
    /// The JSON did not parse or did not have the expected shape.
    Json {
        /// `"structure"` or `"locale"`.
        document: &'static str,
        /// The parser's message (with line and column).
        message: String,
    },
    /// The structure declares a schema version this code does not understand.
    UnsupportedSchemaVersion {
        /// Version found in the structure file.
        found: u32,
        /// Version this code reads.
        supported: u32,
    },
    /// Two questions or two recommendations share an id, or a `replaces` entry names an id
    /// in use (ids are unique across questions, replaced ids and recommendations).
    DuplicateId {
        /// The repeated id.
        id: String,
    },
    /// A question or recommendation names a dimension that does not exist.
    UnknownDimension {
        /// Id of the question/recommendation (or `"dimensions"` for the page-order list).
        owner: String,
        /// The unknown dimension key.
        dimension: String,
    },
    /// The page-order list of dimensions names a dimension twice.
    DuplicateDimension {
        /// The repeated dimension key.
        dimension: String,
    },
    /// The page-order list of dimensions lacks a dimension.
    MissingDimension {
        /// The missing dimension key.
        dimension: String,
    },
    /// A dimension has no question.
    EmptyDimension {
        /// The dimension key.
        dimension: String,
    },
    /// A question has weight 0 (weights must be positive).
    ZeroWeight {
        /// The question id.
        question: String,
    },
    /// A citation names a source file that the structure does not list.
    UnknownSource {
        /// Id of the citing question/recommendation.
        owner: String,
        /// The unknown source file key.
        file: String,
    },
    /// A citation has an empty section.
    EmptySection {
        /// Id of the citing question/recommendation.
        owner: String,
    },
    /// A `kinds`, `stages` or `scopes` filter names an option that does not exist.
    UnknownProfileOption {
        /// Id of the question/recommendation.
        owner: String,
        /// The unknown option key.
        option: String,
    },
    /// A contradiction pair is not two existing statements of one dimension with opposite
    /// directions.
    BadContradictionPair {
        /// The first id of the pair.
        first: String,
        /// The second id of the pair.
        second: String,
    },
    /// The `relations` map names a relation that does not exist.
    UnknownRelation {
        /// The unknown relation key.
        relation: String,
    },
    /// The `relations` map lacks a relation (every relation needs its recommendations).
    MissingRelation {
        /// The relation key.
        relation: String,
    },
    /// A relation lists a recommendation that does not exist.
    UnknownRecommendation {
        /// The relation key.
        relation: String,
        /// The unknown recommendation id.
        recommendation: String,
    },
    /// A relation's list has no recommendation that always applies (no kinds, stages or
    /// scopes filter, no `done_when`), so a finding could be left without a next step.
    RelationWithoutFallback {
        /// The relation key.
        relation: String,
    },
    /// A recommendation can never be chosen: no relation lists it and it has no dimension,
    /// gap, keep-going or situation trigger.
    RecommendationWithoutTrigger {
        /// The recommendation id.
        recommendation: String,
    },
    /// A situation recommendation applies to every profile (it must name kinds, stages or
    /// scopes, else it would be shown to everybody).
    SituationWithoutFilter {
        /// The recommendation id.
        recommendation: String,
    },
    /// A recommendation's `gaps` list names a question that does not exist or is not flagged
    /// `dont_know_is_gap`.
    UnknownGapQuestion {
        /// The recommendation id.
        recommendation: String,
        /// The offending question id.
        question: String,
    },
    /// A recommendation's `done_when` list names a question that does not exist.
    UnknownDoneWhenQuestion {
        /// The recommendation id.
        recommendation: String,
        /// The offending question id.
        question: String,
    },
    /// For some profile, fewer "keep going" recommendations without `done_when` apply than a
    /// result must be able to show.
    TooFewKeepGoing {
        /// The profile, e.g. `kind=action, stage=idea, scope=place`.
        profile: String,
        /// How many apply.
        found: usize,
        /// How many are needed.
        needed: usize,
    },
    /// A text the structure needs is missing from the locale (key path such as
    /// `questions.mot_personal.text` or `options.dont_know`).
    MissingText {
        /// Dotted locale key path.
        key: String,
    },
    /// A locale text is empty or only whitespace.
    EmptyText {
        /// Dotted locale key path.
        key: String,
    },
    /// The locale has a text for an id the structure does not know (probably a typo).
    UnknownLocaleKey {
        /// Dotted locale key path.
        key: String,
    },
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ContentError::*;
        match self {
            Json { document, message } => write!(f, "{document} JSON is invalid: {message}"),
            UnsupportedSchemaVersion { found, supported } => write!(
                f,
                "structure has schema version {found}, but this build reads version {supported}"
            ),
            DuplicateId { id } => write!(f, "id `{id}` is used more than once"),
            UnknownDimension { owner, dimension } => {
                write!(f, "`{owner}` names unknown dimension `{dimension}`")
            }
            DuplicateDimension { dimension } => {
                write!(f, "dimension `{dimension}` is listed more than once")
            }
            MissingDimension { dimension } => {
                write!(f, "dimension `{dimension}` is missing from the dimension list")
            }
            EmptyDimension { dimension } => write!(f, "dimension `{dimension}` has no questions"),
            ZeroWeight { question } => {
                write!(f, "question `{question}` has weight 0; weights must be positive")
            }
            UnknownSource { owner, file } => {
                write!(f, "`{owner}` cites unknown source file `{file}`")
            }
            EmptySection { owner } => write!(f, "`{owner}` cites a source without a section"),
            UnknownProfileOption { owner, option } => {
                write!(f, "`{owner}` names unknown kind, stage or scope `{option}`")
            }
            BadContradictionPair { first, second } => write!(
                f,
                "contradiction pair `{first}`/`{second}` must be two statements of one dimension \
                 with opposite directions"
            ),
            UnknownRelation { relation } => write!(f, "unknown relation `{relation}`"),
            MissingRelation { relation } => {
                write!(f, "relation `{relation}` has no list of recommendations")
            }
            UnknownRecommendation {
                relation,
                recommendation,
            } => write!(
                f,
                "relation `{relation}` lists unknown recommendation `{recommendation}`"
            ),
            RelationWithoutFallback { relation } => write!(
                f,
                "relation `{relation}` lists no recommendation that applies to every profile and \
                 has no done_when"
            ),
            RecommendationWithoutTrigger { recommendation } => write!(
                f,
                "recommendation `{recommendation}` is listed by no relation and has no dimension, \
                 gap, keep-going or situation trigger"
            ),
            SituationWithoutFilter { recommendation } => write!(
                f,
                "situation recommendation `{recommendation}` names no kinds, stages or scopes"
            ),
            UnknownGapQuestion {
                recommendation,
                question,
            } => write!(
                f,
                "recommendation `{recommendation}` lists `{question}` as gap, but that is not a \
                 question flagged dont_know_is_gap"
            ),
            UnknownDoneWhenQuestion {
                recommendation,
                question,
            } => write!(
                f,
                "recommendation `{recommendation}` lists unknown question `{question}` in done_when"
            ),
            TooFewKeepGoing {
                profile,
                found,
                needed,
            } => write!(
                f,
                "{found} keep-going recommendations apply to {profile}, at least {needed} are needed"
            ),
            MissingText { key } => write!(f, "locale has no text for `{key}`"),
            EmptyText { key } => write!(f, "locale text `{key}` is empty"),
            UnknownLocaleKey { key } => {
                write!(f, "locale has text `{key}` for an id the structure does not know")
            }
        }
    }
}

impl std::error::Error for ContentError {}
