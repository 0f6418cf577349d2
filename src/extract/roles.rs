//! Who plays which role in a sentence: the role a preposition, an organisation noun or a
//! role verb's agent gives a named organisation or product; and the attributes the
//! sentence's words state (lexicon `attribute` rows).

use super::facts::{Attribute, Facts, Role};
use crate::entity::Mention;
use crate::lexicon::{class, EntityClass, Lexicon};
use crate::token::Token;

pub(super) fn roles(
    tokens: &[Token],
    lexicon: &Lexicon,
    facts: &Facts,
    clause_of: &dyn Fn(usize) -> usize,
) -> Vec<Role> {
    let mut out = Vec::new();
    for m in &facts.mentions {
        // Only organisations and products play roles that can be swapped; places and people
        // ("from Seattle to Shenzhen") do not.
        if m.referred || !m.known || !matches!(m.class, EntityClass::Org | EntityClass::Product) {
            continue;
        }
        let mut k = m.tokens.start;
        while k > 0
            && matches!(
                tokens[k - 1].lower(),
                "the" | "its" | "their" | "a" | "an" | "\"" | "“"
            )
        {
            k -= 1;
        }
        let before = k.checked_sub(1).map(|p| tokens[p].lower());
        let org_role = || {
            before
                .filter(|_| m.class == EntityClass::Org)
                .and_then(|w| lexicon.org_roles.get(w))
        };
        // "coming to Azure": the preposition's verb stands earlier in the same clause.
        let verb_role = || {
            let (role, verbs) = lexicon.verb_roles.get(before?)?;
            let clause = clause_of(k - 1);
            (0..k - 1)
                .rev()
                .take_while(|&j| clause_of(j) == clause)
                .any(|j| verbs.contains(tokens[j].lower()))
                .then_some(role)
        };
        // A verb's own role for its preposition comes first: money poured "into" a company
        // goes to it, while a model put "into" Bedrock runs there.
        if let Some(role) = verb_role()
            .or_else(|| before.and_then(|w| lexicon.roles.get(w)))
            .or_else(org_role)
        {
            out.push(Role {
                role: role.clone(),
                name: m.name.clone(),
                parent: m.parent.clone(),
                clause: clause_of(m.tokens.start),
            });
        }
    }
    // "Amazon led the round", "the round was led by Amazon": the agent of a role verb.
    for (k, t) in tokens.iter().enumerate() {
        let Some(role) = t
            .may(class::AGENT)
            .then(|| lexicon.agent_roles.get(t.lower()))
            .flatten()
        else {
            continue;
        };
        let clause = clause_of(k);
        let is_party = |m: &&Mention| {
            m.known && m.class == EntityClass::Org && clause_of(m.tokens.start) == clause
        };
        let passive = tokens.get(k + 1).is_some_and(|n| n.lower() == "by");
        let agent = if passive {
            facts
                .mentions
                .iter()
                .filter(is_party)
                .find(|m| m.tokens.start > k + 1 && m.tokens.start <= k + 3)
        } else {
            facts
                .mentions
                .iter()
                .filter(is_party)
                .rfind(|m| m.tokens.end <= k)
        };
        if let Some(m) = agent {
            out.push(Role {
                role: role.clone(),
                name: m.name.clone(),
                parent: m.parent.clone(),
                clause,
            });
        }
    }
    out
}

pub(super) fn attributes(
    tokens: &[Token],
    lexicon: &Lexicon,
    facts: &Facts,
    clause_of: &dyn Fn(usize) -> usize,
) -> Vec<Attribute> {
    let mut out = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        let known = t
            .may(class::ATTRIBUTE)
            .then(|| lexicon.attributes.get(t.lower()))
            .flatten();
        let Some((class, value)) = known else {
            continue;
        };
        let clause = clause_of(k);
        let holder = facts
            .mentions
            .iter()
            .filter(|m| clause_of(m.tokens.start) == clause)
            .min_by_key(|m| {
                if m.tokens.start > k {
                    m.tokens.start - k
                } else {
                    (k + 1).saturating_sub(m.tokens.end)
                }
            })
            .map(|m| m.name.clone());
        out.push(Attribute {
            class: class.clone(),
            value: value.clone(),
            holder,
            clause,
        });
    }
    out
}
