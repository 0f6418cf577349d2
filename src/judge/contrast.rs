//! Contrast and exclusivity: a party denied what another is given ("AWS instead of
//! Azure"), a party said to be the only one in its part ("the only investor in the
//! round"), and a role shared that a claim says one party holds exclusively ("both on
//! Bedrock and on Azure" against "exclusively available through Bedrock"). Rules:
//! [`Rule::OnlyPartyDiffers`], [`Rule::ContrastDenied`], [`Rule::ExclusiveShared`], and for
//! places in a ranking ("the second-largest", "the first ever") [`Rule::RankAgrees`] and
//! [`Rule::RankDiffers`].

use super::findings::Findings;
use super::participation::{asserted, same_event};
use crate::align::Alignment;
use crate::claims::ClaimSet;
use crate::extract::Facts;
use crate::finding::{Detail, FindingKind, Topic};
use crate::marks::{Mark, MarkKind};
use crate::overlap::{products, talk};
use crate::rule::Rule;

pub(super) fn compare(facts: &Facts, set: &ClaimSet, nearby: &[Alignment], out: &mut Findings) {
    only(facts, set, nearby, out);
    only_in_claim(facts, set, nearby, out);
    denied(facts, set, nearby, out);
    exclusive_shared(facts, set, nearby, out);
    rank(facts, set, nearby, out);
}

/// Whether clause `c` of `f` asserts and denies nothing.
fn affirms(f: &Facts, c: usize) -> bool {
    f.clauses.get(c).is_some_and(|c| c.asserts() && !c.negated)
}

/// "Amazon was the only investor in the round" against a claim that has another party
/// take part in the same event ("NVIDIA threw in $30 billion"). Where the sentence's part
/// is a taking-part word ("the only party to field candidates"), the claim's must be too.
fn only(facts: &Facts, set: &ClaimSet, nearby: &[Alignment], out: &mut Findings) {
    let take_part = &set.lexicon.marks.take_part;
    for m in facts
        .marks
        .iter()
        .filter(|m| m.kind == MarkKind::Only && asserted(facts, m.clause))
    {
        let verbs: Vec<&String> = m
            .event
            .iter()
            .filter(|w| {
                take_part
                    .iter()
                    .any(|p| p.len() == 1 && crate::token::stem(&p[0]) == w.as_str())
            })
            .collect();
        for a in nearby {
            let claim = &set.claims[a.claim];
            if !same_event(m, claim) {
                continue;
            }
            // Another party taking part, or another party said to be the only one.
            let other = claim.facts.marks.iter().find(|cm| {
                matches!(cm.kind, MarkKind::TakesPart | MarkKind::Only)
                    && cm.party != m.party
                    && affirms(&claim.facts, cm.clause)
                    && !facts.names().any(|n| n == cm.party)
                    && (verbs.is_empty()
                        || cm.kind == MarkKind::Only
                        || cm.verb.as_ref().is_some_and(|v| verbs.contains(&v)))
            });
            if let Some(other) = other {
                out.push(
                    FindingKind::Differs,
                    Rule::OnlyPartyDiffers,
                    claim.id,
                    Topic::Participation(m.party.clone()),
                    Detail::OnlyPartyDiffers {
                        party: m.party.clone(),
                        other: other.party.clone(),
                        claim_sole: false,
                    },
                );
            }
        }
    }
}

/// The reverse of [`only`]: a claim makes one party the only one in its part ("the sole
/// sponsor"), and the sentence has another take part in the same event.
fn only_in_claim(facts: &Facts, set: &ClaimSet, nearby: &[Alignment], out: &mut Findings) {
    for m in facts
        .marks
        .iter()
        .filter(|m| m.kind == MarkKind::TakesPart && affirms(facts, m.clause))
    {
        for a in nearby {
            let claim = &set.claims[a.claim];
            let f = &claim.facts;
            let sole = f.marks.iter().find(|cm| {
                cm.kind == MarkKind::Only
                    && cm.party != m.party
                    && affirms(f, cm.clause)
                    && m.verb.as_ref().is_some_and(|v| cm.event.contains(v))
                    && !facts.names().any(|n| n == cm.party)
            });
            if let Some(sole) = sole.filter(|_| same_event(m, claim)) {
                out.push(
                    FindingKind::Differs,
                    Rule::OnlyPartyDiffers,
                    claim.id,
                    Topic::Participation(sole.party.clone()),
                    Detail::OnlyPartyDiffers {
                        party: sole.party.clone(),
                        other: m.party.clone(),
                        claim_sole: true,
                    },
                );
            }
        }
    }
}

