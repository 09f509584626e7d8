//! Architecture rules that hold themselves (rust-analyzer's `tidy` idea): the pure layers
//! import nothing of the browser, and the model's modules form no import circle.
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

#[test]
fn pure_layers_import_nothing_of_the_browser() {
    let mut files: Vec<String> = model_modules()
        .iter()
        .map(|m| format!("src/model/{m}.rs"))
        .collect();
    files.extend(["src/model/mod.rs", "src/session.rs", "src/i18n.rs"].map(String::from));
    for file in files {
        let text = code(&file);
        for krate in BROWSER_CRATES {
            for pattern in [format!("{krate}::"), format!("use {krate}")] {
                assert!(
                    !text.contains(&pattern),
                    "{file} uses `{krate}`: the model and the app core stay pure"
                );
            }
        }
        assert!(!text.contains("crate::ui"), "{file} imports the UI");
        assert!(
            !text.contains("crate::storage"),
            "{file} imports the browser layer"
        );
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
}

fn code_of(text: &str) -> String {
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}
