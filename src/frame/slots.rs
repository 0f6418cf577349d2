//! The slots of one frame word, as `Reader` methods: each party with the slot it stands in
//! (subject, object, possessive, a preposition), and a row's roles filled from those slots.

use super::reader::{Reader, ROLE_REACH};
use super::table::{Row, WordKind};

impl Reader<'_, '_, '_> {
    /// The parties in each slot of the frame word at hit `h`, read as `kind`: `(slot,
    /// mention)` pairs. `subject` is a verb's subject ([`Reader::subject`]).
    #[inline(never)]
    pub(super) fn slots(&self, h: usize, kind: WordKind, subject: &[usize]) -> Vec<(&str, usize)> {
        let hit = &self.hits[h];
        let clause = self.clauses[hit.clause].clone();
        let reach = self.reach(h, &clause);
        let mut slots: Vec<(&str, usize)> = Vec::with_capacity(8);
        let passive = kind == WordKind::Verb && self.passive(hit);
        match kind {
            WordKind::Verb => {
                if passive {
                    slots.extend(subject.iter().map(|&m| ("object", m)));
                } else {
                    slots.extend(subject.iter().map(|&m| ("subject", m)));
                    let object = self.object(hit.tokens.end, reach.end, &clause);
                    // A relative clause with a subject of its own is about its antecedent
                    // as an object ("Lumen Cells, which Farrow Group sold to Kestrel").
                    let object = if object.is_empty() && !subject.is_empty() {
                        self.antecedent(&clause).into_iter().collect()
                    } else {
                        object
                    };
                    slots.extend(object.into_iter().map(|m| ("object", m)));
                }
            }
            WordKind::Noun => {
                let start = hit.tokens.start;
                if let Some(m) = self.possessive_before(start, &clause) {
                    slots.push(("possessive", m));
                }
                if let Some(m) = self.modifier_before(start, &clause) {
                    slots.push(("modifier", m));
                }
                let lent = self.lent_subject(h, &clause, reach.end);
                slots.extend(lent.into_iter().map(|m| ("subject", m)));
            }
            WordKind::Role => {
                let (holder, possessive) = self.role_holder(hit.tokens.start, &clause);
                if let Some(m) = holder {
                    slots.push(("self", m));
                }
                if let Some(m) = possessive {
                    slots.push(("possessive", m));
                }
            }
        }
        // A passive's subject may carry the object's prepositions: "the round for OpenAI
        // was led by Amazon".
        if passive {
            let start = hit.tokens.start;
            let lo = self.hits[..h]
                .iter()
                .rev()
                .find(|p| {
                    !p.rows.is_empty() && p.tokens.end <= start && p.tokens.start >= clause.start
                })
                .map_or(clause.start, |p| p.tokens.end);
            for m in self.parties_in(lo..start) {
                let p = self.governor(self.mentions[m].tokens.start, clause.start);
                if let Some(p) = p.filter(|p| *p != "by" && !self.modifier(m)) {
                    slots.push((p, m));
                }
            }
        }
        // Names after a preposition, up to the next frame word; a role noun's own
        // prepositions follow it closely ("the customer of AWS"). The first name after
        // each preposition, with those joined to it.
        let reach_end = if kind == WordKind::Role {
            reach.end.min(hit.tokens.end + ROLE_REACH)
        } else {
            reach.end
        };
        let before = slots.len();
        for m in self.parties_in(hit.tokens.end..reach_end) {
            let Some(p) = self.governor(self.mentions[m].tokens.start, clause.start) else {
                continue;
            };
            // A passive's "by" names the subject.
            let slot = if passive && p == "by" { "subject" } else { p };
            if slots[before..].iter().any(|(s, _)| *s == slot) || self.modifier(m) {
                continue;
            }
            slots.extend(self.coordinated(m, true).into_iter().map(|n| (slot, n)));
        }
        slots
    }

    /// The fillers of `row` given the `slots` read at its word, by role (mention indexes);
    /// `None` if a required slot is empty.
    #[inline(never)]
    pub(super) fn fill<'r>(
        &self,
        row: &'r Row,
        slots: &[(&str, usize)],
    ) -> Option<Vec<(&'r str, usize)>> {
        let mut out: Vec<(&'r str, usize)> = Vec::new();
        for s in &row.slots {
            let role = s.role.as_str();
            let mut any = false;
            for &(_, m) in slots.iter().filter(|(slot, _)| *slot == s.slot.as_str()) {
                any = true;
                if !out.iter().any(|&(r, n)| r == role && n == m) {
                    out.push((role, m));
                }
            }
            if s.required && !any {
                return None;
            }
        }
        // One party in two roles of one frame is a misreading.
        let name = |m: usize| {
            self.mentions[m]
                .parent
                .as_ref()
                .unwrap_or(&self.mentions[m].name)
        };
        let twice = out
            .iter()
            .any(|&(r, m)| out.iter().any(|&(r2, m2)| r2 != r && name(m2) == name(m)));
        if twice {
            out.clear();
        }
        Some(out)
    }
}
