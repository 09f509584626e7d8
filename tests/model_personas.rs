//! Personas written from the seeds (`shared/seeds/000`..`004`): realistic people, their
//! profile, their answers, and the result they must get. Each persona answers exactly the
//! statements shown for its profile (checked: no typo, no hidden statement, nothing
//! forgotten), so a renamed or re-filtered statement fails loudly here.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::OnceLock;

use netzwerk_check::model::{
    assess, Answer, Answers, Assessment, Band, Coverage, DimensionId, Kind, Profile, Questionnaire,
    RelationKind, Scope, Stage, VerdictKind, VerdictSentence, Wording, HIGH_DEMAND_AT,
    LOW_CAPACITY_AT,
};

use DimensionId::{Ambition, Commitment, Motivation, Pace, Participation, Resources};

fn q() -> &'static Questionnaire {
    static Q: OnceLock<Questionnaire> = OnceLock::new();
    Q.get_or_init(|| Questionnaire::german().expect("shipped content loads"))
}

/// A persona: who, in which situation, with which answers.
struct Persona {
    profile: Profile,
    answers: &'static [(&'static str, &'static str)],
}

const fn profile(kind: Kind, stage: Stage, scope: Scope) -> Profile {
    Profile {
        kind: Some(kind),
        stage: Some(stage),
        scope: Some(scope),
    }
}

/// Builds the answers of `pairs` and checks that they are exactly the statements shown for
/// `profile`: every id exists and is shown, every key is an answer key, no id twice, no shown
/// statement left out.
#[track_caller]
fn answers_for(profile: &Profile, pairs: &[(&str, &str)]) -> Answers {
    let mut a = Answers::new();
    for (id, key) in pairs {
        let question = q()
            .question(id)
            .unwrap_or_else(|| panic!("unknown statement id {id}"));
        assert!(
            question.shown_for(profile),
            "{id} is not shown for {profile:?}"
        );
        let answer = Answer::from_key(key).unwrap_or_else(|| panic!("bad answer key {key}"));
        assert!(a.get(id).is_none(), "{id} answered twice");
        a.set(id, answer);
    }
    for question in q().all_shown(profile) {
        assert!(
            a.get(&question.id).is_some(),
            "persona misses {}",
            question.id
        );
    }
    a
}

impl Persona {
    #[track_caller]
    fn answers(&self) -> Answers {
        answers_for(&self.profile, self.answers)
    }

    /// The persona with some answers changed (each id must already be answered).
    #[track_caller]
    fn with(&self, changes: &[(&str, &str)]) -> Answers {
        let mut a = self.answers();
        for (id, key) in changes {
            assert!(a.get(id).is_some(), "{id} is not answered by the persona");
            a.set(id, Answer::from_key(key).unwrap());
        }
        a
    }

    #[track_caller]
    fn assess(&self) -> Assessment {
        assess(q(), &self.profile, &self.answers())
    }
}

fn kinds(a: &Assessment) -> Vec<RelationKind> {
    a.findings.iter().map(|f| f.kind).collect()
}

fn score(a: &Assessment, d: DimensionId) -> Option<u8> {
    a.scores.iter().find(|s| s.dimension == d).unwrap().score
}

fn coverage(a: &Assessment, d: DimensionId) -> Coverage {
    a.scores.iter().find(|s| s.dimension == d).unwrap().coverage
}

fn recommends(a: &Assessment, id: &str) -> bool {
    a.recommendations.iter().any(|r| r == id)
}

fn position(a: &Assessment, id: &str) -> Option<usize> {
    a.recommendations.iter().position(|r| r == id)
}

/// Checks a persona's verdict and sentence, the kinds of its findings (worst first), and the
/// recommendations that must and must not be given.
#[track_caller]
fn check(
    a: &Assessment,
    verdict: VerdictKind,
    sentence: VerdictSentence,
    findings: &[RelationKind],
    present: &[&str],
    absent: &[&str],
) {
    let context = format!(
        "findings {:?}\nscores {:?}\nrecommendations {:?}",
        a.findings,
        a.scores
            .iter()
            .map(|s| (s.dimension, s.score, s.coverage))
            .collect::<Vec<_>>(),
        a.recommendations
    );
    assert_eq!(a.verdict, verdict, "{context}");
    assert_eq!(a.sentence, sentence, "{context}");
    assert_eq!(kinds(a), findings, "{context}");
    for id in present {
        assert!(recommends(a, id), "{id} missing\n{context}");
    }
    for id in absent {
        assert!(!recommends(a, id), "{id} given\n{context}");
    }
    assert!(
        (3..=6).contains(&a.recommendations.len()),
        "{:?}",
        a.recommendations
    );
}

// ---------------------------------------------------------------------------------------------
// The personas
// ---------------------------------------------------------------------------------------------

/// (a) Sozialer Tag: die Personalreferentin eines mittelständischen Unternehmens organisiert
/// mit der örtlichen Freiwilligenagentur einen Sozialen Tag – 40 Mitarbeitende renovieren die
/// Gemeinschaftsräume eines Wohnheims der Lebenshilfe (001 "lokale Aktionstage", "der Soziale
/// Tag"; 004 "unternehmensorientierte Freiwilligentage (auch 'Social Days' genannt)",
/// "Aktionstage zur Renovierung von Räumen"). Geld, Räume, Leute und die Rückendeckung der
/// Geschäftsführung sind da; geplant wird mit der Heimleitung, die Bewohner*innen selbst
/// planen nicht mit (003/07 "Nichts über uns ohne uns").
const SOCIAL_DAY: Persona = Persona {
    profile: profile(Kind::Action, Stage::Partners, Scope::Place),
    answers: &[
        ("mot_personal", "4"),
        ("mot_own_role", "5"),
        ("mot_mandate", "5"),
        ("mot_networker", "3"),
        ("mot_added_value", "5"),
        ("goals_change", "4"),
        ("goals_vague", "1"),
        ("goals_groups", "4"),
        ("goals_needs_asked", "2"),
        ("goals_purposes_known", "5"),
        ("goals_milestones", "4"),
        ("amb_depth", "1"),
        ("amb_many_groups", "1"),
        ("amb_interdependent", "2"),
        ("amb_small_start", "5"),
        ("res_allies", "4"),
        ("res_cocreators", "5"),
        ("res_alone", "1"),
        ("res_sozialraum", "3"),
        ("res_existing", "4"),
        ("res_diversity", "3"),
        ("res_time", "5"),
        ("res_money", "5"),
        ("res_rooms", "5"),
        ("res_municipality", "3"),
        ("res_company", "5"),
        ("res_external", "3"),
        ("com_backing", "5"),
        ("com_written", "4"),
        ("com_roles", "5"),
        ("com_pledges", "5"),
        ("com_noncommittal", "1"),
        ("com_understanding", "4"),
        ("com_trust", "4"),
        ("com_conflicts", "4"),
        ("pace_tight_schedule", "3"),
        ("pace_foundations_first", "3"),
        ("part_time", "1"),
        ("part_self_advocates", "1"),
        ("part_accessible", "3"),
    ],
};

