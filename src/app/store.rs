//! Everything the widget keeps on a device, its stored format (version 2), the migration from
//! version 1, and reading it back field by field.
//!
//! Pure: no browser imports. The browser layer hands [`read`] whatever localStorage held and
//! gets a [`Store`] plus an [`Outcome`] saying what happened; it writes [`Store::encode`].
//!
//! Architecture invariant: reading never fails and never drops a field silently: a bad field is
//! left out and named in [`Outcome::Partial`] (the caller keeps the original as a backup before
//! anything overwrites it); unknown top-level fields are kept and written back unchanged.

use crate::app::entry::{clean_name, Entry};
use crate::app::json::{self, Map, Value};
use crate::app::session::{Screen, Session};
use crate::model::{Answer, Answers, ProfileField, Questionnaire};
use std::collections::{BTreeMap, BTreeSet};

/// localStorage key of the store (format version 2).
pub const STORE_KEY: &str = "netzwerk-check.data";
/// localStorage key where version 1 kept its session. Read once to migrate, never written;
/// removed only by "delete everything".
pub const LEGACY_KEY: &str = "netzwerk-check.session";
/// Where version 1 kept an unreadable session aside (removed by "delete everything").
pub const LEGACY_BACKUP_KEY: &str = "netzwerk-check.session.unreadable";
/// Prefix of the backup slots (`netzwerk-check.backup.1` …).
pub const BACKUP_PREFIX: &str = "netzwerk-check.backup.";
/// How many backups are kept at most; a full set is never overwritten.
pub const BACKUP_SLOTS: usize = 3;
/// Version of the stored format.
pub const STORE_SCHEMA: u32 = 2;
/// Most deletion marks kept (the ids of deleted entries, so another tab cannot bring them back).
pub const TOMBSTONES_MAX: usize = 500;

/// The key of backup slot `n` (1-based).
pub fn backup_key(n: usize) -> String {
    format!("{BACKUP_PREFIX}{n}")
}

/// Everything kept on the device.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Store {
    /// The check in progress.
    pub draft: Session,
    /// Where the user was, to continue there after a reload.
    pub screen: Screen,
    /// Completed checks, newest first.
    pub history: Vec<Entry>,
    /// Ids of deleted entries: merging never brings them back.
    pub deleted: BTreeSet<String>,
    /// Top-level fields this version does not know (from a newer version): kept, written back.
    pub extra: BTreeMap<String, Value>,
}

/// What [`read`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing was stored.
    Empty,
    /// Everything was read.
    Clean,
    /// A version 1 session was migrated; the original stays under [`LEGACY_KEY`]. The ids
    /// are answers that no longer fit the questionnaire.
    Migrated(Vec<String>),
    /// Some fields could not be read and were left out (their paths, e.g.
    /// `history[2].answers.mot_personal`). Back up the original before writing.
    Partial(Vec<String>),
    /// Nothing could be read (the reason, technical). Back up the original before writing.
    Unreadable(String),
    /// Written by a newer version of the widget (its format version). Back it up before
    /// writing.
    Newer(u32),
}

impl Outcome {
    /// `true` when the stored original must be backed up before the first write.
    pub fn needs_backup(&self) -> bool {
        matches!(
            self,
            Outcome::Partial(_) | Outcome::Unreadable(_) | Outcome::Newer(_)
        )
    }
}

/// Reads a stored value (`None`: nothing stored). Total: any input gives a usable store.
pub fn read(stored: Option<&str>, q: &Questionnaire) -> (Store, Outcome) {
    let Some(raw) = stored else {
        return (Store::default(), Outcome::Empty);
    };
    let value = match json::parse(raw) {
        Ok(v) => v,
        Err(e) => return (Store::default(), Outcome::Unreadable(e.to_string())),
    };
    let Value::Object(mut obj) = value else {
        return (
            Store::default(),
            Outcome::Unreadable("not a JSON object".to_owned()),
        );
    };
    let schema = obj.remove("schema").and_then(|v| v.as_u64());
    match schema {
        Some(1) => {
            let (store, dropped) = migrate_v1(obj, q);
            (store, Outcome::Migrated(dropped))
        }
        Some(2) => {
            let mut problems = Vec::new();
            let store = read_v2(obj, q, &mut problems);
            let outcome = if problems.is_empty() {
                Outcome::Clean
            } else {
                Outcome::Partial(problems)
            };
            (store, outcome)
        }
        Some(v) if v > u64::from(STORE_SCHEMA) => (
            Store::default(),
            Outcome::Newer(u32::try_from(v).unwrap_or(u32::MAX)),
        ),
        _ => (
            Store::default(),
            Outcome::Unreadable("no known format version".to_owned()),
        ),
    }
}

