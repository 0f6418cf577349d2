//! UTF-16 offsets for JavaScript. Inside Rust every span is a byte range; JavaScript strings
//! count UTF-16 code units, so spans are converted once per document, in a single pass over
//! the text, where they are handed to JavaScript (`crate::report`, the claim set's quotes).

/// Converts ascending byte offsets of one text to UTF-16 offsets in a single forward pass.
pub struct Utf16Offsets<'a> {
    text: &'a str,
    byte: usize,
    unit: usize,
}

impl<'a> Utf16Offsets<'a> {
    pub fn new(text: &'a str) -> Self {
        Utf16Offsets {
            text,
            byte: 0,
            unit: 0,
        }
    }

    /// The UTF-16 offset of byte offset `byte`, which must be a char boundary. Offsets may
    /// go backwards, at the cost of a rescan from the start.
    pub fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.unit = 0;
        }
        self.unit += utf16_len(&self.text[self.byte..byte]);
        self.byte = byte;
        self.unit
    }
}

/// The UTF-16 length of `text`: a unit per character, and a second for each character of
/// four bytes in UTF-8 (a surrogate pair). `chars().count()` counts a word of bytes at a
/// time, and so does `four_byte_leads`, where decoding every character would not.
pub fn utf16_len(text: &str) -> usize {
    text.chars().count() + four_byte_leads(text.as_bytes())
}

/// How many bytes of `utf8` lead a four-byte character (0xF0 and above), read eight at a
/// time: a byte's top bit survives the four shifted ands only if its top four bits are set.
fn four_byte_leads(utf8: &[u8]) -> usize {
    const TOP_BITS: u64 = 0x8080_8080_8080_8080;
    let mut chunks = utf8.chunks_exact(8);
    let mut count = 0;
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().unwrap());
        count += (x & x << 1 & x << 2 & x << 3 & TOP_BITS).count_ones() as usize;
    }
    count + chunks.remainder().iter().filter(|&&b| b >= 0xF0).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_byte_leads_match_the_characters() {
        let text = "a🚀bc “Amazon’s” 中文 deal 🚀🚀 and a long tail of plain ASCII 😀";
        let four = text.chars().filter(|c| c.len_utf8() == 4).count();
        assert_eq!(four_byte_leads(text.as_bytes()), four);
        let units: usize = text.chars().map(char::len_utf16).sum();
        assert_eq!(utf16_len(text), units);
    }

    #[test]
    fn utf16_offsets_count_surrogate_pairs_once_per_pass() {
        let text = "🚀 “Amazon’s” — 中文 deal";
        let mut o = Utf16Offsets::new(text);
        let deal = text.find("deal").unwrap();
        let amazon = text.find("Amazon").unwrap();
        assert_eq!(o.at(amazon), 4); // rocket (2) + space + curly quote
        let expected: usize = text[..deal].encode_utf16().count();
        assert_eq!(o.at(deal), expected);
        assert_eq!(o.at(0), 0);
    }
}
