//! User-interface texts, loaded from locale data (`locales/<code>/ui.json`).
//!
//! Every word the UI shows comes from here or from the questionnaire's locale file, never from
//! Rust code, so English and Leichte Sprache are new JSON files, not code changes. Plain data and
//! pure functions: no `leptos`, no `web_sys`.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The German UI texts shipped with the widget.
const DE_UI: &str = include_str!("../../locales/de/ui.json");

/// A locale the widget ships: its BCP 47 code (also the `lang` attribute) and its name in
/// itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    /// BCP 47 code, e.g. `de`.
    pub code: &'static str,
    /// The language's own name, e.g. `Deutsch`.
    pub name: &'static str,
    ui: &'static str,
}

/// Every locale the widget ships, the default first. English and Leichte Sprache are added
/// here (plus their JSON files), not in code elsewhere.
pub const LOCALES: &[Locale] = &[Locale {
    code: "de",
    name: "Deutsch",
    ui: DE_UI,
}];

/// The locale with `code` (case-insensitive; a region such as `de-AT` falls back to `de`).
pub fn locale(code: &str) -> Option<&'static Locale> {
    let code = code.trim().to_ascii_lowercase();
    let base = code.split(['-', '_']).next().unwrap_or_default();
    LOCALES
        .iter()
        .find(|l| l.code == code)
        .or_else(|| LOCALES.iter().find(|l| l.code == base))
}

impl Locale {
    /// This locale's UI texts, checked.
    pub fn texts(&self) -> Result<UiTexts, UiTextError> {
        UiTexts::from_json(self.ui)
    }
}

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
    pub storage_write_failed: String,
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
    pub history_open: String,
    pub history_open_empty: String,
    pub history_heading: String,
    pub history_intro: String,
    pub history_empty: String,
    pub history_list_label: String,
    pub entry_title: String,
    pub entry_unknown_date: String,
    pub entry_verdict: String,
    pub entry_older_model: String,
    pub entry_show: String,
    pub entry_show_label: String,
    pub entry_delete: String,
    pub entry_delete_label: String,
    pub entry_delete_confirm: String,
    pub delete_yes: String,
    pub compare_selected: String,
    pub compare_need_two: String,
    pub compare_with_previous: String,
    pub delete_all: String,
    pub delete_all_confirm: String,
    pub delete_all_yes: String,
    pub files_heading: String,
    pub save_file: String,
    pub save_csv: String,
    pub csv_hint: String,
    pub file_saved: String,
    pub file_failed: String,
    pub import_label: String,
    pub import_hint: String,
    pub import_preview_heading: String,
    pub import_preview: String,
    pub import_preview_skipped: String,
    pub import_preview_draft: String,
    pub import_apply: String,
    pub import_cancel: String,
    pub import_done: String,
    pub import_nothing: String,
    pub import_too_large: String,
    pub import_not_json: String,
    pub import_not_export: String,
    pub import_newer: String,
    pub import_wrong_shape: String,
    pub import_empty: String,
    pub import_read_failed: String,
    pub where_data_heading: String,
    pub where_data: String,
    pub compare_heading: String,
    pub compare_intro: String,
    pub compare_verdict: String,
    pub compare_verdict_same: String,
    pub compare_better: String,
    pub compare_worse: String,
    pub compare_chart_label: String,
    pub compare_table_caption: String,
    pub col_before: String,
    pub col_after: String,
    pub col_change: String,
    pub change_bands: String,
    pub change_same_band: String,
    pub change_none: String,
    pub change_not_comparable: String,
    pub change_better: String,
    pub change_worse: String,
    pub legend_before: String,
    pub legend_after: String,
    pub compare_relations_heading: String,
    pub compare_appeared: String,
    pub compare_resolved: String,
    pub compare_relations_none: String,
    pub compare_answers_heading: String,
    pub compare_answers_none: String,
    pub compare_answer: String,
    pub compare_model_changed: String,
    pub compare_model_older: String,
    pub print_compare: String,
    pub back_to_history: String,
    pub back_to_start: String,
    pub name_label: String,
    pub name_hint: String,
    pub name_save: String,
    pub name_saved: String,
    pub save_offer: String,
    pub link_button: String,
    pub link_intro: String,
    pub link_label: String,
    pub link_copy: String,
    pub link_copied: String,
    pub link_copy_manual: String,
    pub shared_heading: String,
    pub shared_note: String,
    pub shared_invalid: String,
    pub shared_own: String,
    pub storage_full: String,
    pub storage_nearly_full: String,
    pub storage_partitioned: String,
    pub kept_unreadable: String,
    pub kept_newer: String,
    pub kept_partial: String,
    pub notkept_unreadable: String,
    pub notkept_newer: String,
    pub notkept_partial: String,
    pub download_original: String,
    pub release_original: String,
    pub release_confirm: String,
    pub release_yes: String,
    pub storage_migrated: String,
    pub changed_elsewhere: String,
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
    ("resume_hint", "{answered}"),
    ("resume_hint", "{total}"),
    ("last_result", "{date}"),
    ("last_result", "{verdict}"),
    ("step_of", "{current}"),
    ("step_of", "{total}"),
    ("answered_of", "{answered}"),
    ("answered_of", "{total}"),
    ("question_number", "{number}"),
    ("more_findings", "{count}"),
    ("your_answer", "{answer}"),
    ("source_label", "{source}"),
    ("source_step", "{step}"),
    ("saved_at", "{date}"),
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
    ("entry_title", "{date}"),
    ("entry_verdict", "{verdict}"),
    ("entry_older_model", "{version}"),
    ("entry_show_label", "{title}"),
    ("entry_delete_label", "{title}"),
    ("file_saved", "{file}"),
    ("file_failed", "{detail}"),
    ("import_preview", "{new}"),
    ("import_preview", "{existing}"),
    ("import_preview_skipped", "{skipped}"),
    ("import_done", "{count}"),
    ("import_too_large", "{size}"),
    ("import_newer", "{version}"),
    ("compare_intro", "{older}"),
    ("compare_intro", "{newer}"),
    ("compare_verdict", "{before}"),
    ("compare_verdict", "{after}"),
    ("compare_verdict_same", "{verdict}"),
    ("change_bands", "{delta}"),
    ("change_bands", "{before}"),
    ("change_bands", "{after}"),
    ("change_same_band", "{delta}"),
    ("change_same_band", "{band}"),
    ("compare_answer", "{before}"),
    ("compare_answer", "{after}"),
    ("compare_model_changed", "{before}"),
    ("compare_model_changed", "{after}"),
    ("compare_model_older", "{version}"),
    ("kept_partial", "{count}"),
    ("notkept_partial", "{count}"),
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
    fn every_registered_locale_loads_and_regions_fall_back() {
        for l in LOCALES {
            assert!(l.texts().is_ok(), "{}", l.code);
        }
        assert_eq!(locale("de-AT").map(|l| l.code), Some("de"));
        assert_eq!(locale(" DE ").map(|l| l.code), Some("de"));
        assert_eq!(locale("xx"), None);
    }

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
