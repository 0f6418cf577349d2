//! Attributes a sentence gives a party ("Mistral AI is a British company"), against the
//! claims that give the same party the same class of attribute. Rules:
//! [`Rule::AttributeAgrees`], [`Rule::AttributeDiffers`].

use super::findings::Findings;
use crate::claims::ClaimSet;
use crate::extract::Facts;
use crate::finding::{Detail, FindingKind, Topic};
use crate::rule::Rule;

pub(super) fn compare(facts: &Facts, set: &ClaimSet, out: &mut Findings) {
    for attr in &facts.attributes {
        let Some(holder) = &attr.holder else { continue };
        for claim in &set.claims {
            for theirs in claim
                .facts
                .attributes
                .iter()
                .filter(|t| t.class == attr.class && t.holder.as_ref() == Some(holder))
            {
                let topic = Topic::Attribute(attr.class.clone());
                if theirs.value == attr.value {
                    out.push(
                        FindingKind::Agrees,
                        Rule::AttributeAgrees,
                        claim.id,
                        topic,
                        Detail::AttributeAgrees {
                            holder: holder.clone(),
                            value: attr.value.clone(),
                        },
                    );
                } else {
                    out.push(
                        FindingKind::Differs,
                        Rule::AttributeDiffers,
                        claim.id,
                        topic,
                        Detail::AttributeDiffers {
                            holder: holder.clone(),
                            mine: attr.value.clone(),
                            theirs: theirs.value.clone(),
                        },
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::judge::assert_fires;
    use crate::rule::Rule;

    #[test]
    fn attribute_agrees() {
        assert_fires(Rule::AttributeAgrees, "Mistral AI is a French company.");
    }

    #[test]
    fn attribute_differs() {
        assert_fires(Rule::AttributeDiffers, "Mistral AI is a British company.");
    }
}
