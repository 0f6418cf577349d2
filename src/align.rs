//! Stage 3: which claims a sentence is about.
//!
//! A claim aligns with a sentence by what they share, each shared thing weighted by how
//! rare it is in the corpus: a shared figure or a rare name says far more than a shared
//! "OpenAI". Coverage is the share of the sentence's own weight that the claim explains.

use crate::claims::ClaimSet;
use crate::date::DateMention;
use crate::extract::Facts;
use crate::hash::FxMap as HashMap;
use crate::quantity::Quantity;

/// Weight of a figure or a date that both sides state compatibly.
const QUANTITY_WEIGHT: f64 = 3.0;
const DATE_WEIGHT: f64 = 1.5;
/// Names count more than ordinary words of the same rarity.
const NAME_BOOST: f64 = 1.5;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Alignment {
    pub claim: usize,
    pub score: f64,
    pub coverage: f64,
    pub shared_names: usize,
    pub shared_quantities: usize,
    pub shared_dates: usize,
    pub shared_terms: usize,
}

impl Alignment {
    /// Enough in common to say the sentence and the claim describe one event.
    pub fn same_event(&self) -> bool {
        (self.shared_quantities >= 1 && self.shared_names >= 1)
            || self.shared_names >= 2 && self.shared_terms >= 1
            || (self.shared_names >= 1 && self.coverage >= 0.5)
            || self.coverage >= 0.6
    }
}

/// What a claim or a sentence is indexed and weighed by: a participant's name or a
/// content word's concept. Names sort before terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Key<'a> {
    Name(&'a str),
    Term(&'a str),
}

/// The keys of `facts`, sorted and distinct.
pub fn keys(facts: &Facts) -> Vec<Key<'_>> {
    // Room for every key at once: growing the list as keys come cost more than sorting it.
    let mut keys: Vec<Key> = Vec::with_capacity(facts.mentions.len() + facts.terms.len());
    keys.extend(facts.names().map(Key::Name));
    keys.extend(
        facts
            .terms
            .iter()
            .filter(|t| !t.light)
            .map(|t| Key::Term(&t.concept)),
    );
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// Which claims have each key, and how rare each key is in the corpus. Derived from the
/// claims (`ClaimSet::prepare`), so the embedded claim set does not carry it.
#[derive(Clone, Debug, Default)]
pub struct KeyIndex {
    claims: usize,
    names: HashMap<String, Posting>,
    terms: HashMap<String, Posting>,
}

#[derive(Clone, Debug, Default)]
struct Posting {
    /// The key's rarity, worked out once.
    rarity: f64,
    claims: Vec<usize>,
}

impl KeyIndex {
    /// Indexes the facts of every claim, by claim id (position).
    pub fn build<'a>(claims: impl ExactSizeIterator<Item = &'a Facts>) -> KeyIndex {
        let mut index = KeyIndex {
            claims: claims.len(),
            ..KeyIndex::default()
        };
        for (id, facts) in claims.enumerate() {
            for key in keys(facts) {
                let (map, text) = match key {
                    Key::Name(name) => (&mut index.names, name),
                    Key::Term(concept) => (&mut index.terms, concept),
                };
                match map.get_mut(text) {
                    Some(posting) => posting.claims.push(id),
                    None => {
                        let posting = Posting {
                            rarity: 0.0,
                            claims: vec![id],
                        };
                        map.insert(text.to_string(), posting);
                    }
                }
            }
        }
        let claims = index.claims;
        for posting in index.names.values_mut().chain(index.terms.values_mut()) {
            posting.rarity = rarity(claims, posting.claims.len());
        }
        index
    }

    fn posting(&self, key: Key) -> Option<&Posting> {
        match key {
            Key::Name(name) => self.names.get(name),
            Key::Term(concept) => self.terms.get(concept),
        }
    }

    /// How rare `key` is among the claims: the rarer, the more sharing it says.
    pub fn rarity(&self, key: Key) -> f64 {
        self.posting(key)
            .map_or_else(|| self.unseen_rarity(), |p| p.rarity)
    }

    /// The rarity of a key no claim has.
    pub fn unseen_rarity(&self) -> f64 {
        rarity(self.claims, 0)
    }

    /// The weight of sharing `key` (its rarity, names counting more) and the ids of the
    /// claims that have it, ascending.
    fn lookup(&self, key: Key) -> (f64, &[usize]) {
        let (rarity, claims) = self
            .posting(key)
            .map_or((self.unseen_rarity(), &[][..]), |p| {
                (p.rarity, &p.claims[..])
            });
        let weight = match key {
            Key::Name(_) => rarity * NAME_BOOST,
            Key::Term(_) => rarity,
        };
        (weight, claims)
    }
}

/// Inverse document frequency: `with` of `claims` claims have the key.
fn rarity(claims: usize, with: usize) -> f64 {
    (1.0 + claims as f64 / (with as f64 + 1.0)).ln()
}

