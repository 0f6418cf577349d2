//! Curated knowledge, read from the tab-separated files in `seeds/lexicon/`.
//!
//! Every line is `kind<TAB>field<TAB>…`; `#` starts a comment. Keeping aliases, number
//! words, hedges and relation words in data means a new corpus brings its own knowledge
//! without touching code. The bundled files are those [`BUNDLED_FILES`] lists (the build
//! fails if `seeds/lexicon/` holds another); a corpus read at run time
//! (`factmark check --seeds DIR`) adds its own lines from `DIR/lexicon.tsv` after them.
//!
//! This file holds the [`Lexicon`] itself, the word [`class`] bits and the bundled files;
//! `entries` has the kinds of entry a row gives (entities, hedges, moods, units), `parse`
//! reads rows into a lexicon, and `index` builds the lookups a prepared lexicon answers
//! from (phrase indexes by first word, word classes).

mod entries;
mod index;
mod parse;

pub use self::entries::{Direction, Entity, EntityClass, Hedge, Mood, Unit, UnitKind, UnitPlace};
pub use self::index::{FirstWordIndex, PhraseIndexes};
use crate::hash::{FxMap as HashMap, FxSet as HashSet};
use serde::{Deserialize, Serialize};

/// A multi-word phrase, lower-cased and split the way the tokenizer splits text.
pub type Phrase = Vec<String>;

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Lexicon {
    pub entities: Vec<Entity>,
    /// Alias phrase → index into `entities`. Single-word aliases written with a capital
    /// only match capitalised words, so "Frontier" the product is not "frontier".
    pub aliases: Vec<(Phrase, usize, bool)>,
    pub abbreviations: HashSet<String>,
    pub number_words: HashMap<String, f64>,
    /// A part of a whole named after "a" ("a quarter") → its percentage of the whole.
    pub fractions: HashMap<String, f64>,
    /// A part's name, singular or plural ("thirds") → how many of it make the whole.
    #[serde(default)]
    pub denominators: HashMap<String, f64>,
    /// Plural scales ("thousands"): "thousands of" is two thousand or more.
    #[serde(default)]
    pub vague_scales: HashMap<String, f64>,
    /// Words that are a multiple ("double", "twice") before one of `multiplier_after`.
    #[serde(default)]
    pub multiplier_words: HashMap<String, f64>,
    #[serde(default)]
    pub multiplier_after: HashSet<String>,
    /// Shares in words ("majority"): the percentage, its hedge, and the words one of
    /// which must follow ("of", "stake").
    #[serde(default)]
    pub shares: HashMap<String, (f64, Hedge, HashSet<String>)>,
    /// Words between a number and the noun it counts ("active" in "700 million weekly
    /// active users").
    #[serde(default)]
    pub count_adjectives: HashSet<String>,
    /// Phrases after a number that refer back to what was counted ("of them").
    #[serde(default)]
    pub count_references: Vec<Phrase>,
    /// Words right before a figure that make it the earlier value of a change ("down from
    /// 71.8 per cent"), with the qualifier they give it.
    #[serde(default)]
    pub previous_markers: HashMap<String, String>,
    /// Qualifiers of an earlier value: a sentence that gives such a figure as the present
    /// one, with no date, does not restate it.
    #[serde(default)]
    pub past_qualifiers: HashSet<String>,
    /// Qualifier names that name a length of time ("weekly", "annual").
    #[serde(default)]
    pub period_qualifiers: HashSet<String>,
    /// Qualifier names that make a figure another measure than the same party's plain
    /// figure ("valuation"): the two are never evidence against each other.
    #[serde(default)]
    pub measure_qualifiers: HashSet<String>,
    pub scales: HashMap<String, f64>,
    pub currencies: HashMap<String, String>,
    /// Unit spellings read anywhere after a figure, their words joined by one space as the
    /// tokenizer splits them ("per cent", "° c").
    pub units: HashMap<String, Unit>,
    /// Spellings read only in one place ("in" glued to a number, "s" after "/"): other
    /// stages asking whether a word is a unit do not see them.
    #[serde(default)]
    pub bound_units: HashMap<String, Unit>,
    /// The most words a unit spelling has.
    #[serde(default)]
    pub unit_words: usize,
    /// "numerator's dimension/denominator's" → the dimension they make ("speed") and what
    /// one base unit of the one per one of the other is in its base unit.
    #[serde(default)]
    pub compounds: HashMap<String, (String, f64)>,
    /// Words between a unit and its denominator ("/", "per"), and those that stand there
    /// before a duration only ("a", "every": "220 km a week").
    #[serde(default)]
    pub per_words: HashSet<String>,
    #[serde(default)]
    pub per_duration_words: HashSet<String>,
    /// How far apart, as a share, two figures per different lengths of time may be and
    /// still agree (a month is 4 or 4.35 weeks).
    #[serde(default)]
    pub period_slack: f64,
    /// Words after a figure that make it per a length of time ("daily"), and the spelling
    /// of the unit of that length ("day").
    #[serde(default)]
    pub period_adverbs: HashMap<String, String>,
    /// Words before a reading that make it a difference ("by", "a swing of").
    #[serde(default)]
    pub change_markers: Vec<Phrase>,
    /// Words that say a signed unit's reading is below zero ("minus 150 degrees Celsius").
    #[serde(default)]
    pub minus_words: HashSet<String>,
    pub hedges: Vec<(Phrase, Hedge)>,
    pub months: HashMap<String, u8>,
    /// Weekday names, 1 (Monday) to 7 (Sunday).
    #[serde(default)]
    pub weekdays: HashMap<String, u8>,
    /// Words before a date that make it a bound ("since 2024"), and those of them that make
    /// it a deadline ("by 2030"): deadlines of one figure are compared.
    pub date_bounds: HashSet<String>,
    pub deadlines: HashSet<String>,
    /// Words that may stand between a bound and its date ("until at least 2032", "before
    /// the end of 2025").
    #[serde(default)]
    pub date_bound_fillers: HashSet<String>,
    /// Words that narrow a date to part of it ("late February").
    pub date_parts: HashSet<String>,
    /// Parts of a year, by the word that names them: how many months each spans, and the
    /// ordinals that count them ("half": 6, "first", "second").
    pub periods: HashMap<String, (u8, Vec<String>)>,
    /// Letters that name a part of a year with its number ("Q3", "H2"), and its months.
    pub period_abbreviations: HashMap<String, u8>,
    pub negations: Vec<Phrase>,
    pub negation_exceptions: Vec<Phrase>,
    /// Words after a negation that make it a restriction, not a denial: "not offered
    /// anywhere except Bedrock" says where it is offered.
    pub negation_restrictions: Vec<Phrase>,
    /// Negations that end a state ("no longer", "ended"): they deny it from then on only.
    pub cessations: Vec<Phrase>,
    /// Stems of words that restart what stopped ("resumed", "reopened"): a restart
    /// follows a stop, it does not deny it. Read from a sentence's terms by the judge, and
    /// only where a polarity differs, so extraction does no work for them.
    #[serde(default)]
    pub resumptions: HashSet<String>,
    /// Words that put a clause in the past ("two years ago", "once", "previously").
    pub past_markers: Vec<Phrase>,
    pub moods: Vec<(Phrase, Mood)>,
    pub reporting_verbs: HashSet<String>,
    /// Modals that speculate only where nothing reports them and their clause gives no
    /// figure or date (see `Clause::plan_modal`).
    pub plan_modals: HashSet<String>,
    /// Words that open an embedded question ("how", "whether"): a plan modal after one
    /// speculates.
    pub embedded_questions: HashSet<String>,
    pub subordinators: HashSet<String>,
    /// Words that open a clause after a comma, each with the words after it that make it a
    /// phrase instead (", as well as").
    #[serde(default)]
    pub comma_subordinators: HashMap<String, HashSet<String>>,
    /// Phrases that open a subordinate phrase at the start of a sentence only.
    #[serde(default)]
    pub opening_subordinators: Vec<Phrase>,
    pub stopwords: HashSet<String>,
    pub light_words: HashSet<String>,
    /// Stock exchanges, lower case: "(NYSE: HSC)" after a company's name gives its ticker.
    pub exchanges: HashSet<String>,
    /// Words opening a clause that make it and the next one a condition ("if", "unless").
    pub condition_openers: HashSet<String>,
    /// Auxiliaries that make a condition when they open a statement ("Should regulators
    /// block the deal, …", "Had Amazon waited, …").
    pub inverted_conditions: HashSet<String>,
    /// Words that deny existence when negated ("never materialized", "did not happen"):
    /// the denial reaches everything the clause names.
    pub existence_words: HashSet<String>,
    /// Words after a denied word that open its complement ("a right of first refusal"):
    /// the denial is of the narrower thing (see `Clause::denied_complement`).
    pub denial_complements: HashSet<String>,
    pub generic_names: HashSet<String>,
    /// Words before a person's name ("President", "CEO"); generic names too.
    pub person_titles: HashSet<String>,
    /// Nouns after a product's name that make the phrase its maker ("the ChatGPT maker").
    #[serde(default)]
    pub maker_nouns: HashSet<String>,
    pub synonyms: HashMap<String, String>,
    pub directions: HashMap<String, Direction>,
    /// Per axis, its name and how a finding says each way: `[down, up]` ("a fall", "a rise").
    pub axes: Vec<(String, [String; 2])>,
    /// Per axis (by position in `axes`), the nouns for what can move on it ("shares",
    /// "revenue"); on an axis that has some, a direction word moves something only next to
    /// one of them or to a figure ("shares rose", "up 5%"), not in "make up" or "gain access".
    #[serde(default)]
    pub movables: Vec<HashSet<String>>,
    pub exclusive_words: HashSet<String>,
    pub attributes: HashMap<String, (String, String)>,
    pub roles: HashMap<String, String>,
    /// Role words that only an organisation can fill.
    #[serde(default)]
    pub org_roles: HashMap<String, String>,
    /// Prepositions that give a role only after certain verbs in the clause: preposition →
    /// (role, verbs).
    #[serde(default)]
    pub verb_roles: HashMap<String, (String, HashSet<String>)>,
    /// Verb → role whose filler is the verb's agent ("Amazon led the round": lead).
    pub agent_roles: HashMap<String, String>,
    pub company_references: Vec<Phrase>,
    pub anaphoric_figures: Vec<Phrase>,
    /// Word → qualifier name ("initial" → first): figures with different qualifiers differ.
    pub qualifiers: HashMap<String, String>,
    pub ordinal_suffixes: HashSet<String>,
    /// Words after a duration that make it a point in time ("later", "ago").
    pub relative_time: HashSet<String>,
    /// Those of them that say when only with no date after them ("on").
    #[serde(default)]
    pub relative_time_undated: HashSet<String>,
    /// "and", "or": a coordinator followed by a negation opens a clause of its own.
    pub coordinators: HashSet<String>,
    /// Role → how a finding says it ("platform" → "on").
    pub role_phrases: HashMap<String, String>,
    /// Role frames: relations, the words that give them and the slots they fill
    /// (`frame*` rows; see `crate::frame`).
    #[serde(default)]
    pub frames: crate::frame::FrameLexicon,
    /// Nouns for the parties themselves: "the two companies" refers, it does not count.
    pub party_nouns: HashSet<String>,
    /// Words after money that make it a rate: "$5 per million tokens", "$55 a share".
    pub rate_words: HashSet<String>,
    /// Words between two numbers that make the first a share of the second ("four in ten").
    pub ratio_words: HashSet<String>,
    /// Words before a part of a whole that make it the share of a change: "cut by a
    /// third", "fell by almost half" (`change_by` rows).
    #[serde(default)]
    pub change_words: HashSet<String>,
    /// Words of contrast, exclusivity and participation (`crate::marks`).
    #[serde(default)]
    pub marks: crate::marks::MarkWords,
    /// Phrase lists indexed by first word, rebuilt by `prepare`.
    #[serde(skip)]
    pub index: PhraseIndexes,
}

