//! Curated knowledge, read from the tab-separated files in `seeds/lexicon/`.
//!
//! Every line is `kind<TAB>field<TAB>…`; `#` starts a comment. Keeping aliases, number
//! words, hedges and relation words in data means a new corpus brings its own knowledge
//! without touching code. The bundled files are those [`BUNDLED_FILES`] lists (the build
//! fails if `seeds/lexicon/` holds another); a corpus read at run time
//! (`factmark check --seeds DIR`) adds its own lines from `DIR/lexicon.tsv` after them.

use crate::hash::{FxMap as HashMap, FxSet as HashSet};
use serde::{Deserialize, Serialize};

/// What kind of thing an entity is: only organisations can be "swapped" for each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityClass {
    Org,
    Product,
    Person,
    Place,
    Other,
}

/// How a hedge word turns a stated figure into an interval.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Hedge {
    /// "about", "roughly": within ten per cent either way.
    About,
    /// "more than", "over": strictly above.
    MoreThan,
    /// "at least": at or above.
    AtLeast,
    /// "less than", "under": strictly below.
    LessThan,
    /// "up to", "as much as": a stated maximum.
    UpTo,
    /// "nearly", "almost": a little below.
    Nearly,
    /// "just over", "a little more than": a little above.
    JustOver,
    /// "only", "just", "exactly": the figure itself.
    Exactly,
}

/// Why a sentence is not a plain assertion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mood {
    Assertion,
    Question,
    Conditional,
    Speculation,
    Advice,
    /// An evaluation ("a huge win", "natural allies") with no figure or date to check.
    Opinion,
}

/// Which way a clause moves on one axis of opposites: a price rises or falls, a regulator
/// approves or blocks. Axes are the lexicon's (`direction` rows), numbered as they come.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Direction {
    pub axis: u8,
    pub up: bool,
}

/// The kind of a measured quantity; only quantities of one kind are compared.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    Percent,
    Duration,
    Multiplier,
    /// Any other measure, named by its canonical unit ("GW").
    Measure(String),
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Entity {
    pub name: String,
    pub class: EntityClass,
    /// The organisation a product belongs to, if known.
    pub parent: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Unit {
    pub kind: UnitKind,
    /// Multiplies the stated figure into the kind's base unit (years, metres, per cent).
    pub factor: f64,
    /// Added to the figure before `factor` scales it: the zero of an absolute scale.
    #[serde(default)]
    pub plus: f64,
    /// The factor of a difference in this unit ("warmer by 5°F"), whose kind is the
    /// dimension's `_change`; none for a unit that is never a difference.
    #[serde(default)]
    pub change: Option<f64>,
    /// A minus sign before the number is the figure's ("-73°C").
    #[serde(default)]
    pub signed: bool,
    /// Where the spelling is read: anywhere after a figure, or only glued to the number
    /// ("2in"), or only after "/" or "per" ("m/s"), or in either of those two places.
    #[serde(default)]
    pub place: UnitPlace,
    /// The unit's own looseness, a share either way ("ton": metric, short or long).
    #[serde(default)]
    pub slack: f64,
    /// Read as this unit only in a sentence with one of these words ("pounds" weighed).
    #[serde(default)]
    pub context: Vec<String>,
}

/// Where a unit's spelling may stand (see [`Unit::place`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitPlace {
    #[default]
    Anywhere,
    Glued,
    Denominator,
    GluedOrDenominator,
}

impl UnitKind {
    /// The dimension's name, as the lexicon writes it.
    pub fn name(&self) -> &str {
        match self {
            UnitKind::Percent => "percent",
            UnitKind::Duration => "duration",
            UnitKind::Multiplier => "multiplier",
            UnitKind::Measure(name) => name,
        }
    }

    /// The kind a lexicon dimension name stands for.
    pub fn named(name: &str) -> UnitKind {
        match name {
            "percent" => UnitKind::Percent,
            "duration" => UnitKind::Duration,
            "multiplier" => UnitKind::Multiplier,
            other => UnitKind::Measure(other.to_string()),
        }
    }
}

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
    /// Words that put a clause in the past ("two years ago", "once", "previously").
    pub past_markers: Vec<Phrase>,
    pub moods: Vec<(Phrase, Mood)>,
    pub reporting_verbs: HashSet<String>,
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
    pub generic_names: HashSet<String>,
    /// Words before a person's name ("President", "CEO"); generic names too.
    pub person_titles: HashSet<String>,
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