fn read_v2(mut obj: Map, q: &Questionnaire, problems: &mut Vec<String>) -> Store {
    let mut store = Store::default();
    if let Some(draft) = obj.remove("draft") {
        store.draft = read_draft(draft, q, "draft", problems);
    }
    if let Some(screen) = obj.remove("screen") {
        // Only a position, not data: an unknown one starts at the intro without a report.
        store.screen = screen
            .as_str()
            .and_then(Screen::from_key)
            .unwrap_or_default();
    }
    match obj.remove("history") {
        None => {}
        Some(Value::Array(items)) => {
            for (i, item) in items.into_iter().enumerate() {
                if let Some(entry) = read_entry(item, &format!("history[{i}]"), problems) {
                    if store.history.iter().any(|e| e.id == entry.id) {
                        // A second entry with the same id: left out (the first is kept).
                        problems.push(format!("history[{i}]"));
                    } else {
                        store.history.push(entry);
                    }
                }
            }
        }
        Some(_) => problems.push("history".to_owned()),
    }
    match obj.remove("deleted") {
        None => {}
        Some(Value::Array(items)) => {
            for (i, item) in items.into_iter().enumerate() {
                match item {
                    Value::String(id) => {
                        store.deleted.insert(id);
                    }
                    _ => problems.push(format!("deleted[{i}]")),
                }
            }
        }
        Some(_) => problems.push("deleted".to_owned()),
    }
    store.extra = obj.into_iter().collect();
    store.normalise();
    store
}

fn read_draft(value: Value, q: &Questionnaire, path: &str, problems: &mut Vec<String>) -> Session {
    let Value::Object(mut obj) = value else {
        problems.push(path.to_owned());
        return Session::default();
    };
    let mut session = Session::default();
    match obj.remove("started_at") {
        None | Some(Value::Null) => {}
        Some(Value::String(s)) => session.started_at = Some(s),
        Some(_) => problems.push(format!("{path}.started_at")),
    }
    let profile = string_map(obj.remove("profile"), &format!("{path}.profile"), problems);
    for (key, value) in profile {
        let known = ProfileField::ALL
            .into_iter()
            .find(|f| f.key() == key)
            .is_some_and(|f| session.profile.set(f, &value));
        if !known {
            problems.push(format!("{path}.profile.{key}"));
        }
    }
    let answers = string_map(obj.remove("answers"), &format!("{path}.answers"), problems);
    session.answers = lenient_answers(answers, q, &format!("{path}.answers"), problems);
    for key in obj.keys() {
        problems.push(format!("{path}.{key}"));
    }
    session
}

/// Answers keyed by statement id, validated against the questionnaire: a bad value or an
/// unknown statement drops that answer (reported), moved statements carry over.
fn lenient_answers(
    raw: BTreeMap<String, String>,
    q: &Questionnaire,
    path: &str,
    problems: &mut Vec<String>,
) -> Answers {
    let mut parsed = Answers::new();
    for (id, key) in raw {
        match Answer::from_key(&key) {
            Some(a) => parsed.set(&id, a),
            None => problems.push(format!("{path}.{id}")),
        }
    }
    let (kept, unknown) = parsed.validated(q);
    problems.extend(unknown.into_iter().map(|id| format!("{path}.{id}")));
    kept
}

/// A map of strings; a non-string value is left out and reported, a non-object reported whole.
fn string_map(
    value: Option<Value>,
    path: &str,
    problems: &mut Vec<String>,
) -> BTreeMap<String, String> {
    match value {
        None | Some(Value::Null) => BTreeMap::new(),
        Some(Value::Object(obj)) => obj
            .into_iter()
            .filter_map(|(k, v)| match v {
                Value::String(s) => Some((k, s)),
                _ => {
                    problems.push(format!("{path}.{k}"));
                    None
                }
            })
            .collect(),
        Some(_) => {
            problems.push(path.to_owned());
            BTreeMap::new()
        }
    }
}

