//! Marks of contrast, exclusivity and participation: what a sentence says of one party
//! beyond its figures and roles. "SoftBank sat out the round" (the party stays out),
//! "Nvidia matched that figure" (it takes part), "Amazon was the only investor" (no other
//! party does), "Azure rather than AWS" (the party after the marker is denied what the
//! one before it is given), and who a negation is about ("Microsoft, which did not lead
//! the round": Microsoft). The words are data (`seeds/lexicon/contrast.tsv`); the judge
//! compares the marks in `judge::participation` and `judge::contrast`.

use crate::clause::Clause;
use crate::entity::Mention;
use crate::lexicon::{class, EntityClass, Lexicon, Phrase};
use crate::token::{Token, TokenKind};
use serde::{Deserialize, Serialize};

/// The lexicon's words for marks, each list of phrases lower case and split as the
/// tokenizer splits (`crate::lexicon::phrase`).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct MarkWords {
    /// A party stays out of an event: "sat out", "stayed on the sidelines of".
    pub stay_out: Vec<Phrase>,
    /// A party takes part in an event: "joined", "matched", "fielded".
    pub take_part: Vec<Phrase>,
    /// Before a taking-part phrase, these make it a staying out: "declined to join".
    pub decline: Vec<Phrase>,
    /// Words that make their party the only one in a role: "the only investor".
    pub sole: Vec<Phrase>,
    /// Before a word of `sole`, one of these makes it a role ("the only", "its sole"),
    /// not a restriction ("only the second-largest").
    pub sole_determiners: Vec<String>,
    /// Markers after which a party is denied what the party before them is given:
    /// "Azure rather than AWS", "AWS instead of Azure".
    pub contrast: Vec<Phrase>,
    /// Words that open a relative clause, whose party is the one named before it.
    pub relative: Vec<String>,
    /// Words that join two parties in one part: "on Bedrock and on Azure", "Bedrock as
    /// well as Azure".
    pub also: Vec<Phrase>,
    /// Ordinal words and their places ("second" → 2).
    pub ordinals: Vec<(String, u8)>,
    /// Superlatives and what they rank by ("biggest" → large): place 1 on that scale.
    pub superlatives: Vec<(String, String)>,
    /// An ordinal standing alone after one of these words ("finished a distant third",
    /// "climbed to fourth") is a place in a ranking: the noun of that ranking, and the
    /// words.
    pub standing_place: Option<(String, Vec<String>)>,
    /// Words that make a first the first ever ("ever", "on record", "in history").
    pub ever: Vec<Phrase>,
    /// Words that make a first the first since a time ("since"): there were others before.
    pub since: Vec<String>,
}

impl MarkWords {
    /// The lexicon kinds read here.
    pub const KINDS: [&'static str; 13] = [
        "also",
        "ordinal",
        "standing_place",
        "superlative",
        "ever",
        "since",
        "stay_out",
        "take_part",
        "decline",
        "sole",
        "sole_determiner",
        "contrast",
        "relative",
    ];

    /// Adds a lexicon row (its fields, the kind first) of one of [`MarkWords::KINDS`].
    pub fn add(&mut self, fields: &[&str]) -> Result<(), String> {
        let field = |i: usize| {
            fields
                .get(i)
                .copied()
                .filter(|s| !s.is_empty())
                .ok_or_else(|| format!("`{}` needs field {}", fields[0], i + 1))
        };
        let words = |i: usize| -> Result<Vec<String>, String> {
            Ok(field(i)?
                .split('|')
                .map(|w| w.trim().to_lowercase())
                .filter(|w| !w.is_empty())
                .collect())
        };
        let phrases = |i: usize| -> Result<Vec<Phrase>, String> {
            Ok(words(i)?
                .iter()
                .map(|w| crate::lexicon::phrase(w))
                .collect())
        };
        match fields[0] {
            "stay_out" => self.stay_out.extend(phrases(1)?),
            "take_part" => self.take_part.extend(phrases(1)?),
            "decline" => self.decline.extend(phrases(1)?),
            "sole" => self.sole.extend(phrases(1)?),
            "contrast" => self.contrast.extend(phrases(1)?),
            "also" => self.also.extend(phrases(1)?),
            "ever" => self.ever.extend(phrases(1)?),
            "since" => self.since.extend(words(1)?),
            "sole_determiner" => self.sole_determiners.extend(words(1)?),
            "relative" => self.relative.extend(words(1)?),
            "ordinal" => {
                let place: u8 = field(1)?
                    .parse()
                    .map_err(|_| format!("`{}` is not a place", field(1).unwrap_or("")))?;
                self.ordinals
                    .extend(words(2)?.into_iter().map(|w| (w, place)));
            }
            "standing_place" => {
                let noun = field(1)?.to_lowercase();
                if let Some(phrase) = words(2)?.iter().find(|w| w.contains(' ')) {
                    return Err(format!(
                        "`standing_place` takes one word each, not {phrase}"
                    ));
                }
                match &mut self.standing_place {
                    Some((given, before)) if *given == noun => before.extend(words(2)?),
                    Some((given, _)) => {
                        return Err(format!("`standing_place` is {given} already, not {noun}"))
                    }
                    None => self.standing_place = Some((noun, words(2)?)),
                }
            }
            _ => {
                let scale = field(1)?.to_string();
                self.superlatives
                    .extend(words(2)?.into_iter().map(|w| (w, scale.clone())));
            }
        }
        Ok(())
    }

