//! Nothing in the checker knows the bundled seeds: another corpus gives a working checker
//! through the same build step (`ClaimSet::from_documents`), read from its folder as the
//! CLI reads one. The verdicts on each corpus are data (`tests/corpora/NAME/cases.tsv`,
//! run by `tests/cases.rs`); these are the facts about the claim sets themselves.

use factmark::claims::ClaimSet;
use factmark::folder::Folder;
use std::path::Path;

fn corpus(name: &str) -> ClaimSet {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpora")
        .join(name)
        .join("seeds");
    Folder::read(&dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .claim_set()
}

#[test]
fn another_corpus_gives_claims_from_every_document() {
    let set = corpus("acme");
    assert!(set.claims.len() >= 4, "{} claims", set.claims.len());
    for doc in &set.documents {
        assert!(
            set.claims.iter().any(|c| c.doc == doc.name),
            "no claim from {}",
            doc.name
        );
    }
}

/// Share moves on two days, a deal's price, its loan and its price per share are one
/// party's figures, not one figure the documents disagree on.
#[test]
fn one_partys_figures_are_not_a_disagreement() {
    let set = corpus("chips");
    let disputes: Vec<String> = set
        .claims
        .iter()
        .flat_map(|c| {
            c.disputes
                .iter()
                .map(|d| factmark::wording::dispute(&set, c.id, d))
        })
        .collect();
    assert!(disputes.is_empty(), "{disputes:?}");
}

#[test]
fn a_folder_of_the_bundled_seeds_gives_the_bundled_claim_set() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let set = Folder::read(&dir).unwrap().claim_set();
    let bundled = factmark::claim_set();
    assert_eq!(set.documents, bundled.documents);
    assert_eq!(set.claims.len(), bundled.claims.len());
    let quotes = |s: &ClaimSet| s.claims.iter().map(|c| c.quote.clone()).collect::<Vec<_>>();
    assert_eq!(quotes(&set), quotes(bundled));
    let text = "Amazon invested $5 billion in OpenAI. Microsoft poured eleven billion dollars into OpenAI.";
    let report = |s: &ClaimSet| {
        serde_json::to_string(&factmark::report::Report::new(
            text,
            factmark::judge::judge_text(text, s),
            s,
        ))
        .unwrap()
    };
    assert_eq!(report(&set), report(bundled));
}
