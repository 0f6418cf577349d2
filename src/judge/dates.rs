//! Dates, weekdays and deadlines. Rules: [`Rule::DateAgrees`], [`Rule::DateDiffers`],
//! [`Rule::DateNew`], [`Rule::WeekdayAgrees`], [`Rule::WeekdayDiffers`],
//! [`Rule::DeadlineAgrees`], [`Rule::DeadlineDiffers`].

use super::findings::Findings;
use crate::align::Alignment;
use crate::claims::ClaimSet;
use crate::date::DateMention;
use crate::extract::Facts;
use crate::finding::{Detail, FindingKind, Topic};
use crate::overlap::clause_affinity;
use crate::quantity::Quantity;
use crate::rule::Rule;

/// Each asserted date of the sentence against the dates of the `related` claims.
pub(super) fn compare(facts: &Facts, set: &ClaimSet, related: &[&Alignment], out: &mut Findings) {
    let tuning = &set.tuning;
    for d in facts
        .dates
        .iter()
        .filter(|d| !d.bound && facts.asserted(d.clause))
    {
        // A figure in the date's own clause.
        let figured = facts.quantities.iter().any(|q| q.clause == d.clause);
        // A weekday alone says little: "on Monday" is checked only against a claim that
        // states one of the sentence's figures, so it is the same announcement, and is
        // no news without one (it is often the day of the report, not of the event).
        if !d.has_calendar_field() {
            // The figure must stand in the weekday's own clause: "six paintings were stolen
            // …, according to its annual report published on Tuesday" dates the report.
            let weekday_claims: Vec<&Alignment> = related
                .iter()
                .copied()
                .filter(|a| figured && a.shared_quantities > 0)
                .collect();
            compare_weekday(d, set, &weekday_claims, out);
            continue;
        }
        // Within a claim, the date whose clause talks about what the sentence's date clause
        // talks about: "$2.52 trillion in 2026 …, while cloud revenues … in 2025". A claim's
        // bare weekday is no evidence against a calendar date (it is often the day of the
        // report: "said on Tuesday that it had completed" the deal signed on March 8).
        let dated = |a: &&Alignment| {
            let cf = &set.claims[a.claim].facts;
            let mut dates: Vec<(usize, usize, &DateMention)> = cf
                .dates
                .iter()
                .filter(|c| !c.bound && cf.asserted(c.clause) && c.share_calendar_field(d))
                .map(|c| (clause_affinity(facts, d.clause, cf, c.clause), a.claim, c))
                .collect();
            let top = dates
                .iter()
                .map(|(affinity, _, _)| *affinity)
                .max()
                .unwrap_or(0);
            dates.retain(|(affinity, _, _)| *affinity == top);
            dates
                .into_iter()
                .map(|(_, id, c)| (id, c))
                .collect::<Vec<_>>()
        };
        // A figure in the date's clause names the event more surely than words do: where
        // claims state one of the sentence's figures, only they can date it ("a $38 billion
        // cloud deal signed in November 2025" is not dated by a 2019 investment that shares
        // only "cloud computing" with it); without a date of their own, the date is new.
        let by_figure = figured && related.iter().any(|a| a.shared_quantities > 0);
        let candidates: Vec<&Alignment> = related
            .iter()
            .copied()
            .filter(|a| !by_figure || a.shared_quantities > 0)
            .collect();
        let event_dates: Vec<_> = candidates
            .iter()
            .filter(|a| a.same_event())
            .flat_map(dated)
            .collect();
        let agreed = match event_dates.first() {
            None => candidates
                .iter()
                .flat_map(dated)
                .find(|(_, c)| !c.differs_from_sentence(d)),
            Some(&(best, _)) => event_dates
                .iter()
                .copied()
                .find(|(id, c)| *id == best && !c.differs_from_sentence(d)),
        };
        // A date is another event's unless the claim explains much of the sentence, or
        // shares a figure with it, or its date clause shares more than one word with the
        // sentence's: Trainium chips powering OpenAI from 2027 and Cerebras hardware on
        // Bedrock in 2026 share only "chips".
        let tied = |&&(id, c): &&(usize, &DateMention)| {
            related.iter().any(|a| {
                a.claim == id && (a.shared_quantities > 0 || a.coverage >= tuning.date_coverage)
            }) || clause_affinity(facts, d.clause, &set.claims[id].facts, c.clause)
                >= tuning.date_affinity
        };
        // Another document dating the same event otherwise: the documents disagree on the
        // date, and the sentence sides with the one it agrees with (`resolve`).
        let other_side = |id: usize, agrees: bool| {
            event_dates.iter().filter(tied).find(|(other, oc)| {
                set.claims[*other].doc != set.claims[id].doc
                    && oc.differs_from_sentence(d) != agrees
                    && (!agrees || oc.as_precise_as(d))
            })
        };
        if let Some((id, c)) = agreed {
            push_date(out, FindingKind::Agrees, Rule::DateAgrees, d, id, c);
            if let Some(&(rival, rc)) = other_side(id, false) {
                push_date(out, FindingKind::Differs, Rule::DateDiffers, d, rival, rc);
            }
        } else if let Some(&(id, c)) = event_dates.first().filter(tied) {
            push_date(out, FindingKind::Differs, Rule::DateDiffers, d, id, c);
            if let Some(&(ally, ac)) = other_side(id, true) {
                push_date(out, FindingKind::Agrees, Rule::DateAgrees, d, ally, ac);
            }
        } else {
            out.push(
                FindingKind::Adds,
                Rule::DateNew,
                related[0].claim,
                Topic::Date,
                Detail::DateNew {
                    mine: d.text.clone(),
                },
            );
        }
    }
}

