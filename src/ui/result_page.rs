//! The result: the verdict first with its reason, what it rests on, why, the scores as a chart
//! and a table, knowledge gaps, and the recommended next steps; or, without a verdict, what is
//! still missing.

use crate::i18n::fill;
use crate::model::{ProfileField, VerdictKind};
use crate::session::{display_date, Screen};
use crate::ui::answer_notes::AnswerNotes;
use crate::ui::findings::Findings;
use crate::ui::missing_answers::MissingAnswers;
use crate::ui::page_heading::PageHeading;
use crate::ui::recommendations::Recommendations;
use crate::ui::score_chart::ScoreChart;
use crate::ui::score_table::ScoreTable;
use crate::ui::start_over::StartOver;
use crate::ui::state::use_app;
use crate::ui::verdict_box::VerdictBox;
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
    // Recomputed from the stored profile and answers by the current model: the intro shows the
    // same (see ResultRecord::assess).
    let assessment = record.assess(q);
    let older = record.from_older_model(q).then(|| {
        view! { <p class="nc-note" data-note="older-model">{t.older_model.clone()}</p> }
    });
    let profile = ProfileField::ALL
        .iter()
        .filter_map(|f| record.profile.get(*f).map(|key| q.profile_label(*f, key)))
        .collect::<Vec<_>>();
    let profile = (!profile.is_empty()).then(|| {
        view! {
            <p class="nc-profile-summary">
                <strong>{t.profile_summary.clone()}</strong> " " {profile.join(" · ")}
            </p>
        }
    });
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
    let insufficient = assessment.verdict == VerdictKind::InsufficientData;
    let print = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <section class="nc-result" aria-labelledby="nc-page-heading">
            <PageHeading text=t.result_heading.clone() />
            {older}
            <VerdictBox assessment=assessment.clone() />
            {profile}
            <p class="nc-source">{saved}</p>
            {insufficient.then(|| view! { <MissingAnswers assessment=assessment.clone() /> })}
            <AnswerNotes assessment=assessment.clone() />
            {(!insufficient)
                .then(|| view! { <Findings findings=assessment.findings.clone() answers=record.answers.clone() profile=record.profile /> })}
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
