//! The h1 of each screen: focusable, and focused after in-widget navigation.

use crate::ui::state::use_app;
use leptos::html;
use leptos::prelude::*;

/// The screen's `<h1>`. Receives focus when the user navigated here (so screen readers announce
/// the new page and keyboard users start at its top), but not on first load. When navigation
/// asked for a particular question ([`AppState::focus_target`](crate::ui::state::AppState)),
/// that question's first option takes focus instead.
#[component]
pub fn PageHeading(
    /// The heading text.
    text: String,
) -> impl IntoView {
    let app = use_app();
    let heading = NodeRef::<html::H1>::new();
    Effect::new(move |_| {
        if let Some(h1) = heading.get() {
            if !app.navigated.get_untracked() {
                return;
            }
            let target = app.focus_target.get_untracked().and_then(|id| {
                app.focus_target.set(None);
                document()
                    .get_element_by_id(&id)
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
            });
            let _ = match target {
                Some(input) => input.focus(),
                None => h1.focus(),
            };
        }
    });
    view! {
        <h1 id=app.id("page-heading") tabindex="-1" node_ref=heading>
            {text}
        </h1>
    }
}