/// "Calls will move to AWS instead of Azure": the sentence gives a role to the party
/// before the marker and denies it to the one after; a claim about the same event that
/// gives the denied party that role, in a clause about the same things, differs.
fn denied(facts: &Facts, set: &ClaimSet, nearby: &[Alignment], out: &mut Findings) {
    for m in facts
        .marks
        .iter()
        .filter(|m| m.kind == MarkKind::Denied && asserted(facts, m.clause))
    {
        let Some(partner) = &m.partner else { continue };
        let mine_talk: Vec<&str> = talk(facts, m.clause).collect();
        for r in facts
            .roles
            .iter()
            .filter(|r| r.clause == m.clause && r.name == *partner)
        {
            for a in nearby.iter().filter(|a| a.same_event()) {
                let claim = &set.claims[a.claim];
                let f = &claim.facts;
                let given = f.roles.iter().find(|cr| {
                    cr.role == r.role
                        && (cr.name == m.party || cr.parent.as_deref() == Some(m.party.as_str()))
                        && affirms(f, cr.clause)
                        && !f.roles.iter().any(|o| {
                            o.clause == cr.clause && o.role == r.role && o.name == *partner
                        })
                        && talk(f, cr.clause).any(|w| mine_talk.contains(&w))
                });
                if given.is_some() {
                    push_denied(out, claim.id, m, partner, &r.role);
                }
            }
        }
        // The same in the role frames: "Microsoft, not Nvidia, will invest" against a
        // claim's frame of the relation that has Nvidia in the investor's role.
        for sf in facts.frames.iter().filter(|f| f.clause == m.clause) {
            for x in sf.fillers.iter().filter(|x| x.name == *partner) {
                for a in nearby.iter().filter(|a| a.same_event()) {
                    let f = &set.claims[a.claim].facts;
                    let in_role = |cf: &crate::frame::Frame, name: &str| {
                        cf.fillers
                            .iter()
                            .any(|y| y.role == x.role && y.stands_for(name))
                    };
                    let given = f.frames.iter().any(|cf| {
                        cf.relation == sf.relation
                            && affirms(f, cf.clause)
                            && in_role(cf, &m.party)
                            && !in_role(cf, partner)
                    });
                    if given {
                        push_denied(out, a.claim, m, partner, &x.role);
                    }
                }
            }
        }
    }
}

fn push_denied(out: &mut Findings, claim: usize, m: &Mark, partner: &str, role: &str) {
    out.push(
        FindingKind::Differs,
        Rule::ContrastDenied,
        claim,
        Topic::Role(role.to_string()),
        Detail::ContrastDenied {
            denied: m.party.clone(),
            partner: partner.to_string(),
            role: role.to_string(),
        },
    );
}

/// "Offered both on Bedrock and on Azure" against "exclusively available through
/// Bedrock": two parties joined in one role of an affirmed clause ([`MarkKind::Also`]),
/// where a claim about the same product (or, without one, the same words) gives the role
/// to one of them exclusively, and to no one else in its clause.
fn exclusive_shared(facts: &Facts, set: &ClaimSet, nearby: &[Alignment], out: &mut Findings) {
    for m in facts
        .marks
        .iter()
        .filter(|m| m.kind == MarkKind::Also && affirms(facts, m.clause))
    {
        let Some(partner) = &m.partner else { continue };
        let role_of = |name: &str| {
            facts
                .roles
                .iter()
                .find(|r| r.clause == m.clause && r.name == name)
        };
        let (Some(r), Some(second)) = (role_of(partner), role_of(&m.party)) else {
            continue;
        };
        if r.role != second.role {
            continue;
        }
        let mine: Vec<&str> = products(facts, r.clause)
            .filter(|p| *p != r.name && *p != second.name)
            .collect();
        let mine_talk: Vec<&str> = talk(facts, r.clause).collect();
        for a in nearby {
            let claim = &set.claims[a.claim];
            let f = &claim.facts;
            for cr in f.roles.iter().filter(|cr| {
                cr.role == r.role
                    && affirms(f, cr.clause)
                    && f.clauses[cr.clause].exclusive
                    && (cr.name == r.name || cr.name == second.name)
                    && f.roles
                        .iter()
                        .filter(|o| o.clause == cr.clause && o.role == cr.role)
                        .all(|o| o.name == cr.name)
            }) {
                let same_theme = products(f, cr.clause).any(|p| mine.contains(&p));
                let shared_talk = talk(f, cr.clause).filter(|w| mine_talk.contains(w)).count();
                if !(same_theme || mine.is_empty() && shared_talk >= set.tuning.role_theme_words) {
                    continue;
                }
                let other = if cr.name == r.name { second } else { r };
                out.push(
                    FindingKind::Differs,
                    Rule::ExclusiveShared,
                    claim.id,
                    Topic::Exclusivity(r.role.clone()),
                    Detail::ExclusiveShared {
                        role: r.role.clone(),
                        name: other.name.clone(),
                        their_name: cr.name.clone(),
                    },
                );
            }
        }
    }
}

