//! The shipped content loads, is complete and cites the seeds; every validation error is
//! triggered by a minimal break of the shipped JSON; what the build wrote is what
//! `Questionnaire::from_json` gives for the shipped files.
//!
//! Native only: `Questionnaire::from_json` is not in the browser build.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use netzwerk_check::model::{
    Answer, Band, ContentError, DimensionId, Direction, Kind, Profile, ProfileField, Questionnaire,
    RelationKind, Scope, Stage, VerdictKind, VerdictSentence, Wording, MIN_KEEP_GOING,
    SCHEMA_VERSION,
};
use serde_json::{json, Value};

const STRUCTURE: &str = include_str!("../content/questionnaire.json");
const LOCALE: &str = include_str!("../locales/de/questionnaire.json");

fn german() -> Questionnaire {
    Questionnaire::german().expect("shipped content loads")
}

#[test]
fn shipped_content_loads_with_expected_counts() {
    let q = german();
    assert_eq!(q.schema_version(), SCHEMA_VERSION);
    assert_eq!(q.model_version(), 2);
    assert_eq!(q.language(), "de");
    let n = q.all_questions().len();
    assert_eq!(n, 44);
    assert!(n <= 45, "{n} statements are too many to answer");
    let page: Vec<DimensionId> = q.dimensions().iter().map(|d| d.id).collect();
    assert_eq!(page, DimensionId::ALL);
    let per_dimension: Vec<usize> = DimensionId::ALL
        .iter()
        .map(|d| q.questions(*d).count())
        .collect();
    assert_eq!(per_dimension, [5, 6, 4, 12, 9, 5, 3]);
    for d in DimensionId::ALL {
        assert_eq!(q.dimension(d).id, d);
    }
    // all_questions is in page order.
    let positions: Vec<usize> = q
        .all_questions()
        .iter()
        .map(|x| {
            DimensionId::ALL
                .iter()
                .position(|d| *d == x.dimension)
                .unwrap()
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] <= w[1]));
    // Reverse-coded statements exist in the areas where agreeing can mean less.
    let lowers: Vec<&str> = q
        .all_questions()
        .iter()
        .filter(|x| x.direction == Direction::Lowers)
        .map(|x| x.id.as_str())
        .collect();
    assert_eq!(
        lowers,
        [
            "goals_vague",
            "amb_small_start",
            "res_alone",
            "com_noncommittal",
            "pace_foundations_first",
            "pace_adjustable"
        ]
    );
    // Three contradiction pairs, each two statements of one area with opposite directions.
    assert_eq!(q.contradictions().len(), 3);
    for (first, second) in q.contradictions() {
        let (a, b) = (q.question(first).unwrap(), q.question(second).unwrap());
        assert_eq!(a.dimension, b.dimension);
        assert_ne!(a.direction, b.direction);
    }
    // Replaced ids resolve to their successors.
    assert_eq!(
        q.resolve("pace_participation_time").unwrap().id,
        "part_time"
    );
    assert_eq!(
        q.resolve("pace_self_advocates").unwrap().id,
        "part_self_advocates"
    );
    assert!(q.resolve("no_such").is_none());
}

#[test]
fn every_profile_sees_every_area_it_is_asked_about() {
    let q = german();
    for kind in Kind::ALL {
        for stage in Stage::ALL {
            let p = Profile {
                kind: Some(*kind),
                stage: Some(*stage),
                scope: Some(Scope::Town),
            };
            for d in DimensionId::ALL {
                let shown = q.shown_questions(d, &p).count();
                if d == DimensionId::Commitment && *stage == Stage::Idea {
                    assert_eq!(shown, 0, "{p:?}");
                } else {
                    // At least two statements, so one answer is never the whole area.
                    assert!(shown >= 2, "{d:?} {p:?}");
                }
            }
            let pages = q.pages(&p);
            let expected = if *stage == Stage::Idea { 7 } else { 8 };
            assert_eq!(pages.len(), expected, "{p:?}");
            assert!(q.all_shown(&p).count() <= 45);
        }
    }
}

