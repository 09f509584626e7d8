//! Writes a checked [`Questionnaire`] as Rust source: static data that `shipped` includes.
//!
//! Compiled into `build.rs` only (the crate itself never writes code). The output refers to the
//! model's types as `c::…` (content) and `k::…` (kinds), the names `shipped` gives them.

use std::fmt::Write;

use super::content::{
    ChoiceOption, Dimension, ProfileQuestion, Question, Questionnaire, Recommendation,
    RecommendationText, Source,
};
use super::kinds::{Applicability, DimensionId, Direction, Kind, ProfileField, Scope, Stage};

/// A value that can be written as a Rust expression.
trait Rust {
    fn rust(&self, out: &mut String);
}

impl Rust for &str {
    fn rust(&self, out: &mut String) {
        // `Debug` of a `str` is a valid Rust string literal (quotes, backslashes and
        // non-printable characters escaped).
        let _ = write!(out, "{self:?}");
    }
}

macro_rules! plain {
    ($($ty:ty),*) => {$(
        impl Rust for $ty {
            fn rust(&self, out: &mut String) {
                let _ = write!(out, "{self}");
            }
        }
    )*};
}
plain!(bool, u8, u32, usize);

macro_rules! unit_enum {
    ($($ty:ident),*) => {$(
        impl Rust for $ty {
            fn rust(&self, out: &mut String) {
                let _ = write!(out, "k::{}::{self:?}", stringify!($ty));
            }
        }
    )*};
}
unit_enum!(DimensionId, Direction, Kind, Stage, Scope, ProfileField);

impl<T: Rust> Rust for Option<T> {
    fn rust(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(value) => {
                out.push_str("Some(");
                value.rust(out);
                out.push(')');
            }
        }
    }
}

/// The items of a list, comma-separated (a line each for lists of structures).
fn items<T: Rust>(list: &[T], out: &mut String) {
    for item in list {
        item.rust(out);
        out.push_str(",\n");
    }
}

impl<T: Rust> Rust for &[T] {
    fn rust(&self, out: &mut String) {
        out.push_str("&[");
        items(self, out);
        out.push(']');
    }
}

impl<T: Rust, const N: usize> Rust for [T; N] {
    fn rust(&self, out: &mut String) {
        out.push('[');
        items(self, out);
        out.push(']');
    }
}

impl<A: Rust, B: Rust> Rust for (A, B) {
    fn rust(&self, out: &mut String) {
        out.push('(');
        self.0.rust(out);
        out.push_str(", ");
        self.1.rust(out);
        out.push(')');
    }
}

/// `Rust` for a structure: its path and every field by name.
macro_rules! structure {
    ($ty:ident at $path:literal { $($field:ident),* }) => {
        impl Rust for $ty {
            fn rust(&self, out: &mut String) {
                out.push_str(concat!($path, " {"));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    self.$field.rust(out);
                    out.push_str(", ");
                )*
                out.push('}');
            }
        }
    };
}
structure!(Source at "c::Source" { file, section });
structure!(Dimension at "c::Dimension" { id, title, intro });
structure!(Applicability at "k::Applicability" { kinds, stages, scopes });
structure!(ChoiceOption at "c::ChoiceOption" { key, label, hint });
structure!(ProfileQuestion at "c::ProfileQuestion" { field, legend, options });
structure!(RecommendationText at "c::RecommendationText" { title, body, source });
structure!(Recommendation at "c::Recommendation" {
    id, dimensions, gaps, keep_going, situation, applies, done_when, text
});

/// A statement as a `Seed` of `shipped`: `(id, replaced ids, the statement)`. A static cannot
/// hold a non-empty `String`, so the statement's owned `id` and `replaces` are left empty here
/// and filled in from the first two when the questionnaire is built.
impl Rust for Question {
    fn rust(&self, out: &mut String) {
        let replaces: Vec<&str> = self.replaces.iter().map(String::as_str).collect();
        out.push('(');
        self.id.as_str().rust(out);
        out.push_str(", ");
        replaces.as_slice().rust(out);
        out.push_str(", c::Question { id: String::new(), replaces: Vec::new(), ");
        macro_rules! fields {
            ($($field:ident),*) => {$(
                out.push_str(concat!(stringify!($field), ": "));
                self.$field.rust(out);
                out.push_str(", ");
            )*};
        }
        fields!(
            dimension,
            direction,
            weight,
            source,
            text,
            hint,
            dont_know_is_gap,
            applies
        );
        out.push_str("})");
    }
}

impl Questionnaire {
    /// The questionnaire as two statics: `{name}` (everything, with no statements) and
    /// `{name}_QUESTIONS` (the statements as seeds).
    pub(crate) fn to_rust(&self, name: &str) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "static {name}: c::Questionnaire = c::Questionnaire {{");
        macro_rules! fields {
            ($($field:ident),*) => {$(
                out.push_str(concat!(stringify!($field), ": "));
                self.$field.rust(&mut out);
                out.push_str(",\n");
            )*};
        }
        fields!(
            schema_version,
            model_version,
            language,
            dimensions,
            page_position,
            options,
            profile_title,
            profile_intro,
            profile_questions,
            bands,
            verdict_titles,
            verdict_sentences,
            relation_texts,
            relation_recommendations,
            contradictions,
            recommendations,
            gaps,
            sources
        );
        out.push_str("questions: Vec::new(),\n};\n");
        let _ = writeln!(out, "static {name}_QUESTIONS: &[Seed] = ");
        self.questions.as_slice().rust(&mut out);
        out.push_str(";\n");
        out
    }
}
