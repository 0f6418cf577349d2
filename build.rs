//! Extracts the claim set from `seeds/` and embeds it: the library runs the very same
//! extraction code (these `#[path]` modules) over the seeds at build time.

#![allow(dead_code)]

#[path = "src/claims.rs"]
mod claims;
#[path = "src/judge.rs"]
mod judge;
#[path = "src/lexicon.rs"]
mod lexicon;
#[path = "src/report.rs"]
mod report;
#[path = "src/segment.rs"]
mod segment;
#[path = "src/token.rs"]
mod token;

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
