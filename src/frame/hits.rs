//! The frame words and light verbs of a sentence, found through the [`FrameLexicon`]'s
//! index: the starting points of the reading.

use super::table::{Entry, FrameLexicon};
use crate::lexicon::{class, Phrase};
use crate::token::{Token, TokenKind};
use std::ops::Range;

/// A frame word or a light verb found in the sentence.
pub(super) struct Hit<'l> {
    pub(super) tokens: Range<usize>,
    pub(super) clause: usize,
    /// The rows of a frame word (the lexicon's list); empty for a light verb alone.
    pub(super) rows: &'l [usize],
    /// A light verb, lending its object (`Some(true)`) or its subject.
    pub(super) light: Option<bool>,
}

/// Frame words and light verbs, longest phrase first at each token.
#[inline(never)]
pub(super) fn find_hits<'l>(
    tokens: &[Token],
    fl: &'l FrameLexicon,
    clauses: &[Range<usize>],
) -> Vec<Hit<'l>> {
    let clause_of = |k: usize| clauses.iter().position(|c| c.contains(&k)).unwrap_or(0);
    let mut hits = Vec::with_capacity(8);
    let mut k = 0;
    while k < tokens.len() {
        let t = &tokens[k];
        if t.kind != TokenKind::Word || !t.may(class::FRAME) {
            k += 1;
            continue;
        }
        let Some(entries) = fl.index.get(t.lower()) else {
            k += 1;
            continue;
        };
        let matches = |p: &Phrase| {
            k + p.len() <= tokens.len()
                && tokens[k..k + p.len()]
                    .iter()
                    .zip(p)
                    .all(|(t, w)| t.lower() == w)
        };
        // The longest phrase that matches ("held off" before "held"), read as a frame
        // word, a light verb or both ("bought").
        let Some(len) = entries
            .iter()
            .filter(|(p, _)| matches(p))
            .map(|(p, _)| p.len())
            .max()
        else {
            k += 1;
            continue;
        };
        let mut hit = Hit {
            tokens: k..k + len,
            clause: clause_of(k),
            rows: &[],
            light: None,
        };
        for (_, entry) in entries.iter().filter(|(p, _)| p.len() == len && matches(p)) {
            match entry {
                Entry::Rows(rows) => hit.rows = rows,
                Entry::Light(object) => hit.light = Some(*object),
            }
        }
        k += len;
        hits.push(hit);
    }
    hits
}
