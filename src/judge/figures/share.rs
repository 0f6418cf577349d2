//! Figures stated as a share of another ("less than half of the $110 billion round",
//! "three times Hooli's $30 billion"): the whole they are a share of, and whether the share
//! agrees with the claim's figures.

use super::pass::Mine;
use crate::align::Alignment;
use crate::claims::{Claim, ClaimSet};
use crate::extract::Facts;
use crate::finding::FindingKind;
use crate::lexicon::{EntityClass, UnitKind};
use crate::quantity::{Measure, Quantity, Whole};

/// What the claims say of a share or a multiple: whether it agrees, the claim giving the
/// part (and its figure), and the ratio they give in words.
pub(super) struct Share {
    pub(super) kind: FindingKind,
    pub(super) claim: usize,
    pub(super) index: usize,
    pub(super) theirs: String,
    /// Where the sentence's own whole starts (its first token), when a claim gives that
    /// figure too: it is accounted for by the share, not a figure of its own.
    pub(super) whole_given: Option<usize>,
}

/// A share of a whole ("less than half of OpenAI's $110 billion round", "a quarter of the
/// round") or a multiple of a base ("thirteen times its initial $1 billion", "more than
/// four times what Microsoft has invested") weighed against the claims: the whole is the
/// sentence's figure or the one figure the claims give the thing named (not one of the
/// parts); the part is the sentence's figure before the share, or the one figure the
/// claims give each party named before it (summed for several: "Nvidia and SoftBank
/// provided more than half"), from claims that give the whole too where there are any.
/// Nothing is said unless every figure is found, and found once.
pub(super) fn share_evidence(
    m: &Mine,
    facts: &Facts,
    set: &ClaimSet,
    alignments: &[Alignment],
) -> Option<Share> {
    let q = m.q;
    let whole_spec = q.whole.as_ref()?;
    if m.denied {
        return None;
    }
    let (percent, multiple) = match q.measure {
        Measure::Unit(UnitKind::Percent) => (100.0, false),
        Measure::Unit(UnitKind::Multiplier) => (1.0, true),
        _ => return None,
    };
    let claim_figures = || {
        alignments.iter().flat_map(|a| {
            let c = &set.claims[a.claim];
            c.facts
                .quantities
                .iter()
                .enumerate()
                .filter(move |(_, x)| c.facts.asserted(x.clause) && x.period.is_none())
                .map(move |(k, x)| (c, k, x))
        })
    };
    let clause = q.clause;
    let mut parties: Vec<&str> = Vec::new();
    for p in facts.mentions.iter().filter(|p| {
        facts.clause_of(p.tokens.start) == clause
            && p.tokens.end <= q.tokens.start
            && !p.source
            && p.class != EntityClass::Place
    }) {
        if !parties.contains(&p.name.as_str()) {
            parties.push(&p.name);
        }
    }
    let of_party =
        |c: &Claim, x: &Quantity| figure_subject(&c.facts, x).is_some_and(|s| parties.contains(&s));
    // The whole: (low, high, measure, text).
    let (w_low, w_high, measure, w_text) = match whole_spec {
        Whole::Figure(start) => {
            let w = facts.quantities.iter().find(|w| w.tokens.start == *start)?;
            (w.low, w.high, w.measure.clone(), w.text.clone())
        }
        Whole::Noun { concepts, owner } => concepts.iter().find_map(|concept| {
            let (_, _, x) = one_figure(claim_figures().filter(|(c, _, x)| {
                matches!(x.measure, Measure::Money(_))
                    && x.roles.contains(concept)
                    && !of_party(c, x)
                    && owner
                        .as_deref()
                        .is_none_or(|o| figure_subject(&c.facts, x) == Some(o))
            }))?;
            Some((x.low, x.high, x.measure.clone(), x.text.clone()))
        })?,
    };
    if !matches!(measure, Measure::Money(_)) || w_low <= 0.0 {
        return None;
    }
    let measure = &measure;
    // A part is less than its whole; a multiple of a base more than it.
    let fits_whole = |x: &Quantity| {
        if multiple {
            x.low >= w_high
        } else {
            x.high <= w_low
        }
    };
    let gives_whole = |c: &Claim| {
        c.facts.quantities.iter().any(|x| {
            c.facts.asserted(x.clause)
                && x.measure.comparable(measure)
                && x.low < w_high
                && w_low < x.high
        })
    };
    // The part: the sentence's own figure before the share, or the claims' for its parties.
    let own_part = facts.quantities.iter().rfind(|x| {
        x.clause == clause && x.tokens.end <= q.tokens.start && x.measure.comparable(measure)
    });
    let (p_low, p_high, from) = if let Some(x) = own_part {
        (x.low, x.high, None)
    } else {
        if parties.is_empty() {
            return None;
        }
        let (mut low, mut high, mut from) = (0.0, 0.0, None);
        for &party in &parties {
            let theirs = |c: &Claim, x: &Quantity| {
                x.measure.comparable(measure)
                    && fits_whole(x)
                    && x.qualifiers.is_empty()
                    && figure_subject(&c.facts, x) == Some(party)
            };
            let beside_whole = claim_figures().any(|(c, _, x)| theirs(c, x) && gives_whole(c));
            let (c, k, x) = one_figure(
                claim_figures()
                    .filter(|(c, _, x)| theirs(c, x) && (!beside_whole || gives_whole(c))),
            )?;
            low += x.low;
            high += x.high;
            match &mut from {
                None => from = Some((c.id, k, x.text.clone())),
                Some((_, _, text)) => *text = format!("{text} + {}", x.text),
            }
        }
        (low, high, from)
    };
    let (claim, index, p_text) = match from {
        Some(found) => found,
        // Both figures are the sentence's: the claims must give them ("The milestone-linked
        // $35 billion is more than three times Amazon's opening $15 billion").
        None => {
            let given = |low: f64, high: f64| {
                claim_figures()
                    .find(|(_, _, x)| x.low < high && low < x.high && x.measure.comparable(measure))
            };
            let (c, k, x) = given(p_low, p_high)?;
            given(w_low, w_high)?;
            (c.id, k, x.text.clone())
        }
    };
    if !fits_whole(&Quantity {
        low: p_low,
        high: p_high,
        ..q.clone()
    }) {
        return None;
    }
    let (r_low, r_high) = (percent * p_low / w_high, percent * p_high / w_low);
    let kind = if q.low < r_high && r_low < q.high {
        FindingKind::Agrees
    } else {
        FindingKind::Differs
    };
    let ratio = percent * (p_low + p_high) / (w_low + w_high);
    let theirs = if multiple {
        format!("{p_text} against {w_text} ({} times)", one_decimal(ratio))
    } else {
        format!("{p_text} of {w_text} ({}%)", ratio.round_ties_even() as i64)
    };
    let whole_given = match whole_spec {
        Whole::Figure(start) => alignments
            .iter()
            .any(|a| gives_whole(&set.claims[a.claim]))
            .then_some(*start),
        Whole::Noun { .. } => None,
    };
    Some(Share {
        kind,
        claim,
        index,
        theirs,
        whole_given,
    })
}

