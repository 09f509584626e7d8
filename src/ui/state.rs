//! The one UI state module: the signals, the context struct components share, and every
//! change of the stored data.
//!
//! Architecture invariant: this is the only place that holds signals of app state and the only
//! place that changes the [`Store`]. Every change is a [`Change`] and goes through
//! [`AppState::commit`]: take in what other tabs stored, re-apply this tab's unsaved changes,
//! apply the change, save (read-modify-write), so two tabs never overwrite each other and a
//! failed save loses nothing. Components read through [`use_app`] and change state through the methods here.

use crate::app::config::Config;
use crate::app::embed::Event;
use crate::app::entry::Entry;
use crate::app::i18n::UiTexts;
use crate::app::session::{Screen, Session};
use crate::app::store::{Applied, Change, Store};
use crate::browser::embed::Surroundings;
use crate::browser::host::{self, StorageListener};
use crate::browser::persist::{Finding, Persist, SaveError, Trouble};
use crate::browser::storage::Storage;
use crate::model::{Answer, ProfileField, Questionnaire};
use leptos::prelude::*;
use leptos::reactive::graph::Source;
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

/// A notice shown above the current screen. Each says what happened and what is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// localStorage is blocked: nothing survives closing this tab.
    StorageBlocked,
    /// Stored data can be read, but nothing new can be saved (quota full).
    StorageFull,
    /// The quota is nearly used up.
    NearlyFull,
    /// Running in a partner's page: storage is partitioned or temporary.
    Partitioned,
    /// Stored data had trouble; the original is kept as a backup.
    KeptAside(Trouble),
    /// Stored data had trouble and could not be backed up: it stays untouched and nothing is
    /// saved until the user decides.
    NotKept(Trouble),
    /// Answers of an older version no longer fit (the original stays).
    Migrated,
    /// A save failed; the changes are still in this tab.
    WriteFailed,
    /// Another tab completed, restarted or deleted what this tab showed.
    ChangedElsewhere,
    /// A result link could not be read (damaged, or from another version).
    BadLink,
}

impl From<Finding> for Notice {
    fn from(finding: Finding) -> Self {
        match finding {
            Finding::Blocked => Notice::StorageBlocked,
            Finding::Full => Notice::StorageFull,
            Finding::NearlyFull => Notice::NearlyFull,
            Finding::KeptAside(t) => Notice::KeptAside(t),
            Finding::NotKept(t) => Notice::NotKept(t),
            Finding::Migrated(_) => Notice::Migrated,
        }
    }
}

static NEXT_INSTANCE: AtomicU32 = AtomicU32::new(1);

/// Shared state of the widget: `Copy`, provided once by the root component.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The validated questionnaire of the active locale.
    pub q: &'static Questionnaire,
    /// The UI texts of the active locale.
    pub texts: &'static UiTexts,
    /// Everything kept on the device (the draft and the history).
    pub store: RwSignal<Store>,
    /// The screen this tab shows.
    pub screen: RwSignal<Screen>,
    /// A result opened from a link (read-only, never stored).
    pub shared: RwSignal<Option<Entry>>,
    /// The notices shown above the screen.
    pub notices: RwSignal<Vec<Notice>>,
    /// Set by navigation so the new screen's heading takes focus (not on first load, where
    /// taking focus would pull it away from a partner's page).
    pub navigated: RwSignal<bool>,
    /// The element to focus on the next screen instead of its heading (a question linked from
    /// the result's list of missing answers).
    pub focus_target: RwSignal<Option<String>>,
    /// "Weiter" clicked on the pre-rendered first page before the wasm was ready: the live
    /// page carries it out once mounted.
    pub next_requested: RwSignal<bool>,
    /// The id of the entry just completed (the result offers to save it as a file).
    pub just_completed: RwSignal<Option<String>>,
    /// The partner's settings (validated).
    pub config: StoredValue<Config>,
    /// The page around the widget: its root, where events go.
    around: StoredValue<Rc<Surroundings>, LocalStorage>,
    persist: StoredValue<Persist>,
    /// Changes not saved yet (a save failed): re-applied to what other tabs store.
    pending: StoredValue<Vec<Change>>,
    instance: u32,
}

/// The shared state, for components below the root.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

