//! The tokens of a sentence before reading: citation marks dropped, headings told apart,
//! and the class bits of stems.

use crate::lexicon::Lexicon;
use crate::token::{Token, TokenKind};

/// The lexicon classes of the stems not classified yet: only the words around figures
/// and a compared sentence's content words read their stems. Classes are a shortcut
/// for lexicon lookups, so a stem left unclassified reads the same, only slower.
pub(super) fn classify_stems(tokens: &mut [Token], lexicon: &Lexicon) {
    for t in tokens.iter_mut().filter(|t| t.stem_class == 0) {
        t.stem_class = lexicon.class_of(t.stem());
    }
}

/// Drops citation marks like "[4]" so they read as nothing.
pub(super) fn without_citations(tokens: &mut Vec<Token>) {
    let mut i = 0;
    while i < tokens.len() {
        let is_cite = tokens[i].lower() == "["
            && tokens
                .get(i + 1)
                .is_some_and(|t| t.kind == TokenKind::Number)
            && tokens.get(i + 2).is_some_and(|t| t.lower() == "]");
        if is_cite {
            tokens.drain(i..i + 3);
        } else {
            i += 1;
        }
    }
}

/// Whether `text` ends as a sentence does: with a full stop, a question or exclamation
/// mark, or a closing quote. A headline, a caption or a list item does not.
pub(super) fn ends_as_sentence(text: &str) -> bool {
    text.trim_end().ends_with(['.', '!', '?', '"', '”'])
}

/// A title-case line without a full stop: a heading, where capitals say nothing.
pub(super) fn is_heading(text: &str, tokens: &[Token]) -> bool {
    // Most sentences end in a full stop: their words need no counting.
    if ends_as_sentence(text) {
        return false;
    }
    let words = || {
        tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Word && t.lower().len() > 3)
    };
    let count = words().count();
    let capitals = words().filter(|t| t.capital).count();
    count >= 2 && capitals * 10 >= count * 7
}
