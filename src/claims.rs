//! The claim set: every assertive sentence of the seed documents, with its facts and
//! provenance, and the places where the seeds disagree with each other.
//!
//! Built by `build.rs` from `seeds/*.txt` and `seeds/lexicon/*.tsv` and embedded in the
//! library as JSON, so the checker ships with its corpus and needs no I/O at run time.

use crate::align::KeyIndex;
use crate::dispute::{self, Disagreement, Dispute, RelationDispute};
use crate::entity::Mention;
use crate::extract::{extract, Context, Facts};
use crate::hash::FxMap as HashMap;
use crate::judge::{compare, Finding, FindingKind};
use crate::lexicon::{Lexicon, Mood};
use crate::report::{SourceReport, Utf16Offsets};
use serde::{Deserialize, Serialize};
use std::ops::Range;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Claim {
    pub id: usize,
    /// File name of the seed document.
    pub doc: String,
    /// Byte range of the sentence in the document.
    #[serde(with = "crate::serial::range")]
    pub span: Range<usize>,
    /// The same range in UTF-16 code units, for JavaScript.
    #[serde(with = "crate::serial::range")]
    pub span_utf16: Range<usize>,
    pub quote: String,
    pub facts: Facts,
    /// Claims of other documents that state the same thing differently.
    pub disputes: Vec<Dispute>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ClaimSet {
    pub lexicon: Lexicon,
    pub documents: Vec<String>,
    pub claims: Vec<Claim>,
    /// Every name each document mentions: a name a document already uses is no news.
    pub document_names: HashMap<String, Vec<String>>,
    /// Relations one document denies and another states.
    pub relations: Vec<RelationDispute>,
    /// The claims by name and concept, with how rare each is; rebuilt by `prepare`.
    #[serde(skip)]
    pub index: KeyIndex,
    /// Per document, each organisation's usual counterpart there (see [`Self::partner`]).
    #[serde(skip)]
    partners: HashMap<String, HashMap<String, String>>,
    /// Per claim, whether it states a relation in `relations`: the judge asks this of every
    /// claim a sentence aligns with.
    #[serde(skip)]
    relation_staters: Vec<bool>,
    /// Per claim, the stems of the words of every name it gives: a sentence's word inside
    /// a name the claim gives is read into the name (`judge::new_details`), and working
    /// them out anew for every sentence cost more than the rest of that check.
    #[serde(skip)]
    name_stems: Vec<Vec<String>>,
    /// Per claim, `Facts::names`: what a sentence's names are checked against, worked out
    /// once rather than for every sentence the claim is related to (the names are told
    /// apart pairwise, clause by clause).
    #[serde(skip)]
    claim_names: Vec<Vec<String>>,
    /// Per claim and figure, what the judge weighs a sentence's figure against (see
    /// [`FigureContext`]); worked out once, not for every sentence the claim aligns with.
    #[serde(skip)]
    figures: Vec<Vec<FigureContext>>,
    /// Per claim, whether it asserts a figure: the judge asks this of most claims a
    /// sentence with a figure aligns with.
    #[serde(skip)]
    figure_claims: Vec<bool>,
}

/// What the judge asks of one of a claim's figures.
#[derive(Clone, Debug, Default)]
pub struct FigureContext {
    /// Who the figure is about: `Facts::participants` of its clause.
    pub parties: Vec<Mention>,
    /// The claim asserts no other figure of its kind.
    pub lone: bool,
    /// The owner's usual counterpart in the claim's document (`ClaimSet::partner`).
    pub implied: Option<String>,
}

impl ClaimSet {
    /// Extracts the claim set from `(name, text)` documents.
    pub fn build(documents: &[(String, String)], mut lexicon: Lexicon) -> ClaimSet {
        let (mut claims, mut document_names) = extract_claims(documents, &lexicon);
        // Names the corpus teaches (`learn`) become lexicon entries, and the corpus is read
        // again with them.
        let learned = crate::learn::entries(&claims, &lexicon);
        if !learned.is_empty() {
            for (class, name, alias) in &learned {
                lexicon.add_learned(class, name, alias);
            }
            lexicon.prepare();
            (claims, document_names) = extract_claims(documents, &lexicon);
        }
        let mut set = ClaimSet {
            lexicon,
            documents: documents.iter().map(|(n, _)| n.clone()).collect(),
            claims,
            document_names,
            relations: Vec::new(),
            index: KeyIndex::default(),
            partners: HashMap::default(),
            relation_staters: Vec::new(),
            name_stems: Vec::new(),
            claim_names: Vec::new(),
            figures: Vec::new(),
            figure_claims: Vec::new(),
        };
        set.prepare();
        set.find_disputes();
        set
    }
}

/// Every claim of `documents`, and the names each document mentions.
fn extract_claims(
    documents: &[(String, String)],
    lexicon: &Lexicon,
) -> (Vec<Claim>, HashMap<String, Vec<String>>) {
    let mut claims = Vec::new();
    let mut document_names: HashMap<String, Vec<String>> = HashMap::default();
    for (name, text) in documents {
        let mut utf16 = Utf16Offsets::new(text);
        let mut context = Context::default();
        let names = document_names.entry(name.clone()).or_default();
        for span in crate::segment::sentences(text, lexicon) {
            let quote = &text[span.clone()];
            let facts = extract(quote, lexicon, &mut context);
            for n in facts.names() {
                if !names.iter().any(|x| x == n) {
                    names.push(n.to_string());
                }
            }
            if facts.mood() != Mood::Assertion
                || facts.names().next().is_none() && facts.quantities.is_empty()
            {
                continue;
            }
            let span_utf16 = utf16.at(span.start)..utf16.at(span.end);
            claims.push(Claim {
                id: claims.len(),
                doc: name.clone(),
                quote: quote.to_string(),
                span,
                span_utf16,
                facts,
                disputes: Vec::new(),
            });
        }
    }
    (claims, document_names)
}

impl ClaimSet {
    /// Rebuilds what is derived rather than stored: the lexicon's indexes and the key index.
    pub fn prepare(&mut self) {
        self.lexicon.prepare();
        self.index = KeyIndex::build(self.claims.iter().map(|c| &c.facts));
        self.partners = self.find_partners();
        self.figures = self
            .claims
            .iter()
            .map(|c| self.figure_contexts(c))
            .collect();
        self.figure_claims = self
            .claims
            .iter()
            .map(|c| {
                c.facts
                    .quantities
                    .iter()
                    .any(|q| c.facts.asserted(q.clause))
            })
            .collect();
        self.mark_relation_staters();
        self.name_stems = self
            .claims
            .iter()
            .map(|c| {
                c.facts
                    .mentions
                    .iter()
                    .flat_map(|m| m.name.split([' ', '-']))
                    .map(|w| crate::token::stem(&w.to_lowercase()).into_owned())
                    .collect()
            })
            .collect();
        self.claim_names = self
            .claims
            .iter()
            .map(|c| c.facts.names().map(str::to_string).collect())
            .collect();
    }

    /// The context of each of `claim`'s figures (a default one for a figure its claim does
    /// not assert: the judge never weighs those).
    fn figure_contexts(&self, claim: &Claim) -> Vec<FigureContext> {
        let facts = &claim.facts;
        facts
            .quantities
            .iter()
            .map(|quantity| {
                if !facts.asserted(quantity.clause) {
                    return FigureContext::default();
                }
                let kind_count = facts
                    .quantities
                    .iter()
                    .filter(|x| facts.asserted(x.clause) && x.measure.comparable(&quantity.measure))
                    .count();
                FigureContext {
                    parties: facts
                        .participants(quantity.clause)
                        .into_iter()
                        .cloned()
                        .collect(),
                    lone: kind_count == 1,
                    implied: quantity
                        .owner
                        .as_deref()
                        .and_then(|owner| self.partner(&claim.doc, owner))
                        .map(str::to_string),
                }
            })
            .collect()
    }

    /// The context of figure `index` of claim `id`.
    pub fn figure(&self, id: usize, index: usize) -> &FigureContext {
        &self.figures[id][index]
    }

    fn mark_relation_staters(&mut self) {
        self.relation_staters = vec![false; self.claims.len()];
        for &id in self.relations.iter().flat_map(|r| &r.stated_by) {
            self.relation_staters[id] = true;
        }
    }

    /// Whether claim `id` asserts a figure.
    pub fn asserts_figure(&self, id: usize) -> bool {
        self.figure_claims[id]
    }

    /// Whether claim `id` states a relation another document denies.
    pub fn states_disputed_relation(&self, id: usize) -> bool {
        self.relation_staters.get(id).is_some_and(|&s| s)
    }

    /// The stems of the words of the names claim `id` gives ("stateful runtime
    /// environment": "stateful", "runtime", "environment").
    pub fn name_stems(&self, id: usize) -> &[String] {
        &self.name_stems[id]
    }

    /// The names claim `id` gives, as `Facts::names` lists them.
    pub fn claim_names(&self, id: usize) -> &[String] {
        &self.claim_names[id]
    }

    /// The organisation `org` most often shares a clause with in `doc`, if any: whom
    /// "Microsoft's $13 billion investment" went to when the sentence does not say.
    pub fn partner(&self, doc: &str, org: &str) -> Option<&str> {
        self.partners.get(doc)?.get(org).map(String::as_str)
    }

    /// Counts, per document, how often two organisations share a clause; an
    /// organisation's partner is the one it shares most clauses with (at least
    /// `MIN_PARTNER_CLAUSES`, and no tie).
    fn find_partners(&self) -> HashMap<String, HashMap<String, String>> {
        const MIN_PARTNER_CLAUSES: usize = 2;
        let mut counts: HashMap<&str, HashMap<&str, HashMap<&str, usize>>> = HashMap::default();
        for claim in &self.claims {
            let facts = &claim.facts;
            for clause in 0..facts.clauses.len() {
                let orgs = dispute::clause_orgs(facts, clause);
                let doc = counts.entry(claim.doc.as_str()).or_default();
                for a in &orgs {
                    for b in orgs.iter().filter(|b| b != &a) {
                        *doc.entry(a).or_default().entry(b).or_default() += 1;
                    }
                }
            }
        }
        let mut partners: HashMap<String, HashMap<String, String>> = HashMap::default();
        for (doc, orgs) in counts {
            for (org, with) in orgs {
                let best = with.values().copied().max().unwrap_or(0);
                let mut top = with.iter().filter(|(_, &n)| n == best);
                if let (Some((partner, _)), None) = (top.next(), top.next()) {
                    if best >= MIN_PARTNER_CLAUSES {
                        partners
                            .entry(doc.to_string())
                            .or_default()
                            .insert(org.to_string(), partner.to_string());
                    }
                }
            }
        }
        partners
    }

    /// Judges every claim against the other documents' claims; a contradiction found in
    /// both directions is a dispute between the seeds.
    fn find_disputes(&mut self) {
        // Dates and directions are too loosely tied to one event to accuse a seed.
        let firm = |f: &&Finding| {
            matches!(f.kind, FindingKind::Differs | FindingKind::Disputed)
                && f.topic != "date"
                && !f.topic.starts_with("direction")
        };
        let mut found: Vec<Disagreement> = Vec::new();
        for claim in &self.claims {
            let outcome = compare(&claim.facts, self, Some(&claim.doc));
            for f in outcome.findings.iter().filter(firm) {
                if let Some(other) = f.claim {
                    found.push(Disagreement {
                        claim: claim.id,
                        with: other,
                        detail: f.detail.to_string(),
                        topic: f.topic.clone(),
                    });
                }
            }
        }
        found.extend(dispute::figure_disagreements(&self.claims));
        for d in &found {
            let (a, b) = (d.claim, d.with);
            let mutual = found.iter().any(|x| x.claim == b && x.with == a);
            if mutual && !self.claims[a].disputes.iter().any(|x| x.with == b) {
                // "says on Microsoft; 004_….txt says on Amazon", told from claim a's side.
                let core = d.detail.trim_start_matches("the seeds disagree: ");
                let core = core.split("; ").take(2).collect::<Vec<_>>().join("; ");
                let detail = format!("{} {core}", self.claims[a].doc);
                self.claims[a].disputes.push(Dispute {
                    with: b,
                    detail,
                    topic: d.topic.clone(),
                });
            }
        }
        self.relations = dispute::relation_disputes(&self.claims, &self.lexicon);
        self.mark_relation_staters();
        for r in &self.relations {
            let denier = r.denied_by;
            let relation = r.describe();
            for &stater in &r.stated_by {
                let (denying_doc, stating_doc) = (
                    self.claims[denier].doc.clone(),
                    self.claims[stater].doc.clone(),
                );
                let pairs = [
                    (
                        denier,
                        stater,
                        format!("{denying_doc} denies {relation}; {stating_doc} states it"),
                    ),
                    (
                        stater,
                        denier,
                        format!("{stating_doc} states {relation}; {denying_doc} denies it"),
                    ),
                ];
                for (a, b, detail) in pairs {
                    if !self.claims[a].disputes.iter().any(|x| x.with == b) {
                        self.claims[a].disputes.push(Dispute {
                            with: b,
                            detail,
                            topic: "polarity".to_string(),
                        });
                    }
                }
            }
        }
    }

    pub fn source(&self, id: usize) -> SourceReport<'_> {
        let c = &self.claims[id];
        SourceReport {
            doc: &c.doc,
            start: c.span_utf16.start,
            end: c.span_utf16.end,
            quote: &c.quote,
        }
    }

    pub fn report(&self) -> ClaimsReport {
        ClaimsReport {
            documents: self.documents.clone(),
            claims: self
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
                            doc: self.claims[d.with].doc.clone(),
                            detail: d.detail.clone(),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// The claim set as callers see it: `factmark claims` and the WASM `claims()`.
#[derive(Debug, Serialize)]
pub struct ClaimsReport {
    pub documents: Vec<String>,
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
