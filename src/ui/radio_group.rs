//! The behaviour of a question's radios written as markup ([`crate::app::markup`]): their
//! `change` events, handled once on the question's `fieldset`, and the checked radio kept in
//! step with the stored answer (another tab, a restored draft).

use crate::ui::state::AppState;
use leptos::ev::Event;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

/// Keeps the radios of the question whose `fieldset` has the DOM id `fieldset_id` in step
/// with `stored`, the value of the stored answer: when it changes otherwise than by a
/// click on them (another tab), not when it still is `shown`, the value the markup was
/// written with. (One effect type for every question: the statements' and the profile's.)
pub fn keep_checked(
    app: AppState,
    fieldset_id: String,
    shown: Option<&'static str>,
    stored: Box<dyn Fn() -> Option<&'static str>>,
) {
    Effect::new(move |before: Option<Option<&'static str>>| {
        let value = stored();
        if value != before.unwrap_or(shown) {
            if let Some(fieldset) = app.find(&fieldset_id) {
                show_checked(&fieldset, value);
            }
        }
        value
    });
}

/// The value of the radio whose `change` event bubbled up to the question.
pub fn changed_value(event: &Event) -> Option<String> {
    let input = event.target()?.dyn_into::<HtmlInputElement>().ok()?;
    (input.type_() == "radio" && input.checked()).then(|| input.value())
}

/// Checks the radio in `group` with `value` and clears the others (all of them for `None`).
/// Only radios whose state differs are touched.
pub fn show_checked(group: &Element, value: Option<&str>) {
    let Ok(radios) = group.query_selector_all("input[type=radio]") else {
        return;
    };
    for i in 0..radios.length() {
        let Some(radio) = radios
            .item(i)
            .and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
        else {
            continue;
        };
        let on = value == Some(radio.value().as_str());
        if radio.checked() != on {
            radio.set_checked(on);
        }
    }
}
