//! The `factmark` binary: its JSON contract, its text output, and its errors.

use std::ffi::OsStr;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn factmark<S: AsRef<OsStr>>(args: &[S], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factmark"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("factmark runs");
    // factmark stops reading past its input limit: a closed pipe here is expected then.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn utf16_slice(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[start..end]).unwrap()
}

#[test]
fn json_offsets_are_utf16_and_hold_the_text() {
    let text = "🚀 “Quoted” — 中文 prelude. Microsoft’s stake in OpenAI Group PBC is 27%. 👩‍💻 Amazon invested $5 billion in OpenAI.";
    let (code, out, _) = factmark(&["check", "--format", "json"], text.as_bytes());
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let sentences = json["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 3);
    for s in sentences {
        let (start, end) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(utf16_slice(text, start, end), s["text"].as_str().unwrap());
        assert!(s["disputed"].is_boolean() && s["findings"].is_array());
    }
    assert_eq!(sentences[1]["verdict"], "match");
    assert_eq!(sentences[2]["verdict"], "contradict");
    let finding = &sentences[2]["findings"][0];
    assert_eq!(finding["kind"], "differs");
    assert!(finding["source"]["quote"]
        .as_str()
        .unwrap()
        .contains("$50 billion"));
    let summary = &json["summary"];
    assert_eq!(summary["sentences"], 3);
    assert_eq!(summary["match"], 1);
    assert_eq!(summary["contradict"], 1);
    assert_eq!(summary["none"], 1);
}

#[test]
fn text_output_marks_sentences_without_colour_when_piped() {
    let (code, out, _) = factmark(
        &["check", "-"],
        "Amazon invested $5 billion in OpenAI. It rained.".as_bytes(),
    );
    assert_eq!(code, 0);
    assert!(
        out.contains("[✗ CONTRADICTS] Amazon invested $5 billion in OpenAI."),
        "{out}"
    );
    assert!(out.contains("says $5 billion"), "{out}");
    assert!(out.contains("  It rained."), "{out}");
    assert!(!out.contains('\x1b'), "no colour on a pipe");
}

#[test]
fn claims_and_disputes_are_listed_with_provenance() {
    let (code, out, _) = factmark(&["claims", "--format", "json"], b"");
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let claims = json["claims"].as_array().unwrap();
    assert!(claims.len() > 100);
    assert!(claims
        .iter()
        .all(|c| c["doc"].as_str().unwrap().ends_with(".txt")
            && !c["quote"].as_str().unwrap().is_empty()));
    let (_, disputed, _) = factmark(&["claims", "--disputed"], b"");
    assert!(
        disputed.contains("Frontier") && disputed.contains("disputed by"),
        "{disputed}"
    );
}

#[test]
fn unreadable_input_is_a_one_line_error() {
    for (args, input, needle) in [
        (
            vec!["check", "/no/such/file"],
            &b""[..],
            "cannot read /no/such/file",
        ),
        (vec!["check", "src"], &b""[..], "src is a folder"),
        (
            vec!["check"],
            &b"caf\xe9 latin-1"[..],
            "standard input is not UTF-8 text",
        ),
        (
            vec!["check", "-"],
            &b"caf\xe9 latin-1"[..],
            "standard input is not UTF-8 text (invalid byte at offset 3)",
        ),
        (
            vec!["check", "--format", "xml"],
            &b""[..],
            "--format takes text or json",
        ),
        (vec!["frobnicate"], &b""[..], "unknown command"),
    ] {
        let (code, out, err) = factmark(&args, input);
        assert_eq!(code, 2, "{args:?}");
        assert!(out.is_empty(), "{args:?}");
        assert!(
            err.starts_with("factmark: ") && err.contains(needle),
            "{args:?}: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn empty_input_gives_an_empty_report() {
    let (code, out, _) = factmark(&["check", "--format", "json"], b"");
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["sentences"].as_array().unwrap().len(), 0);
    assert_eq!(json["summary"]["sentences"], 0);
}

#[test]
fn explain_names_the_deciding_rule_of_every_sentence() {
    let text = "Amazon invested $5 billion in OpenAI. Will it rain? 🚀 ((( $ …";
    let (code, out, err) = factmark(&["check", "--explain"], text.as_bytes());
    assert_eq!(code, 0, "{err}");
    let (_, json, _) = factmark(&["check", "--format", "json"], text.as_bytes());
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let sentences = json["sentences"].as_array().unwrap();
    assert_eq!(
        out.matches("\n  decided by ").count(),
        sentences.len(),
        "{out}"
    );
    assert!(
        out.starts_with("[contradict] Amazon invested $5 billion in OpenAI."),
        "{out}"
    );
    assert!(out.contains("compared with claim"), "{out}");
    assert!(
        out.contains("[none] Will it rain?\n  decided by question"),
        "{out}"
    );
    // Every finding of the JSON names the rule that made it, one `factmark rules` lists.
    let (_, rules, _) = factmark(&["rules"], b"");
    for s in sentences {
        for f in s["findings"].as_array().unwrap() {
            let rule = f["rule"].as_str().expect("a rule");
            assert!(
                rules.lines().any(|l| l.starts_with(&format!("{rule} "))),
                "{rule}"
            );
        }
    }
    let (code, out, _) = factmark(&["check", "--explain"], b"");
    assert_eq!((code, out.as_str()), (0, ""));
}

#[test]
fn eval_scores_a_case_file() {
    let dir = std::env::temp_dir().join(format!("factmark-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("cases.tsv");
    std::fs::write(
        &file,
        "label\tdisputed\texpect\ttext\tnote\n\
         contradict\tno\tok\tAmazon invested $5 billion in OpenAI.\t\n\
         match\t-\tok\tAmazon invested $50 billion in OpenAI.\t\n",
    )
    .unwrap();
    let (code, out, err) = factmark(&["eval", file.to_str().unwrap()], b"");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("macro-F1 1.000"), "{out}");
    assert!(
        out.contains("contradict-precision 1.000 on 2 cases"),
        "{out}"
    );
    std::fs::write(&file, "not a case file\n").unwrap();
    let (code, _, err) = factmark(&["eval", file.to_str().unwrap()], b"");
    assert_eq!(code, 2);
    assert!(
        err.starts_with("factmark: ") && err.contains("header"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A folder of its own under the system's temporary folder, emptied first.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factmark-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn path_arg(p: &Path) -> &str {
    p.to_str().unwrap()
}

const SAMPLE: &str =
    "Microsoft's stake in OpenAI Group PBC is 27%. Amazon invested $5 billion in OpenAI. \
    The deal was announced in November 2025. It rained.";

#[test]
fn a_claim_set_built_from_seeds_at_run_time_is_the_bundled_one() {
    let (_, bundled, _) = factmark(&["check", "--format", "json"], SAMPLE.as_bytes());
    let (code, built, err) = factmark(
        &["check", "--format", "json", "--seeds", "seeds"],
        SAMPLE.as_bytes(),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(built, bundled);
    assert!(bundled.contains("\"contradict\""), "{bundled}");
    let (_, bundled, _) = factmark(&["claims", "--format", "json"], b"");
    let (_, built, _) = factmark(&["claims", "--format", "json", "--seeds", "seeds"], b"");
    assert_eq!(built, bundled);
}

#[test]
fn build_claims_writes_a_set_that_claims_loads_without_rebuilding() {
    let dir = scratch("build");
    let file = dir.join("corpus.json");
    let (code, out, err) = factmark(&["build-claims", "seeds", "-o", path_arg(&file)], b"");
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    let (_, bundled, _) = factmark(&["check", "--format", "json"], SAMPLE.as_bytes());
    let (code, loaded, err) = factmark(
        &["check", "--format", "json", "--claims", path_arg(&file)],
        SAMPLE.as_bytes(),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(loaded, bundled);
    let (_, disputed, _) = factmark(&["claims", "--disputed", "--claims", path_arg(&file)], b"");
    assert!(disputed.contains("disputed by"), "{disputed}");
}

#[test]
fn a_folder_brings_its_own_documents_and_lexicon_rows() {
    let dir = folder(
        "own",
        &[
            (
                "acme.md",
                b"Acme Robotics agreed to acquire Beta Labs for $2.4 billion in March 2024.\n",
            ),
            ("notes.csv", b"not a document"),
            (
                "lexicon.tsv",
                b"org\tAcme Robotics\tAcme\norg\tBeta Labs\tBeta\n",
            ),
        ],
    );
    let (code, out, err) = factmark(
        &["check", "--format", "json", "--seeds", path_arg(&dir)],
        b"Acme agreed to acquire Beta Labs for $4.2 billion in March 2024.",
    );
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["sentences"][0]["verdict"], "contradict", "{out}");
    assert_eq!(
        json["sentences"][0]["findings"][0]["source"]["doc"],
        "acme.md"
    );
}

/// Runs factmark and expects exit 2 with one line on standard error that holds `needle`.
fn fails_with<S: AsRef<OsStr> + std::fmt::Debug>(args: &[S], stdin: &[u8], needle: &str) {
    let (code, out, err) = factmark(args, stdin);
    assert_eq!(code, 2, "{args:?}: {err}");
    assert!(out.is_empty(), "{args:?}: {out}");
    assert!(
        err.starts_with("factmark: ") && err.contains(needle),
        "{args:?}: {err}"
    );
    assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
}

/// A scratch folder holding `files` (name, contents).
fn folder(name: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let dir = scratch(name);
    for (file, contents) in files {
        std::fs::write(dir.join(file), contents).unwrap();
    }
    dir
}

#[test]
fn a_folder_without_usable_documents_is_a_one_line_error_naming_the_file() {
    let fact: &[u8] = b"Amazon invested $8 billion in Anthropic.";
    let huge = "word ".repeat(2 * 1024 * 1024 / 5 + 1);
    for (name, files, command, needle) in [
        (
            "empty",
            vec![("blank.txt", &b"  \n"[..]), ("notes.csv", fact)],
            "check",
            "has no reference document with text in it (*.txt or *.md)",
        ),
        (
            "latin1",
            vec![("ok.txt", fact), ("bad.txt", &b"caf\xe9 au lait"[..])],
            "claims",
            "bad.txt is not UTF-8 text (invalid byte at offset 3)",
        ),
        (
            "big",
            vec![("ok.txt", fact), ("huge.md", huge.as_bytes())],
            "build-claims",
            "huge.md is over the 2 MiB limit for a reference document",
        ),
        (
            "lexicon",
            vec![
                ("a.txt", fact),
                ("lexicon.tsv", &b"org\tAcme\tAcme Inc\nfrobnicate\tx\n"[..]),
            ],
            "check",
            "lexicon.tsv: line 2: unknown kind `frobnicate`",
        ),
    ] {
        let dir = folder(name, &files);
        let args = if command == "build-claims" {
            vec![command, path_arg(&dir)]
        } else {
            vec![command, "--seeds", path_arg(&dir)]
        };
        fails_with(&args, b"", needle);
    }
    fails_with(
        &["check", "--seeds", "/no/such/folder"],
        b"",
        "cannot read folder /no/such/folder",
    );
}

#[test]
fn a_claims_file_that_build_claims_did_not_write_is_a_one_line_error() {
    let dir = scratch("claims");
    let not_json = dir.join("notes.json");
    std::fs::write(&not_json, "{\"claims\": 3}").unwrap();
    fails_with(
        &["check", "--claims", path_arg(&not_json)],
        b"",
        "notes.json is not a claim set that factmark build-claims wrote",
    );
    let set = dir.join("set.json");
    let (code, _, _) = factmark(&["build-claims", "seeds", "-o", path_arg(&set)], b"");
    assert_eq!(code, 0);
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&set).unwrap()).unwrap();
    json["claims"][1]["id"] = 7.into();
    std::fs::write(&set, json.to_string()).unwrap();
    fails_with(
        &["check", "--claims", path_arg(&set)],
        b"",
        "claim 1 has id 7",
    );
}

#[test]
fn input_over_the_limit_is_refused_in_one_line() {
    let text = "word ".repeat(10 * 1024 * 1024 / 5 + 1);
    fails_with(
        &["check"],
        text.as_bytes(),
        "standard input is over the 10 MiB limit of factmark check",
    );
}

#[test]
fn odd_file_names_and_usage_errors_are_one_line() {
    fails_with(
        &["check", "two\nlines.txt"],
        b"",
        "cannot read \"two\\nlines.txt\"",
    );
    fails_with(&["check", "--format"], b"", "missing argument");
    fails_with(
        &["check", "a", "b\nc"],
        b"",
        "unexpected argument \"b\\nc\"",
    );
    fails_with(&Vec::<&str>::new(), b"", "missing command");
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let name = OsStr::from_bytes(b"caf\xe9.txt");
        fails_with(
            &[OsStr::new("check"), name],
            b"",
            "cannot read \"caf\\xe9.txt\"",
        );
    }
}
