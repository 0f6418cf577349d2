//! Extracts the claim set from `seeds/` and embeds it: the build runs the library's own
//! extraction code (the modules below, included by path) over the seed documents.

#![allow(dead_code)]

#[path = "src/align.rs"]
mod align;
#[path = "src/claims.rs"]
mod claims;
#[path = "src/clause.rs"]
mod clause;
#[path = "src/date.rs"]
mod date;
#[path = "src/dispute.rs"]
mod dispute;
#[path = "src/entity.rs"]
mod entity;
#[path = "src/extract.rs"]
mod extract;
#[path = "src/hash.rs"]
mod hash;
#[path = "src/judge.rs"]
mod judge;
#[path = "src/learn.rs"]
mod learn;
#[path = "src/lexicon.rs"]
mod lexicon;
#[path = "src/quantity.rs"]
mod quantity;
#[path = "src/report.rs"]
mod report;
#[path = "src/segment.rs"]
mod segment;
#[path = "src/serial.rs"]
mod serial;
#[path = "src/token.rs"]
mod token;

use std::fs;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=seeds");
    println!("cargo:rerun-if-changed=src");
    let seeds = Path::new("seeds");
    // The library reads the same files at run time (`Lexicon::bundled`): its list must be
    // the folder's.
    let listed: Vec<String> = lexicon::BUNDLED_FILES
        .iter()
        .map(|(name, _)| name.to_string())
        .collect();
    let found: Vec<String> = read_sorted(&seeds.join("lexicon"), "tsv")
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    assert_eq!(
        listed, found,
        "seeds/lexicon/*.tsv must be the files lexicon::BUNDLED_FILES lists"
    );
    let lexicon = lexicon::Lexicon::bundled();
    let documents = read_sorted(seeds, "txt");
    assert!(!documents.is_empty(), "no seed documents (*.txt) in seeds/");
    let set = claims::ClaimSet::build(&documents, lexicon);
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
