//! "Neu beginnen" with an inline confirmation, so nothing is deleted by one slip of a finger
//! (kiosks, phones).

use crate::ui::state::use_app;
use leptos::html;
use leptos::prelude::*;

/// Button that deletes all answers on this device after confirmation.
#[component]
pub fn StartOver() -> impl IntoView {
    let app = use_app();
    let t = app.texts;
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
                        on:click=move |_| asking.set(true)
                    >
                        {t.start_over.clone()}
                    </button>
                }
            }
        >
            <div class="nc-dialog" role="group" aria-labelledby="nc-start-over-question">
                <p id="nc-start-over-question">{t.start_over_confirm.clone()}</p>
                <div class="nc-actions">
                    <button
                        type="button"
                        class="nc-button nc-button--primary"
                        node_ref=confirm_ref
                        on:click=move |_| app.start_over()
                    >
                        {t.confirm_yes.clone()}
                    </button>
                    <button
                        type="button"
                        class="nc-button"
                        on:click=move |_| {
                            cancelled.set(true);
                            asking.set(false);
                        }
                    >
                        {t.confirm_no.clone()}
                    </button>
                </div>
            </div>
        </Show>
    }
}
