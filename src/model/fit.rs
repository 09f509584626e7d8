//! The fit verdict's relations: does the demand (ambition, pace) fit the capacity (resources,
//! commitment, motivation, goal clarity, participation)?
//!
//! Source: 003, "Relationen klären": ambition, purposes, resources, actual commitment and pace
//! (incl. participation) must be brought into relation; "Eine Strategie, die große Ziele
//! verfolgt, aber auf wenig Ressourcen zurückgreifen kann und nur eine schnelle
//! Prozessgeschwindigkeit zulässt, wird vermutlich kaum von Erfolg gekrönt sein."
//!
//! Each pairwise [`RelationKind`] compares a demand score with a capacity score (the mean of
//! its assessed capacity areas): `tension = max(baseline, demand) - capacity`. A tension of
//! [`STRAINED_AT`] or more is a Strained finding, [`OVERSTRETCHED_AT`] or more an Overstretched
//! one; participation alone (the pace not high) is capped at Strained. The seed's triad is
//! judged on the three levels themselves: ambition and pace high, resources low. A relation
//! whose demand area or every capacity area is not assessed (not applicable, not asked) is
//! dropped. Every step is monotone in the scale answers.

use std::cmp::Reverse;

use serde::{Deserialize, Serialize};

use super::answer::Answers;
use super::content::Questionnaire;
use super::kinds::{
    DimensionId, Profile, RelationKind, VerdictKind, Wording, HIGH_DEMAND_AT, LOW_CAPACITY_AT,
    MAX_DRIVERS, SCOPE_DRIVER, SCOPE_WEIGHT,
};
use super::score::{Coverage, DimensionScore, Tallies};

/// One relation that is off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelationFinding {
    /// Which relation.
    pub kind: RelationKind,
    /// [`VerdictKind::Strained`] or [`VerdictKind::Overstretched`].
    pub severity: VerdictKind,
    /// Which sentence fits the levels the measures show.
    pub wording: Wording,
    /// Statement ids whose answers pulled the relation's areas in the bad direction most,
    /// worst first (at most [`MAX_DRIVERS`]).
    pub drivers: Vec<String>,
}

/// The findings (worst first) and the relations that could not be judged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Fit {
    pub(crate) findings: Vec<RelationFinding>,
    pub(crate) dropped: Vec<RelationKind>,
}

/// The score of `d` if the area is assessed.
pub(crate) fn assessed(scores: &[DimensionScore], d: DimensionId) -> Option<u8> {
    scores
        .iter()
        .find(|s| s.dimension == d && s.assessed())
        .and_then(|s| s.score)
}

/// One judged relation (internal): its finding if off, and its tension for ordering.
struct Judged {
    kind: RelationKind,
    severity: VerdictKind,
    wording: Wording,
    tension: i16,
}

/// Judges a pairwise relation; `None` when it cannot be judged.
fn judge_pair(kind: RelationKind, scores: &[DimensionScore]) -> Option<Judged> {
    let demand_dimension = *kind.demand().first()?;
    // Involving the people concerned is a must whatever the pace: when no pace statement fits
    // the situation, participation is still compared with its baseline.
    let pace_left_out = scores.iter().any(|s| {
        s.dimension == demand_dimension
            && matches!(s.coverage, Coverage::NotApplicable | Coverage::NotAsked)
    });
    let demand = match assessed(scores, demand_dimension) {
        Some(d) => d,
        None if kind == RelationKind::PaceVsParticipation && pace_left_out => 0,
        None => return None,
    };
    let capacities: Vec<i16> = kind
        .capacity()
        .iter()
        .filter_map(|d| assessed(scores, *d))
        .map(i16::from)
        .collect();
    let n = i16::try_from(capacities.len()).ok().filter(|n| *n > 0)?;
    let capacity = capacities.iter().sum::<i16>() / n;
    let tension = i16::from(demand.max(kind.baseline())) - capacity;
    let wording = Wording::of(kind, demand_dimension, demand);
    let mut severity = VerdictKind::from_tension(tension);
    if wording == Wording::Alone && severity == VerdictKind::Overstretched {
        severity = VerdictKind::Strained;
    }
    Some(Judged {
        kind,
        severity,
        wording,
        tension,
    })
}

