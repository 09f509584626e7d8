//! Data-driven tables of the scoring rules: scale mapping, reverse coding, weighted means, the
//! scope item in the ambition, coverage, verdict boundaries (tension, baselines, the
//! participation-alone cap, the seed's triad), statements hidden by the profile, and the
//! answer-quality thresholds (contradictions, straight-lining). One line per case.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::sync::OnceLock;

use netzwerk_check::model::{
    assess, Answer, Answers, Assessment, Band, Coverage, DimensionId, Direction, Kind, Profile,
    Question, Questionnaire, RelationKind, Scope, Stage, VerdictKind, VerdictSentence, Wording,
    BASELINE_DEMAND, BORDERLINE_MIN, CONTRADICTION_GAP, HIGH_DEMAND_AT, LOW_CAPACITY_AT,
    MIN_COVERAGE_PERCENT, OVERSTRETCHED_AT, PARTICIPATION_BASELINE, SCOPE_WEIGHT,
    STRAIGHT_LINE_MIN, STRAINED_AT, STRENGTH_MIN,
};

use DimensionId::{Ambition, Commitment, Goals, Motivation, Pace, Participation, Resources};

fn q() -> &'static Questionnaire {
    static Q: OnceLock<Questionnaire> = OnceLock::new();
    Q.get_or_init(|| Questionnaire::german().unwrap())
}

const fn profile(kind: Kind, stage: Stage, scope: Option<Scope>) -> Profile {
    Profile {
        kind: Some(kind),
        stage: Some(stage),
        scope,
    }
}

/// A long-running project, scope not answered (so the ambition is the statements alone).
const PROJECT: Profile = profile(Kind::Project, Stage::Working, None);
/// A one-off action: no deadline, expectations, adjustable-schedule or attendance statements.
const ACTION: Profile = profile(Kind::Action, Stage::Working, Some(Scope::Place));
/// The idea stage: no commitment area, no purposes or milestones.
const IDEA: Profile = profile(Kind::Network, Stage::Idea, Some(Scope::Town));

/// Answer keys as in storage; `"0"` and `"9"` are out-of-range values from old data.
fn answer(key: &str) -> Answer {
    match key {
        "0" => Answer::Scale(0),
        "9" => Answer::Scale(9),
        k => Answer::from_key(k).unwrap_or_else(|| panic!("bad key {k}")),
    }
}

fn parse(spec: &[(&str, &str)]) -> Answers {
    let mut a = Answers::new();
    for (id, key) in spec {
        a.set(id, answer(key));
    }
    a
}

fn dim(a: &Assessment, d: DimensionId) -> &netzwerk_check::model::DimensionScore {
    a.scores.iter().find(|s| s.dimension == d).unwrap()
}

mod constants {
    use super::*;

    #[test]
    fn thresholds_are_the_documented_ones() {
        assert_eq!(
            (
                STRENGTH_MIN,
                BORDERLINE_MIN,
                HIGH_DEMAND_AT,
                LOW_CAPACITY_AT
            ),
            (67, 34, 67, 33)
        );
        assert_eq!((STRAINED_AT, OVERSTRETCHED_AT), (25, 50));
        assert_eq!((BASELINE_DEMAND, PARTICIPATION_BASELINE), (25, 50));
        assert_eq!((MIN_COVERAGE_PERCENT, SCOPE_WEIGHT), (50, 2));
        assert_eq!((CONTRADICTION_GAP, STRAIGHT_LINE_MIN), (3, 10));
        let steps: Vec<u8> = Scope::ALL.iter().map(|s| s.step()).collect();
        assert_eq!(steps, [0, 1, 3, 4]);
    }

    #[track_caller]
    fn band(d: DimensionId, score: u8, expected: Band) {
        assert_eq!(Band::of(d, score), expected, "{d:?} {score}");
    }

    #[test]
    fn capacity_bands() {
        for d in [Motivation, Goals, Resources, Commitment, Participation] {
            band(d, 100, Band::Strength);
            band(d, 67, Band::Strength);
            band(d, 66, Band::Borderline);
            band(d, 34, Band::Borderline);
            band(d, 33, Band::Concern);
            band(d, 0, Band::Concern);
        }
    }

    #[test]
    fn demand_bands_are_inverted() {
        for d in [Ambition, Pace] {
            band(d, 0, Band::Strength);
            band(d, 33, Band::Strength);
            band(d, 34, Band::Borderline);
            band(d, 66, Band::Borderline);
            band(d, 67, Band::Concern);
            band(d, 100, Band::Concern);
        }
    }

    #[track_caller]
    fn tension(t: i16, expected: VerdictKind) {
        assert_eq!(VerdictKind::from_tension(t), expected, "tension {t}");
    }

    #[test]
    fn tension_boundaries() {
        tension(-100, VerdictKind::Sustainable);
        tension(0, VerdictKind::Sustainable);
        tension(24, VerdictKind::Sustainable);
        tension(25, VerdictKind::Strained);
        tension(49, VerdictKind::Strained);
        tension(50, VerdictKind::Overstretched);
        tension(100, VerdictKind::Overstretched);
    }

    #[track_caller]
    fn wording(r: RelationKind, d: DimensionId, demand: u8, expected: Wording) {
        assert_eq!(Wording::of(r, d, demand), expected, "{r:?} {demand}");
        assert!(
            r.wordings().contains(&expected),
            "{r:?} cannot say {expected:?}"
        );
    }

