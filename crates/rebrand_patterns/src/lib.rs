//! Discovers interaction patterns: styled elements that behave alike and look alike, whatever
//! syntax styles them ("these 263 are one list style").
//!
//! Each styled element gets a behaviour key (its role's family — control, link, text input,
//! status, container), which must match exactly, and a set of look tokens (its effective visual
//! style, normalised: colours in OKLab, lengths in px, per state and media condition). The uses
//! of one component with one look are one member. Identical members are grouped first; groups
//! are compared through MinHash/LSH candidates and joined with a linkage that admits a group only
//! if it is similar to every group already in the cluster, so that A≈B≈C with A≉C does not chain;
//! a small cluster close to a large one's seed then joins it as outliers.
//!
//! Invariant: deterministic — fixed hash seeds, sorted inputs, ties broken by content — so the
//! same code gives the same patterns and ids on any machine and thread count. Pure function of
//! the facts and links; not an API boundary beyond [`discover`] and the serialised types.

mod cluster;
mod consensus;
mod features;
mod shorthands;

use std::collections::BTreeMap;

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::Arc;

use rayon::prelude::*;
use rebrand_facts::FileFacts;
use rebrand_link::Linked;
use rebrand_text::TextRange;
use serde::Serialize;

use crate::cluster::{cluster, exact_groups, exact_groups_rendering, IdentityKind, TokenTraits};
use crate::consensus::{build_pattern, TokenTable};
use crate::features::{
    draws_more_than_text, evidence_families, features, Features, Look, ValueTexts,
};
pub use crate::features::{normalised, property_key};

/// Thresholds, with their documented defaults.
#[derive(Debug, Clone, Copy)]
pub struct PatternOptions {
    /// Minimum Jaccard similarity of look tokens between every two groups of a pattern (0.6).
    pub similarity: f64,
    /// Minimum elements (members and their uses) for a cluster to be reported as a pattern (2).
    pub min_members: usize,
}

impl Default for PatternOptions {
    fn default() -> Self {
        Self {
            similarity: 0.6,
            min_members: 2,
        }
    }
}

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Member {
    /// Its file.
    pub file: Arc<str>,
    /// Its id in that file.
    pub element: u32,
    /// Its tag or component name.
    pub name: String,
    /// The component rendering it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    /// Where its name is written.
    pub range: TextRange,
    /// The other places this design object is rendered with the same look: a component used in
    /// thirty files is one member with twenty-nine more uses. Empty for an element styled on
    /// its own.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub uses: Vec<Use>,
    /// Its role (`generic` when it has none): members of one family may differ in it.
    #[serde(skip)]
    pub role: String,
    /// Whether it takes a click.
    #[serde(skip)]
    pub clickable: bool,
    /// Whether the keyboard reaches it.
    #[serde(skip)]
    pub focusable: bool,
}

/// A place a member is rendered, beside the member's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Use {
    /// Its file.
    pub file: Arc<str>,
    /// Its id in that file.
    pub element: u32,
    /// Where its name is written.
    pub range: TextRange,
}

/// The pattern's value for one property, and how many members agree.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CanonicalValue {
    /// Property with its condition (`background-color[:hover]`).
    pub property: String,
    /// The most common normalised value.
    pub value: String,
    /// The share of members that have this property and agree, 0 to 1.
    pub agreement: f64,
}

/// A member that departs from the pattern's consensus.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outlier {
    /// The member (index into `members`).
    pub member: usize,
    /// `(property, its value, the consensus value)` for each drifting property.
    pub drifts: Vec<(String, String, String)>,
}

/// An interaction pattern.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pattern {
    /// Stable id: a hash of the behaviour and the seed group's look.
    pub id: String,
    /// A readable name: role and distinguishing traits (`listitem/divided-hover`).
    pub name: String,
    /// The family every member's role belongs to (`control`); members may differ in role,
    /// click and focus within it.
    pub behaviour: String,
    /// Members, by file and position.
    pub members: Vec<Member>,
    /// The consensus style, by property.
    pub canonical: Vec<CanonicalValue>,
    /// Members that drift from the consensus.
    pub outliers: Vec<Outlier>,
}

impl Pattern {
    /// The elements the pattern styles: its members and their other uses.
    #[must_use]
    pub fn elements(&self) -> usize {
        self.members
            .iter()
            .map(|member| 1 + member.uses.len())
            .sum()
    }
}

