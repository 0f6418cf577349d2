//! The `frame*` rows of the lexicon, read into a [`FrameLexicon`]: relations, the rows
//! that word them with their slots, the small word lists the reading needs, and an index of
//! the rows' phrases by first word.

use super::{Filler, Frame};
use crate::hash::{FxMap as HashMap, FxSet as HashSet};
use crate::lexicon::{phrase, Phrase};
use serde::{Deserialize, Serialize};

/// How a frame word is used: as a verb, a noun, or a noun naming a role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordKind {
    Verb,
    Noun,
    Role,
}

/// A relation: the roles never one party's in one event, and the roles that tie two
/// frames to one event without being exchanged (what is sold).
#[derive(Clone, Debug, PartialEq)]
pub struct Relation {
    pub name: String,
    pub opposed: Vec<(String, String)>,
    pub themes: Vec<String>,
    /// Roles one party fills in one event (the buyer of a thing sold, the winner of a
    /// match): another party there is a different account of the event.
    pub unique: Vec<String>,
}

impl Relation {
    /// Whether a party in role `a` of one frame and in role `b` of another contradicts.
    pub fn opposed(&self, a: &str, b: &str) -> bool {
        self.opposed
            .iter()
            .any(|(x, y)| (x == a && y == b) || (x == b && y == a))
    }

    pub fn is_theme(&self, role: &str) -> bool {
        self.themes.iter().any(|t| t == role)
    }

    pub fn is_unique(&self, role: &str) -> bool {
        self.unique.iter().any(|t| t == role)
    }
}

/// Two relations one reads as the other, and the roles paired between them.
pub type SameRelation = (String, String, Vec<(String, String)>);

/// A slot of a frame word and the role its filler plays.
#[derive(Clone, Debug, PartialEq)]
pub struct SlotRole {
    pub slot: String,
    pub role: String,
    /// The row applies only when this slot is filled.
    pub required: bool,
}

/// One `frame` row: words of one kind giving one relation, and their slots.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub relation: usize,
    pub kind: WordKind,
    pub words: Vec<String>,
    pub slots: Vec<SlotRole>,
}

/// What a word of the frame index starts: a frame word of some rows, or a light verb.
#[derive(Clone, Debug)]
pub(super) enum Entry {
    Rows(Vec<usize>),
    /// A light verb: it lends a noun its object (`true`) or its subject.
    Light(bool),
}

/// The `frame*` rows of the lexicon. A claim set stores the rows as read (see
/// `From<Vec<String>>`), and reads them again when it is loaded.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(from = "Vec<String>", into = "Vec<String>")]
pub struct FrameLexicon {
    /// The rows as read, fields joined by tabs.
    pub(super) lines: Vec<String>,
    pub relations: Vec<Relation>,
    pub rows: Vec<Row>,
    /// Forms of "be": before a participle, a passive.
    pub be: HashSet<String>,
    pub prepositions: HashSet<String>,
    /// Words before a noun that make it one ("the", "its").
    pub determiners: HashSet<String>,
    /// Words before a frame word that make it a verb ("to", "will", "has").
    pub verb_cues: HashSet<String>,
    /// Words between a party and a role noun ("is", "as").
    pub copulas: HashSet<String>,
    /// Words opening a relative clause, whose subject is the party before them.
    pub relatives: HashSet<String>,
    /// Light verbs, and whether each lends its object (else its subject).
    pub light: Vec<(String, bool)>,
    /// Relations one reads as the other, by role: a purchase of a service is its use
    /// (`frame_same` rows: relation, relation, `role:role` pairs).
    pub same: Vec<SameRelation>,
    /// Phrases by first word, rebuilt by `prepare`.
    pub(super) index: HashMap<String, Vec<(Phrase, Entry)>>,
}

impl From<FrameLexicon> for Vec<String> {
    fn from(f: FrameLexicon) -> Vec<String> {
        f.lines
    }
}

impl From<Vec<String>> for FrameLexicon {
    /// Rows a lexicon read once read again: they cannot fail now.
    fn from(lines: Vec<String>) -> FrameLexicon {
        let mut out = FrameLexicon::default();
        for line in &lines {
            let fields: Vec<&str> = line.split('\t').collect();
            out.add(&fields).expect("a frame row read once reads again");
        }
        out.prepare();
        out
    }
}

impl FrameLexicon {
    /// Reads one `frame*` row.
    pub fn add(&mut self, f: &[&str]) -> Result<(), String> {
        // One message for every way a row can be wrong: the row itself says where.
        self.read(f).ok_or_else(|| {
            format!(
                "a `{}` row of the wrong shape (unknown kind or word kind, a missing field, a \
                 pair not `a:b`, a slot not `slot=role`, or a relation with no \
                 `frame_relation` row before it): {}",
                f[0],
                f.join(" ")
            )
        })?;
        self.lines.push(f.join("\t"));
        Ok(())
    }

