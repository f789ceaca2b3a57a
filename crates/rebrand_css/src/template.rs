//! CSS inside styled-components and emotion templates, with each `${…}` replaced by a placeholder
//! of the same length so that every range maps straight back into the JavaScript file.

use rebrand_facts::{HolePosition, Severity, StyleTemplate, Syntax, TemplateKind};
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
    /// The texts it may stand for when an opaque condition picks one
    /// (`isTouch() ? "active" : "hover"`).
    pub branches: Vec<String>,
}

/// The stylis a template is compiled with at run time; the versions nest selectors differently.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Stylis {
    /// stylis 3, inside styled-components 5 and emotion 10: a nested selector starting with `:`
    /// attaches to its parent.
    V3,
    /// stylis 4, inside styled-components 6 and emotion 11: nesting reads as CSS nesting does.
    #[default]
    V4,
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
    /// Whether the template only applies under a run-time condition (``${p => p.primary && css`…`}``).
    pub dynamic: bool,
    /// The props the template needs, as [`rebrand_facts::Condition::variants`] names them.
    pub variants: Vec<String>,
    /// What the template is, which decides how its top level reads (`Fragment` for any `css`
    /// fragment: whether it is a value is read from its text).
    pub kind: TemplateKind,
    /// Value typing settings.
    pub options: ValueOptions,
    /// The stylis the template is compiled with.
    pub stylis: Stylis,
}

/// A template's facts: what its CSS declares, and the template itself with each hole placed.
#[derive(Debug)]
pub struct TemplateFacts {
    /// Declarations, tokens and problems, in file coordinates.
    pub facts: StylesheetFacts,
    /// The template, its kind as read (a `css` fragment may turn out to be a value) and its holes.
    pub template: StyleTemplate,
}

/// Extracts the facts of a template's CSS. Top-level declarations apply to `&`, the styled
/// element itself.
#[must_use]
pub fn extract_template(input: &TemplateInput<'_>) -> TemplateFacts {
    let Some(source) = input.file_text.get(input.range.as_usize_range()) else {
        return TemplateFacts {
            facts: StylesheetFacts::default(),
            template: template_fact(input, input.kind, &[]),
        };
    };
    let (mut css, statement_holes) = fill_holes(source, &input.holes);
    if input.kind == TemplateKind::Fragment && reads_as_value(&css) {
        // A value fragment declares nothing itself; where it is used, it is read as its text
        // when all of it is known.
        let positions = vec![HolePosition::ValuePart; input.holes.len()];
        return TemplateFacts {
            facts: StylesheetFacts {
                parsed_cleanly: true,
                ..StylesheetFacts::default()
            },
            template: template_fact(input, TemplateKind::ValueFragment, &positions),
        };
    }
    drop_what_stylis_drops(&mut css);
    let facts = extract_filled(input, source, &css, &statement_holes);
    let template = template_fact(input, input.kind, &facts.hole_positions);
    TemplateFacts { facts, template }
}

/// The template as a fact: its holes in file coordinates, each with its position.
fn template_fact(
    input: &TemplateInput<'_>,
    kind: TemplateKind,
    positions: &[HolePosition],
) -> StyleTemplate {
    let holes = input
        .holes
        .iter()
        .enumerate()
        .map(|(index, hole)| rebrand_facts::TemplateHole {
            range: TextRange::new(input.range.start + hole.start, input.range.start + hole.end),
            position: positions.get(index).copied().unwrap_or(HolePosition::Other),
            // A hole of declarations is read as a mixin whose own template holds its facts,
            // never as text pasted here.
            text: hole
                .static_text
                .clone()
                .filter(|_| positions.get(index) != Some(&HolePosition::Declarations)),
            branches: hole.branches.clone(),
            name: hole.identifier.clone(),
            theme_path: hole.theme_path.clone(),
        })
        .collect();
    StyleTemplate {
        range: input.range,
        kind,
        binding: input.binding.clone(),
        holes,
    }
}

