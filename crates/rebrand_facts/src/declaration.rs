//! One style declaration: where it is written, what it sets, where it came from and when it applies.

use std::sync::Arc;

use rebrand_text::TextRange;
use serde::{Deserialize, Serialize};
use smol_str::SmolStr;

use crate::Value;

/// Which styling syntax a declaration was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Syntax {
    /// A rule in a global `.css` file.
    Css,
    /// A rule in a `.module.css`, `.module.scss` or `.module.less` file.
    CssModule,
    /// A rule in a global `.scss` file.
    Scss,
    /// A rule in a global `.less` file.
    Less,
    /// A styled-components or emotion tagged template (`styled.a`, `css`, `createGlobalStyle`).
    StyledTemplate,
    /// A styled-components or emotion object style (`styled.a({…})`, `css({…})`).
    StyledObject,
    /// A JSX `style={{…}}` object.
    InlineStyle,
    /// A JSX `sx={{…}}` or `css={{…}}` prop object.
    StyleProp,
    /// A Tailwind utility class.
    Tailwind,
}

/// Where a declaration came from, beyond its syntax.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// The styling syntax.
    pub syntax: Syntax,
    /// The full selector the declaration applies to, with nesting resolved (`&` replaced by the
    /// parent selector), for stylesheet and template rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selector: Option<String>,
    /// The JavaScript binding or JSX element that owns a CSS-in-JS, inline or Tailwind style
    /// (`Button`, `<li>`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub binding: Option<String>,
    /// For Tailwind, the whole class as written (`md:hover:bg-blue-500`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utility: Option<String>,
    /// For SCSS, the mixin whose body holds the declaration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mixin: Option<String>,
    /// For inline styles, style props and Tailwind classes, the id of the JSX element they are
    /// written on (an index into the file's `elements`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub element: Option<u32>,
}

impl Origin {
    /// The syntax the value is *written* in: a Tailwind class for a utility (in JSX, or named by
    /// a stylesheet's `@apply`, whose declarations otherwise belong to the stylesheet's rule),
    /// else the origin's syntax. Edits and rules that read or write value text use this.
    #[must_use]
    pub fn written_syntax(&self) -> Syntax {
        if self.utility.is_some() {
            Syntax::Tailwind
        } else {
            self.syntax
        }
    }

    /// An origin with only a syntax.
    #[must_use]
    pub fn new(syntax: Syntax) -> Self {
        Self {
            syntax,
            selector: None,
            binding: None,
            utility: None,
            mixin: None,
            element: None,
        }
    }
}

/// When a declaration applies.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Condition {
    /// Interaction states: pseudo-classes (`:hover`, `:focus-visible`, `:disabled`) and attribute
    /// states (`[aria-selected="true"]`, `[data-state="open"]`), sorted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub states: Vec<String>,
    /// Media and container queries, outermost first (`(min-width: 768px)`, `md`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub media: Vec<String>,
    /// Whether it applies only in dark mode (`prefers-color-scheme: dark`, `.dark`, `dark:`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dark: bool,
    /// Whether it depends on a run-time JavaScript condition the model cannot name.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dynamic: bool,
    /// The props it needs, all of them, sorted: `prop=value` (a variant: `variant=primary`,
    /// from `p.variant === "primary"` or a `cva` variant), `prop` (truthy: ``${p => p.$active &&
    /// css`…`}``), `!prop` (falsy: the other branch), `prop!=value`. A `cva` default is
    /// `prop=value (default)`: it also applies when the prop is not passed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<String>,
    /// The pseudo-element it styles instead of the element (`::placeholder`, `::before`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pseudo_element: Option<String>,
}

impl Condition {
    /// Whether the declaration always applies.
    #[must_use]
    pub fn is_unconditional(&self) -> bool {
        self.states.is_empty()
            && self.media.is_empty()
            && !self.dark
            && !self.dynamic
            && self.variants.is_empty()
            && self.pseudo_element.is_none()
    }

    /// This condition and `other`'s, both needed.
    #[must_use]
    pub fn and(&self, other: &Self) -> Self {
        let mut both = self.clone();
        for state in &other.states {
            if !both.states.contains(state) {
                both.states.push(state.clone());
            }
        }
        both.states.sort();
        both.media.extend(other.media.iter().cloned());
        both.dark |= other.dark;
        both.dynamic |= other.dynamic;
        for variant in &other.variants {
            if !both.variants.contains(variant) {
                both.variants.push(variant.clone());
            }
        }
        both.variants.sort();
        if both.pseudo_element.is_none() {
            both.pseudo_element.clone_from(&other.pseudo_element);
        }
        both
    }
}

