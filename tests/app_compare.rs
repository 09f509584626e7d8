//! Comparing two completed checks (`app::compare`): per-area changes equal the difference of
//! the current model's scores, directions seen from the fit (a lower demand is better),
//! verdict changes by severity, relations that appeared or were resolved (only where both
//! checks could judge them), the answers that changed most in their documented order, the
//! model-change flag, and the older/newer order.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::OnceLock;

use netzwerk_check::app::compare::{
    compare, ordered, AnswerChange, ChangeDirection, Comparison, TOP_ANSWER_CHANGES,
};
use netzwerk_check::app::entry::Entry;
use netzwerk_check::model::{
    fit_score, Answer, Answers, Band, DimensionId, Direction, Kind, Profile, Questionnaire,
    RelationKind, Scope, Stage, VerdictKind,
};
use proptest::prelude::*;

fn q() -> &'static Questionnaire {
    static Q: OnceLock<Questionnaire> = OnceLock::new();
    Q.get_or_init(|| Questionnaire::german().unwrap())
}

const PROFILE: Profile = Profile {
    kind: Some(Kind::Network),
    stage: Some(Stage::Working),
    scope: Some(Scope::Town),
};

/// How each area is answered: `Good` agrees where agreeing helps the fit, `Bad` the opposite,
/// `Mid` is "teils, teils" throughout, `Skip` leaves the area unanswered.
#[derive(Clone, Copy, PartialEq)]
enum Fill {
    Good,
    Bad,
    Mid,
    Skip,
}

/// An entry with every area answered by `fill(area)`, completed at `at`.
fn entry(at: &str, fill: impl Fn(DimensionId) -> Fill) -> Entry {
    let mut answers = Answers::new();
    for s in q().all_questions() {
        // Agreeing raises the score for `Raises`; a high score helps capacity, hurts demand.
        let agree_helps = (s.direction == Direction::Raises) != s.dimension.is_demand();
        let v = match fill(s.dimension) {
            Fill::Mid => 3,
            Fill::Good if agree_helps => 5,
            Fill::Bad if !agree_helps => 5,
            Fill::Good | Fill::Bad => 1,
            Fill::Skip => continue,
        };
        answers.set(&s.id, Answer::Scale(v));
    }
    Entry::complete(q(), &PROFILE, &answers, at)
}

fn neutral() -> Entry {
    entry("2026-01-01T10:00:00.000Z", |_| Fill::Mid)
}

/// Big ambition on few resources: overstretched with several findings.
fn strained() -> Entry {
    entry("2026-01-01T10:00:00.000Z", |d| match d {
        DimensionId::Ambition | DimensionId::Pace => Fill::Bad,
        DimensionId::Resources => Fill::Bad,
        _ => Fill::Mid,
    })
}

fn solid() -> Entry {
    entry("2026-03-01T10:00:00.000Z", |_| Fill::Good)
}

/// Like `solid`, but resources unanswered: no verdict.
fn incomplete() -> Entry {
    entry("2026-04-01T10:00:00.000Z", |d| {
        if d == DimensionId::Resources {
            Fill::Skip
        } else {
            Fill::Bad
        }
    })
}

fn direction_char(d: ChangeDirection) -> char {
    match d {
        ChangeDirection::Better => '+',
        ChangeDirection::Worse => '-',
        ChangeDirection::Same => '=',
        ChangeDirection::NotComparable => '?',
    }
}

/// Compares and checks: the area directions (one char per area in page order: `+` better,
/// `-` worse, `=` same, `?` not comparable), the verdict direction, the relations that
/// appeared and were resolved. Every delta and band is checked against the two assessments.
#[track_caller]
fn check(
    older: &Entry,
    newer: &Entry,
    directions: &str,
    verdict: ChangeDirection,
    appeared: &[RelationKind],
    resolved: &[RelationKind],
) -> Comparison {
    let q = q();
    let c = compare(q, older, newer);
    let (before, after) = (older.assess(q), newer.assess(q));
    let got: String = c
        .dimensions
        .iter()
        .map(|d| direction_char(d.direction))
        .collect();
    assert_eq!(got, directions, "directions");
    let order: Vec<DimensionId> = q.dimensions().iter().map(|d| d.id).collect();
    let dims: Vec<DimensionId> = c.dimensions.iter().map(|d| d.dimension).collect();
    assert_eq!(dims, order, "page order");
    for (change, (b, a)) in c
        .dimensions
        .iter()
        .zip(before.scores.iter().zip(after.scores.iter()))
    {
        assert_eq!((change.before, change.after), (b.score, a.score));
        assert_eq!((change.band_before, change.band_after), (b.band, a.band));
        let expected = match (b.score, a.score) {
            (Some(b), Some(a)) => Some(i16::from(a) - i16::from(b)),
            _ => None,
        };
        assert_eq!(change.delta, expected, "{:?}", change.dimension);
    }
    assert_eq!(
        (c.verdict_before, c.verdict_after),
        (before.verdict, after.verdict)
    );
    assert_eq!(c.verdict_direction, verdict, "verdict direction");
    assert_eq!(c.appeared, appeared, "appeared");
    assert_eq!(c.resolved, resolved, "resolved");
    assert!(c.answers.len() <= TOP_ANSWER_CHANGES);
    c
}

