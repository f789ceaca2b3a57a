//! The cascade: orders an element's declarations and picks the winner per property and condition.

use std::sync::Arc;

use rebrand_facts::{Condition, Declaration, FileFacts};

use crate::index::{layer, ProjectIndex};
use crate::selector::specificity;
use crate::{EffectiveValue, StyleLink, Via};

/// What decides between two declarations for one property, in order: `!important`, the layer
/// (Tailwind utilities < stylesheets and styled components < styles written on the element),
/// specificity, the variants of a Tailwind utility (Tailwind writes `hover:bg-…` after `bg-…`
/// whatever order the class list has), then source order (file path, then position).
type Weight = (bool, u8, (u32, u32, u32), usize, u32, u32);

fn weight(declaration: &Declaration, link: &StyleLink) -> Weight {
    let selector_specificity = match &link.via {
        Via::Rule { selector } => specificity(selector),
        Via::Module { .. } => declaration
            .origin
            .selector
            .as_deref()
            .map(specificity)
            .unwrap_or_default(),
        // A styled component or a `css` fragment is one generated class; `&` stands for it,
        // and so does a component named in a hole (`${Icon}`). A style object named by a
        // style prop is in the inline layer, where specificity decides nothing.
        Via::Styled { .. } | Via::Binding { .. } => declaration
            .origin
            .selector
            .as_deref()
            .map_or((0, 1, 0), |selector| {
                specificity(&generated_classes(selector))
            }),
        Via::Tailwind { .. } | Via::Inline => (0, 0, 0),
    };
    let variants = match &link.via {
        Via::Tailwind { .. } => {
            let condition = &declaration.condition;
            condition.states.len()
                + condition.media.len()
                + usize::from(condition.dark)
                + condition.variants.len()
        }
        _ => 0,
    };
    (
        declaration.important,
        layer(&declaration.origin),
        selector_specificity,
        variants,
        link.file_index,
        declaration.value_range.start,
    )
}

/// A styled selector with each `&` and each `${…}` read as one class, as the runtime writes
/// them.
fn generated_classes(selector: &str) -> String {
    let mut text = String::with_capacity(selector.len());
    let mut rest = selector;
    while let Some(open) = rest.find("${") {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        text.push_str(&rest[..open]);
        text.push_str(".x");
        rest = &rest[open + close + 1..];
    }
    text.push_str(rest);
    text.replace('&', ".x")
}

/// Sorts `links` weakest first and returns them with the effective value of every property
/// under every condition.
pub(crate) fn resolve(
    files: &[FileFacts],
    index: &ProjectIndex<'_>,
    links: Vec<StyleLink>,
) -> (Vec<StyleLink>, Vec<EffectiveValue>) {
    // Each link's declaration is looked up once, and its weight computed once.
    let mut weighed: Vec<(Weight, &Declaration, StyleLink)> = links
        .into_iter()
        .map(|link| {
            let declaration =
                &files[link.file_index as usize].declarations[link.declaration as usize];
            (weight(declaration, &link), declaration, link)
        })
        .collect();
    weighed.sort_by_key(|(weight, _, _)| *weight);
    weighed.dedup_by(|(_, _, a), (_, _, b)| {
        a.file_index == b.file_index
            && a.declaration == b.declaration
            && a.context == b.context
            && a.condition == b.condition
    });
    // The winner of each (property, condition, context) is the last link that sets it, as
    // links are weakest first; ties of the key keep their order, so a stable sort of
    // positions by key leaves each group's winner last.
    let key = |position: usize| {
        let (_, declaration, link) = &weighed[position];
        (
            declaration.property.as_str(),
            &**link.condition.as_ref().unwrap_or(&declaration.condition),
            link.context.as_deref(),
        )
    };
    let mut positions: Vec<usize> = (0..weighed.len()).collect();
    positions.sort_by(|&left, &right| key(left).cmp(&key(right)));
    let mut effective = Vec::new();
    for group in positions.chunk_by(|&left, &right| key(left) == key(right)) {
        let position = *group.last().expect("a group is never empty");
        let (_, declaration, link) = &weighed[position];
        effective.push(EffectiveValue {
            property: declaration.property.clone(),
            condition: Arc::clone(link.condition.as_ref().unwrap_or(&declaration.condition)),
            context: link.context.clone(),
            value_text: declaration
                .css_value
                .clone()
                .unwrap_or_else(|| declaration.value_text.clone()),
            value: index.resolve_value(&declaration.value),
            source: position as u32,
            overrides: group.len() as u32 - 1,
        });
    }
    drop_overridden(&mut effective);
    let links = weighed.into_iter().map(|(_, _, link)| link).collect();
    (links, effective)
}

/// Removes each value that a stronger one overrides wherever it applies: `color: gray` under
/// `!active` from a utility never shows when an unlayered `a { color }` holds always. A value
/// is overridden by a stronger one (later in cascade order) of the same property and context
/// whose condition holds whenever its own does.
fn overridden(effective: &[EffectiveValue]) -> Vec<bool> {
    let mut dropped = vec![false; effective.len()];
    for group in effective
        .iter()
        .enumerate()
        .collect::<Vec<_>>()
        .chunk_by(|(_, left), (_, right)| left.property == right.property)
    {
        for &(position, value) in group {
            dropped[position] = group.iter().any(|&(other, stronger)| {
                other != position
                    && stronger.context == value.context
                    && stronger.source > value.source
                    && holds_whenever(&stronger.condition, &value.condition)
            });
        }
    }
    dropped
}

fn drop_overridden(effective: &mut Vec<EffectiveValue>) {
    let dropped = overridden(effective);
    let mut position = 0;
    effective.retain(|_| {
        let keep = !dropped[position];
        position += 1;
        keep
    });
}

/// Whether `wider` holds in every case `narrower` does: each of its parts is one of
/// `narrower`'s. A selector list's states mean any of them, so a wider condition with several
/// states is never taken to hold.
fn holds_whenever(wider: &Condition, narrower: &Condition) -> bool {
    wider.states.len() <= 1
        && wider
            .states
            .iter()
            .all(|state| narrower.states.contains(state))
        && wider
            .media
            .iter()
            .all(|query| narrower.media.contains(query))
        && wider
            .variants
            .iter()
            .all(|variant| narrower.variants.contains(variant))
        && (!wider.dark || narrower.dark)
        && (!wider.dynamic || narrower.dynamic)
        // A pseudo-element's style and the element's are different targets.
        && wider.pseudo_element == narrower.pseudo_element
}
