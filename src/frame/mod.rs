//! Role frames: who does what to whom, clause by clause.
//!
//! A frame is a relation ("transfer", "sue", "contest") and the named parties that fill
//! its roles (buyer, seller, item). The relation comes from a verb ("sold"), a noun ("the
//! sale of", "Kestrel's lawsuit against") or a role noun ("OpenAI is the buyer"); which
//! role each party plays comes from where it stands: the verb's subject or object, a
//! possessive or a name before the noun, or the preposition before it. Converse wordings
//! are rows of one relation with their slots the other way round (`frame` rows of
//! `seeds/lexicon/frames.tsv`), so "X sold Y to Z" and "Z bought Y from X" give one frame;
//! a passive ("was sold to Z by X") gives its subject the object's role and "by" the
//! subject's.
//!
//! Fillers are the mentions entity extraction found, of any class but places, the lexicon's
//! names and the names a corpus taught alike; "the company" and "its" are not read, as a
//! wrong antecedent would swap roles that are not swapped. The judge compares frames of one
//! relation (`judge::frames`).
//!
//! This file holds the frame types and [`frames`], which reads a sentence's frames. The rows
//! are read into a [`FrameLexicon`] in `table`; `hits` finds the frame words of a sentence;
//! the sentence is read around each hit by a `Reader`, whose methods are split in three:
//! `reader` (the struct and what it asks of single tokens), `parties` (the subject, object
//! and possessive a frame word has) and `slots` (the parties in each slot, and a row's roles
//! filled from them).

mod hits;
mod parties;
mod reader;
mod slots;
mod table;

use self::hits::find_hits;
use self::reader::Reader;
pub use self::table::{FrameLexicon, Relation, Row, SameRelation, SlotRole, WordKind};
use crate::entity::Mention;
use crate::lexicon::{EntityClass, Lexicon};
use crate::token::Token;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A relation and who fills its roles in one clause. Stored in a claim set as a list of
/// strings (see `From<Vec<String>>`): a derived form would add more code to the browser
/// download than the frames themselves.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "Vec<String>", into = "Vec<String>")]
pub struct Frame {
    pub relation: String,
    pub clause: usize,
    /// The concepts of the words that gave the relation ("sell", "buyer"): two frames of
    /// one relation share them or their converses, so they do not tie the frames to one
    /// event, and they add no detail to a relation a claim states.
    pub words: Vec<String>,
    pub fillers: Vec<Filler>,
}

/// `relation(role=name, …)`, as `--explain` shows a frame.
impl std::fmt::Display for Frame {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}(", self.relation)?;
        for (i, x) in self.fillers.iter().enumerate() {
            let sep = if i == 0 { "" } else { ", " };
            write!(f, "{sep}{}={}", x.role, x.name)?;
        }
        write!(f, ")")
    }
}

/// A party in a role of a frame.
#[derive(Clone, Debug, PartialEq)]
pub struct Filler {
    pub role: String,
    pub name: String,
    pub parent: Option<String>,
}

/// `[relation, clause, words joined by spaces, then role, name, parent ("" for none) of each
/// filler]`.
impl From<Frame> for Vec<String> {
    fn from(f: Frame) -> Vec<String> {
        let mut out = vec![f.relation, f.clause.to_string(), f.words.join(" ")];
        for x in f.fillers {
            out.extend([x.role, x.name, x.parent.unwrap_or_default()]);
        }
        out
    }
}

impl From<Vec<String>> for Frame {
    fn from(v: Vec<String>) -> Frame {
        let mut it = v.into_iter();
        let relation = it.next().unwrap_or_default();
        let clause = it.next().and_then(|c| c.parse().ok()).unwrap_or(0);
        let words = it
            .next()
            .map(|w| w.split(' ').map(str::to_string).collect())
            .unwrap_or_default();
        let rest: Vec<String> = it.collect();
        let fillers = rest
            .chunks_exact(3)
            .map(|x| Filler {
                role: x[0].clone(),
                name: x[1].clone(),
                parent: (!x[2].is_empty()).then(|| x[2].clone()),
            })
            .collect();
        Frame {
            relation,
            clause,
            words,
            fillers,
        }
    }
}

