//! Loading content from JSON: raw serde types for the two documents and the checks that turn
//! them into a [`Questionnaire`], one helper per section (ripgrep's raw -> validated pattern).
//!
//! Native only. `build.rs` runs it on the shipped files (a [`ContentError`] fails the build with
//! its message) and writes the result as static data (`codegen`, `shipped`); the tests run it on
//! deliberately broken files. The browser build contains none of it.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Mutex, PoisonError};

use serde::Deserialize;

use super::answer::Answer;
use super::content::{
    ChoiceOption, Dimension, ProfileQuestion, Question, Questionnaire, Recommendation,
    RecommendationText, Source, MIN_KEEP_GOING, SCHEMA_VERSION,
};
use super::error::ContentError;
use super::kinds::{
    Applicability, Band, DimensionId, Direction, Kind, Profile, ProfileField, RelationKind, Scope,
    Stage, VerdictKind, VerdictSentence,
};

/// `text` as a `&'static str`. Each distinct text is leaked once and reused afterwards, so
/// loading the same content again costs no memory.
pub(crate) fn intern(text: &str) -> &'static str {
    static POOL: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());
    let mut pool = POOL.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(known) = pool.get(text) {
        return known;
    }
    let leaked: &'static str = Box::leak(text.into());
    pool.insert(leaked);
    leaked
}

/// A table as a `&'static` slice (leaked; loading is for the build and tests).
fn leak<T>(items: Vec<T>) -> &'static [T] {
    items.leak()
}

/// A list of ids as a `&'static` slice of interned texts.
fn interned(items: &[String]) -> &'static [&'static str] {
    leak(items.iter().map(|s| intern(s)).collect())
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
    source: RawSource,
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
struct RawSource {
    file: String,
    section: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRecommendation {
    id: String,
    source: RawSource,
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
fn required(
    map: &BTreeMap<String, String>,
    id: &str,
    path: &str,
) -> Result<&'static str, ContentError> {
    match map.get(id) {
        None => Err(ContentError::MissingText {
            key: format!("{path}.{id}"),
        }),
        Some(text) => non_empty(text, &format!("{path}.{id}")),
    }
}

fn non_empty(text: &str, key: &str) -> Result<&'static str, ContentError> {
    if text.trim().is_empty() {
        Err(ContentError::EmptyText {
            key: key.to_owned(),
        })
    } else {
        Ok(intern(text))
    }
}

fn optional(text: &Option<String>, key: &str) -> Result<Option<&'static str>, ContentError> {
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
    source: &RawSource,
    owner: &str,
    files: &BTreeSet<String>,
) -> Result<Source, ContentError> {
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
    Ok(Source {
        file: intern(&source.file),
        section: intern(&source.section),
    })
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
        kinds: leak(parse_options(kinds, owner, Kind::from_key)?),
        stages: leak(parse_options(stages, owner, Stage::from_key)?),
        scopes: leak(parse_options(scopes, owner, Scope::from_key)?),
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
) -> Result<(Vec<Question>, BTreeMap<String, &'static str>), ContentError> {
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
        let source = check_source(&rq.source, &rq.id, files)?;
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
            source,
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
) -> Result<Vec<(&'static str, &'static str)>, ContentError> {
    raw.into_iter()
        .map(|[first, second]| {
            let find = |id: &str| questions.iter().find(|q| q.id == id);
            match (find(&first), find(&second)) {
                (Some(a), Some(b)) if a.dimension == b.dimension && a.direction != b.direction => {
                    Ok((intern(&first), intern(&second)))
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
        let source = check_source(&rr.source, &rr.id, files)?;
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
            source,
        };
        recommendations.push(Recommendation {
            id: intern(&rr.id),
            dimensions: leak(dimensions),
            gaps: interned(&rr.gaps),
            keep_going: rr.keep_going,
            situation: rr.situation,
            applies,
            done_when: interned(&rr.done_when),
            text,
        });
    }
    no_unknown_keys(
        texts,
        recommendations.iter().map(|r| r.id),
        "recommendations",
    )?;
    Ok(recommendations)
}

/// Every relation lists existing recommendations; every recommendation has some trigger.
fn validate_relations(
    raw: &BTreeMap<String, Vec<String>>,
    recommendations: &[Recommendation],
) -> Result<Vec<&'static [&'static str]>, ContentError> {
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
            .find(|id| !recommendations.iter().any(|rec| rec.id == id.as_str()))
        {
            return Err(ContentError::UnknownRecommendation {
                relation: r.key().to_owned(),
                recommendation: id.clone(),
            });
        }
        let fallback = list.iter().any(|id| {
            recommendations
                .iter()
                .any(|rec| rec.id == id && rec.applies.is_universal() && rec.done_when.is_empty())
        });
        if !fallback {
            return Err(ContentError::RelationWithoutFallback {
                relation: r.key().to_owned(),
            });
        }
        lists.push(interned(list));
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
                recommendation: rec.id.to_owned(),
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

fn validate_option_labels(
    map: &BTreeMap<String, String>,
) -> Result<Vec<&'static str>, ContentError> {
    let labels = Answer::OPTIONS
        .iter()
        .map(|a| required(map, a.key(), "options"))
        .collect::<Result<Vec<_>, _>>()?;
    no_unknown_keys(map, Answer::OPTIONS.iter().map(|a| a.key()), "options")?;
    Ok(labels)
}

fn validate_profile_texts(
    raw: &RawProfileTexts,
) -> Result<(&'static str, &'static str, Vec<ProfileQuestion>), ContentError> {
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
            options: leak(options),
        });
    }
    Ok((title, intro, questions))
}

