//! What the judge found about one sentence, as typed values: the kind of finding, the rule
//! that made it, what it is about ([`Topic`]) and the values compared ([`Detail`]). The
//! words a person reads are made from these once, at the edge (`crate::wording`). The
//! claim set records disputes between its documents in the same terms.

use crate::lexicon::Direction;
use crate::rule::Rule;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// A detail the reference states the same way.
    Agrees,
    /// A detail the reference states differently.
    Differs,
    /// A detail no reference gives, about something a reference describes.
    Adds,
    /// The references disagree with each other here.
    Disputed,
    /// Why a sentence was not checked (a question, a conditional, nothing known).
    Unchecked,
}

/// What a finding is about. An agreement and a difference on one topic from two documents
/// are a dispute between the documents, so topics are compared for equality.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Topic {
    /// Nothing in particular (why a sentence went unchecked).
    None,
    /// The sentence's figure of this index (among its asserted figures).
    Figure(usize),
    /// A claim's own figure of this index: the topic of a dispute between two documents'
    /// figures found figure by figure (`dispute::figure_disagreements`).
    ClaimFigure(usize),
    /// The deadline on the sentence's figure of this index.
    Deadline(usize),
    Date,
    /// Who plays this role ("platform", "recipient").
    Role(String),
    /// Who plays which role in this relation ("transfer", "sue"). Never stored in a claim
    /// set, so never read back (no code for it).
    #[serde(skip_deserializing)]
    Frame(String),
    Polarity,
    /// The direction of the sentence's clause of this index.
    Direction(usize),
    /// An attribute of this class ("nationality").
    Attribute(String),
    /// Whether this party took part, or was alone in its part.
    Participation(String),
    /// Whether one party holds this role alone.
    Exclusivity(String),
    /// A place in a ranking on this scale.
    Rank(String),
    /// Something the sentence adds.
    Detail,
    /// The sentence as a whole restates a claim.
    Restates,
}

impl Topic {
    /// A figure of the sentence or of a claim.
    pub fn is_figure(&self) -> bool {
        matches!(self, Topic::Figure(_) | Topic::ClaimFigure(_))
    }
}

/// The values a finding compares, each variant one way of saying it. The claim the finding
/// rests on (its document, its quote) is the finding's `claim`, not repeated here.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Detail {
    /// Why a sentence was not checked: its rule says.
    Unchecked,
    /// Nothing specific to check; the finding's claim is the nearest one.
    NearestClaim,
    FigureAgrees {
        mine: String,
        theirs: String,
    },
    FigureDiffers {
        mine: String,
        theirs: String,
    },
    /// The claim gives the figure to other parties.
    FigureOtherParty {
        mine: String,
        my_parties: Vec<String>,
        theirs: String,
        their_parties: Vec<String>,
    },
    FigureNew {
        mine: String,
    },
    DeadlineAgrees {
        mine: String,
        theirs: String,
    },
    DeadlineDiffers {
        figure: String,
        mine: String,
        theirs: String,
    },
    DateAgrees {
        mine: String,
        theirs: String,
    },
    DateDiffers {
        mine: String,
        theirs: String,
    },
    DateNew {
        mine: String,
    },
    RoleAgrees {
        role: String,
        name: String,
    },
    RoleDiffers {
        role: String,
        name: String,
        their_role: String,
        their_name: String,
        /// The claim says its party holds the role exclusively.
        exclusive: bool,
    },
    /// Findings on frames are never stored in a claim set, so never read back (no code for
    /// them).
    ///
    /// A party in the sentence plays the role (`mine`) of the relation that the claim gives
    /// another (`theirs` is the party's role there), and `with` the party the sentence puts
    /// in the party's role in the claim.
    #[serde(skip_deserializing)]
    FrameExchanged {
        relation: String,
        party: String,
        mine: String,
        theirs: String,
        with: String,
    },
    /// The sentence puts `mine` in `role` of the relation, where the claim has `theirs`.
    #[serde(skip_deserializing)]
    FrameOtherParty {
        relation: String,
        role: String,
        mine: String,
        theirs: String,
    },
    /// The parties play the same roles of the relation as in the claim: `role name` pairs.
    #[serde(skip_deserializing)]
    FrameAgrees {
        relation: String,
        fillers: Vec<(String, String)>,
    },
    /// The sentence denies what the claim states (`denies`), or states what it denies.
    PolarityDiffers {
        denies: bool,
    },
    /// The sentence denies what the finding's claim denies too (`denies`), or states what
    /// it states, where another reference says the opposite.
    PolarityAgrees {
        denies: bool,
    },
    /// The sentence states (or denies) a relation as the finding's claim does.
    RelationSide {
        relation: String,
        denies: bool,
    },
    /// The finding's claim takes the other side on a relation; `ally` agrees with the
    /// sentence.
    RelationDisputed {
        relation: String,
        rival_denies: bool,
        ally: usize,
    },
    DirectionAgrees {
        direction: Direction,
    },
    DirectionDiffers {
        mine: Direction,
        theirs: Direction,
    },
    /// The party stays out (`out`) or takes part as the claim says.
    ParticipationAgrees {
        party: String,
        out: bool,
    },
    /// The sentence has the party stay out (`out`) or take part; the claim the reverse.
    ParticipationDiffers {
        party: String,
        out: bool,
    },
    /// One side makes `party` the only one in its part, the other has `other` take part
    /// too: the sentence says "only", or the claim does (`claim_sole`).
    OnlyPartyDiffers {
        party: String,
        other: String,
        claim_sole: bool,
    },
    /// The sentence denies `denied` the role it gives `partner`; the claim gives it.
    ContrastDenied {
        denied: String,
        partner: String,
        role: String,
    },
    /// The sentence gives `role` to `name` as well; the claim to `their_name` exclusively.
    ExclusiveShared {
        role: String,
        name: String,
        their_name: String,
    },
    /// Places in a ranking, in words.
    Rank {
        mine: String,
        theirs: String,
    },
    AttributeAgrees {
        holder: String,
        value: String,
    },
    AttributeDiffers {
        holder: String,
        mine: String,
        theirs: String,
    },
    NewName {
        name: String,
    },
    /// Words the related claims do not explain, as byte ranges of the sentence.
    NewWords {
        words: Vec<std::ops::Range<usize>>,
    },
    Restates,
    /// A difference from the finding's claim where document `ally` agrees with the
    /// sentence: the documents disagree.
    SourcesDisagree {
        inner: Box<Detail>,
        ally: String,
    },
    /// The finding's claim is on the other side of a dispute the claim set records for
    /// claim `of`, the one the sentence agrees with.
    KnownDispute {
        of: usize,
        dispute: usize,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub kind: FindingKind,
    /// The rule that made the finding (or, for a dispute, turned it into one).
    pub rule: Rule,
    pub topic: Topic,
    pub detail: Detail,
    pub claim: Option<usize>,
    /// For a figure, which of the claim's figures it was paired with: the documents
    /// dispute figures one by one (`Topic::ClaimFigure`).
    pub part: Option<usize>,
}

impl Finding {
    /// Why a sentence went unchecked, by the gate `rule`.
    pub fn unchecked(rule: Rule) -> Finding {
        Finding {
            kind: FindingKind::Unchecked,
            rule,
            topic: Topic::None,
            detail: Detail::Unchecked,
            claim: None,
            part: None,
        }
    }
}

/// A finding a rule removed or prevented, and that rule: what `--explain` shows besides
/// the findings that stand.
#[derive(Clone, Debug, PartialEq)]
pub struct Suppressed {
    pub finding: Finding,
    pub by: Rule,
}
