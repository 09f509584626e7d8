//! Results that travel: the export file (versioned JSON), the CSV table, and importing an
//! export file: validated completely before anything changes, previewed, then merged by stable
//! entry id (never deleting or overwriting anything).
//!
//! The formats are described in `docs/EXPORT.md`. Pure and total: no browser imports, no
//! panic on any input (arbitrary bytes give an [`ImportError`]). No user-facing text lives
//! here: errors carry an [`ImportErrorKind`] the UI words in German, and an English technical
//! `Display` for logs and tests.

use crate::app::entry::{profile_keys, Entry};
use crate::app::json::{self, Map, Value};
use crate::app::session::Session;
use crate::app::store::{read_entry, valid_id, Store};
use crate::model::{Answer, Answers, ProfileField, Questionnaire};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::{self, Write as _};

/// The `format` field of every export file.
pub const EXPORT_FORMAT: &str = "netzwerk-check-export";
/// The export format version this code writes; files with a higher one are refused.
pub const EXPORT_VERSION: u32 = 1;
/// Largest file [`parse_import`] reads (1 MiB).
pub const IMPORT_MAX_BYTES: usize = 1_048_576;
/// Most entries one file may hold (more and the whole file is refused).
pub const IMPORT_MAX_ENTRIES: usize = 1000;
/// Longest `id`, `completed_at`, `verdict` or `started_at` an imported entry or draft may
/// have, in characters (longer and the entry is skipped).
pub const FIELD_MAX_CHARS: usize = 200;
/// Most answers (and most scores) one imported entry or draft may have.
pub const ENTRY_MAX_ANSWERS: usize = 500;
/// The field separator of the CSV table (German spreadsheet programs expect `;`).
pub const CSV_SEPARATOR: char = ';';

// ---------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------

/// The draft as exported: the store's draft fields (`started_at` when set, `profile`,
/// `answers`, in this order), keys as strings.
fn draft_json(draft: &Session) -> String {
    let mut fields = Vec::new();
    if let Some(started) = &draft.started_at {
        fields.push(("started_at", Value::from(started.as_str())));
    }
    let profile = profile_keys(&draft.profile)
        .into_iter()
        .map(|(k, v)| (k, Value::from(v)))
        .collect();
    let answers = draft
        .answers
        .iter()
        .map(|(id, a)| (id.to_owned(), Value::from(a.key())))
        .collect();
    fields.push(("profile", Value::Object(profile)));
    fields.push(("answers", Value::Object(answers)));
    json::object_text(fields.iter().map(|(k, v)| (*k, v)))
}

/// The export file of everything in `store`: the history (newest first) and the check in
/// progress (left out when empty). `exported_at` is the current time, ISO 8601.
///
/// Indented JSON with one entry per line: readable, diff-friendly, and about a third smaller
/// than indenting every field (so several hundred entries fit [`IMPORT_MAX_BYTES`]). Entries
/// are written exactly as [`Entry::to_json`] writes them.
pub fn export_json(q: &Questionnaire, store: &Store, exported_at: &str) -> String {
    let mut out = String::from("{\n");
    let _ = writeln!(out, "  \"format\": {},", json::quote(EXPORT_FORMAT));
    let _ = writeln!(out, "  \"version\": {EXPORT_VERSION},");
    let _ = writeln!(out, "  \"exported_at\": {},", json::quote(exported_at));
    let _ = write!(
        out,
        "  \"app\": {{\"model_version\": {}}},\n  \"entries\": [",
        q.model_version()
    );
    for (i, entry) in store.history.iter().enumerate() {
        let _ = write!(
            out,
            "{}\n    {}",
            if i == 0 { "" } else { "," },
            entry.to_json()
        );
    }
    out.push_str(if store.history.is_empty() {
        "]"
    } else {
        "\n  ]"
    });
    if !store.draft.is_empty() {
        let _ = write!(out, ",\n  \"draft\": {}", draft_json(&store.draft));
    }
    out.push_str("\n}\n");
    out
}

/// The CSV header: `id`, `completed_at`, `name`, `kind`, `stage`, `scope`, `verdict`,
/// `model_version`, then `score_<area key>` per area in page order, then
/// `answer_<statement id>` per statement in asking order.
pub fn csv_columns(q: &Questionnaire) -> Vec<String> {
    let fixed = [
        "id",
        "completed_at",
        "name",
        "kind",
        "stage",
        "scope",
        "verdict",
        "model_version",
    ];
    fixed
        .iter()
        .map(|c| (*c).to_owned())
        .chain(
            q.dimensions()
                .iter()
                .map(|d| format!("score_{}", d.id.key())),
        )
        .chain(q.all_questions().iter().map(|s| format!("answer_{}", s.id)))
        .collect()
}

