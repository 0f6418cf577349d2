//! Stage 2: the facts of one sentence — participants and their roles, quantities, dates,
//! attributes, content words, and per clause its mood and polarity.
//!
//! The same function reads seed sentences (at build time, into claims) and the sentences
//! of a checked article, so both sides are always described the same way.

use crate::clause::{clauses, Clause};
use crate::date::{dates, DateMention};
use crate::entity::{mentions, Mention};
use crate::frame::{frames, Frame};
use crate::lexicon::{class, EntityClass, Hedge, Lexicon, Mood, UnitKind};
use crate::marks::Mark;
use crate::quantity::{quantities, Measure, Quantity, Whole};
use crate::token::{tokenize_lowered_into, Token, TokenKind};
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

/// How many content words on each side of a figure say what it is a figure of.
const ROLE_WORDS: usize = 3;
/// How many content words away a qualifier ("initial", "total") may stand from its figure.
const QUALIFIER_WORDS: usize = 3;

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

/// Extracts the facts of one sentence. `context` carries "the company" across sentences.
pub fn extract(text: &str, lexicon: &Lexicon, context: &mut Context) -> Facts {
    extract_for(text, lexicon, context, |_| true)
}

/// The same, but the sentence's content words (`terms`) and who plays which role (`roles`)
/// are read only if `compared` says, from everything else, that the sentence will be
/// compared with the claims. Most sentences of an article are not (questions, opinions,
/// too few details), and reading content words is a large part of extraction.
pub fn extract_for(
    text: &str,
    lexicon: &Lexicon,
    context: &mut Context,
    compared: impl Fn(&Facts) -> bool,
) -> Facts {
    extract_reusing(
        text,
        None,
        lexicon,
        context,
        compared,
        &mut Buffers::default(),
    )
}

/// The working lists of one sentence's extraction, kept by a caller that extracts
/// sentence after sentence of one text so each sentence reuses them rather than
/// allocating its own.
#[derive(Default)]
pub struct Buffers<'a> {
    tokens: Vec<Token<'a>>,
    /// Which tokens a name, a date or a figure has taken (see `token::scan`).
    consumed: Vec<bool>,
}

