//! Data-driven tables: dimension scores, band boundaries, verdict kinds, InsufficientData.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use netzwerk_check::model::{
    assess, Answer, Answers, Assessment, Band, DimensionId, Direction, Questionnaire, RelationKind,
    VerdictKind,
};

use DimensionId::{Ambition, Commitment, Goals, Motivation, Pace, Resources};

fn german() -> Questionnaire {
    Questionnaire::german().unwrap()
}

fn parse(spec: &[(&str, &str)]) -> Answers {
    let mut a = Answers::new();
    for (id, key) in spec {
        let answer = match *key {
            "9" => Answer::Scale(9),
            "0" => Answer::Scale(0),
            k => Answer::from_key(k).unwrap(),
        };
        a.set(id, answer);
    }
    a
}

mod scores {
    use super::*;

    /// Answers `spec`, then expects dimension `d` to have `score`, `band` and `answered`.
    #[track_caller]
    fn check(
        spec: &[(&str, &str)],
        d: DimensionId,
        score: Option<u8>,
        band: Option<Band>,
        answered: usize,
    ) {
        let q = german();
        let a = assess(&q, &parse(spec));
        let s = a.scores.iter().find(|s| s.dimension == d).unwrap();
        assert_eq!(
            (s.score, s.band, s.answered),
            (score, band, answered),
            "{s:?}"
        );
        assert_eq!(s.total, q.questions(d).count());
    }

    #[test]
    fn nothing_answered() {
        check(&[], Motivation, None, None, 0);
        check(
            &[
                ("mot_personal", "dont_know"),
                ("mot_role", "not_applicable"),
            ],
            Motivation,
            None,
            None,
            0,
        );
    }

    #[test]
    fn single_answers_map_1_to_5_onto_0_to_100() {
        check(
            &[("mot_personal", "1")],
            Motivation,
            Some(0),
            Some(Band::Concern),
            1,
        );
        check(
            &[("mot_personal", "2")],
            Motivation,
            Some(25),
            Some(Band::Concern),
            1,
        );
        check(
            &[("mot_personal", "3")],
            Motivation,
            Some(50),
            Some(Band::Borderline),
            1,
        );
        check(
            &[("mot_personal", "4")],
            Motivation,
            Some(75),
            Some(Band::Strength),
            1,
        );
        check(
            &[("mot_personal", "5")],
            Motivation,
            Some(100),
            Some(Band::Strength),
            1,
        );
    }

    #[test]
    fn reverse_coded_questions_invert() {
        check(
            &[("res_alone", "5")],
            Resources,
            Some(0),
            Some(Band::Concern),
            1,
        );
        check(
            &[("res_alone", "1")],
            Resources,
            Some(100),
            Some(Band::Strength),
            1,
        );
        check(
            &[("res_alone", "2")],
            Resources,
            Some(75),
            Some(Band::Strength),
            1,
        );
    }

    #[test]
    fn weighted_mean() {
        // res_allies weight 2 at 100, res_money weight 1 at 0: 200 / 3 = 66.7 -> 67.
        check(
            &[("res_allies", "5"), ("res_money", "1")],
            Resources,
            Some(67),
            Some(Band::Strength),
            2,
        );
        // res_allies weight 2 at 0, res_money weight 1 at 100: 33.3 -> 33.
        check(
            &[("res_allies", "1"), ("res_money", "5")],
            Resources,
            Some(33),
            Some(Band::Concern),
            2,
        );
        // Equal weights 2 and 2: 100 and 0 -> 50.
        check(
            &[("res_allies", "5"), ("res_time", "1")],
            Resources,
            Some(50),
            Some(Band::Borderline),
            2,
        );
        // Half-up rounding: weights 2 (75) and 1 (0) -> 50.
        check(
            &[("res_allies", "4"), ("res_money", "1")],
            Resources,
            Some(50),
            Some(Band::Borderline),
            2,
        );
    }

    #[test]
    fn dont_know_not_applicable_unknown_and_invalid_are_ignored() {
        check(
            &[
                ("goals_change", "5"),
                ("goals_vague", "dont_know"),
                ("goals_milestones", "not_applicable"),
                ("goals_nonexistent", "1"),
                ("goals_target_groups", "9"),
                ("goals_needs_asked", "0"),
            ],
            Goals,
            Some(100),
            Some(Band::Strength),
            1,
        );
    }

