//! The stored format (version 2) from the outside: the migration of real version 1 data
//! (`tests/fixtures/store_v1/`, written by the old encoders, see `tests/fixtures/README.md`),
//! reading version 2 field by field (`tests/fixtures/store_v2/` plus one table of single-field
//! damage), encode → read as the identity, the store's operations and merges, and two tabs
//! doing read-modify-write on one localStorage value in random interleavings.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::OnceLock;

use netzwerk_check::app::entry::{clean_name, Entry};
use netzwerk_check::app::json::Value as JValue;
use netzwerk_check::app::session::{Screen, Session};
use netzwerk_check::app::store::{
    read, valid_id, Applied, Change, Outcome, Store, STORE_SCHEMA, TOMBSTONES_MAX,
};
use netzwerk_check::model::{
    assess, Answer, Answers, DimensionId, Profile, ProfileField, Questionnaire,
};
use proptest::prelude::*;
use serde_json::{json, Value};

fn q() -> &'static Questionnaire {
    static Q: OnceLock<Questionnaire> = OnceLock::new();
    Q.get_or_init(|| Questionnaire::german().unwrap())
}

fn fixtures(dir: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir)
}

fn fixture(dir: &str, name: &str) -> String {
    let path = fixtures(dir).join(format!("{name}.json"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .trim_end()
        .to_owned()
}

fn json_of(raw: &str) -> Value {
    serde_json::from_str(raw).unwrap()
}

/// Reads `raw` and checks that what was read is a valid store of its own: encoding it and
/// reading that back is clean and gives the same store (a fixed point, so a tab that changed
/// nothing writes nothing).
#[track_caller]
fn read_checked(raw: &str) -> (Store, Outcome) {
    let (store, outcome) = read(Some(raw), q());
    let encoded = store.encode();
    let again = read(Some(&encoded), q());
    assert_eq!(again, (store.clone(), Outcome::Clean), "re-read of {raw}");
    assert_eq!(again.0.encode(), encoded, "encode is a fixed point");
    (store, outcome)
}

// =============================================================================================
// Version 1 → version 2
// =============================================================================================

/// Current statement id of a stored id, from the content file itself (its own id or one it
/// `replaces`): an oracle independent of `Answers::validated`.
fn current_id(stored: &str) -> Option<String> {
    static IDS: OnceLock<BTreeMap<String, String>> = OnceLock::new();
    IDS.get_or_init(|| {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("content/questionnaire.json");
        let content = json_of(&std::fs::read_to_string(path).unwrap());
        let mut ids = BTreeMap::new();
        for question in content["questions"].as_array().unwrap() {
            let id = question["id"].as_str().unwrap().to_owned();
            for old in question["replaces"].as_array().into_iter().flatten() {
                ids.insert(old.as_str().unwrap().to_owned(), id.clone());
            }
            ids.insert(id.clone(), id);
        }
        ids
    })
    .get(stored)
    .cloned()
}

/// The draft answers a version 1 `answers` object should migrate to.
fn expected_draft_answers(raw: &Value) -> Answers {
    let raw = raw.as_object().cloned().unwrap_or_default();
    let mut answers = Answers::new();
    for (id, value) in &raw {
        let Some(answer) = value.as_str().and_then(Answer::from_key) else {
            continue;
        };
        match current_id(id) {
            Some(current) if current == *id => answers.set(id, answer),
            // A moved statement carries over unless the new id was answered too.
            Some(current) if !raw.contains_key(&current) => answers.set(&current, answer),
            _ => {}
        }
    }
    answers
}

fn string_map(value: &Value) -> BTreeMap<String, String> {
    value
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
        .collect()
}

/// Where a migrated store should open.
#[derive(Debug, Clone, Copy)]
enum At {
    Intro,
    Page(usize),
    /// The last page of the migrated profile (a stored page beyond it is clamped).
    LastPage,
    /// The result of the migrated entry.
    Result,
}

/// Migrates `store_v1/<name>.json` and checks it against the raw JSON and the expectations:
/// the draft answers the questionnaire still asks (moved statements carried over), `dropped`
/// reported, the v1 result as one entry exactly as recorded, the screen mapped.
#[track_caller]
fn check_v1(name: &str, dropped: &[&str], at: At, entries: usize) {
    let raw = fixture("store_v1", name);
    let v1 = json_of(&raw);
    assert_eq!(v1["schema"], 1, "{name} is a version 1 fixture");
    let (store, outcome) = read_checked(&raw);
    let dropped: Vec<String> = dropped.iter().map(|s| (*s).to_owned()).collect();
    assert_eq!(outcome, Outcome::Migrated(dropped), "{name}");
    assert!(!outcome.needs_backup(), "the v1 value is its own backup");

    // The draft, unless it is identical to the result (version 1 kept the answers after
    // completing; that is the result, not a check in progress).
    let mut profile = Profile::default();
    for (key, value) in string_map(&v1["profile"]) {
        let field = ProfileField::ALL.into_iter().find(|f| f.key() == key);
        profile.set(field.unwrap(), &value);
    }
    let answers = expected_draft_answers(&v1["answers"]);
    let same_as_result = store
        .history
        .first()
        .is_some_and(|e| e.model_answers(q()) == answers && e.model_profile() == profile);
    if same_as_result {
        assert!(store.draft.is_empty(), "{name}: the result is not a draft");
    } else {
        assert_eq!(store.draft.answers, answers, "{name}");
        assert_eq!(store.draft.profile, profile, "{name}");
    }
    assert_eq!(store.draft.started_at, None, "{name}: v1 did not record it");
    assert!(store.deleted.is_empty() && store.extra.is_empty(), "{name}");

    // The result, as recorded then: answers verbatim, no scores, model 1 when not stored.
    assert_eq!(store.history.len(), entries, "{name}");
    if let Some(entry) = store.history.first() {
        let result = &v1["result"];
        let text = |key: &str| result[key].as_str().unwrap().to_owned();
        let version = result["model_version"].as_u64().unwrap_or(1);
        let recorded = Entry {
            id: entry.derive_id(),
            completed_at: text("completed_at"),
            name: None,
            profile: string_map(&result["profile"]),
            answers: string_map(&result["answers"]),
            scores: BTreeMap::new(),
            verdict: text("verdict"),
            model_version: u32::try_from(version).unwrap(),
        };
        assert_eq!(entry, &recorded, "{name}");
        assert!(valid_id(&entry.id), "{name}");
        assert_eq!(entry.from_older_model(q()), recorded.model_version < 2);
        // The current model assesses it (what every screen shows).
        let _ = entry.assess(q());
    }

    // The screen.
    let expected = match at {
        At::Intro => Screen::Intro,
        At::Page(n) => Screen::Page(n),
        At::LastPage => Screen::Page(store.draft.pages(q()).len() - 1),
        At::Result => Screen::Result(store.history[0].id.clone()),
    };
    assert_eq!(store.screen, expected, "{name}");

    // Two tabs migrating the same value get the same store (the same entry id).
    assert_eq!(
        read(Some(&raw), q()),
        (store.clone(), outcome.clone()),
        "{name}"
    );
}

/// Version 1 statements of model 1 that model 2 removed (split or dropped).
const MODEL1_REMOVED: [&str; 10] = [
    "amb_many_sectors",
    "amb_reach",
    "com_mandate",
    "com_meetings",
    "goals_purposes_shared",
    "goals_target_groups",
    "mot_expected_only",
    "mot_role",
    "pace_first_action_soon",
    "res_companies",
];

#[test]
fn every_version_1_fixture_migrates() {
    let progress = [
        "goals_purposes_shared",
        "goals_target_groups",
        "mot_expected_only",
        "mot_role",
    ];
    let old_test = [
        "amb_reach",
        "mot_expected_only",
        "mot_role",
        "res_companies",
    ];
    let table: &[(&str, &[&str], At, usize)] = &[
        // Written by the encoder of model 1 (commit 0d9db11).
        ("model1_in_progress", &progress, At::Page(2), 0),
        ("model1_with_result", &MODEL1_REMOVED, At::Result, 1),
        ("model1_result_then_page", &MODEL1_REMOVED, At::Page(1), 1),
        ("model1_old_test_fixture", &old_test, At::Result, 1),
        // Written by the encoder of model 2, the last version 1 release (commit 06f9f95).
        ("model2_on_page", &[], At::Page(3), 0),
        ("model2_profile_and_result", &[], At::Result, 1),
        ("model2_profile_only", &[], At::Page(0), 0),
        ("model2_result_on_intro", &[], At::Intro, 1),
        // Real values with one edit.
        (
            "number_where_string_expected",
            &["goals_change"],
            At::Page(3),
            0,
        ),
        ("bad_profile_value", &["stage"], At::Page(3), 0),
        ("unknown_top_level_field", &[], At::Page(3), 0),
        ("page_beyond_last", &[], At::LastPage, 0),
        ("result_not_an_object", &progress, At::Intro, 0),
    ];
    let mut listed: Vec<&str> = table.iter().map(|(name, ..)| *name).collect();
    for (name, dropped, at, entries) in table {
        check_v1(name, dropped, *at, *entries);
    }
    let mut on_disk: Vec<String> = std::fs::read_dir(fixtures("store_v1"))
        .unwrap()
        .map(|f| {
            f.unwrap()
                .path()
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .into()
        })
        .collect();
    on_disk.sort();
    listed.sort_unstable();
    assert_eq!(on_disk, listed, "every fixture is in the table");
}

#[test]
fn moved_statements_carry_over_into_the_draft_but_not_into_a_recorded_entry() {
    let (store, _) = read_checked(&fixture("store_v1", "model1_old_test_fixture"));
    let draft = &store.draft.answers;
    assert_eq!(draft.get("part_time"), Some(Answer::Scale(2)));
    assert_eq!(draft.get("part_self_advocates"), Some(Answer::Scale(1)));
    assert_eq!(draft.get("pace_participation_time"), None);
    assert_eq!(draft.get("pace_adjustable"), Some(Answer::DontKnow));
    let entry = &store.history[0];
    assert_eq!(entry.verdict, "overstretched");
    assert_eq!(entry.model_version, 1);
    assert_eq!(
        entry.answers.get("pace_self_advocates").map(String::as_str),
        Some("1"),
        "an entry is a record of what was answered then"
    );
    // Shown through today's questionnaire, the moved statement counts.
    assert_eq!(
        entry.model_answers(q()).get("part_self_advocates"),
        Some(Answer::Scale(1))
    );
}

#[test]
fn a_version_1_draft_changed_after_completion_stays_apart_from_its_entry() {
    let (store, _) = read_checked(&fixture("store_v1", "model1_result_then_page"));
    assert_eq!(
        store.draft.answers.get("mot_personal"),
        Some(Answer::Scale(5))
    );
    assert_eq!(store.draft.answers.get("part_time"), Some(Answer::DontKnow));
    let entry = &store.history[0];
    assert_eq!(entry.answers["mot_personal"], "1");
    assert_eq!(entry.answers["pace_participation_time"], "2");
    assert_eq!(entry.verdict, "strained");
}

// =============================================================================================
// Version 2, field by field
// =============================================================================================

/// A change of the clean fixture's JSON at a JSON pointer: set a value (an index one past the
/// end of an array appends) or remove it.
#[derive(Debug, Clone)]
enum Edit {
    Set(&'static str, Value),
    Remove(&'static str),
}

fn set(pointer: &'static str, value: impl Into<Value>) -> Edit {
    Edit::Set(pointer, value.into())
}

fn remove(pointer: &'static str) -> Edit {
    Edit::Remove(pointer)
}

fn apply(value: &mut Value, edit: &Edit) {
    let (pointer, new) = match edit {
        Edit::Set(p, v) => (*p, Some(v.clone())),
        Edit::Remove(p) => (*p, None),
    };
    let (parent, last) = pointer.rsplit_once('/').unwrap();
    let parent = value
        .pointer_mut(parent)
        .unwrap_or_else(|| panic!("{pointer}"));
    match (parent, new) {
        (Value::Object(map), Some(v)) => {
            map.insert(last.to_owned(), v);
        }
        (Value::Object(map), None) => {
            map.remove(last).unwrap_or_else(|| panic!("{pointer}"));
        }
        (Value::Array(items), new) => {
            let i: usize = last.parse().unwrap();
            match new {
                Some(v) if i == items.len() => items.push(v),
                Some(v) => items[i] = v,
                None => {
                    items.remove(i);
                }
            }
        }
        (_, _) => panic!("{pointer}: not in an object or array"),
    }
}

/// The clean fixture: two entries (`history[0]` unnamed, `history[1]` named), one deletion
/// mark, a draft with a profile and two answers.
fn clean() -> (String, Store) {
    let raw = fixture("store_v2", "clean");
    let (store, outcome) = read_checked(&raw);
    assert_eq!(outcome, Outcome::Clean);
    (raw, store)
}

/// How a store read from damaged data differs from the clean one (entries by their index in
/// the clean fixture).
type Expect = fn(&mut Store);

/// Applies `edit` to the clean fixture and reads it: exactly `problems` are reported (in any
/// order; none means `Clean`), and the store is the clean one changed by `expect`.
#[track_caller]
fn check(edit: Edit, problems: &[&str], expect: Expect) {
    let (raw, mut expected) = clean();
    let mut value = json_of(&raw);
    apply(&mut value, &edit);
    let (store, outcome) = read_checked(&value.to_string());
    let mut reported = match outcome {
        Outcome::Clean => Vec::new(),
        Outcome::Partial(paths) => paths,
        other => panic!("{edit:?}: {other:?}"),
    };
    reported.sort();
    let mut problems: Vec<String> = problems.iter().map(|s| (*s).to_owned()).collect();
    problems.sort();
    assert_eq!(reported, problems, "{edit:?}");
    expect(&mut expected);
    expected.normalise();
    assert_eq!(store, expected, "{edit:?}");
}

fn same(_: &mut Store) {}

#[test]
fn the_clean_fixture_is_what_the_encoder_writes() {
    let (raw, store) = clean();
    assert_eq!(json_of(&store.encode()), json_of(&raw));
    assert_eq!((store.history.len(), store.deleted.len()), (2, 1));
    assert_eq!(store.history[0].name, None);
    let named = store.history[1].name.as_deref();
    assert_eq!(named, Some("Workshop März \"Nord\""));
    assert!(matches!(&store.screen, Screen::Result(id) if *id == store.history[0].id));
    assert_eq!(store.draft.answers.len(), 2);
    for entry in &store.history {
        assert_eq!(entry.id, entry.derive_id(), "the fixture's ids are derived");
    }
}

#[test]
fn a_bad_draft_field_drops_that_field_only() {
    let null = Value::Null;
    check(
        set("/draft/answers/goals_change", 4),
        &["draft.answers.goals_change"],
        same,
    );
    for bad in [json!("7"), json!("four"), null.clone()] {
        check(
            set("/draft/answers/mot_personal", bad),
            &["draft.answers.mot_personal"],
            |s| {
                s.draft.answers.clear("mot_personal");
            },
        );
    }
    let unknown = &["draft.answers.no_such_statement"];
    check(set("/draft/answers/no_such_statement", "3"), unknown, same);
    // A moved statement is no problem: its answer carries over.
    check(
        set("/draft/answers/pace_participation_time", "2"),
        &[],
        |s| {
            s.draft.answers.set("part_time", Answer::Scale(2));
        },
    );
    check(
        set("/draft/answers", json!(["3"])),
        &["draft.answers"],
        |s| {
            s.draft.answers = Answers::new();
        },
    );
    for bad in [json!("club"), json!(3)] {
        check(
            set("/draft/profile/kind", bad),
            &["draft.profile.kind"],
            |s| {
                s.draft.profile.kind = None;
            },
        );
    }
    check(
        set("/draft/profile/colour", "blue"),
        &["draft.profile.colour"],
        same,
    );
    check(set("/draft/profile", "network"), &["draft.profile"], |s| {
        s.draft.profile = Profile::default();
    });
    check(set("/draft/started_at", 5), &["draft.started_at"], |s| {
        s.draft.started_at = None;
    });
    check(set("/draft/started_at", null), &[], |s| {
        s.draft.started_at = None
    });
    check(set("/draft/pages", 3), &["draft.pages"], same);
    check(set("/draft", "x"), &["draft"], |s| {
        s.draft = Session::default()
    });
    check(remove("/draft"), &[], |s| s.draft = Session::default());
}

#[test]
fn a_bad_entry_field_drops_that_field_only() {
    check(set("/history/1/name", 42), &["history[1].name"], |s| {
        s.history[1].name = None;
    });
    // Names are cleaned on reading, without a report.
    check(
        set("/history/1/name", "  Work\tshop \u{7}\n Nord "),
        &[],
        |s| {
            s.history[1].name = Some("Work shop Nord".into());
        },
    );
    check(set("/history/1/name", " \u{1b} "), &[], |s| {
        s.history[1].name = None
    });
    for edit in [
        remove("/history/0/completed_at"),
        set("/history/0/completed_at", 20261205),
    ] {
        check(edit, &["history[0].completed_at"], |s| {
            s.history[0].completed_at = String::new();
        });
    }
    for bad in [json!(150), json!("x"), json!(-1), json!(50.5), json!(true)] {
        check(
            set("/history/0/scores/goals", bad),
            &["history[0].scores.goals"],
            |s| {
                s.history[0].scores.remove("goals");
            },
        );
    }
    check(set("/history/0/scores/goals", Value::Null), &[], |s| {
        s.history[0].scores.insert("goals".into(), None);
    });
    check(
        set("/history/0/scores", json!([100])),
        &["history[0].scores"],
        |s| {
            s.history[0].scores.clear();
        },
    );
    // A bad or missing id is derived from the content again (the fixture's ids are derived).
    let long = "x".repeat(65);
    for bad in [
        json!("bad id!"),
        json!(42),
        json!(""),
        json!(long),
        Value::Null,
    ] {
        check(set("/history/0/id", bad), &["history[0].id"], same);
    }
    check(remove("/history/0/id"), &["history[0].id"], same);
    for edit in [remove("/history/0/verdict"), set("/history/0/verdict", 1)] {
        check(edit, &["history[0].verdict"], |s| {
            s.history[0].verdict = String::new()
        });
    }
    for edit in [
        set("/history/0/model_version", "2"),
        remove("/history/0/model_version"),
    ] {
        check(edit, &["history[0].model_version"], |s| {
            s.history[0].model_version = 1
        });
    }
    check(
        set("/history/0/profile/kind", 3),
        &["history[0].profile.kind"],
        |s| {
            s.history[0].profile.remove("kind");
        },
    );
    let bad = &["history[0].answers.mot_personal"];
    check(set("/history/0/answers/mot_personal", 5), bad, |s| {
        s.history[0].answers.remove("mot_personal");
    });
    // An entry is a record: statements today's questionnaire no longer asks are kept.
    check(set("/history/0/answers/amb_reach", "3"), &[], |s| {
        s.history[0].answers.insert("amb_reach".into(), "3".into());
    });
    check(
        set("/history/0/comment", "x"),
        &["history[0].comment"],
        same,
    );
}

#[test]
fn a_bad_list_or_item_drops_that_list_or_item_only() {
    check(set("/history", json!({})), &["history"], |s| {
        s.history.clear()
    });
    check(remove("/history"), &[], |s| s.history.clear());
    check(set("/history/2", "not an entry"), &["history[2]"], same);
    check(set("/history/0", 7), &["history[0]"], |s| {
        s.history.remove(0);
    });
    check(set("/deleted", "all"), &["deleted"], |s| s.deleted.clear());
    check(remove("/deleted"), &[], |s| s.deleted.clear());
    check(set("/deleted/1", 7), &["deleted[1]"], same);
    // The screen is a position, not data: an unknown one opens the intro without a report.
    check(set("/screen", "nowhere"), &[], |s| s.screen = Screen::Intro);
    check(set("/screen", 5), &[], |s| s.screen = Screen::Intro);
    check(set("/screen", "page:4"), &[], |s| {
        s.screen = Screen::Page(4)
    });
}

#[test]
fn a_deletion_mark_removes_its_entry() {
    let (raw, clean_store) = clean();
    let named = clean_store.history[1].id.clone();
    let mut value = json_of(&raw);
    apply(&mut value, &set("/deleted/1", named.clone()));
    let (store, outcome) = read_checked(&value.to_string());
    assert_eq!(outcome, Outcome::Clean);
    assert_eq!(ids(&store), [clean_store.history[0].id.clone()]);
    assert!(store.deleted.contains(&named));
}

#[test]
fn a_duplicated_entry_id_keeps_the_first() {
    let (raw, _) = clean();
    let mut copy = json_of(&raw)["history"][0].clone();
    copy["name"] = json!("Kopie");
    check(set("/history/2", copy.clone()), &["history[2]"], same);
    // A bad id derived again can meet an existing one.
    copy["id"] = json!("not valid");
    check(
        set("/history/2", copy),
        &["history[2].id", "history[2]"],
        same,
    );
}

#[test]
fn every_version_2_fixture_reads_as_expected() {
    let (raw, clean_store) = clean();

    let (store, outcome) = read_checked(&fixture("store_v2", "bad_field_in_entry"));
    let problems = ["history[0].scores.goals", "history[1].name"];
    assert_eq!(
        outcome,
        Outcome::Partial(problems.map(str::to_owned).to_vec())
    );
    let mut expected = clean_store.clone();
    expected.history[0].scores.remove("goals");
    expected.history[1].name = None;
    assert_eq!(store, expected);

    let (store, outcome) = read_checked(&fixture("store_v2", "duplicated_entry_id"));
    assert_eq!(outcome, Outcome::Partial(vec!["history[2]".into()]));
    assert_eq!(store, clean_store);

    // Unknown top-level fields (a newer version's) are kept and written back.
    let unknown = fixture("store_v2", "unknown_top_level_fields");
    let (store, outcome) = read_checked(&unknown);
    assert_eq!(outcome, Outcome::Clean);
    assert_eq!(store.extra.keys().collect::<Vec<_>>(), ["kiosk", "theme"]);
    assert_eq!(json_of(&store.encode()), json_of(&unknown));
    assert_eq!(
        Store {
            extra: BTreeMap::new(),
            ..store
        },
        clean_store
    );

    let (store, outcome) = read(Some(&fixture("store_v2", "schema3")), q());
    assert_eq!((store, outcome), (Store::default(), Outcome::Newer(3)));

    let (store, outcome) = read(Some(&fixture("store_v2", "garbage")), q());
    assert_eq!(store, Store::default());
    assert!(matches!(outcome, Outcome::Unreadable(_)), "{outcome:?}");
    assert!(raw.starts_with(&fixture("store_v2", "garbage")));
}

#[test]
fn the_format_version_decides_how_a_value_is_read() {
    #[track_caller]
    fn check_version(raw: &str, expect: &str) {
        let (store, outcome) = read(Some(raw), q());
        let got = match &outcome {
            Outcome::Newer(v) => format!("newer {v}"),
            Outcome::Unreadable(_) => "unreadable".to_owned(),
            Outcome::Clean => "clean".to_owned(),
            Outcome::Migrated(_) => "migrated".to_owned(),
            other => format!("{other:?}"),
        };
        assert_eq!(got, expect, "{raw}");
        if expect != "clean" && expect != "migrated" {
            assert_eq!(store, Store::default(), "{raw}");
        }
    }
    check_version(r#"{"schema":2}"#, "clean");
    check_version(r#"{"schema":1}"#, "migrated");
    check_version(r#"{"schema":3,"history":[]}"#, "newer 3");
    check_version(r#"{"schema":99}"#, "newer 99");
    check_version(
        r#"{"schema":1099511627776}"#,
        &format!("newer {}", u32::MAX),
    );
    for unreadable in [
        "",
        "garbage",
        "{",
        "[]",
        "{}",
        "null",
        "42",
        r#""text""#,
        "\u{feff}{\"schema\":2}",
        r#"{"schema":0}"#,
        r#"{"schema":-1}"#,
        r#"{"schema":"2"}"#,
        r#"{"schema":2.5}"#,
        r#"{"schema":null}"#,
        r#"{"draft":{},"history":[]}"#,
    ] {
        check_version(unreadable, "unreadable");
    }
    assert_eq!(read(None, q()), (Store::default(), Outcome::Empty));
    assert_eq!(STORE_SCHEMA, 2);
}

#[test]
fn a_backup_is_needed_exactly_when_something_could_not_be_read() {
    for (outcome, needed) in [
        (Outcome::Empty, false),
        (Outcome::Clean, false),
        (Outcome::Migrated(vec!["mot_role".into()]), false),
        (Outcome::Partial(vec!["draft".into()]), true),
        (Outcome::Unreadable("x".into()), true),
        (Outcome::Newer(3), true),
    ] {
        assert_eq!(outcome.needs_backup(), needed, "{outcome:?}");
    }
}

// =============================================================================================
// Encode → read is the identity
// =============================================================================================

fn question_ids() -> &'static [String] {
    static IDS: OnceLock<Vec<String>> = OnceLock::new();
    IDS.get_or_init(|| q().all_questions().iter().map(|x| x.id.clone()).collect())
}

fn any_answer() -> impl Strategy<Value = Answer> {
    proptest::sample::select(Answer::OPTIONS.to_vec())
}

/// Any string: unicode, quotes, backslashes, control characters.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,12}",
        ".{0,12}",
        "[ \t\n\"\\\\\u{0}-\u{1f}\u{7f}\u{85}\u{2028}\u{200b}äöü€😀a-z]{0,20}",
    ]
}

fn any_id() -> impl Strategy<Value = String> {
    "[A-Za-z0-9_-]{1,64}"
}

fn any_profile() -> impl Strategy<Value = Profile> {
    let field = |f: ProfileField| proptest::option::of(proptest::sample::select(f.options()));
    (
        field(ProfileField::Kind),
        field(ProfileField::Stage),
        field(ProfileField::Scope),
    )
        .prop_map(|keys| {
            let mut profile = Profile::default();
            for (f, key) in ProfileField::ALL.into_iter().zip([keys.0, keys.1, keys.2]) {
                if let Some(key) = key {
                    profile.set(f, key);
                }
            }
            profile
        })
}

fn any_draft() -> impl Strategy<Value = Session> {
    (
        any_profile(),
        proptest::collection::btree_map(
            proptest::sample::select(question_ids()),
            any_answer(),
            0..12,
        ),
        proptest::option::of(any_text()),
    )
        .prop_map(|(profile, answers, started_at)| Session {
            profile,
            answers: answers.into_iter().collect(),
            started_at,
        })
}

/// An entry as stored: anything a version 2 writer could have recorded, with a raw name.
fn any_entry() -> impl Strategy<Value = Entry> {
    let answer_key = prop_oneof![
        proptest::sample::select(Answer::OPTIONS.map(|a| a.key().to_owned()).to_vec()),
        any_text(),
    ];
    let statement = prop_oneof![proptest::sample::select(question_ids()), any_text()];
    let dimension = proptest::sample::select(DimensionId::ALL.map(|d| d.key().to_owned()).to_vec());
    (
        (
            proptest::option::of(any_id()),
            any_text(),
            proptest::option::of(any_text()),
        ),
        proptest::collection::btree_map(
            proptest::sample::select(vec!["kind", "stage", "scope"]).prop_map(str::to_owned),
            any_text(),
            0..3,
        ),
        proptest::collection::btree_map(statement, answer_key, 0..8),
        proptest::collection::btree_map(dimension, proptest::option::of(0u8..=100), 0..7),
        (any_text(), any::<u32>()),
    )
        .prop_map(
            |((id, completed_at, name), profile, answers, scores, (verdict, model_version))| {
                let mut entry = Entry {
                    id: String::new(),
                    completed_at,
                    name,
                    profile,
                    answers,
                    scores,
                    verdict,
                    model_version,
                };
                entry.id = id.unwrap_or_else(|| entry.derive_id());
                entry
            },
        )
}

fn any_screen() -> impl Strategy<Value = Screen> {
    prop_oneof![
        Just(Screen::Intro),
        Just(Screen::History),
        (0usize..12).prop_map(Screen::Page),
        any_id().prop_map(Screen::Result),
        (any_id(), any_id()).prop_map(|(a, b)| Screen::Compare(a, b)),
    ]
}

fn any_extra() -> impl Strategy<Value = BTreeMap<String, JValue>> {
    let value = prop_oneof![
        Just(JValue::Null),
        any::<bool>().prop_map(JValue::from),
        any::<i64>().prop_map(JValue::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| netzwerk_check::app::json::parse(&f.to_string()).unwrap()),
        any_text().prop_map(JValue::from),
        proptest::collection::vec(any::<u32>(), 0..4)
            .prop_map(|v| JValue::Array(v.into_iter().map(JValue::from).collect())),
    ];
    proptest::collection::btree_map(
        "[a-z_]{1,10}".prop_filter("not a known field", |k| {
            !["schema", "draft", "screen", "history", "deleted"].contains(&k.as_str())
        }),
        value,
        0..3,
    )
}

/// Any store as the operations leave it (normalised, ids unique); names still raw.
fn any_store() -> impl Strategy<Value = Store> {
    (
        any_draft(),
        any_screen(),
        proptest::collection::vec(any_entry(), 0..6),
        proptest::collection::btree_set(any_id(), 0..6),
        any_extra(),
    )
        .prop_map(|(draft, screen, entries, deleted, extra)| {
            let mut store = Store {
                draft,
                screen,
                history: Vec::new(),
                deleted,
                extra,
            };
            for entry in entries {
                if store.entry(&entry.id).is_none() {
                    store.history.push(entry);
                }
            }
            store.normalise();
            store
        })
}

proptest! {
    #[test]
    fn encode_then_read_is_the_identity(store in any_store()) {
        let mut expected = store.clone();
        for entry in &mut expected.history {
            entry.name = entry.name.as_deref().and_then(clean_name);
        }
        let (back, outcome) = read(Some(&store.encode()), q());
        prop_assert_eq!(outcome, Outcome::Clean);
        prop_assert_eq!(&back, &expected);
        prop_assert_eq!(back.encode(), expected.encode());
        // A tab that changed nothing writes the same bytes (so it need not write at all).
        let again = back.encode();
        prop_assert_eq!(read(Some(&again), q()).0.encode(), again);
    }
}

// =============================================================================================
// Operations
// =============================================================================================

fn at(second: u32) -> String {
    format!(
        "2026-12-01T{:02}:{:02}:{:02}.000Z",
        second / 3600,
        second / 60 % 60,
        second % 60
    )
}

/// A store with `n` completed checks (one answer each, different times), newest first.
fn with_entries(n: u32) -> Store {
    let mut s = Store::default();
    for i in 0..n {
        s.answer(
            &question_ids()[i as usize % 10],
            Answer::Scale(3),
            &at(2 * i),
        );
        s.complete(q(), &at(2 * i + 1));
    }
    s
}

fn ids(s: &Store) -> Vec<String> {
    s.history.iter().map(|e| e.id.clone()).collect()
}

#[test]
fn completing_records_an_entry_newest_first_and_empties_the_draft() {
    let mut s = Store::default();
    s.set_profile(ProfileField::Kind, "network", &at(0));
    s.answer("mot_personal", Answer::Scale(4), &at(1));
    s.answer("part_time", Answer::DontKnow, &at(2));
    assert_eq!(
        s.draft.started_at.as_deref(),
        Some(at(0).as_str()),
        "the first answer's time"
    );
    let draft = s.draft.clone();
    let first = s.complete(q(), &at(10));
    assert_eq!(s.draft, Session::default());
    assert_eq!(s.screen, Screen::Result(first.clone()));
    let entry = s.entry(&first).unwrap().clone();
    assert_eq!(entry.completed_at, at(10));
    assert_eq!(entry.profile["kind"], "network");
    assert_eq!(entry.answers.len(), 2);
    assert_eq!(entry.answers["part_time"], "dont_know");
    let assessment = assess(q(), &draft.profile, &draft.answers);
    assert_eq!(entry.verdict, assessment.verdict.key());
    assert_eq!(entry.model_version, q().model_version());
    assert_eq!(entry.scores.len(), DimensionId::ALL.len());
    assert_eq!(entry.model_answers(q()), draft.answers);

    s.answer("mot_personal", Answer::Scale(1), &at(20));
    let second = s.complete(q(), &at(30));
    assert_eq!(ids(&s), [second.clone(), first.clone()], "newest first");
    assert_eq!(s.latest().map(|e| e.id.clone()), Some(second));

    // Completing the same check at the same time in two tabs gives one entry.
    let mut twin = s.clone();
    s.answer("goals_change", Answer::Scale(2), &at(40));
    twin.answer("goals_change", Answer::Scale(2), &at(40));
    assert_eq!(s.complete(q(), &at(50)), twin.complete(q(), &at(50)));
    s.merge_history(&twin);
    assert_eq!(s.history.len(), 3);
}

#[test]
fn starting_a_new_check_keeps_the_history() {
    let mut s = with_entries(2);
    let before = s.history.clone();
    s.answer("mot_personal", Answer::Scale(2), &at(100));
    s.start_new();
    assert_eq!(s.draft, Session::default());
    assert_eq!(s.history, before);
}

#[test]
fn renaming_cleans_the_name() {
    let mut s = with_entries(1);
    let id = ids(&s)[0].clone();
    assert!(s.rename(&id, " Workshop\n\"Nord\" "));
    assert_eq!(
        s.entry(&id).unwrap().name.as_deref(),
        Some("Workshop \"Nord\"")
    );
    assert!(s.rename(&id, " \t "));
    assert_eq!(s.entry(&id).unwrap().name, None);
    assert!(!s.rename("r0000000000000000", "x"));
}

#[test]
fn deleting_removes_and_marks() {
    let mut s = with_entries(3);
    let all = ids(&s);
    s.answer("mot_personal", Answer::Scale(2), &at(100));
    s.delete(&all[1]);
    assert_eq!(ids(&s), [all[0].clone(), all[2].clone()]);
    assert_eq!(s.deleted, BTreeSet::from([all[1].clone()]));
    assert!(
        !s.draft.answers.is_empty(),
        "deleting an entry keeps the draft"
    );

    s.delete_all();
    assert!(s.history.is_empty());
    assert_eq!(s.deleted, all.iter().cloned().collect());
    assert_eq!(
        (s.draft.clone(), s.screen.clone()),
        (Session::default(), Screen::Intro)
    );

    // A deleted entry does not come back from a copy that still has it.
    let mut stale = with_entries(3);
    stale.merge_history(&s);
    assert!(stale.history.is_empty());
}

#[test]
fn adding_entries_clears_their_marks_and_never_duplicates() {
    let source = with_entries(3);
    let mut s = source.clone();
    let all = ids(&s);
    s.delete(&all[0]);
    s.delete(&all[2]);
    let imported = vec![
        source.history[0].clone(),
        source.history[1].clone(),
        source.history[0].clone(),
    ];
    assert_eq!(
        s.add_entries(imported),
        1,
        "only the deleted one is new; no duplicate"
    );
    assert_eq!(ids(&s), [all[0].clone(), all[1].clone()]);
    assert_eq!(s.deleted, BTreeSet::from([all[2].clone()]));
    assert_eq!(s.add_entries(source.history.clone()), 1);
    assert_eq!(ids(&s), all);
    assert!(s.deleted.is_empty());
}

#[test]
fn added_entries_read_back_clean() {
    let source = with_entries(1).history[0].clone();
    let mut odd = source.clone();
    odd.id = "not a valid id".into();
    odd.name = Some(" Import\n\u{7}Nord ".into());
    let mut s = Store::default();
    assert_eq!(s.add_entries([odd]), 1);
    assert_eq!(
        ids(&s),
        [source.derive_id()],
        "an invalid id is derived again"
    );
    assert_eq!(s.history[0].name.as_deref(), Some("Import Nord"));
    assert_eq!(read(Some(&s.encode()), q()), (s.clone(), Outcome::Clean));
    assert_eq!(s.add_entries([source]), 0, "the same check, already there");
}

#[test]
fn deletion_marks_stay_bounded() {
    let mut s = with_entries(2);
    for i in 0..TOMBSTONES_MAX + 100 {
        s.delete(&format!("r{i:016x}"));
    }
    assert_eq!(s.deleted.len(), TOMBSTONES_MAX);
    assert_eq!(s.history.len(), 2);
    let other = Store {
        deleted: (0..TOMBSTONES_MAX).map(|i| format!("x{i}")).collect(),
        ..Store::default()
    };
    s.merge_history(&other);
    assert_eq!(s.deleted.len(), TOMBSTONES_MAX);
    // Too many marks in stored data are bounded on reading.
    let raw = json!({"schema": 2, "deleted": (0..TOMBSTONES_MAX + 7).map(|i| format!("d{i}")).collect::<Vec<_>>()});
    assert_eq!(
        read(Some(&raw.to_string()), q()).0.deleted.len(),
        TOMBSTONES_MAX
    );
}

/// Two copies of one history as two tabs could hold them: shared entries (possibly named
/// differently), entries of their own, deletions of their own.
fn two_copies() -> impl Strategy<Value = (Store, Store)> {
    (
        proptest::collection::vec(any_entry(), 0..6),
        proptest::collection::vec(
            (
                0u8..4,
                proptest::option::of(any_text()),
                proptest::option::of(any_text()),
            ),
            0..6,
        ),
    )
        .prop_map(|(entries, fates)| {
            let (mut a, mut b) = (Store::default(), Store::default());
            for (entry, (fate, name_a, name_b)) in entries.into_iter().zip(fates) {
                let mut in_a = entry.clone();
                in_a.name = name_a.as_deref().and_then(clean_name);
                let mut in_b = entry.clone();
                in_b.name = name_b.as_deref().and_then(clean_name);
                match fate {
                    0 => {
                        a.add_entries([in_a]);
                        b.add_entries([in_b]);
                    }
                    1 => {
                        a.add_entries([in_a]);
                    }
                    2 => {
                        b.add_entries([in_b]);
                        a.add_entries([in_a]);
                        a.delete(&entry.id);
                    }
                    _ => {
                        b.delete(&entry.id);
                        a.add_entries([in_a]);
                    }
                }
            }
            (a, b)
        })
}

proptest! {
    #[test]
    fn merging_is_commutative_idempotent_and_keeps_deletions((a, b) in two_copies()) {
        let mut ab = a.clone();
        ab.merge_history(&b);
        let mut ba = b.clone();
        ba.merge_history(&a);
        prop_assert_eq!(&ab.history, &ba.history);
        prop_assert_eq!(&ab.deleted, &ba.deleted);
        // Idempotent.
        let mut aa = a.clone();
        aa.merge_history(&a);
        prop_assert_eq!(&aa, &a);
        let mut abb = ab.clone();
        abb.merge_history(&b);
        prop_assert_eq!(&abb, &ab);
        // The draft and the screen stay this store's.
        prop_assert_eq!(&ab.draft, &a.draft);
        // Union of entries minus union of deletions.
        let deleted: BTreeSet<String> = a.deleted.union(&b.deleted).cloned().collect();
        prop_assert_eq!(&ab.deleted, &deleted);
        let mut expected: Vec<String> = a.history.iter().chain(&b.history)
            .map(|e| e.id.clone())
            .filter(|id| !deleted.contains(id))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let mut got = ids(&ab);
        got.sort();
        expected.sort();
        prop_assert_eq!(got, expected);
        // Through the stored form too.
        let (stored_b, _) = read(Some(&b.encode()), q());
        let mut via_storage = a.clone();
        via_storage.merge_history(&stored_b);
        prop_assert_eq!(&via_storage, &ab);
    }
}

// =============================================================================================
// Two tabs on one localStorage value
// =============================================================================================

/// localStorage as far as the store is concerned.
#[derive(Debug, Clone, Default)]
struct Device {
    /// The value under `STORE_KEY`.
    store: Option<String>,
    /// A version 1 value under `LEGACY_KEY` (read when `store` is absent, never written).
    legacy: Option<String>,
}

/// One tab, doing what `browser::persist` and `ui::state` do: the store in memory, the raw
/// value it last read or wrote, and the changes it could not save yet.
#[derive(Debug, Clone)]
struct Tab {
    mem: Store,
    last_raw: Option<String>,
    pending: Vec<Change>,
}

impl Tab {
    /// `Persist::start`: reads, writes nothing.
    fn start(device: &Device) -> Tab {
        match &device.store {
            Some(raw) => {
                let (mem, outcome) = read(Some(raw), q());
                assert_eq!(outcome, Outcome::Clean, "tabs write clean values");
                Tab {
                    mem,
                    last_raw: Some(raw.clone()),
                    pending: Vec::new(),
                }
            }
            None => Tab {
                mem: read(device.legacy.as_deref(), q()).0,
                last_raw: None,
                pending: Vec::new(),
            },
        }
    }

    /// `Persist::fresh`: the store as another tab left it, if it changed.
    fn fresh(&mut self, device: &Device) -> Option<Store> {
        if device.store == self.last_raw {
            return None;
        }
        self.last_raw.clone_from(&device.store);
        let (store, outcome) = read(device.store.as_deref(), q());
        assert_eq!(outcome, Outcome::Clean, "tabs write clean values");
        Some(store)
    }

    /// `AppState::take_fresh`: what another tab saved, with this tab's unsaved changes
    /// re-applied.
    fn take_fresh(&mut self, device: &Device) -> bool {
        let Some(mut theirs) = self.fresh(device) else {
            return false;
        };
        for change in &self.pending {
            theirs.apply(q(), change);
        }
        theirs.screen = self.mem.screen.clone();
        self.mem = theirs;
        true
    }

    /// `AppState::commit`: take in what other tabs saved, apply `change`, save (or fail to).
    fn commit(&mut self, device: &mut Device, fail: bool, change: Change) -> Applied {
        self.take_fresh(device);
        let replay = change.replay_form(q(), &self.mem);
        let applied = self.mem.apply(q(), &change);
        self.pending.push(replay);
        self.save(device, fail);
        applied
    }

    /// `Persist::save` + `AppState::save`.
    fn save(&mut self, device: &mut Device, fail: bool) {
        let encoded = self.mem.encode();
        if self.last_raw.as_deref() == Some(encoded.as_str()) {
            self.pending.clear();
            return;
        }
        if !fail {
            device.store = Some(encoded.clone());
            self.last_raw = Some(encoded);
            self.pending.clear();
        }
    }

    /// `AppState::take_external_change`: the `storage` event of another tab's write.
    fn sync(&mut self, device: &mut Device, fail: bool) {
        if self.take_fresh(device) && !self.pending.is_empty() {
            self.save(device, fail);
        }
    }
}

/// What a user does in a tab.
#[derive(Debug, Clone)]
enum Op {
    /// Answers statement `.0` (index into the questionnaire) with option `.1`.
    Answer(usize, usize),
    /// Answers profile field `.0` with option `.1`.
    Profile(usize, usize),
    Complete,
    /// Deletes entry `.0` (modulo) of the history this tab shows.
    Delete(usize),
    /// Renames entry `.0` (modulo) of the history this tab shows.
    Rename(usize, &'static str),
    StartNew,
    /// "Delete everything".
    DeleteAll,
    /// The `storage` event from the other tab.
    Sync,
    /// The tab is reloaded (unsaved changes are gone).
    Reload,
}

fn any_op() -> impl Strategy<Value = Op> {
    prop_oneof![
        8 => (0usize..44, 0usize..7).prop_map(|(i, a)| Op::Answer(i, a)),
        2 => (0usize..3, 0usize..4).prop_map(|(f, o)| Op::Profile(f, o)),
        3 => Just(Op::Complete),
        2 => (0usize..8).prop_map(Op::Delete),
        1 => (0usize..8, proptest::sample::select(vec!["Workshop", "  Nord\n", ""]))
            .prop_map(|(i, n)| Op::Rename(i, n)),
        1 => Just(Op::StartNew),
        1 => Just(Op::DeleteAll),
        2 => Just(Op::Sync),
        1 => Just(Op::Reload),
    ]
}

/// What the user did, to check the end state against.
#[derive(Debug, Default)]
struct Log {
    /// Every completed or migrated entry id, with the entry as it was recorded.
    completed: BTreeMap<String, Entry>,
    /// Ids the user deleted (one by one or by deleting everything).
    deleted: BTreeSet<String>,
    /// Answers given (statement id) since the draft was last emptied on purpose (completed,
    /// started anew, everything deleted), in order.
    open_answers: Vec<String>,
}

/// Runs `steps` in two tabs (`false`: tab A, `true`: tab B; `fail`: that tab's save fails)
/// and returns the device, the log and a sequential reference: the same operations applied
/// to one store in the same order, without storage in between.
fn run(legacy: Option<String>, steps: &[(bool, Op, bool)]) -> (Device, Log, Store, [Tab; 2]) {
    let mut device = Device {
        store: None,
        legacy,
    };
    let mut tabs = [Tab::start(&device), Tab::start(&device)];
    let mut reference = tabs[0].mem.clone();
    let mut log = Log::default();
    for entry in &reference.history {
        log.completed.insert(entry.id.clone(), entry.clone());
    }
    log.open_answers = reference
        .draft
        .answers
        .iter()
        .map(|(id, _)| id.to_owned())
        .collect();
    for (time, (which, op, fail)) in (1u32..).zip(steps) {
        let now = at(time * 7);
        let tab = &mut tabs[usize::from(*which)];
        let shown = ids(&tab.mem);
        let pick = |i: usize| (!shown.is_empty()).then(|| shown[i % shown.len()].clone());
        match op.clone() {
            Op::Answer(i, a) => {
                let id = question_ids()[i].clone();
                let answer = Answer::OPTIONS[a];
                let change = Change::Answer {
                    question: id.clone(),
                    answer,
                    now: now.clone(),
                };
                tab.commit(&mut device, *fail, change.clone());
                reference.apply(q(), &change);
                log.open_answers.push(id);
            }
            Op::Profile(f, o) => {
                let field = ProfileField::ALL[f];
                let key = field.options()[o % field.options().len()];
                let change = Change::Profile {
                    field,
                    key: key.to_owned(),
                    now: now.clone(),
                };
                tab.commit(&mut device, *fail, change.clone());
                reference.apply(q(), &change);
            }
            Op::Complete => {
                let change = Change::Complete { now: now.clone() };
                if let Some(id) = tab.commit(&mut device, *fail, change.clone()).completed {
                    log.completed
                        .insert(id.clone(), tab.mem.entry(&id).unwrap().clone());
                    log.open_answers.clear();
                }
                reference.apply(q(), &change);
            }
            Op::Delete(i) => {
                if let Some(id) = pick(i) {
                    tab.commit(&mut device, *fail, Change::Delete(id.clone()));
                    reference.delete(&id);
                    log.deleted.insert(id);
                }
            }
            Op::Rename(i, name) => {
                if let Some(id) = pick(i) {
                    tab.commit(
                        &mut device,
                        *fail,
                        Change::Rename {
                            id: id.clone(),
                            name: name.to_owned(),
                        },
                    );
                    reference.rename(&id, name);
                }
            }
            Op::StartNew => {
                tab.commit(&mut device, *fail, Change::StartNew);
                reference.start_new();
                log.open_answers.clear();
            }
            Op::DeleteAll => {
                // Read-modify-write like every other operation (`Persist::erase` also removes
                // the version 1 value), so what another tab saved since is deleted too.
                tab.take_fresh(&device);
                let known = ids(&tab.mem);
                tab.commit(&mut device, *fail, Change::DeleteAll);
                device.legacy = None;
                // What this tab knew of (another tab's unsaved entry is not on the device).
                log.deleted.extend(known);
                reference.delete_all();
                log.open_answers.clear();
            }
            Op::Sync => tab.sync(&mut device, *fail),
            Op::Reload => *tab = Tab::start(&device),
        }
    }
    (device, log, reference, tabs)
}

/// What a tab opened now would show.
fn final_store(device: &Device) -> Store {
    Tab::start(device).mem
}

/// The history's promises: no completed entry is lost unless deleted; a deletion in one tab
/// stays deleted; an entry's record never changes.
#[track_caller]
fn check_history_promises(device: &Device, log: &Log) {
    let end = final_store(device);
    for id in log.completed.keys() {
        assert!(
            log.deleted.contains(id) || end.entry(id).is_some(),
            "completed entry {id} lost"
        );
    }
    for id in &log.deleted {
        assert!(end.entry(id).is_none(), "deleted entry {id} came back");
    }
    for entry in &end.history {
        let recorded = &log.completed[&entry.id];
        assert_eq!(
            (&entry.answers, &entry.profile, &entry.verdict),
            (&recorded.answers, &recorded.profile, &recorded.verdict),
            "an entry's record never changes"
        );
    }
}

fn legacy_fixture() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        2 => Just(None),
        1 => proptest::sample::select(vec![
            "model1_with_result",
            "model1_in_progress",
            "model2_profile_and_result",
            "model2_result_on_intro",
        ])
        .prop_map(|name| Some(fixture("store_v1", name))),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Every operation reads, changes and writes at once: the end state is the one a single
    /// tab doing the same operations in the same order would reach.
    #[test]
    fn two_tabs_writing_in_turn_lose_nothing(
        legacy in legacy_fixture(),
        steps in proptest::collection::vec((any::<bool>(), any_op()), 1..40),
    ) {
        let steps: Vec<(bool, Op, bool)> = steps.into_iter().map(|(t, op)| (t, op, false)).collect();
        let (device, log, reference, _) = run(legacy, &steps);
        // Every answer given is in the draft or in a recorded entry.
        let end = final_store(&device);
        for id in &log.open_answers {
            prop_assert!(end.draft.answers.get(id).is_some(), "answer to {} lost", id);
        }
        check_history_promises(&device, &log);
        let end = final_store(&device);
        prop_assert_eq!(&end.draft, &reference.draft);
        prop_assert_eq!(&end.history, &reference.history);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Saves fail now and then (quota, a locked storage): a tab keeps its changes and merges
    /// them into what it finds on its next save.
    #[test]
    fn two_tabs_with_failing_saves_keep_their_promises(
        legacy in legacy_fixture(),
        steps in proptest::collection::vec((any::<bool>(), any_op(), proptest::bool::weighted(0.2)), 1..40),
    ) {
        // A reload drops unsaved changes by definition.
        let steps: Vec<_> = steps.into_iter().filter(|(_, op, _)| !matches!(op, Op::Reload)).collect();
        let (mut device, log, _, mut tabs) = run(legacy, &steps);
        // Both tabs save once more, successfully.
        for tab in &mut tabs {
            tab.take_fresh(&device);
            tab.save(&mut device, false);
        }
        check_history_promises(&device, &log);
    }
}
