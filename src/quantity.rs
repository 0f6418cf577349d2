//! Quantities: money, percentages, durations, multipliers, measures and counts, each an
//! interval in a base unit, so "$50B", "fifty-billion-dollar" and "$50,000,000,000" are
//! one figure, "1,200 km" and "about 750 miles" too (the units are data: `units.tsv`),
//! and "more than 5%" can be weighed against "more than 4%".

use crate::date::as_year;
use crate::lexicon::{class, Hedge, Lexicon, Unit, UnitKind, UnitPlace};
use crate::token::{covered, scan, stem, Token, TokenKind};
use serde::{Deserialize, Serialize};
use std::ops::Range;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// Money in a currency code; empty when none is written ("50bn").
    Money(String),
    /// Money per something ("$5 per million tokens").
    Rate(String),
    Unit(UnitKind),
    /// So many of a thing, named by its stem ("two tranches").
    Count(String),
}

impl Measure {
    pub fn comparable(&self, other: &Measure) -> bool {
        match (self, other) {
            (Measure::Money(a), Measure::Money(b)) => a == b || a.is_empty() || b.is_empty(),
            _ => self == other,
        }
    }
}

/// The length of time a figure is per ("£185,000 a week", "1,450 calls a day"): such a
/// figure's value and interval are per year.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Period {
    /// The length of time, in years.
    pub years: f64,
    /// How far apart, as a share, it and a figure per another length of time may be and
    /// still agree (the lexicon's `period_slack`: a month is 4 or 4.35 weeks).
    pub slack: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub measure: Measure,
    /// The figure as stated, in the kind's base unit (dollars, years, per cent, metres),
    /// per year if it is per a length of time (`period`).
    pub value: f64,
    pub low: f64,
    pub high: f64,
    pub hedge: Option<Hedge>,
    pub text: String,
    #[serde(with = "crate::serial::range")]
    pub tokens: Range<usize>,
    /// Set by `extract`: the clause, the words around it, and whether it was carried over
    /// from an earlier figure ("SoftBank matched that figure").
    pub clause: usize,
    pub roles: Vec<String>,
    pub copied: bool,
    /// Whose figure it is, where the sentence says so ("Amazon's $50 billion").
    pub owner: Option<String>,
    /// "first", "total", "additional": what sort of figure of its role it is.
    pub qualifiers: Vec<String>,
    /// The length of time it is per, if it is ("a week").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// The number as written, before its scale and unit ("11.4" of "11.4 miles", "700" of
    /// "700 million"): the same number with another unit is one figure misreported.
    #[serde(default)]
    pub number: f64,
    /// What a share ("less than half of OpenAI's $110 billion round") or a multiple
    /// ("double the £23 million") is of, where the sentence says (set by `extract`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub whole: Option<Whole>,
}

/// What a share or a multiple is of.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Whole {
    /// A figure of the same sentence, by its first token ("half of the $110 billion").
    Figure(usize),
    /// A thing named by the concepts of its words, first first, and whose it is if a party
    /// is named before it ("a quarter of the round", "three-tenths of Amazon's commitment",
    /// "three times their previous record fee").
    Noun {
        concepts: Vec<String>,
        owner: Option<String>,
    },
}