    #[test]
    fn wording_follows_the_demand_band() {
        use RelationKind::*;
        wording(AmbitionVsResources, Ambition, 100, Wording::High);
        wording(AmbitionVsResources, Ambition, 67, Wording::High);
        wording(AmbitionVsResources, Ambition, 66, Wording::Moderate);
        wording(AmbitionVsResources, Ambition, 34, Wording::Moderate);
        wording(AmbitionVsResources, Ambition, 33, Wording::Low);
        wording(AmbitionVsResources, Ambition, 0, Wording::Low);
        wording(PaceVsCapacity, Pace, 67, Wording::High);
        wording(GoalsVsPace, Pace, 50, Wording::Moderate);
        wording(AmbitionVsMotivation, Ambition, 10, Wording::Low);
        wording(PaceVsParticipation, Pace, 67, Wording::High);
        wording(PaceVsParticipation, Pace, 66, Wording::Alone);
        wording(PaceVsParticipation, Pace, 0, Wording::Alone);
        wording(AmbitionResourcesPace, Ambition, 67, Wording::High);
    }
}

mod scores {
    use super::*;

    /// Answers `spec` for `profile`, then expects dimension `d` to have `score`, `band` and
    /// `answered` scale answers.
    #[track_caller]
    fn check(
        profile: Profile,
        spec: &[(&str, &str)],
        d: DimensionId,
        score: Option<u8>,
        band: Option<Band>,
        answered: usize,
    ) {
        let a = assess(q(), &profile, &parse(spec));
        let s = dim(&a, d);
        assert_eq!(
            (s.score, s.band, s.answered),
            (score, band, answered),
            "{s:?}"
        );
        assert_eq!(s.shown, q().shown_questions(d, &profile).count());
    }

    const ANY: Profile = Profile {
        kind: None,
        stage: None,
        scope: None,
    };

    #[test]
    fn nothing_answered() {
        check(ANY, &[], Motivation, None, None, 0);
        check(
            ANY,
            &[
                ("mot_personal", "dont_know"),
                ("mot_own_role", "not_applicable"),
            ],
            Motivation,
            None,
            None,
            0,
        );
    }

    #[test]
    fn the_scale_maps_1_to_5_onto_0_to_100() {
        use Band::*;
        check(
            ANY,
            &[("mot_personal", "1")],
            Motivation,
            Some(0),
            Some(Concern),
            1,
        );
        check(
            ANY,
            &[("mot_personal", "2")],
            Motivation,
            Some(25),
            Some(Concern),
            1,
        );
        check(
            ANY,
            &[("mot_personal", "3")],
            Motivation,
            Some(50),
            Some(Borderline),
            1,
        );
        check(
            ANY,
            &[("mot_personal", "4")],
            Motivation,
            Some(75),
            Some(Strength),
            1,
        );
        check(
            ANY,
            &[("mot_personal", "5")],
            Motivation,
            Some(100),
            Some(Strength),
            1,
        );
        check(
            ANY,
            &[("part_time", "4")],
            Participation,
            Some(75),
            Some(Strength),
            1,
        );
    }

    #[test]
    fn reverse_coded_statements_invert() {
        use Band::*;
        check(
            ANY,
            &[("res_alone", "5")],
            Resources,
            Some(0),
            Some(Concern),
            1,
        );
        check(
            ANY,
            &[("res_alone", "2")],
            Resources,
            Some(75),
            Some(Strength),
            1,
        );
        check(
            ANY,
            &[("res_alone", "1")],
            Resources,
            Some(100),
            Some(Strength),
            1,
        );
        check(
            ANY,
            &[("goals_vague", "4")],
            Goals,
            Some(25),
            Some(Concern),
            1,
        );
        check(
            ANY,
            &[("com_noncommittal", "3")],
            Commitment,
            Some(50),
            Some(Borderline),
            1,
        );
        // Demand areas: starting small lowers the ambition, foundations first the pace.
        check(
            ANY,
            &[("amb_small_start", "5")],
            Ambition,
            Some(0),
            Some(Strength),
            1,
        );
        check(
            ANY,
            &[("amb_small_start", "1")],
            Ambition,
            Some(100),
            Some(Concern),
            1,
        );
        check(
            ANY,
            &[("pace_foundations_first", "4")],
            Pace,
            Some(25),
            Some(Strength),
            1,
        );
        check(
            ANY,
            &[("pace_adjustable", "2")],
            Pace,
            Some(75),
            Some(Concern),
            1,
        );
    }

    #[test]
    fn weighted_mean_rounds_half_up() {
        use Band::*;
        // res_allies weight 2 at 100, res_money weight 1 at 0: 200 / 3 = 66.7 -> 67.
        check(
            ANY,
            &[("res_allies", "5"), ("res_money", "1")],
            Resources,
            Some(67),
            Some(Strength),
            2,
        );
        // The reverse: 100 / 3 = 33.3 -> 33.
        check(
            ANY,
            &[("res_allies", "1"), ("res_money", "5")],
            Resources,
            Some(33),
            Some(Concern),
            2,
        );
        // Equal weights 2 and 2: 100 and 0 -> 50.
        check(
            ANY,
            &[("res_allies", "5"), ("res_time", "1")],
            Resources,
            Some(50),
            Some(Borderline),
            2,
        );
        // Weights 1 and 1 at 0 and 25: 12.5 -> 13 (half up).
        check(
            ANY,
            &[("res_money", "1"), ("res_rooms", "2")],
            Resources,
            Some(13),
            Some(Concern),
            2,
        );
        // Weights 2 and 1 at 75 and 0: 150 / 3 = 50.
        check(
            ANY,
            &[("res_allies", "4"), ("res_money", "1")],
            Resources,
            Some(50),
            Some(Borderline),
            2,
        );
        // Mixed directions: goals_change (2) at 100, goals_vague (1) "5" = 0, goals_groups (1)
        // "4" = 75: 275 / 4 = 68.75 -> 69.
        check(
            ANY,
            &[
                ("goals_change", "5"),
                ("goals_vague", "5"),
                ("goals_groups", "4"),
            ],
            Goals,
            Some(69),
            Some(Strength),
            3,
        );
    }

