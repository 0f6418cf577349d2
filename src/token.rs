//! Words, numbers and punctuation with their byte spans.
//!
//! Letters and digits are split apart ("50bn" → "50", "bn"; "5x" → "5", "x"), hyphens
//! and dashes become tokens of their own ("seven-year" → "seven", "-", "year"), and
//! clitics are split off ("Amazon’s" → "Amazon", "’s"; "didn't" → "did", "n't"), so
//! the later stages see one shape for every way of writing a thing.

use std::borrow::Cow;
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    /// Digits, with inner `.` and `,` between digits ("2.52", "50,000").
    Number,
    /// A clitic split from the word before: "'s", "n't", "'re".
    Clitic,
    Punct,
}

/// A token's text is borrowed from the sentence wherever folding it changes nothing (most
/// words are written in lower case already), so tokenizing allocates only for the rest.
#[derive(Clone, Debug, PartialEq)]
pub struct Token<'a> {
    pub span: Range<usize>,
    pub kind: TokenKind,
    /// Lower-cased text, with curly apostrophes made straight.
    lower: Cow<'a, str>,
    /// The stem of a word (see [`stem`]) where it is not the word itself; empty for other
    /// tokens.
    stem: Option<Cow<'a, str>>,
    /// Lexicon class bits of `lower` and of `stem` (`lexicon::class`); 0 until classified.
    pub class: u32,
    pub stem_class: u32,
    /// Starts with a capital letter.
    pub capital: bool,
    /// Has a capital after its first letter ("OpenAI", "xAI", "AWS").
    pub inner_capital: bool,
    /// No space between this token and the one before.
    pub glued: bool,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

impl Token<'_> {
    /// Lower-cased text, with curly apostrophes and hyphens of one shape.
    pub fn lower(&self) -> &str {
        &self.lower
    }

    /// The stem of a word (see [`stem`]); empty for other tokens.
    pub fn stem(&self) -> &str {
        self.stem.as_deref().unwrap_or(&self.lower)
    }

    /// Whether the word is its own stem, as most words are: known from how it was stored,
    /// without comparing the two (that comparison ran for every token).
    pub fn is_own_stem(&self) -> bool {
        self.stem.as_deref().is_none_or(|stem| stem == self.lower)
    }

    /// Whether the word may be in the lexicon lists `bits` stand for: false only when the
    /// token was classified and is in none of them.
    pub fn may(&self, bits: u32) -> bool {
        self.class & 1 == 0 || self.class & bits != 0
    }

    /// The lexicon classes the word may be in: all of them until it is classified.
    /// `may(bits)` is `possible_classes() & bits != 0`.
    pub fn possible_classes(&self) -> u32 {
        if self.class & 1 == 0 {
            u32::MAX
        } else {
            self.class
        }
    }

    /// The same for the token's stem.
    pub fn stem_may(&self, bits: u32) -> bool {
        self.stem_class & 1 == 0 || self.stem_class & bits != 0
    }

    /// Whether the word is in the lexicon's word list `bit` stands for: the class says so
    /// without a lookup once the token is classified; before, `list` is asked.
    pub fn is_in(&self, bit: u32, list: impl FnOnce(&str) -> bool) -> bool {
        if self.class & 1 == 0 {
            list(self.lower())
        } else {
            self.class & bit != 0
        }
    }

    /// The same for the token's stem.
    pub fn stem_is_in(&self, bit: u32, list: impl FnOnce(&str) -> bool) -> bool {
        if self.stem_class & 1 == 0 {
            list(self.stem())
        } else {
            self.stem_class & bit != 0
        }
    }
}

/// Splits `text` into tokens. Whitespace is dropped; everything else is kept.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    tokenize_into(text, &mut tokens);
    tokens
}

/// [`tokenize`] into `tokens`, which is emptied first: a caller tokenizing sentence after
/// sentence reuses one list rather than allocating a new one (a few KB) per sentence.
pub fn tokenize_into<'a>(text: &'a str, tokens: &mut Vec<Token<'a>>) {
    tokenize_lowered_into(text, None, tokens);
}

