//! Reading one figure at a token: its number, unit (compound units and units per unit
//! included), period, hedge and what it counts, as a [`Quantity`].

use super::counts::{count_noun, count_noun_at, count_reference_at};
use super::hedge::{hedge_before, interval};
use super::number::{figure_at, plain_figure_at};
use super::units::{denominator_at, period_at, rate_follows, unit_at, Spot};
use super::{Measure, Period, Quantity};
use crate::lexicon::{Hedge, Lexicon, Unit, UnitKind};
use crate::token::{stem, Token, TokenKind};
use std::ops::Range;

fn figure_quantity(
    measure: Measure,
    value: f64,
    hedge: Option<Hedge>,
    tokens: Range<usize>,
) -> Quantity {
    let (low, high) = interval(value, 0.0, hedge);
    Quantity {
        measure,
        value,
        low,
        high,
        hedge,
        text: String::new(),
        tokens,
        clause: 0,
        roles: Vec::new(),
        copied: false,
        owner: None,
        qualifiers: Vec::new(),
        period: None,
        number: value,
        whole: None,
    }
}

/// A figure given by a word alone: a multiple ("double the £23 million") or a share ("a
/// majority of", "a majority stake").
fn word_figure_at(
    tokens: &[Token],
    i: usize,
    lexicon: &Lexicon,
    consumed: &[bool],
) -> Option<Quantity> {
    let word = tokens[i].lower();
    let next = tokens.get(i + 1).map(|t| t.lower());
    let (measure, value, own_hedge) = if let Some(&m) = lexicon.multiplier_words.get(word) {
        next.filter(|n| lexicon.multiplier_after.contains(*n))?;
        (Measure::Unit(UnitKind::Multiplier), m, None)
    } else {
        let (pct, hedge, after) = lexicon.shares.get(word)?;
        next.filter(|n| after.contains(*n))?;
        (Measure::Unit(UnitKind::Percent), *pct, Some(*hedge))
    };
    let (hedge, start) = hedge_before(tokens, i, lexicon, consumed, &measure);
    Some(figure_quantity(
        measure,
        value,
        hedge.or(own_hedge),
        start..i + 1,
    ))
}

