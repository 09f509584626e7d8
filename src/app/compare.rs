//! Two completed checks compared: per area the score before and after with its band and the
//! direction of the change from the fit point of view, the verdicts, the relations that
//! appeared or were resolved, and the answers that changed most.
//!
//! Both entries are assessed by the *current* model ([`Entry::assess`]), so the comparison
//! matches what their result pages show; [`Comparison::model_changed`] says when the stored
//! results came from different model versions. Pure and total: no browser imports, any two
//! entries give a comparison. The UI formats the data; no text lives here.

use crate::app::entry::Entry;
use crate::model::{
    fit_score, Answer, Answers, Assessment, Band, DimensionId, Questionnaire, RelationKind,
    VerdictKind,
};
use std::cmp::Ordering;

/// At most this many changed answers are reported (the ones that changed most).
pub const TOP_ANSWER_CHANGES: usize = 5;

/// How something changed, seen from the fit: for demand areas (ambition, pace) a lower score
/// is better, for capacity areas a higher one (see [`fit_score`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangeDirection {
    /// The fit improved.
    Better,
    /// The fit got worse.
    Worse,
    /// No change.
    Same,
    /// One side has no value (area not scored, or no verdict was possible).
    NotComparable,
}

/// One area before and after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DimensionChange {
    /// Which area.
    pub dimension: DimensionId,
    /// The older entry's score (current model), `None` when not scored.
    pub before: Option<u8>,
    /// The newer entry's score (current model), `None` when not scored.
    pub after: Option<u8>,
    /// `after - before` in score points (raw scores, not fit-oriented); `None` unless both
    /// are scored.
    pub delta: Option<i16>,
    /// The band of `before`.
    pub band_before: Option<Band>,
    /// The band of `after`.
    pub band_after: Option<Band>,
    /// Better, worse or the same for the fit; `NotComparable` unless both are scored.
    pub direction: ChangeDirection,
}

/// One statement whose answer differs between the two entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerChange {
    /// The statement id (a statement of the current questionnaire).
    pub id: String,
    /// The older answer's key (`"1"`..`"5"`, `"dont_know"`, `"not_applicable"`), `None` when
    /// not answered.
    pub before: Option<String>,
    /// The newer answer's key, `None` when not answered.
    pub after: Option<String>,
    /// Scale steps between the two answers (1..=4) when both are on the scale, else `None`.
    pub steps: Option<u8>,
}

impl AnswerChange {
    /// Rank of the change's magnitude, smaller first: scale changes of 4, 3 and 2 steps
    /// (ranks 0, 1, 2); then a change between a scale answer and "weiß nicht", "passt nicht"
    /// or no answer (3); then scale changes of one step (4); last a change between "weiß
    /// nicht", "passt nicht" and no answer (5).
    pub fn rank(&self) -> u8 {
        let scale = |a: &Option<String>| {
            a.as_deref()
                .and_then(Answer::from_key)
                .and_then(|a| a.scale())
                .is_some()
        };
        match self.steps {
            Some(s) if s >= 2 => 4u8.saturating_sub(s),
            Some(_) => 4,
            None if scale(&self.before) || scale(&self.after) => 3,
            None => 5,
        }
    }
}

/// Everything the compare screen shows about two entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// The model versions stored with the (older, newer) entry.
    pub model_versions: (u32, u32),
    /// `true` when the two entries were computed by different model versions, or either by
    /// another version than the current one (both are recomputed here).
    pub model_changed: bool,
    /// One change per area, in page order.
    pub dimensions: Vec<DimensionChange>,
    /// The older entry's verdict (current model).
    pub verdict_before: VerdictKind,
    /// The newer entry's verdict (current model).
    pub verdict_after: VerdictKind,
    /// Whether the verdict improved (by [`VerdictKind::severity`]); `NotComparable` when only
    /// one of them is [`VerdictKind::InsufficientData`].
    pub verdict_direction: ChangeDirection,
    /// Relations off in the newer entry but not in the older one (newer's finding order).
    /// Only relations both entries could judge count (see [`judged`]).
    pub appeared: Vec<RelationKind>,
    /// Relations off in the older entry but not in the newer one (older's finding order).
    /// Only relations both entries could judge count.
    pub resolved: Vec<RelationKind>,
    /// The answers that changed most (at most [`TOP_ANSWER_CHANGES`]): by
    /// [`AnswerChange::rank`] (which puts more steps first), then page order.
    pub answers: Vec<AnswerChange>,
}

