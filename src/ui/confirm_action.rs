//! A button whose action needs a second, explicit step ("Neu beginnen", deleting an entry or
//! everything): an inline confirmation, so nothing is lost by one slip of a finger (kiosks,
//! phones).

use crate::ui::state::use_app;
use leptos::html;
use leptos::prelude::*;
use std::sync::atomic::{AtomicU32, Ordering};

static NEXT: AtomicU32 = AtomicU32::new(1);

/// A button that asks before it acts.
#[component]
pub fn ConfirmAction(
    /// The button's text.
    #[prop(into)]
    label: String,
    /// The question asked before acting (says what will be lost and what is kept).
    #[prop(into)]
    question: String,
    /// The confirming button's text.
    #[prop(into)]
    yes: String,
    /// What happens on confirmation.
    on_confirm: Callback<()>,
    /// An accessible name for the button when its text alone is ambiguous (e.g. "Löschen" in a
    /// list).
    #[prop(optional, into)]
    aria_label: Option<String>,
) -> impl IntoView {
    let app = use_app();
    let t = app.texts;
    let question_id = app.id(&format!("confirm-{}", NEXT.fetch_add(1, Ordering::Relaxed)));
    let asking = RwSignal::new(false);
    // Focus follows the dialog: onto "Ja, alles löschen" when it opens, back onto
    // "Neu beginnen" when it is cancelled (not on first render).
    let cancelled = RwSignal::new(false);
    let confirm_ref = NodeRef::<html::Button>::new();
    let start_ref = NodeRef::<html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = confirm_ref.get() {
            let _ = button.focus();
        }
    });
    Effect::new(move |_| {
        if let Some(button) = start_ref.get() {
            if cancelled.get_untracked() {
                let _ = button.focus();
            }
        }
    });
    view! {
        <Show
            when=move || asking.get()
            fallback=move || {
                view! {
                    <button
                        type="button"
                        class="nc-button"
                        node_ref=start_ref
                        aria-label=aria_label.clone()
                        on:click=move |_| asking.set(true)
                    >
                        {label.clone()}
                    </button>
                }
            }
        >
            <div class="nc-dialog" role="group" aria-labelledby=question_id.clone()>
                <p id=question_id.clone()>{question.clone()}</p>
                <div class="nc-actions">
                    <button
                        type="button"
                        class="nc-button nc-button--primary"
                        node_ref=confirm_ref
                        on:click=move |_| {
                            asking.set(false);
                            on_confirm.run(());
                        }
                    >
                        {yes.clone()}
                    </button>
                    <button
                        type="button"
                        class="nc-button"
                        on:click=move |_| {
                            cancelled.set(true);
                            asking.set(false);
                        }
                    >
                        {t.confirm_no}
                    </button>
                </div>
            </div>
        </Show>
    }
}
