//! Prints how long the model's hot paths take natively (used by `make bench`; asserts nothing).

use netzwerk_check::model::{assess, Answer, Answers, Kind, Profile, Questionnaire, Scope, Stage};
use std::hint::black_box;
use std::time::Instant;

fn main() {
    const LOADS: u32 = 200;
    let start = Instant::now();
    let mut loaded = None;
    for _ in 0..LOADS {
        loaded = Questionnaire::german().ok();
    }
    let load = start.elapsed() / LOADS;
    let Some(q) = loaded else {
        eprintln!("the shipped questionnaire does not load");
        return;
    };
    // A varied, complete answer set: every option appears.
    let answers: Answers = q
        .all_questions()
        .iter()
        .enumerate()
        .map(|(i, question)| {
            (
                question.id.clone(),
                Answer::OPTIONS[i % Answer::OPTIONS.len()],
            )
        })
        .collect();
    let profile = Profile {
        kind: Some(Kind::Network),
        stage: Some(Stage::Working),
        scope: Some(Scope::Town),
    };
    const RUNS: u32 = 20_000;
    let start = Instant::now();
    for _ in 0..RUNS {
        black_box(assess(
            black_box(&q),
            black_box(&profile),
            black_box(&answers),
        ));
    }
    let per_assess = start.elapsed() / RUNS;
    println!("questionnaire load (static):    {load:?} per load ({LOADS} loads)");
    println!(
        "assess ({} answers):           {per_assess:?} per call ({RUNS} calls)",
        answers.len()
    );
}
