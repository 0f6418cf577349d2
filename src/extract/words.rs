//! Content words: the concepts of a sentence's words, the words a negation denies, the
//! terms and window concepts compared with claims, and the qualifiers of figures.

use super::facts::Term;
use crate::clause::Clause;
use crate::entity::Mention;
use crate::lexicon::{class, EntityClass, Lexicon};
use crate::token::{Token, TokenKind};

/// How many content words on each side of a figure say what it is a figure of.
const ROLE_WORDS: usize = 3;
/// How many content words away a qualifier ("initial", "total") may stand from its figure.
const QUALIFIER_WORDS: usize = 3;

/// The concept a word stands for: its synonym group, else its stem's group, else its stem.
pub(super) fn concept_of<'a>(token: &'a Token, lexicon: &'a Lexicon) -> &'a str {
    if let Some(group) = token
        .may(class::SYNONYM)
        .then(|| lexicon.synonyms.get(token.lower()))
        .flatten()
    {
        return group;
    }
    if token.stem_may(class::SYNONYM) {
        lexicon.concept(token.stem())
    } else {
        token.stem()
    }
}

/// What a clause's negation denies (see `Clause::denied`), and the last content word of
/// that word's complement where one follows it (see `Clause::denied_complement`).
pub(super) fn denied(
    tokens: &[Token],
    lexicon: &Lexicon,
    consumed: &[bool],
    clause: &Clause,
) -> (Option<String>, Option<String>) {
    let Some(start) = clause.negation_end else {
        return (None, None);
    };
    let wanted = |k: usize| {
        !consumed[k] && is_content(&tokens[k], lexicon) && !is_light(&tokens[k], lexicon)
    };
    let Some(at) = (start..clause.tokens.end).find(|&k| wanted(k)) else {
        return (None, None);
    };
    let word = &tokens[at];
    let existence = [word.lower(), word.stem()]
        .iter()
        .any(|w| lexicon.existence_words.contains(*w));
    if existence {
        return (None, None);
    }
    let opens_complement = tokens
        .get(at + 1)
        .filter(|_| at + 1 < clause.tokens.end)
        .is_some_and(|t| lexicon.denial_complements.contains(t.lower()));
    // The complement is the run of content words after its opener, past any function
    // words before them ("of a first refusal"), up to the next function word or token that
    // is no word ("… refusal on the lease"); its last word heads it.
    let mut last = None;
    if opens_complement {
        for k in at + 2..clause.tokens.end {
            if tokens[k].kind != TokenKind::Word || consumed[k] {
                break;
            }
            if wanted(k) {
                last = Some(k);
            } else if last.is_some() {
                break;
            }
        }
    }
    let complement = last.map(|k| concept_of(&tokens[k], lexicon).to_string());
    (Some(concept_of(word, lexicon).to_string()), complement)
}

pub(super) fn is_content(token: &Token, lexicon: &Lexicon) -> bool {
    token.kind == TokenKind::Word
        // Two letters or more: looking for a second one, not counting them all.
        && token.lower().chars().nth(1).is_some()
        && !token.is_in(class::STOP, |w| lexicon.stopwords.contains(w))
        && !token.is_in(class::HEDGE, |w| lexicon.index.one_word_hedges.contains(w))
}

pub(super) fn terms(
    tokens: &[Token],
    lexicon: &Lexicon,
    consumed: &[bool],
    clause_of: &dyn Fn(usize) -> usize,
) -> Vec<Term> {
    // At most one term a token: room for all at once.
    let mut out: Vec<Term> = Vec::with_capacity(tokens.len());
    for (k, t) in tokens.iter().enumerate() {
        if consumed[k] || !is_content(t, lexicon) {
            continue;
        }
        let concept = concept_of(t, lexicon);
        if !out.iter().any(|x| x.concept == concept) {
            out.push(Term {
                concept: concept.to_string(),
                clause: clause_of(k),
                light: is_light(t, lexicon),
                span: t.span.clone(),
            });
        }
    }
    out
}

/// Content words near a figure, inside its clause: what the figure is a figure of.
pub(super) fn window_concepts(
    tokens: &[Token],
    lexicon: &Lexicon,
    consumed: &[bool],
    around: std::ops::Range<usize>,
    clause: &std::ops::Range<usize>,
) -> Vec<String> {
    let wanted = |k: &usize| {
        !consumed[*k] && !is_light(&tokens[*k], lexicon) && is_content(&tokens[*k], lexicon)
    };
    let before = (clause.start..around.start)
        .rev()
        .filter(wanted)
        .take(ROLE_WORDS);
    let after = (around.end..clause.end).filter(wanted).take(ROLE_WORDS);
    let mut out: Vec<String> = Vec::new();
    for k in before.chain(after) {
        let c = concept_of(&tokens[k], lexicon);
        if !out.iter().any(|x| x == c) {
            out.push(c.to_string());
        }
    }
    out
}

pub(super) fn is_light(t: &Token, lexicon: &Lexicon) -> bool {
    let listed = t.is_in(class::LIGHT, |w| lexicon.light_words.contains(w))
        || t.stem_is_in(class::LIGHT_STEM, |w| lexicon.index.light_stems.contains(w));
    listed
        && !t.is_in(class::SYNONYM, |w| lexicon.synonyms.contains_key(w))
        && !t.stem_is_in(class::SYNONYM, |w| lexicon.synonyms.contains_key(w))
}

