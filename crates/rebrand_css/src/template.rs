//! CSS inside styled-components and emotion templates, with each `${…}` replaced by a placeholder
//! of the same length so that every range maps straight back into the JavaScript file.

use rebrand_facts::{Severity, Syntax};
use rebrand_text::TextRange;
use rebrand_values::ValueOptions;

use crate::grammar::Grammar;
use crate::lexical::skip_trivia;
use crate::walker::{extract_with_source, StylesheetFacts, WalkContext};

/// One `${…}` of a template, as the JavaScript extractor found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateHole {
    /// Offset of `$` relative to the start of the template's text.
    pub start: u32,
    /// Offset one past `}` relative to the start of the template's text.
    pub end: u32,
    /// The theme path the expression reads, when it is one (`p => p.theme.colors.primary` gives
    /// `colors.primary`).
    pub theme_path: Option<String>,
    /// The text the expression stands for when it is known without running anything: a literal
    /// or a constant of the same file (`const hover = "hover"` makes `&:${hover}` read `&:hover`).
    pub static_text: Option<String>,
    /// The name, when the expression is a bare identifier (`${hover}`): one this file does not
    /// define may be another file's constant, which linking resolves.
    pub identifier: Option<String>,
}

/// What a template is: its tag decides how its top level reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemplateKind {
    /// A styled component's template (`styled.button`, `styled(Link)`): top-level declarations
    /// style the element, `&`.
    Component,
    /// A `css` fragment, which may be declarations or a value (`` const ring = css`2px solid
    /// ${c}` ``, then `outline: ${ring};`).
    Fragment,
    /// The body of a `keyframes` tag, whose top level holds keyframe selectors (`from`, `50%`)
    /// rather than declarations.
    Keyframes,
    /// Global CSS (`createGlobalStyle`), whose top-level rules select real elements rather than
    /// the styled one.
    Global,
}

/// A template to extract: the file's text, where the template's CSS lies in it, and its holes.
#[derive(Debug, Clone)]
pub struct TemplateInput<'a> {
    /// The whole file's text.
    pub file_text: &'a str,
    /// The range between the backticks.
    pub range: TextRange,
    /// The `${…}` expressions, in order, relative to `range.start`.
    pub holes: Vec<TemplateHole>,
    /// The component or binding the template styles (`Button`, `css`).
    pub binding: Option<String>,
    /// Whether the template only applies under a run-time condition (`${p => p.primary && css`…`}`).
    pub dynamic: bool,
    /// What the template is, which decides how its top level reads.
    pub kind: TemplateKind,
    /// Value typing settings.
    pub options: ValueOptions,
}

/// Extracts the facts of a template's CSS. Top-level declarations apply to `&`, the styled
/// element itself.
#[must_use]
pub fn extract_template(input: &TemplateInput<'_>) -> StylesheetFacts {
    let Some(source) = input.file_text.get(input.range.as_usize_range()) else {
        return StylesheetFacts::default();
    };
    let mut css = fill_holes(source, &input.holes);
    if input.kind == TemplateKind::Fragment && reads_as_value(&css) {
        // A value fragment holds no declaration of its own; where it is used, the value is
        // unresolved until holes are resolved by value.
        return StylesheetFacts {
            parsed_cleanly: true,
            ..StylesheetFacts::default()
        };
    }
    drop_what_stylis_drops(&mut css);
    let mut context = WalkContext {
        syntax: Syntax::StyledTemplate,
        binding: input.binding.clone(),
        top_level_selector: (input.kind != TemplateKind::Global).then(|| "&".to_owned()),
        holes: &input.holes,
        dynamic: input.dynamic,
        options: input.options,
        grammar: Grammar::Css,
    };
    if input.kind == TemplateKind::Keyframes {
        // Keyframe selectors only parse inside `@keyframes`; wrap the body in one and shift every
        // range back by the wrapper's length. The wrapper's bytes never hold a fact.
        let name = input
            .binding
            .as_deref()
            .filter(|name| {
                name.chars().all(|character| {
                    character.is_alphanumeric() || character == '_' || character == '-'
                })
            })
            .unwrap_or("_");
        let open = format!("@keyframes {name} {{");
        let wrapped = format!("{open}{css}\n}}");
        let wrapped_source = format!("{open}{source}\n}}");
        let holes: Vec<TemplateHole> = input
            .holes
            .iter()
            .map(|hole| TemplateHole {
                start: hole.start + open.len() as u32,
                end: hole.end + open.len() as u32,
                theme_path: hole.theme_path.clone(),
                static_text: hole.static_text.clone(),
                identifier: hole.identifier.clone(),
            })
            .collect();
        context.top_level_selector = None;
        context.holes = &holes;
        let offset = i64::from(input.range.start) - i64::try_from(open.len()).unwrap_or(0);
        return as_stylis_warnings(extract_with_source(
            &wrapped,
            &wrapped_source,
            offset,
            &context,
        ));
    }
    as_stylis_warnings(extract_with_source(
        &css,
        source,
        i64::from(input.range.start),
        &context,
    ))
}

