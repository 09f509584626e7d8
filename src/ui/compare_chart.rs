//! Two results' area scores as paired SVG bars: "before" hatched, "after" solid, each with its
//! number, so nothing depends on colour (and it prints in black and white). The compare table
//! is the text equivalent.

use crate::app::compare::DimensionChange;
use crate::ui::state::use_app;
use leptos::prelude::*;

const WIDTH: u32 = 360;
const ROW: u32 = 66;
const BAR: u32 = 16;

/// Paired bars per area.
#[component]
pub fn CompareChart(
    /// The per-area changes, in page order.
    changes: Vec<DimensionChange>,
) -> impl IntoView {
    let app = use_app();
    let (q, t) = (app.q, app.texts);
    // Pattern ids are document-wide: one per widget instance.
    let hatch = app.id("hatch");
    let hatch_fill = format!("url(#{hatch})");
    let height = ROW * changes.len() as u32;
    let label = |v: Option<u8>| v.map_or_else(|| t.no_score.to_owned(), |v| v.to_string());
    let rows = changes
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let y = ROW * i as u32;
            let title = q.dimension(c.dimension).title;
            let before = WIDTH * u32::from(c.before.unwrap_or(0)) / 100;
            let after = WIDTH * u32::from(c.after.unwrap_or(0)) / 100;
            view! {
                <g>
                    <text x="0" y=y + 14>{title}</text>
                    <text x=WIDTH y=y + 14 text-anchor="end">
                        {format!("{} → {}", label(c.before), label(c.after))}
                    </text>
                    <rect class="nc-bar-track" x="0" y=y + 20 width=WIDTH height=BAR rx="2"></rect>
                    <rect class="nc-bar--before" x="0" y=y + 20 width=before height=BAR rx="2" fill=hatch_fill.clone()></rect>
                    <rect class="nc-bar-track" x="0" y=y + 22 + BAR width=WIDTH height=BAR rx="2"></rect>
                    <rect class="nc-bar--after" x="0" y=y + 22 + BAR width=after height=BAR rx="2"></rect>
                </g>
            }
        })
        .collect_view();
    view! {
        <ul class="nc-compare-legend" aria-hidden="true">
            <li><span class="nc-swatch nc-swatch--before"></span>{t.legend_before}</li>
            <li><span class="nc-swatch nc-swatch--after"></span>{t.legend_after}</li>
        </ul>
        <svg
            class="nc-chart"
            role="img"
            aria-label=t.compare_chart_label
            viewBox=format!("0 0 {WIDTH} {height}")
            xmlns="http://www.w3.org/2000/svg"
        >
            <defs>
                <pattern id=hatch width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="6" height="6" fill="#ffffff"></rect>
                    <line x1="0" y1="0" x2="0" y2="6" stroke="#1b1f24" stroke-width="3"></line>
                </pattern>
            </defs>
            {rows}
        </svg>
    }
}
