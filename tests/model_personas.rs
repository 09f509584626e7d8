//! Personas written from the seeds: realistic people, their answers, and the verdict they
//! must get. Each persona answers every question (checked), so a renamed id fails loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use netzwerk_check::model::{
    assess, Answer, Answers, Assessment, Questionnaire, RelationKind, VerdictKind,
};

fn questionnaire() -> Questionnaire {
    Questionnaire::german().expect("shipped content loads")
}

/// Builds answers from `(question id, answer key)` pairs and checks that they cover exactly
/// the questionnaire (no typos, nothing forgotten) unless `complete` is false.
#[track_caller]
fn answers(q: &Questionnaire, pairs: &[(&str, &str)], complete: bool) -> Answers {
    let mut a = Answers::new();
    for (id, key) in pairs {
        assert!(q.question(id).is_some(), "unknown question id {id}");
        let answer = Answer::from_key(key).unwrap_or_else(|| panic!("bad answer key {key}"));
        assert!(a.get(id).is_none(), "question {id} answered twice");
        a.set(id, answer);
    }
    if complete {
        for question in q.all_questions() {
            assert!(
                a.get(&question.id).is_some(),
                "persona misses {}",
                question.id
            );
        }
    }
    a
}

fn kinds(a: &Assessment) -> Vec<RelationKind> {
    a.findings.iter().map(|f| f.kind).collect()
}

/// (a) Projektkoordinatorin eines frisch bewilligten Projekts: Sie will den ganzen Landkreis
/// inklusiv machen (alle Zielgruppen, alle Sektoren), arbeitet praktisch allein, hat kaum
/// Geld, und das Förderprogramm verlangt sichtbare Aktionen in drei Monaten. Genau die
/// Konstellation aus 003 "Relationen klären": große Ziele, wenig Ressourcen, hohes Tempo.
const BIG_GOALS_FEW_RESOURCES_FAST: &[(&str, &str)] = &[
    ("mot_personal", "4"),
    ("mot_role", "3"),
    ("mot_networker", "3"),
    ("mot_added_value", "3"),
    ("mot_expected_only", "2"),
    ("goals_change", "3"),
    ("goals_target_groups", "3"),
    ("goals_needs_asked", "2"),
    ("goals_purposes_shared", "2"),
    ("goals_milestones", "1"),
    ("goals_vague", "4"),
    ("amb_reach", "5"),
    ("amb_depth", "5"),
    ("amb_many_groups", "5"),
    ("amb_many_sectors", "5"),
    ("amb_small_start", "1"),
    ("res_allies", "2"),
    ("res_cocreators", "1"),
    ("res_alone", "5"),
    ("res_sozialraum", "2"),
    ("res_time", "2"),
    ("res_money", "1"),
    ("res_rooms", "2"),
    ("res_municipality", "dont_know"),
    ("res_companies", "1"),
    ("res_external", "1"),
    ("com_mandate", "4"),
    ("com_written", "1"),
    ("com_roles", "1"),
    ("com_meetings", "2"),
    ("com_pledges", "1"),
    ("com_noncommittal", "4"),
    ("pace_first_action_soon", "5"),
    ("pace_external_deadline", "5"),
    ("pace_expectations", "5"),
    ("pace_foundations_first", "1"),
    ("pace_participation_time", "2"),
    ("pace_self_advocates", "1"),
    ("pace_adjustable", "1"),
];

/// (b) Dieselben großen Ziele, aber nach zwei Jahren Vorarbeit: ein Trägerverbund mit
/// Verbündeten und Mit-Gestalter*innen (003/03, 04), Unterstützung von Kommune und
/// Unternehmen (000), schriftlicher Kooperationsvereinbarung (003/08), Selbstvertreter*innen
/// im Planungsteam (003/07) und einem Zeitplan ohne Druck von außen.
const BIG_GOALS_STRONG_BASE_PATIENT: &[(&str, &str)] = &[
    ("mot_personal", "5"),
    ("mot_role", "5"),
    ("mot_networker", "4"),
    ("mot_added_value", "5"),
    ("mot_expected_only", "1"),
    ("goals_change", "5"),
    ("goals_target_groups", "5"),
    ("goals_needs_asked", "4"),
    ("goals_purposes_shared", "4"),
    ("goals_milestones", "4"),
    ("goals_vague", "1"),
    ("amb_reach", "5"),
    ("amb_depth", "5"),
    ("amb_many_groups", "5"),
    ("amb_many_sectors", "5"),
    ("amb_small_start", "1"),
    ("res_allies", "5"),
    ("res_cocreators", "4"),
    ("res_alone", "1"),
    ("res_sozialraum", "4"),
    ("res_time", "4"),
    ("res_money", "4"),
    ("res_rooms", "5"),
    ("res_municipality", "4"),
    ("res_companies", "4"),
    ("res_external", "4"),
    ("com_mandate", "5"),
    ("com_written", "5"),
    ("com_roles", "4"),
    ("com_meetings", "5"),
    ("com_pledges", "4"),
    ("com_noncommittal", "2"),
    ("pace_first_action_soon", "2"),
    ("pace_external_deadline", "2"),
    ("pace_expectations", "2"),
    ("pace_foundations_first", "5"),
    ("pace_participation_time", "5"),
    ("pace_self_advocates", "4"),
    ("pace_adjustable", "4"),
];

