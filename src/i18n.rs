//! User-interface texts, loaded from locale data (`locales/<code>/ui.json`).
//!
//! Every word the UI shows comes from here or from the questionnaire's locale file, never from
//! Rust code, so English and Leichte Sprache are new JSON files, not code changes. Plain data and
//! pure functions: no `leptos`, no `web_sys`.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The German UI texts shipped with the widget.
const DE_UI: &str = include_str!("../locales/de/ui.json");

/// All texts of the user interface in one locale.
///
/// Deserialised with `deny_unknown_fields`, so a missing or misspelt key is a load error, not
/// a blank on screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)] // one field per text; the key names say what they are
pub struct UiTexts {
    pub app_title: String,
    pub app_tagline: String,
    pub intro_heading: String,
    pub intro_lead: String,
    pub intro_points: Vec<String>,
    pub intro_source: String,
    pub start: String,
    pub resume: String,
    pub resume_hint: String,
    pub show_result: String,
    pub last_result: String,
    pub start_over: String,
    pub start_over_confirm: String,
    pub confirm_yes: String,
    pub confirm_no: String,
    pub step_of: String,
    pub answered_of: String,
    pub progress_label: String,
    pub back: String,
    pub next: String,
    pub to_result: String,
    pub error_summary_heading: String,
    pub error_summary_intro: String,
    pub error_missing: String,
    pub question_number: String,
    pub result_heading: String,
    pub verdict_prefix: String,
    pub why_heading: String,
    pub drivers_intro: String,
    pub more_findings: String,
    pub your_answer: String,
    pub scores_heading: String,
    pub scores_intro: String,
    pub chart_label: String,
    pub table_caption: String,
    pub col_dimension: String,
    pub col_score: String,
    pub col_answered: String,
    pub no_score: String,
    pub gaps_heading: String,
    pub gaps_intro: String,
    pub recommendations_heading: String,
    pub edit_answers: String,
    pub print: String,
    pub source_label: String,
    pub source_step: String,
    pub saved_at: String,
    pub storage_unavailable: String,
    pub storage_unreadable: String,
    pub storage_write_failed: String,
    pub storage_dropped: String,
    pub content_error: String,
    pub footer_privacy: String,
    pub not_answered: String,
    pub profile_summary: String,
    pub older_model: String,
    pub basis: String,
    pub quality_heading: String,
    pub quality_straight: String,
    pub quality_contradiction: String,
    pub missing_heading: String,
    pub missing_rule: String,
    pub missing_area: String,
    pub missing_none_applicable: String,
    pub not_assessed_heading: String,
    pub not_assessed_na: String,
    pub not_assessed_stage: String,
    pub not_assessed: String,
}

/// Why a UI locale could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UiTextError {
    /// The JSON is malformed, or a key is missing or unknown.
    Parse(String),
    /// A text is empty (or only white space); the key names it.
    Empty(String),
    /// A template lacks a placeholder the UI fills in.
    MissingPlaceholder {
        /// The key of the text.
        key: &'static str,
        /// The placeholder, e.g. `{current}`.
        placeholder: &'static str,
    },
}

impl fmt::Display for UiTextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Parse(e) => write!(f, "UI texts: {e}"),
            Self::Empty(key) => write!(f, "UI texts: '{key}' is empty"),
            Self::MissingPlaceholder { key, placeholder } => {
                write!(f, "UI texts: '{key}' lacks the placeholder {placeholder}")
            }
        }
    }
}

impl std::error::Error for UiTextError {}

impl UiTexts {
    /// The shipped German texts.
    pub fn german() -> Result<Self, UiTextError> {
        Self::from_json(DE_UI)
    }

    /// Parses and checks one locale's UI texts.
    pub fn from_json(json: &str) -> Result<Self, UiTextError> {
        let texts: Self =
            serde_json::from_str(json).map_err(|e| UiTextError::Parse(e.to_string()))?;
        texts.check()?;
        Ok(texts)
    }

