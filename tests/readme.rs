//! The examples in the documentation run as tests: every ```` ```console ```` block of
//! `README.md` and `docs/*.md` whose first line is `$ target/release/factmark …` is run
//! with the binary this test builds, and what it prints must be the block's remaining
//! lines. A first line ending in `<<'END'` takes the lines up to `END` as standard input.
//! Arguments are split at spaces; single or double quotes keep one argument whole.
//!
//! The command runs in the package's root, so a path in an example is relative to it.
//! Standard output comes first, then standard error; the exit status is not compared.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const PROMPT: &str = "$ target/release/factmark";
const HEREDOC: &str = "<<'END'";

/// One example: where it is, the arguments, the standard input, the expected output.
struct Example {
    place: String,
    args: Vec<String>,
    stdin: Option<String>,
    expected: Vec<String>,
}

/// The Markdown files whose examples run: the README and every `docs/*.md`.
fn documents(root: &Path) -> Vec<PathBuf> {
    let mut files = vec![root.join("README.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))
        .expect("docs/ is readable")
        .map(|e| e.expect("a readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    docs.sort();
    files.extend(docs);
    files
}

/// Splits a command line at spaces, keeping quoted parts ('…' or "…") whole.
fn split_args(line: &str) -> Vec<String> {
    let mut args = Vec::new();
    let mut current = String::new();
    let mut quote: Option<char> = None;
    let mut started = false;
    for c in line.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => current.push(c),
            None if c == '\'' || c == '"' => {
                quote = Some(c);
                started = true;
            }
            None if c == ' ' => {
                if started {
                    args.push(std::mem::take(&mut current));
                    started = false;
                }
            }
            None => {
                current.push(c);
                started = true;
            }
        }
    }
    assert!(quote.is_none(), "an unclosed quote in: {line}");
    if started {
        args.push(current);
    }
    args
}

/// The examples of one Markdown file.
fn examples(path: &Path, root: &Path) -> Vec<Example> {
    let text = std::fs::read_to_string(path).expect("a readable Markdown file");
    let name = path
        .strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string();
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim_end() != "```console" {
            i += 1;
            continue;
        }
        let open = i + 1;
        let close = (open..lines.len())
            .find(|&k| lines[k].trim_end() == "```")
            .unwrap_or_else(|| panic!("{name}:{}: a console block is not closed", i + 1));
        i = close + 1;
        let body = &lines[open..close];
        let Some(first) = body.first().filter(|l| l.starts_with(PROMPT)) else {
            continue;
        };
        let mut command = first[PROMPT.len()..].trim().to_string();
        let mut rest = &body[1..];
        let mut stdin = None;
        if let Some(before) = command.strip_suffix(HEREDOC) {
            command = before.trim().to_string();
            let end = rest
                .iter()
                .position(|l| *l == "END")
                .unwrap_or_else(|| panic!("{name}:{}: the heredoc has no END line", open + 1));
            let mut input = rest[..end].join("\n");
            input.push('\n');
            stdin = Some(input);
            rest = &rest[end + 1..];
        }
        found.push(Example {
            place: format!("{name}:{}", open + 1),
            args: split_args(&command),
            stdin,
            expected: rest.iter().map(|l| l.trim_end().to_string()).collect(),
        });
    }
    found
}

/// What `example` prints: standard output, then standard error, line by line.
fn run(example: &Example, root: &Path) -> Vec<String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factmark"))
        .args(&example.args)
        .current_dir(root)
        .stdin(if example.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the factmark binary runs");
    if let Some(input) = &example.stdin {
        child
            .stdin
            .take()
            .expect("a piped standard input")
            .write_all(input.as_bytes())
            .expect("standard input is written");
    }
    let out = child.wait_with_output().expect("factmark finishes");
    let mut text = String::from_utf8(out.stdout).expect("UTF-8 output");
    text.push_str(&String::from_utf8(out.stderr).expect("UTF-8 errors"));
    let mut lines: Vec<String> = text.lines().map(|l| l.trim_end().to_string()).collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

/// A line-by-line account of where `got` leaves `want`: ` ` same, `-` expected, `+` printed.
fn diff(want: &[String], got: &[String]) -> String {
    let mut out = String::new();
    for k in 0..want.len().max(got.len()) {
        match (want.get(k), got.get(k)) {
            (Some(w), Some(g)) if w == g => out.push_str(&format!("  {w}\n")),
            (w, g) => {
                if let Some(w) = w {
                    out.push_str(&format!("- {w}\n"));
                }
                if let Some(g) = g {
                    out.push_str(&format!("+ {g}\n"));
                }
            }
        }
    }
    out
}

#[test]
fn documented_examples_print_what_they_show() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let all: Vec<Example> = documents(root)
        .iter()
        .flat_map(|p| examples(p, root))
        .collect();
    assert!(
        all.iter().any(|e| e.place.starts_with("README.md")),
        "README.md has no ```console example starting with `{PROMPT}`"
    );
    let mut failures = Vec::new();
    for example in &all {
        let mut want = example.expected.clone();
        while want.last().is_some_and(|l| l.is_empty()) {
            want.pop();
        }
        let got = run(example, root);
        if got != want {
            failures.push(format!(
                "{}: `factmark {}` printed other lines than the example shows \
                 (- the example, + the output):\n{}",
                example.place,
                example.args.join(" "),
                diff(&want, &got)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} documented examples differ:\n\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}

#[test]
fn arguments_split_at_spaces_outside_quotes() {
    assert_eq!(
        split_args("check --format json 'a b.txt' \"c\""),
        ["check", "--format", "json", "a b.txt", "c"]
    );
    assert_eq!(split_args("  eval   x.tsv "), ["eval", "x.tsv"]);
}