    #[test]
    fn demand_dimensions_band_inverted() {
        // Big ambition is a concern for the fit, not a strength.
        check(
            &[("amb_reach", "5")],
            Ambition,
            Some(100),
            Some(Band::Concern),
            1,
        );
        check(
            &[("amb_small_start", "5")],
            Ambition,
            Some(0),
            Some(Band::Strength),
            1,
        );
        check(
            &[("pace_first_action_soon", "3")],
            Pace,
            Some(50),
            Some(Band::Borderline),
            1,
        );
        // Planned participation slows the pace.
        check(
            &[("pace_participation_time", "5")],
            Pace,
            Some(0),
            Some(Band::Strength),
            1,
        );
    }
}

mod bands {
    use super::*;

    #[track_caller]
    fn check(d: DimensionId, score: u8, expected: Band) {
        assert_eq!(Band::of(d, score), expected, "{d:?} {score}");
    }

    #[test]
    fn capacity_boundaries() {
        for d in [Motivation, Goals, Resources, Commitment] {
            check(d, 100, Band::Strength);
            check(d, 67, Band::Strength);
            check(d, 66, Band::Borderline);
            check(d, 34, Band::Borderline);
            check(d, 33, Band::Concern);
            check(d, 0, Band::Concern);
        }
    }

    #[test]
    fn demand_boundaries() {
        for d in [Ambition, Pace] {
            check(d, 0, Band::Strength);
            check(d, 33, Band::Strength);
            check(d, 34, Band::Borderline);
            check(d, 66, Band::Borderline);
            check(d, 67, Band::Concern);
            check(d, 100, Band::Concern);
        }
    }
}

mod verdicts {
    use super::*;

    /// Oriented levels 1..=5 per measure (5 = highest score), 0 = leave unanswered.
    #[derive(Clone, Copy)]
    struct Levels {
        motivation: u8,
        goals: u8,
        ambition: u8,
        resources: u8,
        commitment: u8,
        /// Pace questions that are not participation questions.
        speed: u8,
        /// Participation questions, 5 = much participation planned.
        participation: u8,
    }

    const CALM: Levels = Levels {
        motivation: 4,
        goals: 4,
        ambition: 2,
        resources: 4,
        commitment: 4,
        speed: 2,
        participation: 4,
    };

    /// Raw scale answer that gives oriented step `level - 1` for this direction.
    fn raw(direction: Direction, level: u8) -> Answer {
        match direction {
            Direction::Raises => Answer::Scale(level),
            Direction::Lowers => Answer::Scale(6 - level),
        }
    }

    fn answers_for(q: &Questionnaire, l: Levels) -> Answers {
        let mut a = Answers::new();
        for question in q.all_questions() {
            let level = match question.dimension {
                Motivation => l.motivation,
                Goals => l.goals,
                Ambition => l.ambition,
                Resources => l.resources,
                Commitment => l.commitment,
                // Participation level p means pace-oriented level 6 - p.
                Pace if question.participation => {
                    if l.participation == 0 {
                        0
                    } else {
                        6 - l.participation
                    }
                }
                Pace => l.speed,
            };
            if level > 0 {
                a.set(&question.id, raw(question.direction, level));
            }
        }
        a
    }

    #[track_caller]
    fn check(l: Levels, verdict: VerdictKind, first: Option<RelationKind>) -> Assessment {
        let q = german();
        let a = assess(&q, &answers_for(&q, l));
        assert_eq!(
            a.verdict, verdict,
            "findings {:?} scores {:?}",
            a.findings, a.scores
        );
        assert_eq!(
            a.findings.first().map(|f| f.kind),
            first,
            "{:?}",
            a.findings
        );
        a
    }

    #[test]
    fn sustainable() {
        let a = check(CALM, VerdictKind::Sustainable, None);
        assert!(a.findings.is_empty());
        assert_eq!(a.answered, a.total);
        // Keep-going recommendations are given even when all is well.
        assert!(a.recommendations.len() >= 3);
    }

    #[test]
    fn strained_by_one_scale_step() {
        // Ambition 75 vs resources 50: tension exactly 25.
        check(
            Levels {
                ambition: 4,
                resources: 3,
                ..CALM
            },
            VerdictKind::Strained,
            Some(RelationKind::AmbitionVsResources),
        );
        // Ambition 75 vs commitment 50.
        check(
            Levels {
                ambition: 4,
                commitment: 3,
                ..CALM
            },
            VerdictKind::Strained,
            Some(RelationKind::AmbitionVsCommitment),
        );
        // Ambition 75 vs motivation 50.
        check(
            Levels {
                ambition: 4,
                motivation: 3,
                ..CALM
            },
            VerdictKind::Strained,
            Some(RelationKind::AmbitionVsMotivation),
        );
        // Ambition 75 vs goals 50.
        check(
            Levels {
                ambition: 4,
                goals: 3,
                ..CALM
            },
            VerdictKind::Strained,
            Some(RelationKind::AmbitionVsGoals),
        );
    }