/// Whose figure it is, when the sentence says so with a possessive right before it:
/// "OpenAI's recent $110 billion", "Amazon's $50 billion".
pub(super) fn owner(
    tokens: &[Token],
    mentions: &[Mention],
    at: usize,
    clause_start: usize,
) -> Option<String> {
    let m = mentions
        .iter()
        .rfind(|m| m.possessive && m.tokens.end <= at && m.tokens.start >= clause_start)?;
    // Not across punctuation: in "outbid Microsoft's, €4.1 billion to €3.8 billion" the possessive
    // stands for a noun of its own.
    let between = &tokens[m.tokens.end..at];
    let words = between.iter().filter(|t| t.kind == TokenKind::Word).count();
    let broken = between.iter().any(|t| t.kind == TokenKind::Punct);
    (words <= 2 && !broken).then(|| m.name.clone())
}

/// The participant named last before token `at` in its clause: who "matched that figure".
pub(super) fn nearest_before(
    mentions: &[Mention],
    at: usize,
    clause_start: usize,
) -> Option<String> {
    mentions
        .iter()
        .rfind(|m| {
            m.tokens.end <= at && m.tokens.start >= clause_start && m.class != EntityClass::Person
        })
        .map(|m| m.name.clone())
}

/// Qualifiers of a figure: "first", "total", "additional" among the words before it in
/// its clause, back to the previous figure (qualifiers lead: "an initial $15 billion
/// followed by another $35 billion"). Little words like "another" are read but not
/// counted in the reach, and neither are names.
pub(super) fn qualifiers(
    tokens: &[Token],
    lexicon: &Lexicon,
    consumed: &[bool],
    around: std::ops::Range<usize>,
    clause: &std::ops::Range<usize>,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut read = |range: &mut dyn Iterator<Item = usize>| {
        let mut words = 0;
        for k in range {
            let t = &tokens[k];
            // Stop at the previous figure and at a conjunction, which ends what came before
            // ("$15 billion first and $35 billion later").
            let conjunction = matches!(t.lower(), "and" | "or" | "," | ";");
            if t.kind == TokenKind::Number
                || lexicon.currencies.contains_key(t.lower())
                || conjunction
            {
                break;
            }
            if let Some(q) = lexicon.qualifiers.get(t.lower()) {
                if !out.contains(q) {
                    out.push(q.clone());
                }
            }
            words += usize::from(!consumed[k] && is_content(t, lexicon));
            if words >= QUALIFIER_WORDS {
                break;
            }
        }
    };
    read(&mut (clause.start..around.start).rev());
    out
}

#[cfg(test)]
mod tests {
    use crate::extract::{extract, Context};

    fn clauses(sentence: &str) -> Vec<crate::clause::Clause> {
        extract(
            sentence,
            &crate::claim_set().lexicon,
            &mut Context::default(),
        )
        .clauses
    }

    fn denied(sentence: &str) -> Vec<Option<String>> {
        clauses(sentence).into_iter().map(|c| c.denied).collect()
    }

    fn owners(sentence: &str) -> Vec<Option<String>> {
        extract(
            sentence,
            &crate::claim_set().lexicon,
            &mut Context::default(),
        )
        .quantities
        .into_iter()
        .map(|q| q.owner)
        .collect()
    }

    /// A possessive owns the figure right after it, but not across punctuation.
    #[test]
    fn a_possessive_owns_the_next_figure_within_its_phrase() {
        let owned = owners("Amazon's roughly €40 million went to the Lisbon plant.");
        assert_eq!(owned, [Some("Amazon".to_string())]);
        let tally = owners("Amazon outbid Microsoft's, €4.1 billion to €3.8 billion.");
        assert!(tally.iter().all(Option::is_none), "{tally:?}");
    }

    /// A denied word's complement narrows the denial to its last content word, up to the
    /// end of the words: "a right of first refusal" is a kind of right.
    #[test]
    fn a_complement_narrows_what_is_denied() {
        let narrowed = clauses("The club no longer has a right of first refusal on the lease.");
        let first = &narrowed[0];
        assert_eq!(first.denied.as_deref(), Some("right"));
        assert_eq!(first.denied_complement.as_deref(), Some("refusal"));
        let plain = clauses("The club no longer has a right to play there.");
        assert_eq!(plain[0].denied_complement, None);
    }

    /// A negation denies the first content word after it (as a concept: a stem or a
    /// synonym group), unless that word denies that something exists or happened: then it
    /// reaches the whole clause.
    #[test]
    fn a_negation_denies_the_word_after_it() {
        assert_eq!(
            denied("Amazon did not invest in OpenAI."),
            [Some("invest".into())]
        );
        assert_eq!(
            denied("Halvorsen does not plan to close the plant."),
            [Some("clos".into())]
        );
        assert_eq!(denied("The alliance never materialized."), [None]);
        assert_eq!(denied("Amazon invested in OpenAI."), [None]);
    }
}
