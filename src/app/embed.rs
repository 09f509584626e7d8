//! The events a host page receives: a documented, versioned message contract that carries no
//! personal data by design (no answers, no scores, no names; the verdict kind only when the
//! partner opted in). Described for partners in `docs/EMBED.md`.
//!
//! Every message is a flat JSON object `{"source":"netzwerk-check","v":1,"id":…,"type":…}`
//! plus the fields of its type. In iframe mode the widget posts it to the origin the loader
//! announced (and to nothing else); in in-page mode the element dispatches it as the
//! `detail` of a DOM event `netzwerk-check:<type>`.

use crate::app::session::Screen;
use crate::model::VerdictKind;

/// The `source` of every message.
pub const SOURCE: &str = "netzwerk-check";
/// The contract's version (`v`). Fields are only ever added within a version.
pub const VERSION: u32 = 1;

/// A value in a message (the contract has text and whole numbers only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field<'a> {
    /// Text.
    Text(&'a str),
    /// A whole number.
    Number(u32),
}

/// Which kind of screen a `step` event reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepScreen {
    /// The intro.
    Intro,
    /// A page of questions.
    Questions,
    /// A result (of this device's history).
    Result,
    /// The history of completed checks.
    History,
    /// Two results compared.
    Compare,
    /// A result opened from a link.
    Shared,
}

impl StepScreen {
    /// The name in the message.
    pub fn name(self) -> &'static str {
        match self {
            StepScreen::Intro => "intro",
            StepScreen::Questions => "questions",
            StepScreen::Result => "result",
            StepScreen::History => "history",
            StepScreen::Compare => "compare",
            StepScreen::Shared => "shared",
        }
    }
}

/// One event for the host page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// The widget is shown; `height` in CSS pixels.
    Ready {
        /// Content height in CSS pixels.
        height: u32,
    },
    /// The content height changed (CSS pixels).
    Resize {
        /// Content height in CSS pixels.
        height: u32,
    },
    /// Another screen is shown. `index` / `total`: the page of questions (1-based) and how many
    /// there are, for `Questions` only.
    Step {
        /// The kind of screen.
        screen: StepScreen,
        /// 1-based page number (pages of questions only).
        index: Option<usize>,
        /// Number of pages (pages of questions only).
        total: Option<usize>,
    },
    /// A check was completed. `verdict` only when the partner opted in (`verdict-event`).
    Completed {
        /// The verdict kind, if reported.
        verdict: Option<VerdictKind>,
    },
}

impl Event {
    /// The `type` of the message.
    pub fn kind(&self) -> &'static str {
        match self {
            Event::Ready { .. } => "ready",
            Event::Resize { .. } => "resize",
            Event::Step { .. } => "step",
            Event::Completed { .. } => "completed",
        }
    }

    /// The `step` event of a screen; `pages` is the number of question pages.
    pub fn step(screen: &Screen, pages: usize) -> Event {
        let (screen, index, total) = match screen {
            Screen::Intro => (StepScreen::Intro, None, None),
            Screen::Page(i) => (StepScreen::Questions, Some(i + 1), Some(pages)),
            Screen::Result(_) => (StepScreen::Result, None, None),
            Screen::History => (StepScreen::History, None, None),
            Screen::Compare(..) => (StepScreen::Compare, None, None),
            Screen::Shared => (StepScreen::Shared, None, None),
        };
        Event::Step {
            screen,
            index,
            total,
        }
    }

    /// The message's fields in order, for the embed with id `id` (empty in in-page mode when
    /// the element has no id). The browser layer turns them into a plain object.
    pub fn message<'a>(&'a self, id: &'a str) -> Vec<(&'static str, Field<'a>)> {
        let mut m = vec![
            ("source", Field::Text(SOURCE)),
            ("v", Field::Number(VERSION)),
            ("id", Field::Text(id)),
            ("type", Field::Text(self.kind())),
        ];
        let count = |n: usize| Field::Number(u32::try_from(n).unwrap_or(u32::MAX));
        match self {
            Event::Ready { height } | Event::Resize { height } => {
                m.push(("height", Field::Number(*height)));
            }
            Event::Step {
                screen,
                index,
                total,
            } => {
                m.push(("screen", Field::Text(screen.name())));
                if let (Some(index), Some(total)) = (index, total) {
                    m.push(("index", count(*index)));
                    m.push(("total", count(*total)));
                }
            }
            Event::Completed { verdict } => {
                if let Some(v) = verdict {
                    m.push(("verdict", Field::Text(v.key())));
                }
            }
        }
        m
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    /// The message as JSON (as a host page receives it), for comparing.
    fn json(event: &Event, id: &str) -> String {
        let fields: Vec<String> = event
            .message(id)
            .iter()
            .map(|(k, v)| match v {
                Field::Text(t) => format!("{k:?}:{t:?}"),
                Field::Number(n) => format!("{k:?}:{n}"),
            })
            .collect();
        format!("{{{}}}", fields.join(","))
    }

    fn same(actual: String, expected: &str) {
        assert_eq!(actual, expected);
    }

    #[test]
    fn messages_follow_the_contract() {
        same(
            json(&Event::Ready { height: 640 }, "nc-1"),
            r#"{"source":"netzwerk-check","v":1,"id":"nc-1","type":"ready","height":640}"#,
        );
        same(
            json(&Event::step(&Screen::Page(1), 5), "a"),
            r#"{"source":"netzwerk-check","v":1,"id":"a","type":"step","screen":"questions","index":2,"total":5}"#,
        );
        same(
            json(&Event::step(&Screen::Result("r1".into()), 5), "a"),
            r#"{"source":"netzwerk-check","v":1,"id":"a","type":"step","screen":"result"}"#,
        );
        same(
            json(&Event::Completed { verdict: None }, "a"),
            r#"{"source":"netzwerk-check","v":1,"id":"a","type":"completed"}"#,
        );
        same(
            json(
                &Event::Completed {
                    verdict: Some(VerdictKind::Strained),
                },
                "a",
            ),
            r#"{"source":"netzwerk-check","v":1,"id":"a","type":"completed","verdict":"strained"}"#,
        );
    }

    #[test]
    fn no_message_names_an_entry_or_an_answer() {
        // The screen of a result carries its entry id internally; the message must not.
        let text = json(
            &Event::step(&Screen::Compare("r1".into(), "r2".into()), 5),
            "x",
        );
        assert!(!text.contains("r1") && !text.contains("r2"), "{text}");
    }
}
