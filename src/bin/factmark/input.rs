//! Reading a text the user names: a file or standard input, at most a stated size, and
//! UTF-8. Each error is one line that names the file.

use crate::line::shown;
use std::io::Read;
use std::path::Path;

/// One mebibyte, the unit the limits are stated in.
pub const MIB: u64 = 1024 * 1024;

/// The text of `path` (standard input when `None`); longer than `limit` bytes is an error
/// that says `advice`. Only `limit` bytes and one more are ever read.
pub fn read_text(path: Option<&Path>, limit: u64, advice: &str) -> Result<String, String> {
    let name = path.map_or_else(|| "standard input".to_string(), |p| shown(p.as_os_str()));
    let mut bytes = Vec::new();
    let read = match path {
        None => std::io::stdin()
            .lock()
            .take(limit + 1)
            .read_to_end(&mut bytes),
        Some(p) if p.is_dir() => return Err(format!("{name} is a folder, not a text file")),
        Some(p) => std::fs::File::open(p).and_then(|f| f.take(limit + 1).read_to_end(&mut bytes)),
    };
    read.map_err(|e| format!("cannot read {name}: {e}"))?;
    if bytes.len() as u64 > limit {
        return Err(format!(
            "{name} is over the {} MiB limit {advice}",
            limit / MIB
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name} is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}