fn kinds(e: &Entry) -> Vec<RelationKind> {
    e.assess(q()).findings.iter().map(|f| f.kind).collect()
}

use ChangeDirection::{Better, NotComparable, Same, Worse};

#[test]
fn identical_entries_change_nothing() {
    for e in [neutral(), strained(), solid(), incomplete()] {
        let c = compare(q(), &e, &e);
        assert!(c.is_unchanged(), "{:?}", e.verdict);
        assert!(c.answers.is_empty());
        assert!(!c.model_changed);
        assert_eq!(c.verdict_direction, Same);
    }
    let c = check(&neutral(), &neutral(), "=======", Same, &[], &[]);
    assert!(c.is_unchanged());
    // An area without a score is not comparable, even when both lack it.
    let inc = incomplete();
    check(&inc, &inc, "===?===", Same, &[], &[]);
}

#[test]
fn fixing_the_relations_resolves_them_in_finding_order() {
    let (older, newer) = (strained(), solid());
    let found = kinds(&older);
    assert!(
        found.len() >= 3,
        "the fixture has several findings: {found:?}"
    );
    assert_eq!(older.assess(q()).verdict, VerdictKind::Overstretched);
    assert_eq!(newer.assess(q()).verdict, VerdictKind::Sustainable);
    // Ambition and pace drop (demand: lower is better), every capacity rises.
    check(&older, &newer, "+++++++", Better, &[], &found);
    // The other way round: they appear, in the newer result's order.
    check(&newer, &older, "-------", Worse, &found, &[]);
}

#[test]
fn demand_areas_are_judged_by_fit() {
    let c = compare(q(), &neutral(), &strained());
    for change in &c.dimensions {
        let (Some(b), Some(a)) = (change.before, change.after) else {
            panic!("all scored")
        };
        let d = change.dimension;
        let expected = match fit_score(d, a).cmp(&fit_score(d, b)) {
            std::cmp::Ordering::Greater => Better,
            std::cmp::Ordering::Less => Worse,
            std::cmp::Ordering::Equal => Same,
        };
        assert_eq!(change.direction, expected, "{d:?}");
        if d.is_demand() {
            assert!(a > b, "{d:?}: the demand went up");
            assert_eq!(change.direction, Worse, "{d:?}: a higher demand is worse");
        }
    }
    let ambition = c
        .dimensions
        .iter()
        .find(|d| d.dimension == DimensionId::Ambition)
        .unwrap();
    assert_eq!(ambition.band_after, Some(Band::Concern));
}

#[test]
fn relations_not_judged_on_both_sides_neither_appear_nor_resolve() {
    // The incomplete check has no verdict: nothing can have appeared or been resolved.
    let inc = incomplete();
    assert_eq!(inc.assess(q()).verdict, VerdictKind::InsufficientData);
    check(&inc, &strained(), "++=?+=+", NotComparable, &[], &[]);
    check(&strained(), &inc, "--=?-=-", NotComparable, &[], &[]);
}

/// Sets answers on the neutral check by statement index.
fn with_answers(at: &str, base: &Entry, set: &[(usize, Option<&str>)]) -> Entry {
    let all = q().all_questions();
    let mut e = base.clone();
    for (i, key) in set {
        match key {
            Some(k) => e.answers.insert(all[*i].id.clone(), (*k).to_owned()),
            None => e.answers.remove(&all[*i].id),
        };
    }
    let answers = e.model_answers(q());
    Entry::complete(q(), &e.model_profile(), &answers, at)
}