    /// The first words of every phrase: a token that is none of them starts no mark.
    pub fn first_words(&self) -> impl Iterator<Item = &str> {
        [
            &self.stay_out,
            &self.take_part,
            &self.decline,
            &self.sole,
            &self.contrast,
            &self.also,
        ]
        .into_iter()
        .flatten()
        .filter_map(|p| p.first().map(String::as_str))
        .chain(self.ordinals.iter().map(|(w, _)| w.as_str()))
        .chain(self.superlatives.iter().map(|(w, _)| w.as_str()))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkKind {
    /// The party stays out of the event ("sat out", "declined to join", "did not sign").
    StaysOut,
    /// The party takes part in it ("joined", "matched that figure", "did not sit out").
    TakesPart,
    /// The party is the only one in its role ("the only investor in the round").
    Only,
    /// The party is denied what another is given ("Azure rather than AWS": AWS).
    Denied,
    /// The party is the one a negation is about ("Microsoft, which did not lead").
    Denies,
    /// The party shares a part with another ("on Bedrock and on Azure": Azure).
    Also,
    /// A place in a ranking ("the second-largest round", "the first woman to lead").
    Rank,
}

/// One mark: its kind, the party it is about, its clause, and the content words after its
/// marker in the clause (the event: "sat out OpenAI's round" → round).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mark {
    pub kind: MarkKind,
    pub party: String,
    pub clause: usize,
    /// The event's content words, as concepts (light words left out).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub event: Vec<String>,
    /// The taking-part word's concept ("join", "lead"), where the mark has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
    /// For [`MarkKind::Denied`], the party given what the marked one is denied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner: Option<String>,
    /// For [`MarkKind::Rank`], the place and what it ranks by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank: Option<Rank>,
}

/// A place in a ranking: "the second-largest" is place 2 by size; "the first woman to
/// lead" place 1 among women; a first is the first ever or the first since a time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rank {
    pub place: u8,
    /// The scale of a superlative ("large"), or the noun an ordinal counts ("woman").
    pub scale: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ever: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub since: bool,
}

/// How many content words after a marker tell its event.
const EVENT_WORDS: usize = 4;
/// How many tokens may stand between a negation's end and the taking-part word it
/// denies ("did not formally join"), or between the word and a negation after it
/// ("fielded no candidate").
const NEGATION_REACH: usize = 3;

/// How many words before a standing ordinal its placing word may stand ("finished a
/// distant third").
const STANDING_REACH: usize = 3;

/// How many tokens after a first its "since" may stand ("its first major cloud computing
/// deal since …").
const SINCE_REACH: usize = 6;

/// What one sentence's extraction lends the reading of marks.
pub struct Sentence<'t, 'a> {
    pub tokens: &'t [Token<'a>],
    pub mentions: &'t [Mention],
    pub clauses: &'t [Clause],
    pub lexicon: &'t Lexicon,
    /// A content word's concept at a token, if it is one that may tell an event (not
    /// taken by a name or a figure, not light).
    pub concept: &'t dyn Fn(usize) -> Option<String>,
}

impl Sentence<'_, '_> {
    fn clause_of(&self, k: usize) -> usize {
        self.clauses
            .iter()
            .position(|c| c.tokens.contains(&k))
            .unwrap_or(0)
    }

