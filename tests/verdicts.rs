//! Labelled sentences written from the seeds (not from the shared dev set), one group per
//! phenomenon the checker must get right. Each sentence is checked on its own.

use factmark::judge::Verdict::{self, Contradict, Extend, Match, None};

fn verdict(sentence: &str) -> (Verdict, bool) {
    let report = factmark::check(sentence);
    assert_eq!(
        report.sentences.len(),
        1,
        "expected one sentence: {sentence}"
    );
    let s = &report.sentences[0];
    (s.verdict, s.disputed)
}

fn expect(cases: &[(Verdict, &str)]) {
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(want, sentence)| {
            let (got, _) = verdict(sentence);
            (got != *want).then(|| format!("{want:?} expected, {got:?} given: {sentence}"))
        })
        .collect();
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn money_in_every_form() {
    expect(&[
        (Match, "Amazon committed US$50 billion to OpenAI."),
        // "US" before "$" is the currency's, not a party the seeds leave out.
        (
            Match,
            "Amazon Web Services' pact with OpenAI, worth US$38 billion, runs over seven years.",
        ),
        (
            Match,
            "Amazon is investing fifty billion dollars in OpenAI.",
        ),
        (Match, "Amazon's investment in OpenAI is $50,000,000,000."),
        (Match, "Amazon invested 50bn in OpenAI."),
        (Match, "NVIDIA put $30B into OpenAI's round."),
        (Contradict, "Amazon invested $5 billion in OpenAI."),
        (
            Contradict,
            "Google invested $3 billion in Anthropic in 2023.",
        ),
        (Match, "Google backed Anthropic with $300 million in 2023."),
    ]);
}

#[test]
fn passives_and_spelled_out_numbers() {
    expect(&[
        (
            Match,
            "A 27 per cent stake in OpenAI Group PBC is held by Microsoft.",
        ),
        (
            Match,
            "Fifty billion dollars will be invested in OpenAI by Amazon.",
        ),
        (
            Match,
            "Twenty-seven percent of OpenAI Group PBC belongs to Microsoft.",
        ),
        (
            Contradict,
            "The initial Microsoft investment in OpenAI amounted to three billion dollars.",
        ),
        (Contradict, "$40 billion came from Nvidia."),
        (
            Contradict,
            "AWS's deal with OpenAI spans 7 years and is worth $83B.",
        ),
        (
            Contradict,
            "On Feb 27 2025, Amazon and OpenAI unveiled their $110 billion partnership.",
        ),
    ]);
}

#[test]
fn percentages_counts_and_measures() {
    expect(&[
        (
            Match,
            "Microsoft holds a 27 percent stake in OpenAI Group PBC.",
        ),
        (
            Contradict,
            "Microsoft holds a 37 percent stake in OpenAI Group PBC.",
        ),
        (Match, "Amazon is giving OpenAI 2 GW of Trainium capacity."),
        (
            Contradict,
            "Amazon is giving OpenAI 20 gigawatts of Trainium capacity.",
        ),
        (
            Match,
            "Cerebras hardware gives Bedrock up to five times more token capacity for inference.",
        ),
        (
            Contradict,
            "More than half of Bedrock now runs on Nvidia GPUs.",
        ),
    ]);
}

#[test]
fn hedges_make_intervals() {
    expect(&[
        (Match, "Amazon shares rose more than 4% in pre-market trading after the OpenAI deal."),
        (Contradict, "Amazon shares rose about 2% in pre-market trading after the OpenAI deal."),
        (Match, "Gartner expects worldwide AI spending of about $2.5 trillion in 2026."),
        (Match, "Companies like Siemens and JPMorgan Chase cut their AI integration complexity by about 40%."),
        (Match, "AWS says Trainium now powers more than half of Bedrock."),
        (Contradict, "Less than half of Amazon Bedrock runs on Trainium."),
        // A figure told of no party may still be the claim's: the claim's party is no
        // other party.
        (
            Contradict,
            "According to Gartner, AI spending worldwide will reach $5.52 trillion in 2026.",
        ),
        // "Chunks" are tranches, and "extra" qualifies the figure, it is no new detail.
        (
            Match,
            "Amazon is investing $50 billion in OpenAI, paid in two chunks — $15 billion now and $35 billion later.",
        ),
        // A hedge inside a compound adjective.
        (Match, "The more-than-5% pre-market jump in Amazon's shares followed the $38 billion deal."),
    ]);
}