/// (b) Marktplatz "Gute Geschäfte": drei Mitarbeitende der Freiwilligenagentur bereiten mit
/// IHK und Stadt einen Marktplatz vor, auf dem Unternehmen und Gemeinnützige in einer Art
/// "Speed Dating" kleine Engagementprojekte vereinbaren (004 "Engagementpartnerschaften …
/// fördern" und "Marktplätze initiieren": "in der Regel in einer Kooperation aus Unternehmen,
/// Kammern, Wirtschaftsverbänden, gemeinnützigen Organisationen und der Kommune"). Stadtweit,
/// viele Beteiligte, aber wenige Hände; Gemeinnützige sitzen im Vorbereitungskreis.
const MARKTPLATZ: Persona = Persona {
    profile: profile(Kind::Action, Stage::Partners, Scope::Town),
    answers: &[
        ("mot_personal", "4"),
        ("mot_own_role", "4"),
        ("mot_mandate", "5"),
        ("mot_networker", "4"),
        ("mot_added_value", "4"),
        ("goals_change", "4"),
        ("goals_vague", "2"),
        ("goals_groups", "4"),
        ("goals_needs_asked", "3"),
        ("goals_purposes_known", "4"),
        ("goals_milestones", "4"),
        ("amb_depth", "2"),
        ("amb_many_groups", "3"),
        ("amb_interdependent", "4"),
        ("amb_small_start", "3"),
        ("res_allies", "4"),
        ("res_cocreators", "3"),
        ("res_alone", "2"),
        ("res_sozialraum", "4"),
        ("res_existing", "5"),
        ("res_diversity", "4"),
        ("res_time", "3"),
        ("res_money", "3"),
        ("res_rooms", "4"),
        ("res_municipality", "4"),
        ("res_company", "4"),
        ("res_external", "2"),
        ("com_backing", "4"),
        ("com_written", "3"),
        ("com_roles", "4"),
        ("com_pledges", "4"),
        ("com_noncommittal", "2"),
        ("com_understanding", "3"),
        ("com_trust", "4"),
        ("com_conflicts", "3"),
        ("pace_tight_schedule", "3"),
        ("pace_foundations_first", "4"),
        ("part_time", "3"),
        ("part_self_advocates", "4"),
        ("part_accessible", "4"),
    ],
};

/// (c) Gefördertes Projekt mit Frist: die Koordinatorin eines dreijährigen, von einer
/// Stiftung geförderten Projekts "Inklusives Quartier" bei einem Wohlfahrtsverband. Feste
/// Stellen, Geld, Räume, eine Kooperationsvereinbarung mit Stadtteilbüro und Schule (003/08),
/// ein Beirat aus Selbstvertreter*innen (003/07) – aber der Förderzeitraum setzt Termine und
/// die Stiftung erwartet Zwischenergebnisse (003 "Relationen klären": Prozess-Geschwindigkeit).
const FUNDED_PROJECT: Persona = Persona {
    profile: profile(Kind::Project, Stage::Working, Scope::Neighbourhood),
    answers: &[
        ("mot_personal", "4"),
        ("mot_own_role", "5"),
        ("mot_mandate", "5"),
        ("mot_networker", "4"),
        ("mot_added_value", "4"),
        ("goals_change", "4"),
        ("goals_vague", "2"),
        ("goals_groups", "5"),
        ("goals_needs_asked", "4"),
        ("goals_purposes_known", "4"),
        ("goals_milestones", "5"),
        ("amb_depth", "4"),
        ("amb_many_groups", "3"),
        ("amb_interdependent", "3"),
        ("amb_small_start", "3"),
        ("res_allies", "4"),
        ("res_cocreators", "4"),
        ("res_alone", "2"),
        ("res_sozialraum", "4"),
        ("res_existing", "4"),
        ("res_diversity", "4"),
        ("res_time", "5"),
        ("res_money", "5"),
        ("res_rooms", "4"),
        ("res_municipality", "4"),
        ("res_company", "2"),
        ("res_external", "4"),
        ("com_backing", "5"),
        ("com_written", "5"),
        ("com_roles", "4"),
        ("com_attendance", "4"),
        ("com_pledges", "4"),
        ("com_noncommittal", "2"),
        ("com_understanding", "4"),
        ("com_trust", "4"),
        ("com_conflicts", "3"),
        ("pace_tight_schedule", "3"),
        ("pace_external_deadline", "5"),
        ("pace_expectations", "4"),
        ("pace_foundations_first", "4"),
        ("pace_adjustable", "3"),
        ("part_time", "4"),
        ("part_self_advocates", "4"),
        ("part_accessible", "4"),
    ],
};

/// (d) Gründerin mit großer Idee: eine Mutter eines Kindes mit Behinderung kommt von einer
/// Fachtagung zurück und will "den ganzen Landkreis inklusiv machen" – alle Zielgruppen,
/// Haltungen, Angebote und Strukturen zugleich (003 "Relationen klären": Ziel-Anspruch; 004
/// Vision "Gemeinsam wirken"). Sie ist allein, ohne Partner, ohne Geld (003/03, 04), hat aber
/// keinen Zeitdruck. Idee-Phase: die Verbindlichkeit wird noch nicht gefragt.
const IDEA_FOUNDER: Persona = Persona {
    profile: profile(Kind::Network, Stage::Idea, Scope::Region),
    answers: &[
        ("mot_personal", "5"),
        ("mot_own_role", "3"),
        ("mot_mandate", "4"),
        ("mot_networker", "2"),
        ("mot_added_value", "3"),
        ("goals_change", "3"),
        ("goals_vague", "3"),
        ("goals_groups", "3"),
        ("goals_needs_asked", "3"),
        ("amb_depth", "5"),
        ("amb_many_groups", "5"),
        ("amb_interdependent", "5"),
        ("amb_small_start", "1"),
        ("res_allies", "2"),
        ("res_cocreators", "1"),
        ("res_alone", "5"),
        ("res_sozialraum", "3"),
        ("res_existing", "2"),
        ("res_diversity", "1"),
        ("res_time", "3"),
        ("res_money", "1"),
        ("res_rooms", "1"),
        ("res_municipality", "1"),
        ("res_company", "1"),
        ("res_external", "2"),
        ("pace_tight_schedule", "2"),
        ("pace_external_deadline", "1"),
        ("pace_expectations", "1"),
        ("pace_foundations_first", "4"),
        ("pace_adjustable", "5"),
        ("part_time", "3"),
        ("part_self_advocates", "3"),
        ("part_accessible", "3"),
    ],
};

