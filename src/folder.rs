//! A folder of reference documents, as the CLI, the build and the tests read one: its
//! `*.txt` and `*.md` files, sorted by name, and the lexicon to read them with. A
//! `lexicon.tsv` in the folder adds its rows to the bundled lexicon (a corpus's own names
//! and aliases); a `lexicon/` folder of `*.tsv` files replaces it (as `seeds/` does, whose
//! `lexicon/` is the bundled lexicon itself). An optional `sources.tsv` says where each
//! document comes from: a header `file title outlet date url`, then a row per document.

use crate::claims::{ClaimSet, Document};
use crate::lexicon::Lexicon;
use std::fs;
use std::path::Path;

/// The documents of a folder and the lexicon to read them with.
pub struct Folder {
    /// `(file name, text)`, sorted by name.
    pub documents: Vec<(String, String)>,
    pub lexicon: Lexicon,
    /// What `sources.tsv` says of the documents.
    pub sources: Vec<Document>,
}

impl Folder {
    /// Reads `dir`; an error names the file or folder at fault.
    pub fn read(dir: &Path) -> Result<Folder, String> {
        let documents = files(dir, &["txt", "md"])?;
        if documents.is_empty() {
            return Err(format!("{}: no *.txt or *.md document", dir.display()));
        }
        let own_folder = dir.join("lexicon");
        let own_file = dir.join("lexicon.tsv");
        let lexicon_text = if own_folder.is_dir() {
            lexicon_files(&files(&own_folder, &["tsv"])?)
        } else {
            let mut text = lexicon_files(
                &crate::lexicon::BUNDLED
                    .iter()
                    .map(|t| (String::new(), t.to_string()))
                    .collect::<Vec<_>>(),
            );
            if own_file.is_file() {
                text.push_str(&read_text(&own_file)?);
                text.push('\n');
            }
            text
        };
        let lexicon =
            Lexicon::parse(&lexicon_text).map_err(|e| format!("{}: {e}", dir.display()))?;
        let manifest = dir.join("sources.tsv");
        let sources = if manifest.is_file() {
            let names: Vec<&str> = documents.iter().map(|(n, _)| n.as_str()).collect();
            parse_sources(&read_text(&manifest)?, &names)
                .map_err(|e| format!("{}: {e}", manifest.display()))?
        } else {
            Vec::new()
        };
        Ok(Folder {
            documents,
            lexicon,
            sources,
        })
    }

    /// The claim set of the folder's documents.
    pub fn claim_set(self) -> ClaimSet {
        let mut set = ClaimSet::from_documents(&self.documents, self.lexicon);
        set.describe(&self.sources);
        set
    }
}

const SOURCES_HEADER: [&str; 5] = ["file", "title", "outlet", "date", "url"];

/// Reads a `sources.tsv` manifest: every row names one of `documents`.
pub fn parse_sources(text: &str, documents: &[&str]) -> Result<Vec<Document>, String> {
    let mut rows = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
    match rows.next() {
        Some((_, header)) if header.split('\t').collect::<Vec<_>>() == SOURCES_HEADER => {}
        _ => {
            return Err(format!(
                "the header must be `{}`",
                SOURCES_HEADER.join("<TAB>")
            ))
        }
    }
    rows.map(|(n, line)| {
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cells.len() != SOURCES_HEADER.len() {
            return Err(format!("line {}: {} cells, not 5", n + 1, cells.len()));
        }
        if !documents.contains(&cells[0]) {
            return Err(format!("line {}: no document named {}", n + 1, cells[0]));
        }
        Ok(Document {
            name: cells[0].to_string(),
            title: cells[1].to_string(),
            outlet: cells[2].to_string(),
            date: cells[3].to_string(),
            url: cells[4].to_string(),
        })
    })
    .collect()
}

/// Lexicon files joined as one text, each ending in a new line.
fn lexicon_files(files: &[(String, String)]) -> String {
    files.iter().map(|(_, text)| format!("{text}\n")).collect()
}

/// `(file name, text)` of every file of `dir` ending in one of `extensions`, by name.
fn files(dir: &Path, extensions: &[&str]) -> Result<Vec<(String, String)>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut out = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
            .path();
        let wanted = path
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| extensions.contains(&x));
        if wanted && path.is_file() {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            out.push((name, read_text(&path)?));
        }
    }
    out.sort();
    Ok(out)
}

fn read_text(path: &Path) -> Result<String, String> {
    let bytes = fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{} is not UTF-8 text (invalid byte at offset {})",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}
