//! CSS-in-JS templates as the model sees them: where each `${…}` stands, and what it is known to be.

use rebrand_text::TextRange;
use serde::{Deserialize, Serialize};

/// One styled-components or emotion template (`` styled.button`…` ``, `` css`…` ``).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StyleTemplate {
    /// The text between the backticks.
    pub range: TextRange,
    /// What the tag makes of the template.
    pub kind: TemplateKind,
    /// The component or constant the template is bound to (`Button`, `ring`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub binding: Option<String>,
    /// Its `${…}` expressions, in source order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub holes: Vec<TemplateHole>,
}

/// What a template is: its tag decides how its top level reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TemplateKind {
    /// A styled component's template (`styled.button`, `styled(Link)`): top-level declarations
    /// style the element, `&`.
    Component,
    /// A `css` fragment of declarations and rules, interpolated into other templates.
    Fragment,
    /// A `css` fragment that is a value (`` css`2px solid ${c}` ``), used as one
    /// (`outline: ${ring};`); it declares nothing itself.
    ValueFragment,
    /// The body of a `keyframes` tag, whose top level holds keyframe selectors (`from`, `50%`).
    Keyframes,
    /// Global CSS (`createGlobalStyle`), whose top-level rules select real elements.
    Global,
}

/// One `${…}` of a template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateHole {
    /// From `$` to one past `}`.
    pub range: TextRange,
    /// The part of the CSS the expression stands in.
    pub position: HolePosition,
    /// The text it is known to stand for, when the runtime would read it without running
    /// anything (a literal, a constant of this file or an imported one, a `css` value fragment).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The texts it may stand for when a condition the model cannot evaluate picks one
    /// (`isTouch() ? "active" : "hover"`); each applies as a `dynamic` condition.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub branches: Vec<String>,
    /// The name, when the expression is a bare identifier (`${hover}`); linking reads an
    /// imported constant's text through it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The theme path it reads (`p => p.theme.colors.primary` gives `colors.primary`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme_path: Option<String>,
}

impl TemplateHole {
    /// Whether the model knows the text this hole stands for.
    #[must_use]
    pub fn is_known(&self) -> bool {
        self.text.is_some()
    }
}

/// The part of a template's CSS a hole stands in; what is unknown about the facts around it
/// follows from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HolePosition {
    /// A declaration's whole value (`color: ${c};`).
    Value,
    /// Part of a declaration's value (`margin: ${gap}px 0;`).
    ValuePart,
    /// Declarations or rules of their own: an interpolated mixin or conditional block
    /// (`${p => p.primary && css`…`}`).
    Declarations,
    /// A selector or part of one (`&:${hover}`, `${Icon} {…}`, a styled component as a selector).
    Selector,
    /// A property name or part of one (`${side}-width: 1px`).
    Property,
    /// A media, container or supports query (`@media ${mobile} {…}`).
    Query,
    /// The prelude of another at-rule (`animation` names in `@keyframes ${name}`).
    Prelude,
    /// Somewhere the CSS around it does not explain (inside a comment, or text the parser could
    /// not read).
    Other,
}