pub(super) fn parse_at(
    tokens: &[Token],
    i: usize,
    lexicon: &Lexicon,
    consumed: &[bool],
) -> Option<Quantity> {
    let figure = match figure_at(tokens, i, lexicon) {
        Some(f) => f,
        None => return word_figure_at(tokens, i, lexicon, consumed),
    };
    let mut start = i;
    let mut currency = None;
    if i > 0
        && !consumed[i - 1]
        && lexicon.currencies.contains_key(tokens[i - 1].lower())
        && tokens[i - 1].kind == TokenKind::Punct
    {
        start = i - 1;
        currency = lexicon.currencies.get(tokens[i - 1].lower()).cloned();
        if start > 0 && tokens[start - 1].lower() == "us" && tokens[start].glued {
            start -= 1;
        }
    }
    let mut end = figure.end;
    let mut scale = 1.0;
    let hyphen = |k: usize| tokens.get(k).is_some_and(|t| t.glued && t.lower() == "-");
    let next = |k: usize| if hyphen(k) { k + 1 } else { k };
    if let Some(t) = tokens.get(next(end)) {
        let as_written = tokens_text(t);
        let single_letter = as_written.chars().count() == 1;
        let found = lexicon.scales.get(as_written).or_else(|| {
            (!single_letter)
                .then(|| lexicon.scales.get(t.lower()))
                .flatten()
        });
        if let Some(&s) = found.filter(|_| !single_letter || t.glued) {
            scale = s;
            end = next(end) + 1;
        }
    }
    if let Some(t) = tokens.get(next(end)) {
        // "48 pounds" is money, unless something in the sentence weighs.
        let weighed = || unit_at(tokens, next(end), lexicon, Spot::AfterFigure).is_some();
        if t.kind == TokenKind::Word {
            if let Some(code) = lexicon.currencies.get(t.lower()).filter(|_| !weighed()) {
                currency.get_or_insert_with(|| code.clone());
                end = next(end) + 1;
            }
        }
    }
    // "three more years", "two further tranches": a qualifier between a bare number and
    // what it counts belongs to the figure.
    let mut qualifiers = Vec::new();
    if currency.is_none() && !figure.fraction && scale == 1.0 {
        let between = tokens
            .get(next(end))
            .filter(|t| t.kind == TokenKind::Word)
            .and_then(|t| lexicon.qualifiers.get(t.lower()));
        let after = next(end) + 1;
        if let Some(q) = between.filter(|_| {
            unit_at(tokens, after, lexicon, Spot::AfterFigure).is_some()
                || count_noun(tokens, after, lexicon)
        }) {
            qualifiers.push(q.clone());
            end = after;
        }
    }
    let mut measure = None;
    let mut unit: Option<&Unit> = None;
    // Beyond the first unit, what a compound figure adds ("6ft 2in"), in the first unit.
    let mut added = 0.0;
    let mut tolerance = figure.tolerance * scale;
    let mut factor = 1.0;
    let mut period = None;
    if figure.fraction {
        measure = Some(Measure::Unit(UnitKind::Percent));
    } else if let Some((u, len)) = unit_at(tokens, next(end), lexicon, Spot::AfterFigure) {
        measure = Some(Measure::Unit(u.kind.clone()));
        unit = Some(u);
        factor = u.factor;
        end = next(end) + len;
        // "6ft 2in", "2 hours, 4 minutes and 12 seconds": smaller units of one
        // dimension add to the first.
        let mut smallest = u.factor;
        while let Some((value, tol, u2, after)) = smaller_unit_at(tokens, end, lexicon, u, smallest)
        {
            added += value * u2.factor / u.factor;
            tolerance = tol * u2.factor / u.factor;
            smallest = u2.factor;
            end = after;
        }
        match &u.kind {
            // A share or a multiple per a length of time is one figure per year.
            UnitKind::Percent | UnitKind::Multiplier | UnitKind::Duration => {
                period = period_at(tokens, end, lexicon);
            }
            // "11.6 km per second", "220 km a week", "3 metres per pixel".
            UnitKind::Measure(dimension) => {
                if let Some((kind, per, len)) = denominator_at(tokens, end, lexicon, dimension) {
                    measure = Some(Measure::Unit(kind));
                    factor *= per;
                    end += len;
                }
            }
        }
    }
    let per = rate_follows(tokens, end, lexicon);
    let measure = match (measure, currency) {
        (Some(m), _) => m,
        (None, Some(c)) => {
            period = period_at(tokens, end, lexicon);
            if period.is_none() && per {
                Measure::Rate(c)
            } else {
                Measure::Money(c)
            }
        }
        (None, None) => {
            // A bare number counts something only when a noun follows ("two tranches",
            // "700 million weekly active users"); a large one alone is money ("50bn").
            let noun = count_noun_at(tokens, end, lexicon, &mut qualifiers);
            // "37,120 of them": so many of what was last counted (named by `quantities`).
            let referring = count_reference_at(tokens, end, lexicon);
            match noun {
                None if referring > 0 => {
                    end += referring;
                    Measure::Count(String::new())
                }
                None if scale >= 1e3 && !figure.at_least => Measure::Money(String::new()),
                None => return None,
                Some(_) if figure.words && figure.value * scale < 2.0 => return None,
                Some(k) => {
                    let noun = stem(tokens[k].lower());
                    end = k + 1;
                    period = period_at(tokens, end, lexicon);
                    Measure::Count(lexicon.concept(&noun).to_string())
                }
            }
        }
    };
    if let Some((_, len)) = period {
        end += len;
    }
    // "three months later", "two years ago": when, not how long.
    if measure == Measure::Unit(UnitKind::Duration) && says_when(tokens, end, lexicon, consumed) {
        return None;
    }
    // "minus 150 degrees Celsius": the sign word belongs to the reading, and a hedge comes
    // before it ("around minus 150").
    let minus_word = unit.is_some_and(|u| u.signed)
        && start > 0
        && !consumed[start - 1]
        && lexicon.minus_words.contains(tokens[start - 1].lower());
    let signed_start = start - usize::from(minus_word);
    let (mut hedge, hedge_start) = hedge_before(tokens, signed_start, lexicon, consumed, &measure);
    if figure.at_least {
        hedge = hedge.or(Some(Hedge::AtLeast));
    }
    let mut stated = figure.value * scale + added;
    let mut measure = measure;
    let (mut plus, mut slack) = (0.0, 0.0);
    let mut start = hedge_start;
    if let Some(u) = unit {
        plus = u.plus;
        slack = u.slack;
        let change = u
            .change
            .filter(|_| change_before(tokens, hedge_start, lexicon));
        if let Some(change) = change {
            // "warmer by 5°F": a difference of temperatures, not a temperature.
            measure = Measure::Unit(UnitKind::Measure(format!("{}_change", u.kind.name())));
            factor = change;
            plus = 0.0;
        } else if minus_word {
            stated = -stated;
        } else if u.signed && hedge_start == start && minus_before(tokens, i) {
            stated = -stated;
            start = i - 1;
        }
    }
    let convert = |x: f64| {
        if x == f64::MAX || x == f64::MIN {
            x
        } else {
            (x + plus) * factor / period.map_or(1.0, |(years, _)| years)
        }
    };
    let (low, high) = interval(stated, tolerance, hedge);
    let value = convert(stated);
    let loose = slack * value.abs();
    let (low, high) = (convert(low) - loose, convert(high) + loose);
    Some(Quantity {
        measure,
        value,
        low,
        high,
        hedge,
        text: String::new(),
        tokens: start..end,
        clause: 0,
        roles: Vec::new(),
        copied: false,
        owner: None,
        qualifiers,
        period: period.map(|(years, _)| Period {
            years,
            slack: lexicon.period_slack,
        }),
        number: if stated < 0.0 {
            -figure.value
        } else {
            figure.value
        },
        whole: None,
    })
}

