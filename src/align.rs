//! Stage 3: which claims a sentence is about.
//!
//! A claim aligns with a sentence by what they share, each shared thing weighted by how
//! rare it is in the corpus: a shared figure or a rare name says far more than a shared
//! "OpenAI". Coverage is the share of the sentence's own weight that the claim explains.

use crate::claims::ClaimSet;
use crate::date::DateMention;
use crate::extract::Facts;
use crate::index::{keys, Key};
use crate::quantity::Quantity;
use crate::tuning::Tuning;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Alignment {
    pub claim: usize,
    pub score: f64,
    pub coverage: f64,
    pub shared_names: usize,
    pub shared_quantities: usize,
    pub shared_dates: usize,
    pub shared_terms: usize,
    /// See [`Alignment::same_event`].
    event: bool,
}

impl Alignment {
    /// Enough in common to say the sentence and the claim describe one event: a figure and
    /// a name, two names and a word, or much of the sentence explained.
    pub fn same_event(&self) -> bool {
        self.event
    }

    fn find_event(&mut self, tuning: &Tuning) {
        self.event = (self.shared_quantities >= 1 && self.shared_names >= 1)
            || self.shared_names >= 2 && self.shared_terms >= 1
            || (self.shared_names >= 1 && self.coverage >= tuning.same_event_named_coverage)
            || self.coverage >= tuning.same_event_coverage;
    }
}

/// The working lists of alignment, kept by a caller that aligns sentence after sentence so
/// each sentence reuses them: lists of one to thirteen KB allocated per sentence make the
/// allocator consolidate its free lists each time.
#[derive(Default)]
pub struct Scratch {
    /// One tally per claim, left zeroed by each sentence (allocating and zeroing it anew
    /// for every sentence would cost more than reading it).
    tally: Vec<Tally>,
    /// Every alignment's [`score_rank`], for finding the cut-off of [`Scratch::best_first`].
    scores: Vec<u64>,
    /// The [`rank`] of every alignment kept by [`Scratch::best_first`].
    order: Vec<u128>,
    /// The claims the last sentence aligned with, in claim order.
    all: Vec<Alignment>,
    /// Those [`Scratch::best_first`] kept, best first.
    kept: Vec<Alignment>,
}

impl Scratch {
    /// What [`align`] found, in claim order.
    pub fn all(&self) -> &[Alignment] {
        &self.all
    }

    /// What [`Scratch::best_first`] kept, best first.
    pub fn kept(&self) -> &[Alignment] {
        &self.kept
    }

    /// The alignments [`align`] found, best first, but only the `top` best and those
    /// `keep` accepts: what a caller will look at, into [`Scratch::kept`]. The `top` best
    /// are found by score alone, one integer per alignment; ties on the cut-off score go
    /// to the earlier claims, as `rank` orders them. Only what is kept is ranked, sorted
    /// and copied.
    pub fn best_first(&mut self, top: usize, keep: impl Fn(&Alignment) -> bool) {
        let Scratch {
            scores,
            order,
            all,
            kept,
            ..
        } = self;
        let (cutoff, mut tied_places) = cutoff(all, top, scores);
        order.clear();
        for (i, a) in all.iter().enumerate() {
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
        kept.extend(order.iter().map(|&key| all[key as u64 as usize].clone()));
    }
}

/// Claims that share anything with `facts`, in claim order (see [`best`] and
/// [`Scratch::best_first`]), into `scratch` (read with [`Scratch::all`]). Claims from
/// `skip_doc` are left out (used when the reference documents are checked against each
/// other).
pub fn align(facts: &Facts, set: &ClaimSet, skip_doc: Option<&str>, scratch: &mut Scratch) {
    scratch.tally.resize(set.claims.len(), Tally::default());
    align_with(facts, set, skip_doc, &mut scratch.tally, &mut scratch.all);
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

fn align_with(
    facts: &Facts,
    set: &ClaimSet,
    skip_doc: Option<&str>,
    shared: &mut [Tally],
    out: &mut Vec<Alignment>,
) {
    let tuning = &set.tuning;
    let sentence_keys = keys(facts);
    // Shared keys are summed through the index's posting lists: the cost follows what the
    // sentence shares, plus one pass over a tally per claim.
    let mut keys_weight = 0.0;
    for &key in &sentence_keys {
        let (weight, claims) = set.index.lookup(key, tuning.name_boost);
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
    let total = keys_weight
        + tuning.quantity_weight * quantities.len() as f64
        + tuning.date_weight * dates.len() as f64;
    if total == 0.0 {
        shared.fill(Tally::default());
        out.clear();
        return;
    }

    // A place for every claim, each written and kept or not by moving on: which claims
    // share a key follows no pattern, and a branch on it is mispredicted for a third or
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
            event: false,
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
            let known = || set.document_names.get(&set.claims[a.claim].doc);
            a.shared_quantities = shared_quantities(facts, &quantities, cf, known, tuning);
            a.shared_dates = shared_dates(&dates, cf);
            a.score += tuning.quantity_weight * a.shared_quantities as f64
                + tuning.date_weight * a.shared_dates as f64;
            a.coverage = a.score / total;
        }
    }
    for a in out.iter_mut() {
        a.find_event(tuning);
    }
}

/// How many of the sentence's asserted figures a claim's asserted figures agree with, or
/// tell the same quantity of whatever value: the same number in another unit ("11°F" for
/// "11°C"), or the same physical measure or count with a word about it in common ("more
/// than forty thousand runners finished", "37,120 of them finished") told of parties the
/// claim's document names (`known`): imports "from Lorvania", a party it never names, are
/// another event's.
fn shared_quantities<'a>(
    facts: &Facts,
    quantities: &[&Quantity],
    cf: &Facts,
    known: impl Fn() -> Option<&'a Vec<String>>,
    tuning: &Tuning,
) -> usize {
    let known_parties = |q: &Quantity| {
        let known = known();
        facts
            .participants(q.clause)
            .iter()
            .all(|m| known.is_some_and(|names| names.contains(&m.name)))
    };
    quantities
        .iter()
        .filter(|q| {
            cf.quantities.iter().any(|c| {
                cf.asserted(c.clause)
                    && (q.compatible(c)
                        || q.same_number(c)
                        || q.same_measure(c, tuning.measure_role_words) && known_parties(q))
            })
        })
        .count()
}