/// Reads one history entry field by field. An entry is kept as it was recorded: its answers
/// are not checked against today's questionnaire (a record of what was answered then), only
/// their types. `None` only when the value is not an object at all.
pub fn read_entry(value: Value, path: &str, problems: &mut Vec<String>) -> Option<Entry> {
    let Value::Object(mut obj) = value else {
        problems.push(path.to_owned());
        return None;
    };
    // A text field; a missing one is reported only when `required` (each problem once).
    let mut text = |obj: &mut Map, key: &str, required: bool| match obj.remove(key) {
        Some(Value::String(s)) => Some(s),
        None | Some(Value::Null) if !required => None,
        _ => {
            problems.push(format!("{path}.{key}"));
            None
        }
    };
    // A missing, mistyped or invalid id is reported once, where it is derived again below.
    let id = obj.remove("id").and_then(|v| v.as_str().map(str::to_owned));
    let completed_at = text(&mut obj, "completed_at", true);
    let name = text(&mut obj, "name", false).and_then(|n| clean_name(&n));
    let verdict = text(&mut obj, "verdict", true);
    let model_version = match obj.remove("model_version") {
        Some(v) => match v.as_u64().and_then(|n| u32::try_from(n).ok()) {
            Some(n) => n,
            None => {
                problems.push(format!("{path}.model_version"));
                1
            }
        },
        None => {
            problems.push(format!("{path}.model_version"));
            1
        }
    };
    let profile = string_map(obj.remove("profile"), &format!("{path}.profile"), problems);
    let answers = string_map(obj.remove("answers"), &format!("{path}.answers"), problems);
    let mut scores = BTreeMap::new();
    match obj.remove("scores") {
        None | Some(Value::Null) => {}
        Some(Value::Object(map)) => {
            for (k, v) in map {
                match v {
                    Value::Null => {
                        scores.insert(k, None);
                    }
                    v => match v.as_u64().filter(|n| *n <= 100) {
                        Some(n) => {
                            scores.insert(k, u8::try_from(n).ok());
                        }
                        None => problems.push(format!("{path}.scores.{k}")),
                    },
                }
            }
        }
        Some(_) => problems.push(format!("{path}.scores")),
    }
    for key in obj.keys() {
        problems.push(format!("{path}.{key}"));
    }
    let mut entry = Entry {
        id: String::new(),
        completed_at: completed_at.unwrap_or_default(),
        name,
        profile,
        answers,
        scores,
        verdict: verdict.unwrap_or_default(),
        model_version,
    };
    entry.id = id.filter(|i| valid_id(i)).unwrap_or_else(|| {
        problems.push(format!("{path}.id"));
        entry.derive_id()
    });
    Some(entry)
}

/// An entry id: 1..=64 characters of `[A-Za-z0-9_-]` (safe in keys, links and CSV).
pub fn valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Migrates a version 1 session: the answers become the draft, the latest result the first
/// history entry (as it was recorded: answers verbatim, verdict and model version as stored).
/// Returns the draft answers that no longer fit the questionnaire.
fn migrate_v1(mut obj: Map, q: &Questionnaire) -> (Store, Vec<String>) {
    let mut dropped = Vec::new();
    let mut store = Store::default();
    let draft = Value::Object(
        ["profile", "answers"]
            .into_iter()
            .filter_map(|k| obj.remove(k).map(|v| (k.to_owned(), v)))
            .collect(),
    );
    store.draft = read_draft(draft, q, "", &mut dropped);
    let mut ignored = Vec::new();
    let entry = obj.remove("result").and_then(|result| match result {
        Value::Object(mut r) => {
            // Version 1 results of model 1 had no model version; scores were not stored.
            r.entry("model_version".to_owned())
                .or_insert(Value::from(1));
            read_entry(Value::Object(r), "result", &mut ignored)
        }
        _ => None,
    });
    // Version 1 stored `{"screen":"page","page":3}`, `{"screen":"result"}` or the intro.
    let screen = obj.remove("screen").unwrap_or(Value::Null);
    let page = screen
        .get("page")
        .and_then(Value::as_u64)
        .and_then(|p| usize::try_from(p).ok());
    store.screen = match (screen.get("screen").and_then(Value::as_str), &entry, page) {
        (Some("result"), Some(e), _) => Screen::Result(e.id.clone()),
        (Some("page"), _, Some(p)) => Screen::Page(p.min(store.draft.pages(q).len() - 1)),
        _ => Screen::Intro,
    };
    // Version 1 kept the answers after completing: a draft identical to the result is that
    // result, not a check in progress.
    if let Some(e) = &entry {
        if store.draft.answers == e.model_answers(q) && store.draft.profile == e.model_profile() {
            store.draft = Session::default();
        }
    }
    store.history.extend(entry);
    let dropped = dropped
        .into_iter()
        .map(|p| p.trim_start_matches('.').to_owned())
        .map(|p| {
            p.strip_prefix("answers.")
                .or_else(|| p.strip_prefix("profile."))
                .map_or(p.clone(), str::to_owned)
        })
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    store.normalise();
    (store, dropped)
}