/// (e) Die Triade aus 003 "Relationen klären": eine Projektkoordinatorin eines frisch
/// bewilligten Projekts soll den ganzen Landkreis inklusiv machen, arbeitet praktisch allein,
/// hat kaum Geld, und das Förderprogramm verlangt sichtbare Aktionen in drei Monaten. "Eine
/// Strategie, die große Ziele verfolgt, aber auf wenig Ressourcen zurückgreifen kann und nur
/// eine schnelle Prozessgeschwindigkeit zulässt, wird vermutlich kaum von Erfolg gekrönt sein."
const TRIAD: Persona = Persona {
    profile: profile(Kind::Project, Stage::Partners, Scope::Region),
    answers: TRIAD_ANSWERS,
};

const TRIAD_ANSWERS: &[(&str, &str)] = &[
    ("mot_personal", "4"),
    ("mot_own_role", "3"),
    ("mot_mandate", "5"),
    ("mot_networker", "3"),
    ("mot_added_value", "3"),
    ("goals_change", "3"),
    ("goals_vague", "3"),
    ("goals_groups", "3"),
    ("goals_needs_asked", "2"),
    ("goals_purposes_known", "2"),
    ("goals_milestones", "2"),
    ("amb_depth", "5"),
    ("amb_many_groups", "5"),
    ("amb_interdependent", "5"),
    ("amb_small_start", "1"),
    ("res_allies", "2"),
    ("res_cocreators", "1"),
    ("res_alone", "5"),
    ("res_sozialraum", "2"),
    ("res_existing", "3"),
    ("res_diversity", "1"),
    ("res_time", "2"),
    ("res_money", "1"),
    ("res_rooms", "2"),
    ("res_municipality", "dont_know"),
    ("res_company", "1"),
    ("res_external", "1"),
    ("com_backing", "3"),
    ("com_written", "1"),
    ("com_roles", "2"),
    ("com_attendance", "2"),
    ("com_pledges", "1"),
    ("com_noncommittal", "4"),
    ("com_understanding", "2"),
    ("com_trust", "3"),
    ("com_conflicts", "3"),
    ("pace_tight_schedule", "5"),
    ("pace_external_deadline", "5"),
    ("pace_expectations", "5"),
    ("pace_foundations_first", "1"),
    ("pace_adjustable", "1"),
    ("part_time", "2"),
    ("part_self_advocates", "2"),
    ("part_accessible", "3"),
];

/// (f) Die Triade, maskiert: dieselbe Koordinatorin, aber der Kooperationsvertrag mit dem
/// Landkreis ist unterschrieben, Rollen und Beiträge sind schriftlich verteilt, samt Plan mit
/// Meilensteinen (003/08, 09). Auf dem Papier ist alles verbindlich – Leute, Zeit und Geld
/// bleiben trotzdem knapp. Verbindlichkeit ersetzt keine Ressourcen (003 "Relationen klären").
const TRIAD_MASKED: Persona = Persona {
    profile: profile(Kind::Project, Stage::Partners, Scope::Region),
    answers: &[
        ("mot_personal", "4"),
        ("mot_own_role", "4"),
        ("mot_mandate", "5"),
        ("mot_networker", "3"),
        ("mot_added_value", "4"),
        ("goals_change", "4"),
        ("goals_vague", "2"),
        ("goals_groups", "4"),
        ("goals_needs_asked", "2"),
        ("goals_purposes_known", "4"),
        ("goals_milestones", "5"),
        ("amb_depth", "5"),
        ("amb_many_groups", "5"),
        ("amb_interdependent", "5"),
        ("amb_small_start", "1"),
        ("res_allies", "2"),
        ("res_cocreators", "1"),
        ("res_alone", "5"),
        ("res_sozialraum", "2"),
        ("res_existing", "3"),
        ("res_diversity", "1"),
        ("res_time", "2"),
        ("res_money", "1"),
        ("res_rooms", "2"),
        ("res_municipality", "2"),
        ("res_company", "1"),
        ("res_external", "1"),
        ("com_backing", "5"),
        ("com_written", "5"),
        ("com_roles", "5"),
        ("com_attendance", "4"),
        ("com_pledges", "5"),
        ("com_noncommittal", "1"),
        ("com_understanding", "4"),
        ("com_trust", "4"),
        ("com_conflicts", "4"),
        ("pace_tight_schedule", "5"),
        ("pace_external_deadline", "5"),
        ("pace_expectations", "5"),
        ("pace_foundations_first", "1"),
        ("pace_adjustable", "1"),
        ("part_time", "2"),
        ("part_self_advocates", "2"),
        ("part_accessible", "3"),
    ],
};

/// (g) Runder Tisch engagierter Unternehmen: fünf Firmen der Stadt tauschen sich regelmäßig
/// über ihr Engagement aus und stoßen gemeinsame Aktionen an (001 "der Runde Tisch
/// engagierter Unternehmen in Brandenburg"; 004 "Unternehmensengagement anerkennen und
/// anregen"). Eine eigene Zielgruppe, die mitplanen könnte, gibt es für diesen Austausch
/// nicht: alle Beteiligungs-Aussagen "passen nicht zu unserer Situation".
const COMPANY_ROUND_TABLE: Persona = Persona {
    profile: profile(Kind::Recurring, Stage::Working, Scope::Town),
    answers: &[
        ("mot_personal", "4"),
        ("mot_own_role", "4"),
        ("mot_mandate", "5"),
        ("mot_networker", "4"),
        ("mot_added_value", "4"),
        ("goals_change", "3"),
        ("goals_vague", "2"),
        ("goals_groups", "3"),
        ("goals_needs_asked", "3"),
        ("goals_purposes_known", "5"),
        ("goals_milestones", "3"),
        ("amb_depth", "2"),
        ("amb_many_groups", "2"),
        ("amb_interdependent", "3"),
        ("amb_small_start", "4"),
        ("res_allies", "5"),
        ("res_cocreators", "4"),
        ("res_alone", "1"),
        ("res_sozialraum", "3"),
        ("res_existing", "4"),
        ("res_diversity", "2"),
        ("res_time", "3"),
        ("res_money", "4"),
        ("res_rooms", "5"),
        ("res_municipality", "3"),
        ("res_company", "5"),
        ("res_external", "3"),
        ("com_backing", "4"),
        ("com_written", "3"),
        ("com_roles", "4"),
        ("com_attendance", "4"),
        ("com_pledges", "4"),
        ("com_noncommittal", "2"),
        ("com_understanding", "4"),
        ("com_trust", "5"),
        ("com_conflicts", "4"),
        ("pace_tight_schedule", "2"),
        ("pace_external_deadline", "1"),
        ("pace_expectations", "2"),
        ("pace_foundations_first", "4"),
        ("pace_adjustable", "5"),
        ("part_time", "not_applicable"),
        ("part_self_advocates", "not_applicable"),
        ("part_accessible", "not_applicable"),
    ],
};