    #[test]
    fn overstretched_by_two_scale_steps() {
        // Ambition 100 vs resources 50: tension exactly 50.
        check(
            Levels {
                ambition: 5,
                resources: 3,
                ..CALM
            },
            VerdictKind::Overstretched,
            Some(RelationKind::AmbitionVsResources),
        );
    }

    #[test]
    fn big_goals_few_resources_fast_pace() {
        let a = check(
            Levels {
                ambition: 5,
                resources: 1,
                speed: 5,
                participation: 3,
                ..CALM
            },
            VerdictKind::Overstretched,
            Some(RelationKind::AmbitionResourcesPace),
        );
        assert_eq!(a.findings[0].severity, VerdictKind::Overstretched);
    }

    #[test]
    fn compound_escalates_two_strained_relations() {
        // Ambition 75 vs resources 50 (strained); pace vs mean(resources, commitment) strained;
        // together the seed's triad: overstretched.
        let a = check(
            Levels {
                ambition: 4,
                resources: 3,
                commitment: 3,
                speed: 5,
                participation: 3,
                ..CALM
            },
            VerdictKind::Overstretched,
            Some(RelationKind::AmbitionResourcesPace),
        );
        let others: Vec<VerdictKind> = a.findings[1..].iter().map(|f| f.severity).collect();
        assert!(others.contains(&VerdictKind::Strained), "{:?}", a.findings);
    }

    #[test]
    fn premature_activism() {
        check(
            Levels {
                goals: 1,
                ambition: 1,
                speed: 5,
                participation: 5,
                ..CALM
            },
            VerdictKind::Overstretched,
            Some(RelationKind::GoalsVsPace),
        );
    }

    #[test]
    fn pace_without_participation() {
        check(
            Levels {
                speed: 3,
                participation: 1,
                ..CALM
            },
            VerdictKind::Overstretched,
            Some(RelationKind::PaceVsParticipation),
        );
    }

    #[test]
    fn baseline_demand_even_modest_goals_need_capacity() {
        // Ambition 0, resources 0: demand counts as 25, tension 25.
        let a = check(
            Levels {
                ambition: 1,
                resources: 1,
                ..CALM
            },
            VerdictKind::Strained,
            Some(RelationKind::AmbitionVsResources),
        );
        assert!(!a.findings[0].drivers.is_empty());
    }

    #[test]
    fn insufficient_data() {
        check(
            Levels {
                commitment: 0,
                ..CALM
            },
            VerdictKind::InsufficientData,
            None,
        );
        check(
            Levels {
                participation: 0,
                ..CALM
            },
            VerdictKind::InsufficientData,
            None,
        );
    }

    #[track_caller]
    fn coverage(answered: &[&str], not_applicable: &[&str], expected: VerdictKind) {
        let q = german();
        let mut a = answers_for(&q, CALM);
        for question in q.questions(Commitment) {
            a.clear(&question.id);
        }
        for id in answered {
            a.set(id, Answer::Scale(4));
        }
        for id in not_applicable {
            a.set(id, Answer::NotApplicable);
        }
        let result = assess(&q, &a);
        assert_eq!(result.verdict, expected, "{:?}", result.scores);
    }

    #[test]
    fn coverage_threshold_is_half_of_applicable_questions() {
        // Commitment has 6 questions.
        coverage(
            &["com_mandate", "com_written"],
            &[],
            VerdictKind::InsufficientData,
        );
        coverage(
            &["com_mandate", "com_written", "com_roles"],
            &[],
            VerdictKind::Sustainable,
        );
        // "trifft nicht zu" leaves the denominator: 2 of 4 applicable is enough.
        coverage(
            &["com_mandate", "com_written"],
            &["com_roles", "com_meetings"],
            VerdictKind::Sustainable,
        );
        // Everything "trifft nicht zu": no basis for a verdict.
        coverage(
            &[],
            &[
                "com_mandate",
                "com_written",
                "com_roles",
                "com_meetings",
                "com_pledges",
                "com_noncommittal",
            ],
            VerdictKind::InsufficientData,
        );
    }

    #[track_caller]
    fn tension(t: i16, expected: VerdictKind) {
        assert_eq!(VerdictKind::from_tension(t), expected, "tension {t}");
    }

    #[test]
    fn tension_boundaries() {
        tension(-100, VerdictKind::Sustainable);
        tension(24, VerdictKind::Sustainable);
        tension(25, VerdictKind::Strained);
        tension(49, VerdictKind::Strained);
        tension(50, VerdictKind::Overstretched);
        tension(100, VerdictKind::Overstretched);
    }
}
