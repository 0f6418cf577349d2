//! How findings and disputes are said to a person: the one place their typed values
//! ([`crate::finding`]) become words. The JSON report, the CLI and `--explain` all say
//! them through here.

use crate::claims::{ClaimSet, Dispute, DisputeDetail};
use crate::finding::{Detail, Finding};
use crate::lexicon::Direction;
use crate::rule::Rule;

/// The words of `finding`, about its claim in `set`.
pub fn finding(set: &ClaimSet, finding: &Finding) -> String {
    detail(set, &finding.detail, finding.claim, finding.rule)
}

/// The words of `detail`, a finding about claim `claim` made by `rule`.
pub fn detail(set: &ClaimSet, detail: &Detail, claim: Option<usize>, rule: Rule) -> String {
    let doc = claim.map_or("", |id| set.claims[id].doc.as_str());
    match detail {
        Detail::Unchecked => unchecked(rule).to_string(),
        Detail::NearestClaim => format!("nothing specific to check; the nearest claim is in {doc}"),
        Detail::FigureAgrees { mine, theirs } | Detail::DateAgrees { mine, theirs } => {
            format!("{mine} agrees with {doc}: {theirs}")
        }
        Detail::FigureDiffers { mine, theirs } | Detail::DateDiffers { mine, theirs } => {
            format!("says {mine}; {doc} says {theirs}")
        }
        Detail::FigureOtherParty {
            mine,
            my_parties,
            theirs,
            their_parties,
        } => format!(
            "says {mine} of {}; {doc} gives {theirs} to {}",
            my_parties.join(" and "),
            their_parties.join(" and ")
        ),
        Detail::FigureNew { mine } => format!("gives a figure no seed states here: {mine}"),
        Detail::DeadlineAgrees { mine, theirs } => {
            format!("by {mine} agrees with {doc}: by {theirs}")
        }
        Detail::DeadlineDiffers {
            figure,
            mine,
            theirs,
        } => format!("says {figure} by {mine}; {doc} says by {theirs}"),
        Detail::DateNew { mine } => format!("gives a date no seed states here: {mine}"),
        Detail::RoleAgrees { role, name } => format!("{name} ({role}) agrees with {doc}"),
        Detail::RoleDiffers {
            role,
            name,
            their_role,
            their_name,
            exclusive,
        } => {
            let exclusive = if *exclusive { " exclusively" } else { "" };
            format!(
                "says {} {name}; {doc} says{exclusive} {} {their_name}",
                role_phrase(set, role),
                role_phrase(set, their_role)
            )
        }
        Detail::FrameExchanged {
            relation,
            party,
            mine,
            theirs,
            with,
        } => format!(
            "says {party} is the {mine} and {with} the {theirs} ({relation}); {doc} says {party} is the {theirs}"
        ),
        Detail::FrameOtherParty {
            relation,
            role,
            mine,
            theirs,
        } => format!("says {mine} is the {role} ({relation}); {doc} says {theirs}"),
        Detail::FrameAgrees { relation, fillers } => {
            let said: Vec<String> = fillers
                .iter()
                .map(|(role, name)| format!("{name} the {role}"))
                .collect();
            format!("{} ({relation}) agrees with {doc}", said.join(", "))
        }
        Detail::PolarityDiffers { denies } => {
            let (mine, theirs) = if *denies {
                ("denies", "states")
            } else {
                ("states", "denies")
            };
            format!("{mine} what {doc} {theirs}")
        }
        Detail::RelationSide { relation, denies } => {
            format!("{} {relation}, as {doc} does", verb(*denies))
        }
        Detail::RelationDisputed {
            relation,
            rival_denies,
            ally,
        } => format!(
            "the seeds disagree: {doc} {} {relation}; {} agrees with the sentence",
            verb(*rival_denies),
            set.claims[*ally].doc
        ),
        Detail::DirectionAgrees { direction } => {
            format!("{} agrees with {doc}", direction_word(set, *direction))
        }
        Detail::DirectionDiffers { mine, theirs } => format!(
            "says {}; {doc} says {}",
            direction_word(set, *mine),
            direction_word(set, *theirs)
        ),
        Detail::AttributeAgrees { holder, value } => format!("{holder} is {value} in {doc} too"),
        Detail::AttributeDiffers {
            holder,
            mine,
            theirs,
        } => format!("says {holder} is {mine}; {doc} says {theirs}"),
        Detail::NewName { name } => format!("names {name}, which {doc} does not mention"),
        Detail::NewWords { words } => {
            format!("adds detail the seeds do not give ({})", words.join(", "))
        }
        Detail::Restates => format!("restates what {doc} says"),
        Detail::SourcesDisagree { inner, ally } => format!(
            "the seeds disagree: {}; {ally} agrees with the sentence",
            self::detail(set, inner, claim, rule)
        ),
        Detail::KnownDispute { of, dispute } => format!(
            "the seeds disagree: {} (see {doc})",
            self::dispute(set, *of, &set.claims[*of].disputes[*dispute])
        ),
    }
}

