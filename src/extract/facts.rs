//! The facts of a sentence as extraction leaves them ([`Facts`]: terms, roles, attributes,
//! figures, dates, frames and clauses), and the [`Context`] carried from one sentence to the
//! next; and [`clause_holding`], the clause that holds a token.

use crate::clause::Clause;
use crate::date::DateMention;
use crate::entity::Mention;
use crate::frame::Frame;
use crate::lexicon::{EntityClass, Mood};
use crate::marks::Mark;
use crate::quantity::Quantity;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    pub mentions: Vec<Mention>,
    pub quantities: Vec<Quantity>,
    pub dates: Vec<DateMention>,
    pub terms: Vec<Term>,
    pub clauses: Vec<Clause>,
    pub attributes: Vec<Attribute>,
    pub roles: Vec<Role>,
    /// Who does what to whom, per clause (`crate::frame`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub frames: Vec<Frame>,
    pub mood: Option<Mood>,
    /// Contrast, exclusivity and participation (see `crate::marks`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub marks: Vec<Mark>,
    /// It does not end as a sentence does (no full stop, question or exclamation mark):
    /// a headline, a caption or a list item.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub fragment: bool,
}

/// A content word, folded to its synonym group. Claims have thousands, so the embedded
/// claim set writes each as `[concept, clause, light]` (see `crate::serial`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "(String, usize, bool)", into = "(String, usize, bool)")]
pub struct Term {
    pub concept: String,
    pub clause: usize,
    /// Too common to count as a detail on its own ("said", "deal"), unless it belongs to
    /// a synonym group, which makes it an event word.
    pub light: bool,
    /// Where the word first stands in its sentence (bytes), to show it as written; claims
    /// do not keep it (`0..0`).
    pub span: std::ops::Range<usize>,
}

impl From<(String, usize, bool)> for Term {
    fn from((concept, clause, light): (String, usize, bool)) -> Term {
        Term {
            concept,
            clause,
            light,
            span: 0..0,
        }
    }
}

impl From<Term> for (String, usize, bool) {
    fn from(t: Term) -> Self {
        (t.concept, t.clause, t.light)
    }
}

/// "Mistral AI is a British company": class nationality, value British, holder Mistral.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attribute {
    pub class: String,
    pub value: String,
    pub holder: Option<String>,
    pub clause: usize,
}

/// A participant in a role given by its preposition: "hosted on Azure" (platform).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Role {
    pub role: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    pub clause: usize,
}

/// What carries over from one sentence to the next in a document.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// The organisation "the company" refers to.
    pub last_org: Option<(String, Option<String>)>,
    /// Failing a known organisation, the last name of no known class (one the lexicon does
    /// not know, or one the claim set learned from its corpus).
    pub last_unknown: Option<String>,
}

impl Facts {
    pub fn mood(&self) -> Mood {
        self.mood.unwrap_or(Mood::Assertion)
    }

    pub fn asserted(&self, clause: usize) -> bool {
        self.clauses.get(clause).is_none_or(Clause::asserts)
    }

    /// Distinct participant names in asserted clauses, in order. An iterator, not a list:
    /// the judge asks for names often and a sentence has a handful.
    pub fn names(&self) -> impl Iterator<Item = &str> + Clone {
        let asserted = |m: &Mention| self.asserted(self.clause_of(m.tokens.start));
        self.mentions
            .iter()
            .enumerate()
            .filter(move |&(i, m)| {
                asserted(m)
                    && !self.mentions[..i]
                        .iter()
                        .any(|x| x.name == m.name && asserted(x))
            })
            .map(|(_, m)| m.name.as_str())
    }

    /// Whether `name`, one of [`Facts::names`], is a place.
    pub fn names_a_place(&self, name: &str) -> bool {
        self.mentions
            .iter()
            .any(|m| m.class == EntityClass::Place && m.name == name)
    }

    /// The clause holding token `token` (the first clause for a token in none).
    pub fn clause_of(&self, token: usize) -> usize {
        clause_holding(&self.clauses, |c| &c.tokens, token)
    }

    /// The participants a figure in `clause` belongs to: what the clause names, or what
    /// the sentence's first naming clause names ("an initial $15 billion").
    pub fn participants(&self, clause: usize) -> Vec<&Mention> {
        let named = |c: usize| {
            let mut out: Vec<&Mention> = Vec::new();
            for m in self.mentions.iter().filter(|m| {
                self.clause_of(m.tokens.start) == c && m.class != EntityClass::Person && !m.source
            }) {
                if !out.iter().any(|x| x.name == m.name) {
                    out.push(m);
                }
            }
            out
        };
        let own = named(clause);
        if !own.is_empty() {
            return own;
        }
        (0..self.clauses.len())
            .map(named)
            .find(|o| !o.is_empty())
            .unwrap_or_default()
    }

    pub fn negated(&self) -> bool {
        self.clauses.iter().any(|c| c.asserts() && c.negated)
    }
}

/// The clause of `clauses` (in order, none overlapping) that holds token `token`, found by
/// halving: a sentence cut at the length limit may have hundreds. The first clause for a
/// token in none.
pub(super) fn clause_holding<C>(
    clauses: &[C],
    tokens: impl Fn(&C) -> &std::ops::Range<usize>,
    token: usize,
) -> usize {
    let c = clauses.partition_point(|c| tokens(c).end <= token);
    if clauses.get(c).is_some_and(|c| tokens(c).contains(&token)) {
        c
    } else {
        0
    }
}
