//! The shared vocabulary of the model: dimension ids, bands, verdict and relation kinds, the
//! wording levels of findings, the profile of an undertaking (kind, stage, scope), and every
//! threshold. A leaf: it imports nothing from the rest of the model, so content, scoring, the
//! fit verdict and recommendations can all depend on it without import circles.

use serde::{Deserialize, Serialize};

/// Lowest fit-oriented score in the [`Band::Strength`] band.
pub const STRENGTH_MIN: u8 = 67;
/// Lowest fit-oriented score in the [`Band::Borderline`] band (below is [`Band::Concern`]).
pub const BORDERLINE_MIN: u8 = 34;
/// A demand score from which the demand is *high* ("sehr anspruchsvoll", "unter Zeitdruck"):
/// the demand's [`Band::Concern`]. Findings say "große Ziele" / "hohes Tempo" only from here.
pub const HIGH_DEMAND_AT: u8 = 100 - BORDERLINE_MIN + 1;
/// A capacity score up to which the capacity is *low* ("sehr knapp"): its [`Band::Concern`].
pub const LOW_CAPACITY_AT: u8 = BORDERLINE_MIN - 1;
/// An area is sufficiently answered when at least this percentage of its statements that fit
/// the situation (shown, minus "passt nicht zu unserer Situation") has a scale answer.
pub const MIN_COVERAGE_PERCENT: usize = 50;
/// Even a modest undertaking needs some capacity: a demand below this counts as this much.
pub const BASELINE_DEMAND: u8 = 25;
/// Involving the people concerned is a must (003 step 07), whatever the pace: participation
/// is compared with at least this demand ("teils, teils").
pub const PARTICIPATION_BASELINE: u8 = 50;
/// Tension (score points, one full scale step) from which a relation is strained.
pub const STRAINED_AT: u8 = 25;
/// Tension (two full scale steps) from which a relation is overstretched.
pub const OVERSTRETCHED_AT: u8 = 50;
/// The driver id of the profile's scope (it can pull the ambition up like a statement).
pub const SCOPE_DRIVER: &str = "scope";
/// Weight of the profile's scope in the ambition score (statements weigh 1 or 2).
pub const SCOPE_WEIGHT: u8 = 2;
/// At most this many driver question ids are reported per finding.
pub const MAX_DRIVERS: usize = 5;
/// Straight-lining is flagged from this many scale answers that are all the same.
pub const STRAIGHT_LINE_MIN: usize = 10;
/// Two statements of a contradiction pair contradict each other when their direction-adjusted
/// steps (0..=4) differ by at least this much (e.g. "trifft voll zu" on both).
pub const CONTRADICTION_GAP: u8 = 3;

/// The seven areas of the check.
///
/// Motivation, Goals, Resources, Commitment and Participation are *capacity* (high score = more
/// capacity). Ambition and Pace are *demand* (high score = more demanding).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DimensionId {
    /// Own motivation, role and mandate clarity (003, step 01).
    Motivation,
    /// Clarity of goals and knowledge of needs (003, steps 02, 07, 09).
    Goals,
    /// "Ziel-Anspruch": how deep, for how many groups, how interdependent (003, Relationen klären).
    Ambition,
    /// Allies, co-creators, Sozialraum, time, money, rooms, partners' support (003, 000, 004).
    Resources,
    /// "Tatsächliche Verbindlichkeit": backing, agreements, roles, pledges, trust, conflicts.
    Commitment,
    /// "Prozess-Geschwindigkeit": schedule, deadlines, expectations, time for foundations.
    Pace,
    /// Participation of the target groups, "Nichts über uns ohne uns" (003, step 07).
    Participation,
}

impl DimensionId {
    /// All dimensions in the default page order.
    pub const ALL: [DimensionId; 7] = [
        DimensionId::Motivation,
        DimensionId::Goals,
        DimensionId::Ambition,
        DimensionId::Resources,
        DimensionId::Commitment,
        DimensionId::Pace,
        DimensionId::Participation,
    ];

    /// The snake_case key used in the JSON documents.
    pub fn key(self) -> &'static str {
        match self {
            DimensionId::Motivation => "motivation",
            DimensionId::Goals => "goals",
            DimensionId::Ambition => "ambition",
            DimensionId::Resources => "resources",
            DimensionId::Commitment => "commitment",
            DimensionId::Pace => "pace",
            DimensionId::Participation => "participation",
        }
    }

    /// Parses a key of [`DimensionId::key`].
    pub fn from_key(key: &str) -> Option<DimensionId> {
        DimensionId::ALL.into_iter().find(|d| d.key() == key)
    }

    /// `true` for Ambition and Pace, where a high score means *more demanding*.
    pub fn is_demand(self) -> bool {
        matches!(self, DimensionId::Ambition | DimensionId::Pace)
    }

    /// Position in [`DimensionId::ALL`].
    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// Whether agreeing with a statement raises or lowers its dimension's score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// "trifft voll zu" gives 100 points.
    Raises,
    /// Reverse-coded: "trifft voll zu" gives 0 points.
    Lowers,
}

