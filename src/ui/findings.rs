//! "Warum diese Einschätzung?": each relation that is off, and the answers that drove it.

use crate::app::i18n::fill;
use crate::model::{Answers, Profile, ProfileField, RelationFinding, SCOPE_DRIVER};
use crate::ui::heading::Heading;
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
    /// The profile the result was computed for (its scope can drive a finding).
    profile: Profile,
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
                let (text, answer) = if id == SCOPE_DRIVER {
                    let field = ProfileField::Scope;
                    let legend = q.profile_questions().iter().find(|p| p.field == field)?;
                    let label = q.profile_label(field, profile.get(field)?);
                    (legend.legend, label.to_owned())
                } else {
                    let answer = answers
                        .get(id)
                        .map(|a| q.option_label(a).to_owned())
                        .unwrap_or_else(|| t.not_answered.to_owned());
                    (q.question(id)?.text, answer)
                };
                let chosen = fill(t.your_answer, &[("answer", &answer)]);
                Some(view! {
                    <li>
                        {text} " " <span class="nc-chosen">"(" {chosen} ")"</span>
                    </li>
                })
            })
            .collect::<Vec<_>>();
        let drivers = (!drivers.is_empty()).then(|| {
            view! {
                <p>{t.drivers_intro}</p>
                <ul>{drivers}</ul>
            }
        });
        view! {
            <li class="nc-finding" data-relation=finding.kind.key() data-wording=finding.wording.key()>
                <p>{q.relation_text(finding.kind, finding.wording).to_owned()}</p>
                {drivers}
            </li>
        }
    };
    let mut findings = findings;
    let more = findings.split_off(findings.len().min(SHOWN_FINDINGS));
    let more_label = fill(t.more_findings, &[("count", &more.len().to_string())]);
    let more = (!more.is_empty()).then(|| {
        view! {
            <details class="nc-more-findings">
                <summary>{more_label}</summary>
                <ul class="nc-findings">{more.into_iter().map(item).collect_view()}</ul>
            </details>
        }
    });
    view! {
        <Heading level=2>{t.why_heading}</Heading>
        <ul class="nc-findings">{findings.into_iter().map(item).collect_view()}</ul>
        {more}
    }
    .into_any()
}
