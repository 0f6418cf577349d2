//! Errors are one line each: a path or an argument is shown with its control characters
//! and the bytes that are not UTF-8 escaped.

use std::ffi::OsStr;
use std::fmt::Write;

/// `s` as one line of text: UTF-8 as it is but for control characters (`\n`, `\u{1b}`),
/// and each byte that is not UTF-8 as `\xNN`. Quoted when anything was escaped, so the
/// reader sees where it starts and ends.
pub fn shown(s: &OsStr) -> String {
    let mut out = String::new();
    let mut escaped = false;
    for chunk in s.as_encoded_bytes().utf8_chunks() {
        escaped |= push_escaped(&mut out, chunk.valid());
        for b in chunk.invalid() {
            let _ = write!(out, "\\x{b:02x}");
            escaped = true;
        }
    }
    if escaped {
        format!("\"{out}\"")
    } else {
        out
    }
}

/// `message` with any control character escaped: what the operating system or a parser
/// said may hold a line break.
pub fn one_line(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    push_escaped(&mut out, message);
    out
}

/// Appends `text` with its control characters escaped; whether there were any.
fn push_escaped(out: &mut String, text: &str) -> bool {
    let mut escaped = false;
    for c in text.chars() {
        if c.is_control() {
            out.extend(c.escape_debug());
            escaped = true;
        } else {
            out.push(c);
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_would_break_the_line() {
        assert_eq!(shown(OsStr::new("plain/path.txt")), "plain/path.txt");
        assert_eq!(shown(OsStr::new("a\nb")), "\"a\\nb\"");
        assert_eq!(shown(OsStr::new("中文.txt")), "中文.txt");
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            assert_eq!(shown(OsStr::from_bytes(b"caf\xe9.txt")), "\"caf\\xe9.txt\"");
        }
        assert_eq!(
            one_line("no such file\nor folder\r"),
            "no such file\\nor folder\\r"
        );
    }
}
