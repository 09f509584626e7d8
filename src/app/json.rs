//! A small JSON module for the stored data, the export file and imports: a [`Value`], a strict
//! RFC 8259 parser ([`parse`]) and a compact writer (`Display`, [`write_str`], [`object_text`]).
//!
//! It writes exactly what serde_json (with its default sorted map) wrote before it, byte for
//! byte, so stored values and exported files of every version stay compatible:
//! objects in sorted key order ([`Map`] is a `BTreeMap`; [`object_text`] writes fields in a
//! given order, like a derived `Serialize`), strings escaped the same way (`\"`, `\\`, `\b`,
//! `\f`, `\n`, `\r`, `\t`, other control characters as `\u00xx`, nothing else), integers as
//! written. Integers are read as serde_json reads them (`u64`, or a negative `i64`, when they
//! fit). Every other number (a fraction, an exponent, a larger integer, `-0`) is kept as the
//! text it was written as and written back verbatim: no version of the app writes such numbers
//! (they can only sit in unknown fields a newer version added), and the float parsing and
//! formatting code this saves is several KB of wasm. serde_json wrote them in its canonical
//! float form (`1e+16`, `100.0`), which reads and writes back unchanged; only a number written
//! otherwise by hand (`1E2`) now stays as it is instead of being normalised, and one beyond
//! the range of `f64` (`1e400`, which made serde_json refuse the whole text) is kept too.
//!
//! Pure and total: no browser imports, no panic on any input. Nesting is limited to
//! [`MAX_DEPTH`] levels (deeper input is an error, never a stack overflow).

use std::collections::BTreeMap;
use std::fmt;

/// A JSON object: keys sorted (as serde_json's default map), a repeated key keeps its last
/// value.
pub type Map = BTreeMap<String, Value>;

/// Deepest nesting of arrays and objects [`parse`] accepts (as serde_json).
pub const MAX_DEPTH: usize = 127;

/// A JSON value.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Value {
    /// `null`.
    #[default]
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(Number),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object.
    Object(Map),
}

/// A JSON number: a non-negative integer, a negative integer, or any other number as the
/// text it was read from (see the module documentation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number(N);

#[derive(Debug, Clone, PartialEq, Eq)]
enum N {
    PosInt(u64),
    /// Always negative.
    NegInt(i64),
    /// Valid JSON number text that is not an integer of the two kinds above.
    Other(Box<str>),
}

impl Number {
    /// The number as a `u64` when it is a non-negative integer (not a float like `2.0`).
    pub fn as_u64(&self) -> Option<u64> {
        match self.0 {
            N::PosInt(n) => Some(n),
            _ => None,
        }
    }

    /// The number as an `i64` when it is an integer that fits.
    pub fn as_i64(&self) -> Option<i64> {
        match self.0 {
            N::PosInt(n) => i64::try_from(n).ok(),
            N::NegInt(n) => Some(n),
            N::Other(_) => None,
        }
    }

    /// `true` for a number kept as its text (a float for serde_json).
    pub fn is_other(&self) -> bool {
        matches!(self.0, N::Other(_))
    }
}

impl From<u64> for Number {
    fn from(n: u64) -> Self {
        Number(N::PosInt(n))
    }
}

impl From<i64> for Number {
    fn from(n: i64) -> Self {
        match u64::try_from(n) {
            Ok(p) => Number(N::PosInt(p)),
            Err(_) => Number(N::NegInt(n)),
        }
    }
}

impl Value {
    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// A non-negative integer (not a float like `2.0`), as serde_json's `as_u64`.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.as_u64(),
            _ => None,
        }
    }

    /// The boolean, if this is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The elements, if this is an array.
    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The fields, if this is an object.
    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    /// `true` for `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// The field `key` of an object (`None` for anything else).
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object().and_then(|m| m.get(key))
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<u8> for Value {
    fn from(n: u8) -> Self {
        Value::Number(u64::from(n).into())
    }
}

