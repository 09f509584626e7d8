//! The shipped questionnaires as static data.
//!
//! `build.rs` checks `content/questionnaire.json` with each `locales/<code>/questionnaire.json`
//! (the same [`Questionnaire::from_json`] the native tests run; broken content fails the build
//! with the [`ContentError`](super::ContentError) message) and writes the result as two statics
//! per locale (`codegen`), included here. Starting the widget parses and checks nothing: it
//! only gives each statement its owned id.

use std::convert::Infallible;

// The generated code names the model's types as `c::…` and `k::…`.
use super::{content as c, kinds as k};
use c::{Question, Questionnaire};

/// A statement as the build writes it: its id, the ids it replaces, and the statement with an
/// empty `id` and `replaces` (a static cannot hold a non-empty `String`).
type Seed = (&'static str, &'static [&'static str], Question);

include!(concat!(env!("OUT_DIR"), "/questionnaires.rs"));

/// The questionnaire `base` with its statements built from `seeds`.
fn build(base: &Questionnaire, seeds: &[Seed]) -> Questionnaire {
    let questions = seeds
        .iter()
        .map(|(id, replaces, question)| Question {
            id: (*id).to_owned(),
            replaces: replaces.iter().map(|r| (*r).to_owned()).collect(),
            ..question.clone()
        })
        .collect();
    Questionnaire {
        questions,
        ..base.clone()
    }
}

impl Questionnaire {
    /// The shipped German questionnaire (`content/questionnaire.json` +
    /// `locales/de/questionnaire.json`), checked when the crate was built, so it cannot fail
    /// (the `Result` keeps the callers' `?`/`unwrap` and a later run-time loader's signature).
    pub fn german() -> Result<Questionnaire, Infallible> {
        Ok(build(&DE, DE_QUESTIONS))
    }

    /// The shipped questionnaire of locale `code` (a folder under `locales/`), if there is one.
    pub fn shipped(code: &str) -> Option<Questionnaire> {
        LOCALES
            .iter()
            .find(|(c, _, _)| *c == code)
            .map(|(_, base, seeds)| build(base, seeds))
    }
}