impl AppState {
    /// Reads what is stored (writing nothing), provides the state as context and listens for
    /// other tabs' changes.
    pub fn provide(
        q: &'static Questionnaire,
        texts: &'static UiTexts,
        storage: Storage,
        config: Config,
        around: Rc<Surroundings>,
    ) -> Self {
        let (persist, store, findings) = Persist::start(storage, q);
        let mut notices: Vec<Notice> = findings.into_iter().map(Notice::from).collect();
        if host::in_cross_origin_frame() && storage.can_read() {
            notices.push(Notice::Partitioned);
        }
        let screen = valid_screen(q, &store, store.screen.clone());
        let state = Self {
            q,
            texts,
            store: RwSignal::new(store),
            screen: RwSignal::new(screen),
            shared: RwSignal::new(None),
            notices: RwSignal::new(notices),
            navigated: RwSignal::new(false),
            focus_target: RwSignal::new(None),
            next_requested: RwSignal::new(false),
            just_completed: RwSignal::new(None),
            config: StoredValue::new(config),
            around: StoredValue::new_local(around),
            persist: StoredValue::new(persist),
            pending: StoredValue::new(Vec::new()),
            instance: NEXT_INSTANCE.fetch_add(1, Ordering::Relaxed),
        };
        provide_context(state);
        let listener = StorageListener::new(move |key| {
            if key.is_none() || key.as_deref() == Some(crate::app::store::STORE_KEY) {
                state.take_external_change();
            }
        });
        // Owned by the widget's reactive owner: the listener is removed when it unmounts.
        let _ = StoredValue::new_local(listener);
        state
    }

    /// A DOM id unique to this widget instance (two widgets on a page never share one).
    pub fn id(self, name: &str) -> String {
        format!("nc{}-{name}", self.instance)
    }

    /// What [`id`](Self::id) puts before a name (`nc1-`), for markup written as a string.
    pub fn id_prefix(self) -> String {
        self.id("")
    }

    /// Tells the host page about `event` (when it is embedded and trusted).
    pub fn emit(self, event: &Event) {
        self.around.with_value(|a| a.emit(event));
    }

    /// The page around the widget.
    pub fn surroundings(self) -> Rc<Surroundings> {
        self.around.get_value()
    }

    /// Moves focus to the element with `id` inside this widget (its document or shadow root).
    pub fn focus(self, id: &str) {
        self.around.with_value(|a| a.focus(id));
    }

    /// The element with `id` inside this widget.
    pub fn find(self, id: &str) -> Option<web_sys::HtmlElement> {
        self.around.with_value(|a| a.find(id))
    }

    /// The level of an outline heading: `relative` 1 is each screen's main heading, shifted
    /// by the configured heading level (at most 6).
    pub fn heading_level(self, relative: u8) -> u8 {
        let base = self.config.with_value(|c| c.heading_level);
        (base + relative.max(1) - 1).min(6)
    }

    /// The draft, read reactively.
    pub fn draft<T>(self, f: impl FnOnce(&Session) -> T) -> T {
        self.store.with(|s| f(&s.draft))
    }

    fn notify(self, notice: Notice) {
        self.notices.update(|n| {
            if !n.contains(&notice) {
                n.push(notice);
            }
        });
    }

    fn clear_notice(self, notice: &Notice) {
        if self.notices.with_untracked(|n| n.contains(notice)) {
            self.notices.update(|n| n.retain(|x| x != notice));
        }
    }

    /// Applies `change`: first takes in what other tabs saved (re-applying this tab's unsaved
    /// changes to it), then saves.
    pub fn commit(self, change: Change) -> Applied {
        self.take_fresh();
        let replay = self.store.with_untracked(|s| change.replay_form(self.q, s));
        let applied = self
            .store
            .try_update(|s| s.apply(self.q, &change))
            .unwrap_or_default();
        self.pending.update_value(|p| p.push(replay));
        self.prune();
        self.save();
        applied
    }

    /// Replaces the store with what another tab saved, if it changed, with this tab's unsaved
    /// changes re-applied. `true` if it changed. What could not be read is said (kept aside,
    /// or protected and nothing saved until the user decides).
    fn take_fresh(self) -> bool {
        let fresh = self.persist.try_update_value(|p| {
            let was_protected = p.protected().is_some();
            let fresh = p.fresh(self.q);
            let released = was_protected && p.protected().is_none();
            (fresh, p.take_findings(), released)
        });
        let Some((fresh, findings, released)) = fresh else {
            return false;
        };
        if released {
            // Another tab let the protected original go (or deleted everything): nothing is
            // left to protect, this tab saves again.
            self.notices
                .update(|n| n.retain(|x| !matches!(x, Notice::NotKept(_))));
        }
        for finding in findings {
            self.notify(Notice::from(finding));
        }
        let Some(mut theirs) = fresh else {
            return false;
        };
        let q = self.q;
        self.pending.with_value(|pending| {
            for change in pending {
                theirs.apply(q, change);
            }
        });
        self.store.update(|s| {
            theirs.screen = s.screen.clone();
            *s = theirs;
        });
        self.prune();
        true
    }