/// (d) Nachbarschaftsinitiative: Drei Nachbarinnen wollen im eigenen Viertel einen
/// barrierefreien Treffpunkt im Gemeindehaus anbieten. Sie kennen den Sozialraum genau
/// (003/06), haben ein paar Verbündete (003/03), keine Frist und keinen formalen Auftrag.
const NEIGHBOURHOOD_INITIATIVE: &[(&str, &str)] = &[
    ("mot_personal", "5"),
    ("mot_role", "4"),
    ("mot_networker", "3"),
    ("mot_added_value", "4"),
    ("mot_expected_only", "1"),
    ("goals_change", "4"),
    ("goals_target_groups", "4"),
    ("goals_needs_asked", "4"),
    ("goals_purposes_shared", "3"),
    ("goals_milestones", "3"),
    ("goals_vague", "2"),
    ("amb_reach", "1"),
    ("amb_depth", "2"),
    ("amb_many_groups", "2"),
    ("amb_many_sectors", "1"),
    ("amb_small_start", "5"),
    ("res_allies", "4"),
    ("res_cocreators", "3"),
    ("res_alone", "2"),
    ("res_sozialraum", "5"),
    ("res_time", "3"),
    ("res_money", "2"),
    ("res_rooms", "4"),
    ("res_municipality", "2"),
    ("res_companies", "not_applicable"),
    ("res_external", "1"),
    ("com_mandate", "not_applicable"),
    ("com_written", "2"),
    ("com_roles", "3"),
    ("com_meetings", "4"),
    ("com_pledges", "3"),
    ("com_noncommittal", "2"),
    ("pace_first_action_soon", "2"),
    ("pace_external_deadline", "1"),
    ("pace_expectations", "1"),
    ("pace_foundations_first", "4"),
    ("pace_participation_time", "4"),
    ("pace_self_advocates", "4"),
    ("pace_adjustable", "5"),
];

/// (e) Sachbearbeiter im Sozialamt mit klarem Auftrag vom Rat: Die Kommune hat Fördergeld für
/// ein stadtweites Inklusionsnetzwerk bekommen, der Förderzeitraum verlangt erste Ergebnisse
/// in drei Monaten, Beteiligung der Zielgruppen ist nicht eingeplant (003/07 "Nichts über
/// uns ohne uns").
const MUNICIPAL_OFFICER_DEADLINE: &[(&str, &str)] = &[
    ("mot_personal", "3"),
    ("mot_role", "4"),
    ("mot_networker", "4"),
    ("mot_added_value", "4"),
    ("mot_expected_only", "3"),
    ("goals_change", "4"),
    ("goals_target_groups", "4"),
    ("goals_needs_asked", "2"),
    ("goals_purposes_shared", "3"),
    ("goals_milestones", "3"),
    ("goals_vague", "2"),
    ("amb_reach", "4"),
    ("amb_depth", "3"),
    ("amb_many_groups", "3"),
    ("amb_many_sectors", "4"),
    ("amb_small_start", "2"),
    ("res_allies", "3"),
    ("res_cocreators", "3"),
    ("res_alone", "3"),
    ("res_sozialraum", "3"),
    ("res_time", "4"),
    ("res_money", "4"),
    ("res_rooms", "5"),
    ("res_municipality", "5"),
    ("res_companies", "2"),
    ("res_external", "3"),
    ("com_mandate", "5"),
    ("com_written", "3"),
    ("com_roles", "4"),
    ("com_meetings", "4"),
    ("com_pledges", "3"),
    ("com_noncommittal", "2"),
    ("pace_first_action_soon", "5"),
    ("pace_external_deadline", "5"),
    ("pace_expectations", "4"),
    ("pace_foundations_first", "2"),
    ("pace_participation_time", "1"),
    ("pace_self_advocates", "1"),
    ("pace_adjustable", "1"),
];

