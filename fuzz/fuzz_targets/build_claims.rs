//! A claim set built at run time from any documents (the input split at NUL bytes, the
//! last part checked against the set): no panic, every claim quotes its document.

#![no_main]

use factmark::claims::ClaimSet;
use factmark::lexicon::Lexicon;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut parts: Vec<&str> = text.split('\0').collect();
    let article = parts.pop().unwrap_or("");
    let documents: Vec<(String, String)> = parts
        .iter()
        .enumerate()
        .map(|(i, t)| (format!("{i}.txt"), t.to_string()))
        .collect();
    let set = ClaimSet::from_documents(&documents, LEXICON.get_or_init(Lexicon::bundled).clone());
    for c in &set.claims {
        let (_, doc) = documents.iter().find(|(name, _)| *name == c.doc).unwrap();
        assert_eq!(&doc[c.span.clone()], c.quote);
    }
    factmark::judge::judge_text(article, &set);
});
