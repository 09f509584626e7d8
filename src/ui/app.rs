//! The widget's root component: loads content once, provides the state, shows the screen.

use crate::app::config::Config;
use crate::app::embed::Event;
use crate::app::i18n::UiTexts;
use crate::app::link;
use crate::app::prerender::{EarlyClick, EarlyState};
use crate::app::session::Screen;
use crate::browser::embed::Surroundings;
use crate::browser::host;
use crate::browser::storage::Storage;
use crate::model::Questionnaire;
use crate::ui::compare_page::ComparePage;
use crate::ui::footer::Footer;
use crate::ui::history_page::HistoryPage;
use crate::ui::intro::Intro;
use crate::ui::notice::NoticeBanner;
use crate::ui::question_page::QuestionPage;
use crate::ui::result_page::ResultPage;
use crate::ui::state::{AppState, Notice};
use leptos::prelude::*;
use std::rc::Rc;
use std::sync::OnceLock;

/// The German content: checked and written as static data when the crate was built, so the
/// widget parses and checks nothing when it starts; only the statements get their owned ids,
/// once per page load.
fn questionnaire() -> &'static Questionnaire {
    static CONTENT: OnceLock<Questionnaire> = OnceLock::new();
    CONTENT.get_or_init(|| {
        let Ok(q) = Questionnaire::german();
        q
    })
}

/// Opens a result link (`#ergebnis=…`) read-only, or says why it cannot be opened. `false`
/// when the address holds no result link.
fn open_link(state: AppState) -> bool {
    let Some(hash) = host::location_hash() else {
        return false;
    };
    match link::from_fragment(state.q, &hash) {
        None => return false,
        Some(Ok(entry)) => {
            state
                .notices
                .update(|n| n.retain(|x| *x != Notice::BadLink));
            state.show_shared(entry);
        }
        Some(Err(_)) => state.notices.update(|n| {
            if !n.contains(&Notice::BadLink) {
                n.push(Notice::BadLink);
            }
        }),
    }
    true
}

/// A link opened in a tab that already shows the widget changes only the fragment (no page
/// load): open it then too, and leave a shared result when the fragment goes (the back
/// button).
fn follow_links(state: AppState) {
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        state.navigated.set(true);
        if !open_link(state) && state.screen.get_untracked() == Screen::Shared {
            state.leave_shared();
        }
    });
    on_cleanup(move || handle.remove());
}

/// The view of one screen.
fn screen_view(state: AppState, screen: Screen) -> AnyView {
    match screen {
        Screen::Intro => view! { <Intro /> }.into_any(),
        Screen::Page(index) => view! { <QuestionPage index=index /> }.into_any(),
        Screen::Result(id) => match state.store.with_untracked(|s| s.entry(&id).cloned()) {
            Some(entry) => view! { <ResultPage entry=entry /> }.into_any(),
            None => view! { <HistoryPage /> }.into_any(),
        },
        Screen::History => view! { <HistoryPage /> }.into_any(),
        Screen::Compare(older, newer) => {
            view! { <ComparePage older=older newer=newer /> }.into_any()
        }
        Screen::Shared => match state.shared.get_untracked() {
            Some(entry) => view! { <ResultPage entry=entry read_only=true /> }.into_any(),
            None => view! { <Intro /> }.into_any(),
        },
    }
}

/// Tells the host page about every screen change after the first (the `step` event).
fn report_steps(state: AppState) {
    Effect::new(move |previous: Option<Screen>| {
        let screen = state.screen.get();
        if previous.is_some_and(|p| p != screen) {
            let pages = state.draft(|s| s.pages(state.q).len());
            state.emit(&Event::step(&screen, pages));
        }
        screen
    });
}