/// How many of the sentence's asserted dates can be compared with one of the claim's (a
/// calendar field or a weekday both state) without conflicting, or name the same calendar
/// day with another weekday: that day ties the two to one event, on which the judge then
/// finds the weekday wrong.
fn shared_dates(dates: &[&DateMention], cf: &Facts) -> usize {
    dates
        .iter()
        .filter(|d| {
            cf.dates
                .iter()
                .any(|c| !c.bound && (c.comparable(d) && !c.conflicts(d) || c.same_calendar_day(d)))
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
/// score, as `rank` orders them. Scores are positive and never NaN (`align` keeps only
/// those above zero), so comparing them directly orders them as their bits do.
pub fn best(alignments: &[Alignment]) -> Option<&Alignment> {
    alignments
        .iter()
        .reduce(|best, a| if a.score > best.score { a } else { best })
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

    fn aligned(sentence: &str, scratch: &mut Scratch) -> Vec<Alignment> {
        let set = crate::claim_set();
        let facts = extract(sentence, &set.lexicon, &mut Context::default());
        align(&facts, set, None, scratch);
        scratch.all().to_vec()
    }

    /// The per-claim tally is reused between sentences: what one sentence shared must not
    /// leak into the next, including after a sentence with nothing to weigh.
    #[test]
    fn each_sentence_starts_from_a_clean_tally() {
        let scratch = &mut Scratch::default();
        let first = aligned("Amazon will invest $50 billion in OpenAI.", scratch);
        assert!(!first.is_empty());
        aligned(
            "Microsoft hosts Frontier on Azure, and NVIDIA supplies the chips.",
            scratch,
        );
        assert!(aligned("...", scratch).is_empty());
        assert_eq!(
            aligned("Amazon will invest $50 billion in OpenAI.", scratch),
            first
        );
    }

    #[test]
    fn best_first_keeps_the_top_and_what_the_caller_asks_for() {
        let scratch = &mut Scratch::default();
        let all = aligned(
            "Amazon will invest $50 billion in OpenAI over seven years.",
            scratch,
        );
        let wanted = all.iter().map(|a| a.claim).max().unwrap();
        scratch.best_first(3, |a| a.claim == wanted);
        let kept = scratch.kept();
        assert!(kept.windows(2).all(|w| w[0].score >= w[1].score));
        assert_eq!(kept[0], *best(&all).unwrap());
        assert!(kept.len() <= 4 && kept.iter().any(|a| a.claim == wanted));
    }

    #[test]
    fn a_figure_and_a_name_in_common_are_one_event() {
        let scratch = &mut Scratch::default();
        let all = aligned("Amazon will invest $50 billion in OpenAI.", scratch);
        assert!(all
            .iter()
            .any(|a| a.shared_quantities > 0 && a.shared_names > 0 && a.same_event()));
        assert!(all
            .iter()
            .filter(|a| a.same_event())
            .all(|a| a.shared_names > 0 || a.coverage >= 0.6));
    }
}
