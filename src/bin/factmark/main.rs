//! The `factmark` command line: a thin edge over the library.
//!
//! Memory: `check` holds its input (at most [`MAX_INPUT_BYTES`]), a lower-cased copy of
//! it, and one sentence's judgement at a time, written out as it is made (a sentence is at
//! most `segment::MAX_SENTENCE_BYTES`); with the claim set's few megabytes that is about
//! two bytes per input byte and a constant.

mod args;
mod corpus;
mod input;
mod line;
mod output;

use args::{Command, USAGE};
use std::io::{BufWriter, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

/// The largest text `check` reads: beyond it, it asks for the text in parts.
pub const MAX_INPUT_BYTES: u64 = 10 * input::MIB;

fn main() -> ExitCode {
    match run(std::env::args_os().skip(1)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("factmark: {}", line::one_line(&message));
            ExitCode::from(2)
        }
    }
}

fn run(args: impl IntoIterator<Item = std::ffi::OsString>) -> Result<(), String> {
    let stdout = std::io::stdout();
    let colour = stdout.is_terminal();
    let mut out = BufWriter::new(stdout.lock());
    let written = match args::parse(args)? {
        Command::Check {
            input,
            format,
            explain,
            source,
        } => {
            let text = input::read_text(
                input.as_deref(),
                MAX_INPUT_BYTES,
                "of factmark check: check it in parts",
            )?;
            let set = corpus::claim_set(&source)?;
            if explain {
                out.write_all(factmark::explain::explain(&text, &set).as_bytes())
            } else {
                output::check(&text, &set, format, colour, &mut out)
            }
        }
        Command::Eval {
            cases,
            articles,
            source,
        } => {
            let set = corpus::claim_set(&source)?;
            let table = output::eval(&cases, articles.as_deref(), &set)?;
            out.write_all(table.as_bytes())
        }
        Command::Rules => output::rules(&mut out),
        Command::Claims {
            disputed,
            format,
            source,
        } => output::claims(&*corpus::claim_set(&source)?, disputed, format, &mut out),
        Command::BuildClaims { dir, output } => {
            let set = corpus::build(&dir)?;
            return write_claim_set(&set, output.as_deref(), &mut out);
        }
        Command::Version => writeln!(out, "factmark {}", factmark::VERSION),
        Command::Help => writeln!(out, "{USAGE}"),
    };
    finish(written.and_then(|()| out.flush()))
}

/// Writes `set` as JSON to `file`, or to `stdout` when there is none.
fn write_claim_set(
    set: &factmark::claims::ClaimSet,
    file: Option<&Path>,
    stdout: &mut impl Write,
) -> Result<(), String> {
    let Some(file) = file else {
        return finish(
            serde_json::to_writer(&mut *stdout, set)
                .map_err(std::io::Error::from)
                .and_then(|()| stdout.write_all(b"\n"))
                .and_then(|()| stdout.flush()),
        );
    };
    let name = line::shown(file.as_os_str());
    let mut out = std::fs::File::create(file)
        .map(BufWriter::new)
        .map_err(|e| format!("cannot write {name}: {e}"))?;
    serde_json::to_writer(&mut out, set)
        .map_err(std::io::Error::from)
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush())
        .map_err(|e| format!("cannot write {name}: {e}"))
}

/// A closed pipe (`factmark check … | head`) is not an error; any other write error is.
fn finish(written: std::io::Result<()>) -> Result<(), String> {
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("cannot write output: {e}"))
        }
        _ => Ok(()),
    }
}
