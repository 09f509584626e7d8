//! User-interface texts, loaded from locale data (`locales/<code>/ui.json`).
//!
//! Every word the UI shows comes from here or from the questionnaire's locale file, never from
//! Rust code, so English and Leichte Sprache are new JSON files, not code changes. Plain data and
//! pure functions: no `leptos`, no `web_sys`.

use serde::Deserialize;
use std::fmt;

/// The German UI texts shipped with the widget.
const DE_UI: &str = include_str!("../locales/de/ui.json");

/// All texts of the user interface in one locale.
///
/// Deserialised with `deny_unknown_fields`, so a missing or misspelt key is a load error, not
/// a blank on screen.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
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
}

/// Why a UI locale could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UiTextError {
    /// The JSON is malformed, or a key is missing or unknown.
    Parse(String),
    /// A text is empty (or only white space).
    Empty(&'static str),
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
        for (key, text) in self.fields() {
            if text.trim().is_empty() {
                return Err(UiTextError::Empty(key));
            }
        }
        if self.intro_points.iter().any(|p| p.trim().is_empty()) {
            return Err(UiTextError::Empty("intro_points"));
        }
        const TEMPLATES: &[(&str, &str)] = &[
            ("step_of", "{current}"),
            ("step_of", "{total}"),
            ("answered_of", "{answered}"),
            ("answered_of", "{total}"),
            ("resume_hint", "{answered}"),
            ("resume_hint", "{total}"),
            ("your_answer", "{answer}"),
            ("source_label", "{source}"),
            ("saved_at", "{date}"),
            ("more_findings", "{count}"),
            ("last_result", "{date}"),
            ("last_result", "{verdict}"),
            ("source_step", "{step}"),
            ("question_number", "{number}"),
            ("content_error", "{detail}"),
        ];
        let fields = self.fields();
        for &(key, placeholder) in TEMPLATES {
            let text = fields.iter().find(|(k, _)| *k == key).map(|(_, t)| *t);
            if !text.is_some_and(|t| t.contains(placeholder)) {
                return Err(UiTextError::MissingPlaceholder { key, placeholder });
            }
        }
        Ok(())
    }

    fn fields(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("app_title", &self.app_title),
            ("app_tagline", &self.app_tagline),
            ("intro_heading", &self.intro_heading),
            ("intro_lead", &self.intro_lead),
            ("intro_source", &self.intro_source),
            ("start", &self.start),
            ("resume", &self.resume),
            ("resume_hint", &self.resume_hint),
            ("show_result", &self.show_result),
            ("last_result", &self.last_result),
            ("start_over", &self.start_over),
            ("start_over_confirm", &self.start_over_confirm),
            ("confirm_yes", &self.confirm_yes),
            ("confirm_no", &self.confirm_no),
            ("step_of", &self.step_of),
            ("answered_of", &self.answered_of),
            ("progress_label", &self.progress_label),
            ("back", &self.back),
            ("next", &self.next),
            ("to_result", &self.to_result),
            ("error_summary_heading", &self.error_summary_heading),
            ("error_summary_intro", &self.error_summary_intro),
            ("error_missing", &self.error_missing),
            ("question_number", &self.question_number),
            ("result_heading", &self.result_heading),
            ("verdict_prefix", &self.verdict_prefix),
            ("why_heading", &self.why_heading),
            ("drivers_intro", &self.drivers_intro),
            ("more_findings", &self.more_findings),
            ("your_answer", &self.your_answer),
            ("scores_heading", &self.scores_heading),
            ("scores_intro", &self.scores_intro),
            ("chart_label", &self.chart_label),
            ("table_caption", &self.table_caption),
            ("col_dimension", &self.col_dimension),
            ("col_score", &self.col_score),
            ("col_answered", &self.col_answered),
            ("no_score", &self.no_score),
            ("gaps_heading", &self.gaps_heading),
            ("gaps_intro", &self.gaps_intro),
            ("recommendations_heading", &self.recommendations_heading),
            ("edit_answers", &self.edit_answers),
            ("print", &self.print),
            ("source_label", &self.source_label),
            ("source_step", &self.source_step),
            ("saved_at", &self.saved_at),
            ("storage_unavailable", &self.storage_unavailable),
            ("storage_unreadable", &self.storage_unreadable),
            ("storage_write_failed", &self.storage_write_failed),
            ("storage_dropped", &self.storage_dropped),
            ("content_error", &self.content_error),
            ("footer_privacy", &self.footer_privacy),
            ("not_answered", &self.not_answered),
        ]
    }
}

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
