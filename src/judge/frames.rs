//! Who does what to whom: each frame of the sentence (`crate::frame`) against the frames
//! of one relation in the claims about the same event. Two parties in each other's roles
//! contradict (the buyer is the seller, the winner the loser); the same parties in the
//! same roles agree. Precision first: frames are compared only when the relation is the
//! same (converse wordings are one relation) and something ties the two clauses to one
//! event: a figure both state, the same thing sold or licensed, an agreeing date, or words
//! and names they share. A party the claim does not name in a role one party fills (the
//! buyer of the thing sold) contradicts too, where a figure or a theme ties the frames.
//! Rules: [`Rule::FrameRolesExchanged`], [`Rule::FrameOtherParty`],
//! [`Rule::FrameStatedElsewhere`], [`Rule::FrameAgrees`].

use super::findings::Findings;
use super::roles::figures_agree;
use crate::align::Alignment;
use crate::claims::ClaimSet;
use crate::extract::Facts;
use crate::finding::{Detail, Finding, FindingKind, Topic};
use crate::frame::{Filler, Frame, Relation};
use crate::overlap::names_in_clause;
use crate::rule::Rule;

/// What one frame of the sentence says against one of a claim.
enum Reading<'a> {
    /// `party` plays `mine` in the sentence and the opposed `theirs` in the claim, and the
    /// sentence gives `theirs` to `with`: the roles are exchanged. `with` is in the claim's
    /// frame too, in the role the sentence gives `party` ([`Exchange::Both`]), or named in
    /// the claim ([`Exchange::Named`]), or not named there at all.
    Exchanged {
        party: &'a Filler,
        theirs: &'a Filler,
        with: &'a Filler,
        exchange: Exchange,
    },
    /// The frames agree on a role, but `mine`, whom the claim does not name, fills a
    /// unique role the claim gives `theirs`, whom the sentence does not name (`mine` must
    /// be a party the references name elsewhere).
    OtherParty {
        mine: &'a Filler,
        theirs: &'a Filler,
    },
    /// Two or more of the sentence's fillers (of frame `s`) play the same roles in the
    /// claim's (`c`), and none another.
    Agrees {
        s: &'a Frame,
        c: &'a Frame,
    },
    Unrelated,
}

/// How much of an exchange of roles the claim's frame shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Exchange {
    /// Both parties, each in the other's role.
    Both,
    /// One party in the other's role; the claim names the other party too.
    Named,
    /// One party in the other's role; the claim does not name the other party.
    One,
}

/// A reading waiting for the best-tied claim: its tie, claim and reading.
type Candidate<'a> = (usize, usize, Reading<'a>);

