//! Stage 1: split a document into sentences.
//!
//! Sentences are byte ranges into the caller's text, so the text itself is never copied or
//! altered. A sentence ends at `.`, `!` or `?` (with any closing quotes, brackets and
//! citation marks like `[4][8]` or a source tag like `(openai.com)` that follow it) when the
//! next word starts a new sentence, and at every line break that is not a hard wrap: the
//! seeds put headings on lines of their own, with no full stop.

use crate::lexicon::Lexicon;
use std::ops::Range;

/// Splits `text` into trimmed, non-empty sentence spans, in order.
pub fn sentences(text: &str, lexicon: &Lexicon) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    loop {
        i = next_break(bytes, i);
        let Some(&c) = bytes.get(i) else { break };
        if c == b'\n' {
            if !is_hard_wrap(text, start, i) {
                push_trimmed(text, start..i, &mut spans);
                start = i + 1;
            }
            i += 1;
            continue;
        }
        if matches!(c, b'.' | b'!' | b'?') {
            let end = end_of_terminator(text, i);
            if ends_sentence(text, i, end, lexicon) {
                push_trimmed(text, start..end, &mut spans);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    push_trimmed(text, start..text.len(), &mut spans);
    spans
}

/// The first byte at or after `from` that may end a sentence (a line break, `.`, `!` or
/// `?`), or the end. Eight bytes are tested at a time: most of a text is none of these.
fn next_break(bytes: &[u8], from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // Whether any byte of `word` equals `b`: a zero byte of `word ^ b·ONES` sets its high bit.
    let has = |word: u64, b: u8| {
        let x = word ^ (ONES * u64::from(b));
        x.wrapping_sub(ONES) & !x & HIGHS != 0
    };
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        if has(word, b'\n') || has(word, b'.') || has(word, b'!') || has(word, b'?') {
            break;
        }
        i += 8;
    }
    bytes[i.min(bytes.len())..]
        .iter()
        .position(|b| matches!(b, b'\n' | b'.' | b'!' | b'?'))
        .map_or(bytes.len(), |p| i + p)
}

/// A single line break inside a sentence (hard-wrapped text) joins two lines when the
/// line does not end in terminal punctuation and the next one starts in lower case.
fn is_hard_wrap(text: &str, start: usize, newline: usize) -> bool {
    let line = text[start..newline].trim_end();
    if line.trim().is_empty() || line.ends_with(['.', '!', '?', ':']) {
        return false;
    }
    let rest = &text[newline + 1..];
    let next_line_blank = rest.split('\n').next().is_some_and(|l| l.trim().is_empty());
    !next_line_blank
        && rest
            .trim_start_matches([' ', '\t'])
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase())
}

/// The byte just past a terminator at `at`: repeated terminators, closing quotes and
/// brackets, citation marks (`[4][8]`) and one source tag in parentheses (`(gartner.com)`).
fn end_of_terminator(text: &str, at: usize) -> usize {
    let mut end = at;
    let mut chars = text[at..].char_indices().peekable();
    while let Some(&(off, c)) = chars.peek() {
        if matches!(
            c,
            '.' | '!' | '?' | '"' | '\'' | '”' | '’' | ')' | ']' | '»'
        ) {
            end = at + off + c.len_utf8();
            chars.next();
        } else if c == '[' {
            match citation_len(&text[at + off..]) {
                Some(len) => {
                    end = at + off + len;
                    while chars.peek().is_some_and(|&(o, _)| o < off + len) {
                        chars.next();
                    }
                }
                None => break,
            }
        } else {
            break;
        }
    }
    end + source_tag_len(&text[end..])
}

/// Length of a bracketed citation like `[12]` at the start of `s`.
fn citation_len(s: &str) -> Option<usize> {
    let close = s.find(']')?;
    let inner = &s[1..close];
    (!inner.is_empty() && inner.len() <= 4 && inner.bytes().all(|b| b.is_ascii_digit()))
        .then_some(close + 1)
}

/// Length of ` (domain.tld)` at the start of `s`: a source tag belongs to the sentence
/// before it. Only space-free parentheticals holding a dot qualify.
fn source_tag_len(s: &str) -> usize {
    let trimmed = s.trim_start_matches([' ', '\t']);
    let lead = s.len() - trimmed.len();
    if lead == 0 || !trimmed.starts_with('(') {
        return 0;
    }
    match trimmed.find(')') {
        Some(close) => {
            let inner = &trimmed[1..close];
            let tag = !inner.is_empty()
                && inner.contains('.')
                && !inner.contains(char::is_whitespace)
                && !inner.contains('(');
            if tag {
                lead + close + 1
            } else {
                0
            }
        }
        None => 0,
    }
}

fn ends_sentence(text: &str, at: usize, end: usize, lexicon: &Lexicon) -> bool {
    let rest = &text[end..];
    let Some(next) = rest.chars().next() else {
        return true;
    };
    if !next.is_whitespace() {
        return false;
    }
    let following = rest.trim_start().chars().next();
    let starts_new = match following {
        None => true,
        Some(c) => {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(
                    c,
                    '"' | '“' | '‘' | '\'' | '(' | '[' | '$' | '€' | '£' | '—' | '-'
                )
                || !c.is_alphabetic()
                || names_in_lower_case(rest.trim_start())
        }
    };
    if !starts_new {
        return false;
    }
    text.as_bytes()[at] != b'.'
        || !is_abbreviation(&text[..at + 1], lexicon) && !is_list_marker(&text[..at])
}

