//! The check in progress (the draft): profile, answers, and the pages they lead to; and the
//! screens of the widget.
//!
//! Pure: no browser imports. Kept inside the [`crate::app::store::Store`] with the history;
//! how it is stored, versioned and migrated lives there.

use crate::model::{Answer, Answers, Page, Profile, ProfileField, Questionnaire};

/// Which screen a tab shows. Entries are named by their stable id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub enum Screen {
    /// The intro (start / continue).
    #[default]
    Intro,
    /// A questionnaire page: index into [`Session::pages`] (the profile page first).
    Page(usize),
    /// The result of a history entry.
    Result(String),
    /// The list of completed checks, with export and import.
    History,
    /// Two history entries side by side: (older, newer).
    Compare(String, String),
    /// A result opened from a link (read-only, nothing stored).
    Shared,
}

impl Screen {
    /// The stored form (`intro`, `page:3`, `result:<id>`, `history`, `compare:<a>:<b>`); a
    /// shared result is never stored (it opens from its link).
    pub fn key(&self) -> String {
        match self {
            Screen::Intro | Screen::Shared => "intro".to_owned(),
            Screen::Page(i) => format!("page:{i}"),
            Screen::Result(id) => format!("result:{id}"),
            Screen::History => "history".to_owned(),
            Screen::Compare(a, b) => format!("compare:{a}:{b}"),
        }
    }

    /// Parses [`Screen::key`]; `None` for anything else.
    pub fn from_key(key: &str) -> Option<Screen> {
        let mut parts = key.split(':');
        let screen = match (parts.next()?, parts.next(), parts.next()) {
            ("intro", None, None) => Screen::Intro,
            ("history", None, None) => Screen::History,
            ("page", Some(i), None) => Screen::Page(i.parse().ok()?),
            ("result", Some(id), None) if !id.is_empty() => Screen::Result(id.to_owned()),
            ("compare", Some(a), Some(b)) if !a.is_empty() && !b.is_empty() => {
                Screen::Compare(a.to_owned(), b.to_owned())
            }
            _ => return None,
        };
        parts.next().is_none().then_some(screen)
    }
}

/// The check in progress.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Session {
    /// The answers to the profile questions (kind, stage, scope).
    pub profile: Profile,
    /// Answers given so far (saved as they are given).
    pub answers: Answers,
    /// When the first answer was given (ISO 8601), `None` for an untouched check.
    pub started_at: Option<String>,
}

impl Session {
    /// Sets an answer (saved by the UI right after).
    pub fn answer(&mut self, question: &str, answer: Answer) {
        self.answers.set(question, answer);
    }

    /// Sets a profile answer from an option key (unknown keys change nothing).
    pub fn set_profile(&mut self, field: ProfileField, key: &str) {
        self.profile.set(field, key);
    }

    /// `true` when nothing has been answered yet.
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty() && self.profile == Profile::default()
    }

    /// The questionnaire pages for the current profile: the profile page, then every area
    /// with a statement shown.
    pub fn pages(&self, q: &Questionnaire) -> Vec<Page> {
        q.pages(&self.profile)
    }

    /// Questions on the page and statements shown for the profile, in asking order.
    pub fn total(&self, q: &Questionnaire) -> usize {
        ProfileField::ALL.len() + q.all_shown(&self.profile).count()
    }

    /// Number of answered questions: profile questions plus shown statements with any answer
    /// (including "weiß nicht" / "passt nicht zu unserer Situation").
    pub fn answered(&self, q: &Questionnaire) -> usize {
        let profile = ProfileField::ALL.len() - self.profile.missing().len();
        profile
            + q.all_shown(&self.profile)
                .filter(|question| self.answers.get(&question.id).is_some())
                .count()
    }

    /// Unanswered questions of `page`, in page order: profile field keys (`"kind"`, …) on the
    /// profile page, statement ids on an area's page.
    pub fn missing(&self, q: &Questionnaire, page: Page) -> Vec<String> {
        match page {
            Page::Profile => self
                .profile
                .missing()
                .into_iter()
                .map(|f| f.key().to_owned())
                .collect(),
            Page::Dimension(d) => q
                .shown_questions(d, &self.profile)
                .filter(|question| self.answers.get(&question.id).is_none())
                .map(|question| question.id.clone())
                .collect(),
        }
    }

    /// The first page with an unanswered question (where "continue" leads), or the last page.
    pub fn first_open_page(&self, q: &Questionnaire) -> usize {
        let pages = self.pages(q);
        pages
            .iter()
            .position(|p| !self.missing(q, *p).is_empty())
            .unwrap_or(pages.len().saturating_sub(1))
    }

    /// The index of the page that asks `id` (a statement id or a profile field key).
    pub fn page_of(&self, q: &Questionnaire, id: &str) -> Option<usize> {
        let target = match q.question(id) {
            Some(question) => Page::Dimension(question.dimension),
            None => Page::Profile,
        };
        self.pages(q).iter().position(|p| *p == target)
    }
}

/// Formats an ISO 8601 timestamp's date as `DD.MM.YYYY`; anything else is shown as it is.
/// For a UTC time shown to a person use [`local_date_time`] (a check completed at 00:30 in
/// Berlin is on the next day there).
pub fn display_date(iso: &str) -> String {
    let date = iso.get(..10).unwrap_or(iso);
    match date.split('-').collect::<Vec<_>>().as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => format!("{d}.{m}.{y}"),
        _ => iso.to_owned(),
    }
}

