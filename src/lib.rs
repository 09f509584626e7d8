//! Netzwerk-Check: a readiness self-check for people who build local networks.
//!
//! The crate has two halves:
//! - [`model`]: the questionnaire, its scoring and the fit verdict as plain data and pure
//!   functions. No `leptos`, no `web_sys`; usable and tested natively.
//! - the UI (Leptos, client-side rendered) and the browser glue, a thin layer on top.

pub mod i18n;
pub mod model;
pub mod session;
pub mod storage;
pub mod ui;

/// Entry point of the browser build: mounts the widget into the host page.
pub fn start() {
    ui::mount();
}
