//! What `check` and `claims` write. A check is written sentence by sentence as each is
//! judged (`judge_each`), so no report of the whole text is ever held: the JSON is the
//! same bytes `serde_json::to_string(&factmark::check(text))` gives, with a line break.

use crate::args::Format;
use crate::line::shown;
use factmark::claims::ClaimSet;
use factmark::eval::{check_file, Scores};
use factmark::judge::{judge_each, FindingKind, Verdict};
use factmark::report::{ClaimsReport, SentenceReport, Summary};
use factmark::utf16::Utf16Offsets;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Checks `text` against `set`, writing each sentence to `out` as it is judged.
pub fn check(
    text: &str,
    set: &ClaimSet,
    format: Format,
    colour: bool,
    out: &mut impl Write,
) -> io::Result<()> {
    let mut offsets = Utf16Offsets::new(text);
    let mut summary = Summary::default();
    // The first write error stops the writing (judging goes on, unread, to the end).
    let mut written: io::Result<()> = Ok(());
    if format == Format::Json {
        out.write_all(b"{\"sentences\":[")?;
    }
    judge_each(text, set, |j| {
        if written.is_err() {
            return;
        }
        let first = summary.sentences == 0;
        summary.count(&j);
        let sentence = SentenceReport::new(text, j, set, &mut offsets);
        written = match format {
            Format::Json => (if first { Ok(()) } else { out.write_all(b",") }).and_then(|()| {
                serde_json::to_writer(&mut *out, &sentence).map_err(io::Error::from)
            }),
            Format::Text => write_sentence(&sentence, colour, out),
        };
    });
    written?;
    match format {
        Format::Json => {
            out.write_all(b"],\"summary\":")?;
            serde_json::to_writer(&mut *out, &summary)?;
            out.write_all(b"}\n")
        }
        Format::Text => writeln!(
            out,
            "\n{} sentences: {} match, {} extend, {} contradict, {} none, {} disputed",
            summary.sentences,
            summary.matches,
            summary.extend,
            summary.contradict,
            summary.none,
            summary.disputed
        ),
    }
}

fn tag(verdict: Verdict, disputed: bool) -> (&'static str, &'static str) {
    match (verdict, disputed) {
        (Verdict::Contradict, _) => ("✗ CONTRADICTS", "\x1b[1;31m"),
        (_, true) => (
            if verdict == Verdict::Match {
                "⚠ MATCHES (disputed)"
            } else {
                "⚠ DISPUTED"
            },
            "\x1b[1;35m",
        ),
        (Verdict::Match, _) => ("✓ MATCHES", "\x1b[1;32m"),
        (Verdict::Extend, _) => ("+ EXTENDS", "\x1b[1;34m"),
        (Verdict::None, _) => ("", ""),
    }
}

fn write_sentence(s: &SentenceReport, colour: bool, out: &mut impl Write) -> io::Result<()> {
    let (label, code) = tag(s.verdict, s.disputed);
    if label.is_empty() {
        return writeln!(out, "  {}", s.text);
    }
    if colour {
        writeln!(out, "{code}[{label}]\x1b[0m {}", s.text)?;
    } else {
        writeln!(out, "[{label}] {}", s.text)?;
    }
    for f in s
        .findings
        .iter()
        .filter(|f| f.kind != FindingKind::Unchecked)
    {
        writeln!(out, "      - {}", f.detail)?;
        if let Some(src) = &f.source {
            writeln!(out, "        {}: “{}”", src.name, src.quote)?;
        }
    }
    Ok(())
}

/// The claims of `set` (only those its documents dispute, if `disputed`).
pub fn claims(
    set: &ClaimSet,
    disputed: bool,
    format: Format,
    out: &mut impl Write,
) -> io::Result<()> {
    let mut report = factmark::report::claims(set);
    if disputed {
        report.claims.retain(|c| !c.disputed_with.is_empty());
    }
    match format {
        Format::Json => {
            serde_json::to_writer(&mut *out, &report)?;
            out.write_all(b"\n")
        }
        Format::Text => write_claims(set, &report, disputed, out),
    }
}

fn write_claims(
    set: &ClaimSet,
    report: &ClaimsReport,
    disputed: bool,
    out: &mut impl Write,
) -> io::Result<()> {
    for c in &report.claims {
        writeln!(
            out,
            "#{} {} ({}) [{}..{}]\n  “{}”",
            c.id,
            factmark::wording::document_name(set, &c.doc),
            c.doc,
            c.start,
            c.end,
            c.quote
        )?;
        if !c.participants.is_empty() {
            writeln!(out, "  participants: {}", c.participants.join(", "))?;
        }
        if !c.figures.is_empty() {
            writeln!(out, "  figures: {}", c.figures.join("; "))?;
        }
        if !c.dates.is_empty() {
            writeln!(out, "  dates: {}", c.dates.join("; "))?;
        }
        for d in &c.disputed_with {
            writeln!(out, "  disputed by #{}: {}", d.claim, d.detail)?;
        }
    }
    let n = report.claims.len();
    let what = if disputed {
        "claims the reference documents disagree about"
    } else {
        "claims"
    };
    writeln!(out, "{n} {what}")
}

/// `factmark eval`: each case file's table, and the whole's when there are several.
pub fn eval(files: &[PathBuf], articles: Option<&Path>, set: &ClaimSet) -> Result<String, String> {
    let mut out = String::new();
    let (mut all_cases, mut all_given) = (Vec::new(), Vec::new());
    for file in files {
        let (cases, given) = check_file(file, set, articles)?;
        let misses = cases.iter().filter(|c| c.known_miss).count();
        out.push_str(&format!(
            "{} ({} cases, {misses} marked as known misses)\n",
            shown(file.as_os_str()),
            cases.len()
        ));
        out.push_str(&Scores::new(&cases, &given).table());
        all_cases.extend(cases);
        all_given.extend(given);
    }
    if files.len() > 1 {
        out.push_str("all files\n");
        out.push_str(&Scores::new(&all_cases, &all_given).table());
    }
    Ok(out)
}

/// `factmark rules`: every rule of the judge and what it decides.
pub fn rules(out: &mut impl Write) -> io::Result<()> {
    for rule in factmark::rule::Rule::ALL {
        writeln!(out, "{:<28} {}", rule.name(), rule.description())?;
    }
    Ok(())
}
