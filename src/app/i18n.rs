//! User-interface texts, loaded from locale data (`locales/<code>/ui.json`).
//!
//! Every word the UI shows comes from here or from the questionnaire's locale file, never from
//! Rust code, so English and Leichte Sprache are new JSON files, not code changes. Plain data and
//! pure functions: no `leptos`, no `web_sys`.

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

/// A list of texts (bullet points).
type Strings = Vec<String>;

/// Declares [`UiTexts`] and its field-by-field reader. Generated code stays small: a derived
/// `Deserialize` for ~180 fields was over 100 KB of wasm (one giant visitor), while this reads a
/// JSON object once and takes each field out of it.
macro_rules! ui_texts {
    ($($field:ident: $ty:ident,)*) => {
        /// All texts of the user interface in one locale.
        ///
        /// Read strictly: a missing or unknown key is a load error, not a blank on screen.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[allow(missing_docs)] // one field per text; the key names say what they are
        pub struct UiTexts {
            $(pub $field: $ty,)*
        }

        impl UiTexts {
            fn from_object(
                mut obj: serde_json::Map<String, serde_json::Value>,
            ) -> Result<Self, UiTextError> {
                // Check every key first, then take them all without a way out in between (an
                // early return per field made the compiler emit drop code for every partial
                // struct: 180 KB of wasm).
                const KEYS: &[(&str, bool)] = &[$((stringify!($field), <$ty as Text>::LIST),)*];
                for &(key, list) in KEYS {
                    match obj.get(key) {
                        None => return Err(UiTextError::Parse(format!("missing field `{key}`"))),
                        Some(value) if !fits(value, list) => {
                            return Err(UiTextError::Parse(format!("`{key}` has the wrong type")))
                        }
                        Some(_) => {}
                    }
                }
                if let Some(key) = obj.keys().find(|k| !KEYS.iter().any(|(known, _)| known == k)) {
                    return Err(UiTextError::Parse(format!("unknown field `{key}`")));
                }
                Ok(Self {
                    $($field: pick(&mut obj, stringify!($field)),)*
                })
            }

            /// Every text by key (lists flattened), for the checks.
            fn entries(&self) -> Vec<(&'static str, Vec<&str>)> {
                vec![$((stringify!($field), Text::items(&self.$field)),)*]
            }
        }
    };
}

/// A text field's type: one string, or a list.
trait Text: Default {
    /// `true` for a list of strings.
    const LIST: bool;
    fn from_value(value: serde_json::Value) -> Self;
    fn items(&self) -> Vec<&str>;
}

impl Text for String {
    const LIST: bool = false;
    fn from_value(value: serde_json::Value) -> Self {
        match value {
            serde_json::Value::String(s) => s,
            _ => String::new(),
        }
    }
    fn items(&self) -> Vec<&str> {
        vec![self.as_str()]
    }
}

impl Text for Strings {
    const LIST: bool = true;
    fn from_value(value: serde_json::Value) -> Self {
        match value {
            serde_json::Value::Array(items) => items.into_iter().map(String::from_value).collect(),
            _ => Vec::new(),
        }
    }
    fn items(&self) -> Vec<&str> {
        self.iter().map(String::as_str).collect()
    }
}

/// Whether `value` has the shape of a text (`list`: an array of strings).
fn fits(value: &serde_json::Value, list: bool) -> bool {
    match value {
        serde_json::Value::String(_) => !list,
        serde_json::Value::Array(items) => list && items.iter().all(serde_json::Value::is_string),
        _ => false,
    }
}

/// Takes a checked field out of the object.
#[inline(never)]
fn pick<T: Text>(obj: &mut serde_json::Map<String, serde_json::Value>, key: &str) -> T {
    obj.remove(key).map(T::from_value).unwrap_or_default()
}

