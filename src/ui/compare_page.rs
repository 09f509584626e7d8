//! Two history entries compared: the verdict change, per-area change as chart and table,
//! relations that appeared or were resolved, and the answers that changed most. Both entries
//! are assessed by the current model (as their result pages are); a model change is said.

use crate::app::compare::{compare, ChangeDirection};
use crate::app::i18n::fill;
use crate::app::session::Screen;
use crate::browser::host;
use crate::model::{Answer, Coverage, RelationKind};
use crate::ui::compare_chart::CompareChart;
use crate::ui::compare_table::CompareTable;
use crate::ui::heading::Heading;
use crate::ui::history_item::entry_title;
use crate::ui::page_heading::PageHeading;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The areas an assessment leaves out (not asked, or nothing applicable).
fn left_out(a: &crate::model::Assessment) -> Vec<crate::model::DimensionId> {
    a.scores
        .iter()
        .filter(|s| matches!(s.coverage, Coverage::NotApplicable | Coverage::NotAsked))
        .map(|s| s.dimension)
        .collect()
}

/// The compare screen of two entries (by id, older first).
#[component]
pub fn ComparePage(
    /// The older entry's id.
    older: String,
    /// The newer entry's id.
    newer: String,
) -> impl IntoView {
    let app = use_app();
    let (q, t) = (app.q, app.texts);
    let entries = app
        .store
        .with_untracked(|s| Some((s.entry(&older)?.clone(), s.entry(&newer)?.clone())));
    let Some((a, b)) = entries else {
        // Deleted meanwhile (another tab): the history says what is there.
        app.go(Screen::History);
        return ().into_any();
    };
    let c = compare(q, &a, &b);
    let (before, after) = (a.assess(q), b.assess(q));
    let intro = fill(
        t.compare_intro,
        &[
            ("older", &entry_title(t, &a)),
            ("newer", &entry_title(t, &b)),
        ],
    );
    let (v1, v2) = c.model_versions;
    let model_note = c.model_changed.then(|| {
        let text = if v1 == v2 {
            fill(t.compare_model_older, &[("version", &v1.to_string())])
        } else {
            fill(
                t.compare_model_changed,
                &[("before", &v1.to_string()), ("after", &v2.to_string())],
            )
        };
        view! { <p class="nc-note" data-note="model-changed">{text}</p> }
    });
    let verdict = if c.verdict_before == c.verdict_after {
        fill(
            t.compare_verdict_same,
            &[("verdict", q.verdict_title(c.verdict_after))],
        )
    } else {
        let mut text = fill(
            t.compare_verdict,
            &[
                ("before", q.verdict_title(c.verdict_before)),
                ("after", q.verdict_title(c.verdict_after)),
            ],
        );
        match c.verdict_direction {
            ChangeDirection::Better => text.push_str(&format!(" {}", t.compare_better)),
            ChangeDirection::Worse => text.push_str(&format!(" {}", t.compare_worse)),
            ChangeDirection::Same | ChangeDirection::NotComparable => {}
        }
        text
    };
    // A relation's sentence as each result words it.
    let sentence = |kinds: &[RelationKind], findings: &[crate::model::RelationFinding]| {
        kinds
            .iter()
            .filter_map(|k| findings.iter().find(|f| f.kind == *k))
            .map(|f| view! { <li>{q.relation_text(f.kind, f.wording).to_owned()}</li> })
            .collect::<Vec<_>>()
    };
    let relations = |heading: &str, items: Vec<_>| {
        let heading = heading.to_owned();
        let empty = items.is_empty();
        view! {
            <Heading level=3>{heading}</Heading>
            {if empty {
                view! { <p>{t.compare_relations_none}</p> }.into_any()
            } else {
                view! { <ul>{items}</ul> }.into_any()
            }}
        }
    };
    let appeared = relations(t.compare_appeared, sentence(&c.appeared, &after.findings));
    let resolved = relations(t.compare_resolved, sentence(&c.resolved, &before.findings));
    let label = |key: &Option<String>| {
        key.as_deref().and_then(Answer::from_key).map_or_else(
            || t.not_answered.to_owned(),
            |a| q.option_label(a).to_owned(),
        )
    };
    let answers = c
        .answers
        .iter()
        .filter_map(|change| {
            let question = q.question(&change.id)?;
            let text = fill(
                t.compare_answer,
                &[
                    ("before", &label(&change.before)),
                    ("after", &label(&change.after)),
                ],
            );
            Some(view! {
                <li>
                    <strong>{question.text}</strong>
                    <br />
                    {text}
                </li>
            })
        })
        .collect::<Vec<_>>();
    let no_answers = answers.is_empty();
    view! {
        <section class="nc-compare" aria-labelledby=app.id("page-heading")>
            <PageHeading text=t.compare_heading.to_owned() />
            <p>{intro}</p>
            {model_note}
            <p class="nc-verdict-change">{verdict}</p>
            <Heading level=2>{t.scores_heading}</Heading>
            <CompareChart changes=c.dimensions.clone() />
            <CompareTable changes=c.dimensions.clone() not_assessed=(left_out(&before), left_out(&after)) />
            <Heading level=2>{t.compare_relations_heading}</Heading>
            {appeared}
            {resolved}
            <Heading level=2>{t.compare_answers_heading}</Heading>
            {if no_answers {
                view! { <p>{t.compare_answers_none}</p> }.into_any()
            } else {
                view! { <ol class="nc-compare-answers">{answers}</ol> }.into_any()
            }}
            <div class="nc-actions nc-no-print">
                <button type="button" class="nc-button" on:click=|_| host::print()>
                    {t.print_compare}
                </button>
                <button type="button" class="nc-button" on:click=move |_| app.go(Screen::History)>
                    {t.back_to_history}
                </button>
            </div>
        </section>
    }
    .into_any()
}