#[test]
fn every_statement_and_recommendation_cites_a_seed_section() {
    let q = german();
    let files = ["000", "001", "002", "003", "004"];
    let mut sources: Vec<(String, &netzwerk_check::model::Source)> = q
        .all_questions()
        .iter()
        .map(|x| (x.id.clone(), &x.source))
        .collect();
    for id in q.recommendation_ids() {
        sources.push((id.to_owned(), &q.recommendation(id).unwrap().source));
    }
    for (owner, source) in &sources {
        assert!(files.contains(&source.file), "{owner}: {source:?}");
        assert!(!source.section.trim().is_empty(), "{owner}");
        assert!(q.source_title(source.file).is_some(), "{owner}");
    }
    // Where the seed documents lie beside the repository, every cited section is in them:
    // a step "NN | …" of 003 or a heading found verbatim.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!(
            "seed documents not found at {}; citations checked structurally only",
            dir.display()
        );
        return;
    };
    let seeds: Vec<(String, String)> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    for (owner, source) in &sources {
        let (_, text) = seeds
            .iter()
            .find(|(name, _)| name.starts_with(&format!("{}_", source.file)))
            .unwrap_or_else(|| panic!("{owner}: no seed file {}", source.file));
        let step = source.section.len() == 2 && source.section.chars().all(|c| c.is_ascii_digit());
        let needle = if step {
            format!("{} |", source.section)
        } else {
            source.section.to_owned()
        };
        assert!(
            text.contains(&needle),
            "{owner}: {needle:?} not in {}",
            source.file
        );
    }
}

#[test]
fn shipped_texts_are_complete() {
    let q = german();
    for a in Answer::OPTIONS {
        assert!(!q.option_label(a).is_empty(), "{a:?}");
    }
    assert_eq!(q.option_label(Answer::Scale(1)), "trifft gar nicht zu");
    assert_eq!(q.option_label(Answer::Scale(5)), "trifft voll zu");
    assert_eq!(q.option_label(Answer::DontKnow), "weiß nicht");
    assert_eq!(
        q.option_label(Answer::NotApplicable),
        "passt nicht zu unserer Situation"
    );
    assert_eq!(q.option_label(Answer::Scale(9)), "");
    // Profile questions: three, every option labelled, in the order of the model.
    assert!(!q.profile_title().is_empty() && !q.profile_intro().is_empty());
    let fields: Vec<ProfileField> = q.profile_questions().iter().map(|p| p.field).collect();
    assert_eq!(fields, ProfileField::ALL);
    for pq in q.profile_questions() {
        assert!(!pq.legend.is_empty());
        let keys: Vec<&str> = pq.options.iter().map(|o| o.key).collect();
        assert_eq!(keys, pq.field.options());
        for o in pq.options {
            assert!(!o.label.is_empty());
            assert_eq!(q.profile_label(pq.field, o.key), o.label);
        }
    }
    assert_eq!(q.profile_label(ProfileField::Kind, "festival"), "");
    for d in DimensionId::ALL {
        assert!(!q.dimension(d).title.is_empty() && !q.dimension(d).intro.is_empty());
        for b in Band::ALL {
            assert!(!q.band_label(d, b).is_empty());
        }
    }
    // Demand areas do not call high demand a strength.
    assert_eq!(
        q.band_label(DimensionId::Ambition, Band::Concern),
        "sehr anspruchsvoll"
    );
    assert_eq!(
        q.band_label(DimensionId::Pace, Band::Concern),
        "unter Zeitdruck"
    );
    assert_eq!(q.verdict_title(VerdictKind::Sustainable), "tragfähig");
    assert_eq!(q.verdict_title(VerdictKind::Overstretched), "überfordert");
    for v in VerdictKind::ALL {
        assert!(!q.verdict_title(v).is_empty());
    }
    for s in VerdictSentence::ALL {
        assert!(!q.verdict_sentence(s).is_empty());
    }
    // A sentence for every wording a relation can have, none for the others.
    for r in RelationKind::ALL {
        for w in Wording::ALL {
            let text = q.relation_text(r, w);
            assert_eq!(!text.is_empty(), r.wordings().contains(&w), "{r:?} {w:?}");
        }
    }
    // The triad's sentence quotes the seed's warning.
    assert!(q
        .relation_text(RelationKind::AmbitionResourcesPace, Wording::High)
        .contains("kaum von Erfolg gekrönt"));
    for question in q.all_questions() {
        assert!(!question.text.is_empty());
        assert_eq!(
            question.dont_know_is_gap,
            q.gap_text(&question.id).is_some(),
            "{}",
            question.id
        );
    }
    let ids: Vec<&str> = q.recommendation_ids().collect();
    assert_eq!(ids.len(), 23);
    for id in ids {
        let r = q.recommendation(id).unwrap();
        assert!(!r.title.is_empty() && !r.body.is_empty(), "{id}");
    }
    assert!(q.recommendation("no_such").is_none());
    assert!(q.recommendation_dimensions("no_such").is_empty());
    // Every relation has recommendations, all of them existing.
    for r in RelationKind::ALL {
        let list = q.relation_recommendations(r);
        assert!(!list.is_empty(), "{r:?}");
        for id in list {
            assert!(q.recommendation(id).is_some(), "{r:?} {id}");
        }
    }
    assert_eq!(MIN_KEEP_GOING, 3);
}

