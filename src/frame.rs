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

use crate::entity::Mention;
use crate::hash::{FxMap as HashMap, FxSet as HashSet};
use crate::lexicon::{class, phrase, EntityClass, Lexicon, Phrase};
use crate::token::{Token, TokenKind};
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

impl Filler {
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
enum Entry {
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
    lines: Vec<String>,
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
    index: HashMap<String, Vec<(Phrase, Entry)>>,
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

/// A frame word or a light verb found in the sentence.
struct Hit<'l> {
    tokens: Range<usize>,
    clause: usize,
    /// The rows of a frame word (the lexicon's list); empty for a light verb alone.
    rows: &'l [usize],
    /// A light verb, lending its object (`Some(true)`) or its subject.
    light: Option<bool>,
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

/// Frame words and light verbs, longest phrase first at each token.
#[inline(never)]
fn find_hits<'l>(tokens: &[Token], fl: &'l FrameLexicon, clauses: &[Range<usize>]) -> Vec<Hit<'l>> {
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

/// Reads the slots of frame words in one sentence.
struct Reader<'a, 't, 'l> {
    tokens: &'a [Token<'t>],
    lexicon: &'a Lexicon,
    fl: &'a FrameLexicon,
    mentions: &'a [Mention],
    clauses: &'a [Range<usize>],
    hits: &'a [Hit<'l>],
    /// How each hit is read ([`Reader::kind`]).
    kinds: Vec<WordKind>,
}

/// How many words (besides determiners) may stand between a preposition and its name
/// ("to the new Orrin Labs"), and between a verb and its object ("sold forward Ilias
/// Marenko", "rent OpenAI's servers", "lent Orrin $200 million").
const PREPOSITION_GAP: usize = 2;
const OBJECT_GAP: usize = 5;
/// How many words may stand between a possessive and its noun ("Amazon's recent $50
/// billion investment").
const POSSESSIVE_GAP: usize = 6;
/// How far after a role noun a name may stand in one of its prepositions' slots.
const ROLE_REACH: usize = 4;

impl Reader<'_, '_, '_> {
    fn word(&self, k: usize) -> &str {
        self.tokens[k].lower()
    }

    fn is_hit(&self, k: usize) -> bool {
        self.hits
            .iter()
            .any(|h| !h.rows.is_empty() && h.tokens.contains(&k))
    }

    fn is_coordinator(&self, k: usize) -> bool {
        let w = self.word(k);
        w == "&" || self.lexicon.coordinators.contains(w) || w == "but"
    }

    /// A party: a mention of any class but a place, taking part (no source), named (not
    /// "the company").
    fn party(&self, m: usize) -> bool {
        let m = &self.mentions[m];
        m.class != EntityClass::Place && !m.source && !m.referred
    }

    /// A possessive right before another party's name modifies it ("Moravek's Civic
    /// Renewal Party", "Amazon's AWS"): the name after it is the filler.
    #[inline(never)]
    fn modifier(&self, m: usize) -> bool {
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
    fn plain(&self, k: usize) -> bool {
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
    fn governor(&self, start: usize, clause_start: usize) -> Option<&str> {
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
    fn parties_in(&self, range: Range<usize>) -> impl Iterator<Item = usize> + '_ {
        (0..self.mentions.len()).filter(move |&m| {
            let t = &self.mentions[m].tokens;
            t.start >= range.start && t.end <= range.end && self.party(m)
        })
    }

    /// Whether "and" at `k` joins two names ("Nvidia and SoftBank") rather than two verbs.
    #[inline(never)]
    fn joins_names(&self, k: usize) -> bool {
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
    fn coordinated(&self, m: usize, forward: bool) -> Vec<usize> {
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
    fn kind(&self, hit: &Hit) -> WordKind {
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

    /// The parties in each slot of the frame word at hit `h`, read as `kind`: `(slot,
    /// mention)` pairs. `subject` is a verb's subject ([`Reader::subject`]).
    #[inline(never)]
    fn slots(&self, h: usize, kind: WordKind, subject: &[usize]) -> Vec<(&str, usize)> {
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
    fn fill<'r>(&self, row: &'r Row, slots: &[(&str, usize)]) -> Option<Vec<(&'r str, usize)>> {
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

    /// Where a frame word's slots end: at the next frame word (for a verb, the next verb:
    /// a noun after it is in its object, "won the case against Kestrel"), at "and" joining
    /// verbs, at the clause's end.
    #[inline(never)]
    fn reach(&self, h: usize, clause: &Range<usize>) -> Range<usize> {
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

    /// A verb in the passive: a form of "be" before it (over adverbs: "is now held"), or
    /// "by" and a name right after it ("the round, led by Amazon").
    #[inline(never)]
    fn passive(&self, hit: &Hit) -> bool {
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

    fn word_at(&self, k: usize) -> &str {
        self.tokens.get(k).map_or("", |t| t.lower())
    }

    /// The subject of the verb at hit `h`: the last party named before it in its clause,
    /// after any verb before it, that stands after no preposition and is no other verb's
    /// object; else the subject `inherited` from the verb before; else, in a relative
    /// clause, the party before it.
    #[inline(never)]
    fn subject(&self, h: usize, clause: &Range<usize>, inherited: Option<&[usize]>) -> Vec<usize> {
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
    fn antecedent(&self, clause: &Range<usize>) -> Option<usize> {
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
    fn object(&self, from: usize, until: usize, clause: &Range<usize>) -> Vec<usize> {
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
    fn possessive_before(&self, start: usize, clause: &Range<usize>) -> Option<usize> {
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
    fn modifier_before(&self, start: usize, clause: &Range<usize>) -> Option<usize> {
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
    fn lent_subject(&self, h: usize, clause: &Range<usize>, reach_end: usize) -> Vec<usize> {
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
    fn role_holder(&self, start: usize, clause: &Range<usize>) -> (Option<usize>, Option<usize>) {
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

#[cfg(test)]
mod tests {
    use crate::extract::{extract, Context};

    fn read(sentence: &str) -> Vec<String> {
        let facts = extract(
            sentence,
            &crate::claim_set().lexicon,
            &mut Context::default(),
        );
        facts
            .frames
            .iter()
            .map(|f| {
                let fillers: Vec<String> = f
                    .fillers
                    .iter()
                    .map(|x| format!("{}={}", x.role, x.name))
                    .collect();
                format!("{}({})", f.relation, fillers.join(", "))
            })
            .collect()
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