/// The history as a table (one row per entry, newest first, columns of [`csv_columns`]):
/// UTF-8 with a byte order mark, `;` separated, CRLF line ends, RFC 4180 quoting, text
/// fields guarded against formula injection (see [`csv_field`]). Scores and verdicts are
/// the stored ones (as computed by the entry's `model_version`).
pub fn export_csv(q: &Questionnaire, store: &Store) -> String {
    let mut out = String::from("\u{FEFF}");
    push_row(&mut out, csv_columns(q).iter().map(|c| csv_field(c)));
    for e in &store.history {
        let text = |s: Option<&String>| s.map_or_else(String::new, |s| csv_field(s));
        let mut row: Vec<String> = vec![
            csv_field(&e.id),
            csv_field(&e.completed_at),
            text(e.name.as_ref()),
        ];
        row.extend(
            ProfileField::ALL
                .iter()
                .map(|f| text(e.profile.get(f.key()))),
        );
        row.push(csv_field(&e.verdict));
        row.push(e.model_version.to_string());
        row.extend(q.dimensions().iter().map(|d| {
            e.scores
                .get(d.id.key())
                .copied()
                .flatten()
                .map_or_else(String::new, |s| s.to_string())
        }));
        row.extend(q.all_questions().iter().map(|s| {
            // The stored key; an answer kept under a statement's former id counts for it.
            let stored = e
                .answers
                .get(&s.id)
                .or_else(|| s.replaces.iter().find_map(|r| e.answers.get(r)));
            text(stored)
        }));
        push_row(&mut out, row.into_iter());
    }
    out
}

fn push_row(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(CSV_SEPARATOR);
        }
        out.push_str(&field);
    }
    out.push_str("\r\n");
}

/// One CSV text field: a value starting with `=`, `+`, `-`, `@`, a tab or a carriage return
/// gets a leading `'` (so a spreadsheet shows it as text instead of running it as a formula);
/// a value containing `;`, `"`, CR or LF is quoted, its `"` doubled (RFC 4180).
pub fn csv_field(value: &str) -> String {
    let guarded = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if guarded.contains([CSV_SEPARATOR, '"', '\r', '\n']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

// ---------------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------------

/// What kind of file could not be imported (the UI words each in German).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ImportErrorKind {
    /// Larger than [`IMPORT_MAX_BYTES`].
    TooLarge,
    /// Not UTF-8 text, or not JSON.
    NotJson,
    /// JSON, but not an export of this widget.
    NotAnExport,
    /// An export of a newer format version.
    Newer,
    /// An export, but damaged (a required field missing or of the wrong type, too many
    /// entries).
    WrongShape,
    /// Nothing in it: an empty file, or an export without entries and without a draft.
    Empty,
}

/// Why a file could not be imported. Nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The file has more than [`IMPORT_MAX_BYTES`] bytes.
    TooLarge {
        /// Its size.
        bytes: usize,
    },
    /// Not UTF-8, or not JSON (the parser's message).
    NotJson(String),
    /// Not a JSON object with `"format": "netzwerk-check-export"`.
    NotAnExport,
    /// Written in a newer export format version.
    Newer {
        /// The file's format version.
        version: u32,
    },
    /// A required top-level field is missing or mistyped (which one).
    WrongShape(String),
    /// More than [`IMPORT_MAX_ENTRIES`] entries.
    TooManyEntries {
        /// How many the file holds.
        count: usize,
    },
    /// No bytes (or only white space), or no entries and no draft.
    Empty,
}

impl ImportError {
    /// The kind, for the UI's message.
    pub fn kind(&self) -> ImportErrorKind {
        match self {
            ImportError::TooLarge { .. } => ImportErrorKind::TooLarge,
            ImportError::NotJson(_) => ImportErrorKind::NotJson,
            ImportError::NotAnExport => ImportErrorKind::NotAnExport,
            ImportError::Newer { .. } => ImportErrorKind::Newer,
            ImportError::WrongShape(_) | ImportError::TooManyEntries { .. } => {
                ImportErrorKind::WrongShape
            }
            ImportError::Empty => ImportErrorKind::Empty,
        }
    }