#[test]
fn no_user_facing_text_in_the_structure() {
    // The structure may cite German headings of the seeds, but carries no statement texts.
    let v: Value = serde_json::from_str(STRUCTURE).unwrap();
    for question in v["questions"].as_array().unwrap() {
        assert!(question.get("text").is_none());
    }
    for r in v["recommendations"].as_array().unwrap() {
        assert!(r.get("title").is_none() && r.get("body").is_none());
    }
}

// ---------------------------------------------------------------------------------------------
// Broken content
// ---------------------------------------------------------------------------------------------

/// Applies `edit` to the shipped structure and locale and expects `expected`.
#[track_caller]
fn check(edit: impl FnOnce(&mut Value, &mut Value), expected: ContentError) {
    let mut s: Value = serde_json::from_str(STRUCTURE).unwrap();
    let mut l: Value = serde_json::from_str(LOCALE).unwrap();
    edit(&mut s, &mut l);
    let got = Questionnaire::from_json(&s.to_string(), &l.to_string());
    assert_eq!(got.as_ref().err(), Some(&expected), "got {got:?}");
}

fn question<'a>(s: &'a mut Value, id: &str) -> &'a mut Value {
    s["questions"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|q| q["id"] == id)
        .unwrap_or_else(|| panic!("no question {id}"))
}

fn recommendation<'a>(s: &'a mut Value, id: &str) -> &'a mut Value {
    s["recommendations"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no recommendation {id}"))
}

fn remove(v: &mut Value, key: &str) {
    v.as_object_mut().unwrap().remove(key).unwrap();
}

fn s(x: &str) -> String {
    x.to_owned()
}

#[test]
fn the_shipped_data_is_what_the_json_gives() {
    // build.rs checked these files and wrote them as static data; reading them again agrees.
    assert_eq!(
        Questionnaire::from_json(STRUCTURE, LOCALE).unwrap(),
        german()
    );
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for entry in std::fs::read_dir(locales).unwrap() {
        let dir = entry.unwrap().path();
        let code = dir.file_name().unwrap().to_str().unwrap();
        let locale = std::fs::read_to_string(dir.join("questionnaire.json")).unwrap();
        assert_eq!(
            Questionnaire::shipped(code),
            Some(Questionnaire::from_json(STRUCTURE, &locale).unwrap()),
            "{code}"
        );
    }
    assert_eq!(Questionnaire::shipped("xx"), None);
}

#[test]
fn unchanged_content_is_valid() {
    let st: Value = serde_json::from_str(STRUCTURE).unwrap();
    let l: Value = serde_json::from_str(LOCALE).unwrap();
    assert_eq!(
        Questionnaire::from_json(&st.to_string(), &l.to_string()).unwrap(),
        german()
    );
}