/// [`extract_for`] with the working lists of `buffers`, and `text` with its ASCII letters
/// in lower case if the caller has it (see [`tokenize_lowered_into`]).
pub fn extract_reusing<'a>(
    text: &'a str,
    ascii_lower: Option<&'a str>,
    lexicon: &Lexicon,
    context: &mut Context,
    compared: impl Fn(&Facts) -> bool,
    buffers: &mut Buffers<'a>,
) -> Facts {
    let mut tokens = std::mem::take(&mut buffers.tokens);
    tokenize_lowered_into(text, ascii_lower, &mut tokens);
    without_citations(&mut tokens);
    for t in &mut tokens {
        t.class = lexicon.class_of(t.lower());
        // Most words are their own stem: one lookup then serves both. The other stems
        // are looked up only for a sentence whose stems are read (`classify_stems`).
        if t.is_own_stem() {
            t.stem_class = t.class;
        }
    }
    let heading = is_heading(text, &tokens);
    let mut consumed = std::mem::take(&mut buffers.consumed);
    consumed.clear();
    consumed.resize(tokens.len(), false);
    let mut found = mentions(&tokens, lexicon, heading, &mut consumed);
    let dates = dates(text, &tokens, lexicon, &mut consumed);
    let mut quantities = quantities(text, &tokens, lexicon, &mut consumed);
    // A unit is no name: "87°C", "degrees Celsius".
    found.retain(|m| {
        !quantities
            .iter()
            .any(|q| q.tokens.start <= m.tokens.start && m.tokens.end <= q.tokens.end)
    });
    let question = text
        .trim_end_matches(|c: char| c.is_whitespace() || "\"”’')]".contains(c))
        .ends_with('?');
    let clauses = clauses(&tokens, lexicon, question);
    let bounds: Vec<std::ops::Range<usize>> = clauses.iter().map(|c| c.tokens.clone()).collect();
    let clause_of = |k: usize| clause_holding(&bounds, |c| c, k);

    mark_sources(&tokens, &mut found);
    resolve_references(
        &tokens,
        lexicon,
        &mut found,
        &mut consumed,
        context,
        &clause_of,
    );
    let mut facts = Facts {
        mentions: found,
        dates,
        clauses,
        ..Facts::default()
    };
    for d in &mut facts.dates {
        d.clause = clause_of(d.tokens.start);
    }
    for (k, t) in tokens.iter().enumerate() {
        if t.is_in(class::ATTRIBUTE, |w| lexicon.attributes.contains_key(w)) {
            consumed[k] = true;
        }
    }
    if !quantities.is_empty() {
        classify_stems(&mut tokens, lexicon);
    }
    let spans: Vec<std::ops::Range<usize>> = quantities.iter().map(|q| q.tokens.clone()).collect();
    for q in &mut quantities {
        q.clause = clause_of(q.tokens.start);
        let clause = &facts.clauses[q.clause].tokens;
        // A figure's words lie in its clause, between its neighbouring figures: in "$15
        // billion first and $35 billion later", "first" is not about the $35 billion. The
        // noun right after the figure before is that figure's: in "the $38bn deal added
        // about $140 billion to its market value", "deal" is not the $140 billion's.
        let after_previous = spans
            .iter()
            .map(|r| r.end)
            .filter(|&e| e <= q.tokens.start)
            .max()
            .map(|e| {
                let head_noun = e < q.tokens.start
                    && !consumed[e]
                    && is_content(&tokens[e], lexicon)
                    && !is_light(&tokens[e], lexicon);
                e + usize::from(head_noun)
            });
        let before_next = spans
            .iter()
            .map(|r| r.start)
            .filter(|&s| s >= q.tokens.end)
            .min();
        let reach = after_previous.unwrap_or(0).max(clause.start)
            ..before_next.unwrap_or(usize::MAX).min(clause.end);
        q.roles = window_concepts(&tokens, lexicon, &consumed, q.tokens.clone(), &reach);
        if q.roles.is_empty() {
            // "spans 7 years and is worth $83B": the words before the neighbour are its too.
            q.roles = window_concepts(&tokens, lexicon, &consumed, q.tokens.clone(), clause);
        }
        q.owner = owner(&tokens, &facts.mentions, q.tokens.start, clause.start);
        let earlier = previous_value(&tokens, lexicon, q.tokens.clone(), &spans);
        for found in qualifiers(&tokens, lexicon, &consumed, q.tokens.clone(), &reach)
            .into_iter()
            .chain(earlier)
        {
            if !q.qualifiers.contains(&found) {
                q.qualifiers.push(found);
            }
        }
    }
    read_bounds_through_negation(&tokens, lexicon, &mut quantities, &mut facts.clauses);
    attach_wholes(&tokens, lexicon, &consumed, &facts, &mut quantities);
    carry_anaphoric_figures(text, &tokens, lexicon, &mut quantities, &clause_of);
    for q in quantities.iter_mut().filter(|q| q.copied) {
        q.owner = nearest_before(
            &facts.mentions,
            q.tokens.start,
            facts.clauses[q.clause].tokens.start,
        );
    }
    facts.quantities = quantities;
    // An evaluative word colours a figure or a date; it does not make it an opinion.
    for (c, clause) in facts.clauses.iter_mut().enumerate() {
        let checkable = facts.quantities.iter().any(|q| q.clause == c)
            || facts.dates.iter().any(|d| d.clause == c);
        if clause.mood == Mood::Opinion && checkable {
            clause.mood = Mood::Assertion;
        }
    }
    facts.attributes = attributes(&tokens, lexicon, &facts, &clause_of);
    facts.mood = Some(sentence_mood(&facts, question));
    if compared(&facts) {
        classify_stems(&mut tokens, lexicon);
        facts.terms = terms(&tokens, lexicon, &consumed, &clause_of);
        facts.roles = roles(&tokens, lexicon, &facts, &clause_of);
        let concept = |k: usize| concept_of(&tokens[k], lexicon).to_string();
        facts.frames = frames(&tokens, lexicon, &facts.mentions, &bounds, &concept);
        for clause in &mut facts.clauses {
            clause.denied = denied(&tokens, lexicon, &consumed, clause);
        }
        let concept = |k: usize| {
            let t = &tokens[k];
            (!consumed[k] && is_content(t, lexicon) && !is_light(t, lexicon))
                .then(|| concept_of(t, lexicon).to_string())
        };
        facts.marks = crate::marks::read(&crate::marks::Sentence {
            tokens: &tokens,
            mentions: &facts.mentions,
            clauses: &facts.clauses,
            lexicon,
            concept: &concept,
        });
    }
    // Copied into what the context holds already (`clone_from`): most sentences name the
    // organisation the one before did, and copying into it allocates nothing.
    if let Some(m) = facts.mentions.iter().find(|m| m.class == EntityClass::Org) {
        match &mut context.last_org {
            Some((name, parent)) => {
                name.clone_from(&m.name);
                parent.clone_from(&m.parent);
            }
            None => context.last_org = Some((m.name.clone(), m.parent.clone())),
        }
    }
    if let Some(m) = facts
        .mentions
        .iter()
        .find(|m| m.class == EntityClass::Other && !m.referred)
    {
        match &mut context.last_unknown {
            Some(name) => name.clone_from(&m.name),
            None => context.last_unknown = Some(m.name.clone()),
        }
    }
    buffers.tokens = tokens;
    buffers.consumed = consumed;
    facts
}

