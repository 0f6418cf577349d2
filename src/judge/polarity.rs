//! Polarity: whether the sentence affirms or denies what a claim about the same event
//! says, and which side it takes on a relation the documents dispute. Rules:
//! [`Rule::PolarityDiffers`], the suppressions [`Rule::CeasedAfterPast`],
//! [`Rule::ResumedAfterCessation`],
//! [`Rule::DenialOfMoreParties`] and [`Rule::DenialOfOtherParty`], and
//! [`Rule::DisputedRelation`].

use super::findings::Findings;
use crate::align::Alignment;
use crate::claims::{Claim, ClaimSet};
use crate::clause::Clause;
use crate::extract::{Facts, Term};
use crate::finding::{Detail, Finding, FindingKind, Topic};
use crate::marks::MarkKind;
use crate::overlap::{asserted_clauses, clause_orgs, shared_names, shared_words, tells};
use crate::rule::Rule;

/// Whether the sentence affirms or denies what the best claim about the same event says;
/// and where another document takes the other side, that the documents disagree.
pub(super) fn compare(facts: &Facts, set: &ClaimSet, related: &[&Alignment], out: &mut Findings) {
    let near = |a: &&&Alignment| a.same_event() && a.coverage >= set.tuning.polarity_coverage;
    let Some(best) = related.iter().find(near) else {
        return;
    };
    let claim = &set.claims[best.claim];
    let Some((negated, claim_negated, reaches)) = polarities(facts, &claim.facts) else {
        return;
    };
    if claim_negated != negated {
        if reaches && differs(facts, set, claim, negated, out) {
            if let Some(ally) = ally(facts, set, related, claim, negated) {
                push_agrees(out, ally, negated);
            }
        }
        return;
    }
    // The best claim says it as the sentence does; a document that says the opposite of
    // the same event, close as well, disputes it ("the recount was requested by Kerr"
    // against "the recount was not requested by either candidate").
    // Only a denial on one side can make the polarities differ: the test is cheap, the
    // clause-by-clause reading of `polarities` is not, and it would run for nearly every
    // sentence that has a claim.
    let sentence_denies = facts.negated();
    let rival = related.iter().filter(near).find(|a| {
        let other = &set.claims[a.claim];
        other.doc != claim.doc
            && (sentence_denies || other.facts.negated())
            && polarities(facts, &other.facts)
                .is_some_and(|(mine, theirs, reaches)| mine != theirs && reaches)
    });
    if let Some(rival) = rival {
        if differs(facts, set, &set.claims[rival.claim], negated, out) {
            push_agrees(out, best.claim, negated);
        }
    }
}

/// The first of `related` from another document than `claim`'s, about the same event,
/// that says it as the sentence does (`negated`), naming what the denying side denies.
fn ally(
    facts: &Facts,
    set: &ClaimSet,
    related: &[&Alignment],
    claim: &Claim,
    negated: bool,
) -> Option<usize> {
    let denier = if negated { facts } else { &claim.facts };
    related
        .iter()
        .filter(|a| a.same_event())
        .map(|a| &set.claims[a.claim])
        .find(|other| {
            let of = &other.facts;
            // A clause of the sentence's polarity that names what the denial denies.
            let sides = asserted_clauses(of)
                .filter(|&c| of.clauses[c].negated == negated)
                .any(|c| {
                    asserted_clauses(denier)
                        .filter(|&d| denier.clauses[d].negated)
                        .any(|d| {
                            names_denied(
                                &denier.clauses[d],
                                of.terms.iter().filter(|t| t.clause == c),
                            )
                        })
                });
            other.doc != claim.doc
                && sides
                && polarities(facts, of).is_none_or(|(mine, theirs, _)| mine == theirs)
        })
        .map(|other| other.id)
}

fn push_agrees(out: &mut Findings, claim: usize, negated: bool) {
    out.push(
        FindingKind::Agrees,
        Rule::PolarityAgrees,
        claim,
        Topic::Polarity,
        Detail::PolarityAgrees { denies: negated },
    );
}

