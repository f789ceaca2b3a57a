//! Finds a stylesheet's `@use`, `@forward` and `@import` targets with the grammar's
//! `queries/imports.scm`.

use std::sync::OnceLock;

use rebrand_facts::{ImportKind, StyleImport};
use rebrand_text::TextRange;
use tree_sitter::{Node, Query, QueryCursor, StreamingIterator};

fn imports_query() -> &'static Query {
    static QUERY: OnceLock<Query> = OnceLock::new();
    QUERY.get_or_init(|| {
        Query::new(
            &rebrand_scss_grammar::language(),
            rebrand_scss_grammar::IMPORTS_QUERY,
        )
        .expect(
            "imports.scm compiles against the committed grammar (tested in rebrand_scss_grammar)",
        )
    })
}

/// The imports under `root`, in source order; ranges are shifted by `offset`.
pub(crate) fn find_imports(root: Node<'_>, text: &str, offset: i64) -> Vec<StyleImport> {
    let query = imports_query();
    let names = query.capture_names();
    let mut cursor = QueryCursor::new();
    // `@use` and `@forward` must be top level; an `@import` nested in a rule is legal but rare and
    // imports nothing a linker can follow by name, so the walk stays shallow.
    cursor.set_max_start_depth(Some(1));
    let mut matches = cursor.matches(query, root, text.as_bytes());
    let mut imports = Vec::new();
    while let Some(found) = matches.next() {
        let mut kind = None;
        let mut url = None;
        let mut namespace = None;
        for capture in found.captures() {
            match names[capture.index as usize] {
                "use" => kind = Some(ImportKind::Use),
                "forward" => kind = Some(ImportKind::Forward),
                "import" => kind = Some(ImportKind::Import),
                "url" => url = Some(capture.node),
                "namespace" => namespace = Some(text[capture.node.byte_range()].to_owned()),
                _ => {}
            }
        }
        let (Some(kind), Some(url)) = (kind, url) else {
            continue;
        };
        let quoted = &text[url.byte_range()];
        let inner = quoted
            .get(1..quoted.len().saturating_sub(1))
            .unwrap_or_default()
            .to_owned();
        let start = i64::try_from(url.start_byte()).unwrap_or(0) + offset + 1;
        let start = u32::try_from(start).unwrap_or(0);
        let namespace = match kind {
            ImportKind::Use => namespace.or_else(|| Some(default_namespace(&inner))),
            _ => None,
        };
        imports.push(StyleImport {
            kind,
            url_range: TextRange::new(start, start + inner.len() as u32),
            url: inner,
            namespace,
        });
    }
    imports.sort_by_key(|import| import.url_range);
    imports.dedup_by_key(|import| import.url_range);
    imports
}

/// Sass's namespace for `@use "url"` without `as`: the last path segment, without a leading `_`
/// and without an extension (`sass:math` gives `math`).
fn default_namespace(url: &str) -> String {
    let last = url.rsplit(['/', ':']).next().unwrap_or(url);
    let last = last.strip_prefix('_').unwrap_or(last);
    let last = last.split('.').next().unwrap_or(last);
    last.to_owned()
}

#[cfg(test)]
mod tests {
    use super::default_namespace;

    #[test]
    fn namespaces_default_to_the_last_segment() {
        assert_eq!(default_namespace("sass:math"), "math");
        assert_eq!(default_namespace("../styles/_tokens.scss"), "tokens");
        assert_eq!(default_namespace("mixins"), "mixins");
    }
}