/// The local date (`DD.MM.YYYY`) and time (`HH:MM`) of a UTC ISO 8601 time
/// (`YYYY-MM-DDTHH:MM…Z`), given the local offset east of UTC in minutes (Berlin in winter:
/// 60). `None` for anything else.
pub fn local_date_time(iso: &str, offset_minutes: i32) -> Option<(String, String)> {
    let num = |range: std::ops::Range<usize>| iso.get(range)?.parse::<i64>().ok();
    let (y, m, d, h, min) = (
        num(0..4)?,
        num(5..7)?,
        num(8..10)?,
        num(11..13)?,
        num(14..16)?,
    );
    if iso.get(4..5) != Some("-") || iso.get(10..11) != Some("T") || !iso.ends_with('Z') {
        return None;
    }
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || h > 23 || min > 59 {
        return None;
    }
    let minutes = days_from_civil(y, m, d) * 1440 + h * 60 + min + i64::from(offset_minutes);
    let (days, rest) = (minutes.div_euclid(1440), minutes.rem_euclid(1440));
    let (y, m, d) = civil_from_days(days);
    Some((
        format!("{d:02}.{m:02}.{y:04}"),
        format!("{:02}:{:02}", rest / 60, rest % 60),
    ))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number of [`days_from_civil`].
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    fn q() -> Questionnaire {
        Questionnaire::german().unwrap()
    }

    #[test]
    fn progress_helpers_follow_the_profile_and_the_answers() {
        let q = q();
        let mut s = Session::default();
        assert_eq!(s.first_open_page(&q), 0, "the profile page comes first");
        assert_eq!(s.missing(&q, Page::Profile), ["kind", "stage", "scope"]);
        s.set_profile(ProfileField::Kind, "network");
        s.set_profile(ProfileField::Stage, "working");
        s.set_profile(ProfileField::Scope, "town");
        s.set_profile(ProfileField::Scope, "nowhere");
        assert!(s.missing(&q, Page::Profile).is_empty());
        assert_eq!(s.first_open_page(&q), 1);
        let pages = s.pages(&q);
        assert_eq!(pages.len(), q.dimensions().len() + 1);
        let Page::Dimension(first) = pages[1] else {
            panic!("page 1 is an area")
        };
        for question in q.questions(first) {
            s.answer(&question.id, Answer::NotApplicable);
        }
        assert!(s.missing(&q, pages[1]).is_empty());
        assert_eq!(s.first_open_page(&q), 2);
        for question in q.all_questions() {
            s.answer(&question.id, Answer::Scale(3));
        }
        assert_eq!(s.first_open_page(&q), pages.len() - 1);
        assert_eq!(s.answered(&q), s.total(&q));
        assert_eq!(s.page_of(&q, "kind"), Some(0));
        assert_eq!(s.page_of(&q, &q.all_questions()[0].id), Some(1));
    }

    #[test]
    fn the_idea_stage_skips_the_commitment_page() {
        let q = q();
        let mut s = Session::default();
        s.set_profile(ProfileField::Stage, "idea");
        let pages = s.pages(&q);
        assert!(!pages.contains(&Page::Dimension(crate::model::DimensionId::Commitment)));
        assert_eq!(pages.len(), q.dimensions().len());
    }

    #[test]
    fn local_dates_and_times_follow_the_offset() {
        let check = |iso: &str, offset: i32, expect: Option<(&str, &str)>| {
            assert_eq!(
                local_date_time(iso, offset),
                expect.map(|(d, t)| (d.to_owned(), t.to_owned())),
                "{iso} {offset}"
            );
        };
        check(
            "2026-11-22T23:30:00.000Z",
            60,
            Some(("23.11.2026", "00:30")),
        );
        check("2026-11-22T23:30:00.000Z", 0, Some(("22.11.2026", "23:30")));
        check(
            "2026-01-01T00:10:00.000Z",
            -60,
            Some(("31.12.2025", "23:10")),
        );
        check("2024-02-28T23:00:00Z", 120, Some(("29.02.2024", "01:00")));
        check("2026-12-31T23:59:59.999Z", 1, Some(("01.01.2027", "00:00")));
        check("gestern", 0, None);
        check("2026-11-22", 0, None);
        check("2026-13-22T10:00:00Z", 0, None);
    }

    #[test]
    fn dates_display_in_german_order() {
        assert_eq!(display_date("2026-11-21T10:00:00.000Z"), "21.11.2026");
        assert_eq!(display_date("gestern"), "gestern");
    }

    #[test]
    fn screens_round_trip_through_their_keys() {
        for screen in [
            Screen::Intro,
            Screen::Page(3),
            Screen::Result("r0123".into()),
            Screen::History,
            Screen::Compare("ra".into(), "rb".into()),
        ] {
            assert_eq!(Screen::from_key(&screen.key()), Some(screen));
        }
        for bad in [
            "",
            "page",
            "page:x",
            "result:",
            "compare:a",
            "intro:1",
            "nowhere",
        ] {
            assert_eq!(Screen::from_key(bad), None, "{bad}");
        }
    }
}
