//! The kinds of entry a lexicon row gives: entity classes and entities, hedges, moods,
//! directions, and units with their dimension and where their spelling stands.

use serde::{Deserialize, Serialize};

/// What kind of thing an entity is: only organisations can be "swapped" for each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityClass {
    Org,
    Product,
    Person,
    Place,
    Other,
}

/// How a hedge word turns a stated figure into an interval.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Hedge {
    /// "about", "roughly": within ten per cent either way.
    About,
    /// "more than", "over": strictly above.
    MoreThan,
    /// "at least": at or above.
    AtLeast,
    /// "less than", "under": strictly below.
    LessThan,
    /// "up to", "as much as": a stated maximum.
    UpTo,
    /// "nearly", "almost": a little below.
    Nearly,
    /// "just over", "a little more than": a little above.
    JustOver,
    /// "only", "just", "exactly": the figure itself.
    Exactly,
}

/// Why a sentence is not a plain assertion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mood {
    Assertion,
    Question,
    Conditional,
    Speculation,
    Advice,
    /// An evaluation ("a huge win", "natural allies") with no figure or date to check.
    Opinion,
}

/// Which way a clause moves on one axis of opposites: a price rises or falls, a regulator
/// approves or blocks. Axes are the lexicon's (`direction` rows), numbered as they come.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Direction {
    pub axis: u8,
    pub up: bool,
}

/// The kind of a measured quantity; only quantities of one kind are compared.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    Percent,
    Duration,
    Multiplier,
    /// Any other measure, named by its canonical unit ("GW").
    Measure(String),
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Entity {
    pub name: String,
    pub class: EntityClass,
    /// The organisation a product belongs to, if known.
    pub parent: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Unit {
    pub kind: UnitKind,
    /// Multiplies the stated figure into the kind's base unit (years, metres, per cent).
    pub factor: f64,
    /// Added to the figure before `factor` scales it: the zero of an absolute scale.
    #[serde(default)]
    pub plus: f64,
    /// The factor of a difference in this unit ("warmer by 5°F"), whose kind is the
    /// dimension's `_change`; none for a unit that is never a difference.
    #[serde(default)]
    pub change: Option<f64>,
    /// A minus sign before the number is the figure's ("-73°C").
    #[serde(default)]
    pub signed: bool,
    /// Where the spelling is read: anywhere after a figure, or only glued to the number
    /// ("2in"), or only after "/" or "per" ("m/s"), or in either of those two places.
    #[serde(default)]
    pub place: UnitPlace,
    /// The unit's own looseness, a share either way ("ton": metric, short or long).
    #[serde(default)]
    pub slack: f64,
    /// Read as this unit only in a sentence with one of these words ("pounds" weighed).
    #[serde(default)]
    pub context: Vec<String>,
}

/// Where a unit's spelling may stand (see [`Unit::place`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitPlace {
    #[default]
    Anywhere,
    Glued,
    Denominator,
    GluedOrDenominator,
}

impl UnitKind {
    /// The dimension's name, as the lexicon writes it.
    pub fn name(&self) -> &str {
        match self {
            UnitKind::Percent => "percent",
            UnitKind::Duration => "duration",
            UnitKind::Multiplier => "multiplier",
            UnitKind::Measure(name) => name,
        }
    }

    /// The kind a lexicon dimension name stands for.
    pub fn named(name: &str) -> UnitKind {
        match name {
            "percent" => UnitKind::Percent,
            "duration" => UnitKind::Duration,
            "multiplier" => UnitKind::Multiplier,
            other => UnitKind::Measure(other.to_string()),
        }
    }
}
