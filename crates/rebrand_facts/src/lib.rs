//! The style-fact model: what every extractor produces and every later stage consumes.
//!
//! A [`FileFacts`] holds, for one source file, every style [`Declaration`], every design [`Token`]
//! definition, and every [`Problem`] met while parsing, each with exact byte ranges into the file's
//! text. The types are plain `Send` data with no parser types inside, so they cross threads and
//! serialise to the versioned JSON schema documented in `docs/json-schema.md`.
//!
//! Invariant: every range recorded here slices the file's text to exactly the text the fact names
//! (`property_range` to `written_property`, `value_range` to `value_text`). This crate is an API
//! boundary: the JSON output is a serialisation of these types.

mod declaration;
mod element;
mod path_class;
mod template;
mod value;

pub use declaration::{
    negated_variant, Condition, Declaration, Expectation, Origin, ShorthandSource, Syntax,
    VariantTest,
};
pub use element::{
    implicit_role_of_tag, ClassRef, Component, ComponentKind, Element, JsImport, JsxProp, StyleRef,
};
pub use path_class::PathClass;
pub use smol_str::{SmolStr, SmolStrBuilder};
pub use template::{HolePosition, StyleTemplate, TemplateHole, TemplateKind};
pub use value::{Color, Length, ReferenceKind, Value};

use rebrand_text::TextRange;
use serde::{Deserialize, Serialize};

/// Version of the JSON fact schema; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 3;

/// What kind of source a file is, decided from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FileKind {
    /// `.js`, `.jsx`, `.mjs`, `.cjs`: JavaScript, JSX allowed.
    Javascript,
    /// `.ts`, `.mts`, `.cts`: TypeScript without JSX.
    Typescript,
    /// `.tsx`: TypeScript with JSX.
    Tsx,
    /// `.css`.
    Css,
    /// `.module.css`.
    CssModule,
    /// `.scss`.
    Scss,
    /// `.module.scss`.
    ScssModule,
    /// `.less`.
    Less,
    /// `.module.less`.
    LessModule,
    /// A W3C DTCG design-token file (`*.tokens.json`, `tokens.json`).
    DesignTokens,
}

impl FileKind {
    /// Classifies a path by its file name; `None` for files rebrand does not read.
    #[must_use]
    pub fn from_path(path: &str) -> Option<Self> {
        let name = path
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(path)
            .to_ascii_lowercase();
        if name == "tokens.json" || name.ends_with(".tokens.json") || name.ends_with(".tokens") {
            return Some(Self::DesignTokens);
        }
        let extension = name.rsplit_once('.').map(|(_, extension)| extension)?;
        let is_module = name.trim_end_matches(extension).ends_with(".module.");
        Some(match extension {
            "js" | "jsx" | "mjs" | "cjs" => Self::Javascript,
            "ts" | "mts" | "cts" => Self::Typescript,
            "tsx" => Self::Tsx,
            "css" if is_module => Self::CssModule,
            "css" => Self::Css,
            "scss" if is_module => Self::ScssModule,
            "scss" => Self::Scss,
            "less" if is_module => Self::LessModule,
            "less" => Self::Less,
            _ => return None,
        })
    }

    /// Whether the file is a stylesheet (CSS, SCSS or Less, module or not).
    #[must_use]
    pub fn is_stylesheet(self) -> bool {
        matches!(
            self,
            Self::Css
                | Self::CssModule
                | Self::Scss
                | Self::ScssModule
                | Self::Less
                | Self::LessModule
        )
    }

    /// Whether the file is JavaScript or TypeScript (with or without JSX).
    #[must_use]
    pub fn is_script(self) -> bool {
        matches!(self, Self::Javascript | Self::Typescript | Self::Tsx)
    }

    /// Whether the file is SCSS.
    #[must_use]
    pub fn is_scss(self) -> bool {
        matches!(self, Self::Scss | Self::ScssModule)
    }

    /// Whether the file is Less.
    #[must_use]
    pub fn is_less(self) -> bool {
        matches!(self, Self::Less | Self::LessModule)
    }

    /// Whether the file is a CSS Module, whose class names are local to the importing component.
    #[must_use]
    pub fn is_css_module(self) -> bool {
        matches!(self, Self::CssModule | Self::ScssModule | Self::LessModule)
    }
}

