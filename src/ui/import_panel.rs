//! Loading a saved file: choose it, see what it holds ("3 neue Einträge, 1 schon vorhanden"),
//! then take it over or cancel. Validated before anything changes; never deletes.

use crate::app::i18n::{count_text, fill};
use crate::app::transfer::{
    parse_import, preview, ImportError, ImportErrorKind, ImportFile, IMPORT_MAX_BYTES,
};
use crate::browser::host::{self, FileError};
use crate::ui::heading::Heading;
use crate::ui::state::use_app;
use leptos::html;
use leptos::prelude::*;

/// The import control with its preview.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let app = use_app();
    let (q, t) = (app.q, app.texts);
    let pending = RwSignal::new(None::<ImportFile>);
    let message = RwSignal::new(None::<String>);
    let input_ref = NodeRef::<html::Input>::new();
    let preview_id = app.id("import-preview");
    let input_id = app.id("import-file");
    let hint_id = app.id("import-hint");
    let message_id = app.id("import-message");
    let error_text = move |e: &ImportError| match e.kind() {
        ImportErrorKind::TooLarge => fill(
            t.import_too_large,
            &[("size", &format!("{} KB", e.bytes().unwrap_or(0) / 1024))],
        ),
        ImportErrorKind::NotJson => t.import_not_json.to_owned(),
        ImportErrorKind::NotAnExport => t.import_not_export.to_owned(),
        ImportErrorKind::Newer => fill(
            t.import_newer,
            &[("version", &e.version().unwrap_or(0).to_string())],
        ),
        ImportErrorKind::WrongShape => t.import_wrong_shape.to_owned(),
        ImportErrorKind::Empty => t.import_empty.to_owned(),
    };
    // The preview takes focus when it appears, so it is heard and its buttons are next.
    {
        let preview_id = preview_id.clone();
        Effect::new(move |_| {
            if pending.with(Option::is_some) {
                // After the preview is rendered.
                let preview_id = preview_id.clone();
                request_animation_frame(move || app.focus(&preview_id));
            }
        });
    }
    let focus_message = {
        let message_id = message_id.clone();
        move || app.focus(&message_id)
    };
    let chosen = {
        let focus_message = focus_message.clone();
        move |_| {
            let Some(input) = input_ref.get_untracked() else {
                return;
            };
            pending.set(None);
            message.set(None);
            let focus_message = focus_message.clone();
            host::read_file(&input, IMPORT_MAX_BYTES, move |read| {
                let parsed = match read {
                    Ok(bytes) => parse_import(&bytes, q).map_err(|e| error_text(&e)),
                    Err(FileError::None) => return,
                    Err(FileError::TooLarge(size)) => Err(fill(
                        t.import_too_large,
                        &[("size", &format!("{} KB", size / 1024))],
                    )),
                    Err(FileError::Read(_)) => Err(t.import_read_failed.to_owned()),
                };
                match parsed {
                    Ok(file) => pending.set(Some(file)),
                    Err(text) => {
                        message.set(Some(text));
                        focus_message();
                    }
                }
            });
        }
    };
    let reset_input = move || {
        if let Some(input) = input_ref.get_untracked() {
            input.set_value("");
        }
    };
    let apply = {
        let focus_message = focus_message.clone();
        move |_| {
            let Some(file) = pending.try_update(Option::take).flatten() else {
                return;
            };
            let added = app.import(file.entries, file.draft).added;
            message.set(Some(if added == 0 {
                t.import_nothing.to_owned()
            } else {
                count_text(t.import_done_one, t.import_done, added)
            }));
            reset_input();
            focus_message();
        }
    };
    let cancel = move |_| {
        pending.set(None);
        reset_input();
        if let Some(input) = input_ref.get_untracked() {
            let _ = input.focus();
        }
    };
    let summary = move || {
        pending.with(|p| {
            p.as_ref().map(|file| {
                let p = app.store.with(|s| preview(s, file));
                let template = if p.new == 1 {
                    &t.import_preview_one
                } else {
                    &t.import_preview
                };
                let mut lines = vec![fill(
                    template,
                    &[
                        ("new", &p.new.to_string()),
                        ("existing", &p.already_there.to_string()),
                    ],
                )];
                if p.skipped > 0 {
                    lines.push(if p.skipped == 1 {
                        t.import_preview_skipped_one.to_owned()
                    } else {
                        fill(
                            t.import_preview_skipped,
                            &[("skipped", &p.skipped.to_string())],
                        )
                    });
                }
                if p.draft {
                    lines.push(t.import_preview_draft.to_owned());
                }
                lines
                    .into_iter()
                    .map(|l| view! { <p>{l}</p> })
                    .collect_view()
            })
        })
    };
    view! {
        <div class="nc-import nc-no-print">
            <label for=input_id.clone() class="nc-label">{t.import_label}</label>
            <p class="nc-hint" id=hint_id.clone()>{t.import_hint}</p>
            <input
                type="file"
                id=input_id
                accept=".json,application/json"
                aria-describedby=hint_id
                node_ref=input_ref
                on:change=chosen
            />
            <p class="nc-status" id=message_id role="status" tabindex="-1">
                {move || message.get()}
            </p>
            <Show when=move || pending.with(Option::is_some)>
                <div class="nc-import-preview" role="group" aria-labelledby=preview_id.clone()>
                    <Heading level=3 id=preview_id.clone() focusable=true>
                        {t.import_preview_heading}
                    </Heading>
                    {summary}
                    <div class="nc-actions">
                        <button type="button" class="nc-button nc-button--primary" on:click=apply.clone()>
                            {t.import_apply}
                        </button>
                        <button type="button" class="nc-button" on:click=cancel>
                            {t.import_cancel}
                        </button>
                    </div>
                </div>
            </Show>
        </div>
    }
}
