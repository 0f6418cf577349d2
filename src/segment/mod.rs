//! Stage 1: split a document into sentences.
//!
//! Sentences are byte ranges into the caller's text, so the text itself is never copied or
//! altered. A sentence ends at `.`, `!` or `?` (with any closing quotes, brackets and
//! citation marks like `[4][8]` or a source tag like `(openai.com)` that follow it) when the
//! next word starts a new sentence; at `。`, `！` or `？`, which need no space after them;
//! and at every line break that is not a hard wrap: the seeds put headings on lines of
//! their own, with no full stop.
//!
//! Every look-back and look-ahead is bounded by what it can find (an abbreviation is no
//! longer than the lexicon's longest, a citation mark no longer than `[9999]`, a source tag
//! ends at the first space), and a run of terminators is read once, so splitting is linear
//! in the text. A sentence longer than [`MAX_SENTENCE_BYTES`] is cut into pieces (see
//! [`Sentence::cut`]), which bounds what every later stage spends on one sentence.
//!
//! This file holds the splitter itself: the scan for possible breaks and the cutting of
//! long sentences; `ends` decides whether a possible break ends a sentence.

mod ends;

use self::ends::{end_of_terminator, ends_sentence, is_hard_wrap};
use crate::lexicon::Lexicon;
use std::ops::Range;

/// The longest sentence, in bytes, that later stages read whole: three to four times the
/// longest sentence of the seeds and the labelled articles (377 bytes, 53 words). A longer
/// one (a table dump, a list with no full stop, a line of thousands of figures) is cut into
/// pieces of at most this many bytes: after the last comma, semicolon, colon or dash in the
/// second half of the piece, else at the last space there, else at the limit itself (at a
/// character boundary).
pub const MAX_SENTENCE_BYTES: usize = 1_000;

/// One sentence: a trimmed, non-empty byte range of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Range<usize>,
    /// A piece of a sentence longer than [`MAX_SENTENCE_BYTES`]: every piece of such a
    /// sentence says so, and the pieces are checked as sentences of their own.
    pub cut: bool,
}

/// Splits `text` into trimmed, non-empty sentence spans, in order.
pub fn sentences(text: &str, lexicon: &Lexicon) -> Vec<Range<usize>> {
    Sentences::new(text, lexicon).map(|s| s.span).collect()
}

/// The sentences of a text, one at a time: a caller that handles each as it comes holds
/// none of the others.
pub struct Sentences<'t, 'l> {
    text: &'t str,
    lexicon: &'l Lexicon,
    /// Where the next possible break is looked for.
    at: usize,
    /// Where the sentence being read starts.
    start: usize,
    /// What is left of a sentence that ended but is still to be handed out (in pieces, if
    /// it is too long).
    pending: Range<usize>,
    /// Whether `pending` is being cut.
    cutting: bool,
    /// Whether the text has been read to its end.
    done: bool,
}

impl<'t, 'l> Sentences<'t, 'l> {
    pub fn new(text: &'t str, lexicon: &'l Lexicon) -> Self {
        Sentences {
            text,
            lexicon,
            at: 0,
            start: 0,
            pending: 0..0,
            cutting: false,
            done: false,
        }
    }

    /// The raw (untrimmed) span of the next sentence, or `None` at the end of the text.
    fn next_span(&mut self) -> Option<Range<usize>> {
        let (text, bytes) = (self.text, self.text.as_bytes());
        loop {
            let i = next_break(bytes, self.at);
            let Some(&c) = bytes.get(i) else {
                self.at = i;
                return None;
            };
            if c == b'\n' {
                self.at = i + 1;
                if !is_hard_wrap(text, self.start, i) {
                    let span = self.start..i;
                    self.start = i + 1;
                    return Some(span);
                }
                continue;
            }
            if !matches!(c, b'.' | b'!' | b'?') && cjk_terminator(&text[i..]).is_none() {
                self.at = i + 1;
                continue;
            }
            let run = end_of_terminator(text, i);
            if ends_sentence(text, i, &run, self.lexicon) {
                let span = self.start..run.end;
                self.start = run.end;
                self.at = run.end;
                return Some(span);
            }
            // No terminator of the run ends a sentence: each would end it at the same place.
            self.at = run.closed;
        }
    }

    /// The next piece of `pending`, trimmed, or `None` when nothing of it is left.
    fn next_piece(&mut self) -> Option<Sentence> {
        loop {
            let span = trimmed(self.text, self.pending.clone())?;
            if span.len() <= MAX_SENTENCE_BYTES {
                self.pending = span.end..span.end;
                return Some(Sentence {
                    span,
                    cut: std::mem::take(&mut self.cutting),
                });
            }
            self.cutting = true;
            let cut = cut_point(self.text, span.start);
            self.pending = cut..span.end;
            if let Some(piece) = trimmed(self.text, span.start..cut) {
                return Some(Sentence {
                    span: piece,
                    cut: true,
                });
            }
        }
    }
}

impl Iterator for Sentences<'_, '_> {
    type Item = Sentence;

    fn next(&mut self) -> Option<Sentence> {
        loop {
            if !self.pending.is_empty() {
                if let Some(piece) = self.next_piece() {
                    return Some(piece);
                }
                self.cutting = false;
            }
            if self.done {
                return None;
            }
            self.pending = self.next_span().unwrap_or_else(|| {
                self.done = true;
                self.start..self.text.len()
            });
        }
    }
}