/// Each asserted frame of the sentence against the frames of the same relation in the
/// claims `nearby`.
#[inline(never)]
pub(super) fn compare(facts: &Facts, set: &ClaimSet, nearby: &[Alignment], out: &mut Findings) {
    if facts.frames.is_empty() {
        return;
    }
    let tuning = &set.tuning;
    for sf in facts.frames.iter().filter(|f| open(facts, f.clause)) {
        let Some(relation) = set.lexicon.frames.relation(&sf.relation) else {
            continue;
        };
        // Claims' frames of a relation that reads as this one ("OpenAI will use AWS" for
        // "purchases from"), read as it.
        let lexicon = &set.lexicon.frames;
        let read_as: Vec<(usize, Frame)> = nearby
            .iter()
            .flat_map(|a| {
                let claim = &set.claims[a.claim];
                claim
                    .facts
                    .frames
                    .iter()
                    .filter(|f| lexicon.reads_as(&f.relation, &sf.relation))
                    .filter(|f| open(&claim.facts, f.clause))
                    .filter_map(|f| Some((a.claim, lexicon.read_as(f, &sf.relation)?)))
                    .collect::<Vec<_>>()
            })
            .collect();
        let mut exchanged: Option<Candidate> = None;
        let mut other: Option<Candidate> = None;
        let mut agreement: Option<Candidate> = None;
        // Keeps `reading` if it is tied more closely than the one kept.
        fn keep<'a>(kept: &mut Option<Candidate<'a>>, tie: usize, claim: usize, r: Reading<'a>) {
            if kept.as_ref().is_none_or(|(t, _, _)| tie > *t) {
                *kept = Some((tie, claim, r));
            }
        }
        for a in nearby {
            let claim = &set.claims[a.claim];
            let cfs = claim
                .facts
                .frames
                .iter()
                .filter(|f| f.relation == sf.relation && open(&claim.facts, f.clause))
                .chain(
                    read_as
                        .iter()
                        .filter(|(c, _)| *c == a.claim)
                        .map(|(_, f)| f),
                );
            for cf in cfs {
                let read = reading(sf, cf, relation, facts, &claim.facts);
                if matches!(read, Reading::Unrelated) {
                    continue;
                }
                let Some((tie, strong)) = tie(facts, sf, &claim.facts, cf, relation) else {
                    continue;
                };
                match read {
                    Reading::Exchanged { exchange, .. } => {
                        // The fewer parties the claim's frame shows exchanged, the closer
                        // the tie must be: one party alone in the opposite role of the
                        // same figure or the same thing sold.
                        let enough = match exchange {
                            Exchange::Both => a.same_event() && tie >= tuning.frame_swap_tie,
                            Exchange::Named => tie >= tuning.frame_half_tie,
                            Exchange::One => strong && tie >= tuning.frame_half_tie,
                        };
                        if enough {
                            keep(&mut exchanged, tie, a.claim, read);
                        }
                    }
                    Reading::OtherParty { mine, .. } => {
                        // Clearly another party: one the references name elsewhere, not a
                        // name they never use (an acronym or a nickname of their party).
                        let known = set
                            .document_names
                            .values()
                            .any(|names| names.contains(&mine.name));
                        if known && a.same_event() && strong && tie >= tuning.frame_half_tie {
                            keep(&mut other, tie, a.claim, read);
                        }
                    }
                    Reading::Agrees { .. } => {
                        if a.same_event() || tie >= tuning.frame_swap_tie {
                            keep(&mut agreement, tie, a.claim, read);
                        }
                    }
                    Reading::Unrelated => {}
                }
            }
        }
        let topic = || Topic::Frame(relation.name.clone());
        let differs = exchanged
            .map(|c| (c, Rule::FrameRolesExchanged))
            .or(other.map(|c| (c, Rule::FrameOtherParty)));
        if let Some(((tie, claim, read), rule)) = differs {
            let detail = detail(&read, relation);
            // A claim as closely tied that states the relation as the sentence does tells
            // of an event where it holds ("Tamsin licenses its software to Kestrel" beside
            // "Kestrel licenses its designs to Tamsin").
            if agreement.as_ref().is_some_and(|(t, _, _)| *t >= tie) {
                out.prevented(Rule::FrameStatedElsewhere, || Finding {
                    kind: FindingKind::Differs,
                    rule,
                    topic: topic(),
                    detail,
                    claim: Some(claim),
                    part: None,
                });
            } else {
                out.push(FindingKind::Differs, rule, claim, topic(), detail);
            }
        }
        if let Some((_, claim, read)) = agreement {
            let detail = detail(&read, relation);
            out.push(
                FindingKind::Agrees,
                Rule::FrameAgrees,
                claim,
                topic(),
                detail,
            );
        }
    }
}

/// How a finding says a reading.
#[inline(never)]
fn detail(read: &Reading, relation: &Relation) -> Detail {
    let relation = relation.name.clone();
    match *read {
        Reading::Exchanged {
            party,
            theirs,
            with,
            ..
        } => Detail::FrameExchanged {
            relation,
            party: party.name.clone(),
            mine: party.role.clone(),
            theirs: theirs.role.clone(),
            with: with.name.clone(),
        },
        Reading::OtherParty { mine, theirs } => Detail::FrameOtherParty {
            relation,
            role: mine.role.clone(),
            mine: mine.name.clone(),
            theirs: theirs.name.clone(),
        },
        Reading::Agrees { s, c } => {
            let mut fillers: Vec<(String, String)> = Vec::new();
            for x in s.fillers.iter().filter(|x| {
                c.fillers
                    .iter()
                    .any(|y| y.role == x.role && x.same_party(y))
            }) {
                if !fillers.iter().any(|(r, n)| *r == x.role && *n == x.name) {
                    fillers.push((x.role.clone(), x.name.clone()));
                }
            }
            Detail::FrameAgrees { relation, fillers }
        }
        Reading::Unrelated => Detail::Restates,
    }
}