#[test]
fn dates_in_every_form() {
    expect(&[
        // A dateline is the day of the report, not of the deal.
        (
            Match,
            "SEATTLE, March 2 — Amazon has agreed to invest $50bn in OpenAI.",
        ),
        // "The third quarter of 2026" is a time, not a quarter of something.
        (
            Match,
            "AWS expects Cerebras hardware to become available on Bedrock in the third quarter of 2026.",
        ),
        (
            Match,
            "Microsoft announced its restructured agreement with OpenAI on Oct. 28, 2025.",
        ),
        (
            Match,
            "Amazon and OpenAI announced their $110 billion partnership on 27 February 2026.",
        ),
        (
            Contradict,
            "Amazon and OpenAI announced their $110 billion partnership in January 2026.",
        ),
        (
            Match,
            "Cerebras hardware will be available on Bedrock later in 2026.",
        ),
        (
            Contradict,
            "Cerebras hardware will be available on Bedrock later in 2027.",
        ),
        // The seed dates two things in one sentence; the year goes with the spending.
        (
            Match,
            "Gartner forecasts $2.52 trillion in worldwide AI spending for 2026.",
        ),
        (
            Contradict,
            "Gartner forecasts $2.52 trillion in worldwide AI spending for 2025.",
        ),
        (
            Contradict,
            "In October 2024, Microsoft and OpenAI restructured their partnership.",
        ),
        // The only dated claim nearby is about Cerebras hardware on Bedrock in 2026: it
        // shares "chips" with the sentence, not the event.
        (
            Extend,
            "Amazon's Trainium3 chips will power part of OpenAI's training starting in 2027.",
        ),
    ]);
}

#[test]
fn a_weekday_is_checked_against_the_announcement_that_shares_its_figure() {
    expect(&[
        (
            Match,
            "OpenAI announced its $38 billion partnership with Amazon on Monday.",
        ),
        (
            Contradict,
            "OpenAI announced its $38 billion deal with Amazon on a Thursday.",
        ),
        // The seed's "Monday" is the $38 billion contract's, not the $110 billion round's.
        (
            Match,
            "Amazon and OpenAI announced the $110 billion partnership on Friday.",
        ),
        // Without a figure both state, a weekday may be the day of another event, or of
        // the report; and a weekday alone is not enough to make a sentence checkable.
        (
            Match,
            "On Friday, Amazon shares rose more than 5% after the OpenAI announcement.",
        ),
        (None, "It rained in Seattle on Tuesday."),
    ]);
}

#[test]
fn aliases_fold_into_one_party() {
    expect(&[
        (
            Match,
            "Amazon Web Services will run OpenAI workloads under a $38 billion contract.",
        ),
        (
            Match,
            "The Redmond giant holds a 27% equity stake in OpenAI Group PBC.",
        ),
        (
            Match,
            "Nvidia contributed $30 billion to OpenAI's funding round.",
        ),
        (
            Match,
            "Microsoft Corp. holds a 27% stake in OpenAI Group PBC.",
        ),
        (
            Match,
            "OpenAI signed a seven-year, $38 billion cloud deal with Amazon Web Services.",
        ),
    ]);
}

#[test]
fn negation_flips_a_claim() {
    expect(&[
        (Contradict, "Amazon did not invest in OpenAI."),
        (Contradict, "Amazon didn't invest in OpenAI."),
        (Contradict, "Amazon won’t invest in OpenAI."),
        // A denied move is no move: it denies the seed's drop, it does not agree with it.
        (
            Contradict,
            "Microsoft's stock didn't drop in after-hours trading after the announcement.",
        ),
        // A negation denies the word after it, which no seed sentence about Jassy has.
        (
            Extend,
            "“This is not a generational partnership,” Amazon chief executive Andy Jassy told analysts on a call.",
        ),
        (Contradict, "Microsoft holds no equity in OpenAI."),
        // A negation an exception follows restricts: "only through Bedrock".
        (
            Match,
            "The Stateful Runtime Environment will not be offered anywhere except Amazon Bedrock.",
        ),
        // The seed's own negation sits in a relative clause; the figure agrees.
        (
            Match,
            "OpenAI's energy demand is estimated at 250 gigawatts.",
        ),
        (
            Contradict,
            "Microsoft no longer holds an equity stake in OpenAI Group PBC.",
        ),
        // Ending a relation denies it, and so does eliminating it.
        (Contradict, "AWS ended its partnership with NVIDIA."),
        (
            Contradict,
            "Under the new framework, Microsoft remains obligated to fund OpenAI's research.",
        ),
        // "agreed" is no deal word: this denies Amazon's investment, which no seed
        // disputes, not the Amazon–OpenAI alliance 002 denies.
        (Contradict, "Amazon never agreed to invest in OpenAI."),
        // The end of a state a seed tells of in the past ("Just two years ago, Microsoft's
        // exclusive partnership with OpenAI seemed unshakeable") is no denial of it.
        (
            Match,
            "Microsoft no longer has an exclusive cloud deal with OpenAI.",
        ),
        // A seed denying a three-way alliance ("a Microsoft OpenAI Amazon Alliance did not
        // come to pass") does not deny a partnership of two of them.
        (
            None,
            "Microsoft said that its partnership with OpenAI remains strong.",
        ),
    ]);
}