impl Quantity {
    /// Whether the two figures can both be true of one thing.
    pub fn compatible(&self, other: &Quantity) -> bool {
        if !self.measure.comparable(&other.measure) {
            return false;
        }
        let ((low, value, high), (o_low, o_value, o_high)) =
            (self.against(other), other.against(self));
        // Two stated maxima ("up to 5x", "up to 2x") are claims about the maximum itself.
        if self.hedge == Some(Hedge::UpTo) && other.hedge == Some(Hedge::UpTo) {
            let tol = (high - value).max(o_high - o_value);
            return (value - o_value).abs() <= tol + f64::EPSILON;
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

/// Finds quantities in `tokens` (of `text`), skipping `consumed` tokens (names, dates).
pub fn quantities(
    text: &str,
    tokens: &[Token],
    lexicon: &Lexicon,
    consumed: &mut [bool],
) -> Vec<Quantity> {
    let found = scan(tokens, consumed, |i, consumed| {
        // A figure starts with digits, a number word or a fraction ("half of"): most tokens
        // are turned away here, without a call to `parse_at`.
        let t = &tokens[i];
        let may_start = t.kind == TokenKind::Number
            || t.kind == TokenKind::Word && t.may(class::FRACTION | class::NUMBER);
        if !may_start {
            return None;
        }
        let q = parse_at(tokens, i, lexicon, consumed)?;
        let range = q.tokens.clone();
        Some((q, range))
    });
    let mut counted: Option<String> = None;
    found
        .into_iter()
        .filter_map(|(mut q, range)| {
            // "37,120 of them" counts what the figure before counted, or nothing known.
            if let Measure::Count(noun) = &mut q.measure {
                if noun.is_empty() {
                    noun.clone_from(counted.as_ref()?);
                } else {
                    counted = Some(noun.clone());
                }
            }
            Some(Quantity {
                text: covered(text, tokens, &range).to_string(),
                ..q
            })
        })
        .collect()
}

struct Figure {
    value: f64,
    /// Half the last written unit: the rounding a stated figure allows.
    tolerance: f64,
    end: usize,
    fraction: bool,
    words: bool,
    /// A plural scale ("thousands of"): two of it or more.
    at_least: bool,
}

/// Where a unit's spelling stands (see [`UnitPlace`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Spot {
    /// Right after a figure ("12 km", "87C").
    AfterFigure,
    /// After "/" or "per" ("km/h", "m/s").
    Denominator,
    /// After the number of a second, smaller unit of a compound figure ("6 ft 2 in").
    Continuation,
}

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

fn parse_at(tokens: &[Token], i: usize, lexicon: &Lexicon, consumed: &[bool]) -> Option<Quantity> {
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
    let (mut hedge, hedge_start) = hedge_before(tokens, start, lexicon, consumed, &measure);
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

/// "per second", "/h", "a week", "per pixel" after a unit of `dimension`: the kind they
/// make together, what divides the figure, and the tokens taken.
fn denominator_at(
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
fn period_at(tokens: &[Token], at: usize, lexicon: &Lexicon) -> Option<(f64, usize)> {
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

fn count_noun(tokens: &[Token], at: usize, lexicon: &Lexicon) -> bool {
    tokens.get(at).is_some_and(|t| {
        t.kind == TokenKind::Word
            && !t.capital
            && t.lower().len() > 2
            && !lexicon.stopwords.contains(t.lower())
            && !lexicon.party_nouns.contains(t.lower())
            && !t.is_in(class::MONTH, |w| lexicon.months.contains_key(w))
    })
}

/// "of them", "of those" at `at`: the tokens of a phrase that refers back to what was
/// counted before, or 0.
fn count_reference_at(tokens: &[Token], at: usize, lexicon: &Lexicon) -> usize {
    lexicon
        .count_references
        .iter()
        .find(|p| {
            tokens.len() >= at + p.len()
                && tokens[at..at + p.len()]
                    .iter()
                    .zip(p.iter())
                    .all(|(t, w)| t.lower() == *w)
        })
        .map_or(0, Vec::len)
}

/// The noun a number counts, at `at` or past words that say what sort of it ("weekly
/// active users"): its position. A qualifier among those words is the figure's.
fn count_noun_at(
    tokens: &[Token],
    at: usize,
    lexicon: &Lexicon,
    qualifiers: &mut Vec<String>,
) -> Option<usize> {
    let mut k = at;
    let mut found = Vec::new();
    while let Some(t) = tokens.get(k).filter(|t| t.kind == TokenKind::Word) {
        let period = lexicon
            .qualifiers
            .get(t.lower())
            .filter(|q| lexicon.period_qualifiers.contains(*q));
        if let Some(q) = period {
            found.push(q.clone());
        } else if !lexicon.count_adjectives.contains(t.lower()) {
            break;
        }
        k += 1;
    }
    // A sort word with no noun after it is the noun ("two new").
    let k = if k > at && !count_noun(tokens, k, lexicon) {
        at
    } else {
        k
    };
    if !count_noun(tokens, k, lexicon) {
        return None;
    }
    if k > at {
        for q in found {
            if !qualifiers.contains(&q) {
                qualifiers.push(q);
            }
        }
    }
    Some(k)
}

/// Whether the words at `at` make the money before them a rate: a rate word or phrase
/// ("per", "a", "for each"), after a hyphen too ("$38.50-per-share"), and a word that
/// does not make a qualifier or a unit with it.
fn rate_follows(tokens: &[Token], at: usize, lexicon: &Lexicon) -> bool {
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
fn unit_at<'a>(
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

fn figure_at(tokens: &[Token], i: usize, lexicon: &Lexicon) -> Option<Figure> {
    let figure = plain_figure_at(tokens, i, lexicon)?;
    if figure.fraction || figure.at_least {
        return Some(figure);
    }
    // "four in ten patients", "3 out of 4": a share of a whole, as a percentage.
    let ratio_word = |len: usize| {
        let words: Vec<&str> = (0..len)
            .filter_map(|k| tokens.get(figure.end + k).map(|t| t.lower()))
            .collect();
        (words.len() == len && lexicon.ratio_words.contains(&words.join(" "))).then_some(len)
    };
    let Some(len) = ratio_word(1).or_else(|| ratio_word(2)) else {
        return Some(figure);
    };
    // "won 3 in 2025" is no share: a year is no whole.
    let at = figure.end + len;
    let year = tokens.get(at).is_some_and(|t| as_year(t).is_some());
    let whole = plain_figure_at(tokens, at, lexicon)
        .filter(|w| !w.fraction && !w.at_least && w.value > figure.value && !year);
    Some(match whole {
        Some(whole) => Figure {
            value: 100.0 * figure.value / whole.value,
            tolerance: 100.0 * 0.5 / whole.value,
            end: whole.end,
            fraction: true,
            words: figure.words,
            at_least: false,
        },
        None => figure,
    })
}

fn plain_figure_at(tokens: &[Token], i: usize, lexicon: &Lexicon) -> Option<Figure> {
    let t = tokens.get(i)?;
    if t.kind == TokenKind::Number {
        if tokens
            .get(i + 1)
            .is_some_and(|n| n.glued && lexicon.ordinal_suffixes.contains(n.lower()))
        {
            return None;
        }
        let digits = t.lower().replace(',', "");
        let value: f64 = digits.parse().ok()?;
        let decimals = digits.split('.').nth(1).map_or(0, str::len) as i32;
        return Some(and_a_half(
            tokens,
            lexicon,
            Figure {
                value,
                tolerance: 0.5 * 10f64.powi(-decimals),
                end: i + 1,
                fraction: false,
                words: false,
                at_least: false,
            },
        ));
    }
    if t.kind != TokenKind::Word {
        return None;
    }
    let word = t.lower();
    // "a billion", "a dozen", "a hundred", "a third of", "a quarter-trillion".
    if matches!(word, "a" | "an") {
        let n = tokens
            .get(i + 1)
            .filter(|n| n.kind == TokenKind::Word && n.may(class::NUMBER | class::FRACTION))?;
        if lexicon.fractions.contains_key(n.lower()) || n.lower() == "hundred" {
            return plain_figure_at(tokens, i + 1, lexicon);
        }
        return (n.lower().len() > 1 && lexicon.scales.contains_key(n.lower())).then_some(Figure {
            value: 1.0,
            tolerance: 0.5,
            end: i + 1,
            fraction: false,
            words: true,
            at_least: false,
        });
    }
    // "thousands of", "hundreds of thousands of": two of the scale or more.
    if let Some(&s) = lexicon.vague_scales.get(word) {
        let mut value = 2.0 * s;
        let mut end = i + 1;
        let of = |k: usize| tokens.get(k).is_some_and(|t| t.lower() == "of");
        while of(end) {
            match tokens
                .get(end + 1)
                .and_then(|t| lexicon.vague_scales.get(t.lower()))
            {
                Some(&more) => {
                    value *= more;
                    end += 2;
                }
                None => {
                    end += 1;
                    break;
                }
            }
        }
        return Some(Figure {
            value,
            tolerance: 0.0,
            end,
            fraction: false,
            words: true,
            at_least: true,
        });
    }
    // "half of", "a third of"; but "the first half of 2026" is a time.
    let fraction = t.may(class::FRACTION).then(|| lexicon.fractions.get(word));
    if let Some(&pct) = fraction.flatten() {
        return part_of(tokens, i + 1, pct, lexicon);
    }
    // "two hundred and fifty", "twenty-five", "eleven"
    let mut total = 0.0;
    let mut current = 0.0;
    let mut end = i;
    let mut k = i;
    while let Some(w) = tokens.get(k) {
        let Some(&v) = (w.kind == TokenKind::Word && w.may(class::NUMBER))
            .then(|| lexicon.number_words.get(w.lower()))
            .flatten()
        else {
            break;
        };
        if v == 100.0 {
            current = if current == 0.0 {
                100.0
            } else {
                current * 100.0
            };
        } else {
            current += v;
        }
        end = k + 1;
        let joiner = tokens.get(k + 1).map(|n| n.lower());
        let after = tokens.get(k + 2);
        let continues = |n: &Token| lexicon.number_words.contains_key(n.lower());
        if matches!(joiner, Some("-") | Some("and")) && after.is_some_and(continues) {
            k += 2;
        } else {
            k += 1;
        }
    }
    total += current;
    if end == i {
        return None;
    }
    // "two-thirds of", "seven tenths of": parts of a whole.
    let past_hyphen = end + usize::from(tokens.get(end).is_some_and(|t| t.lower() == "-"));
    if let Some(&parts) = tokens
        .get(past_hyphen)
        .and_then(|t| lexicon.denominators.get(t.lower()))
    {
        if total < parts {
            return part_of(tokens, past_hyphen + 1, 100.0 * total / parts, lexicon);
        }
    }
    Some(and_a_half(
        tokens,
        lexicon,
        Figure {
            value: total,
            tolerance: 0.5,
            end,
            fraction: false,
            words: true,
            at_least: false,
        },
    ))
}

/// A part of a whole (`pct` per cent of it), its words ending before `at`: a share of
/// what follows "of" ("a third of the surface"), or a part of a scale or unit after it
/// ("half a billion", "a quarter-trillion", "half an hour"). Not "the first half of 2026",
/// which is a time, nor "the fifth of May".
fn part_of(tokens: &[Token], at: usize, pct: f64, lexicon: &Lexicon) -> Option<Figure> {
    let mut k = at;
    k += usize::from(tokens.get(k).is_some_and(|t| t.glued && t.lower() == "-"));
    k += usize::from(
        tokens
            .get(k)
            .is_some_and(|t| matches!(t.lower(), "a" | "an")),
    );
    let scale_or_unit = tokens.get(k).is_some_and(|t| {
        t.lower().len() > 1 && lexicon.scales.contains_key(t.lower())
            || unit_at(tokens, k, lexicon, Spot::AfterFigure).is_some()
    });
    if k > at && scale_or_unit {
        return Some(Figure {
            value: pct / 100.0,
            tolerance: 0.0,
            end: k,
            fraction: false,
            words: true,
            at_least: false,
        });
    }
    let of_a_period = tokens.get(at + 1).is_some_and(|w| {
        let year = as_year(w).is_some();
        let month = lexicon.months.contains_key(w.lower());
        let the_year = matches!(w.lower(), "the" | "this" | "next" | "last")
            && tokens.get(at + 2).is_some_and(|y| y.lower() == "year");
        year || month || the_year
    });
    (tokens.get(at).is_some_and(|n| n.lower() == "of") && !of_a_period).then_some(Figure {
        value: pct,
        tolerance: 0.5,
        end: at,
        fraction: true,
        words: true,
        at_least: false,
    })
}

/// "two and a half", "3 and a half": the half is the figure's.
fn and_a_half(tokens: &[Token], lexicon: &Lexicon, figure: Figure) -> Figure {
    let word = |k: usize| tokens.get(figure.end + k).map_or("", |t| t.lower());
    let part = (word(0) == "and" && matches!(word(1), "a" | "an"))
        .then(|| lexicon.fractions.get(word(2)))
        .flatten();
    match part {
        Some(&pct) => Figure {
            value: figure.value + pct / 100.0,
            tolerance: figure.tolerance.min(0.25),
            end: figure.end + 3,
            ..figure
        },
        None => figure,
    }
}

fn hedge_before(
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn lexicon() -> Lexicon {
        let text = [
            include_str!("../seeds/lexicon/numbers.tsv"),
            include_str!("../seeds/lexicon/grammar.tsv"),
            include_str!("../seeds/lexicon/terms.tsv"),
            include_str!("../seeds/lexicon/units.tsv"),
        ]
        .join("\n");
        Lexicon::parse(&text).unwrap()
    }

    fn find(text: &str) -> Vec<Quantity> {
        let lex = lexicon();
        let tokens = tokenize(text);
        let mut consumed = vec![false; tokens.len()];
        quantities(text, &tokens, &lex, &mut consumed)
    }

    fn money(text: &str) -> f64 {
        let q = find(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert!(matches!(q[0].measure, Measure::Money(_)), "{text}: {q:?}");
        q[0].value
    }

    #[test]
    fn every_common_money_form_is_one_figure() {
        for text in [
            "$50 billion",
            "$50B",
            "50bn",
            "US$50 billion",
            "fifty-billion-dollar deal",
            "$50,000,000,000",
            "50 billion dollars",
        ] {
            assert_eq!(money(text), 50e9, "{text}");
        }
        assert_eq!(money("$2.52 trillion"), 2.52e12);
        assert_eq!(money("eleven-billion-dollar foundation"), 11e9);
    }

    #[test]
    fn percentages_durations_multipliers_measures_counts() {
        let q = find("27% and 27 percent, a seven-year deal over seven years, 5x, two hundred and fifty gigawatts, two tranches");
        let kinds: Vec<_> = q.iter().map(|q| (q.measure.clone(), q.value)).collect();
        assert_eq!(
            kinds,
            [
                (Measure::Unit(UnitKind::Percent), 27.0),
                (Measure::Unit(UnitKind::Percent), 27.0),
                (Measure::Unit(UnitKind::Duration), 7.0),
                (Measure::Unit(UnitKind::Duration), 7.0),
                (Measure::Unit(UnitKind::Multiplier), 5.0),
                (Measure::Unit(UnitKind::Measure("power".into())), 250e9),
                (Measure::Count("tranche".into()), 2.0),
            ]
        );
        assert_eq!(
            q[3].hedge, None,
            "'over seven years' is a span, not a hedge"
        );
    }

    #[test]
    fn a_qualifier_between_number_and_unit_belongs_to_the_figure() {
        let text = [
            include_str!("../seeds/lexicon/numbers.tsv"),
            include_str!("../seeds/lexicon/grammar.tsv"),
            include_str!("../seeds/lexicon/terms.tsv"),
            include_str!("../seeds/lexicon/units.tsv"),
        ]
        .join("\n");
        let lex = Lexicon::parse(&text).unwrap();
        let read = |text: &str| {
            let tokens = tokenize(text);
            let mut consumed = vec![false; tokens.len()];
            quantities(text, &tokens, &lex, &mut consumed)
        };
        let q = read("an option for three more years");
        assert_eq!(q.len(), 1);
        assert_eq!(
            (&q[0].measure, q[0].value, &q[0].qualifiers[..]),
            (
                &Measure::Unit(UnitKind::Duration),
                3.0,
                &["additional".to_string()][..]
            )
        );
        assert_eq!(q[0].text, "three more years");
        // Not when nothing countable follows: "three more" alone is no figure.
        assert!(read("and three more.").is_empty());
        // The parties themselves are referred to, not counted.
        assert!(read("between the two companies.").is_empty());
    }

    #[test]
    fn hedges_make_intervals() {
        let more5 = &find("more than 5%")[0];
        let more4 = &find("more than 4%")[0];
        let about38 = &find("about $38 billion")[0];
        let exact38 = &find("$38 billion")[0];
        let half = &find("more than half of Bedrock")[0];
        let ten = &find("only 10% of Bedrock")[0];
        assert!(more5.compatible(more4));
        assert!(!more5.compatible(&find("4%")[0]));
        assert!(!find("$1 billion")[0].compatible(&find("$2 billion")[0]));
        assert!(about38.compatible(exact38));
        assert!(!half.compatible(ten));
        assert!(!find("up to 2x")[0].compatible(&find("up to 5x")[0]));
        assert!(!find("$30 million")[0].compatible(&find("$300 million")[0]));
        assert!(find("$2.5 trillion")[0].compatible(&find("$2.52 trillion")[0]));
        assert!(!find("roughly 40%")[0].compatible(&find("14%")[0]));
        // "Less than half" and "more than half" only touch at one half.
        assert!(!find("less than half of Bedrock")[0].compatible(half));
        assert!(find("less than half of Bedrock")[0].compatible(ten));
        // A hedge in a compound adjective is a hedge.
        let compound = &find("the more-than-5% jump")[0];
        assert_eq!((compound.hedge, compound.value), (more5.hedge, more5.value));
        assert!(compound.qualifiers.is_empty());
    }

    #[test]
    fn rates_and_ordinals_are_not_plain_money() {
        assert!(matches!(
            find("$5 per million input tokens")[0].measure,
            Measure::Rate(_)
        ));
        assert_eq!(
            find("$55 a share")[0].measure,
            find("$55 per share")[0].measure
        );
        assert!(matches!(find("$55 a share")[0].measure, Measure::Rate(_)));
        // A share of a whole is a percentage; the half of a year is a time.
        let four_in_ten = &find("nearly four in ten patients")[0];
        assert_eq!(four_in_ten.measure, Measure::Unit(UnitKind::Percent));
        assert!(four_in_ten.compatible(&find("39%")[0]));
        assert_eq!(find("3 out of 4 voters")[0].value, 75.0);
        assert!(find("in the first half of 2026").is_empty());
        assert!(find("it won 3 in 2025").is_empty(), "a year is no whole");
        assert!(find("in the third quarter of the year").is_empty());
        for rate in ["$38.50-per-share offer", "$38.50 for each share they own"] {
            assert!(matches!(find(rate)[0].measure, Measure::Rate(_)), "{rate}");
        }
        // An article before a time word makes a qualifier or a time, not a rate.
        for plain in [
            "$100 billion a quarter",
            "$5 billion a decade ago",
            "$9 billion. A",
        ] {
            assert!(
                matches!(find(plain)[0].measure, Measure::Money(_)),
                "{plain}"
            );
        }
        assert!(find("the 27th").is_empty());
        assert!(find("one of them").is_empty());
    }

    /// The one figure `text` holds.
    fn one(text: &str) -> Quantity {
        let q = find(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        q.into_iter().next().unwrap()
    }

    fn agree(a: &str, b: &str) -> bool {
        one(a).compatible(&one(b))
    }

    fn dimension(text: &str) -> String {
        match one(text).measure {
            Measure::Unit(kind) => kind.name().to_string(),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn one_length_in_any_unit_is_one_figure() {
        assert!(agree("1,200 km", "about 750 miles"));
        assert!(!agree("1,200 km", "roughly 1,200 miles"));
        assert!(agree("6ft 2in", "1.88 metres"));
        assert!(agree("6 ft 2 in", "188 cm"));
        assert!(!agree("5ft 10in", "1.88 metres"));
        assert!(agree("740 metres", "about 2,400 ft"));
        assert!(agree("a 26.2-mile course", "42.195 km"));
        assert_eq!(dimension("96 million km"), "length");
        // An age is no length of time.
        assert_eq!(dimension("the 23-year-old forward"), "age");
        // Another dimension is never compared, whatever the numbers.
        assert!(!agree("5 km", "5 kg"));
        assert!(!agree("11.4 kilometres", "11.4 miles"));
    }

    #[test]
    fn temperatures_are_compared_on_one_scale_and_differences_apart() {
        assert!(agree("87°C", "189°F"));
        assert!(agree("-73°C", "-99°F"));
        assert!(!agree("-73°C", "-73°F"));
        assert!(agree(
            "about 87 degrees Celsius",
            "around 189 degrees Fahrenheit"
        ));
        assert!(agree("11C", "52F"));
        // "C" glued to a number is a unit, not a name.
        assert_eq!(dimension("87C"), "temperature");
        // A difference of temperatures is not a temperature.
        assert_eq!(
            dimension("swings by some 288 Fahrenheit degrees"),
            "temperature_change"
        );
        assert_eq!(dimension("warmer by 9°F"), "temperature_change");
        assert!(agree("warmer by 9°F", "a rise of 5 celsius degrees"));
        assert!(!agree("warmer by 9°F", "9°F"));
    }

    #[test]
    fn compound_units_and_units_per_unit() {
        assert!(agree("11.6 km per second", "nearly 42,000 km/h"));
        assert!(agree("11.6 km/s", "roughly 26,000 mph"));
        assert!(agree("65 km/h", "about 40 mph"));
        assert!(!agree("20.4 km/h", "20.4 mph"));
        assert_eq!(dimension("4.2 metres per second"), "speed");
        assert!(agree("48.6 GW", "48,600 megawatts"));
        assert!(!agree("48.6 GW", "48.6 MW"));
        assert!(agree("2,300 hectares", "some 5,700 acres"));
        // Per a thing, not a unit: a measure of its own.
        assert_eq!(dimension("3 metres per pixel"), "length/pixel");
        assert!(agree(
            "2 hours, 4 minutes and 12 seconds",
            "just over two hours and four minutes"
        ));
        assert!(!agree("6 hours and 40 minutes", "2.9 years"));
        assert!(agree("well over half an hour", "38 minutes"));
    }

    #[test]
    fn a_number_of_them_counts_what_was_counted_before() {
        let q = find("38,500 runners started, and 37,120 of them finished");
        assert_eq!(q[1].measure, Measure::Count("runner".into()));
        assert_eq!(q[1].value, 37120.0);
        // With nothing counted before, no figure.
        assert!(find("and 27 of them went in").is_empty());
    }

    #[test]
    fn temperatures_are_close_as_a_reader_of_the_scale_says() {
        // Held in degrees Celsius: 43.1°C is not "close" to 26°C, as it would be in kelvin.
        assert!(!one("43.1°C").close_to(&one("26°C"), 0.25));
        assert!(one("106°F").close_to(&one("41.2°C"), 0.25));
    }

    #[test]
    fn pounds_weigh_when_something_weighs() {
        assert_eq!(dimension("Solberg weighs 106 pounds"), "mass");
        assert!(matches!(
            one("He earned 50,000 pounds").measure,
            Measure::Money(_)
        ));
        assert!(agree("Solberg weighs about 106 pounds", "48 kg"));
    }

    #[test]
    fn a_figure_per_a_length_of_time() {
        assert!(!agree("£185,000 a week", "£185,000 a month"));
        assert!(agree("£185,000 a week", "about £800,000 a month"));
        assert!(agree("£185,000-a-week", "£185,000 per week"));
        // A figure told without its length of time may be the same one.
        assert!(agree("£185,000", "£185,000 a week"));
        assert!(!agree("1,450 calls a day", "1,450 calls a week"));
        assert!(agree("220 km a week", "as much as 137 miles a week"));
        assert!(!agree("220 km a week", "220 km a month"));
        assert!(agree(
            "1.9 billion litres a day",
            "1.9 billion litres daily"
        ));
        // "a year ago" says when.
        assert_eq!(one("$5 billion a year ago").period, None);
    }

    #[test]
    fn numbers_in_words_and_shapes() {
        assert_eq!(money("a quarter-trillion dollars"), 2.5e11);
        assert_eq!(money("thirty billion dollars"), 3e10);
        assert_eq!(money("half a billion dollars"), 5e8);
        assert_eq!(money("a billion dollars"), 1e9);
        assert_eq!(one("two and a half years").value, 2.5);
        assert_eq!(one("a dozen missions").value, 12.0);
        assert_eq!(one("two dozen missions").value, 24.0);
        let crowd = one("hundreds of thousands of people");
        assert_eq!((crowd.low, crowd.hedge), (2e5, Some(Hedge::AtLeast)));
        assert!(agree("thousands of runners", "38,500 runners"));
        assert!(!agree("tens of thousands of runners", "8,500 runners"));
        assert!(agree("three per cent", "3%"));
    }

    #[test]
    fn quantifier_words_are_intervals() {
        assert!(agree("seven-tenths of the surface", "about 70 per cent"));
        assert!(agree("roughly a third of the surface", "about 30 per cent"));
        assert!(agree("two-thirds of the votes", "67%"));
        assert!(agree("just over a quarter of the stake", "27%"));
        assert!(!agree("just over a quarter of the stake", "33%"));
        assert!(!agree("a majority stake", "27%"));
        assert!(agree("most of the money", "60%"));
        assert!(agree("less than a third of the money", "30%"));
        assert!(agree("nearly half of the round", "45%"));
        assert_eq!(one("larger than 20 metres").hedge, Some(Hedge::MoreThan));
        assert_eq!(
            find("double the £23 million fee")[0].measure,
            Measure::Unit(UnitKind::Multiplier)
        );
        assert!(!agree("double the fee", "three times the fee"));
        assert!(agree("twice as many", "2x"));
        // Not a multiple: a verb, or how often.
        assert!(find("the fee doubled").is_empty());
        assert!(find("twice a day").is_empty());
    }
}