/// (j) Inklusives Nachbarschaftscafé: fünf Ehrenamtliche öffnen einmal im Monat das
/// Gemeindehaus als barrierefreien Treffpunkt. Sie kennen den Sozialraum genau (003/06), die
/// Gäste mit Behinderung planen das Programm mit (003/07), keine Frist, kein Förderprogramm.
const NEIGHBOURHOOD_CAFE: Persona = Persona {
    profile: profile(Kind::Recurring, Stage::Working, Scope::Place),
    answers: &[
        ("mot_personal", "5"),
        ("mot_own_role", "4"),
        ("mot_mandate", "5"),
        ("mot_networker", "3"),
        ("mot_added_value", "4"),
        ("goals_change", "4"),
        ("goals_vague", "2"),
        ("goals_groups", "4"),
        ("goals_needs_asked", "5"),
        ("goals_purposes_known", "4"),
        ("goals_milestones", "2"),
        ("amb_depth", "2"),
        ("amb_many_groups", "2"),
        ("amb_interdependent", "1"),
        ("amb_small_start", "5"),
        ("res_allies", "4"),
        ("res_cocreators", "4"),
        ("res_alone", "2"),
        ("res_sozialraum", "5"),
        ("res_existing", "4"),
        ("res_diversity", "3"),
        ("res_time", "3"),
        ("res_money", "2"),
        ("res_rooms", "5"),
        ("res_municipality", "2"),
        ("res_company", "1"),
        ("res_external", "2"),
        ("com_backing", "4"),
        ("com_written", "2"),
        ("com_roles", "4"),
        ("com_attendance", "4"),
        ("com_pledges", "4"),
        ("com_noncommittal", "2"),
        ("com_understanding", "4"),
        ("com_trust", "5"),
        ("com_conflicts", "4"),
        ("pace_tight_schedule", "1"),
        ("pace_external_deadline", "1"),
        ("pace_expectations", "1"),
        ("pace_foundations_first", "4"),
        ("pace_adjustable", "5"),
        ("part_time", "4"),
        ("part_self_advocates", "5"),
        ("part_accessible", "5"),
    ],
};

/// (k) Sachbearbeiter im Sozialamt mit klarem Auftrag vom Rat: die Stadt hat Fördergeld für
/// ein stadtweites Inklusionsnetzwerk bekommen, Räume und Personal stellt die Verwaltung
/// (000 "So überzeugen Sie Kommunalverwaltungen"), der Förderzeitraum verlangt erste
/// Ergebnisse in drei Monaten – Beteiligung der Zielgruppen ist nicht eingeplant (003/07
/// "Nichts über uns ohne uns").
const MUNICIPAL_OFFICER: Persona = Persona {
    profile: profile(Kind::Network, Stage::Partners, Scope::Town),
    answers: &[
        ("mot_personal", "3"),
        ("mot_own_role", "4"),
        ("mot_mandate", "5"),
        ("mot_networker", "4"),
        ("mot_added_value", "4"),
        ("goals_change", "4"),
        ("goals_vague", "2"),
        ("goals_groups", "4"),
        ("goals_needs_asked", "2"),
        ("goals_purposes_known", "3"),
        ("goals_milestones", "4"),
        ("amb_depth", "3"),
        ("amb_many_groups", "3"),
        ("amb_interdependent", "4"),
        ("amb_small_start", "2"),
        ("res_allies", "3"),
        ("res_cocreators", "3"),
        ("res_alone", "3"),
        ("res_sozialraum", "3"),
        ("res_existing", "4"),
        ("res_diversity", "3"),
        ("res_time", "4"),
        ("res_money", "4"),
        ("res_rooms", "5"),
        ("res_municipality", "5"),
        ("res_company", "2"),
        ("res_external", "3"),
        ("com_backing", "5"),
        ("com_written", "3"),
        ("com_roles", "4"),
        ("com_attendance", "4"),
        ("com_pledges", "3"),
        ("com_noncommittal", "2"),
        ("com_understanding", "3"),
        ("com_trust", "4"),
        ("com_conflicts", "3"),
        ("pace_tight_schedule", "5"),
        ("pace_external_deadline", "5"),
        ("pace_expectations", "4"),
        ("pace_foundations_first", "2"),
        ("pace_adjustable", "1"),
        ("part_time", "1"),
        ("part_self_advocates", "1"),
        ("part_accessible", "2"),
    ],
};

/// (k) Bürgerinitiative "Barrierefreier Ortskern": Nachbar*innen eines Dorfes treffen sich
/// monatlich, kartieren Barrieren mit den Betroffenen (003/06, 07) und sprechen Geschäfte an.
/// Niemand hat sie beauftragt – und das wissen sie genau ("aus eigener Initiative" ist eine
/// klare Antwort auf mot_mandate, 003/01). Eine Leitung, die hinter ihnen stehen könnte, gibt
/// es nicht.
const CITIZENS_INITIATIVE: Persona = Persona {
    profile: profile(Kind::Recurring, Stage::Working, Scope::Neighbourhood),
    answers: &[
        ("mot_personal", "5"),
        ("mot_own_role", "4"),
        ("mot_mandate", "5"),
        ("mot_networker", "4"),
        ("mot_added_value", "4"),
        ("goals_change", "5"),
        ("goals_vague", "1"),
        ("goals_groups", "4"),
        ("goals_needs_asked", "4"),
        ("goals_purposes_known", "3"),
        ("goals_milestones", "3"),
        ("amb_depth", "3"),
        ("amb_many_groups", "2"),
        ("amb_interdependent", "3"),
        ("amb_small_start", "4"),
        ("res_allies", "4"),
        ("res_cocreators", "4"),
        ("res_alone", "2"),
        ("res_sozialraum", "5"),
        ("res_existing", "3"),
        ("res_diversity", "3"),
        ("res_time", "3"),
        ("res_money", "2"),
        ("res_rooms", "3"),
        ("res_municipality", "2"),
        ("res_company", "3"),
        ("res_external", "2"),
        ("com_backing", "not_applicable"),
        ("com_written", "2"),
        ("com_roles", "4"),
        ("com_attendance", "4"),
        ("com_pledges", "4"),
        ("com_noncommittal", "2"),
        ("com_understanding", "4"),
        ("com_trust", "5"),
        ("com_conflicts", "4"),
        ("pace_tight_schedule", "2"),
        ("pace_external_deadline", "1"),
        ("pace_expectations", "2"),
        ("pace_foundations_first", "4"),
        ("pace_adjustable", "5"),
        ("part_time", "4"),
        ("part_self_advocates", "5"),
        ("part_accessible", "4"),
    ],
};

