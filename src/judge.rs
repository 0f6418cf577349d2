//! Stage 4: the verdict for each sentence, with the findings that explain it.
//!
//! A sentence is compared with the claims it aligns with, detail by detail: figures,
//! dates, who plays which role, polarity, direction and attributes. A false
//! "contradicts" is the costliest error, so a difference counts only when the claim is
//! clearly about the same thing, and where the seeds disagree among themselves agreeing
//! with one of them is a match, flagged as disputed.

use crate::align::{align, best, best_first, Alignment, Key};
use crate::claims::{Claim, ClaimSet};
use crate::date::DateMention;
use crate::entity::Mention;
use crate::extract::{extract_reusing, Buffers, Context, Facts};
use crate::lexicon::{EntityClass, Mood};
use crate::quantity::{Measure, Quantity};
use serde::Serialize;
use std::borrow::{Borrow, Cow};
use std::ops::Range;

/// One sentence's verdict. Precedence when evidence mixes: contradict > extend > match > none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    None,
    Match,
    Extend,
    Contradict,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// A detail the seed states the same way.
    Agrees,
    /// A detail the seed states differently.
    Differs,
    /// A detail no seed gives, about something a seed describes.
    Adds,
    /// The seeds disagree with each other here.
    Disputed,
    /// Why a sentence was not checked (a question, a conditional, nothing known).
    Unchecked,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub kind: FindingKind,
    /// Borrowed where it is fixed text: why a sentence went unchecked, for about half the
    /// sentences of an article, each a copy before.
    pub detail: Cow<'static, str>,
    pub claim: Option<usize>,
    /// What the finding is about ("role:platform", "date", "figure 0"): an agreement and
    /// a difference on one topic from two seeds is a dispute between the seeds.
    pub topic: String,
    /// For a figure, which of the claim's quantities it was paired with: the seeds
    /// dispute figures one by one (`Dispute::topic` "figure:2").
    pub part: Option<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Judgement {
    /// Byte range of the sentence in the checked text.
    pub span: Range<usize>,
    pub verdict: Verdict,
    pub disputed: bool,
    pub findings: Vec<Finding>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub verdict: Verdict,
    pub disputed: bool,
    pub findings: Vec<Finding>,
}

/// A sentence needs two checkable details (names, figures, dates, attributes) to say
/// something a seed could confirm: "This deal is a huge win for Amazon" has one...
const MIN_ANCHORS: usize = 2;
/// ...unless a claim that shares it explains this much of the sentence ("The funding
/// round was led by Amazon").
const ONE_ANCHOR_COVERAGE: f64 = 0.6;
/// The least alignment score for a claim to count as related at all, as a share of the
/// weight of a word the corpus has never seen (so it scales with the corpus).
const MIN_SCORE: f64 = 0.7;
const MIN_COVERAGE: f64 = 0.3;
/// A sentence with no detail to compare restates a claim only if the claim explains this
/// much of it.
const RESTATE_COVERAGE: f64 = 0.5;
/// Content words two role clauses must share to be about the same hosted thing.
const ROLE_THEME_WORDS: usize = 2;
const WEAK_COVERAGE: f64 = 0.18;
/// A lone amount or percentage contradicts a lone one of a claim only when the claim
/// explains this much of the sentence.
const LONE_FIGURE_COVERAGE: f64 = 0.5;
/// Claims within this fraction of the best score are compared too.
const NEAR_BEST: f64 = 0.5;
const MAX_COMPARED: usize = 12;
/// Names and content words a sentence's date clause must share with a claim's, when no
/// figure ties them, for the two dates to be one event's.
const DATE_AFFINITY: usize = 2;
/// Or the share of the sentence the claim must explain.
const DATE_COVERAGE: f64 = 0.5;
/// Opposite polarity contradicts only a claim that explains this much of the sentence.
const POLARITY_COVERAGE: f64 = 0.5;
/// Figures are also looked up in this many more claims about the same event.
const MAX_EVENTS: usize = 40;
/// Residual rare-word weight above which a sentence adds a detail.
const NEW_DETAIL_WEIGHT: f64 = 5.0;
/// One unexplained word is usually a paraphrase ("signed", "owns"); new detail takes two.
const NEW_DETAIL_WORDS: usize = 2;

/// Judges every sentence of `text`.
pub fn judge_text(text: &str, claims: &ClaimSet) -> Vec<Judgement> {
    let mut out = Vec::new();
    judge_each(text, claims, |j| out.push(j));
    out
}

/// Judges every sentence of `text`, handing each judgement to `each` as it is made, in
/// order: a caller that writes them out holds none of them.
pub fn judge_each(text: &str, claims: &ClaimSet, mut each: impl FnMut(Judgement)) {
    // Lowered once for the whole text: each sentence's capitalised words borrow from it.
    let ascii_lower = text.to_ascii_lowercase();
    let mut context = Context::default();
    let mut buffers = Buffers::default();
    for sentence in crate::segment::Sentences::new(text, &claims.lexicon) {
        let span = sentence.span;
        let facts = extract_reusing(
            &text[span.clone()],
            Some(&ascii_lower[span.clone()]),
            &claims.lexicon,
            &mut context,
            compared,
            &mut buffers,
        );
        let outcome = compare(&facts, claims, None);
        each(Judgement {
            span,
            verdict: outcome.verdict,
            disputed: outcome.disputed,
            findings: outcome.findings,
        });
    }
}

fn unchecked(detail: &'static str) -> Outcome {
    Outcome {
        verdict: Verdict::None,
        disputed: false,
        findings: vec![Finding {
            kind: FindingKind::Unchecked,
            detail: Cow::Borrowed(detail),
            claim: None,
            topic: String::new(),
            part: None,
        }],
    }
}

/// The best claim must share enough with the sentence to be about the same thing: a rare
/// name plus a content word can do, even when the sentence says much that is new.
fn related_at_all(a: &Alignment, facts: &Facts, set: &ClaimSet) -> bool {
    // One name and none of the sentence's own words in common is a party the seeds
    // mention, not their event: "Oracle said it would spend $20 billion on data centers"
    // against "smaller players like Oracle and IBM began reaching out to AI startups". A
    // sentence with no words of its own ("$40 billion came from Nvidia") is about what the
    // name's claims say, and what it says of the party itself ("Mistral AI is a British
    // company") is checked as an attribute.
    let own_words = facts.terms.iter().any(|t| !t.light);
    let name_only = own_words
        && facts.attributes.is_empty()
        && a.shared_names == 1
        && a.shared_terms == 0
        && a.shared_quantities == 0
        && a.shared_dates == 0;
    !name_only
        && a.score >= MIN_SCORE * set.index.unseen_rarity()
        && (a.coverage >= MIN_COVERAGE
            && (a.shared_names > 0 || a.shared_quantities > 0 || a.coverage >= 0.5)
            || a.shared_names > 0 && a.coverage >= WEAK_COVERAGE)
}

/// Checkable details of a sentence: names, figures, dates and attributes. A weekday
/// alone ("on Friday") is too common to make a sentence about something.
fn anchors(facts: &Facts) -> usize {
    facts.names().count()
        + facts
            .quantities
            .iter()
            .filter(|q| facts.asserted(q.clause))
            .count()
        + facts
            .dates
            .iter()
            .filter(|d| !d.bound && facts.asserted(d.clause) && d.has_calendar_field())
            .count()
        + facts.attributes.len()
}

/// Whether `compare` looks past a sentence's mood and anchors, which is where it starts
/// to need the sentence's content words.
fn compared(facts: &Facts) -> bool {
    facts.mood() == Mood::Assertion && anchors(facts) >= 1
}

