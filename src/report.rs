//! The JSON a caller sees: sentences with UTF-16 offsets, verdicts and evidence.
//!
//! Inside Rust every span is a byte range. JavaScript strings count UTF-16 code units, so
//! this is the one place where spans are converted, once per document, in a single pass
//! over the text. The CLI and the WASM binding both hand out this same structure.

use crate::claims::ClaimSet;
use crate::judge::{FindingKind, Judgement, Verdict};
use serde::Serialize;
use std::borrow::Cow;

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
    pub findings: Vec<FindingReport<'a>>,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct FindingReport<'a> {
    pub kind: FindingKind,
    /// What agrees or differs, for a person: "says $45 billion; 001_… says $38 billion".
    pub detail: Cow<'static, str>,
    /// The claim the finding rests on, if any (an id from `claims()`).
    pub claim: Option<usize>,
    pub source: Option<SourceReport<'a>>,
}

#[derive(Debug, Serialize, PartialEq, Clone)]
pub struct SourceReport<'a> {
    pub doc: &'a str,
    /// UTF-16 code units within the seed document.
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
        SentenceReport {
            start: offsets.at(j.span.start),
            end: offsets.at(j.span.end),
            text: &text[j.span.clone()],
            verdict: j.verdict,
            disputed: j.disputed,
            findings: j
                .findings
                .into_iter()
                .map(|f| FindingReport {
                    kind: f.kind,
                    detail: f.detail,
                    claim: f.claim,
                    source: f.claim.map(|id| claims.source(id)),
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

/// Converts ascending byte offsets of one text to UTF-16 offsets in a single forward pass.
pub struct Utf16Offsets<'a> {
    text: &'a str,
    byte: usize,
    unit: usize,
}

impl<'a> Utf16Offsets<'a> {
    pub fn new(text: &'a str) -> Self {
        Utf16Offsets {
            text,
            byte: 0,
            unit: 0,
        }
    }

    /// The UTF-16 offset of byte offset `byte`, which must be a char boundary. Offsets may
    /// go backwards, at the cost of a rescan from the start.
    pub fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.unit = 0;
        }
        self.unit += utf16_len(&self.text[self.byte..byte]);
        self.byte = byte;
        self.unit
    }
}

/// The UTF-16 length of `text`: a unit per character, and a second for each character of
/// four bytes in UTF-8 (a surrogate pair). `chars().count()` counts a word of bytes at a
/// time, and so does [`four_byte_leads`], where decoding every character did not.
fn utf16_len(text: &str) -> usize {
    text.chars().count() + four_byte_leads(text.as_bytes())
}

/// How many bytes of `utf8` lead a four-byte character (0xF0 and above), read eight at a
/// time: a byte's top bit survives the four shifted ands only if its top four bits are set.
fn four_byte_leads(utf8: &[u8]) -> usize {
    const TOP_BITS: u64 = 0x8080_8080_8080_8080;
    let mut chunks = utf8.chunks_exact(8);
    let mut count = 0;
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().unwrap());
        count += (x & x << 1 & x << 2 & x << 3 & TOP_BITS).count_ones() as usize;
    }
    count + chunks.remainder().iter().filter(|&&b| b >= 0xF0).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_byte_leads_match_the_characters() {
        let text = "a🚀bc “Amazon’s” 中文 deal 🚀🚀 and a long tail of plain ASCII 😀";
        let four = text.chars().filter(|c| c.len_utf8() == 4).count();
        assert_eq!(four_byte_leads(text.as_bytes()), four);
        let units: usize = text.chars().map(char::len_utf16).sum();
        assert_eq!(utf16_len(text), units);
    }

    #[test]
    fn utf16_offsets_count_surrogate_pairs_once_per_pass() {
        let text = "🚀 “Amazon’s” — 中文 deal";
        let mut o = Utf16Offsets::new(text);
        let deal = text.find("deal").unwrap();
        let amazon = text.find("Amazon").unwrap();
        assert_eq!(o.at(amazon), 4); // rocket (2) + space + curly quote
        let expected: usize = text[..deal].encode_utf16().count();
        assert_eq!(o.at(deal), expected);
        assert_eq!(o.at(0), 0);
    }
}
