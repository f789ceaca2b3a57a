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
    let defining = &context.files()[token_file].path;
    let stem = file_stem(defining);
    context.files()[file].imports.iter().find_map(|import| {
        if file_stem(&import.url) != stem {
            return None;
        }
        match (import.kind, import.namespace.as_deref()) {
            (ImportKind::Import, _) | (_, Some("*")) => Some(token.name.clone()),
            (ImportKind::Use, Some(namespace)) => Some(format!("{namespace}.{}", token.name)),
            _ => None,
        }
    })
}

/// `tokens` for `../styles/_tokens.scss`, `tokens.scss` and `../styles/tokens`.
pub(crate) fn file_stem(path: &str) -> &str {
    let name = path.rsplit('/').next().unwrap_or(path);
    let name = name.strip_prefix('_').unwrap_or(name);
    name.split('.').next().unwrap_or(name)
}
