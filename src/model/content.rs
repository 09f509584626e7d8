//! Questionnaire content: raw serde types for the two JSON documents and the validated
//! [`Questionnaire`] built from them once.
//!
//! The structure document (`content/questionnaire.json`) is language-neutral: dimensions in
//! page order, questions with direction, weight and seed citation, recommendation triggers.
//! A locale document (`locales/<code>/questionnaire.json`) holds every user-facing text keyed by
//! those ids. [`Questionnaire::from_json`] parses both into raw types and checks them together
//! (ripgrep's raw -> validated pattern); afterwards the rest of the model can rely on complete,
//! consistent content.
//!
//! Architecture invariant: no user-facing text lives in Rust code; all of it comes from the
//! locale document.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::error::ContentError;
use super::fit::{RelationKind, VerdictKind};
use super::score::Band;
use super::Answer;

/// The schema version of `content/questionnaire.json` this code reads.
pub const SCHEMA_VERSION: u32 = 1;

/// How many "keep going" recommendations the content must provide (a result shows at least 3).
pub const MIN_KEEP_GOING: usize = 3;

const GERMAN_STRUCTURE: &str = include_str!("../../content/questionnaire.json");
const GERMAN_LOCALE: &str = include_str!("../../locales/de/questionnaire.json");

/// The six dimensions of the check.
///
/// Motivation, Goals, Resources and Commitment are *capacity* dimensions (high score = more
/// capacity). Ambition and Pace are *demand* dimensions (high score = more demanding).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DimensionId {
    /// Own motivation, role and mandate clarity (003, step 01).
    Motivation,
    /// Clarity of goals and knowledge of needs (003, steps 02, 07, 09).
    Goals,
    /// "Ziel-Anspruch": how much should change, for how many, how far (003, Relationen klären).
    Ambition,
    /// Allies, co-creators, Sozialraum, partners, time, money, rooms, support (003, 000, 002, 004).
    Resources,
    /// "Tatsächliche Verbindlichkeit": agreements, responsibilities, meetings, mandate.
    Commitment,
    /// "Prozess-Geschwindigkeit": how fast things must happen, incl. participation time.
    Pace,
}

impl DimensionId {
    /// All dimensions in the default page order.
    pub const ALL: [DimensionId; 6] = [
        DimensionId::Motivation,
        DimensionId::Goals,
        DimensionId::Ambition,
        DimensionId::Resources,
        DimensionId::Commitment,
        DimensionId::Pace,
    ];

    /// The snake_case key used in the JSON documents.
    pub fn key(self) -> &'static str {
        match self {
            DimensionId::Motivation => "motivation",
            DimensionId::Goals => "goals",
            DimensionId::Ambition => "ambition",
            DimensionId::Resources => "resources",
            DimensionId::Commitment => "commitment",
            DimensionId::Pace => "pace",
        }
    }

    /// Parses a key of [`DimensionId::key`].
    pub fn from_key(key: &str) -> Option<DimensionId> {
        DimensionId::ALL.into_iter().find(|d| d.key() == key)
    }

    /// `true` for Ambition and Pace, where a high score means *more demanding*.
    pub fn is_demand(self) -> bool {
        matches!(self, DimensionId::Ambition | DimensionId::Pace)
    }

    /// Position in [`DimensionId::ALL`].
    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// Whether agreeing with a question raises or lowers its dimension's score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// "trifft voll zu" gives 100 points.
    Raises,
    /// Reverse-coded: "trifft voll zu" gives 0 points.
    Lowers,
}

/// A citation into the seed documents, e.g. file `"003"`, section `"01"` or
/// `"Relationen klären"`. Formatting for display is the UI's job.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Seed file key (`"000"`..`"004"`); its title is [`Questionnaire::source_title`].
    pub file: String,
    /// Step number (`"01"`..`"10"`) or a section heading of the seed.
    pub section: String,
}

/// A dimension with its localized texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dimension {
    /// Which dimension.
    pub id: DimensionId,
    /// Page title.
    pub title: String,
    /// One-paragraph introduction shown above the questions.
    pub intro: String,
}

/// A question with its localized texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// Stable id (also the key in [`Answers`](super::Answers)).
    pub id: String,
    /// The dimension the question belongs to.
    pub dimension: DimensionId,
    /// Whether agreement raises or lowers the dimension score.
    pub direction: Direction,
    /// Positive weight in the dimension's weighted mean.
    pub weight: u8,
    /// Seed citation.
    pub source: Source,
    /// Statement shown to the respondent ("Sie …").
    pub text: String,
    /// Optional short hint shown below the statement.
    pub hint: Option<String>,
    /// When `true`, "weiß nicht" is itself a finding (a knowledge gap), see
    /// [`Questionnaire::gap_text`].
    pub dont_know_is_gap: bool,
    /// When `true`, the question asks how much the target groups take part (only pace
    /// questions; they also form the participation measure of
    /// [`RelationKind::PaceVsParticipation`]). Addition to the original contract.
    pub participation: bool,
}