/// Compares one sentence's facts with the claim set (leaving out `skip_doc`'s claims).
pub fn compare(facts: &Facts, set: &ClaimSet, skip_doc: Option<&str>) -> Outcome {
    match facts.mood() {
        Mood::Assertion => {}
        Mood::Question => return unchecked("a question: it asserts nothing to check"),
        Mood::Conditional => {
            return unchecked("a conditional or counterfactual: it asserts nothing to check")
        }
        Mood::Speculation => {
            return unchecked("speculation or a prediction: it asserts nothing to check")
        }
        Mood::Advice => {
            return unchecked("advice or a call to action: it asserts nothing to check")
        }
        Mood::Opinion => return unchecked("an opinion: it asserts nothing to check"),
    }
    let anchors = anchors(facts);
    let too_few = "too few checkable details (names, figures, dates)";
    if anchors == 0 {
        return unchecked(too_few);
    }
    ALIGNMENTS.with_borrow_mut(|(all, kept)| {
        align(facts, set, skip_doc, all);
        compare_aligned(facts, set, anchors, all, kept)
    })
}

thread_local! {
    /// The claims a sentence aligns with, all and those kept, best first: lists kept
    /// between sentences, as a new pair per sentence was two allocations of several KB.
    static ALIGNMENTS: std::cell::RefCell<(Vec<Alignment>, Vec<Alignment>)> =
        std::cell::RefCell::default();
}

/// [`compare`] for a sentence with `anchors` checkable details, given the claims it
/// aligns with (`alignments`); `kept` is room for those looked at.
fn compare_aligned(
    facts: &Facts,
    set: &ClaimSet,
    anchors: usize,
    alignments: &[Alignment],
    kept: &mut Vec<Alignment>,
) -> Outcome {
    let too_few = "too few checkable details (names, figures, dates)";
    let explained = |a: &Alignment| {
        a.coverage >= ONE_ANCHOR_COVERAGE
            && a.shared_names + a.shared_quantities + a.shared_dates > 0
    };
    if anchors < MIN_ANCHORS && !best(alignments).is_some_and(explained) {
        return unchecked(too_few);
    }
    let Some(best) = best(alignments)
        .filter(|a| related_at_all(a, facts, set))
        .cloned()
    else {
        return unchecked("no seed claim is about this");
    };
    // Claims nearly as good as the best, and any claim about the same event (a sentence
    // may restate facts from several seed sentences).
    let is_related = |a: &Alignment| {
        a.claim == best.claim
            || a.score >= best.score * NEAR_BEST && a.coverage >= MIN_COVERAGE
            || a.same_event()
    };
    // Only these are looked at below: the MAX_EVENTS best, related claims, for a figure
    // owned elsewhere any claim with a figure sharing a name, and for disputed relations
    // any claim stating one.
    let figures = facts.quantities.iter().any(|q| facts.asserted(q.clause));
    best_first(
        alignments,
        MAX_EVENTS,
        |a| {
            figures && a.shared_names > 0 && set.asserts_figure(a.claim)
                || is_related(a)
                || set.states_disputed_relation(a.claim)
        },
        kept,
    );
    let alignments: &[Alignment] = kept;
    let related: Vec<&Alignment> = alignments
        .iter()
        .filter(|a| is_related(a))
        .take(MAX_COMPARED)
        .collect();
    let mut findings = Findings::default();
    // Figures are looked up first where a figure already matched, then in the claims
    // about the same event; most sentences state none, and need no list of them.
    if figures {
        let events: Vec<&Alignment> = related
            .iter()
            .copied()
            .chain(
                alignments
                    .iter()
                    .filter(|a| a.same_event() && a.shared_quantities > 0),
            )
            .chain(
                alignments
                    .iter()
                    .filter(|a| a.same_event())
                    .take(MAX_EVENTS),
            )
            .collect();
        compare_quantities(facts, set, &events, alignments, &mut findings);
    }
    compare_deadlines(facts, set, &mut findings);
    compare_dates(facts, set, &related, &mut findings);
    let nearby = &alignments[..alignments.len().min(MAX_EVENTS)];
    compare_roles(facts, set, nearby, &mut findings);
    compare_polarity(facts, set, &related, &mut findings);
    compare_disputed_relations(facts, set, alignments, &mut findings);
    compare_directions(facts, set, &related, &mut findings);
    compare_attributes(facts, set, &mut findings);
    new_details(facts, set, &related, &mut findings);
    // A claim about other parties ("OpenAI will use AWS" for "Anthropic will use Google
    // Cloud") is no restatement, however many words they share.
    fn parties(f: &Facts) -> impl Iterator<Item = &Mention> + Clone {
        f.mentions.iter().filter(|m| !m.source)
    }
    let other_parties = parties_swapped(parties(facts), parties(&set.claims[best.claim].facts));
    let opposite = polarities(facts, &set.claims[best.claim].facts).is_some_and(|(a, b, _)| a != b);
    findings.conclude(set, &best, opposite, other_parties)
}

#[derive(Default)]
struct Findings {
    list: Vec<Finding>,
}

impl Findings {
    fn push(&mut self, kind: FindingKind, claim: usize, topic: &str, detail: String) {
        self.push_part(kind, claim, None, topic, detail);
    }

    fn push_part(
        &mut self,
        kind: FindingKind,
        claim: usize,
        part: Option<usize>,
        topic: &str,
        detail: String,
    ) {
        if !self
            .list
            .iter()
            .any(|f| f.kind == kind && f.detail == detail)
        {
            self.list.push(Finding {
                kind,
                detail: Cow::Owned(detail),
                claim: Some(claim),
                topic: topic.to_string(),
                part,
            });
        }
    }

    fn has(&self, kind: FindingKind) -> bool {
        self.list.iter().any(|f| f.kind == kind)
    }

