//! The app core: everything the widget does besides the model and the browser, as plain data
//! and pure functions. No `leptos`, no `web_sys`, no `js_sys`, no gloo (checked by
//! `tests/architecture.rs`), so all of it is tested natively.
//!
//! - [`session`]: the check in progress and the screens;
//! - [`entry`]: one completed check as it is kept and exported;
//! - [`store`]: everything kept on a device, its stored format and the migration from v1;
//! - [`safekeeping`]: backup slots for stored data that could not be read, quota checks;
//! - [`compare`]: two completed checks compared, area by area, verdict, relations, answers;
//! - [`transfer`]: the export file (JSON), the CSV table, import validation, preview, merge;
//! - [`link`]: one result in the URL fragment (`#ergebnis=…`) and back;
//! - [`i18n`]: the UI texts and the locale registry;
//! - [`json`]: the JSON value, parser and writer of the stored data, exports and imports.
//! - [`markup`]: a small HTML writer, and the radio options of a question as markup;
//! - [`prerender`]: the intro as static HTML for `index.html` (built before the wasm loads).

pub mod compare;
pub mod config;
pub mod embed;
pub mod entry;
pub mod i18n;
pub mod json;
pub mod link;
pub mod markup;
pub mod prerender;
pub mod safekeeping;
pub mod session;
pub mod store;
pub mod transfer;