/// Title and explanatory sentence of a verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerdictText {
    /// Short name, e.g. "tragfähig".
    pub title: String,
    /// One sentence explaining the verdict.
    pub sentence: String,
}

/// A recommendation's localized texts and its seed citation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecommendationText {
    /// Short title of the next step.
    pub title: String,
    /// Concrete description of the next step.
    pub body: String,
    /// Seed citation.
    pub source: Source,
}

/// A recommendation with its triggers (internal).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Recommendation {
    pub(crate) id: String,
    pub(crate) relations: Vec<RelationKind>,
    pub(crate) dimensions: Vec<DimensionId>,
    pub(crate) gaps: Vec<String>,
    pub(crate) keep_going: bool,
    pub(crate) text: RecommendationText,
}

/// The validated questionnaire: structure plus one locale. Cheap to query, immutable.
#[derive(Debug, Clone, PartialEq)]
pub struct Questionnaire {
    schema_version: u32,
    language: String,
    /// Page order.
    dimensions: Vec<Dimension>,
    /// Position of each dimension (by [`DimensionId::index`]) in `dimensions`.
    page_position: [usize; 6],
    /// Page order, then file order within a dimension.
    questions: Vec<Question>,
    /// Labels in [`Answer::OPTIONS`] order.
    options: Vec<String>,
    /// Band labels: `[dimension index][band index]`.
    bands: Vec<[String; 3]>,
    verdicts: Vec<VerdictText>,
    relations: Vec<String>,
    pub(crate) recommendations: Vec<Recommendation>,
    gaps: BTreeMap<String, String>,
    sources: BTreeMap<String, String>,
}

