//! Stage 4: the verdict for each sentence, with the findings that explain it.
//!
//! A sentence is compared with the claims it aligns with, aspect by aspect, one module
//! each: `gate` (is it checkable and about anything the claims describe?), `figures`,
//! `dates`, `roles`, `frames` (who does what to whom), `participation`, `contrast`,
//! `polarity`, `direction`, `attributes`, `new_detail`, and `resolve`,
//! which weighs the findings into a verdict. Every decision is a named
//! [`Rule`]; every finding names its rule, and [`explain_text`] also keeps the claims
//! considered and the findings a rule suppressed.
//!
//! A false "contradicts" is the costliest error, so a difference counts only when the
//! claim is clearly about the same thing, and where the reference documents disagree among
//! themselves agreeing with one of them is a match, flagged as disputed.

mod attributes;
mod contrast;
mod dates;
mod direction;
mod figures;
mod findings;
mod frames;
mod gate;
mod new_detail;
mod participation;
mod polarity;
mod resolve;
mod roles;

pub use crate::finding::{Detail, Finding, FindingKind, Suppressed, Topic};
pub use crate::rule::Rule;

use crate::align::{align, Alignment, Scratch};
use crate::claims::ClaimSet;
use crate::entity::Mention;
use crate::extract::{extract_reusing, Buffers, Context, Facts};
use crate::overlap::parties_swapped;
use findings::Findings;
use serde::Serialize;
use std::ops::Range;

/// One sentence's verdict. Precedence when evidence mixes: contradict > extend > match > none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    None,
    Match,
    Extend,
    Contradict,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Judgement {
    /// Byte range of the sentence in the checked text.
    pub span: Range<usize>,
    pub verdict: Verdict,
    pub disputed: bool,
    pub findings: Vec<Finding>,
    /// The rule that decided the verdict.
    pub rule: Rule,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub verdict: Verdict,
    pub disputed: bool,
    pub findings: Vec<Finding>,
    /// The rule that decided the verdict.
    pub rule: Rule,
}

impl Outcome {
    /// A sentence left unchecked by the gate `rule`.
    fn unchecked(rule: Rule) -> Outcome {
        Outcome {
            verdict: Verdict::None,
            disputed: false,
            findings: vec![Finding::unchecked(rule)],
            rule,
        }
    }
}

/// What `--explain` shows of one sentence besides its findings.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trace {
    /// The claims compared with the sentence, best first, as alignment scored them.
    pub considered: Vec<Alignment>,
    /// Findings a rule removed or prevented, with that rule.
    pub suppressed: Vec<Suppressed>,
    /// The sentence's role frames (who does what to whom).
    pub frames: Vec<crate::frame::Frame>,
}

/// Judges every sentence of `text`.
pub fn judge_text(text: &str, claims: &ClaimSet) -> Vec<Judgement> {
    let mut judgements = Vec::new();
    judge_each(text, claims, |judgement| judgements.push(judgement));
    judgements
}

/// Judges every sentence of `text`, handing each judgement to `each` as it is made, in
/// order: a caller that writes them out holds none of them.
pub fn judge_each(text: &str, claims: &ClaimSet, mut each: impl FnMut(Judgement)) {
    each_sentence(text, claims, false, |judgement, _| each(judgement));
}

/// [`judge_text`], with each sentence's [`Trace`].
pub fn explain_text(text: &str, claims: &ClaimSet) -> Vec<(Judgement, Trace)> {
    let mut explained = Vec::new();
    each_sentence(text, claims, true, |judgement, trace| {
        explained.push((judgement, trace))
    });
    explained
}