/// Bits of a word's class: which lexicon lists it is in (or begins a phrase of). A token
/// is classified once, with one lookup; each stage then skips the lookups its class rules
/// out. A token that was never classified (class 0) skips nothing.
pub mod class {
    pub const CLASSIFIED: u32 = 1;
    pub const STOP: u32 = 1 << 1;
    pub const LIGHT: u32 = 1 << 2;
    pub const SYNONYM: u32 = 1 << 3;
    pub const SUBORDINATOR: u32 = 1 << 4;
    pub const REPORTING: u32 = 1 << 5;
    pub const DIRECTION: u32 = 1 << 6;
    pub const EXCLUSIVE: u32 = 1 << 7;
    pub const ATTRIBUTE: u32 = 1 << 8;
    pub const NUMBER: u32 = 1 << 9;
    pub const FRACTION: u32 = 1 << 10;
    pub const HEDGE: u32 = 1 << 11;
    pub const ALIAS: u32 = 1 << 12;
    pub const MOOD: u32 = 1 << 13;
    pub const NEGATION: u32 = 1 << 14;
    pub const REFERENCE: u32 = 1 << 15;
    pub const ANAPHORIC: u32 = 1 << 16;
    pub const LIGHT_STEM: u32 = 1 << 17;
    pub const AGENT: u32 = 1 << 18;
    pub const PAST: u32 = 1 << 19;
    pub const MONTH: u32 = 1 << 20;
    pub const GENERIC: u32 = 1 << 21;
    pub const WEEKDAY: u32 = 1 << 22;
    pub const COORDINATOR: u32 = 1 << 23;
    /// Starts a phrase of `crate::marks::MarkWords`.
    pub const MARK: u32 = 1 << 24;
    /// The first word of a role frame's trigger or of a light verb (`crate::frame`).
    pub const FRAME: u32 = 1 << 25;
    /// The first word of a unit's spelling ("km", "per" of "per cent", "°" of "°C").
    pub const UNIT: u32 = 1 << 26;
}