/// stylis rejects no template: what it cannot read it passes on and the browser ignores. So a
/// template's parse problems are warnings — the app builds and renders — though the statement is
/// still skipped and the template still counts as not cleanly parsed.
fn as_stylis_warnings(mut facts: StylesheetFacts) -> StylesheetFacts {
    for problem in &mut facts.problems {
        if problem.code.starts_with("parse/") && problem.severity == Severity::Error {
            problem.severity = Severity::Warning;
            problem.help = Some(
                "stylis passes this on as written and the browser ignores it; fix its syntax so that it styles anything"
                    .to_owned(),
            );
        }
    }
    facts
}

/// Replaces each hole by bytes of the same length that parse in its position: a comment where the
/// hole stands alone as a statement (an interpolated mixin), a name everywhere else (a value, a
/// selector, part of a property).
fn fill_holes(source: &str, holes: &[TemplateHole]) -> String {
    let mut css = source.as_bytes().to_vec();
    let mut last_statement_end = None;
    for hole in holes {
        let (start, end) = (hole.start as usize, hole.end as usize);
        if end > css.len() || start >= end {
            continue;
        }
        let before_index = css[..start]
            .iter()
            .rposition(|byte| !byte.is_ascii_whitespace());
        // A statement hole right after another one (two interpolated mixins in a row) follows
        // a statement too: read the comment the first became as a `;`.
        let before = match before_index {
            Some(index) if Some(index + 1) == last_statement_end => Some(b';'),
            Some(index) => Some(css[index]),
            None => None,
        };
        // What follows on the same line decides: a hole followed by nothing, a newline or `;`
        // is a statement (an interpolated mixin); anything else continues a selector or value.
        let after_index = css[end..]
            .iter()
            .position(|byte| *byte != b' ' && *byte != b'\t')
            .map(|position| end + position);
        let after = after_index.map(|index| css[index]);
        let stands_alone = matches!(before, None | Some(b';' | b'{' | b'}'))
            && matches!(after, None | Some(b';' | b'\n' | b'\r' | b'}'));
        let length = end - start;
        if stands_alone {
            last_statement_end = Some(end);
        }
        if stands_alone && length >= 4 {
            css[start..end].fill(b' ');
            css[start..start + 2].copy_from_slice(b"/*");
            css[end - 2..end].copy_from_slice(b"*/");
            if let (Some(b';'), Some(index)) = (after, after_index) {
                css[index] = b' ';
            }
        } else if stands_alone {
            css[start..end].fill(b' ');
        } else if after_index == Some(end) && after == Some(b'%') {
            // `${x}%` is a percentage: a number keeps it one value.
            css[start..end].fill(b'0');
        } else {
            css[start..end].fill(b'_');
        }
    }
    String::from_utf8(css).unwrap_or_else(|error| {
        // Holes start at `$` and end after `}`, so filling them cannot split a character; keep
        // going with a lossy copy rather than panic if a caller passes other offsets.
        String::from_utf8_lossy(error.as_bytes()).into_owned()
    })
}

