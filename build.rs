//! Extracts the claim set from `seeds/` and embeds it: the build reads the folder as the
//! CLI's `--seeds` does and runs the library's own extraction code (the modules below,
//! included by path) over the seed documents.

#![allow(dead_code, unused_imports)]

// The build reads the lexicon files as they are in `seeds/lexicon/` (the library embeds
// copies with comments blanked; see `bundled_lexicon_file!` in src/lib.rs).
macro_rules! bundled_lexicon_file {
    ($name:literal) => {
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/seeds/lexicon/",
            $name
        ))
    };
}

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
#[path = "src/extract/mod.rs"]
mod extract;
#[path = "src/finding.rs"]
mod finding;
#[path = "src/folder.rs"]
mod folder;
#[path = "src/frame/mod.rs"]
mod frame;
#[path = "src/hash.rs"]
mod hash;
#[path = "src/index.rs"]
mod index;
#[path = "src/judge/mod.rs"]
mod judge;
#[path = "src/learn.rs"]
mod learn;
#[path = "src/lexicon/mod.rs"]
mod lexicon;
#[path = "src/marks.rs"]
mod marks;
#[path = "src/overlap.rs"]
mod overlap;
#[path = "src/quantity/mod.rs"]
mod quantity;
#[path = "src/rule.rs"]
mod rule;
#[path = "src/segment/mod.rs"]
mod segment;
#[path = "src/serial.rs"]
mod serial;
#[path = "src/token.rs"]
mod token;
#[path = "src/tuning.rs"]
mod tuning;
#[path = "src/utf16.rs"]
mod utf16;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=seeds");
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=data");
    let seeds = Path::new("seeds");
    // The library reads the same lexicon files at run time (`Lexicon::bundled`): its list
    // must be the folder's.
    let mut found: Vec<String> = std::fs::read_dir(seeds.join("lexicon"))
        .expect("seeds/lexicon")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tsv"))
        .collect();
    found.sort();
    let listed: Vec<&str> = lexicon::BUNDLED_FILES.iter().map(|(n, _)| *n).collect();
    assert_eq!(
        listed, found,
        "seeds/lexicon/*.tsv must be the files lexicon::BUNDLED_FILES lists"
    );
    let out_dir = std::env::var("OUT_DIR").unwrap();
    // Comment-blanked copies of the lexicon files for the library to embed: each line
    // keeps what precedes its `#` (as `Lexicon::parse` reads it), so line numbers hold.
    let lexicon_out = Path::new(&out_dir).join("lexicon");
    std::fs::create_dir_all(&lexicon_out).unwrap();
    for name in &found {
        let text = std::fs::read_to_string(seeds.join("lexicon").join(name)).unwrap();
        let blanked: String = text
            .lines()
            .map(|line| format!("{}\n", line.split('#').next().unwrap_or("").trim_end()))
            .collect();
        std::fs::write(lexicon_out.join(name), blanked).unwrap();
    }
    let folder = folder::Folder::read(seeds).unwrap_or_else(|e| panic!("{e}"));
    // The seed documents themselves, for `factmark::SEED_DOCUMENTS`: a Rust array of
    // `(file name, include_str!(path))`, so the WebAssembly build can build the claim set
    // at run time rather than download it.
    let dir = std::fs::canonicalize(seeds).unwrap();
    let items: String = folder
        .documents
        .iter()
        .map(|(name, _)| format!("({name:?}, include_str!({:?})),\n", dir.join(name)))
        .collect();
    std::fs::write(
        Path::new(&out_dir).join("seeds.rs"),
        format!("&[\n{items}]\n"),
    )
    .unwrap();
    let set = folder.claim_set();
    let out = Path::new(&out_dir).join("claims.json");
    std::fs::write(out, serde_json::to_string(&set).unwrap()).unwrap();
}
