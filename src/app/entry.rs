//! One completed check as it is kept in the history, stored and exported.
//!
//! Its own type (strings and numbers, not the model's enums), so the stored and exported
//! formats stay stable when the model's types change. Pure: no browser imports.

use crate::app::json::{self, Value};
use crate::model::{assess, Answer, Answers, Assessment, Profile, ProfileField, Questionnaire};
use std::collections::BTreeMap;

/// Longest name a user can give an entry, in characters (longer names are cut).
pub const NAME_MAX_CHARS: usize = 80;

/// A completed check: what was answered, what the model said then, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Stable id, derived from the content (see [`Entry::derive_id`]): the same check imported
    /// twice, or migrated in two tabs, has the same id.
    pub id: String,
    /// When the check was completed, ISO 8601 (browser clock); empty when unknown.
    pub completed_at: String,
    /// A name the user gave it, e.g. "Workshop März".
    pub name: Option<String>,
    /// Profile answers by field key (`kind`, `stage`, `scope`) → option key.
    pub profile: BTreeMap<String, String>,
    /// Statement id → answer key (`"1"`..`"5"`, `"dont_know"`, `"not_applicable"`).
    pub answers: BTreeMap<String, String>,
    /// Area id → score 0..=100 as computed at completion (`None`: not scored). Empty for
    /// results kept before scores were stored.
    pub scores: BTreeMap<String, Option<u8>>,
    /// The verdict key as computed at completion (`sustainable`, `strained`, …).
    pub verdict: String,
    /// The model version that computed `scores` and `verdict`.
    pub model_version: u32,
}

impl Entry {
    /// The fields as JSON, in declaration order (the order of the export file); `name` only
    /// when there is one.
    fn json_fields(&self) -> Vec<(&'static str, Value)> {
        let strings = |m: &BTreeMap<String, String>| {
            Value::Object(
                m.iter()
                    .map(|(k, v)| (k.clone(), Value::from(v.as_str())))
                    .collect(),
            )
        };
        let mut fields = vec![
            ("id", Value::from(self.id.as_str())),
            ("completed_at", Value::from(self.completed_at.as_str())),
        ];
        if let Some(name) = &self.name {
            fields.push(("name", Value::from(name.as_str())));
        }
        fields.extend([
            ("profile", strings(&self.profile)),
            ("answers", strings(&self.answers)),
            (
                "scores",
                Value::Object(
                    self.scores
                        .iter()
                        .map(|(k, v)| (k.clone(), Value::from(*v)))
                        .collect(),
                ),
            ),
            ("verdict", Value::from(self.verdict.as_str())),
            ("model_version", Value::from(self.model_version)),
        ]);
        fields
    }

    /// The entry as a JSON object (keys sorted, as in the stored form).
    pub fn to_value(&self) -> Value {
        Value::Object(
            self.json_fields()
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect(),
        )
    }

    /// The entry as compact JSON text with its fields in declaration order (`id`,
    /// `completed_at`, `name` when given, `profile`, `answers`, `scores`, `verdict`,
    /// `model_version`): one line of the export file.
    pub fn to_json(&self) -> String {
        let fields = self.json_fields();
        json::object_text(fields.iter().map(|(k, v)| (*k, v)))
    }

    /// Records a completed check: scores and verdict computed now by `q`'s model.
    pub fn complete(
        q: &Questionnaire,
        profile: &Profile,
        answers: &Answers,
        completed_at: &str,
    ) -> Entry {
        let assessment = assess(q, profile, answers);
        let mut entry = Entry {
            id: String::new(),
            completed_at: completed_at.to_owned(),
            name: None,
            profile: profile_keys(profile),
            answers: answers
                .iter()
                .map(|(id, a)| (id.to_owned(), a.key().to_owned()))
                .collect(),
            scores: assessment
                .scores
                .iter()
                .map(|s| (s.dimension.key().to_owned(), s.score))
                .collect(),
            verdict: assessment.verdict.key().to_owned(),
            model_version: q.model_version(),
        };
        entry.id = entry.derive_id();
        entry
    }

