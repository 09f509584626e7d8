//! The shipped content loads and is complete; every validation error is triggered by a
//! minimal break of the shipped JSON.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use netzwerk_check::model::{
    Answer, Band, ContentError, DimensionId, Direction, Questionnaire, RelationKind, VerdictKind,
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
    assert_eq!(q.schema_version(), 1);
    assert_eq!(q.language(), "de");
    let n = q.all_questions().len();
    assert!((25..=40).contains(&n), "{n} questions");
    let page: Vec<DimensionId> = q.dimensions().iter().map(|d| d.id).collect();
    assert_eq!(page, DimensionId::ALL);
    for d in DimensionId::ALL {
        assert!(
            q.questions(d).count() >= 3,
            "{d:?} has fewer than 3 questions"
        );
        assert_eq!(q.dimension(d).id, d);
    }
    // Every dimension has reverse-coded questions except where none make sense.
    let lowers = q
        .all_questions()
        .iter()
        .filter(|x| x.direction == Direction::Lowers)
        .count();
    assert!(lowers >= 6, "{lowers} reverse-coded questions");
    // Participation questions exist and live in the pace dimension.
    assert!(q.all_questions().iter().any(|x| x.participation));
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
    assert_eq!(q.option_label(Answer::Scale(9)), "");
    for d in DimensionId::ALL {
        for b in Band::ALL {
            assert!(!q.band_label(d, b).is_empty());
        }
    }
    // Demand dimensions do not call high demand a strength.
    assert_eq!(
        q.band_label(DimensionId::Ambition, Band::Concern),
        "sehr anspruchsvoll"
    );
    assert_eq!(q.verdict_text(VerdictKind::Sustainable).title, "tragfähig");
    assert_eq!(
        q.verdict_text(VerdictKind::Overstretched).title,
        "überfordert"
    );
    for r in RelationKind::ALL {
        assert!(!q.relation_text(r).is_empty());
    }
    for question in q.all_questions() {
        assert_eq!(
            question.dont_know_is_gap,
            q.gap_text(&question.id).is_some(),
            "{}",
            question.id
        );
        assert!(q.source_title(&question.source.file).is_some());
    }
    let ids: Vec<&str> = q.recommendation_ids().collect();
    assert!(ids.len() >= 10);
    for id in ids {
        let r = q.recommendation(id).unwrap();
        assert!(!r.title.is_empty() && !r.body.is_empty());
        assert!(q.source_title(&r.source.file).is_some());
    }
    assert!(q.recommendation("no_such").is_none());
    // Every relation has at least one recommendation.
    for r in RelationKind::ALL {
        assert!(
            q.recommendation_ids()
                .any(|id| q.recommendation_relations(id).contains(&r)),
            "no recommendation for {r:?}"
        );
    }
    // Every flagged question has a recommendation for its gap.
    assert!(q.question("res_sozialraum").unwrap().dont_know_is_gap);
}

#[test]
fn no_user_facing_german_in_structure() {
    // The structure may cite German headings of the seeds, but carries no question texts.
    let v: Value = serde_json::from_str(STRUCTURE).unwrap();
    for question in v["questions"].as_array().unwrap() {
        assert!(question.get("text").is_none());
    }
}

/// Applies `edit` to the shipped structure and locale and expects `expected`.
#[track_caller]
fn check(edit: impl FnOnce(&mut Value, &mut Value), expected: ContentError) {
    let mut s: Value = serde_json::from_str(STRUCTURE).unwrap();
    let mut l: Value = serde_json::from_str(LOCALE).unwrap();
    edit(&mut s, &mut l);
    let got = Questionnaire::from_json(&s.to_string(), &l.to_string());
    assert_eq!(got.as_ref().err(), Some(&expected), "got {got:?}");
    // Messages name the offending thing.
    let message = expected.to_string();
    assert!(!message.is_empty());
}