    /// The file size of [`ImportError::TooLarge`].
    pub fn bytes(&self) -> Option<usize> {
        match self {
            ImportError::TooLarge { bytes } => Some(*bytes),
            _ => None,
        }
    }

    /// The format version of [`ImportError::Newer`].
    pub fn version(&self) -> Option<u32> {
        match self {
            ImportError::Newer { version } => Some(*version),
            _ => None,
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "the file has {bytes} bytes, at most {IMPORT_MAX_BYTES} can be imported"
            ),
            ImportError::NotJson(detail) => write!(f, "not a JSON file: {detail}"),
            ImportError::NotAnExport => write!(
                f,
                "not a Netzwerk-Check export (no \"format\": \"{EXPORT_FORMAT}\")"
            ),
            ImportError::Newer { version } => write!(
                f,
                "export format version {version} is newer than {EXPORT_VERSION}, \
                 which this version reads"
            ),
            ImportError::WrongShape(field) => {
                write!(f, "damaged export: `{field}` is missing or mistyped")
            }
            ImportError::TooManyEntries { count } => write!(
                f,
                "the file holds {count} entries, at most {IMPORT_MAX_ENTRIES} can be imported"
            ),
            ImportError::Empty => write!(f, "the file holds no entries and no draft"),
        }
    }
}

impl std::error::Error for ImportError {}

/// A validated export file, ready to preview and apply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportFile {
    /// The file's format version (1..=[`EXPORT_VERSION`]).
    pub version: u32,
    /// When it was exported, as written in the file (`None` when absent or unusable).
    pub exported_at: Option<String>,
    /// The model version of the app that exported it (`app.model_version`), when given.
    pub model_version: Option<u32>,
    /// The entries that passed every check, in file order, each id once.
    pub entries: Vec<Entry>,
    /// How many entries were damaged and are left out (see [`parse_import`]).
    pub skipped: usize,
    /// How many entries repeated an id seen earlier in the file (left out, not damaged).
    pub duplicates: usize,
    /// The file's check in progress, when it had a non-empty one.
    pub draft: Option<Session>,
    /// What was left out, each starting with its path (`entries[3].answers.mot_role`,
    /// `draft.profile.kind`, …), English, technical.
    pub problems: Vec<String>,
}

/// What applying a file would do, shown before anything changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ImportPreview {
    /// Entries not in the history yet (by id; deleted ones come back).
    pub new: usize,
    /// Entries already in the history (left as they are).
    pub already_there: usize,
    /// Damaged entries that are left out.
    pub skipped: usize,
    /// The file's check in progress is taken over (this device has none).
    pub draft: bool,
}

/// What applying a file did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ImportReport {
    /// Entries added to the history.
    pub added: usize,
    /// Entries that were there already (left as they are).
    pub already_there: usize,
    /// Damaged entries left out.
    pub skipped: usize,
    /// Whether the file's check in progress was taken over.
    pub draft: bool,
}