    fn read(&mut self, f: &[&str]) -> Option<()> {
        let arg = |i: usize| f.get(i).copied().filter(|s| !s.is_empty());
        let list = |i: usize| -> Option<Vec<String>> {
            Some(
                arg(i)?
                    .split('|')
                    .map(|w| w.trim().to_lowercase())
                    .filter(|w| !w.is_empty() && w != "-")
                    .collect(),
            )
        };
        let pairs = |i: usize, sep: char| -> Option<Vec<(String, String)>> {
            list(i)?
                .iter()
                .map(|p| {
                    p.split_once(sep)
                        .map(|(a, b)| (a.to_string(), b.to_string()))
                })
                .collect()
        };
        let relation = |this: &Self, i: usize| {
            let name = arg(i)?;
            this.relations.iter().position(|r| r.name == name)
        };
        match f[0] {
            "frame_relation" => self.relations.push(Relation {
                name: arg(1)?.to_string(),
                opposed: pairs(2, ':')?,
                themes: list(3)?,
                unique: Vec::new(),
            }),
            "frame_unique" => {
                let r = relation(self, 1)?;
                self.relations[r].unique.extend(list(2)?);
            }
            "frame" => {
                let relation = relation(self, 1)?;
                let kind = match arg(2)? {
                    "verb" => WordKind::Verb,
                    "noun" => WordKind::Noun,
                    "role" => WordKind::Role,
                    _ => return None,
                };
                let slots = f
                    .iter()
                    .skip(4)
                    .filter(|s| !s.is_empty())
                    .map(|field| {
                        let (slot, role) = field.split_once('=')?;
                        Some(SlotRole {
                            slot: slot.trim_end_matches('!').to_lowercase(),
                            role: role.to_string(),
                            required: slot.ends_with('!'),
                        })
                    })
                    .collect::<Option<Vec<_>>>()?;
                self.rows.push(Row {
                    relation,
                    kind,
                    words: list(3)?,
                    slots,
                });
            }
            "frame_same" => {
                relation(self, 1)?;
                relation(self, 2)?;
                self.same
                    .push((arg(1)?.to_string(), arg(2)?.to_string(), pairs(3, ':')?));
            }
            "frame_light" => {
                let object = match arg(1)? {
                    "subject" => false,
                    "object" => true,
                    _ => return None,
                };
                self.light.extend(list(2)?.into_iter().map(|w| (w, object)));
            }
            kind => {
                let set = match kind {
                    "frame_be" => &mut self.be,
                    "frame_preposition" => &mut self.prepositions,
                    "frame_determiner" => &mut self.determiners,
                    "frame_verb_cue" => &mut self.verb_cues,
                    "frame_copula" => &mut self.copulas,
                    "frame_relative" => &mut self.relatives,
                    _ => return None,
                };
                set.extend(list(1)?);
            }
        }
        Some(())
    }

    /// Rebuilds the index of frame words and light verbs by first word.
    pub fn prepare(&mut self) {
        // Rows in file order, so a word's rows are tried in that order.
        let mut index: HashMap<String, Vec<(Phrase, Entry)>> = HashMap::default();
        for (r, row) in self.rows.iter().enumerate() {
            for w in &row.words {
                let p = phrase(w);
                let Some(first) = p.first().cloned() else {
                    continue;
                };
                let entries = index.entry(first).or_default();
                let known = entries.iter_mut().find_map(|(q, e)| match e {
                    Entry::Rows(rows) if *q == p => Some(rows),
                    _ => None,
                });
                match known {
                    Some(rows) if !rows.contains(&r) => rows.push(r),
                    Some(_) => {}
                    None => entries.push((p, Entry::Rows(vec![r]))),
                }
            }
        }
        for (w, object) in &self.light {
            let p = phrase(w);
            if let Some(first) = p.first() {
                index
                    .entry(first.clone())
                    .or_default()
                    .push((p, Entry::Light(*object)));
            }
        }
        self.index = index;
    }

    /// The first words of frame words and light verbs: a token is looked up only if its
    /// class says it may be one.
    pub fn first_words(&self) -> impl Iterator<Item = &str> {
        self.index.keys().map(String::as_str)
    }

    pub fn relation(&self, name: &str) -> Option<&Relation> {
        self.relations.iter().find(|r| r.name == name)
    }

    /// Whether a frame of relation `from` reads as one of relation `to` (`frame_same`).
    pub fn reads_as(&self, from: &str, to: &str) -> bool {
        self.same
            .iter()
            .any(|(a, b, _)| (a == from && b == to) || (a == to && b == from))
    }

    /// `frame` read as a frame of relation `to`: its fillers in the roles `frame_same`
    /// pairs with theirs, the others left out.
    pub fn read_as(&self, frame: &Frame, to: &str) -> Option<Frame> {
        let (roles, forward) = self.same.iter().find_map(|(a, b, roles)| {
            if a == &frame.relation && b == to {
                Some((roles, true))
            } else if b == &frame.relation && a == to {
                Some((roles, false))
            } else {
                None
            }
        })?;
        let fillers = frame
            .fillers
            .iter()
            .filter_map(|f| {
                let role = roles.iter().find_map(|(x, y)| {
                    let (from, into) = if forward { (x, y) } else { (y, x) };
                    (*from == f.role).then(|| into.clone())
                })?;
                Some(Filler { role, ..f.clone() })
            })
            .collect();
        Some(Frame {
            relation: to.to_string(),
            clause: frame.clause,
            words: frame.words.clone(),
            fillers,
        })
    }
}
