//! Invariants of the model, checked with proptest and by exhaustive loops:
//! monotonicity, totality, bounds, determinism.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::OnceLock;

use netzwerk_check::model::{
    assess, Answer, Answers, Assessment, DimensionId, Direction, Question, Questionnaire,
    RelationKind, VerdictKind,
};
use proptest::prelude::*;

fn q() -> &'static Questionnaire {
    static Q: OnceLock<Questionnaire> = OnceLock::new();
    Q.get_or_init(|| Questionnaire::german().unwrap())
}

/// Any answer, including out-of-range scale values.
fn any_answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        6 => (1u8..=5).prop_map(Answer::Scale),
        1 => Just(Answer::DontKnow),
        1 => Just(Answer::NotApplicable),
        1 => any::<u8>().prop_map(Answer::Scale),
    ]
}

/// Random answer sets: each question maybe answered, plus some unknown ids.
fn any_answers() -> impl Strategy<Value = Vec<(String, Answer)>> {
    let n = q().all_questions().len();
    (
        prop::collection::vec(prop::option::of(any_answer()), n),
        prop::collection::vec(("[a-z_]{0,12}", any_answer()), 0..4),
    )
        .prop_map(|(known, unknown)| {
            let mut pairs: Vec<(String, Answer)> = q()
                .all_questions()
                .iter()
                .zip(known)
                .filter_map(|(question, a)| a.map(|a| (question.id.clone(), a)))
                .collect();
            pairs.extend(unknown);
            pairs
        })
}

/// Complete, valid scale answers (so verdicts other than InsufficientData occur often).
fn scale_answers() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(1u8..=5, q().all_questions().len())
}

fn from_scale(values: &[u8]) -> Answers {
    q().all_questions()
        .iter()
        .zip(values)
        .map(|(question, v)| (question.id.clone(), Answer::Scale(*v)))
        .collect()
}

fn build(pairs: &[(String, Answer)]) -> Answers {
    let mut a = Answers::new();
    for (id, answer) in pairs {
        a.set(id, *answer);
    }
    a
}

/// Severity of one relation in an assessment (0 when not found).
fn relation_severity(a: &Assessment, kind: RelationKind) -> u8 {
    a.findings
        .iter()
        .find(|f| f.kind == kind)
        .and_then(|f| f.severity.severity())
        .unwrap_or(0)
}

/// `true` when raising the oriented step of `question` adds capacity (false: adds demand).
fn is_capacity(question: &Question) -> bool {
    !question.dimension.is_demand()
}

/// The raw value that moves `question`'s oriented step from `from` one step up, if any.
fn one_step_up(question: &Question, from: u8) -> Option<u8> {
    match question.direction {
        Direction::Raises if from < 5 => Some(from + 1),
        Direction::Lowers if from > 1 => Some(from - 1),
        _ => None,
    }
}

