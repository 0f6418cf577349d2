//! Figures: each figure of the sentence is paired with the claim figure it tells of, pass
//! by pass from the surest pairing to the weakest ([`Pass`]), and agrees, differs or is
//! new. Rules: one per pass, [`Rule::FigureRivalSource`], [`Rule::FigureNew`] and the
//! suppression [`Rule::FigureOtherDate`].

use super::findings::Findings;
use crate::align::Alignment;
use crate::claims::{Claim, ClaimSet};
use crate::date::DateMention;
use crate::entity::Mention;
use crate::extract::Facts;
use crate::finding::{Detail, Finding, FindingKind, Topic};
use crate::lexicon::{EntityClass, Lexicon, UnitKind};
use crate::overlap::{share_party, swapped};
use crate::quantity::{Measure, Quantity, Whole};
use crate::rule::Rule;
use crate::tuning::Tuning;

/// Why a claim's figures are candidates for a sentence's.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Source {
    /// The claim is about the sentence's event.
    Related,
    /// It owns a sentence figure's slot ([`owned_slot`]).
    Owner,
    /// It tells a sentence figure's measure ([`same_measure`]).
    Measure,
    /// It gives a sentence figure's number, and shares nothing else.
    Number,
}

/// The ways a sentence's figure pairs with a claim's, each its own rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pass {
    /// Close values and a role word (or the same qualifiers and a party) in common.
    SameRoleAgrees,
    /// Values that cannot both be true, a role word and a party in common, and a claim
    /// strongly tied to the sentence.
    SameRoleDiffers,
    /// Close values, parties not swapped.
    Agrees,
    /// The only figure of its kind on each side, of a claim about the same event.
    LoneDiffers,
    /// Close values told of other parties.
    OtherParty,
    /// Values that cannot both be true of the same owner and role.
    SameOwnerDiffers,
    /// The same number with another unit or length of time ([`same_number`]).
    OtherUnit,
    /// A claim's earlier value given as the present one ([`earlier_value`]).
    EarlierValue,
}

/// Agreements are settled before differences, so a figure is never contradicted by a
/// claim figure another figure of the sentence will match; only a difference in the very
/// same slot (same owner, same role) comes before a plain agreement.
const PASSES: [Pass; 8] = [
    Pass::SameRoleAgrees,
    Pass::SameOwnerDiffers,
    Pass::Agrees,
    Pass::EarlierValue,
    Pass::OtherUnit,
    Pass::SameRoleDiffers,
    Pass::LoneDiffers,
    Pass::OtherParty,
];

impl Pass {
    fn rule(self) -> Rule {
        match self {
            Pass::SameRoleAgrees => Rule::FigureSameRole,
            Pass::SameRoleDiffers => Rule::FigureSameRoleDiffers,
            Pass::Agrees => Rule::FigureAgrees,
            Pass::LoneDiffers => Rule::LoneFigureDiffers,
            Pass::OtherParty => Rule::FigureOtherParty,
            Pass::SameOwnerDiffers => Rule::FigureSameOwnerDiffers,
            Pass::OtherUnit => Rule::FigureOtherUnit,
            Pass::EarlierValue => Rule::FigureEarlierValue,
        }
    }
}

struct Candidate<'a> {
    claim: &'a Claim,
    quantity: &'a Quantity,
    index: usize,
    strong: bool,
    /// Found through the measure alone (see [`same_measure`]): a claim that names no party
    /// may still tell the sentence's quantity.
    by_measure: bool,
    /// Found only through an owned slot, and not about the same parties: it may confirm
    /// a figure but is too loosely tied to contradict one.
    confirm_only: bool,
    coverage: f64,
    /// Who the claim's figure is about, and how many figures of its kind the claim has.
    parties: &'a [Mention],
    lone: bool,
}

/// A figure of the sentence, with what it is about.
struct Mine<'a> {
    q: &'a Quantity,
    parties: Vec<&'a Mention>,
    /// Its owner, or the clause's first participant standing in for one.
    subject: Option<String>,
    /// The only figure of its kind in the sentence.
    lone: bool,
    /// The dates of its clause: a dated figure may be one instalment of a total told
    /// without one.
    dates: Vec<&'a DateMention>,
    /// Its clause is negated: "Microsoft, which did not lead the $110 billion round" tells
    /// no figure of Microsoft, so it is no evidence of a difference.
    denied: bool,
}

