//! Dimension scores: weighted means of the scale answers, mapped to 0..=100, plus bands and
//! coverage.
//!
//! A scale answer `v` in `1..=5` is a step `v - 1` in `0..=4` ("raises") or `5 - v`
//! ("lowers"); a dimension's score is `round(100 * Σ w·step / (4 · Σ w))` over the questions
//! answered on the scale. "weiß nicht", "trifft nicht zu", unknown ids and out-of-range values
//! never enter a score.

use serde::{Deserialize, Serialize};

use super::content::{DimensionId, Direction, Question, Questionnaire};
use super::Answers;

/// Lowest fit-oriented score in the [`Band::Strength`] band.
pub const STRENGTH_MIN: u8 = 67;
/// Lowest fit-oriented score in the [`Band::Borderline`] band (below is [`Band::Concern`]).
pub const BORDERLINE_MIN: u8 = 34;
/// A dimension (or the participation measure) is sufficiently answered when at least this
/// percentage of its applicable questions (all minus "trifft nicht zu") has a scale answer.
pub const MIN_COVERAGE_PERCENT: usize = 50;

/// A band of a dimension score, always oriented towards *fit*.
///
/// For capacity dimensions the band is taken from the score itself; for demand dimensions
/// (Ambition, Pace) from `100 - score`, so a very demanding ambition is a `Concern` ("puts
/// pressure on the fit"), never a `Strength`. The locale names the bands per dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    /// Fit-oriented score `>= 67`: supports the fit.
    Strength,
    /// Fit-oriented score `34..=66`.
    Borderline,
    /// Fit-oriented score `<= 33`: puts pressure on the fit.
    Concern,
}

impl Band {
    /// All bands, best first.
    pub const ALL: [Band; 3] = [Band::Strength, Band::Borderline, Band::Concern];

    /// Locale key.
    pub fn key(self) -> &'static str {
        match self {
            Band::Strength => "strength",
            Band::Borderline => "borderline",
            Band::Concern => "concern",
        }
    }

    /// The band of a score of dimension `d` (inverted for demand dimensions).
    pub fn of(d: DimensionId, score: u8) -> Band {
        let fit = fit_score(d, score);
        if fit >= STRENGTH_MIN {
            Band::Strength
        } else if fit >= BORDERLINE_MIN {
            Band::Borderline
        } else {
            Band::Concern
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// Score oriented so that higher is better for the fit: the score itself for capacity
/// dimensions, `100 - score` for demand dimensions.
pub fn fit_score(d: DimensionId, score: u8) -> u8 {
    if d.is_demand() {
        100u8.saturating_sub(score)
    } else {
        score.min(100)
    }
}

/// The score of one dimension.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DimensionScore {
    /// Which dimension.
    pub dimension: DimensionId,
    /// `0..=100`; `None` when no question of the dimension has a scale answer.
    pub score: Option<u8>,
    /// Band of `score` (fit-oriented, see [`Band`]).
    pub band: Option<Band>,
    /// Questions answered on the scale (these enter the score).
    pub answered: usize,
    /// Questions in the dimension.
    pub total: usize,
    /// Whether enough questions are answered for the verdict (see [`MIN_COVERAGE_PERCENT`]).
    /// Addition to the original contract.
    pub sufficient: bool,
}

/// Running sums for one measure (a dimension or the participation measure).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Tally {
    /// Σ weight · step, step in 0..=4.
    pub(crate) num: u32,
    /// Σ weight of scale-answered questions.
    pub(crate) den: u32,
    pub(crate) answered: usize,
    pub(crate) not_applicable: usize,
    pub(crate) total: usize,
}

impl Tally {
    fn add(&mut self, weight: u8, step: u8) {
        self.num += u32::from(weight) * u32::from(step);
        self.den += u32::from(weight);
        self.answered += 1;
    }

    /// `round(100 · num / (4 · den))`, half up; `None` without answers.
    pub(crate) fn score(&self) -> Option<u8> {
        if self.den == 0 {
            return None;
        }
        let value = (200 * self.num + 4 * self.den) / (8 * self.den);
        u8::try_from(value.min(100)).ok()
    }

    pub(crate) fn sufficient(&self) -> bool {
        let applicable = self.total.saturating_sub(self.not_applicable);
        self.answered > 0 && self.answered * 100 >= MIN_COVERAGE_PERCENT * applicable
    }
}

/// The step (0..=4) a valid scale answer contributes to its own dimension.
pub(crate) fn step(q: &Question, answers: &Answers) -> Option<u8> {
    let v = answers.get(&q.id)?.scale()?;
    let raw = v - 1;
    Some(match q.direction {
        Direction::Raises => raw,
        Direction::Lowers => 4 - raw,
    })
}

/// The step a participation question contributes to the participation measure: the inverse
/// of what it adds to the pace (more participation = slower pace).
pub(crate) fn participation_step(q: &Question, answers: &Answers) -> Option<u8> {
    step(q, answers).map(|s| 4 - s)
}

/// All tallies of one answer set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tallies {
    /// Indexed by [`DimensionId::index`].
    pub(crate) dims: [Tally; 6],
    pub(crate) participation: Tally,
}

impl Tallies {
    pub(crate) fn new(q: &Questionnaire, answers: &Answers) -> Tallies {
        let mut dims = [Tally::default(); 6];
        let mut participation = Tally::default();
        for question in q.all_questions() {
            let t = &mut dims[question.dimension.index()];
            t.total += 1;
            if question.participation {
                participation.total += 1;
            }
            if answers.get(&question.id) == Some(super::Answer::NotApplicable) {
                t.not_applicable += 1;
                if question.participation {
                    participation.not_applicable += 1;
                }
            }
            if let Some(s) = step(question, answers) {
                t.add(question.weight, s);
            }
            if question.participation {
                if let Some(p) = participation_step(question, answers) {
                    participation.add(question.weight, p);
                }
            }
        }
        Tallies {
            dims,
            participation,
        }
    }

    pub(crate) fn dim(&self, d: DimensionId) -> &Tally {
        &self.dims[d.index()]
    }

    pub(crate) fn dimension_score(&self, d: DimensionId) -> DimensionScore {
        let t = self.dim(d);
        let score = t.score();
        DimensionScore {
            dimension: d,
            score,
            band: score.map(|s| Band::of(d, s)),
            answered: t.answered,
            total: t.total,
            sufficient: t.sufficient(),
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

    #[test]
    fn coverage() {
        let t = Tally {
            answered: 2,
            total: 4,
            ..Tally::default()
        };
        assert!(t.sufficient());
        let t = Tally {
            answered: 1,
            total: 4,
            ..Tally::default()
        };
        assert!(!t.sufficient());
        let t = Tally {
            answered: 0,
            total: 2,
            not_applicable: 2,
            ..Tally::default()
        };
        assert!(!t.sufficient());
    }
}