    /// Settles the verdict. Where one seed agrees with the sentence and another seed
    /// differs on the same topic, the seeds disagree: that is a dispute, not a
    /// contradiction, and the sentence sides with the seed that agrees.
    fn conclude(
        mut self,
        set: &ClaimSet,
        best: &Alignment,
        opposite: bool,
        other_parties: bool,
    ) -> Outcome {
        let agreements: Vec<(String, String)> = self
            .list
            .iter()
            .filter(|f| f.kind == FindingKind::Agrees)
            .filter_map(|f| {
                f.claim
                    .map(|id| (f.topic.clone(), set.claims[id].doc.clone()))
            })
            .collect();
        // A rise or fall is loosely tied to its subject: when one seed agrees with a
        // clause's direction, another seed's opposite direction is about something else.
        let direction_agreed = |topic: &str| {
            topic.starts_with("direction") && agreements.iter().any(|(t, _)| t == topic)
        };
        // A sentence that agrees with a claim on its figures or dates does not deny it: the
        // negation was elsewhere in the claim ("a hurdle that no single provider can clear").
        let agreed_on_detail: Vec<usize> = self
            .list
            .iter()
            .filter(|f| {
                f.kind == FindingKind::Agrees
                    && (f.topic.starts_with("figure") || f.topic == "date")
            })
            .filter_map(|f| f.claim)
            .collect();
        self.list.retain(|f| {
            !(f.kind == FindingKind::Differs
                && f.topic == "polarity"
                && f.claim.is_some_and(|c| agreed_on_detail.contains(&c)))
        });
        self.list
            .retain(|f| !(f.kind == FindingKind::Differs && direction_agreed(&f.topic)));
        for f in &mut self.list {
            let Some(id) = f.claim.filter(|_| f.kind == FindingKind::Differs) else {
                continue;
            };
            let doc = &set.claims[id].doc;
            if let Some((_, ally)) = agreements
                .iter()
                .find(|(topic, ally)| *topic == f.topic && ally != doc)
            {
                f.kind = FindingKind::Disputed;
                f.detail = Cow::Owned(format!(
                    "the seeds disagree: {}; {ally} agrees with the sentence",
                    f.detail
                ));
            }
        }
        // One dispute per topic and rival document is enough to name it.
        let mut named: Vec<(String, &str)> = Vec::new();
        self.list.retain(|f| {
            let Some(id) = f.claim.filter(|_| f.kind == FindingKind::Disputed) else {
                return true;
            };
            let key = (f.topic.clone(), set.claims[id].doc.as_str());
            let first = !named.contains(&key);
            named.push(key);
            first
        });
        // A claim the sentence agrees with, on a topic the seeds dispute.
        let agreed: Vec<(usize, String, Option<String>)> = self
            .list
            .iter()
            .filter(|f| f.kind == FindingKind::Agrees)
            .filter_map(|f| {
                let figure = f.part.map(|k| format!("figure:{k}"));
                f.claim.map(|id| (id, f.topic.clone(), figure))
            })
            .collect();
        for (id, topic, figure) in &agreed {
            for d in set.claims[*id]
                .disputes
                .iter()
                .filter(|d| d.topic == *topic || Some(&d.topic) == figure.as_ref())
            {
                let rival_doc = &set.claims[d.with].doc;
                if self.list.iter().any(|f| {
                    f.kind == FindingKind::Disputed
                        && (f.claim == Some(d.with)
                            || f.topic == *topic
                                && f.claim.is_some_and(|c| set.claims[c].doc == *rival_doc))
                }) {
                    continue;
                }
                let detail = format!(
                    "the seeds disagree: {} (see {})",
                    d.detail, set.claims[d.with].doc
                );
                self.push(FindingKind::Disputed, d.with, topic, detail);
            }
        }
        // With nothing specific in common and little of the sentence explained, a related
        // claim is not enough to call it a match; nor is a claim of the opposite polarity.
        if !self.has(FindingKind::Differs)
            && !self.has(FindingKind::Adds)
            && !self.has(FindingKind::Agrees)
            && (best.coverage < RESTATE_COVERAGE || opposite || other_parties)
        {
            let doc = &set.claims[best.claim].doc;
            return Outcome {
                verdict: Verdict::None,
                disputed: false,
                findings: vec![Finding {
                    kind: FindingKind::Unchecked,
                    detail: Cow::Owned(format!(
                        "nothing specific to check; the nearest claim is in {doc}"
                    )),
                    claim: Some(best.claim),
                    topic: String::new(),
                    part: None,
                }],
            };
        }
        let disputed = self.has(FindingKind::Disputed);
        let verdict = if self.has(FindingKind::Differs) {
            Verdict::Contradict
        } else if self.has(FindingKind::Adds) {
            Verdict::Extend
        } else {
            if !self.has(FindingKind::Agrees) {
                let doc = &set.claims[best.claim].doc;
                self.push(
                    FindingKind::Agrees,
                    best.claim,
                    "restates",
                    format!("restates what {doc} says"),
                );
            }
            Verdict::Match
        };
        self.list.sort_by_key(|f| match f.kind {
            FindingKind::Differs => 0,
            FindingKind::Disputed => 1,
            FindingKind::Adds => 2,
            FindingKind::Agrees => 3,
            FindingKind::Unchecked => 4,
        });
        Outcome {
            verdict,
            disputed,
            findings: self.list,
        }
    }
}

fn doc_of(set: &ClaimSet, id: usize) -> &str {
    &set.claims[id].doc
}

/// Participants of a figure are "swapped" when each side names an organisation the
/// other does not: the figure is told of someone else.
/// Lists of participants are of mentions or of references to them: a claim's figure
/// lends its own list (`FigureContext::parties`) rather than one of references made for
/// every sentence.
pub(crate) fn swapped(a: &[impl Borrow<Mention>], b: &[impl Borrow<Mention>]) -> bool {
    parties_swapped(a.iter().map(Borrow::borrow), b.iter().map(Borrow::borrow))
}

/// [`swapped`] for participants walked afresh where needed rather than listed: a list of
/// each side's was two allocations for every compared sentence.
fn parties_swapped<'m>(
    a: impl Iterator<Item = &'m Mention> + Clone,
    b: impl Iterator<Item = &'m Mention> + Clone,
) -> bool {
    stranger(a.clone(), b.clone()) && stranger(b, a)
}

/// An organisation of `one` that `other` does not name.
fn stranger<'m>(
    mut one: impl Iterator<Item = &'m Mention>,
    other: impl Iterator<Item = &'m Mention> + Clone,
) -> bool {
    one.any(|x| {
        x.class == EntityClass::Org
            && !other
                .clone()
                .any(|y| y.class == EntityClass::Org && y.name == x.name)
    })
}

/// Kinds of figure an event seldom has two of (a duration, a multiple, a count), so a
/// lone one against a lone one of the same event is the same figure. Money and
/// percentages come in many roles per event and need a closer claim.
fn lone_kind(measure: &crate::quantity::Measure) -> bool {
    use crate::lexicon::UnitKind;
    use crate::quantity::Measure;
    !matches!(
        measure,
        Measure::Money(_) | Measure::Rate(_) | Measure::Unit(UnitKind::Percent)
    )
}

/// Both name a participant in common.
fn share_party(a: &[impl Borrow<Mention>], b: &[impl Borrow<Mention>]) -> bool {
    a.iter()
        .any(|x| b.iter().any(|y| x.borrow().name == y.borrow().name))
}

fn names_of(list: &[impl Borrow<Mention>]) -> String {
    list.iter()
        .map(|m| m.borrow().name.as_str())
        .collect::<Vec<_>>()
        .join(" and ")
}

/// Figures agree when both can be true and are stated close to each other: "more than
/// $60 billion" is consistent with "$110 billion" but says something else.
fn close(a: &Quantity, b: &Quantity) -> bool {
    let slack = 0.25 * a.value.abs().max(b.value.abs());
    a.compatible(b) && (a.value - b.value).abs() <= slack
}

struct Candidate<'a> {
    claim: &'a Claim,
    quantity: &'a Quantity,
    index: usize,
    strong: bool,
    /// Found only through an owned slot, and not about the same parties: it may confirm
    /// a figure but is too loosely tied to contradict one.
    confirm_only: bool,
    coverage: f64,
    /// Who the claim's figure is about, and how many figures of its kind the claim has.
    parties: &'a [Mention],
    lone: bool,
}

/// Whether a claim's figure is the one a sentence figure tells of, whatever else the two
/// sentences say: the claim names its owner with a possessive ("Microsoft's $13 billion
/// investment"), the sentence's figure is that party's, and they share a role word.
fn owned_slot(m: &Mine, cq: &Quantity) -> bool {
    cq.owner.is_some()
        && cq.owner == m.subject
        && m.q.measure.comparable(&cq.measure)
        && m.q.roles.iter().any(|r| cq.roles.contains(r))
}

/// Every organisation in `told` is among `known` or is the claim's `implied` party: a
/// claim that leaves out who received the money may be about another recipient
/// ("Amazon's $50 billion" is not a stake in Anthropic), so its figure is evidence against
/// the sentence's only when its document makes the sentence's parties the likely ones.
fn covers(known: &[Mention], implied: Option<&str>, told: &[&Mention]) -> bool {
    told.iter()
        .filter(|m| m.class == EntityClass::Org)
        .all(|m| known.iter().any(|k| k.name == m.name) || implied == Some(m.name.as_str()))
}

