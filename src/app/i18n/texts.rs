//! [`UiTexts`]: every text of the user interface in one locale, and how `locales/<code>/ui.json`
//! becomes one.
//!
//! Compiled into `build.rs` as well (so it uses no `super::…` paths, and `crate::model` only for
//! `load::intern`): the build checks every locale's `ui.json` with [`UiTexts::from_json`], fails
//! with the [`UiTextError`] message, and writes the texts as a static `UiTexts` of
//! `&'static str`s that `i18n` includes. The browser build has no JSON reading at all.

#[cfg(not(target_arch = "wasm32"))]
use crate::model::load::intern;
use std::fmt;

/// The Rust type of a text field: `text` (one string) or `list` (bullet points).
macro_rules! text_type {
    (text) => {
        &'static str
    };
    (list) => {
        &'static [&'static str]
    };
}

/// Declares [`UiTexts`] and, outside the browser build, its field-by-field reader.
macro_rules! ui_texts {
    ($($field:ident: $kind:ident,)*) => {
        /// All texts of the user interface in one locale.
        ///
        /// Read strictly: a missing or unknown key is a build error, not a blank on screen.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[allow(missing_docs)] // one field per text; the key names say what they are
        pub struct UiTexts {
            $(pub $field: text_type!($kind),)*
        }

        #[cfg(not(target_arch = "wasm32"))]
        impl UiTexts {
            fn from_object(
                obj: &serde_json::Map<String, serde_json::Value>,
            ) -> Result<Self, UiTextError> {
                // Check every key first, then take them all.
                const KEYS: &[(&str, bool)] =
                    &[$((stringify!($field), <text_type!($kind) as Text>::LIST),)*];
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
                    $($field: Text::from_value(&obj[stringify!($field)]),)*
                })
            }

            /// Every text by key: whether it is a list, and its items (one for a text).
            pub(crate) fn entries(&self) -> Vec<(&'static str, bool, Vec<&'static str>)> {
                vec![$((
                    stringify!($field),
                    <text_type!($kind) as Text>::LIST,
                    Text::items(&self.$field),
                ),)*]
            }
        }
    };
}

/// A text field's type: one string, or a list.
#[cfg(not(target_arch = "wasm32"))]
trait Text {
    /// `true` for a list of strings.
    const LIST: bool;
    /// The value of a checked field (see [`fits`]).
    fn from_value(value: &serde_json::Value) -> Self;
    fn items(&self) -> Vec<&'static str>;
}

#[cfg(not(target_arch = "wasm32"))]
impl Text for &'static str {
    const LIST: bool = false;
    fn from_value(value: &serde_json::Value) -> Self {
        value.as_str().map(intern).unwrap_or_default()
    }
    fn items(&self) -> Vec<&'static str> {
        vec![*self]
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Text for &'static [&'static str] {
    const LIST: bool = true;
    fn from_value(value: &serde_json::Value) -> Self {
        let items: Vec<&'static str> = value
            .as_array()
            .map(|items| items.iter().map(<&str>::from_value).collect())
            .unwrap_or_default();
        items.leak()
    }
    fn items(&self) -> Vec<&'static str> {
        self.to_vec()
    }
}

/// Whether `value` has the shape of a text (`list`: an array of strings).
#[cfg(not(target_arch = "wasm32"))]
fn fits(value: &serde_json::Value, list: bool) -> bool {
    match value {
        serde_json::Value::String(_) => !list,
        serde_json::Value::Array(items) => list && items.iter().all(serde_json::Value::is_string),
        _ => false,
    }
}

