//! The localStorage facade: calls that never throw or panic, whatever the browser does.
//!
//! gloo-storage gives typed access, but its `raw()` panics through `expect_throw` when
//! localStorage is blocked, and storage can be revoked at any moment after start (site data
//! cleared, a privacy setting changed). So every call first asks the browser for the storage
//! *now* (`window.localStorage`, which reports a blocked storage as an error instead of
//! throwing past us) and only then goes through gloo. Reading and writing are probed
//! separately: a full quota still lets saved progress be read.

use gloo_storage::{LocalStorage, Storage as _};
use std::fmt;

/// Why a call did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// localStorage is blocked or missing (now, or since start).
    Unavailable,
    /// The browser refused the write (quota exceeded, or revoked).
    WriteFailed(String),
    /// The browser refused the read.
    ReadFailed(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unavailable => f.write_str("localStorage is not available"),
            Self::WriteFailed(e) => write!(f, "localStorage write failed: {e}"),
            Self::ReadFailed(e) => write!(f, "localStorage read failed: {e}"),
        }
    }
}

impl std::error::Error for StorageError {}

/// Handle to the device's localStorage with what the start-up probe found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Storage {
    readable: bool,
    writable: bool,
}

/// localStorage's usual limit per origin, in UTF-16 code units (Chromium, Firefox, Safari).
pub const QUOTA_CHARS: usize = 5_000_000;

const PROBE_KEY: &str = "netzwerk-check.probe";

/// The browser's localStorage right now, or `None` where it is blocked. Never throws:
/// `window.localStorage` reports a SecurityError as `Err`.
fn live() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

impl Storage {
    /// Probes reading and writing separately (a full quota refuses the write probe but still
    /// lets stored data be read).
    pub fn open() -> Self {
        let Some(storage) = live() else {
            return Self::unavailable();
        };
        let readable = storage.get_item(PROBE_KEY).is_ok();
        let writable = storage.set_item(PROBE_KEY, "1").is_ok();
        let _ = storage.remove_item(PROBE_KEY);
        Self { readable, writable }
    }

    /// A storage that keeps nothing (for tests and blocked browsers).
    pub fn unavailable() -> Self {
        Self {
            readable: false,
            writable: false,
        }
    }

    /// Whether stored data could be read at start.
    pub fn can_read(&self) -> bool {
        self.readable
    }

    /// Whether the write probe succeeded at start.
    pub fn can_write(&self) -> bool {
        self.writable
    }

    /// Runs `f` with gloo's raw storage handle, only when localStorage is reachable right now
    /// (so gloo's `raw()` cannot throw).
    fn with<T>(
        &self,
        f: impl FnOnce(web_sys::Storage) -> Result<T, StorageError>,
    ) -> Result<T, StorageError> {
        if !self.readable && !self.writable {
            return Err(StorageError::Unavailable);
        }
        if live().is_none() {
            return Err(StorageError::Unavailable);
        }
        f(LocalStorage::raw())
    }

    /// The stored string under `key` (`Ok(None)`: nothing stored).
    pub fn read(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.with(|s| {
            s.get_item(key)
                .map_err(|e| StorageError::ReadFailed(format!("{e:?}")))
        })
    }

    /// Stores `value` under `key`.
    pub fn write(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.with(|s| {
            s.set_item(key, value)
                .map_err(|e| StorageError::WriteFailed(format!("{e:?}")))
        })
    }

    /// Removes `key`.
    pub fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.with(|s| {
            s.remove_item(key)
                .map_err(|e| StorageError::WriteFailed(format!("{e:?}")))
        })
    }

    /// How many UTF-16 code units the origin's localStorage holds (keys and values), as
    /// browsers count the quota; `None` when it cannot be read.
    pub fn used_chars(&self) -> Option<usize> {
        self.with(|s| {
            let n = s.length().map_err(|_| StorageError::Unavailable)?;
            let mut used = 0usize;
            for i in 0..n {
                if let Ok(Some(key)) = s.key(i) {
                    let value = s.get_item(&key).ok().flatten().unwrap_or_default();
                    used += key.encode_utf16().count() + value.encode_utf16().count();
                }
            }
            Ok(used)
        })
        .ok()
    }
}
