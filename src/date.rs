//! Dates: "February 27th, 2026", "Feb. 27", "27 February 2026", "late February", "2023",
//! "Monday", "Friday, February 27, 2026".

use crate::lexicon::{class, Lexicon};
use crate::token::{covered, scan, Token, TokenKind};
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// At most this many words may stand between a bound and its date ("before the end of").
const MAX_BOUND_FILLERS: usize = 3;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    /// The weekday named, 1 (Monday) to 7 (Sunday).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekday: Option<u8>,
    /// The months of a part of the year named ("the second half of 2026": 7 to 12).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months: Option<(u8, u8)>,
    /// Not the date of the event: a bound ("since 2024", "by 2030") or the dateline of an
    /// article ("SEATTLE, March 2 — Amazon has agreed …": the day of the report).
    pub bound: bool,
    /// A bound that is a deadline ("by 2030").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deadline: bool,
    #[serde(with = "crate::serial::range")]
    pub tokens: Range<usize>,
    pub text: String,
    /// Index of the clause holding it; set by `extract`.
    pub clause: usize,
}

impl DateMention {
    /// Fields both dates state disagree.
    pub fn conflicts(&self, other: &DateMention) -> bool {
        let differ =
            |a: Option<i64>, b: Option<i64>| matches!((a, b), (Some(x), Some(y)) if x != y);
        differ(self.year.map(i64::from), other.year.map(i64::from))
            || differ(self.month.map(i64::from), other.month.map(i64::from))
            || (self.month == other.month
                && differ(self.day.map(i64::from), other.day.map(i64::from)))
            || differ(self.weekday.map(i64::from), other.weekday.map(i64::from))
            || self.year == other.year && self.months_apart(other)
    }

    /// This reference date and the sentence's date `mine` disagree: on a field both state,
    /// or on the weekday the sentence puts on the day this date gives in full ("Wednesday,
    /// 6 November 2025" where a reference says "6 November 2025", a Thursday). Only the
    /// sentence's weekday is held to the calendar: a reference that misnames a day is
    /// still the reference, and a sentence that names none says nothing about it.
    pub fn differs_from_sentence(&self, mine: &DateMention) -> bool {
        self.conflicts(mine)
            || self.weekday.is_none()
                && self.same_calendar_day(mine)
                && matches!((mine.weekday, self.calendar_weekday()), (Some(a), Some(b)) if a != b)
    }

    /// The weekday, 1 (Monday) to 7 (Sunday), of a date that gives its year, month and day.
    fn calendar_weekday(&self) -> Option<u8> {
        let (year, month, day) = (self.year?, i32::from(self.month?), i32::from(self.day?));
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        // Sakamoto's method: 0 is Sunday.
        const MONTH_OFFSET: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let y = if month < 3 { year - 1 } else { year };
        let sunday_based =
            (y + y / 4 - y / 100 + y / 400 + MONTH_OFFSET[month as usize - 1] + day).rem_euclid(7);
        Some(if sunday_based == 0 {
            7
        } else {
            sunday_based as u8
        })
    }

    /// Both give the same day of the same month (and year, where both give one), whatever
    /// weekdays they put on it: "Wednesday 9 June 2025" is about the day "Monday 9 June 2025"
    /// is, and wrong about its weekday.
    pub fn same_calendar_day(&self, other: &DateMention) -> bool {
        self.day.is_some()
            && self.day == other.day
            && self.month.is_some()
            && self.month == other.month
            && !matches!((self.year, other.year), (Some(a), Some(b)) if a != b)
    }

    /// The months each date allows (a period's, or its month) have none in common.
    fn months_apart(&self, other: &DateMention) -> bool {
        let span = |d: &DateMention| d.months.or(d.month.map(|m| (m, m)));
        matches!((span(self), span(other)), (Some(a), Some(b)) if a.1 < b.0 || b.1 < a.0)
    }

    /// The two dates state at least one field in common, so they can be compared. A
    /// weekday is compared only with a weekday: working one out from a full date would
    /// set an article's "on Friday" against whichever dated event the seeds tell of.
    pub fn comparable(&self, other: &DateMention) -> bool {
        self.share_calendar_field(other) || (self.weekday.is_some() && other.weekday.is_some())
    }

    /// States every calendar field `other` states (its year, month, day): a date agrees
    /// with a more precise one only by leaving it open, which confirms nothing.
    pub fn as_precise_as(&self, other: &DateMention) -> bool {
        (other.year.is_none() || self.year.is_some())
            && (other.month.is_none() || self.month.is_some())
            && (other.day.is_none() || self.day.is_some())
    }

