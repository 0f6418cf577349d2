//! Where the seed documents disagree with each other.
//!
//! Two kinds of disagreement are found at build time besides the contradictions the
//! judge finds when claims are checked against each other: two figures for one slot
//! (Microsoft's investment: $13 billion in one seed, eleven billion in another) and a
//! relation one seed denies while another states it (an OpenAI–Amazon alliance that
//! "did not come to pass"). A sentence that sides with either seed is a match, flagged
//! as disputed and naming both.

use crate::claims::{Claim, RelationDispute};
use crate::entity::Mention;
use crate::finding::{Detail, Topic};
use crate::lexicon::Lexicon;
use crate::overlap::{clause_orgs, swapped, tells};
use crate::quantity::Quantity;
use crate::tuning::Tuning;

/// One side of a disagreement, before it is known to be mutual: claim `claim` differs from
/// claim `with` as `detail` says, about `with`.
pub struct Disagreement {
    pub claim: usize,
    pub with: usize,
    pub detail: Detail,
    pub topic: Topic,
}

/// Figures of two documents that fill one slot and cannot both be true: the same
/// kind of measure, owned by the same party (at least one side says so with a
/// possessive), the same qualifiers, a role word in common, no party swapped, and values
/// close enough to be one figure misreported ("Microsoft's $13 billion investment"
/// against "the eleven-billion-dollar foundation laid by Microsoft"; a $4.2 billion deal
/// and a $2.5 billion loan of one buyer are two figures). Whole claims seldom align with each other well enough for
/// `compare` to pair such figures, so they are compared figure by figure. Each pair
/// is returned in both directions, topic "figure:k" naming the claim's own figure.
pub fn figure_disagreements(claims: &[Claim], tuning: &Tuning) -> Vec<Disagreement> {
    struct Slot<'a> {
        claim: &'a Claim,
        index: usize,
        quantity: &'a Quantity,
        subject: Option<&'a str>,
        parties: Vec<&'a Mention>,
    }
    let slots: Vec<Slot> = claims
        .iter()
        .flat_map(|claim| {
            let facts = &claim.facts;
            facts
                .quantities
                .iter()
                .enumerate()
                .filter_map(move |(index, q)| {
                    let clause = facts.clauses.get(q.clause)?;
                    if !clause.asserts() || clause.negated {
                        return None;
                    }
                    let parties = facts.participants(q.clause);
                    let subject = q
                        .owner
                        .as_deref()
                        .or_else(|| parties.first().map(|m| m.name.as_str()));
                    Some(Slot {
                        claim,
                        index,
                        quantity: q,
                        subject,
                        parties,
                    })
                })
        })
        .collect();
    let mut found = Vec::new();
    for (i, a) in slots.iter().enumerate() {
        for b in &slots[i + 1..] {
            let (qa, qb) = (a.quantity, b.quantity);
            let same_slot = a.claim.doc != b.claim.doc
                && a.subject.is_some()
                && a.subject == b.subject
                && (qa.owner.is_some() || qb.owner.is_some())
                && qa.measure.comparable(&qb.measure)
                && qa.qualifiers == qb.qualifiers
                && qa.roles.iter().any(|r| qb.roles.contains(r))
                && !swapped(&a.parties, &b.parties);
            if !same_slot || qa.compatible(qb) || !qa.within_ratio(qb, tuning.rival_ratio) {
                continue;
            }
            // Told as the judge tells a difference of figures.
            let detail = |x: &Slot, y: &Slot| Detail::FigureDiffers {
                mine: x.quantity.text.clone(),
                theirs: y.quantity.text.clone(),
            };
            found.push(Disagreement {
                claim: a.claim.id,
                with: b.claim.id,
                detail: detail(a, b),
                topic: Topic::ClaimFigure(a.index),
            });
            found.push(Disagreement {
                claim: b.claim.id,
                with: a.claim.id,
                detail: detail(b, a),
                topic: Topic::ClaimFigure(b.index),
            });
        }
    }
    found
}