    #[test]
    fn dont_know_not_applicable_unknown_and_invalid_are_ignored() {
        check(
            ANY,
            &[
                ("goals_change", "5"),
                ("goals_vague", "dont_know"),
                ("goals_milestones", "not_applicable"),
                ("goals_nonexistent", "1"),
                ("goals_groups", "9"),
                ("goals_needs_asked", "0"),
            ],
            Goals,
            Some(100),
            Some(Band::Strength),
            1,
        );
    }

    /// The ambition score with `amb_depth` (weight 2) answered `depth` and the given scope.
    #[track_caller]
    fn scope(scope: Option<Scope>, depth: &str, expected: u8) {
        let profile = Profile { scope, ..PROJECT };
        let a = assess(q(), &profile, &parse(&[("amb_depth", depth)]));
        let s = dim(&a, Ambition);
        assert_eq!(s.score, Some(expected), "{scope:?} {depth}");
        // The scope is an item, not a statement: it is neither shown nor answered.
        assert_eq!((s.answered, s.shown), (1, 4));
        // Formula: round(100 · (2 · step + SCOPE_WEIGHT · scope step)
        //                / (4 · (2 + SCOPE_WEIGHT))).
        if let Some(sc) = scope {
            let step = u32::from(answer(depth).scale().unwrap() - 1);
            let num = 2 * step + u32::from(SCOPE_WEIGHT) * u32::from(sc.step());
            let den = 4 * (2 + u32::from(SCOPE_WEIGHT));
            assert_eq!(u32::from(expected), (200 * num + den) / (2 * den));
        }
    }

    #[test]
    fn the_scope_is_one_more_item_of_the_ambition() {
        scope(None, "1", 0);
        scope(Some(Scope::Place), "1", 0);
        scope(Some(Scope::Neighbourhood), "1", 13);
        scope(Some(Scope::Town), "1", 38);
        scope(Some(Scope::Region), "1", 50);
        scope(None, "5", 100);
        scope(Some(Scope::Place), "5", 50);
        scope(Some(Scope::Neighbourhood), "5", 63);
        scope(Some(Scope::Town), "5", 88);
        scope(Some(Scope::Region), "5", 100);
        scope(Some(Scope::Town), "3", 63);
    }

    #[test]
    fn the_scope_alone_gives_no_ambition_score() {
        let profile = Profile {
            scope: Some(Scope::Region),
            ..PROJECT
        };
        let a = assess(q(), &profile, &Answers::new());
        assert_eq!(dim(&a, Ambition).score, None);
        assert_eq!(dim(&a, Ambition).coverage, Coverage::Insufficient);
    }

    #[test]
    fn statements_hidden_by_the_profile_do_not_count() {
        // For a one-off action, the deadline, expectations and adjustable-schedule statements
        // are not shown: answering them changes nothing.
        let shown = [
            ("pace_tight_schedule", "3"),
            ("pace_foundations_first", "3"),
        ];
        let hidden = [
            ("pace_external_deadline", "5"),
            ("pace_expectations", "5"),
            ("pace_adjustable", "1"),
            ("com_attendance", "1"),
        ];
        check(ACTION, &shown, Pace, Some(50), Some(Band::Borderline), 2);
        let both: Vec<(&str, &str)> = shown.iter().chain(&hidden).copied().collect();
        check(ACTION, &both, Pace, Some(50), Some(Band::Borderline), 2);
        assert_eq!(
            assess(q(), &ACTION, &parse(&shown)),
            assess(q(), &ACTION, &parse(&both))
        );
        // For a project the same answers count.
        let project = Profile {
            scope: Some(Scope::Place),
            ..PROJECT
        };
        check(project, &both, Pace, Some(79), Some(Band::Concern), 5);
        // An unanswered kind restricts nothing: every pace statement is shown.
        let no_kind = Profile {
            kind: None,
            ..ACTION
        };
        check(no_kind, &both, Pace, Some(79), Some(Band::Concern), 5);
        // At the idea stage nothing of the commitment is asked, whatever is stored.
        check(
            IDEA,
            &[("com_backing", "5"), ("com_roles", "5")],
            Commitment,
            None,
            None,
            0,
        );
        check(
            IDEA,
            &[("goals_milestones", "1"), ("goals_change", "5")],
            Goals,
            Some(100),
            Some(Band::Strength),
            1,
        );
    }
}

mod coverage {
    use super::*;

