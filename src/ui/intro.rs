//! The intro screen: what the check is, how long it takes, that answers stay on this device.

use crate::i18n::UiTexts;
use leptos::prelude::*;

/// Intro screen of the readiness check.
#[component]
pub fn Intro(
    /// UI texts of the active locale.
    texts: UiTexts,
) -> impl IntoView {
    let points = texts
        .intro_points
        .iter()
        .map(|p| view! { <li>{p.clone()}</li> })
        .collect_view();
    view! {
        <section class="nc-intro" aria-labelledby="nc-intro-heading">
            <p class="nc-eyebrow">{texts.app_title.clone()}</p>
            <h1 id="nc-intro-heading" tabindex="-1">{texts.intro_heading.clone()}</h1>
            <p class="nc-lead">{texts.intro_lead.clone()}</p>
            <ul class="nc-points">{points}</ul>
            <p class="nc-source">{texts.intro_source.clone()}</p>
            <div class="nc-actions">
                <button type="button" class="nc-button nc-button--primary">{texts.start.clone()}</button>
            </div>
        </section>
    }
}
