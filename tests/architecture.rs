//! Architecture rules that hold themselves (rust-analyzer's `tidy` idea): the pure layers
//! (`src/model`, `src/app`) import nothing of the browser, dependencies point one way
//! (ui → browser → app → model), only the browser layer touches storage, and the model's
//! modules form no import circle.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Crates only the browser layer and the UI may use.
const BROWSER_CRATES: &[&str] = &[
    "leptos",
    "web_sys",
    "js_sys",
    "gloo",
    "gloo_storage",
    "wasm_bindgen",
];

fn source(path: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// The code of a file without its comments (so a doc comment may name what it avoids).
fn code(path: &str) -> String {
    source(path)
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

fn model_modules() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model");
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".rs") && n != "mod.rs")
        .map(|n| n.trim_end_matches(".rs").to_owned())
        .collect();
    names.sort();
    names
}

/// The sibling modules a model module imports (`super::x` or `crate::model::x`).
fn imports(module: &str, siblings: &[String]) -> BTreeSet<String> {
    let text = code(&format!("src/model/{module}.rs"));
    siblings
        .iter()
        .filter(|s| *s != module)
        .filter(|s| {
            text.contains(&format!("super::{s}")) || text.contains(&format!("crate::model::{s}"))
        })
        .cloned()
        .collect()
}

/// Every `.rs` file under `dir` (relative to the crate root), sorted.
fn rust_files(dir: &str) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    let mut stack = vec![root.join(dir)];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "rs") {
                out.push(
                    path.strip_prefix(root)
                        .unwrap()
                        .to_string_lossy()
                        .into_owned(),
                );
            }
        }
    }
    out.sort();
    out
}

/// The forbidden uses found in `text` (without comments).
fn uses_of(text: &str, crates: &[&str]) -> Vec<String> {
    crates
        .iter()
        .filter(|k| {
            text.contains(&format!("{k}::"))
                && text
                    .match_indices(&format!("{k}::"))
                    .any(|(i, _)| i == 0 || !is_ident(text.as_bytes()[i - 1]))
        })
        .map(|k| (*k).to_owned())
        .collect()
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

#[test]
fn pure_layers_import_nothing_of_the_browser() {
    let mut files = rust_files("src/model");
    files.extend(rust_files("src/app"));
    assert!(
        files.len() > 12,
        "the walk finds the pure layers: {files:?}"
    );
    for file in files {
        let text = code(&file);
        let found = uses_of(&text, BROWSER_CRATES);
        assert!(
            found.is_empty(),
            "{file} uses {found:?}: the model and the app core stay pure"
        );
        assert!(!text.contains("crate::ui"), "{file} imports the UI");
        assert!(
            !text.contains("crate::browser"),
            "{file} imports the browser layer"
        );
    }
}

#[test]
fn the_model_imports_nothing_of_the_app_core() {
    for file in rust_files("src/model") {
        assert!(
            !code(&file).contains("crate::app"),
            "{file} imports the app core: the model is the bottom layer"
        );
    }
}

#[test]
fn the_browser_layer_does_not_import_the_ui() {
    for file in rust_files("src/browser") {
        assert!(
            !code(&file).contains("crate::ui"),
            "{file} imports the UI: dependencies point from the UI down"
        );
    }
}

#[test]
fn only_the_browser_layer_touches_storage() {
    for file in rust_files("src/ui") {
        let text = code(&file);
        let found = uses_of(&text, &["gloo", "gloo_storage"]);
        assert!(found.is_empty(), "{file} uses {found:?} directly");
        for api in ["local_storage()", "session_storage()"] {
            assert!(
                !text.contains(api),
                "{file} calls {api}: go through crate::browser"
            );
        }
    }
}

#[test]
fn the_model_has_no_import_circles() {
    let modules = model_modules();
    let graph: BTreeMap<String, BTreeSet<String>> = modules
        .iter()
        .map(|m| (m.clone(), imports(m, &modules)))
        .collect();
    assert!(
        graph["kinds"].is_empty(),
        "kinds is a leaf: {:?}",
        graph["kinds"]
    );
    for (m, deps) in &graph {
        assert!(
            !deps.contains("assess"),
            "{m} imports assess, the top module"
        );
    }
    // Depth-first search for a cycle.
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) {
        if done.contains(m) {
            return;
        }
        if let Some(start) = path.iter().position(|p| p == m) {
            panic!("import circle: {} -> {m}", path[start..].join(" -> "));
        }
        path.push(m.to_owned());
        for dep in &graph[m] {
            visit(dep, graph, path, done);
        }
        path.pop();
        done.insert(m.to_owned());
    }
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        visit(m, &graph, &mut Vec::new(), &mut done);
    }
}

#[test]
fn the_rules_themselves_can_fail() {
    // A circle is found, and a browser import would be seen.
    let text = "use super::score::Tallies; // web_sys:: in a comment is fine";
    assert!(text.contains("super::score"));
    assert!(!code_of(text).contains("web_sys::"));
    assert!(code_of("let x = web_sys::window();").contains("web_sys::"));
    assert_eq!(
        uses_of("let x = web_sys::window();", BROWSER_CRATES),
        ["web_sys"]
    );
    assert!(uses_of("my_web_sys::x", BROWSER_CRATES).is_empty());
    assert_eq!(
        uses_of("use gloo_storage::X;", &["gloo_storage"]),
        ["gloo_storage"]
    );
}

fn code_of(text: &str) -> String {
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every selector of a stylesheet that could match outside the widget: one without an `nc-`
/// class or `:host`. `@page` (the widget's own print page) is not a selector.
fn unscoped_selectors(css: &str) -> Vec<String> {
    let mut text = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    text.push_str(rest);
    let mut found = Vec::new();
    let mut prelude = String::new();
    for c in text.chars() {
        match c {
            '{' => {
                let p = prelude.trim().to_owned();
                prelude.clear();
                if p.starts_with('@') {
                    continue;
                }
                for selector in p.split(',') {
                    let selector = selector.trim();
                    let scoped = selector.contains(".nc-") || selector.starts_with(":host");
                    if !scoped {
                        found.push(selector.to_owned());
                    }
                }
            }
            '}' | ';' => prelude.clear(),
            _ => prelude.push(c),
        }
    }
    found
}

#[test]
fn no_style_matches_outside_the_widget() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("style");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("style/ exists") {
        let path = entry.expect("a directory entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("css") {
            continue;
        }
        let css = std::fs::read_to_string(&path).expect("readable CSS");
        assert_eq!(
            unscoped_selectors(&css),
            Vec::<String>::new(),
            "{} has selectors that match outside the widget (scope them under .nc-root)",
            path.display()
        );
        checked += 1;
    }
    assert!(checked > 0, "no stylesheet found in style/");
}

#[test]
fn the_style_rule_itself_can_fail() {
    let css = "/* body {} */ .nc-root h1, body { margin: 0 } @media print { @page { size: A4 } \
               p { color: red } } :host { all: initial } .nc-a > b {}";
    assert_eq!(unscoped_selectors(css), ["body", "p"]);
}