fn question_mut<'a>(s: &'a mut Value, id: &str) -> &'a mut Value {
    s["questions"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|q| q["id"] == id)
        .unwrap()
}

fn s(x: &str) -> String {
    x.to_owned()
}

#[test]
fn unchanged_content_is_valid() {
    let s: Value = serde_json::from_str(STRUCTURE).unwrap();
    let l: Value = serde_json::from_str(LOCALE).unwrap();
    assert!(Questionnaire::from_json(&s.to_string(), &l.to_string()).is_ok());
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
    question_mut(&mut v, "mot_role")["wieght"] = json!(2);
    let e = Questionnaire::from_json(&v.to_string(), LOCALE).unwrap_err();
    assert!(e.to_string().contains("wieght"), "{e}");
    assert!(std::error::Error::source(&e).is_none());
}

#[test]
fn structure_errors() {
    check(
        |s, _| s["schema_version"] = json!(2),
        ContentError::UnsupportedSchemaVersion {
            found: 2,
            supported: 1,
        },
    );
    check(
        |s, _| question_mut(s, "mot_role")["id"] = json!("mot_personal"),
        ContentError::DuplicateId {
            id: s("mot_personal"),
        },
    );
    check(
        |st, _| st["recommendations"][0]["id"] = json!("mot_personal"),
        ContentError::DuplicateId {
            id: s("mot_personal"),
        },
    );
    check(
        |st, _| question_mut(st, "mot_role")["dimension"] = json!("mood"),
        ContentError::UnknownDimension {
            owner: s("mot_role"),
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
            dimension: s("pace"),
        },
    );
    check(
        |st, _| {
            for q in st["questions"].as_array_mut().unwrap() {
                if q["dimension"] == "ambition" {
                    q["dimension"] = json!("goals");
                }
            }
        },
        ContentError::EmptyDimension {
            dimension: s("ambition"),
        },
    );
    check(
        |st, _| question_mut(st, "res_time")["weight"] = json!(0),
        ContentError::ZeroWeight {
            question: s("res_time"),
        },
    );
    check(
        |st, _| question_mut(st, "res_time")["source"]["file"] = json!("999"),
        ContentError::UnknownSource {
            owner: s("res_time"),
            file: s("999"),
        },
    );
    check(
        |st, _| question_mut(st, "res_time")["source"]["section"] = json!(" "),
        ContentError::EmptySection {
            owner: s("res_time"),
        },
    );
    check(
        |st, _| question_mut(st, "res_time")["participation"] = json!(true),
        ContentError::ParticipationOutsidePace {
            question: s("res_time"),
        },
    );
    check(
        |st, _| {
            for q in st["questions"].as_array_mut().unwrap() {
                q["participation"] = json!(false);
            }
        },
        ContentError::NoParticipationQuestions,
    );
}

#[test]
fn recommendation_errors() {
    check(
        |st, _| st["recommendations"][0]["relations"][0] = json!("hope_vs_reality"),
        ContentError::UnknownRelation {
            recommendation: s("subgoals_milestones"),
            relation: s("hope_vs_reality"),
        },
    );
    check(
        |st, _| st["recommendations"][0]["dimensions"][0] = json!("luck"),
        ContentError::UnknownDimension {
            owner: s("subgoals_milestones"),
            dimension: s("luck"),
        },
    );
    check(
        |st, _| {
            st["recommendations"][0]["relations"] = json!([]);
            st["recommendations"][0]["dimensions"] = json!([]);
        },
        ContentError::RecommendationWithoutTrigger {
            recommendation: s("subgoals_milestones"),
        },
    );
    check(
        |st, _| st["recommendations"][0]["gaps"] = json!(["mot_role"]),
        ContentError::UnknownGapQuestion {
            recommendation: s("subgoals_milestones"),
            question: s("mot_role"),
        },
    );
    check(
        |st, _| {
            for r in st["recommendations"].as_array_mut().unwrap() {
                r["keep_going"] = json!(false);
            }
        },
        ContentError::TooFewKeepGoing {
            found: 0,
            needed: 3,
        },
    );
}