/// The first byte at or after `from` that may end a sentence (a line break, `.`, `!`, `?`,
/// or the first byte of `。`, `！` or `？`), or the end. Eight bytes are tested at a time:
/// most of a text is none of these.
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
        let ascii = has(word, b'\n') || has(word, b'.') || has(word, b'!') || has(word, b'?');
        if ascii || word & HIGHS != 0 && (has(word, CJK_LEADS[0]) || has(word, CJK_LEADS[1])) {
            break;
        }
        i += 8;
    }
    bytes[i.min(bytes.len())..]
        .iter()
        .position(|b| matches!(b, b'\n' | b'.' | b'!' | b'?') || CJK_LEADS.contains(b))
        .map_or(bytes.len(), |p| i + p)
}

/// The first bytes of the full-width terminators in UTF-8: `。` (E3 80 82), `！` (EF BC 81)
/// and `？` (EF BC 9F).
const CJK_LEADS: [u8; 2] = [0xE3, 0xEF];

/// The length of `。`, `！` or `？` if `s` starts with one.
fn cjk_terminator(s: &str) -> Option<usize> {
    s.starts_with(['。', '！', '？']).then_some(3)
}

/// `span` without the white space at its ends, or `None` if nothing else is in it.
fn trimmed(text: &str, span: Range<usize>) -> Option<Range<usize>> {
    let piece = &text[span.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    (lead + trail < piece.len()).then(|| span.start + lead..span.end - trail)
}

/// Where to cut a sentence that starts at `start` and runs past [`MAX_SENTENCE_BYTES`]:
/// just after the last clause break (`,`, `;` or `:` before a space, a dash, or a
/// full-width comma) in the second half of the limit, else at the last space there, else
/// at the limit (the character boundary at or before it).
fn cut_point(text: &str, start: usize) -> usize {
    let boundary_before = |mut at: usize| {
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let limit = boundary_before(start + MAX_SENTENCE_BYTES);
    let base = boundary_before(start + MAX_SENTENCE_BYTES / 2);
    let window = &text[base..limit];
    let mut space = None;
    for (i, c) in window.char_indices().rev() {
        let after = text[base + i + c.len_utf8()..].chars().next();
        let breaks = match c {
            ',' | ';' | ':' => after.is_some_and(char::is_whitespace),
            '—' | '–' | '，' | '、' | '；' | '：' => true,
            _ => false,
        };
        if breaks {
            return base + i + c.len_utf8();
        }
        if space.is_none() && c.is_whitespace() {
            space = Some(base + i);
        }
    }
    space.unwrap_or(limit)
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

    /// The sentences of `text` under a lexicon of four abbreviations (the tests of
    /// `ends.rs` use it too).
    pub(super) fn split(text: &str) -> Vec<&str> {
        let lexicon = Lexicon::parse("abbreviation\tU.S.|Inc.|Corp.|Feb.\n").unwrap();
        sentences(text, &lexicon)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn full_width_terminators_end_sentences_without_a_space() {
        assert_eq!(
            split(
                "亚马逊向OpenAI投资了500亿美元。Amazon invested $50 billion. 真的吗？是的！」Yes."
            ),
            vec![
                "亚马逊向OpenAI投资了500亿美元。",
                "Amazon invested $50 billion.",
                "真的吗？",
                "是的！」",
                "Yes."
            ]
        );
        // A letter of a script without case opens a sentence as a capital does.
        assert_eq!(
            split("It rained. 中文句子。"),
            vec!["It rained.", "中文句子。"]
        );
    }

    #[test]
    fn long_sentences_are_cut_after_a_clause_break_or_a_space() {
        let lexicon = Lexicon::default();
        let clause = "Amazon put money into OpenAI, ";
        let text = clause.repeat(100);
        let pieces: Vec<Sentence> = Sentences::new(&text, &lexicon).collect();
        assert!(
            pieces.len() >= 3 && pieces.iter().all(|p| p.cut),
            "{pieces:?}"
        );
        assert!(pieces.iter().all(|p| p.span.len() <= MAX_SENTENCE_BYTES));
        assert!(pieces[..pieces.len() - 1]
            .iter()
            .all(|p| p.span.len() > MAX_SENTENCE_BYTES / 2));
        // Every piece but the last ends at a comma; together they hold every word.
        assert!(pieces[..pieces.len() - 1]
            .iter()
            .all(|p| text[p.span.clone()].ends_with(',')));
        let words: usize = pieces
            .iter()
            .map(|p| text[p.span.clone()].split_whitespace().count())
            .sum();
        assert_eq!(words, text.split_whitespace().count());

        let words = "alpha beta ".repeat(200);
        let pieces: Vec<Sentence> = Sentences::new(&words, &lexicon).collect();
        assert!(pieces.len() == 3 && pieces.iter().all(|p| p.cut));
        assert!(pieces
            .iter()
            .all(|p| words[p.span.clone()].ends_with("alpha")
                || words[p.span.clone()].ends_with("beta")));

        // No space at all: cut at the limit, on a character boundary.
        let han = "中".repeat(1000);
        let pieces: Vec<Sentence> = Sentences::new(&han, &lexicon).collect();
        assert_eq!(pieces.len(), 4);
        assert_eq!(pieces[0].span, 0..999);

        // A sentence within the limit is not cut.
        let short = format!("{}.", "word ".repeat(199));
        let one: Vec<Sentence> = Sentences::new(&short, &lexicon).collect();
        assert_eq!(
            one,
            vec![Sentence {
                span: 0..short.len(),
                cut: false
            }]
        );
    }

    #[test]
    fn empty_and_blank_input_has_no_sentences() {
        assert!(split("").is_empty());
        assert!(split(" \n\n\t ").is_empty());
    }
}
