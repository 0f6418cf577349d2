//! The mood of a sentence (an assertion, a question, advice, a condition…) from the moods of
//! its clauses: the clauses that name a party or hold a figure or a date decide it.

use super::facts::Facts;
use crate::clause::Clause;
use crate::lexicon::Mood;

pub(super) fn sentence_mood(facts: &Facts, question: bool) -> Mood {
    if question {
        return Mood::Question;
    }
    // Which clauses name a participant or hold a figure or a date, marked in one pass.
    let mut anchors = vec![false; facts.clauses.len()];
    let clauses = facts
        .mentions
        .iter()
        .map(|m| facts.clause_of(m.tokens.start))
        .chain(facts.quantities.iter().map(|q| q.clause))
        .chain(facts.dates.iter().map(|d| d.clause));
    for c in clauses {
        if let Some(a) = anchors.get_mut(c) {
            *a = true;
        }
    }
    let anchored = |c: usize| anchors[c];
    // "Read more: …", "Click here to …": boilerplate leads with its call to action.
    if facts
        .clauses
        .first()
        .is_some_and(|c| c.mood == Mood::Advice)
    {
        return Mood::Advice;
    }
    let anchored_clauses: Vec<usize> = (0..facts.clauses.len()).filter(|&c| anchored(c)).collect();
    if anchored_clauses.iter().any(|&c| facts.clauses[c].asserts())
        || anchored_clauses.is_empty() && facts.clauses.iter().all(Clause::asserts)
    {
        return Mood::Assertion;
    }
    facts
        .clauses
        .iter()
        .map(|c| c.mood)
        .find(|m| *m != Mood::Assertion)
        .unwrap_or(Mood::Assertion)
}
