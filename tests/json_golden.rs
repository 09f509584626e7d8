//! Golden tests of every JSON text the app writes or reads: the stored form (`Store::encode`),
//! the export file (`export_json`), what reading stored values and import files gives. The
//! expected bytes in `tests/fixtures/golden/outputs.txt` were written by the serde_json based
//! implementation (before the app got its own JSON module) and must never change: stored data
//! and exported files of every version stay byte-compatible.
//!
//! `UPDATE_GOLDEN=1 cargo test --test json_golden` rewrites the file (only for a deliberate
//! format change).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fmt::Write as _;
use std::path::PathBuf;

use netzwerk_check::app::store::{read, Change, Outcome, Store};
use netzwerk_check::app::transfer::{export_json, parse_import};
use netzwerk_check::model::{Answer, ProfileField, Questionnaire};

const NOW: &str = "2026-12-01T09:30:00.000Z";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture_files(dir: &str) -> Vec<(String, String)> {
    let mut files: Vec<_> = std::fs::read_dir(root().join("tests/fixtures").join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (
                format!("{dir}/{name}"),
                std::fs::read_to_string(&p).unwrap().trim_end().to_owned(),
            )
        })
        .collect()
}

/// Hand-written stored values: odd numbers, escapes, duplicate keys, nesting, white space.
fn odd_stored_values() -> Vec<(&'static str, String)> {
    let clean = std::fs::read_to_string(root().join("tests/fixtures/store_v2/clean.json"))
        .unwrap()
        .trim_end()
        .to_owned();
    let inner = clean.strip_prefix('{').unwrap();
    let with = |extra: &str| format!("{{{extra},{inner}");
    vec![
        (
            // Numbers as serde_json wrote them (its canonical forms): read and written back
            // unchanged, byte for byte.
            "numbers",
            with(concat!(
                r#""n_int":[0,1,-1,42,-42,18446744073709551615,1.8446744073709552e+19,"#,
                r#"-9223372036854775808,-9.223372036854776e+18,1e+23],"#,
                r#""n_float":[0.0,-0.0,1.0,1.5,-2.25,0.1,0.3,1.0,100.0,1e-7,1.5e-7,"#,
                r#"2500000000000000.0,1e+16,1e+17,1.2345e+20,1e+300,5e-324,"#,
                r#"1.7976931348623157e+308,123456789.12345679,1e-6,1e-7,0.00001,1.25,-0.0,"#,
                r#"-0.0,0.0]"#
            )),
        ),
        (
            // Numbers written otherwise (by hand): serde_json normalised them (`1E2` →
            // `100.0`) and refused `1e400`; app::json keeps them as written (added after the
            // switch, see the module documentation of app::json).
            "numbers_as_written",
            with(concat!(
                r#""n_int":[18446744073709551616,-9223372036854775809,99999999999999999999999],"#,
                r#""n_float":[1e0,1E2,2.5e15,1e16,1e17,1.2345e20,1e300,1.7976931348623157e308,"#,
                r#"123456789.123456789,0.000001,0.0000001,1e-5,12.5e-1,-0,-1e-400,1e-400,1e400]"#
            )),
        ),
        (
            "strings",
            with(concat!(
                r#""s":["","\"\\\/\b\f\n\r\t","\u0000\u0001\u001f\u007f\u0080","#,
                r#""\u00e4\u00f6\u00fc\u00df","äöüß€","\ud83d\ude00😀","\u2028\u2029","#,
                r#""<script>&amp;</script>","\uFFFF\uFEFF"],"#,
                r#""k\u00e9y\n":{"\"":1,"\\":2,"":3,"a":{"b":{"c":[[],{},[{}]]}}}"#
            )),
        ),
        (
            "literals_and_nesting",
            with(r#""t":true,"f":false,"z":null,"deep":[[[[[[[[[[{"x":[1,[2,[3]]]}]]]]]]]]]]"#),
        ),
        (
            "duplicate_keys",
            format!(
                "{{\"a\":1,\"a\":2,\"theme\":\"dark\",\"theme\":\"light\",{}",
                inner
            ),
        ),
        (
            "white_space",
            " \n\t\r{ \"schema\" : 2 ,\n\t\"screen\"\r:\"history\" , \"history\" : [ ] , \"x\" : [ 1 , { } , [ ] ] } \n"
                .to_owned(),
        ),
        (
            "entry_with_odd_strings",
            concat!(
                r#"{"schema":2,"history":[{"id":"r1","completed_at":"2026\n\"x\"","#,
                r#""name":"Tab\there \"quoted\" \\ back","profile":{"kind":"network","#,
                r#""we\"ird":"\u0001"},"answers":{"mot_personal":"4","k\u00e9y":"\u001f"},"#,
                r#""scores":{"motivation":100,"pace":null,"zero":0},"verdict":"strained","#,
                r#""model_version":2},{"id":"r2","completed_at":"2026-01-01T00:00:00.000Z","#,
                r#""verdict":"x","model_version":4294967295}]}"#
            )
            .to_owned(),
        ),
        (
            "schema_as_float",
            r#"{"schema":2.0,"history":[]}"#.to_owned(),
        ),
        (
            "model_version_float",
            r#"{"schema":2,"history":[{"id":"r1","completed_at":"","verdict":"x","model_version":2.0,"scores":{"a":50.0,"b":-1,"c":101}}]}"#.to_owned(),
        ),
        ("schema_huge", r#"{"schema":99999999999}"#.to_owned()),
        ("not_an_object", "[1,2]".to_owned()),
        ("empty_text", String::new()),
        ("trailing", r#"{"schema":2} x"#.to_owned()),
        ("bom", "\u{feff}{\"schema\":2}".to_owned()),
        ("unclosed", r#"{"schema":2,"history":["#.to_owned()),
        ("lone_surrogate", r#"{"schema":2,"x":"\ud800"}"#.to_owned()),
        ("too_deep", format!("{{\"schema\":2,\"x\":{}{}}}", "[".repeat(200), "]".repeat(200))),
        ("deep_ok", format!("{{\"schema\":2,\"x\":{}{}}}", "[".repeat(120), "]".repeat(120))),
        ("control_in_string", "{\"schema\":2,\"x\":\"a\u{1}b\"}".to_owned()),
        ("leading_zero", r#"{"schema":02}"#.to_owned()),
        ("single_quotes", "{'schema':2}".to_owned()),
        ("trailing_comma", r#"{"schema":2,}"#.to_owned()),
        ("nan", r#"{"schema":2,"x":NaN}"#.to_owned()),
    ]
}

/// What reading gave: the outcome (an unreadable value without the parser's words), the
/// store's data and its stored form.
fn describe_read(out: &mut String, name: &str, raw: &str, q: &Questionnaire) {
    let (store, outcome) = read(Some(raw), q);
    let outcome = match outcome {
        Outcome::Unreadable(_) => "Unreadable".to_owned(),
        other => format!("{other:?}"),
    };
    let _ = writeln!(out, "=== read {name}");
    let _ = writeln!(out, "outcome: {outcome}");
    let _ = writeln!(out, "draft: {:?}", store.draft);
    let _ = writeln!(out, "screen: {:?}", store.screen);
    let _ = writeln!(out, "history: {:?}", store.history);
    let _ = writeln!(out, "deleted: {:?}", store.deleted);
    let _ = writeln!(
        out,
        "extra keys: {:?}",
        store.extra.keys().collect::<Vec<_>>()
    );
    let _ = writeln!(out, "encode: {}", store.encode());
    let _ = writeln!(out, "export: {}", export_json(q, &store, NOW));
}

fn describe_import(out: &mut String, name: &str, bytes: &[u8], q: &Questionnaire) {
    let _ = writeln!(out, "=== import {name}");
    match parse_import(bytes, q) {
        Ok(file) => {
            let _ = writeln!(out, "ok: {file:?}");
        }
        Err(e) => {
            let _ = writeln!(out, "err: {:?}", e.kind());
        }
    }
}

/// A store built through the app's own operations: a named entry, an entry with every answer
/// kind, a deletion mark, a draft, extra fields.
fn built_store(q: &Questionnaire) -> Store {
    let mut s = Store::default();
    let ids: Vec<String> = q.all_questions().iter().map(|x| x.id.clone()).collect();
    let t1 = "2026-11-01T09:00:00.000Z";
    s.apply(
        q,
        &Change::Profile {
            field: ProfileField::Kind,
            key: "network".into(),
            now: t1.into(),
        },
    );
    for (i, id) in ids.iter().enumerate() {
        let answer = Answer::OPTIONS[i % Answer::OPTIONS.len()];
        s.apply(
            q,
            &Change::Answer {
                question: id.clone(),
                answer,
                now: t1.into(),
            },
        );
    }
    let first = s
        .apply(
            q,
            &Change::Complete {
                now: "2026-11-01T10:00:00.000Z".into(),
            },
        )
        .completed
        .unwrap();
    s.rename(&first, "Workshop \"März\" \\ Ü ✓ 😀");
    s.answer(&ids[0], Answer::Scale(2), "2026-11-02T08:00:00.000Z");
    let second = s.complete(q, "2026-11-02T09:00:00.000Z");
    s.answer(&ids[1], Answer::DontKnow, "2026-11-03T08:00:00.000Z");
    s.complete(q, "2026-11-03T09:00:00.000Z");
    s.delete(&second);
    s.set_profile(ProfileField::Stage, "idea", "2026-11-04T08:00:00.000Z");
    s.answer(&ids[2], Answer::NotApplicable, "2026-11-04T08:00:00.000Z");
    s.screen = netzwerk_check::app::session::Screen::Compare("ra".into(), "rb".into());
    s
}

fn outputs() -> String {
    let q = Questionnaire::german().unwrap();
    let mut out = String::new();

    let built = built_store(&q);
    let _ = writeln!(out, "=== built store");
    let _ = writeln!(out, "encode: {}", built.encode());
    let _ = writeln!(out, "export: {}", export_json(&q, &built, NOW));
    let _ = writeln!(out, "=== empty store");
    let _ = writeln!(out, "encode: {}", Store::default().encode());
    let _ = writeln!(out, "export: {}", export_json(&q, &Store::default(), NOW));
    let mut draft_only = Store::default();
    draft_only.answer("mot_personal", Answer::Scale(5), "2026-01-01T00:00:00.000Z");
    let _ = writeln!(out, "=== draft only");
    let _ = writeln!(out, "encode: {}", draft_only.encode());
    let _ = writeln!(
        out,
        "export: {}",
        export_json(&q, &draft_only, "odd \"time\"\n")
    );
    let mut history_only = built.clone();
    history_only.start_new();
    let _ = writeln!(out, "=== history only");
    let _ = writeln!(out, "export: {}", export_json(&q, &history_only, NOW));

    for dir in ["store_v1", "store_v2"] {
        for (name, raw) in fixture_files(dir) {
            describe_read(&mut out, &name, &raw, &q);
        }
    }
    for (name, raw) in odd_stored_values() {
        describe_read(&mut out, name, &raw, &q);
    }

    // Import: our own exports, and odd files.
    let export = export_json(&q, &built, NOW);
    describe_import(&mut out, "built export", export.as_bytes(), &q);
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(export.as_bytes());
    describe_import(&mut out, "built export with BOM", &bom, &q);
    let (odd, _) = read(
        Some(
            &odd_stored_values()
                .into_iter()
                .find(|(n, _)| *n == "entry_with_odd_strings")
                .unwrap()
                .1,
        ),
        &q,
    );
    describe_import(
        &mut out,
        "odd strings export",
        export_json(&q, &odd, NOW).as_bytes(),
        &q,
    );
    let imports: Vec<(&str, String)> = vec![
        ("not json", "{format".to_owned()),
        ("array", "[]".to_owned()),
        (
            "trailing",
            r#"{"format":"netzwerk-check-export","version":1,"entries":[]} x"#.to_owned(),
        ),
        (
            "version float",
            r#"{"format":"netzwerk-check-export","version":1.0,"entries":[]}"#.to_owned(),
        ),
        (
            "newer",
            r#"{"format":"netzwerk-check-export","version":2,"entries":[]}"#.to_owned(),
        ),
        (
            "no entries",
            r#"{"format":"netzwerk-check-export","version":1}"#.to_owned(),
        ),
        (
            "empty",
            r#"{"format":"netzwerk-check-export","version":1,"entries":[]}"#.to_owned(),
        ),
        (
            "draft only",
            concat!(
                r#"{"format":"netzwerk-check-export","version":1,"exported_at":7,"#,
                r#""app":{"model_version":2.5},"entries":[],"draft":{"started_at":"x","#,
                r#""profile":{"kind":"network","mood":"good","stage":3},"#,
                r#""answers":{"mot_personal":"4","res_time":4,"gone":"2"},"extra":1}}"#
            )
            .to_owned(),
        ),
        (
            "escaped entry",
            concat!(
                r#"{"format":"netzwerk-check-export","version":1,"exported_at":"\u0032026","#,
                r#""app":{"model_version":2},"entries":[{"id":"r\u0031","#,
                r#""completed_at":"2026-01-01T00:00:00.000Z","name":"\ud83d\ude00 \u00e4","#,
                r#""profile":{},"answers":{"mot_personal":"\u0034"},"#,
                r#""scores":{"motivation":75},"verdict":"strained","model_version":2},"#,
                r#"{"id":"r2","completed_at":"","verdict":"x","model_version":2,"#,
                r#""scores":{"a":1.0}}]}"#
            )
            .to_owned(),
        ),
    ];
    for (name, text) in imports {
        describe_import(&mut out, name, text.as_bytes(), &q);
    }
    describe_import(&mut out, "not utf-8", b"{\"a\":\"\xff\"}", &q);
    out
}

#[test]
fn written_and_read_json_matches_the_golden_file() {
    let path = root().join("tests/fixtures/golden/outputs.txt");
    let got = outputs();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap();
    if got != want {
        let (g, w): (Vec<&str>, Vec<&str>) = (got.lines().collect(), want.lines().collect());
        let at = g
            .iter()
            .zip(&w)
            .position(|(a, b)| a != b)
            .unwrap_or(g.len().min(w.len()));
        let section = w[..at.min(w.len())]
            .iter()
            .rev()
            .find(|l| l.starts_with("==="))
            .copied()
            .unwrap_or("");
        panic!(
            "golden output differs at line {} ({section}):\n got: {}\nwant: {}",
            at + 1,
            g.get(at).unwrap_or(&"<end>"),
            w.get(at).unwrap_or(&"<end>")
        );
    }
}