/// Quartiersmanagerin mit unklarem Auftrag: ihr Träger hat ihr "Inklusion im Stadtteil" auf
/// den Tisch gelegt. Partner sind gefunden, die Ziele klingen groß – aber was das Thema mit
/// ihr zu tun hat, welche Rolle sie spielt und in wessen Auftrag sie handelt, weiß sie selbst
/// noch nicht (003/01 "Eigene Motivation klären", 003/05 "Verstehen, um zu begeistern").
const UNCLEAR_MANDATE: Persona = Persona {
    profile: profile(Kind::Network, Stage::Partners, Scope::Neighbourhood),
    answers: &[
        ("mot_personal", "2"),
        ("mot_own_role", "1"),
        ("mot_mandate", "2"),
        ("mot_networker", "3"),
        ("mot_added_value", "2"),
        ("goals_change", "4"),
        ("goals_vague", "2"),
        ("goals_groups", "4"),
        ("goals_needs_asked", "4"),
        ("goals_purposes_known", "4"),
        ("goals_milestones", "3"),
        ("amb_depth", "4"),
        ("amb_many_groups", "4"),
        ("amb_interdependent", "4"),
        ("amb_small_start", "2"),
        ("res_allies", "3"),
        ("res_cocreators", "4"),
        ("res_alone", "2"),
        ("res_sozialraum", "4"),
        ("res_existing", "4"),
        ("res_diversity", "4"),
        ("res_time", "4"),
        ("res_money", "3"),
        ("res_rooms", "4"),
        ("res_municipality", "4"),
        ("res_company", "3"),
        ("res_external", "3"),
        ("com_backing", "4"),
        ("com_written", "4"),
        ("com_roles", "3"),
        ("com_attendance", "4"),
        ("com_pledges", "4"),
        ("com_noncommittal", "2"),
        ("com_understanding", "4"),
        ("com_trust", "4"),
        ("com_conflicts", "4"),
        ("pace_tight_schedule", "2"),
        ("pace_external_deadline", "2"),
        ("pace_expectations", "2"),
        ("pace_foundations_first", "4"),
        ("pace_adjustable", "4"),
        ("part_time", "4"),
        ("part_self_advocates", "4"),
        ("part_accessible", "4"),
    ],
};

/// Begeisterter Neuling: nach einer Fachtagung will er mit zwei Kolleg*innen "sofort etwas für
/// Inklusion tun" und plant für den nächsten Monat einen Aktionstag – Zeit und Verbündete hat
/// er, aber noch kein klares Ziel, und nach den Bedarfen hat er niemanden gefragt. 003/10
/// warnt vor genau diesem frühzeitigen Aktionismus.
const EAGER_NEWCOMER: Persona = Persona {
    profile: profile(Kind::Action, Stage::Partners, Scope::Neighbourhood),
    answers: &[
        ("mot_personal", "5"),
        ("mot_own_role", "3"),
        ("mot_mandate", "4"),
        ("mot_networker", "3"),
        ("mot_added_value", "3"),
        ("goals_change", "1"),
        ("goals_vague", "5"),
        ("goals_groups", "2"),
        ("goals_needs_asked", "1"),
        ("goals_purposes_known", "2"),
        ("goals_milestones", "1"),
        ("amb_depth", "2"),
        ("amb_many_groups", "3"),
        ("amb_interdependent", "2"),
        ("amb_small_start", "4"),
        ("res_allies", "4"),
        ("res_cocreators", "3"),
        ("res_alone", "2"),
        ("res_sozialraum", "3"),
        ("res_existing", "3"),
        ("res_diversity", "3"),
        ("res_time", "4"),
        ("res_money", "3"),
        ("res_rooms", "3"),
        ("res_municipality", "3"),
        ("res_company", "3"),
        ("res_external", "3"),
        ("com_backing", "3"),
        ("com_written", "3"),
        ("com_roles", "3"),
        ("com_pledges", "3"),
        ("com_noncommittal", "3"),
        ("com_understanding", "3"),
        ("com_trust", "4"),
        ("com_conflicts", "3"),
        ("pace_tight_schedule", "5"),
        ("pace_foundations_first", "1"),
        ("part_time", "3"),
        ("part_self_advocates", "3"),
        ("part_accessible", "3"),
    ],
};

/// Regionaler Sportaktionstag: der Kreissportbund plant mit Vereinen, einem Sponsor und dem
/// Landratsamt einen inklusiven Sportaktionstag für den ganzen Landkreis (001 "lokale
/// Aktionstage"; 004 "Lokale strategische Problemlösungspartnerschaften": viele Akteure
/// wirken zusammen). Verbündete, Mit-Gestalter*innen, Kommune und Unternehmen sind gewonnen,
/// der Plan hat Meilensteine – aber feste Zeit, Geld, Räume und Begleitung fehlen (003
/// "Relationen klären": Ressourcen). Selbstvertreter*innen planen nur teilweise mit, und die
/// Orte sind noch kaum barrierefrei geplant.
const REGIONAL_SPORTS_DAY: Persona = Persona {
    profile: profile(Kind::Action, Stage::Partners, Scope::Region),
    answers: &[
        ("mot_personal", "5"),
        ("mot_own_role", "5"),
        ("mot_mandate", "5"),
        ("mot_networker", "4"),
        ("mot_added_value", "5"),
        ("goals_change", "5"),
        ("goals_vague", "1"),
        ("goals_groups", "5"),
        ("goals_needs_asked", "4"),
        ("goals_purposes_known", "4"),
        ("goals_milestones", "4"),
        ("amb_depth", "4"),
        ("amb_many_groups", "5"),
        ("amb_interdependent", "5"),
        ("amb_small_start", "1"),
        ("res_allies", "4"),
        ("res_cocreators", "4"),
        ("res_alone", "2"),
        ("res_sozialraum", "2"),
        ("res_existing", "4"),
        ("res_diversity", "2"),
        ("res_time", "1"),
        ("res_money", "1"),
        ("res_rooms", "1"),
        ("res_municipality", "4"),
        ("res_company", "4"),
        ("res_external", "1"),
        ("com_backing", "5"),
        ("com_written", "4"),
        ("com_roles", "4"),
        ("com_pledges", "4"),
        ("com_noncommittal", "2"),
        ("com_understanding", "4"),
        ("com_trust", "5"),
        ("com_conflicts", "4"),
        ("pace_tight_schedule", "2"),
        ("pace_foundations_first", "4"),
        ("part_time", "3"),
        ("part_self_advocates", "3"),
        ("part_accessible", "1"),
    ],
};

