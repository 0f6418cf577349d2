//! A folder of reference documents, as the CLI, the build and the tests read one: its
//! `*.txt` and `*.md` files (not its subfolders), sorted by name, each UTF-8 text of at
//! most [`MAX_DOCUMENT_BYTES`], and the lexicon to read them with. A `lexicon.tsv` in the
//! folder adds its rows to the bundled lexicon (a corpus's own names and aliases); a
//! `lexicon/` folder of `*.tsv` files replaces it (as `seeds/` does, whose `lexicon/` is
//! the bundled lexicon itself). An optional `sources.tsv` says where each document comes
//! from: a header `file title outlet date url`, then a row per document.
//!
//! Errors are one line each and name the file or folder at fault.

use crate::claims::{ClaimSet, Document};
use crate::lexicon::Lexicon;
use std::fs;
use std::io::Read;
use std::path::Path;

/// The largest reference document, lexicon or manifest: building is linear in the
/// documents, and this bounds the time and memory one of them takes.
pub const MAX_DOCUMENT_BYTES: u64 = 2 * 1024 * 1024;

/// A folder's own lexicon rows, read after the bundled lexicon's.
pub const LEXICON_FILE: &str = "lexicon.tsv";

/// A folder's manifest of where its documents come from.
pub const SOURCES_FILE: &str = "sources.tsv";

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
        if documents.iter().all(|(_, text)| text.trim().is_empty()) {
            return Err(format!(
                "{} has no reference document with text in it (*.txt or *.md)",
                dir.display()
            ));
        }
        let own_folder = dir.join("lexicon");
        let own_file = dir.join(LEXICON_FILE);
        let lexicon = if own_folder.is_dir() {
            let text: String = files(&own_folder, &["tsv"])?
                .into_iter()
                .map(|(_, text)| text + "\n")
                .collect();
            Lexicon::parse(&text).map_err(|e| format!("{}: {e}", own_folder.display()))?
        } else if own_file.is_file() {
            let own = read_text(&own_file)?;
            let mut text = crate::lexicon::bundled_text();
            let bundled_lines = text.lines().count();
            text.push_str(&own);
            Lexicon::parse(&text).map_err(|e| {
                format!(
                    "{}: line {}: {}",
                    own_file.display(),
                    e.line.saturating_sub(bundled_lines),
                    e.message
                )
            })?
        } else {
            Lexicon::bundled()
        };
        let manifest = dir.join(SOURCES_FILE);
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

/// `(file name, text)` of every file of `dir` ending in one of `extensions`, by name.
fn files(dir: &Path, extensions: &[&str]) -> Result<Vec<(String, String)>, String> {
    let cannot = |e: std::io::Error| format!("cannot read folder {}: {e}", dir.display());
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).map_err(cannot)? {
        let path = entry.map_err(cannot)?.path();
        let wanted = path
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| extensions.contains(&x));
        if !wanted || !path.is_file() {
            continue;
        }
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .ok_or_else(|| format!("{}: a document's name must be UTF-8", path.display()))?
            .to_string();
        out.push((name, read_text(&path)?));
    }
    out.sort();
    Ok(out)
}

/// The text of `path`: UTF-8, at most [`MAX_DOCUMENT_BYTES`] (only that and one byte more
/// are ever read).
fn read_text(path: &Path) -> Result<String, String> {
    let mut bytes = Vec::new();
    fs::File::open(path)
        .and_then(|f| f.take(MAX_DOCUMENT_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if bytes.len() as u64 > MAX_DOCUMENT_BYTES {
        return Err(format!(
            "{} is over the {} MiB limit for a reference document: split it in parts",
            path.display(),
            MAX_DOCUMENT_BYTES / (1024 * 1024)
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{} is not UTF-8 text (invalid byte at offset {})",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_names_the_folders_documents() {
        let text = "# a comment\nfile\ttitle\toutlet\tdate\turl\na.txt\tA title\tWire\t2026-02-27\thttps://example.com/a\n";
        let found = parse_sources(text, &["a.txt", "b.txt"]).unwrap();
        assert_eq!(found[0].outlet, "Wire");
        assert!(parse_sources(text, &["b.txt"])
            .unwrap_err()
            .contains("no document named a.txt"));
        assert!(parse_sources("file\ttitle\n", &[])
            .unwrap_err()
            .contains("header"));
        assert!(
            parse_sources("file\ttitle\toutlet\tdate\turl\na.txt\tx\n", &["a.txt"])
                .unwrap_err()
                .contains("cells")
        );
    }
}
