//! The findings of one sentence as the judge's aspects add them.

use crate::claims::ClaimSet;
use crate::finding::{Detail, Finding, FindingKind, Suppressed, Topic};
use crate::rule::Rule;

/// The findings of one sentence as the aspects add them.
pub(crate) struct Findings<'s> {
    pub set: &'s ClaimSet,
    pub list: Vec<Finding>,
    /// Kept only when the sentence is explained (`trace`).
    pub suppressed: Vec<Suppressed>,
    pub trace: bool,
}

impl<'s> Findings<'s> {
    pub fn new(set: &'s ClaimSet, trace: bool) -> Self {
        Findings {
            set,
            list: Vec::new(),
            suppressed: Vec::new(),
            trace,
        }
    }

    /// Adds a finding about claim `claim`, unless one of the same kind already says the
    /// same of the same document.
    pub fn push(
        &mut self,
        kind: FindingKind,
        rule: Rule,
        claim: usize,
        topic: Topic,
        detail: Detail,
    ) {
        self.push_part(kind, rule, claim, None, topic, detail);
    }

    pub fn push_part(
        &mut self,
        kind: FindingKind,
        rule: Rule,
        claim: usize,
        part: Option<usize>,
        topic: Topic,
        detail: Detail,
    ) {
        let doc = &self.set.claims[claim].doc;
        let said = self.list.iter().any(|f| {
            f.kind == kind
                && f.detail == detail
                && f.claim.is_some_and(|c| self.set.claims[c].doc == *doc)
        });
        if !said {
            self.list.push(Finding {
                kind,
                rule,
                topic,
                detail,
                claim: Some(claim),
                part,
            });
        }
    }

    pub fn has(&self, kind: FindingKind) -> bool {
        self.list.iter().any(|f| f.kind == kind)
    }

    /// Records, when explaining, that `by` prevented a finding.
    pub fn prevented(&mut self, by: Rule, make: impl FnOnce() -> Finding) {
        if self.trace {
            self.suppressed.push(Suppressed {
                finding: make(),
                by,
            });
        }
    }
}