/// One change of the store, as data: applied by [`Store::apply`], and replayable. A tab whose
/// save failed keeps its unsaved changes and re-applies them to what other tabs stored, so
/// neither tab's answers are lost and no deletion is undone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// An answer of the draft (`now`: ISO 8601, the start time of a new draft).
    Answer {
        /// Statement id.
        question: String,
        /// The answer.
        answer: Answer,
        /// The time of the change.
        now: String,
    },
    /// A profile answer of the draft.
    Profile {
        /// The field.
        field: ProfileField,
        /// The option key.
        key: String,
        /// The time of the change.
        now: String,
    },
    /// Complete the draft (nothing happens to an empty draft).
    Complete {
        /// The completion time.
        now: String,
    },
    /// A completion as it happened in this tab, for replaying it onto what another tab stored:
    /// the entry is kept exactly as recorded; the draft is emptied only if it holds nothing
    /// the entry does not (else another tab's answers stay a check in progress).
    Completed(Entry),
    /// Drop the draft, keep the history.
    StartNew,
    /// Delete these entries, and the draft if it is still this one (the replay form of
    /// "delete everything" and "start new").
    Forget {
        /// Entries to delete.
        ids: Vec<String>,
        /// The draft to drop, if the draft is still exactly it.
        draft: Option<Session>,
    },
    /// Take an entry's profile and answers as the draft.
    EditFrom {
        /// The entry.
        id: String,
        /// The time of the change.
        now: String,
    },
    /// Name an entry.
    Rename {
        /// The entry.
        id: String,
        /// The new name (blank removes it).
        name: String,
    },
    /// Delete one entry.
    Delete(String),
    /// Delete every entry and the draft.
    DeleteAll,
    /// Remember where the user is.
    Screen(Screen),
    /// Add entries (an import) and, if there is no draft here, a draft.
    Import {
        /// The entries to add (existing ids are skipped).
        entries: Vec<Entry>,
        /// A draft to take when the local one is empty.
        draft: Option<Session>,
    },
}

/// What [`Store::apply`] did, for the UI.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    /// The entry a completion created.
    pub completed: Option<String>,
    /// How many entries an import added.
    pub added: usize,
    /// Whether an import took over its draft.
    pub took_draft: bool,
}

impl Change {
    /// The form of this change to re-apply later onto what another tab stored, taken from
    /// `before`, the store it is about to be applied to. Changes that empty things replay as
    /// exactly what they emptied, so a replay never removes what another tab added since: a
    /// completion becomes the entry it creates, "delete everything" the entries and the draft
    /// it deletes, "start new" the draft it drops.
    pub fn replay_form(&self, q: &Questionnaire, before: &Store) -> Change {
        match self {
            Change::Complete { now } if !before.draft.is_empty() => Change::Completed(
                Entry::complete(q, &before.draft.profile, &before.draft.answers, now),
            ),
            // Completing an empty draft does nothing, and must not complete another tab's later.
            Change::Complete { .. } => Change::Forget {
                ids: Vec::new(),
                draft: None,
            },
            Change::DeleteAll => Change::Forget {
                ids: before.history.iter().map(|e| e.id.clone()).collect(),
                draft: Some(before.draft.clone()),
            },
            Change::StartNew => Change::Forget {
                ids: Vec::new(),
                draft: Some(before.draft.clone()),
            },
            other => other.clone(),
        }
    }
}

