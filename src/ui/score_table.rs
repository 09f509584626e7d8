//! The dimension scores as a table: the text equivalent of the chart.

use crate::model::DimensionScore;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// Score, band and answered count per dimension.
#[component]
pub fn ScoreTable(
    /// Scores in page order.
    scores: Vec<DimensionScore>,
) -> impl IntoView {
    let app = use_app();
    let (q, t) = (app.q, app.texts);
    let rows = scores
        .into_iter()
        .map(|s| {
            let title = q.dimension(s.dimension).title.clone();
            let score = s
                .score
                .map_or_else(|| t.no_score.clone(), |v| v.to_string());
            let band = s.band.map_or_else(
                || t.no_score.clone(),
                |b| q.band_label(s.dimension, b).to_owned(),
            );
            view! {
                <tr data-dimension=s.dimension.key()>
                    <th scope="row">{title}</th>
                    <td>{score}</td>
                    <td>{band}</td>
                    <td>{format!("{} / {}", s.answered, s.total)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="nc-table">
            <caption>{t.table_caption.clone()}</caption>
            <thead>
                <tr>
                    <th scope="col">{t.col_dimension.clone()}</th>
                    <th scope="col">{t.col_score.clone()}</th>
                    <th scope="col">{t.col_band.clone()}</th>
                    <th scope="col">{t.col_answered.clone()}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
