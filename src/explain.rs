//! `factmark check --explain`: for each sentence, the claims it was compared with and
//! their alignment, every rule that fired (findings that stand and findings a rule
//! suppressed, with that rule), and the rule that decided the verdict.

use crate::claims::ClaimSet;
use crate::judge::{explain_text, Judgement, Trace};
use crate::wording;
use std::fmt::Write;

/// The explanation of every sentence of `text`, as text for a person.
pub fn explain(text: &str, set: &ClaimSet) -> String {
    let mut out = String::new();
    for (judgement, trace) in explain_text(text, set) {
        sentence(&mut out, text, set, &judgement, &trace);
    }
    out
}

fn sentence(out: &mut String, text: &str, set: &ClaimSet, j: &Judgement, trace: &Trace) {
    let verdict = format!("{:?}", j.verdict).to_lowercase();
    let disputed = if j.disputed { ", disputed" } else { "" };
    // Writing to a String cannot fail.
    let _ = writeln!(out, "[{verdict}{disputed}] {}", text[j.span.clone()].trim());
    let _ = writeln!(out, "  decided by {}: {}", j.rule, j.rule.description());
    if !trace.frames.is_empty() {
        let _ = writeln!(out, "  frames: {}", frames(&trace.frames));
    }
    for a in &trace.considered {
        let claim = &set.claims[a.claim];
        let _ = writeln!(
            out,
            "  compared with claim {} ({}): score {:.2}, explains {:.0}%, shares {} names, {} figures, {} dates, {} words{}",
            a.claim,
            claim.doc,
            a.score,
            100.0 * a.coverage,
            a.shared_names,
            a.shared_quantities,
            a.shared_dates,
            a.shared_terms,
            if a.same_event() { "; same event" } else { "" }
        );
        let _ = writeln!(out, "      “{}”", claim.quote.trim());
        if !claim.facts.frames.is_empty() {
            let _ = writeln!(out, "      frames: {}", frames(&claim.facts.frames));
        }
    }
    let sentence = &text[j.span.clone()];
    for f in &j.findings {
        let _ = writeln!(
            out,
            "  {:?} by {}: {}",
            f.kind,
            f.rule,
            wording::finding(set, f, sentence)
        );
    }
    for s in &trace.suppressed {
        let _ = writeln!(
            out,
            "  suppressed by {}: {:?} by {}: {}",
            s.by,
            s.finding.kind,
            s.finding.rule,
            wording::finding(set, &s.finding, sentence)
        );
    }
}

/// Frames as `relation(role=name, …)`, joined.
fn frames(frames: &[crate::frame::Frame]) -> String {
    frames
        .iter()
        .map(|f| f.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sentence_names_its_deciding_rule_and_what_it_was_compared_with() {
        let text = "Amazon invested $5 billion in OpenAI. Is it raining? ";
        let out = explain(text, crate::claim_set());
        assert!(
            out.contains("[contradict] Amazon invested $5 billion in OpenAI."),
            "{out}"
        );
        assert!(
            out.contains("decided by figure-same-owner-differs"),
            "{out}"
        );
        assert!(out.contains("compared with claim"), "{out}");
        assert!(out.contains("[none] Is it raining?"), "{out}");
        assert!(out.contains("decided by question"), "{out}");
    }

    #[test]
    fn suppressed_findings_are_shown_with_the_rule_that_removed_them() {
        let out = explain(
            "Microsoft no longer has an exclusive partnership with OpenAI.",
            crate::claim_set(),
        );
        assert!(out.contains("suppressed by ceased-after-past"), "{out}");
    }

    #[test]
    fn any_input_is_explained_sentence_by_sentence() {
        for text in ["", "   ", "…", "$", "🚀🚀", "A. B. C.", "((((", "1 2 3 4 5"] {
            let out = explain(text, crate::claim_set());
            let sentences = crate::check(text).sentences.len();
            assert_eq!(
                out.matches("\n  decided by ").count(),
                sentences,
                "{text:?}: {out}"
            );
        }
    }
}
