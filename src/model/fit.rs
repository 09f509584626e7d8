//! The fit verdict: does the demand (ambition, pace) fit the capacity (resources, commitment,
//! motivation, goal clarity, participation)?
//!
//! Source: 003, "Relationen klären": ambition, purposes, resources, actual commitment and pace
//! (incl. participation) must be brought into relation; "Eine Strategie, die große Ziele
//! verfolgt, aber auf wenig Ressourcen zurückgreifen kann und nur eine schnelle
//! Prozessgeschwindigkeit zulässt, wird vermutlich kaum von Erfolg gekrönt sein."
//!
//! Each [`RelationKind`] compares a demand value with a capacity value:
//! `tension = max(BASELINE_DEMAND, demand) - capacity`. A tension of [`STRAINED_AT`] or more
//! is a [`VerdictKind::Strained`] finding, [`OVERSTRETCHED_AT`] or more an
//! [`VerdictKind::Overstretched`] one. The verdict is the worst finding. Every step is monotone,
//! so more capacity never worsens and more demand never improves the verdict.

use std::cmp::Reverse;

use serde::{Deserialize, Serialize};

use super::content::{DimensionId, Questionnaire};
use super::recommend;
use super::score::{participation_step, step, DimensionScore, Tallies, Tally};
use super::{Answer, Answers};

/// Even a modest network needs some capacity: demand below this counts as this much.
pub const BASELINE_DEMAND: u8 = 25;
/// Tension (score points, i.e. one full scale step) from which a relation is strained.
pub const STRAINED_AT: u8 = 25;
/// Tension (two full scale steps) from which a relation is overstretched.
pub const OVERSTRETCHED_AT: u8 = 50;
/// At most this many driver question ids are reported per finding.
pub const MAX_DRIVERS: usize = 5;

/// The overall verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerdictKind {
    /// "tragfähig": demand and capacity fit together.
    Sustainable,
    /// "angespannt": at least one relation is off by one scale step.
    Strained,
    /// "überfordert": a relation is off by two scale steps, or big goals meet few resources
    /// and a fast pace at the same time.
    Overstretched,
    /// Not enough answers in a dimension the verdict needs; no guess is made.
    InsufficientData,
}

impl VerdictKind {
    /// All kinds.
    pub const ALL: [VerdictKind; 4] = [
        VerdictKind::Sustainable,
        VerdictKind::Strained,
        VerdictKind::Overstretched,
        VerdictKind::InsufficientData,
    ];

    /// Locale key (snake_case).
    pub fn key(self) -> &'static str {
        match self {
            VerdictKind::Sustainable => "sustainable",
            VerdictKind::Strained => "strained",
            VerdictKind::Overstretched => "overstretched",
            VerdictKind::InsufficientData => "insufficient_data",
        }
    }

    /// Severity rank for comparisons: 0 Sustainable, 1 Strained, 2 Overstretched, `None` for
    /// InsufficientData (not comparable).
    pub fn severity(self) -> Option<u8> {
        match self {
            VerdictKind::Sustainable => Some(0),
            VerdictKind::Strained => Some(1),
            VerdictKind::Overstretched => Some(2),
            VerdictKind::InsufficientData => None,
        }
    }

    /// The severity of a relation with this tension (demand minus capacity, in score points):
    /// Sustainable below [`STRAINED_AT`], Strained below [`OVERSTRETCHED_AT`], else
    /// Overstretched.
    pub fn from_tension(tension: i16) -> VerdictKind {
        severity_of(tension).unwrap_or(VerdictKind::Sustainable)
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// A measure a relation compares: a dimension score or the participation measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Measure {
    Dim(DimensionId),
    /// Mean over the pace questions flagged `participation`, oriented so that high = much
    /// participation of the target groups is planned.
    Participation,
}

use DimensionId::{Ambition, Commitment, Goals, Motivation, Pace, Resources};