    /// States a year or a month: more than a weekday.
    pub fn has_calendar_field(&self) -> bool {
        self.year.is_some() || self.month.is_some()
    }

    /// Both state a year or both a month: agreeing on it is evidence that two sentences
    /// tell of one event. Agreeing on a weekday alone is not (one date in seven shares it).
    pub fn share_calendar_field(&self, other: &DateMention) -> bool {
        (self.year.is_some() && other.year.is_some())
            || (self.month.is_some() && other.month.is_some())
    }
}

/// Finds dates in `tokens` (of `text`), marking their tokens in `consumed`.
pub fn dates(
    text: &str,
    tokens: &[Token],
    lexicon: &Lexicon,
    consumed: &mut [bool],
) -> Vec<DateMention> {
    let found = scan(tokens, consumed, |i, _| {
        // Every date starts with a number (a day or a year) or a capitalised word (a month
        // or a weekday): most tokens need no closer look.
        let t = &tokens[i];
        if t.kind != TokenKind::Number && !(t.kind == TokenKind::Word && t.capital) {
            return None;
        }
        let (mut date, end) = month_date(tokens, i, lexicon)
            .or_else(|| year_date(tokens, i, lexicon))
            .or_else(|| weekday_date(tokens, i, lexicon))?;
        let qualified = i > 0 && lexicon.date_parts.contains(tokens[i - 1].lower());
        let mut start = if qualified { i - 1 } else { i };
        if date.month.is_none() && date.year.is_some() {
            if let Some((from, months)) = period_before(tokens, i, lexicon) {
                date.months = Some(months);
                start = from;
            }
        }
        Some((date, start..end))
    });
    found
        .into_iter()
        .map(|(date, range)| {
            // The word before the date, or before the words that may come between a bound
            // and its date ("until at least 2032").
            let mut start = range.start;
            while start > 0
                && range.start - start < MAX_BOUND_FILLERS
                && lexicon
                    .date_bound_fillers
                    .contains(tokens[start - 1].lower())
            {
                start -= 1;
            }
            let before = start.checked_sub(1).map(|i| tokens[i].lower());
            DateMention {
                bound: before.is_some_and(|w| lexicon.date_bounds.contains(w))
                    || dateline(tokens, &range),
                deadline: before.is_some_and(|w| lexicon.deadlines.contains(w)),
                text: covered(text, tokens, &range).to_string(),
                tokens: range,
                ..date
            }
        })
        .collect()
}

/// A date that opens the sentence after a place in capital letters and ends at a dash,
/// or at the news agency's name in brackets and a dash: "SEATTLE, March 2 —",
/// "ZURICH/BOSTON, March 9, 2026 —", "PORT ELLIS, Sept. 9 (NPA) -" (not "On March 2 — a
/// Monday —").
fn dateline(tokens: &[Token], range: &Range<usize>) -> bool {
    let capitalised = |t: &Token| t.kind == TokenKind::Word && t.capital;
    let mut end = range.end;
    if tokens.get(end).is_some_and(|t| t.lower() == "(") {
        let agency = (end + 1..tokens.len().min(end + 1 + MAX_AGENCY_WORDS + 1))
            .find(|&k| tokens[k].lower() == ")")
            .filter(|&close| close > end + 1 && tokens[end + 1..close].iter().all(capitalised));
        if let Some(close) = agency {
            end = close + 1;
        }
    }
    let dash = tokens
        .get(end)
        .is_some_and(|t| matches!(t.lower(), "—" | "–" | "-" | "--") && !t.glued);
    let place = &tokens[..range.start];
    let place_words = place.iter().filter(|t| t.kind == TokenKind::Word).count();
    // The city in capital letters ("AUSTIN, Texas, March 10, 2026 —"): its first letter
    // and another are capitals.
    let upper_case = |t: &Token| t.kind == TokenKind::Word && t.capital && t.inner_capital;
    dash && place_words > 0
        && place.first().is_some_and(upper_case)
        && place
            .iter()
            .all(|t| capitalised(t) || matches!(t.lower(), "," | "/" | "."))
}

/// The most words a news agency's name in a dateline takes ("(Reuters)", "(AP)").
const MAX_AGENCY_WORDS: usize = 3;