/// A band of a dimension score, always oriented towards *fit*.
///
/// For capacity dimensions the band is taken from the score itself; for demand dimensions
/// (Ambition, Pace) from `100 - score`, so a very demanding ambition is a `Concern` ("puts
/// pressure on the fit"), never a `Strength`. The locale names the bands per dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    /// Fit-oriented score `>= 67`: supports the fit.
    Strength,
    /// Fit-oriented score `34..=66`.
    Borderline,
    /// Fit-oriented score `<= 33`: puts pressure on the fit.
    Concern,
}

impl Band {
    /// All bands, best first.
    pub const ALL: [Band; 3] = [Band::Strength, Band::Borderline, Band::Concern];

    /// Locale key.
    pub fn key(self) -> &'static str {
        match self {
            Band::Strength => "strength",
            Band::Borderline => "borderline",
            Band::Concern => "concern",
        }
    }

    /// The band of a score of dimension `d` (inverted for demand dimensions).
    pub fn of(d: DimensionId, score: u8) -> Band {
        let fit = fit_score(d, score);
        if fit >= STRENGTH_MIN {
            Band::Strength
        } else if fit >= BORDERLINE_MIN {
            Band::Borderline
        } else {
            Band::Concern
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// Score oriented so that higher is better for the fit: the score itself for capacity
/// dimensions, `100 - score` for demand dimensions.
pub fn fit_score(d: DimensionId, score: u8) -> u8 {
    if d.is_demand() {
        100u8.saturating_sub(score)
    } else {
        score.min(100)
    }
}

/// The overall verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerdictKind {
    /// "tragfähig": demand and capacity fit together.
    Sustainable,
    /// "angespannt": at least one relation is off by one scale step.
    Strained,
    /// "überfordert": a relation is off by two scale steps, or big goals meet few resources
    /// and a fast pace at the same time.
    Overstretched,
    /// An area is not answered enough (or nothing can be compared); no guess is made.
    InsufficientData,
}

impl VerdictKind {
    /// All kinds.
    pub const ALL: [VerdictKind; 4] = [
        VerdictKind::Sustainable,
        VerdictKind::Strained,
        VerdictKind::Overstretched,
        VerdictKind::InsufficientData,
    ];

    /// Locale key (snake_case).
    pub fn key(self) -> &'static str {
        match self {
            VerdictKind::Sustainable => "sustainable",
            VerdictKind::Strained => "strained",
            VerdictKind::Overstretched => "overstretched",
            VerdictKind::InsufficientData => "insufficient_data",
        }
    }

    /// Severity rank: 0 Sustainable, 1 Strained, 2 Overstretched, `None` for InsufficientData.
    pub fn severity(self) -> Option<u8> {
        match self {
            VerdictKind::Sustainable => Some(0),
            VerdictKind::Strained => Some(1),
            VerdictKind::Overstretched => Some(2),
            VerdictKind::InsufficientData => None,
        }
    }

    /// The severity of a relation with this tension (demand minus capacity, in score points).
    pub fn from_tension(tension: i16) -> VerdictKind {
        if tension >= i16::from(OVERSTRETCHED_AT) {
            VerdictKind::Overstretched
        } else if tension >= i16::from(STRAINED_AT) {
            VerdictKind::Strained
        } else {
            VerdictKind::Sustainable
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// The sentence that explains a verdict (the finding's own sentence comes on top).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerdictSentence {
    /// Sustainable, and every assessed capacity area is in its Strength band.
    SustainableSolid,
    /// Sustainable, but some capacity area is only borderline (or weaker): little reserve.
    SustainableThin,
    /// What a strained verdict means (the cause is the worst finding's sentence).
    Strained,
    /// What an overstretched verdict means (the cause is the worst finding's sentence).
    Overstretched,
    /// Why there is no verdict (the missing answers are listed per area).
    InsufficientData,
}

impl VerdictSentence {
    /// All sentences.
    pub const ALL: [VerdictSentence; 5] = [
        VerdictSentence::SustainableSolid,
        VerdictSentence::SustainableThin,
        VerdictSentence::Strained,
        VerdictSentence::Overstretched,
        VerdictSentence::InsufficientData,
    ];

    /// Locale key.
    pub fn key(self) -> &'static str {
        match self {
            VerdictSentence::SustainableSolid => "sustainable_solid",
            VerdictSentence::SustainableThin => "sustainable_thin",
            VerdictSentence::Strained => "strained",
            VerdictSentence::Overstretched => "overstretched",
            VerdictSentence::InsufficientData => "insufficient_data",
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

use DimensionId::{Ambition, Commitment, Goals, Motivation, Pace, Participation, Resources};

/// A relation between demand and capacity that can be off. Declaration order is the tie-break
/// order of findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    /// The seed's warning in full: big goals, few resources and a fast pace at once, judged on
    /// the three levels themselves. Always overstretched.
    AmbitionResourcesPace,
    /// Ambition vs resources.
    AmbitionVsResources,
    /// Pace vs capacity (mean of resources and commitment, as far as assessed).
    PaceVsCapacity,
    /// Pace vs participation of the target groups ("Nichts über uns ohne uns", 003/07).
    PaceVsParticipation,
    /// Pace vs goal clarity: premature activism (003/10).
    GoalsVsPace,
    /// Ambition vs actual commitment.
    AmbitionVsCommitment,
    /// Ambition vs goal clarity: big but vague goals (003/09, Unterziele).
    AmbitionVsGoals,
    /// Ambition vs own motivation, mandate and role clarity (003/01).
    AmbitionVsMotivation,
}

impl RelationKind {
    /// All relations in declaration order.
    pub const ALL: [RelationKind; 8] = [
        RelationKind::AmbitionResourcesPace,
        RelationKind::AmbitionVsResources,
        RelationKind::PaceVsCapacity,
        RelationKind::PaceVsParticipation,
        RelationKind::GoalsVsPace,
        RelationKind::AmbitionVsCommitment,
        RelationKind::AmbitionVsGoals,
        RelationKind::AmbitionVsMotivation,
    ];

    /// Locale/structure key (snake_case).
    pub fn key(self) -> &'static str {
        match self {
            RelationKind::AmbitionResourcesPace => "ambition_resources_pace",
            RelationKind::AmbitionVsResources => "ambition_vs_resources",
            RelationKind::PaceVsCapacity => "pace_vs_capacity",
            RelationKind::PaceVsParticipation => "pace_vs_participation",
            RelationKind::GoalsVsPace => "goals_vs_pace",
            RelationKind::AmbitionVsCommitment => "ambition_vs_commitment",
            RelationKind::AmbitionVsGoals => "ambition_vs_goals",
            RelationKind::AmbitionVsMotivation => "ambition_vs_motivation",
        }
    }

    /// Parses a key of [`RelationKind::key`].
    pub fn from_key(key: &str) -> Option<RelationKind> {
        RelationKind::ALL.into_iter().find(|r| r.key() == key)
    }

    /// Demand dimensions of this relation.
    pub fn demand(self) -> &'static [DimensionId] {
        match self {
            RelationKind::AmbitionResourcesPace => &[Ambition, Pace],
            RelationKind::AmbitionVsResources
            | RelationKind::AmbitionVsCommitment
            | RelationKind::AmbitionVsGoals
            | RelationKind::AmbitionVsMotivation => &[Ambition],
            RelationKind::PaceVsParticipation
            | RelationKind::PaceVsCapacity
            | RelationKind::GoalsVsPace => &[Pace],
        }
    }

    /// Capacity dimensions of this relation (the mean of the assessed ones counts).
    pub fn capacity(self) -> &'static [DimensionId] {
        match self {
            RelationKind::AmbitionResourcesPace | RelationKind::AmbitionVsResources => &[Resources],
            RelationKind::PaceVsCapacity => &[Resources, Commitment],
            RelationKind::PaceVsParticipation => &[Participation],
            RelationKind::GoalsVsPace | RelationKind::AmbitionVsGoals => &[Goals],
            RelationKind::AmbitionVsCommitment => &[Commitment],
            RelationKind::AmbitionVsMotivation => &[Motivation],
        }
    }

    /// The least demand this relation assumes (see [`BASELINE_DEMAND`] and
    /// [`PARTICIPATION_BASELINE`]).
    pub fn baseline(self) -> u8 {
        match self {
            RelationKind::PaceVsParticipation => PARTICIPATION_BASELINE,
            _ => BASELINE_DEMAND,
        }
    }

    /// The wordings this relation's finding can have (each needs a locale text).
    pub fn wordings(self) -> &'static [Wording] {
        match self {
            RelationKind::AmbitionResourcesPace => &[Wording::High],
            RelationKind::PaceVsParticipation => &[Wording::High, Wording::Alone],
            _ => &[Wording::High, Wording::Moderate, Wording::Low],
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// Which sentence a finding gets: chosen by the level its demand actually has, so no text
/// claims a level the measures do not show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Wording {
    /// The demand is high: score `>= HIGH_DEMAND_AT` (its band is Concern).
    High,
    /// The demand is moderate: its band is Borderline.
    Moderate,
    /// The demand is low (its band is Strength, "überschaubar" / "mit Zeit"): the finding comes
    /// from missing capacity, even for a small demand (at most the baseline, or just above).
    Low,
    /// Participation alone (the pace is not high): capped at Strained, with its own sentence.
    Alone,
}

impl Wording {
    /// All wordings.
    pub const ALL: [Wording; 4] = [
        Wording::High,
        Wording::Moderate,
        Wording::Low,
        Wording::Alone,
    ];

    /// Locale key.
    pub fn key(self) -> &'static str {
        match self {
            Wording::High => "high",
            Wording::Moderate => "moderate",
            Wording::Low => "low",
            Wording::Alone => "alone",
        }
    }

    /// The wording of `relation` for a demand score (its own demand dimension's band).
    pub fn of(relation: RelationKind, demand_dimension: DimensionId, demand: u8) -> Wording {
        let band = Band::of(demand_dimension, demand);
        match (relation, band) {
            (RelationKind::AmbitionResourcesPace, _) | (_, Band::Concern) => Wording::High,
            (RelationKind::PaceVsParticipation, _) => Wording::Alone,
            (_, Band::Borderline) => Wording::Moderate,
            (_, Band::Strength) => Wording::Low,
        }
    }
}

