//! The main heading of each screen: focusable, and focused after in-widget navigation.

use crate::ui::heading::Heading;
use crate::ui::state::use_app;
use leptos::prelude::*;

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
    // Runs after the screen is mounted (effects run after rendering).
    Effect::new(move |_| {
        if !app.navigated.get_untracked() {
            return;
        }
        let target = app.focus_target.get_untracked().and_then(|target| {
            app.focus_target.set(None);
            app.find(&target)
        });
        match target {
            Some(input) => {
                let _ = input.focus();
            }
            None => app.focus(&heading_id),
        }
    });
    view! {
        <Heading level=1 id=id focusable=true>
            {text}
        </Heading>
    }
}
