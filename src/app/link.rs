//! "Ergebnis als Link": one completed check in the URL fragment (`#ergebnis=<payload>`), so a
//! result can be shared without a server ever seeing it (browsers do not send the fragment).
//!
//! The payload holds the completion time, the profile and the answers in the current
//! questionnaire's statement order, with a checksum; never the name (it could be personal).
//! Whoever opens the link gets the result recomputed by their model. The format is described
//! in `docs/EXPORT.md`. Pure and total: no browser imports, no panic on any input.

use crate::app::entry::Entry;
use crate::model::{Answer, Answers, Profile, ProfileField, Questionnaire};
use std::fmt;

/// The key of a result link in the URL fragment: `#ergebnis=<payload>`.
pub const FRAGMENT_KEY: &str = "ergebnis";
/// The payload format version (its first field).
pub const LINK_VERSION: u32 = 1;
/// Longest payload [`decode`] reads, in bytes (a real one has about 100).
pub const PAYLOAD_MAX_BYTES: usize = 2048;

const SEPARATOR: char = '.';
const UNANSWERED: char = '-';

/// Why a link could not be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LinkError {
    /// Damaged: a character, a field or the checksum is wrong (e.g. cut off when copied).
    Corrupt,
    /// Made by another version of the check (another link format or model version, or a
    /// questionnaire with another number of statements): its answers cannot be placed.
    OtherVersion,
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Corrupt => write!(f, "damaged result link"),
            LinkError::OtherVersion => write!(f, "result link of another version of the check"),
        }
    }
}

impl std::error::Error for LinkError {}

/// The payload of `entry`'s link (without `ergebnis=`): URL-safe characters only.
///
/// Fields separated by `.`: the link format version, `q`'s model version, the completion time
/// as digits (`YYYYMMDDhhmmssSSS` for a UTC ISO time with milliseconds as browsers write it,
/// `YYYYMMDD` for any other time with an ISO date, empty otherwise), the profile (one
/// character per field: the option's position `0`–`9`, or `-`), the answers (one character per
/// statement of `q` in asking order: `1`–`5`, `d` weiß nicht, `n` passt nicht, `-` none), and
/// a checksum (6 lowercase hex digits: the low 24 bits of the FNV-1a-32 hash of everything
/// before the last `.`). Answers are taken as the current model reads them (statements
/// replaced since carry over; answers to statements `q` does not know are left out).
pub fn encode(q: &Questionnaire, entry: &Entry) -> String {
    let profile = entry.model_profile();
    let answers = entry.model_answers(q);
    let mut body = format!(
        "{LINK_VERSION}{SEPARATOR}{}{SEPARATOR}{}{SEPARATOR}",
        q.model_version(),
        date_digits(&entry.completed_at)
    );
    for field in ProfileField::ALL {
        body.push(
            profile
                .get(field)
                .and_then(|key| field.options().iter().position(|o| *o == key))
                .and_then(|i| char::from_digit(u32::try_from(i).ok()?, 10))
                .unwrap_or(UNANSWERED),
        );
    }
    body.push(SEPARATOR);
    for question in q.all_questions() {
        body.push(match answers.get(&question.id) {
            Some(Answer::DontKnow) => 'd',
            Some(Answer::NotApplicable) => 'n',
            Some(a) => a
                .scale()
                .and_then(|v| char::from_digit(u32::from(v), 10))
                .unwrap_or(UNANSWERED),
            None => UNANSWERED,
        });
    }
    let check = checksum(&body);
    format!("{body}{SEPARATOR}{check:06x}")
}

/// `ergebnis=<payload>`: what follows `#` in a result link.
pub fn fragment(q: &Questionnaire, entry: &Entry) -> String {
    format!("{FRAGMENT_KEY}={}", encode(q, entry))
}

/// Reads a URL fragment (with or without the leading `#`): `None` when it is not a result link
/// at all, else the decoded entry or why it cannot be opened.
pub fn from_fragment(q: &Questionnaire, hash: &str) -> Option<Result<Entry, LinkError>> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let payload = hash.strip_prefix(FRAGMENT_KEY)?.strip_prefix('=')?;
    Some(decode(q, payload))
}

/// Decodes a payload of [`encode`] into an entry: its scores and verdict computed by `q`'s
/// model (the model version `q`'s, the id derived from the content as always, no name).
///
/// Checks, in this order: only URL-safe characters and at most [`PAYLOAD_MAX_BYTES`]; six
/// fields (else [`LinkError::Corrupt`]); a numeric link format version other than
/// [`LINK_VERSION`] is [`LinkError::OtherVersion`]; the checksum ([`LinkError::Corrupt`]);
/// the model version and the number of answers must be `q`'s
/// ([`LinkError::OtherVersion`]); every date digit, profile and answer character must be
/// valid ([`LinkError::Corrupt`]).
pub fn decode(q: &Questionnaire, payload: &str) -> Result<Entry, LinkError> {
    if payload.len() > PAYLOAD_MAX_BYTES
        || !payload
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~'))
    {
        return Err(LinkError::Corrupt);
    }
    let fields: Vec<&str> = payload.split(SEPARATOR).collect();
    let [format, model, date, profile, answers, check] = fields.as_slice() else {
        return Err(LinkError::Corrupt);
    };
    match number(format) {
        Some(v) if v == LINK_VERSION => {}
        Some(_) => return Err(LinkError::OtherVersion),
        None => return Err(LinkError::Corrupt),
    }
    let (body, _) = payload.rsplit_once(SEPARATOR).ok_or(LinkError::Corrupt)?;
    let expected = format!("{:06x}", checksum(body));
    if *check != expected {
        return Err(LinkError::Corrupt);
    }
    if number(model) != Some(q.model_version()) {
        return Err(if number(model).is_some() {
            LinkError::OtherVersion
        } else {
            LinkError::Corrupt
        });
    }
    if answers.chars().count() != q.all_questions().len() {
        return Err(LinkError::OtherVersion);
    }
    let completed_at = iso_date(date).ok_or(LinkError::Corrupt)?;
    let profile = read_profile(profile).ok_or(LinkError::Corrupt)?;
    let mut parsed = Answers::new();
    for (question, c) in q.all_questions().iter().zip(answers.chars()) {
        let answer = match c {
            'd' => Answer::DontKnow,
            'n' => Answer::NotApplicable,
            UNANSWERED => continue,
            c => match c.to_digit(10).and_then(|v| u8::try_from(v).ok()) {
                Some(v @ Answer::SCALE_MIN..=Answer::SCALE_MAX) => Answer::Scale(v),
                _ => return Err(LinkError::Corrupt),
            },
        };
        parsed.set(&question.id, answer);
    }
    Ok(Entry::complete(q, &profile, &parsed, &completed_at))
}