/// Whether `claim`'s polarity, which differs from the sentence's (`negated`), is a
/// difference: pushed as one, or prevented by the rule that explains it away.
fn differs(
    facts: &Facts,
    set: &ClaimSet,
    claim: &Claim,
    negated: bool,
    out: &mut Findings,
) -> bool {
    let finding = || Finding {
        kind: FindingKind::Differs,
        rule: Rule::PolarityDiffers,
        topic: Topic::Polarity,
        detail: Detail::PolarityDiffers { denies: negated },
        claim: Some(claim.id),
        part: None,
    };
    // "No longer exclusive" is what follows a state a claim tells of in the past.
    let ceased = facts.clauses.iter().any(|c| c.asserts() && c.ceased);
    let past = claim.facts.clauses.iter().any(|c| c.asserts() && c.past);
    if ceased && past {
        out.prevented(Rule::CeasedAfterPast, finding);
        return false;
    }
    let resumed = |f: &Facts| {
        f.terms.iter().any(|t| {
            set.lexicon.resumptions.contains(&t.concept)
                && f.clauses
                    .get(t.clause)
                    .is_some_and(|c| c.asserts() && !c.negated)
        })
    };
    let stopped = |f: &Facts| f.clauses.iter().any(|c| c.asserts() && c.ceased);
    if resumed(facts) && stopped(&claim.facts) || stopped(facts) && resumed(&claim.facts) {
        out.prevented(Rule::ResumedAfterCessation, finding);
        return false;
    }
    // Denying an alliance of three ("a Microsoft OpenAI Amazon Alliance did not come to
    // pass") is not denying a partnership of two of them: every organisation of the
    // denying clause must be named on the other side.
    let (denier, other) = if negated {
        (facts, &claim.facts)
    } else {
        (&claim.facts, facts)
    };
    let denies_more = (0..denier.clauses.len())
        .filter(|&c| denier.clauses[c].asserts() && denier.clauses[c].negated)
        .flat_map(|c| clause_orgs(denier, c))
        .any(|org| !other.names().any(|n| n == org));
    if denies_more {
        out.prevented(Rule::DenialOfMoreParties, finding);
        return false;
    }
    // "Microsoft, which did not lead the round" denies Microsoft's leading: a claim that
    // does not name Microsoft ("Amazon led the round") is not denied.
    if negated && denies_other_party(facts, &claim.facts) {
        out.prevented(Rule::DenialOfOtherParty, finding);
        return false;
    }
    let f = finding();
    out.push(f.kind, f.rule, claim.id, f.topic, f.detail);
    true
}

/// Whether every denying clause of `facts` is about parties (`MarkKind::Denies`) that
/// `claim` does not name.
fn denies_other_party(facts: &Facts, claim: &Facts) -> bool {
    let denying = (0..facts.clauses.len())
        .filter(|&c| facts.clauses[c].asserts() && facts.clauses[c].negated);
    let mut any = false;
    for c in denying {
        let mut about = facts
            .marks
            .iter()
            .filter(|m| m.kind == MarkKind::Denies && m.clause == c)
            .peekable();
        if about.peek().is_none() {
            return false;
        }
        if about.any(|m| claim.names().any(|n| n == m.party)) {
            return false;
        }
        any = true;
    }
    any
}

/// Whether the sentence and a claim deny what they share: `(sentence, claim, reaches)`,
/// `reaches` telling whether the other side speaks of what the negated side denies (see
/// [`denial_reaches`]; a denial of something else is no contradiction, but it is no
/// restatement either). Where either side's asserted clauses differ in polarity ("opposed
/// the deal from the start and did not endorse the final agreement"), each clause of the
/// sentence is read against the claim's clauses that share the most words with it, then
/// the most names (a clause that borrows its subject names none); a clause whose polarity
/// differs from all of those is the pair returned, and without one, `None`.
pub(super) fn polarities(facts: &Facts, claim: &Facts) -> Option<(bool, bool, bool)> {
    let (mine, theirs) = (asserted_clauses(facts), asserted_clauses(claim));
    let uniform = |f: &Facts| asserted_clauses(f).all(|c| f.clauses[c].negated == f.negated());
    if uniform(facts) && uniform(claim) {
        let (denier, other) = match (facts.negated(), claim.negated()) {
            (true, false) => (facts, claim),
            (false, true) => (claim, facts),
            (same, _) => return Some((same, same, false)),
        };
        let reaches = (0..denier.clauses.len())
            .filter(|&c| denier.clauses[c].asserts() && denier.clauses[c].negated)
            .any(|c| denial_reaches(denier, c, other));
        return Some((facts.negated(), claim.negated(), reaches));
    }
    let shared = |a: usize, b: usize| {
        (
            shared_words(facts, a, claim, b),
            shared_names(facts, a, claim, b),
        )
    };
    mine.into_iter().find_map(|a| {
        let most = theirs
            .clone()
            .map(|b| shared(a, b))
            .max()
            .filter(|&n| n > (0, 0))?;
        let denied = facts.clauses[a].negated;
        // A denial is read against the claim's clauses that speak of what it denies, where
        // there are any ("Signalling is not part of the contract, and KSR will tender it
        // separately" against "The contract does not cover signalling, which KSR plans to
        // tender separately": the clause about the contract, not the one about tendering).
        let speaks_of_denied = |b: usize| {
            denied
                && facts.clauses[a].denied.is_some()
                && names_denied(
                    &facts.clauses[a],
                    claim.terms.iter().filter(|t| t.clause == b),
                )
        };
        let about_denied = theirs.clone().any(speaks_of_denied);
        let mut nearest = theirs.clone().filter(|&b| {
            if about_denied {
                speaks_of_denied(b)
            } else {
                shared(a, b) == most
            }
        });
        let differs = nearest.clone().all(|b| claim.clauses[b].negated != denied);
        let reaches = if denied {
            denial_reaches(facts, a, claim)
        } else {
            nearest.any(|b| denial_reaches(claim, b, facts))
        };
        differs.then_some((denied, !denied, reaches))
    })
}