impl Lexicon {
    /// The bundled lexicon, the one the embedded claim set was built with.
    pub fn bundled() -> Lexicon {
        Lexicon::parse(&bundled_text()).unwrap_or_else(|e| panic!("seeds/lexicon: {e}"))
    }

    /// Parses lexicon text (all files concatenated).
    pub fn parse(text: &str) -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon::default();
        for (n, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim_end();
            if line.trim().is_empty() {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
            lex.add(&fields).map_err(|message| LexiconError {
                line: n + 1,
                message,
            })?;
        }
        lex.prepare();
        Ok(lex)
    }

    /// Rebuilds the phrase indexes (they are derived, not stored).
    /// Adds a name the corpus teaches (see `entity::learned_names`): `class` is a lexicon
    /// row kind ("person", "other"). Call [`Lexicon::prepare`] after the last addition.
    pub fn add_learned(&mut self, class: &str, name: &str, alias: &str) {
        self.add(&[class, name, alias])
            .expect("an entity row with a name and an alias is valid");
    }

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

    fn add(&mut self, f: &[&str]) -> Result<(), String> {
        let arg = |i: usize| -> Result<&str, String> {
            f.get(i)
                .copied()
                .filter(|s| !s.is_empty())
                .ok_or_else(|| format!("`{}` needs field {}", f[0], i + 1))
        };
        let list = |i: usize| -> Result<Vec<&str>, String> {
            Ok(arg(i)?
                .split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect())
        };
        let number = |s: &str| {
            s.parse::<f64>()
                .map_err(|_| format!("`{s}` is not a number"))
        };
        match f[0] {
            "org" | "product" | "person" | "place" | "other" => {
                let class = match f[0] {
                    "org" => EntityClass::Org,
                    "product" => EntityClass::Product,
                    "person" => EntityClass::Person,
                    "place" => EntityClass::Place,
                    _ => EntityClass::Other,
                };
                let name = arg(1)?.to_string();
                let parent = f.get(3).filter(|p| !p.is_empty()).map(|p| p.to_string());
                let index = self.entities.len();
                self.entities.push(Entity {
                    name: name.clone(),
                    class,
                    parent,
                });
                let mut aliases = list(2)?;
                aliases.push(&name);
                for alias in aliases {
                    let capital = alias.chars().next().is_some_and(char::is_uppercase);
                    let phrase = phrase(alias);
                    let strict = capital && phrase.len() == 1;
                    if !self
                        .aliases
                        .iter()
                        .any(|(p, i, _)| *p == phrase && *i == index)
                    {
                        self.aliases.push((phrase, index, strict));
                    }
                }
            }
            "abbreviation" => {
                for a in list(1)? {
                    self.abbreviations.insert(a.to_lowercase());
                }
            }
            "number" => {
                let value = number(arg(1)?)?;
                for w in list(2)? {
                    self.number_words.insert(w.to_lowercase(), value);
                }
            }
            "fraction" => {
                let value = number(arg(1)?)?;
                for w in list(2)? {
                    self.fractions.insert(w.to_lowercase(), value);
                }
            }
            "denominator" => {
                let parts = number(arg(1)?)?;
                let words = list(2)?;
                self.fractions
                    .insert(words[0].to_lowercase(), 100.0 / parts);
                for w in words {
                    self.denominators.insert(w.to_lowercase(), parts);
                }
            }
            "vague_scale" => {
                let value = number(arg(1)?)?;
                for w in list(2)? {
                    self.vague_scales.insert(w.to_lowercase(), value);
                }
            }
            "multiplier_word" => {
                let value = number(arg(1)?)?;
                for w in list(2)? {
                    self.multiplier_words.insert(w.to_lowercase(), value);
                }
            }
            "multiplier_after" => insert_all(&mut self.multiplier_after, list(1)?),
            "share" => {
                let value = number(arg(1)?)?;
                let hedge = match arg(2)? {
                    "more_than" => Hedge::MoreThan,
                    "less_than" => Hedge::LessThan,
                    other => return Err(format!("unknown share hedge `{other}`")),
                };
                let after = list(4)?.into_iter().map(str::to_lowercase).collect();
                self.shares
                    .insert(arg(3)?.to_lowercase(), (value, hedge, after));
            }
            "count_adjective" => insert_all(&mut self.count_adjectives, list(1)?),
            "count_reference" => self
                .count_references
                .extend(list(1)?.into_iter().map(phrase)),
            "period_qualifier" => insert_all(&mut self.period_qualifiers, list(1)?),
            "past_qualifier" => insert_all(&mut self.past_qualifiers, list(1)?),
            "measure_qualifier" => insert_all(&mut self.measure_qualifiers, list(1)?),
            "previous_marker" => {
                let name = arg(1)?.to_string();
                for w in list(2)? {
                    self.previous_markers.insert(w.to_lowercase(), name.clone());
                }
            }
            "scale" => {
                let value = number(arg(1)?)?;
                for w in list(2)? {
                    self.scales.insert(w.to_string(), value);
                }
            }
            "currency" => {
                let code = arg(1)?.to_string();
                for w in list(2)? {
                    self.currencies.insert(w.to_lowercase(), code.clone());
                }
            }
            "unit" => {
                let mut unit = Unit {
                    kind: UnitKind::named(arg(1)?),
                    factor: fraction(arg(2)?)?,
                    plus: 0.0,
                    change: None,
                    signed: false,
                    place: UnitPlace::Anywhere,
                    slack: 0.0,
                    context: Vec::new(),
                };
                for option in f.get(4).map_or("", |o| *o).split_whitespace() {
                    let (key, value) = option.split_once('=').unwrap_or((option, ""));
                    match key {
                        "plus" => unit.plus = fraction(value)?,
                        "change" => unit.change = Some(fraction(value)?),
                        "slack" => unit.slack = fraction(value)?,
                        "signed" => unit.signed = true,
                        "glued" => unit.place = UnitPlace::Glued,
                        "denominator" => unit.place = UnitPlace::Denominator,
                        "and_glued" => unit.place = UnitPlace::GluedOrDenominator,
                        "context" => {
                            unit.context = value.split('|').map(str::to_lowercase).collect()
                        }
                        other => return Err(format!("unknown unit option `{other}`")),
                    }
                }
                for w in list(3)? {
                    let words = phrase(w);
                    self.unit_words = self.unit_words.max(words.len());
                    let map = if unit.place == UnitPlace::Anywhere {
                        &mut self.units
                    } else {
                        &mut self.bound_units
                    };
                    map.insert(words.join(" "), unit.clone());
                }
            }
            "compound" => {
                self.compounds.insert(
                    format!("{}/{}", arg(2)?, arg(3)?),
                    (arg(1)?.to_string(), fraction(arg(4)?)?),
                );
            }
            "per" => insert_all(&mut self.per_words, list(1)?),
            "per_duration" => insert_all(&mut self.per_duration_words, list(1)?),
            "period_slack" => self.period_slack = number(arg(1)?)?,
            "period_adverb" => {
                let unit = arg(1)?.to_lowercase();
                for w in list(2)? {
                    self.period_adverbs.insert(w.to_lowercase(), unit.clone());
                }
            }
            "change_marker" => self.change_markers.extend(list(1)?.into_iter().map(phrase)),
            "hedge" => {
                let hedge = match arg(1)? {
                    "about" => Hedge::About,
                    "more_than" => Hedge::MoreThan,
                    "at_least" => Hedge::AtLeast,
                    "less_than" => Hedge::LessThan,
                    "up_to" => Hedge::UpTo,
                    "nearly" => Hedge::Nearly,
                    "just_over" => Hedge::JustOver,
                    "exactly" => Hedge::Exactly,
                    other => return Err(format!("unknown hedge `{other}`")),
                };
                for w in list(2)? {
                    self.hedges.push((phrase(w), hedge));
                }
            }
            "month" => {
                let m = number(arg(1)?)? as u8;
                for w in list(2)? {
                    self.months.insert(w.to_lowercase(), m);
                }
            }
            "date_bound" => insert_all(&mut self.date_bounds, list(1)?),
            "date_bound_filler" => insert_all(&mut self.date_bound_fillers, list(1)?),
            "deadline" => {
                insert_all(&mut self.deadlines, list(1)?.clone());
                insert_all(&mut self.date_bounds, list(1)?);
            }
            "date_part" => insert_all(&mut self.date_parts, list(1)?),
            "period" => {
                let span = number(arg(1)?)? as u8;
                let ordinals = list(3)?.iter().map(|o| o.to_lowercase()).collect();
                self.periods
                    .insert(arg(2)?.to_lowercase(), (span, ordinals));
            }
            "period_abbreviation" => {
                let span = number(arg(1)?)? as u8;
                self.period_abbreviations
                    .insert(arg(2)?.to_lowercase(), span);
            }
            "weekday" => {
                let d = number(arg(1)?)? as u8;
                if !(1..=7).contains(&d) {
                    return Err(format!("weekday {d} is not 1 (Monday) to 7 (Sunday)"));
                }
                for w in list(2)? {
                    self.weekdays.insert(w.to_lowercase(), d);
                }
            }
            "negation" => self.negations.extend(list(1)?.into_iter().map(phrase)),
            "cessation" => {
                let phrases: Vec<Phrase> = list(1)?.into_iter().map(phrase).collect();
                self.negations.extend(phrases.iter().cloned());
                self.cessations.extend(phrases);
            }
            "past_marker" => self.past_markers.extend(list(1)?.into_iter().map(phrase)),
            "negation_exception" => self
                .negation_exceptions
                .extend(list(1)?.into_iter().map(phrase)),
            "negation_restriction" => self
                .negation_restrictions
                .extend(list(1)?.into_iter().map(phrase)),
            "mood" => {
                let mood = match arg(1)? {
                    "question" => Mood::Question,
                    "conditional" => Mood::Conditional,
                    "speculation" => Mood::Speculation,
                    "advice" => Mood::Advice,
                    "opinion" => Mood::Opinion,
                    other => return Err(format!("unknown mood `{other}`")),
                };
                for w in list(2)? {
                    self.moods.push((phrase(w), mood));
                }
            }
            "reporting_verb" => insert_all(&mut self.reporting_verbs, list(1)?),
            "subordinator" => insert_all(&mut self.subordinators, list(1)?),
            "opening_subordinator" => self
                .opening_subordinators
                .extend(list(1)?.into_iter().map(phrase)),
            "stopword" => insert_all(&mut self.stopwords, list(1)?),
            "light_word" => insert_all(&mut self.light_words, list(1)?),
            "existence" => insert_all(&mut self.existence_words, list(1)?),
            "exchange" => insert_all(&mut self.exchanges, list(1)?),
            "condition_opener" => insert_all(&mut self.condition_openers, list(1)?),
            "inverted_condition" => insert_all(&mut self.inverted_conditions, list(1)?),
            "generic_name" => insert_all(&mut self.generic_names, list(1)?),
            "person_title" => {
                insert_all(&mut self.person_titles, list(1)?.clone());
                insert_all(&mut self.generic_names, list(1)?);
            }
            "ordinal_suffix" => insert_all(&mut self.ordinal_suffixes, list(1)?),
            "relative_time" => insert_all(&mut self.relative_time, list(1)?),
            "relative_time_undated" => insert_all(&mut self.relative_time_undated, list(1)?),
            "coordinator" => insert_all(&mut self.coordinators, list(1)?),
            "rate" => insert_all(&mut self.rate_words, list(1)?),
            "ratio" => insert_all(&mut self.ratio_words, list(1)?),
            "party_noun" => insert_all(&mut self.party_nouns, list(1)?),
            "synonyms" => {
                let words = list(2)?;
                let group = arg(1)?.to_string();
                for w in words {
                    let w = w.to_lowercase();
                    self.synonyms
                        .entry(crate::token::stem(&w).into_owned())
                        .or_insert_with(|| group.clone());
                    self.synonyms.insert(w, group.clone());
                }
            }
            "direction" => {
                let name = arg(1)?;
                let up = match arg(2)? {
                    "up" => true,
                    "down" => false,
                    other => return Err(format!("unknown direction `{other}`")),
                };
                let axis = match self.axes.iter().position(|(n, _)| n == name) {
                    Some(axis) => axis,
                    None => {
                        self.axes.push((name.to_string(), Default::default()));
                        self.axes.len() - 1
                    }
                };
                self.axes[axis].1[usize::from(up)] = arg(3)?.to_string();
                let axis = u8::try_from(axis).map_err(|_| "too many direction axes".to_string())?;
                for w in list(4)? {
                    self.directions
                        .insert(w.to_lowercase(), Direction { axis, up });
                }
            }
            "movable" => {
                let name = arg(1)?;
                let axis = self
                    .axes
                    .iter()
                    .position(|(n, _)| n == name)
                    .ok_or_else(|| {
                        format!("`movable` for an axis with no `direction` row yet: `{name}`")
                    })?;
                if self.movables.len() <= axis {
                    self.movables.resize(axis + 1, HashSet::default());
                }
                insert_all(&mut self.movables[axis], list(2)?);
            }
            "comma_subordinator" => {
                let entry = self
                    .comma_subordinators
                    .entry(arg(1)?.to_lowercase())
                    .or_default();
                insert_all(
                    entry,
                    f.get(2).map_or(Vec::new(), |s| s.split('|').collect()),
                );
            }
            "exclusive" => insert_all(&mut self.exclusive_words, list(1)?),
            "qualifier" => {
                let name = arg(1)?.to_string();
                for w in list(2)? {
                    self.qualifiers.insert(w.to_lowercase(), name.clone());
                }
            }
            "attribute" => {
                let class = arg(1)?.to_string();
                let value = arg(2)?.to_string();
                for w in list(3)? {
                    self.attributes
                        .insert(w.to_lowercase(), (class.clone(), value.clone()));
                }
            }
            "role" => {
                let role = arg(1)?.to_string();
                for w in list(2)? {
                    self.roles.insert(w.to_lowercase(), role.clone());
                }
            }
            "verb_role" => {
                let role = arg(1)?.to_string();
                let preposition = arg(2)?.to_lowercase();
                let verbs = list(3)?.into_iter().map(|w| w.to_lowercase()).collect();
                self.verb_roles.insert(preposition, (role, verbs));
            }
            "org_role" => {
                let role = arg(1)?.to_string();
                for w in list(2)? {
                    self.org_roles.insert(w.to_lowercase(), role.clone());
                }
            }
            "role_phrase" => {
                self.role_phrases
                    .insert(arg(1)?.to_string(), arg(2)?.to_string());
            }
            "agent_role" => {
                let role = arg(1)?.to_string();
                for w in list(2)? {
                    self.agent_roles.insert(w.to_lowercase(), role.clone());
                }
            }
            kind if kind.starts_with("frame") => self.frames.add(f)?,
            "company_reference" => self
                .company_references
                .extend(list(1)?.into_iter().map(phrase)),
            "anaphoric_figure" => self
                .anaphoric_figures
                .extend(list(1)?.into_iter().map(phrase)),
            kind if crate::marks::MarkWords::KINDS.contains(&kind) => self.marks.add(f)?,
            other => return Err(format!("unknown kind `{other}`")),
        }
        Ok(())
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
}

/// A number, or a fraction of two ("5/9"): conversions are written as they are defined.
fn fraction(s: &str) -> Result<f64, String> {
    let parse = |s: &str| {
        s.trim()
            .parse::<f64>()
            .map_err(|_| format!("`{s}` is not a number"))
    };
    match s.split_once('/') {
        Some((n, d)) => Ok(parse(n)? / parse(d)?),
        None => parse(s),
    }
}

fn insert_all(set: &mut HashSet<String>, words: Vec<&str>) {
    set.extend(words.into_iter().map(str::to_lowercase));
}

/// Splits a lexicon phrase into lower-case words the way the tokenizer does.
pub fn phrase(text: &str) -> Phrase {
    crate::token::tokenize(text)
        .iter()
        .map(|t| t.lower().to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_and_reports_bad_lines() {
        let lex = Lexicon::parse(
            "# aliases\norg\tAmazon\tAWS|Amazon Web Services\nhedge\tmore_than\tmore than|over\n",
        )
        .unwrap();
        assert_eq!(lex.entities[0].name, "Amazon");
        assert!(lex
            .aliases
            .iter()
            .any(|(p, _, _)| p == &["amazon", "web", "services"]));
        assert_eq!(
            lex.hedges[0],
            (
                vec!["more".to_string(), "than".to_string()],
                Hedge::MoreThan
            )
        );
        let err = Lexicon::parse("ok\nhedge\tsideways\tx\n").unwrap_err();
        assert_eq!(err.line, 1);
        let err = Lexicon::parse("hedge\tsideways\tx\n").unwrap_err();
        assert!(err.message.contains("sideways"));
    }
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
        let lists: [(&str, &HashSet<String>); 15] = [
            ("date_bound", &lexicon.date_bounds),
            ("date_bound_filler", &lexicon.date_bound_fillers),
            ("deadline", &lexicon.deadlines),
            ("date_part", &lexicon.date_parts),
            ("reporting_verb", &lexicon.reporting_verbs),
            ("subordinator", &lexicon.subordinators),
            ("stopword", &lexicon.stopwords),
            ("light_word", &lexicon.light_words),
            ("exchange", &lexicon.exchanges),
            ("condition_opener", &lexicon.condition_openers),
            ("inverted_condition", &lexicon.inverted_conditions),
            ("existence", &lexicon.existence_words),
            ("generic_name", &lexicon.generic_names),
            ("relative_time", &lexicon.relative_time),
            ("party_noun", &lexicon.party_nouns),
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
