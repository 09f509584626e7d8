//! The recommended next steps, weakest relation first, each citing its seed source.

use crate::app::i18n::fill;
use crate::app::i18n::UiTexts;
use crate::model::{Questionnaire, Source};
use crate::ui::heading::Heading;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// "Quelle: <title> (003), Schritt 08".
pub fn cite(q: &Questionnaire, t: &UiTexts, source: &Source) -> String {
    let title = q.source_title(source.file).unwrap_or(source.file);
    let section = if source.section.chars().all(|c| c.is_ascii_digit()) {
        fill(t.source_step, &[("step", source.section)])
    } else {
        source.section.to_owned()
    };
    fill(
        t.source_label,
        &[("source", &format!("{title}, {section}"))],
    )
}

/// Ordered list of next steps.
#[component]
pub fn Recommendations(
    /// Recommendation ids in the model's order.
    ids: Vec<String>,
) -> impl IntoView {
    let app = use_app();
    let (q, t) = (app.q, app.texts);
    let items = ids
        .iter()
        .filter_map(|id| {
            let rec = q.recommendation(id)?;
            Some(view! {
                <li data-recommendation=id.clone()>
                    <Heading level=3>{rec.title}</Heading>
                    <p>{rec.body}</p>
                    <p class="nc-source">{cite(q, t, &rec.source)}</p>
                </li>
            })
        })
        .collect_view();
    view! {
        <Heading level=2>{t.recommendations_heading}</Heading>
        <ol class="nc-recs">{items}</ol>
    }
}
