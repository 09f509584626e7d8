//! Questionnaire content: raw serde types for the two JSON documents and the validated
//! [`Questionnaire`] built from them once.
//!
//! The structure document (`content/questionnaire.json`) is language-neutral: dimensions in
//! page order, statements with direction, weight, seed citation and the profiles they are shown
//! for, contradiction pairs, each relation's recommendations in priority order, and the
//! recommendations with their triggers and filters. A locale document
//! (`locales/<code>/questionnaire.json`) holds every user-facing text keyed by those ids.
//! [`Questionnaire::from_json`] parses both into raw types and checks them together, one helper
//! per section (ripgrep's raw -> validated pattern); afterwards the rest of the model can rely
//! on complete, consistent content.
//!
//! Architecture invariant: no user-facing text lives in Rust code; all of it comes from the
//! locale document.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::answer::{Answer, Answers};
use super::error::ContentError;
use super::kinds::{
    Applicability, Band, DimensionId, Direction, Kind, Profile, ProfileField, RelationKind, Scope,
    Stage, VerdictKind, VerdictSentence, Wording,
};

/// The schema version of `content/questionnaire.json` this code reads.
pub const SCHEMA_VERSION: u32 = 2;

/// How many "keep going" recommendations must apply to every profile (a result shows at
/// least 3).
pub const MIN_KEEP_GOING: usize = 3;

const GERMAN_STRUCTURE: &str = include_str!("../../content/questionnaire.json");
const GERMAN_LOCALE: &str = include_str!("../../locales/de/questionnaire.json");

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
    /// One-paragraph introduction shown above the statements.
    pub intro: String,
}

/// A statement with its localized texts.
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
    pub text: String,
    /// Optional short hint shown below the statement (explains jargon, gives examples).
    pub hint: Option<String>,
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceOption {
    /// Stable key (e.g. `"action"`).
    pub key: &'static str,
    /// Label of the radio.
    pub label: String,
    /// Optional explanation below the label.
    pub hint: Option<String>,
}

/// A profile question (kind, stage, scope) with its texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileQuestion {
    /// Which field.
    pub field: ProfileField,
    /// The question (legend of the radio group).
    pub legend: String,
    /// The options in display order.
    pub options: Vec<ChoiceOption>,
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecommendationText {
    /// Short title of the next step.
    pub title: String,
    /// Concrete description of the next step.
    pub body: String,
    /// Seed citation.
    pub source: Source,
}

/// A recommendation with its triggers and filters (internal).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Recommendation {
    pub(crate) id: String,
    pub(crate) dimensions: Vec<DimensionId>,
    pub(crate) gaps: Vec<String>,
    pub(crate) keep_going: bool,
    pub(crate) situation: bool,
    pub(crate) applies: Applicability,
    pub(crate) done_when: Vec<String>,
    pub(crate) text: RecommendationText,
}