/// The lexicon classes of the stems not classified yet: only the words around figures
/// and a compared sentence's content words read their stems. Classes are a shortcut
/// for lexicon lookups, so a stem left unclassified reads the same, only slower.
fn classify_stems(tokens: &mut [Token], lexicon: &Lexicon) {
    for t in tokens.iter_mut().filter(|t| t.stem_class == 0) {
        t.stem_class = lexicon.class_of(t.stem());
    }
}

/// "According to Business Insider": who reports a fact is not a party to it.
fn mark_sources(tokens: &[Token], found: &mut [Mention]) {
    for m in found.iter_mut() {
        let k = m.tokens.start;
        m.source = k >= 2 && tokens[k - 2].lower() == "according" && tokens[k - 1].lower() == "to";
    }
}

/// Drops citation marks like "[4]" so they read as nothing.
fn without_citations(tokens: &mut Vec<Token>) {
    let mut i = 0;
    while i < tokens.len() {
        let is_cite = tokens[i].lower() == "["
            && tokens
                .get(i + 1)
                .is_some_and(|t| t.kind == TokenKind::Number)
            && tokens.get(i + 2).is_some_and(|t| t.lower() == "]");
        if is_cite {
            tokens.drain(i..i + 3);
        } else {
            i += 1;
        }
    }
}

/// A title-case line without a full stop: a heading, where capitals say nothing.
fn is_heading(text: &str, tokens: &[Token]) -> bool {
    // Most sentences end in a full stop: their words need no counting.
    if text.trim_end().ends_with(['.', '!', '?', '"', '”']) {
        return false;
    }
    let words = || {
        tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Word && t.lower().len() > 3)
    };
    let count = words().count();
    let capitals = words().filter(|t| t.capital).count();
    count >= 2 && capitals * 10 >= count * 7
}

