//! What makes a claim figure a candidate for a sentence figure: the claim owns the figure's
//! slot, tells its measure or gives its number; and the small tests of closeness and kind
//! the passes share.

use super::pass::Mine;
use crate::entity::Mention;
use crate::lexicon::{EntityClass, Lexicon, UnitKind};
use crate::quantity::{Measure, Quantity};
use crate::tuning::Tuning;

/// Kinds of figure an event seldom has two of (a duration, a multiple, a count), so a
/// lone one against a lone one of the same event is the same figure. Money and
/// percentages come in many roles per event and need a closer claim.
pub(super) fn lone_kind(measure: &Measure) -> bool {
    !matches!(
        measure,
        Measure::Money(_) | Measure::Rate(_) | Measure::Unit(UnitKind::Percent)
    )
}

/// Figures agree when both can be true and are stated close to each other.
pub(super) fn close(a: &Quantity, b: &Quantity, tuning: &Tuning) -> bool {
    a.close_to(b, tuning.figure_closeness)
}

/// How many role words (what a figure is of: "investment", "capacity") two figures share.
pub(super) fn shared_roles(a: &Quantity, b: &Quantity) -> usize {
    a.roles.iter().filter(|r| b.roles.contains(r)).count()
}

/// Whether a claim's figure is the one a sentence figure tells of, whatever else the two
/// sentences say: the claim names its owner with a possessive ("Microsoft's $13 billion
/// investment"), the sentence's figure is that party's, and they share a role word.
pub(super) fn owned_slot(m: &Mine, cq: &Quantity) -> bool {
    cq.owner.is_some()
        && cq.owner == m.subject
        && m.q.measure.comparable(&cq.measure)
        && shared_roles(m.q, cq) > 0
}

/// Whether a claim's figure tells the same quantity as a sentence's figure by its measure
/// and words alone: "Marenko covered 11.4 miles" and "He covered 11.4 kilometres".
pub(super) fn same_measure(m: &Mine, cq: &Quantity, tuning: &Tuning) -> bool {
    m.q.same_measure(cq, tuning.measure_role_words)
}

/// Whether a claim's figure is the sentence's figure with its unit, scale or length of
/// time changed: the same number as written (one of two digits or more, or scaled, so
/// not a coincidence of small numbers), of one measure, and values that cannot both be
/// true or lengths of time that differ ("700 million weekly users" told as daily ones).
pub(super) fn same_number(m: &Mine, cq: &Quantity, lexicon: &Lexicon) -> bool {
    let q = m.q;
    q.same_number(cq)
        && (!q.compatible(cq) || q.other_period(cq) || other_period_words(q, cq, lexicon))
}

/// Both figures name a length of time by a qualifier, and not the same ("weekly", "daily").
fn other_period_words(a: &Quantity, b: &Quantity, lexicon: &Lexicon) -> bool {
    let period = |q: &Quantity| {
        q.qualifiers
            .iter()
            .find(|x| lexicon.period_qualifiers.contains(*x))
            .cloned()
    };
    matches!((period(a), period(b)), (Some(x), Some(y)) if x != y)
}

/// Every organisation in `told` is among `known` or is the claim's `implied` party: a
/// claim that leaves out who received the money may be about another recipient
/// ("Amazon's $50 billion" is not a stake in Anthropic), so its figure is evidence against
/// the sentence's only when its document makes the sentence's parties the likely ones.
pub(super) fn covers(known: &[Mention], implied: Option<&str>, told: &[&Mention]) -> bool {
    told.iter()
        .filter(|m| m.class == EntityClass::Org)
        .all(|m| known.iter().any(|k| k.name == m.name) || implied == Some(m.name.as_str()))
}

#[cfg(test)]
mod tests {
    use crate::judge::{assert_fires_in, corpus};
    use crate::rule::Rule;

    #[test]
    fn a_claim_telling_the_same_measure_is_compared() {
        // The claim names no party: the length and "player" tie it to the sentence.
        let set = corpus(&[(
            "final.txt",
            "Ilias Marenko scored twice in the Sovereign Cup final at Kingsmere Stadium. He covered 11.4 kilometres over the afternoon, more than any other player.",
        )]);
        assert_fires_in(
            &set,
            Rule::FigureSameRoleDiffers,
            "Ilias Marenko covered 14 kilometres in the Sovereign Cup final, more than any other player.",
        );
        // Nor when the sentence names a party the document does not: another event.
        crate::judge::assert_not_fires_in(
            &set,
            Rule::FigureSameRoleDiffers,
            "Ilias Marenko covered 14 kilometres against Ostbury Town, more than any other player.",
        );
    }

    #[test]
    fn a_claim_giving_the_same_number_is_compared() {
        // The claim shares no word or name with the sentence, only the number.
        let set = corpus(&[
            (
                "a.txt",
                "Orbix Labs says it has 700 million weekly active users.",
            ),
            (
                "b.txt",
                "Orbix Chat, the chatbot, launched in Lisbon in 2022.",
            ),
        ]);
        let (judgement, _) =
            crate::judge::explain_one(&set, "Orbix Chat hit 700 million weekly users in August.");
        assert!(
            judgement
                .findings
                .iter()
                .any(|f| f.kind == crate::judge::FindingKind::Agrees && f.claim == Some(0)),
            "{judgement:?}"
        );
    }
}