/// Everything extracted from one file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileFacts {
    /// Path relative to the analysis root, with `/` separators.
    pub path: String,
    /// What kind of source the file is.
    pub kind: FileKind,
    /// Size of the file in bytes.
    pub bytes: u64,
    /// Whether the parser built a tree with no error in it.
    pub parsed_cleanly: bool,
    /// Style declarations, in source order.
    pub declarations: Vec<Declaration>,
    /// Design token definitions, in source order.
    pub tokens: Vec<Token>,
    /// Class names a CSS Module exports (empty for other kinds).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub module_classes: Vec<String>,
    /// CSS Modules `composes`, in source order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub composes: Vec<Composition>,
    /// Stylesheets this stylesheet loads (`@use`, `@forward`, `@import`), in source order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub imports: Vec<StyleImport>,
    /// JavaScript imports, in source order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub js_imports: Vec<JsImport>,
    /// Exported top-level constants with a literal value (`export const hover = "hover";`), as
    /// `(name, text)`: another file's template may name them (`&:${hover}`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub constants: Vec<(String, String)>,
    /// React components defined here, in source order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<Component>,
    /// JSX elements, in source order; `Element::id` is the index here.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub elements: Vec<Element>,
    /// styled-components and emotion templates, in source order, with what each `${…}` stands
    /// in and what it is known to be.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub templates: Vec<StyleTemplate>,
    /// Problems met while reading or parsing, in source order.
    pub problems: Vec<Problem>,
    /// Tailwind `@apply`s of a stylesheet, expanded into its declarations once the project's
    /// Tailwind theme is known (not serialised: the declarations they become are).
    #[serde(skip)]
    pub tailwind_applies: Vec<TailwindApply>,
    /// SCSS `@include`s inside rules: linking brings the mixin's declarations to the rule (not
    /// serialised: the links are).
    #[serde(skip)]
    pub scss_includes: Vec<ScssInclude>,
}

/// An SCSS `@include name(…)` inside a rule.
#[derive(Debug, Clone, PartialEq)]
pub struct ScssInclude {
    /// The mixin's name (`button-variant`).
    pub mixin: String,
    /// The module it is reached through (`mixins` in `@include mixins.card`), if any.
    pub namespace: Option<String>,
    /// The whole `@include`.
    pub range: TextRange,
    /// The including rule's origin (its selector).
    pub origin: std::sync::Arc<Origin>,
    /// The including rule's condition.
    pub condition: std::sync::Arc<Condition>,
}

/// A Tailwind `@apply a b hover:c;` inside a stylesheet rule: the utilities it names, with the
/// rule's origin and condition, which the declarations they expand to take.
#[derive(Debug, Clone, PartialEq)]
pub struct TailwindApply {
    /// Each utility as written, with its range.
    pub classes: Vec<(String, TextRange)>,
    /// The rule's origin (syntax, selector).
    pub origin: std::sync::Arc<Origin>,
    /// The rule's condition.
    pub condition: std::sync::Arc<Condition>,
}

impl FileFacts {
    /// Facts for a file that holds nothing yet.
    #[must_use]
    pub fn empty(path: String, kind: FileKind, bytes: u64) -> Self {
        Self {
            path,
            kind,
            bytes,
            parsed_cleanly: true,
            declarations: Vec::new(),
            tokens: Vec::new(),
            module_classes: Vec::new(),
            imports: Vec::new(),
            composes: Vec::new(),
            js_imports: Vec::new(),
            constants: Vec::new(),
            components: Vec::new(),
            elements: Vec::new(),
            templates: Vec::new(),
            problems: Vec::new(),
            tailwind_applies: Vec::new(),
            scss_includes: Vec::new(),
        }
    }

    /// Sorts every list by source position so that output is identical however it was produced,
    /// and gives back the lists' spare capacity (a large project holds millions of facts).
    pub fn sort(&mut self) {
        // Extractors emit in nearly source order; only expanded shorthands and nested templates
        // are out of place. The sort is unstable but deterministic: equal keys keep no meaning.
        if !self
            .declarations
            .is_sorted_by(|a, b| position(a) <= position(b))
        {
            self.declarations
                .sort_unstable_by(|a, b| position(a).cmp(&position(b)));
        }
        self.tokens
            .sort_by(|a, b| (a.range, &a.name).cmp(&(b.range, &b.name)));
        self.problems
            .sort_by(|a, b| (a.range, &a.code).cmp(&(b.range, &b.code)));
        self.module_classes.sort();
        self.module_classes.dedup();
        self.declarations.shrink_to_fit();
        self.tokens.shrink_to_fit();
    }
}

/// A CSS Modules `composes`: one class takes on others' styles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Composition {
    /// The composing class (the rule's subject).
    pub class: String,
    /// The classes it composes, in order.
    pub composes: Vec<String>,
    /// `from "./other.module.css"` (the path as written), or `global`; absent for the same file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// The whole `composes` declaration.
    pub range: TextRange,
}

/// How a stylesheet loads another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ImportKind {
    /// Sass `@use`: members under a namespace.
    Use,
    /// Sass `@forward`: members re-exported.
    Forward,
    /// CSS or Sass `@import`.
    Import,
}

