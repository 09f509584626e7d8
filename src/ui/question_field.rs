//! One question: a `fieldset` with the statement as `legend` and a labelled radio per option.

use crate::app::markup::answer_options;
use crate::model::{Answer, ProfileField, Question};
use crate::ui::radio_group::{changed_value, keep_checked};
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The id name (before the instance prefix) of the first radio of a statement or profile
/// question (`id` is a statement id or a profile field key); the target of the error summary's
/// and the result's links. See [`AppState::first_input_id`](crate::ui::state::AppState).
pub fn first_input_name(id: &str) -> String {
    let first = ProfileField::ALL
        .into_iter()
        .find(|f| f.key() == id)
        .and_then(|f| f.options().first().copied())
        .unwrap_or(Answer::OPTIONS[0].key());
    format!("{id}-{first}")
}

/// A question as an accessible radio group. Answers are saved as soon as they are chosen.
#[component]
pub fn QuestionField(
    /// The question to show.
    question: &'static Question,
    /// Whether to show the "please answer" error on this question.
    #[prop(into)]
    error: Signal<bool>,
) -> impl IntoView {
    let app = use_app();
    let (q, t) = (app.q, app.texts);
    let qid = question.id.as_str();
    let hint_id = app.id(&format!("{qid}-hint"));
    let error_id = app.id(&format!("{qid}-error"));
    let described_by = move || {
        let mut ids = Vec::new();
        if question.hint.is_some() {
            ids.push(hint_id.clone());
        }
        if error.get() {
            ids.push(error_id.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    // The radios as markup (see `crate::app::markup`), with the stored answer checked; kept
    // in step when it changes otherwise than by a click here (another tab).
    let stored = move || app.draft(|s| s.answers.get(qid).map(|a| a.key()));
    let shown = untrack(stored);
    let shown_answer = shown.and_then(Answer::from_key);
    let (scale, aside): (Vec<Answer>, Vec<Answer>) =
        Answer::OPTIONS.iter().partition(|a| a.scale().is_some());
    let prefix = app.id_prefix();
    let scale = answer_options(q, &prefix, qid, &scale, shown_answer);
    let aside = answer_options(q, &prefix, qid, &aside, shown_answer);
    let fieldset_id = app.id(&format!("q-{qid}"));
    keep_checked(app, fieldset_id.clone(), shown, Box::new(stored));
    let on_change = move |event: leptos::ev::Event| {
        if let Some(answer) = changed_value(&event).and_then(|v| Answer::from_key(&v)) {
            app.answer(qid, answer);
        }
    };
    view! {
        <fieldset
            class="nc-question"
            class:nc-question--error=move || error.get()
            id=fieldset_id
            aria-describedby=described_by
            on:change=on_change
        >
            <legend>{question.text}</legend>
            {question
                .hint
                .map(|hint| view! { <p class="nc-hint" id=app.id(&format!("{qid}-hint"))>{hint}</p> })}
            {move || {
                error
                    .get()
                    .then(|| {
                        view! {
                            <p class="nc-error-message" id=app.id(&format!("{qid}-error"))>
                                {t.error_missing}
                            </p>
                        }
                    })
            }}
            <div class="nc-options nc-options--scale" inner_html=scale></div>
            <div class="nc-options-sep"></div>
            <div class="nc-options nc-options--aside" inner_html=aside></div>
        </fieldset>
    }
}
