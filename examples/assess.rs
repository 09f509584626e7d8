//! Assess answers natively, without a browser: reads one JSON object from stdin with the
//! profile answers (`kind`, `stage`, `scope`, each optional) and the statement answers
//! (`{"kind": "action", "stage": "idea", "mot_personal": "4", "res_time": "dont_know", ...}`)
//! and prints the assessment as JSON.
//!
//! ```sh
//! echo '{"kind":"network","mot_personal":"5"}' | cargo run --example assess
//! ```
//! The end-to-end tests use it to check that the browser shows the verdict the model computes.

use netzwerk_check::model::{assess, Answer, Answers, Profile, ProfileField, Questionnaire};
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("cannot read stdin: {e}");
        return ExitCode::FAILURE;
    }
    let q = match Questionnaire::german() {
        Ok(q) => q,
        Err(e) => {
            eprintln!("content error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let pairs: BTreeMap<String, String> = match serde_json::from_str(&input) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("input must be a JSON object of question id -> answer key: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut profile = Profile::default();
    let mut answers = Answers::new();
    for (id, key) in &pairs {
        if let Some(field) = ProfileField::ALL.into_iter().find(|f| f.key() == id) {
            if !profile.set(field, key) {
                eprintln!("unknown {id} `{key}`");
                return ExitCode::FAILURE;
            }
        } else if let Some(answer) = Answer::from_key(key) {
            answers.set(id, answer);
        } else {
            eprintln!("unknown answer key `{key}` for `{id}`");
            return ExitCode::FAILURE;
        }
    }
    match serde_json::to_string_pretty(&assess(&q, &profile, &answers)) {
        Ok(json) => match writeln!(std::io::stdout(), "{json}") {
            Ok(()) => ExitCode::SUCCESS,
            Err(_) => ExitCode::FAILURE, // e.g. a closed pipe
        },
        Err(e) => {
            eprintln!("cannot encode the assessment: {e}");
            ExitCode::FAILURE
        }
    }
}