impl Frame {
    /// Gives the roles `denied` fills to `given`, unless `given` fills one already: "Microsoft,
    /// not Nvidia, will invest" reads Nvidia, the nearest name, as the investor; the contrast
    /// says Microsoft is.
    pub fn give_roles(&mut self, denied: &str, given: &crate::entity::Mention) {
        if self.fillers.iter().any(|x| x.name == given.name) {
            return;
        }
        for x in self.fillers.iter_mut().filter(|x| x.name == denied) {
            x.name.clone_from(&given.name);
            x.parent.clone_from(&given.parent);
        }
    }
}

impl Filler {
    /// Whether the filler is the party `name`, itself or by one of its products
    /// ("Bedrock" for "Amazon").
    pub fn stands_for(&self, name: &str) -> bool {
        self.name == name || self.parent.as_deref() == Some(name)
    }

    /// One party: the same name, or a product and its maker, or two products of one maker
    /// ("AWS" and "Amazon", "Bedrock" and "Amazon").
    pub fn same_party(&self, other: &Filler) -> bool {
        self.name == other.name
            || self.parent.as_deref() == Some(other.name.as_str())
            || other.parent.as_deref() == Some(self.name.as_str())
            || self.parent.is_some() && self.parent == other.parent
    }
}

impl Filler {
    /// Whether the two names may be one party under names the corpus did not fold: they
    /// share a word ("Port Hallam", "Port Hallam United") or one is the other's initials
    /// ("PHU"). Two parties are clearly different only when neither holds.
    pub fn may_be(&self, other: &Filler) -> bool {
        if self.same_party(other) {
            return true;
        }
        let words = |n: &str| -> Vec<String> {
            n.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        let (a, b) = (words(&self.name), words(&other.name));
        let initials =
            |ws: &[String]| -> String { ws.iter().filter_map(|w| w.chars().next()).collect() };
        let acronym = |one: &[String], many: &[String]| {
            one.len() == 1 && many.len() > 1 && one[0] == initials(many)
        };
        a.iter().any(|w| w.len() > 2 && b.contains(w)) || acronym(&a, &b) || acronym(&b, &a)
    }
}

impl Frame {
    /// The fillers of `role`.
    pub fn in_role<'a>(&'a self, role: &'a str) -> impl Iterator<Item = &'a Filler> + 'a {
        self.fillers.iter().filter(move |f| f.role == role)
    }
}

/// The frames of one sentence. `clauses` are the token ranges of its clauses; `concept`
/// gives a token's concept (its synonym group or stem).
pub fn frames(
    tokens: &[Token],
    lexicon: &Lexicon,
    mentions: &[Mention],
    clauses: &[Range<usize>],
    concept: &dyn Fn(usize) -> String,
) -> Vec<Frame> {
    let fl = &lexicon.frames;
    // No party, no frame: most sentences are left here.
    if !mentions
        .iter()
        .any(|m| m.class != EntityClass::Place && !m.source && !m.referred)
    {
        return Vec::new();
    }
    let hits = find_hits(tokens, fl, clauses);
    if !hits.iter().any(|h| !h.rows.is_empty()) {
        return Vec::new();
    }
    let mut reader = Reader {
        tokens,
        lexicon,
        fl,
        mentions,
        clauses,
        hits: &hits,
        kinds: Vec::new(),
    };
    reader.kinds = hits
        .iter()
        .map(|h| {
            if h.rows.is_empty() {
                WordKind::Verb
            } else {
                reader.kind(h)
            }
        })
        .collect();
    let mut out: Vec<Frame> = Vec::new();
    // The subject of the last verb of each clause: a verb after "and" or "to" with no
    // subject of its own shares it ("Amazon led the round and invested $50 billion").
    let mut last_subject: Option<(usize, Vec<usize>)> = None;
    for (h, hit) in hits.iter().enumerate() {
        if hit.rows.is_empty() {
            continue;
        }
        let kind = reader.kinds[h];
        let clause = &clauses[hit.clause];
        let subject = if kind == WordKind::Verb {
            let inherited = last_subject
                .as_ref()
                .filter(|(c, _)| *c == hit.clause)
                .map(|(_, s)| s.as_slice());
            reader.subject(h, clause, inherited)
        } else {
            Vec::new()
        };
        let slots = reader.slots(h, kind, &subject);
        // The relations read at this word: the first row of each that applies.
        let mut read: Vec<usize> = Vec::new();
        for &r in hit.rows {
            let row = &fl.rows[r];
            if row.kind != kind || read.contains(&row.relation) {
                continue;
            }
            let Some(fillers) = reader.fill(row, &slots) else {
                continue;
            };
            read.push(row.relation);
            if fillers.is_empty() {
                continue;
            }
            let frame = Frame {
                relation: fl.relations[row.relation].name.clone(),
                clause: hit.clause,
                words: vec![concept(hit.tokens.start)],
                fillers: fillers
                    .into_iter()
                    .map(|(role, m)| Filler {
                        role: role.to_string(),
                        name: mentions[m].name.clone(),
                        parent: mentions[m].parent.clone(),
                    })
                    .collect(),
            };
            merge(&mut out, frame);
        }
        // The verb's subject, whether or not a row applied ("signed a deal with Amazon to
        // purchase": "signed" has no object, its subject still purchases).
        if kind == WordKind::Verb && !subject.is_empty() && !reader.passive(hit) {
            last_subject = Some((hit.clause, subject));
        }
    }
    out
}