/// Finds the patterns among every styled element.
#[must_use]
pub fn discover(files: &[FileFacts], linked: &Linked, options: PatternOptions) -> Vec<Pattern> {
    let by_path: BTreeMap<&str, &FileFacts> = files
        .iter()
        .map(|file| (file.path.as_str(), file))
        .collect();
    let page_colours = page_colours(files);
    let mut partitions: BTreeMap<String, Vec<(Member, Features)>> = BTreeMap::new();
    // Features are independent per element: compute them in parallel, keep the links' order.
    let described: Vec<Option<(Member, Features)>> = linked
        .elements
        .par_iter()
        .map_init(ValueTexts::default, |value_texts, style| {
            let file = by_path.get(&*style.file)?;
            let element = &file.elements[style.element as usize];
            let features = features(element, style, &page_colours, value_texts)?;
            let member = Member {
                file: Arc::clone(&style.file),
                element: element.id,
                name: element.name.clone(),
                component: element.component.clone(),
                range: element.name_range,
                uses: Vec::new(),
                role: features
                    .role
                    .clone()
                    .unwrap_or_else(|| "generic".to_owned()),
                clickable: features.clickable,
                focusable: features.focusable,
            };
            Some((member, features))
        })
        .collect();
    for (member, features) in described.into_iter().flatten() {
        partitions
            .entry(features.behaviour.clone())
            .or_default()
            .push((member, features));
    }
    // Behaviours never share a pattern, so each partition is clustered on its own, in parallel;
    // look tokens are interned per partition since only members of one are compared. A project
    // has a handful of partitions of very different sizes: workers take them largest first, one
    // at a time, so that no worker is left with two big ones while another waits (rayon's
    // halving would split four partitions two and two, by position). The order they finish in
    // does not matter: the patterns are sorted below.
    let mut partitions: Vec<(String, Vec<(Member, Features)>)> = partitions
        .into_iter()
        .map(|(behaviour, elements)| (behaviour, design_objects(elements)))
        .collect();
    partitions.sort_by_key(|(_, elements)| std::cmp::Reverse(elements.len()));
    let mut patterns: Vec<Pattern> = partitions
        .into_iter()
        .par_bridge()
        .flat_map_iter(|(behaviour, elements)| {
            let mut interned: FxHashMap<&str, u32> = FxHashMap::default();
            let tokens: Vec<Vec<u32>> = elements
                .iter()
                .map(|(_, features)| intern(&mut interned, &features.look))
                .collect();
            let table = TokenTable::new(&interned);
            let traits = token_traits(&interned);
            let rendered: Vec<usize> = elements
                .iter()
                .map(|(member, _)| 1 + member.uses.len())
                .collect();
            let groups = exact_groups_rendering(&tokens, &rendered);
            let mut found = Vec::new();
            // Static text is what it looks like; a link or a tab is also what it does, and a
            // link in another colour is that link drifting.
            let family = behaviour.split('|').next().unwrap_or_default();
            let plain_text = !matches!(family, "control" | "link" | "textbox");
            for clustered in cluster(&groups, options.similarity, &traits, plain_text) {
                let mut members: Vec<usize> = clustered
                    .iter()
                    .flat_map(|&group| groups[group].members.iter().copied())
                    .collect();
                // A component used in many places is a pattern even as one member: what a
                // rebrand edits is every place it is rendered.
                let rendered: usize = members
                    .iter()
                    .map(|&member| 1 + elements[member].0.uses.len())
                    .sum();
                if rendered < options.min_members {
                    continue;
                }
                members.sort_by(|&left, &right| {
                    (&elements[left].0.file, elements[left].0.range.start)
                        .cmp(&(&elements[right].0.file, elements[right].0.range.start))
                });
                let pattern = build_pattern(&behaviour, &members, &elements, &tokens, &table);
                // Every member has decorative evidence of its own, but what they share may be
                // one radius (a grey separator, a green dot and a pink badge): no pattern.
                let agreed = pattern
                    .canonical
                    .iter()
                    .filter(|value| value.agreement >= 0.5)
                    .map(|value| value.property.as_str());
                if evidence_families(agreed) >= 2 {
                    found.push(pattern);
                }
            }
            found
        })
        .collect();
    patterns.sort_by(|left, right| {
        right
            .members
            .len()
            .cmp(&left.members.len())
            .then_with(|| left.id.cmp(&right.id))
            .then_with(|| left.behaviour.cmp(&right.behaviour))
    });
    patterns
}