    /// Answers the first `answered` statements of `d` shown for `profile` with "4", the next
    /// `not_applicable` with "passt nicht", and "weiß nicht" on the rest; expects `expected`
    /// and `needed` scale answers.
    #[track_caller]
    fn check(
        profile: Profile,
        d: DimensionId,
        answered: usize,
        not_applicable: usize,
        expected: Coverage,
        needed: usize,
    ) {
        let ids: Vec<&str> = q()
            .shown_questions(d, &profile)
            .map(|x| x.id.as_str())
            .collect();
        let mut a = Answers::new();
        for (i, id) in ids.iter().enumerate() {
            let key = if i < answered {
                "4"
            } else if i < answered + not_applicable {
                "not_applicable"
            } else {
                "dont_know"
            };
            a.set(id, answer(key));
        }
        let s = assess(q(), &profile, &a)
            .scores
            .into_iter()
            .find(|s| s.dimension == d)
            .unwrap();
        assert_eq!((s.coverage, s.needed), (expected, needed), "{s:?}");
        assert_eq!(s.applicable, ids.len() - not_applicable.min(ids.len()));
        // The rule: half of the applicable statements, rounded up, at least one.
        let rule = (s.applicable * MIN_COVERAGE_PERCENT).div_ceil(100).max(1);
        assert_eq!(s.needed, rule);
        assert_eq!(s.missing.len(), s.applicable - s.answered);
    }

    #[test]
    fn half_of_the_applicable_statements_rounded_up() {
        use Coverage::*;
        // Commitment of a working project: 9 statements.
        check(PROJECT, Commitment, 0, 0, Insufficient, 5);
        check(PROJECT, Commitment, 4, 0, Insufficient, 5);
        check(PROJECT, Commitment, 5, 0, Assessed, 5);
        check(PROJECT, Commitment, 9, 0, Assessed, 5);
        // "passt nicht" shrinks the denominator: 4 of 8, 3 of 6.
        check(PROJECT, Commitment, 4, 1, Assessed, 4);
        check(PROJECT, Commitment, 3, 3, Assessed, 3);
        check(PROJECT, Commitment, 2, 3, Insufficient, 3);
        check(PROJECT, Commitment, 1, 8, Assessed, 1);
        check(PROJECT, Commitment, 0, 8, Insufficient, 1);
        check(PROJECT, Commitment, 0, 9, NotApplicable, 1);
        // Participation: 3 statements, 2 needed.
        check(PROJECT, Participation, 1, 0, Insufficient, 2);
        check(PROJECT, Participation, 2, 0, Assessed, 2);
        check(PROJECT, Participation, 1, 1, Assessed, 1);
        check(PROJECT, Participation, 0, 3, NotApplicable, 1);
        // Pace of a one-off action: 2 statements, 1 needed.
        check(ACTION, Pace, 1, 0, Assessed, 1);
        check(ACTION, Pace, 0, 0, Insufficient, 1);
        // Commitment is not asked at the idea stage.
        check(IDEA, Commitment, 0, 0, NotAsked, 1);
    }

    #[test]
    fn one_insufficient_area_means_no_verdict_a_not_applicable_one_does_not() {
        let mut a = answers_for(&PROJECT, CALM);
        for x in q().shown_questions(Commitment, &PROJECT).skip(4) {
            a.set(&x.id, Answer::DontKnow);
        }
        let result = assess(q(), &PROJECT, &a);
        assert_eq!(result.verdict, VerdictKind::InsufficientData);
        assert_eq!(result.sentence, VerdictSentence::InsufficientData);
        assert!(result.findings.is_empty());
        let named: Vec<DimensionId> = result.insufficient().map(|s| s.dimension).collect();
        assert_eq!(named, [Commitment]);
        for x in q().shown_questions(Commitment, &PROJECT) {
            a.set(&x.id, Answer::NotApplicable);
        }
        let result = assess(q(), &PROJECT, &a);
        assert_eq!(result.verdict, VerdictKind::Sustainable);
        assert_eq!(
            result.dropped_relations,
            [RelationKind::AmbitionVsCommitment]
        );
    }

    #[test]
    fn nothing_to_compare_means_no_verdict() {
        // Everything "passt nicht": every relation is dropped, no area is insufficient.
        let mut a = Answers::new();
        for x in q().all_shown(&PROJECT) {
            a.set(&x.id, Answer::NotApplicable);
        }
        let result = assess(q(), &PROJECT, &a);
        assert_eq!(result.verdict, VerdictKind::InsufficientData);
        assert_eq!(result.dropped_relations, RelationKind::ALL);
        assert_eq!(result.insufficient().count(), 0);
    }
}

// ---------------------------------------------------------------------------------------------
// Verdict tables: every area tuned to an exact score.
// ---------------------------------------------------------------------------------------------

/// Target scores per area, in [`DimensionId::ALL`] order.
type Levels = [u8; 7];

/// Every capacity full, every demand zero: nothing is off.
const CALM: Levels = [100, 100, 0, 100, 100, 0, 100];

/// `CALM` with some areas changed.
fn levels(changes: &[(DimensionId, u8)]) -> Levels {
    let mut l = CALM;
    for (d, v) in changes {
        l[DimensionId::ALL.iter().position(|x| x == d).unwrap()] = *v;
    }
    l
}

/// The raw scale value that gives `step` for this statement.
fn raw(question: &Question, step: u8) -> u8 {
    match question.direction {
        Direction::Raises => step + 1,
        Direction::Lowers => 5 - step,
    }
}

