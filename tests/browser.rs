//! Browser glue tests, run by wasm-bindgen-test in headless Chromium: the storage facade and
//! the persistence layer against real localStorage, and the widget mounted into a fresh node.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use netzwerk_check::app::i18n::UiTexts;
use netzwerk_check::app::prerender;
use netzwerk_check::app::session::Screen;
use netzwerk_check::app::store::{backup_key, read, Store, BACKUP_SLOTS, LEGACY_KEY, STORE_KEY};
use netzwerk_check::browser::persist::{Finding, Persist, SaveError, Trouble};
use netzwerk_check::browser::storage::{Storage, StorageError};
use netzwerk_check::model::{Answer, Questionnaire, Stage};
use netzwerk_check::ui::{mount_page, nc_mount, Mounted};
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

/// Mounts a widget as the in-page element does, with `settings` as its data attributes.
fn mount(host: &web_sys::HtmlElement, settings: &[(&str, &str)]) -> Mounted {
    let pairs = js_sys::Array::new();
    for (k, v) in settings {
        pairs.push(&js_sys::Array::of2(&(*k).into(), &(*v).into()));
    }
    nc_mount(host.clone(), pairs, host.clone().into())
}

#[wasm_bindgen_test]
fn storage_round_trips_through_local_storage() {
    let storage = Storage::open();
    assert!(storage.can_read() && storage.can_write());
    storage.write("nc-test.raw", "{not json").unwrap();
    assert_eq!(
        storage.read("nc-test.raw").unwrap().as_deref(),
        Some("{not json")
    );
    storage.remove("nc-test.raw").unwrap();
    assert_eq!(storage.read("nc-test.raw").unwrap(), None);
    assert!(storage.used_chars().is_some());
}

