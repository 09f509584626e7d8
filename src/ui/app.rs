//! The widget's root component: loads content once, provides the state, shows the screen.

use crate::i18n::UiTexts;
use crate::model::Questionnaire;
use crate::session::Screen;
use crate::storage::Storage;
use crate::ui::intro::Intro;
use crate::ui::notice::NoticeBanner;
use crate::ui::question_page::QuestionPage;
use crate::ui::result_page::ResultPage;
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::sync::OnceLock;

/// The German content, validated once per page load.
fn content() -> &'static Result<(Questionnaire, UiTexts), String> {
    static CONTENT: OnceLock<Result<(Questionnaire, UiTexts), String>> = OnceLock::new();
    CONTENT.get_or_init(|| {
        let q = Questionnaire::german().map_err(|e| e.to_string())?;
        let texts = UiTexts::german().map_err(|e| e.to_string())?;
        Ok((q, texts))
    })
}

/// The whole widget.
#[component]
pub fn App() -> impl IntoView {
    match content() {
        Ok((q, texts)) => {
            let state = AppState::provide(q, texts, Storage::open());
            let screen = move || match state.session.with(|s| s.screen) {
                Screen::Intro => view! { <Intro /> }.into_any(),
                Screen::Page(index) => view! { <QuestionPage index=index /> }.into_any(),
                Screen::Result => view! { <ResultPage /> }.into_any(),
            };
            view! {
                <div class="nc-root">
                    <NoticeBanner />
                    <main class="nc-main">{screen}</main>
                    <footer class="nc-footer">
                        <p>{texts.footer_privacy.clone()}</p>
                    </footer>
                </div>
            }
            .into_any()
        }
        // Only reachable if shipped content is broken; its native tests guard against that.
        Err(detail) => view! {
            <div class="nc-root" role="alert">
                <p>"Netzwerk-Check: " {detail.clone()}</p>
            </div>
        }
        .into_any(),
    }
}
