//! One entry of the history list: its name or date, the verdict, the situation; a checkbox to
//! select it for comparing, "Ansehen" and "Löschen" (with a confirm step).

use crate::app::entry::Entry;
use crate::app::i18n::fill;
use crate::app::session::{display_date, Screen};
use crate::browser::host;
use crate::model::ProfileField;
use crate::ui::confirm_action::ConfirmAction;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The visible title of an entry: its name and local date and time, or "Check vom {date},
/// {time} Uhr" (two checks of one day never share a title).
pub fn entry_title(t: &crate::app::i18n::UiTexts, entry: &Entry) -> String {
    let dated = match host::local_date_time(&entry.completed_at) {
        Some((date, time)) => fill(t.entry_title, &[("date", &date), ("time", &time)]),
        None if entry.completed_at.is_empty() => t.entry_title_undated.to_owned(),
        None => fill(
            t.entry_title_date_only,
            &[("date", &display_date(&entry.completed_at))],
        ),
    };
    match &entry.name {
        Some(name) => format!("{name} ({dated})"),
        None => dated,
    }
}

/// One row of the history.
#[component]
pub fn HistoryItem(
    /// The entry.
    entry: Entry,
    /// The ids selected for comparing.
    selected: RwSignal<Vec<String>>,
) -> impl IntoView {
    let app = use_app();
    let (q, t) = (app.q, app.texts);
    let title = entry_title(t, &entry);
    let verdict = fill(
        t.entry_verdict,
        &[("verdict", q.verdict_title(entry.assess(q).verdict))],
    );
    let profile = entry.model_profile();
    let situation = ProfileField::ALL
        .iter()
        .filter_map(|f| profile.get(*f).map(|key| q.profile_label(*f, key)))
        .collect::<Vec<_>>()
        .join(" · ");
    let older = entry.from_older_model(q).then(|| {
        fill(
            t.entry_older_model,
            &[("version", &entry.model_version.to_string())],
        )
    });
    let id = entry.id.clone();
    let checkbox_id = app.id(&format!("select-{id}"));
    let is_selected = {
        let id = id.clone();
        move || selected.with(|s| s.contains(&id))
    };
    let toggle = {
        let id = id.clone();
        move |_| {
            selected.update(|s| {
                if let Some(pos) = s.iter().position(|x| *x == id) {
                    s.remove(pos);
                } else {
                    s.push(id.clone());
                }
            })
        }
    };
    let show = {
        let id = id.clone();
        move |_| app.go(Screen::Result(id.clone()))
    };
    let delete = {
        let id = id.clone();
        Callback::new(move |()| {
            selected.update(|s| s.retain(|x| *x != id));
            app.delete(&id);
            app.focus(&app.id("page-heading"));
        })
    };
    view! {
        <li class="nc-history-item" data-entry=id.clone()>
            <div class="nc-history-select">
                <input
                    type="checkbox"
                    id=checkbox_id.clone()
                    prop:checked=is_selected
                    on:change=toggle
                />
                <label for=checkbox_id>
                    <span class="nc-history-title">{title.clone()}</span>
                </label>
            </div>
            <p class="nc-history-verdict">{verdict}</p>
            {(!situation.is_empty()).then(|| view! { <p class="nc-hint">{situation}</p> })}
            {older.map(|o| view! { <p class="nc-hint">{o}</p> })}
            <div class="nc-actions">
                <button
                    type="button"
                    class="nc-button"
                    aria-label=fill(t.entry_show_label, &[("title", &title)])
                    on:click=show
                >
                    {t.entry_show}
                </button>
                <ConfirmAction
                    label=t.entry_delete
                    aria_label=fill(t.entry_delete_label, &[("title", &title)])
                    question=t.entry_delete_confirm
                    yes=t.delete_yes
                    on_confirm=delete
                />
            </div>
        </li>
    }
}
