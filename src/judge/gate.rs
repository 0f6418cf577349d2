//! The gates to `none`: whether a sentence asserts anything checkable, and whether any
//! claim is about it at all. Rules: [`Rule::Question`], [`Rule::Conditional`],
//! [`Rule::Speculation`], [`Rule::Advice`], [`Rule::Opinion`], [`Rule::NoCheckableDetail`],
//! [`Rule::OneDetailUnexplained`], [`Rule::NoRelatedClaim`], [`Rule::NameInPassing`].

use crate::align::{best, Alignment};
use crate::claims::ClaimSet;
use crate::date::DateMention;
use crate::extract::Facts;
use crate::lexicon::Mood;
use crate::marks::MarkKind;
use crate::quantity::Quantity;
use crate::rule::Rule;

/// The gate a sentence's mood closes, if any: only assertions are checked.
pub(super) fn mood(facts: &Facts) -> Option<Rule> {
    match facts.mood() {
        Mood::Assertion => None,
        Mood::Question => Some(Rule::Question),
        Mood::Conditional => Some(Rule::Conditional),
        Mood::Speculation => Some(Rule::Speculation),
        Mood::Advice => Some(Rule::Advice),
        Mood::Opinion => Some(Rule::Opinion),
    }
}

/// Checkable details of a sentence: names, figures, dates and attributes. A weekday
/// alone ("on Friday") is too common to make a sentence about something.
pub(super) fn anchors(facts: &Facts) -> usize {
    facts.names().count()
        + asserted_figures(facts).count()
        + calendar_dates(facts).count()
        + facts.attributes.len()
}

/// Whether the sentence states a figure, a calendar date or a place in a ranking: a detail
/// checkable on its own ("the plume reached 12 km", "the first case was confirmed on 14
/// February"), where a lone name is not; nor is any of them in a line that does not end as
/// a sentence does
/// ("The $50 Billion Handshake", "Five numbers behind the AI cloud wars").
fn measured(facts: &Facts) -> bool {
    !facts.fragment
        && (asserted_figures(facts).next().is_some()
            || calendar_dates(facts).next().is_some()
            || placed(facts))
}

/// Whether an asserted clause gives a place in a ranking past the first ("finished
/// third", "the second-largest"): checkable as a figure is. A first and a superlative
/// ("the largest player in the market") are as often praise as a place.
fn placed(facts: &Facts) -> bool {
    facts.marks.iter().any(|m| {
        m.kind == MarkKind::Rank
            && facts.asserted(m.clause)
            && m.rank.as_ref().is_some_and(|r| r.place > 1)
    })
}

/// The figures of the sentence's asserted clauses.
fn asserted_figures(facts: &Facts) -> impl Iterator<Item = &Quantity> {
    facts.quantities.iter().filter(|q| facts.asserted(q.clause))
}

/// The dates of its asserted clauses that give a calendar field (not a bound, nor a
/// weekday alone).
fn calendar_dates(facts: &Facts) -> impl Iterator<Item = &DateMention> {
    facts
        .dates
        .iter()
        .filter(|d| !d.bound && facts.asserted(d.clause) && d.has_calendar_field())
}

/// Whether the judge looks past a sentence's mood and anchors, which is where it starts to
/// need the sentence's content words (extraction reads them only then).
pub(super) fn compared(facts: &Facts) -> bool {
    facts.mood() == Mood::Assertion && anchors(facts) >= 1
}

/// The best claim of `alignments`, if the sentence is checkable against it; otherwise the
/// gate that closes.
pub(super) fn best_related<'a>(
    facts: &Facts,
    set: &ClaimSet,
    anchors: usize,
    alignments: &'a [Alignment],
) -> Result<&'a Alignment, Rule> {
    let tuning = &set.tuning;
    let explained = |a: &Alignment| {
        a.coverage >= tuning.one_anchor_coverage
            && a.shared_names + a.shared_quantities + a.shared_dates > 0
    };
    let top = best(alignments);
    if anchors < tuning.min_anchors && !top.is_some_and(explained) && !measured(facts) {
        return Err(Rule::OneDetailUnexplained);
    }
    let top = top.ok_or(Rule::NoRelatedClaim)?;
    if name_in_passing(top, facts) {
        return Err(Rule::NameInPassing);
    }
    if !related_at_all(top, set) {
        return Err(Rule::NoRelatedClaim);
    }
    Ok(top)
}