#[test]
fn json_errors() {
    let e = Questionnaire::from_json("{", LOCALE).unwrap_err();
    assert!(
        matches!(
            e,
            ContentError::Json {
                document: "structure",
                ..
            }
        ),
        "{e:?}"
    );
    let e = Questionnaire::from_json(STRUCTURE, "[]").unwrap_err();
    assert!(
        matches!(
            e,
            ContentError::Json {
                document: "locale",
                ..
            }
        ),
        "{e:?}"
    );
    // Unknown fields are rejected (typos in content must not pass silently).
    let mut v: Value = serde_json::from_str(STRUCTURE).unwrap();
    question(&mut v, "mot_own_role")["wieght"] = json!(2);
    let e = Questionnaire::from_json(&v.to_string(), LOCALE).unwrap_err();
    assert!(matches!(
        e,
        ContentError::Json {
            document: "structure",
            ..
        }
    ));
    assert!(e.to_string().contains("wieght"), "{e}");
    assert!(std::error::Error::source(&e).is_none());
    // A question filter on scopes does not exist (statements never depend on the scope).
    let mut v: Value = serde_json::from_str(STRUCTURE).unwrap();
    question(&mut v, "mot_own_role")["scopes"] = json!(["town"]);
    let e = Questionnaire::from_json(&v.to_string(), LOCALE).unwrap_err();
    assert!(e.to_string().contains("scopes"), "{e}");
    // A direction other than raises/lowers.
    let mut v: Value = serde_json::from_str(STRUCTURE).unwrap();
    question(&mut v, "mot_own_role")["direction"] = json!("sideways");
    let e = Questionnaire::from_json(&v.to_string(), LOCALE).unwrap_err();
    assert!(e.to_string().contains("sideways"), "{e}");
}

#[test]
fn structure_errors() {
    check(
        |st, _| st["schema_version"] = json!(1),
        ContentError::UnsupportedSchemaVersion {
            found: 1,
            supported: SCHEMA_VERSION,
        },
    );
    check(
        |st, _| question(st, "mot_own_role")["id"] = json!("mot_personal"),
        ContentError::DuplicateId {
            id: s("mot_personal"),
        },
    );
    check(
        |st, _| question(st, "part_time")["replaces"] = json!(["mot_personal"]),
        ContentError::DuplicateId {
            id: s("mot_personal"),
        },
    );
    check(
        |st, _| recommendation(st, "slow_down")["id"] = json!("part_time"),
        ContentError::DuplicateId { id: s("part_time") },
    );
    check(
        |st, _| recommendation(st, "slow_down")["id"] = json!("pace_self_advocates"),
        ContentError::DuplicateId {
            id: s("pace_self_advocates"),
        },
    );
    check(
        |st, _| question(st, "mot_own_role")["dimension"] = json!("mood"),
        ContentError::UnknownDimension {
            owner: s("mot_own_role"),
            dimension: s("mood"),
        },
    );
    check(
        |st, _| st["dimensions"][3] = json!("mood"),
        ContentError::UnknownDimension {
            owner: s("dimensions"),
            dimension: s("mood"),
        },
    );
    check(
        |st, _| st["dimensions"][1] = json!("motivation"),
        ContentError::DuplicateDimension {
            dimension: s("motivation"),
        },
    );
    check(
        |st, _| {
            st["dimensions"].as_array_mut().unwrap().pop();
        },
        ContentError::MissingDimension {
            dimension: s("participation"),
        },
    );
    check(
        |st, _| {
            for x in st["questions"].as_array_mut().unwrap() {
                if x["dimension"] == "participation" {
                    x["dimension"] = json!("pace");
                }
            }
        },
        ContentError::EmptyDimension {
            dimension: s("participation"),
        },
    );
    check(
        |st, _| question(st, "res_time")["weight"] = json!(0),
        ContentError::ZeroWeight {
            question: s("res_time"),
        },
    );
    check(
        |st, _| question(st, "res_time")["source"]["file"] = json!("999"),
        ContentError::UnknownSource {
            owner: s("res_time"),
            file: s("999"),
        },
    );
    check(
        |st, _| question(st, "res_time")["source"]["section"] = json!(" "),
        ContentError::EmptySection {
            owner: s("res_time"),
        },
    );
    check(
        |st, _| question(st, "com_attendance")["kinds"] = json!(["festival"]),
        ContentError::UnknownProfileOption {
            owner: s("com_attendance"),
            option: s("festival"),
        },
    );
    check(
        |st, _| question(st, "goals_milestones")["stages"] = json!(["partners", "done"]),
        ContentError::UnknownProfileOption {
            owner: s("goals_milestones"),
            option: s("done"),
        },
    );
}

