//! Clauses, and what each one does: assert, ask, suppose or speculate; affirm or deny.
//!
//! A seed sentence often asserts one thing and speculates about another ("NVIDIA's
//! $30 billion contribution … is a strategic alliance that could reshape …"). Working per
//! clause keeps the asserted figure and drops only the speculation.

use crate::lexicon::{class, Direction, Lexicon, Mood, Phrase};
use crate::token::{Token, TokenKind};
use serde::{Deserialize, Serialize};
use std::ops::Range;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Clause {
    #[serde(with = "crate::serial::range")]
    pub tokens: Range<usize>,
    pub mood: Mood,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub negated: bool,
    /// Where a negation ends (a token index of the sentence): what follows is what it
    /// denies. Read once by extraction, which keeps the word denied (`denied`).
    #[serde(skip)]
    pub negation_end: Option<usize>,
    /// The concept a negation denies: the first content word after it ("did not invest"
    /// → invest; "does not plan to close the plant" → close). `None` where the clause is
    /// not negated, nothing follows, or the word denies existence ("never materialized"):
    /// then the denial reaches everything the clause names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denied: Option<String>,
    /// The last content word of the denied word's complement ("no longer has a right of
    /// first refusal" → refusal): the denial is of that narrower thing, and reaches a
    /// claim only where the claim names it too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denied_complement: Option<String>,
    /// Negated by the end of a state ("no longer exclusive").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ceased: bool,
    /// Speculates only by a modal that can tell of a plan ("would"): extraction makes the
    /// clause an assertion where it gives a figure or a date.
    #[serde(skip)]
    pub plan_modal: bool,
    /// Tells of the past ("two years ago", "once").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub past: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub exclusive: bool,
}

impl Clause {
    pub fn asserts(&self) -> bool {
        self.mood == Mood::Assertion
    }
}