/// Claims that share anything with `facts`, in claim order (see [`best`] and
/// [`best_first`]), into `out` (its contents replaced: a caller aligning sentence after
/// sentence reuses one list, where a new one per sentence was a large allocation each
/// time). Claims from `skip_doc` are left out (used when the seeds are checked against
/// each other).
pub fn align(facts: &Facts, set: &ClaimSet, skip_doc: Option<&str>, out: &mut Vec<Alignment>) {
    TALLY.with_borrow_mut(|shared| {
        shared.resize(set.claims.len(), Tally::default());
        align_with(facts, set, skip_doc, shared, out);
    });
}

/// What a claim shares with the sentence: the summed weight of shared keys, and how many
/// are names and how many terms.
#[derive(Clone, Copy, Default)]
struct Tally {
    weight: f64,
    /// Counts of a sentence's keys: `u32` keeps a tally to 16 bytes, and the pass over
    /// every claim's tally reads and clears less.
    names: u32,
    terms: u32,
}

thread_local! {
    /// One tally per claim, kept between sentences and left zeroed by each (allocating and
    /// zeroing it anew for every sentence cost more than reading it).
    static TALLY: std::cell::RefCell<Vec<Tally>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn align_with(
    facts: &Facts,
    set: &ClaimSet,
    skip_doc: Option<&str>,
    shared: &mut [Tally],
    out: &mut Vec<Alignment>,
) {
    let sentence_keys = keys(facts);
    // Shared keys are summed through the index's posting lists: the cost follows what the
    // sentence shares, plus one pass over a tally per claim.
    let mut keys_weight = 0.0;
    for &key in &sentence_keys {
        let (weight, claims) = set.index.lookup(key);
        keys_weight += weight;
        // A place says where, not who: a shared "Seattle" weighs as a name but counts as a
        // word, so rain in Seattle on the day of a deal is not the deal.
        let name = matches!(key, Key::Name(n) if !facts.names_a_place(n));
        for &id in claims {
            let entry = &mut shared[id];
            entry.weight += weight;
            if name {
                entry.names += 1;
            } else {
                entry.terms += 1;
            }
        }
    }

    let quantities: Vec<_> = facts
        .quantities
        .iter()
        .filter(|q| facts.asserted(q.clause))
        .collect();
    let dates: Vec<_> = facts
        .dates
        .iter()
        .filter(|d| !d.bound && facts.asserted(d.clause))
        .collect();
    let total =
        keys_weight + QUANTITY_WEIGHT * quantities.len() as f64 + DATE_WEIGHT * dates.len() as f64;
    if total == 0.0 {
        shared.fill(Tally::default());
        out.clear();
        return;
    }

    // A place for every claim, each written and kept or not by moving on: which claims
    // share a key follows no pattern, and a branch on it was mispredicted for a third or
    // more of the claims. The list is reused, so only what the last sentence dropped is
    // filled anew.
    out.resize(shared.len(), Alignment::default());
    let mut kept = 0;
    // Every claim that shares a key, in id order, weighed first by its keys alone.
    for (id, tally) in shared.iter_mut().enumerate() {
        let Tally {
            weight,
            names,
            terms,
        } = std::mem::take(tally);
        out[kept] = Alignment {
            claim: id,
            score: weight,
            coverage: 0.0,
            shared_names: names as usize,
            shared_quantities: 0,
            shared_dates: 0,
            shared_terms: terms as usize,
        };
        let skipped = skip_doc.is_some_and(|doc| doc == set.claims[id].doc);
        kept += usize::from((names + terms > 0) & !skipped);
    }
    out.truncate(kept);
    // Worked out for the claims kept only, in a pass of divisions alone.
    for a in out.iter_mut() {
        a.coverage = a.score / total;
    }
    // Most sentences state no figure and no date: only the others need a second look at
    // every aligned claim.
    if !quantities.is_empty() || !dates.is_empty() {
        for a in out.iter_mut() {
            let cf = &set.claims[a.claim].facts;
            a.shared_quantities = shared_quantities(&quantities, cf);
            a.shared_dates = shared_dates(&dates, cf);
            a.score +=
                QUANTITY_WEIGHT * a.shared_quantities as f64 + DATE_WEIGHT * a.shared_dates as f64;
            a.coverage = a.score / total;
        }
    }
}

/// How many of the sentence's asserted figures a claim's asserted figures agree with.
fn shared_quantities(quantities: &[&Quantity], cf: &Facts) -> usize {
    quantities
        .iter()
        .filter(|q| {
            cf.quantities
                .iter()
                .any(|c| cf.asserted(c.clause) && q.compatible(c))
        })
        .count()
}

/// How many of the sentence's asserted dates can be compared with one of the claim's (a
/// calendar field or a weekday both state) without conflicting.
fn shared_dates(dates: &[&DateMention], cf: &Facts) -> usize {
    dates
        .iter()
        .filter(|d| {
            cf.dates
                .iter()
                .any(|c| !c.bound && c.comparable(d) && !c.conflicts(d))
        })
        .count()
}

/// The order of alignments: by score, best first, then by claim. Scores are positive, so
/// their bits sort as they do; inverted, they sort best first. `position` breaks ties, and
/// is the claim order for alignments kept in the order [`align`] returns them.
fn rank(position: usize, a: &Alignment) -> u128 {
    u128::from(score_rank(a)) << 64 | position as u128
}

/// The score part of [`rank`]: the smaller, the better.
fn score_rank(a: &Alignment) -> u64 {
    !a.score.to_bits()
}

/// The best of `alignments` (as [`align`] returns them): the first with the highest
/// score, as [`rank`] orders them. Scores are positive and never NaN (`align` keeps only
/// those above zero), so comparing them directly orders them as their bits do.
pub fn best(alignments: &[Alignment]) -> Option<&Alignment> {
    alignments
        .iter()
        .reduce(|best, a| if a.score > best.score { a } else { best })
}

/// `alignments` (as [`align`] returns them) best first, but only the `top` best and those
/// `keep` accepts: what a caller will look at, into `kept` (emptied first, like `align`'s
/// list). The `top` best are found by score alone, one integer per alignment; ties on the
/// cut-off score go to the earlier claims, as [`rank`] orders them. Only what is kept is
/// ranked, sorted and copied.
pub fn best_first(
    alignments: &[Alignment],
    top: usize,
    keep: impl Fn(&Alignment) -> bool,
    kept: &mut Vec<Alignment>,
) {
    RANKING.with_borrow_mut(|Ranking { scores, order }| {
        let (cutoff, mut tied_places) = cutoff(alignments, top, scores);
        order.clear();
        for (i, a) in alignments.iter().enumerate() {
            let score = score_rank(a);
            let tied_in = score == cutoff && tied_places > 0;
            if tied_in {
                tied_places -= 1;
            }
            if score < cutoff || tied_in || keep(a) {
                order.push(rank(i, a));
            }
        }
        order.sort_unstable();
        kept.clear();
        kept.extend(
            order
                .iter()
                .map(|&key| alignments[key as u64 as usize].clone()),
        );
    });
}

/// The working lists of [`best_first`], kept between sentences like [`TALLY`]: for a
/// sentence aligned with many claims each was an allocation of a KB or more.
#[derive(Default)]
struct Ranking {
    /// Every alignment's [`score_rank`], for finding the cut-off.
    scores: Vec<u64>,
    /// The [`rank`] of every alignment kept.
    order: Vec<u128>,
}

thread_local! {
    static RANKING: std::cell::RefCell<Ranking> = std::cell::RefCell::default();
}

/// The [`score_rank`] of the alignment in place `top` (best first), and how many of those
/// scoring just that are among the `top` best: the first ones in claim order fill the
/// places the better ones leave. With `top` alignments or fewer, all are among them.
/// `scores` is working room.
fn cutoff(alignments: &[Alignment], top: usize, scores: &mut Vec<u64>) -> (u64, usize) {
    if top >= alignments.len() {
        return (u64::MAX, usize::MAX);
    }
    scores.clear();
    scores.extend(alignments.iter().map(score_rank));
    let (better, &mut cutoff, _) = scores.select_nth_unstable(top);
    let tied_places = top - better.iter().filter(|&&s| s < cutoff).count();
    (cutoff, tied_places)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{extract, Context};

    fn aligned(sentence: &str) -> Vec<Alignment> {
        let set = crate::claim_set();
        let facts = extract(sentence, &set.lexicon, &mut Context::default());
        let mut out = Vec::new();
        align(&facts, set, None, &mut out);
        out
    }

    /// The per-claim tally is reused between sentences: what one sentence shared must not
    /// leak into the next, including after a sentence with nothing to weigh.
    #[test]
    fn each_sentence_starts_from_a_clean_tally() {
        let first = aligned("Amazon will invest $50 billion in OpenAI.");
        assert!(!first.is_empty());
        aligned("Microsoft hosts Frontier on Azure, and NVIDIA supplies the chips.");
        assert!(aligned("...").is_empty());
        assert_eq!(aligned("Amazon will invest $50 billion in OpenAI."), first);
    }

    #[test]
    fn best_first_keeps_the_top_and_what_the_caller_asks_for() {
        let all = aligned("Amazon will invest $50 billion in OpenAI over seven years.");
        let wanted = all.iter().map(|a| a.claim).max().unwrap();
        let mut kept = Vec::new();
        best_first(&all, 3, |a| a.claim == wanted, &mut kept);
        assert!(kept.windows(2).all(|w| w[0].score >= w[1].score));
        assert_eq!(kept[0], *best(&all).unwrap());
        assert!(kept.len() <= 4 && kept.iter().any(|a| a.claim == wanted));
    }
}