impl Comparison {
    /// `true` when nothing differs: every area the same (or not comparable on both sides
    /// alike), the same verdict, no relation appeared or resolved, no answer changed.
    pub fn is_unchanged(&self) -> bool {
        self.dimensions
            .iter()
            .all(|d| d.before == d.after && d.band_before == d.band_after)
            && self.verdict_before == self.verdict_after
            && self.appeared.is_empty()
            && self.resolved.is_empty()
            && self.answers.is_empty()
    }
}

/// The two entries as (older, newer): by completion time, then by id (a total order, so the
/// same pair always comes out the same way).
pub fn ordered<'a>(a: &'a Entry, b: &'a Entry) -> (&'a Entry, &'a Entry) {
    let key = |e: &'a Entry| (e.completed_at.as_str(), e.id.as_str());
    if key(b) < key(a) {
        (b, a)
    } else {
        (a, b)
    }
}

/// Compares `older` with `newer` (pass them through [`ordered`] when unsure), both assessed
/// by `q`'s model.
pub fn compare(q: &Questionnaire, older: &Entry, newer: &Entry) -> Comparison {
    let before = older.assess(q);
    let after = newer.assess(q);
    let current = q.model_version();
    let dimensions = q
        .dimensions()
        .iter()
        .map(|d| dimension_change(d.id, &before, &after))
        .collect();
    let both_judged = |kind: &RelationKind| judged(&before, *kind) && judged(&after, *kind);
    let kinds = |a: &Assessment| a.findings.iter().map(|f| f.kind).collect::<Vec<_>>();
    let (kinds_before, kinds_after) = (kinds(&before), kinds(&after));
    let appeared = kinds_after
        .iter()
        .filter(|k| !kinds_before.contains(k) && both_judged(k))
        .copied()
        .collect();
    let resolved = kinds_before
        .iter()
        .filter(|k| !kinds_after.contains(k) && both_judged(k))
        .copied()
        .collect();
    Comparison {
        model_versions: (older.model_version, newer.model_version),
        model_changed: older.model_version != newer.model_version
            || older.model_version != current
            || newer.model_version != current,
        dimensions,
        verdict_before: before.verdict,
        verdict_after: after.verdict,
        verdict_direction: verdict_direction(before.verdict, after.verdict),
        appeared,
        resolved,
        answers: answer_changes(q, older, newer),
    }
}

/// Whether an assessment judged a relation: a verdict was made and neither side of the
/// relation was left out (not assessed). A relation that is not judged cannot have
/// "appeared" or been "resolved".
pub fn judged(a: &Assessment, kind: RelationKind) -> bool {
    a.verdict != VerdictKind::InsufficientData && !a.dropped_relations.contains(&kind)
}

fn dimension_change(d: DimensionId, before: &Assessment, after: &Assessment) -> DimensionChange {
    let score = |a: &Assessment| a.scores.iter().find(|s| s.dimension == d).cloned();
    let (b, a) = (score(before), score(after));
    let (before, band_before) = b.map_or((None, None), |s| (s.score, s.band));
    let (after, band_after) = a.map_or((None, None), |s| (s.score, s.band));
    let (delta, direction) = match (before, after) {
        (Some(b), Some(a)) => {
            let fit = |v| i16::from(fit_score(d, v));
            let direction = match fit(a).cmp(&fit(b)) {
                Ordering::Greater => ChangeDirection::Better,
                Ordering::Less => ChangeDirection::Worse,
                Ordering::Equal => ChangeDirection::Same,
            };
            (Some(i16::from(a) - i16::from(b)), direction)
        }
        _ => (None, ChangeDirection::NotComparable),
    };
    DimensionChange {
        dimension: d,
        before,
        after,
        delta,
        band_before,
        band_after,
        direction,
    }
}

