//! The cascade: orders an element's declarations and picks the winner per property and condition.

use std::collections::BTreeMap;
use std::sync::Arc;

use rebrand_facts::{Condition, FileFacts};

use crate::index::{layer, ProjectIndex};
use crate::selector::specificity;
use crate::{EffectiveValue, StyleLink, Via};

/// What decides between two declarations for one property, in order: `!important`, the layer
/// (Tailwind utilities < stylesheets and styled components < styles written on the element),
/// specificity, then source order (file path, then position).
type Weight = (bool, u8, (u32, u32, u32), usize, u32);

fn weight(files: &[FileFacts], index: &ProjectIndex<'_>, link: &StyleLink) -> Weight {
    let file = index.file_index(&link.file);
    let declaration = &files[file].declarations[link.declaration as usize];
    let selector_specificity = match &link.via {
        Via::Rule { selector } => specificity(selector),
        Via::Module { .. } => declaration
            .origin
            .selector
            .as_deref()
            .map(specificity)
            .unwrap_or_default(),
        // A styled component is one generated class; `&` stands for it.
        Via::Styled { .. } => declaration
            .origin
            .selector
            .as_deref()
            .map_or((0, 1, 0), |selector| {
                specificity(&selector.replace('&', ".x"))
            }),
        Via::Tailwind { .. } | Via::Inline => (0, 0, 0),
    };
    (
        declaration.important,
        layer(declaration.origin.syntax),
        selector_specificity,
        file,
        declaration.value_range.start,
    )
}

/// Sorts `links` weakest first and returns them with the effective value of every property
/// under every condition.
pub(crate) fn resolve(
    files: &[FileFacts],
    index: &ProjectIndex<'_>,
    mut links: Vec<StyleLink>,
) -> (Vec<StyleLink>, Vec<EffectiveValue>) {
    links.sort_by_cached_key(|link| weight(files, index, link));
    links.dedup_by(|a, b| {
        a.file == b.file && a.declaration == b.declaration && a.context == b.context
    });
    let mut groups: BTreeMap<(&str, &Condition, Option<&str>), (usize, u32)> = BTreeMap::new();
    for (position, link) in links.iter().enumerate() {
        let declaration =
            &files[index.file_index(&link.file)].declarations[link.declaration as usize];
        let key = (
            declaration.property.as_str(),
            &*declaration.condition,
            link.context.as_deref(),
        );
        let entry = groups.entry(key).or_insert((position, 0));
        // Links are weakest first, so a later one wins.
        *entry = (position, entry.1 + u32::from(entry.0 != position));
    }
    let effective = groups
        .into_iter()
        .map(|((_, _, _), (position, overrides))| {
            let link = &links[position];
            let declaration =
                &files[index.file_index(&link.file)].declarations[link.declaration as usize];
            EffectiveValue {
                property: declaration.property.clone(),
                condition: Arc::clone(&declaration.condition),
                context: link.context.clone(),
                value_text: declaration
                    .css_value
                    .clone()
                    .unwrap_or_else(|| declaration.value_text.clone()),
                value: index.resolve_value(&declaration.value),
                source: position as u32,
                overrides,
            }
        })
        .collect();
    (links, effective)
}
