//! Recommendation selection: concrete next steps, weakest relation first, deduplicated.
//!
//! Order of sources (each recommendation id at most once, at most [`MAX_RECOMMENDATIONS`]):
//! 1. findings, worst first, round robin over their triggered recommendations (content order),
//!    at most [`MAX_FROM_FINDINGS`];
//! 2. knowledge gaps ("weiß nicht" on flagged questions), in page order;
//! 3. dimensions in the `Concern` band (only sufficiently answered ones), weakest first;
//! 4. "keep going" recommendations until at least [`MIN_RECOMMENDATIONS`], those touching the
//!    weakest dimension first.

use super::content::{Questionnaire, Recommendation};
use super::fit::RelationFinding;
use super::score::{fit_score, Band, DimensionScore};

/// A result shows at least this many recommendations.
pub const MIN_RECOMMENDATIONS: usize = 3;
/// A result shows at most this many recommendations.
pub const MAX_RECOMMENDATIONS: usize = 6;
/// At most this many recommendations come from relation findings (leaves room for gaps).
pub const MAX_FROM_FINDINGS: usize = 4;

fn push(out: &mut Vec<String>, id: &str, limit: usize) {
    if out.len() < limit && !out.iter().any(|o| o == id) {
        out.push(id.to_owned());
    }
}

/// Selects recommendation ids for one assessment.
pub(crate) fn select(
    q: &Questionnaire,
    findings: &[RelationFinding],
    gaps: &[String],
    scores: &[DimensionScore],
) -> Vec<String> {
    let recs: &[Recommendation] = &q.recommendations;
    let mut out: Vec<String> = Vec::new();

    // 1. Findings, round robin.
    let lists: Vec<Vec<&str>> = findings
        .iter()
        .map(|f| {
            recs.iter()
                .filter(|r| r.relations.contains(&f.kind))
                .map(|r| r.id.as_str())
                .collect()
        })
        .collect();
    let longest = lists.iter().map(Vec::len).max().unwrap_or(0);
    for round in 0..longest {
        for list in &lists {
            if let Some(id) = list.get(round) {
                push(&mut out, id, MAX_FROM_FINDINGS);
            }
        }
    }

    // 2. Knowledge gaps.
    for gap in gaps {
        if let Some(r) = recs.iter().find(|r| r.gaps.contains(gap)) {
            push(&mut out, &r.id, MAX_RECOMMENDATIONS);
        }
    }

    // 3. Weak dimensions, weakest (lowest fit-oriented score) first.
    let mut weak: Vec<(u8, usize, &DimensionScore)> = scores
        .iter()
        .enumerate()
        .filter(|(_, s)| s.sufficient && s.band == Some(Band::Concern))
        .filter_map(|(pos, s)| s.score.map(|v| (fit_score(s.dimension, v), pos, s)))
        .collect();
    weak.sort_by_key(|(fit, pos, _)| (*fit, *pos));
    for (_, _, s) in &weak {
        if let Some(r) = recs
            .iter()
            .find(|r| r.dimensions.contains(&s.dimension) && !out.contains(&r.id))
        {
            push(&mut out, &r.id, MAX_RECOMMENDATIONS);
        }
    }

    // 4. Keep going, weakest dimension first.
    if out.len() < MIN_RECOMMENDATIONS {
        let weakest_fit = |r: &Recommendation| {
            r.dimensions
                .iter()
                .filter_map(|d| {
                    scores
                        .iter()
                        .find(|s| s.dimension == *d && s.sufficient)
                        .and_then(|s| s.score.map(|v| fit_score(*d, v)))
                })
                .min()
                .unwrap_or(u8::MAX)
        };
        let mut keep: Vec<(u8, usize, &str)> = recs
            .iter()
            .enumerate()
            .filter(|(_, r)| r.keep_going)
            .map(|(pos, r)| (weakest_fit(r), pos, r.id.as_str()))
            .collect();
        keep.sort();
        for (_, _, id) in keep {
            push(&mut out, id, MIN_RECOMMENDATIONS);
        }
    }
    out
}