/// (f) Begeisterter Neuling: Nach einer Fachtagung will er "sofort etwas für Inklusion tun",
/// hat Zeit und Verbündete, aber noch kein klares Ziel und hat niemanden nach den Bedarfen
/// gefragt. 003/10 warnt vor genau diesem frühzeitigen Aktionismus.
const EAGER_NEWCOMER: &[(&str, &str)] = &[
    ("mot_personal", "5"),
    ("mot_role", "3"),
    ("mot_networker", "3"),
    ("mot_added_value", "3"),
    ("mot_expected_only", "1"),
    ("goals_change", "1"),
    ("goals_target_groups", "2"),
    ("goals_needs_asked", "1"),
    ("goals_purposes_shared", "2"),
    ("goals_milestones", "1"),
    ("goals_vague", "5"),
    ("amb_reach", "2"),
    ("amb_depth", "3"),
    ("amb_many_groups", "3"),
    ("amb_many_sectors", "2"),
    ("amb_small_start", "3"),
    ("res_allies", "4"),
    ("res_cocreators", "3"),
    ("res_alone", "2"),
    ("res_sozialraum", "3"),
    ("res_time", "4"),
    ("res_money", "3"),
    ("res_rooms", "3"),
    ("res_municipality", "3"),
    ("res_companies", "3"),
    ("res_external", "3"),
    ("com_mandate", "3"),
    ("com_written", "3"),
    ("com_roles", "3"),
    ("com_meetings", "3"),
    ("com_pledges", "3"),
    ("com_noncommittal", "3"),
    ("pace_first_action_soon", "5"),
    ("pace_external_deadline", "1"),
    ("pace_expectations", "4"),
    ("pace_foundations_first", "1"),
    ("pace_participation_time", "3"),
    ("pace_self_advocates", "3"),
    ("pace_adjustable", "4"),
];

/// (g) Unternehmensnetzwerk mit CSR-Managerin: Fünf Firmen wollen gemeinsam einen
/// Marktplatz "Gute Geschäfte" (004) und einen Sozialen Tag (001) organisieren. Gute
/// Kontakte, Geld, Räume; moderater Anspruch; Termin für den Marktplatz steht in vier
/// Monaten, Gemeinnützige sind eingebunden.
const COMPANY_NETWORK_MARKETPLACE: &[(&str, &str)] = &[
    ("mot_personal", "4"),
    ("mot_role", "4"),
    ("mot_networker", "4"),
    ("mot_added_value", "5"),
    ("mot_expected_only", "2"),
    ("goals_change", "4"),
    ("goals_target_groups", "3"),
    ("goals_needs_asked", "3"),
    ("goals_purposes_shared", "4"),
    ("goals_milestones", "4"),
    ("goals_vague", "2"),
    ("amb_reach", "3"),
    ("amb_depth", "2"),
    ("amb_many_groups", "3"),
    ("amb_many_sectors", "3"),
    ("amb_small_start", "4"),
    ("res_allies", "4"),
    ("res_cocreators", "4"),
    ("res_alone", "1"),
    ("res_sozialraum", "3"),
    ("res_time", "3"),
    ("res_money", "5"),
    ("res_rooms", "5"),
    ("res_municipality", "3"),
    ("res_companies", "5"),
    ("res_external", "2"),
    ("com_mandate", "4"),
    ("com_written", "3"),
    ("com_roles", "4"),
    ("com_meetings", "4"),
    ("com_pledges", "4"),
    ("com_noncommittal", "2"),
    ("pace_first_action_soon", "3"),
    ("pace_external_deadline", "3"),
    ("pace_expectations", "3"),
    ("pace_foundations_first", "3"),
    ("pace_participation_time", "3"),
    ("pace_self_advocates", "3"),
    ("pace_adjustable", "3"),
];

/// Checks a persona's verdict and, optionally, a relation that must be among the findings.
#[track_caller]
fn check(
    pairs: &[(&str, &str)],
    expected: &[VerdictKind],
    must_find: Option<RelationKind>,
) -> Assessment {
    let q = questionnaire();
    let a = assess(&q, &answers(&q, pairs, true));
    assert!(
        expected.contains(&a.verdict),
        "verdict {:?} not in {expected:?}; findings {:?}, scores {:?}",
        a.verdict,
        a.findings,
        a.scores
    );
    if let Some(kind) = must_find {
        assert!(
            kinds(&a).contains(&kind),
            "{kind:?} not in findings {:?}",
            a.findings
        );
    }
    assert!(
        (3..=6).contains(&a.recommendations.len()),
        "{:?}",
        a.recommendations
    );
    a
}

#[test]
fn a_big_goals_few_resources_fast_pace_is_overstretched() {
    let a = check(
        BIG_GOALS_FEW_RESOURCES_FAST,
        &[VerdictKind::Overstretched],
        Some(RelationKind::AmbitionResourcesPace),
    );
    // The seed's triad is named first.
    assert_eq!(a.findings[0].kind, RelationKind::AmbitionResourcesPace);
    // The municipality "weiß nicht" is reported as a knowledge gap.
    assert_eq!(a.gaps, vec!["res_municipality".to_owned()]);
}