impl From<u32> for Value {
    fn from(n: u32) -> Self {
        Value::Number(u64::from(n).into())
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Self {
        Value::Number(n.into())
    }
}

impl From<i32> for Value {
    fn from(n: i32) -> Self {
        Value::Number(i64::from(n).into())
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Value::Number(n.into())
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::String(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::String(s)
    }
}

impl From<Vec<Value>> for Value {
    fn from(a: Vec<Value>) -> Self {
        Value::Array(a)
    }
}

impl From<Map> for Value {
    fn from(m: Map) -> Self {
        Value::Object(m)
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    /// `None` is `null`.
    fn from(o: Option<T>) -> Self {
        o.map_or(Value::Null, Into::into)
    }
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

impl fmt::Display for Value {
    /// Compact JSON text (no white space), as serde_json's `to_string`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        write_value(&mut out, self);
        f.write_str(&out)
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        write_number(&mut out, self);
        f.write_str(&out)
    }
}

/// Appends `value` as compact JSON text.
pub fn write_value(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Number(n) => write_number(out, n),
        Value::String(s) => write_str(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(out, item);
            }
            out.push(']');
        }
        Value::Object(map) => write_fields(out, map.iter().map(|(k, v)| (k.as_str(), v))),
    }
}

/// An object with its fields in the given order (as a derived `Serialize` writes a struct),
/// compact.
pub fn object_text<'a>(fields: impl IntoIterator<Item = (&'a str, &'a Value)>) -> String {
    let mut out = String::new();
    write_fields(&mut out, fields);
    out
}

fn write_fields<'a>(out: &mut String, fields: impl IntoIterator<Item = (&'a str, &'a Value)>) {
    out.push('{');
    for (i, (key, value)) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(out, key);
        out.push(':');
        write_value(out, value);
    }
    out.push('}');
}

/// Appends `s` as a JSON string (quoted and escaped as serde_json does).
pub fn write_str(out: &mut String, s: &str) {
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let escape: &str = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x08 => "\\b",
            0x0C => "\\f",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x00..=0x1F => "",
            _ => continue,
        };
        out.push_str(s.get(start..i).unwrap_or_default());
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xF)]));
        } else {
            out.push_str(escape);
        }
        start = i + 1;
    }
    out.push_str(s.get(start..).unwrap_or_default());
    out.push('"');
}

/// `s` as a JSON string.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    write_str(&mut out, s);
    out
}

fn write_number(out: &mut String, n: &Number) {
    use fmt::Write as _;
    let _ = match &n.0 {
        N::PosInt(n) => write!(out, "{n}"),
        N::NegInt(n) => write!(out, "{n}"),
        N::Other(text) => out.write_str(text),
    };
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

/// Why a text is not JSON, and where (1-based line and column, the column counted in
/// characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// What is wrong (English, technical).
    pub message: &'static str,
    /// Line of the problem, from 1.
    pub line: usize,
    /// Column of the problem, from 1, in characters.
    pub column: usize,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.message, self.line, self.column
        )
    }
}

impl std::error::Error for Error {}