/// A place in a ranking against a claim's on the same scale about the same event: the
/// places differ ("the second-largest round" against "the largest round"), or a first is
/// the first ever in one and the first since a time in the other ("the first deal OpenAI
/// had ever signed" against "its first major deal since …"). The two must share a word
/// of what is ranked, and a party where both name one.
fn rank(facts: &Facts, set: &ClaimSet, nearby: &[Alignment], out: &mut Findings) {
    for m in facts
        .marks
        .iter()
        .filter(|m| m.kind == MarkKind::Rank && affirms(facts, m.clause))
    {
        let Some(mine) = &m.rank else { continue };
        for a in nearby {
            let claim = &set.claims[a.claim];
            let f = &claim.facts;
            // Another event's claim is compared where the sentence names the party ranked
            // and the claim names no other.
            let tied = |cm: &Mark| {
                a.same_event()
                    || !m.party.is_empty() && (m.party == cm.party || cm.party.is_empty())
            };
            for cm in f
                .marks
                .iter()
                .filter(|cm| cm.kind == MarkKind::Rank && affirms(f, cm.clause) && tied(cm))
            {
                let Some(theirs) = &cm.rank else { continue };
                let same_thing = theirs.scale == mine.scale
                    && m.event.iter().any(|w| cm.event.contains(w))
                    && (m.party.is_empty() || cm.party.is_empty() || m.party == cm.party);
                if !same_thing {
                    continue;
                }
                let scope_differs =
                    mine.place == 1 && (mine.ever && theirs.since || mine.since && theirs.ever);
                let (kind, rule) = if mine.place != theirs.place || scope_differs {
                    (FindingKind::Differs, Rule::RankDiffers)
                } else {
                    (FindingKind::Agrees, Rule::RankAgrees)
                };
                out.push(
                    kind,
                    rule,
                    claim.id,
                    Topic::Rank(mine.scale.clone()),
                    Detail::Rank {
                        mine: describe(mine),
                        theirs: describe(theirs),
                    },
                );
            }
        }
    }
}

/// A rank in words for a finding: "place 2 by large", "place 1 (ever) by deal".
fn describe(r: &crate::marks::Rank) -> String {
    let scope = if r.ever {
        " ever"
    } else if r.since {
        " since a time"
    } else {
        ""
    };
    format!("place {}{scope} by {}", r.place, r.scale)
}

#[cfg(test)]
mod tests {
    use crate::judge::assert_fires;
    use crate::rule::Rule;

    #[test]
    fn only_party_differs() {
        assert_fires(
            Rule::OnlyPartyDiffers,
            "Amazon was the only investor in OpenAI's $110 billion round.",
        );
    }

    #[test]
    fn rank_differs() {
        assert_fires(
            Rule::RankDiffers,
            "OpenAI's $110 billion raise ranks as only the second-largest private funding round on record.",
        );
    }

    #[test]
    fn rank_agrees() {
        assert_fires(
            Rule::RankAgrees,
            "The $110 billion raise was the largest private funding round in history.",
        );
    }

    /// An ordinal standing alone is a place: a corpus of its own.
    #[test]
    fn a_standing_ordinal_is_a_place() {
        let set = crate::judge::corpus(&[(
            "race.txt",
            "Lena Marsh finished a close third in the Alpine Classic on Sunday, two minutes \
             behind the winner. The result lifted Lena Marsh from ninth to sixth in the season \
             standings.",
        )]);
        let (third, _) = crate::judge::explain_one(
            &set,
            "Lena Marsh finished fifth in the Alpine Classic on Sunday.",
        );
        assert_eq!(third.rule, Rule::RankDiffers, "{third:#?}");
        let (sixth, _) =
            crate::judge::explain_one(&set, "Lena Marsh climbed to sixth in the season standings.");
        assert_eq!(sixth.rule, Rule::RankAgrees, "{sixth:#?}");
    }

    #[test]
    fn contrast_denied() {
        assert_fires(
            Rule::ContrastDenied,
            "Third-party stateless API calls to OpenAI models will move to AWS instead of Azure.",
        );
    }

    /// The frames carry the role: a corpus of its own, with no role the older readings
    /// of "invest" find.
    #[test]
    fn contrast_denied_in_a_frame() {
        let set = crate::judge::corpus(&[(
            "fund.txt",
            "Brightwater Capital will invest $40 million in Solvane, the battery maker said on \
             Monday. Solvane plans to use the money to build a factory in Lisbon. Harlow \
             Ventures, an earlier backer, did not take part in the new round.",
        )]);
        crate::judge::assert_fires_in(
            &set,
            Rule::ContrastDenied,
            "Harlow Ventures, not Brightwater Capital, will invest $40 million in Solvane.",
        );
    }

    #[test]
    fn exclusive_shared() {
        assert_fires(
            Rule::ExclusiveShared,
            "The Stateful Runtime Environment will be offered both on Amazon Bedrock and on Azure.",
        );
    }
}