/// Judges the triad: big goals AND a fast pace AND few resources (resources alone).
fn judge_triad(scores: &[DimensionScore]) -> Option<Judged> {
    let ambition = assessed(scores, DimensionId::Ambition)?;
    let pace = assessed(scores, DimensionId::Pace)?;
    let resources = assessed(scores, DimensionId::Resources)?;
    let fires =
        ambition >= HIGH_DEMAND_AT && pace >= HIGH_DEMAND_AT && resources <= LOW_CAPACITY_AT;
    Some(Judged {
        kind: RelationKind::AmbitionResourcesPace,
        severity: if fires {
            VerdictKind::Overstretched
        } else {
            VerdictKind::Sustainable
        },
        wording: Wording::High,
        tension: i16::from(ambition.max(pace)) - i16::from(resources),
    })
}

/// Judges every relation.
pub(crate) fn judge(
    q: &Questionnaire,
    profile: &Profile,
    answers: &Answers,
    tallies: &Tallies,
    scores: &[DimensionScore],
) -> Fit {
    let mut judged = Vec::new();
    let mut dropped = Vec::new();
    for kind in RelationKind::ALL {
        let j = if kind == RelationKind::AmbitionResourcesPace {
            judge_triad(scores)
        } else {
            judge_pair(kind, scores)
        };
        match j {
            Some(j) => judged.push(j),
            None => dropped.push(kind),
        }
    }
    judged.retain(|j| j.severity != VerdictKind::Sustainable);
    // Worst first; among overstretched findings the seed's own warning (the triad) leads.
    judged.sort_by_key(|j| {
        (
            Reverse(j.severity),
            j.kind != RelationKind::AmbitionResourcesPace,
            Reverse(j.tension),
            j.kind,
        )
    });
    let findings = judged
        .into_iter()
        .map(|j| RelationFinding {
            kind: j.kind,
            severity: j.severity,
            wording: j.wording,
            drivers: drivers(q, profile, answers, tallies, j.kind, j.wording),
        })
        .collect();
    Fit { findings, dropped }
}

/// Ranks answered statements by how much they pulled the relation's areas the bad way.
///
/// A statement's pull is the number of score points by which its answer moved its area away
/// from the neutral midpoint (50) towards the bad side: `weight · (bad-side distance) / Σ
/// weights answered`. Only positive pulls count. To show every involved side, the worst answer
/// of each area comes first (ordered by pull), then the rest by pull; ties go to page order.
/// The profile's scope counts like an ambition statement (id [`SCOPE_DRIVER`]), so a finding
/// always has a driver: a tension of 25 needs demand above the midpoint or capacity below it.
/// A participation-alone finding shows participation answers only.
fn drivers(
    q: &Questionnaire,
    profile: &Profile,
    answers: &Answers,
    tallies: &Tallies,
    kind: RelationKind,
    wording: Wording,
) -> Vec<String> {
    let demand: &[DimensionId] = if wording == Wording::Alone {
        &[]
    } else {
        kind.demand()
    };
    let capacity = kind.capacity();
    // Every scored item: (area, weight, step, page position, id). The profile's scope is the
    // first item of the ambition area (it is asked on the first page).
    let scope = profile.scope.map(|scope| {
        (
            DimensionId::Ambition,
            SCOPE_WEIGHT,
            scope.step(),
            0,
            SCOPE_DRIVER,
        )
    });
    let statements = q
        .all_shown(profile)
        .enumerate()
        .filter_map(|(pos, question)| {
            let step = answers.get(&question.id).and_then(|a| question.step(a))?;
            Some((
                question.dimension,
                question.weight,
                step,
                pos + 1,
                question.id.as_str(),
            ))
        });
    // (pull, area, page position, id)
    let mut pulls: Vec<(f64, DimensionId, usize, &str)> = Vec::new();
    for (area, weight, step, pos, id) in scope.into_iter().chain(statements) {
        let den = f64::from(tallies.dim(area).weight_sum().max(1));
        let distance = f64::from(step) * 25.0 - 50.0;
        let pull = if demand.contains(&area) {
            f64::from(weight) * distance / den
        } else if capacity.contains(&area) {
            -f64::from(weight) * distance / den
        } else {
            0.0
        };
        if pull > 0.0 {
            pulls.push((pull, area, pos, id));
        }
    }
    pulls.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.2.cmp(&b.2)));
    let mut seen: Vec<DimensionId> = Vec::new();
    let mut firsts: Vec<&str> = Vec::new();
    for (_, area, _, id) in &pulls {
        if !seen.contains(area) {
            seen.push(*area);
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
