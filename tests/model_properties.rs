//! Invariants of the model, checked with proptest and by exhaustive loops: totality and
//! bounds for any profile and any answers, determinism, monotonicity of every relation and of
//! the verdict (answers and scope), findings that claim no level their measures do not show,
//! and stored answers of replaced statements carrying over.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::cmp::Reverse;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use netzwerk_check::model::{
    assess, Answer, Answers, Assessment, Band, Coverage, DimensionId, Direction, Kind, Profile,
    Question, Questionnaire, RelationKind, Scope, Stage, VerdictKind, VerdictSentence, Wording,
    HIGH_DEMAND_AT, LOW_CAPACITY_AT, MAX_DRIVERS, MAX_RECOMMENDATIONS, MIN_COVERAGE_PERCENT,
    MIN_RECOMMENDATIONS, SCOPE_DRIVER,
};
use proptest::prelude::*;

use DimensionId::{Ambition, Pace, Participation, Resources};

fn q() -> &'static Questionnaire {
    static Q: OnceLock<Questionnaire> = OnceLock::new();
    Q.get_or_init(|| Questionnaire::german().unwrap())
}

// ---------------------------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------------------------

/// Any profile, including partly or wholly unanswered ones.
fn any_profile() -> impl Strategy<Value = Profile> {
    (
        prop::option::weighted(0.8, prop::sample::select(Kind::ALL)),
        prop::option::weighted(0.8, prop::sample::select(Stage::ALL)),
        prop::option::weighted(0.8, prop::sample::select(Scope::ALL)),
    )
        .prop_map(|(kind, stage, scope)| Profile { kind, stage, scope })
}

/// Any answer, including out-of-range scale values from old stored data.
fn any_answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        12 => (1u8..=5).prop_map(Answer::Scale),
        2 => Just(Answer::DontKnow),
        2 => Just(Answer::NotApplicable),
        1 => any::<u8>().prop_map(Answer::Scale),
    ]
}

/// Answer sets: each statement maybe answered, plus unknown and replaced ids.
fn any_answers() -> impl Strategy<Value = Vec<(String, Answer)>> {
    let n = q().all_questions().len();
    (
        prop::collection::vec(prop::option::weighted(0.85, any_answer()), n),
        prop::collection::vec(
            (
                prop_oneof![
                    "[a-z_]{0,12}",
                    Just("pace_participation_time".to_owned()),
                    Just("pace_self_advocates".to_owned()),
                ],
                any_answer(),
            ),
            0..4,
        ),
    )
        .prop_map(|(known, extra)| {
            let mut pairs: Vec<(String, Answer)> = q()
                .all_questions()
                .iter()
                .zip(known)
                .filter_map(|(question, a)| a.map(|a| (question.id.clone(), a)))
                .collect();
            pairs.extend(extra);
            pairs
        })
}

/// Complete, valid scale answers for every statement (so real verdicts occur often), drawn
/// around a level per area so that strained and overstretched results are common.
fn scale_answers() -> impl Strategy<Value = Vec<u8>> {
    let questions = q().all_questions();
    (
        prop::collection::vec(0u8..=4, DimensionId::ALL.len()),
        prop::collection::vec(-1i8..=1, questions.len()),
    )
        .prop_map(|(levels, noise)| {
            questions
                .iter()
                .zip(noise)
                .map(|(x, n)| {
                    let level = levels[DimensionId::ALL
                        .iter()
                        .position(|d| *d == x.dimension)
                        .unwrap()];
                    let step = (i16::from(level) + i16::from(n)).clamp(0, 4) as u8;
                    raw(x, step)
                })
                .collect()
        })
}

