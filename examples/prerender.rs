//! Prints the pre-rendered first screen (the intro for a fresh visitor, see
//! `netzwerk_check::app::prerender`) for `index.html`. Called at build time by
//! `scripts/post-build.mjs`, which puts it into the host element. The content itself was
//! checked when the crate was built (build.rs).
//!
//! `cargo run --example prerender`

use netzwerk_check::app::i18n::UiTexts;
use netzwerk_check::app::prerender;
use netzwerk_check::model::Questionnaire;

fn main() {
    let Ok(q) = Questionnaire::german();
    print!("{}", prerender::host_content(&q, UiTexts::german()));
}
