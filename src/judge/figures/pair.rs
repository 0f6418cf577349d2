//! One figure of the sentence against one claim figure in one pass: whether they pair, and
//! as what (agreeing, differing, an earlier value, the same measure in another unit), what
//! keeps them apart (dates that cannot be one day), and the detail a finding shows.

use super::matching::{close, lone_kind, same_number, shared_roles};
use super::pass::{Candidate, Mine, Pass};
use crate::claims::ClaimSet;
use crate::entity::Mention;
use crate::extract::Facts;
use crate::finding::{Detail, Finding, FindingKind, Topic};
use crate::judge::findings::Findings;
use crate::overlap::{share_party, swapped};
use crate::quantity::Quantity;
use crate::rule::Rule;

/// How a figure of the sentence pairs with a claim's figure in a given pass, if it does.
pub(super) fn pair(
    m: &Mine,
    c: &Candidate,
    pass: Pass,
    set: &ClaimSet,
    out: &mut Findings,
) -> Option<FindingKind> {
    let tuning = &set.tuning;
    let (q, cq) = (m.q, c.quantity);
    if !q.measure.comparable(&cq.measure) {
        return None;
    }
    if pass == Pass::OtherUnit {
        return other_unit(m, c, set, out);
    }
    if pass == Pass::EarlierValue {
        return earlier_value(m, c, set).map(|_| FindingKind::Differs);
    }
    // Two figures with different stated owners are different figures.
    let owners_differ = matches!((&q.owner, &cq.owner), (Some(a), Some(b)) if a != b);
    // Nor are a first investment and a total one.
    let qualifiers_differ = !q.qualifiers.is_empty()
        && !cq.qualifiers.is_empty()
        && !q.qualifiers.iter().any(|x| cq.qualifiers.contains(x));
    if owners_differ && pass != Pass::OtherParty || qualifiers_differ {
        return None;
    }
    // A claim's "initial $1 billion" is a part the sentence's plain "$20 billion" need not
    // be: it agrees when the values do, but it is no evidence against it.
    let claim_narrower = q.qualifiers.is_empty() && !cq.qualifiers.is_empty();
    // And the sentence's figure of another measure ("a round valuing it at $730
    // billion") is no evidence against a claim's plain "$110 billion".
    let other_measure = q
        .qualifiers
        .iter()
        .any(|x| set.lexicon.measure_qualifiers.contains(x) && !cq.qualifiers.contains(x));
    let same_qualifiers = !q.qualifiers.is_empty() && q.qualifiers == cq.qualifiers;
    let same_owner = m.subject.is_some() && m.subject == cq.owner;
    let (p_q, p_c) = (&m.parties, c.parties);
    let compatible = q.compatible(cq);
    let role_words = shared_roles(q, cq);
    let roles = role_words > 0 || q.copied && cq.copied;
    let swap = swapped(p_q, p_c);
    // Neither naming a party is no sign of two parties ("the first offer, with a 25%
    // raise"): a corpus about one company often leaves it unnamed. A sentence's figure
    // told of no party may be the claim's too ("AI spending worldwide will reach $5.52
    // trillion"), but only where two role words tie them: one is no evidence ("the
    // investment builds on a $38bn, seven-year computing agreement" is not "OpenAI's
    // $110 billion funding round").
    // A claim that tells the measure and names no party ("He covered 11.4 kilometres"; a
    // party read from "its" is a guess) is about the sentence's parties, which its
    // document names (see `by_measure`).
    let unnamed_claim = c.by_measure && p_c.iter().all(|p| p.referred);
    let shared = share_party(p_q, p_c) || p_q.is_empty() && p_c.is_empty() || unnamed_claim;
    let unnamed = p_q.is_empty() && role_words >= tuning.rival_role_words;
    let lone = c.lone && m.lone;
    let close = close(q, cq, tuning);
    let loose = matches!(
        pass,
        Pass::SameRoleDiffers | Pass::LoneDiffers | Pass::OtherParty | Pass::SameOwnerDiffers
    );
    if loose && (claim_narrower || other_measure || c.confirm_only || m.denied) {
        return None;
    }
    // A claim's earlier value ("down from 71.8 per cent in 2021") is not what a sentence
    // gives as the present one, with no date of its own: it agrees with nothing there.
    if is_earlier(q, cq, set) && m.dates.is_empty() && !loose {
        return None;
    }
    let kind = match pass {
        Pass::SameRoleAgrees if close && !swap && (roles || same_qualifiers && shared) => {
            FindingKind::Agrees
        }
        Pass::SameRoleDiffers
            if !compatible
                && !swap
                && roles
                && (shared || unnamed)
                && (c.strong || cq.copied || same_qualifiers) =>
        {
            FindingKind::Differs
        }
        Pass::Agrees if close && !swap => FindingKind::Agrees,
        Pass::LoneDiffers
            if !compatible
                && (lone_kind(&q.measure) || c.coverage >= tuning.lone_figure_coverage)
                && !swap
                && c.strong
                && shared
                && lone =>
        {
            FindingKind::Differs
        }
        // The same figure told of other parties: only of parties its own clause names (in
        // "a seven-year agreement, which gave OpenAI a foothold outside Microsoft's
        // Azure" the duration is not told of Microsoft).
        Pass::OtherParty if close && swap && (roles || shared) && c.strong && m.own_parties => {
            FindingKind::Differs
        }
        Pass::SameOwnerDiffers if !compatible && !swap && roles && shared && same_owner => {
            FindingKind::Differs
        }
        _ => return None,
    };
    if kind == FindingKind::Differs && on_other_dates(m, &c.claim.facts, cq.clause) {
        out.prevented(Rule::FigureOtherDate, || Finding {
            kind,
            rule: pass.rule(),
            topic: Topic::None,
            detail: detail(m, c, kind, pass),
            claim: Some(c.claim.id),
            part: Some(c.index),
        });
        return None;
    }
    Some(kind)
}

