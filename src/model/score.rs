//! Dimension scores: weighted means of the scale answers, mapped to 0..=100, plus bands and
//! coverage.
//!
//! Only statements shown for the profile count. A scale answer `v` in `1..=5` is a step
//! `v - 1` in `0..=4` ("raises") or `5 - v` ("lowers"); a dimension's score is
//! `round(100 * Σ w·step / (4 · Σ w))` over the statements answered on the scale (for Ambition
//! the profile's scope is one more item, see [`SCOPE_WEIGHT`]). "weiß nicht", "passt nicht zu
//! unserer Situation", unknown ids and out-of-range values never enter a score.

use serde::{Deserialize, Serialize};

use super::answer::{Answer, Answers};
use super::content::Questionnaire;
use super::kinds::{Band, DimensionId, Profile, MIN_COVERAGE_PERCENT, SCOPE_WEIGHT};

/// Whether an area can be assessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    /// Enough statements answered on the scale: the area counts.
    Assessed,
    /// Too few statements answered on the scale: no verdict until they are.
    Insufficient,
    /// Every statement shown was answered "passt nicht zu unserer Situation": the area and its
    /// relations are left out.
    NotApplicable,
    /// No statement of the area is shown for this profile (e.g. commitment at the idea stage):
    /// the area and its relations are left out.
    NotAsked,
}

/// The score of one dimension.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DimensionScore {
    /// Which dimension.
    pub dimension: DimensionId,
    /// `0..=100`; `None` when nothing is answered on the scale, or the area is not applicable
    /// or not asked.
    pub score: Option<u8>,
    /// Band of `score` (fit-oriented, see [`Band`]).
    pub band: Option<Band>,
    /// Statements answered on the scale (these enter the score).
    pub answered: usize,
    /// Statements shown for the profile.
    pub shown: usize,
    /// Shown statements minus those answered "passt nicht zu unserer Situation".
    pub applicable: usize,
    /// Scale answers needed for [`Coverage::Assessed`]: `ceil(applicable · 50 %)`, at least 1.
    pub needed: usize,
    /// Whether the area counts for the verdict.
    pub coverage: Coverage,
    /// Applicable statements without a scale answer ("weiß nicht" or none yet), page order.
    pub missing: Vec<String>,
}

impl DimensionScore {
    /// `true` when the area counts for the verdict.
    pub fn assessed(&self) -> bool {
        self.coverage == Coverage::Assessed
    }
}

/// Running sums for one dimension.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Tally {
    /// Σ weight · step, step in 0..=4.
    num: u32,
    /// Σ weight of scale-answered items.
    den: u32,
    answered: usize,
    shown: usize,
    not_applicable: usize,
    missing: Vec<String>,
}

impl Tally {
    fn add(&mut self, weight: u8, step: u8) {
        self.num += u32::from(weight) * u32::from(step);
        self.den += u32::from(weight);
    }

    /// `round(100 · num / (4 · den))`, half up; `None` without answers.
    pub(crate) fn score(&self) -> Option<u8> {
        if self.den == 0 {
            return None;
        }
        let value = (200 * self.num + 4 * self.den) / (8 * self.den);
        u8::try_from(value.min(100)).ok()
    }

    /// Σ weight of the scale-answered items (for driver pulls).
    pub(crate) fn weight_sum(&self) -> u32 {
        self.den
    }

    fn applicable(&self) -> usize {
        self.shown.saturating_sub(self.not_applicable)
    }

    fn needed(&self) -> usize {
        (self.applicable() * MIN_COVERAGE_PERCENT)
            .div_ceil(100)
            .max(1)
    }

    fn coverage(&self) -> Coverage {
        if self.shown == 0 {
            Coverage::NotAsked
        } else if self.applicable() == 0 {
            Coverage::NotApplicable
        } else if self.answered >= self.needed() {
            Coverage::Assessed
        } else {
            Coverage::Insufficient
        }
    }
}

/// All tallies of one answer set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tallies {
    /// Indexed by [`DimensionId::index`].
    dims: [Tally; 7],
}

impl Tallies {
    pub(crate) fn new(q: &Questionnaire, profile: &Profile, answers: &Answers) -> Tallies {
        let mut dims: [Tally; 7] = Default::default();
        for question in q.all_shown(profile) {
            let t = &mut dims[question.dimension.index()];
            t.shown += 1;
            let answer = answers.get(&question.id);
            if answer == Some(Answer::NotApplicable) {
                t.not_applicable += 1;
                continue;
            }
            match answer.and_then(|a| question.step(a)) {
                Some(step) => {
                    t.add(question.weight, step);
                    t.answered += 1;
                }
                None => t.missing.push(question.id.clone()),
            }
        }
        if let Some(scope) = profile.scope {
            dims[DimensionId::Ambition.index()].add(SCOPE_WEIGHT, scope.step());
        }
        Tallies { dims }
    }

    pub(crate) fn dim(&self, d: DimensionId) -> &Tally {
        &self.dims[d.index()]
    }

    pub(crate) fn dimension_score(&self, d: DimensionId) -> DimensionScore {
        let t = self.dim(d);
        let coverage = t.coverage();
        let score = match coverage {
            Coverage::Assessed | Coverage::Insufficient if t.answered > 0 => t.score(),
            _ => None,
        };
        DimensionScore {
            dimension: d,
            score,
            band: score.map(|s| Band::of(d, s)),
            answered: t.answered,
            shown: t.shown,
            applicable: t.applicable(),
            needed: t.needed(),
            coverage,
            missing: t.missing.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(parts: &[(u8, u8)], expected: Option<u8>) {
        let mut t = Tally::default();
        for (weight, step) in parts {
            t.add(*weight, *step);
        }
        assert_eq!(t.score(), expected, "{parts:?}");
    }

    #[test]
    fn weighted_mean_rounds_half_up() {
        check(&[], None);
        check(&[(1, 0)], Some(0));
        check(&[(1, 4)], Some(100));
        check(&[(1, 2)], Some(50));
        // 1/8 of the range = 12.5 -> 13.
        check(&[(1, 0), (1, 1)], Some(13));
        // 3/8 = 37.5 -> 38.
        check(&[(1, 1), (1, 2)], Some(38));
        // 2/3 = 66.67 -> 67.
        check(&[(2, 4), (1, 0)], Some(67));
        // 1/3 = 33.33 -> 33.
        check(&[(1, 4), (2, 0)], Some(33));
        check(&[(255, 4), (255, 4)], Some(100));
    }

    #[track_caller]
    fn coverage(shown: usize, not_applicable: usize, answered: usize, expected: Coverage) {
        let t = Tally {
            shown,
            not_applicable,
            answered,
            ..Tally::default()
        };
        assert_eq!(
            t.coverage(),
            expected,
            "{shown} {not_applicable} {answered}"
        );
    }

    #[test]
    fn coverage_is_half_of_the_applicable_statements_rounded_up() {
        coverage(4, 0, 2, Coverage::Assessed);
        coverage(4, 0, 1, Coverage::Insufficient);
        coverage(5, 0, 2, Coverage::Insufficient);
        coverage(5, 0, 3, Coverage::Assessed);
        coverage(5, 3, 1, Coverage::Assessed);
        coverage(3, 3, 0, Coverage::NotApplicable);
        coverage(0, 0, 0, Coverage::NotAsked);
        coverage(1, 0, 0, Coverage::Insufficient);
    }
}
