//! The result: the verdict first in one sentence with its reason, then why, the scores as a
//! chart and a table, knowledge gaps, and the recommended next steps.

use crate::i18n::fill;
use crate::model::{assess, VerdictKind};
use crate::session::{display_date, Screen};
use crate::ui::findings::Findings;
use crate::ui::page_heading::PageHeading;
use crate::ui::recommendations::Recommendations;
use crate::ui::score_chart::ScoreChart;
use crate::ui::score_table::ScoreTable;
use crate::ui::start_over::StartOver;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The result page of the latest completed check.
#[component]
pub fn ResultPage() -> impl IntoView {
    let app = use_app();
    let (q, t) = (app.q, app.texts);
    let Some(record) = app.session.with_untracked(|s| s.result.clone()) else {
        app.go(Screen::Intro);
        return ().into_any();
    };
    // Recomputed from the stored answers: deterministic, and never a stale stored verdict.
    let assessment = assess(q, &record.answers);
    let verdict = q.verdict_text(assessment.verdict);
    let class = format!("nc-verdict nc-verdict--{}", assessment.verdict.key());
    let reason = assessment
        .findings
        .first()
        .map(|f| q.relation_text(f.kind).to_owned());
    let saved = fill(
        &t.saved_at,
        &[("date", &display_date(&record.completed_at))],
    );
    let gaps = assessment
        .gaps
        .iter()
        .filter_map(|id| q.gap_text(id))
        .map(|text| view! { <li>{text.to_owned()}</li> })
        .collect_view();
    let has_gaps = !assessment.gaps.is_empty();
    let print = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <section class="nc-result" aria-labelledby="nc-page-heading">
            <PageHeading text=t.result_heading.clone() />
            <div class=class data-verdict=assessment.verdict.key()>
                <p class="nc-verdict-title">
                    {t.verdict_prefix.clone()} " " <strong>{verdict.title.clone()}</strong>
                </p>
                <p>{verdict.sentence.clone()}</p>
                {reason.map(|r| view! { <p class="nc-verdict-reason">{r}</p> })}
            </div>
            <p class="nc-source">{saved}</p>
            {(assessment.verdict != VerdictKind::InsufficientData)
                .then(|| view! { <Findings findings=assessment.findings.clone() answers=record.answers.clone() /> })}
            <h2>{t.scores_heading.clone()}</h2>
            <p>{t.scores_intro.clone()}</p>
            <ScoreChart scores=assessment.scores.clone() />
            <ScoreTable scores=assessment.scores.clone() />
            {has_gaps
                .then(|| {
                    view! {
                        <h2>{t.gaps_heading.clone()}</h2>
                        <p>{t.gaps_intro.clone()}</p>
                        <ul class="nc-gaps">{gaps}</ul>
                    }
                })}
            <Recommendations ids=assessment.recommendations.clone() />
            <div class="nc-actions">
                <button type="button" class="nc-button" on:click=move |_| app.go(Screen::Page(0))>
                    {t.edit_answers.clone()}
                </button>
                <button type="button" class="nc-button" on:click=print>
                    {t.print.clone()}
                </button>
                <StartOver />
            </div>
        </section>
    }
    .into_any()
}