    /// The length of the longest phrase of `list` at token `k`.
    fn phrase_at(&self, list: &[Phrase], k: usize) -> Option<usize> {
        list.iter()
            .filter(|p| {
                !p.is_empty()
                    && k + p.len() <= self.tokens.len()
                    && self.tokens[k..k + p.len()]
                        .iter()
                        .zip(p.iter())
                        .all(|(t, w)| t.lower() == w)
            })
            .map(Vec::len)
            .max()
    }

    /// The parties a clause's predicate at token `at` is about: those it names before
    /// `at` (not places, not sources, not a possessive's owner: "Microsoft's shares"), or
    /// for a relative clause ("…, which did not lead") the party named just before it.
    pub fn subjects(&self, clause: usize, at: usize) -> Vec<&Mention> {
        let range = &self.clauses[clause].tokens;
        let party = |m: &&Mention| m.class != EntityClass::Place && !m.source;
        let mut out: Vec<&Mention> = self
            .mentions
            .iter()
            .filter(|m| m.tokens.start >= range.start && m.tokens.end <= at)
            .filter(party)
            .filter(|m| !m.possessive)
            .collect();
        if out.is_empty() {
            let relative = self
                .tokens
                .get(range.start)
                .is_some_and(|t| self.lexicon.marks.relative.iter().any(|r| r == t.lower()));
            if relative {
                // The antecedent ends just before the relative word, a comma between.
                let before = range.start
                    - usize::from(range.start > 0 && self.tokens[range.start - 1].lower() == ",");
                out.extend(
                    self.mentions
                        .iter()
                        .filter(|m| m.tokens.end == before || m.tokens.end == range.start)
                        .filter(party),
                );
            }
        }
        out.dedup_by(|a, b| a.name == b.name);
        out
    }

    /// The ranking at token `k`, and how many tokens it takes: a superlative ("largest",
    /// "highest-paid": scale paid), an ordinal and a superlative ("second-largest"), or an
    /// ordinal and the noun it counts ("second woman"; not a part of a year, "first half").
    fn rank_at(&self, k: usize, clause: usize) -> Option<(usize, Rank)> {
        let words = &self.lexicon.marks;
        let word = |j: usize| self.tokens.get(j).map(|t| t.lower());
        let superlative = |j: usize| {
            words
                .superlatives
                .iter()
                .find(|(w, _)| Some(w.as_str()) == word(j))
                .map(|(_, scale)| scale.clone())
        };
        // "-paid" after a superlative: what it ranks by.
        let glued_word = |j: usize| {
            (word(j) == Some("-") && self.tokens.get(j + 1).is_some_and(|t| t.glued))
                .then(|| (self.concept)(j + 1))
                .flatten()
        };
        let ordinal = words
            .ordinals
            .iter()
            .find(|(w, _)| Some(w.as_str()) == word(k))
            .map(|(_, n)| *n);
        let (place, mut scale, mut len) = match ordinal {
            Some(n) => match superlative(k + 2).filter(|_| word(k + 1) == Some("-")) {
                Some(scale) => (n, scale, 3),
                None if self.standing(k) => {
                    let (noun, _) = words.standing_place.as_ref()?;
                    (n, self.lexicon.concept_of_word(noun), 1)
                }
                None => {
                    let next = word(k + 1)?;
                    if self.lexicon.periods.contains_key(next) || self.tokens[k + 1].glued {
                        return None;
                    }
                    let end = self.clauses[clause].tokens.end.min(k + 4);
                    // "from sixth to fourth": the sixth is an earlier place, not a rank
                    // of fourths.
                    let noun_at = (k + 1..end).find(|&j| (self.concept)(j).is_some())?;
                    if words
                        .ordinals
                        .iter()
                        .any(|(w, _)| Some(w.as_str()) == word(noun_at))
                    {
                        return None;
                    }
                    let noun = (self.concept)(noun_at)?;
                    (n, noun, 1)
                }
            },
            None => (1, superlative(k)?, 1),
        };
        if let Some(by) = glued_word(k + len) {
            scale = by;
            len += 2;
        }
        let range = self.clauses[clause].tokens.clone();
        let ever = (range.start..range.end).any(|j| self.phrase_at(&words.ever, j).is_some());
        // "Since" opens a clause of its own: it is looked for just after the rank.
        let since = !ever
            && (k + len..(k + len + SINCE_REACH).min(self.tokens.len()))
                .any(|j| words.since.iter().any(|w| Some(w.as_str()) == word(j)));
        Some((
            len,
            Rank {
                place,
                scale,
                ever,
                since,
            },
        ))
    }