    fn check(&self) -> Result<(), UiTextError> {
        // Walk the texts as JSON, so every field (present and future) is checked without a
        // hand-kept list of keys.
        let value = serde_json::to_value(self).map_err(|e| UiTextError::Parse(e.to_string()))?;
        let Some(fields) = value.as_object() else {
            return Err(UiTextError::Parse("UI texts are not an object".into()));
        };
        for (key, text) in fields {
            let texts: Vec<&str> = match text {
                serde_json::Value::String(t) => vec![t],
                serde_json::Value::Array(items) => {
                    items.iter().filter_map(|i| i.as_str()).collect()
                }
                _ => Vec::new(),
            };
            if texts.is_empty() || texts.iter().any(|t| t.trim().is_empty()) {
                return Err(UiTextError::Empty(key.clone()));
            }
        }
        for &(key, placeholder) in TEMPLATES {
            let text = fields.get(key).and_then(|t| t.as_str()).unwrap_or_default();
            if !text.contains(placeholder) {
                return Err(UiTextError::MissingPlaceholder { key, placeholder });
            }
        }
        Ok(())
    }
}

/// Texts the UI fills in, with the placeholders each must contain.
const TEMPLATES: &[(&str, &str)] = &[
    ("step_of", "{current}"),
    ("step_of", "{total}"),
    ("answered_of", "{answered}"),
    ("answered_of", "{total}"),
    ("resume_hint", "{answered}"),
    ("resume_hint", "{total}"),
    ("your_answer", "{answer}"),
    ("source_label", "{source}"),
    ("source_step", "{step}"),
    ("saved_at", "{date}"),
    ("last_result", "{date}"),
    ("last_result", "{verdict}"),
    ("more_findings", "{count}"),
    ("question_number", "{number}"),
    ("content_error", "{detail}"),
    ("basis", "{rated}"),
    ("basis", "{shown}"),
    ("missing_rule", "{percent}"),
    ("missing_area", "{area}"),
    ("missing_area", "{answered}"),
    ("missing_area", "{applicable}"),
    ("missing_area", "{needed}"),
    ("not_assessed_na", "{area}"),
    ("not_assessed_stage", "{area}"),
];

/// Fills `{name}` placeholders in a template. Unknown placeholders are left as they are, so a
/// translation mistake shows up as visible text rather than a crash.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn shipped_german_texts_load() {
        let t = UiTexts::german().unwrap();
        assert_eq!(t.app_title, "Netzwerk-Check");
        assert_eq!(t.intro_points.len(), 3);
    }

    #[track_caller]
    fn check_error(edit: impl FnOnce(&mut serde_json::Value), expect: &str) {
        let mut value: serde_json::Value = serde_json::from_str(DE_UI).unwrap();
        edit(&mut value);
        let err = UiTexts::from_json(&value.to_string()).unwrap_err();
        assert!(
            err.to_string().contains(expect),
            "{err} should mention {expect}"
        );
    }

    #[test]
    fn broken_locales_are_rejected_with_the_key() {
        check_error(|v| v["start"] = "  ".into(), "'start' is empty");
        check_error(|v| v["step_of"] = "Schritt {current}".into(), "{total}");
        check_error(
            |v| {
                v.as_object_mut().unwrap().remove("back");
            },
            "missing field `back`",
        );
        check_error(|v| v["stray"] = "x".into(), "unknown field `stray`");
        check_error(
            |v| v["intro_points"] = serde_json::json!(["a", ""]),
            "intro_points",
        );
    }

    #[test]
    fn fill_replaces_named_placeholders_only() {
        assert_eq!(
            fill(
                "Schritt {current} von {total}",
                &[("current", "2"), ("total", "6")]
            ),
            "Schritt 2 von 6"
        );
        assert_eq!(fill("{x} {y}", &[("x", "1")]), "1 {y}");
    }
}