/// Whether the claim figure is an earlier value (a past qualifier the sentence's figure
/// lacks: "down from 71.8 per cent in 2021").
fn is_earlier(q: &Quantity, cq: &Quantity, set: &ClaimSet) -> bool {
    cq.qualifiers
        .iter()
        .any(|x| set.lexicon.past_qualifiers.contains(x) && !q.qualifiers.contains(x))
}

/// [`Pass::EarlierValue`]: the sentence gives, as the present value and with no date, the
/// earlier value of a change a claim tells ("turnout at 67.3 per cent, down from 71.8 per
/// cent in 2021"); the claim's present value in the same clause, which differs from the
/// sentence's figure.
pub(super) fn earlier_value<'a>(
    m: &Mine,
    c: &Candidate<'a>,
    set: &ClaimSet,
) -> Option<&'a Quantity> {
    let (q, cq) = (m.q, c.quantity);
    let fits = is_earlier(q, cq, set)
        && m.dates.is_empty()
        && !m.denied
        && !c.confirm_only
        && close(q, cq, &set.tuning)
        && shared_roles(q, cq) > 0
        && !swapped(&m.parties, c.parties);
    if !fits {
        return None;
    }
    let claim = &c.claim.facts;
    claim.quantities.iter().find(|x| {
        x.clause == cq.clause
            && claim.asserted(x.clause)
            && x.measure.comparable(&q.measure)
            && !is_earlier(q, x, set)
            && !q.compatible(x)
    })
}

/// [`Pass::OtherUnit`]: the claim's figure is the sentence's with another unit or length
/// of time ([`same_number`]), told of the same parties or of none.
fn other_unit(m: &Mine, c: &Candidate, set: &ClaimSet, out: &mut Findings) -> Option<FindingKind> {
    let (p_q, p_c) = (&m.parties, c.parties);
    let parties = share_party(p_q, p_c) || p_q.is_empty() || p_c.is_empty();
    let fits = same_number(m, c.quantity, &set.lexicon)
        && parties
        && !swapped(p_q, p_c)
        && !m.denied
        && !c.confirm_only;
    // A reference that gives the number as written in the sentence's own unit, of the
    // same thing ("eleven days in safe mode"), refutes the misreport: the figure is that
    // one, not another figure's number in a new unit ("eleven months of cruise").
    let given_as_written = || {
        set.claims.iter().any(|claim| {
            claim.facts.quantities.iter().any(|x| {
                x.number == m.q.number
                    && m.q.measure.comparable(&x.measure)
                    && m.q.compatible(x)
                    && shared_roles(m.q, x) > 0
                    && !same_number(m, x, &set.lexicon)
            })
        })
    };
    if !fits || given_as_written() {
        return None;
    }
    if on_other_dates(m, &c.claim.facts, c.quantity.clause) {
        out.prevented(Rule::FigureOtherDate, || Finding {
            kind: FindingKind::Differs,
            rule: Rule::FigureOtherUnit,
            topic: Topic::None,
            detail: detail(m, c, FindingKind::Differs, Pass::OtherUnit),
            claim: Some(c.claim.id),
            part: None,
        });
        return None;
    }
    Some(FindingKind::Differs)
}

