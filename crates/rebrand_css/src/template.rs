//! CSS inside styled-components and emotion templates, with each `${…}` replaced by a placeholder
//! of the same length so that every range maps straight back into the JavaScript file.

use rebrand_facts::Syntax;
use rebrand_text::TextRange;
use rebrand_values::ValueOptions;

use crate::grammar::Grammar;
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
    /// Whether the template is the body of a `keyframes` tag, whose top level holds keyframe
    /// selectors (`from`, `50%`) rather than declarations.
    pub keyframes: bool,
    /// Whether the template is global CSS (`createGlobalStyle`), whose top-level rules select real
    /// elements rather than the styled one.
    pub global: bool,
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
    let css = fill_holes(source, &input.holes);
    let mut context = WalkContext {
        syntax: Syntax::StyledTemplate,
        binding: input.binding.clone(),
        top_level_selector: (!input.global).then(|| "&".to_owned()),
        holes: &input.holes,
        dynamic: input.dynamic,
        options: input.options,
        grammar: Grammar::Css,
    };
    if input.keyframes {
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
            })
            .collect();
        context.top_level_selector = None;
        context.holes = &holes;
        let offset = i64::from(input.range.start) - i64::try_from(open.len()).unwrap_or(0);
        return extract_with_source(&wrapped, &wrapped_source, offset, &context);
    }
    extract_with_source(&css, source, i64::from(input.range.start), &context)
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

#[cfg(test)]
mod tests {
    use super::{fill_holes, TemplateHole};

    fn hole(source: &str, expression: &str) -> TemplateHole {
        let start = source.find(expression).unwrap() as u32;
        TemplateHole {
            start,
            end: start + expression.len() as u32,
            theme_path: None,
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
}
