//! What extraction adds to the figures the quantity reader found: the whole a share is of,
//! bounds turned by a negation ("did not fall below"), earlier values ("down from 71.8%"),
//! and the last money figure carried to a phrase that refers back to it ("matched that
//! figure").

use super::facts::Facts;
use super::words::{concept_of, is_content};
use crate::clause::Clause;
use crate::lexicon::{class, Hedge, Lexicon, UnitKind};
use crate::quantity::{Measure, Quantity, Whole};
use crate::token::{Token, TokenKind};

/// "down from 71.8 per cent", "from 4.91 per cent to 4.93 per cent": a figure right after a
/// previous-value marker, in a change (a direction word just before the marker, or "to"
/// and another figure just after the figure), is an earlier value; its qualifier.
pub(super) fn previous_value(
    tokens: &[Token],
    lexicon: &Lexicon,
    figure: std::ops::Range<usize>,
    spans: &[std::ops::Range<usize>],
) -> Option<String> {
    let k = figure.start.checked_sub(1)?;
    let marker = lexicon.previous_markers.get(tokens[k].lower())?;
    let moved =
        (k.saturating_sub(2)..k).any(|j| lexicon.directions.contains_key(tokens[j].lower()));
    let to_another = tokens.get(figure.end).is_some_and(|t| t.lower() == "to")
        && spans.iter().any(|s| s.start == figure.end + 1);
    (moved || to_another).then(|| marker.clone())
}

/// How many tokens after a share or a multiple its whole may start ("three times the size
/// of Amazon's opening $15 billion").
const WHOLE_REACH: usize = 8;
/// How many words of a whole's name are read ("their previous record fee").
const WHOLE_WORDS: usize = 3;

/// What each share ("less than half of OpenAI's $110 billion round", "a quarter of the
/// round") and multiple ("double the £23 million", "thirteen times its initial $1
/// billion", "four times what Microsoft has invested") is of: a figure of the sentence
/// within reach, else the first word that is not a little word or a name, with the party
/// named before it.
pub(super) fn attach_wholes(
    tokens: &[Token],
    lexicon: &Lexicon,
    consumed: &[bool],
    facts: &Facts,
    quantities: &mut [Quantity],
) {
    let starts: Vec<usize> = quantities.iter().map(|q| q.tokens.start).collect();
    for q in quantities.iter_mut() {
        let after = q.tokens.end;
        let word = |k: usize| tokens.get(k).map_or("", |t| t.lower());
        // A multiple names its base with a word ("double the", "twice what") or gives it
        // ("three times Hooli's $30 billion").
        let named = lexicon.multiplier_after.contains(word(after));
        let from = match q.measure {
            Measure::Unit(UnitKind::Percent) if word(after) == "of" => after + 1,
            Measure::Unit(UnitKind::Multiplier) => after,
            _ => continue,
        };
        let clause = &facts.clauses[q.clause].tokens;
        let reach = from..(from + WHOLE_REACH).min(clause.end).min(tokens.len());
        let stop = |k: &usize| matches!(tokens[*k].lower(), "," | ";" | ":" | "(");
        let end = reach.clone().find(stop).unwrap_or(reach.end);
        if let Some(&start) = starts.iter().find(|&&s| (from..end).contains(&s)) {
            q.whole = Some(Whole::Figure(start));
            continue;
        }
        if q.measure == Measure::Unit(UnitKind::Multiplier) && !named {
            continue;
        }
        let mut owner = None;
        let mut concepts: Vec<String> = Vec::new();
        for k in from..end {
            let content = !consumed[k] && is_content(&tokens[k], lexicon);
            if !content && !concepts.is_empty() || concepts.len() == WHOLE_WORDS {
                break;
            }
            if consumed[k] {
                if let Some(m) = facts.mentions.iter().find(|m| m.tokens.contains(&k)) {
                    owner = Some(m.name.clone());
                }
            } else if content {
                concepts.push(concept_of(&tokens[k], lexicon).to_string());
            }
        }
        if !concepts.is_empty() {
            q.whole = Some(Whole::Noun { concepts, owner });
        }
    }
}

