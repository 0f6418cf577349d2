//! The claims by key: which claims give each name and content word, and how rare each is
//! in the corpus. Alignment weighs what a sentence shares with a claim by it.

use crate::extract::Facts;
use crate::hash::FxMap as HashMap;

/// What a claim or a sentence is indexed and weighed by: a participant's name or a
/// content word's concept. Names sort before terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Key<'a> {
    Name(&'a str),
    Term(&'a str),
}

/// The keys of `facts`, sorted and distinct.
pub fn keys(facts: &Facts) -> Vec<Key<'_>> {
    // Room for every key at once: reserving it costs less than growing the list as keys come.
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

    /// The weight of sharing `key` (its rarity, names counting `name_boost` times more) and the ids of the
    /// claims that have it, ascending.
    pub fn lookup(&self, key: Key, name_boost: f64) -> (f64, &[usize]) {
        let (rarity, claims) = self
            .posting(key)
            .map_or((self.unseen_rarity(), &[][..]), |p| {
                (p.rarity, &p.claims[..])
            });
        let weight = match key {
            Key::Name(_) => rarity * name_boost,
            Key::Term(_) => rarity,
        };
        (weight, claims)
    }
}

/// Inverse document frequency: `with` of `claims` claims have the key.
fn rarity(claims: usize, with: usize) -> f64 {
    (1.0 + claims as f64 / (with as f64 + 1.0)).ln()
}