#[test]
fn locale_errors() {
    check(
        |_, l| {
            l["questions"].as_object_mut().unwrap().remove("res_time");
        },
        ContentError::MissingText {
            key: s("questions.res_time.text"),
        },
    );
    check(
        |_, l| l["questions"]["res_time"]["text"] = json!("  "),
        ContentError::EmptyText {
            key: s("questions.res_time.text"),
        },
    );
    check(
        |_, l| l["questions"]["res_time"]["hint"] = json!(""),
        ContentError::EmptyText {
            key: s("questions.res_time.hint"),
        },
    );
    check(
        |_, l| {
            l["questions"]["res_sozialraum"]
                .as_object_mut()
                .unwrap()
                .remove("gap");
        },
        ContentError::MissingText {
            key: s("questions.res_sozialraum.gap"),
        },
    );
    check(
        |_, l| l["questions"]["res_time"]["gap"] = json!("Lücke"),
        ContentError::UnknownLocaleKey {
            key: s("questions.res_time.gap"),
        },
    );
    check(
        |_, l| l["questions"]["res_tyme"] = json!({ "text": "Tippfehler" }),
        ContentError::UnknownLocaleKey {
            key: s("questions.res_tyme"),
        },
    );
    check(
        |_, l| {
            l["options"]
                .as_object_mut()
                .unwrap()
                .remove("not_applicable");
        },
        ContentError::MissingText {
            key: s("options.not_applicable"),
        },
    );
    check(
        |_, l| l["options"]["6"] = json!("sechs"),
        ContentError::UnknownLocaleKey {
            key: s("options.6"),
        },
    );
    check(
        |_, l| {
            l["dimensions"]["pace"]["bands"]
                .as_object_mut()
                .unwrap()
                .remove("concern");
        },
        ContentError::MissingText {
            key: s("dimensions.pace.bands.concern"),
        },
    );
    check(
        |_, l| l["dimensions"]["pace"]["intro"] = json!(""),
        ContentError::EmptyText {
            key: s("dimensions.pace.intro"),
        },
    );
    check(
        |_, l| {
            l["verdicts"]
                .as_object_mut()
                .unwrap()
                .remove("insufficient_data");
        },
        ContentError::MissingText {
            key: s("verdicts.insufficient_data.title"),
        },
    );
    check(
        |_, l| {
            l["relations"]
                .as_object_mut()
                .unwrap()
                .remove("goals_vs_pace");
        },
        ContentError::MissingText {
            key: s("relations.goals_vs_pace"),
        },
    );
    check(
        |_, l| l["recommendations"]["slow_down"]["body"] = json!(""),
        ContentError::EmptyText {
            key: s("recommendations.slow_down.body"),
        },
    );
    check(
        |_, l| l["recommendations"]["fly_to_the_moon"] = json!({ "title": "x", "body": "y" }),
        ContentError::UnknownLocaleKey {
            key: s("recommendations.fly_to_the_moon"),
        },
    );
    check(
        |_, l| {
            l["sources"].as_object_mut().unwrap().remove("002");
        },
        ContentError::MissingText {
            key: s("sources.002"),
        },
    );
}

#[test]
fn error_messages_name_the_offending_id() {
    let cases = [
        (ContentError::DuplicateId { id: s("x1") }, "x1"),
        (ContentError::ZeroWeight { question: s("q7") }, "q7"),
        (
            ContentError::MissingText {
                key: s("questions.q7.text"),
            },
            "questions.q7.text",
        ),
        (
            ContentError::UnknownRelation {
                recommendation: s("r1"),
                relation: s("zz"),
            },
            "zz",
        ),
    ];
    for (e, needle) in cases {
        assert!(e.to_string().contains(needle), "{e}");
    }
}