/// Whether the word `rest` opens with is a name written in lower case first ("xAI",
/// "iPhone", "eBay"): it may open a sentence.
fn names_in_lower_case(rest: &str) -> bool {
    rest.split(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|word| word.chars().skip(1).any(char::is_uppercase))
}

/// "1." or "12." alone at the start of a line numbers a list item; it ends nothing.
fn is_list_marker(before_dot: &str) -> bool {
    // Read backwards from the dot, so a long paragraph is not rescanned at every full stop.
    let digits = before_dot
        .bytes()
        .rev()
        .take_while(u8::is_ascii_digit)
        .count();
    if digits == 0 || digits > 3 {
        return false;
    }
    let mut before = before_dot[..before_dot.len() - digits].chars().rev();
    before
        .find(|&c| c == '\n' || !c.is_whitespace())
        .is_none_or(|c| c == '\n')
}

/// Whether the word ending in the full stop at the end of `upto` is an abbreviation
/// ("U.S.", "Inc.", "Feb.") or an initial ("J."), which do not end a sentence.
fn is_abbreviation(upto: &str, lexicon: &Lexicon) -> bool {
    let word_start = upto
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '[' | '—'))
        .map_or(0, |i| {
            i + upto[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &upto[word_start..];
    let stem = &word[..word.len() - 1];
    if stem.chars().count() == 1 && stem.chars().all(char::is_uppercase) {
        return true;
    }
    lexicon.is_abbreviation(word)
}

fn push_trimmed(text: &str, span: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &text[span.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(span.start + lead..span.end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_possible_break_across_eight_byte_words() {
        let text = "abcdefghijklmnopq—rstu. vwxyz!\nend?";
        let bytes = text.as_bytes();
        let mut found = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            i = next_break(bytes, i);
            if i < bytes.len() {
                found.push(bytes[i]);
                i += 1;
            }
        }
        assert_eq!(found, b".!\n?");
        assert_eq!(next_break(b"no break here at all", 0), 20);
        assert_eq!(next_break(b"", 0), 0);
    }

    fn split(text: &str) -> Vec<&str> {
        let lexicon = Lexicon::parse("abbreviation\tU.S.|Inc.|Corp.|Feb.\n").unwrap();
        sentences(text, &lexicon)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn abbreviations_and_decimals_do_not_split() {
        assert_eq!(
            split("Microsoft Corp. and Amazon.com Inc. spent $2.52 trillion in the U.S. on Feb. 27. Then it rained."),
            vec![
                "Microsoft Corp. and Amazon.com Inc. spent $2.52 trillion in the U.S. on Feb. 27.",
                "Then it rained."
            ]
        );
    }

    #[test]
    fn a_name_written_in_lower_case_first_may_open_a_sentence() {
        assert_eq!(
            split(
                "It was the largest check in history [4][8]. xAI's platform launched. eBay fell."
            ),
            vec![
                "It was the largest check in history [4][8].",
                "xAI's platform launched.",
                "eBay fell."
            ]
        );
        assert_eq!(
            split("It cost approx. five dollars."),
            vec!["It cost approx. five dollars."]
        );
    }

    #[test]
    fn citations_and_source_tags_stay_with_their_sentence() {
        assert_eq!(
            split("It was the largest round [4][8]. Next one. (geekwire.com) The joint statement."),
            vec![
                "It was the largest round [4][8].",
                "Next one. (geekwire.com)",
                "The joint statement."
            ]
        );
    }

    #[test]
    fn headings_on_their_own_line_are_sentences() {
        assert_eq!(
            split("The New Cloud AI Power Balance\nThis partnership reshapes it.\n\nNext"),
            vec![
                "The New Cloud AI Power Balance",
                "This partnership reshapes it.",
                "Next"
            ]
        );
    }

    #[test]
    fn quotes_dashes_and_questions() {
        assert_eq!(
            split("He said “it runs.” Then—suddenly—it stopped? “Why?” she asked. Fine!"),
            vec![
                "He said “it runs.”",
                "Then—suddenly—it stopped?",
                "“Why?” she asked.",
                "Fine!"
            ]
        );
    }

    #[test]
    fn numbered_list_items_keep_their_number() {
        assert_eq!(
            split("Five numbers\n1. $110 billion: the round.\n2. 27 percent: the stake."),
            vec![
                "Five numbers",
                "1. $110 billion: the round.",
                "2. 27 percent: the stake."
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_join() {
        assert_eq!(
            split("Amazon put money\ninto OpenAI. Done."),
            vec!["Amazon put money\ninto OpenAI.", "Done."]
        );
    }

    #[test]
    fn empty_and_blank_input_has_no_sentences() {
        assert!(split("").is_empty());
        assert!(split(" \n\n\t ").is_empty());
    }
}
