//! The dimension scores as a table: the text equivalent of the chart. Three columns, so it
//! fits a 320 px phone.

use crate::model::{Coverage, DimensionScore};
use crate::ui::state::use_app;
use leptos::prelude::*;

/// Score with its band, and the answered count, per dimension.
#[component]
pub fn ScoreTable(
    /// Scores in page order.
    scores: Vec<DimensionScore>,
    /// Makes the caption's id unique when a screen shows more than one table.
    #[prop(into)]
    id_suffix: String,
) -> impl IntoView {
    let app = use_app();
    let (q, t) = (app.q, app.texts);
    let caption_id = app.id(&format!("table-caption-{id_suffix}"));
    let rows = scores
        .into_iter()
        .map(|s| {
            let title = q.dimension(s.dimension).title;
            let counted = s.assessed() || s.coverage == Coverage::Insufficient;
            let score = match (counted, s.score) {
                (true, Some(v)) => v.to_string(),
                (true, None) => t.no_score.to_owned(),
                (false, _) => t.not_assessed.to_owned(),
            };
            let band = s.band.map_or_else(
                || t.no_score.to_owned(),
                |b| q.band_label(s.dimension, b).to_owned(),
            );
            view! {
                <tr data-dimension=s.dimension.key()>
                    <th scope="row">{title}</th>
                    <td>
                        <span class="nc-score">{score}</span>
                        <br />
                        <span class="nc-band">{band}</span>
                    </td>
                    <td>{format!("{} / {}", s.answered, s.shown)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        // A data table may scroll on its own on narrow screens (WCAG 1.4.10); the page never
        // does. The region is focusable so keyboard users can scroll it.
        <div class="nc-table-wrap" role="region" aria-labelledby=caption_id.clone() tabindex="0">
        <table class="nc-table">
            <caption id=caption_id.clone()>{t.table_caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{t.col_dimension}</th>
                    <th scope="col">{t.col_score}</th>
                    <th scope="col">{t.col_answered}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        </div>
    }
}