ui_texts! {
    app_title: String,
    app_tagline: String,
    intro_heading: String,
    intro_lead: String,
    intro_points: Strings,
    intro_source: String,
    start: String,
    loading: String,
    loading_failed: String,
    resume: String,
    resume_hint: String,
    show_result: String,
    last_result: String,
    start_over: String,
    start_over_confirm: String,
    confirm_yes: String,
    confirm_no: String,
    step_of: String,
    answered_of: String,
    progress_label: String,
    back: String,
    next: String,
    to_result: String,
    error_summary_heading: String,
    error_summary_intro: String,
    error_missing: String,
    question_number: String,
    result_heading: String,
    verdict_prefix: String,
    why_heading: String,
    drivers_intro: String,
    more_findings: String,
    your_answer: String,
    scores_heading: String,
    scores_intro: String,
    chart_label: String,
    table_caption: String,
    col_dimension: String,
    col_score: String,
    col_answered: String,
    no_score: String,
    gaps_heading: String,
    gaps_intro: String,
    recommendations_heading: String,
    edit_answers: String,
    print: String,
    source_label: String,
    source_step: String,
    saved_at: String,
    storage_unavailable: String,
    storage_write_failed: String,
    content_error: String,
    footer_privacy: String,
    footer_privacy_in_page: String,
    footer_events: String,
    footer_events_verdict: String,
    offered_by: String,
    contact_label: String,
    opens_new_window: String,
    not_answered: String,
    profile_summary: String,
    older_model: String,
    basis: String,
    quality_heading: String,
    quality_straight: String,
    quality_contradiction: String,
    missing_heading: String,
    missing_rule: String,
    missing_area: String,
    missing_none_applicable: String,
    not_assessed_heading: String,
    not_assessed_na: String,
    not_assessed_stage: String,
    not_assessed: String,
    history_open: String,
    history_open_empty: String,
    history_heading: String,
    history_intro: String,
    history_empty: String,
    history_list_label: String,
    entry_title: String,
    entry_title_date_only: String,
    entry_title_undated: String,
    entry_verdict: String,
    entry_older_model: String,
    entry_show: String,
    entry_show_label: String,
    entry_delete: String,
    entry_delete_label: String,
    entry_delete_confirm: String,
    delete_yes: String,
    compare_selected: String,
    compare_need_two: String,
    compare_with_previous: String,
    delete_all: String,
    delete_all_confirm: String,
    delete_all_yes: String,
    files_heading: String,
    save_file: String,
    save_csv: String,
    csv_hint: String,
    file_saved: String,
    file_failed: String,
    import_label: String,
    import_hint: String,
    import_preview_heading: String,
    import_preview: String,
    import_preview_one: String,
    import_preview_skipped: String,
    import_preview_skipped_one: String,
    import_preview_draft: String,
    import_apply: String,
    import_cancel: String,
    import_done: String,
    import_done_one: String,
    import_nothing: String,
    import_too_large: String,
    import_not_json: String,
    import_not_export: String,
    import_newer: String,
    import_wrong_shape: String,
    import_empty: String,
    import_read_failed: String,
    where_data_heading: String,
    where_data: String,
    compare_heading: String,
    compare_intro: String,
    compare_verdict: String,
    compare_verdict_same: String,
    compare_better: String,
    compare_worse: String,
    compare_chart_label: String,
    compare_table_caption: String,
    col_before: String,
    col_after: String,
    col_change: String,
    change_bands: String,
    change_same_band: String,
    change_none: String,
    change_not_comparable: String,
    change_better: String,
    change_worse: String,
    legend_before: String,
    legend_after: String,
    compare_relations_heading: String,
    compare_appeared: String,
    compare_resolved: String,
    compare_relations_none: String,
    compare_answers_heading: String,
    compare_answers_none: String,
    compare_answer: String,
    compare_model_changed: String,
    compare_model_older: String,
    print_compare: String,
    back_to_history: String,
    back_to_start: String,
    name_label: String,
    name_hint: String,
    name_save: String,
    name_saved: String,
    save_offer: String,
    link_button: String,
    link_intro: String,
    link_label: String,
    link_copy: String,
    link_copied: String,
    link_copy_manual: String,
    shared_heading: String,
    shared_note: String,
    shared_invalid: String,
    shared_own: String,
    storage_full: String,
    storage_nearly_full: String,
    storage_partitioned: String,
    kept_unreadable: String,
    kept_newer: String,
    kept_partial: String,
    kept_partial_one: String,
    notkept_unreadable: String,
    notkept_newer: String,
    notkept_partial: String,
    notkept_partial_one: String,
    download_original: String,
    release_original: String,
    release_confirm: String,
    release_yes: String,
    storage_migrated: String,
    changed_elsewhere: String,
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
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| UiTextError::Parse(e.to_string()))?;
        let serde_json::Value::Object(obj) = value else {
            return Err(UiTextError::Parse("UI texts are not an object".into()));
        };
        let texts = Self::from_object(obj)?;
        texts.check()?;
        Ok(texts)
    }

    fn check(&self) -> Result<(), UiTextError> {
        let entries = self.entries();
        for (key, texts) in &entries {
            if texts.is_empty() || texts.iter().any(|t| t.trim().is_empty()) {
                return Err(UiTextError::Empty((*key).to_owned()));
            }
        }
        for &(key, placeholder) in TEMPLATES {
            let text = entries
                .iter()
                .find(|(k, _)| *k == key)
                .and_then(|(_, t)| t.first().copied())
                .unwrap_or_default();
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
    ("saved_at", "{time}"),
    ("entry_title", "{time}"),
    ("entry_title_date_only", "{date}"),
    ("import_preview_one", "{existing}"),
    ("content_error", "{detail}"),
    ("offered_by", "{partner}"),
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

/// `one` when `n` is 1, else `other` with `{count}` filled in (German and English need no
/// more forms; a locale that does gets its own rule here).
pub fn count_text(one: &str, other: &str, n: usize) -> String {
    if n == 1 {
        one.to_owned()
    } else {
        fill(other, &[("count", &n.to_string())])
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
