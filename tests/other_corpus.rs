//! Nothing in the checker knows the bundled seeds: a different corpus, with its own alias
//! file, gives a working checker through the same build step (`ClaimSet::build`).

use factmark::claims::ClaimSet;
use factmark::judge::{judge_text, Verdict};
use factmark::lexicon::Lexicon;

/// The bundled lexicon's general files, without the seeds' own entities.
const GENERAL: [&str; 4] = [
    include_str!("../seeds/lexicon/numbers.tsv"),
    include_str!("../seeds/lexicon/dates.tsv"),
    include_str!("../seeds/lexicon/grammar.tsv"),
    include_str!("../seeds/lexicon/terms.tsv"),
];

/// A claim set from `documents` with the general lexicon plus `own` lexicon lines.
fn build(documents: &[(&str, &str)], own: &str) -> ClaimSet {
    let lexicon = Lexicon::parse(&(GENERAL.join("\n") + "\n" + own)).expect("lexicon parses");
    let documents: Vec<(String, String)> = documents
        .iter()
        .map(|(name, text)| (name.to_string(), text.to_string()))
        .collect();
    ClaimSet::build(&documents, lexicon)
}

/// The bundled entities file, as a corpus without an alias file of its own gets it.
const BUNDLED_ENTITIES: &str = include_str!("../seeds/lexicon/entities.tsv");

fn claim_set() -> ClaimSet {
    let own = "org\tAcme Robotics\tAcme|Acme Robotics Inc.\norg\tBeta Labs\tBeta|Beta Labs Ltd.\n";
    let documents = [
        (
            "acme.txt",
            "Acme Robotics agreed to acquire Beta Labs for $2.4 billion on March 3, 2024. \
             The deal gives Acme a 60% stake in Beta's battery business. \
             Beta Labs shares jumped 12% after the announcement.\n\
             European regulators approved the merger in June 2024.",
        ),
        (
            "wire.txt",
            "Acme Robotics paid $2.4 billion for Beta Labs, its largest acquisition.",
        ),
    ];
    build(&documents, own)
}

fn verdict(set: &ClaimSet, sentence: &str) -> Verdict {
    let judged = judge_text(sentence, set);
    assert_eq!(judged.len(), 1, "{sentence}");
    judged[0].verdict
}

/// Fails listing every case whose verdict is not the one expected.
fn expect(set: &ClaimSet, cases: &[(Verdict, &str)]) {
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(want, s)| {
            let got = verdict(set, s);
            (got != *want).then(|| format!("{want:?} expected, {got:?} given: {s}"))
        })
        .collect();
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
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
    expect(&set, &cases);
}

/// A corpus dropped into `seeds/` with no alias file of its own: the bundled lexicon knows
/// none of its companies or people, yet names fold ("U.S. Steel" and "United States Steel
/// Corp."; "Biden" after "President Joe Biden"; "the Japanese steelmaker" after "Nippon
/// Steel Corp."), and "$55 a share" is a price per share.
#[test]
fn a_corpus_without_an_alias_file_still_folds_its_names() {
    let documents = [
        (
            "wire.txt",
            "Nippon Steel Corp. completed its $14.1 billion acquisition of United States Steel \
             Corp. on June 18, 2025. The Japanese steelmaker paid $55 per share in cash, a 142% \
             premium over U.S. Steel's share price. \
             President Joe Biden blocked the transaction in January 2025, citing national \
             security concerns. Cleveland-Cliffs had offered $35 per share, or about $7.3 \
             billion, for U.S. Steel in August 2023, but its bid was rejected. Nippon Steel \
             committed to invest about $11 billion in U.S. Steel's facilities by 2028.",
        ),
        (
            "analysis.txt",
            "Shares of U.S. Steel rose 2% on the news of the approval. The United Steelworkers \
             union opposed the deal from the start and did not endorse the final agreement.",
        ),
    ];
    let set = build(&documents, BUNDLED_ENTITIES);
    let cases = [
        (
            Verdict::Match,
            "Nippon Steel bought U.S. Steel for $14.1 billion.",
        ),
        (
            Verdict::Contradict,
            "Nippon Steel bought U.S. Steel for $18 billion.",
        ),
        (
            Verdict::Match,
            "Nippon Steel paid $55 a share for U.S. Steel.",
        ),
        (
            Verdict::Contradict,
            "Nippon Steel paid $65 a share for U.S. Steel.",
        ),
        (
            Verdict::Match,
            "Cleveland-Cliffs had bid $35 a share for U.S. Steel in 2023.",
        ),
        (
            Verdict::Match,
            "Biden blocked the deal in January 2025 on national security grounds.",
        ),
        // A deadline on an agreed figure is compared.
        (
            Verdict::Match,
            "Nippon Steel has pledged $11 billion of investment in U.S. Steel plants by 2028.",
        ),
        (
            Verdict::Contradict,
            "Nippon Steel has pledged $11 billion of investment in U.S. Steel plants by 2030.",
        ),
        // Opposite stances on one decision, by the same person.
        (
            Verdict::Contradict,
            "Biden approved the deal in January 2025.",
        ),
        (
            Verdict::Contradict,
            "U.S. Steel shares fell 2% after the approval.",
        ),
        // A seed's denial is its own clause's: it does not deny the opposing.
        (Verdict::Match, "The United Steelworkers opposed the deal."),
        (
            Verdict::Contradict,
            "The United Steelworkers endorsed the final agreement.",
        ),
        (Verdict::None, "Toyota sold more cars in Europe this year."),
    ];
    expect(&set, &cases);
}

