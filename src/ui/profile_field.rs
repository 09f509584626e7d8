//! One profile question (kind, stage or scope): a `fieldset` with the question as `legend` and
//! a labelled radio per option, each option's explanation linked by `aria-describedby`.

use crate::app::markup::choice_options;
use crate::model::ProfileQuestion;
use crate::ui::radio_group::{changed_value, keep_checked};
use crate::ui::state::use_app;
use leptos::prelude::*;

/// A profile question as an accessible radio group. Answers are saved as soon as chosen.
#[component]
pub fn ProfileFieldset(
    /// The question to show.
    question: &'static ProfileQuestion,
    /// Whether to show the "please answer" error on this question.
    #[prop(into)]
    error: Signal<bool>,
) -> impl IntoView {
    let app = use_app();
    let t = app.texts;
    let field = question.field;
    let key = field.key();
    let error_id = app.id(&format!("{key}-error"));
    // The radios as markup (see `crate::app::markup`), with the stored answer checked; kept
    // in step when it changes otherwise than by a click here (another tab).
    let stored = move || app.draft(|s| s.profile.get(field));
    let shown = untrack(stored);
    let options = choice_options(&app.id_prefix(), key, question.options, shown);
    let fieldset_id = app.id(&format!("q-{key}"));
    keep_checked(app, fieldset_id.clone(), shown, Box::new(stored));
    let on_change = move |event: leptos::ev::Event| {
        let Some(value) = changed_value(&event) else {
            return;
        };
        // The option's own key (`'static`), as the content defines it.
        if let Some(option) = question.options.iter().find(|o| o.key == value) {
            app.set_profile(field, option.key);
        }
    };
    view! {
        <fieldset
            class="nc-question nc-question--profile"
            class:nc-question--error=move || error.get()
            id=fieldset_id
            aria-describedby=move || error.get().then(|| error_id.clone())
            on:change=on_change
        >
            <legend>{question.legend}</legend>
            {move || {
                error
                    .get()
                    .then(|| {
                        view! {
                            <p class="nc-error-message" id=app.id(&format!("{key}-error"))>
                                {t.error_missing}
                            </p>
                        }
                    })
            }}
            <div class="nc-options nc-options--choice" inner_html=options></div>
        </fieldset>
    }
}