/// A weekday against the weekdays of the claims that share a figure with the sentence.
fn compare_weekday(d: &DateMention, set: &ClaimSet, tied: &[&Alignment], out: &mut Findings) {
    let stated: Vec<_> = tied
        .iter()
        .flat_map(|a| {
            let cf = &set.claims[a.claim].facts;
            cf.dates
                .iter()
                .filter(move |c| !c.bound && cf.asserted(c.clause) && c.comparable(d))
                .map(move |c| (a.claim, c))
        })
        .collect();
    let Some(&(id, c)) = stated
        .iter()
        .find(|(_, c)| !c.differs_from_sentence(d))
        .or_else(|| stated.first())
    else {
        return;
    };
    if c.differs_from_sentence(d) {
        push_date(out, FindingKind::Differs, Rule::WeekdayDiffers, d, id, c);
    } else {
        push_date(out, FindingKind::Agrees, Rule::WeekdayAgrees, d, id, c);
    }
}

/// A finding that the sentence's date `d` agrees with, or differs from, claim `id`'s `c`.
fn push_date(
    out: &mut Findings,
    kind: FindingKind,
    rule: Rule,
    d: &DateMention,
    id: usize,
    c: &DateMention,
) {
    let (mine, theirs) = (d.text.clone(), c.text.clone());
    let detail = if kind == FindingKind::Agrees {
        Detail::DateAgrees { mine, theirs }
    } else {
        Detail::DateDiffers { mine, theirs }
    };
    out.push(kind, rule, id, Topic::Date, detail);
}

/// The deadline an asserted clause of `f` states ("by 2028"), if any.
fn deadline(f: &Facts, clause: usize) -> Option<&DateMention> {
    f.dates
        .iter()
        .find(|d| d.deadline && d.clause == clause && f.asserted(clause))
}

/// A deadline on a figure the sentence and a claim agree on ("invest about $11 billion …
/// by 2028"): the deadline in the sentence figure's clause against the one in the claim
/// figure's. Other bounds ("since 2024") say too little to compare.
pub(super) fn compare_deadlines(facts: &Facts, set: &ClaimSet, out: &mut Findings) {
    let mine: Vec<&Quantity> = facts
        .quantities
        .iter()
        .filter(|q| facts.asserted(q.clause))
        .collect();
    let agreed: Vec<(usize, usize, usize)> = out
        .list
        .iter()
        .filter(|f| f.kind == FindingKind::Agrees)
        .filter_map(|f| match f.topic {
            Topic::Figure(figure) => Some((figure, f.claim?, f.part?)),
            _ => None,
        })
        .collect();
    for (figure, id, part) in agreed {
        let claim = &set.claims[id].facts;
        let (Some(q), Some(cq)) = (mine.get(figure), claim.quantities.get(part)) else {
            continue;
        };
        let (Some(d), Some(c)) = (deadline(facts, q.clause), deadline(claim, cq.clause)) else {
            continue;
        };
        let (kind, rule, detail) = if c.conflicts(d) {
            let detail = Detail::DeadlineDiffers {
                figure: q.text.clone(),
                mine: d.text.clone(),
                theirs: c.text.clone(),
            };
            (FindingKind::Differs, Rule::DeadlineDiffers, detail)
        } else {
            let detail = Detail::DeadlineAgrees {
                mine: d.text.clone(),
                theirs: c.text.clone(),
            };
            (FindingKind::Agrees, Rule::DeadlineAgrees, detail)
        };
        out.push(kind, rule, id, Topic::Deadline(figure), detail);
    }
}

#[cfg(test)]
mod tests {
    use crate::judge::{assert_fires, assert_fires_in, corpus};
    use crate::rule::Rule;

