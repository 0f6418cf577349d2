//! What a prepared lexicon answers from: phrases indexed by first word, each word's class
//! bits, and the lookups built on them (abbreviations, concepts).

use super::{class, Lexicon, Phrase};
use crate::hash::{FxMap as HashMap, FxSet as HashSet};

/// Phrases indexed by their first word: matching at a token then looks at a handful of
/// phrases instead of the whole list.
#[derive(Clone, Debug, Default)]
pub struct FirstWordIndex(HashMap<String, Vec<usize>>);

impl FirstWordIndex {
    fn build<'a>(phrases: impl Iterator<Item = &'a Phrase>) -> Self {
        let mut map: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, p) in phrases.enumerate() {
            if let Some(first) = p.first() {
                map.entry(first.clone()).or_default().push(i);
            }
        }
        FirstWordIndex(map)
    }

    /// Indexes of the phrases that start with `word`.
    pub fn starting_with(&self, word: &str) -> &[usize] {
        self.0.get(word).map_or(&[], Vec::as_slice)
    }
}

#[derive(Clone, Debug, Default)]
pub struct PhraseIndexes {
    pub aliases: FirstWordIndex,
    pub moods: FirstWordIndex,
    pub negations: FirstWordIndex,
    pub negation_exceptions: FirstWordIndex,
    pub company_references: FirstWordIndex,
    pub anaphoric_figures: FirstWordIndex,
    /// Two-word exclusivity phrases ("only available"), split for lookup without allocating.
    pub exclusive_pairs: Vec<(String, String)>,
    /// Hedges of one word ("about", "nearly"): they are not content words.
    pub one_word_hedges: HashSet<String>,
    /// Stems of the light words, so "estimates" is as light as "estimate".
    pub light_stems: HashSet<String>,
    /// The most characters an abbreviation has: a word longer than that is none.
    pub longest_abbreviation: usize,
    /// Word → its `class` bits.
    pub classes: HashMap<String, u32>,
    /// The class bits of each one-byte ASCII word, which are a fair share of all tokens
    /// (punctuation, "a"): an array read, not a hash lookup.
    pub byte_classes: Vec<u32>,
}

impl Lexicon {
    pub fn prepare(&mut self) {
        self.index = PhraseIndexes {
            aliases: FirstWordIndex::build(self.aliases.iter().map(|(p, _, _)| p)),
            moods: FirstWordIndex::build(self.moods.iter().map(|(p, _)| p)),
            negations: FirstWordIndex::build(self.negations.iter()),
            negation_exceptions: FirstWordIndex::build(self.negation_exceptions.iter()),
            company_references: FirstWordIndex::build(self.company_references.iter()),
            anaphoric_figures: FirstWordIndex::build(self.anaphoric_figures.iter()),
            exclusive_pairs: self
                .exclusive_words
                .iter()
                .filter_map(|w| {
                    w.split_once(' ')
                        .map(|(a, b)| (a.to_string(), b.to_string()))
                })
                .collect(),
            light_stems: self
                .light_words
                .iter()
                .map(|w| crate::token::stem(w).into_owned())
                .collect(),
            one_word_hedges: self
                .hedges
                .iter()
                .filter(|(p, _)| p.len() == 1)
                .map(|(p, _)| p[0].clone())
                .collect(),
            longest_abbreviation: self
                .abbreviations
                .iter()
                .map(|a| a.chars().count())
                .max()
                .unwrap_or(0),
            classes: HashMap::default(),
            byte_classes: Vec::new(),
        };
        self.frames.prepare();
        self.index.classes = self.classes();
        self.index.byte_classes = (0..128u8)
            .map(|b| self.lookup_class(char::from(b).encode_utf8(&mut [0; 4])))
            .collect();
    }

    /// The class bits of a (lower-case) word or stem.
    pub fn class_of(&self, word: &str) -> u32 {
        match word.as_bytes() {
            &[b] if b.is_ascii() => self.index.byte_classes[usize::from(b)],
            _ => self.lookup_class(word),
        }
    }

    fn lookup_class(&self, word: &str) -> u32 {
        class::CLASSIFIED | self.index.classes.get(word).copied().unwrap_or(0)
    }

