//! Temporary local stub so the manifest resolves; not committed (the UI owns src/main.rs).
fn main() {}
