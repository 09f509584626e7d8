//! The widget's footer: where the answers stay, the partner who offers the check and their
//! contact link, and exactly what an embedding page can learn.

use crate::app::i18n::fill;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The footer below every screen.
#[component]
pub fn Footer() -> impl IntoView {
    let app = use_app();
    let t = app.texts;
    let (partner, contact, verdict_event) = app
        .config
        .with_value(|c| (c.partner.clone(), c.contact.clone(), c.verdict_event));
    let around = app.surroundings();
    let privacy = if around.in_page() {
        t.footer_privacy_in_page
    } else {
        t.footer_privacy
    };
    let events = around.reports().then(|| {
        let text = if verdict_event {
            t.footer_events_verdict
        } else {
            t.footer_events
        };
        view! { <p>{text}</p> }
    });
    let partner = partner.map(|p| {
        view! { <p class="nc-partner">{fill(t.offered_by, &[("partner", &p)])}</p> }
    });
    let contact = contact.map(|c| {
        // A web address opens in a new window, so the check (perhaps in a partner's frame)
        // stays where it is; an e-mail link opens the mail program.
        let web = c.href.to_ascii_lowercase().starts_with("https:");
        view! {
            <p>
                {t.contact_label} " "
                <a href=c.href rel="noopener" target=web.then_some("_blank")>
                    {c.label}
                    {web
                        .then(|| {
                            view! {
                                <span class="nc-visually-hidden">
                                    " " {t.opens_new_window}
                                </span>
                            }
                        })}
                </a>
            </p>
        }
    });
    view! {
        <footer class="nc-footer">
            {partner}
            {contact}
            <p>{privacy}</p>
            {events}
        </footer>
    }
}
