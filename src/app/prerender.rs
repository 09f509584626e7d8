//! The first screen as static HTML: the intro for a fresh visitor with the default settings,
//! and the first question page (the profile questions) as it opens after "Check starten",
//! rendered at build time (`examples/prerender.rs`, called by `scripts/post-build.mjs`) into
//! `index.html`, so the page shows the intro before the wasm has loaded, and the start-up
//! script shows the first questions at once when the check is started: they are plain radio
//! buttons, usable without the wasm. For a fresh visitor the wasm is only fetched once the
//! visitor turns to the widget (see `scripts/post-build.mjs`); the live widget then takes over
//! the answers given so far ([`EarlyState`]).
//!
//! The markup is exactly what the live `App` renders for that visitor on its own page (the same
//! elements, classes, ids, ARIA attributes and texts, from the same [`UiTexts`] and
//! [`Questionnaire`]); `tests/browser.rs` compares the two, so they cannot drift apart. When the
//! wasm has loaded, the mount replaces the pre-rendered markup with the live widget in one
//! synchronous step (no paint in between, no layout shift). A click on a pre-rendered button
//! before that is kept by the start-up script as an [`EarlyClick`] on the host element and
//! carried out by the live widget.
//!
//! Architecture invariant: plain strings, no browser; what the markup mirrors lives in
//! `src/ui/app.rs`, `intro.rs`, `question_page.rs`, `progress.rs`, `profile_field.rs` (its
//! options are [`crate::app::markup::choice_options`], shared), `page_heading.rs`, `heading.rs`,
//! `notice.rs` and `footer.rs`.

use crate::app::config::Config;
use crate::app::i18n::{fill, UiTexts};
use crate::app::markup::{choice_options, Html};
use crate::app::session::Session;
use crate::model::Questionnaire;

/// The class of the element that wraps the pre-rendered markup in the host element; the mount
/// removes it.
pub const PRERENDER_CLASS: &str = "nc-prerender";
/// The attribute (on the pre-render wrapper) where the start-up script notes a click that came
/// before the wasm: [`EarlyClick::attribute`].
pub const PENDING_ATTRIBUTE: &str = "data-nc-pending";
/// The attribute the start-up script sets on the wrapper once it listens for clicks; until
/// then the pre-rendered buttons are invisible (style/main.css), so no click is lost and,
/// without JavaScript, no button is a dead control.
pub const BOOT_ATTRIBUTE: &str = "data-nc-boot";
/// The attribute (on the pre-render wrapper) the start-up script sets to `page` while it shows
/// the pre-rendered first question page instead of the intro.
pub const SHOWN_ATTRIBUTE: &str = "data-nc-shown";
/// The class of the `<template>` that holds the pre-rendered first question page.
pub const PAGE_TEMPLATE_CLASS: &str = "nc-prerender-page";
/// The instance number of the first widget on a page (its DOM ids are `nc1-…`).
const FIRST_INSTANCE: u32 = 1;

/// What the visitor did with the pre-rendered screens before the wasm was ready.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EarlyState {
    /// The first question page was showing (the check had been started).
    pub on_first_page: bool,
    /// Profile answers chosen there: (field key, option key).
    pub answers: Vec<(String, String)>,
    /// The element that had the keyboard focus in the pre-render, if any: its id without the
    /// instance prefix (`nc1-kind-action` → `kind-action`; see [`field_of_name`]).
    pub focused: Option<String>,
    /// A click still to be carried out.
    pub click: Option<EarlyClick>,
}

impl EarlyState {
    /// Whether anything happened before the wasm was ready.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// An id or radio group name of the pre-render without its instance prefix (`nc1-kind` →
/// `kind`): the pre-render is the first instance, the live widget may have another number.
pub fn field_of_name(name: &str) -> Option<&str> {
    name.strip_prefix(&format!("nc{FIRST_INSTANCE}-"))
}

/// A click on a pre-rendered button before the wasm was ready, carried out when it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EarlyClick {
    /// "Check starten": open the first question page.
    Start,
    /// The results / "Ergebnisse aus einer Datei laden": open the history.
    History,
    /// "Weiter" on the pre-rendered first question page.
    Next,
}

