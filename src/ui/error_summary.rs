//! The error summary (GOV.UK pattern): what is missing, linked to each question, focused when
//! it appears.

use crate::app::i18n::fill;
use crate::ui::heading::Heading;
use crate::ui::state::use_app;
use leptos::html;
use leptos::prelude::*;

/// Summary of unanswered questions on the current page.
#[component]
pub fn ErrorSummary(
    /// Ids of the unanswered questions, in page order.
    #[prop(into)]
    missing: Signal<Vec<String>>,
    /// Bumped on every failed "Weiter", so the summary takes focus again.
    #[prop(into)]
    attempt: Signal<u32>,
) -> impl IntoView {
    let app = use_app();
    let (q, t) = (app.q, app.texts);
    let summary = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        attempt.track();
        if let Some(div) = summary.get() {
            let _ = div.focus();
        }
    });
    let items = move || {
        missing
            .get()
            .into_iter()
            .filter_map(|id| {
                let label = match q.question(&id) {
                    Some(question) => {
                        let profile = app.store.with_untracked(|s| s.draft.profile);
                        let number = q.all_shown(&profile).position(|x| x.id == id)? + 1;
                        format!(
                            "{}: {}",
                            fill(t.question_number, &[("number", &number.to_string())]),
                            question.text
                        )
                    }
                    None => q
                        .profile_questions()
                        .iter()
                        .find(|p| p.field.key() == id)?
                        .legend
                        .to_owned(),
                };
                let target = app.first_input_id(&id);
                let href = format!("#{target}");
                let focus = move |ev: leptos::ev::MouseEvent| {
                    // Focus the question instead of changing the host page's URL hash.
                    ev.prevent_default();
                    app.focus(&target);
                };
                Some(view! {
                    <li>
                        <a href=href on:click=focus>
                            {label}
                        </a>
                    </li>
                })
            })
            .collect_view()
    };
    view! {
        <div class="nc-error-summary" tabindex="-1" node_ref=summary aria-labelledby=app.id("error-heading")>
            <Heading level=2 id=app.id("error-heading")>{t.error_summary_heading}</Heading>
            <p>{t.error_summary_intro}</p>
            <ul>{items}</ul>
        </div>
    }
}