/// Why a sentence went unchecked, by the gate that closed.
fn unchecked(rule: Rule) -> &'static str {
    match rule {
        Rule::Question => "a question: it asserts nothing to check",
        Rule::Conditional => "a conditional or counterfactual: it asserts nothing to check",
        Rule::Speculation => "speculation or a prediction: it asserts nothing to check",
        Rule::Advice => "advice or a call to action: it asserts nothing to check",
        Rule::Opinion => "an opinion: it asserts nothing to check",
        Rule::NoCheckableDetail | Rule::OneDetailUnexplained => {
            "too few checkable details (names, figures, dates)"
        }
        _ => "no seed claim is about this",
    }
}

/// A dispute of claim `owner`, told from its side ("000_….txt says $13 billion; 004_….txt
/// says eleven-billion-dollar").
pub fn dispute(set: &ClaimSet, owner: usize, d: &Dispute) -> String {
    let doc = |id: usize| set.claims[id].doc.as_str();
    match &d.detail {
        DisputeDetail::Found(found) => {
            let told = match found {
                // The difference itself, and who agrees only where it is one clause.
                Detail::SourcesDisagree { inner, ally } if !two_clauses(inner) => format!(
                    "{}; {ally} agrees with the sentence",
                    detail(set, inner, Some(d.with), Rule::SourcesDisagree)
                ),
                Detail::SourcesDisagree { inner, .. } => {
                    detail(set, inner, Some(d.with), Rule::SourcesDisagree)
                }
                other => detail(set, other, Some(d.with), Rule::SourcesDisagree),
            };
            format!("{} {told}", doc(owner))
        }
        DisputeDetail::Relation {
            relation,
            denier,
            stater,
        } => {
            if owner == *denier {
                format!(
                    "{} denies {relation}; {} states it",
                    doc(*denier),
                    doc(*stater)
                )
            } else {
                format!(
                    "{} states {relation}; {} denies it",
                    doc(*stater),
                    doc(*denier)
                )
            }
        }
    }
}

/// Whether a difference is told in two clauses, the sentence's and the claim's.
fn two_clauses(detail: &Detail) -> bool {
    !matches!(detail, Detail::PolarityDiffers { .. })
}

fn verb(denies: bool) -> &'static str {
    if denies {
        "denies"
    } else {
        "states"
    }
}

/// How a finding says a role ("on" Azure, "led by" Amazon): the lexicon's `role_phrase`.
fn role_phrase<'a>(set: &'a ClaimSet, role: &'a str) -> &'a str {
    set.lexicon
        .role_phrases
        .get(role)
        .map_or(role, String::as_str)
}

/// The lexicon's word for a direction on its axis ("rose", "fell").
fn direction_word(set: &ClaimSet, d: Direction) -> &str {
    set.lexicon.axes[usize::from(d.axis)].1[usize::from(d.up)].as_str()
}