/// Splits a sentence's tokens into clauses and reads each one's mood and polarity.
pub fn clauses(tokens: &[Token], lexicon: &Lexicon, question: bool) -> Vec<Clause> {
    // Room for a bound every other token, more than sentences have: reserving it costs less
    // than growing the list as bounds come.
    let mut bounds = Vec::with_capacity(tokens.len() / 2 + 2);
    bounds.push(0);
    // "While the alliance did not come to pass, the dynamics remain": a clause a
    // subordinator opens ends at its first comma.
    let mut subordinate = tokens.first().is_some_and(|t| is_subordinator(t, lexicon))
        || lexicon
            .opening_subordinators
            .iter()
            .any(|p| starts_at(tokens, 0, p));
    for (i, t) in tokens.iter().enumerate().skip(1) {
        // An en dash inside a word joins ("OpenAI–Amazon alliance", "2025–26"); an em dash
        // breaks a clause even unspaced ("in real time—simultaneous").
        // Only punctuation breaks a clause here; words are not compared with it.
        let punct = t.kind == TokenKind::Punct;
        let joining =
            punct && t.lower() == "–" && t.glued && tokens.get(i + 1).is_some_and(|n| n.glued);
        let hard =
            punct && matches!(t.lower(), ";" | "—" | "–" | "(" | ")" | ":" | "--") && !joining;
        let comma = punct && t.lower() == ",";
        let next_opens = comma
            && tokens
                .get(i + 1)
                .is_some_and(|n| opens_after_comma(n, tokens.get(i + 2), lexicon));
        let soft = comma && (next_opens || subordinate);
        // "opposed the deal and did not endorse the agreement": what a coordinator denies
        // is a clause of its own, so the denial does not reach back to the opposing.
        let denial_opens = t.kind == TokenKind::Word
            && t.is_in(class::COORDINATOR, |w| lexicon.coordinators.contains(w))
            && negation_end(&tokens[i + 1..(i + 3).min(tokens.len())], lexicon).is_some();
        let word_opens =
            is_subordinator(t, lexicon) && tokens[i - 1].lower() != "," || denial_opens;
        if hard || soft {
            bounds.push(i + 1);
            subordinate = next_opens
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| is_subordinator(n, lexicon));
        } else if word_opens {
            bounds.push(i);
            subordinate = true;
        }
    }
    bounds.push(tokens.len());
    bounds.dedup();
    let reported = tokens
        .iter()
        .any(|t| t.is_in(class::REPORTING, |w| lexicon.reporting_verbs.contains(w)));
    let mut out: Vec<Clause> = Vec::with_capacity(bounds.len() - 1);
    let mut carry_condition = false;
    for w in bounds.windows(2) {
        let range = w[0]..w[1];
        if range.is_empty() {
            continue;
        }
        let words = &tokens[range.clone()];
        // Each check below looks only at words that may be in one lexicon class: one pass
        // finds the classes the clause's words may be in, and a check for another class
        // is skipped.
        let classes = words.iter().fold(0, |bits, t| bits | t.possible_classes());
        let any_may = |bit: u32| classes & bit != 0;
        let (mut mood, plan_modal) = if any_may(class::MOOD) {
            mood_of(words, lexicon, reported)
        } else {
            (Mood::Assertion, false)
        };
        // "Should regulators block the deal, Halvorsen would owe …": an auxiliary that
        // opens a sentence, in a statement, makes a condition as "if" does.
        let inverted = range.start == 0
            && words
                .first()
                .is_some_and(|t| lexicon.inverted_conditions.contains(t.lower()));
        let opens_condition = inverted
            || words
                .first()
                .is_some_and(|t| lexicon.condition_openers.contains(t.lower()));
        if inverted || mood == Mood::Assertion && carry_condition {
            mood = Mood::Conditional;
        }
        carry_condition = opens_condition;
        if question {
            mood = Mood::Question;
        }
        let negation_end = any_may(class::NEGATION)
            .then(|| negation_end(words, lexicon))
            .flatten()
            .map(|end| range.start + end);
        let negated = negation_end.is_some();
        out.push(Clause {
            tokens: range,
            mood,
            negated,
            negation_end,
            denied: None,
            denied_complement: None,
            plan_modal: plan_modal && mood == Mood::Speculation,
            ceased: negated && has_phrase(words, &lexicon.cessations, |_| true),
            past: any_may(class::PAST)
                && has_phrase(words, &lexicon.past_markers, |t| t.may(class::PAST)),
            // A word inside a hyphenated compound moves nothing ("the start-up").
            direction: any_may(class::DIRECTION)
                .then(|| {
                    words
                        .iter()
                        .enumerate()
                        .filter(|(k, t)| {
                            let compound = *k > 0 && t.glued && words[k - 1].lower() == "-";
                            t.may(class::DIRECTION) && !compound
                        })
                        .find_map(|(k, t)| {
                            let d = lexicon.directions.get(t.lower()).copied()?;
                            moves_something(words, k, d, lexicon).then_some(d)
                        })
                })
                .flatten(),
            exclusive: any_may(class::EXCLUSIVE)
                && words
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| t.may(class::EXCLUSIVE))
                    .any(|(k, t)| {
                        lexicon.exclusive_words.contains(t.lower())
                            || words.get(k + 1).is_some_and(|n| {
                                lexicon
                                    .index
                                    .exclusive_pairs
                                    .iter()
                                    .any(|(a, b)| *a == t.lower() && *b == n.lower())
                            })
                    }),
        });
    }
    // In a sentence that sets a condition, "would" tells what follows from it ("Suppose it
    // builds one gigawatt: the outlay would then stop at $10 billion").
    if out.iter().any(|c| c.mood == Mood::Conditional) {
        for clause in &mut out {
            clause.plan_modal = false;
        }
    }
    out
}

/// How far from a direction word its figure or what moves may stand: "rose more than 5%",
/// "shares of Amazon rose".
const MOVE_REACH: usize = 4;

/// Whether the direction word at `k` of `words` moves something: on an axis with movable
/// nouns (`Lexicon::movables`), a figure follows it closely or one of those nouns stands
/// close by ("Amazon shares rose", "sent shares up 5%"); "make up part of", "gain access"
/// move nothing. Other axes (a decision) need nothing more.
fn moves_something(words: &[Token], k: usize, d: Direction, lexicon: &Lexicon) -> bool {
    let Some(movable) = lexicon
        .movables
        .get(usize::from(d.axis))
        .filter(|m| !m.is_empty())
    else {
        return true;
    };
    let is_movable = |t: &Token| {
        movable.contains(t.lower()) || movable.contains(crate::token::stem(t.lower()).as_ref())
    };
    let figure_after = words[k + 1..].iter().take(MOVE_REACH).any(|t| {
        t.kind == TokenKind::Number
            || lexicon.number_words.contains_key(t.lower())
            || lexicon.currencies.contains_key(t.lower())
            || lexicon.units.contains_key(t.lower())
    });
    let near = words[k.saturating_sub(MOVE_REACH)..(k + 3).min(words.len())]
        .iter()
        .any(is_movable);
    figure_after || near
}

fn is_subordinator(t: &Token, lexicon: &Lexicon) -> bool {
    t.kind == TokenKind::Word && t.is_in(class::SUBORDINATOR, |w| lexicon.subordinators.contains(w))
}

