//! One questionnaire page: the profile questions, or an area's statements shown for the
//! profile; progress, back and next.

use crate::app::session::Screen;
use crate::model::Page;
use crate::ui::error_summary::ErrorSummary;
use crate::ui::page_heading::PageHeading;
use crate::ui::profile_field::ProfileFieldset;
use crate::ui::progress::Progress;
use crate::ui::question_field::QuestionField;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The page at `index` of the session's pages (the profile page first).
#[component]
pub fn QuestionPage(
    /// Zero-based page index into [`crate::app::session::Session::pages`].
    index: usize,
) -> impl IntoView {
    let app = use_app();
    let (q, t) = (app.q, app.texts);
    let pages = Memo::new(move |_| app.draft(|s| s.pages(q)));
    let Some(page) = pages.with_untracked(|p| p.get(index).copied()) else {
        // A stale index cannot come from restore (it clamps); fall back to the intro anyway.
        app.go(Screen::Intro);
        return ().into_any();
    };
    let last = move || pages.with(|p| index + 1 >= p.len());
    let show_errors = RwSignal::new(false);
    let attempt = RwSignal::new(0u32);
    let missing = Memo::new(move |_| app.draft(|s| s.missing(q, page)));
    let next = move || {
        if missing.with_untracked(Vec::is_empty) {
            if last() {
                app.complete();
            } else {
                app.go(Screen::Page(index + 1));
            }
        } else {
            show_errors.set(true);
            attempt.update(|n| *n += 1);
        }
    };
    // A "Weiter" clicked on the pre-rendered first page before the wasm was ready.
    Effect::new(move |_| {
        if app.next_requested.get_untracked() {
            app.next_requested.set(false);
            next();
        }
    });
    let back = move |_| {
        app.go(if index == 0 {
            Screen::Intro
        } else {
            Screen::Page(index - 1)
        })
    };
    let error_for = move |id: String| {
        Signal::derive(move || show_errors.get() && missing.with(|m| m.contains(&id)))
    };
    let (title, intro, fields) = match page {
        Page::Profile => (
            q.profile_title().to_owned(),
            q.profile_intro().to_owned(),
            q.profile_questions()
                .iter()
                .map(|question| {
                    let error = error_for(question.field.key().to_owned());
                    view! { <ProfileFieldset question=question error=error /> }
                })
                .collect_view()
                .into_any(),
        ),
        Page::Dimension(id) => {
            let profile = app.store.with_untracked(|s| s.draft.profile);
            let dimension = q.dimension(id);
            (
                dimension.title.to_owned(),
                dimension.intro.to_owned(),
                q.questions(id)
                    .filter(|question| question.shown_for(&profile))
                    .map(|question| {
                        let error = error_for(question.id.clone());
                        view! { <QuestionField question=question error=error /> }
                    })
                    .collect_view()
                    .into_any(),
            )
        }
    };
    view! {
        <section class="nc-page" aria-labelledby=app.id("page-heading")>
            <Progress index=index />
            <Show when=move || show_errors.get() && !missing.with(Vec::is_empty)>
                <ErrorSummary missing=missing attempt=attempt />
            </Show>
            <PageHeading text=title />
            <p class="nc-lead">{intro}</p>
            <form class="nc-form" novalidate on:submit=|ev| ev.prevent_default()>
                {fields}
                <div class="nc-actions nc-actions--nav">
                    <button type="button" class="nc-button" on:click=back>
                        {t.back}
                    </button>
                    <button type="submit" class="nc-button nc-button--primary" on:click=move |_| next()>
                        {move || if last() { t.to_result } else { t.next }}
                    </button>
                </div>
            </form>
        </section>
    }
    .into_any()
}