/// The two figures' clauses give dates that cannot be one day: two moves of a share
/// price ("fell 3.2% on Monday", "surged 27% on Tuesday") are two events, not a
/// difference. Bounds ("by 2030", "since 2019") are no event's date.
fn on_other_dates(m: &Mine, claim: &Facts, clause: usize) -> bool {
    let claim_dates = || {
        claim
            .dates
            .iter()
            .filter(move |d| d.clause == clause && !d.bound)
    };
    m.dates
        .iter()
        .filter(|d| !d.bound)
        .any(|d| claim_dates().any(|cd| d.conflicts(cd)))
}

pub(super) fn detail(m: &Mine, c: &Candidate, kind: FindingKind, pass: Pass) -> Detail {
    let (mine, mut theirs) = (m.q.text.clone(), c.quantity.text.clone());
    if pass == Pass::EarlierValue {
        // "67.3 per cent (71.8 per cent before)": the claim's present value first.
        let now = c.claim.facts.quantities.iter().find(|x| {
            x.clause == c.quantity.clause
                && x.measure.comparable(&m.q.measure)
                && !m.q.compatible(x)
        });
        if let Some(now) = now {
            theirs = format!("{} ({} before)", now.text, c.quantity.text);
        }
    }
    let names = |list: &[&Mention]| list.iter().map(|m| m.name.clone()).collect();
    match (kind, pass) {
        (FindingKind::Agrees, _) => Detail::FigureAgrees { mine, theirs },
        (_, Pass::OtherParty) => Detail::FigureOtherParty {
            mine,
            my_parties: names(&m.parties),
            theirs,
            their_parties: names(&c.parties.iter().collect::<Vec<_>>()),
        },
        _ => Detail::FigureDiffers { mine, theirs },
    }
}

#[cfg(test)]
mod tests {
    use crate::judge::{assert_fires, assert_fires_in, corpus};
    use crate::rule::Rule;

    #[test]
    fn figure_other_party() {
        assert_fires(
            Rule::FigureOtherParty,
            "Google invested $50 billion in OpenAI.",
        );
    }

    #[test]
    fn figure_other_unit() {
        let set = corpus(&[(
            "race.txt",
            "Amos Kiprotich covered 11.4 kilometres in the Harbourside final. Orbix Labs says Orbix Chat has 700 million weekly active users. Amos Kiprotich earns €185,000 a week at Harbourside United.",
        )]);
        for sentence in [
            "Amos Kiprotich covered 11.4 miles in the Harbourside final.",
            "Orbix Labs says Orbix Chat has 700 million daily active users.",
            "Amos Kiprotich earns €185,000 a month at Harbourside United.",
        ] {
            assert_fires_in(&set, Rule::FigureOtherUnit, sentence);
        }
        // The same figure in another unit agrees.
        crate::judge::assert_not_fires_in(
            &set,
            Rule::FigureOtherUnit,
            "Amos Kiprotich covered 7.1 miles in the Harbourside final.",
        );
    }

    #[test]
    fn figure_earlier_value() {
        let set = corpus(&[(
            "vote.txt",
            "The Tarsenian electoral commission put turnout in the Tarsenian election at 67.3 per cent, down from 71.8 per cent in 2021.",
        )]);
        assert_fires_in(
            &set,
            Rule::FigureEarlierValue,
            "Turnout in the Tarsenian election reached 71.8 per cent, the electoral commission said.",
        );
        // Dated, or told as the earlier value, it is the claim's.
        for sentence in [
            "Turnout in the Tarsenian election in 2021 was 71.8 per cent.",
            "Turnout in the Tarsenian election fell from 71.8 per cent to 67.3 per cent.",
        ] {
            crate::judge::assert_not_fires_in(&set, Rule::FigureEarlierValue, sentence);
        }
    }

    #[test]
    fn figure_other_date() {
        assert_fires(
            Rule::FigureOtherDate,
            "Google put $120 million into Anthropic in 2020.",
        );
    }
}
