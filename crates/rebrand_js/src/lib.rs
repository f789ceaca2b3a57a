//! Extracts style facts from JavaScript and TypeScript files with swc: styled-components and
//! emotion templates and objects, inline `style`, `sx` and `css` props, class-name strings for
//! Tailwind, and plain JavaScript theme objects.
//!
//! The syntax is chosen by file kind: `.ts` never enables JSX (`<T>` casts and generic arrows
//! would break), `.js` always does. swc positions are converted to byte offsets into the file once,
//! here; the AST never leaves this crate.
//!
//! Invariant: parsing never fails. A file swc cannot parse yields a `Problem` at the error's span
//! and whatever facts swc recovered. Not an API boundary beyond [`extract_js`] and [`JsFacts`].

mod bindings;
mod classes;
mod constants;
mod elements;
mod literals;
mod objects;
mod props;
mod styled;
mod visitor;

use rebrand_facts::{Component, Declaration, Element, FileKind, JsImport, Problem, Token};
use rebrand_text::TextRange;
use rebrand_values::ValueOptions;
use swc_common::{BytePos, Spanned};
use swc_ecma_parser::{EsSyntax, Parser, StringInput, Syntax, TsSyntax};

pub use classes::ClassToken;
pub use literals::{literal_spans, LiteralKind};
pub use rebrand_css::Stylis;

/// The facts of one JavaScript or TypeScript file.
#[derive(Debug, Default)]
pub struct JsFacts {
    /// Declarations from CSS-in-JS and inline styles.
    pub declarations: Vec<Declaration>,
    /// Theme-object tokens and custom properties defined in templates.
    pub tokens: Vec<Token>,
    /// Every static class name written in a `className`/`class` attribute or a class-merging call
    /// (`clsx`, `cn`, `classnames`, `cva`, `tv`, `twMerge`), for Tailwind expansion and linking.
    pub class_tokens: Vec<ClassToken>,
    /// JSX elements in source order (`Element::id` indexes this list).
    pub elements: Vec<Element>,
    /// React components defined in the file.
    pub components: Vec<Component>,
    /// `import` declarations.
    pub js_imports: Vec<JsImport>,
    /// Exported top-level constants with a literal value, as `(name, text)`.
    pub constants: Vec<(String, String)>,
    /// styled-components and emotion templates, with their holes placed.
    pub templates: Vec<rebrand_facts::StyleTemplate>,
    /// Parse problems and skipped constructs.
    pub problems: Vec<Problem>,
    /// Whether swc parsed the file without error.
    pub parsed_cleanly: bool,
}

/// swc reserves byte position 0 for "no position", so files are parsed starting at 1.
const BASE: u32 = 1;

/// Converts a swc span into a byte range of the file.
pub(crate) fn to_range(span: swc_common::Span) -> TextRange {
    TextRange::new(
        span.lo.0.saturating_sub(BASE),
        span.hi.0.saturating_sub(BASE),
    )
}

/// Parses `text` as the given kind of file and extracts its facts; its styled-components and
/// emotion templates are read as `stylis` compiles them.
#[must_use]
pub fn extract_js(text: &str, kind: FileKind, options: ValueOptions, stylis: Stylis) -> JsFacts {
    let (parsed, mut errors) = parse(text, kind);
    let mut facts = JsFacts {
        parsed_cleanly: true,
        ..JsFacts::default()
    };
    let program = match parsed {
        Ok(program) => Some(program),
        Err(error) => {
            errors.push(error);
            None
        }
    };
    for error in errors {
        facts.parsed_cleanly = false;
        facts.problems.push(
            Problem::error(
                "parse/js",
                format!("this could not be parsed as {}: {}", language_name(kind), error.kind().msg()),
                to_range(error.span()),
            )
            .with_help(match kind {
                FileKind::Typescript => "`.ts` files are parsed without JSX; rename the file to `.tsx` if it contains JSX",
                _ => "fix the syntax error; facts from this file may be incomplete",
            }),
        );
    }
    if let Some(program) = program {
        visitor::collect(text, &program, options, stylis, &mut facts);
    }
    facts
}

/// Parses `text` as the given kind of script: the program, or the error that stopped the parser,
/// and the errors it recovered from.
pub(crate) fn parse(
    text: &str,
    kind: FileKind,
) -> (
    Result<swc_ecma_ast::Program, swc_ecma_parser::error::Error>,
    Vec<swc_ecma_parser::error::Error>,
) {
    let syntax = match kind {
        FileKind::Typescript => Syntax::Typescript(TsSyntax {
            tsx: false,
            decorators: true,
            ..TsSyntax::default()
        }),
        FileKind::Tsx => Syntax::Typescript(TsSyntax {
            tsx: true,
            decorators: true,
            ..TsSyntax::default()
        }),
        _ => Syntax::Es(EsSyntax {
            jsx: true,
            decorators: true,
            ..EsSyntax::default()
        }),
    };
    let end = BytePos(BASE + text.len() as u32);
    let input = StringInput::new(text, BytePos(BASE), end);
    let mut parser = Parser::new(syntax, input, None);
    let parsed = parser.parse_program();
    let errors = parser.take_errors();
    (parsed, errors)
}

fn language_name(kind: FileKind) -> &'static str {
    match kind {
        FileKind::Typescript => "TypeScript",
        FileKind::Tsx => "TSX",
        _ => "JavaScript with JSX",
    }
}
