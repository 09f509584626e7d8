//! "Warum diese Einschätzung?": each relation that is off, and the answers that drove it.

use crate::i18n::fill;
use crate::model::{Answers, RelationFinding};
use crate::ui::state::use_app;
use leptos::prelude::*;

/// Driving answers shown per relation: enough to explain, few enough to read on a phone.
const SHOWN_DRIVERS: usize = 3;

/// The explanation of the verdict.
#[component]
pub fn Findings(
    /// Relations that are off, worst first (may be empty when the fit is sustainable).
    findings: Vec<RelationFinding>,
    /// The answers the result was computed from.
    answers: Answers,
) -> impl IntoView {
    let app = use_app();
    let (q, t) = (app.q, app.texts);
    if findings.is_empty() {
        return ().into_any();
    }
    let items = findings
        .into_iter()
        .map(|finding| {
            let drivers = finding
                .drivers
                .iter()
                .take(SHOWN_DRIVERS)
                .filter_map(|id| {
                    let question = q.question(id)?;
                    let answer = answers
                        .get(id)
                        .map(|a| q.option_label(a).to_owned())
                        .unwrap_or_else(|| t.not_answered.clone());
                    let chosen = fill(&t.your_answer, &[("answer", &answer)]);
                    Some(view! {
                        <li>
                            {question.text.clone()} " " <span class="nc-chosen">"(" {chosen} ")"</span>
                        </li>
                    })
                })
                .collect_view();
            view! {
                <li class="nc-finding" data-relation=finding.kind.key()>
                    <p>{q.relation_text(finding.kind).to_owned()}</p>
                    <p>{t.drivers_intro.clone()}</p>
                    <ul>{drivers}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <h2>{t.why_heading.clone()}</h2>
        <ul class="nc-findings">{items}</ul>
    }
    .into_any()
}