fn validate_dimension_texts(
    raw: &BTreeMap<String, RawDimensionText>,
    order: &[DimensionId],
) -> Result<(Vec<Dimension>, Vec<[&'static str; 3]>), ContentError> {
    let mut dimensions = Vec::new();
    let mut bands: Vec<[&'static str; 3]> = vec![Default::default(); 7];
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
) -> Result<(Vec<&'static str>, Vec<&'static str>), ContentError> {
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
) -> Result<Vec<[Option<&'static str>; 4]>, ContentError> {
    let mut texts = Vec::new();
    for r in RelationKind::ALL {
        let path = format!("relations.{}", r.key());
        let map = raw.get(r.key()).ok_or_else(|| ContentError::MissingText {
            key: format!("{path}.{}", r.wordings()[0].key()),
        })?;
        let mut row: [Option<&'static str>; 4] = Default::default();
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
) -> Result<Vec<(&'static str, &'static str)>, ContentError> {
    let mut sources = Vec::new();
    for file in files {
        sources.push((intern(file), required(raw, file, "sources")?));
    }
    no_unknown_keys(raw, files.iter().map(String::as_str), "sources")?;
    Ok(sources)
}

impl Questionnaire {
    /// Parses and validates a structure document and a locale document: what `build.rs` runs
    /// on the shipped files, and the tests on broken ones.
    ///
    /// Not in the browser build (its content is checked when it is built). The texts are
    /// interned and the tables leaked (a few KB a call), so the result is `'static` like the
    /// shipped data.
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
            dimensions: leak(dimensions),
            page_position,
            questions,
            options: leak(options),
            profile_title,
            profile_intro,
            profile_questions: leak(profile_questions),
            bands: leak(bands),
            verdict_titles: leak(verdict_titles),
            verdict_sentences: leak(verdict_sentences),
            relation_texts: leak(relation_texts),
            relation_recommendations: leak(relation_recommendations),
            contradictions: leak(contradictions),
            recommendations: leak(recommendations),
            gaps: leak(
                gaps.into_iter()
                    .map(|(id, text)| (intern(&id), text))
                    .collect(),
            ),
            sources: leak(sources),
        })
    }
}
