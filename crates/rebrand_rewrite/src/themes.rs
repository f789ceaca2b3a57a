//! Theme contexts of token definitions: a token defined under `.dark`, `[data-theme=x]`,
//! `@media (prefers-color-scheme: dark)`, a mobile `@media` or a dark theme object has a value of
//! its own there, which a migration of the base theme must not overwrite.

use rebrand_facts::{names_another_theme, Token, TokenKind};

use crate::sets::TokenSet;

/// A theme the migration gives values to (its `themes` entry, with the token set read).
pub struct ThemeValues {
    /// The theme's name in the migration (`dark`).
    pub name: String,
    /// What marks a definition as this theme's: selectors, media queries, theme object names.
    pub when: Vec<String>,
    /// The theme's new tokens.
    pub set: TokenSet,
}

/// Where a definition sits.
pub(crate) enum Context<'a> {
    /// Unconditioned: `:root`, `html`, `@theme`, the top level of a stylesheet, a theme object.
    Base,
    /// In a theme the migration names.
    Theme(&'a ThemeValues),
    /// In a context the migration says nothing about, described for a person (`.dark`,
    /// `@media (max-width: 640px)`).
    Other(String),
}

/// The context of a token definition.
pub(crate) fn context_of<'a>(token: &Token, themes: &'a [ThemeValues]) -> Context<'a> {
    // A cascade layer orders rules; it does not condition them.
    let media: Vec<&str> = token
        .media
        .iter()
        .map(String::as_str)
        .filter(|condition| !condition.starts_with("@layer"))
        .collect();
    for theme in themes {
        let named_media = theme
            .when
            .iter()
            .filter_map(|when| media_query(when))
            .any(|when| media.iter().any(|query| compact(query) == when));
        if named_media {
            return Context::Theme(theme);
        }
    }
    if let Some(query) = media.first() {
        let query = if query.starts_with('@') {
            (*query).to_owned()
        } else {
            format!("@media {query}")
        };
        return Context::Other(format!("`{query}`"));
    }
    let Some(scope) = token.scope.as_deref() else {
        return Context::Base;
    };
    if is_binding(scope) {
        if let Some(theme) = themes
            .iter()
            .find(|theme| theme.when.iter().any(|when| when == scope))
        {
            return Context::Theme(theme);
        }
        return if names_another_theme(scope) && token.kind == TokenKind::JsTheme {
            Context::Other(format!("the theme object `{scope}`"))
        } else {
            Context::Base
        };
    }
    if let Some(theme) = themes.iter().find(|theme| {
        theme
            .when
            .iter()
            .filter(|when| media_query(when).is_none())
            .any(|when| selector_names(scope, when))
    }) {
        return Context::Theme(theme);
    }
    if scope.split(',').all(|selector| is_root(selector.trim())) {
        Context::Base
    } else {
        Context::Other(format!("`{scope}`"))
    }
}

/// A `when` entry that is a media query, compacted (`(prefers-color-scheme:dark)`).
fn media_query(when: &str) -> Option<String> {
    let trimmed = when.trim();
    let query = trimmed.strip_prefix("@media").map_or_else(
        || trimmed.starts_with('(').then_some(trimmed),
        |rest| Some(rest.trim()),
    )?;
    Some(compact(query))
}

/// Lowercase, without whitespace or quotes: `[data-theme="dark"]` and `[data-theme=dark]` are
/// one selector, `(prefers-color-scheme: dark)` one query.
fn compact(text: &str) -> String {
    text.chars()
        .filter(|character| !character.is_whitespace() && !matches!(character, '"' | '\''))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether `selector` (`html.dark`, `:root[data-theme=dark] .x`) contains the compound `when`
/// (`.dark`) as a whole: `.darker` does not contain `.dark`.
fn selector_names(selector: &str, when: &str) -> bool {
    let (selector, when) = (compact(selector), compact(when));
    if when.is_empty() {
        return false;
    }
    selector.match_indices(&when).any(|(offset, _)| {
        let after = selector[offset + when.len()..].chars().next();
        !after
            .is_some_and(|character| character.is_alphanumeric() || matches!(character, '-' | '_'))
    })
}

/// The selectors whose custom properties are the document's own: the base theme.
fn is_root(selector: &str) -> bool {
    matches!(
        compact(selector).as_str(),
        ":root" | "html" | ":host" | "body" | "*" | ":root:root" | "html:root"
    )
}

/// A JavaScript binding (`darkTheme`), not a selector.
fn is_binding(scope: &str) -> bool {
    !scope.is_empty()
        && scope
            .chars()
            .all(|character| character.is_alphanumeric() || matches!(character, '_' | '$'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rebrand_facts::Value;
    use rebrand_text::TextRange;

    fn token(kind: TokenKind, scope: Option<&str>, media: &[&str]) -> Token {
        Token {
            name: "--color-brand".to_owned(),
            kind,
            range: TextRange::new(0, 0),
            name_range: TextRange::new(0, 0),
            value_range: TextRange::new(0, 0),
            value_text: String::new(),
            value: Value::Composite,
            scope: scope.map(str::to_owned),
            media: media.iter().map(|query| (*query).to_owned()).collect(),
            is_default: false,
        }
    }

    fn describe(context: &Context<'_>) -> String {
        match context {
            Context::Base => "base".to_owned(),
            Context::Theme(theme) => format!("theme {}", theme.name),
            Context::Other(description) => description.clone(),
        }
    }

    #[test]
    fn each_definition_has_the_context_it_is_written_in() {
        let dark = ThemeValues {
            name: "dark".to_owned(),
            when: vec![
                ".dark".to_owned(),
                "@media (prefers-color-scheme: dark)".to_owned(),
                "darkTheme".to_owned(),
            ],
            set: TokenSet::merge(&[]),
        };
        let themes = [dark];
        let css = TokenKind::CustomProperty;
        let cases = [
            (token(css, None, &[]), "base"),
            (token(css, Some(":root"), &["@layer base"]), "base"),
            (token(css, Some(":root, :host"), &[]), "base"),
            (token(css, Some("html.dark"), &[]), "theme dark"),
            (token(css, Some(".darker"), &[]), "`.darker`"),
            (
                token(
                    css,
                    Some(":root:not(.light)"),
                    &["(prefers-color-scheme:  dark)"],
                ),
                "theme dark",
            ),
            (
                token(css, Some(":root"), &["(max-width: 640px)"]),
                "`@media (max-width: 640px)`",
            ),
            (
                token(css, Some("[data-theme=\"contrast\"]"), &[]),
                "`[data-theme=\"contrast\"]`",
            ),
            (
                token(TokenKind::JsTheme, Some("darkTheme"), &[]),
                "theme dark",
            ),
            (token(TokenKind::JsTheme, Some("lightTheme"), &[]), "base"),
            (
                token(TokenKind::JsTheme, Some("highContrastTheme"), &[]),
                "the theme object `highContrastTheme`",
            ),
        ];
        for (token, expected) in cases {
            assert_eq!(
                describe(&context_of(&token, &themes)),
                expected,
                "{:?} {:?}",
                token.scope,
                token.media
            );
        }
    }
}
