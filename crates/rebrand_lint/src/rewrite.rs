//! How a token reference, or another literal, is written in a declaration's own syntax.

use rebrand_edit::Edit;
use rebrand_facts::{Declaration, ImportKind, Syntax, Token, TokenKind};
use rebrand_text::TextRange;

use crate::context::Context;

/// The edit that writes `css_text` as the declaration's value, in its syntax.
pub(crate) fn value_edit(
    context: &Context<'_>,
    file: usize,
    declaration: &Declaration,
    css_text: &str,
) -> Option<Edit> {
    rebrand_edit::value_edit(context.source(file), declaration, css_text)
}

/// The `[…]` of a Tailwind arbitrary-value class (`bg-[#2563eb]`) and the class text before it.
pub(crate) fn arbitrary_value<'a>(
    context: &Context<'a>,
    file: usize,
    declaration: &Declaration,
) -> Option<(TextRange, &'a str)> {
    rebrand_edit::tailwind_arbitrary_value(context.source(file), declaration)
}

/// How a declaration in `file` names `token` (`var(--brand)`, `$brand`, `tokens.$brand`, a
/// Tailwind class), or `None` where its syntax cannot reach that kind of token.
pub(crate) fn reference_edit(
    context: &Context<'_>,
    file: usize,
    declaration: &Declaration,
    token: &Token,
    token_file: usize,
) -> Option<Edit> {
    let syntax = declaration.origin.written_syntax();
    match token.kind {
        TokenKind::TailwindTheme if syntax == Syntax::Tailwind => {
            let (brackets, prefix) = arbitrary_value(context, file, declaration)?;
            let theme_name = tailwind_theme_name(&token.name)?;
            let whole = TextRange::new(declaration.range.start, brackets.end);
            Some(Edit::replace(whole, format!("{prefix}{theme_name}")))
        }
        TokenKind::CustomProperty | TokenKind::TailwindTheme => {
            value_edit(context, file, declaration, &format!("var({})", token.name))
        }
        TokenKind::ScssVariable if syntax == Syntax::Scss => {
            let written = scss_reference(context, file, token, token_file)?;
            Some(Edit::replace(declaration.value_range, written))
        }
        // A Less variable reaches a file only through `@import` chains and the build's
        // `modifyVars`, which rebrand does not follow yet: no fix writes one.
        TokenKind::ScssVariable
        | TokenKind::LessVariable
        | TokenKind::Dtcg
        | TokenKind::JsTheme => None,
    }
}

/// The name a Tailwind v4 theme variable gives its utilities: `--color-brand-500` → `brand-500`.
fn tailwind_theme_name(variable: &str) -> Option<&str> {
    let namespace = variable.strip_prefix("--")?;
    [
        "color-",
        "radius-",
        "text-",
        "shadow-",
        "font-weight-",
        "leading-",
        "spacing-",
    ]
    .iter()
    .find_map(|prefix| namespace.strip_prefix(prefix))
    .filter(|name| !name.is_empty() && !name.contains("--"))
}

/// `$name` where the variable is defined in the same file or reached through `@import` or
/// `@use … as *`; `namespace.$name` through a namespaced `@use`.
fn scss_reference(
    context: &Context<'_>,
    file: usize,
    token: &Token,
    token_file: usize,
) -> Option<String> {
    if file == token_file {
        return Some(token.name.clone());
    }
    // A map entry (`$space.sm`) has no reference of its own: `t.$space.sm` is not SCSS.
    if token.name.contains('.') {
        return None;
    }
    let importer = &context.files()[file].path;
    let defining = &context.files()[token_file].path;
    context.files()[file].imports.iter().find_map(|import| {
        if !sass_url_names(importer, &import.url, defining) {
            return None;
        }
        match (import.kind, import.namespace.as_deref()) {
            (ImportKind::Import, _) | (_, Some("*")) => Some(token.name.clone()),
            (ImportKind::Use, Some(namespace)) => Some(format!("{namespace}.{}", token.name)),
            _ => None,
        }
    })
}

/// Whether `@use`/`@import` of `url` in `importer` loads the file at `target`: Sass resolves
/// the URL against the importing file, then tries a partial (`_name`), the extensions and an
/// `_index` file. Two apps' `_tokens.scss` share a stem but not a path.
fn sass_url_names(importer: &str, url: &str, target: &str) -> bool {
    rebrand_link::stylesheet_candidates(importer, url)
        .iter()
        .any(|candidate| candidate == target)
}

/// `tokens` for `../styles/_tokens.scss`, `tokens.scss` and `../styles/tokens`.
pub(crate) fn file_stem(path: &str) -> &str {
    let name = path.rsplit('/').next().unwrap_or(path);
    let name = name.strip_prefix('_').unwrap_or(name);
    name.split('.').next().unwrap_or(name)
}

#[cfg(test)]
mod tests {
    use super::sass_url_names;

    #[test]
    fn a_sass_url_names_the_file_it_resolves_to() {
        let importer = "app/src/components/_panel.scss";
        assert!(sass_url_names(
            importer,
            "../styles/tokens",
            "app/src/styles/_tokens.scss"
        ));
        assert!(sass_url_names(
            importer,
            "../styles/_tokens.scss",
            "app/src/styles/_tokens.scss"
        ));
        assert!(sass_url_names(
            importer,
            "../styles",
            "app/src/styles/_index.scss"
        ));
        assert!(!sass_url_names(
            importer,
            "../styles/tokens",
            "other/src/styles/_tokens.scss"
        ));
        assert!(!sass_url_names(
            importer,
            "tokens",
            "app/src/styles/_tokens.scss"
        ));
    }
}
