//! Assess answers natively, without a browser: reads an answers JSON object from stdin
//! (`{"mot_personal": "4", "res_time": "dont_know", ...}`) and prints the assessment as JSON.
//!
//! ```sh
//! echo '{"mot_personal":"5"}' | cargo run --example assess
//! ```
//! The end-to-end tests use it to check that the browser shows the verdict the model computes.

use netzwerk_check::model::{assess, Answers, Questionnaire};
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
    let answers: Answers = match serde_json::from_str(&input) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("answers must be a JSON object of question id -> answer key: {e}");
            return ExitCode::FAILURE;
        }
    };
    match serde_json::to_string_pretty(&assess(&q, &answers)) {
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
