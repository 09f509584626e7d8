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
mod footer;
mod heading;
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
mod radio_group;
mod recommendations;
mod result_link;
mod result_page;
mod save_file;
mod score_chart;
mod score_table;
pub mod state;
mod verdict_box;

pub use app::App;

use crate::app::prerender::{
    field_of_name, EarlyClick, EarlyState, PENDING_ATTRIBUTE, PRERENDER_CLASS, SHOWN_ATTRIBUTE,
};
use crate::browser::embed::{self, Surroundings};
use leptos::prelude::*;
use std::rc::Rc;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;

/// The id of the element the widget's own page (`index.html`) mounts into.
pub const MOUNT_ID: &str = "netzwerk-check";
/// The class that element also carries: a partner's page that loads the wasm for the in-page
/// element may well have an element with that id (an anchor), and must not get a second,
/// hidden widget in it.
pub const MOUNT_CLASS: &str = "nc-host";

/// Mounts the widget into `#netzwerk-check.nc-host` of its own page (standalone, or in the
/// loader's iframe), configured by the page's URL parameters. A page without that element (a
/// partner's page that loaded the wasm for the in-page element) gets nothing: [`nc_mount`]
/// does that.
///
/// The intro that `index.html` shows before the wasm ([`crate::app::prerender`]) is removed
/// and the live widget mounted in the same synchronous step (no paint in between); a click on
/// it that the start-up script noted is carried out by the live widget.
pub fn mount() {
    let Some(host) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(MOUNT_ID))
        .filter(|e| e.class_name().split_whitespace().any(|c| c == MOUNT_CLASS))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    // The page's widget stays for the life of the page.
    std::mem::forget(mount_page(host));
}

/// Mounts the widget as on its own page into `host` (what [`mount`] does with
/// `#netzwerk-check.nc-host`); the browser tests use it with a host of their own.
pub fn mount_page(host: web_sys::HtmlElement) -> Mounted {
    let config = embed::configure(embed::settings_from_address());
    let around = Rc::new(Surroundings::page(host.clone().into(), &config));
    let early = take_prerender(&host);
    let handle = leptos::mount::mount_to(host, move || {
        view! { <App config=config around=around early=early /> }
    });
    Mounted {
        handle: Some(Box::new(handle)),
    }
}

/// Removes the markup `index.html` pre-rendered into `host` and returns what the visitor did
/// with it before the wasm was ready: the first question page shown by the start-up script
/// (`data-nc-shown="page"`), the profile answers checked there, the element with the keyboard
/// focus, and a click it noted (`data-nc-pending`).
fn take_prerender(host: &web_sys::HtmlElement) -> EarlyState {
    let Some(prerendered) = host
        .query_selector(&format!(".{PRERENDER_CLASS}"))
        .ok()
        .flatten()
    else {
        return EarlyState::default();
    };
    let click = prerendered
        .get_attribute(PENDING_ATTRIBUTE)
        .and_then(|value| EarlyClick::from_attribute(&value));
    let on_first_page = prerendered.get_attribute(SHOWN_ATTRIBUTE).as_deref() == Some("page");
    let mut answers = Vec::new();
    if let Ok(checked) = prerendered.query_selector_all("input[type=radio]:checked") {
        for i in 0..checked.length() {
            let Some(input) = checked
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                continue;
            };
            if let Some(field) = field_of_name(&input.name()) {
                answers.push((field.to_owned(), input.value()));
            }
        }
    }
    let focused = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .filter(|e| prerendered.contains(Some(e)))
        .and_then(|e| field_of_name(&e.id()).map(str::to_owned));
    prerendered.remove();
    EarlyState {
        on_first_page,
        answers,
        focused,
        click,
    }
}

/// A widget mounted in a partner's page; `unmount()` removes it (the loader calls it when the
/// element leaves the page).
#[wasm_bindgen]
pub struct Mounted {
    handle: Option<Box<dyn std::any::Any>>,
}

#[wasm_bindgen]
impl Mounted {
    /// Removes the widget and everything it listens to.
    pub fn unmount(&mut self) {
        self.handle = None;
    }
}

/// In-page mode: mounts a widget into `container` (inside the `<netzwerk-check>` element's
/// shadow root), configured by `settings` (the element's `data-*` attributes as
/// `[key, value]` pairs), with its events dispatched on `events` (the element).
#[wasm_bindgen]
pub fn nc_mount(
    container: web_sys::HtmlElement,
    settings: js_sys::Array,
    events: web_sys::EventTarget,
) -> Mounted {
    let config = embed::configure(embed::settings_from_pairs(&settings));
    let around = Rc::new(Surroundings::partner_page(container.clone().into(), events));
    let handle = leptos::mount::mount_to(container, move || {
        view! { <App config=config around=around /> }
    });
    Mounted {
        handle: Some(Box::new(handle)),
    }
}