/// Reads and validates an export file; nothing changes yet.
///
/// The file is refused ([`ImportError`]) when it is larger than [`IMPORT_MAX_BYTES`], not
/// UTF-8 (a byte order mark is allowed), not JSON, not an object whose `format` is
/// [`EXPORT_FORMAT`], of a newer `version`, without an `entries` array or with more than
/// [`IMPORT_MAX_ENTRIES`] entries, or when it holds neither entries nor a draft.
///
/// Otherwise damaged entries are *skipped and reported*, the good ones kept. An entry is kept
/// only when [`read_entry`] reads it without any problem (every field present where required
/// and of the right type, no unknown field, a valid id) and also: `completed_at` (may be empty:
/// unknown), `id` and `verdict` have at most [`FIELD_MAX_CHARS`] characters and no control
/// characters; the verdict is a non-empty key (`a-z`, `_`); the profile has only known fields
/// with known options; at most [`ENTRY_MAX_ANSWERS`] answers and scores, each keyed by a valid
/// id, each answer a known key (`"1"`..`"5"`, `"dont_know"`, `"not_applicable"`). Answers to
/// statements the current questionnaire does not know are kept (an entry is a record of what
/// was answered). Names are cleaned as everywhere (control characters removed, cut to
/// [`crate::app::entry::NAME_MAX_CHARS`]). A repeated id keeps the first entry.
///
/// The draft, when present, is read leniently like the stored draft: bad fields and answers
/// that do not fit the questionnaire are left out and reported.
pub fn parse_import(bytes: &[u8], q: &Questionnaire) -> Result<ImportFile, ImportError> {
    if bytes.len() > IMPORT_MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text =
        std::str::from_utf8(bytes).map_err(|e| ImportError::NotJson(format!("not UTF-8: {e}")))?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value = json::parse(text).map_err(|e| ImportError::NotJson(e.to_string()))?;
    let Value::Object(mut obj) = value else {
        return Err(ImportError::NotAnExport);
    };
    if obj.get("format").and_then(Value::as_str) != Some(EXPORT_FORMAT) {
        return Err(ImportError::NotAnExport);
    }
    let version = match obj.get("version").and_then(Value::as_u64) {
        Some(v) if v > u64::from(EXPORT_VERSION) => {
            return Err(ImportError::Newer {
                version: u32::try_from(v).unwrap_or(u32::MAX),
            })
        }
        Some(v) if v >= 1 => u32::try_from(v).unwrap_or(EXPORT_VERSION),
        _ => return Err(ImportError::WrongShape("version".to_owned())),
    };
    let Some(Value::Array(items)) = obj.remove("entries") else {
        return Err(ImportError::WrongShape("entries".to_owned()));
    };
    if items.len() > IMPORT_MAX_ENTRIES {
        return Err(ImportError::TooManyEntries { count: items.len() });
    }
    let mut problems = Vec::new();
    let exported_at = match obj.remove("exported_at") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if plain(&s) => Some(s),
        Some(_) => {
            problems.push("exported_at".to_owned());
            None
        }
    };
    let model_version = obj
        .get("app")
        .and_then(|a| a.get("model_version"))
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok());
    let mut file = ImportFile {
        version,
        exported_at,
        model_version,
        entries: Vec::new(),
        skipped: 0,
        duplicates: 0,
        draft: None,
        problems: Vec::new(),
    };
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (i, item) in items.into_iter().enumerate() {
        let path = format!("entries[{i}]");
        match import_entry(item, &path, &mut problems) {
            None => file.skipped += 1,
            Some(entry) => match seen.get(&entry.id) {
                Some(first) => {
                    problems.push(format!("{path}.id: repeats entries[{first}]"));
                    file.duplicates += 1;
                }
                None => {
                    seen.insert(entry.id.clone(), i);
                    file.entries.push(entry);
                }
            },
        }
    }
    if let Some(draft) = obj.remove("draft") {
        file.draft = import_draft(draft, q, &mut problems).filter(|d| !d.is_empty());
    }
    file.problems = problems;
    if file.entries.is_empty() && file.skipped == 0 && file.duplicates == 0 && file.draft.is_none()
    {
        return Err(ImportError::Empty);
    }
    Ok(file)
}

/// At most [`FIELD_MAX_CHARS`] characters, no control characters.
fn plain(s: &str) -> bool {
    s.chars().count() <= FIELD_MAX_CHARS && !s.chars().any(char::is_control)
}

/// One entry of an import file, or `None` (problems reported) when it is damaged.
fn import_entry(value: Value, path: &str, problems: &mut Vec<String>) -> Option<Entry> {
    let Value::Object(obj) = &value else {
        problems.push(format!("{path}: not an object"));
        return None;
    };
    let mut own = Vec::new();
    // Limits on the raw value, before anything is derived from it.
    for key in ["id", "completed_at", "verdict"] {
        if let Some(Value::String(s)) = obj.get(key) {
            if !plain(s) {
                own.push(format!("{path}.{key}: too long or control characters"));
            }
        }
    }
    for key in ["answers", "scores"] {
        if let Some(Value::Object(map)) = obj.get(key) {
            if map.len() > ENTRY_MAX_ANSWERS {
                own.push(format!("{path}.{key}: more than {ENTRY_MAX_ANSWERS}"));
            }
        }
    }
    if !own.is_empty() {
        problems.extend(own);
        return None;
    }
    let entry = read_entry(value, path, &mut own)?;
    if entry.verdict.is_empty()
        || !entry
            .verdict
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'_')
    {
        own.push(format!("{path}.verdict: not a verdict key"));
    }
    for (key, option) in &entry.profile {
        let known = ProfileField::ALL
            .iter()
            .any(|f| f.key() == key && f.options().contains(&option.as_str()));
        if !known {
            own.push(format!("{path}.profile.{key}: unknown"));
        }
    }
    for (id, answer) in &entry.answers {
        if !valid_id(id) || Answer::from_key(answer).is_none() {
            own.push(format!("{path}.answers.{id}: not an answer"));
        }
    }
    for key in entry.scores.keys() {
        if !valid_id(key) {
            own.push(format!("{path}.scores.{key}: not an area key"));
        }
    }
    if own.is_empty() {
        Some(entry)
    } else {
        problems.extend(own);
        None
    }
}

