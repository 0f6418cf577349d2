//! The claim set: every assertive sentence of the reference documents, with its facts and
//! provenance, and the places where the documents disagree with each other.
//!
//! This module is the data type and what is derived from it when it is loaded; how a
//! claim set is built from documents is `crate::corpus`.

use crate::entity::Mention;
use crate::extract::Facts;
use crate::finding::{Detail, Topic};
use crate::hash::FxMap as HashMap;
use crate::index::KeyIndex;
use crate::lexicon::Lexicon;
use crate::overlap::clause_orgs;
use crate::tuning::Tuning;
use serde::{Deserialize, Serialize};
use std::ops::Range;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Claim {
    pub id: usize,
    /// File name of the seed document.
    pub doc: String,
    /// Byte range of the sentence in the document.
    #[serde(with = "crate::serial::range")]
    pub span: Range<usize>,
    /// The same range in UTF-16 code units, for JavaScript.
    #[serde(with = "crate::serial::range")]
    pub span_utf16: Range<usize>,
    pub quote: String,
    pub facts: Facts,
    /// Claims of other documents that state the same thing differently.
    pub disputes: Vec<Dispute>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ClaimSet {
    pub lexicon: Lexicon,
    /// The reference documents, in order, with what is known of where each comes from.
    pub documents: Vec<Document>,
    pub claims: Vec<Claim>,
    /// Every name each document mentions: a name a document already uses is no news.
    pub document_names: HashMap<String, Vec<String>>,
    /// Relations one document denies and another states.
    pub relations: Vec<RelationDispute>,
    /// The thresholds the judge applies to this claim set.
    #[serde(skip)]
    pub tuning: Tuning,
    /// The claims by name and concept, with how rare each is; rebuilt by `prepare`.
    #[serde(skip)]
    pub index: KeyIndex,
    /// Per document, each organisation's usual counterpart there (see [`Self::partner`]).
    #[serde(skip)]
    partners: HashMap<String, HashMap<String, String>>,
    /// Per claim, whether it states a relation in `relations`: the judge asks this of every
    /// claim a sentence aligns with.
    #[serde(skip)]
    relation_staters: Vec<bool>,
    /// Per claim, the stems of the words of every name it gives: a sentence's word inside
    /// a name the claim gives is read into the name (`judge::new_detail`); worked out once,
    /// as working them out for every sentence would cost more than the rest of that check.
    #[serde(skip)]
    name_stems: Vec<Vec<String>>,
    /// Per claim, `Facts::names`: what a sentence's names are checked against, worked out
    /// once rather than for every sentence the claim is related to (the names are told
    /// apart pairwise, clause by clause).
    #[serde(skip)]
    claim_names: Vec<Vec<String>>,
    /// Per claim and figure, what the judge weighs a sentence's figure against (see
    /// [`FigureContext`]); worked out once, not for every sentence the claim aligns with.
    #[serde(skip)]
    figures: Vec<Vec<FigureContext>>,
    /// Per claim, whether it asserts a figure: the judge asks this of most claims a
    /// sentence with a figure aligns with.
    #[serde(skip)]
    figure_claims: Vec<bool>,
}

/// What the judge asks of one of a claim's figures.
#[derive(Clone, Debug, Default)]
pub struct FigureContext {
    /// Who the figure is about: `Facts::participants` of its clause.
    pub parties: Vec<Mention>,
    /// The claim asserts no other figure of its kind.
    pub lone: bool,
    /// The owner's usual counterpart in the claim's document (`ClaimSet::partner`).
    pub implied: Option<String>,
}

impl ClaimSet {
    /// A claim set of `claims` extracted from `documents` with `lexicon`,
    /// with what is derived from them worked out ([`ClaimSet::prepare`]); no disputes yet.
    pub fn new(
        lexicon: Lexicon,
        documents: Vec<Document>,
        claims: Vec<Claim>,
        document_names: HashMap<String, Vec<String>>,
    ) -> ClaimSet {
        let mut set = ClaimSet {
            lexicon,
            documents,
            claims,
            document_names,
            ..ClaimSet::default()
        };
        set.prepare();
        set
    }

    /// Rebuilds what is derived rather than stored: the lexicon's indexes and the key index.
    pub fn prepare(&mut self) {
        self.lexicon.prepare();
        self.index = KeyIndex::build(self.claims.iter().map(|c| &c.facts));
        self.partners = self.find_partners();
        self.figures = self
            .claims
            .iter()
            .map(|c| self.figure_contexts(c))
            .collect();
        self.figure_claims = self
            .claims
            .iter()
            .map(|c| {
                c.facts
                    .quantities
                    .iter()
                    .any(|q| c.facts.asserted(q.clause))
            })
            .collect();
        self.mark_relation_staters();
        self.name_stems = self
            .claims
            .iter()
            .map(|c| {
                c.facts
                    .mentions
                    .iter()
                    .flat_map(|m| m.name.split([' ', '-']))
                    .map(|w| crate::token::stem(&w.to_lowercase()).into_owned())
                    .collect()
            })
            .collect();
        self.claim_names = self
            .claims
            .iter()
            .map(|c| c.facts.names().map(str::to_string).collect())
            .collect();
    }

    /// The context of each of `claim`'s figures (a default one for a figure its claim does
    /// not assert: the judge never weighs those).
    fn figure_contexts(&self, claim: &Claim) -> Vec<FigureContext> {
        let facts = &claim.facts;
        facts
            .quantities
            .iter()
            .map(|quantity| {
                if !facts.asserted(quantity.clause) {
                    return FigureContext::default();
                }
                let kind_count = facts
                    .quantities
                    .iter()
                    .filter(|x| facts.asserted(x.clause) && x.measure.comparable(&quantity.measure))
                    .count();
                FigureContext {
                    parties: facts
                        .participants(quantity.clause)
                        .into_iter()
                        .cloned()
                        .collect(),
                    lone: kind_count == 1,
                    implied: quantity
                        .owner
                        .as_deref()
                        .and_then(|owner| self.partner(&claim.doc, owner))
                        .map(str::to_string),
                }
            })
            .collect()
    }

    /// The context of figure `index` of claim `id`.
    pub fn figure(&self, id: usize, index: usize) -> &FigureContext {
        &self.figures[id][index]
    }

    pub(crate) fn mark_relation_staters(&mut self) {
        self.relation_staters = vec![false; self.claims.len()];
        for &id in self.relations.iter().flat_map(|r| &r.stated_by) {
            self.relation_staters[id] = true;
        }
    }

    /// Whether claim `id` asserts a figure.
    pub fn asserts_figure(&self, id: usize) -> bool {
        self.figure_claims[id]
    }

    /// Whether claim `id` states a relation another document denies.
    pub fn states_disputed_relation(&self, id: usize) -> bool {
        self.relation_staters.get(id).is_some_and(|&s| s)
    }

    /// The stems of the words of the names claim `id` gives ("stateful runtime
    /// environment": "stateful", "runtime", "environment").
    pub fn name_stems(&self, id: usize) -> &[String] {
        &self.name_stems[id]
    }

    /// The names claim `id` gives, as `Facts::names` lists them.
    pub fn claim_names(&self, id: usize) -> &[String] {
        &self.claim_names[id]
    }

    /// The organisation `org` most often shares a clause with in `doc`, if any: whom
    /// "Microsoft's $13 billion investment" went to when the sentence does not say.
    pub fn partner(&self, doc: &str, org: &str) -> Option<&str> {
        self.partners.get(doc)?.get(org).map(String::as_str)
    }

    /// Counts, per document, how often two organisations share a clause; an
    /// organisation's partner is the one it shares most clauses with (at least
    /// `MIN_PARTNER_CLAUSES`, and no tie).
    fn find_partners(&self) -> HashMap<String, HashMap<String, String>> {
        const MIN_PARTNER_CLAUSES: usize = 2;
        let mut counts: HashMap<&str, HashMap<&str, HashMap<&str, usize>>> = HashMap::default();
        for claim in &self.claims {
            let facts = &claim.facts;
            for clause in 0..facts.clauses.len() {
                let orgs = clause_orgs(facts, clause);
                let doc = counts.entry(claim.doc.as_str()).or_default();
                for a in &orgs {
                    for b in orgs.iter().filter(|b| b != &a) {
                        *doc.entry(a).or_default().entry(b).or_default() += 1;
                    }
                }
            }
        }
        let mut partners: HashMap<String, HashMap<String, String>> = HashMap::default();
        for (doc, orgs) in counts {
            for (org, with) in orgs {
                let best = with.values().copied().max().unwrap_or(0);
                let mut top = with.iter().filter(|(_, &n)| n == best);
                if let (Some((partner, _)), None) = (top.next(), top.next()) {
                    if best >= MIN_PARTNER_CLAUSES {
                        partners
                            .entry(doc.to_string())
                            .or_default()
                            .insert(org.to_string(), partner.to_string());
                    }
                }
            }
        }
        partners
    }
}

/// A reference document: its file name (what claims name it by) and, where known, its
/// title, outlet, date and address. Fields not known are empty, never guessed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub outlet: String,
    /// As the document or its manifest gives it (ISO 8601 where known: "2026-02-27").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
}

