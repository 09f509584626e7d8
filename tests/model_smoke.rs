//! Smoke test: the shipped content loads and an empty answer set is assessed.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use netzwerk_check::model::{assess, Answers, Questionnaire, VerdictKind};

#[test]
fn empty_answers_give_insufficient_data() {
    let q = Questionnaire::german().unwrap();
    let a = assess(&q, &Answers::new());
    assert_eq!(a.verdict, VerdictKind::InsufficientData);
    assert_eq!(a.answered, 0);
}
