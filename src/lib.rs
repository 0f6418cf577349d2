//! factmark: marks every sentence of an article as one that matches, extends or
//! contradicts the claims of a reference corpus, with the evidence for each mark.
//!
//! The pipeline, one module a stage:
//! [`segment`] (sentences) → [`token`] (words and numbers) → [`extract`] (the facts of a
//! sentence: participants, quantities, dates, polarity, mood) → [`align`] (which claims a
//! sentence is about) → [`judge`] (the verdict and its findings) → [`report`] (JSON with
//! UTF-16 offsets). [`claims`] runs the same extraction over the seeds at build time.
//! Nothing here knows about the browser; `wasm` and the `factmark` binary are thin edges.

pub mod align;
pub mod claims;
pub mod clause;
pub mod date;
pub mod dispute;
pub mod entity;
pub mod extract;
pub mod hash;
pub mod judge;
pub mod learn;
pub mod lexicon;
pub mod quantity;
pub mod report;
pub mod segment;
pub mod serial;
pub mod token;

#[cfg(target_arch = "wasm32")]
mod wasm;

use claims::ClaimSet;
use report::Report;
use std::sync::OnceLock;

/// The crate version, as reported by `factmark --version` and the WASM `version()`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

static CLAIM_SET_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/claims.json"));

/// The claim set built from `seeds/` when this library was compiled.
pub fn claim_set() -> &'static ClaimSet {
    static SET: OnceLock<ClaimSet> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set: ClaimSet = serde_json::from_str(CLAIM_SET_JSON)
            .expect("build.rs wrote a claim set this library reads");
        set.prepare();
        set
    })
}

/// Checks `text` against the embedded claim set.
pub fn check(text: &str) -> Report<'_> {
    check_with(text, claim_set())
}

/// Checks `text` against `claims`: the embedded set, or one built at run time.
pub fn check_with<'a>(text: &'a str, claims: &'a ClaimSet) -> Report<'a> {
    Report::new(text, judge::judge_text(text, claims), claims)
}

/// The seed documents, `(file name, text)`, that the embedded claim set was built from.
pub static SEED_DOCUMENTS: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

static LEXICON_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon.tsv"));

/// The lexicon of `seeds/lexicon/` alone, without the names the seed documents taught the
/// embedded set: what a claim set built at run time starts from.
pub fn general_lexicon() -> lexicon::Lexicon {
    lexicon::Lexicon::parse(LEXICON_TSV).expect("build.rs parsed this same lexicon")
}