    /// The same calendar day with another weekday ties a sentence to its claim, though
    /// little else does; the weekday then differs.
    #[test]
    fn a_wrong_weekday_on_the_right_day_is_found() {
        let set = corpus(&[(
            "tribunal.txt",
            "The tribunal's decision, handed down in Ellisford on Monday 9 June 2025, dismissed \
             the appeal.",
        )]);
        assert_fires_in(
            &set,
            Rule::DateDiffers,
            "The ruling was handed down on Wednesday 9 June 2025.",
        );
    }

    /// A reference that gives the full date without a weekday still fixes it: 12 March
    /// 2024 was a Tuesday, and a sentence that calls it a Friday is wrong.
    #[test]
    fn a_weekday_the_calendar_denies_differs() {
        let set = corpus(&[(
            "harbour.txt",
            "The ferry Maren Sol was relaunched at Oskholm harbour on 12 March 2024 after a \
             refit that cost 4 million kroner.",
        )]);
        let wrong = "The Maren Sol was relaunched at Oskholm on Friday, 12 March 2024.";
        assert_fires_in(&set, Rule::DateDiffers, wrong);
        let (j, _) = crate::judge::explain_one(&set, wrong);
        assert_eq!(j.verdict, crate::judge::Verdict::Contradict, "{j:#?}");
        let right = "The Maren Sol was relaunched at Oskholm on Tuesday, 12 March 2024.";
        crate::judge::assert_not_fires_in(&set, Rule::DateDiffers, right);
    }

    /// A bare weekday is checked only in the clause of a figure the claim shares: the day
    /// a report came out is not the day of the event it reports.
    #[test]
    fn a_weekday_away_from_the_shared_figure_is_not_checked() {
        let set = corpus(&[(
            "library.txt",
            "The Hallam library reopened on Friday with 12,000 books on its shelves after a \
             two-year refit.",
        )]);
        crate::judge::assert_not_fires_in(
            &set,
            Rule::WeekdayDiffers,
            "The Hallam library reopened with 12,000 books on its shelves, according to a \
             council report published on Tuesday.",
        );
        assert_fires_in(
            &set,
            Rule::WeekdayDiffers,
            "The Hallam library reopened on Tuesday with 12,000 books on its shelves.",
        );
    }

    #[test]
    fn date_agrees() {
        assert_fires(
            Rule::DateAgrees,
            "Amazon announced on February 27, 2026 that it would lead a $110 billion round for OpenAI.",
        );
    }

    #[test]
    fn date_differs() {
        assert_fires(
            Rule::DateDiffers,
            "Amazon announced on March 27, 2026 that it would lead a $110 billion round for OpenAI.",
        );
    }

    #[test]
    fn a_date_one_document_gives_and_another_contradicts_is_disputed() {
        let set = corpus(&[
            (
                "a.txt",
                "Globex signed its coalition agreement with Initech on Thursday 20 November 2025 in Velmora.",
            ),
            (
                "b.txt",
                "Globex signed its coalition agreement with Initech on Friday 21 November 2025 in Velmora.",
            ),
        ]);
        let (j, _) = crate::judge::explain_one(
            &set,
            "Globex signed a coalition agreement with Initech on Thursday 20 November 2025.",
        );
        assert_eq!(j.verdict, crate::judge::Verdict::Match, "{j:#?}");
        assert!(j.disputed, "{j:#?}");
    }

    #[test]
    fn date_new() {
        assert_fires(
            Rule::DateNew,
            "OpenAI's $38 billion agreement with Amazon will be reviewed in June 2031.",
        );
    }

    #[test]
    fn weekday_agrees() {
        assert_fires(
            Rule::WeekdayAgrees,
            "OpenAI announced the $38 billion partnership with Amazon on Monday.",
        );
    }

    #[test]
    fn weekday_differs() {
        assert_fires(
            Rule::WeekdayDiffers,
            "OpenAI announced the $38 billion partnership with Amazon on a Friday.",
        );
    }

    fn pledge() -> crate::claims::ClaimSet {
        corpus(&[(
            "pledge.txt",
            "Globex will invest $11 billion in Initech's Texas plants by 2028.",
        )])
    }

    #[test]
    fn deadline_agrees() {
        assert_fires_in(
            &pledge(),
            Rule::DeadlineAgrees,
            "Globex will invest about $11 billion in Initech's Texas plants by 2028.",
        );
    }

    #[test]
    fn deadline_differs() {
        assert_fires_in(
            &pledge(),
            Rule::DeadlineDiffers,
            "Globex will invest about $11 billion in Initech's Texas plants by 2035.",
        );
    }
}
