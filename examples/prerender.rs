//! Prints the pre-rendered first screen (the intro for a fresh visitor, see
//! `netzwerk_check::app::prerender`) for `index.html`. Called at build time by
//! `scripts/post-build.mjs`, which puts it into the host element.
//!
//! `cargo run --example prerender`

use netzwerk_check::app::i18n::UiTexts;
use netzwerk_check::app::prerender;
use netzwerk_check::model::Questionnaire;
use std::process::ExitCode;

fn main() -> ExitCode {
    let texts = match UiTexts::german() {
        Ok(texts) => texts,
        Err(e) => {
            eprintln!("prerender: {e}");
            return ExitCode::FAILURE;
        }
    };
    let q = match Questionnaire::german() {
        Ok(q) => q,
        Err(e) => {
            eprintln!("prerender: {e}");
            return ExitCode::FAILURE;
        }
    };
    print!("{}", prerender::host_content(&q, &texts));
    ExitCode::SUCCESS
}