/// Whether `other` tells of what clause `clause` of `denier` denies: the word the negation
/// denies and its complement's head, or anything where the denial reaches the whole clause.
/// "Lumetra's plant opened in 2017" says nothing of a plant Halvorsen "does not plan to
/// close"; "exclusive cloud rights" say nothing of "a right of first refusal".
fn denial_reaches(denier: &Facts, clause: usize, other: &Facts) -> bool {
    names_denied(&denier.clauses[clause], other.terms.iter())
}

/// Whether `terms` name the word a clause denies and its complement's head, each where
/// the clause has one.
fn names_denied<'a>(denial: &Clause, terms: impl Iterator<Item = &'a Term> + Clone) -> bool {
    let named = |word: &String| terms.clone().any(|t| t.concept == *word);
    denial.denied.as_ref().is_none_or(named) && denial.denied_complement.as_ref().is_none_or(named)
}

/// A relation the documents disagree about (one denies what others state): the sentence
/// sides with the documents of its own polarity, and the others are named as disputing
/// it. A clause that states the relation with a figure or a date tells of one deal the
/// documents agree on ("a $38 billion partnership with Amazon"), not of whether the
/// relation exists.
pub(super) fn compare_disputed_relations(
    facts: &Facts,
    set: &ClaimSet,
    alignments: &[Alignment],
    out: &mut Findings,
) {
    for (c, clause) in facts.clauses.iter().enumerate() {
        let specific = facts.quantities.iter().any(|q| q.clause == c)
            || facts.dates.iter().any(|d| d.clause == c);
        if !clause.asserts() || specific && !clause.negated {
            continue;
        }
        for r in set
            .relations
            .iter()
            .filter(|r| tells(facts, c, &r.parties, &r.concept))
        {
            let stater = alignments
                .iter()
                .map(|a| a.claim)
                .find(|id| r.stated_by.contains(id))
                .unwrap_or(r.stated_by[0]);
            let (ally, rival) = if clause.negated {
                (r.denied_by, stater)
            } else {
                (stater, r.denied_by)
            };
            let relation = r.describe();
            out.push(
                FindingKind::Agrees,
                Rule::DisputedRelation,
                ally,
                Topic::Polarity,
                Detail::RelationSide {
                    relation: relation.clone(),
                    denies: clause.negated,
                },
            );
            out.push(
                FindingKind::Disputed,
                Rule::DisputedRelation,
                rival,
                Topic::Polarity,
                Detail::RelationDisputed {
                    relation,
                    rival_denies: !clause.negated,
                    ally,
                },
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::judge::assert_fires;
    use crate::rule::Rule;

    /// A denied ending keeps the state a reference tells of; an ending denies it. On a
    /// corpus of its own.
    #[test]
    fn a_denied_ending_keeps_the_state() {
        let set = crate::judge::corpus(&[(
            "reef.txt",
            "The Harrow Bay cooperative holds the fishing licence for the northern reef. \
             The licence runs until 2031 and covers twelve boats.",
        )]);
        let kept = "The Harrow Bay cooperative has not given up its fishing licence for the \
                    northern reef.";
        crate::judge::assert_not_fires_in(&set, Rule::PolarityDiffers, kept);
        crate::judge::assert_fires_in(
            &set,
            Rule::PolarityDiffers,
            "The Harrow Bay cooperative gave up its fishing licence for the northern reef.",
        );
    }

    #[test]
    fn polarity_differs() {
        assert_fires(
            Rule::PolarityDiffers,
            "Microsoft never had an exclusive partnership with OpenAI.",
        );
    }

    #[test]
    fn ceased_after_past() {
        assert_fires(
            Rule::CeasedAfterPast,
            "Microsoft no longer has an exclusive partnership with OpenAI.",
        );
    }

    #[test]
    fn resumed_after_cessation() {
        assert_fires(
            Rule::ResumedAfterCessation,
            "OpenAI's exclusivity clauses with Microsoft were restored.",
        );
    }

    #[test]
    fn denial_of_more_parties() {
        assert_fires(
            Rule::DenialOfMoreParties,
            "Microsoft said its partnership with OpenAI remains strong.",
        );
    }

    #[test]
    fn denial_of_other_party() {
        assert_fires(
            Rule::DenialOfOtherParty,
            "Microsoft, which did not lead the $110 billion round, holds a 27% stake in OpenAI Group PBC.",
        );
    }

    #[test]
    fn disputed_relation() {
        assert_fires(
            Rule::DisputedRelation,
            "The Amazon-OpenAI alliance never came to pass.",
        );
    }
}
