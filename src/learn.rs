//! What a corpus teaches the lexicon about its own names.
//!
//! A corpus without an alias file still names its parties in several ways, and read once
//! it shows which: a titled person later named by surname ("President Joe Biden",
//! "Biden"), a one-word name a sentence may open with ("Boeing"), a company's long name
//! and its short one ("Halvorsen Semiconductor Corp.", "Halvorsen"), and its ticker
//! ("(NYSE: HSC)"). `ClaimSet::from_documents` adds what is learned as lexicon entries and reads
//! the corpus again, so each party is one name wherever it appears.

use crate::claims::Claim;
use crate::entity::Mention;
use crate::lexicon::{EntityClass, Lexicon};
use crate::token::tokenize;

/// A lexicon entry learned from the corpus: `(row kind, name, alias)`, as
/// [`Lexicon::add_learned`] takes it.
pub type Entry = (&'static str, String, String);

/// Every entry `claims` (extracted with `lexicon`) teach, without repeats.
pub fn entries(claims: &[Claim], lexicon: &Lexicon) -> Vec<Entry> {
    let mentions = || claims.iter().flat_map(|c| &c.facts.mentions);
    let people = surnames(mentions(), lexicon);
    let tickers: Vec<(&Mention, String)> = claims
        .iter()
        .flat_map(|c| tickers(&c.quote, &c.facts.mentions, lexicon))
        .collect();
    // A surname or a ticker seen alone is the person's or the company's, no name of its own.
    let short_names: Vec<String> = one_word_names(mentions())
        .into_iter()
        .filter(|name| !people.iter().any(|(_, surname)| surname == name))
        .filter(|name| !tickers.iter().any(|(_, t)| t.eq_ignore_ascii_case(name)))
        .collect();
    // An unknown company is learned under the short name the corpus uses for it, if any:
    // its name's first word ("Lumetra" of "lumetra photonics") or, for a person, its last.
    let short_name =
        |word: Option<&str>| word.and_then(|w| short_names.iter().find(|s| s.to_lowercase() == w));
    let short_name_of = |key: &str| short_name(key.split(' ').next());
    let mut out: Vec<Entry> = Vec::new();
    let mut add = |entry: Entry| {
        if !out.contains(&entry) {
            out.push(entry);
        }
    };
    for (name, surname) in people {
        add(("person", name, surname));
    }
    for name in &short_names {
        add(("other", name.clone(), name.clone()));
    }
    // A long name whose first or last word the corpus uses alone is that name's: "Lumetra
    // Photonics" and "Lumetra", "Karen Whitfield" and "Whitfield".
    for m in mentions().filter(|m| is_unknown_company(m) && m.name.contains(' ')) {
        let surname = short_name(m.name.rsplit(' ').next());
        if let Some(short) = short_name_of(&m.name).or(surname) {
            add(("other", short.clone(), m.name.clone()));
        }
    }
    for (owner, ticker) in tickers {
        let (kind, name) = if owner.known {
            let kind = if owner.class == EntityClass::Org {
                "org"
            } else {
                "other"
            };
            (kind, owner.name.clone())
        } else {
            let name = short_name_of(&owner.name)
                .cloned()
                .unwrap_or_else(|| capitalised_words(&owner.name));
            add(("other", name.clone(), owner.name.clone()));
            ("other", name)
        };
        add((kind, name, ticker));
    }
    out
}

/// A name the lexicon does not know, used for a party (not "the company").
fn is_unknown_company(m: &Mention) -> bool {
    !m.known && m.class == EntityClass::Other && !m.referred
}

/// People a corpus introduces with a title ("President Joe Biden", a person unknown to the
/// lexicon) and may later name by surname alone: `(name, surname)`, both capitalised, for
/// each such name of two or three words whose surname is no alias yet and no other
/// person's surname.
fn surnames<'a>(
    mentions: impl Iterator<Item = &'a Mention>,
    lexicon: &Lexicon,
) -> Vec<(String, String)> {
    let mut people: Vec<(String, String)> = Vec::new();
    let mut ambiguous: Vec<String> = Vec::new();
    for m in mentions.filter(|m| m.class == EntityClass::Person && !m.known) {
        let words: Vec<&str> = m.name.split(' ').collect();
        let Some(&last) = words.last().filter(|_| (2..=3).contains(&words.len())) else {
            continue;
        };
        let surname = capitalised(last);
        let alias_already = lexicon
            .index
            .aliases
            .starting_with(last)
            .iter()
            .any(|&k| lexicon.aliases[k].0.len() == 1);
        if alias_already || !last.chars().all(char::is_alphabetic) {
            continue;
        }
        let name = capitalised_words(&m.name);
        match people.iter().position(|(_, s)| *s == surname) {
            Some(i) if people[i].0 != name => ambiguous.push(surname),
            Some(_) => {}
            None => people.push((name, surname)),
        }
    }
    people.retain(|(_, s)| !ambiguous.contains(s));
    people
}

