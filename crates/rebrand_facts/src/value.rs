//! Typed declaration values: colours, lengths, numbers, keywords, references and what is left unresolved.

use serde::{Deserialize, Serialize};
use smol_str::SmolStr;

/// A colour in OKLab, CSS Color 4's perceptual space, with its alpha.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Color {
    /// Perceived lightness, 0 to 1.
    pub l: f32,
    /// Green–red axis.
    pub a: f32,
    /// Blue–yellow axis.
    pub b: f32,
    /// Opacity, 0 to 1.
    pub alpha: f32,
}

/// A length with the unit it was written in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Length {
    /// The number as written.
    pub number: f64,
    /// The unit as written, lower case (`px`, `rem`, `em`, `%`); empty for a unitless zero.
    pub unit: SmolStr,
    /// The length in CSS pixels where the unit has a fixed size (`px`, `rem` at the configured root
    /// size, `pt`…); absent for relative units such as `em` and `%`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub px: Option<f64>,
}

/// What kind of name a reference names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReferenceKind {
    /// `var(--name)`.
    CustomProperty,
    /// `$name` or `namespace.$name`.
    ScssVariable,
    /// `@name` (Less).
    LessVariable,
    /// A JavaScript theme path (`theme.colors.primary`).
    ThemePath,
    /// A DTCG alias (`{color.brand}`).
    DtcgAlias,
    /// A Tailwind theme value (`--color-blue-500` behind `bg-blue-500`).
    TailwindTheme,
}

/// A declaration value, typed as far as it can be without evaluating anything.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Value {
    /// A colour literal.
    Color {
        /// The colour in OKLab.
        oklab: Color,
    },
    /// A length literal.
    Length(Length),
    /// A plain number (`font-weight: 600`, `line-height: 1.5`, `opacity: .8`).
    Number {
        /// The number.
        number: f64,
    },
    /// A CSS keyword (`auto`, `solid`, `inherit`).
    Keyword {
        /// The keyword, lower case.
        keyword: SmolStr,
    },
    /// A reference to a named value defined elsewhere.
    Reference {
        /// What kind of name it is.
        kind: ReferenceKind,
        /// The name (`--brand`, `$brand`, `colors.primary`).
        name: SmolStr,
        /// A fallback value written beside it (`var(--x, #fff)`), as text.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        fallback: Option<String>,
    },
    /// Several components or a function the model does not type (`0 1px 2px rgba(…)`,
    /// `calc(100% - 8px)`, `linear-gradient(…)`).
    Composite,
    /// A value only known by evaluating code (a JavaScript expression, an SCSS function call or
    /// arithmetic); never guessed.
    Unresolved {
        /// Why it cannot be known statically.
        reason: String,
    },
}

impl Value {
    /// An unresolved value with a reason.
    #[must_use]
    pub fn unresolved(reason: &str) -> Self {
        Self::Unresolved {
            reason: reason.to_owned(),
        }
    }

    /// A short name of the variant, for summaries.
    #[must_use]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::Color { .. } => "color",
            Self::Length(_) => "length",
            Self::Number { .. } => "number",
            Self::Keyword { .. } => "keyword",
            Self::Reference { .. } => "reference",
            Self::Composite => "composite",
            Self::Unresolved { .. } => "unresolved",
        }
    }
}