#[test]
fn contradiction_pair_errors() {
    let bad = |first: &str, second: &str| ContentError::BadContradictionPair {
        first: s(first),
        second: s(second),
    };
    // An unknown statement.
    check(
        |st, _| st["contradictions"][0] = json!(["goals_change", "goals_fuzzy"]),
        bad("goals_change", "goals_fuzzy"),
    );
    // Two areas.
    check(
        |st, _| st["contradictions"][0] = json!(["goals_change", "res_alone"]),
        bad("goals_change", "res_alone"),
    );
    // The same direction.
    check(
        |st, _| st["contradictions"][0] = json!(["goals_change", "goals_groups"]),
        bad("goals_change", "goals_groups"),
    );
}

#[test]
fn relation_and_recommendation_errors() {
    check(
        |st, _| st["relations"]["hope_vs_reality"] = json!(["slow_down"]),
        ContentError::UnknownRelation {
            relation: s("hope_vs_reality"),
        },
    );
    check(
        |st, _| remove(&mut st["relations"], "goals_vs_pace"),
        ContentError::MissingRelation {
            relation: s("goals_vs_pace"),
        },
    );
    check(
        |st, _| st["relations"]["goals_vs_pace"][1] = json!("fly_to_the_moon"),
        ContentError::UnknownRecommendation {
            relation: s("goals_vs_pace"),
            recommendation: s("fly_to_the_moon"),
        },
    );
    check(
        |st, _| recommendation(st, "slow_down")["dimensions"][0] = json!("luck"),
        ContentError::UnknownDimension {
            owner: s("slow_down"),
            dimension: s("luck"),
        },
    );
    check(
        |st, _| recommendation(st, "slow_down")["source"]["file"] = json!("005"),
        ContentError::UnknownSource {
            owner: s("slow_down"),
            file: s("005"),
        },
    );
    check(
        |st, _| recommendation(st, "slow_down")["source"]["section"] = json!(""),
        ContentError::EmptySection {
            owner: s("slow_down"),
        },
    );
    check(
        |st, _| recommendation(st, "runder_tisch")["scopes"] = json!(["planet"]),
        ContentError::UnknownProfileOption {
            owner: s("runder_tisch"),
            option: s("planet"),
        },
    );
    check(
        |st, _| {
            let list = st["relations"]["ambition_vs_resources"]
                .as_array_mut()
                .unwrap();
            list.retain(|id| id != "approach_companies");
            recommendation(st, "approach_companies")["dimensions"] = json!([]);
        },
        ContentError::RecommendationWithoutTrigger {
            recommendation: s("approach_companies"),
        },
    );
    check(
        |st, _| remove(recommendation(st, "idea_next_steps"), "stages"),
        ContentError::SituationWithoutFilter {
            recommendation: s("idea_next_steps"),
        },
    );
    // Every relation needs a recommendation that applies to every profile and is never done.
    check(
        |st, _| st["relations"]["goals_vs_pace"] = json!(["ask_the_people", "slow_down"]),
        ContentError::RelationWithoutFallback {
            relation: s("goals_vs_pace"),
        },
    );
    // A gap must be a statement flagged dont_know_is_gap.
    check(
        |st, _| recommendation(st, "subgoals_milestones")["gaps"] = json!(["mot_own_role"]),
        ContentError::UnknownGapQuestion {
            recommendation: s("subgoals_milestones"),
            question: s("mot_own_role"),
        },
    );
    check(
        |st, _| recommendation(st, "subgoals_milestones")["gaps"] = json!(["goals_fuzzy"]),
        ContentError::UnknownGapQuestion {
            recommendation: s("subgoals_milestones"),
            question: s("goals_fuzzy"),
        },
    );
    check(
        |st, _| recommendation(st, "subgoals_milestones")["done_when"] = json!(["goals_milestone"]),
        ContentError::UnknownDoneWhenQuestion {
            recommendation: s("subgoals_milestones"),
            question: s("goals_milestone"),
        },
    );
    // Keep-going recommendations with done_when do not count: without exchange_experience a
    // one-off action at the idea stage keeps only two that can never count as done.
    check(
        |st, _| recommendation(st, "exchange_experience")["keep_going"] = json!(false),
        ContentError::TooFewKeepGoing {
            profile: s("kind=action, stage=idea, scope=place"),
            found: 2,
            needed: MIN_KEEP_GOING,
        },
    );
    check(
        |st, _| {
            for r in st["recommendations"].as_array_mut().unwrap() {
                r["keep_going"] = json!(false);
            }
        },
        ContentError::TooFewKeepGoing {
            profile: s("kind=any, stage=any, scope=any"),
            found: 0,
            needed: MIN_KEEP_GOING,
        },
    );
}