// ---------------------------------------------------------------------------------------------
// Raw serde types
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStructure {
    schema_version: u32,
    sources: Vec<String>,
    dimensions: Vec<String>,
    questions: Vec<RawQuestion>,
    recommendations: Vec<RawRecommendation>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: String,
    dimension: String,
    direction: Direction,
    weight: u8,
    source: Source,
    #[serde(default)]
    dont_know_is_gap: bool,
    #[serde(default)]
    participation: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRecommendation {
    id: String,
    source: Source,
    #[serde(default)]
    relations: Vec<String>,
    #[serde(default)]
    dimensions: Vec<String>,
    #[serde(default)]
    gaps: Vec<String>,
    #[serde(default)]
    keep_going: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLocale {
    language: String,
    options: BTreeMap<String, String>,
    sources: BTreeMap<String, String>,
    dimensions: BTreeMap<String, RawDimensionText>,
    questions: BTreeMap<String, RawQuestionText>,
    verdicts: BTreeMap<String, RawVerdictText>,
    relations: BTreeMap<String, String>,
    recommendations: BTreeMap<String, RawRecommendationText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDimensionText {
    title: String,
    intro: String,
    bands: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestionText {
    text: String,
    #[serde(default)]
    hint: Option<String>,
    #[serde(default)]
    gap: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVerdictText {
    title: String,
    sentence: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRecommendationText {
    title: String,
    body: String,
}

// ---------------------------------------------------------------------------------------------
// Validation helpers
// ---------------------------------------------------------------------------------------------

/// Takes a required, non-empty text out of a map; records the key as used.
fn required(map: &BTreeMap<String, String>, id: &str, path: &str) -> Result<String, ContentError> {
    match map.get(id) {
        None => Err(ContentError::MissingText {
            key: format!("{path}.{id}"),
        }),
        Some(text) => non_empty(text, &format!("{path}.{id}")),
    }
}

fn non_empty(text: &str, key: &str) -> Result<String, ContentError> {
    if text.trim().is_empty() {
        Err(ContentError::EmptyText {
            key: key.to_owned(),
        })
    } else {
        Ok(text.to_owned())
    }
}

/// Errors on the first key of `map` that is not in `known`.
fn no_unknown_keys<'a, V>(
    map: &BTreeMap<String, V>,
    known: impl IntoIterator<Item = &'a str>,
    path: &str,
) -> Result<(), ContentError> {
    let known: BTreeSet<&str> = known.into_iter().collect();
    match map.keys().find(|k| !known.contains(k.as_str())) {
        Some(k) => Err(ContentError::UnknownLocaleKey {
            key: format!("{path}.{k}"),
        }),
        None => Ok(()),
    }
}

fn check_source(
    source: &Source,
    owner: &str,
    files: &BTreeSet<String>,
) -> Result<(), ContentError> {
    if !files.contains(&source.file) {
        return Err(ContentError::UnknownSource {
            owner: owner.to_owned(),
            file: source.file.clone(),
        });
    }
    if source.section.trim().is_empty() {
        return Err(ContentError::EmptySection {
            owner: owner.to_owned(),
        });
    }
    Ok(())
}

fn dimension_of(key: &str, owner: &str) -> Result<DimensionId, ContentError> {
    DimensionId::from_key(key).ok_or_else(|| ContentError::UnknownDimension {
        owner: owner.to_owned(),
        dimension: key.to_owned(),
    })
}

impl Questionnaire {
    /// The shipped German questionnaire (`content/questionnaire.json` +
    /// `locales/de/questionnaire.json`, embedded at compile time).
    pub fn german() -> Result<Questionnaire, ContentError> {
        Self::from_json(GERMAN_STRUCTURE, GERMAN_LOCALE)
    }

    /// Parses and validates a structure document and a locale document.
    pub fn from_json(structure: &str, locale: &str) -> Result<Questionnaire, ContentError> {
        let raw: RawStructure =
            serde_json::from_str(structure).map_err(|e| ContentError::Json {
                document: "structure",
                message: e.to_string(),
            })?;
        let loc: RawLocale = serde_json::from_str(locale).map_err(|e| ContentError::Json {
            document: "locale",
            message: e.to_string(),
        })?;
        Self::validate(raw, loc)
    }

    fn validate(raw: RawStructure, loc: RawLocale) -> Result<Questionnaire, ContentError> {
        if raw.schema_version != SCHEMA_VERSION {
            return Err(ContentError::UnsupportedSchemaVersion {
                found: raw.schema_version,
                supported: SCHEMA_VERSION,
            });
        }
        let files: BTreeSet<String> = raw.sources.iter().cloned().collect();

        // Dimensions: a permutation of DimensionId::ALL.
        let mut order: Vec<DimensionId> = Vec::new();
        for key in &raw.dimensions {
            let d = dimension_of(key, "dimensions")?;
            if order.contains(&d) {
                return Err(ContentError::DuplicateDimension {
                    dimension: key.clone(),
                });
            }
            order.push(d);
        }
        if let Some(d) = DimensionId::ALL.into_iter().find(|d| !order.contains(d)) {
            return Err(ContentError::MissingDimension {
                dimension: d.key().to_owned(),
            });
        }
        let mut page_position = [0usize; 6];
        for (pos, d) in order.iter().enumerate() {
            page_position[d.index()] = pos;
        }

        // Questions.
        let mut ids: BTreeSet<String> = BTreeSet::new();
        let mut questions: Vec<Question> = Vec::new();
        let mut gaps: BTreeMap<String, String> = BTreeMap::new();
        for rq in raw.questions {
            if !ids.insert(rq.id.clone()) {
                return Err(ContentError::DuplicateId { id: rq.id });
            }
            let dimension = dimension_of(&rq.dimension, &rq.id)?;
            if rq.weight == 0 {
                return Err(ContentError::ZeroWeight { question: rq.id });
            }
            check_source(&rq.source, &rq.id, &files)?;
            if rq.participation && dimension != DimensionId::Pace {
                return Err(ContentError::ParticipationOutsidePace { question: rq.id });
            }
            let path = format!("questions.{}", rq.id);
            let texts = loc
                .questions
                .get(&rq.id)
                .ok_or_else(|| ContentError::MissingText {
                    key: format!("{path}.text"),
                })?;
            let text = non_empty(&texts.text, &format!("{path}.text"))?;
            let hint = match &texts.hint {
                Some(h) => Some(non_empty(h, &format!("{path}.hint"))?),
                None => None,
            };
            match (&texts.gap, rq.dont_know_is_gap) {
                (Some(g), true) => {
                    gaps.insert(rq.id.clone(), non_empty(g, &format!("{path}.gap"))?);
                }
                (None, true) => {
                    return Err(ContentError::MissingText {
                        key: format!("{path}.gap"),
                    })
                }
                (Some(_), false) => {
                    return Err(ContentError::UnknownLocaleKey {
                        key: format!("{path}.gap"),
                    })
                }
                (None, false) => {}
            }
            questions.push(Question {
                id: rq.id,
                dimension,
                direction: rq.direction,
                weight: rq.weight,
                source: rq.source,
                text,
                hint,
                dont_know_is_gap: rq.dont_know_is_gap,
                participation: rq.participation,
            });
        }
        for d in DimensionId::ALL {
            if !questions.iter().any(|q| q.dimension == d) {
                return Err(ContentError::EmptyDimension {
                    dimension: d.key().to_owned(),
                });
            }
        }
        if !questions.iter().any(|q| q.participation) {
            return Err(ContentError::NoParticipationQuestions);
        }
        // Stable sort: page order, then file order.
        questions.sort_by_key(|q| page_position[q.dimension.index()]);
        no_unknown_keys(
            &loc.questions,
            questions.iter().map(|q| q.id.as_str()),
            "questions",
        )?;

        // Recommendations.
        let mut recommendations = Vec::new();
        for rr in raw.recommendations {
            if !ids.insert(rr.id.clone()) {
                return Err(ContentError::DuplicateId { id: rr.id });
            }
            check_source(&rr.source, &rr.id, &files)?;
            let mut relations = Vec::new();
            for key in &rr.relations {
                let r =
                    RelationKind::from_key(key).ok_or_else(|| ContentError::UnknownRelation {
                        recommendation: rr.id.clone(),
                        relation: key.clone(),
                    })?;
                relations.push(r);
            }
            let mut dimensions = Vec::new();
            for key in &rr.dimensions {
                dimensions.push(dimension_of(key, &rr.id)?);
            }
            if relations.is_empty() && dimensions.is_empty() {
                return Err(ContentError::RecommendationWithoutTrigger {
                    recommendation: rr.id,
                });
            }
            for g in &rr.gaps {
                if !questions.iter().any(|q| &q.id == g && q.dont_know_is_gap) {
                    return Err(ContentError::UnknownGapQuestion {
                        recommendation: rr.id.clone(),
                        question: g.clone(),
                    });
                }
            }
            let path = format!("recommendations.{}", rr.id);
            let texts =
                loc.recommendations
                    .get(&rr.id)
                    .ok_or_else(|| ContentError::MissingText {
                        key: format!("{path}.title"),
                    })?;
            let text = RecommendationText {
                title: non_empty(&texts.title, &format!("{path}.title"))?,
                body: non_empty(&texts.body, &format!("{path}.body"))?,
                source: rr.source,
            };
            recommendations.push(Recommendation {
                id: rr.id,
                relations,
                dimensions,
                gaps: rr.gaps,
                keep_going: rr.keep_going,
                text,
            });
        }
        let keep_going = recommendations.iter().filter(|r| r.keep_going).count();
        if keep_going < MIN_KEEP_GOING {
            return Err(ContentError::TooFewKeepGoing {
                found: keep_going,
                needed: MIN_KEEP_GOING,
            });
        }
        no_unknown_keys(
            &loc.recommendations,
            recommendations.iter().map(|r| r.id.as_str()),
            "recommendations",
        )?;

        // Answer option labels.
        let mut options = Vec::new();
        for a in Answer::OPTIONS {
            options.push(required(&loc.options, a.key(), "options")?);
        }
        no_unknown_keys(
            &loc.options,
            Answer::OPTIONS.iter().map(|a| a.key()),
            "options",
        )?;

        // Dimension texts and band labels.
        let mut dimensions = Vec::new();
        let mut bands: Vec<[String; 3]> = vec![Default::default(); 6];
        for d in &order {
            let path = format!("dimensions.{}", d.key());
            let t = loc
                .dimensions
                .get(d.key())
                .ok_or_else(|| ContentError::MissingText {
                    key: format!("{path}.title"),
                })?;
            dimensions.push(Dimension {
                id: *d,
                title: non_empty(&t.title, &format!("{path}.title"))?,
                intro: non_empty(&t.intro, &format!("{path}.intro"))?,
            });
            let band_path = format!("{path}.bands");
            for b in Band::ALL {
                bands[d.index()][b.index()] = required(&t.bands, b.key(), &band_path)?;
            }
            no_unknown_keys(&t.bands, Band::ALL.iter().map(|b| b.key()), &band_path)?;
        }
        no_unknown_keys(
            &loc.dimensions,
            DimensionId::ALL.iter().map(|d| d.key()),
            "dimensions",
        )?;

        // Verdicts and relations.
        let mut verdicts = Vec::new();
        for v in VerdictKind::ALL {
            let path = format!("verdicts.{}", v.key());
            let t = loc
                .verdicts
                .get(v.key())
                .ok_or_else(|| ContentError::MissingText {
                    key: format!("{path}.title"),
                })?;
            verdicts.push(VerdictText {
                title: non_empty(&t.title, &format!("{path}.title"))?,
                sentence: non_empty(&t.sentence, &format!("{path}.sentence"))?,
            });
        }
        no_unknown_keys(
            &loc.verdicts,
            VerdictKind::ALL.iter().map(|v| v.key()),
            "verdicts",
        )?;
        let mut relations = Vec::new();
        for r in RelationKind::ALL {
            relations.push(required(&loc.relations, r.key(), "relations")?);
        }
        no_unknown_keys(
            &loc.relations,
            RelationKind::ALL.iter().map(|r| r.key()),
            "relations",
        )?;

        // Source titles.
        let mut sources = BTreeMap::new();
        for file in &files {
            sources.insert(file.clone(), required(&loc.sources, file, "sources")?);
        }
        no_unknown_keys(&loc.sources, files.iter().map(String::as_str), "sources")?;
        let language = non_empty(&loc.language, "language")?;

        Ok(Questionnaire {
            schema_version: raw.schema_version,
            language,
            dimensions,
            page_position,
            questions,
            options,
            bands,
            verdicts,
            relations,
            recommendations,
            gaps,
            sources,
        })
    }

    /// Schema version of the structure document.
    pub fn schema_version(&self) -> u32 {
        self.schema_version
    }

    /// Language code of the locale document (e.g. `"de"`).
    pub fn language(&self) -> &str {
        &self.language
    }

    /// All dimensions in page order.
    pub fn dimensions(&self) -> &[Dimension] {
        &self.dimensions
    }

    /// One dimension.
    pub fn dimension(&self, id: DimensionId) -> &Dimension {
        &self.dimensions[self.page_position[id.index()]]
    }

    /// The questions of one dimension, in page order.
    pub fn questions(&self, id: DimensionId) -> impl Iterator<Item = &Question> + '_ {
        self.questions.iter().filter(move |q| q.dimension == id)
    }

    /// A question by id.
    pub fn question(&self, qid: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == qid)
    }

    /// All questions in page order (dimension page order, then file order).
    pub fn all_questions(&self) -> &[Question] {
        &self.questions
    }

    /// Label of an answer option; empty for an out-of-range scale value.
    pub fn option_label(&self, a: Answer) -> &str {
        Answer::OPTIONS
            .iter()
            .position(|o| *o == a)
            .and_then(|i| self.options.get(i))
            .map_or("", String::as_str)
    }

    /// Label of a band for a dimension (band names differ for demand dimensions).
    pub fn band_label(&self, d: DimensionId, b: Band) -> &str {
        &self.bands[d.index()][b.index()]
    }

    /// Title and sentence of a verdict.
    pub fn verdict_text(&self, v: VerdictKind) -> &VerdictText {
        &self.verdicts[v.index()]
    }

    /// Explanation of what it means when this relation is off.
    pub fn relation_text(&self, r: RelationKind) -> &str {
        &self.relations[r.index()]
    }

    /// A recommendation's texts and citation.
    pub fn recommendation(&self, id: &str) -> Option<&RecommendationText> {
        self.recommendations
            .iter()
            .find(|r| r.id == id)
            .map(|r| &r.text)
    }

    /// All recommendation ids in content order.
    pub fn recommendation_ids(&self) -> impl Iterator<Item = &str> + '_ {
        self.recommendations.iter().map(|r| r.id.as_str())
    }

    /// The knowledge-gap finding text for a question flagged `dont_know_is_gap`.
    pub fn gap_text(&self, qid: &str) -> Option<&str> {
        self.gaps.get(qid).map(String::as_str)
    }

    /// Title of a seed source file (e.g. `"003"` -> "Netzwerk-Arbeit – …").
    pub fn source_title(&self, file: &str) -> Option<&str> {
        self.sources.get(file).map(String::as_str)
    }

    /// The relations that trigger a recommendation (empty for an unknown id).
    pub fn recommendation_relations(&self, id: &str) -> &[RelationKind] {
        self.recommendations
            .iter()
            .find(|r| r.id == id)
            .map_or(&[], |r| r.relations.as_slice())
    }

    /// The dimensions that trigger a recommendation (empty for an unknown id).
    pub fn recommendation_dimensions(&self, id: &str) -> &[DimensionId] {
        self.recommendations
            .iter()
            .find(|r| r.id == id)
            .map_or(&[], |r| r.dimensions.as_slice())
    }
}
