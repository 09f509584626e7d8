//! The main heading of each screen: focusable, and focused after in-widget navigation.

use crate::ui::heading::Heading;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// Focuses `element`. In the loader's iframe without scrolling the page around it (the loader
/// scrolls that after each step), only the iframe's own document if the element is out of
/// its view; elsewhere as the browser does (into view if needed).
fn focus_in_view(element: &web_sys::HtmlElement, framed: bool) {
    if !framed {
        let _ = element.focus();
        return;
    }
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
    let top = element.get_bounding_client_rect().top();
    if top < 0.0 {
        if let Some(window) = web_sys::window() {
            window.scroll_by_with_x_and_y(0.0, top);
        }
    }
}

/// Whether the focus is on something the user chose since the screen changed: an element
/// inside a form field or button, rather than the page's body or nothing.
fn focus_moved_since_navigation() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_some_and(|e| {
            matches!(
                e.tag_name().as_str(),
                "INPUT" | "BUTTON" | "SELECT" | "TEXTAREA" | "A"
            )
        })
}

/// The screen's main heading (`<h1>`, or lower in a partner's page). Receives focus when the
/// user navigated here (so screen readers announce the new page and keyboard users start at its
/// top), but not on first load, where it would pull focus away from a partner's page. When
/// navigation asked for a particular question
/// ([`AppState::focus_target`](crate::ui::state::AppState)), that question's first option takes
/// focus instead.
#[component]
pub fn PageHeading(
    /// The heading text.
    text: String,
) -> impl IntoView {
    let app = use_app();
    let id = app.id("page-heading");
    let heading_id = id.clone();
    // Runs after the screen is mounted (effects run after rendering). The focus itself waits
    // until the new screen has been painted: moving it makes the browser lay the page out at
    // once, and before the paint that cost the first frame a third of its time on a slow
    // phone (`make bench`). The element is looked up now; only the browser call waits.
    Effect::new(move |_| {
        if !app.navigated.get_untracked() {
            return;
        }
        let target = app.focus_target.get_untracked().and_then(|target| {
            app.focus_target.set(None);
            app.find(&target)
        });
        if let Some(element) = target.or_else(|| app.find(&heading_id)) {
            let framed = app.surroundings().framed();
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        // Only if nothing took the focus in the meantime (a click, a key).
                        if !element.is_connected() || focus_moved_since_navigation() {
                            return;
                        }
                        focus_in_view(&element, framed);
                    },
                    std::time::Duration::ZERO,
                )
            });
        }
    });
    view! {
        <Heading level=1 id=id focusable=true>
            {text}
        </Heading>
    }
}