    /// Whether the ordinal at `k` stands alone as a place: no content word follows it, and
    /// a word of `standing_place` comes at most [`STANDING_REACH`] words before it, with
    /// no punctuation between ("came third with 9,070 votes"; not "from sixth to fourth",
    /// whose sixth is the earlier place, nor "at first").
    fn standing(&self, k: usize) -> bool {
        let Some((_, before)) = &self.lexicon.marks.standing_place else {
            return false;
        };
        let alone = self
            .tokens
            .get(k + 1)
            .is_none_or(|t| t.kind == TokenKind::Punct || (self.concept)(k + 1).is_none());
        alone
            && (k.saturating_sub(STANDING_REACH)..k)
                .rev()
                .take_while(|&j| self.tokens[j].kind != TokenKind::Punct)
                .any(|j| before.iter().any(|w| w == self.tokens[j].lower()))
    }

    /// The event words after token `from` in `clause`.
    fn event(&self, clause: usize, from: usize) -> Vec<String> {
        let end = self.clauses[clause].tokens.end;
        let mut out: Vec<String> = Vec::new();
        for c in (from..end).filter_map(|k| (self.concept)(k)) {
            if !out.contains(&c) {
                out.push(c);
            }
            if out.len() >= EVENT_WORDS {
                break;
            }
        }
        out
    }
}

