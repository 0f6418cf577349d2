//! Resolution: the findings of all aspects weighed into one verdict. Where one document
//! agrees with the sentence and another differs on the same topic, the documents disagree:
//! that is a dispute, not a contradiction, and the sentence sides with the document that
//! agrees. Rules: [`Rule::AgreedDetailNotDenied`], [`Rule::SourcesDisagree`], [`Rule::OneDisputePerSource`], [`Rule::KnownDispute`],
//! [`Rule::TooLittleExplained`], [`Rule::OppositePolarityUnchecked`],
//! [`Rule::OtherPartiesUnchecked`], [`Rule::Restates`].

use super::findings::Findings;
use super::{Outcome, Verdict};
use crate::align::Alignment;
use crate::finding::{Detail, Finding, FindingKind, Suppressed, Topic};
use crate::rule::Rule;

/// Settles the verdict of a sentence whose best claim is `best`; `opposite` says the best
/// claim has the opposite polarity, `other_parties` that it is about other parties.
pub(super) fn conclude(
    out: &mut Findings,
    best: &Alignment,
    opposite: bool,
    other_parties: bool,
) -> Outcome {
    let set = out.set;
    let agreements: Vec<(Topic, String)> = out
        .list
        .iter()
        .filter(|f| f.kind == FindingKind::Agrees)
        .filter_map(|f| {
            f.claim
                .map(|id| (f.topic.clone(), set.claims[id].doc.clone()))
        })
        .collect();
    // A sentence that agrees with a claim on its figures or dates does not deny it: the
    // negation was elsewhere in the claim ("a hurdle that no single provider can clear").
    let agreed_on_detail: Vec<usize> = out
        .list
        .iter()
        .filter(|f| {
            f.kind == FindingKind::Agrees && (f.topic.is_figure() || f.topic == Topic::Date)
        })
        .filter_map(|f| f.claim)
        .collect();
    drop_where(out, Rule::AgreedDetailNotDenied, |f| {
        f.kind == FindingKind::Differs
            && f.topic == Topic::Polarity
            && f.claim.is_some_and(|c| agreed_on_detail.contains(&c))
    });
    for f in &mut out.list {
        let Some(id) = f.claim.filter(|_| f.kind == FindingKind::Differs) else {
            continue;
        };
        let doc = &set.claims[id].doc;
        if let Some((_, ally)) = agreements
            .iter()
            .find(|(topic, ally)| *topic == f.topic && ally != doc)
        {
            if out.trace {
                out.suppressed.push(Suppressed {
                    finding: f.clone(),
                    by: Rule::SourcesDisagree,
                });
            }
            f.kind = FindingKind::Disputed;
            f.rule = Rule::SourcesDisagree;
            let inner = std::mem::replace(&mut f.detail, Detail::Restates);
            f.detail = Detail::SourcesDisagree {
                inner: Box::new(inner),
                ally: ally.clone(),
            };
        }
    }
    // One dispute per topic and rival document is enough to name it.
    let mut named: Vec<(Topic, &str)> = Vec::new();
    drop_where(out, Rule::OneDisputePerSource, |f| {
        let Some(id) = f.claim.filter(|_| f.kind == FindingKind::Disputed) else {
            return false;
        };
        let key = (f.topic.clone(), set.claims[id].doc.as_str());
        let first = !named.contains(&key);
        named.push(key);
        !first
    });
    // A claim the sentence agrees with, on a topic the documents dispute.
    let agreed: Vec<(usize, Topic, Option<Topic>)> = out
        .list
        .iter()
        .filter(|f| f.kind == FindingKind::Agrees)
        .filter_map(|f| {
            let figure = f.part.map(Topic::ClaimFigure);
            f.claim.map(|id| (id, f.topic.clone(), figure))
        })
        .collect();
    for (id, topic, figure) in &agreed {
        for (k, d) in set.claims[*id].disputes.iter().enumerate() {
            if !(d.topic == *topic || Some(&d.topic) == figure.as_ref()) {
                continue;
            }
            let rival_doc = &set.claims[d.with].doc;
            if out.list.iter().any(|f| {
                f.kind == FindingKind::Disputed
                    && (f.claim == Some(d.with)
                        || f.topic == *topic
                            && f.claim.is_some_and(|c| set.claims[c].doc == *rival_doc))
            }) {
                continue;
            }
            out.push(
                FindingKind::Disputed,
                Rule::KnownDispute,
                d.with,
                topic.clone(),
                Detail::KnownDispute {
                    of: *id,
                    dispute: k,
                },
            );
        }
    }
    // With nothing specific in common and little of the sentence explained, a related
    // claim is not enough to call it a match; nor is a claim of the opposite polarity, nor
    // one about other parties.
    if !out.has(FindingKind::Differs)
        && !out.has(FindingKind::Adds)
        && !out.has(FindingKind::Agrees)
    {
        let unchecked = if best.coverage < set.tuning.restate_coverage {
            Some(Rule::TooLittleExplained)
        } else if opposite {
            Some(Rule::OppositePolarityUnchecked)
        } else if other_parties {
            Some(Rule::OtherPartiesUnchecked)
        } else {
            None
        };
        if let Some(rule) = unchecked {
            return Outcome {
                verdict: Verdict::None,
                disputed: false,
                findings: vec![Finding {
                    claim: Some(best.claim),
                    detail: Detail::NearestClaim,
                    ..Finding::unchecked(rule)
                }],
                rule,
            };
        }
    }
    let disputed = out.has(FindingKind::Disputed);
    let verdict = if out.has(FindingKind::Differs) {
        Verdict::Contradict
    } else if out.has(FindingKind::Adds) {
        Verdict::Extend
    } else {
        if !out.has(FindingKind::Agrees) {
            out.push(
                FindingKind::Agrees,
                Rule::Restates,
                best.claim,
                Topic::Restates,
                Detail::Restates,
            );
        }
        Verdict::Match
    };
    let mut findings = std::mem::take(&mut out.list);
    findings.sort_by_key(|f| match f.kind {
        FindingKind::Differs => 0,
        FindingKind::Disputed => 1,
        FindingKind::Adds => 2,
        FindingKind::Agrees => 3,
        FindingKind::Unchecked => 4,
    });
    let deciding = match verdict {
        Verdict::Contradict => FindingKind::Differs,
        Verdict::Extend => FindingKind::Adds,
        _ => FindingKind::Agrees,
    };
    let rule = findings
        .iter()
        .find(|f| f.kind == deciding)
        .map_or(Rule::Restates, |f| f.rule);
    Outcome {
        verdict,
        disputed,
        findings,
        rule,
    }
}

