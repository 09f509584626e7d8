//! Progress through the questionnaire: "Schritt 2 von 6" and the answered count.

use crate::app::i18n::fill;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// Step and answered-count indicator.
#[component]
pub fn Progress(
    /// Zero-based index of the current page.
    index: usize,
) -> impl IntoView {
    let app = use_app();
    let (q, t) = (app.q, app.texts);
    let total = move || app.draft(|s| s.total(q));
    let step = move || {
        let pages = app.draft(|s| s.pages(q).len());
        fill(
            t.step_of,
            &[
                ("current", &(index + 1).to_string()),
                ("total", &pages.to_string()),
            ],
        )
    };
    let answered = move || app.draft(|s| s.answered(q));
    let answered_text = move || {
        fill(
            t.answered_of,
            &[
                ("answered", &answered().to_string()),
                ("total", &total().to_string()),
            ],
        )
    };
    view! {
        <div class="nc-progress">
            <p class="nc-step">{step}</p>
            <progress
                max=move || total().to_string()
                value=move || answered().to_string()
                aria-labelledby=app.id("answered")
            ></progress>
            <p id=app.id("answered")>{answered_text}</p>
        </div>
    }
}
