//! What a sentence adds: names and rare words the related claims do not have. Rules:
//! [`Rule::NewName`], [`Rule::NewWords`].

use super::findings::Findings;
use crate::align::Alignment;
use crate::claims::ClaimSet;
use crate::extract::Facts;
use crate::finding::{Detail, FindingKind, Topic};
use crate::index::Key;
use crate::quantity::Measure;
use crate::rule::Rule;

/// Names and rare words the related claims do not have: what the sentence adds.
pub(super) fn compare(facts: &Facts, set: &ClaimSet, related: &[&Alignment], out: &mut Findings) {
    let tuning = &set.tuning;
    let best = &set.claims[related[0].claim];
    let known_names = set.document_names.get(&best.doc);
    let in_related = |name: &str| {
        related
            .iter()
            .any(|a| set.claim_names(a.claim).iter().any(|n| n == name))
    };
    // Who reports it ("according to WinBuzzer") is attribution, not a detail of the event.
    let reported = |name: &str| facts.mentions.iter().all(|m| m.name != name || m.source);
    for name in facts.names().filter(|n| !reported(n)) {
        if !in_related(name) && !known_names.is_some_and(|n| n.iter().any(|x| x == name)) {
            out.push(
                FindingKind::Adds,
                Rule::NewName,
                best.id,
                Topic::Detail,
                Detail::NewName {
                    name: name.to_string(),
                },
            );
        }
    }
    let mut residual: Vec<std::ops::Range<usize>> = Vec::new();
    let mut weight = 0.0;
    for t in facts
        .terms
        .iter()
        .filter(|t| facts.asserted(t.clause) && !t.light)
    {
        // A word the claim uses to count or to say what a figure is ("two tranches") is
        // read into the figure, not into its terms; one inside a name it gives ("a
        // stateful runtime environment", the product) is read into the name.
        let covered = related.iter().any(|a| {
            let cf = &set.claims[a.claim].facts;
            cf.terms.iter().any(|c| c.concept == t.concept)
                || cf.quantities.iter().any(|q| {
                    q.roles.contains(&t.concept)
                        || matches!(&q.measure, Measure::Count(noun) if *noun == t.concept)
                })
                || set.name_stems(a.claim).contains(&t.concept)
                || relation_word(facts, &t.concept, cf)
        });
        if !covered {
            residual.push(t.span.clone());
            weight += set.index.rarity(Key::Term(&t.concept));
        }
    }
    // Unexplained words side by side name a thing ("a bridge loan", "a board observer
    // seat"); scattered ones are more often the sentence's own way of saying what the
    // claim says ("steered clear of … teaming up"), so they take more of them.
    residual.sort_by_key(|span| span.start);
    let side_by_side = residual
        .windows(2)
        .any(|pair| pair[1].start.saturating_sub(pair[0].end) <= 1);
    let enough = residual.len() >= tuning.new_detail_scattered_words
        || side_by_side && residual.len() >= tuning.new_detail_words;
    if enough && weight >= tuning.new_detail_weight {
        out.push(
            FindingKind::Adds,
            Rule::NewWords,
            best.id,
            Topic::Detail,
            Detail::NewWords { words: residual },
        );
    }
}

/// Whether `concept` is a word that gives one of the sentence's relations (`crate::frame`)
/// that the claim states too, of a party of the sentence's: "OpenAI is the buyer" against
/// the claim's "OpenAI's purchases" says nothing new.
fn relation_word(facts: &Facts, concept: &str, claim: &Facts) -> bool {
    facts.frames.iter().any(|f| {
        f.words.iter().any(|w| w == concept)
            && claim.frames.iter().any(|c| {
                c.relation == f.relation
                    && c.fillers
                        .iter()
                        .any(|y| f.fillers.iter().any(|x| x.same_party(y)))
            })
    })
}

#[cfg(test)]
mod tests {
    use crate::judge::assert_fires;
    use crate::rule::Rule;

    #[test]
    fn new_name() {
        assert_fires(
            Rule::NewName,
            "Amazon will invest $50 billion in OpenAI, with Goldman Sachs advising.",
        );
    }

    /// Unexplained words side by side name a new thing; as many scattered through the
    /// sentence are its own wording. Read on a corpus of its own and on the seeds.
    #[test]
    fn new_words_side_by_side() {
        let set = crate::judge::corpus(&[(
            "pier.txt",
            "The town council of Harwick approved a £4 million repair of the pier in March. \
             Work on the pier starts in May and should take eight months. The pier, built \
             in 1871, has been closed since a storm damaged its deck in 2023. Councillor \
             Rhona Weir said the repair would keep the pier open for another fifty years. \
             The council will also resurface the promenade next year.",
        )]);
        crate::judge::assert_fires_in(
            &set,
            Rule::NewWords,
            "Harwick's £4 million pier repair is funded by a heritage lottery grant.",
        );
        crate::judge::assert_not_fires_in(
            crate::claim_set(),
            Rule::NewWords,
            "With its $50 billion commitment to OpenAI, Amazon pulled off a coup.",
        );
    }

    #[test]
    fn new_words() {
        assert_fires(
            Rule::NewWords,
            "Amazon will invest $50 billion in OpenAI to build hydroelectric turbines beside glaciers.",
        );
    }
}
