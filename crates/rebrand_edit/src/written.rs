//! How a CSS value is written back into a declaration's own syntax: as is in stylesheets and
//! templates, quoted in JavaScript objects, bracketed in Tailwind arbitrary values.

use rebrand_facts::{Declaration, Syntax};
use rebrand_text::TextRange;

use crate::Edit;

/// The syntaxes whose values are CSS text (stylesheets and template literals).
#[must_use]
pub fn is_css_text(syntax: Syntax) -> bool {
    matches!(
        syntax,
        Syntax::Css | Syntax::CssModule | Syntax::Scss | Syntax::StyledTemplate
    )
}

/// The syntaxes whose values are JavaScript object values.
#[must_use]
pub fn is_js_object(syntax: Syntax) -> bool {
    matches!(
        syntax,
        Syntax::StyledObject | Syntax::InlineStyle | Syntax::StyleProp
    )
}

/// Whether a JavaScript style value sits inside a string (`'#fff'`, or one part of
/// `'1px solid #fff'`), so that a replacement is written as is; otherwise it is a number or an
/// expression and a replacement needs its own quotes.
#[must_use]
pub fn is_quoted_js_value(source: &str, declaration: &Declaration) -> bool {
    // A longhand of a shorthand is quoted when the whole shorthand value is.
    let start = declaration
        .shorthand
        .as_ref()
        .map_or(declaration.value_range.start, |shorthand| {
            shorthand.value_range.start
        });
    follows_a_quote(source, start)
}

/// Whether the text at `offset` starts right after a quote: a value written inside a JavaScript
/// (or JSON) string literal.
#[must_use]
pub fn follows_a_quote(source: &str, offset: u32) -> bool {
    let offset = (offset as usize).min(source.len());
    matches!(
        source
            .get(..offset)
            .and_then(|before| before.chars().next_back()),
        Some('\'' | '"' | '`')
    )
}

/// The edit that writes `css_text` at `range` of a JavaScript value: between the quotes when it
/// is `quoted` (`None` if the text holds a quote), else as a string literal of its own.
#[must_use]
pub fn js_value_edit(source: &str, range: TextRange, quoted: bool, css_text: &str) -> Option<Edit> {
    if !quoted {
        return Some(Edit::replace(
            range,
            js_string_literal(source, range.start, css_text),
        ));
    }
    let has_quote = css_text.contains('\'') || css_text.contains('"');
    (!has_quote).then(|| Edit::replace(range, css_text))
}

/// The edit that writes `css_text` (a CSS value) as the declaration's value, in its syntax:
/// as is in stylesheets and templates, quoted where a JavaScript value was a bare number, and
/// inside the brackets of a Tailwind arbitrary value. `None` where the syntax cannot hold it
/// (an SCSS variable outside SCSS, a quote inside a JavaScript string, a named Tailwind class).
#[must_use]
pub fn value_edit(source: &str, declaration: &Declaration, css_text: &str) -> Option<Edit> {
    let syntax = declaration.origin.written_syntax();
    if css_text.contains('$') && syntax != Syntax::Scss {
        return None;
    }
    if is_css_text(syntax) {
        return Some(Edit::replace(declaration.value_range, css_text));
    }
    if is_js_object(syntax) {
        let quoted = is_quoted_js_value(source, declaration);
        return js_value_edit(source, declaration.value_range, quoted, css_text);
    }
    if syntax == Syntax::Tailwind {
        let (brackets, _) = tailwind_arbitrary_value(source, declaration)?;
        return Some(Edit::replace(
            brackets,
            format!("[{}]", css_text.replace(' ', "_")),
        ));
    }
    None
}

/// `text` as a JavaScript string literal to write at `offset`, in the quote the code around it
/// uses (that of the nearest string before it, else `'`).
#[must_use]
pub fn js_string_literal(source: &str, offset: u32, text: &str) -> String {
    let before = &source[..(offset as usize).min(source.len())];
    let quote = before
        .rfind(['"', '\''])
        .and_then(|at| before[at..].chars().next())
        .unwrap_or('\'');
    let escaped = text.replace(quote, &format!("\\{quote}"));
    format!("{quote}{escaped}{quote}")
}

/// The `[…]` of a Tailwind arbitrary-value class (`bg-[#2563eb]`) and the class text before it.
#[must_use]
pub fn tailwind_arbitrary_value<'a>(
    source: &'a str,
    declaration: &Declaration,
) -> Option<(TextRange, &'a str)> {
    let text = declaration.range.slice(source)?;
    let open = text.find('[')?;
    let close = text.rfind(']')?;
    (close > open && close == text.len() - 1).then(|| {
        let start = declaration.range.start + open as u32;
        (
            TextRange::new(start, declaration.range.start + close as u32 + 1),
            &text[..open],
        )
    })
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use rebrand_facts::{Declaration, Origin, ShorthandSource, Syntax, Value};
    use rebrand_text::TextRange;

    use super::value_edit;

    fn declaration(syntax: Syntax, source: &str, value: &str, shorthand: bool) -> Declaration {
        let start = source.find(value).expect("value in source");
        let range = TextRange::from_usize(start, start + value.len());
        Declaration {
            property: "color".into(),
            written_property: None,
            property_range: None,
            range,
            value_range: range,
            value_text: value.into(),
            css_value: None,
            value: Value::Composite,
            important: false,
            shorthand: shorthand.then(|| {
                let open = source.find('\'').expect("a quoted shorthand") + 1;
                Arc::new(ShorthandSource {
                    property: "border".into(),
                    value_range: TextRange::from_usize(open, source.rfind('\'').unwrap_or(open)),
                })
            }),
            origin: Arc::new(Origin::new(syntax)),
            condition: Arc::default(),
        }
    }

    fn written(syntax: Syntax, source: &str, value: &str, shorthand: bool, css: &str) -> String {
        let declaration = declaration(syntax, source, value, shorthand);
        let edit = value_edit(source, &declaration, css).expect("an edit");
        crate::apply_edits(source, vec![edit]).expect("applies")
    }

    #[test]
    fn values_are_written_in_each_syntax() {
        assert_eq!(
            written(Syntax::Css, "a { color: #fff }", "#fff", false, "#000"),
            "a { color: #000 }"
        );
        assert_eq!(
            written(
                Syntax::InlineStyle,
                "{ color: '#fff' }",
                "#fff",
                false,
                "#000"
            ),
            "{ color: '#000' }"
        );
        assert_eq!(
            written(Syntax::InlineStyle, "{ padding: 8 }", "8", false, "10px"),
            "{ padding: '10px' }"
        );
        assert_eq!(
            written(
                Syntax::StyledObject,
                "{ color: \"red\", padding: 8 }",
                "8",
                false,
                "10px"
            ),
            "{ color: \"red\", padding: \"10px\" }"
        );
        assert_eq!(
            written(
                Syntax::Tailwind,
                "bg-[#fff] p-2",
                "bg-[#fff]",
                false,
                "rgb(0 0 0)"
            ),
            "bg-[rgb(0_0_0)] p-2"
        );
    }

    #[test]
    fn a_part_of_a_javascript_shorthand_string_is_not_quoted_again() {
        assert_eq!(
            written(
                Syntax::StyledObject,
                "{ border: '1px solid #fff' }",
                "#fff",
                true,
                "#000"
            ),
            "{ border: '1px solid #000' }"
        );
    }
}
