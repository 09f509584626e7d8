//! The widget's root component: loads texts once and shows the current screen.

use crate::i18n::UiTexts;
use crate::ui::intro::Intro;
use leptos::prelude::*;

/// The whole widget.
#[component]
pub fn App() -> impl IntoView {
    match UiTexts::german() {
        Ok(texts) => view! {
            <div class="nc-root">
                <main class="nc-main">
                    <Intro texts=texts.clone() />
                </main>
                <footer class="nc-footer">
                    <p>{texts.footer_privacy.clone()}</p>
                </footer>
            </div>
        }
        .into_any(),
        // Only reachable if the shipped locale file is broken; its tests guard against that.
        Err(e) => view! {
            <div class="nc-root" role="alert">
                <p>"Netzwerk-Check: " {e.to_string()}</p>
            </div>
        }
        .into_any(),
    }
}
