//! The notices: what happened to stored data and where it lives, in plain words, each with
//! what the user can do ("Als Datei sichern" at hand). Never a crash.

use crate::app::i18n::count_text;
use crate::browser::host;
use crate::browser::persist::Trouble;
use crate::ui::confirm_action::ConfirmAction;
use crate::ui::save_file::SaveFile;
use crate::ui::state::{use_app, Notice};
use leptos::prelude::*;

/// The current notices, in a polite live region above the screen.
#[component]
pub fn NoticeBanner() -> impl IntoView {
    let app = use_app();
    let t = app.texts;
    let text = move |n: &Notice| match n {
        Notice::StorageBlocked => t.storage_unavailable.to_owned(),
        Notice::StorageFull => t.storage_full.to_owned(),
        Notice::NearlyFull => t.storage_nearly_full.to_owned(),
        Notice::Partitioned => t.storage_partitioned.to_owned(),
        Notice::KeptAside(Trouble::Unreadable) => t.kept_unreadable.to_owned(),
        Notice::KeptAside(Trouble::Newer) => t.kept_newer.to_owned(),
        Notice::KeptAside(Trouble::Partial(paths)) => {
            count_text(t.kept_partial_one, t.kept_partial, paths.len())
        }
        Notice::NotKept(Trouble::Unreadable) => t.notkept_unreadable.to_owned(),
        Notice::NotKept(Trouble::Newer) => t.notkept_newer.to_owned(),
        Notice::NotKept(Trouble::Partial(paths)) => {
            count_text(t.notkept_partial_one, t.notkept_partial, paths.len())
        }
        Notice::Migrated => t.storage_migrated.to_owned(),
        Notice::WriteFailed => t.storage_write_failed.to_owned(),
        Notice::ChangedElsewhere => t.changed_elsewhere.to_owned(),
        Notice::BadLink => t.shared_invalid.to_owned(),
    };
    // Notices about data that may not last offer the file at once.
    let offers_file = |n: &Notice| {
        matches!(
            n,
            Notice::StorageBlocked
                | Notice::StorageFull
                | Notice::NearlyFull
                | Notice::Partitioned
                | Notice::WriteFailed
                | Notice::NotKept(_)
        )
    };
    let notices = move || {
        app.notices
            .get()
            .into_iter()
            .map(move |n| {
                let kind = match &n {
                    Notice::StorageBlocked => "blocked",
                    Notice::StorageFull => "full",
                    Notice::NearlyFull => "nearly-full",
                    Notice::Partitioned => "partitioned",
                    Notice::KeptAside(_) => "kept-aside",
                    Notice::NotKept(_) => "not-kept",
                    Notice::Migrated => "migrated",
                    Notice::WriteFailed => "write-failed",
                    Notice::ChangedElsewhere => "changed-elsewhere",
                    Notice::BadLink => "bad-link",
                };
                let original = matches!(n, Notice::NotKept(_)).then(|| {
                    view! {
                        <div class="nc-actions">
                            <button
                                type="button"
                                class="nc-button"
                                on:click=move |_| {
                                    if let Some(raw) = app.protected_original() {
                                        let _ = host::download(
                                            "netzwerk-check-originaldaten.txt",
                                            "text/plain;charset=utf-8",
                                            &raw,
                                        );
                                    }
                                }
                            >
                                {t.download_original}
                            </button>
                            <ConfirmAction
                                label=t.release_original
                                question=t.release_confirm
                                yes=t.release_yes
                                on_confirm=Callback::new(move |()| app.release_original())
                            />
                        </div>
                    }
                });
                view! {
                    <div class="nc-notice" data-notice=kind>
                        <p>{text(&n)}</p>
                        {original}
                    </div>
                }
            })
            .collect_view()
    };
    let any_offers_file = move || app.notices.with(|n| n.iter().any(offers_file));
    view! {
        <div role="status" aria-live="polite" class="nc-notice-region nc-no-print">
            {notices}
            <Show when=any_offers_file>
                <div class="nc-notice nc-notice--actions">
                    <SaveFile />
                </div>
            </Show>
        </div>
    }
}