/// One-word names the lexicon does not know, capitalised, as the corpus uses them where a
/// capital proves a name (inside a sentence): a sentence that opens with one ("Boeing
/// said") names it too, where an unknown capitalised opener is taken for a common word.
fn one_word_names<'a>(mentions: impl Iterator<Item = &'a Mention>) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for m in mentions.filter(|m| is_unknown_company(m)) {
        let alphabetic = m.name.len() >= 3 && m.name.chars().all(char::is_alphabetic);
        if alphabetic && !m.name.contains(' ') {
            let name = capitalised(&m.name);
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// Tickers a sentence gives in parentheses after a company's name ("Halvorsen
/// Semiconductor Corp. (NYSE: HSC)"): the company's mention (the nearest before, no
/// place) and the ticker as written. The exchanges are lexicon rows.
fn tickers<'m>(
    quote: &str,
    mentions: &'m [Mention],
    lexicon: &Lexicon,
) -> Vec<(&'m Mention, String)> {
    let tokens = tokenize(quote);
    let text = |k: usize| tokens.get(k).map_or("", |t| &quote[t.span.clone()]);
    let is_ticker =
        |s: &str| (1..=5).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_uppercase());
    (0..tokens.len())
        .filter(|&p| {
            text(p) == "("
                && lexicon.exchanges.contains(&text(p + 1).to_lowercase())
                && text(p + 2) == ":"
                && is_ticker(text(p + 3))
                && text(p + 4) == ")"
        })
        .filter_map(|p| {
            let owner = mentions
                .iter()
                .rfind(|m| m.tokens.end <= p && m.class != EntityClass::Place)?;
            Some((owner, text(p + 3).to_string()))
        })
        .collect()
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

/// "joe biden" → "Joe Biden"
fn capitalised_words(name: &str) -> String {
    name.split(' ')
        .map(capitalised)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::mentions;

    #[test]
    fn surnames_of_titled_people_become_aliases_unless_ambiguous() {
        let lex =
            Lexicon::parse("person_title\tPresident|CEO\nperson\tSam Altman\tAltman\n").unwrap();
        let people = |text: &str| {
            let tokens = tokenize(text);
            let mut consumed = vec![false; tokens.len()];
            surnames(mentions(&tokens, &lex, false, &mut consumed).iter(), &lex)
        };
        assert_eq!(
            people("President Joe Biden and Acme Steel met CEO Sam Altman."),
            [("Joe Biden".to_string(), "Biden".to_string())]
        );
        assert!(people("CEO Ann Lee met CEO Bo Lee.").is_empty());
    }

    #[test]
    fn a_ticker_in_parentheses_is_the_company_before_it() {
        let lex = Lexicon::parse("generic_name\tCorp|Inc\nexchange\tNYSE|Nasdaq\n").unwrap();
        let quote = "Halvorsen Semiconductor Corp. (NYSE: HSC) will buy Lumetra (Nasdaq: LMTR).";
        let tokens = tokenize(quote);
        let mut consumed = vec![false; tokens.len()];
        let found = mentions(&tokens, &lex, false, &mut consumed);
        let learned: Vec<(String, String)> = tickers(quote, &found, &lex)
            .into_iter()
            .map(|(m, t)| (m.name.clone(), t))
            .collect();
        let expected = [("halvorsen semiconductor", "HSC"), ("lumetra", "LMTR")];
        assert_eq!(
            learned,
            expected.map(|(m, t)| (m.to_string(), t.to_string()))
        );
        assert!(tickers("Shares rose (NYSE: up 5%).", &[], &lex).is_empty());
    }
}
