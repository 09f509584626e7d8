//! Answer quality, shown beside the verdict rather than hidden in it: on how many statements
//! the result rests, contradictions between reverse-coded pairs, and straight-lining (every
//! scale answer the same).

use serde::{Deserialize, Serialize};

use super::answer::{Answer, Answers};
use super::content::Questionnaire;
use super::kinds::{Profile, CONTRADICTION_GAP, STRAIGHT_LINE_MIN};

/// What the result rests on and how consistent the answers look.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerQuality {
    /// Statements shown for the profile.
    pub shown: usize,
    /// Of those, answered on the scale: the result rests on these.
    pub rated: usize,
    /// Of those, answered "weiß nicht".
    pub dont_know: usize,
    /// Of those, answered "passt nicht zu unserer Situation".
    pub not_applicable: usize,
    /// Reverse-coded pairs answered against each other (e.g. "trifft voll zu" on both), as
    /// `(first id, second id)` in content order.
    pub contradictions: Vec<(String, String)>,
    /// Every scale answer is the same value (from [`STRAIGHT_LINE_MIN`] answers).
    pub straight_lining: bool,
}

impl AnswerQuality {
    /// `true` when a hint about answer quality is due.
    pub fn has_hint(&self) -> bool {
        self.straight_lining || !self.contradictions.is_empty()
    }
}

/// Checks one answer set.
pub(crate) fn check(q: &Questionnaire, profile: &Profile, answers: &Answers) -> AnswerQuality {
    let mut quality = AnswerQuality::default();
    let mut values: Vec<u8> = Vec::new();
    for question in q.all_shown(profile) {
        quality.shown += 1;
        match answers.get(&question.id) {
            Some(Answer::DontKnow) => quality.dont_know += 1,
            Some(Answer::NotApplicable) => quality.not_applicable += 1,
            Some(a) => {
                if let Some(v) = a.scale() {
                    quality.rated += 1;
                    values.push(v);
                }
            }
            None => {}
        }
    }
    quality.straight_lining =
        values.len() >= STRAIGHT_LINE_MIN && values.windows(2).all(|w| w[0] == w[1]);
    let step = |id: &str| {
        let question = q.question(id).filter(|x| x.shown_for(profile))?;
        answers.get(id).and_then(|a| question.step(a))
    };
    for (first, second) in q.contradictions() {
        if let (Some(a), Some(b)) = (step(first), step(second)) {
            if a.abs_diff(b) >= CONTRADICTION_GAP {
                quality
                    .contradictions
                    .push(((*first).to_owned(), (*second).to_owned()));
            }
        }
    }
    quality
}
