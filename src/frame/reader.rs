//! The `Reader` that reads the slots of frame words in one sentence, with its limits and
//! what it asks of single tokens: whether a token is a party, a modifier, a coordinator,
//! which word governs a stretch, and how far a frame word's clause reaches.

use super::hits::Hit;
use super::table::{FrameLexicon, WordKind};
use crate::entity::Mention;
use crate::lexicon::{EntityClass, Lexicon};
use crate::token::{Token, TokenKind};
use std::ops::Range;

/// Reads the slots of frame words in one sentence.
pub(super) struct Reader<'a, 't, 'l> {
    pub(super) tokens: &'a [Token<'t>],
    pub(super) lexicon: &'a Lexicon,
    pub(super) fl: &'a FrameLexicon,
    pub(super) mentions: &'a [Mention],
    pub(super) clauses: &'a [Range<usize>],
    pub(super) hits: &'a [Hit<'l>],
    /// How each hit is read ([`Reader::kind`]).
    pub(super) kinds: Vec<WordKind>,
}

/// How many words (besides determiners) may stand between a preposition and its name
/// ("to the new Orrin Labs"), and between a verb and its object ("sold forward Ilias
/// Marenko", "rent OpenAI's servers", "lent Orrin $200 million").
pub(super) const PREPOSITION_GAP: usize = 2;
pub(super) const OBJECT_GAP: usize = 5;
/// How many words may stand between a possessive and its noun ("Amazon's recent $50
/// billion investment").
pub(super) const POSSESSIVE_GAP: usize = 6;
/// How far after a role noun a name may stand in one of its prepositions' slots.
pub(super) const ROLE_REACH: usize = 4;