fn resolve_references(
    tokens: &[Token],
    lexicon: &Lexicon,
    found: &mut Vec<Mention>,
    consumed: &mut [bool],
    context: &Context,
    clause_of: &dyn Fn(usize) -> usize,
) {
    let mut added = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        // A reference starts at a word that may start one and that no name has taken.
        if !tokens[k].may(class::REFERENCE) || consumed[k] {
            k += 1;
            continue;
        }
        // "the French company": one describing word may stand after "the".
        let skip = usize::from(
            tokens[k].lower() == "the"
                && tokens.get(k + 1).is_some_and(|t| {
                    t.is_in(class::ATTRIBUTE, |w| lexicon.attributes.contains_key(w))
                }),
        );
        let matches = |p: &&crate::lexicon::Phrase| {
            let words = p
                .iter()
                .enumerate()
                .map(|(n, w)| (if n == 0 { n } else { n + skip }, w));
            // The first word is the one the phrase was looked up by.
            k + p.len() + skip <= tokens.len()
                && words
                    .clone()
                    .skip(1)
                    .all(|(n, w)| tokens[k + n].lower() == *w)
                && (skip == 0 || p[0] == "the")
        };
        let phrase = lexicon
            .index
            .company_references
            .starting_with(tokens[k].lower())
            .iter()
            .map(|&i| &lexicon.company_references[i])
            .filter(matches)
            .max_by_key(|p| p.len());
        let Some(phrase) = phrase else {
            k += 1;
            continue;
        };
        let len = phrase.len() + skip;
        let pronoun = phrase.len() == 1;
        let clause = clause_of(k);
        let clause_has_org = found
            .iter()
            .any(|m| m.class == EntityClass::Org && clause_of(m.tokens.start) == clause);
        // A known organisation first; failing that, a name of no known class (a corpus
        // without an alias file names its companies that way).
        let before = |m: &&Mention, class| m.class == class && m.tokens.end <= k;
        let antecedent = found
            .iter()
            .find(|m| before(m, EntityClass::Org))
            .map(|m| (m.name.clone(), m.parent.clone(), EntityClass::Org))
            .or_else(|| {
                let (name, parent) = context.last_org.clone()?;
                Some((name, parent, EntityClass::Org))
            })
            .or_else(|| {
                let unknown = found
                    .iter()
                    .find(|m| before(m, EntityClass::Other))
                    .map(|m| m.name.clone())
                    .or_else(|| context.last_unknown.clone())?;
                Some((unknown, None, EntityClass::Other))
            });
        if let Some((name, parent, class)) = antecedent.filter(|_| !(pronoun && clause_has_org)) {
            let possessive = pronoun || tokens.get(k + len).is_some_and(|t| t.lower() == "'s");
            added.push(Mention {
                name,
                class,
                known: class == EntityClass::Org,
                parent,
                tokens: k..k + len,
                possessive,
                referred: true,
                source: false,
            });
            consumed[k..k + len].iter_mut().for_each(|c| *c = true);
        }
        k += len;
    }
    found.extend(added);
    found.sort_by_key(|m| m.tokens.start);
}

/// "down from 71.8 per cent", "from 4.91 per cent to 4.93 per cent": a figure right after a
/// previous-value marker, in a change (a direction word just before the marker, or "to"
/// and another figure just after the figure), is an earlier value; its qualifier.
fn previous_value(
    tokens: &[Token],
    lexicon: &Lexicon,
    figure: std::ops::Range<usize>,
    spans: &[std::ops::Range<usize>],
) -> Option<String> {
    let k = figure.start.checked_sub(1)?;
    let marker = lexicon.previous_markers.get(tokens[k].lower())?;
    let moved =
        (k.saturating_sub(2)..k).any(|j| lexicon.directions.contains_key(tokens[j].lower()));
    let to_another = tokens.get(figure.end).is_some_and(|t| t.lower() == "to")
        && spans.iter().any(|s| s.start == figure.end + 1);
    (moved || to_another).then(|| marker.clone())
}

/// How many tokens after a share or a multiple its whole may start ("three times the size
/// of Amazon's opening $15 billion").
const WHOLE_REACH: usize = 8;
/// How many words of a whole's name are read ("their previous record fee").
const WHOLE_WORDS: usize = 3;

/// What each share ("less than half of OpenAI's $110 billion round", "a quarter of the
/// round") and multiple ("double the £23 million", "thirteen times its initial $1
/// billion", "four times what Microsoft has invested") is of: a figure of the sentence
/// within reach, else the first word that is not a little word or a name, with the party
/// named before it.
fn attach_wholes(
    tokens: &[Token],
    lexicon: &Lexicon,
    consumed: &[bool],
    facts: &Facts,
    quantities: &mut [Quantity],
) {
    let starts: Vec<usize> = quantities.iter().map(|q| q.tokens.start).collect();
    for q in quantities.iter_mut() {
        let after = q.tokens.end;
        let word = |k: usize| tokens.get(k).map_or("", |t| t.lower());
        // A multiple names its base with a word ("double the", "twice what") or gives it
        // ("three times Hooli's $30 billion").
        let named = lexicon.multiplier_after.contains(word(after));
        let from = match q.measure {
            Measure::Unit(UnitKind::Percent) if word(after) == "of" => after + 1,
            Measure::Unit(UnitKind::Multiplier) => after,
            _ => continue,
        };
        let clause = &facts.clauses[q.clause].tokens;
        let reach = from..(from + WHOLE_REACH).min(clause.end).min(tokens.len());
        let stop = |k: &usize| matches!(tokens[*k].lower(), "," | ";" | ":" | "(");
        let end = reach.clone().find(stop).unwrap_or(reach.end);
        if let Some(&start) = starts.iter().find(|&&s| (from..end).contains(&s)) {
            q.whole = Some(Whole::Figure(start));
            continue;
        }
        if q.measure == Measure::Unit(UnitKind::Multiplier) && !named {
            continue;
        }
        let mut owner = None;
        let mut concepts: Vec<String> = Vec::new();
        for k in from..end {
            let content = !consumed[k] && is_content(&tokens[k], lexicon);
            if !content && !concepts.is_empty() || concepts.len() == WHOLE_WORDS {
                break;
            }
            if consumed[k] {
                if let Some(m) = facts.mentions.iter().find(|m| m.tokens.contains(&k)) {
                    owner = Some(m.name.clone());
                }
            } else if content {
                concepts.push(concept_of(&tokens[k], lexicon).to_string());
            }
        }
        if !concepts.is_empty() {
            q.whole = Some(Whole::Noun { concepts, owner });
        }
    }
}