fn compare_quantities(
    facts: &Facts,
    set: &ClaimSet,
    related: &[&Alignment],
    alignments: &[Alignment],
    out: &mut Findings,
) {
    let mine: Vec<&Quantity> = facts
        .quantities
        .iter()
        .filter(|q| facts.asserted(q.clause))
        .collect();
    // Most sentences state no figure: then there is nothing to pair, and the candidates
    // below (a few dozen claim figures, each with its participants) need not be gathered.
    if mine.is_empty() {
        return;
    }
    // What each figure of the sentence is about, worked out once, not per candidate.
    let mine: Vec<Mine> = mine
        .iter()
        .map(|&q| {
            let parties = facts.participants(q.clause);
            // Without a possessive, the clause's first participant named before the figure
            // stands in for the owner ("Amazon invested $50 billion"; not "a $38bn
            // agreement under which OpenAI began running workloads").
            let subject = q.owner.clone().or_else(|| {
                parties
                    .iter()
                    .find(|m| m.tokens.end <= q.tokens.start)
                    .map(|m| m.name.clone())
            });
            let lone = mine
                .iter()
                .filter(|y| y.measure.comparable(&q.measure))
                .count()
                == 1;
            Mine {
                q,
                parties,
                subject,
                lone,
                dates: facts
                    .dates
                    .iter()
                    .filter(|d| d.clause == q.clause)
                    .collect(),
            }
        })
        .collect();
    // A claim that owns a sentence figure's slot is compared even when the rest of it
    // is about something else.
    let owners: Vec<&Alignment> = alignments
        .iter()
        .filter(|a| a.shared_names > 0 && !related.iter().any(|r| r.claim == a.claim))
        .filter(|a| {
            let cf = &set.claims[a.claim].facts;
            cf.quantities
                .iter()
                .any(|cq| cf.asserted(cq.clause) && mine.iter().any(|m| owned_slot(m, cq)))
        })
        .take(MAX_EVENTS)
        .collect();
    let mut candidates: Vec<Candidate> = Vec::new();
    let sources = related
        .iter()
        .map(|a| (*a, false))
        .chain(owners.iter().map(|a| (*a, true)));
    for (a, by_owner) in sources {
        let claim = &set.claims[a.claim];
        for (index, quantity) in claim.facts.quantities.iter().enumerate() {
            if claim.facts.asserted(quantity.clause) {
                let figure = set.figure(a.claim, index);
                let parties = &figure.parties[..];
                let implied = figure.implied.as_deref();
                let owned = mine.iter().any(|m| {
                    owned_slot(m, quantity)
                        && covers(parties, implied, &m.parties)
                        && (a.same_event() || m.dates.is_empty())
                });
                candidates.push(Candidate {
                    claim,
                    quantity,
                    index,
                    strong: a.same_event() || owned,
                    confirm_only: by_owner && !owned,
                    coverage: a.coverage,
                    parties,
                    lone: figure.lone,
                });
            }
        }
    }
    let mut used: Vec<(usize, usize)> = Vec::new();
    let mut settled = vec![false; mine.len()];
    // Pass by pass, from the surest pairing to the weakest: agreement on the same role,
    // plain agreement, difference on the same role, a lone figure against a lone figure,
    // and last the same figure told of another party.
    for pass in PASS_ORDER {
        for (i, m) in mine.iter().enumerate() {
            if settled[i] {
                continue;
            }
            let q = m.q;
            // A claim figure another figure of the sentence matched is accounted for.
            let matched = |c: &Candidate| {
                used.iter()
                    .any(|&(id, k)| close(&set.claims[id].facts.quantities[k], c.quantity))
            };
            let fits = |c: &&Candidate| {
                let accounted = matches!(pass, 1 | 3) && matched(c);
                !used.contains(&(c.claim.id, c.index)) && !accounted
            };
            // Among the pairings a pass allows, the claim figure that fits best is the
            // evidence: the same owner, the same qualifiers (or none on both sides: a total
            // is not told by a first tranche), then the most role words in common.
            let fit = |c: &Candidate| {
                let owner = m.subject.is_some() && m.subject == c.quantity.owner;
                let qualified = q.qualifiers == c.quantity.qualifiers;
                let roles = q
                    .roles
                    .iter()
                    .filter(|r| c.quantity.roles.contains(r))
                    .count();
                (owner, qualified, roles)
            };
            let Some((c, kind)) = candidates
                .iter()
                .filter(fits)
                .filter_map(|c| pair(m, c, pass).map(|k| (c, k)))
                .max_by(|(a, _), (b, _)| {
                    fit(a)
                        .cmp(&fit(b))
                        .then(b.coverage.total_cmp(&a.coverage).reverse())
                })
            else {
                continue;
            };
            // Named only for a finding: most pairings a pass tries find nothing.
            let topic = format!("figure {i}");
            out.push_part(
                kind,
                c.claim.id,
                Some(c.index),
                &topic,
                figure_detail(m, c, kind, pass, set),
            );
            if kind == FindingKind::Agrees {
                used.push((c.claim.id, c.index));
            }
            // Another seed on the other side of the same figure makes it a dispute.
            let rival_kind = if kind == FindingKind::Agrees {
                FindingKind::Differs
            } else {
                FindingKind::Agrees
            };
            let rival_passes: &[usize] = if kind == FindingKind::Agrees {
                &[1]
            } else {
                &[0, 2]
            };
            let rival = candidates
                .iter()
                .filter(|r| {
                    r.claim.doc != c.claim.doc
                        && r.strong
                        && r.coverage >= LONE_FIGURE_COVERAGE
                        && within_rival_ratio(c.quantity, r.quantity)
                        && r.quantity.qualifiers == q.qualifiers
                        && q.roles
                            .iter()
                            .filter(|x| r.quantity.roles.contains(x))
                            .count()
                            >= RIVAL_ROLE_WORDS
                })
                .find(|r| rival_passes.iter().any(|&p| pair(m, r, p).is_some()));
            if let Some(r) = rival {
                out.push_part(
                    rival_kind,
                    r.claim.id,
                    Some(r.index),
                    &topic,
                    figure_detail(m, r, rival_kind, 1, set),
                );
            }
            settled[i] = true;
        }
    }
    for (i, Mine { q, .. }) in mine.iter().enumerate() {
        if !settled[i] {
            out.push(
                FindingKind::Adds,
                related[0].claim,
                &format!("figure {i}"),
                format!("gives a figure no seed states here: {}", q.text),
            );
        }
    }
}

/// Agreements are settled before differences, so a figure is never contradicted by a
/// claim figure another figure of the sentence will match; only a difference in the very
/// same slot (same owner, same role) comes before a plain agreement.
const PASS_ORDER: [usize; 6] = [0, 5, 2, 1, 3, 4];
/// Another seed's figure disputes the sentence's only if it shares this many role words:
/// one shared "investment" is not enough to make two figures one.
const RIVAL_ROLE_WORDS: usize = 2;
/// Seeds that disagree about one figure differ by a rounding, a revision or a misreport
/// ($13 billion against eleven); figures further apart than this factor are two figures
/// (a $110 billion round and a $38 billion contract), not a dispute.
const RIVAL_RATIO: f64 = 2.0;

pub(crate) fn within_rival_ratio(a: &Quantity, b: &Quantity) -> bool {
    let (x, y) = (a.value.abs(), b.value.abs());
    x.max(y) <= RIVAL_RATIO * x.min(y)
}

/// A figure of the sentence, with what it is about.
struct Mine<'a> {
    q: &'a Quantity,
    parties: Vec<&'a Mention>,
    /// Its owner, or the clause's first participant standing in for one.
    subject: Option<String>,
    /// The only figure of its kind in the sentence.
    lone: bool,
    /// The dates of its clause: a dated figure may be one instalment of a total told
    /// without one.
    dates: Vec<&'a DateMention>,
}