/// The validated questionnaire: structure plus one locale. Cheap to query, immutable.
#[derive(Debug, Clone, PartialEq)]
pub struct Questionnaire {
    schema_version: u32,
    model_version: u32,
    language: String,
    /// Page order.
    dimensions: Vec<Dimension>,
    /// Position of each dimension (by [`DimensionId::index`]) in `dimensions`.
    page_position: [usize; 7],
    /// Page order, then file order within a dimension.
    questions: Vec<Question>,
    /// Labels in [`Answer::OPTIONS`] order.
    options: Vec<String>,
    profile_title: String,
    profile_intro: String,
    profile_questions: Vec<ProfileQuestion>,
    /// Band labels: `[dimension index][band index]`.
    bands: Vec<[String; 3]>,
    verdict_titles: Vec<String>,
    verdict_sentences: Vec<String>,
    /// `[relation index][wording index]`, present for the relation's wordings.
    relation_texts: Vec<[Option<String>; 4]>,
    /// Recommendation ids per relation (by index), in priority order.
    relation_recommendations: Vec<Vec<String>>,
    contradictions: Vec<(String, String)>,
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
    model_version: u32,
    sources: Vec<String>,
    dimensions: Vec<String>,
    questions: Vec<RawQuestion>,
    #[serde(default)]
    contradictions: Vec<[String; 2]>,
    relations: BTreeMap<String, Vec<String>>,
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
    kinds: Vec<String>,
    #[serde(default)]
    stages: Vec<String>,
    #[serde(default)]
    replaces: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRecommendation {
    id: String,
    source: Source,
    #[serde(default)]
    dimensions: Vec<String>,
    #[serde(default)]
    gaps: Vec<String>,
    #[serde(default)]
    keep_going: bool,
    #[serde(default)]
    situation: bool,
    #[serde(default)]
    kinds: Vec<String>,
    #[serde(default)]
    stages: Vec<String>,
    #[serde(default)]
    scopes: Vec<String>,
    #[serde(default)]
    done_when: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLocale {
    language: String,
    options: BTreeMap<String, String>,
    sources: BTreeMap<String, String>,
    profile: RawProfileTexts,
    dimensions: BTreeMap<String, RawDimensionText>,
    questions: BTreeMap<String, RawQuestionText>,
    verdicts: BTreeMap<String, String>,
    verdict_sentences: BTreeMap<String, String>,
    relations: BTreeMap<String, BTreeMap<String, String>>,
    recommendations: BTreeMap<String, RawRecommendationText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProfileTexts {
    title: String,
    intro: String,
    kind: RawChoice,
    stage: RawChoice,
    scope: RawChoice,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChoice {
    legend: String,
    options: BTreeMap<String, RawChoiceOption>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChoiceOption {
    label: String,
    #[serde(default)]
    hint: Option<String>,
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
struct RawRecommendationText {
    title: String,
    body: String,
}

// ---------------------------------------------------------------------------------------------
// Validation helpers, one a section
// ---------------------------------------------------------------------------------------------

/// A required, non-empty text out of a map.
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

fn optional(text: &Option<String>, key: &str) -> Result<Option<String>, ContentError> {
    text.as_deref().map(|t| non_empty(t, key)).transpose()
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

fn parse_options<T>(
    keys: &[String],
    owner: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<Vec<T>, ContentError> {
    keys.iter()
        .map(|k| {
            parse(k).ok_or_else(|| ContentError::UnknownProfileOption {
                owner: owner.to_owned(),
                option: k.clone(),
            })
        })
        .collect()
}

fn applicability(
    owner: &str,
    kinds: &[String],
    stages: &[String],
    scopes: &[String],
) -> Result<Applicability, ContentError> {
    Ok(Applicability {
        kinds: parse_options(kinds, owner, Kind::from_key)?,
        stages: parse_options(stages, owner, Stage::from_key)?,
        scopes: parse_options(scopes, owner, Scope::from_key)?,
    })
}

/// The page-order list: a permutation of [`DimensionId::ALL`].
fn validate_dimensions(keys: &[String]) -> Result<(Vec<DimensionId>, [usize; 7]), ContentError> {
    let mut order: Vec<DimensionId> = Vec::new();
    for key in keys {
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
    let mut page_position = [0usize; 7];
    for (pos, d) in order.iter().enumerate() {
        page_position[d.index()] = pos;
    }
    Ok((order, page_position))
}

/// Statements with their texts and gap texts, in page order; registers ids (and replaced ids).
fn validate_questions(
    raw: Vec<RawQuestion>,
    texts: &BTreeMap<String, RawQuestionText>,
    files: &BTreeSet<String>,
    page_position: &[usize; 7],
    ids: &mut BTreeSet<String>,
) -> Result<(Vec<Question>, BTreeMap<String, String>), ContentError> {
    let mut questions = Vec::new();
    let mut gaps = BTreeMap::new();
    for rq in raw {
        for id in std::iter::once(&rq.id).chain(&rq.replaces) {
            if !ids.insert(id.clone()) {
                return Err(ContentError::DuplicateId { id: id.clone() });
            }
        }
        let dimension = dimension_of(&rq.dimension, &rq.id)?;
        if rq.weight == 0 {
            return Err(ContentError::ZeroWeight { question: rq.id });
        }
        check_source(&rq.source, &rq.id, files)?;
        let applies = applicability(&rq.id, &rq.kinds, &rq.stages, &[])?;
        let path = format!("questions.{}", rq.id);
        let t = texts.get(&rq.id).ok_or_else(|| ContentError::MissingText {
            key: format!("{path}.text"),
        })?;
        match (&t.gap, rq.dont_know_is_gap) {
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
            text: non_empty(&t.text, &format!("{path}.text"))?,
            hint: optional(&t.hint, &format!("{path}.hint"))?,
            id: rq.id,
            dimension,
            direction: rq.direction,
            weight: rq.weight,
            source: rq.source,
            dont_know_is_gap: rq.dont_know_is_gap,
            applies,
            replaces: rq.replaces,
        });
    }
    if let Some(d) = DimensionId::ALL
        .into_iter()
        .find(|d| !questions.iter().any(|q| q.dimension == *d))
    {
        return Err(ContentError::EmptyDimension {
            dimension: d.key().to_owned(),
        });
    }
    // Stable sort: page order, then file order.
    questions.sort_by_key(|q| page_position[q.dimension.index()]);
    no_unknown_keys(texts, questions.iter().map(|q| q.id.as_str()), "questions")?;
    Ok((questions, gaps))
}

/// Reverse-coded pairs: two statements of one dimension with opposite directions.
fn validate_contradictions(
    raw: Vec<[String; 2]>,
    questions: &[Question],
) -> Result<Vec<(String, String)>, ContentError> {
    raw.into_iter()
        .map(|[first, second]| {
            let find = |id: &str| questions.iter().find(|q| q.id == id);
            match (find(&first), find(&second)) {
                (Some(a), Some(b)) if a.dimension == b.dimension && a.direction != b.direction => {
                    Ok((first, second))
                }
                _ => Err(ContentError::BadContradictionPair { first, second }),
            }
        })
        .collect()
}

/// Recommendations with triggers, filters and texts; registers ids.
fn validate_recommendations(
    raw: Vec<RawRecommendation>,
    texts: &BTreeMap<String, RawRecommendationText>,
    files: &BTreeSet<String>,
    questions: &[Question],
    ids: &mut BTreeSet<String>,
) -> Result<Vec<Recommendation>, ContentError> {
    let mut recommendations = Vec::new();
    for rr in raw {
        if !ids.insert(rr.id.clone()) {
            return Err(ContentError::DuplicateId { id: rr.id });
        }
        check_source(&rr.source, &rr.id, files)?;
        let dimensions = rr
            .dimensions
            .iter()
            .map(|k| dimension_of(k, &rr.id))
            .collect::<Result<Vec<_>, _>>()?;
        for g in &rr.gaps {
            if !questions.iter().any(|q| &q.id == g && q.dont_know_is_gap) {
                return Err(ContentError::UnknownGapQuestion {
                    recommendation: rr.id.clone(),
                    question: g.clone(),
                });
            }
        }
        if let Some(d) = rr
            .done_when
            .iter()
            .find(|d| !questions.iter().any(|q| &q.id == *d))
        {
            return Err(ContentError::UnknownDoneWhenQuestion {
                recommendation: rr.id.clone(),
                question: d.clone(),
            });
        }
        let applies = applicability(&rr.id, &rr.kinds, &rr.stages, &rr.scopes)?;
        if rr.situation && applies.is_universal() {
            return Err(ContentError::SituationWithoutFilter {
                recommendation: rr.id,
            });
        }
        let path = format!("recommendations.{}", rr.id);
        let t = texts.get(&rr.id).ok_or_else(|| ContentError::MissingText {
            key: format!("{path}.title"),
        })?;
        let text = RecommendationText {
            title: non_empty(&t.title, &format!("{path}.title"))?,
            body: non_empty(&t.body, &format!("{path}.body"))?,
            source: rr.source,
        };
        recommendations.push(Recommendation {
            id: rr.id,
            dimensions,
            gaps: rr.gaps,
            keep_going: rr.keep_going,
            situation: rr.situation,
            applies,
            done_when: rr.done_when,
            text,
        });
    }
    no_unknown_keys(
        texts,
        recommendations.iter().map(|r| r.id.as_str()),
        "recommendations",
    )?;
    Ok(recommendations)
}

/// Every relation lists existing recommendations; every recommendation has some trigger.
fn validate_relations(
    raw: &BTreeMap<String, Vec<String>>,
    recommendations: &[Recommendation],
) -> Result<Vec<Vec<String>>, ContentError> {
    if let Some(key) = raw.keys().find(|k| RelationKind::from_key(k).is_none()) {
        return Err(ContentError::UnknownRelation {
            relation: key.clone(),
        });
    }
    let mut lists = Vec::new();
    for r in RelationKind::ALL {
        let list = raw
            .get(r.key())
            .ok_or_else(|| ContentError::MissingRelation {
                relation: r.key().to_owned(),
            })?;
        if let Some(id) = list
            .iter()
            .find(|id| !recommendations.iter().any(|rec| &rec.id == *id))
        {
            return Err(ContentError::UnknownRecommendation {
                relation: r.key().to_owned(),
                recommendation: id.clone(),
            });
        }
        let fallback = list.iter().any(|id| {
            recommendations
                .iter()
                .any(|rec| &rec.id == id && rec.applies.is_universal() && rec.done_when.is_empty())
        });
        if !fallback {
            return Err(ContentError::RelationWithoutFallback {
                relation: r.key().to_owned(),
            });
        }
        lists.push(list.clone());
    }
    for rec in recommendations {
        let listed = lists.iter().any(|l| l.contains(&rec.id));
        if !listed
            && rec.dimensions.is_empty()
            && rec.gaps.is_empty()
            && !rec.keep_going
            && !rec.situation
        {
            return Err(ContentError::RecommendationWithoutTrigger {
                recommendation: rec.id.clone(),
            });
        }
    }
    Ok(lists)
}

/// Every complete profile (and the empty one) gets at least [`MIN_KEEP_GOING`] keep-going
/// recommendations that can never count as done, so a sustainable result never runs out of
/// next steps.
fn check_keep_going(recommendations: &[Recommendation]) -> Result<(), ContentError> {
    let mut profiles = vec![Profile::default()];
    for kind in Kind::ALL {
        for stage in Stage::ALL {
            for scope in Scope::ALL {
                profiles.push(Profile {
                    kind: Some(*kind),
                    stage: Some(*stage),
                    scope: Some(*scope),
                });
            }
        }
    }
    for p in profiles {
        let found = recommendations
            .iter()
            .filter(|r| r.keep_going && r.done_when.is_empty() && r.applies.applies(&p))
            .count();
        if found < MIN_KEEP_GOING {
            let profile = ProfileField::ALL
                .iter()
                .map(|f| format!("{}={}", f.key(), p.get(*f).unwrap_or("any")))
                .collect::<Vec<_>>()
                .join(", ");
            return Err(ContentError::TooFewKeepGoing {
                profile,
                found,
                needed: MIN_KEEP_GOING,
            });
        }
    }
    Ok(())
}

fn validate_option_labels(map: &BTreeMap<String, String>) -> Result<Vec<String>, ContentError> {
    let labels = Answer::OPTIONS
        .iter()
        .map(|a| required(map, a.key(), "options"))
        .collect::<Result<Vec<_>, _>>()?;
    no_unknown_keys(map, Answer::OPTIONS.iter().map(|a| a.key()), "options")?;
    Ok(labels)
}

fn validate_profile_texts(
    raw: &RawProfileTexts,
) -> Result<(String, String, Vec<ProfileQuestion>), ContentError> {
    let title = non_empty(&raw.title, "profile.title")?;
    let intro = non_empty(&raw.intro, "profile.intro")?;
    let mut questions = Vec::new();
    for field in ProfileField::ALL {
        let choice = match field {
            ProfileField::Kind => &raw.kind,
            ProfileField::Stage => &raw.stage,
            ProfileField::Scope => &raw.scope,
        };
        let path = format!("profile.{}", field.key());
        let mut options = Vec::new();
        for key in field.options() {
            let o = choice
                .options
                .get(*key)
                .ok_or_else(|| ContentError::MissingText {
                    key: format!("{path}.options.{key}.label"),
                })?;
            options.push(ChoiceOption {
                key,
                label: non_empty(&o.label, &format!("{path}.options.{key}.label"))?,
                hint: optional(&o.hint, &format!("{path}.options.{key}.hint"))?,
            });
        }
        no_unknown_keys(
            &choice.options,
            field.options().iter().copied(),
            &format!("{path}.options"),
        )?;
        questions.push(ProfileQuestion {
            field,
            legend: non_empty(&choice.legend, &format!("{path}.legend"))?,
            options,
        });
    }
    Ok((title, intro, questions))
}

fn validate_dimension_texts(
    raw: &BTreeMap<String, RawDimensionText>,
    order: &[DimensionId],
) -> Result<(Vec<Dimension>, Vec<[String; 3]>), ContentError> {
    let mut dimensions = Vec::new();
    let mut bands: Vec<[String; 3]> = vec![Default::default(); 7];
    for d in order {
        let path = format!("dimensions.{}", d.key());
        let t = raw.get(d.key()).ok_or_else(|| ContentError::MissingText {
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
    no_unknown_keys(raw, DimensionId::ALL.iter().map(|d| d.key()), "dimensions")?;
    Ok((dimensions, bands))
}

fn validate_verdict_texts(
    titles: &BTreeMap<String, String>,
    sentences: &BTreeMap<String, String>,
) -> Result<(Vec<String>, Vec<String>), ContentError> {
    let t = VerdictKind::ALL
        .iter()
        .map(|v| required(titles, v.key(), "verdicts"))
        .collect::<Result<Vec<_>, _>>()?;
    no_unknown_keys(titles, VerdictKind::ALL.iter().map(|v| v.key()), "verdicts")?;
    let s = VerdictSentence::ALL
        .iter()
        .map(|v| required(sentences, v.key(), "verdict_sentences"))
        .collect::<Result<Vec<_>, _>>()?;
    no_unknown_keys(
        sentences,
        VerdictSentence::ALL.iter().map(|v| v.key()),
        "verdict_sentences",
    )?;
    Ok((t, s))
}

/// One text per wording a relation can have, none for the others.
fn validate_relation_texts(
    raw: &BTreeMap<String, BTreeMap<String, String>>,
) -> Result<Vec<[Option<String>; 4]>, ContentError> {
    let mut texts = Vec::new();
    for r in RelationKind::ALL {
        let path = format!("relations.{}", r.key());
        let map = raw.get(r.key()).ok_or_else(|| ContentError::MissingText {
            key: format!("{path}.{}", r.wordings()[0].key()),
        })?;
        let mut row: [Option<String>; 4] = Default::default();
        for w in r.wordings() {
            row[*w as usize] = Some(required(map, w.key(), &path)?);
        }
        no_unknown_keys(map, r.wordings().iter().map(|w| w.key()), &path)?;
        texts.push(row);
    }
    no_unknown_keys(raw, RelationKind::ALL.iter().map(|r| r.key()), "relations")?;
    Ok(texts)
}

fn validate_sources(
    raw: &BTreeMap<String, String>,
    files: &BTreeSet<String>,
) -> Result<BTreeMap<String, String>, ContentError> {
    let mut sources = BTreeMap::new();
    for file in files {
        sources.insert(file.clone(), required(raw, file, "sources")?);
    }
    no_unknown_keys(raw, files.iter().map(String::as_str), "sources")?;
    Ok(sources)
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
        let (order, page_position) = validate_dimensions(&raw.dimensions)?;
        let mut ids = BTreeSet::new();
        let (questions, gaps) = validate_questions(
            raw.questions,
            &loc.questions,
            &files,
            &page_position,
            &mut ids,
        )?;
        let contradictions = validate_contradictions(raw.contradictions, &questions)?;
        let recommendations = validate_recommendations(
            raw.recommendations,
            &loc.recommendations,
            &files,
            &questions,
            &mut ids,
        )?;
        let relation_recommendations = validate_relations(&raw.relations, &recommendations)?;
        check_keep_going(&recommendations)?;
        let options = validate_option_labels(&loc.options)?;
        let (profile_title, profile_intro, profile_questions) =
            validate_profile_texts(&loc.profile)?;
        let (dimensions, bands) = validate_dimension_texts(&loc.dimensions, &order)?;
        let (verdict_titles, verdict_sentences) =
            validate_verdict_texts(&loc.verdicts, &loc.verdict_sentences)?;
        let relation_texts = validate_relation_texts(&loc.relations)?;
        let sources = validate_sources(&loc.sources, &files)?;
        let language = non_empty(&loc.language, "language")?;
        Ok(Questionnaire {
            schema_version: raw.schema_version,
            model_version: raw.model_version,
            language,
            dimensions,
            page_position,
            questions,
            options,
            profile_title,
            profile_intro,
            profile_questions,
            bands,
            verdict_titles,
            verdict_sentences,
            relation_texts,
            relation_recommendations,
            contradictions,
            recommendations,
            gaps,
            sources,
        })
    }

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
    pub fn option_label(&self, a: Answer) -> &str {
        Answer::OPTIONS
            .iter()
            .position(|o| *o == a)
            .and_then(|i| self.options.get(i))
            .map_or("", String::as_str)
    }

    /// Title of the profile page.
    pub fn profile_title(&self) -> &str {
        &self.profile_title
    }

    /// Introduction of the profile page.
    pub fn profile_intro(&self) -> &str {
        &self.profile_intro
    }

    /// The three profile questions in asking order.
    pub fn profile_questions(&self) -> &[ProfileQuestion] {
        &self.profile_questions
    }

    /// Label of a profile answer (e.g. kind `"action"`); empty for an unknown key.
    pub fn profile_label(&self, field: ProfileField, key: &str) -> &str {
        self.profile_questions
            .iter()
            .find(|p| p.field == field)
            .and_then(|p| p.options.iter().find(|o| o.key == key))
            .map_or("", |o| o.label.as_str())
    }

    /// Label of a band for a dimension (band names differ for demand dimensions).
    pub fn band_label(&self, d: DimensionId, b: Band) -> &str {
        &self.bands[d.index()][b.index()]
    }

    /// Short title of a verdict, e.g. "tragfähig".
    pub fn verdict_title(&self, v: VerdictKind) -> &str {
        &self.verdict_titles[v.index()]
    }

    /// A verdict sentence.
    pub fn verdict_sentence(&self, s: VerdictSentence) -> &str {
        &self.verdict_sentences[s.index()]
    }

    /// The sentence of a finding of relation `r` with wording `w` (empty for a wording the
    /// relation cannot have, which the model never produces).
    pub fn relation_text(&self, r: RelationKind, w: Wording) -> &str {
        self.relation_texts[r.index()][w as usize]
            .as_deref()
            .unwrap_or_default()
    }

    /// The recommendations of relation `r`, in priority order.
    pub fn relation_recommendations(&self, r: RelationKind) -> &[String] {
        &self.relation_recommendations[r.index()]
    }

    /// The reverse-coded pairs checked for contradictions.
    pub fn contradictions(&self) -> &[(String, String)] {
        &self.contradictions
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

    /// The dimensions whose weak score can trigger a recommendation (empty for an unknown id).
    pub fn recommendation_dimensions(&self, id: &str) -> &[DimensionId] {
        self.recommendations
            .iter()
            .find(|r| r.id == id)
            .map_or(&[], |r| r.dimensions.as_slice())
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