#[test]
fn questions_conditionals_and_predictions_are_not_claims() {
    expect(&[
        (
            None,
            "If OpenAI were to leave Azure, Microsoft would lose its edge.",
        ),
        (
            None,
            "Amazon might invest another $50 billion in OpenAI next year.",
        ),
        // What is expected for next year is a prediction, modal or not.
        (
            None,
            "Analysts expect Nvidia to pour even more money into OpenAI next year.",
        ),
        (None, "Did Amazon invest $50 billion in OpenAI?"),
        (None, "Why did Microsoft give up its exclusivity?"),
        (None, "Subscribe to our newsletter for daily AI news."),
    ]);
}

#[test]
fn unrelated_and_generic_sentences_have_nothing_to_check() {
    expect(&[
        (None, "The weather in Seattle was mild this week."),
        // A party the seeds mention in passing is not their event.
        (
            None,
            "Oracle said it would spend $20 billion on new data centers in Texas.",
        ),
        // A seed's place and date are not its event: the deal was not the weather.
        (
            None,
            "The weather in Seattle was rainy on February 27th, 2026.",
        ),
        (None, "Apple unveiled a new iPhone with a faster chip."),
        (
            None,
            "Artificial intelligence will transform many industries.",
        ),
        (None, "Shares of Netflix rose 4% on Tuesday."),
        (None, "The company declined to comment."),
        (None, "OpenAI is a company."),
        (None, "Amazon declined to comment on the report."),
        (None, "Microsoft reported strong quarterly earnings."),
    ]);
}

#[test]
fn opinions_naming_parties_are_not_claims() {
    expect(&[
        (
            None,
            "Microsoft and OpenAI have a complicated relationship.",
        ),
        (None, "Investors love the Amazon and OpenAI story."),
        (None, "That history makes the Amazon deal all the more striking."),
        (
            None,
            "Frankly, Microsoft handled the Amazon news with more grace than anyone had a right to expect.",
        ),
        (None, "Google and Anthropic are natural allies."),
        (
            None,
            "Amazon is smarter than Microsoft when it comes to AI.",
        ),
        // An evaluative word beside a figure does not hide the figure.
        (
            Contradict,
            "Microsoft made a brilliant $5 billion first investment in OpenAI.",
        ),
    ]);
}

#[test]
fn figures_from_one_event_do_not_fit_another() {
    expect(&[
        // The noun right after a figure is that figure's: the deal's, not the market
        // value's, so Amazon's $50 billion investment is no evidence against it.
        (
            Extend,
            "The pre-market jump in Amazon's shares after the $38bn deal added about $140 billion to its market value.",
        ),
        // A party named after the figure, in a clause of its own, is not its owner.
        (
            Match,
            "The investment builds on a $38bn, seven-year computing agreement under which OpenAI began running core workloads on AWS immediately.",
        ),
        // "Start-up" moves nothing: no direction to set against Microsoft's fall.
        (
            Match,
            "Microsoft's relationship with OpenAI began with a $1bn investment, and for years Azure was the start-up's exclusive cloud provider.",
        ),
        // What an investment goes into is its recipient.
        (Contradict, "Amazon invested $50 billion in Anthropic."),
        (Match, "Amazon poured $50 billion into OpenAI."),
        (
            Contradict,
            "NVIDIA's $30 billion investment in SoftBank's latest funding round is a bet on AI.",
        ),
        (
            Contradict,
            "Amazon's $38 billion investment in OpenAI is the largest in history.",
        ),
        (
            Contradict,
            "SoftBank put $40 billion into OpenAI's latest round.",
        ),
        (
            Contradict,
            "OpenAI will spend $38 billion on Google Cloud over seven years.",
        ),
        (
            Match,
            "OpenAI will spend $38 billion on AWS over seven years.",
        ),
        (Match, "SoftBank matched Nvidia's $30 billion contribution."),
        (
            Match,
            "The first tranche of Amazon's investment is $15 billion.",
        ),
        (
            Contradict,
            "The first tranche of Amazon's investment is $25 billion.",
        ),
        (
            Match,
            "Amazon will invest another $35 billion in OpenAI once certain milestones are met.",
        ),
        (
            Extend,
            "OpenAI's $110 billion round values the company at $730 billion.",
        ),
    ]);
}