/// Every persona, for the tests that run over all of them.
const ALL: [(&str, Persona); 13] = [
    ("social day", SOCIAL_DAY),
    ("marktplatz", MARKTPLATZ),
    ("funded project", FUNDED_PROJECT),
    ("idea founder", IDEA_FOUNDER),
    ("triad", TRIAD),
    ("triad masked", TRIAD_MASKED),
    ("company round table", COMPANY_ROUND_TABLE),
    ("neighbourhood café", NEIGHBOURHOOD_CAFE),
    ("municipal officer", MUNICIPAL_OFFICER),
    ("citizens' initiative", CITIZENS_INITIATIVE),
    ("unclear mandate", UNCLEAR_MANDATE),
    ("eager newcomer", EAGER_NEWCOMER),
    ("regional sports day", REGIONAL_SPORTS_DAY),
];

#[test]
fn every_persona_answers_exactly_the_statements_shown_for_its_profile() {
    for (name, p) in ALL {
        let a = p.answers();
        assert_eq!(a.len(), q().all_shown(&p.profile).count(), "{name}");
        let result = p.assess();
        assert_eq!(result.profile, p.profile, "{name}");
        assert_eq!(result.quality.shown, a.len(), "{name}");
        // Nobody in this list straight-lines or contradicts themselves.
        assert!(!result.quality.has_hint(), "{name}: {:?}", result.quality);
    }
}

#[test]
fn a_company_social_day_is_strained_only_by_participation() {
    let a = SOCIAL_DAY.assess();
    check(
        &a,
        VerdictKind::Strained,
        VerdictSentence::Strained,
        &[RelationKind::PaceVsParticipation],
        &["involve_people"],
        &["slow_down"],
    );
    // Fully resourced and a modest pace: nothing but participation is off.
    assert_eq!(a.scores[3].band, Some(Band::Strength), "{:?}", a.scores[3]);
    assert!(score(&a, Pace).unwrap() < HIGH_DEMAND_AT);
    let f = &a.findings[0];
    assert_eq!(
        (f.severity, f.wording),
        (VerdictKind::Strained, Wording::Alone)
    );
    assert!(!f.drivers.is_empty());
    assert!(
        f.drivers.iter().all(|d| d.starts_with("part_")),
        "participation alone names participation answers only: {:?}",
        f.drivers
    );
    // The one thing to do first is to let the residents plan with them.
    assert_eq!(a.recommendations[0], "involve_people");
}

#[test]
fn a_social_day_with_the_residents_planning_along_is_sustainable() {
    let a = assess(
        q(),
        &SOCIAL_DAY.profile,
        &SOCIAL_DAY.with(&[("part_time", "4"), ("part_self_advocates", "4")]),
    );
    assert_eq!(a.verdict, VerdictKind::Sustainable, "{:?}", a.findings);
    assert!(!recommends(&a, "involve_people"), "{:?}", a.recommendations);
}

#[test]
fn b_a_marktplatz_run_by_a_few_people_is_sustainable() {
    let a = MARKTPLATZ.assess();
    check(
        &a,
        VerdictKind::Sustainable,
        VerdictSentence::SustainableThin,
        &[],
        &[],
        // A one-off action gets no tempo advice for long-running formats, and they are
        // already organising the Marktplatz themselves.
        &["slow_down", "marktplatz_gute_geschaefte"],
    );
    // Town-wide makes the ambition moderate, not small (Scope::Town adds step 3).
    assert_eq!(a.scores[2].band, Some(Band::Borderline));
    let place = assess(
        q(),
        &Profile {
            scope: Some(Scope::Place),
            ..MARKTPLATZ.profile
        },
        &MARKTPLATZ.answers(),
    );
    assert!(score(&place, Ambition) < score(&a, Ambition));
}

#[test]
fn c_a_funded_project_with_a_deadline_and_good_resources_is_sustainable() {
    let a = FUNDED_PROJECT.assess();
    check(
        &a,
        VerdictKind::Sustainable,
        VerdictSentence::SustainableSolid,
        &[],
        &[],
        &["slow_down", "subgoals_milestones"],
    );
    // The deadline shows: the pace is brisk, but the capacity carries it.
    assert_eq!(a.scores[5].band, Some(Band::Borderline));
}

#[test]
fn d_an_idea_stage_founder_alone_with_big_goals_is_overstretched() {
    let a = IDEA_FOUNDER.assess();
    check(
        &a,
        VerdictKind::Overstretched,
        VerdictSentence::Overstretched,
        &[
            RelationKind::AmbitionVsResources,
            RelationKind::AmbitionVsGoals,
            RelationKind::AmbitionVsMotivation,
        ],
        &["idea_next_steps"],
        &["first_forum", "slow_down"],
    );
    // At the idea stage the commitment is not asked, and not held against her.
    assert_eq!(coverage(&a, Commitment), Coverage::NotAsked);
    assert_eq!(a.dropped_relations, [RelationKind::AmbitionVsCommitment]);
    // No time pressure, so this is not the seed's triad.
    assert!(score(&a, Pace).unwrap() < HIGH_DEMAND_AT);
    assert!(!kinds(&a).contains(&RelationKind::AmbitionResourcesPace));
    assert_eq!(a.findings[0].wording, Wording::High);
}

#[test]
fn e_big_goals_few_resources_and_a_fast_pace_is_the_seeds_triad() {
    let a = TRIAD.assess();
    assert_eq!(a.verdict, VerdictKind::Overstretched);
    assert_eq!(a.sentence, VerdictSentence::Overstretched);
    let f = &a.findings[0];
    assert_eq!(
        (f.kind, f.severity, f.wording),
        (
            RelationKind::AmbitionResourcesPace,
            VerdictKind::Overstretched,
            Wording::High
        )
    );
    assert!(score(&a, Ambition).unwrap() >= HIGH_DEMAND_AT);
    assert!(score(&a, Pace).unwrap() >= HIGH_DEMAND_AT);
    assert!(score(&a, Resources).unwrap() <= LOW_CAPACITY_AT);
    // Its drivers name each side: an ambition, a resources and a pace statement.
    for prefix in ["amb_", "res_", "pace_"] {
        assert!(
            f.drivers.iter().any(|d| d.starts_with(prefix)),
            "{prefix} {:?}",
            f.drivers
        );
    }
    // The first recommendation answers the triad; "weiß nicht" on the municipality is a gap.
    assert!(q()
        .relation_recommendations(RelationKind::AmbitionResourcesPace)
        .contains(&a.recommendations[0].as_str()));
    assert_eq!(a.gaps, ["res_municipality"]);
}