#[wasm_bindgen_test]
fn json_values_are_written_through_gloo_and_numbers_kept_as_written() {
    use netzwerk_check::app::json::parse;
    let storage = Storage::open();
    // The typed path (gloo-storage's `set`): what is stored is what the app core encodes.
    let plain = parse(r#"{"b":[1,-2,"x\n\u00e4"],"a":{"n":null,"t":true}}"#).unwrap();
    storage.write_value("nc-test.json", &plain).unwrap();
    assert_eq!(
        storage.read("nc-test.json").unwrap(),
        Some(plain.to_string())
    );
    // A non-integer number of a newer version's field is kept exactly as written (the
    // facade's own text instead of gloo's float formatting).
    let newer = parse(r#"{"future":{"weight":1.50,"big":1e400},"schema":2}"#).unwrap();
    storage.write_value("nc-test.json", &newer).unwrap();
    assert_eq!(
        storage.read("nc-test.json").unwrap().as_deref(),
        Some(r#"{"future":{"big":1e400,"weight":1.50},"schema":2}"#)
    );
    assert_eq!(
        newer.to_string(),
        r#"{"future":{"big":1e400,"weight":1.50},"schema":2}"#
    );
    storage.remove("nc-test.json").unwrap();
    assert_eq!(
        Storage::unavailable().write_value("k", &plain),
        Err(StorageError::Unavailable)
    );
}

#[wasm_bindgen_test]
fn unavailable_storage_reports_instead_of_throwing() {
    let storage = Storage::unavailable();
    assert!(!storage.can_read() && !storage.can_write());
    assert_eq!(storage.read("anything"), Err(StorageError::Unavailable));
    assert_eq!(storage.write("k", "1"), Err(StorageError::Unavailable));
    assert_eq!(storage.remove("k"), Err(StorageError::Unavailable));
}

fn clear_session() {
    let storage = Storage::open();
    let _ = storage.remove(STORE_KEY);
    let _ = storage.remove(LEGACY_KEY);
    for n in 1..=BACKUP_SLOTS {
        let _ = storage.remove(&backup_key(n));
    }
}

fn stored(q: &Questionnaire) -> Store {
    let raw = Storage::open().read(STORE_KEY).unwrap();
    read(raw.as_deref(), q).0
}

#[wasm_bindgen_test]
fn start_up_writes_nothing_and_backups_are_never_overwritten() {
    clear_session();
    let q = Questionnaire::german().unwrap();
    let storage = Storage::open();
    // Nothing stored: nothing written.
    let (_, store, findings) = Persist::start(storage, &q);
    assert_eq!(store, Store::default());
    assert!(findings.is_empty(), "{findings:?}");
    assert_eq!(storage.read(STORE_KEY).unwrap(), None);
    // Unreadable data goes into a free slot before anything can overwrite it.
    storage.write(STORE_KEY, "{broken 1").unwrap();
    let (mut p, _, findings) = Persist::start(storage, &q);
    assert_eq!(findings, [Finding::KeptAside(Trouble::Unreadable)]);
    assert_eq!(
        storage.read(&backup_key(1)).unwrap().as_deref(),
        Some("{broken 1")
    );
    // A reload before any change finds it already kept: no second copy.
    let (_, _, _) = Persist::start(storage, &q);
    assert_eq!(p.backups(), 1);
    assert!(p.save(&Store::default()).is_ok());
    // Fill the other slots; a new unreadable value cannot be kept, so it is protected.
    storage.write(&backup_key(2), "other").unwrap();
    storage.write(&backup_key(3), "other 3").unwrap();
    storage.write(STORE_KEY, "{broken 2").unwrap();
    let (mut p, _, findings) = Persist::start(storage, &q);
    assert_eq!(findings, [Finding::NotKept(Trouble::Unreadable)]);
    assert_eq!(p.save(&Store::default()), Err(SaveError::Protected));
    assert_eq!(
        storage.read(STORE_KEY).unwrap().as_deref(),
        Some("{broken 2")
    );
    assert_eq!(
        storage.read(&backup_key(1)).unwrap().as_deref(),
        Some("{broken 1")
    );
    assert_eq!(p.protected(), Some("{broken 2"));
    // Only the user's explicit choice lets it go.
    p.release();
    assert!(p.save(&Store::default()).is_ok());
    clear_session();
}

#[wasm_bindgen_test]
fn a_save_merges_what_another_tab_stored() {
    clear_session();
    let q = Questionnaire::german().unwrap();
    let storage = Storage::open();
    let (mut a, mut store_a, _) = Persist::start(storage, &q);
    let (mut b, mut store_b, _) = Persist::start(storage, &q);
    let first = q.all_questions()[0].id.clone();
    let second = q.all_questions()[1].id.clone();
    store_a.answer(&first, Answer::Scale(4), "2026-11-22T10:00:00.000Z");
    a.save(&store_a).unwrap();
    // Tab B takes in A's answer before applying its own.
    if let Some(fresh) = b.fresh(&q) {
        store_b = fresh;
    }
    store_b.answer(&second, Answer::Scale(2), "2026-11-22T10:00:01.000Z");
    b.save(&store_b).unwrap();
    let s = stored(&q);
    assert_eq!(s.draft.answers.get(&first), Some(Answer::Scale(4)));
    assert_eq!(s.draft.answers.get(&second), Some(Answer::Scale(2)));
    clear_session();
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
    let handle = mount(&host, &[]);
    click(&host, "button.nc-button--primary");
    leptos::task::tick().await;
    painted().await;
    // The profile page comes first.
    assert_eq!(text(&host, ".nc-h1"), q.profile_title());
    // Focus moved to the new page's heading.
    let active = document().active_element().unwrap();
    assert!(active.id().ends_with("-page-heading"), "{}", active.id());
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
    click(&host, "[id$='-kind-network']");
    click(&host, "[id$='-stage-idea']");
    click(&host, "[id$='-scope-town']");
    leptos::task::tick().await;
    let restored = stored(&q);
    assert_eq!(restored.draft.profile.stage, Some(Stage::Idea));
    assert_eq!(restored.draft.pages(&q).len(), q.dimensions().len());
    assert!(host.query_selector(".nc-error-summary").unwrap().is_none());
    click(&host, "button[type=submit]");
    leptos::task::tick().await;
    assert_eq!(text(&host, ".nc-h1"), q.dimensions()[0].title);
    // An answer is saved to localStorage at once.
    let first = &q.all_questions()[0].id;
    click(&host, &format!("[id$='-{first}-4']"));
    leptos::task::tick().await;
    let restored = stored(&q);
    assert_eq!(restored.draft.answers.get(first), Some(Answer::Scale(4)));
    assert_eq!(restored.screen, Screen::Page(1));
    drop(handle);
    host.remove();
    clear_session();
}

#[wasm_bindgen_test]
async fn unreadable_storage_shows_a_notice_and_keeps_the_raw_value() {
    clear_session();
    let storage = Storage::open();
    storage.write(STORE_KEY, "{broken").unwrap();
    let host = fresh_host();
    let handle = mount(&host, &[]);
    leptos::task::tick().await;
    assert!(text(&host, ".nc-notice").contains("nicht gelesen"));
    assert_eq!(
        storage.read(&backup_key(1)).unwrap().as_deref(),
        Some("{broken")
    );
    assert_eq!(
        storage.read(STORE_KEY).unwrap().as_deref(),
        Some("{broken"),
        "nothing is written at start-up"
    );
    drop(handle);
    host.remove();
    clear_session();
}

#[wasm_bindgen_test]
fn app_mounts_with_the_intro_heading() {
    clear_session();
    let host = fresh_host();
    let handle = mount(&host, &[]);
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

#[wasm_bindgen_test]
async fn two_widgets_on_a_page_never_share_an_id() {
    clear_session();
    let (a, b) = (fresh_host(), fresh_host());
    let handle_a = mount(&a, &[]);
    let handle_b = mount(&b, &[]);
    // Open the profile page in both: dozens of ids each.
    click(&a, "button.nc-button--primary");
    click(&b, "button.nc-button--primary");
    leptos::task::tick().await;
    let ids = |host: &web_sys::HtmlElement| {
        let nodes = host.query_selector_all("[id]").unwrap();
        (0..nodes.length())
            .filter_map(|i| nodes.item(i))
            .map(|n| n.unchecked_into::<web_sys::Element>().id())
            .collect::<Vec<_>>()
    };
    let (ids_a, ids_b) = (ids(&a), ids(&b));
    assert!(ids_a.len() > 10, "{ids_a:?}");
    for id in &ids_a {
        assert!(!ids_b.contains(id), "{id} is in both widgets");
    }
    drop(handle_a);
    drop(handle_b);
    a.remove();
    b.remove();
    clear_session();
}

/// A `<netzwerk-check>`-like element with an open shadow root holding the widget's container.
fn shadow_host() -> (
    web_sys::HtmlElement,
    web_sys::ShadowRoot,
    web_sys::HtmlElement,
) {
    let element = fresh_host();
    let shadow = element
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
    let container: web_sys::HtmlElement =
        document().create_element("div").unwrap().unchecked_into();
    shadow.append_child(&container).unwrap();
    (element, shadow, container)
}

#[wasm_bindgen_test]
async fn in_page_in_a_shadow_root_with_settings_events_and_focus() {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    clear_session();
    let (element, shadow, container) = shadow_host();
    let events: Rc<RefCell<Vec<String>>> = Rc::default();
    let seen = events.clone();
    let listener =
        Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
            let detail = js_sys::JSON::stringify(&e.detail()).unwrap();
            seen.borrow_mut()
                .push(format!("{}{}", e.type_(), String::from(detail)));
        });
    for kind in ["ready", "step", "resize", "completed"] {
        element
            .add_event_listener_with_callback(
                &format!("netzwerk-check:{kind}"),
                listener.as_ref().unchecked_ref(),
            )
            .unwrap();
    }
    let pairs = js_sys::Array::new();
    for (k, v) in [
        ("heading-level", "2"),
        ("accent", "#00594f"),
        ("partner", "Stadt <b>Musterstadt</b>"),
        ("contact", "javascript:alert(1)"),
        ("intro", "short"),
    ] {
        pairs.push(&js_sys::Array::of2(&k.into(), &v.into()));
    }
    let handle = nc_mount(container.clone(), pairs, element.clone().into());
    leptos::task::tick().await;
    // A labelled region with the locale's lang, not a <main>; the main heading is an <h2>.
    let root = container
        .query_selector(".nc-root")
        .unwrap()
        .expect("the root");
    assert_eq!(root.tag_name(), "SECTION");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("de"));
    assert_eq!(
        root.get_attribute("aria-label").as_deref(),
        Some("Netzwerk-Check")
    );
    assert!(container.query_selector("main, h1").unwrap().is_none());
    assert_eq!(
        container
            .query_selector(".nc-h1")
            .unwrap()
            .unwrap()
            .tag_name(),
        "H2"
    );
    // The accent as a custom property (CSSOM, allowed by a strict CSP), the partner as text,
    // the javascript: contact refused, the short intro without its list.
    let style = root.unchecked_ref::<web_sys::HtmlElement>().style();
    assert_eq!(style.get_property_value("--nc-accent").unwrap(), "#00594f");
    assert!(text(&container, ".nc-partner").contains("Stadt <b>Musterstadt</b>"));
    assert!(container
        .query_selector("a[href^='javascript']")
        .unwrap()
        .is_none());
    assert!(container.query_selector(".nc-points").unwrap().is_none());
    // Loading took no focus.
    assert!(shadow.active_element().is_none());
    // A step: the event on the element, and focus on the new heading inside the shadow root.
    click(&container, "button.nc-button--primary");
    leptos::task::tick().await;
    painted().await;
    let focused = shadow.active_element().expect("focus inside the widget");
    assert!(focused.id().ends_with("-page-heading"), "{}", focused.id());
    let log = events.borrow().join("\n");
    assert!(
        log.contains(r#"netzwerk-check:step{"source":"netzwerk-check","v":1,"id":"","type":"step","screen":"questions","index":1,"total":"#),
        "{log}"
    );
    // Unmounting removes the widget.
    drop(handle);
    assert!(container.query_selector(".nc-root").unwrap().is_none());
    element.remove();
    clear_session();
}

/// A node as comparable text: elements with their attributes sorted, text with its white space
/// collapsed (adjacent text nodes joined, empty ones left out), comments (Leptos's markers) left
/// out, and instance ids (`nc<n>-`) as `nc#-`.
fn canonical(node: &web_sys::Node) -> String {
    fn walk(node: &web_sys::Node, out: &mut String, text: &mut String) {
        match node.node_type() {
            web_sys::Node::TEXT_NODE => text.push_str(&node.node_value().unwrap_or_default()),
            web_sys::Node::ELEMENT_NODE => {
                flush(out, text);
                let el: &web_sys::Element = node.unchecked_ref();
                let mut names: Vec<String> = el
                    .get_attribute_names()
                    .iter()
                    .filter_map(|n| n.as_string())
                    .collect();
                names.sort();
                out.push_str(&format!("<{}", el.local_name()));
                for name in names {
                    let value = el.get_attribute(&name).unwrap_or_default();
                    out.push_str(&format!(" {name}={value:?}"));
                }
                out.push('>');
                let children = node.child_nodes();
                for i in 0..children.length() {
                    walk(&children.item(i).unwrap(), out, text);
                }
                flush(out, text);
                out.push_str(&format!("</{}>", el.local_name()));
            }
            _ => {}
        }
    }
    fn flush(out: &mut String, text: &mut String) {
        let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !collapsed.is_empty() {
            out.push_str(&collapsed);
        }
        text.clear();
    }
    let (mut out, mut text) = (String::new(), String::new());
    walk(node, &mut out, &mut text);
    // Instance ids: the page's widget is the first (nc1-), a test's is a later one.
    let mut normalised = String::new();
    let mut rest = out.as_str();
    while let Some(at) = rest.find("\"nc") {
        let (before, after) = rest.split_at(at + 3);
        normalised.push_str(before);
        let digits = after.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && after[digits..].starts_with('-') {
            normalised.push('#');
            rest = &after[digits..];
        } else {
            rest = after;
        }
    }
    normalised.push_str(rest);
    normalised
}

/// The page's host element as `index.html` has it after the build: the `<noscript>` and the
/// pre-rendered intro.
fn page_host() -> web_sys::HtmlElement {
    let q = Questionnaire::german().unwrap();
    let texts = UiTexts::german();
    let host = fresh_host();
    host.set_class_name("nc-host");
    host.set_inner_html(&format!(
        "<noscript><p>JavaScript</p></noscript>{}",
        prerender::host_content(&q, texts)
    ));
    host
}

#[wasm_bindgen_test]
async fn the_prerendered_intro_is_what_the_live_widget_renders_for_a_fresh_visitor() {
    clear_session();
    let host = page_host();
    let pre = host.query_selector(".nc-prerender main").unwrap().unwrap();
    let expected = canonical(&pre);
    assert!(expected.contains("Check starten"), "{expected}");
    let handle = mount_page(host.clone());
    // Replaced in the same step: the pre-render is gone, the live widget is there.
    assert!(host.query_selector(".nc-prerender").unwrap().is_none());
    let live = host
        .query_selector("main.nc-root")
        .unwrap()
        .expect("the live widget");
    assert_eq!(canonical(&live), expected);
    // Still equal once its effects have run.
    leptos::task::tick().await;
    assert_eq!(canonical(&live), expected);
    assert_eq!(host.query_selector_all("main").unwrap().length(), 1);
    assert!(
        host.query_selector("noscript").unwrap().is_some(),
        "the noscript stays"
    );
    drop(handle);
    host.remove();
    clear_session();
}

#[wasm_bindgen_test]
async fn a_start_clicked_before_the_wasm_opens_the_first_page_once() {
    clear_session();
    let q = Questionnaire::german().unwrap();
    let host = page_host();
    let pre = host.query_selector(".nc-prerender").unwrap().unwrap();
    // What the start-up script notes on a click.
    pre.set_attribute("data-nc-pending", "start").unwrap();
    let handle = mount_page(host.clone());
    settle().await;
    assert_eq!(text(&host, ".nc-h1"), q.profile_title());
    let active = document().active_element().unwrap();
    assert!(active.id().ends_with("-page-heading"), "{}", active.id());
    assert_eq!(stored(&q).screen, Screen::Page(0));
    drop(handle);
    host.remove();

    // The results button; and nothing for a note the widget does not know.
    for (note, heading) in [
        ("history", "Ihre Ergebnisse"),
        ("delete", "Passt Ihr Netzwerk-Vorhaben zusammen?"),
    ] {
        clear_session();
        let host = page_host();
        let pre = host.query_selector(".nc-prerender").unwrap().unwrap();
        pre.set_attribute("data-nc-pending", note).unwrap();
        let handle = mount_page(host.clone());
        settle().await;
        assert_eq!(text(&host, ".nc-h1"), heading, "{note}");
        drop(handle);
        host.remove();
    }
    clear_session();
}

/// Lets the widget's effects and the tasks they spawn run (a few rounds of the task queue),
/// then the next frame be painted (the focus moves after it: `ui/page_heading.rs`).
async fn settle() {
    for _ in 0..4 {
        leptos::task::tick().await;
    }
    painted().await;
}

/// Resolves once the next frame has been painted and a task after it has run.
async fn painted() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let after = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), 10);
        });
        web_sys::window()
            .unwrap()
            .request_animation_frame(after.unchecked_ref())
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// What the start-up script does on "Check starten" when the wasm is not ready: the first
/// question page from its template in place of the intro, noted on the wrapper.
fn show_prerendered_page(host: &web_sys::HtmlElement) -> web_sys::Element {
    let pre = host.query_selector(".nc-prerender").unwrap().unwrap();
    let template: web_sys::HtmlTemplateElement = pre
        .query_selector("template.nc-prerender-page")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let intro: web_sys::HtmlElement = pre
        .query_selector("main")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let page = template
        .content()
        .first_element_child()
        .unwrap()
        .clone_node_with_deep(true)
        .unwrap();
    intro.set_hidden(true);
    intro.after_with_node_1(&page).unwrap();
    pre.set_attribute("data-nc-shown", "page").unwrap();
    page.unchecked_into()
}