fn empty(year: Option<i32>, month: Option<u8>, day: Option<u8>) -> DateMention {
    DateMention {
        year,
        month,
        day,
        weekday: None,
        months: None,
        bound: false,
        deadline: false,
        tokens: 0..0,
        text: String::new(),
        clause: 0,
    }
}

/// The year a token writes, if it reads as one (four digits, 1900 to 2100).
pub(crate) fn as_year(t: &Token) -> Option<i32> {
    (t.kind == TokenKind::Number && t.lower().len() == 4)
        .then(|| t.lower().parse::<i32>().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

fn as_day(tokens: &[Token], i: usize, lexicon: &Lexicon) -> Option<(u8, usize)> {
    let t = tokens.get(i)?;
    if t.kind != TokenKind::Number || t.lower().len() > 2 {
        return None;
    }
    let day: u8 = t.lower().parse().ok().filter(|d| (1..=31).contains(d))?;
    let ordinal = tokens
        .get(i + 1)
        .is_some_and(|n| n.glued && lexicon.ordinal_suffixes.contains(n.lower()));
    Some((day, i + 1 + usize::from(ordinal)))
}

/// The month named at `i` and the index after it (with its abbreviation dot).
fn month_at(tokens: &[Token], i: usize, lexicon: &Lexicon) -> Option<(u8, usize)> {
    let t = tokens.get(i)?;
    if t.kind != TokenKind::Word || !t.capital {
        return None;
    }
    let month = *t
        .may(class::MONTH)
        .then(|| lexicon.months.get(t.lower()))
        .flatten()?;
    // "Feb." keeps its dot; "February." ends a sentence.
    let dotted = t.lower().len() <= 4
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.glued && n.lower() == ".");
    Some((month, i + 1 + usize::from(dotted)))
}

fn month_date(tokens: &[Token], i: usize, lexicon: &Lexicon) -> Option<(DateMention, usize)> {
    // "27 February 2026"
    if let Some((day, after_day)) = as_day(tokens, i, lexicon) {
        let (month, after) = month_at(tokens, after_day, lexicon)?;
        let (year, end) = match tokens.get(after).and_then(as_year) {
            Some(y) => (Some(y), after + 1),
            None => (None, after),
        };
        return Some((empty(year, Some(month), Some(day)), end));
    }
    let (month, mut end) = month_at(tokens, i, lexicon)?;
    let mut day = None;
    if let Some((d, after)) = as_day(tokens, end, lexicon) {
        day = Some(d);
        end = after;
    }
    let comma = tokens.get(end).is_some_and(|t| t.lower() == ",");
    let mut year = None;
    if let Some(y) = tokens.get(end + usize::from(comma)).and_then(as_year) {
        year = Some(y);
        end += 1 + usize::from(comma);
    }
    // "May" and "March" are also ordinary words: only with a day or year, or after "in".
    let ambiguous = matches!(tokens[i].lower(), "may" | "march");
    let after_in = i > 0
        && matches!(
            tokens[i - 1].lower(),
            "in" | "late" | "early" | "mid" | "since" | "by" | "last" | "next" | "this"
        );
    if ambiguous && day.is_none() && year.is_none() && !after_in {
        return None;
    }
    Some((empty(year, Some(month), day), end))
}

/// "Monday", or a weekday leading a date ("Friday, February 27, 2026").
fn weekday_date(tokens: &[Token], i: usize, lexicon: &Lexicon) -> Option<(DateMention, usize)> {
    let t = &tokens[i];
    if t.kind != TokenKind::Word || !t.capital || !t.may(class::WEEKDAY) {
        return None;
    }
    let weekday = Some(*lexicon.weekdays.get(t.lower())?);
    let comma = tokens.get(i + 1).is_some_and(|n| n.lower() == ",");
    let after = i + 1 + usize::from(comma);
    if let Some((date, end)) = (after < tokens.len())
        .then(|| month_date(tokens, after, lexicon))
        .flatten()
    {
        return Some((DateMention { weekday, ..date }, end));
    }
    Some((
        DateMention {
            weekday,
            ..empty(None, None, None)
        },
        i + 1,
    ))
}

fn year_date(tokens: &[Token], i: usize, lexicon: &Lexicon) -> Option<(DateMention, usize)> {
    let year = as_year(&tokens[i])?;
    let prev = i.checked_sub(1).map(|p| tokens[p].lower());
    if prev.is_some_and(|p| lexicon.currencies.contains_key(p)) {
        return None;
    }
    if let Some(next) = tokens.get(i + 1) {
        if lexicon.units.contains_key(next.lower()) || lexicon.scales.contains_key(next.lower()) {
            return None;
        }
    }
    Some((empty(Some(year), None, None), i + 1))
}

/// A part of the year named before the year at `i`: "the second half of 2026", "the
/// third quarter of 2026", "Q3 2026". Its first token and its months.
fn period_before(tokens: &[Token], i: usize, lexicon: &Lexicon) -> Option<(usize, (u8, u8))> {
    let word = |k: usize| tokens.get(k).map(|t| t.lower());
    let months = |span: u8, index: usize| {
        let index = u8::try_from(index).ok()?;
        let last = span.checked_mul(index + 1).filter(|&m| m <= 12)?;
        Some((last + 1 - span, last))
    };
    // "the second half of 2026"
    if i >= 3 && word(i - 1) == Some("of") {
        if let Some((span, ordinals)) = lexicon.periods.get(word(i - 2)?) {
            let index = ordinals
                .iter()
                .position(|o| Some(o.as_str()) == word(i - 3))?;
            return Some((i - 3, months(*span, index)?));
        }
    }
    // "Q3 2026", "H2 2026"
    if i >= 2 && tokens[i - 1].glued && tokens[i - 1].kind == TokenKind::Number {
        let span = lexicon.period_abbreviations.get(word(i - 2)?)?;
        let index: usize = word(i - 1)?.parse().ok()?;
        return Some((i - 2, months(*span, index.checked_sub(1)?)?));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    /// (year, month, day, bound) of each date found.
    type Found = (Option<i32>, Option<u8>, Option<u8>, bool);

    fn find(text: &str) -> Vec<Found> {
        let lex = Lexicon::parse(&format!(
            "{}\nordinal_suffix\tst|nd|rd|th\ncurrency\tUSD\t$\n",
            include_str!("../seeds/lexicon/dates.tsv")
        ))
        .unwrap();
        let tokens = tokenize(text);
        let mut consumed = vec![false; tokens.len()];
        dates(text, &tokens, &lex, &mut consumed)
            .into_iter()
            .map(|d| (d.year, d.month, d.day, d.bound))
            .collect()
    }

    #[test]
    fn reads_common_forms() {
        assert_eq!(
            find("on February 27th, 2026"),
            [(Some(2026), Some(2), Some(27), false)]
        );
        assert_eq!(
            find("Feb. 27 and 27 February 2026"),
            [
                (None, Some(2), Some(27), false),
                (Some(2026), Some(2), Some(27), false)
            ]
        );
        assert_eq!(
            find("October 28, 2025"),
            [(Some(2025), Some(10), Some(28), false)]
        );
        assert_eq!(find("in late February"), [(None, Some(2), None, false)]);
        assert_eq!(
            find("since 2024, not $2024"),
            [(Some(2024), None, None, true)]
        );
        assert!(find("it may rain").is_empty());
    }

    #[test]
    fn a_bound_reaches_over_its_fillers() {
        let lex = Lexicon::parse(
            "date_bound\tsince\ndeadline\tuntil\ndate_bound_filler\tat|least|the|end|of\n",
        )
        .unwrap();
        let read = |text: &str| {
            let tokens = tokenize(text);
            let mut consumed = vec![false; tokens.len()];
            dates(text, &tokens, &lex, &mut consumed)
        };
        assert!(read("until at least 2032")[0].deadline);
        assert!(read("since the end of 2024")[0].bound);
        assert!(!read("at least 2032")[0].bound);
        assert!(!read("until the end of the long year 2032")[0].bound);
    }

    #[test]
    fn reads_weekdays_alone_and_leading_a_date() {
        let lex = Lexicon::parse(
            "month\t2\tFebruary\nweekday\t1\tMonday\nweekday\t5\tFriday\ncurrency\tUSD\t$\n\
             date_bound\tsince\ndeadline\tby\n",
        )
        .unwrap();
        let read = |text: &str| {
            let tokens = tokenize(text);
            let mut consumed = vec![false; tokens.len()];
            dates(text, &tokens, &lex, &mut consumed)
        };
        let monday = read("announced on Monday");
        assert_eq!((monday[0].weekday, monday[0].year), (Some(1), None));
        let full = read("on Friday, February 27, 2026");
        assert_eq!(full.len(), 1);
        assert_eq!(
            (full[0].weekday, full[0].year, full[0].month, full[0].day),
            (Some(5), Some(2026), Some(2), Some(27))
        );
        assert_eq!(full[0].text, "Friday, February 27, 2026");
        assert!(read("since Monday")[0].bound && !read("since Monday")[0].deadline);
        assert!(read("by Friday")[0].bound && read("by Friday")[0].deadline);
        assert!(read("the friday meeting").is_empty());
        // Weekdays compare only with weekdays.
        assert!(monday[0].conflicts(&full[0]) && monday[0].comparable(&full[0]));
        let feb27 = empty(Some(2026), Some(2), Some(27));
        assert!(!monday[0].comparable(&feb27) && !monday[0].conflicts(&feb27));
    }

    #[test]
    fn conflicts_only_on_stated_fields() {
        let feb27 = empty(Some(2026), Some(2), Some(27));
        assert!(!feb27.conflicts(&empty(Some(2026), Some(2), None)));
        assert!(feb27.conflicts(&empty(Some(2024), None, None)));
        assert!(empty(None, Some(2), None).conflicts(&empty(Some(2025), Some(12), None)));
        assert!(!empty(Some(2026), None, None).comparable(&empty(None, Some(2), None)));
    }

    #[test]
    fn a_sentence_weekday_is_held_to_the_reference_calendar_day() {
        let with_weekday = |weekday, year| DateMention {
            weekday: Some(weekday),
            ..empty(year, Some(6), Some(9))
        };
        let reference = empty(Some(2021), Some(6), Some(9)); // a Wednesday
        assert_eq!(reference.calendar_weekday(), Some(3));
        assert_eq!(
            empty(Some(2000), Some(2), Some(29)).calendar_weekday(),
            Some(2)
        );
        assert_eq!(
            empty(Some(2023), Some(1), Some(1)).calendar_weekday(),
            Some(7)
        );
        assert!(reference.differs_from_sentence(&with_weekday(1, Some(2021))));
        assert!(reference.differs_from_sentence(&with_weekday(1, None)));
        assert!(!reference.differs_from_sentence(&with_weekday(3, None)));
        // A reference's own weekday is not second-guessed, nor a sentence that names none.
        let misnamed = with_weekday(1, Some(2021));
        assert!(!misnamed.differs_from_sentence(&reference));
        assert!(!misnamed.differs_from_sentence(&with_weekday(1, Some(2021))));
        // Without its year a reference date has no weekday to hold a sentence to.
        assert!(!empty(None, Some(6), Some(9)).differs_from_sentence(&with_weekday(1, None)));
    }

    #[test]
    fn a_dateline_is_no_event_date() {
        let found = find("SEATTLE, March 2 — Amazon has agreed to invest.");
        assert_eq!(found, [(None, Some(3), Some(2), true)]);
        let found = find("ZURICH/BOSTON, March 9, 2026 — Halden will pay.");
        assert_eq!(found, [(Some(2026), Some(3), Some(9), true)]);
        assert!(!find("On March 2 — a Monday — Amazon agreed.")[0].3);
        assert!(find("AUSTIN, Texas, March 10, 2026 — Halvorsen said.")[0].3);
        assert!(find("PORT ELLIS, Sept. 9 (NPA) - The ferry strike ended.")[0].3);
        assert!(find("LONDON, May 4 (Reuters) — Halden said.")[0].3);
        assert!(!find("On March 2 (a Monday) — Amazon agreed.")[0].3);
    }

    #[test]
    fn parts_of_a_year_are_dates_with_their_months() {
        let lex = Lexicon::parse(include_str!("../seeds/lexicon/dates.tsv")).unwrap();
        let date = |text: &str| {
            let tokens = tokenize(text);
            let mut consumed = vec![false; tokens.len()];
            dates(text, &tokens, &lex, &mut consumed).remove(0)
        };
        let second_half = date("in the second half of 2026");
        assert_eq!(
            (second_half.months, second_half.text.as_str()),
            (Some((7, 12)), "second half of 2026")
        );
        assert_eq!(date("in Q3 2026").months, Some((7, 9)));
        assert!(second_half.conflicts(&date("in the first half of 2026")));
        assert!(!second_half.conflicts(&date("in the third quarter of 2026")));
        assert!(second_half.conflicts(&date("in March 2026")));
        assert!(second_half.conflicts(&date("in the second half of 2027")));
        assert!(!second_half.conflicts(&date("in 2026")));
    }
}
