//! Figures: each figure of the sentence is paired with the claim figure it tells of, pass
//! by pass from the surest pairing to the weakest ([`Pass`]), and agrees, differs or is
//! new. Rules: one per pass, [`Rule::FigureRivalSource`], [`Rule::FigureNew`] and the
//! suppression [`Rule::FigureOtherDate`].
//!
//! This file holds [`compare`], which gathers the candidates and runs the passes; `pass`
//! has the passes and the two sides they pair, `matching` the tests that make a claim figure
//! a candidate, `pair` the pairing of one figure in one pass (with earlier values, other
//! units and other dates) and the detail a finding shows, and `share` the figures stated
//! as a share of another ("half of the round").

mod matching;
mod pair;
mod pass;
mod share;

use self::matching::{close, covers, owned_slot, same_measure, same_number, shared_roles};
use self::pair::{detail, pair};
use self::pass::{Candidate, Mine, Pass, Source, PASSES};
use self::share::share_evidence;
use super::findings::Findings;
use crate::align::Alignment;
use crate::claims::ClaimSet;
use crate::extract::Facts;
use crate::finding::{Detail, FindingKind, Topic};
use crate::quantity::Quantity;
use crate::rule::Rule;

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
            let own_parties = parties
                .iter()
                .all(|m| facts.clause_of(m.tokens.start) == q.clause);
            Mine {
                q,
                parties,
                own_parties,
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
            if let Some(start) = share.whole_given {
                let whole = mine.iter().position(|w| w.q.tokens.start == start);
                if let Some(j) = whole {
                    settled[j] = true;
                }
            }
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
                (owner, qualified, shared_roles(q, c.quantity))
            };
            let role_words = |c: &Candidate| shared_roles(q, c.quantity);
            // A plain agreement with a figure of another measure, in a claim loosely tied to
            // the sentence ("250 gigawatts" of energy demand), gives way to a claim far more
            // of the sentence is about that tells this figure's roles with another value
            // ("two gigawatts" of Trainium capacity).
            let outranking: Option<f64> = (pass == Pass::Agrees)
                .then(|| {
                    candidates
                        .iter()
                        .filter(|d| {
                            role_words(d) >= tuning.rival_role_words
                                && !used.contains(&(d.claim.id, d.index))
                                && !matched(d)
                                && pair(m, d, Pass::SameRoleDiffers, set, out).is_some()
                        })
                        .map(|d| d.coverage)
                        .max_by(f64::total_cmp)
                })
                .flatten();
            let outranked = |c: &Candidate| {
                role_words(c) == 0
                    && outranking.is_some_and(|d| d >= tuning.outranking_coverage * c.coverage)
            };
            let Some((c, kind)) = candidates
                .iter()
                .filter(fits)
                .filter(|c| !outranked(c))
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
                        && shared_roles(q, r.quantity) >= tuning.rival_role_words
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

#[cfg(test)]
mod tests {
    use crate::judge::{assert_fires, assert_fires_in, corpus, explain_one, Verdict};
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
    fn an_agreement_of_another_measure_is_outranked() {
        let set = corpus(&[
            (
                "a.txt",
                "Globex is allocating 40 megawatts of its solar capacity to the Initech plant in Austin.",
            ),
            (
                "b.txt",
                "Looking ahead, the estimated demand of ninety megawatts of power at Initech is a hurdle no single utility can clear.",
            ),
        ]);
        let sentence =
            "Globex is allocating 90 megawatts of its solar capacity to the Initech plant in Austin.";
        let (judgement, _) = explain_one(&set, sentence);
        assert_eq!(
            (judgement.verdict, judgement.rule),
            (Verdict::Contradict, Rule::FigureSameRoleDiffers)
        );
    }

    /// A number the references give as written, in the sentence's unit and of the same
    /// thing, is not another figure's number in a new unit.
    #[test]
    fn a_number_given_as_written_is_no_other_unit() {
        let set = corpus(&[
            (
                "a.txt",
                "The Veska agency's probe Kestrel reached the comet Arvel on 9 June after a \
                 cruise of eleven months from the Orlen launch site.",
            ),
            (
                "b.txt",
                "Engineers said the craft spent eleven days in safe mode.",
            ),
        ]);
        crate::judge::assert_not_fires_in(
            &set,
            Rule::FigureOtherUnit,
            "Kestrel's cruise to the comet Arvel from the Orlen launch site was interrupted \
             when the probe went into safe mode for 11 days.",
        );
        assert_fires_in(
            &set,
            Rule::FigureOtherUnit,
            "Kestrel reached the comet Arvel after a cruise of 11 years from the Orlen launch site.",
        );
    }

    #[test]
    fn figure_new() {
        assert_fires(
            Rule::FigureNew,
            "Amazon will invest $50 billion in OpenAI, which has 4,000 employees.",
        );
    }
}
