//! What the widget remembers on this device, and how it is encoded, versioned and restored.
//!
//! Pure: no `leptos`, no `web_sys`. The UI keeps one [`Session`] in a signal and hands the
//! encoded string to [`crate::storage`]; on start [`restore`] turns whatever is stored (nothing,
//! a current session, an older or newer format, garbage) into a session plus what to tell the
//! user. Architecture invariant: restoring never fails and never discards the stored string
//! without keeping it aside ([`Restored::backup`]).

use crate::model::{
    assess, Answer, Answers, Assessment, Page, Profile, ProfileField, Questionnaire, VerdictKind,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// localStorage key of the session.
pub const STORAGE_KEY: &str = "netzwerk-check.session";
/// localStorage key where an unreadable or partly dropped session is kept, untouched.
pub const BACKUP_KEY: &str = "netzwerk-check.session.unreadable";
/// Version of the stored format. Bump it (and migrate in [`restore`]) when the format changes.
pub const STORE_SCHEMA: u32 = 1;

/// Which screen the user is on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "screen", content = "page", rename_all = "snake_case")]
pub enum Screen {
    /// The intro (start / continue).
    #[default]
    Intro,
    /// A questionnaire page: index into [`Session::pages`] (the profile page first).
    Page(usize),
    /// The result of the answers.
    Result,
}

/// Model version of results stored before the version was recorded.
const FIRST_MODEL_VERSION: u32 = 1;

/// The latest completed result, kept so a returning user sees it again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultRecord {
    /// The profile the result was computed for (empty for results of model version 1).
    #[serde(default)]
    pub profile: Profile,
    /// The answers the result was computed from (the result is recomputed for display, so the
    /// intro and the result page always show the same verdict).
    pub answers: Answers,
    /// The verdict as computed at the time (by model `model_version`).
    pub verdict: VerdictKind,
    /// When it was completed, ISO 8601 (from the browser clock).
    pub completed_at: String,
    /// The model version that computed `verdict`.
    #[serde(default = "first_model_version")]
    pub model_version: u32,
}

fn first_model_version() -> u32 {
    FIRST_MODEL_VERSION
}

impl ResultRecord {
    /// The assessment shown for this result: recomputed by the current model from the stored
    /// profile and answers (deterministic, so every screen shows the same verdict).
    pub fn assess(&self, q: &Questionnaire) -> Assessment {
        assess(q, &self.profile, &self.answers)
    }

    /// `true` when the stored verdict was computed by an older model than `q`'s.
    pub fn from_older_model(&self, q: &Questionnaire) -> bool {
        self.model_version < q.model_version()
    }
}

/// Everything the widget keeps between visits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// The answers to the profile questions (kind, stage, scope).
    #[serde(default)]
    pub profile: Profile,
    /// Answers given so far (saved as they are given).
    pub answers: Answers,
    /// Where the user is.
    pub screen: Screen,
    /// The latest completed result, if any.
    pub result: Option<ResultRecord>,
}

/// The stored form: the session plus the format version.
#[derive(Serialize)]
struct EnvelopeRef<'a> {
    schema: u32,
    #[serde(flatten)]
    session: &'a Session,
}

/// Stored data read leniently: answers as raw strings so one bad value drops one answer, not all.
#[derive(Deserialize)]
struct RawEnvelope {
    schema: u32,
    #[serde(default)]
    profile: BTreeMap<String, String>,
    #[serde(default)]
    answers: BTreeMap<String, String>,
    #[serde(default)]
    screen: Screen,
    #[serde(default)]
    result: Option<RawResult>,
}

#[derive(Deserialize)]
struct RawResult {
    #[serde(default)]
    profile: BTreeMap<String, String>,
    answers: BTreeMap<String, String>,
    verdict: VerdictKind,
    completed_at: String,
    #[serde(default = "first_model_version")]
    model_version: u32,
}

/// What the user should be told after restoring.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RestoreNotice {
    /// Stored data could not be read at all (garbage, or written by a newer version).
    Unreadable(String),
    /// Some stored answers no longer fit the questionnaire and were left out (ids).
    Dropped(Vec<String>),
}

/// The outcome of [`restore`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    /// The session to continue with (a fresh one when nothing usable was stored).
    pub session: Session,
    /// What to tell the user, if anything.
    pub notice: Option<RestoreNotice>,
    /// The stored string to keep aside under [`BACKUP_KEY`] before it gets overwritten.
    pub backup: Option<String>,
}

impl Session {
    /// The stored form, versioned.
    pub fn encode(&self) -> String {
        // Serialising plain strings, enums and maps cannot fail; the fallback keeps this total.
        serde_json::to_string(&EnvelopeRef {
            schema: STORE_SCHEMA,
            session: self,
        })
        .unwrap_or_default()
    }

    /// Sets an answer (saved by the UI right after).
    pub fn answer(&mut self, question: &str, answer: Answer) {
        self.answers.set(question, answer);
    }

    /// Sets a profile answer from an option key (unknown keys change nothing).
    pub fn set_profile(&mut self, field: ProfileField, key: &str) {
        self.profile.set(field, key);
    }

