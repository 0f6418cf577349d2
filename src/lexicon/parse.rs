//! Reading lexicon rows: the bundled lexicon, a lexicon's text, and names a corpus taught,
//! each row added by its kind.

use super::entries::{Direction, Entity, EntityClass, Hedge, Mood, Unit, UnitKind, UnitPlace};
use super::{bundled_text, phrase, Lexicon, LexiconError, Phrase};
use crate::hash::FxSet as HashSet;

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
            "resumption" => self.resumptions.extend(
                list(1)?
                    .iter()
                    .map(|w| crate::token::stem(&w.to_lowercase()).into_owned()),
            ),
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
            "plan_modal" => insert_all(&mut self.plan_modals, list(1)?),
            "embedded_question" => insert_all(&mut self.embedded_questions, list(1)?),
            "subordinator" => insert_all(&mut self.subordinators, list(1)?),
            "opening_subordinator" => self
                .opening_subordinators
                .extend(list(1)?.into_iter().map(phrase)),
            "stopword" => insert_all(&mut self.stopwords, list(1)?),
            "light_word" => insert_all(&mut self.light_words, list(1)?),
            "existence" => insert_all(&mut self.existence_words, list(1)?),
            "denial_complement" => insert_all(&mut self.denial_complements, list(1)?),
            "exchange" => insert_all(&mut self.exchanges, list(1)?),
            "condition_opener" => insert_all(&mut self.condition_openers, list(1)?),
            "inverted_condition" => insert_all(&mut self.inverted_conditions, list(1)?),
            "generic_name" => insert_all(&mut self.generic_names, list(1)?),
            "person_title" => {
                insert_all(&mut self.person_titles, list(1)?.clone());
                insert_all(&mut self.generic_names, list(1)?);
            }
            "maker_noun" => insert_all(&mut self.maker_nouns, list(1)?),
            "ordinal_suffix" => insert_all(&mut self.ordinal_suffixes, list(1)?),
            "relative_time" => insert_all(&mut self.relative_time, list(1)?),
            "relative_time_undated" => insert_all(&mut self.relative_time_undated, list(1)?),
            "coordinator" => insert_all(&mut self.coordinators, list(1)?),
            "rate" => insert_all(&mut self.rate_words, list(1)?),
            "ratio" => insert_all(&mut self.ratio_words, list(1)?),
            "change_by" => insert_all(&mut self.change_words, list(1)?),
            "minus_word" => insert_all(&mut self.minus_words, list(1)?),
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
