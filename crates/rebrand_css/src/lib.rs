//! Extracts style facts from stylesheet text: `.css`, `.module.css`, `.scss`, `.module.scss`,
//! `.less`, `.module.less`, and the CSS inside styled-components/emotion templates.
//!
//! One walker serves every CSS-like source: our SCSS grammar (`grammars/scss`) is a superset of
//! CSS, so plain CSS, SCSS and template CSS share node kinds and one extractor. tree-sitter gives
//! exact byte ranges for every property and value, which lightningcss's declaration blocks do not
//! keep; values are then typed by `rebrand_values` (which uses lightningcss for colours).
//!
//! Invariant: parsing never fails. Whatever the grammar could not parse becomes a `Problem` with a
//! range, and the declarations around it are still extracted. The tree never leaves this crate.

mod grammar;
mod holes;
mod imports;
mod lexical;
mod recovery;
mod selectors;
mod template;
mod walker;

pub use template::{
    extract_template, reads_as_value, Stylis, TemplateFacts, TemplateHole, TemplateInput,
};
pub use walker::StylesheetFacts;

use grammar::Grammar;
use rebrand_facts::{FileKind, Syntax};
use rebrand_values::ValueOptions;

/// Parses one stylesheet file's text and extracts its facts.
#[must_use]
pub fn extract_stylesheet(text: &str, kind: FileKind, options: ValueOptions) -> StylesheetFacts {
    let syntax = match kind {
        FileKind::CssModule | FileKind::ScssModule | FileKind::LessModule => Syntax::CssModule,
        FileKind::Scss => Syntax::Scss,
        FileKind::Less => Syntax::Less,
        _ => Syntax::Css,
    };
    let grammar = match kind {
        FileKind::Scss | FileKind::ScssModule => Grammar::Scss,
        FileKind::Less | FileKind::LessModule => Grammar::Less,
        _ => Grammar::Css,
    };
    let context = walker::WalkContext {
        syntax,
        binding: None,
        top_level_selector: None,
        holes: &[],
        statement_holes: &[],
        stylis: template::Stylis::V4,
        dynamic: false,
        variants: &[],
        options,
        grammar,
    };
    walker::extract(text, 0, &context)
}