/// `after` moved one question one oriented step up compared with `before`; checks the verdict
/// and every relation move in the direction the question's kind allows.
#[track_caller]
fn check_monotone(question: &Question, before: &Assessment, after: &Assessment) {
    let (b, a) = (before.verdict.severity(), after.verdict.severity());
    assert_eq!(b.is_none(), a.is_none(), "coverage must not change");
    for kind in RelationKind::ALL {
        let (rb, ra) = (
            relation_severity(before, kind),
            relation_severity(after, kind),
        );
        if is_capacity(question) {
            assert!(ra <= rb, "{}: more capacity worsened {kind:?}", question.id);
        } else {
            assert!(ra >= rb, "{}: more demand improved {kind:?}", question.id);
        }
    }
    if is_capacity(question) {
        assert!(
            a <= b,
            "{}: more capacity worsened {:?} -> {:?}",
            question.id,
            before.verdict,
            after.verdict
        );
    } else {
        assert!(
            a >= b,
            "{}: more demand improved {:?} -> {:?}",
            question.id,
            before.verdict,
            after.verdict
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Raising any capacity answer never worsens, raising any demand answer never improves.
    #[test]
    fn monotone_in_every_answer(values in scale_answers(), index in 0usize..1000) {
        let questions = q().all_questions();
        let i = index % questions.len();
        let question = &questions[i];
        if let Some(up) = one_step_up(question, values[i]) {
            let before = assess(q(), &from_scale(&values));
            let mut raised = values.clone();
            raised[i] = up;
            let after = assess(q(), &from_scale(&raised));
            check_monotone(question, &before, &after);
        }
    }

    /// Any input gives a bounded, consistent result.
    #[test]
    fn total_and_bounded(pairs in any_answers()) {
        let answers = build(&pairs);
        let a = assess(q(), &answers);
        prop_assert_eq!(a.scores.len(), DimensionId::ALL.len());
        prop_assert_eq!(a.total, q().all_questions().len());
        prop_assert!(a.answered <= a.total);
        for s in &a.scores {
            prop_assert!(s.score.is_none_or(|v| v <= 100));
            prop_assert_eq!(s.score.is_some(), s.answered > 0);
            prop_assert_eq!(s.band.is_some(), s.score.is_some());
            prop_assert!(s.answered <= s.total);
        }
        match a.verdict {
            VerdictKind::Sustainable | VerdictKind::InsufficientData => prop_assert!(a.findings.is_empty()),
            v => {
                prop_assert!(!a.findings.is_empty());
                prop_assert_eq!(a.findings[0].severity, v);
            }
        }
        for f in &a.findings {
            prop_assert!(matches!(f.severity, VerdictKind::Strained | VerdictKind::Overstretched));
            prop_assert!(!f.drivers.is_empty() && f.drivers.len() <= 5, "{:?}", f);
            for d in &f.drivers {
                prop_assert!(answers.get(d).and_then(|x| x.scale()).is_some(), "driver {} not answered", d);
            }
        }
        // Findings are worst first.
        let sev: Vec<u8> = a.findings.iter().filter_map(|f| f.severity.severity()).collect();
        prop_assert!(sev.windows(2).all(|w| w[0] >= w[1]));
        for g in &a.gaps {
            prop_assert!(q().question(g).unwrap().dont_know_is_gap);
            prop_assert_eq!(answers.get(g), Some(Answer::DontKnow));
        }
        prop_assert!((3..=6).contains(&a.recommendations.len()), "{:?}", a.recommendations);
        let mut ids = a.recommendations.clone();
        ids.sort();
        ids.dedup();
        prop_assert_eq!(ids.len(), a.recommendations.len());
        for r in &a.recommendations {
            prop_assert!(q().recommendation(r).is_some());
        }
        // The first recommendation addresses the worst relation.
        if let Some(f) = a.findings.first() {
            prop_assert!(q().recommendation_relations(&a.recommendations[0]).contains(&f.kind));
        }
    }

    /// Same input twice gives the same output; insertion order does not matter; stale data
    /// cleaned by `validated` gives the same result.
    #[test]
    fn deterministic(pairs in any_answers()) {
        let forward = build(&pairs);
        let mut reversed_pairs = pairs.clone();
        reversed_pairs.reverse();
        // Later duplicates win on insertion, so dedupe by keeping the last per id first.
        let mut seen = std::collections::BTreeSet::new();
        let unique: Vec<(String, Answer)> = pairs
            .iter()
            .rev()
            .filter(|(id, _)| seen.insert(id.clone()))
            .cloned()
            .collect();
        let a1 = assess(q(), &forward);
        let a2 = assess(q(), &forward);
        prop_assert_eq!(&a1, &a2);
        let shuffled = build(&unique);
        prop_assert_eq!(&forward, &shuffled);
        prop_assert_eq!(&a1, &assess(q(), &shuffled));
        let (clean, dropped) = forward.validated(q());
        prop_assert_eq!(&a1, &assess(q(), &clean));
        prop_assert_eq!(clean.len() + dropped.len(), forward.len());
        // Results and answers survive a JSON round trip.
        let json = serde_json::to_string(&a1).unwrap();
        prop_assert_eq!(&a1, &serde_json::from_str::<Assessment>(&json).unwrap());
        let json = serde_json::to_string(&forward).unwrap();
        prop_assert_eq!(&forward, &serde_json::from_str::<Answers>(&json).unwrap());
    }
}

/// Exhaustive monotonicity: every question, every one-step raise, on several base answer
/// sets (all neutral, and sets near the strained/overstretched boundaries).
#[test]
fn monotone_for_every_question_exhaustively() {
    let questions = q().all_questions();
    let n = questions.len();
    let mut bases: Vec<Vec<u8>> = (1..=5).map(|v| vec![v; n]).collect();
    // Capacity low, demand high (and the reverse), per direction.
    for (cap, dem) in [(2u8, 4u8), (4, 2), (3, 5), (1, 3)] {
        bases.push(
            questions
                .iter()
                .map(|x| {
                    let level = if is_capacity(x) { cap } else { dem };
                    match x.direction {
                        Direction::Raises => level,
                        Direction::Lowers => 6 - level,
                    }
                })
                .collect(),
        );
    }
    let mut checked = 0;
    for base in &bases {
        let mut values = base.clone();
        for i in 0..n {
            for start in 1..=5u8 {
                values[i] = start;
                if let Some(up) = one_step_up(&questions[i], start) {
                    let before = assess(q(), &from_scale(&values));
                    let mut raised = values.clone();
                    raised[i] = up;
                    let after = assess(q(), &from_scale(&raised));
                    check_monotone(&questions[i], &before, &after);
                    checked += 1;
                }
            }
            values[i] = base[i];
        }
    }
    assert_eq!(checked, bases.len() * n * 4);
}

#[test]
fn validated_drops_unknown_ids_and_invalid_values() {
    let mut a = Answers::new();
    a.set("mot_personal", Answer::Scale(4));
    a.set("mot_role", Answer::Scale(7));
    a.set("old_question", Answer::Scale(3));
    a.set("res_time", Answer::DontKnow);
    let (clean, dropped) = a.validated(q());
    assert_eq!(
        dropped,
        vec!["mot_role".to_owned(), "old_question".to_owned()]
    );
    assert_eq!(clean.len(), 2);
    assert_eq!(clean.get("mot_personal"), Some(Answer::Scale(4)));
}

#[test]
fn stored_answers_from_older_versions_load() {
    let json =
        r#"{"mot_personal":"5","mot_role":"7","gone":"dont_know","res_time":"not_applicable"}"#;
    let a: Answers = serde_json::from_str(json).unwrap();
    assert_eq!(a.get("mot_role"), Some(Answer::Scale(7)));
    let (clean, dropped) = a.validated(q());
    assert_eq!(dropped, vec!["gone".to_owned(), "mot_role".to_owned()]);
    assert_eq!(
        serde_json::to_string(&clean).unwrap(),
        r#"{"mot_personal":"5","res_time":"not_applicable"}"#
    );
    assert!(serde_json::from_str::<Answers>(r#"{"x":"maybe"}"#).is_err());
}
