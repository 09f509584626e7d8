//! "Ergebnis als Link": the result encoded in the URL fragment (never sent to a server), shown
//! in a read-only field to copy, with a copy button where the browser allows it.

use crate::app::entry::Entry;
use crate::app::link;
use crate::browser::host;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The link of one entry, revealed on demand.
#[component]
pub fn ResultLink(
    /// The entry the link encodes (its name is left out).
    entry: Entry,
) -> impl IntoView {
    let app = use_app();
    let t = app.texts;
    let open = RwSignal::new(false);
    let status = RwSignal::new(None::<String>);
    let address = host::page_address().unwrap_or_default();
    let url = format!("{address}#{}", link::fragment(app.q, &entry));
    let field_id = app.id("result-link");
    let intro_id = app.id("result-link-intro");
    let copy = {
        let url = url.clone();
        move |_| {
            status.set(Some(if host::copy_text(&url) {
                t.link_copied.to_owned()
            } else {
                t.link_copy_manual.to_owned()
            }));
        }
    };
    view! {
        <div class="nc-result-link nc-no-print">
            <button
                type="button"
                class="nc-button"
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {t.link_button}
            </button>
            <Show when=move || open.get()>
                <p id=intro_id.clone()>{t.link_intro}</p>
                <label for=field_id.clone()>{t.link_label}</label>
                <div class="nc-inline">
                    <input
                        type="text"
                        id=field_id.clone()
                        readonly=true
                        aria-describedby=intro_id.clone()
                        prop:value=url.clone()
                        on:focus=|ev| {
                            use wasm_bindgen::JsCast;
                            if let Some(input) = ev
                                .target()
                                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                            {
                                input.select();
                            }
                        }
                    />
                    <button type="button" class="nc-button" on:click=copy.clone()>
                        {t.link_copy}
                    </button>
                </div>
                <p role="status" class="nc-status">{move || status.get()}</p>
            </Show>
        </div>
    }
}
