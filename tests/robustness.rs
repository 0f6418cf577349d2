//! No input makes the checker panic, and every span it returns lies on the input.

fn pseudo_random_texts() -> Vec<String> {
    let pieces = [
        "Amazon",
        "AWS",
        "$",
        "50",
        "billion",
        "bn",
        "%",
        "27",
        "more than",
        "up to",
        "about",
        ".",
        "!",
        "?",
        "\n",
        "\n\n",
        "—",
        "–",
        "-",
        "“",
        "”",
        "’s",
        "'",
        "[4]",
        "(",
        ")",
        "🚀",
        "👩‍💻",
        "中文",
        "U.S.",
        "Inc.",
        "Feb.",
        "27th",
        "2026",
        ",",
        " ",
        "  ",
        "did not",
        "If",
        "would have",
        "x",
        "5x",
        "seven-year",
        "OpenAI",
        "Microsoft",
        "half of",
        "\t",
        "\u{feff}",
        "\u{200b}",
        "é",
        "0.5",
        "1,000,000",
        "..",
        "$$",
        "https://x.y/1b",
        "Q3",
        "May",
        "the company",
        "matched that figure",
    ];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..400)
        .map(|_| {
            let len = (next() % 60) as usize;
            (0..len)
                .map(|_| pieces[(next() % pieces.len() as u64) as usize])
                .collect::<Vec<_>>()
                .join(if next() % 3 == 0 { "" } else { " " })
        })
        .collect()
}

#[test]
fn random_text_never_panics_and_spans_hold_their_text() {
    for text in pseudo_random_texts() {
        let report = factmark::check(&text);
        let units: Vec<u16> = text.encode_utf16().collect();
        let mut last_end = 0;
        for s in &report.sentences {
            assert!(s.start <= s.end && s.end <= units.len(), "{text:?}");
            assert!(
                s.start >= last_end,
                "sentences are in order and do not overlap: {text:?}"
            );
            assert_eq!(
                String::from_utf16(&units[s.start..s.end]).unwrap(),
                s.text,
                "{text:?}"
            );
            last_end = s.end;
        }
        assert_eq!(report.summary.sentences, report.sentences.len());
    }
}

#[test]
fn no_text_is_lost_between_sentences() {
    let text = "One. Two!  Three?\n\nFour — five.\r\nSix";
    let report = factmark::check(text);
    let mut rest = String::new();
    let mut at = 0;
    let units: Vec<u16> = text.encode_utf16().collect();
    for s in &report.sentences {
        rest.push_str(&String::from_utf16(&units[at..s.start]).unwrap());
        at = s.end;
    }
    rest.push_str(&String::from_utf16(&units[at..]).unwrap());
    assert!(
        rest.chars().all(char::is_whitespace),
        "only whitespace lies between sentences: {rest:?}"
    );
}
