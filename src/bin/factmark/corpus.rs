//! The claim set a command checks against: the bundled one, one built now from a folder
//! of reference documents (`--seeds DIR`), or one that `build-claims` wrote (`--claims
//! FILE`). A folder is read the way `build.rs` reads `seeds/`, and built by the same
//! library code (`ClaimSet::build` with the bundled lexicon): `--seeds seeds` gives the
//! bundled set.

use crate::args::Source;
use crate::input::{read_text, MIB};
use crate::line::shown;
use factmark::claims::ClaimSet;
use factmark::lexicon::{bundled_text, Lexicon};
use std::borrow::Cow;
use std::path::Path;

/// The largest reference document, and the largest `lexicon.tsv`: building is linear in
/// the documents, and this bounds the time and memory one of them takes.
pub const MAX_DOCUMENT_BYTES: u64 = 2 * MIB;

/// A folder's own lexicon rows, read after the bundled lexicon's.
pub const LEXICON_FILE: &str = "lexicon.tsv";

/// The claim set `source` names.
pub fn claim_set(source: &Source) -> Result<Cow<'static, ClaimSet>, String> {
    Ok(match source {
        Source::Bundled => Cow::Borrowed(factmark::claim_set()),
        Source::Seeds(dir) => Cow::Owned(build(dir)?),
        Source::Claims(file) => Cow::Owned(load(file)?),
    })
}

/// The claim set of the documents in `dir`.
pub fn build(dir: &Path) -> Result<ClaimSet, String> {
    let documents = documents(dir)?;
    Ok(ClaimSet::build(&documents, lexicon(dir)?))
}

/// `(file name, text)` of every `*.txt` and `*.md` file in `dir`, sorted by name.
fn documents(dir: &Path) -> Result<Vec<(String, String)>, String> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read folder {}: {e}", shown(dir.as_os_str())))?;
    let mut documents = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|e| format!("cannot read folder {}: {e}", shown(dir.as_os_str())))?
            .path();
        let document = path.extension().is_some_and(|x| x == "txt" || x == "md");
        if !document || !path.is_file() {
            continue;
        }
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .ok_or_else(|| {
                format!(
                    "{}: a document's name must be UTF-8",
                    shown(path.as_os_str())
                )
            })?
            .to_string();
        let text = read_text(
            Some(&path),
            MAX_DOCUMENT_BYTES,
            "for a reference document: split it in parts",
        )?;
        documents.push((name, text));
    }
    documents.sort();
    if documents.iter().all(|(_, text)| text.trim().is_empty()) {
        return Err(format!(
            "{} has no reference document with text in it (*.txt or *.md)",
            shown(dir.as_os_str())
        ));
    }
    Ok(documents)
}

/// The bundled lexicon, followed by `dir`'s own `lexicon.tsv` if it has one.
fn lexicon(dir: &Path) -> Result<Lexicon, String> {
    let path = dir.join(LEXICON_FILE);
    if !path.exists() {
        return Ok(Lexicon::bundled());
    }
    let own = read_text(Some(&path), MAX_DOCUMENT_BYTES, "for a lexicon")?;
    let mut text = bundled_text();
    let bundled_lines = text.lines().count();
    text.push_str(&own);
    Lexicon::parse(&text).map_err(|e| {
        format!(
            "{}: line {}: {}",
            shown(path.as_os_str()),
            e.line.saturating_sub(bundled_lines),
            e.message
        )
    })
}

/// A claim set that `build-claims` wrote, its references checked and its indexes rebuilt.
fn load(file: &Path) -> Result<ClaimSet, String> {
    let name = shown(file.as_os_str());
    if file.is_dir() {
        return Err(format!("{name} is a folder, not a claim set"));
    }
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read {name}: {e}"))?;
    let mut set: ClaimSet = serde_json::from_slice(&bytes)
        .map_err(|e| format!("{name} is not a claim set that factmark build-claims wrote: {e}"))?;
    consistent(&set).map_err(|e| format!("{name} is not a consistent claim set: {e}"))?;
    set.prepare();
    Ok(set)
}

/// Whether every claim is where its id says, of a document the set lists, and every
/// dispute names a claim of the set: the checker looks claims up by these.
fn consistent(set: &ClaimSet) -> Result<(), String> {
    let n = set.claims.len();
    for (i, claim) in set.claims.iter().enumerate() {
        if claim.id != i {
            return Err(format!("claim {i} has id {}", claim.id));
        }
        if !set.documents.contains(&claim.doc) {
            return Err(format!("claim {i} is of a document the set does not list"));
        }
        if let Some(d) = claim.disputes.iter().find(|d| d.with >= n) {
            return Err(format!(
                "claim {i} is disputed by claim {}, which is not in the set",
                d.with
            ));
        }
    }
    for r in &set.relations {
        if r.denied_by >= n || r.stated_by.iter().any(|&c| c >= n) {
            return Err(format!(
                "the dispute over {} names a claim not in the set",
                r.describe()
            ));
        }
    }
    Ok(())
}