/// Answers for the statements of `d` shown for `profile` such that `d`'s score is exactly
/// `target` and the area is assessed. Some statements may stay "weiß nicht" to reach scores a
/// full answer set cannot; a depth-first search over (statement, Σ w·step, Σ w, answered).
fn tune(profile: &Profile, d: DimensionId, target: u8) -> Vec<(String, Answer)> {
    let questions: Vec<&Question> = q().shown_questions(d, profile).collect();
    let needed = questions.len().div_ceil(2).max(1);
    let (num0, den0) = match (d, profile.scope) {
        (Ambition, Some(s)) => (
            u32::from(SCOPE_WEIGHT) * u32::from(s.step()),
            u32::from(SCOPE_WEIGHT),
        ),
        _ => (0, 0),
    };
    let mut search = Search {
        questions: &questions,
        needed,
        target: u32::from(target),
        seen: BTreeSet::new(),
        steps: Vec::new(),
    };
    let found = search.go(0, num0, den0, 0);
    assert!(found, "{d:?} cannot score {target} for {profile:?}");
    questions
        .iter()
        .zip(search.steps)
        .map(|(x, step)| {
            let a = step.map_or(Answer::DontKnow, |s| Answer::Scale(raw(x, s)));
            (x.id.clone(), a)
        })
        .collect()
}

/// The depth-first search of [`tune`].
struct Search<'a> {
    questions: &'a [&'a Question],
    needed: usize,
    target: u32,
    /// States already found to lead nowhere: (statement, Σ w·step, Σ w, answered).
    seen: BTreeSet<(usize, u32, u32, usize)>,
    /// The step chosen per statement so far (`None`: "weiß nicht").
    steps: Vec<Option<u8>>,
}

impl Search<'_> {
    fn go(&mut self, i: usize, num: u32, den: u32, answered: usize) -> bool {
        if i == self.questions.len() {
            // round_half_up(100 · num / (4 · den))
            return answered >= self.needed
                && den > 0
                && (200 * num + 4 * den) / (8 * den) == self.target;
        }
        if !self.seen.insert((i, num, den, answered)) {
            return false;
        }
        let w = u32::from(self.questions[i].weight);
        for step in (0..=4u8).map(Some).chain([None]) {
            self.steps.push(step);
            let found = match step {
                Some(s) => self.go(i + 1, num + w * u32::from(s), den + w, answered + 1),
                None => self.go(i + 1, num, den, answered),
            };
            if found {
                return true;
            }
            self.steps.pop();
        }
        false
    }
}

fn answers_for(profile: &Profile, l: Levels) -> Answers {
    DimensionId::ALL
        .iter()
        .zip(l)
        .flat_map(|(d, v)| tune(profile, *d, v))
        .collect()
}

/// Expects the findings (kind, severity, wording), worst first, for areas at `l`; the
/// verdict is the first finding's severity.
#[track_caller]
fn verdict(
    profile: Profile,
    l: Levels,
    expected: &[(RelationKind, VerdictKind, Wording)],
) -> Assessment {
    let a = assess(q(), &profile, &answers_for(&profile, l));
    let got: Vec<Option<u8>> = a.scores.iter().map(|s| s.score).collect();
    assert_eq!(got, l.map(Some), "tuning failed");
    let findings: Vec<(RelationKind, VerdictKind, Wording)> = a
        .findings
        .iter()
        .map(|f| (f.kind, f.severity, f.wording))
        .collect();
    assert_eq!(findings, expected, "levels {l:?}");
    let v = expected.first().map_or(VerdictKind::Sustainable, |f| f.1);
    assert_eq!(a.verdict, v);
    a
}

mod verdicts {
    use super::*;
    use RelationKind::*;
    use VerdictKind::{Overstretched as O, Strained as S};
    use Wording::{Alone, High, Low, Moderate};

    #[test]
    fn calm_is_sustainable_and_solid() {
        let a = verdict(PROJECT, CALM, &[]);
        assert_eq!(a.sentence, VerdictSentence::SustainableSolid);
        assert_eq!(a.recommendations.len(), 3);
    }

    #[test]
    fn one_scale_step_strains_two_overstretch() {
        // Ambition 75 vs resources 50: tension exactly STRAINED_AT.
        verdict(
            PROJECT,
            levels(&[(Ambition, 75), (Resources, 50)]),
            &[(AmbitionVsResources, S, High)],
        );
        verdict(PROJECT, levels(&[(Ambition, 75), (Resources, 51)]), &[]);
        // Ambition 100 vs resources 50: exactly OVERSTRETCHED_AT.
        verdict(
            PROJECT,
            levels(&[(Ambition, 100), (Resources, 50)]),
            &[(AmbitionVsResources, O, High)],
        );
        verdict(
            PROJECT,
            levels(&[(Ambition, 100), (Resources, 51)]),
            &[(AmbitionVsResources, S, High)],
        );
        // Each capacity against the ambition.
        verdict(
            PROJECT,
            levels(&[(Ambition, 75), (Commitment, 50)]),
            &[(AmbitionVsCommitment, S, High)],
        );
        verdict(
            PROJECT,
            levels(&[(Ambition, 75), (Goals, 50)]),
            &[(AmbitionVsGoals, S, High)],
        );
        verdict(
            PROJECT,
            levels(&[(Ambition, 75), (Motivation, 50)]),
            &[(AmbitionVsMotivation, S, High)],
        );
        // And against the pace.
        verdict(
            PROJECT,
            levels(&[(Pace, 75), (Goals, 50)]),
            &[(GoalsVsPace, S, High)],
        );
        verdict(
            PROJECT,
            levels(&[(Pace, 75), (Resources, 50), (Commitment, 50)]),
            &[(PaceVsCapacity, S, High)],
        );
    }