/// Takes over what the visitor did on the pre-rendered screens before the wasm was ready, as if
/// it had happened in the live widget: after the first render (effects run after it), so a
/// change of screen is one as on a click (focus on the new heading, or on the element that had
/// the focus; the `step` event). Only if the widget opened on the intro (not on a stored page
/// or a result link).
///
/// - Profile answers checked on the pre-rendered first page are saved (an unknown field or
///   option, which the markup cannot hold, is left out).
/// - The first page stays open if it was showing; a "Weiter" clicked there is carried out by
///   the live page (with its check for missing answers).
/// - "Check starten" or the results button clicked before the first page could show.
fn carry_out(state: AppState, early: EarlyState) {
    Effect::new(move |_| {
        if state.screen.get_untracked() != Screen::Intro {
            return;
        }
        // After the first screen's own effects (its heading's focus check among them), which
        // are queued already: otherwise that one would see the navigation and take the focus
        // meant for the new page.
        let early = early.clone();
        leptos::task::spawn_local(async move { take_over(state, &early) });
    });
}

/// What [`carry_out`] does, once the first render is complete.
fn take_over(state: AppState, early: &EarlyState) {
    for (key, value) in &early.answers {
        let option = state
            .q
            .profile_questions()
            .iter()
            .find(|question| question.field.key() == key)
            .and_then(|question| {
                let option = question.options.iter().find(|o| o.key == value)?;
                Some((question.field, option.key))
            });
        if let Some((field, option)) = option {
            state.set_profile(field, option);
        }
    }
    if early.on_first_page {
        state
            .focus_target
            .set(early.focused.as_deref().map(|name| state.id(name)));
        if early.click == Some(EarlyClick::Next) {
            state.next_requested.set(true);
        }
        state.go(Screen::Page(0));
        return;
    }
    match early.click {
        Some(EarlyClick::Start) => state.start_check(),
        Some(EarlyClick::History) => state.go(Screen::History),
        Some(EarlyClick::Next) | None => {}
    }
}

/// The whole widget, configured by `config`, in `around` (its own page, the loader's iframe, or
/// a partner's page).
#[component]
pub fn App(
    /// The partner's validated settings.
    config: Config,
    /// The page around the widget.
    around: Rc<Surroundings>,
    /// What the visitor did on the pre-rendered screens before the wasm was ready
    /// (`index.html` only).
    #[prop(optional)]
    early: EarlyState,
) -> impl IntoView {
    let lang = config.locale.code;
    let (q, texts) = (questionnaire(), UiTexts::german());
    let accent = config.accent.clone();
    let in_page = around.in_page();
    // In the loader's iframe the widget's height is the iframe's: see `.nc-root--framed`.
    let root_class = if around.framed() {
        "nc-root nc-root--framed"
    } else {
        "nc-root"
    };
    let height = around.watch_height();
    let state = AppState::provide(q, texts, Storage::open(), config, around);
    // Owned by the widget: the height observer stops when it unmounts.
    let _ = StoredValue::new_local(height);
    open_link(state);
    follow_links(state);
    report_steps(state);
    if !early.is_empty() {
        carry_out(state, early);
    }
    // Only a change of screen re-renders the screen (not every answer), and each screen
    // is built afresh: going from page 2 to page 3 builds page 3 instead of patching
    // page 2's radio groups in place (which briefly merged groups and lost checks). The
    // outer closure returns a new inner closure per screen, and a closure view is always
    // rebuilt whole (the new one built, then the old one unmounted). The inner screen is
    // owned by the outer closure's effect, which disposes it on the next change; a
    // `<For>` would instead register every screen's owner with the App's owner for the
    // life of the page (a little memory kept per screen change).
    // A second result link opened in the same tab keeps the screen `Shared`: the shared
    // entry's id is part of what selects the view.
    let screen = Memo::new(move |_| {
        let shared = state.shared.with(|s| s.as_ref().map(|e| e.id.clone()));
        (state.screen.get(), shared)
    });
    let screen = move || {
        let (current, _) = screen.get();
        move || untrack(|| screen_view(state, current.clone()))
    };
    let inner = move || {
        view! {
            <NoticeBanner />
            <div class="nc-main">{screen}</div>
            <Footer />
        }
    };
    let accent = ("--nc-accent", accent);
    // On its own page and in the loader's iframe (its own document) the widget is the
    // main content; in a partner's page it is a labelled region, not a second `<main>`.
    if in_page {
        view! {
            <section class="nc-root" lang=lang aria-label=texts.app_title style=accent>
                {inner()}
            </section>
        }
        .into_any()
    } else {
        view! {
            <main class=root_class lang=lang style=accent>
                {inner()}
            </main>
        }
        .into_any()
    }
}