/// The element `selector` finds in `root`, as the element type the caller needs.
fn found<T: JsCast>(root: &web_sys::Element, selector: &str) -> T {
    root.query_selector(selector)
        .unwrap()
        .unwrap()
        .unchecked_into()
}

fn check(page: &web_sys::Element, id: &str) {
    found::<web_sys::HtmlInputElement>(page, &format!("#{id}")).set_checked(true);
}

#[wasm_bindgen_test]
async fn the_prerendered_first_page_is_what_the_live_widget_shows_after_start() {
    clear_session();
    let q = Questionnaire::german().unwrap();
    let host = page_host();
    let page = show_prerendered_page(&host);
    let expected = canonical(&page);
    assert!(expected.contains(q.profile_title()), "{expected}");
    assert!(expected.contains("type=\"radio\""), "{expected}");
    let handle = mount_page(host.clone());
    settle().await;
    assert!(host.query_selector(".nc-prerender").unwrap().is_none());
    let live = host.query_selector("main.nc-root").unwrap().unwrap();
    assert_eq!(canonical(&live), expected);
    assert_eq!(host.query_selector_all("main").unwrap().length(), 1);
    assert_eq!(stored(&q).screen, Screen::Page(0));
    drop(handle);
    host.remove();
    clear_session();
}

