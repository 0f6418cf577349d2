//! The `factmark` binary: its JSON contract, its text output, and its errors.

use std::io::Write;
use std::process::{Command, Stdio};

fn factmark(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factmark"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("factmark runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
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
        (vec!["check", "src"], &b""[..], "is a directory"),
        (vec!["check"], &b"caf\xe9 latin-1"[..], "not UTF-8"),
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
