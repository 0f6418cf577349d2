//! Directions of change on the lexicon's axes: rose or fell, approved or blocked. Rules:
//! [`Rule::DirectionAgrees`], [`Rule::DirectionDiffers`].

use super::findings::Findings;
use crate::align::Alignment;
use crate::claims::ClaimSet;
use crate::extract::Facts;
use crate::finding::{Detail, FindingKind, Topic};
use crate::overlap::{people, share_party, shared_names};
use crate::rule::Rule;

/// A rise or a fall, judged against the best claim about the same event that moves the
/// same thing (shares, spending) of the same party.
pub(super) fn compare(facts: &Facts, set: &ClaimSet, related: &[&Alignment], out: &mut Findings) {
    for (ci, clause) in facts.clauses.iter().enumerate() {
        // A denied move ("didn't fall") is no move either way.
        let Some(dir) = clause
            .direction
            .filter(|_| clause.asserts() && !clause.negated)
        else {
            continue;
        };
        let terms_of = |c: usize| -> Vec<&str> {
            facts
                .terms
                .iter()
                .filter(|t| t.clause == c && !t.light)
                .map(|t| t.concept.as_str())
                .collect()
        };
        // "Amazon's shares gained 5%, while Microsoft gained 3%": a clause that names no
        // subject of its own moves what the sentence's other moving clauses do.
        let mut my_terms = terms_of(ci);
        if my_terms.is_empty() {
            my_terms = (0..facts.clauses.len())
                .filter(|&c| c != ci && facts.clauses[c].direction.is_some())
                .flat_map(terms_of)
                .collect();
        }
        let mine = facts.participants(ci);
        let judged = related.iter().filter(|a| a.same_event()).find_map(|a| {
            let claim = &set.claims[a.claim];
            claim
                .facts
                .clauses
                .iter()
                .enumerate()
                .find_map(|(cj, theirs)| {
                    let other = theirs
                        .direction
                        .filter(|o| theirs.asserts() && !theirs.negated && o.axis == dir.axis)?;
                    // What moves: a word both clauses share that can move on the axis
                    // (where the axis lists such words: "shares", not "marina" in "a surge
                    // flooded the marina" against "rain fell … seawater into the marina"), or two names ("the FDA rejected Kisunla").
                    let movable = set.lexicon.movables.get(usize::from(dir.axis));
                    let moves = |concept: &str| {
                        movable.is_none_or(|m| {
                            m.is_empty()
                                || m.iter().any(|w| {
                                    w == concept || set.lexicon.concept_of_word(w) == concept
                                })
                        })
                    };
                    let subject = claim.facts.terms.iter().any(|t| {
                        t.clause == cj
                            && my_terms.contains(&t.concept.as_str())
                            && moves(&t.concept)
                    }) || shared_names(facts, ci, &claim.facts, cj) >= 2;
                    // Who decides may be a person ("Biden blocked the deal").
                    let same_person = people(facts, ci)
                        .any(|p| people(&claim.facts, cj).any(|q| q.name == p.name));
                    let party = share_party(&mine, &claim.facts.participants(cj)) || same_person;
                    (subject && party).then_some((claim, other))
                })
        });
        match judged {
            Some((claim, other)) if other == dir => out.push(
                FindingKind::Agrees,
                Rule::DirectionAgrees,
                claim.id,
                Topic::Direction(ci),
                Detail::DirectionAgrees { direction: dir },
            ),
            Some((claim, other)) => out.push(
                FindingKind::Differs,
                Rule::DirectionDiffers,
                claim.id,
                Topic::Direction(ci),
                Detail::DirectionDiffers {
                    mine: dir,
                    theirs: other,
                },
            ),
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::judge::assert_fires;
    use crate::rule::Rule;

    #[test]
    fn direction_agrees() {
        assert_fires(
            Rule::DirectionAgrees,
            "Microsoft's stock dropped in after-hours trading after Amazon's announcement.",
        );
    }

    /// A word both clauses share that cannot move ("marina") does not make a storm's
    /// surge a rise against its rain that fell: a corpus of its own.
    #[test]
    fn only_what_can_move_ties_two_directions() {
        let set = crate::judge::corpus(&[(
            "storm.txt",
            "Some 300 mm of rain fell on Kelby over two days, and a tidal surge of about 2 \
             metres drove seawater into the marina.",
        )]);
        crate::judge::assert_not_fires_in(
            &set,
            Rule::DirectionDiffers,
            "A surge some two metres high drove seawater into the Kelby marina.",
        );
    }

    #[test]
    fn direction_differs() {
        assert_fires(
            Rule::DirectionDiffers,
            "Microsoft's stock rose in after-hours trading after Amazon's announcement.",
        );
    }
}