#[test]
fn a_recommendations_start_with_the_weakest_relation() {
    let q = questionnaire();
    let a = assess(&q, &answers(&q, BIG_GOALS_FEW_RESOURCES_FAST, true));
    let first = &a.recommendations[0];
    assert!(
        q.recommendation_relations(first)
            .contains(&a.findings[0].kind),
        "first recommendation {first} does not address {:?}",
        a.findings[0].kind
    );
    // Deduplicated.
    let mut ids = a.recommendations.clone();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), a.recommendations.len());
}

#[test]
fn b_same_goals_with_strong_base_and_patience_is_strictly_better() {
    let a = check(
        BIG_GOALS_FEW_RESOURCES_FAST,
        &[VerdictKind::Overstretched],
        None,
    );
    let b = check(
        BIG_GOALS_STRONG_BASE_PATIENT,
        &[VerdictKind::Sustainable, VerdictKind::Strained],
        None,
    );
    assert!(b.verdict.severity() < a.verdict.severity());
    // Same ambition score: only the capacity and the pace differ.
    assert_eq!(a.scores[2].score, b.scores[2].score);
}

#[test]
fn c_all_dont_know_is_insufficient_data_with_gaps() {
    let q = questionnaire();
    let mut answers = Answers::new();
    for question in q.all_questions() {
        answers.set(&question.id, Answer::DontKnow);
    }
    let a = assess(&q, &answers);
    assert_eq!(a.verdict, VerdictKind::InsufficientData);
    assert!(a.findings.is_empty());
    assert_eq!(a.answered, 0);
    let flagged: Vec<String> = q
        .all_questions()
        .iter()
        .filter(|x| x.dont_know_is_gap)
        .map(|x| x.id.clone())
        .collect();
    assert_eq!(a.gaps, flagged);
    // Gap recommendations come first, e.g. getting to know the Sozialraum (003/06).
    assert!(
        a.recommendations.iter().any(|r| r == "know_sozialraum"),
        "{:?}",
        a.recommendations
    );
    assert!((3..=6).contains(&a.recommendations.len()));
}

#[test]
fn d_neighbourhood_initiative_is_sustainable() {
    let a = check(NEIGHBOURHOOD_INITIATIVE, &[VerdictKind::Sustainable], None);
    assert!(a.findings.is_empty());
    assert!(a.gaps.is_empty());
}

#[test]
fn e_municipal_officer_with_deadline_lacks_participation() {
    check(
        MUNICIPAL_OFFICER_DEADLINE,
        &[VerdictKind::Strained, VerdictKind::Overstretched],
        Some(RelationKind::PaceVsParticipation),
    );
}

#[test]
fn f_eager_newcomer_risks_premature_activism() {
    let a = check(
        EAGER_NEWCOMER,
        &[VerdictKind::Strained, VerdictKind::Overstretched],
        Some(RelationKind::GoalsVsPace),
    );
    let goals_vs_pace = a
        .findings
        .iter()
        .find(|f| f.kind == RelationKind::GoalsVsPace)
        .unwrap();
    // The unclear goal and the rush both drive it.
    assert!(
        goals_vs_pace.drivers.contains(&"goals_change".to_owned()),
        "{:?}",
        goals_vs_pace.drivers
    );
    assert!(goals_vs_pace
        .drivers
        .contains(&"pace_first_action_soon".to_owned()));
}

#[test]
fn g_company_network_with_a_marketplace_date_is_sustainable() {
    check(
        COMPANY_NETWORK_MARKETPLACE,
        &[VerdictKind::Sustainable],
        None,
    );
}

#[test]
fn h_half_finished_check_gives_no_guess() {
    // Someone stopped after the first three pages (motivation, goals, ambition).
    let q = questionnaire();
    let partial: Vec<(&str, &str)> = BIG_GOALS_FEW_RESOURCES_FAST
        .iter()
        .copied()
        .filter(|(id, _)| {
            id.starts_with("mot_") || id.starts_with("goals_") || id.starts_with("amb_")
        })
        .collect();
    let a = assess(&q, &answers(&q, &partial, false));
    assert_eq!(a.verdict, VerdictKind::InsufficientData);
    assert!(a.findings.is_empty());
}

#[test]
fn personas_are_ordered_by_how_much_they_demand_of_themselves() {
    let q = questionnaire();
    let order = [
        NEIGHBOURHOOD_INITIATIVE,
        BIG_GOALS_STRONG_BASE_PATIENT,
        BIG_GOALS_FEW_RESOURCES_FAST,
    ];
    let severities: Vec<Option<u8>> = order
        .iter()
        .map(|p| assess(&q, &answers(&q, p, true)).verdict.severity())
        .collect();
    assert!(
        severities.windows(2).all(|w| w[0] <= w[1]),
        "{severities:?}"
    );
}