/// Kinds of figure an event seldom has two of (a duration, a multiple, a count), so a
/// lone one against a lone one of the same event is the same figure. Money and
/// percentages come in many roles per event and need a closer claim.
fn lone_kind(measure: &Measure) -> bool {
    !matches!(
        measure,
        Measure::Money(_) | Measure::Rate(_) | Measure::Unit(UnitKind::Percent)
    )
}

/// Figures agree when both can be true and are stated close to each other.
fn close(a: &Quantity, b: &Quantity, tuning: &Tuning) -> bool {
    a.close_to(b, tuning.figure_closeness)
}

/// Whether a claim's figure is the one a sentence figure tells of, whatever else the two
/// sentences say: the claim names its owner with a possessive ("Microsoft's $13 billion
/// investment"), the sentence's figure is that party's, and they share a role word.
fn owned_slot(m: &Mine, cq: &Quantity) -> bool {
    cq.owner.is_some()
        && cq.owner == m.subject
        && m.q.measure.comparable(&cq.measure)
        && m.q.roles.iter().any(|r| cq.roles.contains(r))
}

/// Whether a claim's figure tells the same quantity as a sentence's figure by its measure
/// and words alone: "Marenko covered 11.4 miles" and "He covered 11.4 kilometres".
fn same_measure(m: &Mine, cq: &Quantity, tuning: &Tuning) -> bool {
    m.q.same_measure(cq, tuning.measure_role_words)
}