ui_texts! {
    app_title: text,
    app_tagline: text,
    intro_heading: text,
    intro_lead: text,
    intro_points: list,
    intro_source: text,
    start: text,
    loading: text,
    loading_failed: text,
    resume: text,
    resume_hint: text,
    show_result: text,
    last_result: text,
    start_over: text,
    start_over_confirm: text,
    confirm_yes: text,
    confirm_no: text,
    step_of: text,
    answered_of: text,
    progress_label: text,
    back: text,
    next: text,
    to_result: text,
    error_summary_heading: text,
    error_summary_intro: text,
    error_missing: text,
    question_number: text,
    result_heading: text,
    verdict_prefix: text,
    why_heading: text,
    drivers_intro: text,
    more_findings: text,
    your_answer: text,
    scores_heading: text,
    scores_intro: text,
    chart_label: text,
    table_caption: text,
    col_dimension: text,
    col_score: text,
    col_answered: text,
    no_score: text,
    gaps_heading: text,
    gaps_intro: text,
    recommendations_heading: text,
    edit_answers: text,
    print: text,
    source_label: text,
    source_step: text,
    saved_at: text,
    storage_unavailable: text,
    storage_write_failed: text,
    footer_privacy: text,
    footer_privacy_in_page: text,
    footer_events: text,
    footer_events_verdict: text,
    offered_by: text,
    contact_label: text,
    opens_new_window: text,
    not_answered: text,
    profile_summary: text,
    older_model: text,
    basis: text,
    quality_heading: text,
    quality_straight: text,
    quality_contradiction: text,
    missing_heading: text,
    missing_rule: text,
    missing_area: text,
    missing_none_applicable: text,
    not_assessed_heading: text,
    not_assessed_na: text,
    not_assessed_stage: text,
    not_assessed: text,
    history_open: text,
    history_open_empty: text,
    history_heading: text,
    history_intro: text,
    history_empty: text,
    history_list_label: text,
    entry_title: text,
    entry_title_date_only: text,
    entry_title_undated: text,
    entry_verdict: text,
    entry_older_model: text,
    entry_show: text,
    entry_show_label: text,
    entry_delete: text,
    entry_delete_label: text,
    entry_delete_confirm: text,
    delete_yes: text,
    compare_selected: text,
    compare_need_two: text,
    compare_with_previous: text,
    delete_all: text,
    delete_all_confirm: text,
    delete_all_yes: text,
    files_heading: text,
    save_file: text,
    save_csv: text,
    csv_hint: text,
    file_saved: text,
    file_failed: text,
    import_label: text,
    import_hint: text,
    import_preview_heading: text,
    import_preview: text,
    import_preview_one: text,
    import_preview_skipped: text,
    import_preview_skipped_one: text,
    import_preview_draft: text,
    import_apply: text,
    import_cancel: text,
    import_done: text,
    import_done_one: text,
    import_nothing: text,
    import_too_large: text,
    import_not_json: text,
    import_not_export: text,
    import_newer: text,
    import_wrong_shape: text,
    import_empty: text,
    import_read_failed: text,
    where_data_heading: text,
    where_data: text,
    compare_heading: text,
    compare_intro: text,
    compare_verdict: text,
    compare_verdict_same: text,
    compare_better: text,
    compare_worse: text,
    compare_chart_label: text,
    compare_table_caption: text,
    col_before: text,
    col_after: text,
    col_change: text,
    change_bands: text,
    change_same_band: text,
    change_none: text,
    change_not_comparable: text,
    change_better: text,
    change_worse: text,
    legend_before: text,
    legend_after: text,
    compare_relations_heading: text,
    compare_appeared: text,
    compare_resolved: text,
    compare_relations_none: text,
    compare_answers_heading: text,
    compare_answers_none: text,
    compare_answer: text,
    compare_model_changed: text,
    compare_model_older: text,
    print_compare: text,
    back_to_history: text,
    back_to_start: text,
    name_label: text,
    name_hint: text,
    name_save: text,
    name_saved: text,
    save_offer: text,
    link_button: text,
    link_intro: text,
    link_label: text,
    link_copy: text,
    link_copied: text,
    link_copy_manual: text,
    shared_heading: text,
    shared_note: text,
    shared_invalid: text,
    shared_own: text,
    storage_full: text,
    storage_nearly_full: text,
    storage_partitioned: text,
    kept_unreadable: text,
    kept_newer: text,
    kept_partial: text,
    kept_partial_one: text,
    notkept_unreadable: text,
    notkept_newer: text,
    notkept_partial: text,
    notkept_partial_one: text,
    download_original: text,
    release_original: text,
    release_confirm: text,
    release_yes: text,
    storage_migrated: text,
    changed_elsewhere: text,
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

#[cfg(not(target_arch = "wasm32"))]
impl UiTexts {
    /// Parses and checks one locale's UI texts: what `build.rs` runs on every `ui.json`, and
    /// the tests on broken ones. Not in the browser build; the texts are interned and lists
    /// leaked, so the result is `'static` like the shipped texts.
    pub fn from_json(json: &str) -> Result<Self, UiTextError> {
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| UiTextError::Parse(e.to_string()))?;
        let serde_json::Value::Object(obj) = value else {
            return Err(UiTextError::Parse("UI texts are not an object".into()));
        };
        let texts = Self::from_object(&obj)?;
        texts.check()?;
        Ok(texts)
    }

    fn check(&self) -> Result<(), UiTextError> {
        let entries = self.entries();
        for (key, _, texts) in &entries {
            if texts.is_empty() || texts.iter().any(|t| t.trim().is_empty()) {
                return Err(UiTextError::Empty((*key).to_owned()));
            }
        }
        for &(key, placeholder) in TEMPLATES {
            let text = entries
                .iter()
                .find(|(k, _, _)| *k == key)
                .and_then(|(_, _, t)| t.first().copied())
                .unwrap_or_default();
            if !text.contains(placeholder) {
                return Err(UiTextError::MissingPlaceholder { key, placeholder });
            }
        }
        Ok(())
    }
}

/// Texts the UI fills in, with the placeholders each must contain.
#[cfg(not(target_arch = "wasm32"))]
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
