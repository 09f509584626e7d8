//! The localStorage facade: calls that never throw or panic, whatever the browser does.
//!
//! Storage can be blocked from the start or revoked at any moment after it (site data cleared,
//! a privacy setting changed, a page script redefining `window.localStorage`). So every call
//! asks the browser for the storage *now* (`window.localStorage`, which reports a blocked
//! storage as an error value instead of throwing past us) and uses exactly that handle; every
//! `Storage` method is called through web-sys's catching bindings, so a refused call is an
//! `Err`. Only strings are stored: the store's JSON text is written by the app core
//! (`app::store::Store::encode`, our own JSON module), never through gloo-storage's typed
//! `get`/`set` (which would pull serde_json into the wasm) nor its `LocalStorage::raw()`
//! (which fetches the storage a second time and `expect_throw`s, turning a storage revoked in
//! between into an exception). Reading and writing are probed separately: a full quota still
//! lets saved progress be read.

use std::fmt;
use wasm_bindgen::{JsCast, JsValue};

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
    /// lets stored data be read). A storage that cannot be read is not written either: a write
    /// would replace data nobody could look at first.
    pub fn open() -> Self {
        let Some(storage) = live() else {
            return Self::unavailable();
        };
        if storage.get_item(PROBE_KEY).is_err() {
            return Self::unavailable();
        }
        let writable = storage.set_item(PROBE_KEY, "1").is_ok();
        let _ = storage.remove_item(PROBE_KEY);
        Self {
            readable: true,
            writable,
        }
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

    /// Runs `f` with the storage as the browser hands it out right now (never a handle kept
    /// from earlier), only when it is reachable.
    fn with<T>(
        &self,
        f: impl FnOnce(web_sys::Storage) -> Result<T, StorageError>,
    ) -> Result<T, StorageError> {
        if !self.readable && !self.writable {
            return Err(StorageError::Unavailable);
        }
        f(live().ok_or(StorageError::Unavailable)?)
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
    /// browsers count the quota; `None` when it cannot be read. Values are measured in the
    /// browser, not copied into wasm memory.
    pub fn used_chars(&self) -> Option<usize> {
        self.with(|s| {
            let n = s.length().map_err(|_| StorageError::Unavailable)?;
            // `getItem` called through js-sys returns the JS string itself: its length is read
            // without copying the value into wasm memory (a nearly full origin holds ~10 MB).
            let get_item = js_sys::Reflect::get(&s, &JsValue::from_str("getItem"))
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
                .ok_or(StorageError::Unavailable)?;
            let mut used = 0usize;
            for i in 0..n {
                if let Ok(Some(key)) = s.key(i) {
                    let value = get_item
                        .call1(&s, &JsValue::from_str(&key))
                        .ok()
                        .and_then(|v| v.dyn_into::<js_sys::JsString>().ok())
                        .map_or(0, |v| v.length() as usize);
                    used += key.encode_utf16().count() + value;
                }
            }
            Ok(used)
        })
        .ok()
    }
}