/// One member per design object: the uses of one component (and the element it renders its
/// `className` onto) with one look are one member, its other places listed as uses, so that
/// thirty `<Button variant="outline">` count once in a consensus and in a pattern's size. The
/// member is the element the component renders where it is among them, else the first use.
fn design_objects(elements: Vec<(Member, Features)>) -> Vec<(Member, Features)> {
    let mut objects: Vec<(Member, Features)> = Vec::with_capacity(elements.len());
    let mut by_key: FxHashMap<(String, String), usize> = FxHashMap::default();
    for (member, features) in elements {
        let Some(object) = features.object.clone() else {
            objects.push((member, features));
            continue;
        };
        let look: String = features.look.tokens().collect::<Vec<_>>().join("\n");
        match by_key.entry((object, look)) {
            std::collections::hash_map::Entry::Vacant(vacant) => {
                vacant.insert(objects.len());
                objects.push((member, features));
            }
            std::collections::hash_map::Entry::Occupied(occupied) => {
                let (first, _) = &mut objects[*occupied.get()];
                let is_rendered = |member: &Member| {
                    member
                        .name
                        .starts_with(|character: char| character.is_ascii_lowercase())
                };
                let mut member = member;
                if is_rendered(&member) && !is_rendered(first) {
                    std::mem::swap(first, &mut member);
                    first.uses = std::mem::take(&mut member.uses);
                }
                first.uses.push(Use {
                    file: member.file,
                    element: member.element,
                    range: member.range,
                });
            }
        }
    }
    for (member, _) in &mut objects {
        member.uses.sort_by(|left, right| {
            (&left.file, left.range.start).cmp(&(&right.file, right.range.start))
        });
    }
    objects
}

/// The text colours and backgrounds the page itself sets (`body`, `html`, `:root` or an app root
/// such as `#root` in a stylesheet), as written in lower case and normalised, keyed by
/// [`page_key`]: every element inherits the colour and sits on the background, so an element
/// restating one has no colour or fill of its own.
fn page_colours(files: &[FileFacts]) -> FxHashSet<String> {
    files
        .iter()
        .filter(|file| file.kind.is_stylesheet())
        .flat_map(|file| &file.declarations)
        .filter(|declaration| PAGE_PROPERTIES.contains(&declaration.property.as_str()))
        .filter(|declaration| {
            declaration
                .origin
                .selector
                .as_deref()
                .is_some_and(|selector| {
                    selector.split(',').all(|part| {
                        matches!(
                            part.trim(),
                            "body" | "html" | ":root" | "#root" | "#app" | "#__next"
                        )
                    })
                })
        })
        // As written (`var(--l1-foreground)`), as generated and as resolved: a `body { @apply
        // text-foreground }` is written as the utility, and the elements' `text-foreground` is
        // known by the value it generates (`var(--foreground)`) or the colour that resolves to.
        .flat_map(|declaration| {
            [
                Some(declaration.value_text.trim().to_ascii_lowercase()),
                declaration
                    .css_value
                    .as_deref()
                    .map(|css| css.trim().to_ascii_lowercase()),
                Some(normalised(&declaration.value, &declaration.value_text)),
            ]
            .into_iter()
            .flatten()
            .map(|value| page_key(&declaration.property, &value))
        })
        .collect()
}

/// The properties whose page-wide value an element restating it does not have of its own: the
/// text colour and family it inherits, the background it sits on.
const PAGE_PROPERTIES: [&str; 3] = ["color", "background-color", "font-family"];

/// How [`page_colours`] holds a property's page-wide value.
pub(crate) fn page_key(property: &str, value: &str) -> String {
    format!("{property}|{value}")
}

/// Properties that say which text style a text is, not how it drifts: a semibold label and a
/// regular paragraph, or a monospace value and an Inter heading, are two styles (and a family
/// set on one and inherited by the other, too).
const TEXT_IDENTITY: [&str; 4] = ["font-weight", "font-family", "text-transform", "font-style"];

/// Properties that say which text style a plain text is (it draws nothing else).
const PLAIN_TEXT_IDENTITY: [&str; 2] = ["color", "font-size"];

