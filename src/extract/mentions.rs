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

/// "The ChatGPT maker": a product's name before a maker noun names who makes it. That is
/// the product's parent when the entities give one; otherwise the phrase names no party
/// the sentence can be held to, and reading it as the product would put the product in
/// the maker's role.
pub(super) fn name_makers(tokens: &[Token], lexicon: &Lexicon, found: &mut Vec<Mention>) {
    found.retain_mut(|m| {
        let maker = matches!(m.class, EntityClass::Product | EntityClass::Other)
            && !m.possessive
            && tokens
                .get(m.tokens.end)
                .is_some_and(|t| !t.capital && lexicon.maker_nouns.contains(t.lower()));
        if !maker {
            return true;
        }
        let Some(parent) = m.parent.take() else {
            return false;
        };
        m.name = parent;
        m.class = EntityClass::Org;
        m.tokens.end += 1;
        m.possessive = tokens.get(m.tokens.end).is_some_and(|t| t.lower() == "'s");
        true
    });
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

#[cfg(test)]
mod tests {
    use crate::claims::ClaimSet;
    use crate::extract::{extract, Context};
    use crate::judge::{assert_fires_in, assert_not_fires_in, explain_one, Verdict};
    use crate::lexicon::{bundled_text, Lexicon};
    use crate::rule::Rule;

    /// A corpus on a maker whose product the lexicon lists, with the product's parent or
    /// without it.
    fn bikes(product_row: &str) -> ClaimSet {
        let text = format!(
            "{}org\tVelora Motors\tVelora Motors\n{product_row}\n",
            bundled_text()
        );
        let lexicon = Lexicon::parse(&text).expect("valid lexicon rows");
        let documents = [(
            "bikes.txt".to_string(),
            "Harlan Capital invested $40 million in Velora Motors in March. Velora Motors \
             builds the Strider electric bike in a plant near Lyon."
                .to_string(),
        )];
        ClaimSet::from_documents(&documents, lexicon)
    }

    const SENTENCE: &str = "Harlan Capital invested $40 million in the Strider maker.";

    /// Read as the product, "the Strider maker" would be an investee the reference does
    /// not give: a false contradiction.
    #[test]
    fn a_product_before_a_maker_noun_is_not_the_party() {
        let set = bikes("product\tStrider\tStrider");
        assert_not_fires_in(&set, Rule::RoleDiffers, SENTENCE);
        assert_eq!(explain_one(&set, SENTENCE).0.verdict, Verdict::Match);
        assert_fires_in(
            &set,
            Rule::RoleDiffers,
            "Harlan Capital invested $40 million in Strider.",
        );
    }

    /// With the product's parent given, the phrase is that parent.
    #[test]
    fn a_product_before_a_maker_noun_is_its_parent_when_known() {
        let names = |set: &ClaimSet| -> Vec<String> {
            extract(SENTENCE, &set.lexicon, &mut Context::default())
                .mentions
                .iter()
                .map(|m| m.name.clone())
                .collect()
        };
        let with_parent = bikes("product\tStrider\tStrider\tVelora Motors");
        assert!(names(&with_parent).contains(&"Velora Motors".to_string()));
        assert_eq!(
            explain_one(&with_parent, SENTENCE).0.verdict,
            Verdict::Match
        );
        let without = bikes("product\tStrider\tStrider");
        assert!(!names(&without).iter().any(|n| n.contains("Strider")));
    }
}