/// [`tokenize_into`], given `text` with its ASCII letters in lower case as well
/// (`str::to_ascii_lowercase`, byte for byte the same length): a capitalised word borrows
/// its lower case from that rather than allocating its own. A caller lowers a whole text
/// once for all its sentences, so names and sentences' first words allocate nothing.
pub fn tokenize_lowered_into<'a>(
    text: &'a str,
    ascii_lower: Option<&'a str>,
    tokens: &mut Vec<Token<'a>>,
) {
    tokens.clear();
    // Positions are byte offsets, always on character boundaries. Most text is ASCII, and
    // an ASCII byte is its own character: only other bytes are decoded.
    let bytes = text.as_bytes();
    let at = |i: usize| match bytes.get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text[i..].chars().next(),
        None => None,
    };
    let alphabetic_at = |i: usize| at(i).is_some_and(char::is_alphabetic);
    let letters_end = |mut i: usize| loop {
        match bytes.get(i) {
            Some(b) if b.is_ascii_alphabetic() => i += 1,
            Some(b) if !b.is_ascii() => match text[i..].chars().next() {
                Some(c) if c.is_alphabetic() => i += c.len_utf8(),
                _ => return i,
            },
            _ => return i,
        }
    };
    // At `i`, a full stop and a letter: the offset after the letter.
    let dot_letter = |i: usize| {
        (at(i) == Some('.'))
            .then(|| at(i + 1))
            .flatten()
            .filter(|c| c.is_alphabetic())
            .map(|c| i + 1 + c.len_utf8())
    };
    let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    // A token takes four bytes or more, whitespace included, in all but odd text.
    tokens.reserve(text.len() / 4 + 1);
    let mut i = 0;
    let mut glued = false;
    while let Some(c) = at(i) {
        if c.is_whitespace() {
            glued = false;
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let mut j = i + c.len_utf8();
        let kind = if matches!(c, 'h' | 'w') && starts_url(&text[start..]) {
            // A web address is one opaque token: "openai-raises-110b" states no figure.
            while let Some(d) = at(j).filter(|d| !d.is_whitespace()) {
                j += d.len_utf8();
            }
            TokenKind::Punct
        } else if c.is_ascii_digit() {
            while digit_at(j) || matches!(bytes.get(j), Some(b'.' | b',')) && digit_at(j + 1) {
                j += 1;
            }
            TokenKind::Number
        } else if c.is_alphabetic() {
            let single = j;
            j = letters_end(j);
            // Dotted initialisms stay whole: "U.S.", "e.g."
            if j == single && dot_letter(j).is_some_and(|k| at(k) == Some('.')) {
                while let Some(k) = dot_letter(j).filter(|&k| !alphabetic_at(k)) {
                    j = k;
                }
                if at(j) == Some('.') {
                    j += 1;
                }
            }
            TokenKind::Word
        } else if is_apostrophe(c)
            && text[..start]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic)
            && alphabetic_at(j)
        {
            j = letters_end(j);
            TokenKind::Clitic
        } else {
            TokenKind::Punct
        };
        let span = start..j;
        let raw = &text[span.clone()];
        let raw_lower = ascii_lower.map(|lower| &lower[span.clone()]);
        push(tokens, span, raw, raw_lower, kind, glued);
        glued = true;
        i = j;
    }
}

fn starts_url(s: &str) -> bool {
    s.starts_with("http://") || s.starts_with("https://") || s.starts_with("www.")
}

/// Adds the token `raw` at `span`; `raw_lower` is the same text with its ASCII letters in
/// lower case, if the caller has it.
fn push<'a>(
    tokens: &mut Vec<Token<'a>>,
    span: Range<usize>,
    raw: &'a str,
    raw_lower: Option<&'a str>,
    kind: TokenKind,
    glued: bool,
) {
    // "didn't": the word before keeps "did", the clitic is "n't".
    if kind == TokenKind::Clitic && raw[raw.chars().next().map_or(0, char::len_utf8)..] == *"t" {
        if let Some(prev) = tokens.last_mut() {
            // "n't" on its own (as the lexicon writes it) is the clitic whole.
            if prev.lower() == "n" && prev.kind == TokenKind::Word {
                *prev = make(
                    prev.span.start..span.end,
                    Cow::Borrowed("n't"),
                    TokenKind::Clitic,
                    prev.glued,
                    false,
                );
                return;
            }
            if prev.lower.ends_with('n') && prev.kind == TokenKind::Word && prev.lower.len() > 1 {
                // The stem stays that of the whole word ("didn").
                prev.stem.get_or_insert_with(|| prev.lower.clone());
                match &mut prev.lower {
                    Cow::Borrowed(word) => *word = &word[..word.len() - 1],
                    Cow::Owned(word) => {
                        word.pop();
                    }
                }
                prev.span.end -= 1;
                let start = prev.span.end;
                tokens.push(make(
                    start..span.end,
                    Cow::Borrowed("n't"),
                    TokenKind::Clitic,
                    true,
                    false,
                ));
                return;
            }
        }
    }
    let (capital, inner_capital, lower) = if raw.is_ascii() {
        // Most tokens: the case of the first letter and of the rest, and the lower case
        // borrowed unless a capital needs folding, all read in one pass.
        let bytes = raw.as_bytes();
        let first_letter = bytes.iter().position(u8::is_ascii_alphabetic);
        let capital = bytes[0].is_ascii_uppercase();
        let first_upper = first_letter.is_some_and(|p| bytes[p].is_ascii_uppercase());
        let inner = first_letter.is_some_and(|p| bytes[p + 1..].iter().any(u8::is_ascii_uppercase));
        let lower = if first_upper || inner {
            raw_lower.map_or_else(|| Cow::Owned(raw.to_ascii_lowercase()), Cow::Borrowed)
        } else {
            Cow::Borrowed(raw)
        };
        (capital, inner, lower)
    } else {
        let mut letters = raw.chars().filter(|c| c.is_alphabetic());
        let capital = raw.chars().next().is_some_and(char::is_uppercase);
        letters.next();
        (capital, letters.any(char::is_uppercase), fold(raw))
    };
    let mut token = make(span, lower, kind, glued, capital);
    token.inner_capital = inner_capital;
    tokens.push(token);
}

