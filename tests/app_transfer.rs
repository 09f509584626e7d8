//! Results that travel (`app::transfer`, `app::link`): export → import is the identity, merges
//! are idempotent and commutative, every kind of bad file is refused with its own error kind
//! before anything changes, damaged entries are skipped and counted, hostile strings stay
//! text, the CSV table is what spreadsheets expect, and result links round-trip and refuse
//! mangled payloads. Arbitrary bytes never panic.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::sync::OnceLock;

use netzwerk_check::app::entry::Entry;
use netzwerk_check::app::link::{self, LinkError, FRAGMENT_KEY};
use netzwerk_check::app::session::Session;
use netzwerk_check::app::store::Store;
use netzwerk_check::app::transfer::{
    apply_import, csv_columns, export_csv, export_json, parse_import, preview, ImportError,
    ImportErrorKind, ImportFile, ImportPreview, ENTRY_MAX_ANSWERS, EXPORT_FORMAT, EXPORT_VERSION,
    FIELD_MAX_CHARS, IMPORT_MAX_BYTES, IMPORT_MAX_ENTRIES,
};
use netzwerk_check::model::{
    Answer, Answers, DimensionId, Profile, ProfileField, Questionnaire, VerdictKind,
};
use proptest::prelude::*;
use serde_json::{json, Value};

fn q() -> &'static Questionnaire {
    static Q: OnceLock<Questionnaire> = OnceLock::new();
    Q.get_or_init(|| Questionnaire::german().unwrap())
}

const NOW: &str = "2026-12-01T09:30:00.000Z";

// ---------------------------------------------------------------------------------------------
// Fixtures and strategies
// ---------------------------------------------------------------------------------------------

/// A completed check: the first `n` statements answered `value`.
fn check_entry(at: &str, n: usize, value: &str, name: Option<&str>) -> Entry {
    let mut answers = Answers::new();
    for s in q().all_questions().iter().take(n) {
        answers.set(&s.id, Answer::from_key(value).unwrap());
    }
    let mut profile = Profile::default();
    profile.set(ProfileField::Kind, "network");
    profile.set(ProfileField::Scope, "town");
    let mut e = Entry::complete(q(), &profile, &answers, at);
    e.name = name.map(str::to_owned);
    e
}

fn store_of(entries: Vec<Entry>) -> Store {
    let mut s = Store::default();
    s.add_entries(entries);
    s
}

fn file_json(entries: Value) -> Vec<u8> {
    json!({"format": EXPORT_FORMAT, "version": 1, "exported_at": NOW, "entries": entries})
        .to_string()
        .into_bytes()
}

fn entry_json(id: &str) -> Value {
    json!({
        "id": id,
        "completed_at": "2026-11-21T10:00:00.000Z",
        "profile": {"kind": "network"},
        "answers": {"mot_personal": "4"},
        "scores": {"motivation": 75, "goals": null},
        "verdict": "insufficient_data",
        "model_version": 2
    })
}

fn parse(bytes: &[u8]) -> Result<ImportFile, ImportError> {
    parse_import(bytes, q())
}

const ANSWER_KEYS: [&str; 7] = ["1", "2", "3", "4", "5", "dont_know", "not_applicable"];

/// Names as people type them, and hostile ones.
fn any_name() -> impl Strategy<Value = Option<String>> {
    prop::option::weighted(
        0.7,
        prop_oneof![
            any::<String>(),
            "[a-zäöüß ;\"'\n\r\t=+@-]{0,30}",
            Just("=cmd|' /C calc'!A0".to_owned()),
            Just("<script>alert(1)</script>".to_owned()),
            Just("Workshop \"März\"; Runde 2\nneu".to_owned()),
        ],
    )
}