/// How many words may stand between a negation and a bound it turns ("did not fall below").
const NEGATED_BOUND_REACH: usize = 2;

/// "did not fall below 26°C" is "26°C or more", "did not rise above 5%" is "5% at most":
/// a negation just before a bound turns the bound, and the clause then affirms the figure
/// (it denies no event, and moves nothing either way).
pub(super) fn read_bounds_through_negation(
    tokens: &[Token],
    lexicon: &Lexicon,
    quantities: &mut [Quantity],
    clauses: &mut [Clause],
) {
    for q in quantities.iter_mut() {
        let Some(clause) = clauses.get_mut(q.clause) else {
            continue;
        };
        let Some(after) = clause.negation_end.filter(|_| clause.negated) else {
            continue;
        };
        let near = after <= q.tokens.start
            && tokens[after..q.tokens.start]
                .iter()
                .filter(|t| t.kind == TokenKind::Word && !lexicon.stopwords.contains(t.lower()))
                .count()
                <= NEGATED_BOUND_REACH;
        let turned = match q.hedge {
            Some(Hedge::LessThan) => Hedge::AtLeast,
            Some(Hedge::MoreThan) => Hedge::UpTo,
            _ => continue,
        };
        if !near {
            continue;
        }
        let (low, high) = crate::quantity::interval(q.value, 0.0, Some(turned));
        (q.hedge, q.low, q.high) = (Some(turned), low, high);
        clause.negated = false;
        clause.negation_end = None;
        clause.direction = None;
    }
}

/// "SoftBank matched that figure": the last money figure before the phrase applies again,
/// now to the clause of the phrase.
pub(super) fn carry_anaphoric_figures(
    text: &str,
    tokens: &[Token],
    lexicon: &Lexicon,
    quantities: &mut Vec<Quantity>,
    clause_of: &dyn Fn(usize) -> usize,
) {
    for k in 0..tokens.len() {
        if !tokens[k].may(class::ANAPHORIC) {
            continue;
        }
        for &i in lexicon
            .index
            .anaphoric_figures
            .starting_with(tokens[k].lower())
        {
            let phrase = &lexicon.anaphoric_figures[i];
            let n = phrase.len();
            if k + n > tokens.len()
                || !tokens[k..k + n]
                    .iter()
                    .zip(phrase)
                    .all(|(t, w)| t.lower() == *w)
            {
                continue;
            }
            let antecedent = quantities
                .iter()
                .rfind(|q| !q.copied && q.tokens.end <= k && matches!(q.measure, Measure::Money(_)))
                .cloned();
            if let Some(q) = antecedent {
                let said = &text[tokens[k].span.start..tokens[k + n - 1].span.end];
                quantities.push(Quantity {
                    text: format!("{said} ({})", q.text),
                    tokens: k..k + n,
                    clause: clause_of(k),
                    copied: true,
                    ..q
                });
            }
            break;
        }
    }
    quantities.sort_by_key(|q| q.tokens.start);
    quantities.dedup_by(|a, b| a.tokens == b.tokens);
}

#[cfg(test)]
mod tests {
    use crate::extract::{extract, Context};
    use crate::lexicon::Hedge;

    /// A negation just before a bound turns it, and the clause affirms the figure.
    #[test]
    fn a_negated_bound_is_the_other_bound() {
        let lexicon = &crate::claim_set().lexicon;
        for (text, hedge) in [
            ("The temperature did not fall below 26°C.", Hedge::AtLeast),
            ("No boulder on it is larger than 20 metres.", Hedge::UpTo),
        ] {
            let facts = extract(text, lexicon, &mut Context::default());
            assert_eq!(facts.quantities[0].hedge, Some(hedge), "{text}");
            assert!(!facts.clauses[facts.quantities[0].clause].negated, "{text}");
        }
        let facts = extract(
            "Turnout was 67.3%, down from 71.8% in 2021.",
            lexicon,
            &mut Context::default(),
        );
        assert!(facts.quantities[1]
            .qualifiers
            .contains(&"previous".to_string()));
        assert!(facts.quantities[0].qualifiers.is_empty());
    }
}