    /// The content-derived id: `r` + 16 hex digits of a FNV-1a hash over the completion time,
    /// the profile and the answers (not the name, which the user may change).
    pub fn derive_id(&self) -> String {
        let mut h = Fnv::new();
        h.write(self.completed_at.as_bytes());
        for (k, v) in self.profile.iter().chain(self.answers.iter()) {
            h.write(&[0]);
            h.write(k.as_bytes());
            h.write(&[1]);
            h.write(v.as_bytes());
        }
        format!("r{:016x}", h.0)
    }

    /// The profile as the model's type (unknown keys are left out).
    pub fn model_profile(&self) -> Profile {
        let mut profile = Profile::default();
        for field in ProfileField::ALL {
            if let Some(key) = self.profile.get(field.key()) {
                profile.set(field, key);
            }
        }
        profile
    }

    /// The answers as the model's type, validated against `q` (moved statements carry over,
    /// unknown ones are left out).
    pub fn model_answers(&self, q: &Questionnaire) -> Answers {
        let mut answers = Answers::new();
        for (id, key) in &self.answers {
            if let Some(a) = Answer::from_key(key) {
                answers.set(id, a);
            }
        }
        answers.validated(q).0
    }

    /// The assessment by the current model (what every screen shows, so the intro, the
    /// history, the result and the compare screen never disagree).
    pub fn assess(&self, q: &Questionnaire) -> Assessment {
        assess(q, &self.model_profile(), &self.model_answers(q))
    }

    /// `true` when `scores` and `verdict` were computed by an older model than `q`'s.
    pub fn from_older_model(&self, q: &Questionnaire) -> bool {
        self.model_version < q.model_version()
    }
}

/// The profile's answers by field key.
pub fn profile_keys(profile: &Profile) -> BTreeMap<String, String> {
    ProfileField::ALL
        .iter()
        .filter_map(|f| profile.get(*f).map(|v| (f.key().to_owned(), v.to_owned())))
        .collect()
}

/// Cleans a user-given name: control characters removed, white space collapsed, cut to
/// [`NAME_MAX_CHARS`]; `None` when nothing is left.
pub fn clean_name(raw: &str) -> Option<String> {
    clip(&plain_text(raw), NAME_MAX_CHARS)
}

/// Text as one line: runs of white space and control characters become one space, none at
/// either end.
pub fn plain_text(raw: &str) -> String {
    let words: Vec<&str> = raw
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect();
    words.join(" ")
}

/// The first `max` characters of `text` (no trailing space); `None` when nothing is left.
pub fn clip(text: &str, max: usize) -> Option<String> {
    let cut: String = text.chars().take(max).collect();
    let cut = cut.trim_end().to_owned();
    (!cut.is_empty()).then_some(cut)
}

/// 64-bit FNV-1a: tiny, stable across platforms and versions (ids must never change).
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn ids_depend_on_content_not_name() {
        let q = Questionnaire::german().unwrap();
        let mut answers = Answers::new();
        answers.set(&q.all_questions()[0].id, Answer::Scale(4));
        let a = Entry::complete(
            &q,
            &Profile::default(),
            &answers,
            "2026-11-21T10:00:00.000Z",
        );
        let mut b = a.clone();
        b.name = Some("Workshop".into());
        assert_eq!(a.derive_id(), b.derive_id());
        let c = Entry::complete(
            &q,
            &Profile::default(),
            &answers,
            "2026-11-21T10:00:01.000Z",
        );
        assert_ne!(a.id, c.id);
        assert!(a.id.starts_with('r') && a.id.len() == 17);
    }

    #[test]
    fn names_are_cleaned() {
        assert_eq!(
            clean_name("  Workshop\n März \t"),
            Some("Workshop März".into())
        );
        assert_eq!(clean_name(" \u{7}\n "), None);
        assert_eq!(clean_name(&"x".repeat(200)).unwrap().chars().count(), 80);
    }
}
