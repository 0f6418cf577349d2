//! A folder of reference documents, as the CLI, the build and the tests read one: its
//! `*.txt` and `*.md` files, sorted by name, and the lexicon to read them with. A
//! `lexicon.tsv` in the folder adds its rows to the bundled lexicon (a corpus's own names
//! and aliases); a `lexicon/` folder of `*.tsv` files replaces it (as `seeds/` does, whose
//! `lexicon/` is the bundled lexicon itself).

use crate::claims::ClaimSet;
use crate::lexicon::Lexicon;
use std::fs;
use std::path::Path;

/// The documents of a folder and the lexicon to read them with.
pub struct Folder {
    /// `(file name, text)`, sorted by name.
    pub documents: Vec<(String, String)>,
    pub lexicon: Lexicon,
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
        Ok(Folder { documents, lexicon })
    }

    /// The claim set of the folder's documents.
    pub fn claim_set(self) -> ClaimSet {
        ClaimSet::from_documents(&self.documents, self.lexicon)
    }
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