/// How many words may stand between a negation and a bound it turns ("did not fall below").
const NEGATED_BOUND_REACH: usize = 2;

/// "did not fall below 26°C" is "26°C or more", "did not rise above 5%" is "5% at most":
/// a negation just before a bound turns the bound, and the clause then affirms the figure
/// (it denies no event, and moves nothing either way).
fn read_bounds_through_negation(
    tokens: &[Token],
    lexicon: &Lexicon,
    quantities: &mut [Quantity],
    clauses: &mut [Clause],
) {
    for q in quantities.iter_mut() {
        let Some(clause) = clauses.get_mut(q.clause) else {
            continue;
        };
        let Some(after) = clause.negation_end.filter(|_| clause.negated) else {
            continue;
        };
        let near = after <= q.tokens.start
            && tokens[after..q.tokens.start]
                .iter()
                .filter(|t| t.kind == TokenKind::Word && !lexicon.stopwords.contains(t.lower()))
                .count()
                <= NEGATED_BOUND_REACH;
        let turned = match q.hedge {
            Some(Hedge::LessThan) => Hedge::AtLeast,
            Some(Hedge::MoreThan) => Hedge::UpTo,
            _ => continue,
        };
        if !near {
            continue;
        }
        let (low, high) = crate::quantity::interval(q.value, 0.0, Some(turned));
        (q.hedge, q.low, q.high) = (Some(turned), low, high);
        clause.negated = false;
        clause.negation_end = None;
        clause.direction = None;
    }
}

/// "SoftBank matched that figure": the last money figure before the phrase applies again,
/// now to the clause of the phrase.
fn carry_anaphoric_figures(
    text: &str,
    tokens: &[Token],
    lexicon: &Lexicon,
    quantities: &mut Vec<Quantity>,
    clause_of: &dyn Fn(usize) -> usize,
) {
    for k in 0..tokens.len() {
        if !tokens[k].may(class::ANAPHORIC) {
            continue;
        }
        for &i in lexicon
            .index
            .anaphoric_figures
            .starting_with(tokens[k].lower())
        {
            let phrase = &lexicon.anaphoric_figures[i];
            let n = phrase.len();
            if k + n > tokens.len()
                || !tokens[k..k + n]
                    .iter()
                    .zip(phrase)
                    .all(|(t, w)| t.lower() == *w)
            {
                continue;
            }
            let antecedent = quantities
                .iter()
                .rfind(|q| !q.copied && q.tokens.end <= k && matches!(q.measure, Measure::Money(_)))
                .cloned();
            if let Some(q) = antecedent {
                let said = &text[tokens[k].span.start..tokens[k + n - 1].span.end];
                quantities.push(Quantity {
                    text: format!("{said} ({})", q.text),
                    tokens: k..k + n,
                    clause: clause_of(k),
                    copied: true,
                    ..q
                });
            }
            break;
        }
    }
    quantities.sort_by_key(|q| q.tokens.start);
    quantities.dedup_by(|a, b| a.tokens == b.tokens);
}

/// The concept a word stands for: its synonym group, else its stem's group, else its stem.
fn concept_of<'a>(token: &'a Token, lexicon: &'a Lexicon) -> &'a str {
    if let Some(group) = token
        .may(class::SYNONYM)
        .then(|| lexicon.synonyms.get(token.lower()))
        .flatten()
    {
        return group;
    }
    if token.stem_may(class::SYNONYM) {
        lexicon.concept(token.stem())
    } else {
        token.stem()
    }
}

