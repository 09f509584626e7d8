//! The browser storage facade: localStorage behind three calls that never throw or panic.
//!
//! gloo-storage does the typed work, but its `raw()` throws when localStorage is blocked
//! (private modes, strict cookie settings, sandboxed iframes of partner sites). So [`Storage::open`]
//! probes availability once with `web_sys`, and every later call goes through gloo only when the
//! probe succeeded. Trouble becomes a [`StorageError`] the UI shows as a notice.

use gloo_storage::{LocalStorage, Storage as _};
use serde::Serialize;
use std::fmt;

/// Why a write did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// localStorage is blocked or missing: nothing can be kept on this device.
    Unavailable,
    /// The browser refused the write (quota exceeded, or blocked in the meantime).
    WriteFailed(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unavailable => f.write_str("localStorage is not available"),
            Self::WriteFailed(e) => write!(f, "localStorage write failed: {e}"),
        }
    }
}

impl std::error::Error for StorageError {}

/// Handle to the device's localStorage, or to nothing when it is blocked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Storage {
    available: bool,
}

const PROBE_KEY: &str = "netzwerk-check.probe";

impl Storage {
    /// Probes localStorage once (read, write, delete a probe key).
    pub fn open() -> Self {
        Self { available: probe() }
    }

    /// A storage that keeps nothing (for tests and blocked browsers).
    pub fn unavailable() -> Self {
        Self { available: false }
    }

    /// Whether values survive a reload.
    pub fn is_available(&self) -> bool {
        self.available
    }

    /// The raw stored string under `key`, if any. Never throws.
    pub fn read_raw(&self, key: &str) -> Option<String> {
        if !self.available {
            return None;
        }
        LocalStorage::raw().get_item(key).ok().flatten()
    }

    /// Stores `value` as JSON under `key`.
    pub fn write<T: Serialize>(&self, key: &str, value: &T) -> Result<(), StorageError> {
        if !self.available {
            return Err(StorageError::Unavailable);
        }
        LocalStorage::set(key, value).map_err(|e| StorageError::WriteFailed(e.to_string()))
    }

    /// Stores a raw string under `key` (used to keep unreadable data aside, untouched).
    pub fn write_raw(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if !self.available {
            return Err(StorageError::Unavailable);
        }
        LocalStorage::raw()
            .set_item(key, value)
            .map_err(|e| StorageError::WriteFailed(format!("{e:?}")))
    }

    /// Removes `key`; a blocked storage has nothing to remove.
    pub fn remove(&self, key: &str) {
        if self.available {
            LocalStorage::delete(key);
        }
    }
}

fn probe() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    // `local_storage()` itself throws a SecurityError where storage is blocked.
    let Ok(Some(storage)) = window.local_storage() else {
        return false;
    };
    let ok = storage.set_item(PROBE_KEY, "1").is_ok();
    let _ = storage.remove_item(PROBE_KEY);
    ok
}
