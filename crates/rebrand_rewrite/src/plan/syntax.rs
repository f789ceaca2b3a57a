//! How the plan names the syntax of each place it edits (`css`, `scss`, `styled-template`, …).

use rebrand_facts::{FileKind, Syntax, TokenKind};

/// The syntax a declaration is written in, as the plan names it.
pub(super) fn declaration_syntax(syntax: Syntax) -> &'static str {
    match syntax {
        Syntax::Css => "css",
        Syntax::CssModule => "css-module",
        Syntax::Scss => "scss",
        Syntax::Less => "less",
        Syntax::StyledTemplate => "styled-template",
        Syntax::StyledObject => "styled-object",
        Syntax::InlineStyle => "inline-style",
        Syntax::StyleProp => "style-prop",
        Syntax::Tailwind => "tailwind",
    }
}

/// The syntax of a file as a whole, for a name found outside the facts.
pub(super) fn file_syntax(kind: FileKind) -> &'static str {
    if kind.is_scss() {
        "scss"
    } else if kind.is_less() {
        "less"
    } else if kind.is_css_module() {
        "css-module"
    } else if kind.is_stylesheet() {
        "css"
    } else {
        "script"
    }
}

/// The syntax a token definition is written in.
pub(super) fn token_syntax(kind: TokenKind, file: FileKind) -> &'static str {
    match kind {
        TokenKind::CustomProperty if file.is_scss() => "scss",
        TokenKind::CustomProperty if file.is_less() => "less",
        TokenKind::CustomProperty if file.is_css_module() => "css-module",
        TokenKind::CustomProperty if file.is_stylesheet() => "css",
        TokenKind::CustomProperty => "styled-template",
        TokenKind::ScssVariable => "scss",
        TokenKind::LessVariable => "less",
        TokenKind::TailwindTheme => "tailwind-theme",
        TokenKind::JsTheme => "js-theme",
        TokenKind::Dtcg => "dtcg",
    }
}