/// The marks of one sentence.
pub fn read(s: &Sentence) -> Vec<Mark> {
    let words = &s.lexicon.marks;
    let mut out: Vec<Mark> = Vec::new();
    let push = |out: &mut Vec<Mark>,
                kind: MarkKind,
                parties: Vec<&Mention>,
                clause: usize,
                event: &[String],
                verb: Option<String>,
                partner: Option<String>| {
        for m in parties {
            let mark = Mark {
                kind,
                party: m.name.clone(),
                clause,
                event: event.to_vec(),
                verb: verb.clone(),
                partner: partner.clone(),
                rank: None,
            };
            if !out.contains(&mark) {
                out.push(mark);
            }
        }
    };
    let mut negation_about: Vec<(usize, &Mention)> = Vec::new();
    let mut k = 0;
    while k < s.tokens.len() {
        if !s.tokens[k].may(class::MARK) {
            k += 1;
            continue;
        }
        let clause = s.clause_of(k);
        let c = &s.clauses[clause];
        // Where the clause's negation ends, and whether it reaches the word at `at`, of
        // `len` tokens: just before it, or just after it ("fielded no candidate").
        let negation_reaches = |at: usize, len: usize| {
            c.negation_end.is_some_and(|end| {
                (end <= at && at - end <= NEGATION_REACH)
                    || (end > at + len && end - (at + len) <= NEGATION_REACH)
            })
        };
        if let Some(len) = s.phrase_at(&words.stay_out, k) {
            // "did not sit out" takes part; a phrase that is itself a negation ("pulled
            // out of") stays out.
            let negated = c
                .negation_end
                .is_some_and(|end| end <= k && k - end <= NEGATION_REACH);
            let kind = if negated {
                MarkKind::TakesPart
            } else {
                MarkKind::StaysOut
            };
            let event = s.event(clause, k + len);
            push(
                &mut out,
                kind,
                s.subjects(clause, k),
                clause,
                &event,
                None,
                None,
            );
            k += len;
            continue;
        }
        if let Some(len) = s.phrase_at(&words.decline, k) {
            // "declined to join", "refused to sign up to": a declined taking part.
            let verb_at = (k + len..(k + len + 2).min(s.tokens.len()))
                .find_map(|j| s.phrase_at(&words.take_part, j).map(|n| (j, n)));
            if let Some((j, n)) = verb_at {
                let event = s.event(clause, j + n);
                let verb = (s.concept)(j).or_else(|| Some(s.tokens[j].stem().to_string()));
                push(
                    &mut out,
                    MarkKind::StaysOut,
                    s.subjects(clause, k),
                    clause,
                    &event,
                    verb,
                    None,
                );
                k = j + n;
                continue;
            }
        }
        if let Some(len) = s.phrase_at(&words.take_part, k) {
            let kind = if negation_reaches(k, len) {
                MarkKind::StaysOut
            } else {
                MarkKind::TakesPart
            };
            let event = s.event(clause, k + len);
            let verb = Some(s.tokens[k].stem().to_string());
            push(
                &mut out,
                kind,
                s.subjects(clause, k),
                clause,
                &event,
                verb,
                None,
            );
            k += len;
            continue;
        }
        if let Some(len) = s.phrase_at(&words.sole, k) {
            let determined = k > 0
                && words
                    .sole_determiners
                    .iter()
                    .any(|d| d == s.tokens[k - 1].lower());
            if determined && !c.negated {
                let event = s.event(clause, k + len);
                push(
                    &mut out,
                    MarkKind::Only,
                    s.subjects(clause, k),
                    clause,
                    &event,
                    None,
                    None,
                );
            }
            k += len;
            continue;
        }
        if let Some(len) = s.phrase_at(&words.contrast, k) {
            // The party right after the marker (a preposition or an article between) is
            // denied; the one named last before it in the clause is given the role.
            let denied = s
                .mentions
                .iter()
                .find(|m| m.tokens.start >= k + len && m.tokens.start <= k + len + 2);
            let partner = s
                .mentions
                .iter()
                .rfind(|m| m.tokens.end <= k && m.tokens.start >= c.tokens.start)
                .or_else(|| s.mentions.iter().rfind(|m| m.tokens.end <= k));
            // A marker that is the clause's negation (", not Ardeth") makes the denial
            // about the party after it.
            if c.negation_end == Some(k + len) {
                if let Some(denied) = denied {
                    negation_about.push((clause, denied));
                }
            }
            if let (Some(denied), Some(partner)) = (denied, partner) {
                if denied.name != partner.name {
                    let clause = s.clause_of(partner.tokens.start);
                    push(
                        &mut out,
                        MarkKind::Denied,
                        vec![denied],
                        clause,
                        &[],
                        None,
                        Some(partner.name.clone()),
                    );
                }
            }
            k += len;
            continue;
        }
        if let Some((len, rank)) = s.rank_at(k, clause) {
            let parties = s.subjects(clause, k);
            let party = parties.first().map_or(String::new(), |m| m.name.clone());
            // What is ranked may be named: "third in the Alpine Classic".
            let mut event = s.event(clause, k + len);
            let clause_end = s.clauses[clause].tokens.end;
            event.extend(
                s.mentions
                    .iter()
                    .filter(|m| m.tokens.start >= k + len && m.tokens.end <= clause_end)
                    .filter(|m| m.name != party)
                    .map(|m| m.name.clone()),
            );
            out.push(Mark {
                kind: MarkKind::Rank,
                party,
                clause,
                event,
                verb: None,
                partner: None,
                rank: Some(rank),
            });
            k += len;
            continue;
        }
        if let Some(len) = s.phrase_at(&words.also, k) {
            // Two parties joined, a preposition or an article around the joining words.
            let before = s
                .mentions
                .iter()
                .rfind(|m| m.tokens.end <= k && m.tokens.end + 1 >= k);
            let after = s
                .mentions
                .iter()
                .find(|m| m.tokens.start >= k + len && m.tokens.start <= k + len + 2);
            if let (Some(before), Some(after)) = (before, after) {
                if before.name != after.name && s.clause_of(after.tokens.start) == clause {
                    push(
                        &mut out,
                        MarkKind::Also,
                        vec![after],
                        clause,
                        &[],
                        None,
                        Some(before.name.clone()),
                    );
                }
            }
            k += len;
            continue;
        }
        k += 1;
    }
    // Who each negation is about.
    for (i, c) in s.clauses.iter().enumerate() {
        if let Some(end) = c.negation_end {
            let about: Vec<&Mention> = match negation_about.iter().find(|(c, _)| *c == i) {
                Some(&(_, denied)) => vec![denied],
                None => s.subjects(i, end),
            };
            push(&mut out, MarkKind::Denies, about, i, &[], None, None);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::MarkWords;

    #[test]
    fn a_standing_place_word_is_one_word_with_one_noun() {
        let mut words = MarkWords::default();
        assert!(words
            .add(&["standing_place", "place", "came|finished"])
            .is_ok());
        assert!(words.add(&["standing_place", "place", "ended up"]).is_err());
        assert!(words.add(&["standing_place", "rank", "placed"]).is_err());
    }
}