/// One `@use`, `@forward` or `@import` of a stylesheet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StyleImport {
    /// How it loads.
    pub kind: ImportKind,
    /// The target as written, without quotes (`../tokens`, `sass:math`).
    pub url: String,
    /// Where the target is written (inside the quotes).
    pub url_range: TextRange,
    /// The namespace members are reached through: `as x` gives `x`, `as *` gives `*`, and without
    /// `as` Sass uses the last path segment (`../tokens` gives `tokens`). Absent for `@forward`
    /// and `@import`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

/// The sort key of a declaration: where its value is, then the whole declaration, then the
/// property (longhands of one shorthand value share the first two).
fn position(declaration: &Declaration) -> (TextRange, TextRange, &str) {
    (
        declaration.value_range,
        declaration.range,
        declaration.property.as_str(),
    )
}

/// Where a design token is defined.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TokenKind {
    /// A CSS custom property (`--brand: #06c`).
    CustomProperty,
    /// An SCSS variable (`$brand: #06c`).
    ScssVariable,
    /// A Less variable (`@brand: #06c`).
    LessVariable,
    /// A variable inside a Tailwind v4 `@theme` block.
    TailwindTheme,
    /// A W3C DTCG design-token file entry.
    Dtcg,
    /// A key of a plain JavaScript theme object.
    JsTheme,
}

/// A named design value and where it is defined.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Token {
    /// The name as written (`--brand`, `$brand`, `colors.brand.primary`).
    pub name: String,
    /// What defines it.
    pub kind: TokenKind,
    /// The whole definition.
    pub range: TextRange,
    /// The name as it appears in the source.
    pub name_range: TextRange,
    /// The value as it appears in the source.
    pub value_range: TextRange,
    /// Source text of the value (exactly `value_range`).
    pub value_text: String,
    /// The value, typed.
    pub value: Value,
    /// The selector or scope the definition sits in (`:root`, `.dark`, a mixin name), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// The media, container and supports queries the definition sits in, outermost first: a
    /// custom property defined under `@media (prefers-color-scheme: dark)` has that value only
    /// there.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub media: Vec<String>,
    /// Whether an SCSS variable is marked `!default`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub is_default: bool,
}

impl Token {
    /// Whether the definition is the token's own value rather than an override: written at the
    /// top level, in `:root`/`html`/`:host`, or in a JavaScript theme object whose name does not
    /// say it is another theme (`darkTheme`, `highContrast`). Media queries are not looked at.
    #[must_use]
    pub fn in_base_scope(&self) -> bool {
        match self.scope.as_deref() {
            None | Some(":root" | "html" | ":host") => true,
            Some(binding) if self.kind == TokenKind::JsTheme => !names_another_theme(binding),
            Some(_) => false,
        }
    }
}

/// Whether a theme object's name says it is a theme other than the base one.
#[must_use]
pub fn names_another_theme(binding: &str) -> bool {
    let lower = binding.to_ascii_lowercase();
    ["dark", "night", "dim", "contrast"]
        .iter()
        .any(|word| lower.contains(word))
}

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// The file could not be read or part of it could not be parsed.
    Error,
    /// Something was skipped or guessed at and the user may want to know.
    Warning,
}

/// A problem met while reading or parsing a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// Stable machine-readable code, e.g. `parse/js`.
    pub code: String,
    /// How serious it is.
    pub severity: Severity,
    /// What is wrong, in a sentence.
    pub message: String,
    /// What to do about it, if anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// Where it is.
    pub range: TextRange,
}

impl Problem {
    /// An error-level problem.
    #[must_use]
    pub fn error(code: &str, message: impl Into<String>, range: TextRange) -> Self {
        Self {
            code: code.to_owned(),
            severity: Severity::Error,
            message: message.into(),
            help: None,
            range,
        }
    }

    /// A warning-level problem.
    #[must_use]
    pub fn warning(code: &str, message: impl Into<String>, range: TextRange) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(code, message, range)
        }
    }

    /// The same problem with a hint on what to do.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::FileKind;

    #[test]
    fn kinds_come_from_the_whole_file_name() {
        assert_eq!(
            FileKind::from_path("a/B.module.scss"),
            Some(FileKind::ScssModule)
        );
        assert_eq!(FileKind::from_path("a/module.scss"), Some(FileKind::Scss));
        assert_eq!(FileKind::from_path("a/b.less"), Some(FileKind::Less));
        assert_eq!(
            FileKind::from_path("a/B.module.less"),
            Some(FileKind::LessModule)
        );
        assert!(FileKind::LessModule.is_css_module() && FileKind::Less.is_stylesheet());
        assert_eq!(
            FileKind::from_path("brand.tokens.json"),
            Some(FileKind::DesignTokens)
        );
        assert_eq!(FileKind::from_path("package.json"), None);
        assert_eq!(FileKind::from_path("x.ts"), Some(FileKind::Typescript));
    }
}
