//! The localStorage facade: calls that never throw or panic, whatever the browser does.
//!
//! Storage can be blocked from the start or revoked at any moment after it (site data cleared,
//! a privacy setting changed, a page script redefining `window.localStorage`). So every call
//! asks the browser for the storage *now* (`window.localStorage`, which reports a blocked
//! storage as an error value instead of throwing past us) and uses exactly that handle; every
//! `Storage` method is called through web-sys's catching bindings, so a refused call is an
//! `Err`. The store is written through gloo-storage's typed `set` (its `Storage` trait,
//! implemented by [`Held`] over exactly that handle) from the app core's JSON value
//! ([`crate::app::json::Value`], adapted to serde by [`AsSerde`]); gloo's own
//! `LocalStorage::raw()` is never used: it fetches the storage a second time and
//! `expect_throw`s, turning a storage revoked in between into an exception. Backups and
//! originals are written as the exact strings they were. Reading and writing are probed
//! separately: a full quota still
//! lets saved progress be read.

use crate::app::json::Value;
use crate::browser::host;
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use std::cell::RefCell;
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

thread_local! {
    /// The handle [`Held`] lends to gloo, set only for the duration of one call.
    static HELD: RefCell<Option<web_sys::Storage>> = const { RefCell::new(None) };
}

/// gloo-storage's typed access over the handle this facade just obtained (never a second
/// lookup of `window.localStorage`). Only its `set` is used: it reports a refused write as an
/// error value, where its `get` and `delete` would throw.
struct Held;

impl gloo_storage::Storage for Held {
    fn raw() -> web_sys::Storage {
        // Only called inside `Storage::write_value`, which lends the handle first; the fallback
        // (an object without storage methods) makes gloo's call fail with an error value.
        HELD.with(|h| h.borrow().clone())
            .unwrap_or_else(|| JsValue::from(js_sys::Object::new()).unchecked_into())
    }
}

/// A JSON value of the app core as serde data, for gloo's typed `set`. A number that is not
/// an integer (only ever in fields of a newer version, kept as their text) is refused instead
/// of being rounded through `f64`: [`Storage::write_value`] then writes the app core's own
/// text, which keeps it exactly (and the wasm holds no float formatting, ~14 KB brotli).
struct AsSerde<'a>(&'a Value);

impl Serialize for AsSerde<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Null => serializer.serialize_unit(),
            Value::Bool(b) => serializer.serialize_bool(*b),
            Value::Number(n) => match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => serializer.serialize_u64(u),
                (None, Some(i)) => serializer.serialize_i64(i),
                (None, None) => Err(serde::ser::Error::custom("number kept as text")),
            },
            Value::String(s) => serializer.serialize_str(s),
            Value::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(&AsSerde(item))?;
                }
                seq.end()
            }
            Value::Object(fields) => {
                let mut map = serializer.serialize_map(Some(fields.len()))?;
                for (k, v) in fields {
                    map.serialize_entry(k, &AsSerde(v))?;
                }
                map.end()
            }
        }
    }
}

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
                .map_err(|e| StorageError::ReadFailed(host::describe(&e)))
        })
    }

    /// Stores `value` under `key`.
    pub fn write(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.with(|s| {
            s.set_item(key, value)
                .map_err(|e| StorageError::WriteFailed(host::describe(&e)))
        })
    }

    /// Stores `value` as JSON under `key` through gloo-storage's typed `set`. What is stored is
    /// `value`'s own text (`Value`'s `Display`): serde_json writes the same bytes for it (the
    /// golden tests hold both to the old serde_json output), and a value gloo cannot take as it
    /// is (see [`AsSerde`]) is written as that text directly.
    pub fn write_value(&self, key: &str, value: &Value) -> Result<(), StorageError> {
        self.with(|s| {
            HELD.with(|h| *h.borrow_mut() = Some(s.clone()));
            let written = <Held as gloo_storage::Storage>::set(key, AsSerde(value));
            HELD.with(|h| *h.borrow_mut() = None);
            match written {
                Ok(()) => Ok(()),
                // Refused while encoding, before anything was written.
                Err(gloo_storage::errors::StorageError::SerdeError(_)) => s
                    .set_item(key, &value.to_string())
                    .map_err(|e| StorageError::WriteFailed(host::describe(&e))),
                Err(e) => Err(StorageError::WriteFailed(e.to_string())),
            }
        })
    }

    /// Removes `key`.
    pub fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.with(|s| {
            s.remove_item(key)
                .map_err(|e| StorageError::WriteFailed(host::describe(&e)))
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