#[test]
fn parties_roles_and_attributes() {
    expect(&[
        // One checkable detail is enough when a claim explains the rest of the sentence.
        (Match, "Amazon led the funding round."),
        (Contradict, "The funding round was led by Microsoft."),
        (Match, "Amazon was not alone in this bet."),
        (Match, "The partnership was announced on February 27, 2026."),
        // Exclusive access to OpenAI's runtime does not make OpenAI a platform.
        (
            Match,
            "Amazon Bedrock customers will get exclusive access to OpenAI's Stateful Runtime Environment.",
        ),
        // What is added or brought to a platform runs there; the seed's "To counter
        // Microsoft's position" is a clause of its own, not a second platform.
        (
            Contradict,
            "Cerebras WSE-3 chips are coming to Microsoft Azure.",
        ),
        (Match, "Cerebras WSE-3 chips are coming to Amazon Bedrock."),
        // The company a company uses is its platform; a product it uses is a tool.
        (
            Contradict,
            "OpenAI will use Google Cloud to run and scale its core AI workloads.",
        ),
        (
            Match,
            "OpenAI will use AWS to run and scale its core AI workloads.",
        ),
        // Another company's cloud is no evidence against OpenAI's, nor a restatement of it.
        (
            None,
            "Anthropic will use Google Cloud to run and scale its core AI workloads.",
        ),
        // "two tranches" in the seed is read into its figures, and still explains "tranche".
        (
            Match,
            "Amazon's first tranche is $15 billion, with $35 billion more tied to milestones.",
        ),
        (
            Contradict,
            "Microsoft led OpenAI's $110 billion funding round.",
        ),
        (Match, "Amazon led OpenAI's $110 billion funding round."),
        (Match, "The $110 billion round was led by Amazon."),
        // The figure ties the round to the claim even though SoftBank is named elsewhere.
        (Contradict, "The $110 billion round was led by SoftBank."),
        (
            Contradict,
            "Google integrated Claude Opus 4.6 into Amazon Bedrock.",
        ),
        (Match, "Google integrated Claude Opus 4.6 into Vertex AI."),
        (Contradict, "Mistral AI is a German company."),
        (Match, "Mistral is a French company."),
        (
            Contradict,
            "Microsoft's stock rose 3% in after-hours trading after the Amazon announcement.",
        ),
        // A clause without a subject of its own moves what the other clause does; Amazon's
        // agreeing rise says nothing of Microsoft's.
        (
            Contradict,
            "Amazon's shares gained more than 5% in premarket trading on the news, while Microsoft gained 3% after hours.",
        ),
        (
            Match,
            "Microsoft's stock fell 3% after hours following the Amazon-OpenAI announcement.",
        ),
    ]);
}

#[test]
fn new_details_extend() {
    expect(&[
        (Extend, "Amazon's $50 billion investment in OpenAI was approved by its board of directors in a closed session."),
        (Extend, "Satya Nadella said Microsoft's 27% stake in OpenAI Group PBC remains a core asset."),
        (Extend, "The $38 billion AWS agreement with OpenAI covers Nvidia GB200 chips in US data centers."),
        (Extend, "Jassy said the OpenAI partnership would make AWS the default platform for AI agents."),
        (Extend, "xAI teamed up with Dell on workstations that run Grok models locally, priced from $4,999."),
        // A part of a company named by a common word is no new detail.
        (Match, "Microsoft still owns 27% of OpenAI's for-profit arm."),
        // Who reports a fact is attribution, not a new detail.
        (Match, "AWS added Cerebras WSE-3 engines to Bedrock under a multiyear deal, according to WinBuzzer."),
        // A paraphrase is no new detail: "topped … in a quarter" is "crossed the … quarterly
        // threshold" (synonym groups in the lexicon).
        (Match, "Cloud infrastructure revenue for AWS and Azure topped $100 billion in a quarter in 2025."),
        // "three more years" is a figure of its own, an additional one: no seed gives it,
        // and it does not contradict the seven years.
        (Extend, "The seven-year AWS agreement includes an option to extend for three more years."),
        // "stateful" is a word of the seed's product name "Stateful Runtime Environment".
        (Match, "The Frontier runtime on AWS is described as stateful."),
    ]);
}