/// Relations a document denies in an asserted clause ("a Microsoft OpenAI Amazon
/// Alliance did not come to pass") that other documents state. A pair the denying
/// document itself states elsewhere (its own Microsoft–OpenAI partnership) is not what
/// it denies. Only relation words that stand for a synonym group of the lexicon count:
/// "scenario" is not a relation.
pub fn relation_disputes(claims: &[Claim], lexicon: &Lexicon) -> Vec<RelationDispute> {
    let relation = |concept: &str| lexicon.synonyms.values().any(|g| g == concept);
    let states = |claim: &Claim, parties: &[String; 2], concept: &str| {
        let facts = &claim.facts;
        (0..facts.clauses.len()).any(|c| {
            facts.clauses[c].asserts()
                && !facts.clauses[c].negated
                && tells(facts, c, parties, concept)
        })
    };
    let mut out: Vec<RelationDispute> = Vec::new();
    for denier in claims {
        let facts = &denier.facts;
        for (c, clause) in facts.clauses.iter().enumerate() {
            if !clause.asserts() || !clause.negated {
                continue;
            }
            let orgs = clause_orgs(facts, c);
            let mut concepts: Vec<&str> = facts
                .terms
                .iter()
                .filter(|t| t.clause == c && !t.light && relation(&t.concept))
                .map(|t| t.concept.as_str())
                .collect();
            concepts.dedup();
            for (i, a) in orgs.iter().enumerate() {
                for b in &orgs[i + 1..] {
                    let parties = [a.to_string(), b.to_string()];
                    for concept in &concepts {
                        let own_doc = claims
                            .iter()
                            .filter(|x| x.doc == denier.doc)
                            .any(|x| states(x, &parties, concept));
                        let stated_by: Vec<usize> = claims
                            .iter()
                            .filter(|x| x.doc != denier.doc && states(x, &parties, concept))
                            .map(|x| x.id)
                            .collect();
                        if !own_doc && !stated_by.is_empty() {
                            out.push(RelationDispute {
                                concept: concept.to_string(),
                                parties: parties.clone(),
                                denied_by: denier.id,
                                stated_by,
                            });
                        }
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::claims::ClaimSet;
    use crate::lexicon::Lexicon;

    fn claim_set(documents: &[(&str, &str)]) -> ClaimSet {
        let shared = [
            include_str!("../seeds/lexicon/numbers.tsv"),
            include_str!("../seeds/lexicon/dates.tsv"),
            include_str!("../seeds/lexicon/grammar.tsv"),
            include_str!("../seeds/lexicon/terms.tsv"),
            include_str!("../seeds/lexicon/units.tsv"),
        ];
        let own = "org\tGlobex\tGlobex|Globex Corp.\norg\tInitech\tInitech\norg\tHooli\tHooli\n";
        let lexicon = Lexicon::parse(&(shared.join("\n") + own)).expect("lexicon parses");
        let documents: Vec<(String, String)> = documents
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        ClaimSet::from_documents(&documents, lexicon)
    }

    fn disagreeing_docs(set: &ClaimSet) -> Vec<(String, String)> {
        super::figure_disagreements(&set.claims, &set.tuning)
            .iter()
            .map(|d| {
                let doc = |id: usize| set.claims[id].doc.clone();
                (doc(d.claim), doc(d.with))
            })
            .collect()
    }

    #[test]
    fn two_values_for_one_owned_figure_are_a_dispute() {
        let set = claim_set(&[
            (
                "a.txt",
                "Globex's $5 billion investment in Initech reshaped the market.",
            ),
            ("b.txt", "Globex invested $7 billion in Initech."),
            (
                "c.txt",
                "Globex's initial $1 billion investment in Initech came first.",
            ),
            ("d.txt", "Globex invested about $5 billion in Initech."),
        ]);
        let pairs = disagreeing_docs(&set);
        assert!(
            pairs.contains(&("a.txt".into(), "b.txt".into())),
            "{pairs:?}"
        );
        assert!(
            pairs.contains(&("b.txt".into(), "a.txt".into())),
            "{pairs:?}"
        );
        // "initial" marks another slot: a first tranche does not dispute a total.
        assert!(
            !pairs.iter().any(|(x, y)| x == "c.txt" || y == "c.txt"),
            "{pairs:?}"
        );
        // Values that can both be true are no dispute.
        assert!(
            !pairs.contains(&("a.txt".into(), "d.txt".into())),
            "{pairs:?}"
        );
    }

    #[test]
    fn a_denied_relation_that_others_state_is_a_dispute() {
        let set = claim_set(&[
            ("deny.txt", "An alliance between Globex and Initech did not come to pass.\nHooli's partnership with Globex is strong."),
            ("state.txt", "Globex and Initech formed an alliance in 2024."),
            ("quiet.txt", "Hooli signed a partnership with Globex."),
        ]);
        assert_eq!(set.relations.len(), 1, "{:?}", set.relations);
        let r = &set.relations[0];
        assert_eq!(r.parties, ["Globex".to_string(), "Initech".to_string()]);
        assert_eq!(set.claims[r.denied_by].doc, "deny.txt");
        assert!(r
            .stated_by
            .iter()
            .all(|&id| set.claims[id].doc == "state.txt"));
        assert_eq!(r.describe(), "a deal between Globex and Initech");
    }

    #[test]
    fn a_document_does_not_deny_what_it_states_itself() {
        let set = claim_set(&[
            ("deny.txt", "Globex never formed an alliance with Initech.\nGlobex has a partnership with Initech."),
            ("state.txt", "Globex and Initech formed an alliance."),
        ]);
        assert!(set.relations.is_empty(), "{:?}", set.relations);
    }
}
