//! The history: every completed check on this device, newest first; select two to compare;
//! save everything as a file or a table, load a file, delete everything; where data lives.

use crate::app::session::Screen;
use crate::ui::confirm_action::ConfirmAction;
use crate::ui::heading::Heading;
use crate::ui::history_item::HistoryItem;
use crate::ui::import_panel::ImportPanel;
use crate::ui::page_heading::PageHeading;
use crate::ui::save_file::SaveFile;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// The history screen.
#[component]
pub fn HistoryPage() -> impl IntoView {
    let app = use_app();
    let t = app.texts;
    let selected = RwSignal::new(Vec::<String>::new());
    let need_two = RwSignal::new(false);
    let empty = move || app.store.with(|s| s.history.is_empty());
    // Forget selections of entries another tab deleted.
    Effect::new(move |_| {
        let ids: Vec<String> = app
            .store
            .with(|s| s.history.iter().map(|e| e.id.clone()).collect());
        if selected.with_untracked(|sel| sel.iter().any(|id| !ids.contains(id))) {
            selected.update(|sel| sel.retain(|id| ids.contains(id)));
        }
    });
    let compare = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let pair = selected.with_untracked(|sel| match sel.as_slice() {
            [a, b] => Some((a.clone(), b.clone())),
            _ => None,
        });
        let Some((a, b)) = pair else {
            need_two.set(true);
            return;
        };
        need_two.set(false);
        // Older first: the history is sorted newest first.
        let (older, newer) = app.store.with_untracked(|s| {
            let pos = |id: &str| s.history.iter().position(|e| e.id == id);
            if pos(&a) > pos(&b) {
                (a, b)
            } else {
                (b, a)
            }
        });
        app.go(Screen::Compare(older, newer));
    };
    let legend_id = app.id("history-legend");
    let status_id = app.id("compare-status");
    let list = move || {
        app.store.with(|s| {
            s.history
                .iter()
                .map(|e| view! { <HistoryItem entry=e.clone() selected=selected /> })
                .collect_view()
        })
    };
    view! {
        <section class="nc-history" aria-labelledby=app.id("page-heading")>
            <PageHeading text=t.history_heading.to_owned() />
            <Show
                when=move || !empty()
                fallback=move || view! { <p>{t.history_empty}</p> }
            >
                <p>{t.history_intro}</p>
                <form class="nc-compare-form" on:submit=compare>
                    <fieldset class="nc-history-fieldset">
                        <legend id=legend_id.clone()>{t.history_list_label}</legend>
                        <ul class="nc-history-list">{list}</ul>
                    </fieldset>
                    <p role="status" class="nc-status" id=status_id.clone()>
                        {move || need_two.get().then_some(t.compare_need_two)}
                    </p>
                    <button type="submit" class="nc-button nc-button--primary nc-no-print">
                        {t.compare_selected}
                    </button>
                </form>
            </Show>
            <Heading level=2>{t.files_heading}</Heading>
            <SaveFile csv=true />
            <ImportPanel />
            <Heading level=2>{t.where_data_heading}</Heading>
            <p>{t.where_data}</p>
            <div class="nc-actions nc-no-print">
                <button type="button" class="nc-button" on:click=move |_| app.go(Screen::Intro)>
                    {t.back_to_start}
                </button>
                <ConfirmAction
                    label=t.delete_all
                    question=t.delete_all_confirm
                    yes=t.delete_all_yes
                    on_confirm=Callback::new(move |()| app.delete_all())
                />
            </div>
        </section>
    }
}