    #[test]
    fn pace_is_compared_with_the_floored_mean_of_resources_and_commitment() {
        // (100 + 0) / 2 = 50; commitment 0 also strains the (small) ambition by the baseline.
        verdict(
            PROJECT,
            levels(&[(Pace, 75), (Commitment, 0)]),
            &[(PaceVsCapacity, S, High), (AmbitionVsCommitment, S, Low)],
        );
        // (51 + 50) / 2 = 50.5, floored to 50: still a full scale step.
        verdict(
            PROJECT,
            levels(&[(Pace, 75), (Resources, 51), (Commitment, 50)]),
            &[(PaceVsCapacity, S, High)],
        );
        verdict(
            PROJECT,
            levels(&[(Pace, 75), (Resources, 54), (Commitment, 50)]),
            &[],
        );
    }

    #[test]
    fn the_wording_says_the_level_the_demand_has() {
        verdict(
            PROJECT,
            levels(&[(Ambition, 67), (Resources, 42)]),
            &[(AmbitionVsResources, S, High)],
        );
        verdict(
            PROJECT,
            levels(&[(Ambition, 63), (Resources, 38)]),
            &[(AmbitionVsResources, S, Moderate)],
        );
        verdict(
            PROJECT,
            levels(&[(Ambition, 38), (Resources, 13)]),
            &[(AmbitionVsResources, S, Moderate)],
        );
        verdict(
            PROJECT,
            levels(&[(Ambition, 33), (Resources, 8)]),
            &[(AmbitionVsResources, S, Low)],
        );
        verdict(
            PROJECT,
            levels(&[(Pace, 50), (Goals, 25)]),
            &[(GoalsVsPace, S, Moderate)],
        );
        verdict(
            PROJECT,
            levels(&[(Pace, 25), (Goals, 0)]),
            &[(GoalsVsPace, S, Low), (AmbitionVsGoals, S, Low)],
        );
    }

    #[test]
    fn even_a_modest_undertaking_needs_baseline_capacity() {
        // BASELINE_DEMAND: ambition 0 counts as 25.
        verdict(
            PROJECT,
            levels(&[(Resources, 0)]),
            &[(AmbitionVsResources, S, Low)],
        );
        verdict(PROJECT, levels(&[(Resources, 1)]), &[]);
        verdict(
            PROJECT,
            levels(&[(Ambition, 25), (Resources, 0)]),
            &[(AmbitionVsResources, S, Low)],
        );
        verdict(
            PROJECT,
            levels(&[(Ambition, 29), (Resources, 4)]),
            &[(AmbitionVsResources, S, Low)],
        );
        verdict(
            PROJECT,
            levels(&[(Motivation, 0)]),
            &[(AmbitionVsMotivation, S, Low)],
        );
        // The baseline never makes more than one scale step.
        verdict(
            PROJECT,
            levels(&[(Goals, 0)]),
            &[(GoalsVsPace, S, Low), (AmbitionVsGoals, S, Low)],
        );
    }

    #[test]
    fn participation_is_a_must_but_alone_only_strains() {
        // PARTICIPATION_BASELINE: whatever the pace, participation is compared with 50.
        verdict(
            PROJECT,
            levels(&[(Participation, 25)]),
            &[(PaceVsParticipation, S, Alone)],
        );
        verdict(PROJECT, levels(&[(Participation, 30)]), &[]);
        // Tension 50 or more, but the pace is not high: capped at Strained.
        verdict(
            PROJECT,
            levels(&[(Participation, 0)]),
            &[(PaceVsParticipation, S, Alone)],
        );
        verdict(
            PROJECT,
            levels(&[(Pace, 64), (Participation, 0)]),
            &[(PaceVsParticipation, S, Alone)],
        );
        // A high pace lifts the cap and the wording.
        verdict(
            PROJECT,
            levels(&[(Pace, 68), (Participation, 0)]),
            &[(PaceVsParticipation, O, High)],
        );
        verdict(
            PROJECT,
            levels(&[(Pace, 75), (Participation, 25)]),
            &[(PaceVsParticipation, O, High)],
        );
        verdict(
            PROJECT,
            levels(&[(Pace, 75), (Participation, 30)]),
            &[(PaceVsParticipation, S, High)],
        );
        verdict(PROJECT, levels(&[(Pace, 75), (Participation, 55)]), &[]);
    }