/// The one value the figures give (all compatible with the first), with the first.
fn one_figure<'a>(
    mut figures: impl Iterator<Item = (&'a Claim, usize, &'a Quantity)>,
) -> Option<(&'a Claim, usize, &'a Quantity)> {
    let first = figures.next()?;
    figures
        .all(|(_, _, x)| x.compatible(first.2))
        .then_some(first)
}

/// Whose a claim's figure is: its owner, or the first party named before it in its clause.
fn figure_subject<'a>(facts: &'a Facts, x: &'a Quantity) -> Option<&'a str> {
    x.owner.as_deref().or_else(|| {
        facts
            .mentions
            .iter()
            .find(|p| {
                facts.clause_of(p.tokens.start) == x.clause
                    && p.tokens.end <= x.tokens.start
                    && !p.source
                    && p.class != EntityClass::Place
            })
            .map(|p| p.name.as_str())
    })
}

/// `x` rounded to one decimal place ("2.5", "-0.3"), written from integers. Formatting an
/// `f64` is the only use of core's float printing in the wasm, and it costs 10.4 KB of the
/// gzipped download (`make wasm size`: 299.9 KB with `{:.1}` and `{:.0}` here, 289.5 KB
/// without); rounding ties to even prints what `{:.1}` prints.
fn one_decimal(x: f64) -> String {
    let tenths = (x * 10.0).round_ties_even() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{}.{}", tenths.abs() / 10, tenths.abs() % 10)
}

#[cfg(test)]
mod tests {
    use crate::judge::{assert_fires_in, corpus};
    use crate::rule::Rule;

    fn round() -> crate::claims::ClaimSet {
        corpus(&[(
            "round.txt",
            "Globex led a $110 billion funding round for Initech, with Globex itself contributing $50 billion of that sum. A week later, Hooli invested $30 billion in the round.",
        )])
    }

    #[test]
    fn one_decimal_rounds_as_printing_with_a_precision_does() {
        for x in [0.0, 2.25, 2.26, 9.96, 12.04, -0.34, 1234.5] {
            assert_eq!(super::one_decimal(x), format!("{x:.1}"), "{x}");
        }
    }

    #[test]
    fn figure_share_agrees() {
        let set = round();
        assert_fires_in(
            &set,
            Rule::FigureShareAgrees,
            "Globex supplied less than half of Initech's $110 billion round.",
        );
        // The whole named, not given: the round's one figure that is no party's part.
        assert_fires_in(
            &set,
            Rule::FigureShareAgrees,
            "Analysts say Hooli's contribution amounted to more than a quarter of the round.",
        );
    }

    /// The whole a share is of, when the claims give it, is the share's: not a figure of
    /// its own to pair with, or set against, another claim's.
    #[test]
    fn a_given_whole_is_the_shares() {
        let sentence = "NVIDIA and SoftBank jointly contributed over half of the $110 billion.";
        let (judgement, _) = crate::judge::explain_one(crate::claim_set(), sentence);
        assert_eq!(
            (judgement.verdict, judgement.rule),
            (crate::judge::Verdict::Match, Rule::FigureShareAgrees),
            "{judgement:#?}"
        );
    }

    #[test]
    fn figure_share_differs() {
        let set = round();
        assert_fires_in(
            &set,
            Rule::FigureShareDiffers,
            "Globex supplied the majority of Initech's $110 billion round.",
        );
        assert_fires_in(
            &set,
            Rule::FigureShareDiffers,
            "Globex's $50 billion is more than three times Hooli's $30 billion.",
        );
    }
}
