//! Stage 5: the JSON a caller sees: sentences with UTF-16 offsets, verdicts and evidence,
//! and the claim set with provenance.
//!
//! Inside Rust every span is a byte range; here, where they are handed out, they become
//! UTF-16 code units (`crate::utf16`), once per document in a single pass over the text.
//! Findings are put into words here too (`crate::wording`). The CLI and the WASM binding
//! both hand out these same structures.

use crate::claims::{ClaimSet, Document};
use crate::judge::{FindingKind, Judgement, Verdict};
use crate::rule::Rule;
use crate::utf16::Utf16Offsets;
use serde::Serialize;

/// Borrows the checked text and the claim set rather than copying sentences and quotes.
#[derive(Debug, Serialize, PartialEq)]
pub struct Report<'a> {
    pub sentences: Vec<SentenceReport<'a>>,
    pub summary: Summary,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct SentenceReport<'a> {
    /// UTF-16 code units from the start of the input.
    pub start: usize,
    pub end: usize,
    /// Exactly the input between `start` and `end`.
    pub text: &'a str,
    pub verdict: Verdict,
    pub disputed: bool,
    /// The rule that decided the verdict (see `factmark rules`).
    pub rule: Rule,
    /// Why, in one line for a reader: the deciding finding, or why nothing was checked.
    pub reason: String,
    pub findings: Vec<FindingReport<'a>>,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct FindingReport<'a> {
    pub kind: FindingKind,
    /// What agrees or differs, for a reader: "This says $45 billion; “Cloud AI arms race
    /// intensifies” says $38 billion."
    pub detail: String,
    /// The claim the finding rests on, if any (an id from `claims()`).
    pub claim: Option<usize>,
    pub source: Option<SourceReport<'a>>,
    /// The rule that made the finding (see `factmark rules`).
    pub rule: Rule,
}

#[derive(Debug, Serialize, PartialEq, Clone)]
pub struct SourceReport<'a> {
    /// The document's file name, as `claims()` lists it.
    pub doc: &'a str,
    /// How a reader is told of the document (see `wording::document_name`).
    pub name: String,
    /// Where known: the document's title, outlet, date and address.
    #[serde(skip_serializing_if = "str::is_empty")]
    pub title: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub outlet: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub date: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub url: &'a str,
    /// UTF-16 code units within the document.
    pub start: usize,
    pub end: usize,
    pub quote: &'a str,
}

#[derive(Debug, Default, Serialize, PartialEq)]
pub struct Summary {
    pub sentences: usize,
    #[serde(rename = "match")]
    pub matches: usize,
    pub extend: usize,
    pub contradict: usize,
    pub none: usize,
    pub disputed: usize,
}

impl<'a> Report<'a> {
    /// Builds the report for `text` from judgements whose spans are byte ranges of it, in order.
    pub fn new(text: &'a str, judgements: Vec<Judgement>, claims: &'a ClaimSet) -> Report<'a> {
        let mut offsets = Utf16Offsets::new(text);
        let mut summary = Summary::default();
        let sentences = judgements
            .into_iter()
            .map(|j| {
                summary.count(&j);
                SentenceReport::new(text, j, claims, &mut offsets)
            })
            .collect();
        Report { sentences, summary }
    }
}

impl<'a> SentenceReport<'a> {
    /// The report of one judgement of `text`; `offsets` has converted the spans of the
    /// judgements before it (a caller may write each sentence out as it is judged).
    pub fn new(
        text: &'a str,
        j: Judgement,
        claims: &'a ClaimSet,
        offsets: &mut Utf16Offsets,
    ) -> SentenceReport<'a> {
        let sentence = &text[j.span.clone()];
        SentenceReport {
            start: offsets.at(j.span.start),
            end: offsets.at(j.span.end),
            text: sentence,
            verdict: j.verdict,
            disputed: j.disputed,
            rule: j.rule,
            reason: crate::wording::reason(claims, &j, sentence),
            findings: j
                .findings
                .iter()
                .map(|f| FindingReport {
                    kind: f.kind,
                    detail: crate::wording::finding(claims, f, sentence),
                    claim: f.claim,
                    source: f.claim.map(|id| source(claims, id)),
                    rule: f.rule,
                })
                .collect(),
        }
    }
}

impl Summary {
    /// Counts one more sentence and its verdict.
    pub fn count(&mut self, j: &Judgement) {
        self.sentences += 1;
        match j.verdict {
            Verdict::Match => self.matches += 1,
            Verdict::Extend => self.extend += 1,
            Verdict::Contradict => self.contradict += 1,
            Verdict::None => self.none += 1,
        }
        self.disputed += usize::from(j.disputed);
    }
}

/// Where claim `id` comes from, for a finding that rests on it.
pub fn source(set: &ClaimSet, id: usize) -> SourceReport<'_> {
    let c = &set.claims[id];
    let d = set.document(&c.doc);
    let field = |f: fn(&Document) -> &str| d.map_or("", f);
    SourceReport {
        doc: &c.doc,
        name: crate::wording::document_name(set, &c.doc),
        title: field(|d| &d.title),
        outlet: field(|d| &d.outlet),
        date: field(|d| &d.date),
        url: field(|d| &d.url),
        start: c.span_utf16.start,
        end: c.span_utf16.end,
        quote: &c.quote,
    }
}

/// The claim set as callers see it.
pub fn claims(set: &ClaimSet) -> ClaimsReport {
    ClaimsReport {
        documents: set.documents.clone(),
        claims: set
            .claims
            .iter()
            .map(|c| ClaimReport {
                id: c.id,
                doc: c.doc.clone(),
                start: c.span_utf16.start,
                end: c.span_utf16.end,
                quote: c.quote.clone(),
                participants: c.facts.names().map(str::to_string).collect(),
                figures: c
                    .facts
                    .quantities
                    .iter()
                    .filter(|q| c.facts.asserted(q.clause))
                    .map(|q| q.text.clone())
                    .collect(),
                dates: c
                    .facts
                    .dates
                    .iter()
                    .filter(|d| c.facts.asserted(d.clause))
                    .map(|d| d.text.clone())
                    .collect(),
                negated: c.facts.negated(),
                disputed_with: c
                    .disputes
                    .iter()
                    .map(|d| DisputeReport {
                        claim: d.with,
                        doc: set.claims[d.with].doc.clone(),
                        detail: crate::wording::dispute(set, c.id, d),
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// The claim set as callers see it: `factmark claims` and the WASM `claims()`.
#[derive(Debug, Serialize)]
pub struct ClaimsReport {
    pub documents: Vec<Document>,
    pub claims: Vec<ClaimReport>,
}

#[derive(Debug, Serialize)]
pub struct ClaimReport {
    pub id: usize,
    pub doc: String,
    /// UTF-16 code units within the seed document.
    pub start: usize,
    pub end: usize,
    pub quote: String,
    pub participants: Vec<String>,
    pub figures: Vec<String>,
    pub dates: Vec<String>,
    pub negated: bool,
    pub disputed_with: Vec<DisputeReport>,
}

#[derive(Debug, Serialize)]
pub struct DisputeReport {
    pub claim: usize,
    pub doc: String,
    pub detail: String,
}
