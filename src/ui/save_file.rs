//! "Als Datei sichern": everything on this device (history and the check in progress) as one
//! versioned JSON file; optionally the CSV table too. The file is the durable record.

use crate::app::i18n::fill;
use crate::app::transfer::{export_csv, export_json};
use crate::browser::host;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// Buttons that download the export file (and, with `csv`, the table).
#[component]
pub fn SaveFile(
    /// Also offer the CSV table.
    #[prop(optional)]
    csv: bool,
) -> impl IntoView {
    let app = use_app();
    let t = app.texts;
    let status = RwSignal::new(None::<String>);
    let save = move |kind: &'static str| {
        let now = host::now_iso();
        let date = now.get(..10).unwrap_or("export").to_owned();
        let (file, mime, content) = app.store.with_untracked(|s| match kind {
            "csv" => (
                format!("netzwerk-check-{date}.csv"),
                "text/csv;charset=utf-8",
                export_csv(app.q, s),
            ),
            _ => (
                format!("netzwerk-check-{date}.json"),
                "application/json",
                export_json(app.q, s, &now),
            ),
        });
        status.set(Some(match host::download(&file, mime, &content) {
            Ok(()) => fill(t.file_saved, &[("file", &file)]),
            Err(detail) => fill(t.file_failed, &[("detail", &detail)]),
        }));
    };
    view! {
        <div class="nc-save-file nc-no-print">
            <div class="nc-actions">
                <button type="button" class="nc-button nc-button--primary" on:click=move |_| save("json")>
                    {t.save_file}
                </button>
                {csv
                    .then(|| {
                        view! {
                            <button type="button" class="nc-button" on:click=move |_| save("csv")>
                                {t.save_csv}
                            </button>
                        }
                    })}
            </div>
            {csv.then(|| view! { <p class="nc-hint">{t.csv_hint}</p> })}
            <p role="status" class="nc-status">{move || status.get()}</p>
        </div>
    }
}