/// A line of the lexicon that could not be read.
#[derive(Debug, PartialEq)]
pub struct LexiconError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for LexiconError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "lexicon line {}: {}", self.line, self.message)
    }
}

/// The lexicon files the crate ships (`seeds/lexicon/`), by file name, in the order
/// `build.rs` reads them (sorted by name); the build fails if the folder holds another.
pub const BUNDLED_FILES: [(&str, &str); 8] = [
    ("contrast.tsv", bundled_lexicon_file!("contrast.tsv")),
    ("dates.tsv", bundled_lexicon_file!("dates.tsv")),
    ("entities.tsv", bundled_lexicon_file!("entities.tsv")),
    ("frames.tsv", bundled_lexicon_file!("frames.tsv")),
    ("grammar.tsv", bundled_lexicon_file!("grammar.tsv")),
    ("numbers.tsv", bundled_lexicon_file!("numbers.tsv")),
    ("terms.tsv", bundled_lexicon_file!("terms.tsv")),
    ("units.tsv", bundled_lexicon_file!("units.tsv")),
];

/// The bundled lexicon files as one text, each followed by a line break, as
/// [`Lexicon::parse`] reads them: a corpus's own lexicon lines may follow.
pub fn bundled_text() -> String {
    BUNDLED_FILES
        .iter()
        .map(|(_, text)| format!("{text}\n"))
        .collect()
}

