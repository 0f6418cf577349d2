//! Stage 2: the facts of one sentence — participants and their roles, quantities, dates,
//! attributes, content words, and per clause its mood and polarity.
//!
//! The same function reads seed sentences (at build time, into claims) and the sentences
//! of a checked article, so both sides are always described the same way.
//!
//! This file holds the entry points ([`extract`], [`extract_for`], [`extract_reusing`]),
//! which run the stages in order; the types they fill are in `facts`. The stages: `tokens`
//! prepares the tokens, `mentions` marks sources and resolves "the company" to a name,
//! `figures` attaches wholes, bounds and earlier values to figures, `words` reads content
//! words, denials and qualifiers, `roles` who plays which role and the attributes stated,
//! and `mood` the sentence's mood.

mod facts;
mod figures;
mod mentions;
mod mood;
mod roles;
mod tokens;
mod words;

use self::facts::clause_holding;
pub use self::facts::{Attribute, Context, Facts, Role, Term};
use self::figures::{
    attach_wholes, carry_anaphoric_figures, previous_value, read_bounds_through_negation,
};
use self::mentions::{mark_sources, name_makers, resolve_references};
use self::mood::sentence_mood;
use self::roles::{attributes, roles};
use self::tokens::{classify_stems, ends_as_sentence, is_heading, without_citations};
use self::words::{
    concept_of, denied, is_content, is_light, nearest_before, owner, qualifiers, terms,
    window_concepts,
};
use crate::clause::clauses;
use crate::date::dates;
use crate::entity::mentions;
use crate::frame::frames;
use crate::lexicon::{class, EntityClass, Lexicon, Mood};
use crate::marks::MarkKind;
use crate::quantity::quantities;
use crate::token::{tokenize_lowered_into, Token};

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
        &compared,
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
/// in lower case if the caller has it (see [`tokenize_lowered_into`]). `compared` is a
/// trait object, not a type parameter: one copy of this long function, not one per
/// caller, in the browser build.
pub fn extract_reusing<'a>(
    text: &'a str,
    ascii_lower: Option<&'a str>,
    lexicon: &Lexicon,
    context: &mut Context,
    compared: &dyn Fn(&Facts) -> bool,
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
    name_makers(&tokens, lexicon, &mut found);
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
        fragment: !ends_as_sentence(text),
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
    // An evaluative word colours a figure or a date; it does not make it an opinion. A plan
    // modal with one tells of a plan or a deal's terms ("would hold equity valued at $130bn").
    for (c, clause) in facts.clauses.iter_mut().enumerate() {
        let checkable = facts.quantities.iter().any(|q| q.clause == c)
            || facts.dates.iter().any(|d| d.clause == c);
        if (clause.mood == Mood::Opinion || clause.plan_modal) && checkable {
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
            (clause.denied, clause.denied_complement) = denied(&tokens, lexicon, &consumed, clause);
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
        // A party a contrast denies ("Microsoft, not Nvidia, will invest") fills no role of
        // its clause: the party it is contrasted with does.
        for m in facts.marks.iter().filter(|m| m.kind == MarkKind::Denied) {
            let given = m
                .partner
                .as_ref()
                .and_then(|p| facts.mentions.iter().find(|x| x.name == *p));
            if let Some(given) = given {
                for f in facts.frames.iter_mut().filter(|f| f.clause == m.clause) {
                    f.give_roles(&m.party, given);
                }
            }
        }
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
