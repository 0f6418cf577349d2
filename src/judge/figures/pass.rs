//! The passes of the figure comparison, surest first, with the rule each decides by, and
//! the two sides a pass pairs: a figure of the sentence ([`Mine`]) and a claim figure
//! ([`Candidate`]).

use crate::claims::Claim;
use crate::date::DateMention;
use crate::entity::Mention;
use crate::quantity::Quantity;
use crate::rule::Rule;

/// Why a claim's figures are candidates for a sentence's.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Source {
    /// The claim is about the sentence's event.
    Related,
    /// It owns a sentence figure's slot ([`owned_slot`](super::matching::owned_slot)).
    Owner,
    /// It tells a sentence figure's measure ([`same_measure`](super::matching::same_measure)).
    Measure,
    /// It gives a sentence figure's number, and shares nothing else.
    Number,
}

/// The ways a sentence's figure pairs with a claim's, each its own rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Pass {
    /// Close values and a role word (or the same qualifiers and a party) in common.
    SameRoleAgrees,
    /// Values that cannot both be true, a role word and a party in common, and a claim
    /// strongly tied to the sentence.
    SameRoleDiffers,
    /// Close values, parties not swapped.
    Agrees,
    /// The only figure of its kind on each side, of a claim about the same event.
    LoneDiffers,
    /// Close values told of other parties.
    OtherParty,
    /// Values that cannot both be true of the same owner and role.
    SameOwnerDiffers,
    /// The same number with another unit or length of time ([`same_number`](super::matching::same_number)).
    OtherUnit,
    /// A claim's earlier value given as the present one ([`earlier_value`](super::pair::earlier_value)).
    EarlierValue,
}

/// Agreements are settled before differences, so a figure is never contradicted by a
/// claim figure another figure of the sentence will match; only a difference in the very
/// same slot (same owner, same role) comes before a plain agreement, and a plain agreement
/// with a figure sharing none of the sentence figure's role words gives way to a difference
/// in a claim that tells those roles and explains far more of the sentence
/// (`outranking_coverage`).
pub(super) const PASSES: [Pass; 8] = [
    Pass::SameRoleAgrees,
    Pass::SameOwnerDiffers,
    Pass::Agrees,
    Pass::EarlierValue,
    Pass::OtherUnit,
    Pass::SameRoleDiffers,
    Pass::LoneDiffers,
    Pass::OtherParty,
];

impl Pass {
    pub(super) fn rule(self) -> Rule {
        match self {
            Pass::SameRoleAgrees => Rule::FigureSameRole,
            Pass::SameRoleDiffers => Rule::FigureSameRoleDiffers,
            Pass::Agrees => Rule::FigureAgrees,
            Pass::LoneDiffers => Rule::LoneFigureDiffers,
            Pass::OtherParty => Rule::FigureOtherParty,
            Pass::SameOwnerDiffers => Rule::FigureSameOwnerDiffers,
            Pass::OtherUnit => Rule::FigureOtherUnit,
            Pass::EarlierValue => Rule::FigureEarlierValue,
        }
    }
}

pub(super) struct Candidate<'a> {
    pub(super) claim: &'a Claim,
    pub(super) quantity: &'a Quantity,
    pub(super) index: usize,
    pub(super) strong: bool,
    /// Found through the measure alone (see [`same_measure`](super::matching::same_measure)): a claim that names no party
    /// may still tell the sentence's quantity.
    pub(super) by_measure: bool,
    /// Found only through an owned slot, and not about the same parties: it may confirm
    /// a figure but is too loosely tied to contradict one.
    pub(super) confirm_only: bool,
    pub(super) coverage: f64,
    /// Who the claim's figure is about, and how many figures of its kind the claim has.
    pub(super) parties: &'a [Mention],
    pub(super) lone: bool,
}

/// A figure of the sentence, with what it is about.
pub(super) struct Mine<'a> {
    pub(super) q: &'a Quantity,
    pub(super) parties: Vec<&'a Mention>,
    /// Its parties are named in its own clause, not borrowed from another clause of the
    /// sentence for want of any.
    pub(super) own_parties: bool,
    /// Its owner, or the clause's first participant standing in for one.
    pub(super) subject: Option<String>,
    /// The only figure of its kind in the sentence.
    pub(super) lone: bool,
    /// The dates of its clause: a dated figure may be one instalment of a total told
    /// without one.
    pub(super) dates: Vec<&'a DateMention>,
    /// Its clause is negated: "Microsoft, which did not lead the $110 billion round" tells
    /// no figure of Microsoft, so it is no evidence of a difference.
    pub(super) denied: bool,
}