impl Reader<'_, '_, '_> {
    pub(super) fn word(&self, k: usize) -> &str {
        self.tokens[k].lower()
    }

    fn is_hit(&self, k: usize) -> bool {
        self.hits
            .iter()
            .any(|h| !h.rows.is_empty() && h.tokens.contains(&k))
    }

    pub(super) fn is_coordinator(&self, k: usize) -> bool {
        let w = self.word(k);
        w == "&" || self.lexicon.coordinators.contains(w) || w == "but"
    }

    /// A party: a mention of any class but a place, taking part (no source), named (not
    /// "the company").
    pub(super) fn party(&self, m: usize) -> bool {
        let m = &self.mentions[m];
        m.class != EntityClass::Place && !m.source && !m.referred
    }

    /// A possessive right before another party's name modifies it ("Moravek's Civic
    /// Renewal Party", "Amazon's AWS"): the name after it is the filler.
    #[inline(never)]
    pub(super) fn modifier(&self, m: usize) -> bool {
        let mention = &self.mentions[m];
        mention.possessive
            && self
                .mentions
                .iter()
                .enumerate()
                .any(|(j, n)| j != m && n.tokens.start == mention.tokens.end + 1 && self.party(j))
    }

    /// A plain word that may stand between a preposition or a verb and its name: a
    /// lower-case word that is no preposition, frame word, form of "be" or coordinator.
    #[inline(never)]
    pub(super) fn plain(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        let w = t.lower();
        t.kind == TokenKind::Word
            && !t.capital
            && !self.fl.prepositions.contains(w)
            && !self.fl.be.contains(w)
            && !self.fl.verb_cues.contains(w)
            && !self.fl.relatives.contains(w)
            && !self.is_coordinator(k)
            && !self.is_hit(k)
    }

    /// The preposition a name at token `start` stands after, over determiners and up to
    /// [`PREPOSITION_GAP`] plain words, within its clause.
    #[inline(never)]
    pub(super) fn governor(&self, start: usize, clause_start: usize) -> Option<&str> {
        let mut gap = 0;
        let mut j = start;
        while j > clause_start {
            j -= 1;
            let w = self.word(j);
            if self.fl.prepositions.contains(w) {
                return Some(w);
            }
            if self.fl.determiners.contains(w) {
                continue;
            }
            if !self.plain(j) || gap == PREPOSITION_GAP {
                return None;
            }
            gap += 1;
        }
        None
    }

    /// Parties whose names lie in `range`, in order.
    pub(super) fn parties_in(&self, range: Range<usize>) -> impl Iterator<Item = usize> + '_ {
        (0..self.mentions.len()).filter(move |&m| {
            let t = &self.mentions[m].tokens;
            t.start >= range.start && t.end <= range.end && self.party(m)
        })
    }

    /// Whether "and" at `k` joins two names ("Nvidia and SoftBank") rather than two verbs.
    #[inline(never)]
    pub(super) fn joins_names(&self, k: usize) -> bool {
        let before = self.mentions.iter().any(|m| {
            m.tokens.end == k || m.possessive && m.tokens.end + 1 == k && self.word(k) != "&"
        });
        let mut j = k + 1;
        while j < self.tokens.len() && self.fl.determiners.contains(self.word(j)) {
            j += 1;
        }
        before && self.mentions.iter().any(|m| m.tokens.start == j)
    }

    /// The parties joined to party `m` by "and" or commas, in the direction `forward`.
    #[inline(never)]
    pub(super) fn coordinated(&self, m: usize, forward: bool) -> Vec<usize> {
        // Only commas, coordinators and determiners between two names, and one of the
        // first two at least.
        let linked = |a: usize, b: usize| {
            let gap = self.mentions[a].tokens.end..self.mentions[b].tokens.start;
            !gap.is_empty()
                && gap
                    .clone()
                    .any(|k| self.word(k) == "," || self.is_coordinator(k))
                && gap.clone().all(|k| {
                    let w = self.word(k);
                    w == "," || self.is_coordinator(k) || self.fl.determiners.contains(w)
                })
        };
        let mut out = vec![m];
        let mut cur = m;
        loop {
            let next = if forward {
                cur + 1
            } else {
                match cur.checked_sub(1) {
                    Some(n) => n,
                    None => break,
                }
            };
            let joined = next < self.mentions.len()
                && self.party(next)
                && if forward {
                    linked(cur, next)
                } else {
                    linked(next, cur)
                };
            if !joined {
                break;
            }
            out.push(next);
            cur = next;
        }
        out
    }

    /// Whether the frame word `hit` is read as a verb, a noun or a role noun here.
    #[inline(never)]
    pub(super) fn kind(&self, hit: &Hit) -> WordKind {
        let has = |kind| hit.rows.iter().any(|&r| self.fl.rows[r].kind == kind);
        let start = hit.tokens.start;
        let prev = start.checked_sub(1).map(|p| &self.tokens[p]);
        let prev_word = prev.map_or("", |t| t.lower());
        // "the use of", "a sign", "its own", "Microsoft's lead": a noun's place.
        let noun_place = prev.is_some_and(|t| {
            self.fl.determiners.contains(t.lower())
                || t.kind == TokenKind::Clitic
                || t.kind == TokenKind::Number
                || matches!(t.lower(), "$" | "£" | "€" | "%")
        }) || self
            .tokens
            .get(hit.tokens.end)
            .is_some_and(|t| t.lower() == "of");
        let verb_place = prev.is_none_or(|t| {
            self.fl.verb_cues.contains(t.lower())
                || self.fl.be.contains(t.lower())
                || self.fl.relatives.contains(t.lower())
                || matches!(t.lower(), "-" | "," | "–")
                || t.lower().ends_with("ly")
        }) || self.mentions.iter().any(|m| m.tokens.end == start)
            || prev_word.is_empty();
        if has(WordKind::Role) && !has(WordKind::Verb) && !has(WordKind::Noun) {
            return WordKind::Role;
        }
        match (has(WordKind::Verb), has(WordKind::Noun)) {
            (true, true) => {
                if verb_place && !noun_place {
                    WordKind::Verb
                } else {
                    WordKind::Noun
                }
            }
            (true, false) if noun_place => WordKind::Noun,
            (true, false) => WordKind::Verb,
            (false, true) => WordKind::Noun,
            (false, false) => WordKind::Role,
        }
    }

    /// Where a frame word's slots end: at the next frame word (for a verb, the next verb:
    /// a noun after it is in its object, "won the case against Kestrel"), at "and" joining
    /// verbs, at the clause's end.
    #[inline(never)]
    pub(super) fn reach(&self, h: usize, clause: &Range<usize>) -> Range<usize> {
        let start = self.hits[h].tokens.end;
        let verb = self.kinds[h] == WordKind::Verb;
        let mut end = clause.end;
        if let Some(next) = (h + 1..self.hits.len())
            .map(|n| (n, &self.hits[n]))
            .find(|(n, next)| {
                !next.rows.is_empty()
                    && next.tokens.start >= start
                    && (!verb || self.kinds[*n] == WordKind::Verb)
            })
            .map(|(_, next)| next)
        {
            end = end.min(next.tokens.start);
        }
        if let Some(k) = (start..end)
            .find(|&k| self.word(k) == ";" || self.is_coordinator(k) && !self.joins_names(k))
        {
            end = k;
        }
        start..end.max(start)
    }

    pub(super) fn word_at(&self, k: usize) -> &str {
        self.tokens.get(k).map_or("", |t| t.lower())
    }
}