/// Judges the sentences of `text` in order, handing each to `out` with its trace (empty
/// unless `trace`).
fn each_sentence(
    text: &str,
    claims: &ClaimSet,
    trace: bool,
    mut out: impl FnMut(Judgement, Trace),
) {
    // Lowered once for the whole text: each sentence's capitalised words borrow from it.
    let ascii_lower = text.to_ascii_lowercase();
    let mut context = Context::default();
    let mut buffers = Buffers::default();
    let mut scratch = Scratch::default();
    for piece in crate::segment::Sentences::new(text, &claims.lexicon) {
        let span = piece.span;
        let sentence = &text[span.clone()];
        let facts = extract_reusing(
            sentence,
            Some(&ascii_lower[span.clone()]),
            &claims.lexicon,
            &mut context,
            &gate::compared,
            &mut buffers,
        );
        let mut explained = Trace::default();
        let outcome = compare(
            &facts,
            claims,
            None,
            &mut scratch,
            trace.then_some(&mut explained),
        );
        let mut findings = outcome.findings;
        if piece.cut {
            findings.push(Finding::unchecked(Rule::LongSentenceCut));
        }
        let judgement = Judgement {
            span,
            verdict: outcome.verdict,
            disputed: outcome.disputed,
            findings,
            rule: outcome.rule,
        };
        out(judgement, explained);
    }
}

/// Compares one sentence's facts with the claim set (leaving out `skip_doc`'s claims),
/// with `scratch` as working room; `trace`, if given, receives what `--explain` shows.
pub fn compare(
    facts: &Facts,
    set: &ClaimSet,
    skip_doc: Option<&str>,
    scratch: &mut Scratch,
    mut trace: Option<&mut Trace>,
) -> Outcome {
    if let Some(t) = trace.as_deref_mut() {
        t.frames.clone_from(&facts.frames);
    }
    if let Some(rule) = gate::mood(facts) {
        return Outcome::unchecked(rule);
    }
    let anchors = gate::anchors(facts);
    if anchors == 0 {
        return Outcome::unchecked(Rule::NoCheckableDetail);
    }
    align(facts, set, skip_doc, scratch);
    compare_aligned(facts, set, anchors, scratch, trace)
}

/// [`compare`] for a sentence with `anchors` checkable details, given the claims it
/// aligns with (`scratch.all()`).
fn compare_aligned(
    facts: &Facts,
    set: &ClaimSet,
    anchors: usize,
    scratch: &mut Scratch,
    trace: Option<&mut Trace>,
) -> Outcome {
    let tuning = &set.tuning;
    let best = match gate::best_related(facts, set, anchors, scratch.all()) {
        Ok(best) => best.clone(),
        Err(rule) => return Outcome::unchecked(rule),
    };
    // Claims nearly as good as the best, and any claim about the same event (a sentence
    // may restate facts from several claims).
    let is_related = |a: &Alignment| {
        a.claim == best.claim
            || a.score >= best.score * tuning.near_best && a.coverage >= tuning.min_coverage
            || a.same_event()
    };
    // Only these are looked at below: the `max_events` best, related claims, for a figure
    // owned elsewhere any claim with a figure sharing a name, and for disputed relations
    // any claim stating one.
    let figures = facts.quantities.iter().any(|q| facts.asserted(q.clause));
    scratch.best_first(tuning.max_events, |a| {
        figures && a.shared_names > 0 && set.asserts_figure(a.claim)
            || is_related(a)
            || set.states_disputed_relation(a.claim)
    });
    let alignments = scratch.kept();
    let related: Vec<&Alignment> = alignments
        .iter()
        .filter(|a| is_related(a))
        .take(tuning.max_compared)
        .collect();
    let mut findings = Findings::new(set, trace.is_some());
    // Figures are looked up first where a figure already matched, then in the claims
    // about the same event; most sentences state none, and need no list of them.
    if figures {
        let events: Vec<&Alignment> = related
            .iter()
            .copied()
            .chain(
                alignments
                    .iter()
                    .filter(|a| a.same_event() && a.shared_quantities > 0),
            )
            .chain(
                alignments
                    .iter()
                    .filter(|a| a.same_event())
                    .take(tuning.max_events),
            )
            .collect();
        figures::compare(facts, set, &events, alignments, &mut findings);
    }
    dates::compare_deadlines(facts, set, &mut findings);
    dates::compare(facts, set, &related, &mut findings);
    let nearby = &alignments[..alignments.len().min(tuning.max_events)];
    roles::compare(facts, set, nearby, &mut findings);
    participation::compare(facts, set, nearby, &mut findings);
    contrast::compare(facts, set, nearby, &mut findings);
    frames::compare(facts, set, nearby, &mut findings);
    polarity::compare(facts, set, &related, &mut findings);
    polarity::compare_disputed_relations(facts, set, alignments, &mut findings);
    direction::compare(facts, set, &related, &mut findings);
    attributes::compare(facts, set, &mut findings);
    new_detail::compare(facts, set, &related, &mut findings);
    // A claim about other parties ("OpenAI will use AWS" for "Anthropic will use Google
    // Cloud") is no restatement, however many words they share.
    fn parties(f: &Facts) -> impl Iterator<Item = &Mention> + Clone {
        f.mentions.iter().filter(|m| !m.source)
    }
    let best_facts = &set.claims[best.claim].facts;
    let other_parties = parties_swapped(parties(facts), parties(best_facts));
    let opposite = polarity::polarities(facts, best_facts).is_some_and(|(a, b, _)| a != b);
    let considered = trace
        .is_some()
        .then(|| related.iter().map(|&a| a.clone()).collect());
    let outcome = resolve::conclude(&mut findings, &best, opposite, other_parties);
    if let (Some(trace), Some(considered)) = (trace, considered) {
        trace.considered = considered;
        trace.suppressed = findings.suppressed;
    }
    outcome
}