/// What is planned (003 and 001/004 name these formats).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A one-off action or event (Aktionstag, Sozialer Tag, Marktplatz; 001, 004).
    Action,
    /// A recurring format (Runder Tisch, open meeting; 004).
    Recurring,
    /// A time-limited, often funded project.
    Project,
    /// A lasting network (003).
    Network,
}

/// How far the undertaking is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// An idea, no partners yet (003 steps 01–04 come next).
    Idea,
    /// First partners found (003 step 08: the first forum comes next).
    Partners,
    /// Already working together.
    Working,
}

/// For which place or area the undertaking is meant (003 step 02/06 "Sozialraum"; 004 names
/// quarter-, town- and region-wide formats).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// One place or institution (a café, a school, a club).
    Place,
    /// A quarter, district or village.
    Neighbourhood,
    /// A whole town or municipality.
    Town,
    /// A county or region.
    Region,
}

impl Scope {
    /// The step (0..=4) this scope adds to the ambition score, with weight [`SCOPE_WEIGHT`]:
    /// a town or region needs far more actors than a quarter or a single place.
    pub fn step(self) -> u8 {
        match self {
            Scope::Place => 0,
            Scope::Neighbourhood => 1,
            Scope::Town => 3,
            Scope::Region => 4,
        }
    }
}

