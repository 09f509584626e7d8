//! Browser glue tests, run by wasm-bindgen-test in headless Chromium:
//! the storage facade against real localStorage, and the widget mounted into a fresh node.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use netzwerk_check::storage::{Storage, StorageError};
use netzwerk_check::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh, attached container for one mounted widget.
fn fresh_host() -> web_sys::HtmlElement {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    host.unchecked_into()
}

#[wasm_bindgen_test]
fn storage_round_trips_through_local_storage() {
    let storage = Storage::open();
    assert!(storage.is_available());
    storage.write("nc-test.value", &vec![1, 2, 3]).unwrap();
    assert_eq!(
        storage.read_raw("nc-test.value").as_deref(),
        Some("[1,2,3]")
    );
    storage.write_raw("nc-test.raw", "{not json").unwrap();
    assert_eq!(
        storage.read_raw("nc-test.raw").as_deref(),
        Some("{not json")
    );
    storage.remove("nc-test.value");
    storage.remove("nc-test.raw");
    assert_eq!(storage.read_raw("nc-test.value"), None);
}

#[wasm_bindgen_test]
fn unavailable_storage_reports_instead_of_throwing() {
    let storage = Storage::unavailable();
    assert!(!storage.is_available());
    assert_eq!(storage.read_raw("anything"), None);
    assert_eq!(storage.write("k", &1), Err(StorageError::Unavailable));
    storage.remove("k");
}

#[wasm_bindgen_test]
fn app_mounts_with_the_intro_heading() {
    let host = fresh_host();
    let handle = leptos::mount::mount_to(host.clone(), App);
    let h1 = host.query_selector("h1").unwrap().expect("an h1");
    assert_eq!(
        h1.text_content().unwrap(),
        "Passt Ihr Netzwerk-Vorhaben zusammen?"
    );
    let button = host
        .query_selector("button")
        .unwrap()
        .expect("a start button");
    assert_eq!(button.text_content().unwrap(), "Check starten");
    drop(handle);
    host.remove();
}