/// Judges `sentence` alone against `set`, keeping its trace: for the rules' tests.
#[cfg(test)]
pub(crate) fn explain_one(set: &ClaimSet, sentence: &str) -> (Judgement, Trace) {
    let mut all = explain_text(sentence, set);
    assert_eq!(all.len(), 1, "one sentence expected: {sentence}");
    all.remove(0)
}

/// Asserts that `rule` fired for `sentence` checked against `set`: it made a finding (one
/// that stands or one another rule suppressed), suppressed one, or decided the verdict.
#[cfg(test)]
pub(crate) fn assert_fires_in(set: &ClaimSet, rule: Rule, sentence: &str) {
    let (judgement, trace) = explain_one(set, sentence);
    let fired = judgement.rule == rule
        || judgement.findings.iter().any(|f| f.rule == rule)
        || trace
            .suppressed
            .iter()
            .any(|s| s.by == rule || s.finding.rule == rule);
    assert!(
        fired,
        "{rule} did not fire for {sentence:?}: {:?} by {}, findings {:#?}, suppressed {:#?}",
        judgement.verdict, judgement.rule, judgement.findings, trace.suppressed
    );
}

/// Asserts that `rule` decides nothing for `sentence` in `set`: neither the verdict nor
/// any finding kept is its.
#[cfg(test)]
pub(crate) fn assert_not_fires_in(set: &ClaimSet, rule: Rule, sentence: &str) {
    let (judgement, _) = explain_one(set, sentence);
    assert!(
        judgement.rule != rule && judgement.findings.iter().all(|f| f.rule != rule),
        "{rule} fired for {sentence:?}: {:?} by {}, findings {:#?}",
        judgement.verdict,
        judgement.rule,
        judgement.findings
    );
}

/// [`assert_fires_in`] the bundled claim set.
#[cfg(test)]
pub(crate) fn assert_fires(rule: Rule, sentence: &str) {
    assert_fires_in(crate::claim_set(), rule, sentence);
}

/// A claim set of `documents`, read with the bundled lexicon: for rules the bundled
/// documents give no case of.
#[cfg(test)]
pub(crate) fn corpus(documents: &[(&str, &str)]) -> ClaimSet {
    let documents: Vec<(String, String)> = documents
        .iter()
        .map(|(name, text)| (name.to_string(), text.to_string()))
        .collect();
    ClaimSet::from_documents(&documents, crate::lexicon::Lexicon::bundled())
}
