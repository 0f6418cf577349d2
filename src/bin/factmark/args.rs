//! The command line, read into a [`Command`]: arguments are OS strings (`lexopt`), so a
//! file name that is not UTF-8 is a file name like any other.

use crate::line::shown;
use lexopt::prelude::*;
use std::ffi::OsString;
use std::path::PathBuf;

pub const USAGE: &str = "usage:
  factmark check [FILE|-] [--format text|json] [--explain] [--seeds DIR | --claims FILE]
      mark every sentence of FILE (standard input when none, or -); at most 10 MiB;
      --explain: for each sentence, the claims compared, every rule that fired and the
      rule that decided the verdict
  factmark claims [--disputed] [--format text|json] [--seeds DIR | --claims FILE]
      list the claim set, or only the claims its documents disagree about
  factmark build-claims DIR [-o FILE]
      build the claim set of DIR's documents once and write it as JSON to FILE
      (standard output when no -o), for --claims to load without building it again
  factmark eval CASES... [--articles DIR] [--seeds DIR | --claims FILE]
      score labelled cases (TSV, or the JSONL of the shared sets): the per-label table
      and macro-F1; --articles is where a JSONL set's articles are (default: beside it)
  factmark rules
      every rule of the judge, with what it decides
  factmark --version | --help

the reference documents (the bundled set, built from seeds/, when neither is given):
  --seeds DIR    build the claim set now from DIR's *.txt and *.md files (not its
                 subfolders), sorted by name, each UTF-8 text of at most 2 MiB; the
                 lexicon is the bundled one plus DIR/lexicon.tsv if DIR has one
                 (tab-separated rows of the kinds in seeds/lexicon/*.tsv)
  --claims FILE  load a claim set that build-claims wrote";

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Format {
    Text,
    Json,
}

/// Where the claims come from.
#[derive(Debug, PartialEq)]
pub enum Source {
    Bundled,
    Seeds(PathBuf),
    Claims(PathBuf),
}

#[derive(Debug, PartialEq)]
pub enum Command {
    /// `input` `None` is standard input.
    Check {
        input: Option<PathBuf>,
        format: Format,
        explain: bool,
        source: Source,
    },
    Eval {
        cases: Vec<PathBuf>,
        articles: Option<PathBuf>,
        source: Source,
    },
    Rules,
    Claims {
        disputed: bool,
        format: Format,
        source: Source,
    },
    BuildClaims {
        dir: PathBuf,
        output: Option<PathBuf>,
    },
    Version,
    Help,
}

/// Reads `args` (without the program name). Errors are one line each.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let mut parser = lexopt::Parser::from_args(args);
    let name = match parser.next().map_err(|e| e.to_string())? {
        Some(Value(name)) => name,
        Some(Long("version") | Short('V')) => return Ok(Command::Version),
        Some(Long("help") | Short('h')) => return Ok(Command::Help),
        Some(other) => return Err(unexpected(other)),
        None => return Err("missing command (factmark --help for usage)".into()),
    };
    let command = name.to_str().unwrap_or("");
    let mut format = Format::Text;
    let mut source = Source::Bundled;
    let mut disputed = false;
    let mut explain = false;
    let mut positional: Option<PathBuf> = None;
    let mut cases: Vec<PathBuf> = Vec::new();
    let mut articles: Option<PathBuf> = None;
    let mut output: Option<PathBuf> = None;
    let claims_from = matches!(command, "check" | "claims" | "eval");
    if !matches!(
        command,
        "check" | "claims" | "build-claims" | "eval" | "rules" | "help"
    ) {
        return Err(format!(
            "unknown command {} (factmark --help for usage)",
            shown(&name)
        ));
    }
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("format") if matches!(command, "check" | "claims") => {
                let value = parser.value().map_err(|e| e.to_string())?;
                format = match value.to_str() {
                    Some("text") => Format::Text,
                    Some("json") => Format::Json,
                    _ => {
                        return Err(format!(
                            "--format takes text or json, not {}",
                            shown(&value)
                        ))
                    }
                };
            }
            Long("seeds") | Long("claims") if claims_from => {
                if source != Source::Bundled {
                    return Err("give --seeds or --claims, not both or twice".into());
                }
                let seeds = arg == Long("seeds");
                let value = PathBuf::from(parser.value().map_err(|e| e.to_string())?);
                source = if seeds {
                    Source::Seeds(value)
                } else {
                    Source::Claims(value)
                };
            }
            Long("disputed") if command == "claims" => disputed = true,
            Long("explain") if command == "check" => explain = true,
            Long("articles") if command == "eval" && articles.is_none() => {
                articles = Some(parser.value().map_err(|e| e.to_string())?.into());
            }
            Value(value) if command == "eval" => cases.push(value.into()),
            Short('o') | Long("output") if command == "build-claims" && output.is_none() => {
                output = Some(parser.value().map_err(|e| e.to_string())?.into());
            }
            Value(value) if positional.is_none() && command != "claims" => {
                positional = Some(value.into());
            }
            other => return Err(unexpected(other)),
        }
    }
    Ok(match command {
        "check" => Command::Check {
            input: positional.filter(|p| p.as_os_str() != "-"),
            format,
            explain,
            source,
        },
        "eval" if cases.is_empty() => return Err("eval needs a case file".into()),
        "eval" => Command::Eval {
            cases,
            articles,
            source,
        },
        "rules" => Command::Rules,
        "claims" => Command::Claims {
            disputed,
            format,
            source,
        },
        "build-claims" => Command::BuildClaims {
            dir: positional.ok_or("build-claims needs a folder of documents")?,
            output,
        },
        _ => Command::Help,
    })
}

fn unexpected(arg: lexopt::Arg) -> String {
    let what = match arg {
        Short(c) => format!("option -{}", shown(c.to_string().as_ref())),
        Long(name) => format!("option --{}", shown(name.as_ref())),
        Value(value) => format!("argument {}", shown(&value)),
    };
    format!("unexpected {what} (factmark --help for usage)")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(args: &[&str]) -> Result<Command, String> {
        parse(args.iter().map(OsString::from))
    }

    #[test]
    fn reads_each_command() {
        assert_eq!(
            parse_str(&["check", "a.txt", "--format", "json", "--seeds", "docs"]),
            Ok(Command::Check {
                input: Some("a.txt".into()),
                format: Format::Json,
                explain: false,
                source: Source::Seeds("docs".into()),
            })
        );
        assert_eq!(
            parse_str(&["check", "-", "--format=text"]),
            Ok(Command::Check {
                input: None,
                format: Format::Text,
                explain: false,
                source: Source::Bundled,
            })
        );
        assert_eq!(
            parse_str(&["claims", "--disputed", "--claims", "set.json"]),
            Ok(Command::Claims {
                disputed: true,
                format: Format::Text,
                source: Source::Claims("set.json".into()),
            })
        );
        assert_eq!(
            parse_str(&["build-claims", "docs", "-o", "set.json"]),
            Ok(Command::BuildClaims {
                dir: "docs".into(),
                output: Some("set.json".into()),
            })
        );
        assert_eq!(
            parse_str(&["eval", "a.tsv", "b.jsonl", "--articles", "real"]),
            Ok(Command::Eval {
                cases: vec!["a.tsv".into(), "b.jsonl".into()],
                articles: Some("real".into()),
                source: Source::Bundled,
            })
        );
        assert_eq!(parse_str(&["rules"]), Ok(Command::Rules));
        assert!(matches!(
            parse_str(&["check", "--explain"]),
            Ok(Command::Check { explain: true, .. })
        ));
        assert_eq!(parse_str(&["--version"]), Ok(Command::Version));
        assert_eq!(parse_str(&["help"]), Ok(Command::Help));
    }

    #[test]
    fn usage_errors_are_one_line() {
        for (args, needle) in [
            (&[][..], "missing command"),
            (&["frobnicate"][..], "unknown command frobnicate"),
            (&["check", "a", "b"][..], "unexpected argument b"),
            (&["check", "--format", "xml"][..], "not xml"),
            (&["check", "--format"][..], "missing argument"),
            (&["check", "--seeds", "a", "--claims", "b"][..], "not both"),
            (&["claims", "x"][..], "unexpected argument x"),
            (&["build-claims"][..], "needs a folder"),
            (&["eval"][..], "needs a case file"),
            (&["claims", "--explain"][..], "unexpected option --explain"),
            (&["check", "--disputed"][..], "unexpected option --disputed"),
            (
                &["check", "a\nb", "c\nd"][..],
                "unexpected argument \"c\\nd\"",
            ),
        ] {
            let err = parse_str(args).unwrap_err();
            assert!(err.contains(needle), "{args:?}: {err}");
            assert!(!err.contains('\n'), "{args:?}: {err}");
        }
    }
}
