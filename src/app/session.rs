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
pub fn display_date(iso: &str) -> String {
    let date = iso.get(..10).unwrap_or(iso);
    match date.split('-').collect::<Vec<_>>().as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => format!("{d}.{m}.{y}"),
        _ => iso.to_owned(),
    }
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