/// Parses the template's CSS, holes filled, and walks it.
fn extract_filled(
    input: &TemplateInput<'_>,
    source: &str,
    css: &str,
    statement_holes: &[bool],
) -> StylesheetFacts {
    let mut context = WalkContext {
        syntax: Syntax::StyledTemplate,
        binding: input.binding.clone(),
        top_level_selector: (input.kind != TemplateKind::Global).then(|| "&".to_owned()),
        holes: &input.holes,
        statement_holes,
        stylis: input.stylis,
        dynamic: input.dynamic,
        variants: &input.variants,
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
        let shift = open.len() as u32;
        let holes: Vec<TemplateHole> = input
            .holes
            .iter()
            .map(|hole| TemplateHole {
                start: hole.start + shift,
                end: hole.end + shift,
                ..hole.clone()
            })
            .collect();
        context.top_level_selector = None;
        context.holes = &holes;
        let offset = i64::from(input.range.start) - i64::from(shift);
        return as_stylis_warnings(extract_with_source(
            &wrapped,
            &wrapped_source,
            offset,
            &context,
        ));
    }
    as_stylis_warnings(extract_with_source(
        css,
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
/// selector, part of a property). Also says which holes stood alone.
fn fill_holes(source: &str, holes: &[TemplateHole]) -> (String, Vec<bool>) {
    let mut css = source.as_bytes().to_vec();
    let mut statements = Vec::with_capacity(holes.len());
    let mut last_statement_end = None;
    for hole in holes {
        let (start, end) = (hole.start as usize, hole.end as usize);
        if end > css.len() || start >= end {
            statements.push(false);
            continue;
        }
        // What precedes, comments skipped: a statement hole right after another one (two
        // interpolated mixins in a row) follows a statement too, so the comment the first
        // became reads as a `;`.
        let before = match last_significant(&css[..start]) {
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
            && (matches!(after, None | Some(b';' | b'\n' | b'\r' | b'}'))
                || after_index.is_some_and(|index| starts_a_declaration(&css[index..])));
        let length = end - start;
        statements.push(stands_alone);
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
    let css = String::from_utf8(css).unwrap_or_else(|error| {
        // Holes start at `$` and end after `}`, so filling them cannot split a character; keep
        // going with a lossy copy rather than panic if a caller passes other offsets.
        String::from_utf8_lossy(error.as_bytes()).into_owned()
    });
    (css, statements)
}

/// The index of the last byte of `text` that is neither whitespace nor inside a trailing
/// comment (`color: red; /* states */` gives the `;`).
fn last_significant(text: &[u8]) -> Option<usize> {
    let mut end = text.len();
    loop {
        let index = text[..end]
            .iter()
            .rposition(|byte| !byte.is_ascii_whitespace())?;
        if index >= 1 && text[index] == b'/' && text[index - 1] == b'*' {
            let opening = text[..index - 1]
                .windows(2)
                .rposition(|pair| pair == b"/*")?;
            end = opening;
        } else {
            return Some(index);
        }
    }
}

/// Whether `text` opens with a declaration (`color: red`): a name, then `:` and a space. What
/// follows a mixin on its own line (`${mixin} color: red;`) is one; a selector after a
/// component (`${Icon} div:hover {`, `${Button}:hover &`) is not.
fn starts_a_declaration(text: &[u8]) -> bool {
    let name = text
        .iter()
        .take_while(|byte| byte.is_ascii_alphanumeric() || **byte == b'-')
        .count();
    let rest = &text[name..];
    let colon = rest.iter().take_while(|byte| **byte == b' ').count();
    name > 0
        && rest.get(colon) == Some(&b':')
        && rest.get(colon + 1).is_none_or(u8::is_ascii_whitespace)
}

/// Whether a `css` fragment is a value (`2px solid red`) rather than declarations: no `:`, `;`,
/// `{` or `}` outside parentheses, strings and comments.
#[must_use]
pub fn reads_as_value(css: &str) -> bool {
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
            branches: Vec::new(),
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
        let (css, statements) = fill_holes(source, &holes);
        assert_eq!(css.len(), source.len());
        assert_eq!(statements, [false, true, false, true, true]);
        assert_eq!(
            css,
            "\n  color: ___________;\n  /*       */ \n  _______ { x: 1 }\n  /**/\n  /**/\n"
        );
    }

    #[test]
    fn a_mixin_followed_by_a_declaration_on_its_line_is_a_statement() {
        let source =
            "\n  ${m} top: 0;\n  ${I} a:hover { y: 2 }\n  ${B}:hover & { z: 3 }\n  /* x */ ${d}\n";
        let holes = [
            hole(source, "${m}"),
            hole(source, "${I}"),
            hole(source, "${B}"),
            hole(source, "${d}"),
        ];
        let (css, statements) = fill_holes(source, &holes);
        assert_eq!(statements, [true, false, false, true]);
        assert_eq!(
            css,
            "\n  /**/ top: 0;\n  ____ a:hover { y: 2 }\n  ____:hover & { z: 3 }\n  /* x */ /**/\n"
        );
    }

    #[test]
    fn a_hole_before_a_percent_sign_becomes_a_number() {
        let source = "height: ${h}%; width: ${w}px;";
        let holes = [hole(source, "${h}"), hole(source, "${w}")];
        assert_eq!(
            fill_holes(source, &holes).0,
            "height: 0000%; width: ____px;"
        );
    }
}
