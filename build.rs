//! Extracts the claim set from `seeds/` and embeds it: the build runs the library's own
//! extraction code (the modules below, included by path) over the seed documents.

#![allow(dead_code, unused_imports)]

#[path = "src/align.rs"]
mod align;
#[path = "src/claims.rs"]
mod claims;
#[path = "src/clause.rs"]
mod clause;
#[path = "src/corpus.rs"]
mod corpus;
#[path = "src/date.rs"]
mod date;
#[path = "src/dispute.rs"]
mod dispute;
#[path = "src/entity.rs"]
mod entity;
#[path = "src/extract.rs"]
mod extract;
#[path = "src/finding.rs"]
mod finding;
#[path = "src/frame.rs"]
mod frame;
#[path = "src/hash.rs"]
mod hash;
#[path = "src/index.rs"]
mod index;
#[path = "src/judge/mod.rs"]
mod judge;
#[path = "src/learn.rs"]
mod learn;
#[path = "src/lexicon.rs"]
mod lexicon;
#[path = "src/overlap.rs"]
mod overlap;
#[path = "src/quantity.rs"]
mod quantity;
#[path = "src/rule.rs"]
mod rule;
#[path = "src/segment.rs"]
mod segment;
#[path = "src/serial.rs"]
mod serial;
#[path = "src/token.rs"]
mod token;
#[path = "src/tuning.rs"]
mod tuning;
#[path = "src/utf16.rs"]
mod utf16;

use std::fs;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=seeds");
    println!("cargo:rerun-if-changed=src");
    let seeds = Path::new("seeds");
    let lexicon_text = read_sorted(&seeds.join("lexicon"), "tsv")
        .into_iter()
        .map(|(_, text)| text + "\n")
        .collect::<String>();
    let lexicon = lexicon::Lexicon::parse(&lexicon_text).unwrap_or_else(|e| panic!("{e}"));
    let documents = read_sorted(seeds, "txt");
    assert!(!documents.is_empty(), "no seed documents (*.txt) in seeds/");
    let set = claims::ClaimSet::from_documents(&documents, lexicon);
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("claims.json");
    fs::write(out, serde_json::to_string(&set).unwrap()).unwrap();
}

/// `(file name, text)` of every file in `dir` ending in `.ext`, sorted by name.
fn read_sorted(dir: &Path, ext: &str) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == ext))
        .map(|p| {
            let text = fs::read_to_string(&p)
                .unwrap_or_else(|e| panic!("{} is not UTF-8 text: {e}", p.display()));
            (p.file_name().unwrap().to_string_lossy().into_owned(), text)
        })
        .collect();
    files.sort();
    files
}
