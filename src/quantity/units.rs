//! Unit spellings after a figure: the unit itself, what divides it ("per second", "/h"),
//! the period a figure is per, and whether a rate follows.

use super::counts::count_noun;
use crate::lexicon::{class, Lexicon, Unit, UnitKind, UnitPlace};
use crate::token::{stem, Token, TokenKind};

/// Where a unit's spelling stands (see [`UnitPlace`]).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Spot {
    /// Right after a figure ("12 km", "87C").
    AfterFigure,
    /// After "/" or "per" ("km/h", "m/s").
    Denominator,
    /// After the number of a second, smaller unit of a compound figure ("6 ft 2 in").
    Continuation,
}

/// "per second", "/h", "a week", "per pixel" after a unit of `dimension`: the kind they
/// make together, what divides the figure, and the tokens taken.
pub(super) fn denominator_at(
    tokens: &[Token],
    at: usize,
    lexicon: &Lexicon,
    dimension: &str,
) -> Option<(UnitKind, f64, usize)> {
    let word = tokens.get(at)?.lower();
    let per = lexicon.per_words.contains(word);
    let compound = |u: &Unit, len: usize| {
        let pair = format!("{dimension}/{}", u.kind.name());
        let (kind, base) = match lexicon.compounds.get(&pair) {
            Some((name, base)) => (UnitKind::named(name), *base),
            None => (UnitKind::Measure(pair), 1.0),
        };
        (kind, base / u.factor, len)
    };
    // "1.9 billion litres daily".
    if let Some(u) = lexicon
        .period_adverbs
        .get(word)
        .and_then(|spelling| lexicon.units.get(spelling))
    {
        return Some(compound(u, 1));
    }
    let spot = if per {
        Spot::Denominator
    } else if lexicon.per_duration_words.contains(word) {
        Spot::AfterFigure
    } else {
        return None;
    };
    if let Some((u, len)) = unit_at(tokens, at + 1, lexicon, spot) {
        let duration = u.kind == UnitKind::Duration;
        let when = || {
            tokens
                .get(at + 1 + len)
                .is_some_and(|t| lexicon.relative_time.contains(t.lower()))
        };
        if !per && (!duration || when()) {
            return None;
        }
        return Some(compound(u, 1 + len));
    }
    // "3 metres per pixel": per a thing, which makes a measure of its own.
    let noun = tokens.get(at + 1).filter(|_| per && word == "per")?;
    (noun.kind == TokenKind::Word && count_noun(tokens, at + 1, lexicon)).then(|| {
        let what = format!("{dimension}/{}", lexicon.concept(&stem(noun.lower())));
        (UnitKind::Measure(what), 1.0, 2)
    })
}

/// "a week", "per month", "every day", "-a-week" after a figure: the length of time it
/// is per, in years, and the tokens taken. Not "a year ago", which says when.
pub(super) fn period_at(tokens: &[Token], at: usize, lexicon: &Lexicon) -> Option<(f64, usize)> {
    let past_hyphen =
        |i: usize| i + usize::from(tokens.get(i).is_some_and(|t| t.glued && t.lower() == "-"));
    let k = past_hyphen(at);
    let word = tokens.get(k)?.lower();
    // "1.9 billion litres daily", "£185,000 weekly".
    if let Some(unit) = lexicon.period_adverbs.get(word) {
        let factor = lexicon.units.get(unit).map(|u| u.factor)?;
        return Some((factor, k + 1 - at));
    }
    let spot = if lexicon.per_words.contains(word) {
        Spot::Denominator
    } else if lexicon.per_duration_words.contains(word) {
        Spot::AfterFigure
    } else {
        return None;
    };
    let u_at = past_hyphen(k + 1);
    let (u, len) = unit_at(tokens, u_at, lexicon, spot)?;
    let when = tokens
        .get(u_at + len)
        .is_some_and(|t| lexicon.relative_time.contains(t.lower()));
    (u.kind == UnitKind::Duration && !when).then_some((u.factor, u_at + len - at))
}

/// Whether the words at `at` make the money before them a rate: a rate word or phrase
/// ("per", "a", "for each"), after a hyphen too ("$38.50-per-share"), and a word that
/// does not make a qualifier or a unit with it.
pub(super) fn rate_follows(tokens: &[Token], at: usize, lexicon: &Lexicon) -> bool {
    let past_hyphen =
        |i: usize| i + usize::from(tokens.get(i).is_some_and(|t| t.glued && t.lower() == "-"));
    let at = past_hyphen(at);
    let word = |i: usize| tokens.get(i).map_or("", |t| t.lower());
    let rate = if lexicon.rate_words.contains(word(at)) {
        word(at).to_string()
    } else {
        format!("{} {}", word(at), word(at + 1))
    };
    if !lexicon.rate_words.contains(rate.as_str()) {
        return false;
    }
    let what = past_hyphen(at + rate.split(' ').count());
    tokens
        .get(what)
        .filter(|t| t.kind == TokenKind::Word)
        .is_some_and(|what_word| {
            let phrase = format!("{rate} {}", what_word.lower());
            !lexicon.qualifiers.contains_key(&phrase)
                && unit_at(tokens, what, lexicon, Spot::AfterFigure).is_none()
        })
}

/// The longest unit spelling at `at` that may stand in `spot`, with its length in tokens.
pub(super) fn unit_at<'a>(
    tokens: &[Token],
    at: usize,
    lexicon: &'a Lexicon,
    spot: Spot,
) -> Option<(&'a Unit, usize)> {
    let first = tokens.get(at)?;
    if first.kind == TokenKind::Number || !first.may(class::UNIT) {
        return None;
    }
    let allowed = |u: &Unit| match u.place {
        UnitPlace::Anywhere => true,
        UnitPlace::Glued => spot == Spot::Continuation || spot == Spot::AfterFigure && first.glued,
        UnitPlace::Denominator => spot == Spot::Denominator,
        UnitPlace::GluedOrDenominator => spot != Spot::AfterFigure || first.glued,
    };
    let in_context = |u: &Unit| {
        u.context.is_empty()
            || tokens
                .iter()
                .any(|t| u.context.iter().any(|w| w == t.lower()))
    };
    let mut key = String::new();
    let mut best = None;
    for n in 1..=lexicon.unit_words.min(tokens.len() - at) {
        if n > 1 {
            key.push(' ');
        }
        key.push_str(tokens[at + n - 1].lower());
        let found = lexicon
            .units
            .get(&key)
            .or_else(|| lexicon.bound_units.get(&key).filter(|u| allowed(u)))
            .filter(|u| in_context(u));
        if let Some(u) = found {
            best = Some((u, n));
        }
    }
    best
}