/// How a figure of the sentence pairs with a claim's figure in a given pass, if it does.
fn pair(m: &Mine, c: &Candidate, pass: usize) -> Option<FindingKind> {
    let (q, cq) = (m.q, c.quantity);
    if !q.measure.comparable(&cq.measure) {
        return None;
    }
    // Two figures with different stated owners are different figures.
    let owners_differ = matches!((&q.owner, &cq.owner), (Some(a), Some(b)) if a != b);
    // Nor are a first investment and a total one.
    let qualifiers_differ = !q.qualifiers.is_empty()
        && !cq.qualifiers.is_empty()
        && !q.qualifiers.iter().any(|x| cq.qualifiers.contains(x));
    if owners_differ && pass != 4 || qualifiers_differ {
        return None;
    }
    // A claim's "initial $1 billion" is a part the sentence's plain "$20 billion" need not
    // be: it agrees when the values do, but it is no evidence against it.
    let claim_narrower = q.qualifiers.is_empty() && !cq.qualifiers.is_empty();
    let same_qualifiers = !q.qualifiers.is_empty() && q.qualifiers == cq.qualifiers;
    let same_owner = m.subject.is_some() && m.subject == cq.owner;
    let (p_q, p_c) = (&m.parties, c.parties);
    let compatible = q.compatible(cq);
    let roles = q.roles.iter().any(|r| cq.roles.contains(r)) || q.copied && cq.copied;
    let swap = swapped(p_q, p_c);
    // Neither naming a party is no sign of two parties ("the first offer, with a 25%
    // raise"): a corpus about one company often leaves it unnamed. A sentence's figure
    // told of no party may be the claim's too ("AI spending worldwide will reach $5.52
    // trillion"), but only where two role words tie them: one is no evidence ("the
    // investment builds on a $38bn, seven-year computing agreement" is not "OpenAI's
    // $110 billion funding round").
    let shared = share_party(p_q, p_c) || p_q.is_empty() && p_c.is_empty();
    let role_words = q.roles.iter().filter(|r| cq.roles.contains(r)).count();
    let unnamed = p_q.is_empty() && role_words >= RIVAL_ROLE_WORDS;
    let lone = c.lone && m.lone;
    let kind = match pass {
        1 | 3 | 4 | 5 if claim_narrower || c.confirm_only => return None,
        0 if close(q, cq) && !swap && (roles || same_qualifiers && shared) => FindingKind::Agrees,
        1 if !compatible
            && !swap
            && roles
            && (shared || unnamed)
            && (c.strong || cq.copied || same_qualifiers) =>
        {
            FindingKind::Differs
        }
        2 if close(q, cq) && !swap => FindingKind::Agrees,
        3 if !compatible
            && (lone_kind(&q.measure) || c.coverage >= LONE_FIGURE_COVERAGE)
            && !swap
            && c.strong
            && shared
            && lone =>
        {
            FindingKind::Differs
        }
        4 if close(q, cq) && swap && (roles || shared) && c.strong => FindingKind::Differs,
        5 if !compatible && !swap && roles && shared && same_owner => FindingKind::Differs,
        _ => return None,
    };
    if kind == FindingKind::Differs && on_other_dates(m, &c.claim.facts, cq.clause) {
        return None;
    }
    Some(kind)
}

/// The two figures' clauses give dates that cannot be one day: two moves of a share
/// price ("fell 3.2% on Monday", "surged 27% on Tuesday") are two events, not a
/// difference. Bounds ("by 2030", "since 2019") are no event's date.
fn on_other_dates(m: &Mine, claim: &Facts, clause: usize) -> bool {
    let claim_dates = || {
        claim
            .dates
            .iter()
            .filter(move |d| d.clause == clause && !d.bound)
    };
    m.dates
        .iter()
        .filter(|d| !d.bound)
        .any(|d| claim_dates().any(|cd| d.conflicts(cd)))
}

fn figure_detail(
    m: &Mine,
    c: &Candidate,
    kind: FindingKind,
    pass: usize,
    set: &ClaimSet,
) -> String {
    let doc = doc_of(set, c.claim.id);
    let (q, cq) = (m.q, c.quantity);
    match (kind, pass) {
        (FindingKind::Agrees, _) => format!("{} agrees with {doc}: {}", q.text, cq.text),
        (_, 4) => format!(
            "says {} of {}; {doc} gives {} to {}",
            q.text,
            names_of(&m.parties),
            cq.text,
            names_of(c.parties)
        ),
        _ => format!("says {}; {doc} says {}", q.text, cq.text),
    }
}

/// How much two clauses talk about the same things: shared names and content words.
fn clause_affinity(a: &Facts, clause_a: usize, b: &Facts, clause_b: usize) -> usize {
    shared_words(a, clause_a, b, clause_b) + shared_names(a, clause_a, b, clause_b)
}

/// How many content words of clause `ca` of `a` clause `cb` of `b` has too.
fn shared_words(a: &Facts, ca: usize, b: &Facts, cb: usize) -> usize {
    a.terms
        .iter()
        .filter(|t| t.clause == ca && !t.light)
        .filter(|t| {
            b.terms
                .iter()
                .any(|u| u.clause == cb && !u.light && u.concept == t.concept)
        })
        .count()
}

/// How many names clause `ca` of `a` gives that clause `cb` of `b` gives too.
fn shared_names(a: &Facts, ca: usize, b: &Facts, cb: usize) -> usize {
    names_in_clause(a, ca)
        .filter(|n| names_in_clause(b, cb).any(|m| m == *n))
        .count()
}

fn compare_dates(facts: &Facts, set: &ClaimSet, related: &[&Alignment], out: &mut Findings) {
    for d in facts
        .dates
        .iter()
        .filter(|d| !d.bound && facts.asserted(d.clause))
    {
        // A weekday alone says little: "on Monday" is checked only against a claim that
        // states one of the sentence's figures, so it is the same announcement, and is
        // no news without one (it is often the day of the report, not of the event).
        if !d.has_calendar_field() {
            let weekday_claims: Vec<&Alignment> = related
                .iter()
                .copied()
                .filter(|a| a.shared_quantities > 0)
                .collect();
            compare_weekday(d, set, &weekday_claims, out);
            continue;
        }
        // Within a claim, the date whose clause talks about what the sentence's date clause
        // talks about: "$2.52 trillion in 2026 …, while cloud revenues … in 2025". A claim's
        // bare weekday is no evidence against a calendar date (it is often the day of the
        // report: "said on Tuesday that it had completed" the deal signed on March 8).
        let dated = |a: &&Alignment| {
            let cf = &set.claims[a.claim].facts;
            let mut dates: Vec<(usize, usize, &crate::date::DateMention)> = cf
                .dates
                .iter()
                .filter(|c| !c.bound && cf.asserted(c.clause) && c.share_calendar_field(d))
                .map(|c| (clause_affinity(facts, d.clause, cf, c.clause), a.claim, c))
                .collect();
            let top = dates
                .iter()
                .map(|(affinity, _, _)| *affinity)
                .max()
                .unwrap_or(0);
            dates.retain(|(affinity, _, _)| *affinity == top);
            dates
                .into_iter()
                .map(|(_, id, c)| (id, c))
                .collect::<Vec<_>>()
        };
        // The best-aligned claim that dates the same event decides; weaker ones only confirm.
        let event_dates: Vec<_> = related
            .iter()
            .filter(|a| a.same_event())
            .flat_map(dated)
            .collect();
        let agreed = match event_dates.first() {
            None => related
                .iter()
                .flat_map(dated)
                .find(|(_, c)| !c.conflicts(d)),
            Some(&(best, _)) => event_dates
                .iter()
                .copied()
                .find(|(id, c)| *id == best && !c.conflicts(d)),
        };
        if let Some((id, c)) = agreed {
            push_date(out, FindingKind::Agrees, set, d, id, c);
        } else if let Some(&(id, c)) = event_dates.first().filter(|&&(id, c)| {
            // A date is another event's unless the claim explains much of the sentence, or
            // shares a figure with it, or its date clause shares more than one word with
            // the sentence's: Trainium chips powering OpenAI from 2027 and Cerebras
            // hardware on Bedrock in 2026 share only "chips".
            related
                .iter()
                .any(|a| a.claim == id && (a.shared_quantities > 0 || a.coverage >= DATE_COVERAGE))
                || clause_affinity(facts, d.clause, &set.claims[id].facts, c.clause)
                    >= DATE_AFFINITY
        }) {
            push_date(out, FindingKind::Differs, set, d, id, c);
        } else {
            out.push(
                FindingKind::Adds,
                related[0].claim,
                "date",
                format!("gives a date no seed states here: {}", d.text),
            );
        }
    }
}

