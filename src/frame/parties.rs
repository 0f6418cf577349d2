//! The parties a frame word has, as `Reader` methods: its subject (inherited through
//! coordination, a relative clause or a parenthesis), its object, the possessive or modifier
//! before a noun, the subject a light verb lends, and a role noun's holder; and whether a
//! verb is passive.

use super::hits::Hit;
use super::reader::{Reader, OBJECT_GAP, POSSESSIVE_GAP, PREPOSITION_GAP};
use crate::token::TokenKind;
use std::ops::Range;

impl Reader<'_, '_, '_> {
    /// A verb in the passive: a form of "be" before it (over adverbs: "is now held"), or
    /// "by" and a name right after it ("the round, led by Amazon").
    #[inline(never)]
    pub(super) fn passive(&self, hit: &Hit) -> bool {
        let first = self.word(hit.tokens.start);
        if first.ends_with("ing") {
            return false;
        }
        let start = hit.tokens.start;
        let mut j = start;
        let mut adverbs = 0;
        let be_before = loop {
            if j == 0 {
                break false;
            }
            j -= 1;
            let w = self.word(j);
            if self.fl.be.contains(w) {
                break true;
            }
            let adverb = w.ends_with("ly")
                || matches!(
                    w,
                    "not"
                        | "n't"
                        | "never"
                        | "also"
                        | "now"
                        | "already"
                        | "since"
                        | "then"
                        | "later"
                        | "first"
                );
            if !adverb || adverbs == 2 {
                break false;
            }
            adverbs += 1;
        };
        let by_after = self.word_at(hit.tokens.end) == "by"
            && self.mentions.iter().enumerate().any(|(m, mention)| {
                self.party(m)
                    && mention.tokens.start > hit.tokens.end
                    && mention.tokens.start <= hit.tokens.end + 3
            });
        be_before || by_after
    }

    /// The subject of the verb at hit `h`: the last party named before it in its clause,
    /// after any verb before it, that stands after no preposition and is no other verb's
    /// object; else the subject `inherited` from the verb before; else, in a relative
    /// clause, the party before it.
    #[inline(never)]
    pub(super) fn subject(
        &self,
        h: usize,
        clause: &Range<usize>,
        inherited: Option<&[usize]>,
    ) -> Vec<usize> {
        let start = self.hits[h].tokens.start;
        let mut lo = clause.start;
        let mut after_verb = None;
        if let Some(prev) = self.hits[..h]
            .iter()
            .rev()
            .find(|p| !p.rows.is_empty() && p.tokens.end <= start && p.tokens.start >= clause.start)
        {
            lo = prev.tokens.end;
            after_verb = Some(prev.tokens.end);
        }
        let mut broken = after_verb.is_some();
        if let Some(k) = (lo..start)
            .rev()
            .find(|&k| self.is_coordinator(k) && !self.joins_names(k))
        {
            lo = k + 1;
            broken = true;
        }
        // The object of the verb before is not this one's subject.
        let prev_object =
            after_verb.and_then(|end| self.object(end, start, clause).first().copied());
        let found = self
            .parties_in(lo..start)
            .filter(|&m| {
                Some(m) != prev_object
                    && !self.modifier(m)
                    && self
                        .governor(self.mentions[m].tokens.start, clause.start)
                        .is_none()
            })
            .last();
        if let Some(m) = found {
            return self.coordinated(m, false);
        }
        if broken {
            if let Some(s) = inherited {
                return s.to_vec();
            }
        }
        self.before_parenthesis(clause)
            .or_else(|| self.antecedent(clause))
            .or_else(|| self.before_relative(clause))
            .into_iter()
            .collect()
    }

    /// In a clause right after a relative clause, the party that relative clause is about:
    /// "Amazon, which invested in OpenAI, also led the round".
    #[inline(never)]
    fn before_relative(&self, clause: &Range<usize>) -> Option<usize> {
        let c = self.clauses.iter().position(|c| c == clause)?;
        let relative = self.clauses.get(c.checked_sub(1)?)?;
        self.antecedent(relative)
    }

    /// In a clause right after a parenthesis, the party named right before it: "The Civic
    /// Renewal Party (CRP) won …".
    #[inline(never)]
    fn before_parenthesis(&self, clause: &Range<usize>) -> Option<usize> {
        if clause.start == 0 || self.word(clause.start - 1) != ")" {
            return None;
        }
        let open = (0..clause.start - 1).rfind(|&k| self.word(k) == "(")?;
        let m = (0..self.mentions.len())
            .rfind(|&m| self.mentions[m].tokens.end == open && self.party(m))?;
        let start = self.mentions[m].tokens.start;
        let own = self.clauses.iter().find(|c| c.contains(&start))?;
        self.governor(start, own.start).is_none().then_some(m)
    }

    /// In a clause a relative word opens ("…, which uses them"), the party right before it.
    #[inline(never)]
    pub(super) fn antecedent(&self, clause: &Range<usize>) -> Option<usize> {
        let opens = self
            .tokens
            .get(clause.start)
            .is_some_and(|t| self.fl.relatives.contains(t.lower()));
        if !opens || clause.start == 0 {
            return None;
        }
        let mut end = clause.start;
        if self.word(end - 1) == "," {
            end -= 1;
        }
        (0..self.mentions.len()).rfind(|&m| self.mentions[m].tokens.end == end && self.party(m))
    }

    /// The object of a verb ending at `from`: the first party named after it, over no
    /// more than [`OBJECT_GAP`] plain words, numbers and signs.
    #[inline(never)]
    pub(super) fn object(&self, from: usize, until: usize, clause: &Range<usize>) -> Vec<usize> {
        let Some(m) = self.parties_in(from..until).next() else {
            return Vec::new();
        };
        let start = self.mentions[m].tokens.start;
        let gap_ok = start - from <= OBJECT_GAP
            && (from..start).all(|k| {
                let t = &self.tokens[k];
                self.plain(k)
                    || self.fl.determiners.contains(t.lower())
                    || t.kind == TokenKind::Number
                    || t.kind == TokenKind::Clitic
                    || matches!(t.lower(), "$" | "£" | "€" | "%" | "-")
            });
        if !gap_ok || self.governor(start, clause.start).is_some() {
            return Vec::new();
        }
        // "rent OpenAI's servers": the possessive is the filler; "Amazon's AWS": the name.
        let m = if self.modifier(m) {
            (0..self.mentions.len())
                .find(|&n| self.mentions[n].tokens.start == self.mentions[m].tokens.end + 1)
                .unwrap_or(m)
        } else {
            m
        };
        self.coordinated(m, true)
    }

    /// "Amazon's recent $50 billion investment": the party whose possessive stands before
    /// the noun at `start`, over figures and plain words.
    #[inline(never)]
    pub(super) fn possessive_before(&self, start: usize, clause: &Range<usize>) -> Option<usize> {
        (0..self.mentions.len()).rfind(|&m| {
            let mention = &self.mentions[m];
            let end = mention.tokens.end + 1;
            mention.possessive
                && self.party(m)
                && mention.tokens.start >= clause.start
                && end <= start
                && start - end <= POSSESSIVE_GAP
                && (end..start).all(|k| {
                    let t = &self.tokens[k];
                    self.plain(k)
                        || t.kind == TokenKind::Number
                        || matches!(t.lower(), "$" | "£" | "€" | "%" | "-" | "–")
                })
        })
    }

    /// "the Amazon investment", "Azure cloud purchases": a name right before the noun, or
    /// one plain word before it.
    #[inline(never)]
    pub(super) fn modifier_before(&self, start: usize, clause: &Range<usize>) -> Option<usize> {
        (0..self.mentions.len()).rfind(|&m| {
            let mention = &self.mentions[m];
            let end = mention.tokens.end;
            !mention.possessive
                && self.party(m)
                && mention.tokens.start >= clause.start
                && (end == start || end + 1 == start && (self.plain(end) || self.word(end) == "-"))
        })
    }

    /// The subject a light verb lends the noun at hit `h`: "Orrin took a stake" (its
    /// subject), "the deal gives Microsoft a stake" (its object), "a stake … is held by
    /// Microsoft" (the name after "by").
    #[inline(never)]
    pub(super) fn lent_subject(
        &self,
        h: usize,
        clause: &Range<usize>,
        reach_end: usize,
    ) -> Vec<usize> {
        let start = self.hits[h].tokens.start;
        // The nearest light verb before the noun, with no frame word between.
        let before = self.hits[..h]
            .iter()
            .enumerate()
            .rev()
            .take_while(|(_, p)| p.tokens.start >= clause.start)
            .find(|(_, p)| p.light.is_some() || !p.rows.is_empty())
            .filter(|(_, p)| p.light.is_some());
        if let Some((l, light)) = before {
            let passive = self.passive(light);
            let object = light.light == Some(true);
            return if object != passive {
                self.object(light.tokens.end, start, clause)
            } else if passive {
                Vec::new()
            } else {
                self.subject(l, clause, None)
            };
        }
        // After the noun, a light verb in the passive: "by" names the noun's subject.
        let after = self.hits[h + 1..]
            .iter()
            .take_while(|n| n.tokens.start < reach_end.max(clause.end))
            .find(|n| n.light == Some(false) && self.passive(n));
        if let Some(light) = after {
            let by = light.tokens.end;
            if self.word_at(by) == "by" {
                if let Some(m) = self.parties_in(by + 1..clause.end).next() {
                    if self.governor(self.mentions[m].tokens.start, clause.start) == Some("by") {
                        return self.coordinated(m, true);
                    }
                }
            }
        }
        Vec::new()
    }

    /// The party a role noun at `start` names: "OpenAI is the buyer", "Azure the seller",
    /// "Amazon, the lead investor".
    /// A possessive before the role noun is the party whose role it is: "OpenAI is
    /// Microsoft's customer" (the `possessive` slot).
    #[inline(never)]
    pub(super) fn role_holder(
        &self,
        start: usize,
        clause: &Range<usize>,
    ) -> (Option<usize>, Option<usize>) {
        let mut j = start;
        let mut gap = 0;
        let mut possessive = None;
        // Determiners, up to two plain words ("its junior") and a possessive.
        while j > clause.start {
            let w = self.word(j - 1);
            if self.fl.determiners.contains(w) {
                j -= 1;
            } else if self.plain(j - 1) && gap < PREPOSITION_GAP {
                j -= 1;
                gap += 1;
            } else if possessive.is_none() && self.tokens[j - 1].kind == TokenKind::Clitic {
                let Some(m) = (0..self.mentions.len()).rfind(|&m| {
                    self.mentions[m].possessive
                        && self.mentions[m].tokens.end + 1 == j
                        && self.party(m)
                }) else {
                    break;
                };
                possessive = Some(m);
                j = self.mentions[m].tokens.start;
            } else {
                break;
            }
        }
        if j > clause.start && self.fl.copulas.contains(self.word(j - 1)) {
            j -= 1;
        }
        let holder =
            (0..self.mentions.len()).rfind(|&m| self.mentions[m].tokens.end == j && self.party(m));
        (holder, possessive)
    }
}