/// A relation between demand and capacity that can be off. Declaration order is the tie-break
/// order of findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    /// The seed's warning in full: big goals, few resources and a fast pace at once
    /// (AmbitionVsResources and PaceVsCapacity both off). Always overstretched.
    AmbitionResourcesPace,
    /// Ambition vs resources.
    AmbitionVsResources,
    /// Pace vs participation of the target groups ("Nichts über uns ohne uns", 003/07).
    PaceVsParticipation,
    /// Pace vs capacity (mean of resources and commitment).
    PaceVsCapacity,
    /// Pace vs goal clarity: premature activism (003/10).
    GoalsVsPace,
    /// Ambition vs actual commitment.
    AmbitionVsCommitment,
    /// Ambition vs goal clarity: big but vague goals (003/09, Unterziele).
    AmbitionVsGoals,
    /// Ambition vs own motivation and role clarity (003/01): big goals need staying power.
    AmbitionVsMotivation,
}

impl RelationKind {
    /// All relations in tie-break order.
    pub const ALL: [RelationKind; 8] = [
        RelationKind::AmbitionResourcesPace,
        RelationKind::AmbitionVsResources,
        RelationKind::PaceVsParticipation,
        RelationKind::PaceVsCapacity,
        RelationKind::GoalsVsPace,
        RelationKind::AmbitionVsCommitment,
        RelationKind::AmbitionVsGoals,
        RelationKind::AmbitionVsMotivation,
    ];

    /// Locale/structure key (snake_case).
    pub fn key(self) -> &'static str {
        match self {
            RelationKind::AmbitionResourcesPace => "ambition_resources_pace",
            RelationKind::AmbitionVsResources => "ambition_vs_resources",
            RelationKind::PaceVsParticipation => "pace_vs_participation",
            RelationKind::PaceVsCapacity => "pace_vs_capacity",
            RelationKind::GoalsVsPace => "goals_vs_pace",
            RelationKind::AmbitionVsCommitment => "ambition_vs_commitment",
            RelationKind::AmbitionVsGoals => "ambition_vs_goals",
            RelationKind::AmbitionVsMotivation => "ambition_vs_motivation",
        }
    }

    /// Parses a key of [`RelationKind::key`].
    pub fn from_key(key: &str) -> Option<RelationKind> {
        RelationKind::ALL.into_iter().find(|r| r.key() == key)
    }

    /// Demand dimensions of this relation (for the compound AmbitionResourcesPace both; its
    /// tension is the larger of AmbitionVsResources and PaceVsCapacity).
    pub fn demand_dimensions(self) -> &'static [DimensionId] {
        match self {
            RelationKind::AmbitionResourcesPace => &[Ambition, Pace],
            RelationKind::AmbitionVsResources
            | RelationKind::AmbitionVsCommitment
            | RelationKind::AmbitionVsGoals
            | RelationKind::AmbitionVsMotivation => &[Ambition],
            RelationKind::PaceVsParticipation
            | RelationKind::PaceVsCapacity
            | RelationKind::GoalsVsPace => &[Pace],
        }
    }

    /// Capacity dimensions of this relation (their mean counts). PaceVsParticipation uses the
    /// participation measure instead (the participation questions of the pace dimension).
    pub fn capacity_dimensions(self) -> &'static [DimensionId] {
        match self {
            RelationKind::AmbitionResourcesPace | RelationKind::AmbitionVsResources => &[Resources],
            RelationKind::PaceVsParticipation => &[],
            RelationKind::PaceVsCapacity => &[Resources, Commitment],
            RelationKind::GoalsVsPace | RelationKind::AmbitionVsGoals => &[Goals],
            RelationKind::AmbitionVsCommitment => &[Commitment],
            RelationKind::AmbitionVsMotivation => &[Motivation],
        }
    }

    fn capacity_measures(self) -> Vec<Measure> {
        if self == RelationKind::PaceVsParticipation {
            vec![Measure::Participation]
        } else {
            self.capacity_dimensions()
                .iter()
                .map(|d| Measure::Dim(*d))
                .collect()
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// One relation that is off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelationFinding {
    /// Which relation.
    pub kind: RelationKind,
    /// [`VerdictKind::Strained`] or [`VerdictKind::Overstretched`].
    pub severity: VerdictKind,
    /// Question ids whose answers pulled the relation's dimensions in the bad direction most,
    /// worst first (at most [`MAX_DRIVERS`]).
    pub drivers: Vec<String>,
}

/// The complete result of [`assess`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    /// One score per dimension, in page order.
    pub scores: Vec<DimensionScore>,
    /// The overall verdict.
    pub verdict: VerdictKind,
    /// Relations that are off, worst first; empty when Sustainable or InsufficientData.
    pub findings: Vec<RelationFinding>,
    /// Question ids answered "weiß nicht" where that is itself a finding, in page order.
    pub gaps: Vec<String>,
    /// Recommendation ids (3..=6), weakest relation first.
    pub recommendations: Vec<String>,
    /// Questions answered on the scale (entering scores).
    pub answered: usize,
    /// Questions in the questionnaire.
    pub total: usize,
}

