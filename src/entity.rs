//! Participants: lexicon aliases first (longest match), then unknown capitalised names.
//!
//! Aliases fold "AWS", "Amazon Web Services" and "Amazon" into one participant. Names the
//! lexicon does not know still count ("Jensen Huang", "Gemini API"), so a new corpus works
//! without an alias file, only with less folding.

use crate::lexicon::{class, EntityClass, Lexicon};
use crate::token::{Token, TokenKind};
use serde::{Deserialize, Serialize};
use std::ops::Range;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// Canonical name for known entities, the name as written otherwise.
    pub name: String,
    pub class: EntityClass,
    /// The lexicon knows it.
    pub known: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// Token range in the sentence.
    #[serde(with = "crate::serial::range")]
    pub tokens: Range<usize>,
    /// Followed by a possessive "'s".
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub possessive: bool,
    /// Came from "the company"-style wording, resolved to the organisation named before.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub referred: bool,
    /// Reports the fact rather than taking part in it ("according to Business Insider").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub source: bool,
}

/// Finds the mentions in `tokens`; `consumed[i]` is set for tokens inside a mention.
/// `title_case` (a heading) trusts only the lexicon, since every word is capitalised.
pub fn mentions(
    tokens: &[Token],
    lexicon: &Lexicon,
    title_case: bool,
    consumed: &mut [bool],
) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some((len, index)) = longest_alias(tokens, i, lexicon) {
            let entity = &lexicon.entities[index];
            // "US$38 billion": a place glued to a currency sign is the money's, no party.
            let currency_sign = tokens.get(i + len).is_some_and(|t| {
                t.glued && t.kind == TokenKind::Punct && lexicon.currencies.contains_key(t.lower())
            });
            if entity.class == EntityClass::Place && currency_sign {
                i += len;
                continue;
            }
            // "U.S. Steel", "United States Steel Corp.": a place that opens a run of
            // capitalised words names an organisation there, under the place's own name.
            let place_led =
                (entity.class == EntityClass::Place && !title_case && i + len < tokens.len())
                    .then(|| unknown_name(tokens, i + len, lexicon))
                    .flatten()
                    .filter(|run| run.start == i + len);
            if let Some(run) = place_led {
                let name = format!(
                    "{} {}",
                    entity.name.to_lowercase(),
                    lowered(&tokens[run.clone()])
                );
                consumed[i..run.end].iter_mut().for_each(|c| *c = true);
                push(
                    &mut out,
                    tokens,
                    i..run.end,
                    name,
                    EntityClass::Other,
                    false,
                    None,
                );
                i = run.end;
                continue;
            }
            push(
                &mut out,
                tokens,
                i..i + len,
                entity.name.clone(),
                entity.class,
                true,
                entity.parent.clone(),
            );
            consumed[i..i + len].iter_mut().for_each(|c| *c = true);
            i += len;
            continue;
        }
        // "Microsoft OpenAI Amazon Alliance": one capitalised word after known names, that
        // is a relation word of the lexicon, is the common noun in title case, not a name.
        let after_known = out
            .last()
            .is_some_and(|m: &Mention| m.known && m.tokens.end == i);
        let relation_word = |t: &Token| {
            t.kind == TokenKind::Word
                && t.may(class::SYNONYM)
                && lexicon.synonyms.contains_key(t.lower())
        };
        let lone_relation_word = after_known
            && relation_word(&tokens[i])
            && tokens
                .get(i + 1)
                .is_none_or(|n| !(n.capital && n.kind == TokenKind::Word));
        if !title_case && !lone_relation_word {
            if let Some(range) = unknown_name(tokens, i, lexicon) {
                let name = lowered(&tokens[range.clone()]);
                consumed[range.clone()].iter_mut().for_each(|c| *c = true);
                i = range.end;
                // "President Joe Biden", "CEO Sam Altman": a title makes the name a person's.
                let titled = range.start > 0
                    && lexicon
                        .person_titles
                        .contains(tokens[range.start - 1].lower());
                let class = if titled {
                    EntityClass::Person
                } else {
                    EntityClass::Other
                };
                push(&mut out, tokens, range, name, class, false, None);
                continue;
            }
        }
        i += 1;
    }
    out
}

/// An unknown name's key: its words in lower case, one space apart.
fn lowered(tokens: &[Token]) -> String {
    tokens
        .iter()
        .map(|t| t.lower())
        .collect::<Vec<_>>()
        .join(" ")
}

fn push(
    out: &mut Vec<Mention>,
    tokens: &[Token],
    range: Range<usize>,
    name: String,
    class: EntityClass,
    known: bool,
    parent: Option<String>,
) {
    let possessive = tokens
        .get(range.end)
        .is_some_and(|t| t.kind == TokenKind::Clitic && t.lower() == "'s");
    out.push(Mention {
        name,
        class,
        known,
        parent,
        tokens: range,
        possessive,
        referred: false,
        source: false,
    });
}

