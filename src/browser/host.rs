//! The host page and the browser around the widget: the clock, the URL fragment, whether the
//! widget runs in a partner's cross-site frame, the `storage` event of other tabs, file
//! downloads and uploads, the clipboard, printing. Every call is total: failures become
//! `None` / `false` / `Err(String)`, never a panic.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// A browser error as readable text ("QuotaExceededError: …"), without `Debug` formatting
/// (release builds blank `{:?}` output to save size).
pub fn describe(e: &JsValue) -> String {
    if let Some(error) = e.dyn_ref::<js_sys::Error>() {
        return format!(
            "{}: {}",
            String::from(error.name()),
            String::from(error.message())
        );
    }
    e.as_string().unwrap_or_else(|| "unknown error".to_owned())
}

/// The current time as ISO 8601 (browser clock).
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// The local date (`DD.MM.YYYY`) and time (`HH:MM`) of a UTC ISO 8601 time, in the browser's
/// time zone at that moment; `None` when it is not such a time.
pub fn local_date_time(iso: &str) -> Option<(String, String)> {
    let date = js_sys::Date::new(&JsValue::from_str(iso));
    let offset = date.get_timezone_offset();
    if offset.is_nan() {
        return None;
    }
    // JS counts minutes west of UTC; the core takes minutes east.
    crate::app::session::local_date_time(iso, -(offset as i32))
}

/// The URL fragment without `#`, if any.
pub fn location_hash() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let hash = hash.strip_prefix('#').unwrap_or(&hash).to_owned();
    (!hash.is_empty()).then_some(hash)
}

/// Removes the fragment from the address without reloading or adding a history step.
pub fn clear_hash() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let (Ok(history), Some(address)) = (window.history(), page_address()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
    }
}

/// The page address without its fragment (where a result link points).
pub fn page_address() -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    Some(href.split('#').next().unwrap_or(&href).to_owned())
}

/// `true` when the widget runs in a frame whose top page is another origin (a partner's
/// page): browsers then partition its storage per partner site or keep it only for the
/// session.
pub fn in_cross_origin_frame() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.top() {
        Ok(Some(top)) => {
            if top == window {
                return false;
            }
            // Reading another origin's location throws: that is the test.
            top.location().href().is_err()
        }
        _ => true,
    }
}

/// A listener for changes other tabs make to localStorage; removed when dropped.
pub struct StorageListener {
    window: web_sys::Window,
    callback: Closure<dyn FnMut(web_sys::StorageEvent)>,
}

impl StorageListener {
    /// Calls `on_change(key)` for every change another tab makes (`None`: storage cleared).
    pub fn new(mut on_change: impl FnMut(Option<String>) + 'static) -> Option<Self> {
        let window = web_sys::window()?;
        let callback = Closure::<dyn FnMut(web_sys::StorageEvent)>::new(
            move |event: web_sys::StorageEvent| on_change(event.key()),
        );
        window
            .add_event_listener_with_callback("storage", callback.as_ref().unchecked_ref())
            .ok()?;
        Some(Self { window, callback })
    }
}

impl Drop for StorageListener {
    fn drop(&mut self) {
        let _ = self
            .window
            .remove_event_listener_with_callback("storage", self.callback.as_ref().unchecked_ref());
    }
}

/// Offers `content` as a file download named `filename`.
pub fn download(filename: &str, mime: &str, content: &str) -> Result<(), String> {
    let err = |e: JsValue| describe(&e);
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(err)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(err)?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(err)?
        .dyn_into()
        .map_err(|_| "not an anchor")?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.set_hidden(true);
    let body = document.body().ok_or("no body")?;
    body.append_child(&anchor).map_err(err)?;
    anchor.click();
    let _ = body.remove_child(&anchor);
    // The browser fetches the object URL after this task (Firefox and Safari can lose a
    // download whose URL is revoked at once): let it go a minute later.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
    }
    Ok(())
}

/// The bytes of the first file chosen in `input`, delivered to `done` (an error as text).
/// Files over `max_bytes` are refused before they are read.
pub fn read_file(
    input: &web_sys::HtmlInputElement,
    max_bytes: usize,
    done: impl FnOnce(Result<Vec<u8>, FileError>) + 'static,
) {
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return done(Err(FileError::None));
    };
    let size = file.size();
    if size > max_bytes as f64 {
        return done(Err(FileError::TooLarge(size as usize)));
    }
    let reader = match web_sys::FileReader::new() {
        Ok(r) => r,
        Err(e) => return done(Err(FileError::Read(describe(&e)))),
    };
    let done = Rc::new(RefCell::new(Some(done)));
    let reader_c = reader.clone();
    let done_c = done.clone();
    let onload = Closure::once(move || {
        let result = match reader_c.result() {
            Ok(buffer) => Ok(js_sys::Uint8Array::new(&buffer).to_vec()),
            Err(e) => Err(FileError::Read(describe(&e))),
        };
        if let Some(done) = done_c.borrow_mut().take() {
            done(result);
        }
    });
    let done_e = done.clone();
    let onerror = Closure::once(move || {
        if let Some(done) = done_e.borrow_mut().take() {
            done(Err(FileError::Read(
                "the browser could not read the file".into(),
            )));
        }
    });
    reader.set_onload(Some(onload.as_ref().unchecked_ref()));
    reader.set_onerror(Some(onerror.as_ref().unchecked_ref()));
    // The reader calls exactly one of them once; let the closures live until then.
    onload.forget();
    onerror.forget();
    if let Err(e) = reader.read_as_array_buffer(&file) {
        if let Some(done) = done.borrow_mut().take() {
            done(Err(FileError::Read(describe(&e))));
        }
    }
}

/// Why a chosen file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// No file was chosen.
    None,
    /// Larger than allowed (its size in bytes).
    TooLarge(usize),
    /// The browser refused (technical detail).
    Read(String),
}

/// Copies `text` to the clipboard where the browser allows it (secure contexts); `false`
/// otherwise, so the caller shows the text to copy by hand.
pub fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    if !window.is_secure_context() {
        return false;
    }
    let _ = window.navigator().clipboard().write_text(text);
    true
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
