//! The noun a count counts ("1,200 jobs", "700 million weekly active users"), and "of them",
//! "of those", which refer back to what was counted before.

use crate::lexicon::{class, Lexicon};
use crate::token::{Token, TokenKind};

pub(super) fn count_noun(tokens: &[Token], at: usize, lexicon: &Lexicon) -> bool {
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
pub(super) fn count_reference_at(tokens: &[Token], at: usize, lexicon: &Lexicon) -> usize {
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
pub(super) fn count_noun_at(
    tokens: &[Token],
    at: usize,
    lexicon: &Lexicon,
    qualifiers: &mut Vec<String>,
) -> Option<usize> {
    // A name before the noun says which sort ("45,000 MMR doses", "300 Airbus jets"): the
    // noun after it is counted, as in "45,000 doses of MMR vaccine".
    let named = |t: &Token| {
        t.kind == TokenKind::Word
            && t.capital
            && !t.is_in(class::MONTH, |w| lexicon.months.contains_key(w))
    };
    let past_name = (at..at + MAX_NAME_WORDS)
        .take_while(|&k| tokens.get(k).is_some_and(named))
        .last()
        .map(|k| k + 1);
    if let Some(after) = past_name {
        if let Some(k) = noun_from(tokens, after, lexicon, qualifiers) {
            return Some(k);
        }
    }
    noun_from(tokens, at, lexicon, qualifiers)
}

/// How many capitalised words may stand between a number and the noun it counts.
const MAX_NAME_WORDS: usize = 2;

/// [`count_noun_at`] from `at`, with no name before the noun.
fn noun_from(
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
