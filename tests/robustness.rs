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
        "four",
        "in",
        "out of",
        "ten",
        "first",
        "quarter of",
        "SEATTLE,",
        "(NYSE: AB)",
        "per",
        "for each",
        "didn't",
        "except",
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

/// Every prefix of phrases whose reading looks past the word at hand (ratios, parts of a
/// year, rates, datelines, tickers, hedges in compounds) ends somewhere that must be safe.
#[test]
fn every_prefix_of_a_lookahead_phrase_is_safe() {
    let phrases = [
        "nearly four in ten patients went into remission",
        "3 out of 4 voters backed it",
        "in the second half of 2026",
        "in Q3 2026 and H1 2027",
        "$38.50-per-share for each share they own",
        "SEATTLE, March 2 — Amazon has agreed",
        "Halvorsen Semiconductor Corp. (NYSE: HSC) said",
        "the more-than-5% jump",
        "not offered anywhere except Amazon Bedrock",
        "US$38 billion",
    ];
    for phrase in phrases {
        for (end, _) in phrase.char_indices().chain([(phrase.len(), ' ')]) {
            let text = &phrase[..end];
            let report = factmark::check(text);
            assert!(
                report.sentences.iter().all(|s| text.contains(s.text)),
                "{text:?}"
            );
        }
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
