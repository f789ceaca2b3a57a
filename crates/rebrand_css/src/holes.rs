//! Which part of a template's CSS each `${…}` stands in, read from the tree parsed around its
//! placeholder: the facts then say what is unknown (a value, a selector, a query) rather than
//! only that something is.

use rebrand_facts::HolePosition;
use tree_sitter::Node;

use crate::template::TemplateHole;

/// The position of each of `holes` (offsets into the parsed text) in the tree under `root`.
/// `statements[i]` says whether hole `i` was filled as a statement of its own (an interpolated
/// mixin), which the tree shows only as a comment.
pub(crate) fn classify(
    root: Node<'_>,
    holes: &[TemplateHole],
    statements: &[bool],
) -> Vec<HolePosition> {
    holes
        .iter()
        .enumerate()
        .map(|(index, hole)| {
            if statements.get(index).copied().unwrap_or(false) {
                return HolePosition::Declarations;
            }
            let (start, end) = (hole.start as usize, hole.end as usize);
            root.descendant_for_byte_range(start, end.saturating_sub(1).max(start))
                .map_or(HolePosition::Other, |node| position_in(node, start, end))
        })
        .collect()
}

/// Climbs from the smallest node holding the placeholder to the construct that explains it.
fn position_in(node: Node<'_>, start: usize, end: usize) -> HolePosition {
    let mut current = Some(node);
    while let Some(node) = current {
        match node.kind() {
            "declaration" => return in_declaration(node, start, end),
            "selectors" | "keyframe_block" | "interpolated_selector" | "rule_set" => {
                return HolePosition::Selector;
            }
            "media_statement" | "supports_statement" | "container_statement" => {
                return HolePosition::Query;
            }
            "at_rule" | "keyframes_statement" | "import_statement" | "at_rule_prelude" => {
                return HolePosition::Prelude;
            }
            "block" | "keyframe_block_list" | "stylesheet" | "comment" | "ERROR" => {
                return HolePosition::Other;
            }
            _ => current = node.parent(),
        }
    }
    HolePosition::Other
}

/// A hole in a declaration is in its property or its value, the whole value or a part.
fn in_declaration(declaration: Node<'_>, start: usize, end: usize) -> HolePosition {
    if let Some(property) = declaration.child_by_field_name("property") {
        if start < property.end_byte() {
            return HolePosition::Property;
        }
    }
    let mut cursor = declaration.walk();
    let mut value: Option<(usize, usize)> = None;
    if cursor.goto_first_child() {
        loop {
            if cursor.field_name() == Some("value") && cursor.node().kind() != "comment" {
                let child = cursor.node();
                let from = value.map_or(child.start_byte(), |(from, _)| from);
                value = Some((from, child.end_byte()));
            }
            if !cursor.goto_next_sibling() {
                break;
            }
        }
    }
    match value {
        Some((from, to)) if from == start && to == end => HolePosition::Value,
        _ => HolePosition::ValuePart,
    }
}
