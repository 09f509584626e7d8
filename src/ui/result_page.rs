//! The result of one history entry (or of a link, read-only): the verdict first with its
//! reason, what it rests on, why, the scores as a chart and a table, knowledge gaps, and the
//! recommended next steps; or, without a verdict, what is still missing. Then naming, saving
//! as a file, the link, printing and comparing.

use crate::app::entry::Entry;
use crate::app::i18n::fill;
use crate::app::session::{display_date, Screen};
use crate::browser::host;
use crate::model::{ProfileField, VerdictKind};
use crate::ui::answer_notes::AnswerNotes;
use crate::ui::confirm_action::ConfirmAction;
use crate::ui::entry_name::EntryName;
use crate::ui::findings::Findings;
use crate::ui::heading::Heading;
use crate::ui::missing_answers::MissingAnswers;
use crate::ui::page_heading::PageHeading;
use crate::ui::recommendations::Recommendations;
use crate::ui::result_link::ResultLink;
use crate::ui::save_file::SaveFile;
use crate::ui::score_chart::ScoreChart;
use crate::ui::score_table::ScoreTable;
use crate::ui::state::use_app;
use crate::ui::verdict_box::VerdictBox;
use leptos::prelude::*;

/// The result page of one entry.
#[component]
pub fn ResultPage(
    /// The entry shown.
    entry: Entry,
    /// Opened from a link: nothing is stored, no actions that change data.
    #[prop(optional)]
    read_only: bool,
) -> impl IntoView {
    let app = use_app();
    let (q, t) = (app.q, app.texts);
    let record = entry;
    let assessment = record.assess(q);
    let older = record.from_older_model(q).then(|| {
        view! { <p class="nc-note" data-note="older-model">{t.older_model}</p> }
    });
    let model_profile = record.model_profile();
    let profile = ProfileField::ALL
        .iter()
        .filter_map(|f| model_profile.get(*f).map(|key| q.profile_label(*f, key)))
        .collect::<Vec<_>>();
    let profile = (!profile.is_empty()).then(|| {
        view! {
            <p class="nc-profile-summary">
                <strong>{t.profile_summary}</strong> " " {profile.join(" · ")}
            </p>
        }
    });
    let (date, time) = host::local_date_time(&record.completed_at)
        .unwrap_or_else(|| (display_date(&record.completed_at), String::new()));
    let saved = fill(t.saved_at, &[("date", &date), ("time", &time)]);
    let gaps = assessment
        .gaps
        .iter()
        .filter_map(|id| q.gap_text(id))
        .map(|text| view! { <li>{text.to_owned()}</li> })
        .collect_view();
    let has_gaps = !assessment.gaps.is_empty();
    let insufficient = assessment.verdict == VerdictKind::InsufficientData;
    let id = record.id.clone();
    let previous = app.store.with_untracked(|s| {
        let pos = s.history.iter().position(|e| e.id == id)?;
        s.history.get(pos + 1).map(|e| e.id.clone())
    });
    let just_completed = app.just_completed.get_untracked().as_deref() == Some(id.as_str());
    let heading = if read_only {
        t.shared_heading.to_owned()
    } else {
        t.result_heading.to_owned()
    };
    let name = record
        .name
        .clone()
        .map(|n| view! { <p class="nc-entry-name">{n}</p> });
    view! {
        <section class="nc-result" aria-labelledby=app.id("page-heading")>
            <PageHeading text=heading />
            {read_only.then(|| view! { <p class="nc-note">{t.shared_note}</p> })}
            {name}
            {older}
            <VerdictBox assessment=assessment.clone() />
            {profile}
            <p class="nc-source">{saved}</p>
            {insufficient
                .then(|| {
                    view! {
                        <MissingAnswers
                            assessment=assessment.clone()
                            entry_id=(!read_only).then(|| id.clone())
                        />
                    }
                })}
            <AnswerNotes assessment=assessment.clone() answers=record.model_answers(q) />
            {(!insufficient)
                .then(|| view! { <Findings findings=assessment.findings.clone() answers=record.model_answers(q) profile=record.model_profile() /> })}
            <Heading level=2>{t.scores_heading}</Heading>
            <p>{t.scores_intro}</p>
            <ScoreChart scores=assessment.scores.clone() />
            <ScoreTable scores=assessment.scores.clone() id_suffix="result" />
            {has_gaps
                .then(|| {
                    view! {
                        <Heading level=2>{t.gaps_heading}</Heading>
                        <p>{t.gaps_intro}</p>
                        <ul class="nc-gaps">{gaps}</ul>
                    }
                })}
            <Recommendations ids=assessment.recommendations.clone() />
            {(!read_only && just_completed)
                .then(|| {
                    view! {
                        <div class="nc-save-offer nc-no-print">
                            <p>{t.save_offer}</p>
                            <SaveFile />
                        </div>
                    }
                })}
            {(!read_only).then(|| view! { <EntryName id=id.clone() name=record.name.clone() /> })}
            <div class="nc-actions nc-no-print">
                {(!read_only)
                    .then(|| {
                        let edit_id = id.clone();
                        let edit = Callback::new(move |()| app.edit_from(&edit_id));
                        if app.store.with_untracked(|s| s.draft.is_empty()) {
                            view! {
                                <button type="button" class="nc-button" on:click=move |_| edit.run(())>
                                    {t.edit_answers}
                                </button>
                            }
                                .into_any()
                        } else {
                            view! {
                                <ConfirmAction
                                    label=t.edit_answers
                                    question=t.start_over_confirm
                                    yes=t.confirm_yes
                                    on_confirm=edit
                                />
                            }
                                .into_any()
                        }
                    })}
                <button type="button" class="nc-button" on:click=|_| host::print()>
                    {t.print}
                </button>
                {previous
                    .map(|older| {
                        let newer = id.clone();
                        view! {
                            <button
                                type="button"
                                class="nc-button"
                                on:click=move |_| app.go(Screen::Compare(older.clone(), newer.clone()))
                            >
                                {t.compare_with_previous}
                            </button>
                        }
                    })}
                {if read_only {
                    view! {
                        <button type="button" class="nc-button nc-button--primary" on:click=move |_| app.leave_shared()>
                            {t.shared_own}
                        </button>
                    }
                        .into_any()
                } else {
                    view! {
                        <button type="button" class="nc-button" on:click=move |_| app.go(Screen::History)>
                            {t.back_to_history}
                        </button>
                        <button type="button" class="nc-button" on:click=move |_| app.go(Screen::Intro)>
                            {t.back_to_start}
                        </button>
                    }
                        .into_any()
                }}
            </div>
            {(!read_only).then(|| view! { <ResultLink entry=record.clone() /> })}
        </section>
    }
    .into_any()
}
