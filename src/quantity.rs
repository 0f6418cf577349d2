//! Quantities: money, percentages, durations, multipliers, measures and counts, each an
//! interval in a base unit, so "$50B", "fifty-billion-dollar" and "$50,000,000,000" are
//! one figure and "more than 5%" can be weighed against "more than 4%".

use crate::date::as_year;
use crate::lexicon::{class, Hedge, Lexicon, UnitKind};
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

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub measure: Measure,
    /// The figure as stated, in the kind's base unit (dollars, years, per cent, GW).
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
}

impl Quantity {
    /// Whether the two figures can both be true of one thing.
    pub fn compatible(&self, other: &Quantity) -> bool {
        if !self.measure.comparable(&other.measure) {
            return false;
        }
        // Two stated maxima ("up to 5x", "up to 2x") are claims about the maximum itself.
        if self.hedge == Some(Hedge::UpTo) && other.hedge == Some(Hedge::UpTo) {
            let tol = (self.high - self.value).max(other.high - other.value);
            return (self.value - other.value).abs() <= tol + f64::EPSILON;
        }
        // Strict: "$1 billion" (up to 1.5) and "$2 billion" (from 1.5) only touch.
        self.low < other.high && other.low < self.high
    }

    /// Whether the two values differ by at most a factor of `ratio`: further apart, two
    /// documents' figures are two figures, not one misreported.
    pub fn within_ratio(&self, other: &Quantity, ratio: f64) -> bool {
        let (x, y) = (self.value.abs(), other.value.abs());
        x.max(y) <= ratio * x.min(y)
    }
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
    found
        .into_iter()
        .map(|(q, range)| Quantity {
            text: covered(text, tokens, &range).to_string(),
            ..q
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
}

fn parse_at(tokens: &[Token], i: usize, lexicon: &Lexicon, consumed: &[bool]) -> Option<Quantity> {
    let figure = figure_at(tokens, i, lexicon)?;
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
        if t.kind == TokenKind::Word {
            if let Some(code) = lexicon.currencies.get(t.lower()) {
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
            unit_at(tokens, after, lexicon).is_some() || count_noun(tokens, after, lexicon)
        }) {
            qualifiers.push(q.clone());
            end = after;
        }
    }
    let mut measure = None;
    let mut factor = 1.0;
    if figure.fraction {
        measure = Some(Measure::Unit(UnitKind::Percent));
    } else if let Some((unit, len)) = unit_at(tokens, next(end), lexicon) {
        let glued_x = unit.kind == UnitKind::Multiplier && tokens[next(end)].lower() == "x";
        if !glued_x || tokens[next(end)].glued {
            measure = Some(Measure::Unit(unit.kind.clone()));
            factor = unit.factor;
            end = next(end) + len;
        }
    }
    let per = rate_follows(tokens, end, lexicon);
    let measure = match (measure, currency) {
        (Some(m), _) => m,
        (None, Some(c)) if per => Measure::Rate(c),
        (None, Some(c)) => Measure::Money(c),
        (None, None) if scale > 1.0 && !count_noun(tokens, end, lexicon) => {
            Measure::Money(String::new())
        }
        (None, None) => {
            // A bare number counts something only when a noun follows ("two tranches").
            if figure.words && figure.value < 2.0 || !count_noun(tokens, end, lexicon) {
                return None;
            }
            let noun = stem(tokens[end].lower());
            end += 1;
            Measure::Count(lexicon.concept(&noun).to_string())
        }
    };
    // "three months later", "two years ago": when, not how long.
    if measure == Measure::Unit(UnitKind::Duration)
        && tokens
            .get(end)
            .is_some_and(|t| lexicon.relative_time.contains(t.lower()))
    {
        return None;
    }
    let value = figure.value * scale * factor;
    let tolerance = figure.tolerance * scale * factor;
    let (hedge, hedge_start) = hedge_before(tokens, start, lexicon, consumed, &measure);
    let (low, high) = interval(value, tolerance, hedge);
    Some(Quantity {
        measure,
        value,
        low,
        high,
        hedge,
        text: String::new(),
        tokens: hedge_start..end,
        clause: 0,
        roles: Vec::new(),
        copied: false,
        owner: None,
        qualifiers,
    })
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
            !lexicon.qualifiers.contains_key(&phrase) && unit_at(tokens, what, lexicon).is_none()
        })
}

fn unit_at<'a>(
    tokens: &[Token],
    at: usize,
    lexicon: &'a Lexicon,
) -> Option<(&'a crate::lexicon::Unit, usize)> {
    let first = tokens.get(at)?;
    if let Some(second) = tokens.get(at + 1) {
        let two = format!("{} {}", first.lower(), second.lower());
        if let Some(u) = lexicon.units.get(&two) {
            return Some((u, 2));
        }
    }
    lexicon.units.get(first.lower()).map(|u| (u, 1))
}

fn figure_at(tokens: &[Token], i: usize, lexicon: &Lexicon) -> Option<Figure> {
    let figure = plain_figure_at(tokens, i, lexicon)?;
    if figure.fraction {
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
        .filter(|w| !w.fraction && w.value > figure.value && !year);
    Some(match whole {
        Some(whole) => Figure {
            value: 100.0 * figure.value / whole.value,
            tolerance: 100.0 * 0.5 / whole.value,
            end: whole.end,
            fraction: true,
            words: figure.words,
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
        return Some(Figure {
            value,
            tolerance: 0.5 * 10f64.powi(-decimals),
            end: i + 1,
            fraction: false,
            words: false,
        });
    }
    if t.kind != TokenKind::Word {
        return None;
    }
    // "half of", "a third of"; but "the first half of 2026" is a time.
    let fraction = t
        .may(class::FRACTION)
        .then(|| lexicon.fractions.get(t.lower()));
    if let Some(&pct) = fraction.flatten() {
        let of_a_period = tokens.get(i + 2).is_some_and(|w| {
            let year = as_year(w).is_some();
            let the_year = matches!(w.lower(), "the" | "this" | "next" | "last")
                && tokens.get(i + 3).is_some_and(|y| y.lower() == "year");
            year || the_year
        });
        if tokens.get(i + 1).is_some_and(|n| n.lower() == "of") && !of_a_period {
            return Some(Figure {
                value: pct,
                tolerance: 0.5,
                end: i + 1,
                fraction: true,
                words: true,
            });
        }
        return None;
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
    (end > i).then_some(Figure {
        value: total,
        tolerance: 0.5,
        end,
        fraction: false,
        words: true,
    })
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
/// `f64::MAX`/`f64::MIN` rather than infinities, which JSON cannot carry.
pub fn interval(value: f64, tolerance: f64, hedge: Option<Hedge>) -> (f64, f64) {
    let (lo, hi) = (value - tolerance, value + tolerance);
    match hedge {
        None | Some(Hedge::Exactly) => (lo, hi),
        Some(Hedge::About) => (lo.min(value * 0.9), hi.max(value * 1.1)),
        // "More than 5%" excludes 5% and anything that rounds to it from below; "less than
        // half" excludes half and what rounds to it from above.
        Some(Hedge::MoreThan) => (value, f64::MAX),
        Some(Hedge::AtLeast) => (lo, f64::MAX),
        Some(Hedge::LessThan) => (f64::MIN, value),
        Some(Hedge::UpTo) => (0.0, hi),
        Some(Hedge::Nearly) => (value * 0.85, hi),
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
                (Measure::Unit(UnitKind::Measure("GW".into())), 250.0),
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
}
