//! Why there is no verdict yet: the rule (filled from the model's own numbers) and, per area,
//! the statements still to rate, each linked to its question.

use crate::app::i18n::fill;
use crate::model::{Assessment, MIN_COVERAGE_PERCENT};
use crate::ui::heading::Heading;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The list of what is missing for a verdict.
#[component]
pub fn MissingAnswers(
    /// An assessment with the InsufficientData verdict.
    assessment: Assessment,
    /// The entry it belongs to: its links take its answers into a new check and go to the
    /// question. `None` (a shared result): the statements are listed without links.
    entry_id: Option<String>,
) -> impl IntoView {
    let app = use_app();
    let (q, t) = (app.q, app.texts);
    let rule = fill(
        t.missing_rule,
        &[("percent", &MIN_COVERAGE_PERCENT.to_string())],
    );
    let areas: Vec<_> = assessment.insufficient().cloned().collect();
    let none_applicable = areas
        .is_empty()
        .then(|| view! { <p>{t.missing_none_applicable}</p> });
    let areas =
        areas
            .into_iter()
            .map(|s| {
                let line = fill(
                    t.missing_area,
                    &[
                        ("area", q.dimension(s.dimension).title),
                        ("answered", &s.answered.to_string()),
                        ("applicable", &s.applicable.to_string()),
                        ("needed", &s.needed.to_string()),
                    ],
                );
                let links =
                    s.missing
                        .iter()
                        .filter_map(|id| {
                            let question = q.question(id)?;
                            let target = id.clone();
                            let href = format!("#{}", app.first_input_id(id));
                            let Some(entry_id) = entry_id.clone() else {
                                return Some(view! { <li>{question.text}</li> }.into_any());
                            };
                            Some(view! {
                        <li>
                            <a
                                href=href
                                on:click=move |ev: leptos::ev::MouseEvent| {
                                    ev.prevent_default();
                                    if app.store.with_untracked(|s| s.draft.is_empty()) {
                                        app.edit_from(&entry_id);
                                    }
                                    app.go_to_question(&target);
                                }
                            >
                                {question.text}
                            </a>
                        </li>
                    }.into_any())
                        })
                        .collect_view();
                view! {
                    <li data-dimension=s.dimension.key()>
                        <p>{line}</p>
                        <ul>{links}</ul>
                    </li>
                }
            })
            .collect_view();
    view! {
        <Heading level=2>{t.missing_heading}</Heading>
        <p>{rule}</p>
        {none_applicable}
        <ul class="nc-missing">{areas}</ul>
    }
}
