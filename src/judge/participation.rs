//! Participation: whether a party took part in an event or stayed out of it ("SoftBank
//! sat out the round", "declined to join the coalition", "fielded candidates"), against
//! what the claims about the same event say of the same party. A claim has a party take
//! part by a taking-part word ("matched that figure", "joined") or, for money, by a
//! figure it puts in ("NVIDIA threw in $30 billion"). Rules: [`Rule::ParticipationAgrees`],
//! [`Rule::ParticipationDiffers`].

use super::findings::Findings;
use crate::align::Alignment;
use crate::claims::{Claim, ClaimSet};
use crate::extract::Facts;
use crate::finding::{Detail, FindingKind, Topic};
use crate::marks::{Mark, MarkKind};
use crate::quantity::Measure;
use crate::rule::Rule;

/// Each taking part or staying out of the sentence against the claims `nearby` that tell
/// the same party's part in the same event.
pub(super) fn compare(facts: &Facts, set: &ClaimSet, nearby: &[Alignment], out: &mut Findings) {
    for m in facts.marks.iter().filter(|m| {
        matches!(m.kind, MarkKind::StaysOut | MarkKind::TakesPart) && asserted(facts, m.clause)
    }) {
        for a in nearby {
            let claim = &set.claims[a.claim];
            if !same_event(m, claim) {
                continue;
            }
            let Some(theirs) = part(claim, &m.party) else {
                continue;
            };
            let mine = m.kind == MarkKind::StaysOut;
            let (kind, rule, detail) = if theirs == mine {
                (
                    FindingKind::Agrees,
                    Rule::ParticipationAgrees,
                    Detail::ParticipationAgrees {
                        party: m.party.clone(),
                        out: mine,
                    },
                )
            } else {
                (
                    FindingKind::Differs,
                    Rule::ParticipationDiffers,
                    Detail::ParticipationDiffers {
                        party: m.party.clone(),
                        out: mine,
                    },
                )
            };
            out.push(
                kind,
                rule,
                claim.id,
                Topic::Participation(m.party.clone()),
                detail,
            );
        }
    }
}

/// Whether clause `clause` of `facts` asserts (not a question, condition or speculation).
pub(super) fn asserted(facts: &Facts, clause: usize) -> bool {
    facts.clauses.get(clause).is_some_and(|c| c.asserts())
}

/// Whether `claim` is about the event of mark `m`: it shares one of the event's words
/// ("round", "coalition"). A mark that names no event ("Amazon signed") is compared with
/// nothing: a party takes part in many events.
pub(super) fn same_event(m: &Mark, claim: &Claim) -> bool {
    m.event.iter().any(|w| {
        claim
            .facts
            .terms
            .iter()
            .any(|t| !t.light && t.concept == *w)
    })
}

/// What `claim` says of `party`'s part: `Some(true)` it stayed out, `Some(false)` it took
/// part, `None` nothing (or both).
pub(super) fn part(claim: &Claim, party: &str) -> Option<bool> {
    let f = &claim.facts;
    let marked = |kind| {
        f.marks
            .iter()
            .any(|cm| cm.kind == kind && cm.party == party && asserted(f, cm.clause))
    };
    let out = marked(MarkKind::StaysOut);
    // Money a party puts in, in a clause that denies nothing: "NVIDIA threw in $30 billion".
    let money = || {
        f.quantities.iter().any(|q| {
            matches!(q.measure, Measure::Money(_))
                && asserted(f, q.clause)
                && !f.clauses[q.clause].negated
                && (q.owner.as_deref() == Some(party)
                    || f.mentions.iter().any(|m| {
                        m.name == party
                            && !m.possessive
                            && m.tokens.end <= q.tokens.start
                            && f.clause_of(m.tokens.start) == q.clause
                    }))
        })
    };
    let takes = marked(MarkKind::TakesPart) || money();
    match (out, takes) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::judge::{assert_fires, assert_fires_in, corpus};
    use crate::rule::Rule;

    #[test]
    fn participation_differs() {
        assert_fires(
            Rule::ParticipationDiffers,
            "SoftBank sat out OpenAI's $110 billion round.",
        );
        assert_fires(
            Rule::ParticipationDiffers,
            "OpenAI refused to join the UK's international coalition for AI development safeguards.",
        );
    }

    /// Walking away from an event is staying out of it ("walked away with" is not listed).
    #[test]
    fn walking_away_from_an_event_is_staying_out() {
        let set = corpus(&[(
            "a.txt",
            "Halvard Shipping joined the Nordvik port consortium in May, alongside two other \
             ferry operators.",
        )]);
        assert_fires_in(
            &set,
            Rule::ParticipationDiffers,
            "Halvard Shipping walked away from the Nordvik port consortium in May.",
        );
    }

    #[test]
    fn participation_agrees() {
        let set = corpus(&[(
            "a.txt",
            "The Forest Alliance sat out the regional election and fielded no candidates.",
        )]);
        assert_fires_in(
            &set,
            Rule::ParticipationAgrees,
            "The Forest Alliance stayed out of the regional election.",
        );
    }
}
