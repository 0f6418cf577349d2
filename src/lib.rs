//! factmark: marks every sentence of an article as one that matches, extends or
//! contradicts the claims of a reference corpus, with the evidence for each mark.
//!
//! The pipeline, one module a stage:
//! [`segment`] (sentences) → [`token`] (words and numbers) → [`extract`] (the facts of a
//! sentence: participants, quantities, dates, polarity, mood) → [`align`] (which claims a
//! sentence is about) → [`judge`] (the verdict and its findings, one named [`rule`] for
//! each decision) → [`report`] (JSON with UTF-16 offsets, findings put into words by
//! [`wording`]). [`corpus`] builds a claim set ([`claims`]) from reference documents with
//! the same extraction, at build time for the bundled seeds or at run time for a reader's
//! own documents. Nothing here knows about the browser; `wasm` and the `factmark` binary
//! are thin edges.

/// A bundled lexicon file as the library embeds it: `build.rs` copies each file of
/// `seeds/lexicon/` into `OUT_DIR` with its comments blanked. The comments document the
/// files for people and would only add to the download; lines are kept, so a line number
/// in a lexicon error still points into the file in `seeds/lexicon/`.
macro_rules! bundled_lexicon_file {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/lexicon/", $name))
    };
}

pub mod align;
pub mod claims;
pub mod clause;
pub mod corpus;
pub mod date;
pub mod dispute;
pub mod entity;
pub mod eval;
pub mod explain;
pub mod extract;
pub mod finding;
pub mod folder;
pub mod frame;
pub mod hash;
pub mod index;
pub mod judge;
pub mod learn;
pub mod lexicon;
pub mod marks;
pub mod overlap;
pub mod quantity;
pub mod report;
pub mod rule;
pub mod segment;
pub mod serial;
pub mod token;
pub mod tuning;
pub mod utf16;
pub mod wording;

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

/// What `seeds/sources.tsv` says of the seed documents (their titles, outlets, dates).
pub fn seed_sources() -> Vec<claims::Document> {
    let names: Vec<&str> = SEED_DOCUMENTS.iter().map(|(name, _)| *name).collect();
    folder::parse_sources(include_str!("../seeds/sources.tsv"), &names)
        .expect("seeds/sources.tsv names the seed documents")
}
