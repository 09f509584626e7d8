//! Browser glue tests, run by wasm-bindgen-test in headless Chromium:
//! the storage facade against real localStorage, and the widget mounted into a fresh node.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use netzwerk_check::model::{Answer, Questionnaire, Stage};
use netzwerk_check::session::{restore, Screen, BACKUP_KEY, STORAGE_KEY};
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

fn clear_session() {
    let storage = Storage::open();
    storage.remove(STORAGE_KEY);
    storage.remove(BACKUP_KEY);
}

fn click(host: &web_sys::HtmlElement, selector: &str) {
    let el = host.query_selector(selector).unwrap().expect(selector);
    el.unchecked_into::<web_sys::HtmlElement>().click();
}

fn text(host: &web_sys::HtmlElement, selector: &str) -> String {
    let el = host.query_selector(selector).unwrap().expect(selector);
    el.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn start_answer_and_persist() {
    clear_session();
    let q = Questionnaire::german().unwrap();
    let host = fresh_host();
    let handle = leptos::mount::mount_to(host.clone(), App);
    click(&host, "button.nc-button--primary");
    leptos::task::tick().await;
    // The profile page comes first.
    assert_eq!(text(&host, "h1"), q.profile_title());
    // Focus moved to the new page's heading.
    let active = document().active_element().unwrap();
    assert_eq!(active.id(), "nc-page-heading");
    // "Weiter" without answers shows the error summary, focused, linking every question.
    click(&host, "button[type=submit]");
    leptos::task::tick().await;
    let links = host.query_selector_all(".nc-error-summary a").unwrap();
    assert_eq!(links.length() as usize, q.profile_questions().len());
    assert!(document()
        .active_element()
        .unwrap()
        .class_name()
        .contains("nc-error-summary"));
    // Profile answers are saved at once; at the idea stage the commitment page is skipped.
    click(&host, "#nc-kind-network");
    click(&host, "#nc-stage-idea");
    click(&host, "#nc-scope-town");
    leptos::task::tick().await;
    let stored = Storage::open().read_raw(STORAGE_KEY).unwrap();
    let restored = restore(Some(&stored), &q);
    assert_eq!(restored.session.profile.stage, Some(Stage::Idea));
    assert_eq!(restored.session.pages(&q).len(), q.dimensions().len());
    assert!(host.query_selector(".nc-error-summary").unwrap().is_none());
    click(&host, "button[type=submit]");
    leptos::task::tick().await;
    assert_eq!(text(&host, "h1"), q.dimensions()[0].title);
    // An answer is saved to localStorage at once.
    let first = &q.all_questions()[0].id;
    click(&host, &format!("#nc-{first}-4"));
    leptos::task::tick().await;
    let stored = Storage::open().read_raw(STORAGE_KEY).unwrap();
    let restored = restore(Some(&stored), &q);
    assert_eq!(restored.session.answers.get(first), Some(Answer::Scale(4)));
    assert_eq!(restored.session.screen, Screen::Page(1));
    drop(handle);
    host.remove();
    clear_session();
}

#[wasm_bindgen_test]
async fn unreadable_storage_shows_a_notice_and_keeps_the_raw_value() {
    clear_session();
    let storage = Storage::open();
    storage.write_raw(STORAGE_KEY, "{broken").unwrap();
    let host = fresh_host();
    let handle = leptos::mount::mount_to(host.clone(), App);
    leptos::task::tick().await;
    assert!(text(&host, ".nc-notice").contains("nicht gelesen"));
    assert_eq!(storage.read_raw(BACKUP_KEY).as_deref(), Some("{broken"));
    drop(handle);
    host.remove();
    clear_session();
}

#[wasm_bindgen_test]
fn app_mounts_with_the_intro_heading() {
    clear_session();
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
