//! Weighing two quantities against each other: whether they measure the same thing,
//! whether their intervals meet, and how close their values are.

use super::{Measure, Quantity};
use crate::lexicon::{Hedge, UnitKind};

impl Quantity {
    /// Whether the two figures can both be true of one thing.
    pub fn compatible(&self, other: &Quantity) -> bool {
        if !self.measure.comparable(&other.measure) {
            return false;
        }
        let ((low, value, high), (o_low, o_value, o_high)) =
            (self.against(other), other.against(self));
        // Two stated maxima ("up to 5x", "up to 2x") are claims about the maximum itself;
        // two round figures ("some 950 km", "about 510 miles") each allow the other's
        // rounding, not both roundings added up.
        let both = |h: Hedge| self.hedge == Some(h) && other.hedge == Some(h);
        if both(Hedge::UpTo) || both(Hedge::About) {
            let tol = (high - value).max(o_high - o_value);
            return (value - o_value).abs() <= tol + f64::EPSILON;
        }
        // "At most 5%" stops at 5% itself, where "more than 5%" starts: its rounding
        // (to 5.5%) is room for a plain "5%", not for a figure above it.
        let (at_most, above) = match (self.hedge, other.hedge) {
            (Some(Hedge::UpTo), Some(Hedge::MoreThan)) => (value, o_low),
            (Some(Hedge::MoreThan), Some(Hedge::UpTo)) => (o_value, low),
            _ => (f64::MAX, f64::MIN),
        };
        if above >= at_most {
            return false;
        }
        // Strict: "$1 billion" (up to 1.5) and "$2 billion" (from 1.5) only touch.
        low < o_high && o_low < high
    }

    /// Whether the two can both be true and are stated within `closeness` (a share of the
    /// larger) of each other.
    pub fn close_to(&self, other: &Quantity, closeness: f64) -> bool {
        let (a, b) = (self.against(other).1, other.against(self).1);
        self.compatible(other) && (a - b).abs() <= closeness * a.abs().max(b.abs())
    }

    /// Whether the two values differ by at most a factor of `ratio`: further apart, two
    /// documents' figures are two figures, not one misreported.
    pub fn within_ratio(&self, other: &Quantity, ratio: f64) -> bool {
        let (x, y) = (self.against(other).1.abs(), other.against(self).1.abs());
        x.max(y) <= ratio * x.min(y)
    }

    /// Whether the two give the same number as written, of one measure with units (or per
    /// a length of time, or counting one thing): "11.4 miles" and "11.4 kilometres", "£185,000
    /// a month" and "£185,000 a week". A number of two digits or more, or a scaled one, so
    /// that two small numbers ("4 hours", "4 minutes") are no sign of one figure.
    pub fn same_number(&self, other: &Quantity) -> bool {
        let unit_like = |q: &Quantity| {
            matches!(
                q.measure,
                Measure::Unit(UnitKind::Measure(_) | UnitKind::Duration) | Measure::Count(_)
            ) || q.period.is_some()
        };
        let distinctive =
            || self.number.abs() >= 10.0 || self.number.fract() != 0.0 || self.value.abs() >= 1e6;
        self.number == other.number
            && (unit_like(self) || unit_like(other))
            && distinctive()
            && self.measure.comparable(&other.measure)
    }

    /// A figure specific enough that its kind and a word about it make it one quantity: a
    /// physical measure, a count of one thing, a figure per a length of time. Money and
    /// percentages come in many roles per event; durations and multiples too.
    pub fn specific(&self) -> bool {
        matches!(
            self.measure,
            Measure::Unit(UnitKind::Measure(_)) | Measure::Count(_)
        ) || self.period.is_some()
    }

    /// Whether the two tell one quantity by their measure and words alone, whatever their
    /// values: both specific, comparable, and `role_words` words about them in common
    /// ("covered 11.4 miles", "covered 11.4 kilometres").
    pub fn same_measure(&self, other: &Quantity, role_words: usize) -> bool {
        self.specific()
            && other.specific()
            && self.measure.comparable(&other.measure)
            && self
                .roles
                .iter()
                .filter(|r| other.roles.contains(r))
                .count()
                >= role_words
    }

    /// Whether the two are per different lengths of time ("a week", "a month").
    pub fn other_period(&self, other: &Quantity) -> bool {
        matches!((self.period, other.period), (Some(p), Some(q)) if !same_length(p.years, q.years))
    }

    /// Its low end, value and high end as weighed against `other`: per year when both are
    /// per a length of time (loosened by the slack when the lengths differ), as stated when
    /// only this one is (the other's "£185,000" may be the same weekly figure).
    fn against(&self, other: &Quantity) -> (f64, f64, f64) {
        let open = |x: f64| x == f64::MAX || x == f64::MIN;
        match (self.period, other.period) {
            (Some(p), Some(q)) if !same_length(p.years, q.years) => {
                let d = p.slack * self.value.abs();
                let widen = |x: f64, by: f64| if open(x) { x } else { x + by };
                (widen(self.low, -d), self.value, widen(self.high, d))
            }
            (Some(p), None) => {
                let stated = |x: f64| if open(x) { x } else { x * p.years };
                (stated(self.low), stated(self.value), stated(self.high))
            }
            _ => (self.low, self.value, self.high),
        }
    }
}

fn same_length(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}
