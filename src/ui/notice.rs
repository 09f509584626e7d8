//! The notice banner: storage trouble and restored data, in words, never a crash.

use crate::ui::state::{use_app, Notice};
use leptos::prelude::*;

/// Shows the current notice, if any, as a polite live region.
#[component]
pub fn NoticeBanner() -> impl IntoView {
    let app = use_app();
    let text = move || {
        app.notice.get().map(|n| match n {
            Notice::StorageUnavailable => app.texts.storage_unavailable.clone(),
            Notice::StorageUnreadable => app.texts.storage_unreadable.clone(),
            Notice::WriteFailed => app.texts.storage_write_failed.clone(),
            Notice::Dropped => app.texts.storage_dropped.clone(),
        })
    };
    view! {
        <div role="status" aria-live="polite" class="nc-notice-region">
            {move || text().map(|t| view! { <p class="nc-notice">{t}</p> })}
        </div>
    }
}