/// One name and none of the sentence's own words in common is a party the claims
/// mention, not their event: "Oracle said it would spend $20 billion on data centers"
/// against "smaller players like Oracle and IBM began reaching out to AI startups". A
/// sentence with no words of its own ("$40 billion came from Nvidia") is about what the
/// name's claims say, and what it says of the party itself ("Mistral AI is a British
/// company") is checked as an attribute.
fn name_in_passing(a: &Alignment, facts: &Facts) -> bool {
    let own_words = facts.terms.iter().any(|t| !t.light);
    own_words
        && facts.attributes.is_empty()
        && a.shared_names == 1
        && a.shared_terms == 0
        && a.shared_quantities == 0
        && a.shared_dates == 0
}

/// The best claim must share enough with the sentence to be about the same thing: a rare
/// name plus a content word can do, even when the sentence says much that is new.
fn related_at_all(a: &Alignment, set: &ClaimSet) -> bool {
    let tuning = &set.tuning;
    a.score >= tuning.min_score * set.index.unseen_rarity()
        && (a.coverage >= tuning.min_coverage
            && (a.shared_names > 0
                || a.shared_quantities > 0
                || a.coverage >= tuning.nameless_coverage)
            || a.shared_names > 0 && a.coverage >= tuning.weak_coverage)
}

#[cfg(test)]
mod tests {
    use crate::extract::{extract, Context};
    use crate::judge::{assert_fires, corpus, explain_one, Verdict};
    use crate::rule::Rule;

    /// One figure is enough to check a sentence by, on a corpus the gate was not tuned
    /// on; a headline's figure is not.
    #[test]
    fn a_lone_figure_is_checkable_but_not_in_a_headline() {
        let set = corpus(&[(
            "glacier.txt",
            "The Sorvik glacier retreated 38 metres last summer, the Nordic Ice Survey \
             reported on Monday. Survey teams measured the ice front with drones in \
             September. The glacier has lost a fifth of its volume since 1990, according to \
             the survey. Meltwater from the glacier feeds the Sorvik river, which supplies \
             two hydropower plants. Scientists blamed a warm August, when temperatures at \
             the ice front reached 14 degrees Celsius.",
        )]);
        let (judgement, _) = explain_one(
            &set,
            "Last summer the glacier's front pulled back by 38 metres.",
        );
        assert_eq!(judgement.verdict, Verdict::Match);
        let facts = |s: &str| extract(s, &set.lexicon, &mut Context::default());
        assert!(super::measured(&facts("The glacier lost 38 metres.")));
        assert!(!super::measured(&facts("The Glacier That Lost 38 Metres")));
        assert!(!super::measured(&facts(
            "Two figures behind the glacier's retreat"
        )));
    }

    #[test]
    fn question() {
        assert_fires(Rule::Question, "Did Amazon invest $50 billion in OpenAI?");
    }

    #[test]
    fn conditional() {
        assert_fires(
            Rule::Conditional,
            "If Amazon had invested $50 billion in OpenAI, Microsoft would have sued.",
        );
    }

    #[test]
    fn speculation() {
        assert_fires(
            Rule::Speculation,
            "Analysts expect Amazon to invest even more in OpenAI next year.",
        );
    }

    #[test]
    fn advice() {
        assert_fires(
            Rule::Advice,
            "Investors should watch Amazon's spending on OpenAI closely.",
        );
    }

    #[test]
    fn opinion() {
        assert_fires(
            Rule::Opinion,
            "Frankly, the partnership between Amazon and OpenAI is a stunning gamble.",
        );
    }

    #[test]
    fn no_checkable_detail() {
        assert_fires(
            Rule::NoCheckableDetail,
            "The weather was pleasant and the mood was calm.",
        );
    }

    #[test]
    fn one_detail_unexplained() {
        assert_fires(
            Rule::OneDetailUnexplained,
            "Executives at Amazon spent the weekend hiking in the mountains.",
        );
    }

    #[test]
    fn no_related_claim() {
        assert_fires(
            Rule::NoRelatedClaim,
            "Tesla sold 400,000 cars in Norway during 2019.",
        );
    }

    #[test]
    fn name_in_passing() {
        assert_fires(
            Rule::NameInPassing,
            "Oracle opened a cafeteria for gardeners with 120 seats.",
        );
    }
}