/// After a comma, a participle or "with" opens a clause too: ", creating a round",
/// ", with the company itself contributing $50 billion"; so does a comma subordinator
/// (`Lexicon::comma_subordinators`: ", as Nvidia and SoftBank added $30 billion each")
/// unless the word after it (`next`) makes it a phrase (", as well as", ", as part of").
fn opens_after_comma(t: &Token, next: Option<&Token>, lexicon: &Lexicon) -> bool {
    let comma_subordinator = lexicon
        .comma_subordinators
        .get(t.lower())
        .is_some_and(|not_before| !next.is_some_and(|n| not_before.contains(n.lower())));
    is_subordinator(t, lexicon)
        || t.kind == TokenKind::Word
            && !t.capital
            && (t.lower().ends_with("ing") && t.lower().len() > 5
                || t.lower() == "with"
                || comma_subordinator)
}

fn starts_at(words: &[Token], k: usize, phrase: &Phrase) -> bool {
    !phrase.is_empty()
        && k + phrase.len() <= words.len()
        && words[k..k + phrase.len()]
            .iter()
            .zip(phrase)
            .all(|(t, p)| t.lower() == *p)
}

/// The clause's mood, and whether it speculates only by a plan modal (`Clause::plan_modal`):
/// that is read on past one, for another mood word ("would likely").
fn mood_of(words: &[Token], lexicon: &Lexicon, reported: bool) -> (Mood, bool) {
    let mut planned = false;
    for k in 0..words.len() {
        // "May" the month is not "may" the modal.
        if words[k].capital && words[k].is_in(class::MONTH, |w| lexicon.months.contains_key(w)) {
            continue;
        }
        if !words[k].may(class::MOOD) {
            continue;
        }
        for &i in lexicon.index.moods.starting_with(words[k].lower()) {
            let (phrase, mood) = &lexicon.moods[i];
            if starts_at(words, k, phrase) {
                let plan = phrase.len() == 1 && lexicon.plan_modals.contains(phrase[0].as_str());
                let asked = words[..k]
                    .iter()
                    .any(|t| lexicon.embedded_questions.contains(t.lower()));
                if plan && !asked {
                    planned |= !reported;
                    break;
                }
                return (*mood, false);
            }
        }
    }
    if planned {
        (Mood::Speculation, true)
    } else {
        (Mood::Assertion, false)
    }
}

/// Whether any of `phrases` occurs in `words` (short lists, scanned only when needed),
/// trying only the words `may_start` says a phrase may start with.
fn has_phrase(words: &[Token], phrases: &[Phrase], may_start: impl Fn(&Token) -> bool) -> bool {
    (0..words.len())
        .filter(|&k| may_start(&words[k]))
        .any(|k| phrases.iter().any(|p| starts_at(words, k, p)))
}

