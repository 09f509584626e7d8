//! The compare table: per area the score before and after with its band, and the change in
//! numbers and words ("+18, von knapp zu gut ausgestattet"; "besser" / "schlechter").

use crate::app::compare::{ChangeDirection, DimensionChange};
use crate::app::i18n::fill;
use crate::model::DimensionId;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// Before, after and change per area.
#[component]
pub fn CompareTable(
    /// The per-area changes, in page order.
    changes: Vec<DimensionChange>,
    /// Areas left out of each result (not asked at its stage, or every statement "passt
    /// nicht"): (earlier, later). They read "nicht bewertet", as on the result page.
    not_assessed: (Vec<DimensionId>, Vec<DimensionId>),
) -> impl IntoView {
    let app = use_app();
    let (q, t) = (app.q, app.texts);
    let caption_id = app.id("compare-caption");
    let cell = move |d, score: Option<u8>, band, left_out: bool| match (score, band) {
        _ if left_out => t.not_assessed.to_owned(),
        (Some(v), Some(b)) => format!("{v} ({})", q.band_label(d, b)),
        (Some(v), None) => v.to_string(),
        _ => t.no_score.to_owned(),
    };
    let (out_before, out_after) = not_assessed;
    let rows = changes
        .into_iter()
        .map(|c| {
            let d = c.dimension;
            let change = match (c.delta, c.band_before, c.band_after) {
                (Some(0), _, _) => t.change_none.to_owned(),
                (Some(delta), Some(b), Some(a)) if b == a => fill(
                    t.change_same_band,
                    &[("delta", &signed(delta)), ("band", q.band_label(d, a))],
                ),
                (Some(delta), Some(b), Some(a)) => fill(
                    t.change_bands,
                    &[
                        ("delta", &signed(delta)),
                        ("before", q.band_label(d, b)),
                        ("after", q.band_label(d, a)),
                    ],
                ),
                (Some(delta), _, _) => signed(delta),
                (None, _, _) => t.change_not_comparable.to_owned(),
            };
            let direction = match c.direction {
                ChangeDirection::Better => Some(t.change_better),
                ChangeDirection::Worse => Some(t.change_worse),
                _ => None,
            };
            view! {
                <tr data-dimension=d.key()>
                    <th scope="row">{q.dimension(d).title}</th>
                    <td>{cell(d, c.before, c.band_before, out_before.contains(&d))}</td>
                    <td>{cell(d, c.after, c.band_after, out_after.contains(&d))}</td>
                    <td>
                        <span class="nc-change">{change}</span>
                        {direction.map(|w| view! { <br /><span>{w}</span> })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="nc-table-wrap" role="region" aria-labelledby=caption_id.clone() tabindex="0">
            <table class="nc-table nc-compare-table">
                <caption id=caption_id.clone()>{t.compare_table_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.col_dimension}</th>
                        <th scope="col">{t.col_before}</th>
                        <th scope="col">{t.col_after}</th>
                        <th scope="col">{t.col_change}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// A change with its sign: `+18`, `-5`.
fn signed(delta: i16) -> String {
    if delta > 0 {
        format!("+{delta}")
    } else {
        delta.to_string()
    }
}
