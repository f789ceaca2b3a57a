//! `apply --pattern … --at member`: a member whose value comes from a source that also styles
//! elements outside the pattern (a `.tag` rule a wide chip reuses) gets the value on its own
//! element, in its inline style, so that the change has no collateral. Only a base value can be
//! written so (an inline style has no `:hover` and no dark theme), and only on an element of the
//! page (`<span>`): whether a component passes `style` on is not known, so it gets a note.

use std::sync::Arc;

use rebrand_facts::{FileFacts, Syntax};
use rebrand_patterns::Member;
use rebrand_text::TextRange;
use rustc_hash::FxHashSet;

use crate::pattern::{camel_case, insertion, PatternEdit, PatternInput, PatternNote, Target};
use crate::PatternSet;

/// Every declaration that reaches an element outside the pattern.
pub(crate) fn reaching_outside(
    input: &PatternInput<'_>,
    in_pattern: &FxHashSet<(&str, u32)>,
) -> FxHashSet<Target> {
    input
        .linked
        .elements
        .iter()
        .filter(|style| !in_pattern.contains(&(&*style.file, style.element)))
        .flat_map(|style| {
            style
                .links
                .iter()
                .map(|link| (link.file_index, link.declaration))
        })
        .collect()
}

/// The edit that gives `member`'s own element `sets` in its inline style: after the last
/// property of its `style={{ … }}`, or as a new `style` attribute at the end of its opening tag.
pub(crate) fn member_edit(
    input: &PatternInput<'_>,
    member: &Member,
    sets: &[&PatternSet],
) -> Result<PatternEdit, PatternNote> {
    let note = |message: String| PatternNote {
        file: Arc::clone(&member.file),
        range: member.range,
        message,
    };
    let properties: Vec<&str> = sets.iter().map(|set| set.property.as_str()).collect();
    let shared = format!(
        "`<{}>` takes `{}` from a source that also styles elements outside the pattern",
        member.name,
        properties.join("`, `")
    );
    if let Some(set) = sets
        .iter()
        .find(|set| set.state.is_some() || set.theme == Some(crate::Theme::Dark))
    {
        return Err(note(format!(
            "{shared}, and an inline style cannot hold `{}` {}: pass --allow-collateral, or write it by hand",
            set.property,
            set.state.as_deref().map_or_else(
                || "in the dark theme".to_owned(),
                |state| format!("in `{state}`")
            )
        )));
    }
    if member
        .name
        .starts_with(|character: char| character.is_ascii_uppercase())
    {
        return Err(note(format!(
            "{shared}, and `<{}>` is a component that may not pass `style` on: pass --allow-collateral, or write it by hand",
            member.name
        )));
    }
    let (file_index, facts): (usize, &FileFacts) = input
        .files
        .iter()
        .enumerate()
        .find(|(_, file)| file.path == *member.file)
        .ok_or_else(|| note(format!("{shared}, in a file that was not analysed")))?;
    let source = &input.sources[file_index];
    let mut additions = Vec::new();
    for set in sets {
        let value = set.value_in(Syntax::InlineStyle).ok_or_else(|| {
            note(format!(
                "{shared}, and `{}` has no value an inline style can write",
                set.value
            ))
        })?;
        additions.push((*set, value));
    }
    let inline = facts
        .declarations
        .iter()
        .filter(|declaration| {
            declaration.origin.syntax == Syntax::InlineStyle
                && declaration.origin.element == Some(member.element)
        })
        .max_by_key(|declaration| declaration.range.end);
    let edit = if let Some(anchor) = inline {
        insertion(source, anchor, &additions)
    } else {
        let element = facts
            .elements
            .get(member.element as usize)
            .ok_or_else(|| note(format!("{shared}, and its element was not found")))?;
        let (end, has_style) = opening_tag_end(source, element.name_range.end as usize)
            .ok_or_else(|| note(format!("{shared}, and its opening tag could not be read")))?;
        if has_style {
            return Err(note(format!(
                "{shared}, and its `style` is computed in JavaScript: write the value there by hand"
            )));
        }
        let object = additions
            .iter()
            .map(|(set, value)| format!("{}: \"{value}\"", camel_case(&set.property)))
            .collect::<Vec<_>>()
            .join(", ");
        rebrand_edit::Edit::replace(
            TextRange::from_usize(end, end),
            format!(" style={{{{ {object} }}}}"),
        )
    };
    Ok(PatternEdit {
        file: file_index,
        path: Arc::clone(&member.file),
        syntax: Syntax::InlineStyle,
        property: properties.join(", "),
        edit,
        before: String::new(),
        elements: 1 + member.uses.len(),
        theme: None,
    })
}

/// Where the opening tag whose name ends at `from` ends (the offset of its `>` or `/>`, after the
/// last attribute), and whether it has a `style` attribute; `None` for text that does not close.
fn opening_tag_end(source: &str, from: usize) -> Option<(usize, bool)> {
    let bytes = source.as_bytes();
    let (mut depth, mut quote, mut has_style) = (0_usize, None::<u8>, false);
    let mut at = from;
    while at < bytes.len() {
        let byte = bytes[at];
        match (quote, byte) {
            // Inside a quote only its closing quote counts.
            (Some(open), _) if byte == open && bytes[at - 1] != b'\\' => quote = None,
            (None, b'"' | b'\'' | b'`') => quote = Some(byte),
            (None, b'{') => depth += 1,
            (None, b'}') => depth = depth.saturating_sub(1),
            (None, b'>') if depth == 0 => {
                let end = if at > from && bytes[at - 1] == b'/' {
                    at - 1
                } else {
                    at
                };
                let trimmed = source[..end].trim_end().len();
                return Some((trimmed, has_style));
            }
            (None, _)
                if depth == 0
                    && source[at..].starts_with("style=")
                    && bytes[at - 1].is_ascii_whitespace() =>
            {
                has_style = true;
            }
            _ => {}
        }
        at += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::opening_tag_end;

    #[test]
    fn the_opening_tag_ends_after_its_last_attribute() {
        let source = r#"<span className="tag" onClick={() => a > b}>x</span>"#;
        let (end, has_style) = opening_tag_end(source, 5).expect("an end");
        assert_eq!(
            &source[..end],
            r#"<span className="tag" onClick={() => a > b}"#
        );
        assert!(!has_style);
        let source = r#"<img src="a.png" style={s} />"#;
        let (end, has_style) = opening_tag_end(source, 4).expect("an end");
        assert_eq!(&source[..end], r#"<img src="a.png" style={s}"#);
        assert!(has_style);
    }
}