    #[test]
    fn the_triad_needs_all_three_levels() {
        // Ambition and pace >= HIGH_DEMAND_AT, resources <= LOW_CAPACITY_AT.
        let triad = (AmbitionResourcesPace, O, High);
        verdict(
            PROJECT,
            levels(&[(Ambition, 67), (Pace, 67), (Resources, 33)]),
            &[triad, (AmbitionVsResources, S, High)],
        );
        verdict(
            PROJECT,
            levels(&[(Ambition, 63), (Pace, 67), (Resources, 33)]),
            &[(AmbitionVsResources, S, Moderate)],
        );
        verdict(
            PROJECT,
            levels(&[(Ambition, 67), (Pace, 64), (Resources, 33)]),
            &[(AmbitionVsResources, S, High)],
        );
        verdict(
            PROJECT,
            levels(&[(Ambition, 67), (Pace, 67), (Resources, 34)]),
            &[(AmbitionVsResources, S, High)],
        );
        // Not at ambition 0 or pace 0, however few the resources.
        verdict(
            PROJECT,
            levels(&[(Pace, 100), (Resources, 0)]),
            &[(PaceVsCapacity, O, High), (AmbitionVsResources, S, Low)],
        );
        verdict(
            PROJECT,
            levels(&[(Ambition, 100), (Resources, 0)]),
            &[(AmbitionVsResources, O, High)],
        );
        // The full warning: every relation it contains follows, the triad leads.
        let a = verdict(
            PROJECT,
            levels(&[(Ambition, 100), (Pace, 100), (Resources, 0)]),
            &[
                triad,
                (AmbitionVsResources, O, High),
                (PaceVsCapacity, O, High),
            ],
        );
        assert_eq!(a.sentence, VerdictSentence::Overstretched);
    }

    #[test]
    fn commitment_does_not_mask_the_triad() {
        let triad = (AmbitionResourcesPace, O, High);
        // Commitment full (CALM) or empty: the triad is there either way.
        verdict(
            PROJECT,
            levels(&[(Ambition, 75), (Pace, 75), (Resources, 25)]),
            &[triad, (AmbitionVsResources, O, High)],
        );
        verdict(
            PROJECT,
            levels(&[(Ambition, 75), (Pace, 75), (Resources, 25), (Commitment, 0)]),
            // Among overstretched findings the triad leads, whatever the tensions.
            &[
                triad,
                (AmbitionVsCommitment, O, High),
                (PaceVsCapacity, O, High),
                (AmbitionVsResources, O, High),
            ],
        );
    }

    #[test]
    fn findings_are_ordered_by_severity_then_tension_then_declaration() {
        verdict(
            PROJECT,
            levels(&[(Ambition, 75), (Resources, 50), (Motivation, 25)]),
            &[
                (AmbitionVsMotivation, O, High),
                (AmbitionVsResources, S, High),
            ],
        );
        // Equal tension: declaration order.
        verdict(
            PROJECT,
            levels(&[(Ambition, 75), (Goals, 50), (Motivation, 50)]),
            &[(AmbitionVsGoals, S, High), (AmbitionVsMotivation, S, High)],
        );
    }

    #[test]
    fn solid_only_when_every_assessed_capacity_is_a_strength() {
        let a = verdict(PROJECT, levels(&[(Goals, 67), (Participation, 67)]), &[]);
        assert_eq!(a.sentence, VerdictSentence::SustainableSolid);
        for d in [Motivation, Goals, Resources, Commitment, Participation] {
            let a = verdict(PROJECT, levels(&[(d, 63)]), &[]);
            assert_eq!(a.sentence, VerdictSentence::SustainableThin, "{d:?}");
        }
        // Demand areas do not count: a brisk pace with full capacity is still solid.
        let a = verdict(PROJECT, levels(&[(Pace, 64), (Ambition, 63)]), &[]);
        assert_eq!(a.sentence, VerdictSentence::SustainableSolid);
    }

    #[test]
    fn a_larger_scope_raises_the_ambition_and_can_tip_the_verdict() {
        // The same answers: ambition statements at 50, resources at 29. From a town on, the
        // ambition is a full scale step (25 points) above the resources.
        let answers = answers_for(&PROJECT, levels(&[(Ambition, 50), (Resources, 29)]));
        let at = |scope| {
            let p = Profile {
                scope: Some(scope),
                ..PROJECT
            };
            let a = assess(q(), &p, &answers);
            (dim(&a, Ambition).score.unwrap(), a.verdict)
        };
        assert_eq!(at(Scope::Place), (38, VerdictKind::Sustainable));
        assert_eq!(at(Scope::Neighbourhood), (44, VerdictKind::Sustainable));
        assert_eq!(at(Scope::Town), (56, VerdictKind::Strained));
        assert_eq!(at(Scope::Region), (63, VerdictKind::Strained));
    }
}

mod quality {
    use super::*;

    /// `(first, answer, second, answer)` of a contradiction pair, and whether it is flagged.
    #[track_caller]
    fn contradiction(profile: Profile, spec: &[(&str, &str)], expected: bool) {
        let a = assess(q(), &profile, &parse(spec));
        let pair = (spec[0].0.to_owned(), spec[1].0.to_owned());
        assert_eq!(
            a.quality.contradictions.contains(&pair),
            expected,
            "{spec:?}"
        );
        assert_eq!(a.quality.contradictions.len(), usize::from(expected));
        assert_eq!(a.quality.has_hint(), expected);
    }

    #[test]
    fn contradictions_need_a_gap_of_three_steps() {
        let p = PROJECT;
        contradiction(p, &[("goals_change", "5"), ("goals_vague", "5")], true);
        contradiction(p, &[("goals_change", "4"), ("goals_vague", "5")], true);
        contradiction(p, &[("goals_change", "1"), ("goals_vague", "1")], true);
        contradiction(p, &[("goals_change", "2"), ("goals_vague", "1")], true);
        contradiction(p, &[("goals_change", "4"), ("goals_vague", "4")], false);
        contradiction(p, &[("goals_change", "3"), ("goals_vague", "3")], false);
        contradiction(p, &[("goals_change", "5"), ("goals_vague", "2")], false);
        contradiction(
            p,
            &[("goals_change", "5"), ("goals_vague", "dont_know")],
            false,
        );
        contradiction(
            p,
            &[("goals_change", "5"), ("goals_vague", "not_applicable")],
            false,
        );
        contradiction(p, &[("res_cocreators", "5"), ("res_alone", "5")], true);
        contradiction(p, &[("res_cocreators", "4"), ("res_alone", "3")], false);
        contradiction(p, &[("com_pledges", "5"), ("com_noncommittal", "5")], true);
        // Not shown at the idea stage: not checked.
        contradiction(
            IDEA,
            &[("com_pledges", "5"), ("com_noncommittal", "5")],
            false,
        );
    }