/// A relation with its computed tension (internal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Tension {
    kind: RelationKind,
    tension: i16,
}

fn measure_tally(t: &Tallies, m: Measure) -> &Tally {
    match m {
        Measure::Dim(d) => t.dim(d),
        Measure::Participation => &t.participation,
    }
}

fn measure_score(t: &Tallies, m: Measure) -> i16 {
    i16::from(measure_tally(t, m).score().unwrap_or(0))
}

/// `max(BASELINE_DEMAND, demand scores)`; the compound relation is not computed from this.
fn demand_value(t: &Tallies, kind: RelationKind) -> i16 {
    kind.demand_dimensions()
        .iter()
        .map(|d| measure_score(t, Measure::Dim(*d)))
        .fold(i16::from(BASELINE_DEMAND), i16::max)
}

fn capacity_value(t: &Tallies, kind: RelationKind) -> i16 {
    let measures = kind.capacity_measures();
    let sum: i16 = measures.iter().map(|m| measure_score(t, *m)).sum();
    let n = i16::try_from(measures.len()).unwrap_or(1).max(1);
    sum / n
}

fn severity_of(tension: i16) -> Option<VerdictKind> {
    if tension >= i16::from(OVERSTRETCHED_AT) {
        Some(VerdictKind::Overstretched)
    } else if tension >= i16::from(STRAINED_AT) {
        Some(VerdictKind::Strained)
    } else {
        None
    }
}

/// Ranks answered questions by how much they pulled `kind`'s measures in the bad direction.
///
/// A question's pull is the number of score points by which its answer moved its measure away
/// from the neutral midpoint (50) towards the bad side: `weight · (bad-side distance) / Σ
/// weights answered`. Only positive pulls count. To show every involved side, the worst
/// answer of each measure comes first (ordered by pull), then the rest by pull; ties go to
/// page order.
fn drivers(q: &Questionnaire, answers: &Answers, t: &Tallies, kind: RelationKind) -> Vec<String> {
    let demand = kind.demand_dimensions();
    let capacity = kind.capacity_measures();
    // (pull, group, page position, id); group = (dimension, is participation measure).
    let mut pulls: Vec<(f64, (DimensionId, bool), usize, &str)> = Vec::new();
    for (pos, question) in q.all_questions().iter().enumerate() {
        let Some(s) = step(question, answers) else {
            continue;
        };
        let den = f64::from(t.dim(question.dimension).den.max(1));
        let weight = f64::from(question.weight);
        let mut pull = 0.0_f64;
        if demand.contains(&question.dimension) {
            pull += weight * (f64::from(s) * 25.0 - 50.0) / den;
        }
        if capacity.contains(&Measure::Dim(question.dimension)) {
            pull += weight * (50.0 - f64::from(s) * 25.0) / den;
        }
        let mut participation = false;
        if question.participation && capacity.contains(&Measure::Participation) {
            if let Some(p) = participation_step(question, answers) {
                let den = f64::from(t.participation.den.max(1));
                pull += weight * (50.0 - f64::from(p) * 25.0) / den;
                participation = true;
            }
        }
        if pull > 0.0 {
            pulls.push((
                pull,
                (question.dimension, participation),
                pos,
                question.id.as_str(),
            ));
        }
    }
    pulls.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.2.cmp(&b.2)));
    let mut seen_groups: Vec<(DimensionId, bool)> = Vec::new();
    let mut firsts: Vec<&str> = Vec::new();
    for (_, group, _, id) in &pulls {
        if !seen_groups.contains(group) {
            seen_groups.push(*group);
            firsts.push(id);
        }
    }
    let rest = pulls.iter().map(|p| p.3).filter(|id| !firsts.contains(id));
    firsts
        .iter()
        .copied()
        .chain(rest)
        .take(MAX_DRIVERS)
        .map(str::to_owned)
        .collect()
}