#[test]
fn where_seeds_disagree_the_sentence_is_disputed() {
    let (v, disputed) = verdict("OpenAI's first-party Frontier products run on Azure.");
    assert_eq!((v, disputed), (Match, true));
    let (v, disputed) = verdict("OpenAI's Frontier platform runs on AWS.");
    assert_eq!((v, disputed), (Match, true));
    let (v, disputed) = verdict("Microsoft holds a 27% stake in OpenAI Group PBC.");
    assert_eq!((v, disputed), (Match, false));
    // Another seed's $38 billion contract is another figure, not a rival value of the
    // $110 billion round: the seeds do not disagree here.
    let (v, disputed) =
        verdict("Amazon and OpenAI announced their $110 billion partnership on 27 February 2026.");
    assert_eq!((v, disputed), (Match, false));
}

#[test]
fn where_seeds_give_one_figure_two_values_either_is_a_disputed_match() {
    // 000 says $13 billion, 004 "the original eleven-billion-dollar foundation".
    for sentence in [
        "Microsoft has invested a total of $13 billion in OpenAI.",
        "Microsoft poured eleven billion dollars into OpenAI.",
    ] {
        assert_eq!(verdict(sentence), (Match, true), "{sentence}");
    }
    // Neither seed's figure: both disagree with it.
    assert_eq!(
        verdict("Microsoft invested $20 billion in OpenAI."),
        (Contradict, false)
    );
    // The claim owning the slot aligns weakly (it does not name OpenAI) and must still
    // be among the claims compared.
    assert_eq!(
        verdict("Microsoft's total investment in OpenAI is $1 billion."),
        (Contradict, false)
    );
    // The first $1 billion is its own slot, and a part of a total is no evidence against it.
    assert_eq!(
        verdict("Microsoft's initial investment in OpenAI was $1 billion."),
        (Match, false)
    );
    // A figure owned by Amazon in a claim about OpenAI says nothing about Anthropic.
    assert_ne!(
        verdict("Amazon invested $8 billion in Anthropic.").0,
        Contradict
    );
}

#[test]
fn where_one_seed_denies_a_relation_others_state_both_sides_are_disputed_matches() {
    // 002: "a Microsoft OpenAI Amazon Alliance did not come to pass"; 000, 001, 004 state one.
    for sentence in [
        "The OpenAI–Amazon alliance never materialized.",
        "OpenAI and Amazon formed an alliance.",
    ] {
        assert_eq!(verdict(sentence), (Match, true), "{sentence}");
    }
    // A deal told with its figures is one the seeds agree on, not the disputed relation.
    assert_eq!(
        verdict("OpenAI announced a multi-year $38 billion partnership with Amazon."),
        (Match, false)
    );
    // 002 states Microsoft's own partnership with OpenAI: that pair is not disputed.
    assert_eq!(
        verdict("Microsoft and OpenAI have a partnership."),
        (Match, false)
    );
}

#[test]
fn segmentation_keeps_abbreviations_and_citations_inside_sentences() {
    let text = "Microsoft Corp. holds a 27% stake in OpenAI Group PBC [2]. Amazon.com Inc. said the \
                Stateful Runtime Environment is exclusive to Amazon Bedrock.\nThe New Cloud AI Power Balance\n\
                NVIDIA put in $30 billion—SoftBank matched it.";
    let report = factmark::check(text);
    let texts: Vec<&str> = report.sentences.iter().map(|s| s.text).collect();
    assert_eq!(
        texts,
        [
            "Microsoft Corp. holds a 27% stake in OpenAI Group PBC [2].",
            "Amazon.com Inc. said the Stateful Runtime Environment is exclusive to Amazon Bedrock.",
            "The New Cloud AI Power Balance",
            "NVIDIA put in $30 billion—SoftBank matched it.",
        ]
    );
    assert_eq!(report.sentences[0].verdict, Match);
}

#[test]
fn every_mark_says_why_and_quotes_its_seed() {
    let report = factmark::check("OpenAI's $38 billion cloud deal with Amazon runs for ten years.");
    let s = &report.sentences[0];
    assert_eq!(s.verdict, Contradict);
    let differs = s
        .findings
        .iter()
        .find(|f| f.kind == factmark::judge::FindingKind::Differs)
        .expect("a difference");
    assert!(
        differs.detail.contains("ten years") && differs.detail.contains("seven"),
        "{}",
        differs.detail
    );
    let source = differs.source.as_ref().expect("a quoted seed");
    assert!(source.quote.contains("seven"), "{}", source.quote);
    assert!(source.doc.ends_with(".txt"));
}
