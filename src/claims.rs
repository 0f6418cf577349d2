//! The claim set: every assertive sentence of the seed documents, with provenance.
//!
//! Built by `build.rs` from `seeds/*.txt` and `seeds/lexicon/*.tsv` and embedded in the
//! library as JSON, so the checker ships with its corpus and needs no I/O at run time.

use crate::lexicon::Lexicon;
use crate::report::{SourceReport, Utf16Offsets};
use serde::{Deserialize, Serialize};
use std::ops::Range;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Claim {
    pub id: usize,
    /// File name of the seed document.
    pub doc: String,
    /// Byte range of the sentence in the document.
    pub span: Range<usize>,
    /// The same range in UTF-16 code units, for JavaScript.
    pub span_utf16: Range<usize>,
    pub quote: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ClaimSet {
    pub lexicon: Lexicon,
    pub documents: Vec<String>,
    pub claims: Vec<Claim>,
}

impl ClaimSet {
    /// Extracts the claim set from `(name, text)` documents.
    pub fn build(documents: &[(String, String)], lexicon: Lexicon) -> ClaimSet {
        let mut claims = Vec::new();
        for (name, text) in documents {
            let mut utf16 = Utf16Offsets::new(text);
            for span in crate::segment::sentences(text, &lexicon) {
                let span_utf16 = utf16.at(span.start)..utf16.at(span.end);
                claims.push(Claim {
                    id: claims.len(),
                    doc: name.clone(),
                    quote: text[span.clone()].to_string(),
                    span,
                    span_utf16,
                });
            }
        }
        ClaimSet {
            lexicon,
            documents: documents.iter().map(|(n, _)| n.clone()).collect(),
            claims,
        }
    }

    pub fn source(&self, id: usize) -> SourceReport {
        let c = &self.claims[id];
        SourceReport {
            doc: c.doc.clone(),
            start: c.span_utf16.start,
            end: c.span_utf16.end,
            quote: c.quote.clone(),
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
}

impl ClaimSet {
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
                })
                .collect(),
        }
    }
}
