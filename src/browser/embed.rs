//! The page around the widget, as the embedding contract (`docs/EMBED.md`) sees it: where the
//! settings come from (URL parameters or the loader's attribute pairs), where events go (the
//! parent window at the announced origin only, or DOM events on the in-page element), the
//! content height for the loader's iframe, and lookups inside the widget's own root (which may
//! be a shadow root). Every call is total: failures are ignored, never a panic.

use crate::app::config::{self, Config, Warning};
use crate::app::embed::{Event, Field};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The settings of the standalone or iframe page: its URL parameters.
pub fn settings_from_address() -> Vec<(String, String)> {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .map(|q| config::query_pairs(&q))
        .unwrap_or_default()
}

/// The settings the loader passed to the in-page element: an array of `[key, value]` pairs.
/// Anything else in the array is skipped.
pub fn settings_from_pairs(pairs: &js_sys::Array) -> Vec<(String, String)> {
    pairs
        .iter()
        .filter_map(|pair| {
            let pair = pair.dyn_into::<js_sys::Array>().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// The configuration from `settings`; each warning goes to the console, for the partner's
/// developer.
pub fn configure(settings: Vec<(String, String)>) -> Config {
    let parsed = config::parse(settings);
    warn(&parsed.warnings);
    parsed.config
}

fn warn(warnings: &[Warning]) {
    for w in warnings {
        web_sys::console::warn_1(&JsValue::from_str(&w.to_string()));
    }
}

/// Where the widget's events go.
enum Sink {
    /// Nowhere (standalone page, or the announced origin could not be trusted).
    None,
    /// The parent window of the loader's iframe, at exactly the announced origin.
    Parent {
        parent: web_sys::Window,
        origin: String,
        id: String,
    },
    /// DOM events `netzwerk-check:<type>` on the in-page element.
    Element { target: web_sys::EventTarget },
}

/// The page around one mounted widget: its root element, where events go, and whether it is
/// embedded.
pub struct Surroundings {
    root: web_sys::Element,
    sink: Sink,
    in_page: bool,
    framed: bool,
}

impl Surroundings {
    /// A widget on its own page (`index.html`), or in the loader's iframe when the
    /// configuration carries an embed id.
    pub fn page(root: web_sys::Element, config: &Config) -> Self {
        let Some(embed) = &config.embed else {
            return Self {
                root,
                sink: Sink::None,
                in_page: false,
                framed: false,
            };
        };
        let sink = match (&embed.origin, parent_window()) {
            (Some(origin), Some(parent)) if embedder_may_be(origin) => Sink::Parent {
                parent,
                origin: origin.clone(),
                id: embed.id.clone(),
            },
            (Some(origin), Some(_)) => {
                web_sys::console::warn_1(&JsValue::from_str(&format!(
                    "Netzwerk-Check: origin: {origin} is not the page that embeds this widget; \
                     no events are sent"
                )));
                Sink::None
            }
            _ => Sink::None,
        };
        Self {
            root,
            sink,
            in_page: false,
            framed: true,
        }
    }

    /// A widget mounted into a partner's page by the in-page element `target`.
    pub fn partner_page(root: web_sys::Element, target: web_sys::EventTarget) -> Self {
        Self {
            root,
            sink: Sink::Element { target },
            in_page: true,
            framed: false,
        }
    }

    /// `true` inside a partner's own page (in-page mode): the widget is a labelled region
    /// there, not a second `<main>`. On its own page and in the loader's iframe (its own
    /// document) it is that document's main content.
    pub fn in_page(&self) -> bool {
        self.in_page
    }

    /// `true` in the loader's iframe (the configuration carries an embed id): the loader
    /// scrolls the page around it, the widget never does.
    pub fn framed(&self) -> bool {
        self.framed
    }

    /// `true` when a host page receives events at all.
    pub fn reports(&self) -> bool {
        !matches!(self.sink, Sink::None)
    }

    /// Tells the host page about `event` (nothing when there is no trusted receiver).
    pub fn emit(&self, event: &Event) {
        match &self.sink {
            Sink::None => {}
            Sink::Parent { parent, origin, id } => {
                let message = to_js(&event.message(id));
                let _ = parent.post_message(&message, origin);
            }
            Sink::Element { target } => {
                let id = target
                    .dyn_ref::<web_sys::Element>()
                    .map(|e| e.id())
                    .unwrap_or_default();
                let init = web_sys::CustomEventInit::new();
                init.set_bubbles(true);
                init.set_detail(&to_js(&event.message(&id)));
                let name = format!("netzwerk-check:{}", event.kind());
                if let Ok(e) = web_sys::CustomEvent::new_with_event_init_dict(&name, &init) {
                    let _ = target.dispatch_event(&e);
                }
            }
        }
    }

    /// The element with `id` in the widget's own document or shadow root.
    pub fn find(&self, id: &str) -> Option<web_sys::HtmlElement> {
        let root = self.root.get_root_node();
        let found = match root.dyn_ref::<web_sys::Document>() {
            Some(doc) => doc.get_element_by_id(id),
            None => root
                .dyn_ref::<web_sys::DocumentFragment>()
                .and_then(|f| f.get_element_by_id(id)),
        };
        found.and_then(|e| e.dyn_into().ok())
    }

    /// Moves focus to the element with `id`, if it exists.
    pub fn focus(&self, id: &str) {
        if let Some(element) = self.find(id) {
            let _ = element.focus();
        }
    }

    /// Reports the content height once it is laid out and whenever it changes (`ready`
    /// first, then `resize`): in the loader's iframe the whole document's height (the loader
    /// sizes the iframe by it), in-page the widget's. The observer lives as long as the
    /// returned guard.
    pub fn watch_height(self: &Rc<Self>) -> Option<HeightWatch> {
        let html = match self.sink {
            Sink::None => return None,
            Sink::Parent { .. } => web_sys::window()?.document()?.document_element()?,
            Sink::Element { .. } => self.root.clone(),
        };
        let last = Rc::new(Cell::new(None::<u32>));
        let this = Rc::clone(self);
        let measure = html.clone();
        let callback = Closure::<dyn FnMut()>::new(move || {
            let height = measure.get_bounding_client_rect().height().ceil().max(0.0) as u32;
            match last.get() {
                Some(h) if h == height => {}
                Some(_) => {
                    last.set(Some(height));
                    this.emit(&Event::Resize { height });
                }
                None => {
                    last.set(Some(height));
                    this.emit(&Event::Ready { height });
                }
            }
        });
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(&html);
        Some(HeightWatch {
            observer,
            _callback: callback,
        })
    }
}

/// Keeps a height observer alive; disconnects it when dropped.
pub struct HeightWatch {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for HeightWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// The parent window when this page is in a frame.
fn parent_window() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    (parent != window).then_some(parent)
}

/// `false` when the browser names the embedding page (`location.ancestorOrigins`, Chromium
/// and WebKit) and it is not `origin`: a page cannot have the widget post to another origin
/// than its own. Where the browser does not say, `postMessage`'s target origin is the guard:
/// the message is only delivered if the parent really is at `origin`.
fn embedder_may_be(origin: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let location: JsValue = window.location().into();
    let Ok(ancestors) = js_sys::Reflect::get(&location, &JsValue::from_str("ancestorOrigins"))
    else {
        return true;
    };
    let Some(list) = ancestors.dyn_ref::<web_sys::DomStringList>() else {
        return true;
    };
    match list.item(0) {
        Some(parent) => config::parse_origin(&parent).as_deref() == Some(origin),
        None => true,
    }
}

/// A message as a plain JS object (structured-clonable for `postMessage`).
fn to_js(fields: &[(&str, Field)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in fields {
        let value = match value {
            Field::Text(t) => JsValue::from_str(t),
            Field::Number(n) => JsValue::from(*n),
        };
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &value);
    }
    object.into()
}