/// Lower case, and one shape for apostrophes and hyphens: "WSE‑3" (U+2011) is "WSE-3".
fn fold(raw: &str) -> Cow<'_, str> {
    if raw.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return Cow::Borrowed(raw);
    }
    let mut lower = String::with_capacity(raw.len());
    for c in raw.chars() {
        match c {
            '’' => lower.push('\''),
            '\u{2010}' | '\u{2011}' | '\u{2012}' => lower.push('-'),
            c if c.is_ascii() => lower.push(c.to_ascii_lowercase()),
            c => lower.extend(c.to_lowercase()),
        }
    }
    Cow::Owned(lower)
}

fn make<'a>(
    span: Range<usize>,
    lower: Cow<'a, str>,
    kind: TokenKind,
    glued: bool,
    capital: bool,
) -> Token<'a> {
    let stem = match kind {
        TokenKind::Word => stem_unless_same(&lower),
        _ => Some(Cow::Borrowed("")),
    };
    Token {
        span,
        kind,
        lower,
        stem,
        class: 0,
        stem_class: 0,
        capital,
        inner_capital: false,
        glued,
    }
}

/// The stem of `word`, unless it is the word itself. A stem as long as its word is the
/// word: stems are prefixes, or "-ies" made "-y".
fn stem_unless_same<'a>(word: &Cow<'a, str>) -> Option<Cow<'a, str>> {
    let differs = |s: &str| s.len() != word.len();
    match word {
        Cow::Borrowed(word) => Some(stem(word)).filter(|s| differs(s)),
        Cow::Owned(word) => {
            let s = stem(word);
            differs(&s).then(|| Cow::Owned(s.into_owned()))
        }
    }
}

/// Finds non-overlapping matches left to right. `at(i, consumed)` tries a match at token
/// `i` (never one already taken) and returns it with its token range; the range is then
/// marked taken, so names, dates and figures never claim the same words twice.
pub fn scan<T>(
    tokens: &[Token],
    consumed: &mut [bool],
    mut at: impl FnMut(usize, &[bool]) -> Option<(T, Range<usize>)>,
) -> Vec<(T, Range<usize>)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match (!consumed[i]).then(|| at(i, consumed)).flatten() {
            Some((found, range)) => {
                consumed[range.clone()].iter_mut().for_each(|c| *c = true);
                i = range.end.max(i + 1);
                out.push((found, range));
            }
            None => i += 1,
        }
    }
    out
}

/// The text covered by tokens `range`.
pub fn covered<'a>(text: &'a str, tokens: &[Token<'_>], range: &Range<usize>) -> &'a str {
    &text[tokens[range.start].span.start..tokens[range.end - 1].span.end]
}

/// A crude stem: enough to make "investments", "invested" and "investing" one word, and
/// "tranche" and "tranches" too (a final "e" is dropped after the suffix is). Borrowed
/// from `word` except for "-ies" → "-y".
pub fn stem(word: &str) -> Cow<'_, str> {
    let (base, ending) = strip_suffix(word);
    if !ending.is_empty() {
        return Cow::Owned(format!("{base}{ending}"));
    }
    let drop_e = base.len() > 4 && base.ends_with('e') && base.is_ascii();
    Cow::Borrowed(if drop_e {
        &base[..base.len() - 1]
    } else {
        base
    })
}

