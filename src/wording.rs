//! How findings and disputes are said to a reader: the one place their typed values
//! ([`crate::finding`]) become words. The JSON report, the CLI and `--explain` all say them
//! through here. A reference document is named as a reader would name it (its title,
//! outlet and date where known), never by an internal word.

use crate::claims::{ClaimSet, Dispute, DisputeDetail, Document};
use crate::finding::{Detail, Finding, FindingKind};
use crate::judge::Judgement;
use crate::lexicon::Direction;
use crate::rule::Rule;

/// How a reader is told of document `doc`: “Title” (Outlet, date), Outlet (date), or,
/// with nothing known of it, "reference article N" by its place in the set.
pub fn document_name(set: &ClaimSet, doc: &str) -> String {
    let place = set.documents.iter().position(|d| d.name == doc);
    match place.map(|i| &set.documents[i]) {
        Some(d) => {
            described(d).unwrap_or_else(|| format!("reference article {}", place.unwrap_or(0) + 1))
        }
        None => "a reference article".to_string(),
    }
}

/// “Title” (Outlet, date), “Title”, Outlet (date), or nothing when the document says
/// nothing of itself.
fn described(d: &Document) -> Option<String> {
    let by: Vec<&str> = [d.outlet.as_str(), d.date.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    match (d.title.is_empty(), by.is_empty()) {
        (false, true) => Some(format!("“{}”", d.title)),
        (false, false) => Some(format!("“{}” ({})", d.title, by.join(", "))),
        (true, false) if !d.outlet.is_empty() => Some(match d.date.as_str() {
            "" => d.outlet.clone(),
            date => format!("{} ({date})", d.outlet),
        }),
        _ => None,
    }
}

/// The words of `finding` of `sentence` (the checked sentence's text), about its claim.
pub fn finding(set: &ClaimSet, finding: &Finding, sentence: &str) -> String {
    detail(set, &finding.detail, finding.claim, finding.rule, sentence)
}

/// Why a sentence got its verdict, in one line: the deciding finding's words, or for a
/// sentence left unchecked, why.
pub fn reason(set: &ClaimSet, judgement: &Judgement, sentence: &str) -> String {
    let deciding = judgement.findings.iter().find(|f| f.rule == judgement.rule);
    match deciding {
        Some(f) if f.kind != FindingKind::Unchecked => finding(set, f, sentence),
        Some(f) => finding(set, f, sentence),
        None => judgement.rule.description().to_string(),
    }
}

/// The words of `detail`, a finding about claim `claim` made by `rule`, of `sentence`.
pub fn detail(
    set: &ClaimSet,
    detail: &Detail,
    claim: Option<usize>,
    rule: Rule,
    sentence: &str,
) -> String {
    let source = claim.map_or_else(
        || "the references".to_string(),
        |id| document_name(set, &set.claims[id].doc),
    );
    let doc = source.as_str();
    match detail {
        Detail::Unchecked => rule.description().to_string(),
        Detail::NearestClaim => format!("{} ({doc}).", rule.description().trim_end_matches('.')),
        Detail::FigureAgrees { mine, theirs } => {
            format!("{mine} agrees with {doc}, which gives {theirs}.")
        }
        Detail::DateAgrees { mine, theirs } => {
            format!("{mine} agrees with {doc}, which gives {theirs}.")
        }
        Detail::FigureDiffers { mine, theirs } | Detail::DateDiffers { mine, theirs } => {
            format!("This says {mine}; {doc} says {theirs}.")
        }
        Detail::FigureOtherParty {
            mine,
            my_parties,
            theirs,
            their_parties,
        } => format!(
            "This gives {mine} to {}; {doc} gives {theirs} to {}.",
            my_parties.join(" and "),
            their_parties.join(" and ")
        ),
        Detail::FigureNew { mine } => {
            format!("It gives a figure the references do not: {mine}.")
        }
        Detail::DeadlineAgrees { mine, theirs } => {
            format!("The deadline, {mine}, agrees with {doc}, which says {theirs}.")
        }
        Detail::DeadlineDiffers {
            figure,
            mine,
            theirs,
        } => format!("This says {figure} by {mine}; {doc} says by {theirs}."),
        Detail::DateNew { mine } => {
            format!("It gives a date the references do not: {mine}.")
        }
        Detail::RoleAgrees { role, name } => format!("{name} as the {role}, as {doc} says."),
        Detail::RoleDiffers {
            role,
            name,
            their_role,
            their_name,
            exclusive,
        } => {
            let exclusive = if *exclusive { " exclusively" } else { "" };
            format!(
                "This says {} {name}; {doc} says{exclusive} {} {their_name}.",
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
            "This makes {party} the {mine} and {with} the {theirs} ({relation}); {doc} makes {party} the {theirs}."
        ),
        Detail::FrameOtherParty {
            relation,
            role,
            mine,
            theirs,
        } => format!("This makes {mine} the {role} ({relation}); {doc} names {theirs}."),
        Detail::FrameAgrees { relation, fillers } => {
            let said: Vec<String> = fillers
                .iter()
                .map(|(role, name)| format!("{name} the {role}"))
                .collect();
            format!("{} ({relation}), as {doc} says.", said.join(", "))
        }
        Detail::PolarityDiffers { denies: true } => format!("This denies what {doc} states."),
        Detail::PolarityDiffers { denies: false } => format!("This states what {doc} denies."),
        Detail::PolarityAgrees { denies: true } => format!("{} denies it too.", capitalised(doc)),
        Detail::PolarityAgrees { denies: false } => format!("{} states it too.", capitalised(doc)),
        Detail::RelationSide { relation, denies } => {
            format!("This {} {relation}, as {doc} does.", verb(*denies))
        }
        Detail::RelationDisputed {
            relation,
            rival_denies,
            ally,
        } => format!(
            "The references disagree: {doc} {} {relation}, while {} agrees with this sentence.",
            verb(*rival_denies),
            document_name(set, &set.claims[*ally].doc)
        ),
        Detail::DirectionAgrees { direction } => format!(
            "{}, as {doc} says.",
            capitalised(direction_word(set, *direction))
        ),
        Detail::DirectionDiffers { mine, theirs } => format!(
            "This says {}; {doc} says {}.",
            direction_word(set, *mine),
            direction_word(set, *theirs)
        ),
        Detail::AttributeAgrees { holder, value } => {
            format!("{holder} is {value}, as {doc} says.")
        }
        Detail::ParticipationAgrees { party, out } => {
            format!("{party} {}, as {doc} says.", took_part(*out))
        }
        Detail::ParticipationDiffers { party, out } => format!(
            "This says {party} {}; {doc} says it {}.",
            took_part(*out),
            took_part(!*out)
        ),
        Detail::OnlyPartyDiffers {
            party,
            other,
            claim_sole,
        } => {
            if *claim_sole {
                format!("This has {other} take part; {doc} says only {party} did.")
            } else {
                format!("This says only {party}; {doc} has {other} take part too.")
            }
        }
        Detail::ContrastDenied {
            denied,
            partner,
            role,
        } => format!(
            "This says {} {partner}, not {denied}; {doc} says {} {denied}.",
            role_phrase(set, role),
            role_phrase(set, role)
        ),
        Detail::ExclusiveShared {
            role,
            name,
            their_name,
        } => format!(
            "This says {} {name} too; {doc} says exclusively {} {their_name}.",
            role_phrase(set, role),
            role_phrase(set, role)
        ),
        Detail::Rank { mine, theirs } => {
            if rule == Rule::RankAgrees {
                format!("{mine} agrees with {doc}, which says {theirs}.")
            } else {
                format!("This says {mine}; {doc} says {theirs}.")
            }
        }
        Detail::AttributeDiffers {
            holder,
            mine,
            theirs,
        } => format!("This says {holder} is {mine}; {doc} says {theirs}."),
        Detail::NewName { name } => format!("It names {name}, which {doc} does not mention."),
        Detail::NewWords { words } => {
            let words: Vec<&str> = words
                .iter()
                .filter_map(|w| sentence.get(w.clone()))
                .collect();
            if words.is_empty() {
                "It adds details the references do not give.".to_string()
            } else {
                format!(
                    "It adds details the references do not give: {}.",
                    words.join(", ")
                )
            }
        }
        Detail::Restates => format!("It restates what {doc} says."),
        Detail::SourcesDisagree { inner, ally } => format!(
            "The references disagree. {} {} agrees with this sentence.",
            self::detail(set, inner, claim, rule, sentence),
            capitalised(&document_name(set, ally))
        ),
        Detail::KnownDispute { of, dispute } => format!(
            "The references disagree: {}",
            self::dispute(set, *of, &set.claims[*of].disputes[*dispute])
        ),
    }
}

/// A dispute of claim `owner` with another document's claim, both sides in one sentence
/// each: "“A” says $13 billion. “B” says eleven-billion-dollar."
pub fn dispute(set: &ClaimSet, owner: usize, d: &Dispute) -> String {
    let name = |id: usize| capitalised(&document_name(set, &set.claims[id].doc));
    match &d.detail {
        DisputeDetail::Found(found) => {
            let inner = match found {
                Detail::SourcesDisagree { inner, .. } => inner.as_ref(),
                other => other,
            };
            match inner {
                Detail::FigureDiffers { mine, theirs } | Detail::DateDiffers { mine, theirs } => {
                    format!(
                        "{} says {mine}. {} says {theirs}.",
                        name(owner),
                        name(d.with)
                    )
                }
                Detail::RoleDiffers {
                    role,
                    name: mine,
                    their_role,
                    their_name,
                    ..
                } => format!(
                    "{} says {} {mine}. {} says {} {their_name}.",
                    name(owner),
                    role_phrase(set, role),
                    name(d.with),
                    role_phrase(set, their_role)
                ),
                Detail::PolarityDiffers { denies } => format!(
                    "{} {} what {} {}.",
                    name(owner),
                    verb(*denies),
                    name(d.with),
                    verb(!*denies)
                ),
                other => format!(
                    "{} and {} differ: {}",
                    name(owner),
                    name(d.with),
                    detail(set, other, Some(d.with), Rule::SourcesDisagree, "")
                ),
            }
        }
        DisputeDetail::Relation {
            relation,
            denier,
            stater,
        } => format!(
            "{} denies {relation}. {} states it.",
            name(*denier),
            name(*stater)
        ),
    }
}

fn took_part(out: bool) -> &'static str {
    if out {
        "stayed out"
    } else {
        "took part"
    }
}

fn verb(denies: bool) -> &'static str {
    if denies {
        "denies"
    } else {
        "states"
    }
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// How a finding says a role ("on" Azure, "led by" Amazon): the lexicon's `role_phrase`.
fn role_phrase<'a>(set: &'a ClaimSet, role: &'a str) -> &'a str {
    set.lexicon
        .role_phrases
        .get(role)
        .map_or(role, String::as_str)
}

/// The lexicon's word for a direction on its axis ("a rise", "a fall").
fn direction_word(set: &ClaimSet, d: Direction) -> &str {
    set.lexicon.axes[usize::from(d.axis)].1[usize::from(d.up)].as_str()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words a reader should never meet: the engine's own vocabulary.
    const INTERNAL: [&str; 6] = ["seed", "claim #", ".txt", "stem", "lexicon", "rule"];

    #[test]
    fn findings_name_documents_and_quote_words_as_written() {
        let text = "Amazon invested $5 billion in OpenAI. Amazon will invest $50 billion in OpenAI to build hydroelectric turbines beside glaciers. Microsoft poured eleven billion dollars into OpenAI. Is it raining?";
        let set = crate::claim_set();
        for j in crate::judge::judge_text(text, set) {
            let sentence = &text[j.span.clone()];
            let mut said: Vec<String> = j
                .findings
                .iter()
                .map(|f| finding(set, f, sentence))
                .collect();
            said.push(reason(set, &j, sentence));
            for s in &said {
                for word in INTERNAL {
                    assert!(!s.to_lowercase().contains(word), "{word:?} in {s:?}");
                }
                assert!(s.ends_with('.'), "{s:?}");
            }
        }
        let new_words = crate::judge::judge_text(
            "Amazon will invest $50 billion in OpenAI to build hydroelectric turbines beside glaciers.",
            set,
        );
        let f = new_words[0]
            .findings
            .iter()
            .find(|f| f.rule == Rule::NewWords)
            .expect("new words");
        let said = finding(
            set,
            f,
            "Amazon will invest $50 billion in OpenAI to build hydroelectric turbines beside glaciers.",
        );
        assert!(
            said.contains("turbines") && said.contains("glaciers"),
            "{said}"
        );
    }

    #[test]
    fn a_document_is_named_by_what_is_known_of_it() {
        let mut d = Document::named("a.txt");
        assert_eq!(described(&d), None);
        d.outlet = "Reuters".into();
        d.date = "2026-02-27".into();
        assert_eq!(described(&d).as_deref(), Some("Reuters (2026-02-27)"));
        d.title = "OpenAI raises $110 billion".into();
        assert_eq!(
            described(&d).as_deref(),
            Some("“OpenAI raises $110 billion” (Reuters, 2026-02-27)")
        );
        let set = crate::claim_set();
        assert_eq!(
            document_name(set, "003_9f76e1638550ba3f.txt"),
            "“Cloud AI arms race intensifies”"
        );
        assert_eq!(
            document_name(set, "000_5fffbf302215fc10.txt"),
            "reference article 1"
        );
    }

    #[test]
    fn a_dispute_names_both_sides_in_one_sentence_each() {
        let set = crate::claim_set();
        let (owner, d) = set
            .claims
            .iter()
            .flat_map(|c| c.disputes.iter().map(move |d| (c.id, d)))
            .next()
            .expect("the bundled documents disagree somewhere");
        let said = dispute(set, owner, d);
        assert_eq!(said.matches(". ").count() + 1, 2, "{said}");
        assert!(!said.contains(".txt"), "{said}");
    }
}
