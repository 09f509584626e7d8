//! The dimension scores as an SVG bar chart. The table next to it is the text equivalent.

use crate::model::{Band, Coverage, DimensionScore};
use crate::ui::state::use_app;
use leptos::prelude::*;

const WIDTH: u32 = 360;
const ROW: u32 = 50;

/// Horizontal bars, one per dimension, coloured by band.
#[component]
pub fn ScoreChart(
    /// Scores in page order.
    scores: Vec<DimensionScore>,
) -> impl IntoView {
    let app = use_app();
    let (q, t) = (app.q, app.texts);
    let height = ROW * scores.len() as u32;
    let rows = scores
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let y = ROW * i as u32;
            let title = q.dimension(s.dimension).title;
            let value = s.score.unwrap_or(0);
            let width = WIDTH * u32::from(value) / 100;
            let band = match s.band {
                Some(Band::Strength) => "nc-bar--strength",
                Some(Band::Borderline) => "nc-bar--borderline",
                Some(Band::Concern) => "nc-bar--concern",
                None => "nc-bar--none",
            };
            let label = match (
                s.assessed() || s.coverage == Coverage::Insufficient,
                s.score,
            ) {
                (true, Some(v)) => v.to_string(),
                (true, None) => t.no_score.to_owned(),
                (false, _) => t.not_assessed.to_owned(),
            };
            view! {
                <g>
                    <text x="0" y=y + 15>{title}</text>
                    <text x=WIDTH y=y + 15 text-anchor="end">{label}</text>
                    <rect class="nc-bar-track" x="0" y=y + 22 width=WIDTH height="18" rx="3"></rect>
                    <rect class=band x="0" y=y + 22 width=width height="18" rx="3"></rect>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg
            class="nc-chart"
            role="img"
            aria-label=t.chart_label
            viewBox=format!("0 0 {WIDTH} {height}")
            xmlns="http://www.w3.org/2000/svg"
        >
            {rows}
        </svg>
    }
}
