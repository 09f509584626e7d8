//! Recommendation selection: concrete next steps for this situation, weakest relation first.
//!
//! A recommendation is *usable* when its filters (kinds, stages, scopes) fit the profile and it
//! is not already done (every `done_when` statement shown and answered at its capacity end,
//! i.e. step >= 3: "trifft eher zu" or more, or for a reverse-coded statement "trifft eher
//! nicht zu" or less). Order of sources, each id at most once, at most
//! [`MAX_RECOMMENDATIONS`]:
//! 1. findings, worst first, round robin over each relation's list (content priority order),
//!    at most [`MAX_FROM_FINDINGS`];
//! 2. situation recommendations of the profile (e.g. the idea stage's next steps);
//! 3. knowledge gaps ("weiß nicht" on flagged statements), in page order;
//! 4. areas in the Concern band (assessed ones), weakest first;
//! 5. usable "keep going" recommendations until at least [`MIN_RECOMMENDATIONS`], those
//!    touching the weakest area first.
//!
//! Content validation guarantees that every relation lists a recommendation usable for every
//! profile (so the worst finding always gets a next step) and that every profile has enough
//! keep-going recommendations that can never count as done.

use super::answer::Answers;
use super::content::{Questionnaire, Recommendation};
use super::fit::RelationFinding;
use super::kinds::{fit_score, Band, Profile};
use super::score::DimensionScore;

/// A result shows at least this many recommendations.
pub const MIN_RECOMMENDATIONS: usize = 3;
/// A result shows at most this many recommendations.
pub const MAX_RECOMMENDATIONS: usize = 6;
/// At most this many recommendations come from relation findings (leaves room for the
/// situation and gaps).
pub const MAX_FROM_FINDINGS: usize = 3;

/// Whether `r` is already done: every `done_when` statement shown and at its capacity end.
fn done(q: &Questionnaire, profile: &Profile, answers: &Answers, r: &Recommendation) -> bool {
    !r.done_when.is_empty()
        && r.done_when.iter().all(|id| {
            q.question(id)
                .filter(|question| question.shown_for(profile))
                .and_then(|question| answers.get(id).and_then(|a| question.step(a)))
                .is_some_and(|step| step >= 3)
        })
}

/// Selects recommendation ids for one assessment.
pub(crate) fn select(
    q: &Questionnaire,
    profile: &Profile,
    answers: &Answers,
    findings: &[RelationFinding],
    gaps: &[String],
    scores: &[DimensionScore],
) -> Vec<String> {
    let usable: Vec<&Recommendation> = q
        .recommendations
        .iter()
        .filter(|r| r.applies.applies(profile) && !done(q, profile, answers, r))
        .collect();
    let find = |id: &str| usable.iter().copied().find(|r| r.id == id);
    let mut out: Vec<String> = Vec::new();
    let push = |out: &mut Vec<String>, r: &Recommendation, limit: usize| {
        if out.len() < limit && !out.iter().any(|id| id == r.id) {
            out.push(r.id.to_owned());
        }
    };

    // 1. Findings, round robin.
    let lists: Vec<Vec<&Recommendation>> = findings
        .iter()
        .map(|f| {
            q.relation_recommendations(f.kind)
                .iter()
                .filter_map(|id| find(id))
                .collect()
        })
        .collect();
    let longest = lists.iter().map(Vec::len).max().unwrap_or(0);
    for round in 0..longest {
        for list in &lists {
            if let Some(r) = list.get(round) {
                push(&mut out, r, MAX_FROM_FINDINGS);
            }
        }
    }

    // 2. The situation.
    for r in usable.iter().filter(|r| r.situation) {
        push(&mut out, r, MAX_RECOMMENDATIONS);
    }

    // 3. Knowledge gaps.
    for gap in gaps {
        if let Some(r) = usable.iter().find(|r| r.gaps.contains(&gap.as_str())) {
            push(&mut out, r, MAX_RECOMMENDATIONS);
        }
    }

    // 4. Weak areas, weakest (lowest fit-oriented score) first.
    let mut weak: Vec<(u8, usize, &DimensionScore)> = scores
        .iter()
        .enumerate()
        .filter(|(_, s)| s.assessed() && s.band == Some(Band::Concern))
        .filter_map(|(pos, s)| s.score.map(|v| (fit_score(s.dimension, v), pos, s)))
        .collect();
    weak.sort_by_key(|(fit, pos, _)| (*fit, *pos));
    for (_, _, s) in &weak {
        if let Some(r) = usable
            .iter()
            .find(|r| r.dimensions.contains(&s.dimension) && !out.iter().any(|id| id == r.id))
        {
            push(&mut out, r, MAX_RECOMMENDATIONS);
        }
    }

    // 5. Keep going, weakest area first.
    if out.len() < MIN_RECOMMENDATIONS {
        let weakest_fit = |r: &Recommendation| {
            r.dimensions
                .iter()
                .filter_map(|d| {
                    scores
                        .iter()
                        .find(|s| s.dimension == *d && s.assessed())
                        .and_then(|s| s.score.map(|v| fit_score(*d, v)))
                })
                .min()
                .unwrap_or(u8::MAX)
        };
        let mut keep: Vec<(u8, usize, &Recommendation)> = usable
            .iter()
            .copied()
            .enumerate()
            .filter(|(_, r)| r.keep_going)
            .map(|(pos, r)| (weakest_fit(r), pos, r))
            .collect();
        keep.sort_by_key(|(fit, pos, _)| (*fit, *pos));
        for (_, _, r) in keep {
            push(&mut out, r, MIN_RECOMMENDATIONS);
        }
    }
    out
}