/// Whether each role clause names an organisation, besides the role fillers, that the
/// other does not: who hosts OpenAI's workloads says nothing of who hosts Anthropic's.
fn other_users(a: &Facts, ra: &crate::extract::Role, b: &Facts, rb: &crate::extract::Role) -> bool {
    let filler = |name: &str| {
        [&ra.name, &rb.name].iter().any(|f| f.as_str() == name)
            || [&ra.parent, &rb.parent]
                .iter()
                .any(|p| p.as_deref() == Some(name))
    };
    let users = |f, clause| {
        mentions_in_clause(f, clause).filter(|m: &&Mention| !m.source && !filler(&m.name))
    };
    // Organisations each side names and the other does not: the parties are swapped.
    parties_swapped(users(a, ra.clause), users(b, rb.clause))
}

/// A weekday against the weekdays of the claims that share a figure with the sentence.
fn compare_weekday(
    d: &crate::date::DateMention,
    set: &ClaimSet,
    tied: &[&Alignment],
    out: &mut Findings,
) {
    let stated: Vec<_> = tied
        .iter()
        .flat_map(|a| {
            let cf = &set.claims[a.claim].facts;
            cf.dates
                .iter()
                .filter(move |c| !c.bound && cf.asserted(c.clause) && c.comparable(d))
                .map(move |c| (a.claim, c))
        })
        .collect();
    let Some(&(id, c)) = stated
        .iter()
        .find(|(_, c)| !c.conflicts(d))
        .or_else(|| stated.first())
    else {
        return;
    };
    let kind = if c.conflicts(d) {
        FindingKind::Differs
    } else {
        FindingKind::Agrees
    };
    push_date(out, kind, set, d, id, c);
}

/// A finding that the sentence's date `d` agrees with, or differs from, claim `id`'s `c`.
/// The deadline an asserted clause of `f` states ("by 2028"), if any.
fn deadline(f: &Facts, clause: usize) -> Option<&crate::date::DateMention> {
    f.dates
        .iter()
        .find(|d| d.deadline && d.clause == clause && f.asserted(clause))
}

/// A deadline on a figure the sentence and a claim agree on ("invest about $11 billion …
/// by 2028"): the deadline in the sentence figure's clause against the one in the claim
/// figure's. Other bounds ("since 2024") say too little to compare.
fn compare_deadlines(facts: &Facts, set: &ClaimSet, out: &mut Findings) {
    let mine: Vec<&Quantity> = facts
        .quantities
        .iter()
        .filter(|q| facts.asserted(q.clause))
        .collect();
    let agreed: Vec<(usize, usize, usize)> = out
        .list
        .iter()
        .filter(|f| f.kind == FindingKind::Agrees)
        .filter_map(|f| {
            let figure = f.topic.strip_prefix("figure ")?.parse().ok()?;
            Some((figure, f.claim?, f.part?))
        })
        .collect();
    for (figure, id, part) in agreed {
        let claim = &set.claims[id].facts;
        let (Some(q), Some(cq)) = (mine.get(figure), claim.quantities.get(part)) else {
            continue;
        };
        let (Some(d), Some(c)) = (deadline(facts, q.clause), deadline(claim, cq.clause)) else {
            continue;
        };
        let doc = doc_of(set, id);
        let (kind, detail) = if c.conflicts(d) {
            let detail = format!("says {} by {}; {doc} says by {}", q.text, d.text, c.text);
            (FindingKind::Differs, detail)
        } else {
            let detail = format!("by {} agrees with {doc}: by {}", d.text, c.text);
            (FindingKind::Agrees, detail)
        };
        out.push(kind, id, &format!("deadline {figure}"), detail);
    }
}

fn push_date(
    out: &mut Findings,
    kind: FindingKind,
    set: &ClaimSet,
    d: &crate::date::DateMention,
    id: usize,
    c: &crate::date::DateMention,
) {
    let doc = doc_of(set, id);
    let detail = if kind == FindingKind::Agrees {
        format!("{} agrees with {doc}: {}", d.text, c.text)
    } else {
        format!("says {}; {doc} says {}", d.text, c.text)
    };
    out.push(kind, id, "date", detail);
}

fn compare_roles(facts: &Facts, set: &ClaimSet, related: &[Alignment], out: &mut Findings) {
    for r in facts.roles.iter().filter(|r| facts.asserted(r.clause)) {
        // The product whose role it is: the role filler itself does not count.
        let mine: Vec<&str> = products(facts, r.clause).filter(|p| *p != r.name).collect();
        let mine_talk: Vec<&str> = talk(facts, r.clause).collect();
        for a in related {
            let claim = &set.claims[a.claim];
            for cr in claim
                .facts
                .roles
                .iter()
                .filter(|cr| cr.role == r.role && claim.facts.asserted(cr.clause))
            {
                let same_theme =
                    products(&claim.facts, cr.clause).any(|p| mine.contains(&p) && p != cr.name);
                // Counted only where asked: most role clauses are tied or not by the rest.
                let shared_talk = || {
                    talk(&claim.facts, cr.clause)
                        .filter(|c| mine_talk.contains(c))
                        .count()
                };
                // A figure both role clauses state ("the $110 billion round") ties them as
                // well; a figure elsewhere in the claim is another clause's ("a $38 billion
                // partnership with Amazon, … since striking a new agreement with Microsoft").
                let same_figure = figures_agree(facts, r.clause, &claim.facts, cr.clause);
                let tied = a.same_event() || same_figure;
                // So does a figure both give the same party, with a word around it
                // ("Amazon invested $50 billion in Anthropic", "Amazon's $50 billion
                // investment in OpenAI").
                let same_money = || same_figure && a.shared_names > 0 && shared_talk() > 0;
                if !(same_theme
                    || same_money()
                    || mine.is_empty() && tied && shared_talk() >= ROLE_THEME_WORDS)
                {
                    continue;
                }
                let same = cr.name == r.name
                    || cr.parent.as_deref() == Some(r.name.as_str())
                    || r.parent.as_deref() == Some(cr.name.as_str());
                if same {
                    out.push(
                        FindingKind::Agrees,
                        claim.id,
                        &format!("role:{}", r.role),
                        format!("{} ({}) agrees with {}", r.name, r.role, claim.doc),
                    );
                } else if !names_in_clause(&claim.facts, cr.clause).any(|n| n == r.name)
                    && !facts.names().any(|n| n == cr.name)
                    && (same_theme || same_figure || !other_users(facts, r, &claim.facts, cr))
                {
                    let exclusive = if claim
                        .facts
                        .clauses
                        .get(cr.clause)
                        .is_some_and(|c| c.exclusive)
                    {
                        " exclusively"
                    } else {
                        ""
                    };
                    out.push(
                        FindingKind::Differs,
                        claim.id,
                        &format!("role:{}", r.role),
                        format!(
                            "says {} {}; {} says{exclusive} {} {}",
                            role_phrase(set, &r.role),
                            r.name,
                            claim.doc,
                            role_phrase(set, &cr.role),
                            cr.name
                        ),
                    );
                }
            }
        }
    }
}

