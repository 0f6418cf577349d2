//! Who plays which role: the platform something runs on, the recipient of an investment,
//! the leader of a round, read from verbs and prepositions by extraction. Rules:
//! [`Rule::RoleAgrees`], [`Rule::RoleDiffers`].

use super::findings::Findings;
use crate::align::Alignment;
use crate::claims::ClaimSet;
use crate::extract::{Facts, Role};
use crate::finding::{Detail, FindingKind, Topic};
use crate::overlap::{mentions_in_clause, names_in_clause, parties_swapped, products, talk};
use crate::quantity::Quantity;
use crate::rule::Rule;

/// Each role of the sentence against the same role in the claims `related` to it, where
/// the two role clauses are tied to one thing (a product, a figure, the same event).
pub(super) fn compare(facts: &Facts, set: &ClaimSet, related: &[Alignment], out: &mut Findings) {
    let tuning = &set.tuning;
    for r in facts.roles.iter().filter(|r| facts.asserted(r.clause)) {
        // The product whose role it is: the role filler itself does not count.
        let mine: Vec<&str> = products(facts, r.clause).filter(|p| *p != r.name).collect();
        let mine_talk: Vec<&str> = talk(facts, r.clause).collect();
        for a in related {
            let claim = &set.claims[a.claim];
            for cr in claim
                .facts
                .roles
                .iter()
                .filter(|cr| cr.role == r.role && claim.facts.asserted(cr.clause))
            {
                let same_theme =
                    products(&claim.facts, cr.clause).any(|p| mine.contains(&p) && p != cr.name);
                // Counted only where asked: most role clauses are tied or not by the rest.
                let shared_talk = || {
                    talk(&claim.facts, cr.clause)
                        .filter(|c| mine_talk.contains(c))
                        .count()
                };
                // A figure both role clauses state ("the $110 billion round") ties them as
                // well; a figure elsewhere in the claim is another clause's ("a $38 billion
                // partnership with Amazon, … since striking a new agreement with Microsoft").
                let same_figure = figures_agree(facts, r.clause, &claim.facts, cr.clause);
                let tied = a.same_event() || same_figure;
                // So does a figure both give the same party, with a word around it
                // ("Amazon invested $50 billion in Anthropic", "Amazon's $50 billion
                // investment in OpenAI").
                let same_money = || same_figure && a.shared_names > 0 && shared_talk() > 0;
                if !(same_theme
                    || same_money()
                    || mine.is_empty() && tied && shared_talk() >= tuning.role_theme_words)
                {
                    continue;
                }
                let same = cr.name == r.name
                    || cr.parent.as_deref() == Some(r.name.as_str())
                    || r.parent.as_deref() == Some(cr.name.as_str());
                if same {
                    out.push(
                        FindingKind::Agrees,
                        Rule::RoleAgrees,
                        claim.id,
                        Topic::Role(r.role.clone()),
                        Detail::RoleAgrees {
                            role: r.role.clone(),
                            name: r.name.clone(),
                        },
                    );
                } else if !names_in_clause(&claim.facts, cr.clause).any(|n| n == r.name)
                    && !facts.names().any(|n| n == cr.name)
                    && (same_theme || same_figure || !other_users(facts, r, &claim.facts, cr))
                {
                    let exclusive = claim
                        .facts
                        .clauses
                        .get(cr.clause)
                        .is_some_and(|c| c.exclusive);
                    out.push(
                        FindingKind::Differs,
                        Rule::RoleDiffers,
                        claim.id,
                        Topic::Role(r.role.clone()),
                        Detail::RoleDiffers {
                            role: r.role.clone(),
                            name: r.name.clone(),
                            their_role: cr.role.clone(),
                            their_name: cr.name.clone(),
                            exclusive,
                        },
                    );
                }
            }
        }
    }
}

/// Whether clause `ca` of `a` and clause `cb` of `b` assert a figure both can be true of.
pub(super) fn figures_agree(a: &Facts, ca: usize, b: &Facts, cb: usize) -> bool {
    fn asserted(f: &Facts, c: usize) -> impl Iterator<Item = &Quantity> {
        f.quantities
            .iter()
            .filter(move |q| q.clause == c && f.asserted(c))
    }
    asserted(a, ca).any(|q| asserted(b, cb).any(|cq| q.compatible(cq)))
}

/// Whether each role clause names an organisation, besides the role fillers, that the
/// other does not: who hosts OpenAI's workloads says nothing of who hosts Anthropic's.
fn other_users(a: &Facts, ra: &Role, b: &Facts, rb: &Role) -> bool {
    let filler = |name: &str| {
        [&ra.name, &rb.name].iter().any(|f| f.as_str() == name)
            || [&ra.parent, &rb.parent]
                .iter()
                .any(|p| p.as_deref() == Some(name))
    };
    let users = |f, clause| {
        mentions_in_clause(f, clause)
            .filter(|m: &&crate::entity::Mention| !m.source && !filler(&m.name))
    };
    // Organisations each side names and the other does not: the parties are swapped.
    parties_swapped(users(a, ra.clause), users(b, rb.clause))
}

#[cfg(test)]
mod tests {
    use crate::judge::assert_fires;
    use crate::rule::Rule;

    #[test]
    fn role_agrees() {
        assert_fires(
            Rule::RoleAgrees,
            "OpenAI's Frontier products will continue to run on Azure.",
        );
    }

    #[test]
    fn role_differs() {
        assert_fires(
            Rule::RoleDiffers,
            "The $110 billion round was led by SoftBank.",
        );
    }
}