impl EarlyClick {
    /// The value of [`PENDING_ATTRIBUTE`] for this click.
    pub fn attribute(self) -> &'static str {
        match self {
            Self::Start => "start",
            Self::History => "history",
            Self::Next => "next",
        }
    }

    /// The click noted in [`PENDING_ATTRIBUTE`]; `None` for anything else.
    pub fn from_attribute(value: &str) -> Option<Self> {
        [Self::Start, Self::History, Self::Next]
            .into_iter()
            .find(|c| c.attribute() == value.trim())
    }
}

/// The intro's bullet points with their counts filled in (statements, pages: the profile page
/// plus one per area). Shared with the live intro (`src/ui/intro.rs`).
pub fn intro_points(q: &Questionnaire, t: &UiTexts) -> Vec<String> {
    let questions = q.all_questions().len().to_string();
    let steps = (q.dimensions().len() + 1).to_string();
    t.intro_points
        .iter()
        .map(|p| fill(p, &[("questions", &questions), ("steps", &steps)]))
        .collect()
}

/// What goes into the host element `#netzwerk-check.nc-host` of `index.html` after its
/// `<noscript>`: the wrapper with the intro ([`intro`]) and a polite live region, empty, that
/// the start-up script fills with `loading` (or `loading_failed`) when a button is clicked
/// before the wasm is ready. Both texts travel in data attributes, so the script holds no
/// words of its own.
pub fn host_content(q: &Questionnaire, t: &UiTexts) -> String {
    let mut h = Html::default();
    h.open("div", &[("class", PRERENDER_CLASS)]);
    h.raw(&intro(q, t));
    h.open("template", &[("class", PAGE_TEMPLATE_CLASS)]);
    h.raw(&first_page(q, t));
    h.close("template");
    h.open(
        "p",
        &[
            ("class", "nc-visually-hidden"),
            ("role", "status"),
            ("data-nc-loading", t.loading),
            ("data-nc-failed", t.loading_failed),
        ],
    );
    h.close("p");
    h.close("div");
    h.into_string()
}

/// The live widget's markup on its own page for a fresh visitor with the default settings
/// (first instance, heading level 1, no partner, full intro, no embedding page, no notices):
/// `<main class="nc-root">` with the notice region, the intro and the footer. The accent
/// colour needs no inline style: the stylesheet's default is the default accent.
pub fn intro(q: &Questionnaire, t: &UiTexts) -> String {
    let heading_id = heading_id();
    let mut h = Html::default();
    // Intro (src/ui/intro.rs) for a visitor with nothing stored.
    h.open(
        "section",
        &[("class", "nc-intro"), ("aria-labelledby", &heading_id)],
    );
    h.element("p", &[("class", "nc-eyebrow")], t.app_title);
    page_heading(&mut h, t.intro_heading);
    h.element("p", &[("class", "nc-lead")], t.intro_lead);
    h.open("ul", &[("class", "nc-points")]);
    for point in intro_points(q, t) {
        h.element("li", &[], &point);
    }
    h.close("ul");
    h.open("div", &[("class", "nc-actions")]);
    let button = |class| [("type", "button"), ("class", class)];
    h.element("button", &button("nc-button nc-button--primary"), t.start);
    h.element("button", &button("nc-button"), t.history_open_empty);
    h.close("div");
    h.element("p", &[("class", "nc-source")], t.intro_source);
    h.close("section");
    shell(t, &h.into_string())
}