    /// Drops the store signal's subscribers after a change. A Leptos 0.8 signal keeps an entry
    /// for every effect that ever read it until that effect runs again; effects disposed with
    /// their screen never do, so without this each screen change left ~40 entries behind (wasm
    /// memory grew ~3 KB per screen change). The update has already marked every live reader
    /// dirty: they re-run and subscribe afresh.
    fn prune(self) {
        self.store.clear_subscribers();
    }

    fn save(self) {
        let result = self
            .store
            .with_untracked(|s| self.persist.try_update_value(|p| p.save(s)));
        match result {
            Some(Ok(())) => {
                self.pending.update_value(Vec::clear);
                self.clear_notice(&Notice::WriteFailed);
            }
            Some(Err(SaveError::Protected)) => {}
            Some(Err(SaveError::Failed)) | None => {
                if self.persist.with_value(|p| p.storage().can_read()) {
                    self.notify(Notice::WriteFailed);
                }
            }
        }
    }

    /// Another tab saved: show what it saved (this tab's unsaved changes re-applied), and say
    /// so when what this screen showed went away there (the check in progress completed or
    /// restarted, an entry deleted).
    fn take_external_change(self) {
        let before = self.store.with_untracked(|s| {
            (
                s.draft.clone(),
                s.history.iter().map(|e| e.id.clone()).collect::<Vec<_>>(),
            )
        });
        if !self.take_fresh() {
            return;
        }
        let current = self.screen.get_untracked();
        let (valid, went_away) = self.store.with_untracked(|s| {
            let (draft, ids) = &before;
            // Emptied, or replaced by another check (restarted and answered again there).
            let draft_gone = !draft.is_empty()
                && (s.draft.is_empty()
                    || (draft.started_at.is_some() && s.draft.started_at != draft.started_at));
            let gone = |id: &String| s.entry(id).is_none();
            let went_away = match &current {
                Screen::Page(_) => draft_gone,
                Screen::Intro => draft_gone || ids.first().is_some_and(gone),
                Screen::History => ids.iter().any(gone),
                _ => false,
            };
            (valid_screen(self.q, s, current.clone()), went_away)
        });
        if valid != current {
            self.screen.set(valid);
            self.notify(Notice::ChangedElsewhere);
        } else if went_away {
            self.notify(Notice::ChangedElsewhere);
        }
        if self.pending.with_value(|p| !p.is_empty()) {
            self.save();
        }
    }

    /// Goes to `screen`, moving focus to its heading, and remembers it for a reload.
    pub fn go(self, screen: Screen) {
        self.navigated.set(true);
        self.clear_notice(&Notice::ChangedElsewhere);
        self.screen.set(screen.clone());
        if screen != Screen::Shared {
            self.commit(Change::Screen(screen));
        }
    }

    /// "Check starten" / "Weitermachen": the first page with an open question.
    pub fn start_check(self) {
        let page = self
            .store
            .with_untracked(|s| s.draft.first_open_page(self.q));
        self.go(Screen::Page(page));
    }

    /// Goes to the page that asks `id` (a statement id or a profile field key) and focuses it.
    pub fn go_to_question(self, id: &str) {
        let page = self.store.with_untracked(|s| s.draft.page_of(self.q, id));
        if let Some(page) = page {
            self.focus_target.set(Some(self.first_input_id(id)));
            self.go(Screen::Page(page));
        }
    }

    /// The id of the first option of question `id` (where a link to the question leads).
    pub fn first_input_id(self, id: &str) -> String {
        self.id(&crate::ui::question_field::first_input_name(id))
    }

    /// Records a profile answer (saved at once).
    pub fn set_profile(self, field: ProfileField, key: &str) {
        self.commit(Change::Profile {
            field,
            key: key.to_owned(),
            now: host::now_iso(),
        });
    }

    /// Records an answer (saved at once).
    pub fn answer(self, question: &str, answer: Answer) {
        self.commit(Change::Answer {
            question: question.to_owned(),
            answer,
            now: host::now_iso(),
        });
    }