#[test]
fn locale_missing_texts() {
    let missing = |key: &str| ContentError::MissingText { key: s(key) };
    check(
        |_, l| remove(&mut l["questions"], "res_time"),
        missing("questions.res_time.text"),
    );
    check(
        |_, l| remove(&mut l["questions"]["res_sozialraum"], "gap"),
        missing("questions.res_sozialraum.gap"),
    );
    check(
        |_, l| remove(&mut l["recommendations"], "slow_down"),
        missing("recommendations.slow_down.title"),
    );
    check(
        |_, l| remove(&mut l["options"], "not_applicable"),
        missing("options.not_applicable"),
    );
    check(
        |_, l| remove(&mut l["profile"]["kind"]["options"], "network"),
        missing("profile.kind.options.network.label"),
    );
    check(
        |_, l| remove(&mut l["dimensions"], "pace"),
        missing("dimensions.pace.title"),
    );
    check(
        |_, l| remove(&mut l["dimensions"]["pace"]["bands"], "concern"),
        missing("dimensions.pace.bands.concern"),
    );
    check(
        |_, l| remove(&mut l["verdicts"], "insufficient_data"),
        missing("verdicts.insufficient_data"),
    );
    check(
        |_, l| remove(&mut l["verdict_sentences"], "sustainable_thin"),
        missing("verdict_sentences.sustainable_thin"),
    );
    check(
        |_, l| remove(&mut l["relations"], "goals_vs_pace"),
        missing("relations.goals_vs_pace.high"),
    );
    check(
        |_, l| remove(&mut l["relations"]["pace_vs_participation"], "alone"),
        missing("relations.pace_vs_participation.alone"),
    );
    check(
        |_, l| remove(&mut l["sources"], "002"),
        missing("sources.002"),
    );
}

#[test]
fn locale_empty_texts() {
    let empty = |key: &str| ContentError::EmptyText { key: s(key) };
    check(
        |_, l| l["questions"]["res_time"]["text"] = json!("  "),
        empty("questions.res_time.text"),
    );
    check(
        |_, l| l["questions"]["res_existing"]["hint"] = json!(""),
        empty("questions.res_existing.hint"),
    );
    check(
        |_, l| l["questions"]["res_time"]["gap"] = json!("\n"),
        empty("questions.res_time.gap"),
    );
    check(
        |_, l| l["recommendations"]["slow_down"]["body"] = json!(""),
        empty("recommendations.slow_down.body"),
    );
    check(
        |_, l| l["profile"]["intro"] = json!(""),
        empty("profile.intro"),
    );
    check(
        |_, l| l["profile"]["stage"]["legend"] = json!(" "),
        empty("profile.stage.legend"),
    );
    check(
        |_, l| l["profile"]["scope"]["options"]["place"]["hint"] = json!(""),
        empty("profile.scope.options.place.hint"),
    );
    check(
        |_, l| l["dimensions"]["pace"]["intro"] = json!(""),
        empty("dimensions.pace.intro"),
    );
    check(
        |_, l| l["relations"]["ambition_vs_goals"]["low"] = json!(""),
        empty("relations.ambition_vs_goals.low"),
    );
    check(|_, l| l["language"] = json!(""), empty("language"));
}

