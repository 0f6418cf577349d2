//! Nothing in the checker knows the bundled seeds: a different corpus, with its own alias
//! file, gives a working checker through the same build step (`ClaimSet::build`).

use factmark::claims::ClaimSet;
use factmark::judge::{judge_text, Verdict};
use factmark::lexicon::Lexicon;

fn claim_set() -> ClaimSet {
    let shared = [
        include_str!("../seeds/lexicon/numbers.tsv"),
        include_str!("../seeds/lexicon/dates.tsv"),
        include_str!("../seeds/lexicon/grammar.tsv"),
        include_str!("../seeds/lexicon/terms.tsv"),
    ];
    let own = "org\tAcme Robotics\tAcme|Acme Robotics Inc.\norg\tBeta Labs\tBeta|Beta Labs Ltd.\n";
    let lexicon = Lexicon::parse(&(shared.join("\n") + own)).expect("lexicon parses");
    let documents = vec![
        (
            "acme.txt".to_string(),
            "Acme Robotics agreed to acquire Beta Labs for $2.4 billion on March 3, 2024. \
             The deal gives Acme a 60% stake in Beta's battery business. \
             Beta Labs shares jumped 12% after the announcement.\n\
             European regulators approved the merger in June 2024."
                .to_string(),
        ),
        (
            "wire.txt".to_string(),
            "Acme Robotics paid $2.4 billion for Beta Labs, its largest acquisition.".to_string(),
        ),
    ];
    ClaimSet::build(&documents, lexicon)
}

fn verdict(set: &ClaimSet, sentence: &str) -> Verdict {
    let judged = judge_text(sentence, set);
    assert_eq!(judged.len(), 1, "{sentence}");
    judged[0].verdict
}

#[test]
fn another_corpus_is_checked_without_code_changes() {
    let set = claim_set();
    assert!(set.claims.len() >= 4, "{} claims", set.claims.len());
    let cases = [
        (Verdict::Match, "Acme bought Beta Labs for $2.4 billion."),
        (Verdict::Contradict, "Acme Robotics agreed to acquire Beta Labs for $4.2 billion."),
        (Verdict::Contradict, "Acme Robotics agreed to acquire Beta Labs in March 2023."),
        (Verdict::Match, "Acme holds a 60 percent stake in Beta's battery business."),
        (Verdict::Contradict, "Beta Labs shares fell 12% after the Acme announcement."),
        (
            Verdict::Extend,
            "Acme Robotics financed its $2.4 billion purchase of Beta Labs with bank loans from Chase and Citi.",
        ),
        (Verdict::None, "Gamma Corp released a new phone in July."),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(want, s)| {
            let got = verdict(&set, s);
            (got != *want).then(|| format!("{want:?} expected, {got:?} given: {s}"))
        })
        .collect();
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}
