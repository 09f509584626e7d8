//! "Warum diese Einschätzung?": each relation that is off, and the answers that drove it.

use crate::i18n::fill;
use crate::model::{Answers, RelationFinding};
use crate::ui::state::use_app;
use leptos::prelude::*;

/// Driving answers shown per relation: enough to explain, few enough to read on a phone.
const SHOWN_DRIVERS: usize = 3;
/// Relations shown open; the rest (less severe) sit in a disclosure below.
const SHOWN_FINDINGS: usize = 2;

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
    let item = |finding: RelationFinding| {
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
            <li class="nc-finding" data-relation=finding.kind.key() data-wording=finding.wording.key()>
                <p>{q.relation_text(finding.kind, finding.wording).to_owned()}</p>
                <p>{t.drivers_intro.clone()}</p>
                <ul>{drivers}</ul>
            </li>
        }
    };
    let mut findings = findings;
    let more = findings.split_off(findings.len().min(SHOWN_FINDINGS));
    let more_label = fill(&t.more_findings, &[("count", &more.len().to_string())]);
    let more = (!more.is_empty()).then(|| {
        view! {
            <details class="nc-more-findings">
                <summary>{more_label}</summary>
                <ul class="nc-findings">{more.into_iter().map(item).collect_view()}</ul>
            </details>
        }
    });
    view! {
        <h2>{t.why_heading.clone()}</h2>
        <ul class="nc-findings">{findings.into_iter().map(item).collect_view()}</ul>
        {more}
    }
    .into_any()
}