/// Assesses one answer set. Total: any input gives a result; unknown ids, out-of-range values,
/// "weiß nicht" and "trifft nicht zu" never enter a score.
pub fn assess(q: &Questionnaire, answers: &Answers) -> Assessment {
    let tallies = Tallies::new(q, answers);
    let scores: Vec<DimensionScore> = q
        .dimensions()
        .iter()
        .map(|d| tallies.dimension_score(d.id))
        .collect();
    let gaps: Vec<String> = q
        .all_questions()
        .iter()
        .filter(|qq| qq.dont_know_is_gap && answers.get(&qq.id) == Some(Answer::DontKnow))
        .map(|qq| qq.id.clone())
        .collect();
    let answered = tallies.dims.iter().map(|t| t.answered).sum();
    let total = q.all_questions().len();

    let sufficient = DimensionId::ALL
        .iter()
        .all(|d| tallies.dim(*d).sufficient())
        && tallies.participation.sufficient();

    let mut findings: Vec<(RelationFinding, i16)> = Vec::new();
    let verdict = if sufficient {
        let tensions: Vec<Tension> = RelationKind::ALL
            .iter()
            .filter(|k| **k != RelationKind::AmbitionResourcesPace)
            .map(|k| Tension {
                kind: *k,
                tension: demand_value(&tallies, *k) - capacity_value(&tallies, *k),
            })
            .collect();
        let strained = |k: RelationKind| {
            tensions
                .iter()
                .any(|t| t.kind == k && severity_of(t.tension).is_some())
        };
        if strained(RelationKind::AmbitionVsResources) && strained(RelationKind::PaceVsCapacity) {
            let tension = tensions
                .iter()
                .filter(|t| {
                    matches!(
                        t.kind,
                        RelationKind::AmbitionVsResources | RelationKind::PaceVsCapacity
                    )
                })
                .map(|t| t.tension)
                .max()
                .unwrap_or(0);
            let kind = RelationKind::AmbitionResourcesPace;
            findings.push((
                RelationFinding {
                    kind,
                    severity: VerdictKind::Overstretched,
                    drivers: drivers(q, answers, &tallies, kind),
                },
                tension,
            ));
        }
        for t in &tensions {
            if let Some(severity) = severity_of(t.tension) {
                findings.push((
                    RelationFinding {
                        kind: t.kind,
                        severity,
                        drivers: drivers(q, answers, &tallies, t.kind),
                    },
                    t.tension,
                ));
            }
        }
        findings.sort_by_key(|(f, tension)| (Reverse(f.severity), Reverse(*tension), f.kind));
        findings
            .first()
            .map_or(VerdictKind::Sustainable, |(f, _)| f.severity)
    } else {
        VerdictKind::InsufficientData
    };
    let findings: Vec<RelationFinding> = findings.into_iter().map(|(f, _)| f).collect();
    let recommendations = recommend::select(q, &findings, &gaps, &scores);
    Assessment {
        scores,
        verdict,
        findings,
        gaps,
        recommendations,
        answered,
        total,
    }
}
