//! Stage 3: which claims a sentence is about.
//!
//! A claim aligns with a sentence by what they share, each shared thing weighted by how
//! rare it is in the corpus: a shared figure or a rare name says far more than a shared
//! "OpenAI". Coverage is the share of the sentence's own weight that the claim explains.

use crate::claims::ClaimSet;
use crate::extract::Facts;
use crate::hash::FxMap as HashMap;

/// Weight of a figure or a date that both sides state compatibly.
const QUANTITY_WEIGHT: f64 = 3.0;
const DATE_WEIGHT: f64 = 1.5;
/// Names count more than ordinary words of the same rarity.
const NAME_BOOST: f64 = 1.5;

#[derive(Clone, Debug, PartialEq)]
pub struct Alignment {
    pub claim: usize,
    pub score: f64,
    pub coverage: f64,
    pub shared_names: usize,
    pub shared_quantities: usize,
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

/// Document frequencies over the claim set: how rare each name and concept is.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Weights {
    pub claims: usize,
    pub frequency: HashMap<String, usize>,
}

impl Weights {
    pub fn of(&self, key: &str) -> f64 {
        let df = self.frequency.get(key).copied().unwrap_or(0) as f64;
        (1.0 + self.claims as f64 / (df + 1.0)).ln()
    }
}

pub fn name_key(name: &str) -> String {
    format!("e:{name}")
}

pub fn term_key(concept: &str) -> String {
    format!("t:{concept}")
}

/// The keys under which a claim (or sentence) is indexed and weighed.
pub fn keys(facts: &Facts) -> Vec<String> {
    let mut keys: Vec<String> = facts.names().into_iter().map(name_key).collect();
    keys.extend(
        facts
            .terms
            .iter()
            .filter(|t| !t.light)
            .map(|t| term_key(&t.concept)),
    );
    keys.sort();
    keys.dedup();
    keys
}

/// Claims that share anything with `facts`, best first. Claims from `skip_doc` are left
/// out (used when the seeds are checked against each other).
pub fn align(facts: &Facts, set: &ClaimSet, skip_doc: Option<&str>) -> Vec<Alignment> {
    let sentence_keys = keys(facts);
    // Shared keys are summed through the index's posting lists: the cost follows what the
    // sentence shares, not the size of the claim set.
    let mut shared: Vec<(f64, usize, usize)> = vec![(0.0, 0, 0); set.claims.len()];
    let mut candidates: Vec<usize> = Vec::new();
    for k in &sentence_keys {
        let weight = key_weight(set, k);
        let name = k.starts_with("e:");
        for &id in set.claims_with(k) {
            let entry = &mut shared[id];
            if entry.0 == 0.0 {
                candidates.push(id);
            }
            entry.0 += weight;
            if name {
                entry.1 += 1;
            } else {
                entry.2 += 1;
            }
        }
    }
    candidates.sort_unstable();

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
    let total: f64 = sentence_keys
        .iter()
        .map(|k| key_weight(set, k))
        .sum::<f64>()
        + QUANTITY_WEIGHT * quantities.len() as f64
        + DATE_WEIGHT * dates.len() as f64;
    if total == 0.0 {
        return Vec::new();
    }

    let mut out = Vec::new();
    for id in candidates {
        let claim = &set.claims[id];
        if skip_doc == Some(claim.doc.as_str()) {
            continue;
        }
        let (mut score, shared_names, shared_terms) = shared[id];
        let cf = &claim.facts;
        let shared_quantities = quantities
            .iter()
            .filter(|q| {
                cf.quantities
                    .iter()
                    .any(|c| cf.asserted(c.clause) && q.compatible(c))
            })
            .count();
        let shared_dates = dates
            .iter()
            .filter(|d| {
                cf.dates
                    .iter()
                    .any(|c| !c.bound && c.comparable(d) && !c.conflicts(d))
            })
            .count();
        score += QUANTITY_WEIGHT * shared_quantities as f64 + DATE_WEIGHT * shared_dates as f64;
        if score > 0.0 {
            out.push(Alignment {
                claim: id,
                score,
                coverage: score / total,
                shared_names,
                shared_quantities,
                shared_terms,
            });
        }
    }
    out.sort_unstable_by(|a, b| b.score.total_cmp(&a.score).then(a.claim.cmp(&b.claim)));
    out
}

fn key_weight(set: &ClaimSet, key: &str) -> f64 {
    let w = set.weights.of(key);
    if key.starts_with("e:") {
        w * NAME_BOOST
    } else {
        w
    }
}