/// Removes the findings `drop` picks, recording them as suppressed by `rule`.
fn drop_where(out: &mut Findings, rule: Rule, mut drop: impl FnMut(&Finding) -> bool) {
    let trace = out.trace;
    let mut dropped = Vec::new();
    out.list.retain(|f| {
        let gone = drop(f);
        if gone && trace {
            dropped.push(Suppressed {
                finding: f.clone(),
                by: rule,
            });
        }
        !gone
    });
    out.suppressed.extend(dropped);
}

#[cfg(test)]
mod tests {
    use crate::judge::{assert_fires, assert_fires_in, corpus};
    use crate::rule::Rule;

    #[test]
    fn agreed_detail_not_denied() {
        assert_fires(
            Rule::AgreedDetailNotDenied,
            "Amazon did not announce that it would lead a $110 billion funding round for OpenAI.",
        );
    }

    #[test]
    fn sources_disagree() {
        assert_fires(Rule::SourcesDisagree, "OpenAI's Frontier runs on AWS.");
    }

    #[test]
    fn one_dispute_per_source() {
        let set = corpus(&[
            ("a.txt", "Globex runs Frontier on Azure for Initech."),
            (
                "b.txt",
                "Globex runs Frontier on AWS for Initech. Globex runs Frontier on Google Cloud for Initech.",
            ),
        ]);
        assert_fires_in(
            &set,
            Rule::OneDisputePerSource,
            "Globex runs Frontier on Azure for Initech.",
        );
    }

    #[test]
    fn known_dispute() {
        assert_fires(
            Rule::KnownDispute,
            "Microsoft poured eleven billion dollars into OpenAI.",
        );
    }

    #[test]
    fn too_little_explained() {
        assert_fires(
            Rule::TooLittleExplained,
            "OpenAI will pay for the Amazon servers in cash.",
        );
    }

    #[test]
    fn opposite_polarity_unchecked() {
        assert_fires(
            Rule::OppositePolarityUnchecked,
            "Amazon no longer owns any stake in OpenAI.",
        );
    }

    #[test]
    fn other_parties_unchecked() {
        assert_fires(Rule::OtherPartiesUnchecked, "AWS and Azure compete.");
    }

    #[test]
    fn restates() {
        assert_fires(
            Rule::Restates,
            "Amazon and OpenAI executives met reporters in Seattle.",
        );
    }
}