/// What a clause's negation denies (see `Clause::denied`).
fn denied(
    tokens: &[Token],
    lexicon: &Lexicon,
    consumed: &[bool],
    clause: &Clause,
) -> Option<String> {
    let word = (clause.negation_end?..clause.tokens.end)
        .map(|k| &tokens[k])
        .zip(&consumed[clause.negation_end?..clause.tokens.end])
        .find(|(t, &taken)| !taken && is_content(t, lexicon) && !is_light(t, lexicon))?
        .0;
    let existence = [word.lower(), word.stem()]
        .iter()
        .any(|w| lexicon.existence_words.contains(*w));
    (!existence).then(|| concept_of(word, lexicon).to_string())
}

fn is_content(token: &Token, lexicon: &Lexicon) -> bool {
    token.kind == TokenKind::Word
        // Two letters or more: looking for a second one, not counting them all.
        && token.lower().chars().nth(1).is_some()
        && !token.is_in(class::STOP, |w| lexicon.stopwords.contains(w))
        && !token.is_in(class::HEDGE, |w| lexicon.index.one_word_hedges.contains(w))
}

fn terms(
    tokens: &[Token],
    lexicon: &Lexicon,
    consumed: &[bool],
    clause_of: &dyn Fn(usize) -> usize,
) -> Vec<Term> {
    // At most one term a token: room for all at once.
    let mut out: Vec<Term> = Vec::with_capacity(tokens.len());
    for (k, t) in tokens.iter().enumerate() {
        if consumed[k] || !is_content(t, lexicon) {
            continue;
        }
        let concept = concept_of(t, lexicon);
        if !out.iter().any(|x| x.concept == concept) {
            out.push(Term {
                concept: concept.to_string(),
                clause: clause_of(k),
                light: is_light(t, lexicon),
                span: t.span.clone(),
            });
        }
    }
    out
}

/// Content words near a figure, inside its clause: what the figure is a figure of.
fn window_concepts(
    tokens: &[Token],
    lexicon: &Lexicon,
    consumed: &[bool],
    around: std::ops::Range<usize>,
    clause: &std::ops::Range<usize>,
) -> Vec<String> {
    let wanted = |k: &usize| {
        !consumed[*k] && !is_light(&tokens[*k], lexicon) && is_content(&tokens[*k], lexicon)
    };
    let before = (clause.start..around.start)
        .rev()
        .filter(wanted)
        .take(ROLE_WORDS);
    let after = (around.end..clause.end).filter(wanted).take(ROLE_WORDS);
    let mut out: Vec<String> = Vec::new();
    for k in before.chain(after) {
        let c = concept_of(&tokens[k], lexicon);
        if !out.iter().any(|x| x == c) {
            out.push(c.to_string());
        }
    }
    out
}

fn is_light(t: &Token, lexicon: &Lexicon) -> bool {
    let listed = t.is_in(class::LIGHT, |w| lexicon.light_words.contains(w))
        || t.stem_is_in(class::LIGHT_STEM, |w| lexicon.index.light_stems.contains(w));
    listed
        && !t.is_in(class::SYNONYM, |w| lexicon.synonyms.contains_key(w))
        && !t.stem_is_in(class::SYNONYM, |w| lexicon.synonyms.contains_key(w))
}

/// Whose figure it is, when the sentence says so with a possessive right before it:
/// "OpenAI's recent $110 billion", "Amazon's $50 billion".
fn owner(tokens: &[Token], mentions: &[Mention], at: usize, clause_start: usize) -> Option<String> {
    let m = mentions
        .iter()
        .rfind(|m| m.possessive && m.tokens.end <= at && m.tokens.start >= clause_start)?;
    let between = tokens[m.tokens.end..at]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count();
    (between <= 2).then(|| m.name.clone())
}

/// The participant named last before token `at` in its clause: who "matched that figure".
fn nearest_before(mentions: &[Mention], at: usize, clause_start: usize) -> Option<String> {
    mentions
        .iter()
        .rfind(|m| {
            m.tokens.end <= at && m.tokens.start >= clause_start && m.class != EntityClass::Person
        })
        .map(|m| m.name.clone())
}