    fn classes(&self) -> HashMap<String, u32> {
        let mut classes: HashMap<String, u32> = HashMap::default();
        let mut mark = |word: &str, bit: u32| *classes.entry(word.to_string()).or_default() |= bit;
        let lists: [(&HashSet<String>, u32); 7] = [
            (&self.stopwords, class::STOP),
            (&self.light_words, class::LIGHT),
            (&self.index.light_stems, class::LIGHT_STEM),
            (&self.subordinators, class::SUBORDINATOR),
            (&self.reporting_verbs, class::REPORTING),
            (&self.index.one_word_hedges, class::HEDGE),
            (&self.coordinators, class::COORDINATOR),
        ];
        for (list, bit) in lists {
            list.iter().for_each(|w| mark(w, bit));
        }
        self.synonyms.keys().for_each(|w| mark(w, class::SYNONYM));
        self.directions
            .keys()
            .for_each(|w| mark(w, class::DIRECTION));
        self.attributes
            .keys()
            .for_each(|w| mark(w, class::ATTRIBUTE));
        self.number_words
            .keys()
            .for_each(|w| mark(w, class::NUMBER));
        self.fractions.keys().for_each(|w| mark(w, class::FRACTION));
        // Words a figure may start with besides numbers: "a billion", "thousands of",
        // "double the", "a majority of"; and scale words, which may follow "a".
        let starts = self
            .vague_scales
            .keys()
            .chain(self.multiplier_words.keys())
            .chain(self.shares.keys())
            .chain(self.scales.keys().filter(|w| w.len() > 1))
            .map(String::as_str)
            .chain(["a", "an"]);
        for w in starts {
            mark(&w.to_lowercase(), class::NUMBER);
        }
        self.agent_roles.keys().for_each(|w| mark(w, class::AGENT));
        self.months.keys().for_each(|w| mark(w, class::MONTH));
        self.weekdays.keys().for_each(|w| mark(w, class::WEEKDAY));
        self.generic_names
            .iter()
            .for_each(|w| mark(w, class::GENERIC));
        for spelling in self.units.keys().chain(self.bound_units.keys()) {
            mark(spelling.split(' ').next().unwrap_or(spelling), class::UNIT);
        }
        for w in &self.exclusive_words {
            mark(w.split(' ').next().unwrap_or(w), class::EXCLUSIVE);
        }
        self.marks.first_words().for_each(|w| mark(w, class::MARK));
        let phrases: [(Vec<&Phrase>, u32); 7] = [
            (
                self.aliases.iter().map(|(p, _, _)| p).collect(),
                class::ALIAS,
            ),
            (self.moods.iter().map(|(p, _)| p).collect(), class::MOOD),
            (self.negations.iter().collect(), class::NEGATION),
            (self.negation_exceptions.iter().collect(), class::NEGATION),
            (self.company_references.iter().collect(), class::REFERENCE),
            (self.anaphoric_figures.iter().collect(), class::ANAPHORIC),
            (self.past_markers.iter().collect(), class::PAST),
        ];
        for (list, bit) in phrases {
            list.iter()
                .filter_map(|p| p.first())
                .for_each(|w| mark(w, bit));
        }
        self.frames
            .first_words()
            .for_each(|w| mark(w, class::FRAME));
        classes
    }

    pub fn is_abbreviation(&self, word: &str) -> bool {
        if word
            .bytes()
            .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
        {
            self.abbreviations.contains(word)
        } else {
            self.abbreviations.contains(&word.to_lowercase())
        }
    }

    /// The synonym group of a stemmed word, or the word itself.
    pub fn concept<'a>(&'a self, word: &'a str) -> &'a str {
        self.synonyms.get(word).map_or(word, String::as_str)
    }

    /// The concept of a lower-case word as written in a data file: its synonym group, else
    /// its stem's group, else its stem (what `extract::words::concept_of` gives its token).
    pub fn concept_of_word(&self, word: &str) -> String {
        match self.synonyms.get(word) {
            Some(group) => group.clone(),
            None => self.concept(&crate::token::stem(word)).to_string(),
        }
    }
}