/// One of the three profile questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProfileField {
    /// [`Kind`].
    Kind,
    /// [`Stage`].
    Stage,
    /// [`Scope`].
    Scope,
}

impl ProfileField {
    /// All fields in the order they are asked.
    pub const ALL: [ProfileField; 3] =
        [ProfileField::Kind, ProfileField::Stage, ProfileField::Scope];

    /// Locale key.
    pub fn key(self) -> &'static str {
        match self {
            ProfileField::Kind => "kind",
            ProfileField::Stage => "stage",
            ProfileField::Scope => "scope",
        }
    }

    /// The option keys of this field, in display order.
    pub fn options(self) -> &'static [&'static str] {
        match self {
            ProfileField::Kind => &["action", "recurring", "project", "network"],
            ProfileField::Stage => &["idea", "partners", "working"],
            ProfileField::Scope => &["place", "neighbourhood", "town", "region"],
        }
    }
}

macro_rules! keyed {
    ($ty:ident, $field:expr, [$($variant:ident),*]) => {
        impl $ty {
            /// All values in display order.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),*];

            /// Stable key (storage and locale).
            pub fn key(self) -> &'static str {
                $field.options()[self as usize]
            }

            /// Parses a key of [`Self::key`].
            pub fn from_key(key: &str) -> Option<$ty> {
                Self::ALL.iter().copied().find(|v| v.key() == key)
            }
        }
    };
}
keyed!(
    Kind,
    ProfileField::Kind,
    [Action, Recurring, Project, Network]
);
keyed!(Stage, ProfileField::Stage, [Idea, Partners, Working]);
keyed!(
    Scope,
    ProfileField::Scope,
    [Place, Neighbourhood, Town, Region]
);

