//! What `check` and `claims` write. A check is written sentence by sentence as each is
//! judged (`judge_each`), so no report of the whole text is ever held: the JSON is the
//! same bytes `serde_json::to_string(&factmark::check(text))` gives, with a line break.

use crate::args::Format;
use factmark::claims::{ClaimSet, ClaimsReport};
use factmark::judge::{judge_each, FindingKind, Verdict};
use factmark::report::{SentenceReport, Summary, Utf16Offsets};
use std::io::{self, Write};

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
            writeln!(out, "        {}: “{}”", src.doc, src.quote)?;
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
    let mut report = set.report();
    if disputed {
        report.claims.retain(|c| !c.disputed_with.is_empty());
    }
    match format {
        Format::Json => {
            serde_json::to_writer(&mut *out, &report)?;
            out.write_all(b"\n")
        }
        Format::Text => write_claims(&report, disputed, out),
    }
}

fn write_claims(report: &ClaimsReport, disputed: bool, out: &mut impl Write) -> io::Result<()> {
    for c in &report.claims {
        writeln!(
            out,
            "#{} {} [{}..{}]\n  “{}”",
            c.id, c.doc, c.start, c.end, c.quote
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
            writeln!(out, "  disputed by #{} {}: {}", d.claim, d.doc, d.detail)?;
        }
    }
    let n = report.claims.len();
    let what = if disputed {
        "claims the seeds disagree about"
    } else {
        "claims"
    };
    writeln!(out, "{n} {what}")
}
