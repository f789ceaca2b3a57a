//! A cluster's consensus look and its drifting members, counted over interned look tokens.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use crate::features::{tells_objects_apart, Features, UNRESOLVED, VARIANT};
use crate::{pattern_id, pattern_name, CanonicalValue, Member, Outlier, Pattern};

/// The look tokens of one partition (`property=value`), split once and ranked: a rank orders
/// as its text does, so counting and choosing on ranks gives what counting on the texts gives,
/// without comparing strings for every member's every token.
pub(crate) struct TokenTable<'a> {
    /// By token id: its property's rank and its value's rank (`None` for a token with no `=`).
    ranks: Vec<Option<(u32, u32)>>,
    /// By token id: the token's text.
    texts: Vec<&'a str>,
    /// Properties (with their conditions), by rank.
    properties: Vec<&'a str>,
    /// Normalised values, by rank.
    values: Vec<&'a str>,
}

/// A look token's property key and value: `prop[condition]=value`, where the condition may hold
/// `=` itself (`[aria-expanded="true"]`, `(width >= 40rem)`), so the key ends at the `]` that
/// closes it.
pub(crate) fn split_token(text: &str) -> Option<(&str, &str)> {
    let property_end = text.find(['[', '='])?;
    if text.as_bytes()[property_end] == b'=' {
        return Some((&text[..property_end], &text[property_end + 1..]));
    }
    let mut depth = 0usize;
    for (offset, byte) in text.bytes().enumerate().skip(property_end) {
        match byte {
            b'[' => depth += 1,
            b']' => depth = depth.saturating_sub(1),
            b'=' if depth == 0 => return Some((&text[..offset], &text[offset + 1..])),
            _ => {}
        }
    }
    None
}

impl<'a> TokenTable<'a> {
    /// The table of tokens interned as `ids` (text to id, ids dense from zero).
    pub(crate) fn new(ids: &FxHashMap<&'a str, u32>) -> Self {
        let mut texts = vec![""; ids.len()];
        for (&text, &id) in ids {
            texts[id as usize] = text;
        }
        let splits: Vec<Option<(&str, &str)>> =
            texts.iter().map(|text| split_token(text)).collect();
        let mut properties: Vec<&str> = splits
            .iter()
            .flatten()
            .map(|(property, _)| *property)
            .collect();
        properties.sort_unstable();
        properties.dedup();
        let mut values: Vec<&str> = splits.iter().flatten().map(|(_, value)| *value).collect();
        values.sort_unstable();
        values.dedup();
        let rank = |sorted: &[&str], text: &str| {
            sorted
                .binary_search(&text)
                .expect("every text was collected") as u32
        };
        let ranks = splits
            .iter()
            .map(|split| {
                split.map(|(property, value)| (rank(&properties, property), rank(&values, value)))
            })
            .collect();
        Self {
            ranks,
            texts,
            properties,
            values,
        }
    }
}

/// A property set by at most this share of a pattern's members is one the pattern leaves unset.
const RARELY_SET: f64 = 0.2;

