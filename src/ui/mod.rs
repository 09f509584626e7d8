//! The Leptos UI: a thin layer of components over the model. One component a file.
//!
//! Architecture invariant: components hold no business logic; scoring and the verdict come from
//! [`crate::model`], texts from locale data, persistence through [`state`] and
//! [`crate::browser::storage`].

mod answer_notes;
mod app;
mod compare_chart;
mod compare_page;
mod compare_table;
mod confirm_action;
mod entry_name;
mod error_summary;
mod findings;
mod history_item;
mod history_page;
mod import_panel;
mod intro;
mod missing_answers;
mod notice;
mod page_heading;
mod profile_field;
mod progress;
pub(crate) mod question_field;
mod question_page;
mod recommendations;
mod result_link;
mod result_page;
mod save_file;
mod score_chart;
mod score_table;
pub mod state;
mod verdict_box;

pub use app::App;

use wasm_bindgen::JsCast;

/// The id of the element the widget mounts into; partners put `<div id="netzwerk-check">` in
/// their page. Without it the widget mounts at the end of `<body>`.
pub const MOUNT_ID: &str = "netzwerk-check";

/// Mounts the widget into `#netzwerk-check` (or `<body>`) and keeps it mounted.
pub fn mount() {
    let host = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(MOUNT_ID))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match host {
        Some(host) => leptos::mount::mount_to(host, App).forget(),
        None => leptos::mount::mount_to_body(App),
    }
}