impl Document {
    pub fn named(name: &str) -> Document {
        Document {
            name: name.to_string(),
            ..Document::default()
        }
    }
}

impl ClaimSet {
    /// The document named `name`.
    pub fn document(&self, name: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.name == name)
    }

    /// Takes title, outlet, date and address from `known` for the documents of the same
    /// name (a manifest, or what a reader entered).
    pub fn describe(&mut self, known: &[Document]) {
        for d in &mut self.documents {
            if let Some(k) = known.iter().find(|k| k.name == d.name) {
                *d = k.clone();
            }
        }
    }
}

/// Where a claim and a claim of another document state the same thing differently.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Dispute {
    /// The other document's claim.
    pub with: usize,
    /// What the documents disagree about.
    pub topic: Topic,
    pub detail: DisputeDetail,
}

/// How a dispute is told, from the side of the claim that holds it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum DisputeDetail {
    /// The difference the judge found between the claim and the dispute's `with` claim,
    /// about that claim.
    Found(Detail),
    /// Claim `denier` denies the relation that claim `stater` states.
    Relation {
        relation: String,
        denier: usize,
        stater: usize,
    },
}

/// A relation between two organisations that one document denies and others state.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RelationDispute {
    /// The relation word's synonym group ("deal" for "alliance", "partnership").
    pub concept: String,
    /// The two organisations, in sorted order.
    pub parties: [String; 2],
    pub denied_by: usize,
    pub stated_by: Vec<usize>,
}

impl RelationDispute {
    /// "a deal between Amazon and OpenAI"
    pub fn describe(&self) -> String {
        format!(
            "a {} between {} and {}",
            self.concept, self.parties[0], self.parties[1]
        )
    }
}