/// Any entry as the app keeps it (ids valid, dates ISO or unknown, answer keys valid; answers
/// may name statements the questionnaire no longer has; scores and verdict as stored).
fn any_entry() -> impl Strategy<Value = Entry> {
    let n = q().all_questions().len();
    (
        prop::collection::vec(
            prop::option::weighted(0.7, prop::sample::select(&ANSWER_KEYS[..])),
            n,
        ),
        prop::collection::btree_map(
            "old_[a-z]{1,8}",
            prop::sample::select(&ANSWER_KEYS[..]),
            0..3,
        ),
        (
            prop::option::of(0usize..4),
            prop::option::of(0usize..3),
            prop::option::of(0usize..4),
        ),
        prop::collection::vec(prop::option::of(0u8..=100), DimensionId::ALL.len()),
        prop_oneof![
            3 => "20[0-9]{2}-(0[1-9]|1[0-2])-[0-2][1-9]T[01][0-9]:[0-5][0-9]:[0-5][0-9]\\.[0-9]{3}Z",
            1 => Just(String::new()),
        ],
        (
            any_name(),
            prop::sample::select(VerdictKind::ALL.to_vec()),
            1u32..=3,
            prop::option::weighted(0.3, "[A-Za-z0-9_-]{1,64}"),
        ),
    )
        .prop_map(
            |(answers, old, (kind, stage, scope), scores, at, (name, verdict, mv, id))| {
                let mut e = Entry {
                    id: String::new(),
                    completed_at: at,
                    name,
                    profile: BTreeMap::new(),
                    answers: q()
                        .all_questions()
                        .iter()
                        .zip(answers)
                        .filter_map(|(s, a)| Some((s.id.clone(), a?.to_owned())))
                        .chain(old.into_iter().map(|(k, v)| (k, v.to_owned())))
                        .collect(),
                    scores: DimensionId::ALL
                        .iter()
                        .zip(scores)
                        .map(|(d, s)| (d.key().to_owned(), s))
                        .collect(),
                    verdict: verdict.key().to_owned(),
                    model_version: mv,
                };
                for (field, choice) in ProfileField::ALL.into_iter().zip([kind, stage, scope]) {
                    if let Some(option) = choice.and_then(|i| field.options().get(i)) {
                        e.profile.insert(field.key().to_owned(), (*option).to_owned());
                    }
                }
                e.id = id.unwrap_or_else(|| e.derive_id());
                e
            },
        )
}

/// A check in progress (answers only to statements of the questionnaire).
fn any_draft() -> impl Strategy<Value = Session> {
    let n = q().all_questions().len();
    (
        prop::collection::vec(
            prop::option::weighted(0.3, prop::sample::select(&ANSWER_KEYS[..])),
            n,
        ),
        prop::option::of(0usize..4),
        prop::option::of(Just(NOW.to_owned())),
    )
        .prop_map(|(answers, kind, started_at)| {
            let mut s = Session {
                started_at,
                ..Session::default()
            };
            if let Some(k) = kind.and_then(|i| ProfileField::Kind.options().get(i)) {
                s.set_profile(ProfileField::Kind, k);
            }
            for (question, a) in q().all_questions().iter().zip(answers) {
                if let Some(a) = a.and_then(Answer::from_key) {
                    s.answer(&question.id, a);
                }
            }
            s
        })
}

fn any_store() -> impl Strategy<Value = Store> {
    (prop::collection::vec(any_entry(), 0..6), any_draft()).prop_map(|(entries, draft)| {
        let mut s = store_of(entries);
        s.draft = draft;
        s
    })
}

/// Arbitrary JSON (for the entries of an otherwise valid file).
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
        prop::sample::select(&ANSWER_KEYS[..]).prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    prop::sample::select(
                        &[
                            "id",
                            "completed_at",
                            "name",
                            "profile",
                            "answers",
                            "scores",
                            "verdict",
                            "model_version",
                            "kind",
                            "mot_personal",
                            "motivation",
                        ][..]
                    )
                    .prop_map(str::to_owned),
                    ".{0,6}"
                ],
                inner,
                0..8
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

// ---------------------------------------------------------------------------------------------
// Export → import
// ---------------------------------------------------------------------------------------------

#[test]
fn the_export_file_has_its_documented_shape() {
    let mut s = store_of(vec![
        check_entry("2026-01-01T10:00:00.000Z", 10, "4", Some("Workshop März")),
        check_entry("2026-02-01T10:00:00.000Z", 20, "2", None),
    ]);
    let text = export_json(q(), &s, NOW);
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], EXPORT_FORMAT);
    assert_eq!(v["version"], EXPORT_VERSION);
    assert_eq!(v["exported_at"], NOW);
    assert_eq!(v["app"], json!({"model_version": q().model_version()}));
    let entries: Vec<Value> = s
        .history
        .iter()
        .map(|e| serde_json::from_str(&e.to_json()).unwrap())
        .collect();
    assert_eq!(v["entries"], Value::Array(entries));
    assert_eq!(v["entries"][0]["completed_at"], "2026-02-01T10:00:00.000Z");
    assert!(v.get("draft").is_none(), "an empty draft is left out");
    // One entry per line, the rest indented.
    assert_eq!(text.lines().filter(|l| l.contains("\"id\":")).count(), 2);
    assert!(text.starts_with("{\n  \"format\": \"netzwerk-check-export\",\n"));
    s.answer(&q().all_questions()[0].id, Answer::Scale(2), NOW);
    s.set_profile(ProfileField::Stage, "idea", NOW);
    let v: Value = serde_json::from_str(&export_json(q(), &s, NOW)).unwrap();
    let first = &q().all_questions()[0].id;
    assert_eq!(
        v["draft"],
        json!({"started_at": NOW, "profile": {"stage": "idea"}, "answers": {first: "2"}})
    );
    let empty: Value = serde_json::from_str(&export_json(q(), &Store::default(), NOW)).unwrap();
    assert_eq!(empty["entries"], json!([]));
}