    /// Completes the draft: a new history entry, shown as the result. If another tab
    /// completed this check meanwhile, its result is shown instead.
    pub fn complete(self) {
        let applied = self.commit(Change::Complete {
            now: host::now_iso(),
        });
        self.navigated.set(true);
        let fresh = applied.completed.is_some();
        match applied.completed.or_else(|| {
            self.store
                .with_untracked(|s| s.latest().map(|e| e.id.clone()))
        }) {
            Some(id) => {
                if fresh {
                    let verdict = self.config.with_value(|c| c.verdict_event).then(|| {
                        self.store
                            .with_untracked(|s| s.entry(&id).map(|e| e.assess(self.q).verdict))
                    });
                    self.emit(&Event::Completed {
                        verdict: verdict.flatten(),
                    });
                }
                self.just_completed.set(Some(id.clone()));
                self.go(Screen::Result(id));
            }
            None => self.go(Screen::Intro),
        }
    }

    /// Starts a new check: the answers in progress are dropped, the history is kept.
    pub fn start_new(self) {
        self.commit(Change::StartNew);
        self.go(Screen::Intro);
    }

    /// Takes an entry's profile and answers as the start of a new check (to change answers).
    pub fn edit_from(self, id: &str) {
        self.commit(Change::EditFrom {
            id: id.to_owned(),
            now: host::now_iso(),
        });
        self.go(Screen::Page(0));
    }

    /// Names an entry.
    pub fn rename(self, id: &str, name: &str) {
        self.commit(Change::Rename {
            id: id.to_owned(),
            name: name.to_owned(),
        });
    }

    /// Deletes one entry.
    pub fn delete(self, id: &str) {
        self.commit(Change::Delete(id.to_owned()));
    }

    /// Deletes every entry (this tab's and any another tab stored), the answers in progress
    /// and the backups on this device, after the user confirmed; this also lets go of an
    /// original that could not be backed up.
    pub fn delete_all(self) {
        let erased = self.persist.try_update_value(Persist::erase_extras);
        self.commit(Change::DeleteAll);
        self.notices.update(|n| {
            n.retain(|x| {
                !matches!(
                    x,
                    Notice::KeptAside(_) | Notice::NotKept(_) | Notice::Migrated
                )
            })
        });
        if !matches!(erased, Some(Ok(()))) && self.persist.with_value(|p| p.storage().can_read()) {
            self.notify(Notice::WriteFailed);
        }
        self.go(Screen::Intro);
    }

    /// Adds imported entries (and a draft if there is none here); saved at once.
    pub fn import(self, entries: Vec<Entry>, draft: Option<Session>) -> Applied {
        self.commit(Change::Import { entries, draft })
    }

    /// The original that could not be backed up, to offer as a file.
    pub fn protected_original(self) -> Option<String> {
        self.persist
            .with_value(|p| p.protected().map(str::to_owned))
    }

    /// The user let the unreadable original go: saving resumes (what this tab holds is saved).
    pub fn release_original(self) {
        self.persist.update_value(Persist::release);
        self.notices
            .update(|n| n.retain(|x| !matches!(x, Notice::NotKept(_))));
        // Read-modify-write like every change: what another tab stored since is taken in.
        self.take_fresh();
        self.save();
    }

    /// Leaves a result opened from a link: the link is removed from the address, the intro
    /// shown.
    pub fn leave_shared(self) {
        host::clear_hash();
        self.shared.set(None);
        self.go(Screen::Intro);
    }

    /// Shows a result opened from a link (read-only).
    pub fn show_shared(self, entry: Entry) {
        self.shared.set(Some(entry));
        self.screen.set(Screen::Shared);
    }
}

/// `screen` if it can be shown with `store`, else the nearest that can.
fn valid_screen(q: &Questionnaire, store: &Store, screen: Screen) -> Screen {
    match screen {
        Screen::Page(i) => Screen::Page(i.min(store.draft.pages(q).len().saturating_sub(1))),
        Screen::Result(id) if store.entry(&id).is_none() => {
            if store.history.is_empty() {
                Screen::Intro
            } else {
                Screen::History
            }
        }
        Screen::Compare(a, b) if store.entry(&a).is_none() || store.entry(&b).is_none() => {
            if store.history.is_empty() {
                Screen::Intro
            } else {
                Screen::History
            }
        }
        Screen::Shared => Screen::Intro,
        s => s,
    }
}
