//! Static HTML: a small writer, and the radio options of a question as markup.
//!
//! The options of a question page are most of its elements (seven labelled radios per
//! statement). The live page sets them as one HTML string per group instead of building each
//! radio as a reactive view: a page change on a slow phone is painted about a quarter sooner
//! (`make bench`, "page -> painted"). The question's `fieldset` handles their `change` events
//! and keeps the checked radio in step with the stored answer (`src/ui/radio_group.rs`).
//! [`crate::app::prerender`] writes the first page's options with the same functions, so the
//! pre-rendered page and the live one cannot differ.
//!
//! Architecture invariant: plain strings, no browser.

use crate::model::{Answer, ChoiceOption, Questionnaire};

/// A small HTML writer: elements with escaped attributes and text, no white space between
/// tags (as the live widget renders them; white space between inline-block buttons would even
/// move them).
#[derive(Default)]
pub struct Html(String);

impl Html {
    /// Opens `tag` with `attributes` (an empty value writes `name=""`).
    pub fn open(&mut self, tag: &str, attributes: &[(&str, &str)]) {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attributes {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            escape_into(&mut self.0, value);
            self.0.push('"');
        }
        self.0.push('>');
    }

    /// Closes `tag`.
    pub fn close(&mut self, tag: &str) {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
    }

    /// `tag` with `attributes` and escaped `text` as its content.
    pub fn element(&mut self, tag: &str, attributes: &[(&str, &str)], text: &str) {
        self.open(tag, attributes);
        escape_into(&mut self.0, text);
        self.close(tag);
    }

    /// Appends markup as it is.
    pub fn raw(&mut self, html: &str) {
        self.0.push_str(html);
    }

    /// The markup written.
    pub fn into_string(self) -> String {
        self.0
    }
}

/// Escapes text for HTML text and double-quoted attribute values.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// The radios of statement `question` for the answers `group` (the scale, or "weiß nicht" and
/// "trifft nicht zu"), `checked` checked: a `label.nc-option` per answer (`--aside` for the
/// latter two) around its radio and label text. Ids are `{prefix}{question}-{answer}` and
/// the group's name is `{prefix}{question}`, where `prefix` is the widget instance's
/// (`nc1-`).
pub fn answer_options(
    q: &Questionnaire,
    prefix: &str,
    question: &str,
    group: &[Answer],
    checked: Option<Answer>,
) -> String {
    let mut h = Html::default();
    let name = format!("{prefix}{question}");
    for &answer in group {
        let id = format!("{name}-{}", answer.key());
        let aside = matches!(answer, Answer::DontKnow | Answer::NotApplicable);
        let class = if aside {
            "nc-option nc-option--aside"
        } else {
            "nc-option"
        };
        h.open("label", &[("class", class), ("for", &id)]);
        radio(
            &mut h,
            &id,
            &name,
            answer.key(),
            None,
            checked == Some(answer),
        );
        h.element("span", &[], q.option_label(answer));
        h.close("label");
    }
    h.into_string()
}

/// The radios of the profile question on `field` (its key, e.g. `kind`) with `options`,
/// `checked` (an option key) checked: per option a `div.nc-choice` with the labelled radio and
/// the option's explanation, linked by `aria-describedby`. Ids as in [`answer_options`].
pub fn choice_options(
    prefix: &str,
    field: &str,
    options: &[ChoiceOption],
    checked: Option<&str>,
) -> String {
    let mut h = Html::default();
    let name = format!("{prefix}{field}");
    for option in options {
        let id = format!("{name}-{}", option.key);
        let hint_id = format!("{id}-hint");
        h.open("div", &[("class", "nc-choice")]);
        h.open("label", &[("class", "nc-option"), ("for", &id)]);
        let described = option.hint.map(|_| hint_id.as_str());
        let on = checked == Some(option.key);
        radio(&mut h, &id, &name, option.key, described, on);
        h.element("span", &[], option.label);
        h.close("label");
        if let Some(hint) = option.hint {
            let attributes = [
                ("class", "nc-hint nc-choice-hint"),
                ("id", hint_id.as_str()),
            ];
            h.element("p", &attributes, hint);
        }
        h.close("div");
    }
    h.into_string()
}