#[test]
fn locale_unknown_keys() {
    let unknown = |key: &str| ContentError::UnknownLocaleKey { key: s(key) };
    // A gap text for a statement whose "weiß nicht" is no gap.
    check(
        |_, l| l["questions"]["res_existing"]["gap"] = json!("Lücke"),
        unknown("questions.res_existing.gap"),
    );
    check(
        |_, l| l["questions"]["res_tyme"] = json!({ "text": "Tippfehler" }),
        unknown("questions.res_tyme"),
    );
    check(
        |_, l| l["recommendations"]["fly_to_the_moon"] = json!({ "title": "x", "body": "y" }),
        unknown("recommendations.fly_to_the_moon"),
    );
    check(
        |_, l| l["options"]["6"] = json!("sechs"),
        unknown("options.6"),
    );
    check(
        |_, l| l["profile"]["scope"]["options"]["planet"] = json!({ "label": "Erde" }),
        unknown("profile.scope.options.planet"),
    );
    check(
        |_, l| l["dimensions"]["pace"]["bands"]["panic"] = json!("Panik"),
        unknown("dimensions.pace.bands.panic"),
    );
    check(
        |_, l| l["dimensions"]["mood"] = l["dimensions"]["pace"].clone(),
        unknown("dimensions.mood"),
    );
    check(
        |_, l| l["verdicts"]["doomed"] = json!("verloren"),
        unknown("verdicts.doomed"),
    );
    // The triad only ever speaks of high levels; participation has no moderate sentence.
    check(
        |_, l| l["relations"]["ambition_resources_pace"]["low"] = json!("klein"),
        unknown("relations.ambition_resources_pace.low"),
    );
    check(
        |_, l| l["relations"]["pace_vs_participation"]["moderate"] = json!("mittel"),
        unknown("relations.pace_vs_participation.moderate"),
    );
    check(
        |_, l| l["relations"]["hope_vs_reality"] = json!({ "high": "x" }),
        unknown("relations.hope_vs_reality"),
    );
    check(
        |_, l| l["sources"]["005"] = json!("Unbekannt"),
        unknown("sources.005"),
    );
}

#[test]
fn error_messages_name_the_offending_thing() {
    let cases = [
        (
            ContentError::Json {
                document: "locale",
                message: s("line 3"),
            },
            "locale",
        ),
        (
            ContentError::UnsupportedSchemaVersion {
                found: 7,
                supported: 2,
            },
            "7",
        ),
        (ContentError::DuplicateId { id: s("x1") }, "x1"),
        (
            ContentError::UnknownDimension {
                owner: s("q1"),
                dimension: s("mood"),
            },
            "mood",
        ),
        (
            ContentError::DuplicateDimension {
                dimension: s("pace"),
            },
            "pace",
        ),
        (
            ContentError::MissingDimension {
                dimension: s("goals"),
            },
            "goals",
        ),
        (
            ContentError::EmptyDimension {
                dimension: s("ambition"),
            },
            "ambition",
        ),
        (ContentError::ZeroWeight { question: s("q7") }, "q7"),
        (
            ContentError::UnknownSource {
                owner: s("q7"),
                file: s("999"),
            },
            "999",
        ),
        (ContentError::EmptySection { owner: s("q8") }, "q8"),
        (
            ContentError::UnknownProfileOption {
                owner: s("q1"),
                option: s("festival"),
            },
            "festival",
        ),
        (
            ContentError::BadContradictionPair {
                first: s("a1"),
                second: s("b2"),
            },
            "b2",
        ),
        (ContentError::UnknownRelation { relation: s("zz") }, "zz"),
        (
            ContentError::MissingRelation {
                relation: s("goals_vs_pace"),
            },
            "goals_vs_pace",
        ),
        (
            ContentError::UnknownRecommendation {
                relation: s("r"),
                recommendation: s("moon"),
            },
            "moon",
        ),
        (
            ContentError::RecommendationWithoutTrigger {
                recommendation: s("lonely"),
            },
            "lonely",
        ),
        (
            ContentError::SituationWithoutFilter {
                recommendation: s("everyone"),
            },
            "everyone",
        ),
        (
            ContentError::UnknownGapQuestion {
                recommendation: s("r"),
                question: s("nogap"),
            },
            "nogap",
        ),
        (
            ContentError::UnknownDoneWhenQuestion {
                recommendation: s("r"),
                question: s("typo"),
            },
            "typo",
        ),
        (
            ContentError::TooFewKeepGoing {
                profile: s("kind=action, stage=idea, scope=place"),
                found: 2,
                needed: 3,
            },
            "kind=action, stage=idea, scope=place",
        ),
        (
            ContentError::MissingText {
                key: s("questions.q7.text"),
            },
            "questions.q7.text",
        ),
        (ContentError::EmptyText { key: s("language") }, "language"),
        (
            ContentError::UnknownLocaleKey {
                key: s("options.6"),
            },
            "options.6",
        ),
    ];
    for (e, needle) in cases {
        assert!(e.to_string().contains(needle), "{e}");
    }
}