/// An asserted clause that does not deny: a denied relation has no roles to exchange.
fn open(facts: &Facts, clause: usize) -> bool {
    facts.asserted(clause) && facts.clauses.get(clause).is_none_or(|c| !c.negated)
}

/// How closely the clauses of two frames of one relation are tied to one event (see
/// `Tuning::frame_swap_tie`), and whether by a figure or a theme both state; `None` when
/// their dates cannot be one event's.
#[inline(never)]
fn tie(s: &Facts, sf: &Frame, c: &Facts, cf: &Frame, relation: &Relation) -> Option<(usize, bool)> {
    fn dates(f: &Facts, clause: usize) -> Vec<&crate::date::DateMention> {
        f.dates
            .iter()
            .filter(|d| d.clause == clause && !d.bound)
            .collect()
    }
    let (sd, cd) = (dates(s, sf.clause), dates(c, cf.clause));
    let comparable = || {
        sd.iter()
            .flat_map(|d| cd.iter().map(move |e| (*d, *e)))
            .filter(|(d, e)| e.comparable(d))
    };
    let agreeing_date = comparable().any(|(d, e)| !e.conflicts(d));
    if comparable().any(|(d, e)| e.conflicts(d)) && !agreeing_date {
        return None;
    }
    let mut tie = usize::from(agreeing_date);
    let figure = figures_agree(s, sf.clause, c, cf.clause);
    if figure {
        tie += 2;
    }
    let theme = sf.fillers.iter().any(|x| {
        relation.is_theme(&x.role)
            && cf
                .fillers
                .iter()
                .any(|y| y.role == x.role && x.same_party(y))
    });
    if theme {
        tie += 2;
    }
    // Words the clauses share, besides the words that gave the relation.
    let frame_word = |concept: &str| sf.words.iter().chain(&cf.words).any(|w| w == concept);
    tie += s
        .terms
        .iter()
        .filter(|t| t.clause == sf.clause && !t.light && !frame_word(&t.concept))
        .filter(|t| {
            c.terms
                .iter()
                .any(|u| u.clause == cf.clause && !u.light && u.concept == t.concept)
        })
        .count();
    // Names they share besides the frames' fillers ("the Sovereign Cup final").
    let filler = |n: &str| {
        sf.fillers
            .iter()
            .chain(&cf.fillers)
            .any(|f| f.stands_for(n))
    };
    tie += names_in_clause(s, sf.clause)
        .filter(|n| !filler(n) && names_in_clause(c, cf.clause).any(|m| m == *n))
        .count();
    Some((tie, figure || theme))
}

/// What frame `s` of the sentence (whose facts are `sentence`) says against frame `c` of a
/// claim (whose facts are `claim`) of the same relation.
#[inline(never)]
fn reading<'a>(
    s: &'a Frame,
    c: &'a Frame,
    relation: &Relation,
    sentence: &Facts,
    claim: &Facts,
) -> Reading<'a> {
    let party = |f: &&Filler| !relation.is_theme(&f.role);
    let mut exchanged: Vec<(&Filler, &Filler)> = Vec::new();
    // Fillers of the sentence in the same role in the claim (a filler once).
    let mut agreeing = 0;
    let mut party_agrees = false;
    let mut elsewhere = false;
    for x in &s.fillers {
        let mut agrees = false;
        for y in c.fillers.iter().filter(|y| x.same_party(y)) {
            if x.role == y.role {
                agrees = true;
                party_agrees |= party(&x);
            } else if !party(&x) || !party(&y) {
                // A party and the thing it sells ("purchases of Azure services" from
                // Microsoft): no role of its own to exchange.
            } else if relation.opposed(&x.role, &y.role) {
                exchanged.push((x, y));
            } else {
                elsewhere = true;
            }
        }
        agreeing += usize::from(agrees);
    }
    if exchanged.is_empty() {
        if elsewhere {
            return Reading::Unrelated;
        }
        if agreeing > 0 {
            if let Some((mine, theirs)) = other_party(s, c, relation, sentence, claim) {
                return Reading::OtherParty { mine, theirs };
            }
        }
        return if agreeing >= 2 {
            Reading::Agrees { s, c }
        } else {
            Reading::Unrelated
        };
    }
    // A party in the same role alongside the exchange: more than two parties, or a misread.
    if party_agrees || elsewhere {
        return Reading::Unrelated;
    }
    let (x, y) = exchanged[0];
    // The party the sentence puts where the claim has `x`.
    let Some(with) = s
        .fillers
        .iter()
        .find(|w| w.role == y.role && !w.same_party(x))
    else {
        return Reading::Unrelated;
    };
    let both = exchanged
        .iter()
        .any(|(a, b)| a.same_party(with) && b.role == x.role);
    // Only `x` is in the claim's frame: `with` must have no role in it.
    let in_frame = c.fillers.iter().filter(party).any(|f| f.same_party(with));
    let exchange = if both {
        Exchange::Both
    } else if in_frame {
        return Reading::Unrelated;
    } else if claim.names().any(|n| with.stands_for(n)) {
        Exchange::Named
    } else {
        Exchange::One
    };
    Reading::Exchanged {
        party: x,
        theirs: y,
        with,
        exchange,
    }
}