/// The draft of an import file, read leniently (bad parts left out and reported).
fn import_draft(value: Value, q: &Questionnaire, problems: &mut Vec<String>) -> Option<Session> {
    let Value::Object(mut obj) = value else {
        problems.push("draft: not an object".to_owned());
        return None;
    };
    let mut session = Session::default();
    match obj.remove("started_at") {
        None | Some(Value::Null) => {}
        Some(Value::String(s)) if plain(&s) => session.started_at = Some(s),
        Some(_) => problems.push("draft.started_at".to_owned()),
    }
    for (key, value) in object(obj.remove("profile"), "draft.profile", problems) {
        let set = value.as_str().is_some_and(|v| {
            ProfileField::ALL
                .into_iter()
                .find(|f| f.key() == key)
                .is_some_and(|f| session.profile.set(f, v))
        });
        if !set {
            problems.push(format!("draft.profile.{key}"));
        }
    }
    let answers = object(obj.remove("answers"), "draft.answers", problems);
    if answers.len() > ENTRY_MAX_ANSWERS {
        problems.push(format!("draft.answers: more than {ENTRY_MAX_ANSWERS}"));
        return None;
    }
    let mut parsed = Answers::new();
    for (id, value) in answers {
        match value.as_str().and_then(Answer::from_key) {
            Some(a) if valid_id(&id) => parsed.set(&id, a),
            _ => problems.push(format!("draft.answers.{id}")),
        }
    }
    let (kept, unknown) = parsed.validated(q);
    problems.extend(unknown.into_iter().map(|id| format!("draft.answers.{id}")));
    session.answers = kept;
    for key in obj.keys() {
        problems.push(format!("draft.{key}"));
    }
    Some(session)
}

/// A JSON object's fields; absent or null is empty, anything else is reported.
fn object(value: Option<Value>, path: &str, problems: &mut Vec<String>) -> Map {
    match value {
        None | Some(Value::Null) => Map::new(),
        Some(Value::Object(map)) => map,
        Some(_) => {
            problems.push(path.to_owned());
            Map::new()
        }
    }
}

/// What [`apply_import`] would do with `file` on `store`.
pub fn preview(store: &Store, file: &ImportFile) -> ImportPreview {
    let there = file
        .entries
        .iter()
        .filter(|e| store.entry(&e.id).is_some())
        .count();
    ImportPreview {
        new: file.entries.len() - there,
        already_there: there,
        skipped: file.skipped,
        draft: file.draft.is_some() && store.draft.is_empty(),
    }
}

/// Merges a validated file into `store`: entries whose id is not in the history are added
/// (clearing a deletion mark: the user chose to bring them back); entries already there stay
/// as they are; nothing is deleted. The file's draft is taken over only when this store's
/// draft is empty. Applying the same file twice adds nothing the second time.
pub fn apply_import(store: &mut Store, file: ImportFile) -> ImportReport {
    let ImportFile {
        entries,
        skipped,
        draft,
        ..
    } = file;
    let ids: BTreeSet<String> = entries.iter().map(|e| e.id.clone()).collect();
    let (added, take_draft) = store.import(entries, draft);
    ImportReport {
        added,
        already_there: ids.len().saturating_sub(added),
        skipped,
        draft: take_draft,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn csv_fields_are_guarded_and_quoted() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a;b"), "\"a;b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field("=1+1"), "'=1+1");
        assert_eq!(csv_field("-x"), "'-x");
        assert_eq!(csv_field("@a;b"), "\"'@a;b\"");
        assert_eq!(csv_field("Größe"), "Größe");
        assert_eq!(csv_field(""), "");
    }

    #[test]
    fn error_kinds_and_accessors() {
        let e = ImportError::TooLarge { bytes: 5 };
        assert_eq!(
            (e.kind(), e.bytes(), e.version()),
            (ImportErrorKind::TooLarge, Some(5), None)
        );
        let e = ImportError::Newer { version: 3 };
        assert_eq!((e.kind(), e.version()), (ImportErrorKind::Newer, Some(3)));
        assert_eq!(
            ImportError::TooManyEntries { count: 1001 }.kind(),
            ImportErrorKind::WrongShape
        );
        assert!(ImportError::Empty.to_string().contains("no entries"));
    }
}
