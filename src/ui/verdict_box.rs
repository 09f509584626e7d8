//! The verdict first: its title, the worst finding's sentence (chosen by the levels the answers
//! show) and what the verdict means; for a sustainable or undecided result its own sentence.

use crate::model::Assessment;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The verdict box at the top of the result.
#[component]
pub fn VerdictBox(
    /// The assessment shown.
    assessment: Assessment,
) -> impl IntoView {
    let app = use_app();
    let (q, t) = (app.q, app.texts);
    let verdict = assessment.verdict;
    let class = format!("nc-verdict nc-verdict--{}", verdict.key());
    let reason = assessment
        .findings
        .first()
        .map(|f| view! { <p class="nc-verdict-reason">{q.relation_text(f.kind, f.wording).to_owned()}</p> });
    view! {
        <div class=class data-verdict=verdict.key()>
            <p class="nc-verdict-title">
                {t.verdict_prefix} " " <strong>{q.verdict_title(verdict).to_owned()}</strong>
            </p>
            {reason}
            <p class="nc-verdict-sentence">{q.verdict_sentence(assessment.sentence).to_owned()}</p>
        </div>
    }
}
