//! The one UI state module: the signals, the context struct components share, and the single
//! effect that syncs the session to localStorage.
//!
//! Architecture invariant: this is the only place that holds signals of app state and the only
//! place that writes to storage. Components read through [`use_app`] and change state through
//! the methods here.

use crate::i18n::UiTexts;
use crate::model::{Answer, ProfileField, Questionnaire};
use crate::session::{restore, RestoreNotice, Screen, Session, BACKUP_KEY, STORAGE_KEY};
use crate::storage::Storage;
use leptos::prelude::*;

/// A notice shown above the current screen (storage trouble, restored data).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// localStorage is blocked: answers will not survive a reload.
    StorageUnavailable,
    /// Stored data was unreadable and has been kept aside.
    StorageUnreadable,
    /// Saving failed (quota, or blocked in the meantime).
    WriteFailed,
    /// Some stored answers no longer matched the questionnaire.
    Dropped,
}

/// Shared state of the widget: `Copy`, provided once by the root component.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The validated questionnaire of the active locale.
    pub q: &'static Questionnaire,
    /// The UI texts of the active locale.
    pub texts: &'static UiTexts,
    /// What is remembered between visits; every change is saved.
    pub session: RwSignal<Session>,
    /// The notice shown above the screen, if any.
    pub notice: RwSignal<Option<Notice>>,
    /// Set by navigation so the new screen's heading takes focus (not on first load, where
    /// taking focus would pull it away from a partner's page).
    pub navigated: RwSignal<bool>,
    /// The element to focus on the next screen instead of its heading (a question linked from
    /// the result's list of missing answers).
    pub focus_target: RwSignal<Option<String>>,
    storage: Storage,
}

/// The shared state, for components below the root.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

impl AppState {
    /// Restores the session from storage, provides the state as context and starts syncing.
    pub fn provide(q: &'static Questionnaire, texts: &'static UiTexts, storage: Storage) -> Self {
        let restored = restore(storage.read_raw(STORAGE_KEY).as_deref(), q);
        let mut notice = None;
        if let Some(raw) = &restored.backup {
            // Keep the unreadable value aside before the next save overwrites it.
            let _ = storage.write_raw(BACKUP_KEY, raw);
        }
        match restored.notice {
            Some(RestoreNotice::Unreadable(_)) => notice = Some(Notice::StorageUnreadable),
            Some(RestoreNotice::Dropped(_)) => notice = Some(Notice::Dropped),
            None => {}
        }
        if !storage.is_available() {
            notice = Some(Notice::StorageUnavailable);
        }
        let state = Self {
            q,
            texts,
            session: RwSignal::new(restored.session),
            notice: RwSignal::new(notice),
            navigated: RwSignal::new(false),
            focus_target: RwSignal::new(None),
            storage,
        };
        provide_context(state);
        state.sync_to_storage();
        state
    }

    fn sync_to_storage(self) {
        let storage = self.storage;
        let notice = self.notice;
        Effect::new(move |_| {
            let encoded = self.session.with(Session::encode);
            if !storage.is_available() {
                return;
            }
            match storage.write_raw(STORAGE_KEY, &encoded) {
                Ok(()) => {
                    if notice.get_untracked() == Some(Notice::WriteFailed) {
                        notice.set(None);
                    }
                }
                Err(_) => notice.set(Some(Notice::WriteFailed)),
            }
        });
    }

    /// Goes to `screen`, moving focus to its heading.
    pub fn go(self, screen: Screen) {
        self.navigated.set(true);
        self.session.update(|s| s.screen = screen);
    }

    /// Goes to the page that asks `id` (a statement id or a profile field key) and focuses it.
    pub fn go_to_question(self, id: &str) {
        let page = self.session.with_untracked(|s| s.page_of(self.q, id));
        if let Some(page) = page {
            self.focus_target
                .set(Some(crate::ui::question_field::first_input_id(id)));
            self.go(Screen::Page(page));
        }
    }

    /// Records a profile answer (saved at once).
    pub fn set_profile(self, field: ProfileField, key: &str) {
        self.session.update(|s| s.set_profile(field, key));
    }

    /// Records an answer (saved at once).
    pub fn answer(self, question: &str, answer: Answer) {
        self.session.update(|s| s.answer(question, answer));
    }

    /// Stores the current answers as the latest result and shows it.
    pub fn complete(self) {
        let now = String::from(js_sys::Date::new_0().to_iso_string());
        self.navigated.set(true);
        self.session.update(|s| s.complete(self.q, now));
    }

    /// Forgets everything on this device and returns to the intro.
    pub fn start_over(self) {
        self.navigated.set(true);
        self.storage.remove(BACKUP_KEY);
        if matches!(
            self.notice.get_untracked(),
            Some(Notice::StorageUnreadable | Notice::Dropped)
        ) {
            self.notice.set(None);
        }
        self.session.set(Session::default());
    }
}