/// Whether a claim's figure is the sentence's figure with its unit, scale or length of
/// time changed: the same number as written (one of two digits or more, or scaled, so
/// not a coincidence of small numbers), of one measure, and values that cannot both be
/// true or lengths of time that differ ("700 million weekly users" told as daily ones).
fn same_number(m: &Mine, cq: &Quantity, lexicon: &Lexicon) -> bool {
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
fn covers(known: &[Mention], implied: Option<&str>, told: &[&Mention]) -> bool {
    told.iter()
        .filter(|m| m.class == EntityClass::Org)
        .all(|m| known.iter().any(|k| k.name == m.name) || implied == Some(m.name.as_str()))
}

/// Pairs each asserted figure of the sentence with a claim figure of `related` claims (or
/// of a claim in `alignments` that owns its slot).
pub(super) fn compare(
    facts: &Facts,
    set: &ClaimSet,
    related: &[&Alignment],
    alignments: &[Alignment],
    out: &mut Findings,
) {
    let tuning = &set.tuning;
    let mine: Vec<&Quantity> = facts
        .quantities
        .iter()
        .filter(|q| facts.asserted(q.clause))
        .collect();
    // Most sentences state no figure: then there is nothing to pair, and the candidates
    // below (a few dozen claim figures, each with its participants) need not be gathered.
    if mine.is_empty() {
        return;
    }
    // What each figure of the sentence is about, worked out once, not per candidate.
    let mine: Vec<Mine> = mine
        .iter()
        .map(|&q| {
            let parties = facts.participants(q.clause);
            // Without a possessive, the clause's first participant named before the figure
            // stands in for the owner ("Amazon invested $50 billion"; not "a $38bn
            // agreement under which OpenAI began running workloads").
            let subject = q.owner.clone().or_else(|| {
                parties
                    .iter()
                    .find(|m| m.tokens.end <= q.tokens.start)
                    .map(|m| m.name.clone())
            });
            let lone = mine
                .iter()
                .filter(|y| y.measure.comparable(&q.measure))
                .count()
                == 1;
            Mine {
                q,
                parties,
                subject,
                lone,
                denied: facts.clauses.get(q.clause).is_some_and(|c| c.negated),
                dates: facts
                    .dates
                    .iter()
                    .filter(|d| d.clause == q.clause)
                    .collect(),
            }
        })
        .collect();
    // A claim that owns a sentence figure's slot is compared even when the rest of it
    // is about something else.
    let owners: Vec<&Alignment> = alignments
        .iter()
        .filter(|a| a.shared_names > 0 && !related.iter().any(|r| r.claim == a.claim))
        .filter(|a| {
            let cf = &set.claims[a.claim].facts;
            cf.quantities
                .iter()
                .any(|cq| cf.asserted(cq.clause) && mine.iter().any(|m| owned_slot(m, cq)))
        })
        .take(tuning.max_events)
        .collect();
    // A claim telling the same measure is compared too, for that figure only: a misreported
    // length or a weekly figure told as monthly leaves the claim with no figure in common,
    // and little else.
    let known = |a: &Alignment| {
        related.iter().any(|r| r.claim == a.claim) || owners.iter().any(|o| o.claim == a.claim)
    };
    // Only a specific figure, or one with a number of its own, is tied by its measure: most
    // sentences' figures are money and shares, and skip the search.
    let measurable = mine.iter().any(|m| m.q.specific() || m.q.same_number(m.q));
    let measured: Vec<&Alignment> = alignments
        .iter()
        .filter(|_| measurable)
        .filter(|a| !known(a))
        .filter(|a| {
            let cf = &set.claims[a.claim].facts;
            cf.quantities.iter().any(|cq| {
                cf.asserted(cq.clause)
                    && mine
                        .iter()
                        .any(|m| same_measure(m, cq, tuning) || same_number(m, cq, &set.lexicon))
            })
        })
        .take(tuning.max_events)
        .collect();
    // A claim giving the same number as written, of the same measure, is compared too
    // though it shares no word: "ChatGPT hit 700 million weekly users" and "OpenAI says it
    // has 700 million weekly active users". Numbers that small or that plain are left out
    // (see `Quantity::same_number`).
    let numbered: Vec<Alignment> =
        if !measurable {
            Vec::new()
        } else {
            set.claims
                .iter()
                .filter(|c| {
                    c.facts.quantities.iter().any(|x| {
                        mine.iter().any(|m| m.q.same_number(x)) && c.facts.asserted(x.clause)
                    }) && !alignments.iter().any(|a| a.claim == c.id)
                })
                .take(tuning.max_events)
                .map(|c| {
                    let mut a = Alignment::default();
                    a.claim = c.id;
                    a
                })
                .collect()
        };
    let mut candidates: Vec<Candidate> = Vec::new();
    let sources = related
        .iter()
        .map(|a| (*a, Source::Related))
        .chain(owners.iter().map(|a| (*a, Source::Owner)))
        .chain(measured.iter().map(|a| (*a, Source::Measure)))
        .chain(numbered.iter().map(|a| (a, Source::Number)));
    for (a, source) in sources {
        let by_owner = source == Source::Owner;
        let claim = &set.claims[a.claim];
        for (index, quantity) in claim.facts.quantities.iter().enumerate() {
            // Tied by its measure, to a sentence figure whose parties its document knows
            // (a party it never names makes another event: imports "from Lorvania").
            let known_parties = |m: &Mine| {
                let names = set.document_names.get(&claim.doc);
                m.parties
                    .iter()
                    .all(|p| names.is_some_and(|n| n.contains(&p.name)))
            };
            let by_measure = measurable
                && mine.iter().any(|m| {
                    same_number(m, quantity, &set.lexicon)
                        && (source != Source::Number || known_parties(m))
                        || same_measure(m, quantity, tuning) && known_parties(m)
                });
            let wanted = match source {
                Source::Measure => by_measure,
                Source::Number => mine.iter().any(|m| m.q.same_number(quantity)),
                _ => true,
            };
            if claim.facts.asserted(quantity.clause) && wanted {
                let figure = set.figure(a.claim, index);
                let parties = &figure.parties[..];
                let implied = figure.implied.as_deref();
                let owned = mine.iter().any(|m| {
                    owned_slot(m, quantity)
                        && covers(parties, implied, &m.parties)
                        && (a.same_event() || m.dates.is_empty())
                });
                candidates.push(Candidate {
                    claim,
                    quantity,
                    index,
                    strong: a.same_event() || owned || by_measure,
                    by_measure,
                    confirm_only: by_owner && !owned || source == Source::Number && !by_measure,
                    coverage: a.coverage,
                    parties,
                    lone: figure.lone,
                });
            }
        }
    }
    let mut used: Vec<(usize, usize)> = Vec::new();
    let mut settled = vec![false; mine.len()];
    // A share of a whole or a multiple of a base is weighed first against what the claims
    // give its parties and its whole: "less than half of OpenAI's $110 billion round" told
    // of Amazon, whose part the claims put at $50 billion.
    for (i, m) in mine.iter().enumerate() {
        if let Some(share) = share_evidence(m, facts, set, alignments) {
            let rule = match share.kind {
                FindingKind::Agrees => Rule::FigureShareAgrees,
                _ => Rule::FigureShareDiffers,
            };
            let mine_text = m.q.text.clone();
            let detail = match share.kind {
                FindingKind::Agrees => Detail::FigureAgrees {
                    mine: mine_text,
                    theirs: share.theirs,
                },
                _ => Detail::FigureDiffers {
                    mine: mine_text,
                    theirs: share.theirs,
                },
            };
            out.push_part(
                share.kind,
                rule,
                share.claim,
                Some(share.index),
                Topic::Figure(i),
                detail,
            );
            settled[i] = true;
        }
    }
    for pass in PASSES {
        for (i, m) in mine.iter().enumerate() {
            if settled[i] {
                continue;
            }
            let q = m.q;
            // A claim figure another figure of the sentence matched is accounted for.
            let matched = |c: &Candidate| {
                used.iter()
                    .any(|&(id, k)| close(&set.claims[id].facts.quantities[k], c.quantity, tuning))
            };
            let fits = |c: &&Candidate| {
                let accounted = matches!(
                    pass,
                    Pass::SameRoleDiffers | Pass::LoneDiffers | Pass::OtherUnit
                ) && matched(c);
                !used.contains(&(c.claim.id, c.index)) && !accounted
            };
            // Among the pairings a pass allows, the claim figure that fits best is the
            // evidence: the same owner, the same qualifiers (or none on both sides: a total
            // is not told by a first tranche), then the most role words in common.
            let fit = |c: &Candidate| {
                let owner = m.subject.is_some() && m.subject == c.quantity.owner;
                let qualified = q.qualifiers == c.quantity.qualifiers;
                let roles = q
                    .roles
                    .iter()
                    .filter(|r| c.quantity.roles.contains(r))
                    .count();
                (owner, qualified, roles)
            };
            let Some((c, kind)) = candidates
                .iter()
                .filter(fits)
                .filter_map(|c| pair(m, c, pass, set, out).map(|k| (c, k)))
                .max_by(|(a, _), (b, _)| {
                    fit(a)
                        .cmp(&fit(b))
                        .then(b.coverage.total_cmp(&a.coverage).reverse())
                })
            else {
                continue;
            };
            out.push_part(
                kind,
                pass.rule(),
                c.claim.id,
                Some(c.index),
                Topic::Figure(i),
                detail(m, c, kind, pass),
            );
            if kind == FindingKind::Agrees {
                used.push((c.claim.id, c.index));
            }
            // Another document on the other side of the same figure makes it a dispute.
            let (rival_kind, rival_passes): (_, &[Pass]) = if kind == FindingKind::Agrees {
                (FindingKind::Differs, &[Pass::SameRoleDiffers])
            } else {
                (FindingKind::Agrees, &[Pass::SameRoleAgrees, Pass::Agrees])
            };
            let rival = candidates
                .iter()
                .filter(|r| {
                    r.claim.doc != c.claim.doc
                        && r.strong
                        && r.coverage >= tuning.lone_figure_coverage
                        && c.quantity.within_ratio(r.quantity, tuning.rival_ratio)
                        && r.quantity.qualifiers == q.qualifiers
                        && q.roles
                            .iter()
                            .filter(|x| r.quantity.roles.contains(x))
                            .count()
                            >= tuning.rival_role_words
                })
                .find(|r| {
                    rival_passes
                        .iter()
                        .any(|&p| pair(m, r, p, set, out).is_some())
                });
            if let Some(r) = rival {
                out.push_part(
                    rival_kind,
                    Rule::FigureRivalSource,
                    r.claim.id,
                    Some(r.index),
                    Topic::Figure(i),
                    detail(m, r, rival_kind, Pass::SameRoleDiffers),
                );
            }
            settled[i] = true;
        }
    }
    for (i, Mine { q, denied, .. }) in mine.iter().enumerate() {
        // A figure told only in a denial ("which did not lead the $110 billion round")
        // asserts nothing new of it.
        if !settled[i] && !denied {
            out.push(
                FindingKind::Adds,
                Rule::FigureNew,
                related[0].claim,
                Topic::Figure(i),
                Detail::FigureNew {
                    mine: q.text.clone(),
                },
            );
        }
    }
}

/// How a figure of the sentence pairs with a claim's figure in a given pass, if it does.
fn pair(
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
    let roles = q.roles.iter().any(|r| cq.roles.contains(r)) || q.copied && cq.copied;
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
    let role_words = q.roles.iter().filter(|r| cq.roles.contains(r)).count();
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
        Pass::OtherParty if close && swap && (roles || shared) && c.strong => FindingKind::Differs,
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
fn earlier_value<'a>(m: &Mine, c: &Candidate<'a>, set: &ClaimSet) -> Option<&'a Quantity> {
    let (q, cq) = (m.q, c.quantity);
    let fits = is_earlier(q, cq, set)
        && m.dates.is_empty()
        && !m.denied
        && !c.confirm_only
        && close(q, cq, &set.tuning)
        && q.roles.iter().any(|r| cq.roles.contains(r))
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
    if !fits {
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

/// What the claims say of a share or a multiple: whether it agrees, the claim giving the
/// part (and its figure), and the ratio they give in words.
struct Share {
    kind: FindingKind,
    claim: usize,
    index: usize,
    theirs: String,
}

/// A share of a whole ("less than half of OpenAI's $110 billion round", "a quarter of the
/// round") or a multiple of a base ("thirteen times its initial $1 billion", "more than
/// four times what Microsoft has invested") weighed against the claims: the whole is the
/// sentence's figure or the one figure the claims give the thing named (not one of the
/// parts); the part is the sentence's figure before the share, or the one figure the
/// claims give each party named before it (summed for several: "Nvidia and SoftBank
/// provided more than half"), from claims that give the whole too where there are any.
/// Nothing is said unless every figure is found, and found once.
fn share_evidence(
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
        format!("{p_text} against {w_text} ({ratio:.1} times)")
    } else {
        format!("{p_text} of {w_text} ({ratio:.0}%)")
    };
    Some(Share {
        kind,
        claim,
        index,
        theirs,
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

fn detail(m: &Mine, c: &Candidate, kind: FindingKind, pass: Pass) -> Detail {
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
    fn figure_same_role() {
        assert_fires(
            Rule::FigureSameRole,
            "Amazon is investing $50 billion in OpenAI.",
        );
    }

    #[test]
    fn figure_same_owner_differs() {
        assert_fires(
            Rule::FigureSameOwnerDiffers,
            "Microsoft's total investment in OpenAI is $1 billion.",
        );
    }

    #[test]
    fn figure_agrees() {
        assert_fires(
            Rule::FigureAgrees,
            "OpenAI and Amazon signed a seven-year agreement.",
        );
    }

    #[test]
    fn figure_same_role_differs() {
        assert_fires(
            Rule::FigureSameRoleDiffers,
            "Only 20% of Amazon Bedrock runs on Trainium.",
        );
    }

    #[test]
    fn lone_figure_differs() {
        assert_fires(
            Rule::LoneFigureDiffers,
            "OpenAI signed a nine-year, $38 billion deal with Amazon Web Services.",
        );
    }

    #[test]
    fn figure_other_party() {
        assert_fires(
            Rule::FigureOtherParty,
            "Google invested $50 billion in OpenAI.",
        );
    }

    #[test]
    fn figure_rival_source() {
        let set = corpus(&[
            (
                "a.txt",
                "Globex's equity investment in the Initech chip foundry in Austin is $5 billion.",
            ),
            (
                "b.txt",
                "Globex's equity investment in the Initech chip foundry in Austin is $7 billion.",
            ),
        ]);
        assert_fires_in(
            &set,
            Rule::FigureRivalSource,
            "Globex's equity investment in the Initech chip foundry in Austin is $5 billion.",
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
        let (judgement, _) = crate::judge::explain_one(
            &set,
            "Amos Kiprotich covered 7.1 miles in the Harbourside final.",
        );
        assert!(judgement
            .findings
            .iter()
            .all(|f| f.rule != Rule::FigureOtherUnit));
    }

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
        let (judgement, _) = crate::judge::explain_one(
            &set,
            "Ilias Marenko covered 14 kilometres against Ostbury Town, more than any other player.",
        );
        assert!(judgement
            .findings
            .iter()
            .all(|f| f.rule != Rule::FigureSameRoleDiffers));
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
            let (judgement, _) = crate::judge::explain_one(&set, sentence);
            assert!(
                judgement
                    .findings
                    .iter()
                    .all(|f| f.rule != Rule::FigureEarlierValue),
                "{sentence}"
            );
        }
    }

    fn round() -> crate::claims::ClaimSet {
        corpus(&[(
            "round.txt",
            "Globex led a $110 billion funding round for Initech, with Globex itself contributing $50 billion of that sum. A week later, Hooli invested $30 billion in the round.",
        )])
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

    #[test]
    fn figure_new() {
        assert_fires(
            Rule::FigureNew,
            "Amazon will invest $50 billion in OpenAI, which has 4,000 employees.",
        );
    }

    #[test]
    fn figure_other_date() {
        assert_fires(
            Rule::FigureOtherDate,
            "Google put $120 million into Anthropic in 2020.",
        );
    }
}