/// Where the first negation of `words` ends (an index into `words`), if one negates. A
/// negation that denies an ending ("has not given up its stake", "did not abandon the
/// plan"; one word may stand between) affirms that the state goes on: the two cancel, and
/// reading goes on after the ending.
fn negation_end(words: &[Token], lexicon: &Lexicon) -> Option<usize> {
    let longest = |k: usize, index: &crate::lexicon::FirstWordIndex, list: &[Phrase]| {
        index
            .starting_with(words[k].lower())
            .iter()
            .filter(|&&i| starts_at(words, k, &list[i]))
            .map(|&i| list[i].len())
            .max()
    };
    let ending_at = |k: usize| {
        (k..(k + 2).min(words.len())).find_map(|at| {
            lexicon
                .cessations
                .iter()
                .filter(|p| starts_at(words, at, p))
                .map(|p| at + p.len())
                .max()
        })
    };
    let mut k = 0;
    while k < words.len() {
        if !words[k].may(class::NEGATION) {
            k += 1;
            continue;
        }
        let Some(negation) = longest(k, &lexicon.index.negations, &lexicon.negations) else {
            k += 1;
            continue;
        };
        let intensifier = longest(
            k,
            &lexicon.index.negation_exceptions,
            &lexicon.negation_exceptions,
        )
        .is_some();
        let restriction = has_phrase(&words[k + 1..], &lexicon.negation_restrictions, |_| true);
        if intensifier || restriction {
            k += 1;
            continue;
        }
        match ending_at(k + negation) {
            Some(end) => k = end,
            None => return Some(k + negation),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn lexicon() -> Lexicon {
        Lexicon::parse(
            &[
                include_str!("../seeds/lexicon/grammar.tsv"),
                include_str!("../seeds/lexicon/terms.tsv"),
            ]
            .join("\n"),
        )
        .unwrap()
    }

    fn moods(text: &str) -> Vec<(Mood, bool)> {
        let lex = lexicon();
        let tokens = tokenize(text);
        clauses(&tokens, &lex, text.trim_end().ends_with('?'))
            .into_iter()
            .map(|c| (c.mood, c.negated))
            .collect()
    }

    #[test]
    fn an_auxiliary_opening_a_statement_makes_a_condition() {
        assert!(
            moods("Should regulators block the deal, Halvorsen would owe Lumetra a fee.")
                .iter()
                .all(|(m, _)| *m == Mood::Conditional)
        );
        assert_eq!(
            moods("Should regulators block the deal?")[0].0,
            Mood::Question
        );
        assert_eq!(
            moods("Amazon had invested $8 billion.")[0].0,
            Mood::Assertion
        );
    }

    #[test]
    fn conditionals_questions_and_speculation() {
        assert!(
            moods("If Amazon had not invested, OpenAI would have looked elsewhere.")
                .iter()
                .all(|(m, _)| *m == Mood::Conditional)
        );
        assert_eq!(
            moods("Will enterprises follow OpenAI onto AWS?")[0].0,
            Mood::Question
        );
        assert_eq!(
            moods("OpenAI could eventually build its own chips.")[0].0,
            Mood::Speculation
        );
        assert_eq!(
            moods("Amazon said it would lead the round.")[0].0,
            Mood::Assertion
        );
    }

    #[test]
    fn negation_but_not_intensifiers() {
        assert_eq!(
            moods("The alliance never materialized."),
            [(Mood::Assertion, true)]
        );
        assert_eq!(
            moods("It didn't just create the largest round."),
            [(Mood::Assertion, false)]
        );
        assert_eq!(moods("Amazon did not invest."), [(Mood::Assertion, true)]);
        for contracted in ["Amazon didn't invest.", "Amazon won’t invest.", "It can't."] {
            assert_eq!(moods(contracted), [(Mood::Assertion, true)], "{contracted}");
        }
        // What a coordinator denies is a clause of its own.
        assert_eq!(
            moods("The union opposed the deal and did not endorse it."),
            [(Mood::Assertion, false), (Mood::Assertion, true)]
        );
        assert_eq!(
            moods("The union opposed the deal and the merger."),
            [(Mood::Assertion, false)]
        );
        // A negation an exception follows restricts: it says where, not that it is not.
        assert_eq!(
            moods("It will not be offered anywhere except Amazon Bedrock."),
            [(Mood::Assertion, false)]
        );
    }

    #[test]
    fn splits_at_subordinate_clauses() {
        let lex = lexicon();
        let tokens = tokenize(
            "NVIDIA threw in $30 billion, while SoftBank matched that figure, creating a round.",
        );
        assert_eq!(clauses(&tokens, &lex, false).len(), 3);
    }

    #[test]
    fn the_end_of_a_state_and_the_past_are_marked() {
        let lex = lexicon();
        let first = |text: &str| clauses(&tokenize(text), &lex, false).remove(0);
        let ended = first("AWS ended its partnership with NVIDIA.");
        assert!(ended.negated && ended.ceased);
        let not = first("AWS did not partner with NVIDIA.");
        assert!(not.negated && !not.ceased);
        assert!(first("Two years ago, the partnership seemed unshakeable.").past);
        assert!(!first("The partnership seems unshakeable.").past);
        assert!(!first("The fiscal year ended June 30.").negated);
    }

    /// Denying an ending affirms the state: "has not given up" is "still holds".
    #[test]
    fn a_denied_ending_is_no_denial() {
        let lex = lexicon();
        let first = |text: &str| clauses(&tokenize(text), &lex, false).remove(0);
        for kept in [
            "The cooperative has not given up its licence.",
            "The cooperative has not yet given up its licence.",
            "The council never abandoned the plan.",
        ] {
            let clause = first(kept);
            assert!(!clause.negated && !clause.ceased, "{kept}");
        }
        let gave_up = first("The cooperative gave up its licence.");
        assert!(gave_up.negated && gave_up.ceased);
    }

    #[test]
    fn an_opening_subordinate_clause_ends_at_its_comma() {
        assert_eq!(
            moods("While the alliance did not come to pass, the dynamics remain relevant."),
            [(Mood::Assertion, true), (Mood::Assertion, false)]
        );
    }

    #[test]
    fn a_glued_en_dash_joins_and_an_em_dash_splits() {
        let lex = lexicon();
        let count = |text: &str| clauses(&tokenize(text), &lex, false).len();
        assert_eq!(count("The OpenAI–Amazon alliance never materialized."), 1);
        assert_eq!(count("Deals of 2025–26 changed it."), 1);
        assert_eq!(count("Consolidation at the top—fragmentation below."), 2);
        assert_eq!(count("Consolidation at the top – fragmentation below."), 2);
        // A sentence-opening "To …" phrase ends at its comma; "to" elsewhere opens nothing.
        assert_eq!(count("To counter Microsoft, AWS struck a deal."), 2);
        assert_eq!(count("AWS struck a deal to add chips, and more."), 1);
    }
}
