//! What a report says besides its verdicts: sentence boundaries, and evidence that says
//! why and quotes its source. The verdict cases themselves are data (`tests/cases.rs`).

use factmark::judge::Verdict::{Contradict, Match};

#[test]
fn segmentation_keeps_abbreviations_and_citations_inside_sentences() {
    let text = "Microsoft Corp. holds a 27% stake in OpenAI Group PBC [2]. Amazon.com Inc. said the \
                Stateful Runtime Environment is exclusive to Amazon Bedrock.\nThe New Cloud AI Power Balance\n\
                NVIDIA put in $30 billion—SoftBank matched it.";
    let report = factmark::check(text);
    let texts: Vec<&str> = report.sentences.iter().map(|s| s.text).collect();
    assert_eq!(
        texts,
        [
            "Microsoft Corp. holds a 27% stake in OpenAI Group PBC [2].",
            "Amazon.com Inc. said the Stateful Runtime Environment is exclusive to Amazon Bedrock.",
            "The New Cloud AI Power Balance",
            "NVIDIA put in $30 billion—SoftBank matched it.",
        ]
    );
    assert_eq!(report.sentences[0].verdict, Match);
}

#[test]
fn every_mark_says_why_and_quotes_its_seed() {
    let report = factmark::check("OpenAI's $38 billion cloud deal with Amazon runs for ten years.");
    let s = &report.sentences[0];
    assert_eq!(s.verdict, Contradict);
    let differs = s
        .findings
        .iter()
        .find(|f| f.kind == factmark::judge::FindingKind::Differs)
        .expect("a difference");
    assert!(
        differs.detail.contains("ten years") && differs.detail.contains("seven"),
        "{}",
        differs.detail
    );
    let source = differs.source.as_ref().expect("a quoted seed");
    assert!(source.quote.contains("seven"), "{}", source.quote);
    assert!(source.doc.ends_with(".txt"));
}