fn verdict_direction(before: VerdictKind, after: VerdictKind) -> ChangeDirection {
    if before == after {
        return ChangeDirection::Same;
    }
    match (before.severity(), after.severity()) {
        (Some(b), Some(a)) if a < b => ChangeDirection::Better,
        (Some(b), Some(a)) if a > b => ChangeDirection::Worse,
        (Some(_), Some(_)) => ChangeDirection::Same,
        _ => ChangeDirection::NotComparable,
    }
}

/// The answers that changed most, over the statements of `q` shown for either entry's profile
/// (answers as the current model reads them: replaced statements carried over, invalid
/// values left out).
fn answer_changes(q: &Questionnaire, older: &Entry, newer: &Entry) -> Vec<AnswerChange> {
    let (a, b): (Answers, Answers) = (older.model_answers(q), newer.model_answers(q));
    let (pa, pb) = (older.model_profile(), newer.model_profile());
    let mut changes: Vec<(usize, AnswerChange)> = q
        .all_questions()
        .iter()
        .enumerate()
        .filter(|(_, question)| question.shown_for(&pa) || question.shown_for(&pb))
        .filter_map(|(i, question)| {
            let (before, after) = (a.get(&question.id), b.get(&question.id));
            if before == after {
                return None;
            }
            let steps = match (
                before.and_then(|x| x.scale()),
                after.and_then(|x| x.scale()),
            ) {
                (Some(x), Some(y)) => Some(x.abs_diff(y)),
                _ => None,
            };
            Some((
                i,
                AnswerChange {
                    id: question.id.clone(),
                    before: before.map(|x| x.key().to_owned()),
                    after: after.map(|x| x.key().to_owned()),
                    steps,
                },
            ))
        })
        .collect();
    changes.sort_by_key(|(i, c)| (c.rank(), *i));
    changes
        .into_iter()
        .take(TOP_ANSWER_CHANGES)
        .map(|(_, c)| c)
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    fn change(before: Option<&str>, after: Option<&str>, steps: Option<u8>) -> AnswerChange {
        AnswerChange {
            id: "x".into(),
            before: before.map(str::to_owned),
            after: after.map(str::to_owned),
            steps,
        }
    }

    #[test]
    fn ranks_follow_the_documented_order() {
        assert_eq!(change(Some("1"), Some("5"), Some(4)).rank(), 0);
        assert_eq!(change(Some("1"), Some("4"), Some(3)).rank(), 1);
        assert_eq!(change(Some("1"), Some("3"), Some(2)).rank(), 2);
        assert_eq!(change(Some("1"), Some("dont_know"), None).rank(), 3);
        assert_eq!(change(None, Some("2"), None).rank(), 3);
        assert_eq!(change(Some("1"), Some("2"), Some(1)).rank(), 4);
        assert_eq!(change(Some("dont_know"), None, None).rank(), 5);
        assert_eq!(
            change(Some("not_applicable"), Some("dont_know"), None).rank(),
            5
        );
    }

    #[test]
    fn verdict_directions() {
        use VerdictKind::*;
        assert_eq!(
            verdict_direction(Strained, Sustainable),
            ChangeDirection::Better
        );
        assert_eq!(
            verdict_direction(Strained, Overstretched),
            ChangeDirection::Worse
        );
        assert_eq!(
            verdict_direction(InsufficientData, InsufficientData),
            ChangeDirection::Same
        );
        assert_eq!(
            verdict_direction(InsufficientData, Strained),
            ChangeDirection::NotComparable
        );
    }
}