#[wasm_bindgen_test]
async fn answers_and_next_on_the_prerendered_first_page_are_carried_over() {
    let q = Questionnaire::german().unwrap();
    let fields: Vec<_> = q.profile_questions().iter().collect();
    let option = |i: usize| fields[i].options[0].key;
    let input_id = |i: usize| format!("nc1-{}-{}", fields[i].field.key(), option(i));

    // All answered, then "Weiter": the live widget saves the answers and opens the next page.
    clear_session();
    let host = page_host();
    let page = show_prerendered_page(&host);
    for i in 0..fields.len() {
        check(&page, &input_id(i));
    }
    found::<web_sys::HtmlElement>(&page, &format!("#{}", input_id(0)))
        .focus()
        .unwrap();
    let pre = host.query_selector(".nc-prerender").unwrap().unwrap();
    pre.set_attribute("data-nc-pending", "next").unwrap();
    let handle = mount_page(host.clone());
    settle().await;
    let s = stored(&q);
    for (i, f) in fields.iter().enumerate() {
        assert_eq!(s.draft.profile.get(f.field), Some(option(i)));
    }
    assert_eq!(s.screen, Screen::Page(1));
    assert_ne!(text(&host, ".nc-h1"), q.profile_title());
    drop(handle);
    host.remove();

    // One answered, then "Weiter": the first page stays with the list of missing answers, the
    // given answer is kept; the radio that had the focus has it again.
    clear_session();
    let host = page_host();
    let page = show_prerendered_page(&host);
    check(&page, &input_id(1));
    found::<web_sys::HtmlElement>(&page, &format!("#{}", input_id(1)))
        .focus()
        .unwrap();
    assert_eq!(document().active_element().unwrap().id(), input_id(1));
    let handle = mount_page(host.clone());
    settle().await;
    let s = stored(&q);
    assert_eq!(s.draft.profile.get(fields[1].field), Some(option(1)));
    assert_eq!(s.draft.profile.get(fields[0].field), None);
    assert_eq!(s.screen, Screen::Page(0));
    let suffix = input_id(1).replacen("nc1", "", 1);
    let live: web_sys::HtmlInputElement = found(&host, &format!("[id$='{suffix}']"));
    assert!(live.checked());
    let active = document().active_element().unwrap();
    assert!(
        active.id().ends_with(&suffix),
        "{} {}",
        active.id(),
        active.tag_name()
    );
    assert!(host.query_selector(".nc-error-summary").unwrap().is_none());
    drop(handle);
    host.remove();

    // "Weiter" with answers missing: the live page shows what is missing.
    clear_session();
    let host = page_host();
    let page = show_prerendered_page(&host);
    check(&page, &input_id(0));
    let pre = host.query_selector(".nc-prerender").unwrap().unwrap();
    pre.set_attribute("data-nc-pending", "next").unwrap();
    let handle = mount_page(host.clone());
    settle().await;
    assert_eq!(stored(&q).screen, Screen::Page(0));
    assert!(host.query_selector(".nc-error-summary").unwrap().is_some());
    drop(handle);
    host.remove();
    clear_session();
}