/// Splits a lexicon phrase into lower-case words the way the tokenizer does.
pub fn phrase(text: &str) -> Phrase {
    crate::token::tokenize(text)
        .iter()
        .map(|t| t.lower().to_string())
        .collect()
}

#[cfg(test)]
mod word_list_tests {
    use super::*;

    /// Word lists are compared with one token at a time: an entry the tokenizer splits
    /// ("Q1" into "Q", "1"; "it's" into "it", "'s") could never match, and the data would
    /// silently do nothing.
    #[test]
    fn every_word_list_entry_is_one_token() {
        let lexicon = crate::claim_set().lexicon.clone();
        let lists: [(&str, &HashSet<String>); 21] = [
            ("date_bound", &lexicon.date_bounds),
            ("date_bound_filler", &lexicon.date_bound_fillers),
            ("deadline", &lexicon.deadlines),
            ("date_part", &lexicon.date_parts),
            ("reporting_verb", &lexicon.reporting_verbs),
            ("plan_modal", &lexicon.plan_modals),
            ("embedded_question", &lexicon.embedded_questions),
            ("subordinator", &lexicon.subordinators),
            ("stopword", &lexicon.stopwords),
            ("light_word", &lexicon.light_words),
            ("exchange", &lexicon.exchanges),
            ("condition_opener", &lexicon.condition_openers),
            ("inverted_condition", &lexicon.inverted_conditions),
            ("existence", &lexicon.existence_words),
            ("denial_complement", &lexicon.denial_complements),
            ("generic_name", &lexicon.generic_names),
            ("maker_noun", &lexicon.maker_nouns),
            ("relative_time", &lexicon.relative_time),
            ("party_noun", &lexicon.party_nouns),
            ("change_by", &lexicon.change_words),
            ("minus_word", &lexicon.minus_words),
        ];
        // Clitics ("'s") are one token after a word, and titles with a full stop ("Mr.")
        // are listed beside their bare form ("Mr").
        let in_context = |w: &str| w.starts_with('\'') || w.ends_with('.');
        let split: Vec<String> = lists
            .iter()
            .flat_map(|(kind, list)| {
                list.iter()
                    .filter(|w| !in_context(w) && crate::token::tokenize(w).len() != 1)
                    .map(move |w| format!("{kind}: {w}"))
            })
            .collect();
        assert!(
            split.is_empty(),
            "entries that are several tokens: {split:?}"
        );
    }
}
