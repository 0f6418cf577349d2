//! Properties of `check()` and of building a claim set at run time, on generated text:
//! no panic; every sentence's offsets hold its text; sentences in order, not overlapping,
//! and covering every character that is not white space; the same report twice. The text
//! is drawn from words, figures, names and the punctuation segmentation reads (stops,
//! quotes, brackets, full-width terminators, line breaks), with arbitrary characters and
//! long runs mixed in. A longer search: `PROPTEST_CASES=20000 cargo test --release --test
//! properties`; `make fuzz` (`scripts/fuzz.sh`, nightly) searches by coverage.

#![cfg(not(target_arch = "wasm32"))]

use factmark::claims::ClaimSet;
use factmark::lexicon::Lexicon;
use factmark::report::Report;
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use std::sync::OnceLock;

/// Pieces that segmentation and extraction treat specially.
const PIECES: &[&str] = &[
    "Amazon",
    "OpenAI",
    "Microsoft",
    "invested",
    "$50 billion",
    "27%",
    "in 2025",
    "U.S.",
    "Inc.",
    "Feb. 27",
    "not",
    "would",
    "if",
    "?",
    "!",
    ".",
    ".\"",
    "”",
    "“",
    "(",
    ")",
    "[4]",
    "[",
    "]",
    " (openai.com)",
    ",",
    ";",
    ":",
    "—",
    "-",
    "'s",
    "。",
    "！",
    "？",
    "」",
    "中文",
    "🚀",
    "\n",
    "\n\n",
    "   ",
    "\t",
    "1.",
    "12.",
    "J.",
    "xAI",
    "the company",
    "half",
    "38bn",
    "3.5",
    "March 3, 2024",
    "Q3",
    "per cent",
    "about",
    "more than",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => prop::sample::select(PIECES).prop_map(str::to_string),
        2 => "[a-zA-Z]{1,12}",
        1 => any::<String>(),
        // Long runs: a sentence over the length limit, a run of terminators.
        1 => (prop::sample::select(PIECES), 1usize..1200).prop_map(|(p, n)| p.repeat(n)),
    ]
}

/// Text of pieces, each followed by a space or not.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), any::<bool>()), 0..60).prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(p, space)| [p, if space { " ".into() } else { String::new() }])
            .collect()
    })
}

fn utf16_offset(text: &str, byte: usize) -> usize {
    text[..byte].encode_utf16().count()
}

/// The properties every report of `text` must have.
fn check_report(text: &str, report: &Report) -> Result<(), TestCaseError> {
    // The byte offset of each UTF-16 offset that falls on a character boundary.
    let mut byte_at = std::collections::HashMap::new();
    let mut unit = 0;
    for (b, c) in text.char_indices() {
        byte_at.insert(unit, b);
        unit += c.len_utf16();
    }
    byte_at.insert(unit, text.len());
    let mut covered = vec![false; text.len()];
    let mut previous_end = 0;
    for s in &report.sentences {
        let (start, end) = (byte_at.get(&s.start), byte_at.get(&s.end));
        let (Some(&start), Some(&end)) = (start, end) else {
            return Err(TestCaseError::fail(format!(
                "offsets {}..{} split a character",
                s.start, s.end
            )));
        };
        prop_assert!(
            start >= previous_end && start < end,
            "{}..{} after {previous_end}",
            start,
            end
        );
        prop_assert_eq!(&text[start..end], s.text);
        prop_assert_eq!(s.text.trim(), s.text);
        covered[start..end].iter_mut().for_each(|c| *c = true);
        previous_end = end;
    }
    for (b, c) in text.char_indices() {
        prop_assert!(
            c.is_whitespace() || covered[b],
            "{c:?} at byte {b} is in no sentence"
        );
    }
    prop_assert_eq!(report.summary.sentences, report.sentences.len());
    Ok(())
}

/// `cases` cases (or `PROPTEST_CASES`), failures kept in `tests/properties.proptest-regressions`
/// and tried first on every run.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(cases),
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "tests/properties.proptest-regressions",
        ))),
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(192))]

    #[test]
    fn check_gives_ordered_covering_spans_and_the_same_report_twice(text in text()) {
        let report = factmark::check(&text);
        check_report(&text, &report)?;
        let again = factmark::check(&text);
        prop_assert_eq!(
            serde_json::to_string(&report).unwrap(),
            serde_json::to_string(&again).unwrap()
        );
    }
}

fn bundled() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::bundled)
}

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn claims_built_at_run_time_quote_their_documents(
        documents in prop::collection::vec(text(), 1..4),
        article in text(),
    ) {
        let documents: Vec<(String, String)> = documents
            .into_iter()
            .enumerate()
            .map(|(i, text)| (format!("{i}.txt"), text))
            .collect();
        let set = ClaimSet::from_documents(&documents, bundled().clone());
        for claim in &set.claims {
            let (_, text) = documents.iter().find(|(name, _)| *name == claim.doc).unwrap();
            prop_assert_eq!(&text[claim.span.clone()], claim.quote.as_str());
            prop_assert_eq!(utf16_offset(text, claim.span.start), claim.span_utf16.start);
            prop_assert_eq!(utf16_offset(text, claim.span.end), claim.span_utf16.end);
            prop_assert!(claim.disputes.iter().all(|d| d.with < set.claims.len()));
        }
        let again = ClaimSet::from_documents(&documents, bundled().clone());
        prop_assert_eq!(
            serde_json::to_string(&set).unwrap(),
            serde_json::to_string(&again).unwrap()
        );
        let report = Report::new(&article, factmark::judge::judge_text(&article, &set), &set);
        check_report(&article, &report)?;
    }
}