    /// Records the current answers as the latest result, completed at `now` (ISO 8601).
    pub fn complete(&mut self, q: &Questionnaire, now: String) {
        self.result = Some(ResultRecord {
            profile: self.profile,
            answers: self.answers.clone(),
            verdict: assess(q, &self.profile, &self.answers).verdict,
            completed_at: now,
            model_version: q.model_version(),
        });
        self.screen = Screen::Result;
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

/// Turns what localStorage held into a session. Total: any input gives a usable session.
pub fn restore(stored: Option<&str>, q: &Questionnaire) -> Restored {
    let Some(raw) = stored else {
        return Restored {
            session: Session::default(),
            notice: None,
            backup: None,
        };
    };
    let unreadable = |reason: String| Restored {
        session: Session::default(),
        notice: Some(RestoreNotice::Unreadable(reason)),
        backup: Some(raw.to_owned()),
    };
    let envelope: RawEnvelope = match serde_json::from_str(raw) {
        Ok(e) => e,
        Err(e) => return unreadable(e.to_string()),
    };
    if envelope.schema != STORE_SCHEMA {
        return unreadable(format!(
            "stored format version {} (this version reads {STORE_SCHEMA})",
            envelope.schema
        ));
    }
    let mut dropped = Vec::new();
    let profile = lenient_profile(envelope.profile, &mut dropped);
    let answers = lenient_answers(envelope.answers, q, &mut dropped);
    let result = envelope.result.map(|r| ResultRecord {
        profile: lenient_profile(r.profile, &mut Vec::new()),
        answers: lenient_answers(r.answers, q, &mut Vec::new()),
        verdict: r.verdict,
        completed_at: r.completed_at,
        model_version: r.model_version,
    });
    let pages = q.pages(&profile).len();
    let screen = match envelope.screen {
        Screen::Page(i) if i >= pages => Screen::Page(pages.saturating_sub(1)),
        Screen::Result if result.is_none() => Screen::Intro,
        s => s,
    };
    let has_dropped = !dropped.is_empty();
    Restored {
        session: Session {
            profile,
            answers,
            screen,
            result,
        },
        notice: has_dropped.then_some(RestoreNotice::Dropped(dropped)),
        backup: has_dropped.then(|| raw.to_owned()),
    }
}

fn lenient_profile(raw: BTreeMap<String, String>, dropped: &mut Vec<String>) -> Profile {
    let mut profile = Profile::default();
    for (key, value) in raw {
        let known = ProfileField::ALL
            .into_iter()
            .find(|f| f.key() == key)
            .is_some_and(|f| profile.set(f, &value));
        if !known {
            dropped.push(format!("profile.{key}"));
        }
    }
    profile
}

fn lenient_answers(
    raw: BTreeMap<String, String>,
    q: &Questionnaire,
    dropped: &mut Vec<String>,
) -> Answers {
    let mut parsed = Answers::new();
    for (id, key) in raw {
        match Answer::from_key(&key) {
            Some(a) => parsed.set(&id, a),
            None => dropped.push(id),
        }
    }
    let (kept, unknown) = parsed.validated(q);
    dropped.extend(unknown);
    dropped.sort();
    kept
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

    fn first_id(q: &Questionnaire) -> String {
        q.all_questions()[0].id.clone()
    }

    #[test]
    fn nothing_stored_gives_a_fresh_session() {
        let r = restore(None, &q());
        assert_eq!(r.session, Session::default());
        assert_eq!((r.notice, r.backup), (None, None));
    }

    #[test]
    fn a_session_round_trips() {
        let q = q();
        let mut s = Session::default();
        s.answer(&first_id(&q), Answer::Scale(4));
        s.answer(&q.all_questions()[1].id, Answer::DontKnow);
        s.screen = Screen::Page(2);
        s.complete(&q, "2026-11-21T10:00:00.000Z".into());
        s.screen = Screen::Page(1);
        let encoded = s.encode();
        assert!(encoded.starts_with(r#"{"schema":1,"#), "{encoded}");
        let r = restore(Some(&encoded), &q);
        assert_eq!(r.session, s);
        assert_eq!((r.notice, r.backup), (None, None));
    }

    #[track_caller]
    fn check_unreadable(stored: &str, reason: &str) {
        let r = restore(Some(stored), &q());
        assert_eq!(r.session, Session::default());
        match r.notice {
            Some(RestoreNotice::Unreadable(why)) => assert!(why.contains(reason), "{why}"),
            other => panic!("expected Unreadable, got {other:?}"),
        }
        assert_eq!(r.backup.as_deref(), Some(stored), "the raw value is kept");
    }

    #[test]
    fn unreadable_data_is_kept_aside_with_a_notice() {
        check_unreadable("{not json", "key must be a string");
        check_unreadable("", "EOF");
        check_unreadable("[1,2,3]", "invalid type");
        check_unreadable(r#"{"answers":{}}"#, "missing field `schema`");
        check_unreadable(r#"{"schema":99,"answers":{}}"#, "version 99");
        check_unreadable(r#"{"schema":1,"screen":{"screen":"nowhere"}}"#, "nowhere");
    }

    #[test]
    fn stale_answers_are_dropped_one_by_one() {
        let q = q();
        let id = first_id(&q);
        let stored = format!(
            r#"{{"schema":1,"answers":{{"{id}":"5","gone_question":"3","{}":"7","{}":"maybe"}}}}"#,
            q.all_questions()[1].id,
            q.all_questions()[2].id
        );
        let r = restore(Some(&stored), &q);
        assert_eq!(r.session.answers.get(&id), Some(Answer::Scale(5)));
        assert_eq!(r.session.answers.len(), 1);
        let mut expect = vec![
            "gone_question".to_owned(),
            q.all_questions()[1].id.clone(),
            q.all_questions()[2].id.clone(),
        ];
        expect.sort();
        assert_eq!(r.notice, Some(RestoreNotice::Dropped(expect)));
        assert_eq!(r.backup.as_deref(), Some(stored.as_str()));
    }

    #[test]
    fn screens_out_of_range_are_clamped() {
        let q = q();
        let last = q.pages(&Profile::default()).len() - 1;
        let r = restore(
            Some(r#"{"schema":1,"screen":{"screen":"page","page":42}}"#),
            &q,
        );
        assert_eq!(r.session.screen, Screen::Page(last));
        let r = restore(Some(r#"{"schema":1,"screen":{"screen":"result"}}"#), &q);
        assert_eq!(r.session.screen, Screen::Intro, "no result to show");
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

    /// A session as version 1 of the widget (model v1, 39 statements) stored it.
    const V1_SESSION: &str = r#"{"schema":1,"answers":{"mot_personal":"4","mot_role":"3","mot_expected_only":"2","goals_change":"4","amb_reach":"5","pace_participation_time":"2","pace_self_advocates":"1","pace_adjustable":"dont_know","res_companies":"not_applicable"},"screen":{"screen":"result"},"result":{"answers":{"mot_personal":"4","pace_self_advocates":"1"},"verdict":"overstretched","completed_at":"2026-11-21T10:00:00.000Z"}}"#;

    #[test]
    fn a_version_1_session_restores() {
        let q = q();
        let r = restore(Some(V1_SESSION), &q);
        let a = &r.session.answers;
        assert_eq!(a.get("mot_personal"), Some(Answer::Scale(4)));
        assert_eq!(a.get("goals_change"), Some(Answer::Scale(4)));
        assert_eq!(
            a.get("part_time"),
            Some(Answer::Scale(2)),
            "moved statements carry over"
        );
        assert_eq!(a.get("part_self_advocates"), Some(Answer::Scale(1)));
        assert_eq!(a.get("pace_adjustable"), Some(Answer::DontKnow));
        assert_eq!(
            r.notice,
            Some(RestoreNotice::Dropped(vec![
                "amb_reach".into(),
                "mot_expected_only".into(),
                "mot_role".into(),
                "res_companies".into(),
            ])),
            "removed and split statements are dropped with the notice"
        );
        assert_eq!(
            r.backup.as_deref(),
            Some(V1_SESSION),
            "the original is kept aside"
        );
        let record = r.session.result.as_ref().unwrap();
        assert!(record.from_older_model(&q));
        assert_eq!(
            record.answers.get("part_self_advocates"),
            Some(Answer::Scale(1))
        );
        assert_eq!(r.session.profile, Profile::default());
        assert_eq!(r.session.screen, Screen::Result);
        // Every screen shows the verdict the current model computes from the stored answers.
        let shown = record.assess(&q).verdict;
        assert_eq!(shown, assess(&q, &record.profile, &record.answers).verdict);
    }

    #[test]
    fn a_new_result_records_profile_and_model_version() {
        let q = q();
        let mut s = Session::default();
        s.set_profile(ProfileField::Kind, "action");
        s.answer(&q.all_questions()[0].id, Answer::Scale(5));
        s.complete(&q, "2026-11-22T10:00:00.000Z".into());
        let encoded = s.encode();
        let r = restore(Some(&encoded), &q);
        let record = r.session.result.unwrap();
        assert_eq!(record.profile.kind, Some(crate::model::Kind::Action));
        assert_eq!(record.model_version, q.model_version());
        assert!(!record.from_older_model(&q));
        assert_eq!(r.notice, None);
    }

    #[test]
    fn completing_records_the_verdict_of_the_model() {
        let q = q();
        let mut s = Session::default();
        for question in q.all_questions() {
            s.answer(&question.id, Answer::DontKnow);
        }
        s.complete(&q, "2026-11-21T10:00:00.000Z".into());
        let record = s.result.unwrap();
        assert_eq!(record.verdict, VerdictKind::InsufficientData);
        assert_eq!(record.model_version, q.model_version());
        assert_eq!(record.answers, s.answers);
        assert_eq!(s.screen, Screen::Result);
    }

    #[test]
    fn dates_display_in_german_order() {
        assert_eq!(display_date("2026-11-21T10:00:00.000Z"), "21.11.2026");
        assert_eq!(display_date("gestern"), "gestern");
    }
}