#[test]
fn f_a_signed_agreement_does_not_mask_the_triad() {
    let masked = TRIAD_MASKED.assess();
    assert_eq!(masked.verdict, VerdictKind::Overstretched);
    assert_eq!(
        masked.findings[0].kind,
        RelationKind::AmbitionResourcesPace,
        "{:?}",
        masked.findings
    );
    assert_eq!(masked.scores[4].band, Some(Band::Strength));
    assert!(!kinds(&masked).contains(&RelationKind::AmbitionVsCommitment));
    // Commitment raised, resources still few: the triad stays exactly as it was.
    let plain = TRIAD.assess();
    assert_eq!(masked.findings[0].severity, plain.findings[0].severity);
    assert!(score(&masked, Commitment) > score(&plain, Commitment));
}

#[test]
fn milestones_already_set_are_not_recommended_again() {
    // The masked triad has a plan with milestones (answered 5): no "Unterziele und
    // Meilensteine" although the triad lists it first.
    let with_plan = TRIAD_MASKED.assess();
    assert!(
        !recommends(&with_plan, "subgoals_milestones"),
        "{:?}",
        with_plan.recommendations
    );
    // Without the plan it is the first thing to do.
    let without = assess(
        q(),
        &TRIAD_MASKED.profile,
        &TRIAD_MASKED.with(&[("goals_milestones", "1")]),
    );
    assert_eq!(
        without.findings[0].kind,
        RelationKind::AmbitionResourcesPace
    );
    assert_eq!(without.recommendations[0], "subgoals_milestones");
}

#[test]
fn g_participation_not_applicable_still_gives_a_verdict() {
    let a = COMPANY_ROUND_TABLE.assess();
    check(
        &a,
        VerdictKind::Sustainable,
        VerdictSentence::SustainableThin,
        &[],
        &[],
        &["involve_people"],
    );
    assert_eq!(coverage(&a, Participation), Coverage::NotApplicable);
    assert_eq!(a.dropped_relations, [RelationKind::PaceVsParticipation]);
    assert_eq!(a.quality.not_applicable, 3);
}

#[test]
fn g_every_persona_with_participation_not_applicable_keeps_a_verdict() {
    for (name, p) in ALL {
        let na: Vec<(&str, &str)> = q()
            .shown_questions(Participation, &p.profile)
            .map(|x| (x.id.as_str(), "not_applicable"))
            .collect();
        let a = assess(q(), &p.profile, &p.with(&na));
        assert_ne!(a.verdict, VerdictKind::InsufficientData, "{name}");
        assert_eq!(coverage(&a, Participation), Coverage::NotApplicable);
        assert!(a
            .dropped_relations
            .contains(&RelationKind::PaceVsParticipation));
        assert!(!kinds(&a).contains(&RelationKind::PaceVsParticipation));
        // Dropping the relation never makes it worse.
        let before = p.assess();
        assert!(a.verdict.severity() <= before.verdict.severity(), "{name}");
    }
}

#[test]
fn h_all_dont_know_gives_no_guess_and_lists_what_is_missing() {
    for (name, p) in ALL {
        let dont_know: Vec<(&str, &str)> =
            p.answers.iter().map(|(id, _)| (*id, "dont_know")).collect();
        let a = assess(q(), &p.profile, &p.with(&dont_know));
        check(
            &a,
            VerdictKind::InsufficientData,
            VerdictSentence::InsufficientData,
            &[],
            &[],
            &[],
        );
        let named: Vec<DimensionId> = a.insufficient().map(|s| s.dimension).collect();
        let asked: Vec<DimensionId> = DimensionId::ALL
            .into_iter()
            .filter(|d| q().shown_questions(*d, &p.profile).next().is_some())
            .collect();
        assert_eq!(named, asked, "{name}");
        for s in &a.scores {
            let shown: Vec<String> = q()
                .shown_questions(s.dimension, &p.profile)
                .map(|x| x.id.clone())
                .collect();
            assert_eq!(s.missing, shown, "{name} {:?}", s.dimension);
            assert_eq!((s.score, s.answered), (None, 0));
            if shown.is_empty() {
                assert_eq!(s.coverage, Coverage::NotAsked);
            }
        }
        let flagged: Vec<String> = q()
            .all_shown(&p.profile)
            .filter(|x| x.dont_know_is_gap)
            .map(|x| x.id.clone())
            .collect();
        assert_eq!(a.gaps, flagged, "{name}");
        assert_eq!((a.quality.rated, a.quality.dont_know), (0, a.quality.shown));
    }
}

#[test]
fn h_a_half_finished_check_names_the_areas_still_missing() {
    // The coordinator stopped after the first three pages (motivation, goals, ambition).
    let partial: Vec<(&str, &str)> = TRIAD_ANSWERS
        .iter()
        .copied()
        .filter(|(id, _)| ["mot_", "goals_", "amb_"].iter().any(|p| id.starts_with(p)))
        .collect();
    let mut answers = Answers::new();
    for (id, key) in &partial {
        answers.set(id, Answer::from_key(key).unwrap());
    }
    let a = assess(q(), &TRIAD.profile, &answers);
    assert_eq!(a.verdict, VerdictKind::InsufficientData);
    let named: Vec<DimensionId> = a.insufficient().map(|s| s.dimension).collect();
    assert_eq!(named, [Resources, Commitment, Pace, Participation]);
}

#[test]
fn i_straight_lining_still_gives_a_verdict_with_a_quality_hint() {
    for (name, p) in ALL {
        for value in ["4", "3"] {
            let same: Vec<(&str, &str)> = p.answers.iter().map(|(id, _)| (*id, value)).collect();
            let a = assess(q(), &p.profile, &p.with(&same));
            assert_ne!(a.verdict, VerdictKind::InsufficientData, "{name} {value}");
            assert!(a.quality.straight_lining, "{name} {value}");
            assert!(a.quality.has_hint());
            if value == "3" {
                // Everything "teils, teils" is no solid base.
                assert_eq!(a.sentence, VerdictSentence::SustainableThin, "{name}");
            }
        }
    }
}

#[test]
fn j_a_neighbourhood_cafe_gets_no_marktplatz() {
    let a = NEIGHBOURHOOD_CAFE.assess();
    check(
        &a,
        VerdictKind::Sustainable,
        VerdictSentence::SustainableThin,
        &[],
        &[],
        &[
            "marktplatz_gute_geschaefte",
            "runder_tisch",
            "zukunftskonferenz",
        ],
    );
    assert_eq!(a.scores[2].band, Some(Band::Strength));
}

#[test]
fn k_a_mandated_officer_with_a_deadline_and_no_participation() {
    let a = MUNICIPAL_OFFICER.assess();
    check(
        &a,
        VerdictKind::Overstretched,
        VerdictSentence::Overstretched,
        &[
            RelationKind::PaceVsParticipation,
            RelationKind::GoalsVsPace,
            RelationKind::PaceVsCapacity,
        ],
        &["involve_people", "slow_down"],
        &[],
    );
    // The pace is high, so the sentence says so (not the participation-alone sentence).
    assert_eq!(a.findings[0].wording, Wording::High);
    assert_eq!(a.recommendations[0], "involve_people");
    // A clear mandate is no shortcut: motivation is fine, but it does not help here.
    assert_eq!(a.scores[0].band, Some(Band::Strength));
}

