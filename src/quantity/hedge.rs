//! Hedges ("about", "more than", "nearly") before a figure, and the interval a stated
//! figure allows once its rounding and hedge are counted.

use super::Measure;
use crate::lexicon::{Hedge, Lexicon, UnitKind};
use crate::token::Token;

pub(super) fn hedge_before(
    tokens: &[Token],
    start: usize,
    lexicon: &Lexicon,
    consumed: &[bool],
    measure: &Measure,
) -> (Option<Hedge>, usize) {
    // The words before the figure, nearest first, the hyphens of a compound skipped: "a
    // more-than-5% jump" is hedged as "more than 5%" is.
    let longest = lexicon
        .hedges
        .iter()
        .map(|(p, _)| p.len())
        .max()
        .unwrap_or(0);
    let mut before: Vec<usize> = Vec::with_capacity(longest);
    let mut k = start;
    while k > 0 && before.len() < longest && !consumed[k - 1] {
        k -= 1;
        let compound_hyphen = tokens[k].lower() == "-" && tokens[k].glued && tokens[k + 1].glued;
        if !compound_hyphen {
            before.push(k);
        }
    }
    let mut best: Option<(Hedge, usize, usize)> = None;
    for (phrase, hedge) in &lexicon.hedges {
        let n = phrase.len();
        if n == 0 || n > before.len() || best.is_some_and(|(_, _, m)| m >= n) {
            continue;
        }
        let matches = before[..n]
            .iter()
            .rev()
            .zip(phrase)
            .all(|(&k, w)| tokens[k].lower() == *w);
        // "over seven years" spans a period; it does not mean "more than".
        let period = phrase == &["over"] && *measure == Measure::Unit(UnitKind::Duration);
        if matches && !period {
            best = Some((*hedge, before[n - 1], n));
        }
    }
    match best {
        Some((h, from, _)) => (Some(h), from),
        None => (None, start),
    }
}

/// The interval a stated figure allows: its rounding, widened by its hedge. Open ends are
/// `f64::MAX`/`f64::MIN` rather than infinities, which JSON cannot carry. Hedges widen by
/// a share of the figure's size, so a reading below zero ("about -73°C") widens too.
pub fn interval(value: f64, tolerance: f64, hedge: Option<Hedge>) -> (f64, f64) {
    let (lo, hi) = (value - tolerance, value + tolerance);
    let size = value.abs();
    match hedge {
        None | Some(Hedge::Exactly) => (lo, hi),
        Some(Hedge::About) => (lo.min(value - 0.1 * size), hi.max(value + 0.1 * size)),
        // "More than 5%" excludes 5% and anything that rounds to it from below; "less than
        // half" excludes half and what rounds to it from above.
        Some(Hedge::MoreThan) => (value, f64::MAX),
        Some(Hedge::AtLeast) => (lo, f64::MAX),
        Some(Hedge::LessThan) => (f64::MIN, value),
        Some(Hedge::UpTo) => (0.0_f64.min(lo), hi),
        Some(Hedge::Nearly) => (value - 0.15 * size, hi),
        // "Just over a quarter" is more than 25% and not much more: up to a fifth more.
        Some(Hedge::JustOver) => (value, hi.max(value + 0.2 * size)),
    }
}