/// Whether a `css` fragment is a value (`2px solid red`) rather than declarations: no `:`, `;`,
/// `{` or `}` outside parentheses, strings and comments.
fn reads_as_value(css: &str) -> bool {
    let bytes = css.as_bytes();
    let mut depth = 0usize;
    let mut any = false;
    let mut index = 0;
    while index < bytes.len() {
        if let Some(next) = skip_trivia(bytes, index) {
            // A string is content; a comment is not.
            any |= matches!(bytes[index], b'"' | b'\'');
            index = next;
            continue;
        }
        match bytes[index] {
            b'(' => depth += 1,
            b')' => depth = depth.saturating_sub(1),
            b':' | b';' | b'{' | b'}' if depth == 0 => return false,
            byte if !byte.is_ascii_whitespace() => any = true,
            _ => {}
        }
        index += 1;
    }
    any
}

/// Blanks what stylis (the preprocessor inside styled-components and emotion) drops and the
/// browser never sees: a `,` or `;` right after a rule's `}`, and a `}` that closes nothing.
/// Byte lengths are kept, so ranges still map into the file.
fn drop_what_stylis_drops(css: &mut String) {
    let bytes = css.as_bytes();
    let mut blank = Vec::new();
    let mut depth = 0usize;
    let mut index = 0;
    while index < bytes.len() {
        if let Some(next) = skip_trivia(bytes, index) {
            index = next;
            continue;
        }
        match bytes[index] {
            b'{' => depth += 1,
            b'}' if depth == 0 => blank.push(index),
            b'}' => {
                depth -= 1;
                let next = bytes[index + 1..]
                    .iter()
                    .position(|byte| !byte.is_ascii_whitespace())
                    .map(|offset| index + 1 + offset);
                if let Some(next) = next.filter(|next| matches!(bytes[*next], b',' | b';')) {
                    blank.push(next);
                }
            }
            _ => {}
        }
        index += 1;
    }
    if blank.is_empty() {
        return;
    }
    let mut owned = std::mem::take(css).into_bytes();
    for position in blank {
        owned[position] = b' ';
    }
    *css = String::from_utf8(owned).unwrap_or_default();
}

#[cfg(test)]
mod tests {
    use super::{drop_what_stylis_drops, fill_holes, reads_as_value, TemplateHole};

    #[test]
    fn stylis_drops_commas_after_blocks_and_stray_braces() {
        let mut css = "\n  .a { b: c; },\n  .d { e: f; };\n  g: h;\n  }\n".to_owned();
        drop_what_stylis_drops(&mut css);
        assert_eq!(css, "\n  .a { b: c; } \n  .d { e: f; } \n  g: h;\n   \n");
        let mut untouched = "a { content: \"},\"; } /* }, */".to_owned();
        drop_what_stylis_drops(&mut untouched);
        assert_eq!(untouched, "a { content: \"},\"; } /* }, */");
    }

    #[test]
    fn a_fragment_is_a_value_when_it_has_no_declaration() {
        assert!(reads_as_value("2px solid var(--c, _______)"));
        assert!(!reads_as_value("\n  color: red;\n"));
        assert!(!reads_as_value("&:hover { x: y }"));
        assert!(!reads_as_value("  /*   */  "));
    }

    fn hole(source: &str, expression: &str) -> TemplateHole {
        let start = source.find(expression).unwrap() as u32;
        TemplateHole {
            start,
            end: start + expression.len() as u32,
            theme_path: None,
            static_text: None,
            identifier: None,
        }
    }

    #[test]
    fn value_holes_become_names_and_statement_holes_become_comments() {
        let source =
            "\n  color: ${p => p.c};\n  ${truncate};\n  ${Icon} { x: 1 }\n  ${a}\n  ${b}\n";
        let holes = [
            hole(source, "${p => p.c}"),
            hole(source, "${truncate}"),
            hole(source, "${Icon}"),
            hole(source, "${a}"),
            hole(source, "${b}"),
        ];
        let css = fill_holes(source, &holes);
        assert_eq!(css.len(), source.len());
        assert_eq!(
            css,
            "\n  color: ___________;\n  /*       */ \n  _______ { x: 1 }\n  /**/\n  /**/\n"
        );
    }

    #[test]
    fn a_hole_before_a_percent_sign_becomes_a_number() {
        let source = "height: ${h}%; width: ${w}px;";
        let holes = [hole(source, "${h}"), hole(source, "${w}")];
        assert_eq!(fill_holes(source, &holes), "height: 0000%; width: ____px;");
    }
}
