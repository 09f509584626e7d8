//! `app::json` cross-checked against serde_json (what the app used before, and what wrote every
//! stored value and export file so far): on generated values our writer writes the very bytes
//! serde_json writes, both parsers read each other's output to the same value, and on
//! arbitrary (mostly broken) text both accept and refuse the same inputs.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use netzwerk_check::app::json::{self, Value};
use proptest::prelude::*;

/// Our value as serde_json's (numbers by kind: u64, negative i64, f64).
fn to_serde(v: &Value) -> serde_json::Value {
    match v {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => serde_json::Value::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => serde_json::Value::from(u),
            (None, Some(i)) => serde_json::Value::from(i),
            // A number kept as text: what serde_json reads from that text.
            _ => serde_json::from_str(&n.to_string()).unwrap(),
        },
        Value::String(s) => serde_json::Value::String(s.clone()),
        Value::Array(a) => serde_json::Value::Array(a.iter().map(to_serde).collect()),
        Value::Object(m) => {
            serde_json::Value::Object(m.iter().map(|(k, v)| (k.clone(), to_serde(v))).collect())
        }
    }
}

/// Equal values, floats allowed to differ in the last binary digits: serde_json's default float
/// parsing is not always correctly rounded (its `float_roundtrip` feature is off), so reading
/// its own output may give a neighbouring float. (We keep such numbers as text.)
fn same(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value as S;
    match (a, b) {
        (S::Number(x), S::Number(y)) if x.is_f64() && y.is_f64() => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            x == y || (x.to_bits().abs_diff(y.to_bits()) <= 4 && x.signum() == y.signum())
        }
        (S::Array(x), S::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
        }
        (S::Object(x), S::Object(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|((k, x), (l, y))| k == l && same(x, y))
        }
        _ => a == b,
    }
}

fn any_string() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z_]{0,8}",
        any::<String>(),
        proptest::collection::vec(
            prop_oneof![
                Just('"'),
                Just('\\'),
                Just('/'),
                (0u32..0x20).prop_map(|c| char::from_u32(c).unwrap()),
                Just('\u{7f}'),
                Just('\u{2028}'),
                Just('ä'),
                Just('😀'),
                Just('\u{ffff}'),
            ],
            0..6
        )
        .prop_map(|c| c.into_iter().collect()),
    ]
}

/// A float as serde_json writes it (its canonical form), read by us.
fn any_float() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<f64>(),
        (-1_000_000i64..1_000_000, -30i32..30).prop_map(|(m, e)| m as f64 * 10f64.powi(e)),
        (0u64..1000).prop_map(|n| n as f64 / 8.0),
        Just(0.0),
        Just(-0.0),
        Just(f64::MIN_POSITIVE),
        Just(f64::MAX),
        Just(5e-324),
    ]
    // Finite, and read back exactly by serde_json itself (its float parsing is not always
    // correctly rounded: it may read `8.983580000000001e-10` as a neighbouring float).
    .prop_filter("finite, stable in serde_json", |f| {
        f.is_finite()
            && serde_json::from_str::<f64>(&serde_json::to_string(f).unwrap()).unwrap() == *f
    })
    .prop_map(|f| json::parse(&serde_json::to_string(&f).unwrap()).unwrap())
}

fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (0u8..=100).prop_map(Value::from),
        any_float(),
        any_string().prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(any_string(), inner, 0..6).prop_map(Value::Object),
        ]
    })
}

/// Text that is often almost JSON: pieces of JSON syntax glued together.
fn any_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("{".to_owned()),
        Just("}".to_owned()),
        Just("[".to_owned()),
        Just("]".to_owned()),
        Just(",".to_owned()),
        Just(":".to_owned()),
        Just(" ".to_owned()),
        Just("\n".to_owned()),
        Just("\"".to_owned()),
        Just("\\".to_owned()),
        Just("\\u".to_owned()),
        Just("\\ud83d".to_owned()),
        Just("\\ude00".to_owned()),
        Just("\"a\"".to_owned()),
        Just("true".to_owned()),
        Just("nul".to_owned()),
        Just("null".to_owned()),
        Just("-".to_owned()),
        Just("0".to_owned()),
        Just("01".to_owned()),
        Just("1.5e3".to_owned()),
        Just("1e999".to_owned()),
        Just(".".to_owned()),
        Just("e".to_owned()),
        Just("\u{1}".to_owned()),
        Just("\u{feff}".to_owned()),
        "[0-9a-f]{1,4}",
    ];
    prop_oneof![
        proptest::collection::vec(piece, 0..12).prop_map(|p| p.concat()),
        any_value().prop_map(|v| v.to_string()),
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn we_write_what_serde_json_writes(v in any_value()) {
        let ours = v.to_string();
        let theirs = serde_json::to_string(&to_serde(&v)).unwrap();
        prop_assert_eq!(&ours, &theirs);
        // Both read it back as the same value.
        prop_assert_eq!(&json::parse(&ours).unwrap(), &v);
        let back: serde_json::Value = serde_json::from_str(&ours).unwrap();
        prop_assert!(same(&back, &to_serde(&v)), "{:?} / {:?}", back, v);
    }

    #[test]
    fn we_accept_and_refuse_what_serde_json_does(text in any_text()) {
        let ours = json::parse(&text);
        let theirs = serde_json::from_str::<serde_json::Value>(&text);
        // The one difference: a number beyond f64's range is kept as text by us.
        let out_of_range = theirs
            .as_ref()
            .is_err_and(|e| e.to_string().contains("number out of range"));
        prop_assert!(
            ours.is_ok() == theirs.is_ok() || (ours.is_ok() && out_of_range),
            "{:?}: {:?} / {:?}", text, ours, theirs
        );
        if let (Ok(ours), Ok(theirs)) = (ours, theirs) {
            prop_assert!(same(&to_serde(&ours), &theirs), "{:?} / {:?}", ours, theirs);
        }
    }
}
