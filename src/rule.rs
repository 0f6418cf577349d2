//! Every decision that can make, change or suppress a verdict, by name.
//!
//! A finding names the rule that produced it, a suppressed finding the rule that removed it,
//! and a verdict the rule that decided it, so a wrong verdict can be traced to one rule
//! (`factmark check --explain`). The name is the rule's stable identifier in the JSON; the
//! description says in plain words what the rule decides, for a reader of the evidence.
//! Each rule's code and its test live in the judge module of its aspect (`src/judge/`).

use serde::{Serialize, Serializer};

macro_rules! rules {
    ($($(#[doc = $doc:literal])+ $variant:ident = $name:literal, $description:literal;)+) => {
        /// A named rule of the judge (see the module docs).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Rule {
            $($(#[doc = $doc])+ $variant,)+
        }

        impl Rule {
            /// Every rule, in the order of the pipeline.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)+];

            /// The rule's stable identifier ("figure-same-role-differs").
            pub fn name(self) -> &'static str {
                match self {
                    $(Rule::$variant => $name,)+
                }
            }

            /// What the rule decides, in words for a reader of the evidence.
            pub fn description(self) -> &'static str {
                match self {
                    $(Rule::$variant => $description,)+
                }
            }
        }
    };
}

rules! {
    /// Segmentation: a sentence longer than `segment::MAX_SENTENCE_BYTES` is checked in
    /// pieces, cut at a clause break; each piece says so.
    LongSentenceCut = "long-sentence-cut", "This passage is too long to be one sentence: it was checked in pieces, cut at a clause break.";
    /// Gate: a question asserts nothing a reference could confirm.
    Question = "question", "It is a question: it asserts nothing to check.";
    /// Gate: a conditional or counterfactual ("if … were to", "would have") asserts nothing.
    Conditional = "conditional", "It is a conditional or a counterfactual: it asserts nothing to check.";
    /// Gate: speculation or a prediction ("may", "is expected to", "next year").
    Speculation = "speculation", "It is speculation or a prediction: it asserts nothing to check.";
    /// Gate: advice or a call to action ("should", "consider").
    Advice = "advice", "It is advice or a call to action: it asserts nothing to check.";
    /// Gate: an opinion ("arguably", "striking", "a huge win").
    Opinion = "opinion", "It is an opinion: it asserts nothing to check.";
    /// Gate: no name, figure, date or attribute to check.
    NoCheckableDetail = "no-checkable-detail", "It gives no name, figure or date that could be checked.";
    /// Gate: one checkable detail, and no claim sharing it explains most of the sentence.
    OneDetailUnexplained = "one-detail-unexplained", "It gives only one checkable detail, and no reference sentence explains the rest of it.";
    /// Gate: no claim shares enough with the sentence to be about the same thing.
    NoRelatedClaim = "no-related-claim", "No reference sentence is about this.";
    /// Gate: one shared name and none of the sentence's own words: a party the references
    /// mention in passing, not their event.
    NameInPassing = "name-in-passing", "It names a party the references mention, but says nothing they are about.";
    /// A figure agrees with a claim figure that shares its role words.
    FigureSameRole = "figure-same-role", "A figure agrees with the same figure in a reference.";
    /// A figure differs from the claim figure of the same owner and role.
    FigureSameOwnerDiffers = "figure-same-owner-differs", "A figure differs from the one a reference gives the same party for the same thing.";
    /// A figure agrees with a claim figure about the same parties.
    FigureAgrees = "figure-agrees", "A figure agrees with a reference.";
    /// The same number with another unit, scale or length of time than a claim figure of
    /// the same measure: one figure misreported ("11.4 miles" for "11.4 kilometres", daily
    /// users for weekly ones).
    FigureOtherUnit = "figure-other-unit", "A figure gives a reference's number with another unit or for another length of time.";
    /// A share of a whole or a multiple of a base agrees with the part and the whole the
    /// claims give ("less than half of the $110 billion round" for Amazon's $50 billion).
    FigureShareAgrees = "figure-share-agrees", "A share or a multiple agrees with the figures the references give its parts.";
    /// A share or a multiple cannot be the ratio of the part and the whole the claims give.
    FigureShareDiffers = "figure-share-differs", "A share or a multiple differs from the ratio of the figures the references give.";
    /// A claim's earlier value (the "from" of a change) given as the present one, with no
    /// date: the claim's present value in the same clause differs.
    FigureEarlierValue = "figure-earlier-value", "A figure gives as the present value what a reference gives as an earlier one.";
    /// A figure differs from a claim figure about the same parties with a role word in common.
    FigureSameRoleDiffers = "figure-same-role-differs", "A figure differs from the same figure in a reference.";
    /// The only figure of its kind differs from the only one of a claim about the same event.
    LoneFigureDiffers = "lone-figure-differs", "The only figure of its kind differs from the one a reference gives for the same event.";
    /// A figure a claim gives to other parties is told of the sentence's parties.
    FigureOtherParty = "figure-other-party", "A figure is put on other parties than the reference gives it to.";
    /// Another reference states the same figure the other way: the references disagree.
    FigureRivalSource = "figure-rival-source", "Another reference gives this figure differently.";
    /// A figure no claim about the event states.
    FigureNew = "figure-new", "It gives a figure the references do not.";
    /// Suppresses a figure difference: the two figures are dated on days that cannot be one.
    FigureOtherDate = "figure-other-date", "Two figures dated on different days are two events, not a difference.";
    /// A deadline on an agreed figure agrees with the claim's.
    DeadlineAgrees = "deadline-agrees", "The deadline agrees with a reference.";
    /// A deadline on an agreed figure differs from the claim's.
    DeadlineDiffers = "deadline-differs", "The deadline differs from a reference's.";
    /// A date agrees with the date a claim about the same event gives.
    DateAgrees = "date-agrees", "A date agrees with a reference.";
    /// A date differs from the date of a claim clearly about the same event.
    DateDiffers = "date-differs", "A date differs from a reference's date for the same event.";
    /// A date no claim about the event gives.
    DateNew = "date-new", "It gives a date the references do not.";
    /// A weekday agrees with that of a claim sharing one of the sentence's figures.
    WeekdayAgrees = "weekday-agrees", "The weekday agrees with a reference.";
    /// A weekday differs from that of a claim sharing one of the sentence's figures.
    WeekdayDiffers = "weekday-differs", "The weekday differs from a reference's.";
    /// The same party plays the same role (platform, recipient, leader) as in a claim.
    RoleAgrees = "role-agrees", "The party in this role agrees with a reference.";
    /// Another party plays a role a claim about the same thing gives someone else.
    RoleDiffers = "role-differs", "A reference gives this role to another party.";
    /// Two parties play each other's roles in a relation a claim about the same event
    /// states (buyer and seller, winner and loser, plaintiff and defendant).
    FrameRolesExchanged = "frame-roles-exchanged", "The parties play each other's roles in a relation a reference states: who did what to whom is reversed.";
    /// A party the claim does not name fills a role one party fills in an event (the buyer
    /// of a thing sold, the winner of a match) that the claim gives another, the two
    /// frames tied by a figure or a theme and agreeing on another role.
    FrameOtherParty = "frame-other-party", "A reference about the same event gives this role to another party.";
    /// Suppresses an exchange of roles: a claim tied as closely to the sentence states the
    /// relation with the parties in the roles the sentence gives them.
    FrameStatedElsewhere = "frame-stated-elsewhere", "Another reference states the relation with the parties in these roles: the exchanged reading is another event.";
    /// The parties play the same roles in a relation as in a claim about the same event.
    FrameAgrees = "frame-agrees", "The parties play the same roles as in a reference.";
    /// The sentence denies what the best claim about the same event states, or the reverse.
    PolarityDiffers = "polarity-differs", "It denies what a reference states, or states what a reference denies.";
    /// Another document's claim about the same event takes the sentence's side where the
    /// best claim takes the other: the references disagree ([`Rule::SourcesDisagree`]).
    PolarityAgrees = "polarity-agrees", "Another reference states (or denies) it as the sentence does.";
    /// Suppresses a polarity difference: a state that ceased ("no longer") against a seed
    /// telling of it in the past.
    CeasedAfterPast = "ceased-after-past", "Something that no longer holds is not denied by a reference telling of it in the past.";
    /// Suppresses a polarity difference: one side restarts what the other stopped
    /// ("flights resumed" against "flights were cancelled"); the two follow each other.
    ResumedAfterCessation = "resumed-after-cessation", "A restart of what a reference says was stopped does not deny the stop.";
    /// Suppresses a polarity difference: the denial names a party the other side does not
    /// (an alliance of three denied is not a partnership of two denied).
    DenialOfMoreParties = "denial-of-more-parties", "Denying a relation among more parties is not denying one among fewer.";
    /// Suppresses a polarity difference: the denial is about a party the claim does not
    /// name ("Microsoft, which did not lead the round" against "Amazon led the round").
    DenialOfOtherParty = "denial-of-other-party", "Denying something of one party is not denying it of another.";
    /// The sentence takes a side on a relation one reference denies and others state.
    DisputedRelation = "disputed-relation", "The references disagree on whether this relation exists.";
    /// A party stays out of (or takes part in) an event as a claim says it does.
    ParticipationAgrees = "participation-agrees", "Whether the party took part agrees with a reference.";
    /// A party stays out of an event a claim has it take part in, or the reverse.
    ParticipationDiffers = "participation-differs", "A reference says the opposite of whether this party took part.";
    /// "The only investor": a claim has another party take part in the same event.
    OnlyPartyDiffers = "only-party-differs", "It gives one party alone a part a reference gives other parties too.";
    /// "AWS instead of Azure": a claim gives the denied party the role.
    ContrastDenied = "contrast-denied", "It denies a party the role a reference gives it.";
    /// A claim says one party holds a role exclusively; the sentence gives it to another too.
    ExclusiveShared = "exclusive-shared", "It shares a role a reference says one party holds exclusively.";
    /// A place in a ranking agrees with a claim's on the same scale for the same event.
    RankAgrees = "rank-agrees", "A place in a ranking agrees with a reference.";
    /// A place in a ranking differs ("second-largest" against "largest"), or a first ever
    /// against a first since a time.
    RankDiffers = "rank-differs", "A place in a ranking differs from a reference's.";
    /// A rise or fall agrees with the claim that moves the same thing of the same party.
    DirectionAgrees = "direction-agrees", "The direction of a change agrees with a reference.";
    /// A rise against a fall (or approval against a block) of the same thing.
    DirectionDiffers = "direction-differs", "The direction of a change is the opposite of a reference's.";
    /// An attribute (nationality, founding year) agrees with a claim's for the same holder.
    AttributeAgrees = "attribute-agrees", "An attribute agrees with a reference.";
    /// An attribute differs from a claim's for the same holder.
    AttributeDiffers = "attribute-differs", "An attribute differs from a reference's.";
    /// A name none of the related claims or their document gives.
    NewName = "new-name", "It names a party or product the reference does not mention.";
    /// Rare words the related claims do not explain, weighty enough to be new detail.
    NewWords = "new-words", "It adds detail the references do not give.";
    /// Resolution: a polarity difference is dropped against a claim the sentence agrees
    /// with on a figure or date (the claim's negation was about something else).
    AgreedDetailNotDenied = "agreed-detail-not-denied", "Agreeing on a figure or date with a reference is not denying it.";
    /// Resolution: a difference where another reference agrees is a dispute between them.
    SourcesDisagree = "sources-disagree", "The references disagree with each other here; the sentence sides with one of them.";
    /// Resolution: one dispute per topic and rival document is named.
    OneDisputePerSource = "one-dispute-per-source", "The same disagreement is named once.";
    /// Resolution: agreeing with a claim on a topic the references dispute names the rival.
    KnownDispute = "known-dispute", "The references disagree on this; the sentence sides with one of them.";
    /// Resolution: nothing specific in common and too little of the sentence explained.
    TooLittleExplained = "too-little-explained", "Nothing specific to check: the nearest reference sentence explains too little of it.";
    /// Resolution: nothing specific in common and the nearest claim has the opposite polarity.
    OppositePolarityUnchecked = "opposite-polarity-unchecked", "Nothing specific to check: the nearest reference sentence says the opposite in general terms.";
    /// Resolution: nothing specific in common and the nearest claim is about other parties.
    OtherPartiesUnchecked = "other-parties-unchecked", "Nothing specific to check: the nearest reference sentence is about other parties.";
    /// Resolution: related, nothing differs or adds, and the claim explains the sentence.
    Restates = "restates", "It restates what a reference says.";
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Rule {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl Rule {
    /// The rule named `name`, if there is one.
    pub fn from_name(name: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_kebab_case_and_round_trip() {
        let mut seen = std::collections::HashSet::new();
        for &rule in Rule::ALL {
            let name = rule.name();
            assert!(seen.insert(name), "{name} twice");
            assert!(
                name.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{name}"
            );
            assert_eq!(Rule::from_name(name), Some(rule));
            let d = rule.description();
            assert!(d.ends_with('.') && !d.contains("seed"), "{name}: {d}");
        }
    }
}
