//! Keeping the [`Store`] in localStorage without ever losing data: start-up reading with
//! backups, read-modify-write saving that merges other tabs' changes, and erasing.
//!
//! Architecture invariant: the original stored value is never overwritten unless it was read
//! cleanly or its backup was written first (or was already there); nothing is written at
//! start-up; every failure is a value the UI turns into a truthful notice.

use crate::app::safekeeping::{backup_slot, nearly_full, Keep};
use crate::app::store::{
    backup_key, read, Outcome, Store, BACKUP_SLOTS, LEGACY_BACKUP_KEY, LEGACY_KEY, STORE_KEY,
};
use crate::browser::storage::{Storage, QUOTA_CHARS};
use crate::model::Questionnaire;

/// Why stored data was set aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trouble {
    /// Nothing of it could be read.
    Unreadable,
    /// Written by a newer version of the widget.
    Newer,
    /// These fields could not be read (paths).
    Partial(Vec<String>),
}

/// What start-up found, for the notices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// localStorage is blocked: nothing is kept after this tab closes.
    Blocked,
    /// Stored data can be read but nothing new can be written (quota full or read-only).
    Full,
    /// The quota is nearly used up.
    NearlyFull,
    /// Stored data had trouble; the original is kept in a backup slot.
    KeptAside(Trouble),
    /// Stored data had trouble and no backup could be written: the original stays untouched
    /// and nothing is saved until the user decides.
    NotKept(Trouble),
    /// A version 1 session was taken over; these answers no longer fit (the original stays).
    Migrated(Vec<String>),
}

/// Why a save did not happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveError {
    /// Stored data that could not be backed up is protected from being overwritten.
    Protected,
    /// The browser refused (blocked, revoked, quota).
    Failed,
}

/// The storage side of the widget's state.
#[derive(Debug, Clone)]
pub struct Persist {
    storage: Storage,
    /// The stored string as last read or written by this tab (to notice other tabs' writes).
    last_raw: Option<String>,
    /// An original that must not be overwritten (its backup failed).
    protected: Option<String>,
    /// What [`Persist::fresh`] set aside since the UI last asked (for its notices).
    found: Vec<Finding>,
    /// The last look at what is stored succeeded. While reading fails (storage revoked),
    /// nothing is written either: a blind write could replace what another tab stored.
    seen: bool,
}

impl Persist {
    /// Reads what is stored (never writes, except a backup of data that needs one).
    pub fn start(storage: Storage, q: &Questionnaire) -> (Self, Store, Vec<Finding>) {
        let mut this = Self {
            storage,
            last_raw: None,
            protected: None,
            found: Vec::new(),
            seen: true,
        };
        let mut findings = Vec::new();
        if !storage.can_read() {
            findings.push(Finding::Blocked);
            return (this, Store::default(), findings);
        }
        let (store, outcome) = match storage.read(STORE_KEY) {
            Ok(Some(raw)) => {
                let (store, outcome) = read(Some(&raw), q);
                if outcome.needs_backup() {
                    let trouble = trouble(&outcome);
                    findings.push(if this.keep(&raw) {
                        Finding::KeptAside(trouble)
                    } else {
                        Finding::NotKept(trouble)
                    });
                }
                this.last_raw = Some(raw);
                (store, outcome)
            }
            Ok(None) => match storage.read(LEGACY_KEY) {
                // The version 1 value stays where it is (it is its own backup, never written).
                Ok(Some(raw)) => {
                    let (store, outcome) = read(Some(&raw), q);
                    if outcome.needs_backup() {
                        findings.push(Finding::KeptAside(trouble(&outcome)));
                    }
                    (store, outcome)
                }
                _ => (Store::default(), Outcome::Empty),
            },
            Err(_) => {
                // Not read: not written over either, until a later look succeeds.
                this.seen = false;
                findings.push(Finding::Blocked);
                return (this, Store::default(), findings);
            }
        };
        if let Outcome::Migrated(dropped) = outcome {
            if !dropped.is_empty() {
                findings.push(Finding::Migrated(dropped));
            }
        }
        if !storage.can_write() {
            findings.push(Finding::Full);
        } else if storage
            .used_chars()
            .is_some_and(|used| nearly_full(used, QUOTA_CHARS))
        {
            findings.push(Finding::NearlyFull);
        }
        (this, store, findings)
    }

