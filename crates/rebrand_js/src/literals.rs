//! Where a script's text is not code: strings, template text and JSX text. A tool that inserts a
//! comment at the start of a line must know which of these the line starts in — a `//` written
//! into a template literal becomes part of its text, and one written between JSX children is shown
//! on the page.

use rebrand_facts::FileKind;
use rebrand_text::TextRange;
use swc_ecma_ast::{JSXText, Program, Str, TplElement};
use swc_ecma_visit::{Visit, VisitWith};

use crate::{parse, to_range};

/// What a span of non-code text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LiteralKind {
    /// A quoted string.
    String,
    /// The text of a template literal between its `${…}` holes.
    Template,
    /// Text between JSX tags, whitespace and line breaks included.
    JsxText,
}

/// Every string, template text and JSX text span of a script, in source order; `None` when the
/// script does not parse.
#[must_use]
pub fn literal_spans(text: &str, kind: FileKind) -> Option<Vec<(TextRange, LiteralKind)>> {
    let (parsed, errors) = parse(text, kind);
    let program: Program = parsed.ok().filter(|_| errors.is_empty())?;
    let mut collector = Collector::default();
    program.visit_with(&mut collector);
    collector
        .spans
        .sort_by_key(|(range, _)| (range.start, range.end));
    Some(collector.spans)
}

#[derive(Default)]
struct Collector {
    spans: Vec<(TextRange, LiteralKind)>,
}

impl Visit for Collector {
    fn visit_str(&mut self, string: &Str) {
        self.spans
            .push((to_range(string.span), LiteralKind::String));
    }

    fn visit_tpl_element(&mut self, element: &TplElement) {
        self.spans
            .push((to_range(element.span), LiteralKind::Template));
    }

    fn visit_jsx_text(&mut self, jsx_text: &JSXText) {
        self.spans
            .push((to_range(jsx_text.span), LiteralKind::JsxText));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_templates_and_jsx_text_are_found() {
        let text = "const a = \"x\";\nconst b = `one\n${a} two`;\nconst c = <div>\n  <p>Don't</p>\n</div>;\n";
        let spans = literal_spans(text, FileKind::Tsx).expect("parses");
        let kinds: Vec<(&str, LiteralKind)> = spans
            .iter()
            .map(|(range, kind)| (range.slice(text).unwrap_or_default(), *kind))
            .collect();
        assert_eq!(
            kinds,
            [
                ("\"x\"", LiteralKind::String),
                ("one\n", LiteralKind::Template),
                (" two", LiteralKind::Template),
                ("\n  ", LiteralKind::JsxText),
                ("Don't", LiteralKind::JsxText),
                ("\n", LiteralKind::JsxText),
            ]
        );
        assert!(literal_spans("const = ;", FileKind::Javascript).is_none());
    }
}