/// One radio input.
fn radio(
    h: &mut Html,
    id: &str,
    name: &str,
    value: &str,
    described_by: Option<&str>,
    checked: bool,
) {
    let mut attributes = vec![
        ("type", "radio"),
        ("id", id),
        ("name", name),
        ("value", value),
    ];
    if let Some(described_by) = described_by {
        attributes.push(("aria-describedby", described_by));
    }
    if checked {
        attributes.push(("checked", ""));
    }
    h.open("input", &attributes);
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut out = String::new();
        escape_into(&mut out, "a & <b> \"c\" 'd' „e“");
        assert_eq!(out, "a &amp; &lt;b&gt; &quot;c&quot; &#39;d&#39; „e“");
        let mut h = Html::default();
        h.element("p", &[("title", "\"x\" & y")], "<i>");
        assert_eq!(
            h.into_string(),
            "<p title=\"&quot;x&quot; &amp; y\">&lt;i&gt;</p>"
        );
    }

    #[test]
    fn answer_options_are_labelled_radios_of_one_group_with_the_answer_checked() {
        let q = Questionnaire::german().unwrap();
        let html = answer_options(
            &q,
            "nc3-",
            "m1",
            &[Answer::OPTIONS[0], Answer::OPTIONS[1]],
            Some(Answer::OPTIONS[1]),
        );
        let (a, b) = (Answer::OPTIONS[0], Answer::OPTIONS[1]);
        let expected = format!(
            "<label class=\"nc-option\" for=\"nc3-m1-{a}\"><input type=\"radio\" id=\"nc3-m1-{a}\" \
             name=\"nc3-m1\" value=\"{a}\"><span>{la}</span></label>\
             <label class=\"nc-option\" for=\"nc3-m1-{b}\"><input type=\"radio\" id=\"nc3-m1-{b}\" \
             name=\"nc3-m1\" value=\"{b}\" checked=\"\"><span>{lb}</span></label>",
            a = a.key(),
            b = b.key(),
            la = q.option_label(a),
            lb = q.option_label(b),
        );
        assert_eq!(html, expected);
    }

    #[test]
    fn the_aside_answers_are_marked_and_nothing_is_checked_without_an_answer() {
        let q = Questionnaire::german().unwrap();
        let html = answer_options(
            &q,
            "nc1-",
            "m1",
            &[Answer::DontKnow, Answer::NotApplicable],
            None,
        );
        assert_eq!(
            html.matches("class=\"nc-option nc-option--aside\"").count(),
            2
        );
        assert!(!html.contains("checked"));
        assert!(html.contains(&format!(">{}</span>", q.option_label(Answer::DontKnow))));
    }

    #[test]
    fn choice_options_link_their_explanations_and_check_the_chosen_key() {
        let options = [
            ChoiceOption {
                key: "one",
                label: "Eins & zwei",
                hint: Some("Zum \"Beispiel\""),
            },
            ChoiceOption {
                key: "two",
                label: "Zwei",
                hint: None,
            },
        ];
        let html = choice_options("nc2-", "kind", &options, Some("two"));
        assert_eq!(
            html,
            "<div class=\"nc-choice\"><label class=\"nc-option\" for=\"nc2-kind-one\">\
             <input type=\"radio\" id=\"nc2-kind-one\" name=\"nc2-kind\" value=\"one\" \
             aria-describedby=\"nc2-kind-one-hint\"><span>Eins &amp; zwei</span></label>\
             <p class=\"nc-hint nc-choice-hint\" id=\"nc2-kind-one-hint\">Zum &quot;Beispiel&quot;</p></div>\
             <div class=\"nc-choice\"><label class=\"nc-option\" for=\"nc2-kind-two\">\
             <input type=\"radio\" id=\"nc2-kind-two\" name=\"nc2-kind\" value=\"two\" checked=\"\">\
             <span>Zwei</span></label></div>"
        );
    }
}
