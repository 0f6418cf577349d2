//! Quantities: money, percentages, durations, multipliers, measures and counts, each an
//! interval in a base unit, so "$50B", "fifty-billion-dollar" and "$50,000,000,000" are
//! one figure, "1,200 km" and "about 750 miles" too (the units are data: `units.tsv`),
//! and "more than 5%" can be weighed against "more than 4%".
//!
//! This file holds the types and [`quantities`], the entry point; the reading is split by job:
//! `read` reads one figure with its unit and hedge, `number` the number itself ("1.2 million",
//! "fifty-billion", "a quarter of"), `units` the unit spellings after it, `counts` the noun a
//! count counts, `hedge` the hedge before it and the interval it allows, and `compare` weighs
//! two quantities against each other. The tests read whole phrases through [`quantities`].

mod compare;
mod counts;
mod hedge;
mod number;
mod read;
mod units;

pub use self::hedge::interval;
use self::read::parse_at;
use crate::lexicon::{class, Hedge, Lexicon, UnitKind};
use crate::token::{covered, scan, Token, TokenKind};
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn lexicon() -> Lexicon {
        let text = [
            include_str!("../../seeds/lexicon/numbers.tsv"),
            include_str!("../../seeds/lexicon/grammar.tsv"),
            include_str!("../../seeds/lexicon/terms.tsv"),
            include_str!("../../seeds/lexicon/units.tsv"),
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
        let lex = lexicon();
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
        // A stated maximum stops where "more than" starts; its rounding is room for the
        // plain figure only.
        let (at_most, five) = (&find("at most 5%")[0], &find("5%")[0]);
        assert!(!at_most.compatible(&find("more than 5%")[0]));
        assert!(!find("more than 5%")[0].compatible(at_most));
        assert!(at_most.compatible(five) && five.compatible(at_most));
        assert!(find("up to 6%")[0].compatible(&find("more than 5%")[0]));
        // Two round figures: each allows the other's rounding, not both added up.
        let some950 = &find("some 950 km")[0];
        assert!(some950.compatible(&find("about 590 miles")[0]));
        assert!(!some950.compatible(&find("about 510 miles")[0]));
        assert!(find("about 1,300 tonnes")[0].compatible(&find("roughly 1,400 tonnes")[0]));
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
        // A sign in words, after a hedge or not.
        assert!(agree("around minus 150 degrees Celsius", "-238°F"));
        assert!(!agree("around 150 degrees Celsius", "-238°F"));
        assert_eq!(one("minus 40 degrees Fahrenheit").value, -40.0);
        assert_eq!(
            one("around minus 150 degrees Celsius").hedge,
            Some(Hedge::About)
        );
        // Not the sign of an unsigned measure.
        assert_eq!(one("negative 5 km").value, 5000.0);
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
        assert!(agree("a quarter of a terawatt", "250 gigawatts"));
        assert!(agree("a third of a mile", "about 536 metres"));
        assert_eq!(dimension("a quarter of the surface"), "percent");
    }

    #[test]
    fn a_name_between_a_number_and_its_noun_says_which_sort() {
        let dose = Measure::Count("dose".into());
        assert_eq!(find("45,000 MMR doses")[0].measure, dose);
        assert_eq!(find("45,000 doses of MMR vaccine")[0].measure, dose);
        assert_eq!(find("Forty-five thousand MMR doses")[0].measure, dose);
        // A word between the number and its noun that says which sort is skipped.
        assert_eq!(
            find("412 confirmed cases")[0].measure,
            Measure::Count("case".into())
        );
        // A name with no noun after it counts nothing.
        assert!(find("it sold 45,000 Orrin said")
            .iter()
            .all(|q| q.measure != dose));
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
        assert_eq!(money("a quarter of a billion dollars"), 2.5e8);
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
        // A part after "by" is the share of a change; without it, a bare part is no figure.
        assert!(agree("cut costs by about two-thirds", "67%"));
        assert!(!agree("fell by a quarter", "40%"));
        assert!(agree("fell by almost half", "48%"));
        assert!(find("the plan was cut in half").is_empty());
        assert!(find("a third option").is_empty());
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
