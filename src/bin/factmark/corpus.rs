//! The claim set a command checks against: the bundled one, one built now from a folder
//! of reference documents (`--seeds DIR`, read by `factmark::folder` exactly as `build.rs`
//! reads `seeds/`, so `--seeds seeds` gives the bundled set), or one that `build-claims`
//! wrote (`--claims FILE`).

use crate::args::Source;
use crate::line::shown;
use factmark::claims::ClaimSet;
use factmark::folder::Folder;
use std::borrow::Cow;
use std::path::Path;

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
    Ok(Folder::read(dir)?.claim_set())
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
        if set.document(&claim.doc).is_none() {
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
