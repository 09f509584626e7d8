//! Answers: one respondent's choices, keyed by question id.
//!
//! An [`Answer`] is a point on the five-point scale or one of the two "no rating" choices.
//! It is stored as a short string key (`"1"`..`"5"`, `"dont_know"`, `"not_applicable"`) so
//! saved data stays readable and stable across versions.

use std::collections::BTreeMap;

/// One answer to one question.
///
/// `Scale(1)` = "trifft gar nicht zu" … `Scale(5)` = "trifft voll zu". Only `1..=5` is valid;
/// other values can be constructed (e.g. from old stored data) but are ignored by scoring and
/// dropped by [`Answers::validated`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Answer {
    /// A rating on the five-point agreement scale, `1..=5`.
    Scale(u8),
    /// "weiß nicht": the respondent does not know. Kept out of scores; on questions flagged
    /// `dont_know_is_gap` it is reported as a knowledge gap.
    DontKnow,
    /// "passt nicht zu unserer Situation": the statement does not fit the respondent's
    /// situation. Kept out of scores and out of the coverage denominator; an area whose
    /// statements are all not applicable is not assessed (its relations are dropped).
    NotApplicable,
}

impl Answer {
    /// Lowest valid scale value.
    pub const SCALE_MIN: u8 = 1;
    /// Highest valid scale value.
    pub const SCALE_MAX: u8 = 5;

    /// All seven options in display order: the scale from 1 to 5, then "weiß nicht", then
    /// "passt nicht zu unserer Situation".
    pub const OPTIONS: [Answer; 7] = [
        Answer::Scale(1),
        Answer::Scale(2),
        Answer::Scale(3),
        Answer::Scale(4),
        Answer::Scale(5),
        Answer::DontKnow,
        Answer::NotApplicable,
    ];

    /// Stable key of this answer, used in storage and as the locale key of its label:
    /// `"1"`..`"5"`, `"dont_know"`, `"not_applicable"`. An out-of-range scale value gives
    /// `"invalid"`.
    pub fn key(&self) -> &'static str {
        match self {
            Answer::Scale(1) => "1",
            Answer::Scale(2) => "2",
            Answer::Scale(3) => "3",
            Answer::Scale(4) => "4",
            Answer::Scale(5) => "5",
            Answer::Scale(_) => "invalid",
            Answer::DontKnow => "dont_know",
            Answer::NotApplicable => "not_applicable",
        }
    }

    /// Parses a key produced by [`Answer::key`]; `None` for anything else (including
    /// out-of-range scale values).
    pub fn from_key(key: &str) -> Option<Answer> {
        Answer::OPTIONS.into_iter().find(|a| a.key() == key)
    }

    /// `true` for `Scale(1..=5)`, `DontKnow` and `NotApplicable`; `false` for an out-of-range
    /// scale value.
    pub fn is_valid(&self) -> bool {
        match self {
            Answer::Scale(v) => (Self::SCALE_MIN..=Self::SCALE_MAX).contains(v),
            Answer::DontKnow | Answer::NotApplicable => true,
        }
    }

    /// The scale value if this is a valid scale answer.
    pub fn scale(&self) -> Option<u8> {
        match self {
            Answer::Scale(v) if self.is_valid() => Some(*v),
            _ => None,
        }
    }
}

/// All answers of one respondent: question id -> [`Answer`].
///
/// Ordered by id, so iteration (and every stored form the app layer writes from it) is
/// deterministic.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers(pub(crate) BTreeMap<String, Answer>);

impl Answers {
    /// No answers.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets (or replaces) the answer to question `id`.
    pub fn set(&mut self, id: &str, answer: Answer) {
        self.0.insert(id.to_owned(), answer);
    }

    /// The answer to question `id`, if any.
    pub fn get(&self, id: &str) -> Option<Answer> {
        self.0.get(id).copied()
    }

    /// Removes the answer to question `id` (no-op if absent).
    pub fn clear(&mut self, id: &str) {
        self.0.remove(id);
    }

    /// Number of stored answers (of any kind, including unknown ids).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// `true` when no answer is stored.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// All `(question id, answer)` pairs, ordered by id.
    pub fn iter(&self) -> impl Iterator<Item = (&str, Answer)> + '_ {
        self.0.iter().map(|(k, v)| (k.as_str(), *v))
    }
}

impl FromIterator<(String, Answer)> for Answers {
    fn from_iter<T: IntoIterator<Item = (String, Answer)>>(iter: T) -> Self {
        Answers(iter.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[track_caller]
    fn check(answer: Answer, key: &str, valid: bool) {
        assert_eq!(answer.key(), key);
        assert_eq!(answer.is_valid(), valid);
        assert_eq!(Answer::from_key(key), valid.then_some(answer));
    }

    #[test]
    fn keys_round_trip() {
        check(Answer::Scale(1), "1", true);
        check(Answer::Scale(5), "5", true);
        check(Answer::DontKnow, "dont_know", true);
        check(Answer::NotApplicable, "not_applicable", true);
        check(Answer::Scale(0), "invalid", false);
        check(Answer::Scale(6), "invalid", false);
        assert_eq!(Answer::OPTIONS.len(), 7);
        assert_eq!(Answer::Scale(3).scale(), Some(3));
        assert_eq!(Answer::Scale(8).scale(), None);
        assert_eq!(Answer::DontKnow.scale(), None);
    }

    #[test]
    fn answers_map_basics() {
        let mut a = Answers::new();
        assert!(a.is_empty());
        a.set("b", Answer::Scale(2));
        a.set("a", Answer::DontKnow);
        a.set("b", Answer::Scale(4));
        assert_eq!(a.len(), 2);
        assert_eq!(a.get("b"), Some(Answer::Scale(4)));
        let ids: Vec<&str> = a.iter().map(|(id, _)| id).collect();
        assert_eq!(ids, ["a", "b"]);
        a.clear("a");
        a.clear("zzz");
        assert_eq!(a.len(), 1);
        let pairs: Vec<(&str, &str)> = a.iter().map(|(id, a)| (id, a.key())).collect();
        assert_eq!(pairs, [("b", "4")]);
    }
}