/// A decimal number of 1..=10 digits.
fn number(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 10 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn read_profile(s: &str) -> Option<Profile> {
    if s.chars().count() != ProfileField::ALL.len() {
        return None;
    }
    let mut profile = Profile::default();
    for (field, c) in ProfileField::ALL.into_iter().zip(s.chars()) {
        if c == UNANSWERED {
            continue;
        }
        let index = usize::try_from(c.to_digit(10)?).ok()?;
        let key = field.options().get(index)?;
        if !profile.set(field, key) {
            return None;
        }
    }
    Some(profile)
}

/// The completion time as digits (see [`encode`]).
fn date_digits(iso: &str) -> String {
    let b = iso.as_bytes();
    let digits_at = |range: std::ops::Range<usize>| {
        b.get(range)
            .is_some_and(|s| s.iter().all(u8::is_ascii_digit))
    };
    let date = digits_at(0..4)
        && b.get(4) == Some(&b'-')
        && digits_at(5..7)
        && b.get(7) == Some(&b'-')
        && digits_at(8..10);
    let full = date
        && b.len() == 24
        && b.get(10) == Some(&b'T')
        && digits_at(11..13)
        && b.get(13) == Some(&b':')
        && digits_at(14..16)
        && b.get(16) == Some(&b':')
        && digits_at(17..19)
        && b.get(19) == Some(&b'.')
        && digits_at(20..23)
        && b.get(23) == Some(&b'Z');
    let keep = if full {
        24
    } else if date {
        10
    } else {
        0
    };
    let digits: String = iso
        .get(..keep)
        .unwrap_or_default()
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    if iso_date(&digits).is_some() {
        digits
    } else {
        String::new()
    }
}

/// The ISO time of [`date_digits`]' output; `None` for anything else (wrong length, a month
/// 13, an hour 24, …).
fn iso_date(digits: &str) -> Option<String> {
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let part = |r: std::ops::Range<usize>| digits.get(r).and_then(|s| s.parse::<u32>().ok());
    let in_range = |r, lo, hi| part(r).is_some_and(|v| (lo..=hi).contains(&v));
    let date_ok = || in_range(4..6, 1, 12) && in_range(6..8, 1, 31);
    match digits.len() {
        0 => Some(String::new()),
        8 if date_ok() => Some(format!(
            "{}-{}-{}",
            digits.get(0..4)?,
            digits.get(4..6)?,
            digits.get(6..8)?
        )),
        17 if date_ok()
            && in_range(8..10, 0, 23)
            && in_range(10..12, 0, 59)
            && in_range(12..14, 0, 59) =>
        {
            Some(format!(
                "{}-{}-{}T{}:{}:{}.{}Z",
                digits.get(0..4)?,
                digits.get(4..6)?,
                digits.get(6..8)?,
                digits.get(8..10)?,
                digits.get(10..12)?,
                digits.get(12..14)?,
                digits.get(14..17)?
            ))
        }
        _ => None,
    }
}

/// The low 24 bits of FNV-1a-32 (stable across platforms and versions).
fn checksum(s: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in s.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h & 0x00ff_ffff
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn dates_compact_and_back() {
        for (iso, digits, back) in [
            (
                "2026-11-21T10:00:00.123Z",
                "20261121100000123",
                "2026-11-21T10:00:00.123Z",
            ),
            ("2026-11-21T10:00:00Z", "20261121", "2026-11-21"),
            ("2026-11-21", "20261121", "2026-11-21"),
            ("2026-13-21", "", ""),
            ("gestern", "", ""),
            ("", "", ""),
        ] {
            assert_eq!(date_digits(iso), digits, "{iso}");
            assert_eq!(iso_date(digits).as_deref(), Some(back), "{iso}");
        }
        for bad in ["2026", "202611211", "20261121250000000", "2026112x"] {
            assert_eq!(iso_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn fragments_need_the_key() {
        let q = Questionnaire::german().unwrap();
        assert_eq!(from_fragment(&q, ""), None);
        assert_eq!(from_fragment(&q, "#top"), None);
        assert_eq!(from_fragment(&q, "#ergebnisse"), None);
        assert_eq!(
            from_fragment(&q, "#ergebnis=x"),
            Some(Err(LinkError::Corrupt))
        );
    }
}
