//! The `factmark` command line: a thin edge over the library.

use factmark::judge::{FindingKind, Verdict};
use factmark::report::ClaimsReport;
use factmark::report::Report;
use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage:
  factmark check [FILE|-] [--format text|json] [--explain]   mark every sentence (stdin when no FILE);
      --explain: the claims compared, every rule that fired and the rule that decided
  factmark claims [--disputed] [--format text|json]   the claim set, or where the seeds disagree
  factmark eval CASES... [--seeds DIR] [--articles DIR]   score labelled cases (TSV or JSONL):
      the per-label table and macro-F1; --seeds checks against DIR's documents instead of the
      bundled ones; --articles is where a JSONL set's articles are (default: beside it)
  factmark rules   every rule of the judge, with what it decides
  factmark --version";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Text,
    Json,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("factmark: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let (command, rest) = args
        .split_first()
        .ok_or_else(|| format!("missing command\n{USAGE}"))?;
    let mut format = Format::Text;
    let mut disputed = false;
    let mut explain = false;
    let mut file: Option<&str> = None;
    let mut files: Vec<&str> = Vec::new();
    let mut seeds: Option<&str> = None;
    let mut articles: Option<&str> = None;
    let mut it = rest.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--format" => {
                format = match it.next().map(String::as_str) {
                    Some("text") => Format::Text,
                    Some("json") => Format::Json,
                    other => {
                        return Err(format!(
                            "--format takes text or json, not {}",
                            other.unwrap_or("nothing")
                        ))
                    }
                }
            }
            "--disputed" if command == "claims" => disputed = true,
            "--explain" if command == "check" => explain = true,
            "--seeds" if command == "eval" || command == "check" => {
                seeds = Some(it.next().ok_or("--seeds takes a folder")?.as_str())
            }
            "--articles" if command == "eval" => {
                articles = Some(it.next().ok_or("--articles takes a folder")?.as_str())
            }
            a if !a.starts_with("--") && command == "eval" => files.push(a),
            a if a.starts_with("--") => return Err(format!("unknown option {a}\n{USAGE}")),
            a if file.is_none() && command == "check" => file = Some(a),
            a => return Err(format!("unexpected argument {a}\n{USAGE}")),
        }
    }
    let out = match command.as_str() {
        "check" => {
            let text = read_input(file)?;
            let own;
            let set = match seeds {
                Some(dir) => {
                    own = factmark::folder::Folder::read(std::path::Path::new(dir))?.claim_set();
                    &own
                }
                None => factmark::claim_set(),
            };
            if explain {
                return write_out(&factmark::explain::explain(&text, set));
            }
            let report =
                factmark::report::Report::new(&text, factmark::judge::judge_text(&text, set), set);
            match format {
                Format::Json => json(&report)?,
                Format::Text => render_report(&report, std::io::stdout().is_terminal()),
            }
        }
        "claims" => {
            let mut report = factmark::report::claims(factmark::claim_set());
            if disputed {
                report.claims.retain(|c| !c.disputed_with.is_empty());
            }
            match format {
                Format::Json => json(&report)?,
                Format::Text => render_claims(&report, disputed),
            }
        }
        "eval" => eval(&files, seeds, articles)?,
        "rules" => factmark::rule::Rule::ALL
            .iter()
            .map(|r| format!("{:<28} {}\n", r.name(), r.description()))
            .collect(),
        "--version" | "-V" => format!("factmark {}\n", factmark::VERSION),
        "--help" | "-h" | "help" => format!("{USAGE}\n"),
        other => return Err(format!("unknown command {other}\n{USAGE}")),
    };
    write_out(&out)
}

fn write_out(out: &str) -> Result<(), String> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("cannot write output: {e}"))
        }
        _ => Ok(()),
    }
}

/// `factmark eval`: each case file's table, and the whole's when there are several.
fn eval(files: &[&str], seeds: Option<&str>, articles: Option<&str>) -> Result<String, String> {
    use factmark::eval::{check_file, Scores};
    if files.is_empty() {
        return Err(format!("eval needs a case file\n{USAGE}"));
    }
    let own;
    let set = match seeds {
        Some(dir) => {
            own = factmark::folder::Folder::read(std::path::Path::new(dir))?.claim_set();
            &own
        }
        None => factmark::claim_set(),
    };
    let mut out = String::new();
    let (mut all_cases, mut all_given) = (Vec::new(), Vec::new());
    for file in files {
        let (cases, given) = check_file(
            std::path::Path::new(file),
            set,
            articles.map(std::path::Path::new),
        )?;
        let misses = cases.iter().filter(|c| c.known_miss).count();
        out.push_str(&format!(
            "{file} ({} cases, {misses} marked as known misses)\n",
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

fn read_input(file: Option<&str>) -> Result<String, String> {
    let mut bytes = Vec::new();
    match file {
        None | Some("-") => std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?,
        Some(path) => {
            if std::path::Path::new(path).is_dir() {
                return Err(format!("{path} is a directory, not a text file"));
            }
            bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            0
        }
    };
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{} is not UTF-8 text (invalid byte at offset {})",
            file.unwrap_or("standard input"),
            e.utf8_error().valid_up_to()
        )
    })
}

fn json<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string(value)
        .map(|s| s + "\n")
        .map_err(|e| e.to_string())
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

fn render_report(report: &Report, colour: bool) -> String {
    let paint = |code: &str, s: &str| {
        if colour && !code.is_empty() {
            format!("{code}{s}\x1b[0m")
        } else {
            s.to_string()
        }
    };
    let mut out = String::new();
    for s in &report.sentences {
        let (label, code) = tag(s.verdict, s.disputed);
        if label.is_empty() {
            out.push_str(&format!("  {}\n", s.text));
            continue;
        }
        out.push_str(&format!(
            "{} {}\n",
            paint(code, &format!("[{label}]")),
            s.text
        ));
        for f in s
            .findings
            .iter()
            .filter(|f| f.kind != FindingKind::Unchecked)
        {
            out.push_str(&format!("      - {}\n", f.detail));
            if let Some(src) = &f.source {
                out.push_str(&format!("        {}: “{}”\n", src.doc, src.quote));
            }
        }
    }
    let m = &report.summary;
    out.push_str(&format!(
        "\n{} sentences: {} match, {} extend, {} contradict, {} none, {} disputed\n",
        m.sentences, m.matches, m.extend, m.contradict, m.none, m.disputed
    ));
    out
}

fn render_claims(report: &ClaimsReport, disputed: bool) -> String {
    let mut out = String::new();
    for c in &report.claims {
        out.push_str(&format!(
            "#{} {} [{}..{}]\n  “{}”\n",
            c.id, c.doc, c.start, c.end, c.quote
        ));
        if !c.participants.is_empty() {
            out.push_str(&format!("  participants: {}\n", c.participants.join(", ")));
        }
        if !c.figures.is_empty() {
            out.push_str(&format!("  figures: {}\n", c.figures.join("; ")));
        }
        if !c.dates.is_empty() {
            out.push_str(&format!("  dates: {}\n", c.dates.join("; ")));
        }
        for d in &c.disputed_with {
            out.push_str(&format!(
                "  disputed by #{} {}: {}\n",
                d.claim, d.doc, d.detail
            ));
        }
    }
    let n = report.claims.len();
    out.push_str(&format!(
        "{n} {}\n",
        if disputed {
            "claims the seeds disagree about"
        } else {
            "claims"
        }
    ));
    out
}