/// The pattern of one cluster: `members` index `elements` (and `tokens`, their sorted token ids).
pub(crate) fn build_pattern(
    behaviour: &str,
    members: &[usize],
    elements: &[(Member, Features)],
    tokens: &[Vec<u32>],
    table: &TokenTable<'_>,
) -> Pattern {
    // Consensus per property: the most common value, ties broken by the value itself. Sorting
    // (property, value) rank pairs brings each property's values together, in text order.
    let mut pairs: Vec<(u32, u32)> = members
        .iter()
        .flat_map(|&member| &tokens[member])
        .filter_map(|&token| table.ranks[token as usize])
        .collect();
    pairs.sort_unstable();
    let mut canonical = Vec::new();
    // (property rank, value rank) of each property most members agree on, by property rank.
    let mut agreed: Vec<(u32, u32)> = Vec::new();
    // Properties nearly every member leaves unset, by rank: a member that sets one (an amber
    // fill on one of twelve transparent ghost buttons) drifts from "none".
    let mut rarely_set: Vec<u32> = Vec::new();
    let mut variant = None;
    for property_pairs in pairs.chunk_by(|left, right| left.0 == right.0) {
        let (mut best_value, mut best_count) = (0, 0);
        for same in property_pairs.chunk_by(|left, right| left == right) {
            // Values come in text order, so on a tie the first, smallest, value stays.
            if same.len() > best_count {
                best_count = same.len();
                best_value = same[0].1;
            }
        }
        let property = property_pairs[0].0;
        let agreement = best_count as f64 / members.len() as f64;
        // The variant the uses name is the pattern's name, not a style property.
        // Two variants never share a pattern, so the members that name one name the same.
        if table.properties[property as usize] == VARIANT {
            variant = Some(table.values[best_value as usize]);
            continue;
        }
        canonical.push(CanonicalValue {
            property: table.properties[property as usize].to_owned(),
            value: table.values[best_value as usize].to_owned(),
            agreement,
        });
        if agreement >= 0.5 {
            agreed.push((property, best_value));
        } else if property_pairs.len() as f64 <= RARELY_SET * members.len() as f64
            // A value under a condition (`row--selected` while a row is selected, a hover) is a
            // state the others may simply not have, not a drift from them.
            && !table.properties[property as usize].contains('[')
        {
            rarely_set.push(property);
        }
    }
    let mut outliers = Vec::new();
    for (position, &member) in members.iter().enumerate() {
        let mut drifts: Vec<(&str, &str, &str, &str)> = tokens[member]
            .iter()
            .filter_map(|&token| {
                let (property, value) = table.ranks[token as usize]?;
                // A fixed size is layout: it tells objects apart, it is no drift; nor is a use
                // without the variant the others name (a hand-rolled copy).
                let key = table.properties[property as usize];
                if tells_objects_apart(key) || key == VARIANT {
                    return None;
                }
                let expected = match agreed
                    .binary_search_by_key(&property, |&(agreed_property, _)| agreed_property)
                {
                    Ok(found) => table.values[agreed[found].1 as usize],
                    Err(_) if rarely_set.binary_search(&property).is_ok() => "none",
                    Err(_) => return None,
                };
                let value = table.values[value as usize];
                // What the model could not resolve may well be the pattern's value.
                let unresolved = value.starts_with(UNRESOLVED) || expected.starts_with(UNRESOLVED);
                (expected != value && !unresolved).then_some((
                    table.texts[token as usize],
                    table.properties[property as usize],
                    value,
                    expected,
                ))
            })
            .collect();
        if drifts.is_empty() {
            continue;
        }
        // In the order of the member's look: by token text.
        drifts.sort_unstable_by_key(|&(text, ..)| text);
        outliers.push(Outlier {
            member: position,
            drifts: drifts
                .into_iter()
                .map(|(_, property, value, expected)| {
                    (property.to_owned(), value.to_owned(), expected.to_owned())
                })
                .collect(),
        });
    }
    let consensus: BTreeMap<&str, &CanonicalValue> = canonical
        .iter()
        .filter(|value| value.agreement >= 0.5)
        .map(|value| (value.property.as_str(), value))
        .collect();
    let role = majority_role(members, elements);
    let members: Vec<Member> = members
        .iter()
        .map(|&member| elements[member].0.clone())
        .collect();
    let id = pattern_id(behaviour, &members);
    Pattern {
        name: pattern_name(role.as_deref(), variant, &consensus, &id, &members),
        id,
        behaviour: behaviour.to_owned(),
        members,
        canonical,
        outliers,
    }
}

