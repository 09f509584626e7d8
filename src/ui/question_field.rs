//! One question: a `fieldset` with the statement as `legend` and a labelled radio per option.

use crate::model::{Answer, ProfileField, Question};
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
    let option = move |answer: Answer| {
        let id = app.id(&format!("{qid}-{}", answer.key()));
        let label_for = id.clone();
        let checked = move || app.draft(|s| s.answers.get(qid) == Some(answer));
        let aside = matches!(answer, Answer::DontKnow | Answer::NotApplicable);
        view! {
            <label class="nc-option" class:nc-option--aside=aside for=label_for>
                <input
                    type="radio"
                    id=id
                    name=app.id(qid)
                    value=answer.key()
                    prop:checked=checked
                    on:change=move |_| app.answer(qid, answer)
                />
                <span>{q.option_label(answer).to_owned()}</span>
            </label>
        }
    };
    let (scale, aside): (Vec<Answer>, Vec<Answer>) =
        Answer::OPTIONS.iter().partition(|a| a.scale().is_some());
    view! {
        <fieldset
            class="nc-question"
            class:nc-question--error=move || error.get()
            id=app.id(&format!("q-{qid}"))
            aria-describedby=described_by
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
            <div class="nc-options nc-options--scale">
                {scale.into_iter().map(option).collect_view()}
            </div>
            <div class="nc-options-sep"></div>
            <div class="nc-options nc-options--aside">
                {aside.into_iter().map(option).collect_view()}
            </div>
        </fieldset>
    }
}
