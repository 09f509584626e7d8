//! One profile question (kind, stage or scope): a `fieldset` with the question as `legend` and
//! a labelled radio per option, each option's explanation linked by `aria-describedby`.

use crate::model::ProfileQuestion;
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
    let options = question
        .options
        .iter()
        .map(|option| {
            let id = app.id(&format!("{key}-{}", option.key));
            let hint_id = format!("{id}-hint");
            let label_for = id.clone();
            let checked =
                move || app.draft(|s| s.profile.get(field) == Some(option.key));
            let described = option.hint.as_ref().map(|_| hint_id.clone());
            view! {
                <div class="nc-choice">
                    <label class="nc-option" for=label_for>
                        <input
                            type="radio"
                            id=id
                            name=app.id(key)
                            value=option.key
                            aria-describedby=described
                            prop:checked=checked
                            on:change=move |_| app.set_profile(field, option.key)
                        />
                        <span>{option.label}</span>
                    </label>
                    {option
                        .hint
                        .map(|hint| view! { <p class="nc-hint nc-choice-hint" id=hint_id>{hint}</p> })}
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset
            class="nc-question nc-question--profile"
            class:nc-question--error=move || error.get()
            id=app.id(&format!("q-{key}"))
            aria-describedby=move || error.get().then(|| error_id.clone())
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
            <div class="nc-options nc-options--choice">{options}</div>
        </fieldset>
    }
}
