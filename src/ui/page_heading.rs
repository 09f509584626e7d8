//! The h1 of each screen: focusable, and focused after in-widget navigation.

use crate::ui::state::use_app;
use leptos::html;
use leptos::prelude::*;

/// The screen's `<h1>`. Receives focus when the user navigated here (so screen readers announce
/// the new page and keyboard users start at its top), but not on first load.
#[component]
pub fn PageHeading(
    /// The heading text.
    text: String,
) -> impl IntoView {
    let app = use_app();
    let heading = NodeRef::<html::H1>::new();
    Effect::new(move |_| {
        if let Some(h1) = heading.get() {
            if app.navigated.get_untracked() {
                let _ = h1.focus();
            }
        }
    });
    view! {
        <h1 id="nc-page-heading" tabindex="-1" node_ref=heading>
            {text}
        </h1>
    }
}