#[test]
fn an_imported_file_is_previewed_then_merged_once() {
    let a = check_entry("2026-01-01T10:00:00.000Z", 10, "4", Some("A"));
    let b = check_entry("2026-02-01T10:00:00.000Z", 20, "2", Some("B"));
    let c = check_entry("2026-03-01T10:00:00.000Z", 30, "5", None);
    let mut source = store_of(vec![a.clone(), b.clone(), c.clone()]);
    source.answer(&q().all_questions()[0].id, Answer::Scale(3), NOW);
    let bytes = export_json(q(), &source, NOW).into_bytes();
    let file = parse(&bytes).unwrap();
    assert_eq!(
        (file.entries.len(), file.skipped, file.duplicates),
        (3, 0, 0)
    );
    assert!(file.problems.is_empty(), "{:?}", file.problems);
    assert_eq!(file.exported_at.as_deref(), Some(NOW));
    assert_eq!(file.model_version, Some(q().model_version()));

    // A device that has `a` and a check in progress of its own.
    let mut target = store_of(vec![a.clone()]);
    target.answer(&q().all_questions()[1].id, Answer::Scale(1), NOW);
    let local_draft = target.draft.clone();
    assert_eq!(
        preview(&target, &file),
        ImportPreview {
            new: 2,
            already_there: 1,
            skipped: 0,
            draft: false
        }
    );
    let report = apply_import(&mut target, file.clone());
    assert_eq!(
        (report.added, report.already_there, report.draft),
        (2, 1, false)
    );
    assert_eq!(target.history, source.history);
    assert_eq!(target.draft, local_draft, "a local draft is never replaced");
    let again = apply_import(&mut target, file.clone());
    assert_eq!((again.added, again.already_there), (0, 3));
    assert_eq!(target.history, source.history);

    // An empty device takes the draft too; a deleted entry comes back when imported.
    let mut empty = store_of(vec![b.clone()]);
    empty.delete(&b.id);
    assert!(preview(&empty, &file).draft);
    assert_eq!(preview(&empty, &file).new, 3);
    let report = apply_import(&mut empty, file);
    assert!(report.draft);
    assert_eq!(empty.draft, source.draft);
    assert_eq!(empty.history, source.history);
    assert!(empty.deleted.is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Export, import into an empty store: the same history and draft.
    #[test]
    fn export_then_import_is_the_identity(store in any_store()) {
        let text = export_json(q(), &store, NOW);
        prop_assert!(text.len() < IMPORT_MAX_BYTES);
        let file = match parse(text.as_bytes()) {
            Ok(file) => file,
            Err(ImportError::Empty) => {
                prop_assert!(store.history.is_empty() && store.draft.is_empty());
                return Ok(());
            }
            Err(e) => return Err(TestCaseError::fail(e.to_string())),
        };
        prop_assert!(file.problems.is_empty(), "{:?}", file.problems);
        prop_assert_eq!(file.skipped, 0);
        let mut back = Store::default();
        let report = apply_import(&mut back, file);
        prop_assert_eq!(report.added, store.history.len());
        prop_assert_eq!(&back.history, &store.history);
        let draft = if store.draft.is_empty() { Session::default() } else { store.draft.clone() };
        prop_assert_eq!(&back.draft, &draft);
        // And once more: nothing changes.
        let file = parse(text.as_bytes()).unwrap();
        prop_assert_eq!(apply_import(&mut back, file).added, 0);
        prop_assert_eq!(&back.history, &store.history);
    }

    /// Importing two files from one lineage (same id, same check) in either order, once or
    /// twice, gives the same history; merging stores is commutative and idempotent.
    #[test]
    fn merges_are_idempotent_and_commutative(
        pool in prop::collection::vec(any_entry(), 1..8),
        pick_a in prop::collection::vec(any::<bool>(), 8),
        pick_b in prop::collection::vec(any::<bool>(), 8),
        delete in prop::collection::vec(any::<bool>(), 8),
    ) {
        let pool: Vec<Entry> = store_of(pool).history;
        let pick = |mask: &[bool]| -> Store {
            store_of(pool.iter().zip(mask).filter(|(_, m)| **m).map(|(e, _)| e.clone()).collect())
        };
        let (a, b) = (pick(&pick_a), pick(&pick_b));
        let file = |s: &Store| parse(export_json(q(), s, NOW).as_bytes()).ok();
        let import = |order: &[&Store]| {
            let mut s = Store::default();
            for source in order {
                if let Some(f) = file(source) {
                    apply_import(&mut s, f);
                }
            }
            s
        };
        let ab = import(&[&a, &b]);
        prop_assert_eq!(&ab, &import(&[&b, &a]));
        prop_assert_eq!(&ab, &import(&[&a, &b, &a, &b]));

        // Store::merge_history with deletion marks.
        let mut a2 = a.clone();
        for (e, d) in pool.iter().zip(&delete) {
            if *d { a2.delete(&e.id); }
        }
        let mut x = a2.clone();
        x.merge_history(&b);
        let mut y = b.clone();
        y.merge_history(&a2);
        prop_assert_eq!(&x.history, &y.history);
        prop_assert_eq!(&x.deleted, &y.deleted);
        let once = x.clone();
        x.merge_history(&b);
        x.merge_history(&a2);
        prop_assert_eq!(&x, &once);
    }
}

// ---------------------------------------------------------------------------------------------
// Files that are refused
// ---------------------------------------------------------------------------------------------

#[track_caller]
fn refused(bytes: &[u8], kind: ImportErrorKind) -> ImportError {
    match parse(bytes) {
        Ok(file) => panic!("accepted: {file:?}"),
        Err(e) => {
            assert_eq!(e.kind(), kind, "{e}");
            assert!(!e.to_string().is_empty());
            e
        }
    }
}

#[test]
fn bad_files_are_refused_with_their_kind() {
    use ImportErrorKind::*;
    let big = vec![b' '; IMPORT_MAX_BYTES + 1];
    let e = refused(&big, TooLarge);
    assert_eq!(e.bytes(), Some(IMPORT_MAX_BYTES + 1));
    // A 10 MB name is refused by size, before it is read.
    let mut huge = entry_json("r1");
    huge["name"] = Value::from("x".repeat(10 * 1024 * 1024));
    refused(&file_json(json!([huge])), TooLarge);

    refused(b"", Empty);
    refused(b" \n\t", Empty);
    refused(b"\xEF\xBB\xBF", Empty);
    refused(&file_json(json!([])), Empty);

    refused(b"hello", NotJson);
    refused(b"{\"format\":", NotJson);
    refused(&[0xff, 0xfe, 0x00, 0x7b], NotJson);
    refused(
        b"\xEF\xBB\xBF{\"format\": \"netzwerk-check-export\", \"version\": 1, ",
        NotJson,
    );

    refused(b"[]", NotAnExport);
    refused(b"42", NotAnExport);
    refused(br#"{"schema": 2, "history": []}"#, NotAnExport);
    refused(
        br#"{"format": "other", "version": 1, "entries": []}"#,
        NotAnExport,
    );
    refused(
        br#"{"format": 1, "version": 1, "entries": []}"#,
        NotAnExport,
    );

    let e = refused(
        br#"{"format": "netzwerk-check-export", "version": 2, "entries": []}"#,
        Newer,
    );
    assert_eq!(e, ImportError::Newer { version: 2 });
    assert_eq!(e.version(), Some(2));
    let e = refused(
        br#"{"format": "netzwerk-check-export", "version": 99999999999, "entries": 5}"#,
        Newer,
    );
    assert_eq!(e.version(), Some(u32::MAX));

    for shape in [
        r#"{"format": "netzwerk-check-export", "entries": []}"#,
        r#"{"format": "netzwerk-check-export", "version": "1", "entries": []}"#,
        r#"{"format": "netzwerk-check-export", "version": 0, "entries": []}"#,
        r#"{"format": "netzwerk-check-export", "version": -1, "entries": []}"#,
        r#"{"format": "netzwerk-check-export", "version": 1.5, "entries": []}"#,
        r#"{"format": "netzwerk-check-export", "version": 1}"#,
        r#"{"format": "netzwerk-check-export", "version": 1, "entries": {}}"#,
        r#"{"format": "netzwerk-check-export", "version": 1, "entries": null}"#,
    ] {
        refused(shape.as_bytes(), WrongShape);
    }
    let many: Vec<Value> = (0..=IMPORT_MAX_ENTRIES)
        .map(|i| entry_json(&format!("r{i}")))
        .collect();
    let e = refused(&file_json(Value::Array(many)), WrongShape);
    assert_eq!(
        e,
        ImportError::TooManyEntries {
            count: IMPORT_MAX_ENTRIES + 1
        }
    );
}

#[test]
fn an_export_may_start_with_a_byte_order_mark() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(file_json(json!([entry_json("r1")])));
    assert_eq!(parse(&bytes).unwrap().entries.len(), 1);
}

// ---------------------------------------------------------------------------------------------
// Damaged and hostile entries
// ---------------------------------------------------------------------------------------------

/// One entry changed by `damage`: kept or skipped, and the problem's path.
#[track_caller]
fn check_entry_rule(damage: impl FnOnce(&mut Value), kept: bool, problem: &str) {
    let mut e = entry_json("r1");
    damage(&mut e);
    let file = parse(&file_json(json!([e, entry_json("r2")]))).unwrap();
    let ids: Vec<&str> = file.entries.iter().map(|e| e.id.as_str()).collect();
    if kept {
        assert_eq!(ids, ["r1", "r2"], "{:?}", file.problems);
        assert_eq!(file.skipped, 0);
    } else {
        assert_eq!(ids, ["r2"]);
        assert_eq!(file.skipped, 1);
    }
    if problem.is_empty() {
        assert!(file.problems.is_empty(), "{:?}", file.problems);
    } else {
        assert!(
            file.problems.iter().any(|p| p.starts_with(problem)),
            "{problem} in {:?}",
            file.problems
        );
    }
}

#[test]
fn damaged_entries_are_skipped_and_named() {
    let long = "x".repeat(FIELD_MAX_CHARS + 1);
    check_entry_rule(|_| {}, true, "");
    check_entry_rule(|e| e["name"] = json!("Workshop"), true, "");
    check_entry_rule(|e| e["completed_at"] = json!(""), true, "");
    check_entry_rule(|e| e["answers"]["retired_statement"] = json!("2"), true, "");
    check_entry_rule(|e| e["scores"]["future_area"] = json!(10), true, "");
    check_entry_rule(|e| *e = json!("r1"), false, "entries[0]");
    check_entry_rule(|e| *e = json!(null), false, "entries[0]");
    check_entry_rule(|e| e["id"] = json!("bad id!"), false, "entries[0].id");
    check_entry_rule(|e| e["id"] = json!(""), false, "entries[0].id");
    check_entry_rule(|e| e["id"] = json!(long.clone()), false, "entries[0].id");
    check_entry_rule(
        |e| {
            e.as_object_mut().unwrap().remove("id");
        },
        false,
        "entries[0].id",
    );
    check_entry_rule(
        |e| {
            e.as_object_mut().unwrap().remove("completed_at");
        },
        false,
        "entries[0].completed_at",
    );
    check_entry_rule(
        |e| e["completed_at"] = json!(long.clone()),
        false,
        "entries[0].completed_at",
    );
    check_entry_rule(
        |e| e["completed_at"] = json!("2026\u{0}"),
        false,
        "entries[0].completed_at",
    );
    check_entry_rule(
        |e| e["completed_at"] = json!(2026),
        false,
        "entries[0].completed_at",
    );
    check_entry_rule(
        |e| {
            e.as_object_mut().unwrap().remove("verdict");
        },
        false,
        "entries[0].verdict",
    );
    check_entry_rule(|e| e["verdict"] = json!(""), false, "entries[0].verdict");
    check_entry_rule(
        |e| e["verdict"] = json!("<b>gut</b>"),
        false,
        "entries[0].verdict",
    );
    check_entry_rule(
        |e| e["model_version"] = json!("2"),
        false,
        "entries[0].model_version",
    );
    check_entry_rule(
        |e| e["answers"]["mot_role"] = json!("7"),
        false,
        "entries[0].answers.mot_role",
    );
    check_entry_rule(
        |e| e["answers"]["mot_role"] = json!(4),
        false,
        "entries[0].answers.mot_role",
    );
    check_entry_rule(
        |e| e["answers"]["<script>"] = json!("4"),
        false,
        "entries[0].answers.<script>",
    );
    check_entry_rule(|e| e["answers"] = json!(["4"]), false, "entries[0].answers");
    check_entry_rule(
        |e| {
            e["answers"] = Value::Object(
                (0..=ENTRY_MAX_ANSWERS)
                    .map(|i| (format!("s{i}"), json!("3")))
                    .collect(),
            )
        },
        false,
        "entries[0].answers",
    );
    check_entry_rule(
        |e| e["profile"]["kind"] = json!("party"),
        false,
        "entries[0].profile.kind",
    );
    check_entry_rule(
        |e| e["profile"]["mood"] = json!("good"),
        false,
        "entries[0].profile.mood",
    );
    check_entry_rule(
        |e| e["scores"]["motivation"] = json!(101),
        false,
        "entries[0].scores.motivation",
    );
    check_entry_rule(
        |e| e["surprise"] = json!(true),
        false,
        "entries[0].surprise",
    );
}

#[test]
fn the_preview_counts_good_and_damaged_entries() {
    let mut bad = entry_json("r3");
    bad["answers"]["mot_role"] = json!("yes");
    let file = parse(&file_json(json!([
        entry_json("r1"),
        bad,
        entry_json("r2"),
        42
    ])))
    .unwrap();
    let store = store_of(vec![parse(&file_json(json!([entry_json("r1")])))
        .unwrap()
        .entries
        .remove(0)]);
    assert_eq!(
        preview(&store, &file),
        ImportPreview {
            new: 1,
            already_there: 1,
            skipped: 2,
            draft: false
        }
    );
    // Only damaged entries: a preview that says so (not an error).
    let file = parse(&file_json(json!([42]))).unwrap();
    assert_eq!(preview(&Store::default(), &file).skipped, 1);
    assert_eq!(preview(&Store::default(), &file).new, 0);
}

#[test]
fn a_repeated_id_keeps_the_first_entry() {
    let mut second = entry_json("r1");
    second["name"] = json!("second");
    let mut first = entry_json("r1");
    first["name"] = json!("first");
    let file = parse(&file_json(json!([first, second, entry_json("r2")]))).unwrap();
    assert_eq!(file.entries.len(), 2);
    assert_eq!(file.entries[0].name.as_deref(), Some("first"));
    assert_eq!((file.duplicates, file.skipped), (1, 0));
    assert_eq!(file.problems, ["entries[1].id: repeats entries[0]"]);
}

#[test]
fn hostile_strings_stay_text() {
    let mut e = entry_json("r1");
    e["name"] = json!("Work\u{0}shop\u{1b}[31m\r\n  März\t");
    let mut f = entry_json("r2");
    f["name"] = json!("<script>alert('x')</script>");
    let mut g = entry_json("r3");
    g["name"] = json!("=cmd|' /C calc'!A0");
    let file = parse(&file_json(json!([e, f, g]))).unwrap();
    let names: Vec<&str> = file
        .entries
        .iter()
        .map(|e| e.name.as_deref().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Work shop [31m März",
            "<script>alert('x')</script>",
            "=cmd|' /C calc'!A0"
        ]
    );
    let mut store = Store::default();
    apply_import(&mut store, file);
    let csv = export_csv(q(), &store);
    assert!(csv.contains(";'=cmd|' /C calc'!A0;"), "{csv}");
    assert!(csv.contains(";<script>alert('x')</script>;"));
    assert!(!csv.contains(";=cmd"));
    // JSON export keeps them as escaped strings, and reads them back as they were.
    let back = parse(export_json(q(), &store, NOW).as_bytes()).unwrap();
    assert_eq!(back.entries, store.history);
}

#[test]
fn the_draft_is_read_leniently() {
    let first = q().all_questions()[0].id.clone();
    let file = json!({
        "format": EXPORT_FORMAT, "version": 1, "entries": [],
        "draft": {
            "started_at": NOW,
            "profile": {"kind": "network", "stage": "someday", "mood": "x"},
            "answers": {first.clone(): "4", "unknown_statement": "2", "mot_role": "9"},
            "extra": 1
        }
    });
    let file = parse(file.to_string().as_bytes()).unwrap();
    let draft = file.draft.clone().unwrap();
    assert_eq!(draft.started_at.as_deref(), Some(NOW));
    assert_eq!(draft.profile.get(ProfileField::Kind), Some("network"));
    assert_eq!(draft.profile.get(ProfileField::Stage), None);
    assert_eq!(draft.answers.len(), 1);
    assert_eq!(draft.answers.get(&first), Some(Answer::Scale(4)));
    let mut problems = file.problems.clone();
    problems.sort();
    assert_eq!(
        problems,
        [
            "draft.answers.mot_role",
            "draft.answers.unknown_statement",
            "draft.extra",
            "draft.profile.mood",
            "draft.profile.stage"
        ]
    );
    // A draft with nothing usable is no draft: the file is empty.
    let empty = json!({
        "format": EXPORT_FORMAT, "version": 1, "entries": [],
        "draft": {"answers": {"unknown": "3"}}
    });
    refused(empty.to_string().as_bytes(), ImportErrorKind::Empty);
}

// ---------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------

#[test]
fn the_csv_table_is_what_spreadsheets_expect() {
    let q = q();
    let mut e = check_entry("2026-01-01T10:00:00.000Z", 3, "4", None);
    e.name = Some("Größe; \"Überblick\"\nTeil 2".into());
    e.scores.insert("goals".into(), None);
    e.scores.remove("pace");
    let older = check_entry("2025-01-01T10:00:00.000Z", 1, "dont_know", Some("Frühjahr"));
    let store = store_of(vec![e.clone(), older]);
    let csv = export_csv(q, &store);
    assert!(csv.starts_with('\u{FEFF}'));
    let body = csv.trim_start_matches('\u{FEFF}');
    assert!(body.ends_with("\r\n"));
    let header = body.split("\r\n").next().unwrap();
    assert_eq!(header, csv_columns(q).join(";"));
    let columns = csv_columns(q);
    assert_eq!(
        columns.len(),
        8 + q.dimensions().len() + q.all_questions().len()
    );
    assert_eq!(
        &columns[..9],
        [
            "id",
            "completed_at",
            "name",
            "kind",
            "stage",
            "scope",
            "verdict",
            "model_version",
            "score_motivation"
        ]
    );
    assert_eq!(
        columns.last().unwrap(),
        &format!("answer_{}", q.all_questions().last().unwrap().id)
    );
    // The quoted name spans a line break: split rows on CRLF outside quotes.
    let rows = split_csv(body);
    assert_eq!(rows.len(), 3);
    let row = &rows[1];
    assert_eq!(row.len(), columns.len());
    let cell = |name: &str| row[columns.iter().position(|c| c == name).unwrap()].as_str();
    assert_eq!(cell("id"), e.id);
    assert_eq!(cell("name"), "Größe; \"Überblick\" Teil 2");
    assert_eq!(cell("kind"), "network");
    assert_eq!(cell("stage"), "");
    assert_eq!(cell("scope"), "town");
    assert_eq!(cell("verdict"), e.verdict);
    assert_eq!(cell("model_version"), q.model_version().to_string());
    assert_eq!(cell("score_goals"), "");
    assert_eq!(cell("score_pace"), "");
    let first = &q.all_questions()[0].id;
    assert_eq!(cell(&format!("answer_{first}")), "4");
    assert_eq!(cell(&format!("answer_{}", q.all_questions()[5].id)), "");
    assert_eq!(rows[2][2], "Frühjahr");
    assert_eq!(
        rows[2][columns.len() - q.all_questions().len()],
        "dont_know"
    );
    // The raw text: the name quoted with doubled quotes.
    assert!(
        body.contains(";\"Größe; \"\"Überblick\"\" Teil 2\";"),
        "{body}"
    );
}

/// RFC 4180 reading with `;` (for the test only).
fn split_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', true) => quoted = false,
            ('"', false) if field.is_empty() => quoted = true,
            (';', false) => row.push(std::mem::take(&mut field)),
            ('\r', false) if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => field.push(c),
        }
    }
    rows
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Every row has every column, whatever the names hold, and reads back to the name.
    #[test]
    fn csv_rows_keep_their_shape(entries in prop::collection::vec(any_entry(), 0..5)) {
        let store = store_of(entries);
        let csv = export_csv(q(), &store);
        let rows = split_csv(csv.trim_start_matches('\u{FEFF}'));
        prop_assert_eq!(rows.len(), store.history.len() + 1);
        let width = csv_columns(q()).len();
        for (row, e) in rows.iter().skip(1).zip(&store.history) {
            prop_assert_eq!(row.len(), width);
            let name = e.name.clone().unwrap_or_default();
            let guarded = if name.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                format!("'{name}")
            } else {
                name
            };
            prop_assert_eq!(&row[2], &guarded);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Links
// ---------------------------------------------------------------------------------------------

/// An entry as the app records it (answers only to statements of the questionnaire).
fn any_recorded_entry() -> impl Strategy<Value = Entry> {
    any_entry().prop_map(|e| {
        let mut e = Entry::complete(
            q(),
            &e.model_profile(),
            &e.model_answers(q()),
            &e.completed_at,
        );
        e.name = Some("privat".into());
        e
    })
}

#[test]
fn a_link_is_compact_and_url_safe() {
    let e = check_entry("2026-11-21T10:00:00.123Z", 40, "4", Some("Workshop"));
    let fragment = link::fragment(q(), &e);
    let payload = fragment.strip_prefix("ergebnis=").unwrap();
    assert_eq!(FRAGMENT_KEY, "ergebnis");
    assert!(payload
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-_.~".contains(&b)));
    assert!(
        payload.len() < 20 + 3 + q().all_questions().len() + 20,
        "{payload}"
    );
    assert!(payload.starts_with(&format!("1.{}.20261121100000123.3-2.", q().model_version())));
    assert!(!payload.contains("Workshop"));
    let back = link::from_fragment(q(), &format!("#{fragment}"))
        .unwrap()
        .unwrap();
    assert_eq!(back.name, None);
    assert_eq!(back.id, e.id);
    assert_eq!(back.completed_at, e.completed_at);
    assert_eq!(link::from_fragment(q(), &fragment), Some(Ok(back.clone())));
    assert_eq!(link::decode(q(), payload), Ok(back));
    assert_eq!(link::from_fragment(q(), "#anderes=1"), None);
}

#[track_caller]
fn link_refused(payload: &str, expected: LinkError) {
    assert_eq!(link::decode(q(), payload), Err(expected), "{payload}");
}

#[test]
fn damaged_or_foreign_links_are_refused() {
    let e = check_entry("2026-11-21T10:00:00.123Z", 40, "4", None);
    let good = link::encode(q(), &e);
    assert!(link::decode(q(), &good).is_ok());
    let (body, check) = good.rsplit_once('.').unwrap();
    let fields: Vec<&str> = body.split('.').collect();
    let with = |i: usize, value: &str| -> String {
        let mut f = fields.clone();
        f[i] = value;
        let body = f.join(".");
        // A correct checksum, so the check behind it is reached.
        let h = body.bytes().fold(0x811c_9dc5u32, |h, b| {
            (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
        });
        format!("{body}.{:06x}", h & 0x00ff_ffff)
    };
    assert_eq!(with(0, "1"), good, "the test recomputes the checksum");
    use LinkError::*;
    link_refused("", Corrupt);
    link_refused(&good[..good.len() - 1], Corrupt);
    link_refused(&good[..good.len() / 2], Corrupt);
    let zeros = if check == "000000" {
        "000001"
    } else {
        "000000"
    };
    link_refused(&format!("{body}.{zeros}"), Corrupt);
    link_refused(&format!("{good}x"), Corrupt);
    link_refused(&good.replace('.', ","), Corrupt);
    link_refused(&format!("{body}.{check}.x"), Corrupt);
    link_refused(&good.replacen('4', "7", 1), Corrupt);
    link_refused(&with(0, "2"), OtherVersion);
    link_refused(&with(0, "v"), Corrupt);
    link_refused(
        &with(1, &(q().model_version() + 1).to_string()),
        OtherVersion,
    );
    link_refused(&with(1, "x"), Corrupt);
    link_refused(&with(2, "20261321"), Corrupt);
    link_refused(&with(2, "2026112"), Corrupt);
    link_refused(&with(3, "9--"), Corrupt);
    link_refused(&with(3, "3-"), Corrupt);
    link_refused(&with(4, &fields[4][1..]), OtherVersion);
    link_refused(&with(4, &format!("{}5", fields[4])), OtherVersion);
    link_refused(&with(4, &fields[4].replacen('4', "6", 1)), Corrupt);
    link_refused(&with(4, &fields[4].replacen('4', "x", 1)), Corrupt);
    link_refused(&"1".repeat(5000), Corrupt);
    link_refused("1.2.3.4.5.ä", Corrupt);
    // What is left of a valid link when optional parts are empty.
    assert!(link::decode(q(), &with(2, "")).is_ok());
    assert!(link::decode(q(), &with(3, "---")).is_ok());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Profile, answers and date survive the link; the rest is recomputed.
    #[test]
    fn links_round_trip(e in any_recorded_entry()) {
        let back = link::decode(q(), &link::encode(q(), &e)).unwrap();
        prop_assert_eq!(&back.profile, &e.profile);
        prop_assert_eq!(&back.answers, &e.answers);
        prop_assert_eq!(&back.completed_at, &e.completed_at);
        prop_assert_eq!(&back.id, &e.id);
        prop_assert_eq!(back.name, None);
        prop_assert_eq!(&back.verdict, &e.assess(q()).verdict.key().to_owned());
    }

    /// Any change of one character of a link is noticed.
    #[test]
    fn mangled_links_are_refused(
        e in any_recorded_entry(),
        at in any::<prop::sample::Index>(),
        by in prop::sample::select(
            "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_.~"
                .chars()
                .collect::<Vec<_>>(),
        ),
    ) {
        let good = link::encode(q(), &e);
        let i = at.index(good.len());
        let mut chars: Vec<char> = good.chars().collect();
        prop_assume!(chars[i] != by);
        chars[i] = by;
        let bad: String = chars.into_iter().collect();
        prop_assert!(link::decode(q(), &bad).is_err(), "{} accepted", bad);
    }
}

// ---------------------------------------------------------------------------------------------
// Never a panic
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in any::<Vec<u8>>(), text in any::<String>()) {
        let _ = parse(&bytes);
        let _ = parse(text.as_bytes());
        let _ = link::decode(q(), &text);
        let _ = link::from_fragment(q(), &text);
        let _ = link::from_fragment(q(), &format!("#ergebnis={text}"));
        let _ = link::decode(q(), &String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn arbitrary_link_like_payloads_never_panic(
        payload in "[0-9a-z.~_-]{0,120}",
        prefix in prop::sample::select(vec!["", "1.", "1.2.", "1.2.20261121.", "1.2..3-2."]),
    ) {
        let _ = link::decode(q(), &format!("{prefix}{payload}"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Arbitrary JSON as entries and draft of an otherwise valid file: no panic, and what is
    /// accepted is consistent (counts add up, accepted entries have valid ids).
    #[test]
    fn arbitrary_entries_never_panic(entries in prop::collection::vec(any_json(), 0..6), draft in any_json()) {
        let n = entries.len();
        let text = json!({"format": EXPORT_FORMAT, "version": 1, "entries": entries, "draft": draft}).to_string();
        if let Ok(file) = parse(text.as_bytes()) {
            prop_assert_eq!(file.entries.len() + file.skipped + file.duplicates, n);
            let mut store = Store::default();
            let p = preview(&store, &file);
            let report = apply_import(&mut store, file);
            prop_assert_eq!(report.added, p.new);
            prop_assert_eq!(report.draft, p.draft);
            let again = parse(export_json(q(), &store, NOW).as_bytes());
            if let Ok(again) = again {
                prop_assert_eq!(again.entries, store.history.clone());
            }
        }
    }
}
