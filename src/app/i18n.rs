//! User-interface texts (`locales/<code>/ui.json`) and the locale registry.
//!
//! Every word the UI shows comes from here or from the questionnaire's locale file, never from
//! Rust code, so English and Leichte Sprache are new JSON files, not code changes. `build.rs`
//! checks each locale folder's `ui.json` and writes it as a static [`UiTexts`] (see `texts`);
//! the widget reads no JSON. Plain data and pure functions: no `leptos`, no `web_sys`.

mod texts;

pub use texts::{UiTextError, UiTexts};

/// The UI texts of every folder under `locales/`, written by `build.rs`: a static `UiTexts`
/// named by the folder's code in capitals (`DE`).
mod shipped {
    use super::UiTexts;
    include!(concat!(env!("OUT_DIR"), "/ui_texts.rs"));
}

/// A locale the widget ships: its BCP 47 code (also the `lang` attribute) and its name in
/// itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    /// BCP 47 code, e.g. `de`.
    pub code: &'static str,
    /// The language's own name, e.g. `Deutsch`.
    pub name: &'static str,
    ui: &'static UiTexts,
}

/// Every locale the widget ships, the default first. English and Leichte Sprache are added
/// here (plus their folder under `locales/`, which the build checks and writes on its own),
/// not in code elsewhere.
pub const LOCALES: &[Locale] = &[Locale {
    code: "de",
    name: "Deutsch",
    ui: &shipped::DE,
}];

/// The locale with `code` (case-insensitive; a region such as `de-AT` falls back to `de`).
pub fn locale(code: &str) -> Option<&'static Locale> {
    let code = code.trim().to_ascii_lowercase();
    let base = code.split(['-', '_']).next().unwrap_or_default();
    LOCALES
        .iter()
        .find(|l| l.code == code)
        .or_else(|| LOCALES.iter().find(|l| l.code == base))
}

impl Locale {
    /// This locale's UI texts (checked when the crate was built).
    pub fn texts(&self) -> &'static UiTexts {
        self.ui
    }
}

impl UiTexts {
    /// The shipped German texts.
    pub fn german() -> &'static UiTexts {
        &shipped::DE
    }
}

/// `one` when `n` is 1, else `other` with `{count}` filled in (German and English need no
/// more forms; a locale that does gets its own rule here).
pub fn count_text(one: &str, other: &str, n: usize) -> String {
    if n == 1 {
        one.to_owned()
    } else {
        fill(other, &[("count", &n.to_string())])
    }
}

/// Fills `{name}` placeholders in a template. Unknown placeholders are left as they are, so a
/// translation mistake shows up as visible text rather than a crash.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn regions_fall_back() {
        assert_eq!(locale("de-AT").map(|l| l.code), Some("de"));
        assert_eq!(locale(" DE ").map(|l| l.code), Some("de"));
        assert_eq!(locale("xx"), None);
        let t = UiTexts::german();
        assert_eq!(t.app_title, "Netzwerk-Check");
        assert_eq!(t.intro_points.len(), 3);
    }

    /// Reading JSON (what the build does) is native only.
    #[cfg(not(target_arch = "wasm32"))]
    mod json {
        use super::*;

        const DE_UI: &str = include_str!("../../locales/de/ui.json");

        #[test]
        fn every_registered_locale_is_its_json() {
            // What the build wrote is what reading the JSON gives.
            for l in LOCALES {
                let json = std::fs::read_to_string(format!(
                    "{}/locales/{}/ui.json",
                    env!("CARGO_MANIFEST_DIR"),
                    l.code
                ))
                .unwrap();
                assert_eq!(
                    UiTexts::from_json(&json).as_ref(),
                    Ok(l.texts()),
                    "{}",
                    l.code
                );
            }
            assert_eq!(UiTexts::from_json(DE_UI).as_ref(), Ok(UiTexts::german()));
        }

        #[track_caller]
        fn check_error(edit: impl FnOnce(&mut serde_json::Value), expect: &str) {
            let mut value: serde_json::Value = serde_json::from_str(DE_UI).unwrap();
            edit(&mut value);
            let err = UiTexts::from_json(&value.to_string()).unwrap_err();
            assert!(
                err.to_string().contains(expect),
                "{err} should mention {expect}"
            );
        }

        #[test]
        fn broken_locales_are_rejected_with_the_key() {
            check_error(|v| v["start"] = "  ".into(), "'start' is empty");
            check_error(|v| v["step_of"] = "Schritt {current}".into(), "{total}");
            check_error(
                |v| {
                    v.as_object_mut().unwrap().remove("back");
                },
                "missing field `back`",
            );
            check_error(|v| v["stray"] = "x".into(), "unknown field `stray`");
            check_error(
                |v| v["intro_points"] = serde_json::json!(["a", ""]),
                "intro_points",
            );
        }
    }

    #[test]
    fn fill_replaces_named_placeholders_only() {
        assert_eq!(
            fill(
                "Schritt {current} von {total}",
                &[("current", "2"), ("total", "6")]
            ),
            "Schritt 2 von 6"
        );
        assert_eq!(fill("{x} {y}", &[("x", "1")]), "1 {y}");
    }
}