/// Whether clause `ca` of `a` and clause `cb` of `b` assert a figure both can be true of.
fn figures_agree(a: &Facts, ca: usize, b: &Facts, cb: usize) -> bool {
    fn asserted(f: &Facts, c: usize) -> impl Iterator<Item = &Quantity> {
        f.quantities
            .iter()
            .filter(move |q| q.clause == c && f.asserted(c))
    }
    asserted(a, ca).any(|q| asserted(b, cb).any(|cq| q.compatible(cq)))
}

/// The products a clause names. The same product in both role clauses ("Frontier … on
/// AWS", "Frontier … on Azure") ties the roles together even when the sentences differ
/// otherwise.
/// The participants named in one clause.
fn names_in_clause(f: &Facts, clause: usize) -> impl Iterator<Item = &str> {
    mentions_in_clause(f, clause).map(|m| m.name.as_str())
}

fn mentions_in_clause(f: &Facts, clause: usize) -> impl Iterator<Item = &Mention> + Clone {
    f.mentions
        .iter()
        .filter(move |m| f.clause_of(m.tokens.start) == clause)
}

fn people(f: &Facts, clause: usize) -> impl Iterator<Item = &Mention> {
    mentions_in_clause(f, clause).filter(|m| m.class == EntityClass::Person && !m.source)
}

fn products(f: &Facts, clause: usize) -> impl Iterator<Item = &str> {
    mentions_in_clause(f, clause)
        .filter(|m| m.class == EntityClass::Product)
        .map(|m| m.name.as_str())
}

/// What a clause talks about, its rare words. Without a product, two role clauses are tied
/// by it: "stateless API calls … hosted on".
fn talk(f: &Facts, clause: usize) -> impl Iterator<Item = &str> {
    f.terms
        .iter()
        .filter(move |t| t.clause == clause && !t.light)
        .map(|t| t.concept.as_str())
}

/// How a finding says a role ("on" Azure, "led by" Amazon): the lexicon's `role_phrase`.
fn role_phrase<'a>(set: &'a ClaimSet, role: &'a str) -> &'a str {
    set.lexicon
        .role_phrases
        .get(role)
        .map_or(role, String::as_str)
}

/// Whether the sentence affirms or denies what the best claim about the same event says.
fn compare_polarity(facts: &Facts, set: &ClaimSet, related: &[&Alignment], out: &mut Findings) {
    let close = related
        .iter()
        .find(|a| a.same_event() && a.coverage >= POLARITY_COVERAGE);
    let Some(best) = close else { return };
    let claim = &set.claims[best.claim];
    let Some((negated, claim_negated, reaches)) = polarities(facts, &claim.facts) else {
        return;
    };
    // "No longer exclusive" is what follows a state a seed tells of in the past.
    let ceased = facts.clauses.iter().any(|c| c.asserts() && c.ceased);
    let past = claim.facts.clauses.iter().any(|c| c.asserts() && c.past);
    // Denying an alliance of three ("a Microsoft OpenAI Amazon Alliance did not come to
    // pass") is not denying a partnership of two of them: every organisation of the
    // denying clause must be named on the other side.
    let (denier, other) = if negated {
        (facts, &claim.facts)
    } else {
        (&claim.facts, facts)
    };
    let denies_more = (0..denier.clauses.len())
        .filter(|&c| denier.clauses[c].asserts() && denier.clauses[c].negated)
        .flat_map(|c| crate::dispute::clause_orgs(denier, c))
        .any(|org| !other.names().any(|n| n == org));
    if claim_negated != negated && reaches && !(ceased && past) && !denies_more {
        let (mine, theirs) = if negated {
            ("denies", "states")
        } else {
            ("states", "denies")
        };
        out.push(
            FindingKind::Differs,
            claim.id,
            "polarity",
            format!("{mine} what {} {theirs}", claim.doc),
        );
    }
}

/// Whether the sentence and a claim deny what they share: `(sentence, claim, reaches)`,
/// `reaches` telling whether the other side speaks of what the negated side denies (see
/// [`denial_reaches`]; a denial of something else is no contradiction, but it is no
/// restatement either). Where either side's asserted clauses differ in polarity ("opposed
/// the deal from the start and did not endorse the final agreement"), each clause of the
/// sentence is read against the claim's clauses that share the most words with it, then
/// the most names (a clause that borrows its subject names none); a clause whose polarity
/// differs from all of those is the pair returned, and without one, `None`.
fn polarities(facts: &Facts, claim: &Facts) -> Option<(bool, bool, bool)> {
    let (mine, theirs) = (asserted_clauses(facts), asserted_clauses(claim));
    let uniform = |f: &Facts| asserted_clauses(f).all(|c| f.clauses[c].negated == f.negated());
    if uniform(facts) && uniform(claim) {
        let (denier, other) = match (facts.negated(), claim.negated()) {
            (true, false) => (facts, claim),
            (false, true) => (claim, facts),
            (same, _) => return Some((same, same, false)),
        };
        let reaches = (0..denier.clauses.len())
            .filter(|&c| denier.clauses[c].asserts() && denier.clauses[c].negated)
            .any(|c| denial_reaches(denier, c, other));
        return Some((facts.negated(), claim.negated(), reaches));
    }
    let shared = |a: usize, b: usize| {
        (
            shared_words(facts, a, claim, b),
            shared_names(facts, a, claim, b),
        )
    };
    mine.into_iter().find_map(|a| {
        let most = theirs
            .clone()
            .map(|b| shared(a, b))
            .max()
            .filter(|&n| n > (0, 0))?;
        let denied = facts.clauses[a].negated;
        // A denial is read against the claim's clauses that speak of what it denies, where
        // there are any ("Signalling is not part of the contract, and KSR will tender it
        // separately" against "The contract does not cover signalling, which KSR plans to
        // tender separately": the clause about the contract, not the one about tendering).
        let speaks_of_denied = |b: usize| {
            denied
                && facts.clauses[a].denied.as_ref().is_some_and(|word| {
                    claim
                        .terms
                        .iter()
                        .any(|t| t.clause == b && t.concept == *word)
                })
        };
        let about_denied = theirs.clone().any(speaks_of_denied);
        let mut nearest = theirs.clone().filter(|&b| {
            if about_denied {
                speaks_of_denied(b)
            } else {
                shared(a, b) == most
            }
        });
        let differs = nearest.clone().all(|b| claim.clauses[b].negated != denied);
        let reaches = if denied {
            denial_reaches(facts, a, claim)
        } else {
            nearest.any(|b| denial_reaches(claim, b, facts))
        };
        differs.then_some((denied, !denied, reaches))
    })
}

/// The asserted clauses of `f`, by position: walked afresh where needed rather than
/// listed, as [`polarities`] runs twice for every compared sentence.
fn asserted_clauses(f: &Facts) -> impl Iterator<Item = usize> + Clone + '_ {
    (0..f.clauses.len()).filter(|&c| f.clauses[c].asserts())
}

/// Whether `other` tells of what clause `clause` of `denier` denies: the word the negation
/// denies, or anything where the denial reaches the whole clause. "Lumetra's plant opened
/// in 2017" says nothing of a plant Halvorsen "does not plan to close".
fn denial_reaches(denier: &Facts, clause: usize, other: &Facts) -> bool {
    denier.clauses[clause]
        .denied
        .as_ref()
        .is_none_or(|word| other.terms.iter().any(|t| t.concept == *word))
}

