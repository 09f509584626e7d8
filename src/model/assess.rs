//! The top of the model: [`assess`] turns a profile and answers into an [`Assessment`] by
//! scoring the areas, judging the relations, checking answer quality and selecting
//! recommendations. Nothing else in the model imports this module.

use serde::{Deserialize, Serialize};

use super::answer::{Answer, Answers};
use super::content::Questionnaire;
use super::fit::{self, RelationFinding};
use super::kinds::{Band, Profile, RelationKind, VerdictKind, VerdictSentence};
use super::quality::{self, AnswerQuality};
use super::recommend;
use super::score::{Coverage, DimensionScore, Tallies};

/// The complete result of [`assess`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    /// The profile the result was computed for.
    pub profile: Profile,
    /// One score per dimension, in page order.
    pub scores: Vec<DimensionScore>,
    /// The overall verdict.
    pub verdict: VerdictKind,
    /// The sentence explaining the verdict (a finding's own sentence comes on top).
    pub sentence: VerdictSentence,
    /// Relations that are off, worst first; empty when Sustainable or InsufficientData.
    pub findings: Vec<RelationFinding>,
    /// Relations that could not be judged because an area they compare is not assessed (not
    /// applicable, not asked, or too few answers).
    pub dropped_relations: Vec<RelationKind>,
    /// Statement ids answered "weiß nicht" where that is itself a finding, in page order.
    pub gaps: Vec<String>,
    /// What the result rests on; contradictions and straight-lining.
    pub quality: AnswerQuality,
    /// Recommendation ids (3..=6), weakest relation first.
    pub recommendations: Vec<String>,
}

impl Assessment {
    /// The areas that keep the verdict from being made (too few scale answers), page order.
    pub fn insufficient(&self) -> impl Iterator<Item = &DimensionScore> + '_ {
        self.scores
            .iter()
            .filter(|s| s.coverage == Coverage::Insufficient)
    }
}

/// Assesses one answer set for a profile. Total: any input gives a result; statements not
/// shown for the profile, unknown ids, out-of-range values, "weiß nicht" and "passt nicht zu
/// unserer Situation" never enter a score.
pub fn assess(q: &Questionnaire, profile: &Profile, answers: &Answers) -> Assessment {
    let tallies = Tallies::new(q, profile, answers);
    let scores: Vec<DimensionScore> = q
        .dimensions()
        .iter()
        .map(|d| tallies.dimension_score(d.id))
        .collect();
    let gaps: Vec<String> = q
        .all_shown(profile)
        .filter(|qq| qq.dont_know_is_gap && answers.get(&qq.id) == Some(Answer::DontKnow))
        .map(|qq| qq.id.clone())
        .collect();
    let quality = quality::check(q, profile, answers);
    let fit = fit::judge(q, profile, answers, &tallies, &scores);
    let judged_any = fit.dropped.len() < RelationKind::ALL.len();
    let insufficient = scores.iter().any(|s| s.coverage == Coverage::Insufficient);
    let (verdict, findings) = if insufficient || !judged_any {
        (VerdictKind::InsufficientData, Vec::new())
    } else {
        let verdict = fit
            .findings
            .first()
            .map_or(VerdictKind::Sustainable, |f| f.severity);
        (verdict, fit.findings)
    };
    let sentence = match verdict {
        VerdictKind::Sustainable => {
            let solid = scores
                .iter()
                .filter(|s| s.assessed() && !s.dimension.is_demand())
                .all(|s| s.band == Some(Band::Strength));
            if solid {
                VerdictSentence::SustainableSolid
            } else {
                VerdictSentence::SustainableThin
            }
        }
        VerdictKind::Strained => VerdictSentence::Strained,
        VerdictKind::Overstretched => VerdictSentence::Overstretched,
        VerdictKind::InsufficientData => VerdictSentence::InsufficientData,
    };
    let recommendations = recommend::select(q, profile, answers, &findings, &gaps, &scores);
    Assessment {
        profile: *profile,
        scores,
        verdict,
        sentence,
        findings,
        dropped_relations: fit.dropped,
        gaps,
        quality,
        recommendations,
    }
}