/// The longest lexicon alias starting at token `i`: `(token count, entity index)`.
/// Inlined: it is asked at every token, and most are turned away by their class bits.
#[inline]
fn longest_alias(tokens: &[Token], i: usize, lexicon: &Lexicon) -> Option<(usize, usize)> {
    if !tokens[i].may(crate::lexicon::class::ALIAS) {
        return None;
    }
    longest_listed_alias(tokens, i, lexicon)
}

fn longest_listed_alias(tokens: &[Token], i: usize, lexicon: &Lexicon) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for &k in lexicon.index.aliases.starting_with(tokens[i].lower()) {
        let (phrase, index, strict) = &lexicon.aliases[k];
        let n = phrase.len();
        if n == 0 || i + n > tokens.len() || best.is_some_and(|(l, _)| l >= n) {
            continue;
        }
        if *strict && !tokens[i].capital {
            continue;
        }
        // The first word is the one the alias was looked up by.
        if tokens[i + 1..i + n]
            .iter()
            .zip(&phrase[1..])
            .all(|(t, w)| t.lower() == *w)
        {
            // A name does not end inside a hyphenated or dotted word ("Amazon-led" is fine,
            // "Frontier-class" too), but a following glued letter run means another word.
            best = Some((n, *index));
        }
    }
    best
}

/// An unknown proper name starting at or just after `i`: a run of capitalised words,
/// with version numbers and hyphens inside ("Llama 3.5", "GPT-4"), less generic words at
/// either end ("The", "CEO"). Stops where a lexicon alias begins.
///
/// Inlined: it is asked at nearly every token, and only capitalised words need the rest.
#[inline]
fn unknown_name(tokens: &[Token], i: usize, lexicon: &Lexicon) -> Option<Range<usize>> {
    let t = &tokens[i];
    if t.kind != TokenKind::Word || !t.capital {
        return None;
    }
    unknown_name_from(tokens, i, lexicon)
}

fn unknown_name_from(tokens: &[Token], i: usize, lexicon: &Lexicon) -> Option<Range<usize>> {
    let is_cap_word = |t: &Token| {
        t.kind == TokenKind::Word
            && t.capital
            && !t.is_in(class::MONTH, |w| lexicon.months.contains_key(w))
            && !t.is_in(class::ATTRIBUTE, |w| lexicon.attributes.contains_key(w))
    };
    let generic_name = |t: &Token| t.is_in(class::GENERIC, |w| lexicon.generic_names.contains(w));
    let is_named = |t: &Token| is_cap_word(t) && !generic_name(t);
    // "30B": a scale letter glued to a number is not a name.
    let after_number = i > 0
        && tokens[i - 1].kind == TokenKind::Number
        && (tokens[i].glued
            || lexicon.units.contains_key(tokens[i].lower())
            || lexicon.scales.contains_key(tokens[i].lower()));
    // "two gigawatts (GW)", "12 km (7.5 mi)": a unit's symbol in brackets after a figure
    // or its unit names no one.
    let unit = |t: &Token| lexicon.units.contains_key(t.lower());
    let bracketed_unit = i >= 2
        && tokens[i - 1].lower() == "("
        && unit(&tokens[i])
        && (tokens[i - 2].kind == TokenKind::Number || unit(&tokens[i - 2]));
    if !is_cap_word(&tokens[i]) || after_number || bracketed_unit {
        return None;
    }
    let mut end = i + 1;
    while let Some(t) = tokens.get(end) {
        if longest_alias(tokens, end, lexicon).is_some() {
            break;
        }
        let next = tokens.get(end + 1);
        // "Gemini 3.1 Pro": a version number after a name, not a figure ("GW", "billion").
        let version = t.kind == TokenKind::Number
            && is_version(t)
            && tokens[i..end].iter().any(is_named)
            && !next.is_some_and(|n| {
                n.glued && n.kind == TokenKind::Word && !n.capital
                    || lexicon.units.contains_key(n.lower())
                    || lexicon.scales.contains_key(n.lower())
            });
        // "GPT-4", "Bank of America"
        let hyphenated = is_hyphen(t)
            && t.glued
            && next.is_some_and(|n| n.glued && (n.kind == TokenKind::Number || is_cap_word(n)));
        let of_name = t.lower() == "of"
            && next.is_some_and(is_named)
            && longest_alias(tokens, end + 1, lexicon).is_none();
        if is_cap_word(t) || version {
            end += 1;
        } else if hyphenated || of_name {
            end += 2;
        } else {
            break;
        }
    }
    let generic = |t: &Token| generic_name(t) || t.lower() == "of";
    let mut start = i;
    while start < end && generic(&tokens[start]) {
        start += 1;
    }
    while end > start && (generic(&tokens[end - 1]) || is_hyphen(&tokens[end - 1])) {
        end -= 1;
    }
    // A single capitalised word opening the sentence is usually a capitalised common word
    // ("Investors", "Cloud"), unless it is written like a name ("xAI").
    let opens = start == 0 || tokens[start - 1].lower() == ":";
    let lone_opener = opens && end == start + 1 && !tokens[start].inner_capital;
    if start == 0
        && !tokens[0].inner_capital
        && tokens.get(1).is_some_and(|t| t.lower() == "of")
        && end > 2
    {
        start = 2;
    }
    (end > start && !lone_opener).then_some(start..end)
}