    /// Keeps `raw` in a backup slot; `false` (and `raw` protected) when that is impossible.
    fn keep(&mut self, raw: &str) -> bool {
        let slots: Vec<Option<String>> = (1..=BACKUP_SLOTS)
            .map(|n| match self.storage.read(&backup_key(n)) {
                Ok(v) => v,
                // Unknown content: treat the slot as taken, never overwrite it.
                Err(_) => Some(String::new()),
            })
            .collect();
        let kept = match backup_slot(&slots, raw) {
            Keep::Already(_) => true,
            Keep::Into(n) => self.storage.write(&backup_key(n), raw).is_ok(),
            Keep::Full => false,
        };
        if !kept {
            self.protected = Some(raw.to_owned());
        }
        kept
    }

    /// The store as another tab left it, if it changed since this tab last read or wrote it
    /// and could be read cleanly. Data that cannot be read is backed up (or protected) first,
    /// and said in [`Persist::take_findings`].
    ///
    /// A protected original stays protected while it is what storage holds; once something
    /// else is stored there (another tab let it go and saved, or deleted everything), there is
    /// nothing left to protect and this tab saves again, merging what it holds into that.
    pub fn fresh(&mut self, q: &Questionnaire) -> Option<Store> {
        let raw = self.storage.read(STORE_KEY);
        self.seen = raw.is_ok();
        let raw = raw.ok()?;
        if let Some(original) = &self.protected {
            if raw.as_ref() == Some(original) {
                return None;
            }
            self.protected = None;
        }
        if raw == self.last_raw {
            return None;
        }
        match raw {
            None => {
                // Cleared by another tab or by the browser: what this tab shows is all there is.
                self.last_raw = None;
                None
            }
            Some(raw) => {
                let (store, outcome) = read(Some(&raw), q);
                if outcome.needs_backup() {
                    // What this tab holds stays; the unreadable value is kept aside (or, when
                    // that is impossible, protected: nothing is saved until the user decides).
                    let trouble = trouble(&outcome);
                    let finding = if self.keep(&raw) {
                        Finding::KeptAside(trouble)
                    } else {
                        Finding::NotKept(trouble)
                    };
                    self.found.push(finding);
                    self.last_raw = Some(raw);
                    return None;
                }
                self.last_raw = Some(raw);
                Some(store)
            }
        }
    }

    /// Saves `store` (after [`Persist::fresh`] looked at what is stored). On failure the tab
    /// keeps its changes and remembers to merge them in on the next successful save.
    pub fn save(&mut self, store: &Store) -> Result<(), SaveError> {
        if self.protected.is_some() {
            return Err(SaveError::Protected);
        }
        if !self.seen {
            return Err(SaveError::Failed);
        }
        let value = store.to_value();
        let text = value.to_string();
        if self.last_raw.as_deref() == Some(text.as_str()) {
            return Ok(());
        }
        match self.storage.write_value(STORE_KEY, &value) {
            Ok(()) => {
                self.last_raw = Some(text);
                Ok(())
            }
            Err(_) => Err(SaveError::Failed),
        }
    }

    /// What [`Persist::fresh`] set aside since the last call (kept in a backup slot, or
    /// protected because no slot could take it).
    pub fn take_findings(&mut self) -> Vec<Finding> {
        std::mem::take(&mut self.found)
    }

    /// The protected original (to offer it as a file), if any.
    pub fn protected(&self) -> Option<&str> {
        self.protected.as_deref()
    }

    /// The user chose to let the protected original be overwritten.
    pub fn release(&mut self) {
        self.protected = None;
    }

    /// Removes the backups and the version 1 keys, and lets go of a protected original (the
    /// user chose to delete everything); the store itself is then saved with every entry
    /// marked deleted, so no other tab brings entries back.
    pub fn erase_extras(&mut self) -> Result<(), SaveError> {
        let mut ok = true;
        for n in 1..=BACKUP_SLOTS {
            ok &= self.storage.remove(&backup_key(n)).is_ok();
        }
        ok &= self.storage.remove(LEGACY_KEY).is_ok();
        ok &= self.storage.remove(LEGACY_BACKUP_KEY).is_ok();
        self.protected = None;
        if ok {
            Ok(())
        } else {
            Err(SaveError::Failed)
        }
    }

    /// How many backups are kept.
    pub fn backups(&self) -> usize {
        (1..=BACKUP_SLOTS)
            .filter(|n| matches!(self.storage.read(&backup_key(*n)), Ok(Some(_))))
            .count()
    }

    /// Whether anything can be kept on this device at all.
    pub fn storage(&self) -> Storage {
        self.storage
    }
}

fn trouble(outcome: &Outcome) -> Trouble {
    match outcome {
        Outcome::Newer(_) => Trouble::Newer,
        Outcome::Partial(paths) => Trouble::Partial(paths.clone()),
        _ => Trouble::Unreadable,
    }
}
