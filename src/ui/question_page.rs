//! One questionnaire page: a dimension's questions, progress, back and next.

use crate::session::Screen;
use crate::ui::error_summary::ErrorSummary;
use crate::ui::page_heading::PageHeading;
use crate::ui::progress::Progress;
use crate::ui::question_field::QuestionField;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The page of the dimension at `index` (page order).
#[component]
pub fn QuestionPage(
    /// Zero-based page index into the questionnaire's dimensions.
    index: usize,
) -> impl IntoView {
    let app = use_app();
    let (q, t) = (app.q, app.texts);
    let pages = q.dimensions().len();
    let Some(dimension) = q.dimensions().get(index) else {
        // A stale index cannot come from restore (it clamps); fall back to the intro anyway.
        app.go(Screen::Intro);
        return ().into_any();
    };
    let id = dimension.id;
    let last = index + 1 == pages;
    let show_errors = RwSignal::new(false);
    let attempt = RwSignal::new(0u32);
    let missing = Memo::new(move |_| app.session.with(|s| s.missing(q, id)));
    let next = move |_| {
        if missing.with(Vec::is_empty) {
            if last {
                app.complete();
            } else {
                app.go(Screen::Page(index + 1));
            }
        } else {
            show_errors.set(true);
            attempt.update(|n| *n += 1);
        }
    };
    let back = move |_| {
        app.go(if index == 0 {
            Screen::Intro
        } else {
            Screen::Page(index - 1)
        })
    };
    let questions = q
        .questions(id)
        .map(|question| {
            let qid = question.id.clone();
            let error =
                Signal::derive(move || show_errors.get() && missing.with(|m| m.contains(&qid)));
            view! { <QuestionField question=question error=error /> }
        })
        .collect_view();
    view! {
        <section class="nc-page" aria-labelledby="nc-page-heading">
            <Progress index=index />
            <Show when=move || show_errors.get() && !missing.with(Vec::is_empty)>
                <ErrorSummary missing=missing attempt=attempt />
            </Show>
            <PageHeading text=dimension.title.clone() />
            <p class="nc-lead">{dimension.intro.clone()}</p>
            <form class="nc-form" novalidate on:submit=|ev| ev.prevent_default()>
                {questions}
                <div class="nc-actions nc-actions--nav">
                    <button type="button" class="nc-button" on:click=back>
                        {t.back.clone()}
                    </button>
                    <button type="submit" class="nc-button nc-button--primary" on:click=next>
                        {if last { t.to_result.clone() } else { t.next.clone() }}
                    </button>
                </div>
            </form>
        </section>
    }
    .into_any()
}