fn is_version(t: &Token) -> bool {
    // "3.1", "4", "2.0": short, and not a year.
    t.lower().len() <= 4
        && !t.lower().contains(',')
        && (t.lower().len() != 4 || t.lower().contains('.'))
}

fn is_hyphen(t: &Token) -> bool {
    t.lower() == "-"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn names(text: &str) -> Vec<String> {
        let lex = Lexicon::parse(
            "org\tAmazon\tAWS|Amazon Web Services\norg\tOpenAI\tOpenAI\nproduct\tBedrock\tAmazon Bedrock\tAmazon\nproduct\tFrontier\tFrontier\ngeneric_name\tThe|AI|CEO|Only\nsynonyms\tdeal\tdeal|alliance\n",
        )
        .unwrap();
        let tokens = tokenize(text);
        let mut consumed = vec![false; tokens.len()];
        mentions(&tokens, &lex, false, &mut consumed)
            .into_iter()
            .map(|m| m.name)
            .collect()
    }

    #[test]
    fn aliases_fold_and_longest_wins() {
        assert_eq!(
            names("Amazon Web Services and AWS run Amazon Bedrock."),
            ["Amazon", "Amazon", "Bedrock"]
        );
    }

    #[test]
    fn case_matters_for_single_capitalised_aliases() {
        assert_eq!(names("the frontier of Frontier"), ["Frontier"]);
    }

    #[test]
    fn unknown_names_with_versions() {
        assert_eq!(
            names("CEO Jensen Huang praised Llama 3.5 and GPT-4."),
            ["jensen huang", "llama 3.5", "gpt - 4"]
        );
        assert!(names("Only 10% of it").is_empty());
        assert!(names("Investors should diversify.").is_empty());
        assert_eq!(names("The AI Safety Board said"), ["safety board"]);
    }

    #[test]
    fn a_unit_symbol_in_brackets_is_no_name() {
        let lex = Lexicon::parse("unit\tpower\t1000000000\tgw|gigawatt|gigawatts\n").unwrap();
        let read = |text: &str| {
            let tokens = tokenize(text);
            let mut consumed = vec![false; tokens.len()];
            mentions(&tokens, &lex, false, &mut consumed)
                .into_iter()
                .map(|m| m.name)
                .collect::<Vec<_>>()
        };
        assert!(read("It will use two gigawatts (GW) of capacity.").is_empty());
        assert!(read("It will use 2 (GW) of capacity.").is_empty());
        assert_eq!(
            read("It hired Gridworks (GW) last year."),
            ["gridworks", "gw"]
        );
    }

    fn found(text: &str) -> Vec<(String, EntityClass)> {
        let lex = Lexicon::parse(
            "place\tUnited States\tUnited States|U.S.\nperson_title\tPresident|CEO\ngeneric_name\tThe|Corp\n",
        )
        .unwrap();
        let tokens = tokenize(text);
        let mut consumed = vec![false; tokens.len()];
        mentions(&tokens, &lex, false, &mut consumed)
            .into_iter()
            .map(|m| (m.name, m.class))
            .collect()
    }

    #[test]
    fn a_title_makes_a_person() {
        assert_eq!(
            found("President Joe Biden met CEO Lisa Su and Acme Steel."),
            [
                ("joe biden".to_string(), EntityClass::Person),
                ("lisa su".to_string(), EntityClass::Person),
                ("acme steel".to_string(), EntityClass::Other),
            ]
        );
    }

    #[test]
    fn a_place_can_open_a_name_and_names_it_the_same_way_each_time() {
        let steel = ("united states steel".to_string(), EntityClass::Other);
        assert_eq!(
            found("U.S. Steel rose."),
            found("United States Steel Corp. rose.")
        );
        assert_eq!(found("U.S. Steel rose."), [steel]);
        assert_eq!(
            found("The U.S. economy"),
            [("United States".to_string(), EntityClass::Place)]
        );
        assert_eq!(
            found("It sold to the U.S."),
            [("United States".to_string(), EntityClass::Place)]
        );
    }

    #[test]
    fn a_title_case_relation_word_after_known_names_is_no_name() {
        assert_eq!(
            names("a Microsoft OpenAI Amazon Alliance"),
            ["microsoft", "OpenAI", "Amazon"]
        );
        // Followed by another capitalised word it may be a name's start: "Alliance Capital".
        assert_eq!(
            names("OpenAI Alliance Capital"),
            ["OpenAI", "alliance capital"]
        );
    }
}