/// A unique role of the relation that each frame gives one party, each party unnamed on
/// the other side: the sentence's filler and the claim's.
#[inline(never)]
fn other_party<'a>(
    s: &'a Frame,
    c: &'a Frame,
    relation: &Relation,
    sentence: &Facts,
    claim: &Facts,
) -> Option<(&'a Filler, &'a Filler)> {
    let names = |f: &Facts, x: &Filler| f.names().any(|n| x.stands_for(n));
    relation.unique.iter().find_map(|role| {
        let mut mine = s.fillers.iter().filter(|f| f.role == *role);
        let mut theirs = c.fillers.iter().filter(|f| f.role == *role);
        let (x, y) = (mine.next()?, theirs.next()?);
        let alone = mine.next().is_none() && theirs.next().is_none();
        (alone
            && !x.may_be(y)
            && !c.fillers.iter().any(|f| f.same_party(x))
            && !s.fillers.iter().any(|f| f.same_party(y))
            && !names(claim, x)
            && !names(sentence, y))
        .then_some((x, y))
    })
}

#[cfg(test)]
mod tests {
    use crate::judge::{assert_fires, assert_fires_in, corpus};
    use crate::rule::Rule;

    #[test]
    fn frame_roles_exchanged() {
        assert_fires(
            Rule::FrameRolesExchanged,
            "OpenAI led a $110 billion funding round for Amazon.",
        );
        let set = corpus(&[(
            "a.txt",
            "Halvorsen Grid sold its turbine unit Brenmark to Oskarsson Energy for $2 billion in May 2024.",
        )]);
        assert_fires_in(
            &set,
            Rule::FrameRolesExchanged,
            "Oskarsson Energy sold Brenmark to Halvorsen Grid for $2 billion.",
        );
    }

    #[test]
    fn frame_other_party() {
        let set = corpus(&[(
            "a.txt",
            "Halvorsen Grid sold its turbine unit Brenmark to Oskarsson Energy for $2 billion in May 2024. Tessaly Power had bid for Brenmark too.",
        )]);
        assert_fires_in(
            &set,
            Rule::FrameOtherParty,
            "Halvorsen Grid sold Brenmark to Tessaly Power for $2 billion.",
        );
    }

    #[test]
    fn frame_stated_elsewhere() {
        let set = corpus(&[(
            "a.txt",
            "Halvorsen Grid licenses its turbine designs to Oskarsson Energy. Oskarsson Energy licenses its grid software to Halvorsen Grid.",
        )]);
        assert_fires_in(
            &set,
            Rule::FrameStatedElsewhere,
            "Halvorsen Grid licenses its turbine software to Oskarsson Energy.",
        );
    }

    #[test]
    fn frame_agrees() {
        let set = corpus(&[(
            "a.txt",
            "Halvorsen Grid sold its turbine unit Brenmark to Oskarsson Energy for $2 billion in May 2024.",
        )]);
        assert_fires_in(
            &set,
            Rule::FrameAgrees,
            "Oskarsson Energy bought Brenmark from Halvorsen Grid.",
        );
    }
}
