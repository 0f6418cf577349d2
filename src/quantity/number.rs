//! The number of a figure: digits with a scale ("$1.2 million", "50bn"), numbers in words
//! ("fifty-billion"), fractions and shares ("a quarter of", "half"), with the rounding the
//! written form allows.

use super::units::{unit_at, Spot};
use crate::date::as_year;
use crate::lexicon::{class, Lexicon};
use crate::token::{Token, TokenKind};

pub(super) struct Figure {
    pub(super) value: f64,
    /// Half the last written unit: the rounding a stated figure allows.
    pub(super) tolerance: f64,
    pub(super) end: usize,
    pub(super) fraction: bool,
    pub(super) words: bool,
    /// A plural scale ("thousands of"): two of it or more.
    pub(super) at_least: bool,
}

pub(super) fn figure_at(tokens: &[Token], i: usize, lexicon: &Lexicon) -> Option<Figure> {
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

pub(super) fn plain_figure_at(tokens: &[Token], i: usize, lexicon: &Lexicon) -> Option<Figure> {
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
        return part_of(tokens, i, i + 1, pct, lexicon);
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
            return part_of(tokens, i, past_hyphen + 1, 100.0 * total / parts, lexicon);
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

/// A part of a whole (`pct` per cent of it), its words from `start` to before `at`: a
/// share of what follows "of" ("a third of the surface") or of a change ("cut by a
/// third"), or a part of a scale or unit after it ("half a billion", "a quarter-trillion",
/// "half an hour", "a quarter of a terawatt"). Not "the first half of 2026", which is a time, nor "the fifth of May".
fn part_of(
    tokens: &[Token],
    start: usize,
    at: usize,
    pct: f64,
    lexicon: &Lexicon,
) -> Option<Figure> {
    let article = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| matches!(t.lower(), "a" | "an"))
    };
    let mut k = at;
    k += usize::from(tokens.get(k).is_some_and(|t| t.glued && t.lower() == "-"));
    // "a quarter of a terawatt", "a third of a billion": "of a" before the unit or scale.
    k += usize::from(tokens.get(k).is_some_and(|t| t.lower() == "of") && article(k + 1));
    k += usize::from(article(k));
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
    let share_of = tokens.get(at).is_some_and(|n| n.lower() == "of") && !of_a_period;
    (share_of || of_a_change(tokens, start, lexicon)).then_some(Figure {
        value: pct,
        tolerance: 0.5,
        end: at,
        fraction: true,
        words: true,
        at_least: false,
    })
}

/// Whether a change word (`change_by`: "by") comes before `start`, with nothing between
/// but "a" and the words of hedges ("by almost half", "by about a third").
fn of_a_change(tokens: &[Token], start: usize, lexicon: &Lexicon) -> bool {
    let hedge_word = |w: &str| {
        matches!(w, "a" | "an")
            || lexicon
                .hedges
                .iter()
                .any(|(phrase, _)| phrase.iter().any(|p| p == w))
    };
    let mut k = start;
    while k > 0 && start - k < MAX_HEDGE_WORDS && hedge_word(tokens[k - 1].lower()) {
        k -= 1;
    }
    k > 0 && lexicon.change_words.contains(tokens[k - 1].lower())
}

/// The most words a hedge and "a" take between a change word and a part ("by a little
/// less than a third").
const MAX_HEDGE_WORDS: usize = 5;

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