/// A relation the seeds disagree about (one denies what others state): the sentence sides
/// with the seeds of its own polarity, and the others are named as disputing it. A clause
/// that states the relation with a figure or a date tells of one deal the seeds agree on
/// ("a $38 billion partnership with Amazon"), not of whether the relation exists.
fn compare_disputed_relations(
    facts: &Facts,
    set: &ClaimSet,
    alignments: &[Alignment],
    out: &mut Findings,
) {
    for (c, clause) in facts.clauses.iter().enumerate() {
        let specific = facts.quantities.iter().any(|q| q.clause == c)
            || facts.dates.iter().any(|d| d.clause == c);
        if !clause.asserts() || specific && !clause.negated {
            continue;
        }
        for r in set
            .relations
            .iter()
            .filter(|r| crate::dispute::tells(facts, c, &r.parties, &r.concept))
        {
            let stater = alignments
                .iter()
                .map(|a| a.claim)
                .find(|id| r.stated_by.contains(id))
                .unwrap_or(r.stated_by[0]);
            let (ally, rival, verb, rival_verb) = if clause.negated {
                (r.denied_by, stater, "denies", "states")
            } else {
                (stater, r.denied_by, "states", "denies")
            };
            let relation = r.describe();
            out.push(
                FindingKind::Agrees,
                ally,
                "polarity",
                format!("{verb} {relation}, as {} does", doc_of(set, ally)),
            );
            out.push(
                FindingKind::Disputed,
                rival,
                "polarity",
                format!(
                    "the seeds disagree: {} {rival_verb} {relation}; {} agrees with the sentence",
                    doc_of(set, rival),
                    doc_of(set, ally)
                ),
            );
        }
    }
}

/// A rise or a fall, judged against the best claim about the same event that moves the
/// same thing (shares, spending) of the same party.
fn compare_directions(facts: &Facts, set: &ClaimSet, related: &[&Alignment], out: &mut Findings) {
    for (ci, clause) in facts.clauses.iter().enumerate() {
        // A denied move ("didn't fall") is no move either way.
        let Some(dir) = clause
            .direction
            .filter(|_| clause.asserts() && !clause.negated)
        else {
            continue;
        };
        let terms_of = |c: usize| -> Vec<&str> {
            facts
                .terms
                .iter()
                .filter(|t| t.clause == c && !t.light)
                .map(|t| t.concept.as_str())
                .collect()
        };
        // "Amazon's shares gained 5%, while Microsoft gained 3%": a clause that names no
        // subject of its own moves what the sentence's other moving clauses do.
        let mut my_terms = terms_of(ci);
        if my_terms.is_empty() {
            my_terms = (0..facts.clauses.len())
                .filter(|&c| c != ci && facts.clauses[c].direction.is_some())
                .flat_map(terms_of)
                .collect();
        }
        let topic = format!("direction {ci}");
        let mine = facts.participants(ci);
        let judged = related.iter().filter(|a| a.same_event()).find_map(|a| {
            let claim = &set.claims[a.claim];
            claim
                .facts
                .clauses
                .iter()
                .enumerate()
                .find_map(|(cj, theirs)| {
                    let other = theirs
                        .direction
                        .filter(|o| theirs.asserts() && !theirs.negated && o.axis == dir.axis)?;
                    // What moves: a word both clauses share, or two names ("the FDA
                    // rejected Kisunla").
                    let subject = claim
                        .facts
                        .terms
                        .iter()
                        .any(|t| t.clause == cj && my_terms.contains(&t.concept.as_str()))
                        || shared_names(facts, ci, &claim.facts, cj) >= 2;
                    // Who decides may be a person ("Biden blocked the deal").
                    let same_person = people(facts, ci)
                        .any(|p| people(&claim.facts, cj).any(|q| q.name == p.name));
                    let party = share_party(&mine, &claim.facts.participants(cj)) || same_person;
                    (subject && party).then_some((claim, other))
                })
        });
        let word = |d: crate::lexicon::Direction| {
            set.lexicon.axes[usize::from(d.axis)].1[usize::from(d.up)].as_str()
        };
        match judged {
            Some((claim, other)) if other == dir => out.push(
                FindingKind::Agrees,
                claim.id,
                &topic,
                format!("{} agrees with {}", word(dir), claim.doc),
            ),
            Some((claim, other)) => out.push(
                FindingKind::Differs,
                claim.id,
                &topic,
                format!("says {}; {} says {}", word(dir), claim.doc, word(other)),
            ),
            None => {}
        }
    }
}

fn compare_attributes(facts: &Facts, set: &ClaimSet, out: &mut Findings) {
    for attr in &facts.attributes {
        let Some(holder) = &attr.holder else { continue };
        for claim in &set.claims {
            for theirs in claim
                .facts
                .attributes
                .iter()
                .filter(|t| t.class == attr.class && t.holder.as_ref() == Some(holder))
            {
                if theirs.value == attr.value {
                    out.push(
                        FindingKind::Agrees,
                        claim.id,
                        &format!("attribute:{}", attr.class),
                        format!("{holder} is {} in {} too", attr.value, claim.doc),
                    );
                } else {
                    out.push(
                        FindingKind::Differs,
                        claim.id,
                        &format!("attribute:{}", attr.class),
                        format!(
                            "says {holder} is {}; {} says {}",
                            attr.value, claim.doc, theirs.value
                        ),
                    );
                }
            }
        }
    }
}

/// Names and rare words the related claims do not have: what the sentence adds.
fn new_details(facts: &Facts, set: &ClaimSet, related: &[&Alignment], out: &mut Findings) {
    let best = &set.claims[related[0].claim];
    let known_names = set.document_names.get(&best.doc);
    let in_related = |name: &str| {
        related
            .iter()
            .any(|a| set.claim_names(a.claim).iter().any(|n| n == name))
    };
    // Who reports it ("according to WinBuzzer") is attribution, not a detail of the event.
    let reported = |name: &str| facts.mentions.iter().all(|m| m.name != name || m.source);
    for name in facts.names().filter(|n| !reported(n)) {
        if !in_related(name) && !known_names.is_some_and(|n| n.iter().any(|x| x == name)) {
            out.push(
                FindingKind::Adds,
                best.id,
                "detail",
                format!("names {name}, which {} does not mention", best.doc),
            );
        }
    }
    let mut residual: Vec<&str> = Vec::new();
    let mut weight = 0.0;
    for t in facts
        .terms
        .iter()
        .filter(|t| facts.asserted(t.clause) && !t.light)
    {
        // A word the claim uses to count or to say what a figure is ("two tranches") is
        // read into the figure, not into its terms; one inside a name it gives ("a
        // stateful runtime environment", the product) is read into the name.
        let covered = related.iter().any(|a| {
            let cf = &set.claims[a.claim].facts;
            cf.terms.iter().any(|c| c.concept == t.concept)
                || cf.quantities.iter().any(|q| {
                    q.roles.contains(&t.concept)
                        || matches!(&q.measure, Measure::Count(noun) if *noun == t.concept)
                })
                || set.name_stems(a.claim).contains(&t.concept)
        });
        if !covered {
            residual.push(&t.concept);
            weight += set.index.rarity(Key::Term(&t.concept));
        }
    }
    if residual.len() >= NEW_DETAIL_WORDS && weight >= NEW_DETAIL_WEIGHT {
        out.push(
            FindingKind::Adds,
            best.id,
            "detail",
            format!(
                "adds detail the seeds do not give ({})",
                residual.join(", ")
            ),
        );
    }
}
