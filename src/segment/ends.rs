//! Whether a possible break ends a sentence: a run of terminators with the citation marks
//! and source tags that stay with it, abbreviations, list markers and decimals that do not
//! end one, a next word that may open a sentence, and hard-wrapped lines that join.

use crate::lexicon::Lexicon;

/// A single line break inside a sentence (hard-wrapped text) joins two lines when the
/// line does not end in terminal punctuation and the next one starts in lower case.
pub(super) fn is_hard_wrap(text: &str, start: usize, newline: usize) -> bool {
    // Trimmed from its end only: a blank line trims to nothing, and a long indentation at
    // the start of a sentence is not read again at each of its line breaks.
    let line = text[start..newline].trim_end();
    if line.is_empty() || line.ends_with(['.', '!', '?', ':']) {
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

/// A run of terminators and what closes it, from the terminator that starts it.
pub(super) struct Run {
    /// The byte just past the terminators, closing quotes and brackets and citation marks.
    pub(super) closed: usize,
    /// `closed` and the source tag after it, if any: where the sentence ends.
    pub(super) end: usize,
    /// The run holds a full-width terminator, which ends a sentence whatever follows.
    cjk: bool,
}

/// The run at `at`: repeated terminators, closing quotes and brackets, citation marks
/// (`[4][8]`) and one source tag in parentheses (`(gartner.com)`). Any terminator inside the
/// run starts a run with the same ends.
pub(super) fn end_of_terminator(text: &str, at: usize) -> Run {
    let mut end = at;
    let mut cjk = false;
    let mut chars = text[at..].char_indices().peekable();
    while let Some(&(off, c)) = chars.peek() {
        if matches!(
            c,
            '.' | '!' | '?' | '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '」' | '』' | '）'
        ) {
            end = at + off + c.len_utf8();
            chars.next();
        } else if matches!(c, '。' | '！' | '？') {
            end = at + off + c.len_utf8();
            cjk = true;
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
    Run {
        closed: end,
        end: end + source_tag_len(&text[end..]),
        cjk,
    }
}

/// The longest citation mark: `[` and four digits and `]`.
const MAX_CITATION: usize = 6;

/// Length of a bracketed citation like `[12]` at the start of `s`.
fn citation_len(s: &str) -> Option<usize> {
    let head = &s.as_bytes()[..s.len().min(MAX_CITATION)];
    let close = head.iter().position(|&b| b == b']')?;
    let inner = &head[1..close];
    (!inner.is_empty() && inner.iter().all(u8::is_ascii_digit)).then_some(close + 1)
}

/// Length of ` (domain.tld)` at the start of `s`: a source tag belongs to the sentence
/// before it. Only space-free parentheticals holding a dot qualify, so the search for the
/// closing parenthesis stops at the first space or opening one.
fn source_tag_len(s: &str) -> usize {
    let trimmed = s.trim_start_matches([' ', '\t']);
    let lead = s.len() - trimmed.len();
    if lead == 0 || !trimmed.starts_with('(') {
        return 0;
    }
    let mut dot = false;
    for (off, c) in trimmed.char_indices().skip(1) {
        match c {
            ')' => return if dot { lead + off + 1 } else { 0 },
            '(' => return 0,
            c if c.is_whitespace() => return 0,
            c => dot |= c == '.',
        }
    }
    0
}

/// Whether the run at `at` ends a sentence: a full-width terminator does, and so does the
/// end of the text; otherwise the next word must start a new sentence, and some terminator of the run must be other than
/// the full stop of an abbreviation or a list number.
pub(super) fn ends_sentence(text: &str, at: usize, run: &Run, lexicon: &Lexicon) -> bool {
    if run.cjk || run.end == text.len() {
        return true;
    }
    if !next_starts_sentence(&text[run.end..]) {
        return false;
    }
    let bytes = text.as_bytes();
    (at..run.closed).any(|j| match bytes[j] {
        b'!' | b'?' => true,
        b'.' => !is_abbreviation(&text[..j + 1], lexicon) && !is_list_marker(&text[..j]),
        _ => false,
    })
}

/// Whether `rest`, what follows a run of terminators, starts a new sentence: nothing, or a
/// space and then a word that may open one.
fn next_starts_sentence(rest: &str) -> bool {
    let Some(next) = rest.chars().next() else {
        return true;
    };
    if !next.is_whitespace() {
        return false;
    }
    let rest = rest.trim_start();
    match rest.chars().next() {
        None => true,
        Some(c) => {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(
                    c,
                    '"' | '“' | '‘' | '\'' | '(' | '[' | '$' | '€' | '£' | '—' | '-'
                )
                || !c.is_alphabetic()
                // A letter of a script without case (Chinese, Japanese, Arabic…).
                || !c.is_lowercase()
                || names_in_lower_case(rest)
        }
    }
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
        .take(4)
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
/// ("U.S.", "Inc.", "Feb.") or an initial ("J."), which do not end a sentence. The word is
/// looked for among the last characters only: one longer than the lexicon's longest
/// abbreviation is none.
fn is_abbreviation(upto: &str, lexicon: &Lexicon) -> bool {
    let longest = lexicon.index.longest_abbreviation.max(2);
    let is_boundary = |c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '[' | '—');
    let mut word_start = 0;
    for (n, (i, c)) in upto.char_indices().rev().enumerate() {
        if is_boundary(c) {
            word_start = i + c.len_utf8();
            break;
        }
        if n == longest {
            return false;
        }
    }
    let word = &upto[word_start..];
    let stem = &word[..word.len() - 1];
    if stem.chars().count() == 1 && stem.chars().all(char::is_uppercase) {
        return true;
    }
    lexicon.is_abbreviation(word)
}

#[cfg(test)]
mod tests {
    use crate::segment::tests::split;

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
    fn a_run_of_terminators_ends_where_any_of_them_would() {
        assert_eq!(
            split("Wait..... What?!?! Fine"),
            vec!["Wait.....", "What?!?!", "Fine"]
        );
        assert_eq!(split("a......b..c"), vec!["a......b..c"]);
        // The first full stop is an abbreviation's, the second is not.
        assert_eq!(split("Amazon Inc.. Then"), vec!["Amazon Inc..", "Then"]);
    }
}