/// One entry of [`Condition::variants`], read: the prop it tests, what it asks of the prop's
/// value, and whether it also holds when the prop is not passed (a `cva` default).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VariantTest<'v> {
    /// The prop (`size`, `$active`).
    pub prop: &'v str,
    /// What the prop's value must be.
    pub expects: Expectation<'v>,
    /// ` (default)`: it also holds when the prop is not passed.
    pub is_default: bool,
}

/// What a variant asks of a prop's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expectation<'v> {
    /// `active`: truthy.
    Truthy,
    /// `!active`: falsy.
    Falsy,
    /// `size=sm`.
    Equals(&'v str),
    /// `size!=sm`.
    NotEquals(&'v str),
}

impl<'v> VariantTest<'v> {
    /// Reads `active`, `!active`, `size=sm`, `size!=sm`, each with an optional ` (default)`.
    #[must_use]
    pub fn parse(variant: &'v str) -> Self {
        let (body, is_default) = match variant.strip_suffix(" (default)") {
            Some(body) => (body, true),
            None => (variant, false),
        };
        let (prop, expects) = if let Some(prop) = body.strip_prefix('!') {
            (prop, Expectation::Falsy)
        } else if let Some((prop, option)) = body.split_once("!=") {
            (prop, Expectation::NotEquals(option))
        } else if let Some((prop, option)) = body.split_once('=') {
            (prop, Expectation::Equals(option))
        } else {
            (body, Expectation::Truthy)
        };
        Self {
            prop,
            expects,
            is_default,
        }
    }

    /// The same test written on another prop (`variant=ghost` as `kind=ghost`).
    #[must_use]
    pub fn on_prop(&self, prop: &str) -> String {
        let test = match self.expects {
            Expectation::Truthy => prop.to_owned(),
            Expectation::Falsy => format!("!{prop}"),
            Expectation::Equals(option) => format!("{prop}={option}"),
            Expectation::NotEquals(option) => format!("{prop}!={option}"),
        };
        if self.is_default {
            format!("{test} (default)")
        } else {
            test
        }
    }
}

/// The variant that holds exactly when `variant` does not (`open` and `!open`, `size=sm` and
/// `size!=sm`); `None` for a `cva` default (`size=md (default)`), whose other side is every
/// other option.
#[must_use]
pub fn negated_variant(variant: &str) -> Option<String> {
    let test = VariantTest::parse(variant);
    if test.is_default {
        return None;
    }
    let expects = match test.expects {
        Expectation::Truthy => Expectation::Falsy,
        Expectation::Falsy => Expectation::Truthy,
        Expectation::Equals(option) => Expectation::NotEquals(option),
        Expectation::NotEquals(option) => Expectation::Equals(option),
    };
    Some(VariantTest { expects, ..test }.on_prop(test.prop))
}

/// The shorthand a longhand declaration was expanded from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShorthandSource {
    /// The shorthand property (`padding`, `border`).
    pub property: SmolStr,
    /// The whole shorthand value as written.
    pub value_range: TextRange,
}

/// One style fact: a property set to a value, somewhere, under some condition.
///
/// Short strings are inline (`SmolStr`), and the origin and condition, which every declaration of
/// one rule shares, are shared (`Arc`): a large project holds millions of declarations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Declaration {
    /// The property, as a CSS longhand in kebab case (`background-color`, `padding-top`).
    pub property: SmolStr,
    /// The property as written (`backgroundColor`, `padding`), absent for Tailwind utilities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written_property: Option<SmolStr>,
    /// Where `written_property` is written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_range: Option<TextRange>,
    /// The whole declaration (`padding: 4px 8px;`, `padding: 8`, or the Tailwind class).
    pub range: TextRange,
    /// Where the value is written: for a longhand expanded from a shorthand, just this longhand's
    /// part; for a Tailwind utility, the class.
    pub value_range: TextRange,
    /// Source text at `value_range`.
    pub value_text: SmolStr,
    /// The CSS value when it differs from the source text (a Tailwind utility's generated value, a
    /// number that React reads as pixels).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub css_value: Option<SmolStr>,
    /// The value, typed.
    pub value: Value,
    /// Whether it is marked `!important`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub important: bool,
    /// The shorthand this longhand came from, if any; shared by all its longhands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shorthand: Option<Arc<ShorthandSource>>,
    /// Where it came from.
    pub origin: Arc<Origin>,
    /// When it applies.
    #[serde(default, skip_serializing_if = "always_applies")]
    pub condition: Arc<Condition>,
}

fn always_applies(condition: &Arc<Condition>) -> bool {
    condition.is_unconditional()
}