/// The live widget's markup of the first question page (the profile questions) for the same
/// fresh visitor right after "Check starten": nothing answered, no error shown.
pub fn first_page(q: &Questionnaire, t: &UiTexts) -> String {
    let id = |name: &str| format!("nc{FIRST_INSTANCE}-{name}");
    let draft = Session::default();
    let mut h = Html::default();
    // QuestionPage (src/ui/question_page.rs) at index 0.
    h.open(
        "section",
        &[("class", "nc-page"), ("aria-labelledby", &heading_id())],
    );
    // Progress (src/ui/progress.rs).
    h.open("div", &[("class", "nc-progress")]);
    let pages = draft.pages(q).len().to_string();
    h.element(
        "p",
        &[("class", "nc-step")],
        &fill(t.step_of, &[("current", "1"), ("total", &pages)]),
    );
    let (answered, total) = (draft.answered(q).to_string(), draft.total(q).to_string());
    let answered_id = id("answered");
    h.open(
        "progress",
        &[
            ("max", &total),
            ("value", &answered),
            ("aria-labelledby", &answered_id),
        ],
    );
    h.close("progress");
    h.element(
        "p",
        &[("id", &answered_id)],
        &fill(t.answered_of, &[("answered", &answered), ("total", &total)]),
    );
    h.close("div");
    page_heading(&mut h, q.profile_title());
    h.element("p", &[("class", "nc-lead")], q.profile_intro());
    h.open("form", &[("class", "nc-form"), ("novalidate", "")]);
    // ProfileFieldset (src/ui/profile_field.rs) per profile question, no error shown.
    for question in q.profile_questions() {
        let key = question.field.key();
        h.open(
            "fieldset",
            &[
                ("class", "nc-question nc-question--profile"),
                ("id", &id(&format!("q-{key}"))),
            ],
        );
        h.element("legend", &[], question.legend);
        h.open("div", &[("class", "nc-options nc-options--choice")]);
        h.raw(&choice_options(&id(""), key, question.options, None));
        h.close("div");
        h.close("fieldset");
    }
    h.open("div", &[("class", "nc-actions nc-actions--nav")]);
    h.element(
        "button",
        &[("type", "button"), ("class", "nc-button")],
        t.back,
    );
    let next = [
        ("type", "submit"),
        ("class", "nc-button nc-button--primary"),
    ];
    h.element("button", &next, t.next);
    h.close("div");
    h.close("form");
    h.close("section");
    shell(t, &h.into_string())
}

/// The id of the screens' main heading in the first instance.
fn heading_id() -> String {
    format!("nc{FIRST_INSTANCE}-page-heading")
}

/// The widget around a screen (src/ui/app.rs): `<main class="nc-root">` with the empty notice
/// region (src/ui/notice.rs), the screen, and the footer (src/ui/footer.rs) on its own page,
/// without a partner or an embedding page.
fn shell(t: &UiTexts, screen: &str) -> String {
    let lang = Config::default().locale.code;
    let mut h = Html::default();
    h.open("main", &[("class", "nc-root"), ("lang", lang)]);
    h.open(
        "div",
        &[
            ("role", "status"),
            ("aria-live", "polite"),
            ("class", "nc-notice-region nc-no-print"),
        ],
    );
    h.close("div");
    h.open("div", &[("class", "nc-main")]);
    h.raw(screen);
    h.close("div");
    h.open("footer", &[("class", "nc-footer")]);
    h.element("p", &[], t.footer_privacy);
    h.close("footer");
    h.close("main");
    h.into_string()
}