/// Adds `frame` to `out`, into a frame of the same relation and clause if none of their
/// fillers conflict ("a stake in OpenAI … held by Microsoft"; "OpenAI is the customer and
/// AWS the provider").
#[inline(never)]
fn merge(out: &mut Vec<Frame>, mut frame: Frame) {
    dedup_fillers(&mut frame.fillers);
    let fits = |f: &Frame| {
        f.relation == frame.relation
            && f.clause == frame.clause
            && frame.fillers.iter().all(|a| {
                f.fillers.iter().all(|b| {
                    let same = a.same_party(b);
                    (a.role == b.role) == same || a.role == b.role && f.in_role(&a.role).count() > 1
                })
            })
    };
    if let Some(into) = out.iter_mut().find(|f| fits(f)) {
        into.fillers.extend(frame.fillers);
        dedup_fillers(&mut into.fillers);
        for w in frame.words {
            if !into.words.contains(&w) {
                into.words.push(w);
            }
        }
    } else {
        out.push(frame);
    }
}

fn dedup_fillers(fillers: &mut Vec<Filler>) {
    let mut i = 0;
    while i < fillers.len() {
        if fillers[..i]
            .iter()
            .any(|f| f.role == fillers[i].role && f.name == fillers[i].name)
        {
            fillers.remove(i);
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::{extract, Context};

    fn read(sentence: &str) -> Vec<String> {
        let facts = extract(
            sentence,
            &crate::claim_set().lexicon,
            &mut Context::default(),
        );
        facts.frames.iter().map(|f| f.to_string()).collect()
    }

    #[test]
    fn a_verb_gives_its_subject_object_and_prepositions_their_roles() {
        assert_eq!(
            read("Amazon will invest $50 billion in OpenAI."),
            ["invest(investor=Amazon, investee=OpenAI)"]
        );
        assert_eq!(
            read("OpenAI led a $110 billion funding round for Amazon."),
            ["lead(leader=OpenAI, beneficiary=Amazon)"]
        );
    }

    #[test]
    fn a_party_a_contrast_denies_gives_its_role_to_the_other() {
        assert_eq!(
            read("Google, not Amazon, will invest $5 billion in Anthropic."),
            ["invest(investor=Google, investee=Anthropic)"]
        );
    }

    #[test]
    fn a_passive_turns_the_roles_round() {
        assert_eq!(
            read("The $110 billion round for OpenAI was led by Amazon."),
            ["lead(leader=Amazon, beneficiary=OpenAI)"]
        );
    }

    #[test]
    fn a_noun_reads_its_possessive_and_prepositions() {
        assert_eq!(
            read("OpenAI's $50 billion investment in Amazon Web Services has reshaped the cloud race."),
            ["invest(investor=OpenAI, investee=Amazon)"]
        );
    }

    #[test]
    fn a_light_verb_lends_a_noun_its_subject_or_object() {
        assert_eq!(
            read("OpenAI Group PBC took a 27% stake in Microsoft."),
            ["stake(holder=OpenAI, held=Microsoft)"]
        );
        assert_eq!(
            read("A 27% equity stake in the new OpenAI Group PBC is now held by Microsoft."),
            ["stake(holder=Microsoft, held=OpenAI)"]
        );
    }

    #[test]
    fn role_nouns_name_their_parties() {
        assert_eq!(
            read("In the $38 billion, seven-year arrangement, OpenAI is the customer and AWS the provider."),
            ["host(customer=OpenAI, provider=Amazon)"]
        );
    }
}