/// A corpus about one company, which its sentences often leave unnamed: a name the corpus
/// uses inside sentences is a name where a sentence opens with it too ("Boeing ..."), and
/// two figures of one claim need no named party to be told apart.
#[test]
fn a_corpus_that_leaves_its_company_unnamed() {
    let documents = [(
        "strike.txt",
        "The factory workers of Boeing voted on November 4, 2024, to accept a new contract, \
         ending a strike that had lasted 53 days. Members had rejected two earlier offers. \
         The first, which included a 25% raise, was rejected by 94.6% of voters on \
         September 12.",
    )];
    let set = build(&documents, BUNDLED_ENTITIES);
    let cases = [
        (
            Verdict::Match,
            "Boeing workers accepted a new contract on November 4, 2024.",
        ),
        (
            Verdict::Contradict,
            "Boeing workers accepted a new contract on November 14, 2024.",
        ),
        // Machinists are workers, and accepting is approving.
        (
            Verdict::Contradict,
            "Boeing machinists approved a new contract on November 14, 2024.",
        ),
        (
            Verdict::Match,
            "The first offer, with a 25% raise, was rejected by nearly 95% of voters.",
        ),
        (
            Verdict::Contradict,
            "The first offer, with a 30% raise, was rejected by nearly 95% of voters.",
        ),
    ];
    expect(&set, &cases);
}

/// A regulator's acronym is in the bundled lexicon ("FDA" for "U.S. Food and Drug
/// Administration"), and what a regulator decides about a named drug has two sides.
#[test]
fn a_regulator_approves_or_rejects() {
    let documents = [(
        "fda.txt",
        "The U.S. Food and Drug Administration approved Eli Lilly's Alzheimer's drug Kisunla \
         on July 2, 2024, for adults with early symptomatic disease. The drug is the second \
         medicine of its kind after Eisai and Biogen's Leqembi, which won full approval in \
         July 2023.",
    )];
    let set = build(&documents, BUNDLED_ENTITIES);
    let cases = [
        (Verdict::Match, "The FDA approved Kisunla on July 2, 2024."),
        (
            Verdict::Contradict,
            "The FDA approved Kisunla on June 2, 2024.",
        ),
        (
            Verdict::Contradict,
            "The FDA rejected Kisunla in July 2024.",
        ),
        (
            Verdict::Contradict,
            "Leqembi, from Eisai and Biogen, won full approval in July 2022.",
        ),
    ];
    expect(&set, &cases);
}

/// Figures of one party that are not one figure: share moves on two days, a deal's price,
/// its loan and its price per share. The seeds do not disagree, and each is checked on
/// its own.
#[test]
fn one_partys_figures_are_not_a_disagreement() {
    let documents = [
        (
            "wire.txt",
            "Halvorsen Semiconductor Corp. (NYSE: HSC) agreed to acquire Lumetra Photonics Inc. \
             (Nasdaq: LMTR) in a deal valued at about $4.2 billion. Halvorsen will fund the purchase with cash on hand \
             and a $2.5 billion bridge loan arranged by Morgan Stanley. Shares of Lumetra \
             surged 27% on Tuesday.",
        ),
        (
            "regulator.txt",
            "Lumetra shares fell 3.2% to $35.90 on Monday, widening the gap to Halvorsen's \
             $38.50-per-share cash offer. Halvorsen said it does not plan to close Lumetra's \
             assembly and test plant in Penang, Malaysia. Halvorsen said on Tuesday that it \
             had completed the acquisition of Lumetra. Halvorsen expects to close the \
             Penang plant's old test line in the second half of 2027. The contract does \
             not cover signalling equipment, which Halvorsen plans to tender separately later \
             this year.",
        ),
    ];
    let set = build(&documents, BUNDLED_ENTITIES);
    let disputes: Vec<&str> = set
        .claims
        .iter()
        .flat_map(|c| c.disputes.iter().map(|d| d.detail.as_str()))
        .collect();
    assert!(disputes.is_empty(), "{disputes:?}");
    let cases = [
        (Verdict::Match, "Lumetra shares fell 3.2% on Monday."),
        (Verdict::Contradict, "Lumetra shares fell 5% on Monday."),
        (
            Verdict::Match,
            "Halvorsen's $2.5 billion bridge loan was arranged by Morgan Stanley.",
        ),
        (
            Verdict::Contradict,
            "Halvorsen's $3.5 billion bridge loan was arranged by Morgan Stanley.",
        ),
        // The day a report is dated is no evidence against a calendar date.
        (
            Verdict::Extend,
            "Halvorsen completed the acquisition of Lumetra on Sunday, May 10, 2026.",
        ),
        // A denial is read against the clause that speaks of what it denies.
        (
            Verdict::Match,
            "Signalling is not part of the Lumetra contract, and Halvorsen will tender it separately.",
        ),
        // Parts of a year are dates: halves and quarters, spelled out or abbreviated.
        (
            Verdict::Contradict,
            "Halvorsen expects to close the Penang plant's old test line in the first half of 2027.",
        ),
        (
            Verdict::Match,
            "Halvorsen expects to close the Penang plant's old test line in Q4 2027.",
        ),
        // A company's long name, short name and ticker are one party.
        (
            Verdict::Match,
            "Halvorsen Semiconductor's $2.5 billion bridge loan was arranged by Morgan Stanley.",
        ),
        (
            Verdict::Match,
            "HSC agreed to buy LMTR for about $4.2 billion.",
        ),
        // A negation denies the word after it: closing, not opening, the plant.
        (
            Verdict::Extend,
            "Lumetra's Penang assembly and test plant opened in 2017.",
        ),
        (
            Verdict::Contradict,
            "Halvorsen plans to close Lumetra's plant in Penang.",
        ),
    ];
    expect(&set, &cases);
}
