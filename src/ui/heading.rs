//! A heading at a level relative to the widget's outline: in a partner's page the screens' main
//! heading may be an `<h2>` or lower (`data-heading-level`), and every sub-heading follows.

use crate::ui::state::use_app;
use leptos::prelude::*;

/// A heading: `level` 1 is a screen's main heading, 2 a section, 3 a sub-section. The element
/// is `h1`–`h6` by the configured heading level; the class `nc-h<level>` styles it the same
/// whatever its element.
#[component]
pub fn Heading(
    /// Relative level (1–3).
    level: u8,
    /// The element's id.
    #[prop(optional, into)]
    id: Option<String>,
    /// Focusable by script (`tabindex="-1"`): the main heading takes focus after navigation.
    #[prop(optional)]
    focusable: bool,
    /// The heading text.
    children: Children,
) -> impl IntoView {
    let app = use_app();
    let class = format!("nc-h{level}");
    let tabindex = focusable.then_some("-1");
    macro_rules! heading {
        ($tag:ident) => {
            view! {
                <$tag class=class id=id tabindex=tabindex>
                    {children()}
                </$tag>
            }
            .into_any()
        };
    }
    match app.heading_level(level) {
        1 => heading!(h1),
        2 => heading!(h2),
        3 => heading!(h3),
        4 => heading!(h4),
        5 => heading!(h5),
        _ => heading!(h6),
    }
}