impl Store {
    /// Applies one change.
    pub fn apply(&mut self, q: &Questionnaire, change: &Change) -> Applied {
        let mut applied = Applied::default();
        match change {
            Change::Answer {
                question,
                answer,
                now,
            } => self.answer(question, *answer, now),
            Change::Profile { field, key, now } => self.set_profile(*field, key, now),
            Change::Complete { now } => {
                if !self.draft.is_empty() {
                    applied.completed = Some(self.complete(q, now));
                }
            }
            Change::Completed(entry) => {
                let covered = self
                    .draft
                    .answers
                    .iter()
                    .all(|(id, a)| entry.answers.get(id).map(String::as_str) == Some(a.key()))
                    && self.draft.profile == entry.model_profile();
                if covered || self.draft.is_empty() {
                    self.draft = Session::default();
                }
                self.add_entries([entry.clone()]);
                applied.completed = Some(entry.id.clone());
            }
            Change::StartNew => self.start_new(),
            Change::Forget { ids, draft } => {
                for id in ids {
                    self.deleted.insert(id.clone());
                }
                if draft.as_ref() == Some(&self.draft) {
                    self.draft = Session::default();
                }
                self.normalise();
            }
            Change::EditFrom { id, now } => {
                if let Some(entry) = self.entry(id).cloned() {
                    self.draft = Session {
                        profile: entry.model_profile(),
                        answers: entry.model_answers(q),
                        started_at: Some(now.clone()),
                    };
                }
            }
            Change::Rename { id, name } => {
                self.rename(id, name);
            }
            Change::Delete(id) => self.delete(id),
            Change::DeleteAll => self.delete_all(),
            Change::Screen(screen) => self.screen = screen.clone(),
            Change::Import { entries, draft } => {
                (applied.added, applied.took_draft) =
                    self.import(entries.iter().cloned(), draft.clone());
            }
        }
        applied
    }
}

impl Store {
    /// The stored form (format version 2).
    pub fn encode(&self) -> String {
        self.to_value().to_string()
    }

    /// The stored form as a JSON value.
    pub fn to_value(&self) -> Value {
        let mut obj = Map::new();
        for (k, v) in &self.extra {
            obj.insert(k.clone(), v.clone());
        }
        obj.insert("schema".into(), Value::from(STORE_SCHEMA));
        let mut draft = Map::new();
        if let Some(started) = &self.draft.started_at {
            draft.insert("started_at".into(), Value::from(started.clone()));
        }
        let profile: Map = ProfileField::ALL
            .iter()
            .filter_map(|f| {
                self.draft
                    .profile
                    .get(*f)
                    .map(|v| (f.key().to_owned(), Value::from(v)))
            })
            .collect();
        draft.insert("profile".into(), Value::Object(profile));
        let answers: Map = self
            .draft
            .answers
            .iter()
            .map(|(id, a)| (id.to_owned(), Value::from(a.key())))
            .collect();
        draft.insert("answers".into(), Value::Object(answers));
        obj.insert("draft".into(), Value::Object(draft));
        obj.insert("screen".into(), Value::from(self.screen.key()));
        obj.insert(
            "history".into(),
            Value::Array(self.history.iter().map(Entry::to_value).collect()),
        );
        obj.insert(
            "deleted".into(),
            Value::Array(self.deleted.iter().cloned().map(Value::from).collect()),
        );
        Value::Object(obj)
    }

    /// History newest first (by completion time, then id), deleted entries removed, the
    /// deletion marks bounded.
    pub fn normalise(&mut self) {
        let deleted = &self.deleted;
        self.history.retain(|e| !deleted.contains(&e.id));
        self.history.sort_by(|a, b| {
            b.completed_at
                .cmp(&a.completed_at)
                .then_with(|| a.id.cmp(&b.id))
        });
        while self.deleted.len() > TOMBSTONES_MAX {
            self.deleted.pop_first();
        }
    }

