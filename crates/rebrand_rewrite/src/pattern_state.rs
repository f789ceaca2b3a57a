//! A state a member's own rule does not style yet (`--set background-color:hover=…` on a row
//! with no `:hover` rule): written where the rule is, in the rule's syntax. A nesting syntax
//! (SCSS, Less, a styled template) gets `&:hover { … }` inside the rule, after its declarations;
//! a CSS file or CSS Module gets a rule of its own after the rule's closing brace, with the state
//! on every selector of the list (`.row:hover, .item:hover`). A selector that targets a
//! pseudo-element, or a rule inside another (native CSS nesting), is left to a person.

use std::fmt::Write as _;

use rebrand_edit::Edit;
use rebrand_facts::{Declaration, FileKind, Syntax};
use rebrand_text::TextRange;

use crate::PatternSet;

/// The states a rule can be given by appending a pseudo-class.
const STATES: &[&str] = &[
    ":hover",
    ":focus",
    ":focus-visible",
    ":focus-within",
    ":active",
    ":visited",
    ":disabled",
];

/// Whether the rule holding `anchor` can be given `state` by this module.
pub(crate) fn can_add(anchor: &Declaration, state: &str) -> bool {
    if !STATES.contains(&state) {
        return false;
    }
    let selector = anchor.origin.selector.as_deref();
    match anchor.origin.syntax {
        Syntax::StyledTemplate => selector.is_none_or(|selector| selector.trim() == "&"),
        Syntax::Scss | Syntax::Less => selector.is_some_and(|selector| !selector.contains("::")),
        Syntax::Css | Syntax::CssModule => {
            selector.is_some_and(|selector| !selector.contains("::") && !selector.contains('&'))
        }
        _ => false,
    }
}

/// Whether the file writes a state inside the rule (`&:hover { … }`): SCSS and Less, modules
/// included, and styled templates.
pub(crate) fn nests(syntax: Syntax, kind: FileKind) -> bool {
    matches!(syntax, Syntax::Scss | Syntax::Less | Syntax::StyledTemplate)
        || matches!(
            kind,
            FileKind::Scss | FileKind::ScssModule | FileKind::Less | FileKind::LessModule
        )
}

/// The indentation of the line `offset` is on.
fn indent_at(source: &str, offset: usize) -> String {
    let line_start = source[..offset].rfind('\n').map_or(0, |at| at + 1);
    source[line_start..offset]
        .chars()
        .take_while(|character| character.is_whitespace())
        .collect()
}

/// One indentation step, as the file writes its declarations: two spaces unless a tab.
fn step(indent: &str) -> &'static str {
    if indent.starts_with('\t') {
        "\t"
    } else {
        "  "
    }
}

/// The states the additions are for, each once, in order.
fn states_of<'a>(additions: &[(&'a PatternSet, String)]) -> Vec<&'a str> {
    let mut states: Vec<&str> = additions
        .iter()
        .filter_map(|(set, _)| set.state.as_deref())
        .collect();
    states.sort_unstable();
    states.dedup();
    states
}

/// Appends `property: value;` for each addition in `state`, one a line at `indent`.
fn write_declarations(
    text: &mut String,
    additions: &[(&PatternSet, String)],
    state: &str,
    indent: &str,
) {
    for (set, value) in additions
        .iter()
        .filter(|(set, _)| set.state.as_deref() == Some(state))
    {
        let _ = write!(text, "\n{indent}{}: {value};", set.property);
    }
}

/// Per state, `&:state { property: value; }` blocks to write inside the rule after its last
/// declaration `anchor`, indented as that declaration is.
pub(crate) fn nested_blocks(
    source: &str,
    anchor: &Declaration,
    additions: &[(&PatternSet, String)],
) -> String {
    let indent = indent_at(source, anchor.range.start as usize);
    let inner = format!("{indent}{}", step(&indent));
    let mut text = String::new();
    for state in states_of(additions) {
        let _ = write!(text, "\n{indent}&{state} {{");
        write_declarations(&mut text, additions, state, &inner);
        let _ = write!(text, "\n{indent}}}");
    }
    text
}

/// The offset of the `}` that closes the rule whose declarations end at `from`, skipping
/// strings and comments; `None` when the rule does not close, or closes inside another rule
/// (native nesting), which this module does not write.
fn closing_brace(source: &str, from: usize) -> Option<usize> {
    let bytes = source.as_bytes();
    let mut at = from;
    let mut depth = 0_usize;
    while at < bytes.len() {
        match bytes[at] {
            b'/' if bytes.get(at + 1) == Some(&b'*') => {
                at = source[at + 2..].find("*/").map(|end| at + 2 + end + 1)?;
            }
            quote @ (b'"' | b'\'') => {
                at = source[at + 1..]
                    .find(char::from(quote))
                    .map(|end| at + 1 + end)?;
            }
            b'{' => depth += 1,
            b'}' if depth == 0 => return Some(at),
            b'}' => depth -= 1,
            _ => {}
        }
        at += 1;
    }
    None
}

/// Rules of their own after the rule holding `anchor`, one per state, with the state on each of
/// its selectors: `.row:hover { background-color: #f5f3ff; }`. One edit, since every state's rule
/// goes after the same closing brace.
pub(crate) fn rules_after(
    source: &str,
    anchor: &Declaration,
    additions: &[(&PatternSet, String)],
) -> Result<Edit, String> {
    let selector = anchor.origin.selector.as_deref().unwrap_or_default();
    let close = closing_brace(source, anchor.range.end as usize).ok_or_else(|| {
        format!("the rule `{selector}` could not be closed: add its states by hand")
    })?;
    if !indent_at(source, close).is_empty() {
        return Err(format!(
            "the rule `{selector}` sits inside another: add its state rules by hand"
        ));
    }
    let declaration_indent = indent_at(source, anchor.range.start as usize);
    let indent = if declaration_indent.is_empty() {
        "  ".to_owned()
    } else {
        declaration_indent
    };
    let mut text = String::new();
    for state in states_of(additions) {
        let selectors: Vec<String> = selector
            .split(',')
            .map(|part| format!("{}{state}", part.trim()))
            .collect();
        let _ = write!(text, "\n\n{} {{", selectors.join(", "));
        write_declarations(&mut text, additions, state, &indent);
        text.push_str("\n}");
    }
    Ok(Edit::replace(
        TextRange::from_usize(close + 1, close + 1),
        text,
    ))
}

#[cfg(test)]
mod tests {
    use super::closing_brace;

    #[test]
    fn the_rule_closes_at_its_own_brace() {
        let source = ".a { color: red; content: \"}\"; /* } */ }\n.b {}";
        assert_eq!(closing_brace(source, 16), Some(39));
        let nested = ".a { color: red; .b { color: blue; } }";
        assert_eq!(closing_brace(nested, 16), Some(37));
    }
}