/// By token id: its weight, the id of its property (with its condition) for a text-identity
/// token, and whether it draws more than text.
fn token_traits(interned: &FxHashMap<&str, u32>) -> Vec<TokenTraits> {
    let mut traits = vec![TokenTraits::default(); interned.len()];
    let mut properties: FxHashMap<&str, u32> = FxHashMap::default();
    let mut sorted: Vec<(&&str, &u32)> = interned.iter().collect();
    sorted.sort_by_key(|(_, id)| **id);
    for (text, &id) in sorted {
        let token = &mut traits[id as usize];
        token.weight = shorthands::weight(text);
        let Some((key, value)) = consensus::split_token(text) else {
            continue;
        };
        let property = key.split('[').next().unwrap_or(key);
        token.decorative = draws_more_than_text(property);
        if let Some(dimension) = ["width", "height"].iter().position(|size| *size == key) {
            // A fixed size tells objects apart but is no part of how alike they look.
            token.weight = 0.0;
            token.size = value
                .strip_suffix("px")
                .and_then(|px| px.parse().ok())
                .map(|px| (dimension, px));
            continue;
        }
        let kind = if PLAIN_TEXT_IDENTITY.contains(&property) {
            IdentityKind::PlainText
        } else if property == "font-family" {
            IdentityKind::Presence
        } else if key == "box-shadow" {
            IdentityKind::PresenceOnly
        } else if key == "animation" {
            // Animating or not tells objects apart; it is no part of how alike they look.
            token.weight = 0.0;
            IdentityKind::PresenceOnly
        } else if key == features::VARIANT || TEXT_IDENTITY.contains(&property) {
            // Two variants of a component, like two weights of a text, are two styles.
            IdentityKind::Value
        } else {
            continue;
        };
        let next = properties.len() as u32;
        token.identity = Some((*properties.entry(key).or_insert(next), kind));
    }
    traits
}

/// Token ids for a look: ids are given in first-seen order, which is deterministic because
/// partitions and their members are visited in sorted order.
fn intern<'a>(ids: &mut FxHashMap<&'a str, u32>, look: &'a Look) -> Vec<u32> {
    let mut tokens: Vec<u32> = look
        .tokens()
        .map(|token| {
            let next = ids.len() as u32;
            *ids.entry(token).or_insert(next)
        })
        .collect();
    tokens.sort_unstable();
    tokens
}

/// Clusters precomputed looks directly, for benchmarks: `looks[i]` is element `i`'s sorted token
/// ids, all of one behaviour. Returns clusters of element indexes, seeds first.
#[must_use]
pub fn cluster_looks(looks: &[Vec<u32>], similarity: f64) -> Vec<Vec<usize>> {
    let groups = exact_groups(looks);
    cluster(&groups, similarity, &[], false)
        .into_iter()
        .map(|clustered| {
            clustered
                .iter()
                .flat_map(|&group| groups[group].members.iter().copied())
                .collect()
        })
        .collect()
}

/// A 12-hex-digit id from the behaviour and the place of the member rendered in most places (the
/// first by file and position among equals). Not from the look: a change to the whole pattern
/// (`apply --pattern ID --set border-radius=8px`) changes every member's look and keeps the
/// members, so the id survives it, as it survives an edit to any one member's style.
fn pattern_id(behaviour: &str, members: &[Member]) -> String {
    let anchor = members
        .iter()
        .enumerate()
        .max_by(|(left_index, left), (right_index, right)| {
            left.uses
                .len()
                .cmp(&right.uses.len())
                .then_with(|| right_index.cmp(left_index))
        })
        .map(|(_, member)| member);
    let mut state = rebrand_text::StableHasher::default();
    state.write_part(behaviour.as_bytes());
    if let Some(anchor) = anchor {
        state.write_part(anchor.file.as_bytes());
        state.write_part(&anchor.element.to_le_bytes());
    }
    format!("{:012x}", state.finish() & 0xffff_ffff_ffff)
}

/// The component most of the pattern's elements are (`Button` when most are `<Button>`), if
/// one is: what a designer calls the pattern.
fn dominant_component(members: &[Member]) -> Option<&str> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut elements = 0;
    // What a member is, not the component it sits in: `<button>`s inside `Toolbar` are
    // buttons, not toolbars. The element a component renders, listed with its call sites as
    // uses, is that component.
    for member in members {
        let rendered = 1 + member.uses.len();
        elements += rendered;
        let name = if member
            .name
            .starts_with(|character: char| character.is_ascii_uppercase())
        {
            member.name.as_str()
        } else if let (false, Some(component)) = (member.uses.is_empty(), &member.component) {
            component.as_str()
        } else {
            continue;
        };
        *counts.entry(name).or_default() += rendered;
    }
    if elements < 2 {
        return None;
    }
    // The most common, the first in name order among equals: the same name on every run.
    let (name, count) = counts
        .into_iter()
        .max_by(|left, right| left.1.cmp(&right.1).then_with(|| right.0.cmp(left.0)))?;
    (count * 2 > elements).then_some(name)
}

