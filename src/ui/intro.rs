//! The intro screen: what the check is, how long it takes, that answers stay on this device;
//! start, continue, look at the latest result again, or open the history.

use crate::app::config::IntroVariant;
use crate::app::i18n::fill;
use crate::app::prerender::intro_points;
use crate::app::session::{display_date, Screen};
use crate::browser::host;

/// The local date of an ISO time (as it is stored, if it is no UTC time).
fn local_date(iso: &str) -> String {
    host::local_date_time(iso).map_or_else(|| display_date(iso), |(date, _)| date)
}
use crate::ui::confirm_action::ConfirmAction;
use crate::ui::page_heading::PageHeading;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// Intro screen of the readiness check.
#[component]
pub fn Intro() -> impl IntoView {
    let app = use_app();
    let (q, t) = (app.q, app.texts);
    let (variant, partner) = app.config.with_value(|c| (c.intro, c.partner.clone()));
    let full = variant == IntroVariant::Full;
    let points = full.then(|| {
        let items = intro_points(q, t)
            .into_iter()
            .map(|p| view! { <li>{p}</li> })
            .collect_view();
        view! { <ul class="nc-points">{items}</ul> }
    });
    let partner = partner
        .map(|p| view! { <p class="nc-partner">{fill(t.offered_by, &[("partner", &p)])}</p> });
    let source = full.then(|| view! { <p class="nc-source">{t.intro_source}</p> });
    let answered = move || app.draft(|s| s.answered(q));
    let has_answers = move || answered() > 0;
    let last_result = move || {
        app.store.with(|s| {
            s.latest().map(|r| {
                let text = fill(
                    t.last_result,
                    &[
                        ("date", &local_date(&r.completed_at)),
                        ("verdict", q.verdict_title(r.assess(q).verdict)),
                    ],
                );
                (r.id.clone(), text)
            })
        })
    };
    let has_history = move || app.store.with(|s| !s.history.is_empty());
    let start = move |_| app.start_check();
    view! {
        <section class="nc-intro" aria-labelledby=app.id("page-heading")>
            <p class="nc-eyebrow">{t.app_title}</p>
            <PageHeading text=t.intro_heading.to_owned() />
            {partner}
            <p class="nc-lead">{t.intro_lead}</p>
            {points}
            {move || {
                has_answers()
                    .then(|| {
                        let total = app.draft(|s| s.total(q)).to_string();
                        let hint = fill(
                            t.resume_hint,
                            &[("answered", &answered().to_string()), ("total", &total)],
                        );
                        view! { <p class="nc-resume">{hint}</p> }
                    })
            }}
            {move || last_result().map(|(_, text)| view! { <p class="nc-last-result">{text}</p> })}
            <div class="nc-actions">
                <button type="button" class="nc-button nc-button--primary" on:click=start>
                    {move || if has_answers() { t.resume } else { t.start }}
                </button>
                {move || {
                    last_result()
                        .map(|(id, _)| {
                            view! {
                                <button
                                    type="button"
                                    class="nc-button"
                                    on:click=move |_| app.go(Screen::Result(id.clone()))
                                >
                                    {t.show_result}
                                </button>
                            }
                        })
                }}
                <button type="button" class="nc-button" on:click=move |_| app.go(Screen::History)>
                    {move || {
                        if has_history() {
                            t.history_open
                        } else {
                            t.history_open_empty
                        }
                    }}
                </button>
                {move || {
                    has_answers()
                        .then(|| {
                            view! {
                                <ConfirmAction
                                    label=t.start_over
                                    question=t.start_over_confirm
                                    yes=t.confirm_yes
                                    on_confirm=Callback::new(move |()| app.start_new())
                                />
                            }
                        })
                }}
            </div>
            {source}
        </section>
    }
}