/// Qualifiers of a figure: "first", "total", "additional" among the words before it in
/// its clause, back to the previous figure (qualifiers lead: "an initial $15 billion
/// followed by another $35 billion"). Little words like "another" are read but not
/// counted in the reach, and neither are names.
fn qualifiers(
    tokens: &[Token],
    lexicon: &Lexicon,
    consumed: &[bool],
    around: std::ops::Range<usize>,
    clause: &std::ops::Range<usize>,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut read = |range: &mut dyn Iterator<Item = usize>| {
        let mut words = 0;
        for k in range {
            let t = &tokens[k];
            // Stop at the previous figure and at a conjunction, which ends what came before
            // ("$15 billion first and $35 billion later").
            let conjunction = matches!(t.lower(), "and" | "or" | "," | ";");
            if t.kind == TokenKind::Number
                || lexicon.currencies.contains_key(t.lower())
                || conjunction
            {
                break;
            }
            if let Some(q) = lexicon.qualifiers.get(t.lower()) {
                if !out.contains(q) {
                    out.push(q.clone());
                }
            }
            words += usize::from(!consumed[k] && is_content(t, lexicon));
            if words >= QUALIFIER_WORDS {
                break;
            }
        }
    };
    read(&mut (clause.start..around.start).rev());
    out
}

fn roles(
    tokens: &[Token],
    lexicon: &Lexicon,
    facts: &Facts,
    clause_of: &dyn Fn(usize) -> usize,
) -> Vec<Role> {
    let mut out = Vec::new();
    for m in &facts.mentions {
        // Only organisations and products play roles that can be swapped; places and people
        // ("from Seattle to Shenzhen") do not.
        if m.referred || !m.known || !matches!(m.class, EntityClass::Org | EntityClass::Product) {
            continue;
        }
        let mut k = m.tokens.start;
        while k > 0
            && matches!(
                tokens[k - 1].lower(),
                "the" | "its" | "their" | "a" | "an" | "\"" | "“"
            )
        {
            k -= 1;
        }
        let before = k.checked_sub(1).map(|p| tokens[p].lower());
        let org_role = || {
            before
                .filter(|_| m.class == EntityClass::Org)
                .and_then(|w| lexicon.org_roles.get(w))
        };
        // "coming to Azure": the preposition's verb stands earlier in the same clause.
        let verb_role = || {
            let (role, verbs) = lexicon.verb_roles.get(before?)?;
            let clause = clause_of(k - 1);
            (0..k - 1)
                .rev()
                .take_while(|&j| clause_of(j) == clause)
                .any(|j| verbs.contains(tokens[j].lower()))
                .then_some(role)
        };
        // A verb's own role for its preposition comes first: money poured "into" a company
        // goes to it, while a model put "into" Bedrock runs there.
        if let Some(role) = verb_role()
            .or_else(|| before.and_then(|w| lexicon.roles.get(w)))
            .or_else(org_role)
        {
            out.push(Role {
                role: role.clone(),
                name: m.name.clone(),
                parent: m.parent.clone(),
                clause: clause_of(m.tokens.start),
            });
        }
    }
    // "Amazon led the round", "the round was led by Amazon": the agent of a role verb.
    for (k, t) in tokens.iter().enumerate() {
        let Some(role) = t
            .may(class::AGENT)
            .then(|| lexicon.agent_roles.get(t.lower()))
            .flatten()
        else {
            continue;
        };
        let clause = clause_of(k);
        let is_party = |m: &&Mention| {
            m.known && m.class == EntityClass::Org && clause_of(m.tokens.start) == clause
        };
        let passive = tokens.get(k + 1).is_some_and(|n| n.lower() == "by");
        let agent = if passive {
            facts
                .mentions
                .iter()
                .filter(is_party)
                .find(|m| m.tokens.start > k + 1 && m.tokens.start <= k + 3)
        } else {
            facts
                .mentions
                .iter()
                .filter(is_party)
                .rfind(|m| m.tokens.end <= k)
        };
        if let Some(m) = agent {
            out.push(Role {
                role: role.clone(),
                name: m.name.clone(),
                parent: m.parent.clone(),
                clause,
            });
        }
    }
    out
}