#[test]
fn answers_that_changed_most_come_first() {
    let all = q().all_questions();
    let older = with_answers(
        "2026-01-01T10:00:00.000Z",
        &neutral(),
        &[(6, Some("1")), (7, Some("2")), (8, Some("dont_know"))],
    );
    let newer = with_answers(
        "2026-02-01T10:00:00.000Z",
        &older,
        &[
            (0, Some("5")),              // 2 steps
            (1, Some("1")),              // 2 steps
            (2, Some("dont_know")),      // scale -> weiß nicht
            (3, Some("4")),              // 1 step
            (4, None),                   // scale -> none
            (6, Some("5")),              // 4 steps
            (7, Some("5")),              // 3 steps
            (8, Some("not_applicable")), // weiß nicht -> passt nicht
        ],
    );
    let c = compare(q(), &older, &newer);
    let change = |i: usize, before: &str, after: &str, steps: Option<u8>| AnswerChange {
        id: all[i].id.clone(),
        before: Some(before.to_owned()),
        after: Some(after.to_owned()),
        steps,
    };
    assert_eq!(
        c.answers,
        [
            change(6, "1", "5", Some(4)),
            change(7, "2", "5", Some(3)),
            change(0, "3", "5", Some(2)),
            change(1, "3", "1", Some(2)),
            change(2, "3", "dont_know", None),
        ]
    );
    assert_eq!(TOP_ANSWER_CHANGES, 5);
    // Without the big ones, the rest follow: none, one step, then between non-scale answers.
    let newer = with_answers(
        "2026-02-01T10:00:00.000Z",
        &older,
        &[(3, Some("4")), (4, None), (8, Some("not_applicable"))],
    );
    let ranks: Vec<(String, u8)> = compare(q(), &older, &newer)
        .answers
        .iter()
        .map(|a| (a.id.clone(), a.rank()))
        .collect();
    assert_eq!(
        ranks,
        [
            (all[4].id.clone(), 3),
            (all[3].id.clone(), 4),
            (all[8].id.clone(), 5)
        ]
    );
}

#[test]
fn answers_to_unknown_statements_are_not_listed() {
    let older = neutral();
    let mut newer = older.clone();
    newer.answers.insert("retired_statement".into(), "5".into());
    newer.completed_at = "2026-05-01T10:00:00.000Z".into();
    let c = compare(q(), &older, &newer);
    assert_eq!(c.answers, Vec::<AnswerChange>::new());
}

#[test]
fn a_model_change_is_flagged() {
    let current = q().model_version();
    #[track_caller]
    fn flag(a: u32, b: u32, expected: bool) {
        let (mut older, mut newer) = (neutral(), solid());
        older.model_version = a;
        newer.model_version = b;
        let c = compare(q(), &older, &newer);
        assert_eq!(c.model_versions, (a, b));
        assert_eq!(c.model_changed, expected, "{a} {b}");
    }
    flag(current, current, false);
    flag(current - 1, current, true);
    flag(current, current - 1, true);
    flag(current - 1, current - 1, true);
    flag(current + 1, current + 1, true);
}

#[test]
fn older_and_newer_are_ordered_by_time_then_id() {
    let (a, b) = (neutral(), solid());
    assert_eq!(ordered(&a, &b), (&a, &b));
    assert_eq!(ordered(&b, &a), (&a, &b));
    let mut c = a.clone();
    c.id = "r0000000000000000".into();
    assert_eq!(ordered(&a, &c), (&c, &a));
    assert_eq!(ordered(&c, &a), (&c, &a));
    assert_eq!(ordered(&a, &a), (&a, &a));
}

fn any_entry() -> impl Strategy<Value = Entry> {
    let n = q().all_questions().len();
    (
        prop::collection::vec(
            prop::option::weighted(
                0.8,
                prop::sample::select(&["1", "2", "3", "4", "5", "dont_know", "not_applicable"][..]),
            ),
            n,
        ),
        prop::option::of(prop::sample::select(Stage::ALL)),
        "2026-0[1-9]-1[0-9]T10:00:00.000Z",
    )
        .prop_map(|(answers, stage, at)| {
            let mut set = Answers::new();
            for (s, a) in q().all_questions().iter().zip(answers) {
                if let Some(a) = a.and_then(Answer::from_key) {
                    set.set(&s.id, a);
                }
            }
            let profile = Profile { stage, ..PROFILE };
            Entry::complete(q(), &profile, &set, &at)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// For any two checks: deltas are the score differences, the answers listed really
    /// changed and come in rank order, and swapping the two mirrors every direction.
    #[test]
    fn any_two_checks_compare_consistently(a in any_entry(), b in any_entry()) {
        let q = q();
        let c = compare(q, &a, &b);
        let r = compare(q, &b, &a);
        for (x, y) in c.dimensions.iter().zip(&r.dimensions) {
            prop_assert_eq!(x.delta, y.delta.map(|d| -d));
            let mirrored = match x.direction {
                Better => Worse,
                Worse => Better,
                other => other,
            };
            prop_assert_eq!(y.direction, mirrored);
        }
        prop_assert_eq!(&c.appeared, &r.resolved);
        prop_assert_eq!(&c.resolved, &r.appeared);
        let ranks: Vec<u8> = c.answers.iter().map(AnswerChange::rank).collect();
        prop_assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{:?}", ranks);
        for change in &c.answers {
            prop_assert_ne!(&change.before, &change.after);
            prop_assert!(q.question(&change.id).is_some());
        }
        prop_assert_eq!(compare(q, &a, &a).is_unchanged(), true);
    }
}