/// The raw scale value that gives oriented `step` (0..=4) for this statement.
fn raw(question: &Question, step: u8) -> u8 {
    match question.direction {
        Direction::Raises => step + 1,
        Direction::Lowers => 5 - step,
    }
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

/// Every complete profile, then a few partly answered ones.
fn profiles() -> Vec<Profile> {
    let mut out = Vec::new();
    for kind in Kind::ALL {
        for stage in Stage::ALL {
            for scope in Scope::ALL {
                out.push(Profile {
                    kind: Some(*kind),
                    stage: Some(*stage),
                    scope: Some(*scope),
                });
            }
        }
    }
    out.extend(partial_profiles());
    out
}

/// Profiles with unanswered fields (an unanswered field restricts nothing).
fn partial_profiles() -> [Profile; 3] {
    [
        Profile::default(),
        Profile {
            stage: Some(Stage::Idea),
            ..Profile::default()
        },
        Profile {
            kind: Some(Kind::Action),
            scope: Some(Scope::Region),
            ..Profile::default()
        },
    ]
}

/// Every kind and stage once, the scopes taking turns (the scope changes no statement shown,
/// only the ambition, which the bases and the scope test cover).
fn kind_profiles(kind: Kind) -> Vec<Profile> {
    let k = Kind::ALL.iter().position(|x| *x == kind).unwrap();
    Stage::ALL
        .iter()
        .enumerate()
        .map(|(s, stage)| Profile {
            kind: Some(kind),
            stage: Some(*stage),
            scope: Some(Scope::ALL[(k + s) % Scope::ALL.len()]),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// What a result must satisfy
// ---------------------------------------------------------------------------------------------

fn assessed(a: &Assessment, d: DimensionId) -> Option<u8> {
    a.scores
        .iter()
        .find(|s| s.dimension == d && s.assessed())
        .and_then(|s| s.score)
}

/// The wording a demand score allows (not for participation alone).
fn level_wording(d: DimensionId, score: u8) -> Wording {
    match Band::of(d, score) {
        Band::Concern => Wording::High,
        Band::Borderline => Wording::Moderate,
        Band::Strength => Wording::Low,
    }
}

/// The tension of a relation from the assessed scores (as documented in `fit.rs`).
fn tension(a: &Assessment, kind: RelationKind) -> Option<i16> {
    let demand: Vec<i16> = kind
        .demand()
        .iter()
        .map(|d| demand_of(a, kind, *d).map(i16::from))
        .collect::<Option<_>>()?;
    let caps: Vec<i16> = kind
        .capacity()
        .iter()
        .filter_map(|d| assessed(a, *d))
        .map(i16::from)
        .collect();
    let n = i16::try_from(caps.len()).unwrap();
    if n == 0 {
        return None;
    }
    let capacity = caps.iter().sum::<i16>() / n;
    let top = demand.iter().copied().max().unwrap();
    Some(if kind == RelationKind::AmbitionResourcesPace {
        top - capacity
    } else {
        top.max(i16::from(kind.baseline())) - capacity
    })
}

/// The demand score a relation compares: the area's score, or for participation 0 when no
/// pace statement fits the situation (participation is a must whatever the pace).
fn demand_of(a: &Assessment, kind: RelationKind, d: DimensionId) -> Option<u8> {
    assessed(a, d).or_else(|| {
        let left_out = a.scores.iter().any(|s| {
            s.dimension == d && matches!(s.coverage, Coverage::NotApplicable | Coverage::NotAsked)
        });
        (kind == RelationKind::PaceVsParticipation && left_out).then_some(0)
    })
}

/// Every statement a finding of `kind` with `wording` may name as a driver: shown, answered
/// on the scale, and in the relation's areas (participation alone: participation only).
fn may_drive(
    a: &Assessment,
    answers: &Answers,
    kind: RelationKind,
    wording: Wording,
    id: &str,
) -> bool {
    if id == SCOPE_DRIVER {
        return wording != Wording::Alone
            && kind.demand().contains(&Ambition)
            && a.profile.scope.is_some();
    }
    let Some(question) = q().question(id) else {
        return false;
    };
    let areas: Vec<DimensionId> = if wording == Wording::Alone {
        vec![Participation]
    } else {
        kind.demand()
            .iter()
            .chain(kind.capacity())
            .copied()
            .collect()
    };
    question.shown_for(&a.profile)
        && areas.contains(&question.dimension)
        && answers.get(id).and_then(|x| x.scale()).is_some()
}

/// Checks every invariant of one result.
fn check_result(a: &Assessment, answers: &Answers) -> Result<(), TestCaseError> {
    let profile = a.profile;
    // Scores: bounded, banded, counted, covered by the rule.
    prop_assert_eq!(a.scores.len(), DimensionId::ALL.len());
    for (s, d) in a.scores.iter().zip(DimensionId::ALL) {
        prop_assert_eq!(s.dimension, d);
        prop_assert!(s.score.is_none_or(|v| v <= 100));
        prop_assert_eq!(s.band, s.score.map(|v| Band::of(d, v)));
        prop_assert_eq!(s.shown, q().shown_questions(d, &profile).count());
        prop_assert!(s.answered <= s.applicable && s.applicable <= s.shown);
        prop_assert_eq!(s.missing.len(), s.applicable - s.answered);
        let needed = (s.applicable * MIN_COVERAGE_PERCENT).div_ceil(100).max(1);
        prop_assert_eq!(s.needed, needed);
        let coverage = if s.shown == 0 {
            Coverage::NotAsked
        } else if s.applicable == 0 {
            Coverage::NotApplicable
        } else if s.answered >= needed {
            Coverage::Assessed
        } else {
            Coverage::Insufficient
        };
        prop_assert_eq!(s.coverage, coverage);
        if matches!(s.coverage, Coverage::NotAsked | Coverage::NotApplicable) || s.answered == 0 {
            prop_assert_eq!(s.score, None);
        } else {
            prop_assert!(s.score.is_some());
        }
    }

    // Dropped relations: exactly those without an assessed demand or any assessed capacity.
    let dropped: Vec<RelationKind> = RelationKind::ALL
        .into_iter()
        .filter(|k| tension(a, *k).is_none())
        .collect();
    prop_assert_eq!(&a.dropped_relations, &dropped);

    // Verdict: InsufficientData iff an area lacks answers or nothing can be compared.
    let insufficient = a.insufficient().count() > 0;
    let no_data = insufficient || dropped.len() == RelationKind::ALL.len();
    prop_assert_eq!(a.verdict == VerdictKind::InsufficientData, no_data);
    match a.verdict {
        VerdictKind::Sustainable | VerdictKind::InsufficientData => {
            prop_assert!(a.findings.is_empty())
        }
        v => prop_assert_eq!(a.findings[0].severity, v),
    }
    let sentence = match a.verdict {
        VerdictKind::Sustainable => {
            let solid = a
                .scores
                .iter()
                .filter(|s| s.assessed() && !s.dimension.is_demand())
                .all(|s| s.band == Some(Band::Strength));
            if solid {
                VerdictSentence::SustainableSolid
            } else {
                VerdictSentence::SustainableThin
            }
        }
        VerdictKind::Strained => VerdictSentence::Strained,
        VerdictKind::Overstretched => VerdictSentence::Overstretched,
        VerdictKind::InsufficientData => VerdictSentence::InsufficientData,
    };
    prop_assert_eq!(a.sentence, sentence);

    // Findings: no text claims a level its measures do not show.
    for f in &a.findings {
        prop_assert!(matches!(
            f.severity,
            VerdictKind::Strained | VerdictKind::Overstretched
        ));
        prop_assert!(f.kind.wordings().contains(&f.wording), "{:?}", f);
        let t = tension(a, f.kind).unwrap();
        if f.kind == RelationKind::AmbitionResourcesPace {
            prop_assert!(assessed(a, Ambition).unwrap() >= HIGH_DEMAND_AT);
            prop_assert!(assessed(a, Pace).unwrap() >= HIGH_DEMAND_AT);
            prop_assert!(assessed(a, Resources).unwrap() <= LOW_CAPACITY_AT);
            prop_assert_eq!(
                (f.severity, f.wording),
                (VerdictKind::Overstretched, Wording::High)
            );
            continue;
        }
        let d = f.kind.demand()[0];
        let demand = demand_of(a, f.kind, d).unwrap();
        if f.wording == Wording::Alone {
            prop_assert_eq!(f.kind, RelationKind::PaceVsParticipation);
            prop_assert!(demand < HIGH_DEMAND_AT);
            prop_assert_eq!(f.severity, VerdictKind::Strained);
            prop_assert!(t >= 25);
        } else {
            prop_assert_eq!(f.wording, level_wording(d, demand), "{:?} at {}", f, demand);
            prop_assert_eq!(f.severity, VerdictKind::from_tension(t));
        }
        prop_assert!(
            !f.drivers.is_empty() && f.drivers.len() <= MAX_DRIVERS,
            "{:?}",
            f
        );
        for id in &f.drivers {
            prop_assert!(
                may_drive(a, answers, f.kind, f.wording, id),
                "{} in {:?}",
                id,
                f
            );
        }
        let mut unique = f.drivers.clone();
        unique.sort();
        unique.dedup();
        prop_assert_eq!(unique.len(), f.drivers.len());
    }
    // Every relation that is off is found (when a verdict is made), and nothing else.
    if a.verdict != VerdictKind::InsufficientData {
        let mut expected: Vec<(RelationKind, VerdictKind, i16)> = RelationKind::ALL
            .into_iter()
            .filter_map(|k| {
                let t = tension(a, k)?;
                let severity = if k == RelationKind::AmbitionResourcesPace {
                    let fires = assessed(a, Ambition)? >= HIGH_DEMAND_AT
                        && assessed(a, Pace)? >= HIGH_DEMAND_AT
                        && assessed(a, Resources)? <= LOW_CAPACITY_AT;
                    if fires {
                        VerdictKind::Overstretched
                    } else {
                        VerdictKind::Sustainable
                    }
                } else {
                    let s = VerdictKind::from_tension(t);
                    let alone = k == RelationKind::PaceVsParticipation
                        && demand_of(a, k, Pace)? < HIGH_DEMAND_AT;
                    if alone && s == VerdictKind::Overstretched {
                        VerdictKind::Strained
                    } else {
                        s
                    }
                };
                (severity != VerdictKind::Sustainable).then_some((k, severity, t))
            })
            .collect();
        // Worst first; among overstretched findings the seed's triad leads.
        expected.sort_by_key(|(k, s, t)| {
            (
                Reverse(*s),
                *k != RelationKind::AmbitionResourcesPace,
                Reverse(*t),
                *k,
            )
        });
        let got: Vec<(RelationKind, VerdictKind)> =
            a.findings.iter().map(|f| (f.kind, f.severity)).collect();
        let want: Vec<(RelationKind, VerdictKind)> =
            expected.iter().map(|(k, s, _)| (*k, *s)).collect();
        prop_assert_eq!(got, want);
    }

    // Gaps: flagged, shown, answered "weiß nicht", in page order.
    let gaps: Vec<String> = q()
        .all_shown(&profile)
        .filter(|x| x.dont_know_is_gap && answers.get(&x.id) == Some(Answer::DontKnow))
        .map(|x| x.id.clone())
        .collect();
    prop_assert_eq!(&a.gaps, &gaps);

    // Quality counts only shown statements.
    let quality = &a.quality;
    prop_assert_eq!(quality.shown, q().all_shown(&profile).count());
    prop_assert!(quality.rated + quality.dont_know + quality.not_applicable <= quality.shown);
    let rated: usize = a.scores.iter().map(|s| s.answered).sum();
    prop_assert_eq!(quality.rated, rated);
    for (first, second) in &quality.contradictions {
        prop_assert!(q().question(first).unwrap().shown_for(&profile));
        prop_assert!(q().question(second).unwrap().shown_for(&profile));
    }

    // Recommendations: 3..=6, unique, existing.
    let n = a.recommendations.len();
    prop_assert!(
        (MIN_RECOMMENDATIONS..=MAX_RECOMMENDATIONS).contains(&n),
        "{:?}",
        a.recommendations
    );
    let mut ids = a.recommendations.clone();
    ids.sort();
    ids.dedup();
    prop_assert_eq!(ids.len(), n);
    for r in &a.recommendations {
        prop_assert!(q().recommendation(r).is_some(), "{}", r);
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Monotonicity
// ---------------------------------------------------------------------------------------------

/// Severity of one relation in an assessment (0 when it is not off).
fn relation_severity(a: &Assessment, kind: RelationKind) -> u8 {
    a.findings
        .iter()
        .find(|f| f.kind == kind)
        .and_then(|f| f.severity.severity())
        .unwrap_or(0)
}

/// `after` has more demand (`more_demand`) or more capacity than `before`: no relation and
/// not the verdict may move the other way.
fn check_monotone(
    what: &str,
    more_demand: bool,
    before: &Assessment,
    after: &Assessment,
) -> Result<(), String> {
    let (b, a) = (before.verdict.severity(), after.verdict.severity());
    if b.is_none() != a.is_none() {
        return Err(format!("{what}: coverage changed"));
    }
    for kind in RelationKind::ALL {
        let (rb, ra) = (
            relation_severity(before, kind),
            relation_severity(after, kind),
        );
        if (more_demand && ra < rb) || (!more_demand && ra > rb) {
            return Err(format!("{what}: {kind:?} {rb} -> {ra}"));
        }
    }
    if (more_demand && a < b) || (!more_demand && a > b) {
        return Err(format!(
            "{what}: verdict {:?} -> {:?}",
            before.verdict, after.verdict
        ));
    }
    Ok(())
}

/// The raw value one oriented step up from `from`, if there is one.
fn one_step_up(question: &Question, from: u8) -> Option<u8> {
    match question.direction {
        Direction::Raises if from < 5 => Some(from + 1),
        Direction::Lowers if from > 1 => Some(from - 1),
        _ => None,
    }
}

/// One-step raises of every shown statement from every start value, on `base`.
fn monotone_on(profile: &Profile, base: &[u8]) -> Result<usize, String> {
    let questions = q().all_questions();
    let mut values = base.to_vec();
    let mut checked = 0;
    for (i, question) in questions.iter().enumerate() {
        if !question.shown_for(profile) {
            continue;
        }
        // Oriented steps 0..=4 in order: each result is the "after" of the step below.
        let mut previous: Option<Assessment> = None;
        for step in 0..=4u8 {
            values[i] = raw(question, step);
            let now = assess(q(), profile, &from_scale(&values));
            if let Some(before) = &previous {
                let what = format!(
                    "{} step {} -> {} for {profile:?}",
                    question.id,
                    step - 1,
                    step
                );
                check_monotone(&what, question.dimension.is_demand(), before, &now)?;
                checked += 1;
            }
            previous = Some(now);
        }
        values[i] = base[i];
    }
    Ok(checked)
}

/// Scope one size larger never improves anything.
fn scope_monotone_on(profile: &Profile, values: &[u8]) -> Result<(), String> {
    let answers = from_scale(values);
    let results: Vec<Assessment> = Scope::ALL
        .iter()
        .map(|s| {
            let p = Profile {
                scope: Some(*s),
                ..*profile
            };
            assess(q(), &p, &answers)
        })
        .collect();
    for (i, w) in results.windows(2).enumerate() {
        let what = format!(
            "scope {:?} -> {:?} for {profile:?}",
            Scope::ALL[i],
            Scope::ALL[i + 1]
        );
        check_monotone(&what, true, &w[0], &w[1])?;
    }
    Ok(())
}

/// Base answer sets: every value alike, and capacity against demand at several levels.
fn bases() -> Vec<Vec<u8>> {
    let questions = q().all_questions();
    let mut bases: Vec<Vec<u8>> = (1..=5).map(|v| vec![v; questions.len()]).collect();
    for (capacity, demand) in [(1u8, 3u8), (3, 5), (2, 4), (4, 2), (1, 1), (4, 4)] {
        bases.push(
            questions
                .iter()
                .map(|x| {
                    let step = if x.dimension.is_demand() {
                        demand
                    } else {
                        capacity
                    };
                    raw(x, step)
                })
                .collect(),
        );
    }
    bases
}

/// Exhaustive monotonicity for `profiles`: every shown statement, every one-step raise, on
/// every base answer set.
fn monotone_exhaustively(profiles: &[Profile]) {
    let bases = bases();
    let mut checked = 0;
    for profile in profiles {
        for base in &bases {
            checked += monotone_on(profile, base).unwrap_or_else(|e| panic!("{e}"));
        }
    }
    let shown: usize = profiles.iter().map(|p| q().all_shown(p).count()).sum();
    assert_eq!(checked, shown * bases.len() * 4);
}

#[test]
fn monotone_exhaustively_for_actions() {
    monotone_exhaustively(&kind_profiles(Kind::Action));
}

#[test]
fn monotone_exhaustively_for_recurring_formats() {
    monotone_exhaustively(&kind_profiles(Kind::Recurring));
}

#[test]
fn monotone_exhaustively_for_projects() {
    monotone_exhaustively(&kind_profiles(Kind::Project));
}

#[test]
fn monotone_exhaustively_for_networks() {
    monotone_exhaustively(&kind_profiles(Kind::Network));
}

#[test]
fn monotone_exhaustively_for_partly_answered_profiles() {
    monotone_exhaustively(&partial_profiles());
}

#[test]
fn a_larger_scope_never_improves_anything_exhaustively() {
    for profile in profiles() {
        for base in bases() {
            scope_monotone_on(&profile, &base).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 384, ..ProptestConfig::default() })]

    /// Any profile and any answers give a bounded, consistent result.
    #[test]
    fn total_bounded_and_consistent(profile in any_profile(), pairs in any_answers()) {
        let answers = build(&pairs);
        let a = assess(q(), &profile, &answers);
        prop_assert_eq!(a.profile, profile);
        check_result(&a, &answers)?;
    }

    /// The same holds where real verdicts are made.
    #[test]
    fn consistent_on_complete_answers(profile in any_profile(), values in scale_answers()) {
        let answers = from_scale(&values);
        let a = assess(q(), &profile, &answers);
        prop_assert_ne!(a.verdict, VerdictKind::InsufficientData);
        check_result(&a, &answers)?;
    }

    /// Raising any capacity answer one step never worsens a relation or the verdict; raising
    /// a demand answer never improves one.
    #[test]
    fn monotone_in_every_answer(
        profile in any_profile(),
        values in scale_answers(),
        index in 0usize..1000,
    ) {
        let questions = q().all_questions();
        let i = index % questions.len();
        let question = &questions[i];
        if let Some(up) = one_step_up(question, values[i]) {
            let before = assess(q(), &profile, &from_scale(&values));
            let mut raised = values.clone();
            raised[i] = up;
            let after = assess(q(), &profile, &from_scale(&raised));
            let r = check_monotone(&question.id, question.dimension.is_demand(), &before, &after);
            prop_assert!(r.is_ok(), "{:?}", r);
        }
    }

    /// A larger scope never improves a relation or the verdict.
    #[test]
    fn monotone_in_the_scope(profile in any_profile(), values in scale_answers()) {
        let r = scope_monotone_on(&profile, &values);
        prop_assert!(r.is_ok(), "{:?}", r);
    }

    /// Same input, same output; insertion order does not matter; results and answers survive
    /// a JSON round trip; cleaning stale data changes nothing but replaced ids.
    #[test]
    fn deterministic(profile in any_profile(), pairs in any_answers()) {
        let forward = build(&pairs);
        let a1 = assess(q(), &profile, &forward);
        prop_assert_eq!(&a1, &assess(q(), &profile, &forward));
        // Later duplicates win on insertion: keep the last per id, insert in reverse.
        let mut seen = std::collections::BTreeSet::new();
        let unique: Vec<(String, Answer)> = pairs
            .iter()
            .rev()
            .filter(|(id, _)| seen.insert(id.clone()))
            .cloned()
            .collect();
        let reversed = build(&unique);
        prop_assert_eq!(&forward, &reversed);
        prop_assert_eq!(&a1, &assess(q(), &profile, &reversed));

        let json = serde_json::to_string(&a1).unwrap();
        prop_assert_eq!(&a1, &serde_json::from_str::<Assessment>(&json).unwrap());
        let rebuilt: Answers = forward.iter().map(|(id, a)| (id.to_owned(), a)).collect();
        prop_assert_eq!(&forward, &rebuilt);

        let (clean, dropped) = forward.validated(q());
        let replaced = |id: &str| q().resolve(id).is_some_and(|x| x.id != id);
        let mut kept = 0;
        for (id, answer) in forward.iter() {
            match q().resolve(id) {
                Some(x) if answer.is_valid() => {
                    if x.id == id || forward.get(&x.id).is_none() {
                        prop_assert_eq!(clean.get(&x.id), Some(answer));
                    }
                    kept += 1;
                }
                _ => prop_assert!(dropped.iter().any(|d| d == id)),
            }
        }
        prop_assert_eq!(kept + dropped.len(), forward.len());
        prop_assert!(clean.iter().all(|(id, a)| q().question(id).is_some() && a.is_valid()));
        if !forward.iter().any(|(id, _)| replaced(id)) {
            prop_assert_eq!(&a1, &assess(q(), &profile, &clean));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Stored answers
// ---------------------------------------------------------------------------------------------

/// Answers from a JSON object of answer keys; a number key out of the scale (`"7"`) is kept as
/// an out-of-range scale value, as old stored data may hold it.
fn answers_of(json: &str) -> Answers {
    let keys: BTreeMap<String, String> = serde_json::from_str(json).unwrap();
    keys.into_iter()
        .map(|(id, key)| {
            let answer = Answer::from_key(&key)
                .unwrap_or_else(|| Answer::Scale(key.parse().expect("an answer key")));
            (id, answer)
        })
        .collect()
}

/// Answers as a JSON object of answer keys.
fn text_of(answers: &Answers) -> String {
    let keys: BTreeMap<&str, &str> = answers.iter().map(|(id, a)| (id, a.key())).collect();
    serde_json::to_string(&keys).unwrap()
}

#[track_caller]
fn validated(stored: &str, clean: &str, dropped: &[&str]) {
    let a = answers_of(stored);
    let (kept, gone) = a.validated(q());
    assert_eq!(text_of(&kept), clean, "{stored}");
    assert_eq!(gone, dropped, "{stored}");
}

#[test]
fn answers_to_replaced_statements_carry_over() {
    validated(
        r#"{"pace_participation_time":"4"}"#,
        r#"{"part_time":"4"}"#,
        &[],
    );
    validated(
        r#"{"pace_self_advocates":"dont_know"}"#,
        r#"{"part_self_advocates":"dont_know"}"#,
        &[],
    );
    // The new statement's own answer wins.
    validated(
        r#"{"pace_participation_time":"1","part_time":"5"}"#,
        r#"{"part_time":"5"}"#,
        &[],
    );
    // Unknown ids and out-of-range values are dropped, everything else kept.
    validated(
        concat!(
            r#"{"mot_personal":"5","mot_role":"4","gone":"dont_know","#,
            r#""res_time":"not_applicable","res_money":"7"}"#
        ),
        r#"{"mot_personal":"5","res_time":"not_applicable"}"#,
        &["gone", "mot_role", "res_money"],
    );
    assert_eq!(Answer::from_key("maybe"), None);
}

#[test]
fn carried_over_answers_score_like_new_ones() {
    let profile = Profile {
        kind: Some(Kind::Project),
        stage: Some(Stage::Working),
        scope: Some(Scope::Town),
    };
    let old = answers_of(
        r#"{"pace_participation_time":"2","pace_self_advocates":"1","part_accessible":"4"}"#,
    );
    let new = answers_of(r#"{"part_time":"2","part_self_advocates":"1","part_accessible":"4"}"#);
    let (clean, dropped) = old.validated(q());
    assert!(dropped.is_empty());
    assert_eq!(clean, new);
    let a = assess(q(), &profile, &clean);
    let participation = a
        .scores
        .iter()
        .find(|s| s.dimension == Participation)
        .unwrap();
    // part_time (2) at 25, part_self_advocates (2) at 0, part_accessible (1) at 75: 125 / 5.
    assert_eq!(participation.score, Some(25));
    assert_eq!(participation.coverage, Coverage::Assessed);
    // Unvalidated, the old ids count for nothing: one answer of three is not enough.
    let raw = assess(q(), &profile, &old);
    let participation = raw
        .scores
        .iter()
        .find(|s| s.dimension == Participation)
        .unwrap();
    assert_eq!(
        (
            participation.score,
            participation.answered,
            participation.coverage
        ),
        (Some(75), 1, Coverage::Insufficient)
    );
}
