//! Notes beside the verdict: on how many statements it rests, answer-quality hints
//! (contradicting pairs, straight-lining) and the areas left out (not applicable, or not asked
//! at this stage).

use crate::app::i18n::fill;
use crate::model::{Answers, Assessment, Coverage};
use crate::ui::heading::Heading;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// Basis, quality hints and areas not assessed.
#[component]
pub fn AnswerNotes(
    /// The assessment shown.
    assessment: Assessment,
    /// The answers it was computed from.
    answers: Answers,
) -> impl IntoView {
    let app = use_app();
    let (q, t) = (app.q, app.texts);
    let quality = &assessment.quality;
    let basis = fill(
        t.basis,
        &[
            ("rated", &quality.rated.to_string()),
            ("shown", &quality.shown.to_string()),
        ],
    );
    let chosen = move |id: &str| {
        let answer = answers
            .get(id)
            .map(|a| q.option_label(a).to_owned())
            .unwrap_or_else(|| t.not_answered.to_owned());
        fill(t.your_answer, &[("answer", &answer)])
    };
    let contradictions = quality
        .contradictions
        .iter()
        .map(|(a, b)| {
            let item = |id: &str| {
                q.question(id).map(|question| {
                    view! {
                        <li>
                            {question.text} " "
                            <span class="nc-chosen">"(" {chosen(id)} ")"</span>
                        </li>
                    }
                })
            };
            view! {
                <li>
                    <p>{t.quality_contradiction}</p>
                    <ul>{item(a)} {item(b)}</ul>
                </li>
            }
        })
        .collect_view();
    let hints = quality.has_hint().then(|| {
        view! {
            <div class="nc-quality" data-quality="hint">
                <Heading level=2>{t.quality_heading}</Heading>
                {quality.straight_lining.then(|| view! { <p>{t.quality_straight}</p> })}
                <ul>{contradictions}</ul>
            </div>
        }
    });
    let left_out: Vec<_> = assessment
        .scores
        .iter()
        .filter_map(|s| {
            let template = match s.coverage {
                Coverage::NotApplicable => &t.not_assessed_na,
                Coverage::NotAsked => &t.not_assessed_stage,
                _ => return None,
            };
            let text = fill(template, &[("area", q.dimension(s.dimension).title)]);
            Some(view! { <li data-dimension=s.dimension.key()>{text}</li> })
        })
        .collect();
    let left_out = (!left_out.is_empty()).then(|| {
        view! {
            <Heading level=2>{t.not_assessed_heading}</Heading>
            <ul class="nc-not-assessed">{left_out}</ul>
        }
    });
    view! {
        <p class="nc-basis">{basis}</p>
        {hints}
        {left_out}
    }
}