/// PageHeading + Heading (src/ui/page_heading.rs, heading.rs) at level 1.
fn page_heading(h: &mut Html, text: &str) {
    let id = heading_id();
    h.element(
        "h1",
        &[("class", "nc-h1"), ("id", &id), ("tabindex", "-1")],
        text,
    );
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    fn shipped() -> (Questionnaire, &'static UiTexts) {
        (Questionnaire::german().unwrap(), UiTexts::german())
    }

    #[test]
    fn the_intro_has_the_texts_counts_and_ids() {
        let (q, t) = shipped();
        let html = intro(&q, t);
        assert!(
            html.starts_with("<main class=\"nc-root\" lang=\"de\">"),
            "{html}"
        );
        assert!(html.ends_with("</main>"));
        assert!(html.contains(
            "<h1 class=\"nc-h1\" id=\"nc1-page-heading\" tabindex=\"-1\">Passt Ihr Netzwerk-Vorhaben zusammen?</h1>"
        ));
        assert!(html.contains("aria-labelledby=\"nc1-page-heading\""));
        let points = format!(
            "bis zu {} Aussagen auf bis zu {} Seiten",
            q.all_questions().len(),
            q.dimensions().len() + 1
        );
        assert!(html.contains(&points), "{html}");
        assert!(html.contains(">Check starten</button>"));
        assert!(
            !html.contains("> <") && !html.contains('\n'),
            "no white space between tags"
        );
        assert!(
            !html.contains("style="),
            "no inline style (a strict CSP refuses it)"
        );
    }

    #[test]
    fn the_host_content_wraps_the_intro_and_carries_the_loading_texts() {
        let (q, t) = shipped();
        let html = host_content(&q, t);
        assert!(
            html.starts_with("<div class=\"nc-prerender\"><main "),
            "{html}"
        );
        assert!(html.contains(&intro(&q, t)));
        assert!(html.contains("data-nc-loading=\"Der Check wird geladen …\""));
        assert!(html.contains(&format!("data-nc-failed=\"{}\"", t.loading_failed)));
        let page = format!(
            "<template class=\"{PAGE_TEMPLATE_CLASS}\">{}</template>",
            first_page(&q, t)
        );
        assert!(html.contains(&page), "the first page in its template");
    }

    #[test]
    fn the_first_page_asks_every_profile_question_unanswered() {
        let (q, t) = shipped();
        let html = first_page(&q, t);
        assert!(
            html.starts_with("<main class=\"nc-root\" lang=\"de\">"),
            "{html}"
        );
        assert!(html.contains(&format!(">{}</h1>", q.profile_title())));
        let total = Session::default().total(&q);
        assert!(
            html.contains(&format!("<progress max=\"{total}\" value=\"0\"")),
            "{html}"
        );
        for question in q.profile_questions() {
            let key = question.field.key();
            assert!(html.contains(&format!("<legend>{}</legend>", question.legend)));
            for option in question.options {
                assert!(html.contains(&format!(
                    "id=\"nc1-{key}-{}\" name=\"nc1-{key}\" value=\"{}\"",
                    option.key, option.key
                )));
            }
        }
        assert!(!html.contains("checked"), "nothing answered");
        assert!(html.contains(&format!(
            "<button type=\"submit\" class=\"nc-button nc-button--primary\">{}</button>",
            t.next
        )));
        assert!(!html.contains("> <") && !html.contains('\n'));
        assert!(!html.contains("style="));
    }

    #[test]
    fn names_of_the_pre_render_lose_their_instance_prefix() {
        assert_eq!(field_of_name("nc1-kind"), Some("kind"));
        assert_eq!(field_of_name("nc1-kind-action"), Some("kind-action"));
        assert_eq!(field_of_name("nc2-kind"), None);
        assert_eq!(field_of_name("kind"), None);
        assert!(EarlyState::default().is_empty());
        let early = EarlyState {
            on_first_page: true,
            ..EarlyState::default()
        };
        assert!(!early.is_empty());
    }

    #[test]
    fn early_clicks_round_trip_through_their_attribute() {
        for click in [EarlyClick::Start, EarlyClick::History, EarlyClick::Next] {
            assert_eq!(EarlyClick::from_attribute(click.attribute()), Some(click));
        }
        assert_eq!(EarlyClick::from_attribute(""), None);
        assert_eq!(EarlyClick::from_attribute("delete"), None);
    }
}
