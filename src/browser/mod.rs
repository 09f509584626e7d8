//! The browser layer: the only code besides the UI that touches `web_sys`, `js_sys` or gloo.
//! Thin on purpose: every decision lives in [`crate::app`]; this layer only carries values
//! between the core and the browser, and turns every browser failure into a value, never a
//! panic or an exception.
//!
//! - [`storage`]: localStorage behind a facade that never throws;
//! - [`persist`]: the store in localStorage: backups, read-modify-write saves, erasing;
//! - [`embed`]: settings from the address or the loader, events to the host page, the content
//!   height for the loader's iframe, lookups in the widget's (shadow) root;
//! - [`host`]: clock, URL fragment, frame detection, other tabs' `storage` events, files,
//!   clipboard, printing.

pub mod embed;
pub mod host;
pub mod persist;
pub mod storage;
