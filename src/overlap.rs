//! What the facts of two sentences have in common, clause by clause: names, content words,
//! organisations, and parties that are not the same. The judge asks this of a sentence and
//! a claim; the search for disputes asks it of two claims.

use crate::entity::Mention;
use crate::extract::Facts;
use crate::lexicon::EntityClass;
use std::borrow::Borrow;

/// Participants of a figure are "swapped" when each side names an organisation the other
/// does not: the figure is told of someone else. Lists of participants are of mentions or
/// of references to them: a claim's figure lends its own list rather than one of references
/// made for every sentence.
pub fn swapped(a: &[impl Borrow<Mention>], b: &[impl Borrow<Mention>]) -> bool {
    parties_swapped(a.iter().map(Borrow::borrow), b.iter().map(Borrow::borrow))
}

/// [`swapped`] for participants walked afresh where needed rather than listed, which
/// would take two allocations for every compared sentence.
pub fn parties_swapped<'m>(
    a: impl Iterator<Item = &'m Mention> + Clone,
    b: impl Iterator<Item = &'m Mention> + Clone,
) -> bool {
    stranger(a.clone(), b.clone()) && stranger(b, a)
}

/// An organisation of `one` that `other` names neither itself nor by one of its products:
/// "Anthropic's Claude" and "Claude Opus 4.6" tell of the same party.
fn stranger<'m>(
    mut one: impl Iterator<Item = &'m Mention>,
    other: impl Iterator<Item = &'m Mention> + Clone,
) -> bool {
    one.any(|x| {
        x.class == EntityClass::Org
            && !other.clone().any(|y| {
                y.class == EntityClass::Org && y.name == x.name
                    || y.parent.as_deref() == Some(x.name.as_str())
            })
    })
}

/// Both name a participant in common.
pub fn share_party(a: &[impl Borrow<Mention>], b: &[impl Borrow<Mention>]) -> bool {
    a.iter()
        .any(|x| b.iter().any(|y| x.borrow().name == y.borrow().name))
}

/// The mentions of one clause.
pub fn mentions_in_clause(f: &Facts, clause: usize) -> impl Iterator<Item = &Mention> + Clone {
    f.mentions
        .iter()
        .filter(move |m| f.clause_of(m.tokens.start) == clause)
}

/// The participants named in one clause.
pub fn names_in_clause(f: &Facts, clause: usize) -> impl Iterator<Item = &str> {
    mentions_in_clause(f, clause).map(|m| m.name.as_str())
}

/// The people (not sources) a clause names.
pub fn people(f: &Facts, clause: usize) -> impl Iterator<Item = &Mention> {
    mentions_in_clause(f, clause).filter(|m| m.class == EntityClass::Person && !m.source)
}

/// The products a clause names. The same product in both role clauses ("Frontier … on
/// AWS", "Frontier … on Azure") ties the roles together even when the sentences differ
/// otherwise.
pub fn products(f: &Facts, clause: usize) -> impl Iterator<Item = &str> {
    mentions_in_clause(f, clause)
        .filter(|m| m.class == EntityClass::Product)
        .map(|m| m.name.as_str())
}

/// What a clause talks about, its rare words. Without a product, two role clauses are tied
/// by it: "stateless API calls … hosted on".
pub fn talk(f: &Facts, clause: usize) -> impl Iterator<Item = &str> {
    f.terms
        .iter()
        .filter(move |t| t.clause == clause && !t.light)
        .map(|t| t.concept.as_str())
}

/// How much two clauses talk about the same things: shared names and content words.
pub fn clause_affinity(a: &Facts, clause_a: usize, b: &Facts, clause_b: usize) -> usize {
    shared_words(a, clause_a, b, clause_b) + shared_names(a, clause_a, b, clause_b)
}

/// How many content words of clause `ca` of `a` clause `cb` of `b` has too.
pub fn shared_words(a: &Facts, ca: usize, b: &Facts, cb: usize) -> usize {
    a.terms
        .iter()
        .filter(|t| t.clause == ca && !t.light)
        .filter(|t| {
            b.terms
                .iter()
                .any(|u| u.clause == cb && !u.light && u.concept == t.concept)
        })
        .count()
}

/// How many names clause `ca` of `a` gives that clause `cb` of `b` gives too.
pub fn shared_names(a: &Facts, ca: usize, b: &Facts, cb: usize) -> usize {
    names_in_clause(a, ca)
        .filter(|n| names_in_clause(b, cb).any(|m| m == *n))
        .count()
}

/// Organisations taking part in clause `clause` (not sources), sorted, without repeats.
pub fn clause_orgs(facts: &Facts, clause: usize) -> Vec<&str> {
    let mut orgs: Vec<&str> = facts
        .mentions
        .iter()
        .filter(|m| m.class == EntityClass::Org && !m.source)
        .filter(|m| facts.clause_of(m.tokens.start) == clause)
        .map(|m| m.name.as_str())
        .collect();
    orgs.sort_unstable();
    orgs.dedup();
    orgs
}

/// Whether clause `clause` of `facts` tells of the relation `concept` between exactly
/// `parties`: a clause naming a third organisation may relate it to either of them.
pub fn tells(facts: &Facts, clause: usize, parties: &[String; 2], concept: &str) -> bool {
    clause_orgs(facts, clause) == [parties[0].as_str(), parties[1].as_str()]
        && facts
            .terms
            .iter()
            .any(|t| t.clause == clause && t.concept == concept)
}

/// The asserted clauses of `f`, by position: walked afresh where needed rather than
/// listed, as the judge reads polarity twice for every compared sentence.
pub fn asserted_clauses(f: &Facts) -> impl Iterator<Item = usize> + Clone + '_ {
    (0..f.clauses.len()).filter(|&c| f.clauses[c].asserts())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{extract, Context};

    fn facts(sentence: &str) -> Facts {
        extract(
            sentence,
            &crate::claim_set().lexicon,
            &mut Context::default(),
        )
    }

    #[test]
    fn parties_are_swapped_only_when_each_side_has_its_own() {
        let a = facts("Amazon invested $50 billion in OpenAI.");
        let b = facts("Google invested $50 billion in Anthropic.");
        let c = facts("Amazon invested $50 billion.");
        assert!(swapped(&a.participants(0), &b.participants(0)));
        assert!(!swapped(&a.participants(0), &c.participants(0)));
        assert!(share_party(&a.participants(0), &c.participants(0)));
    }

    #[test]
    fn a_company_named_by_its_product_is_no_stranger() {
        let a = facts("Anthropic's Claude Opus 4.6 landed on Google's Vertex AI.");
        let b = facts("Claude Opus 4.6 landed on Vertex AI.");
        assert!(!swapped(&a.participants(0), &b.participants(0)));
    }

    #[test]
    fn a_clause_tells_of_a_relation_between_exactly_two_organisations() {
        let f = facts("Amazon and OpenAI formed an alliance.");
        let parties = ["Amazon".to_string(), "OpenAI".to_string()];
        let concept = crate::claim_set().lexicon.concept("alliance").to_string();
        assert_eq!(clause_orgs(&f, 0), ["Amazon", "OpenAI"]);
        assert!(tells(&f, 0, &parties, &concept));
        let three = facts("Amazon, Microsoft and OpenAI formed an alliance.");
        assert!(!tells(&three, 0, &parties, &concept));
    }
}