/// The answers to the profile questions. A missing field (not answered yet, or a result stored
/// before profiles existed) restricts nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Profile {
    /// What is planned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    /// How far it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<Stage>,
    /// For which place or area.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
}

impl Profile {
    /// The key of a field's answer, if answered.
    pub fn get(&self, field: ProfileField) -> Option<&'static str> {
        match field {
            ProfileField::Kind => self.kind.map(Kind::key),
            ProfileField::Stage => self.stage.map(Stage::key),
            ProfileField::Scope => self.scope.map(Scope::key),
        }
    }

    /// Sets a field from an option key; `false` (and no change) for an unknown key.
    pub fn set(&mut self, field: ProfileField, key: &str) -> bool {
        match field {
            ProfileField::Kind => Kind::from_key(key).map(|v| self.kind = Some(v)).is_some(),
            ProfileField::Stage => Stage::from_key(key).map(|v| self.stage = Some(v)).is_some(),
            ProfileField::Scope => Scope::from_key(key).map(|v| self.scope = Some(v)).is_some(),
        }
    }

    /// The fields not answered yet, in asking order.
    pub fn missing(&self) -> Vec<ProfileField> {
        ProfileField::ALL
            .into_iter()
            .filter(|f| self.get(*f).is_none())
            .collect()
    }
}

/// For which profiles a statement is shown or a recommendation is given. An empty list means
/// "all"; a profile field that is not answered passes every filter.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Applicability {
    /// Kinds it applies to (empty: all).
    pub kinds: &'static [Kind],
    /// Stages it applies to (empty: all).
    pub stages: &'static [Stage],
    /// Scopes it applies to (empty: all).
    pub scopes: &'static [Scope],
}

impl Applicability {
    /// Whether it applies to `profile`.
    pub fn applies(&self, profile: &Profile) -> bool {
        fn ok<T: PartialEq>(list: &[T], value: Option<T>) -> bool {
            list.is_empty() || value.is_none_or(|v| list.contains(&v))
        }
        ok(self.kinds, profile.kind)
            && ok(self.stages, profile.stage)
            && ok(self.scopes, profile.scope)
    }

    /// `true` when it restricts nothing.
    pub fn is_universal(&self) -> bool {
        self.kinds.is_empty() && self.stages.is_empty() && self.scopes.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_agree_with_the_bands() {
        assert_eq!(
            Band::of(DimensionId::Ambition, HIGH_DEMAND_AT),
            Band::Concern
        );
        assert_eq!(
            Band::of(DimensionId::Ambition, HIGH_DEMAND_AT - 1),
            Band::Borderline
        );
        assert_eq!(
            Band::of(DimensionId::Resources, LOW_CAPACITY_AT),
            Band::Concern
        );
        assert_eq!(
            Band::of(DimensionId::Resources, LOW_CAPACITY_AT + 1),
            Band::Borderline
        );
    }

    #[test]
    fn profile_keys_round_trip() {
        for field in ProfileField::ALL {
            for key in field.options() {
                let mut p = Profile::default();
                assert!(p.set(field, key));
                assert_eq!(p.get(field), Some(*key));
            }
            assert!(!Profile::default().set(field, "nonsense"));
        }
        assert_eq!(Profile::default().missing(), ProfileField::ALL.to_vec());
    }

    #[test]
    fn applicability_filters_only_answered_fields() {
        let a = Applicability {
            stages: &[Stage::Partners, Stage::Working],
            ..Applicability::default()
        };
        assert!(a.applies(&Profile::default()));
        let idea = Profile {
            stage: Some(Stage::Idea),
            ..Profile::default()
        };
        assert!(!a.applies(&idea));
        assert!(Applicability::default().applies(&idea));
    }

    #[test]
    fn wording_follows_the_demand_band() {
        use RelationKind::*;
        assert_eq!(
            Wording::of(AmbitionVsResources, Ambition, 67),
            Wording::High
        );
        assert_eq!(
            Wording::of(AmbitionVsResources, Ambition, 66),
            Wording::Moderate
        );
        assert_eq!(
            Wording::of(AmbitionVsResources, Ambition, 34),
            Wording::Moderate
        );
        assert_eq!(Wording::of(AmbitionVsResources, Ambition, 33), Wording::Low);
        assert_eq!(Wording::of(PaceVsParticipation, Pace, 66), Wording::Alone);
        assert_eq!(Wording::of(PaceVsParticipation, Pace, 67), Wording::High);
    }
}
