//! Who the names of a sentence are: sources ("according to …") are no parties, and "the
//! company", "its" and the like resolve to a name the context knows.

use super::facts::Context;
use crate::entity::Mention;
use crate::lexicon::{class, EntityClass, Lexicon};
use crate::token::Token;

/// "According to Business Insider": who reports a fact is not a party to it.
pub(super) fn mark_sources(tokens: &[Token], found: &mut [Mention]) {
    for m in found.iter_mut() {
        let k = m.tokens.start;
        m.source = k >= 2 && tokens[k - 2].lower() == "according" && tokens[k - 1].lower() == "to";
    }
}

pub(super) fn resolve_references(
    tokens: &[Token],
    lexicon: &Lexicon,
    found: &mut Vec<Mention>,
    consumed: &mut [bool],
    context: &Context,
    clause_of: &dyn Fn(usize) -> usize,
) {
    let mut added = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        // A reference starts at a word that may start one and that no name has taken.
        if !tokens[k].may(class::REFERENCE) || consumed[k] {
            k += 1;
            continue;
        }
        // "the French company": one describing word may stand after "the".
        let skip = usize::from(
            tokens[k].lower() == "the"
                && tokens.get(k + 1).is_some_and(|t| {
                    t.is_in(class::ATTRIBUTE, |w| lexicon.attributes.contains_key(w))
                }),
        );
        let matches = |p: &&crate::lexicon::Phrase| {
            let words = p
                .iter()
                .enumerate()
                .map(|(n, w)| (if n == 0 { n } else { n + skip }, w));
            // The first word is the one the phrase was looked up by.
            k + p.len() + skip <= tokens.len()
                && words
                    .clone()
                    .skip(1)
                    .all(|(n, w)| tokens[k + n].lower() == *w)
                && (skip == 0 || p[0] == "the")
        };
        let phrase = lexicon
            .index
            .company_references
            .starting_with(tokens[k].lower())
            .iter()
            .map(|&i| &lexicon.company_references[i])
            .filter(matches)
            .max_by_key(|p| p.len());
        let Some(phrase) = phrase else {
            k += 1;
            continue;
        };
        let len = phrase.len() + skip;
        let pronoun = phrase.len() == 1;
        let clause = clause_of(k);
        let clause_has_org = found
            .iter()
            .any(|m| m.class == EntityClass::Org && clause_of(m.tokens.start) == clause);
        // A known organisation first; failing that, a name of no known class (a corpus
        // without an alias file names its companies that way).
        let before = |m: &&Mention, class| m.class == class && m.tokens.end <= k;
        let antecedent = found
            .iter()
            .find(|m| before(m, EntityClass::Org))
            .map(|m| (m.name.clone(), m.parent.clone(), EntityClass::Org))
            .or_else(|| {
                let (name, parent) = context.last_org.clone()?;
                Some((name, parent, EntityClass::Org))
            })
            .or_else(|| {
                let unknown = found
                    .iter()
                    .find(|m| before(m, EntityClass::Other))
                    .map(|m| m.name.clone())
                    .or_else(|| context.last_unknown.clone())?;
                Some((unknown, None, EntityClass::Other))
            });
        if let Some((name, parent, class)) = antecedent.filter(|_| !(pronoun && clause_has_org)) {
            let possessive = pronoun || tokens.get(k + len).is_some_and(|t| t.lower() == "'s");
            added.push(Mention {
                name,
                class,
                known: class == EntityClass::Org,
                parent,
                tokens: k..k + len,
                possessive,
                referred: true,
                source: false,
            });
            consumed[k..k + len].iter_mut().for_each(|c| *c = true);
        }
        k += len;
    }
    found.extend(added);
    found.sort_by_key(|m| m.tokens.start);
}