/// The role most members have, the first in name order among equals (members of one family
/// may differ in it).
fn majority_role(members: &[usize], elements: &[(Member, Features)]) -> Option<String> {
    let mut roles: BTreeMap<Option<&str>, usize> = BTreeMap::new();
    for &member in members {
        *roles.entry(elements[member].1.role.as_deref()).or_default() += 1;
    }
    roles
        .into_iter()
        .max_by(|left, right| left.1.cmp(&right.1).then_with(|| right.0.cmp(&left.0)))
        .and_then(|(role, _)| role.map(str::to_owned))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_condition_holding_an_equals_sign_stays_in_the_property_key() {
        use super::split_token;
        assert_eq!(split_token("color=red"), Some(("color", "red")));
        assert_eq!(
            split_token(
                "color[[aria-expanded=\"true\"] & (width >= 40rem)]=oklab(0.5,0.1,0.0,1.0)"
            ),
            Some((
                "color[[aria-expanded=\"true\"] & (width >= 40rem)]",
                "oklab(0.5,0.1,0.0,1.0)"
            ))
        );
        assert_eq!(split_token("no-value"), None);
    }

    use std::sync::Arc;

    use rebrand_text::TextRange;
    use rustc_hash::FxHashMap;

    use super::{build_pattern, TokenTable};
    use crate::features::{Features, Look};
    use crate::Member;

    fn element(index: u32, look: &[&str]) -> (Member, Features) {
        (
            Member {
                file: Arc::from("List.tsx"),
                element: index,
                name: "li".to_owned(),
                component: None,
                range: TextRange::new(index * 10, index * 10 + 2),
                uses: Vec::new(),
                role: "listitem".to_owned(),
                clickable: false,
                focusable: false,
            },
            Features {
                behaviour: "listitem".to_owned(),
                role: Some("listitem".to_owned()),
                clickable: false,
                focusable: false,
                look: Look::from_tokens(look),
                object: None,
            },
        )
    }

    /// The pattern of all `elements`.
    fn pattern_of(elements: &[(Member, Features)]) -> crate::Pattern {
        let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
        let tokens: Vec<Vec<u32>> = elements
            .iter()
            .map(|(_, features)| {
                let mut own: Vec<u32> = features
                    .look
                    .tokens()
                    .map(|token| {
                        let next = ids.len() as u32;
                        *ids.entry(token).or_insert(next)
                    })
                    .collect();
                own.sort_unstable();
                own
            })
            .collect();
        let table = TokenTable::new(&ids);
        let members: Vec<usize> = (0..elements.len()).collect();
        build_pattern("listitem", &members, elements, &tokens, &table)
    }

    #[test]
    fn a_property_the_others_leave_unset_drifts_from_none() {
        // One of six transparent ghost buttons has an amber fill.
        let mut elements: Vec<(Member, Features)> = (0..5)
            .map(|index| element(index, &["color=blue", "padding-top=6px"]))
            .collect();
        elements.push(element(
            5,
            &["background-color=amber", "color=blue", "padding-top=6px"],
        ));
        let pattern = pattern_of(&elements);
        let drifts: Vec<_> = pattern
            .outliers
            .into_iter()
            .map(|outlier| (outlier.member, outlier.drifts))
            .collect();
        assert_eq!(
            drifts,
            [(
                5,
                vec![(
                    "background-color".to_owned(),
                    "amber".to_owned(),
                    "none".to_owned()
                )]
            )]
        );
    }

    #[test]
    fn a_value_under_a_condition_few_members_have_is_a_state_not_a_drift() {
        // One of six rows carries its selected state's fill.
        let mut elements: Vec<(Member, Features)> = (0..5)
            .map(|index| element(index, &["color=blue", "padding-top=6px"]))
            .collect();
        elements.push(element(
            5,
            &[
                "background-color[selected]=violet",
                "color=blue",
                "padding-top=6px",
            ],
        ));
        assert!(pattern_of(&elements).outliers.is_empty());
    }

    #[test]
    fn an_unresolved_value_is_no_drift() {
        let mut elements: Vec<(Member, Features)> = (0..4)
            .map(|index| element(index, &["color=blue", "padding-top=6px"]))
            .collect();
        elements.push(element(4, &["color=?${props.tone}", "padding-top=6px"]));
        assert!(pattern_of(&elements).outliers.is_empty());
    }

    #[test]
    fn the_most_common_value_wins_ties_go_to_the_smaller_and_drifts_follow_the_look() {
        let elements = [
            element(
                0,
                &["color=b", "padding-top=8px", "padding-top[:hover]=10px"],
            ),
            element(1, &["color=a", "padding-top=8px"]),
            element(2, &["color=b", "padding-top=9px"]),
            element(3, &["color=a", "padding-top=8px"]),
        ];
        let pattern = pattern_of(&elements);
        let canonical: Vec<(&str, &str, f64)> = pattern
            .canonical
            .iter()
            .map(|value| {
                (
                    value.property.as_str(),
                    value.value.as_str(),
                    value.agreement,
                )
            })
            .collect();
        assert_eq!(
            canonical,
            [
                ("color", "a", 0.5),
                ("padding-top", "8px", 0.75),
                ("padding-top[:hover]", "10px", 0.25),
            ]
        );
        let drifts: Vec<_> = pattern
            .outliers
            .into_iter()
            .map(|outlier| (outlier.member, outlier.drifts))
            .collect();
        let drift = |property: &str, value: &str, expected: &str| {
            (property.to_owned(), value.to_owned(), expected.to_owned())
        };
        assert_eq!(
            drifts,
            [
                (0, vec![drift("color", "b", "a")]),
                (
                    2,
                    vec![drift("color", "b", "a"), drift("padding-top", "9px", "8px")]
                ),
            ]
        );
    }
}