/// Whether the word at `at`, after a duration, makes it a time ("three months later",
/// "two years ago", "three months on,"; not "half an hour on 22 August").
fn says_when(tokens: &[Token], at: usize, lexicon: &Lexicon, consumed: &[bool]) -> bool {
    tokens.get(at).is_some_and(|t| {
        lexicon.relative_time.contains(t.lower())
            && !(lexicon.relative_time_undated.contains(t.lower())
                && consumed.get(at + 1).is_some_and(|&dated| dated))
    })
}

/// A minus sign right before the number at `i`, not a hyphen between two words or
/// numbers ("-73°C", "(-99°F)"; not "5-7").
fn minus_before(tokens: &[Token], i: usize) -> bool {
    i > 0
        && tokens[i].glued
        && matches!(tokens[i - 1].lower(), "-" | "−" | "–")
        && (i == 1 || !tokens[i - 1].glued || tokens[i - 2].kind == TokenKind::Punct)
}

/// Whether the words before token `at` make the reading after them a difference ("by",
/// "a swing of").
fn change_before(tokens: &[Token], at: usize, lexicon: &Lexicon) -> bool {
    lexicon.change_markers.iter().any(|p| {
        p.len() <= at
            && tokens[at - p.len()..at]
                .iter()
                .zip(p)
                .all(|(t, w)| t.lower() == *w)
    })
}

/// A smaller unit of the same dimension after a figure's unit, with its number: ", 4
/// minutes", "and 12 seconds", " 2in". Its value, tolerance, unit and end.
fn smaller_unit_at<'a>(
    tokens: &[Token],
    at: usize,
    lexicon: &'a Lexicon,
    first: &Unit,
    smallest: f64,
) -> Option<(f64, f64, &'a Unit, usize)> {
    // Readings on a scale (temperatures) do not add up.
    if first.plus != 0.0 || first.change.is_some() {
        return None;
    }
    let mut k = at;
    while k < at + 2
        && tokens
            .get(k)
            .is_some_and(|t| matches!(t.lower(), "," | "and"))
    {
        k += 1;
    }
    let f = plain_figure_at(tokens, k, lexicon).filter(|f| !f.fraction && !f.at_least)?;
    let (u, len) = unit_at(tokens, f.end, lexicon, Spot::Continuation)?;
    (u.kind == first.kind && u.factor < smallest && u.plus == 0.0).then_some((
        f.value,
        f.tolerance,
        u,
        f.end + len,
    ))
}

fn tokens_text<'a>(t: &'a Token) -> &'a str {
    // The scale table is case-sensitive for single letters ("B" billion, "m" million).
    if t.capital && t.lower().chars().count() == 1 {
        match t.lower() {
            "b" => "B",
            "m" => "M",
            "k" => "K",
            "t" => "T",
            _ => t.lower(),
        }
    } else {
        t.lower()
    }
}