fn attributes(
    tokens: &[Token],
    lexicon: &Lexicon,
    facts: &Facts,
    clause_of: &dyn Fn(usize) -> usize,
) -> Vec<Attribute> {
    let mut out = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        let known = t
            .may(class::ATTRIBUTE)
            .then(|| lexicon.attributes.get(t.lower()))
            .flatten();
        let Some((class, value)) = known else {
            continue;
        };
        let clause = clause_of(k);
        let holder = facts
            .mentions
            .iter()
            .filter(|m| clause_of(m.tokens.start) == clause)
            .min_by_key(|m| {
                if m.tokens.start > k {
                    m.tokens.start - k
                } else {
                    (k + 1).saturating_sub(m.tokens.end)
                }
            })
            .map(|m| m.name.clone());
        out.push(Attribute {
            class: class.clone(),
            value: value.clone(),
            holder,
            clause,
        });
    }
    out
}

/// The clause of `clauses` (in order, none overlapping) that holds token `token`, found by
/// halving: a sentence cut at the length limit may have hundreds. The first clause for a
/// token in none.
fn clause_holding<C>(
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

fn sentence_mood(facts: &Facts, question: bool) -> Mood {
    if question {
        return Mood::Question;
    }
    // Which clauses name a participant or hold a figure or a date, marked in one pass.
    let mut anchors = vec![false; facts.clauses.len()];
    let clauses = facts
        .mentions
        .iter()
        .map(|m| facts.clause_of(m.tokens.start))
        .chain(facts.quantities.iter().map(|q| q.clause))
        .chain(facts.dates.iter().map(|d| d.clause));
    for c in clauses {
        if let Some(a) = anchors.get_mut(c) {
            *a = true;
        }
    }
    let anchored = |c: usize| anchors[c];
    // "Read more: …", "Click here to …": boilerplate leads with its call to action.
    if facts
        .clauses
        .first()
        .is_some_and(|c| c.mood == Mood::Advice)
    {
        return Mood::Advice;
    }
    let anchored_clauses: Vec<usize> = (0..facts.clauses.len()).filter(|&c| anchored(c)).collect();
    if anchored_clauses.iter().any(|&c| facts.clauses[c].asserts())
        || anchored_clauses.is_empty() && facts.clauses.iter().all(Clause::asserts)
    {
        return Mood::Assertion;
    }
    facts
        .clauses
        .iter()
        .map(|c| c.mood)
        .find(|m| *m != Mood::Assertion)
        .unwrap_or(Mood::Assertion)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn denied(sentence: &str) -> Vec<Option<String>> {
        let facts = extract(
            sentence,
            &crate::claim_set().lexicon,
            &mut Context::default(),
        );
        facts.clauses.into_iter().map(|c| c.denied).collect()
    }

    /// A negation just before a bound turns it, and the clause affirms the figure.
    #[test]
    fn a_negated_bound_is_the_other_bound() {
        let lexicon = &crate::claim_set().lexicon;
        for (text, hedge) in [
            ("The temperature did not fall below 26°C.", Hedge::AtLeast),
            ("No boulder on it is larger than 20 metres.", Hedge::UpTo),
        ] {
            let facts = extract(text, lexicon, &mut Context::default());
            assert_eq!(facts.quantities[0].hedge, Some(hedge), "{text}");
            assert!(!facts.clauses[facts.quantities[0].clause].negated, "{text}");
        }
        let facts = extract(
            "Turnout was 67.3%, down from 71.8% in 2021.",
            lexicon,
            &mut Context::default(),
        );
        assert!(facts.quantities[1]
            .qualifiers
            .contains(&"previous".to_string()));
        assert!(facts.quantities[0].qualifiers.is_empty());
    }

    /// A negation denies the first content word after it (as a concept: a stem or a
    /// synonym group), unless that word denies that something exists or happened: then it
    /// reaches the whole clause.
    #[test]
    fn a_negation_denies_the_word_after_it() {
        assert_eq!(
            denied("Amazon did not invest in OpenAI."),
            [Some("invest".into())]
        );
        assert_eq!(
            denied("Halvorsen does not plan to close the plant."),
            [Some("clos".into())]
        );
        assert_eq!(denied("The alliance never materialized."), [None]);
        assert_eq!(denied("Amazon invested in OpenAI."), [None]);
    }
}