    /// The entry with `id`.
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.history.iter().find(|e| e.id == id)
    }

    /// The most recent entry.
    pub fn latest(&self) -> Option<&Entry> {
        self.history.first()
    }

    /// Records an answer of the draft (`now`: ISO 8601, the start time of a new draft).
    pub fn answer(&mut self, question: &str, answer: Answer, now: &str) {
        self.draft.started_at.get_or_insert_with(|| now.to_owned());
        self.draft.answer(question, answer);
    }

    /// Records a profile answer of the draft.
    pub fn set_profile(&mut self, field: ProfileField, key: &str, now: &str) {
        self.draft.started_at.get_or_insert_with(|| now.to_owned());
        self.draft.set_profile(field, key);
    }

    /// Completes the draft: a new history entry (scores and verdict by `q`'s model), a fresh
    /// draft, the result screen. Returns the entry's id.
    pub fn complete(&mut self, q: &Questionnaire, now: &str) -> String {
        let entry = Entry::complete(q, &self.draft.profile, &self.draft.answers, now);
        let id = entry.id.clone();
        self.deleted.remove(&id);
        if self.entry(&id).is_none() {
            self.history.push(entry);
        }
        self.draft = Session::default();
        self.screen = Screen::Result(id.clone());
        self.normalise();
        id
    }

    /// Starts a new check: the draft is emptied, the history kept.
    pub fn start_new(&mut self) {
        self.draft = Session::default();
    }

    /// Names an entry (`None` or blank removes the name). `false` if there is no such entry.
    pub fn rename(&mut self, id: &str, name: &str) -> bool {
        match self.history.iter_mut().find(|e| e.id == id) {
            Some(entry) => {
                entry.name = clean_name(name);
                true
            }
            None => false,
        }
    }

    /// Deletes one entry for good (other tabs and merges cannot bring it back).
    pub fn delete(&mut self, id: &str) {
        self.deleted.insert(id.to_owned());
        self.normalise();
    }

    /// Deletes every entry and the draft.
    pub fn delete_all(&mut self) {
        let ids: Vec<String> = self.history.iter().map(|e| e.id.clone()).collect();
        self.deleted.extend(ids);
        self.draft = Session::default();
        self.screen = Screen::Intro;
        self.normalise();
    }

    /// Adds entries that are not there yet (by id), clearing their deletion marks: an explicit
    /// import brings back what the user chose to import. An invalid id is derived again and a
    /// name cleaned, as reading would (so the stored form reads back clean). Returns how many
    /// were added.
    pub fn add_entries(&mut self, entries: impl IntoIterator<Item = Entry>) -> usize {
        let mut added = 0;
        for mut entry in entries {
            if !valid_id(&entry.id) {
                entry.id = entry.derive_id();
            }
            entry.name = entry.name.as_deref().and_then(clean_name);
            if self.entry(&entry.id).is_none() {
                self.deleted.remove(&entry.id);
                self.history.push(entry);
                added += 1;
            }
        }
        self.normalise();
        added
    }

    /// An import: adds the entries not there yet ([`Store::add_entries`]) and takes `draft`
    /// only when this store's draft is empty. Returns (entries added, draft taken).
    pub fn import(
        &mut self,
        entries: impl IntoIterator<Item = Entry>,
        draft: Option<Session>,
    ) -> (usize, bool) {
        let added = self.add_entries(entries);
        let take = draft.is_some() && self.draft.is_empty();
        if let Some(draft) = draft.filter(|_| take) {
            self.draft = draft;
        }
        (added, take)
    }

    /// Merges another copy of the history into this one: the union of entries by id minus the
    /// union of deletions. Commutative and idempotent (an id present in both keeps the copy
    /// that sorts last, names included), so the order in which tabs merge does not matter.
    /// The draft and the screen stay this store's.
    pub fn merge_history(&mut self, other: &Store) {
        self.deleted.extend(other.deleted.iter().cloned());
        for theirs in &other.history {
            match self.history.iter_mut().find(|e| e.id == theirs.id) {
                Some(mine) => {
                    if entry_order_key(theirs) > entry_order_key(mine) {
                        *mine = theirs.clone();
                    }
                }
                None => self.history.push(theirs.clone()),
            }
        }
        for (k, v) in &other.extra {
            self.extra.entry(k.clone()).or_insert_with(|| v.clone());
        }
        self.normalise();
    }
}

/// A total order over two copies of one entry, so a merge picks the same copy either way.
fn entry_order_key(e: &Entry) -> String {
    e.to_json()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    fn q() -> Questionnaire {
        Questionnaire::german().unwrap()
    }

    #[test]
    fn a_store_round_trips() {
        let q = q();
        let mut s = Store::default();
        let first = q.all_questions()[0].id.clone();
        s.set_profile(ProfileField::Kind, "network", "2026-11-01T09:00:00.000Z");
        s.answer(&first, Answer::Scale(4), "2026-11-01T09:00:00.000Z");
        let id = s.complete(&q, "2026-11-01T10:00:00.000Z");
        s.rename(&id, "Workshop März");
        s.answer(&first, Answer::DontKnow, "2026-11-02T09:00:00.000Z");
        s.extra.insert("future".into(), Value::from(7));
        let encoded = s.encode();
        assert!(encoded.contains(r#""schema":2"#));
        let (back, outcome) = read(Some(&encoded), &q);
        assert_eq!(outcome, Outcome::Clean);
        assert_eq!(back, s);
    }

    #[test]
    fn nothing_stored_is_empty() {
        assert_eq!(read(None, &q()), (Store::default(), Outcome::Empty));
    }
}
