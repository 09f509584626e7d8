//! Naming an entry ("Workshop März"): a labelled text field and a save button.

use crate::app::entry::NAME_MAX_CHARS;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The name field of one history entry.
#[component]
pub fn EntryName(
    /// The entry's id.
    id: String,
    /// Its current name.
    name: Option<String>,
) -> impl IntoView {
    let app = use_app();
    let t = app.texts;
    let value = RwSignal::new(name.unwrap_or_default());
    let saved = RwSignal::new(false);
    let input_id = app.id("entry-name");
    let hint_id = app.id("entry-name-hint");
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        app.rename(&id, &value.get_untracked());
        saved.set(true);
    };
    view! {
        <form class="nc-entry-name-form nc-no-print" on:submit=save>
            <label for=input_id.clone()>{t.name_label}</label>
            <p class="nc-hint" id=hint_id.clone()>{t.name_hint}</p>
            <div class="nc-inline">
                <input
                    type="text"
                    id=input_id
                    aria-describedby=hint_id
                    maxlength=NAME_MAX_CHARS.to_string()
                    autocomplete="off"
                    prop:value=move || value.get()
                    on:input=move |ev| {
                        saved.set(false);
                        value.set(event_target_value(&ev));
                    }
                />
                <button type="submit" class="nc-button">{t.name_save}</button>
            </div>
            <p role="status" class="nc-status">
                {move || saved.get().then_some(t.name_saved)}
            </p>
        </form>
    }
}