/// Parses exactly one JSON value (white space around it allowed, nothing else): RFC 8259,
/// strictly (no comments, no trailing commas, no single quotes, no NaN, no leading zeros, no
/// byte order mark, no lone surrogates in `\u` escapes, no control characters in strings).
pub fn parse(text: &str) -> Result<Value, Error> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        depth: 0,
    };
    p.skip_ws();
    let value = p.value()?;
    p.skip_ws();
    if p.pos < p.bytes.len() {
        return Err(p.error("trailing characters after the value"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn error(&self, message: &'static str) -> Error {
        self.error_at(self.pos, message)
    }

    fn error_at(&self, pos: usize, message: &'static str) -> Error {
        let before = self
            .text
            .get(..pos.min(self.text.len()))
            .unwrap_or_default();
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before.get(line_start..).unwrap_or_default().chars().count() + 1;
        Error {
            message,
            line,
            column,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn expect_literal(&mut self, literal: &str, value: Value) -> Result<Value, Error> {
        if self.bytes.get(self.pos..self.pos + literal.len()) == Some(literal.as_bytes()) {
            self.pos += literal.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn value(&mut self) -> Result<Value, Error> {
        match self.peek() {
            None => Err(self.error("unexpected end of input, expected a value")),
            Some(b'n') => self.expect_literal("null", Value::Null),
            Some(b't') => self.expect_literal("true", Value::Bool(true)),
            Some(b'f') => self.expect_literal("false", Value::Bool(false)),
            Some(b'"') => Ok(Value::String(self.string()?)),
            Some(b'-' | b'0'..=b'9') => Ok(Value::Number(self.number()?)),
            Some(b'[') => self.nested(Self::array),
            Some(b'{') => self.nested(Self::object),
            Some(_) => Err(self.error("expected a value")),
        }
    }

    fn nested(&mut self, f: fn(&mut Self) -> Result<Value, Error>) -> Result<Value, Error> {
        if self.depth >= MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.depth += 1;
        let value = f(self);
        self.depth -= 1;
        value
    }

    fn array(&mut self) -> Result<Value, Error> {
        self.pos += 1; // `[`
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_ws();
            items.push(self.value()?);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Value::Array(items));
                }
                None => return Err(self.error("unexpected end of input in an array")),
                Some(_) => return Err(self.error("expected `,` or `]`")),
            }
        }
    }

    fn object(&mut self) -> Result<Value, Error> {
        self.pos += 1; // `{`
        let mut map = Map::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Value::Object(map));
        }
        loop {
            self.skip_ws();
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.error("unexpected end of input in an object")),
                Some(_) => return Err(self.error("expected a string key")),
            }
            let key = self.string()?;
            self.skip_ws();
            match self.peek() {
                Some(b':') => self.pos += 1,
                None => return Err(self.error("unexpected end of input in an object")),
                Some(_) => return Err(self.error("expected `:`")),
            }
            self.skip_ws();
            let value = self.value()?;
            map.insert(key, value);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Value::Object(map));
                }
                None => return Err(self.error("unexpected end of input in an object")),
                Some(_) => return Err(self.error("expected `,` or `}`")),
            }
        }
    }

    /// A string starting at the `"` under the cursor.
    fn string(&mut self) -> Result<String, Error> {
        self.pos += 1; // `"`
        let mut out = String::new();
        let mut start = self.pos;
        loop {
            let Some(b) = self.peek() else {
                return Err(self.error("unexpected end of input in a string"));
            };
            match b {
                b'"' => {
                    out.push_str(self.text.get(start..self.pos).unwrap_or_default());
                    self.pos += 1;
                    return Ok(out);
                }
                b'\\' => {
                    out.push_str(self.text.get(start..self.pos).unwrap_or_default());
                    self.pos += 1;
                    self.escape(&mut out)?;
                    start = self.pos;
                }
                0x00..=0x1F => return Err(self.error("control character in a string")),
                _ => self.pos += 1,
            }
        }
    }

    /// One escape after its `\`.
    fn escape(&mut self, out: &mut String) -> Result<(), Error> {
        let Some(b) = self.peek() else {
            return Err(self.error("unexpected end of input in a string"));
        };
        let c = match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let at = self.pos - 1;
                self.pos += 1;
                let first = self.hex4()?;
                let code = match first {
                    0xD800..=0xDBFF => {
                        if self.bytes.get(self.pos..self.pos + 2) != Some(b"\\u") {
                            return Err(self.error_at(at, "lone surrogate in a \\u escape"));
                        }
                        self.pos += 2;
                        let second = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&second) {
                            return Err(self.error_at(at, "lone surrogate in a \\u escape"));
                        }
                        0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                    }
                    0xDC00..=0xDFFF => {
                        return Err(self.error_at(at, "lone surrogate in a \\u escape"))
                    }
                    other => other,
                };
                let c =
                    char::from_u32(code).ok_or_else(|| self.error_at(at, "invalid \\u escape"))?;
                out.push(c);
                return Ok(());
            }
            _ => return Err(self.error("invalid escape")),
        };
        self.pos += 1;
        out.push(c);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|b| char::from(b).to_digit(16))
                .ok_or_else(|| self.error("invalid \\u escape"))?;
            code = code * 16 + digit;
            self.pos += 1;
        }
        Ok(code)
    }

    fn digits(&mut self) -> usize {
        let from = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        self.pos - from
    }

    /// A number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn number(&mut self) -> Result<Number, Error> {
        let start = self.pos;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        let int_start = self.pos;
        match self.peek() {
            Some(b'0') => {
                self.pos += 1;
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(self.error("invalid number (leading zero)"));
                }
            }
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.error("invalid number")),
        }
        let int_end = self.pos;
        let mut float = false;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
            float = true;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
            float = true;
        }
        let text = self.text.get(start..self.pos).unwrap_or_default();
        if !float {
            // As serde_json: integers as u64 / negative i64 when they fit; `-0` and larger
            // ones are other numbers.
            let digits = self.text.get(int_start..int_end).unwrap_or_default();
            if let Ok(n) = digits.parse::<u64>() {
                if !negative {
                    return Ok(Number(N::PosInt(n)));
                }
                if n != 0 {
                    if let Some(neg) = 0i64.checked_sub_unsigned(n) {
                        return Ok(Number(N::NegInt(neg)));
                    }
                }
            }
        }
        Ok(Number(N::Other(text.into())))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    fn round(text: &str) -> String {
        parse(text).unwrap().to_string()
    }

    #[test]
    fn literals_and_containers() {
        assert_eq!(round(" null "), "null");
        assert_eq!(round("[true,false]"), "[true,false]");
        assert_eq!(
            round(r#"{ "b" : 1 , "a" : [ ] , "c" : { } }"#),
            r#"{"a":[],"b":1,"c":{}}"#
        );
        assert_eq!(round(r#"{"a":1,"a":2}"#), r#"{"a":2}"#);
        assert_eq!(round("[[[]]]"), "[[[]]]");
    }

    #[test]
    fn numbers_as_serde_json_reads_them_others_verbatim() {
        let cases = [
            ("0", "0"),
            ("-1", "-1"),
            ("18446744073709551615", "18446744073709551615"),
            ("-9223372036854775808", "-9223372036854775808"),
            // Not integers of u64 / i64: kept as written (serde_json's canonical float forms
            // read and write back unchanged).
            ("-0", "-0"),
            ("18446744073709551616", "18446744073709551616"),
            ("-9223372036854775809", "-9223372036854775809"),
            ("1.0", "1.0"),
            ("1e+16", "1e+16"),
            ("1.5e-7", "1.5e-7"),
            ("1E2", "1E2"),
            ("1e400", "1e400"),
        ];
        for (text, written) in cases {
            assert_eq!(round(text), written, "{text}");
        }
        assert_eq!(parse("2").unwrap().as_u64(), Some(2));
        assert_eq!(parse("2.0").unwrap().as_u64(), None);
        assert_eq!(parse("-2").unwrap().as_u64(), None);
        assert_eq!(parse("-2").unwrap(), Value::from(-2));
        assert_ne!(parse("1").unwrap(), parse("1.0").unwrap());
    }

    #[test]
    fn strings_escape_as_serde_json() {
        assert_eq!(
            quote("\"\\/\u{8}\u{c}\n\r\t\u{0}\u{1f}\u{7f}äß😀\u{2028}"),
            "\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0000\\u001f\u{7f}äß😀\u{2028}\""
        );
        assert_eq!(round(r#""\u00e4\ud83d\ude00\/""#), "\"ä😀/\"");
        assert_eq!(round(r#""\uFFFF""#), "\"\u{ffff}\"");
    }

    #[track_caller]
    fn refused(text: &str, message: &str, line: usize, column: usize) {
        let e = parse(text).unwrap_err();
        assert!(e.message.contains(message), "{text}: {e}");
        assert_eq!((e.line, e.column), (line, column), "{text}: {e}");
    }

    #[test]
    fn errors_say_what_and_where() {
        refused("", "end of input", 1, 1);
        refused("  ", "end of input", 1, 3);
        refused("{\"a\":1} x", "trailing", 1, 9);
        refused("{\n  \"a\": 01\n}", "leading zero", 2, 9);
        refused("[1,]", "expected a value", 1, 4);
        refused("{\"a\":1,}", "string key", 1, 8);
        refused("{'a':1}", "string key", 1, 2);
        refused("{\"a\" 1}", "`:`", 1, 6);
        refused("[1 2]", "`,` or `]`", 1, 4);
        refused("{\"a\":1 \"b\":2}", "`,` or `}`", 1, 8);
        refused("[NaN]", "expected a value", 1, 2);
        refused("[nul]", "expected a value", 1, 2);
        refused("\"a\u{1}\"", "control character", 1, 3);
        refused("\"ä\\x\"", "invalid escape", 1, 4);
        refused("\"\\u12G4\"", "\\u escape", 1, 6);
        refused("\"\\ud800\"", "lone surrogate", 1, 2);
        refused("\"\\ud800\\u0041\"", "lone surrogate", 1, 2);
        refused("\"\\udc00\"", "lone surrogate", 1, 2);
        refused("\u{feff}{}", "expected a value", 1, 1);
        refused("[-]", "invalid number", 1, 3);
        refused("[1.]", "invalid number", 1, 4);
        refused("[1e+]", "invalid number", 1, 5);
        refused("[.5]", "expected a value", 1, 2);
        refused("{\"a\":[1,2", "end of input", 1, 10);
        refused("\"abc", "end of input", 1, 5);
        refused("// x\n1", "expected a value", 1, 1);
    }

    #[test]
    fn nesting_is_limited() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        refused(&deep, "nested too deeply", 1, MAX_DEPTH + 1);
        // Far deeper input is an error, not a stack overflow.
        assert!(parse(&"[{\"a\":".repeat(100_000)).is_err());
    }

    #[test]
    fn fields_in_a_given_order() {
        let one = Value::from(1);
        let text = Value::from("x");
        assert_eq!(
            object_text([("b", &one), ("a", &text)]),
            r#"{"b":1,"a":"x"}"#
        );
        assert_eq!(object_text([]), "{}");
    }
}
