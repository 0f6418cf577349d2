//! A small, fast hasher for the short string keys of the lexicon and the claim index.
//!
//! The standard SipHash guards against hash flooding, which matters for maps fed by
//! untrusted keys; here every map is built from the curated lexicon and the seeds, and
//! the checked text only looks keys up, so a multiply-rotate hash (FxHash, as in rustc)
//! is safe and several times faster.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

/// The last bytes of a key (fewer than eight) as one word, read in at most two loads that
/// overlap rather than byte by byte (a copy of variable length would be a call to memcpy,
/// for every word looked up). Together the loads cover every byte, so with the length
/// (added by the caller) keys that differ give different words.
fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    let u32_at = |i: usize| u64::from(u32::from_le_bytes(rest[i..i + 4].try_into().unwrap()));
    match n {
        0 => 0,
        1..=3 => {
            let byte = |i: usize| u64::from(rest[i]);
            byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16
        }
        _ => u32_at(0) | u32_at(n - 4) << 32,
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().unwrap()));
        }
        // The last bytes as a zero-padded little-endian word, read byte by byte: a copy of
        // variable length would be a call to memcpy, for every word looked up.
        let rest = chunks.remainder();
        self.add(tail_word(rest) ^ (rest.len() as u64) << 56);
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
pub type FxSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_work_and_spread_keys() {
        let mut map: FxMap<String, usize> = FxMap::default();
        for i in 0..1000 {
            map.insert(format!("key {i}"), i);
        }
        assert_eq!(map.len(), 1000);
        assert_eq!(map["key 567"], 567);
        let hash = |s: &str| {
            let mut h = FxHasher::default();
            h.write(s.as_bytes());
            h.finish()
        };
        assert_ne!(hash("ab"), hash("ba"));
        assert_ne!(hash("a"), hash("a\0"));
    }
}
