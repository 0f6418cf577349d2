//! Building a claim set from reference documents: every assertive sentence becomes a claim,
//! names the corpus teaches become lexicon entries, and the documents are judged against
//! each other to find where they disagree.
//!
//! `build.rs` runs this over `seeds/` to embed the bundled claim set; the CLI and the
//! WebAssembly binding run the very same code over a reader's own documents.
//!
//! This is the one module that sits above the judge (`corpus` → `judge` → `claims`):
//! finding disputes means judging each document's claims against the others', with the
//! same comparison a checked sentence gets.

use crate::claims::{Claim, ClaimSet, Dispute, DisputeDetail, Document};
use crate::dispute::{self, Disagreement};
use crate::extract::{extract, Context};
use crate::hash::FxMap as HashMap;
use crate::judge::{compare, FindingKind, Topic};
use crate::lexicon::{Lexicon, Mood};
use crate::utf16::Utf16Offsets;

impl ClaimSet {
    /// Extracts the claim set from `(name, text)` documents, reading them with `lexicon`.
    pub fn from_documents(documents: &[(String, String)], mut lexicon: Lexicon) -> ClaimSet {
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
        let names = documents.iter().map(|(n, _)| Document::named(n)).collect();
        let mut set = ClaimSet::new(lexicon, names, claims, document_names);
        find_disputes(&mut set);
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

/// Judges every claim against the other documents' claims; a contradiction found in both
/// directions is a dispute between the documents. Then the figures the documents give one
/// slot, and the relations one denies and others state.
fn find_disputes(set: &mut ClaimSet) {
    let mut found: Vec<Disagreement> = Vec::new();
    let mut scratch = crate::align::Scratch::default();
    for claim in &set.claims {
        let outcome = compare(&claim.facts, set, Some(&claim.doc), &mut scratch, None);
        // Dates and directions are too loosely tied to one event to accuse a document.
        let firm = outcome.findings.into_iter().filter(|f| {
            matches!(f.kind, FindingKind::Differs | FindingKind::Disputed)
                && f.topic != Topic::Date
                && !matches!(f.topic, Topic::Direction(_))
        });
        for f in firm {
            if let Some(other) = f.claim {
                found.push(Disagreement {
                    claim: claim.id,
                    with: other,
                    detail: f.detail,
                    topic: f.topic,
                });
            }
        }
    }
    found.extend(dispute::figure_disagreements(&set.claims, &set.tuning));
    for d in &found {
        let (a, b) = (d.claim, d.with);
        let mutual = found.iter().any(|x| x.claim == b && x.with == a);
        if mutual && !set.claims[a].disputes.iter().any(|x| x.with == b) {
            set.claims[a].disputes.push(Dispute {
                with: b,
                topic: d.topic.clone(),
                detail: DisputeDetail::Found(d.detail.clone()),
            });
        }
    }
    set.relations = dispute::relation_disputes(&set.claims, &set.lexicon);
    set.mark_relation_staters();
    for r in &set.relations {
        let relation = r.describe();
        for &stater in &r.stated_by {
            for (a, b) in [(r.denied_by, stater), (stater, r.denied_by)] {
                if !set.claims[a].disputes.iter().any(|x| x.with == b) {
                    set.claims[a].disputes.push(Dispute {
                        with: b,
                        topic: Topic::Polarity,
                        detail: DisputeDetail::Relation {
                            relation: relation.clone(),
                            denier: r.denied_by,
                            stater,
                        },
                    });
                }
            }
        }
    }
}
