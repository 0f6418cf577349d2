//! Stage 4: the verdict for each sentence, with the findings that explain it.

use crate::claims::ClaimSet;
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// A detail the seed states the same way.
    Agrees,
    /// A detail the seed states differently.
    Differs,
    /// A detail no seed gives, about something a seed describes.
    Adds,
    /// The seeds disagree with each other here.
    Disputed,
    /// Why a sentence was not checked (a question, a conditional, nothing known).
    Unchecked,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub kind: FindingKind,
    pub detail: String,
    pub claim: Option<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Judgement {
    /// Byte range of the sentence in the checked text.
    pub span: Range<usize>,
    pub verdict: Verdict,
    pub disputed: bool,
    pub findings: Vec<Finding>,
}

/// Judges every sentence of `text`.
pub fn judge_text(text: &str, claims: &ClaimSet) -> Vec<Judgement> {
    crate::segment::sentences(text, &claims.lexicon)
        .into_iter()
        .map(|span| Judgement {
            span,
            verdict: Verdict::None,
            disputed: false,
            findings: vec![Finding {
                kind: FindingKind::Unchecked,
                detail: "nothing in the seeds to check this against".into(),
                claim: None,
            }],
        })
        .collect()
}
