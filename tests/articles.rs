//! Whole articles, written for these tests from the seeds' facts: sentences are judged in
//! context ("Its shares fell 3%" is Microsoft's), headings, list items, quotes and
//! boilerplate included, and nothing true is called a contradiction.

use factmark::judge::Verdict::{self, Contradict, Extend, Match, None};

fn verdicts(article: &str) -> Vec<(Verdict, String)> {
    factmark::check(article)
        .sentences
        .into_iter()
        .map(|s| (s.verdict, s.text.to_string()))
        .collect()
}

fn expect(article: &str, cases: &[(Verdict, &str)]) {
    let judged = verdicts(article);
    assert!(
        judged.iter().all(|(v, _)| *v != Contradict),
        "no false contradiction: {judged:#?}"
    );
    for (want, start) in cases {
        let (got, text) = judged
            .iter()
            .find(|(_, t)| t.starts_with(start))
            .unwrap_or_else(|| panic!("no sentence starts with {start:?}"));
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn a_news_story_in_context() {
    expect(
        include_str!("articles/amazon-bet.txt"),
        &[
            (
                Match,
                "SEATTLE — Amazon said on Friday that it would pour $50 billion",
            ),
            (Match, "The money arrives in two installments"),
            (
                Match,
                "Nvidia and SoftBank are each contributing $30 billion",
            ),
            (
                Match,
                "The deal builds on a seven-year, $38 billion cloud agreement",
            ),
            (
                Match,
                "Its shares fell 3% in after-hours trading on the news.",
            ),
            (None, "Could the alliance unravel"),
            (None, "If Amazon had waited"),
            (None, "Read more:"),
        ],
    );
}

#[test]
fn a_numbered_list() {
    expect(
        include_str!("articles/five-numbers.txt"),
        &[
            (
                Match,
                "2. 27 percent: Microsoft's stake in OpenAI Group PBC.",
            ),
            (
                Match,
                "4. $2.52 trillion: Gartner's estimate for AI spending in 2026.",
            ),
            (Extend, "Analysts at Morgan Stanley estimate"),
        ],
    );
}