    /// `n` shown statements answered `value`, plus `extra` answers; expects the flag.
    #[track_caller]
    fn straight(profile: Profile, n: usize, value: &str, extra: &[(&str, &str)], expected: bool) {
        let mut a = Answers::new();
        let ids: Vec<&str> = q()
            .all_shown(&profile)
            .map(|x| x.id.as_str())
            .filter(|id| !extra.iter().any(|(e, _)| e == id))
            .collect();
        for id in ids.iter().take(n) {
            a.set(id, answer(value));
        }
        for (id, key) in extra {
            a.set(id, answer(key));
        }
        let result = assess(q(), &profile, &a);
        assert_eq!(
            result.quality.straight_lining, expected,
            "{n} x {value} + {extra:?}"
        );
    }

    #[test]
    fn straight_lining_from_ten_equal_scale_answers() {
        straight(PROJECT, STRAIGHT_LINE_MIN - 1, "4", &[], false);
        straight(PROJECT, STRAIGHT_LINE_MIN, "4", &[], true);
        straight(PROJECT, 44, "1", &[], true);
        straight(PROJECT, 44, "3", &[], true);
        straight(PROJECT, 10, "4", &[("part_time", "3")], false);
        // "weiß nicht" and "passt nicht" do not break the line.
        straight(
            PROJECT,
            10,
            "4",
            &[
                ("part_time", "dont_know"),
                ("part_accessible", "not_applicable"),
            ],
            true,
        );
        // Hidden statements do not count: ten answers, but one is not shown at the idea stage.
        straight(IDEA, 9, "5", &[("com_trust", "5")], false);
        straight(IDEA, 9, "5", &[("part_time", "5")], true);
    }

    #[test]
    fn quality_counts_what_the_result_rests_on() {
        let a = assess(
            q(),
            &IDEA,
            &parse(&[
                ("mot_personal", "4"),
                ("mot_own_role", "dont_know"),
                ("mot_mandate", "not_applicable"),
                ("mot_networker", "9"),
                ("com_trust", "4"),
                ("unknown", "4"),
            ]),
        );
        let quality = &a.quality;
        assert_eq!(quality.shown, q().all_shown(&IDEA).count());
        assert_eq!(
            (quality.rated, quality.dont_know, quality.not_applicable),
            (1, 1, 1)
        );
    }
}

/// Regressions found in review of model v2.
mod review_regressions {
    use netzwerk_check::model::{
        assess, Answer, Answers, Coverage, DimensionId, Kind, Profile, Questionnaire, RelationKind,
        Scope, Stage, VerdictKind, Wording, SCOPE_DRIVER,
    };

    fn all(q: &Questionnaire, profile: &Profile, key: &str) -> Answers {
        let answer = Answer::from_key(key).unwrap();
        q.all_shown(profile)
            .map(|question| (question.id.clone(), answer))
            .collect()
    }

    const REGION_NETWORK: Profile = Profile {
        kind: Some(Kind::Network),
        stage: Some(Stage::Working),
        scope: Some(Scope::Region),
    };

    #[test]
    fn the_scope_can_drive_a_finding_so_no_finding_is_without_drivers() {
        let q = Questionnaire::german().unwrap();
        let mut answers = all(&q, &REGION_NETWORK, "3");
        answers.set("amb_depth", Answer::DontKnow);
        answers.set("amb_small_start", Answer::DontKnow);
        let a = assess(&q, &REGION_NETWORK, &answers);
        assert_eq!(a.verdict, VerdictKind::Strained);
        for f in &a.findings {
            assert!(!f.drivers.is_empty(), "{f:?}");
            assert_eq!(f.drivers[0], SCOPE_DRIVER, "{f:?}");
        }
    }

    #[test]
    fn participation_is_judged_even_when_no_pace_statement_fits() {
        let q = Questionnaire::german().unwrap();
        let mut answers = all(&q, &REGION_NETWORK, "4");
        for question in q.questions(DimensionId::Pace) {
            answers.set(&question.id, Answer::NotApplicable);
        }
        for question in q.questions(DimensionId::Participation) {
            answers.set(&question.id, Answer::Scale(1));
        }
        let a = assess(&q, &REGION_NETWORK, &answers);
        let pace = a
            .scores
            .iter()
            .find(|s| s.dimension == DimensionId::Pace)
            .unwrap();
        assert_eq!(pace.coverage, Coverage::NotApplicable);
        assert!(!a
            .dropped_relations
            .contains(&RelationKind::PaceVsParticipation));
        let f = &a.findings[0];
        assert_eq!(
            (f.kind, f.severity, f.wording),
            (
                RelationKind::PaceVsParticipation,
                VerdictKind::Strained,
                Wording::Alone
            )
        );
        assert!(a.dropped_relations.contains(&RelationKind::PaceVsCapacity));
    }
}