/// The word without its inflection, and the ending that replaces it ("companies" →
/// ("compan", "y")); the ending is empty for most words.
fn strip_suffix(w: &str) -> (&str, &'static str) {
    let n = w.len();
    // Every suffix below ends in "s", "g" or "d": most words end otherwise.
    if n <= 3 || !matches!(w.as_bytes()[n - 1], b's' | b'g' | b'd') || !w.is_ascii() {
        return (w, "");
    }
    for (suffix, keep) in [("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")] {
        if let Some(base) = w.strip_suffix(suffix) {
            if base.len() < 3 || (suffix == "s" && (base.ends_with('s') || base.ends_with('u'))) {
                continue;
            }
            let sibilant = base.ends_with("ch")
                || base.ends_with("sh")
                || base.ends_with('x')
                || base.ends_with("ss");
            if suffix == "es" && !sibilant {
                return (&w[..n - 1], "");
            }
            if !keep.is_empty() {
                return (base, keep);
            }
            // "running" → "run", "committed" → "commit"
            let b = base.as_bytes();
            let doubled = b.len() >= 2
                && b[b.len() - 1] == b[b.len() - 2]
                && !matches!(b[b.len() - 1], b'l' | b's' | b'z');
            if doubled && (suffix == "ing" || suffix == "ed") {
                return (&base[..base.len() - 1], "");
            }
            return (base, "");
        }
    }
    (w, "")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text)
            .iter()
            .map(|t| t.lower().to_string())
            .collect()
    }

    /// Borrowing lower case from a lowered text reads every token as folding it does.
    #[test]
    fn lowered_text_gives_the_same_tokens() {
        let text = "OpenAI DIDN'T say; Amazon’s CEO Andy Jassy said Investments in WSE‑3 rose.";
        let lower = text.to_ascii_lowercase();
        let mut borrowed = Vec::new();
        tokenize_lowered_into(text, Some(&lower), &mut borrowed);
        assert_eq!(borrowed, tokenize(text));
    }

    #[test]
    fn splits_money_forms_and_clitics() {
        assert_eq!(words("$50B"), ["$", "50", "b"]);
        assert_eq!(words("50bn"), ["50", "bn"]);
        assert_eq!(words("$50,000,000,000."), ["$", "50,000,000,000", "."]);
        assert_eq!(words("$2.52 trillion"), ["$", "2.52", "trillion"]);
        assert_eq!(
            words("Amazon’s AWS didn't"),
            ["amazon", "'s", "aws", "did", "n't"]
        );
        // The lexicon writes the clitic on its own: it must be one token there too.
        assert_eq!(words("n't"), ["n't"]);
        assert_eq!(words("won’t"), ["wo", "n't"]);
        assert_eq!(
            words("fifty-billion-dollar"),
            ["fifty", "-", "billion", "-", "dollar"]
        );
        assert_eq!(words("the U.S. market"), ["the", "u.s.", "market"]);
        assert_eq!(words("WSE‑3 5x"), ["wse", "-", "3", "5", "x"]);
        assert_eq!(
            words("see https://x.com/openai-raises-110b now"),
            ["see", "https://x.com/openai-raises-110b", "now"]
        );
    }

    #[test]
    fn spans_point_into_the_text() {
        let text = "“Amazon’s” 🚀 deal";
        for t in tokenize(text) {
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        }
        let t = tokenize(text);
        assert_eq!(&text[t[1].span.clone()], "Amazon");
        assert_eq!(&text[t[2].span.clone()], "’s");
        assert!(t[1].capital && !t[1].inner_capital);
        assert!(tokenize("OpenAI")[0].inner_capital);
    }

    #[test]
    fn reads_the_case_of_each_token() {
        let shape = |text: &str| {
            tokenize(text)
                .iter()
                .map(|t| (t.lower().to_string(), t.capital, t.inner_capital))
                .collect::<Vec<_>>()
        };
        let s = |w: &str| w.to_string();
        assert_eq!(
            shape("OpenAI aws U.S. iPhone X"),
            [
                (s("openai"), true, true),
                (s("aws"), false, false),
                (s("u.s."), true, true),
                (s("iphone"), false, true),
                (s("x"), true, false),
            ]
        );
        assert_eq!(shape("ÉCOLE"), [(s("école"), true, true)]);
    }

    #[test]
    fn stems_inflections() {
        assert_eq!(stem("investments"), "investment");
        assert_eq!(stem("invested"), "invest");
        assert_eq!(stem("committed"), "commit");
        assert_eq!(stem("running"), "run");
        assert_eq!(stem("companies"), "company");
        assert_eq!(stem("business"), "business");
        assert_eq!(stem("purchases"), stem("purchase"));
        assert_eq!(stem("tranches"), stem("tranche"));
        assert_eq!(stem("rising"), "ris");
    }
}