/// Whether a normalised value shows on the page: not zero, `none` or fully transparent.
fn shows(value: &str) -> bool {
    !(matches!(value, "0px" | "0" | "0.00" | "none" | "transparent")
        || (value.starts_with("oklab(") && value.ends_with(",0.0)")))
}

/// The component most members are, else `role/trait-trait`: what the element is and what sets
/// its look apart; a hash only when nothing does.
fn pattern_name(
    role: Option<&str>,
    variant: Option<&str>,
    consensus: &BTreeMap<&str, &CanonicalValue>,
    id: &str,
    members: &[Member],
) -> String {
    if let Some(component) = dominant_component(members) {
        // Uses of one component's variants are patterns apart: `Button/outline`, `Button/danger`.
        return match variant {
            Some(variant) => format!("{component}/{variant}"),
            None => component.to_owned(),
        };
    }
    // A trait needs a value that shows: a transparent background is not "filled", a zero radius
    // not "rounded", a zero-width border not "bordered".
    let has = |prefix: &str| {
        consensus
            .iter()
            .any(|(property, value)| property.starts_with(prefix) && shows(&value.value))
    };
    let mut traits = Vec::new();
    if members.iter().filter(|member| member.clickable).count() * 2 > members.len() {
        traits.push("interactive");
    }
    if consensus
        .keys()
        .any(|property| property.contains("[:hover"))
    {
        traits.push("hover");
    }
    if consensus.keys().any(|property| property.contains(":focus")) {
        traits.push("focus-ring");
    }
    if has("border-bottom-width") && !has("border-top-width") {
        traits.push("divided");
    } else if has("border-top-width") {
        traits.push("bordered");
    }
    if consensus
        .get("border-top-left-radius")
        .is_some_and(|radius| {
            radius
                .value
                .trim_end_matches("px")
                .parse::<f64>()
                .is_ok_and(|px| px >= 999.0)
        })
    {
        traits.push("pill");
    } else if has("border-top-left-radius") {
        traits.push("rounded");
    }
    if has("background-color") {
        traits.push("filled");
    }
    if has("box-shadow") {
        traits.push("shadowed");
    }
    let text_size = consensus
        .get("font-size")
        .map(|size| format!("text-{}", size.value));
    if let Some(text_size) = &text_size {
        traits.push(text_size);
    }
    if traits.is_empty() && has("padding-") {
        traits.push("padded");
    }
    if traits.is_empty() && has("color") {
        traits.push("coloured");
    }
    let role = role.unwrap_or("generic");
    if traits.is_empty() {
        format!("{role}/{}", &id[..6])
    } else {
        format!("{role}/{}", traits.join("-"))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::{pattern_name, CanonicalValue};

    fn consensus(values: &[(&str, &str)]) -> Vec<CanonicalValue> {
        values
            .iter()
            .map(|(property, value)| CanonicalValue {
                property: (*property).to_owned(),
                value: (*value).to_owned(),
                agreement: 1.0,
            })
            .collect()
    }

    fn name(values: &[(&str, &str)]) -> String {
        let values = consensus(values);
        let by_property: BTreeMap<&str, &CanonicalValue> = values
            .iter()
            .map(|value| (value.property.as_str(), value))
            .collect();
        pattern_name(Some("button"), None, &by_property, "0123456789", &[])
    }

    #[test]
    fn traits_are_named_by_values_that_show() {
        assert_eq!(
            name(&[
                ("background-color", "oklab(0.50,0.00,0.00,1.0)"),
                ("border-top-left-radius", "6px"),
                ("border-top-width", "1px"),
            ]),
            "button/bordered-rounded-filled"
        );
        assert_eq!(
            name(&[
                ("background-color", "oklab(0.00,0.00,0.00,0.0)"),
                ("border-top-left-radius", "0px"),
                ("border-top-width", "0px"),
                ("font-size", "14px"),
            ]),
            "button/text-14px"
        );
    }
}
