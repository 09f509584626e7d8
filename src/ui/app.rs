//! The widget's root component: loads content once, provides the state, shows the screen.

use crate::i18n::{fill, UiTexts};
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

/// Why the widget cannot start: the UI texts themselves are broken (no words to say it in), or
/// the questionnaire is (said in the UI's words).
enum ContentFailure {
    Texts(String),
    Questionnaire(&'static UiTexts, String),
}

/// The German content, loaded and validated once per page load.
fn loaded() -> Result<(&'static Questionnaire, &'static UiTexts), ContentFailure> {
    type Loaded = (Result<UiTexts, String>, Result<Questionnaire, String>);
    static CONTENT: OnceLock<Loaded> = OnceLock::new();
    let (texts, q) = CONTENT.get_or_init(|| {
        (
            UiTexts::german().map_err(|e| e.to_string()),
            Questionnaire::german().map_err(|e| e.to_string()),
        )
    });
    match (texts, q) {
        (Ok(texts), Ok(q)) => Ok((q, texts)),
        (Ok(texts), Err(detail)) => Err(ContentFailure::Questionnaire(texts, detail.clone())),
        (Err(detail), _) => Err(ContentFailure::Texts(detail.clone())),
    }
}

/// The whole widget.
#[component]
pub fn App() -> impl IntoView {
    match loaded() {
        Ok((q, texts)) => {
            let state = AppState::provide(q, texts, Storage::open());
            // Only a change of screen re-renders the screen (not every answer), and each screen
            // is keyed: going from page 2 to page 3 builds page 3 afresh instead of patching
            // page 2's radio groups in place (which briefly merged groups and lost checks).
            let screen = Memo::new(move |_| state.session.with(|s| s.screen));
            let screen = view! {
                <For each=move || [screen.get()] key=|s| *s let:current>
                    {match current {
                        Screen::Intro => view! { <Intro /> }.into_any(),
                        Screen::Page(index) => view! { <QuestionPage index=index /> }.into_any(),
                        Screen::Result => view! { <ResultPage /> }.into_any(),
                    }}
                </For>
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
        Err(ContentFailure::Questionnaire(texts, detail)) => view! {
            <div class="nc-root" role="alert">
                <p>{fill(&texts.content_error, &[("detail", &detail)])}</p>
            </div>
        }
        .into_any(),
        // Without UI texts there are no localized words; say it plainly in the page language.
        Err(ContentFailure::Texts(detail)) => view! {
            <div class="nc-root" role="alert">
                <p>"Netzwerk-Check: " {detail}</p>
            </div>
        }
        .into_any(),
    }
}
