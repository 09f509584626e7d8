//! Netzwerk-Check: a readiness self-check for people who build local networks.
//!
//! The crate has two halves:
//! - [`model`]: the questionnaire, its scoring and the fit verdict as plain data and pure
//!   functions. No `leptos`, no `web_sys`; usable and tested natively.
//! - the UI (Leptos, client-side rendered) and the browser glue, a thin layer on top.
//!
//! The model works without a browser:
//!
//! ```
//! use netzwerk_check::model::{
//!     assess, Answer, Answers, Kind, Profile, Questionnaire, RelationKind, Scope, Stage,
//!     VerdictKind,
//! };
//!
//! let q = Questionnaire::german().expect("shipped content is valid");
//! // Nothing answered yet: the model says so instead of guessing.
//! let nothing = Profile::default();
//! assert_eq!(assess(&q, &nothing, &Answers::new()).verdict, VerdictKind::InsufficientData);
//!
//! // A lasting, region-wide network with big goals, few resources and a fast pace: every
//! // statement answered at its worst end.
//! let profile = Profile {
//!     kind: Some(Kind::Network),
//!     stage: Some(Stage::Working),
//!     scope: Some(Scope::Region),
//! };
//! let mut answers = Answers::new();
//! for question in q.all_questions() {
//!     let demanding = question.dimension.is_demand();
//!     let agrees = matches!(question.direction, netzwerk_check::model::Direction::Raises);
//!     answers.set(&question.id, Answer::Scale(if demanding == agrees { 5 } else { 1 }));
//! }
//! let result = assess(&q, &profile, &answers);
//! assert_eq!(result.verdict, VerdictKind::Overstretched);
//! assert_eq!(result.findings[0].kind, RelationKind::AmbitionResourcesPace);
//! assert!(!result.recommendations.is_empty());
//! ```

pub mod app;
pub mod browser;
pub mod model;
pub mod ui;

/// Entry point of the browser build: mounts the widget into the host page.
pub fn start() {
    ui::mount();
}

/// Size in bytes of the wasm linear memory, for the memory benchmark `scripts/bench-memory.mjs`
/// (page JS reaches it as `window.wasmBindings.nc_wasm_memory_bytes()`).
///
/// The figure only ever grows (wasm memory is never handed back to the browser), so a figure that
/// stays flat over many screen changes shows that the heap reuses what earlier screens freed.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn nc_wasm_memory_bytes() -> f64 {
    use wasm_bindgen::JsCast;
    wasm_bindgen::memory()
        .unchecked_into::<js_sys::WebAssembly::Memory>()
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length()
        .into()
}