#[test]
fn k_a_citizens_initiative_is_not_punished_for_having_no_formal_mandate() {
    let a = CITIZENS_INITIATIVE.assess();
    check(
        &a,
        VerdictKind::Sustainable,
        VerdictSentence::SustainableThin,
        &[],
        &[],
        &["clarify_mandate"],
    );
    assert_eq!(a.scores[0].band, Some(Band::Strength));
    assert!(score(&a, Motivation) >= score(&MUNICIPAL_OFFICER.assess(), Motivation));
    // "Keine Leitung" does not fit their situation and leaves the denominator.
    let commitment = &a.scores[4];
    assert_eq!(commitment.applicable, commitment.shown - 1);
    assert_eq!(commitment.coverage, Coverage::Assessed);
    // What counts is knowing on whose behalf one acts: not knowing it is a gap.
    let unsure = assess(
        q(),
        &CITIZENS_INITIATIVE.profile,
        &CITIZENS_INITIATIVE.with(&[("mot_mandate", "dont_know")]),
    );
    assert_eq!(unsure.gaps, ["mot_mandate"]);
    assert!(
        recommends(&unsure, "clarify_mandate"),
        "{:?}",
        unsure.recommendations
    );
}

#[test]
fn weak_motivation_gets_clarify_mandate_before_win_allies() {
    let a = UNCLEAR_MANDATE.assess();
    check(
        &a,
        VerdictKind::Strained,
        VerdictSentence::Strained,
        &[RelationKind::AmbitionVsMotivation],
        &["clarify_mandate", "win_allies"],
        &[],
    );
    assert_eq!(a.findings[0].wording, Wording::Moderate);
    assert_eq!(a.scores[0].band, Some(Band::Concern));
    assert_eq!(a.recommendations[0], "clarify_mandate");
    assert!(position(&a, "clarify_mandate") < position(&a, "win_allies"));
    // The three motivation statements she is least sure about drive the finding.
    for id in ["mot_own_role", "mot_personal", "mot_mandate"] {
        assert!(a.findings[0].drivers.iter().any(|d| d == id), "{id}");
    }
}

#[test]
fn an_eager_newcomer_risks_premature_activism() {
    let a = EAGER_NEWCOMER.assess();
    check(
        &a,
        VerdictKind::Overstretched,
        VerdictSentence::Overstretched,
        &[
            RelationKind::GoalsVsPace,
            RelationKind::PaceVsParticipation,
            RelationKind::PaceVsCapacity,
        ],
        &["ask_the_people", "action_guide"],
        &["slow_down"],
    );
    let drivers = &a.findings[0].drivers;
    assert!(drivers.iter().any(|d| d == "goals_change"), "{drivers:?}");
    assert!(
        drivers.iter().any(|d| d == "pace_tight_schedule"),
        "{drivers:?}"
    );
}

#[test]
fn personas_are_ordered_by_how_much_they_demand_of_themselves() {
    let order = [NEIGHBOURHOOD_CAFE, SOCIAL_DAY, TRIAD_MASKED, TRIAD];
    let severities: Vec<Option<u8>> = order
        .iter()
        .map(|p| p.assess().verdict.severity())
        .collect();
    assert_eq!(severities, [Some(0), Some(1), Some(2), Some(2)]);
    // The masked triad is nowhere worse than the plain one, and better in some relations
    // (commitment, goals) – but not in the triad itself.
    let (plain, masked) = (TRIAD.assess(), TRIAD_MASKED.assess());
    let severity = |a: &Assessment, k: RelationKind| {
        a.findings
            .iter()
            .find(|f| f.kind == k)
            .and_then(|f| f.severity.severity())
            .unwrap_or(0)
    };
    for k in RelationKind::ALL {
        assert!(severity(&masked, k) <= severity(&plain, k), "{k:?}");
    }
    let total = |a: &Assessment| {
        RelationKind::ALL
            .iter()
            .map(|k| severity(a, *k))
            .sum::<u8>()
    };
    assert!(total(&masked) < total(&plain));
    assert_eq!(
        severity(&masked, RelationKind::AmbitionResourcesPace),
        severity(&plain, RelationKind::AmbitionResourcesPace)
    );
}

#[test]
fn a_regional_sports_day_is_strained_by_its_resources() {
    let a = REGIONAL_SPORTS_DAY.assess();
    assert_eq!(a.verdict, VerdictKind::Strained);
    assert_eq!(kinds(&a), [RelationKind::AmbitionVsResources]);
    assert_eq!(a.findings[0].wording, Wording::High);
    assert!(a.findings[0].drivers.iter().any(|d| d == "res_time"));
}

// ---------------------------------------------------------------------------------------------
// Known model issues (reported, not fixed here): these tests state the expected behaviour and
// are ignored until the model is fixed. Run them with `cargo test -- --ignored`.
// ---------------------------------------------------------------------------------------------

/// The sports day's only finding is ambition vs resources, but every recommendation that
/// relation lists is either for other kinds (marktplatz_gute_geschaefte, low_threshold_start)
/// or already done by the answers (`done_when` met). Nothing addresses the finding: the result
/// is `["review_needs", "build_on_existing", "recognise_engagement"]`, led by a keep-going
/// recommendation about the weaker participation.
#[test]

fn known_issue_the_worst_finding_always_gets_a_recommendation() {
    let a = REGIONAL_SPORTS_DAY.assess();
    let first = &a.recommendations[0];
    assert!(
        q().relation_recommendations(a.findings[0].kind)
            .contains(&first.as_str()),
        "{:?}",
        a.recommendations
    );
    // ... and not one the answers show as done already.
    let done = [
        "subgoals_milestones",
        "find_cocreators",
        "win_allies",
        "build_on_existing",
        "approach_municipality",
        "approach_companies",
    ];
    assert!(!done.contains(&first.as_str()), "{first}");
}

/// The Marktplatz team knows every network and round table in town (res_existing "5", the
/// `done_when` of build_on_existing), yet "An Bestehendes anknüpfen" is recommended as a
/// keep-going step, although an applicable keep-going recommendation that is not done
/// (exchange_experience) is left out. Step 5 of `recommend::select` filters keep-going
/// recommendations by profile only, not by `done_when`.
#[test]

fn known_issue_keep_going_skips_what_is_done() {
    let a = MARKTPLATZ.assess();
    assert!(
        !recommends(&a, "build_on_existing"),
        "{:?}",
        a.recommendations
    );
}
