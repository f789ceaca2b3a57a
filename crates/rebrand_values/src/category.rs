//! The kind of property a value is for, and the kind a token's name announces, so that a
//! line-height token is never offered for, or migrated into, a font size.

use rebrand_facts::TokenKind;

/// The kind of property a value is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// Colours of text, backgrounds, borders, fills.
    Color,
    /// Margins, paddings and gaps.
    Spacing,
    /// Corner radii.
    Radius,
    /// Font sizes.
    FontSize,
    /// Font weights.
    FontWeight,
    /// Line heights.
    LineHeight,
    /// Box and text shadows.
    Shadow,
}

impl Category {
    /// The category of a (longhand) property, if tokens of one apply to it.
    #[must_use]
    pub fn of_property(property: &str) -> Option<Self> {
        Some(match property {
            "font-size" => Self::FontSize,
            "font-weight" => Self::FontWeight,
            "line-height" => Self::LineHeight,
            "box-shadow" | "text-shadow" => Self::Shadow,
            "fill" | "stroke" => Self::Color,
            "gap" | "row-gap" | "column-gap" => Self::Spacing,
            _ if property.ends_with("-color") || property == "color" => Self::Color,
            _ if property.ends_with("-radius") => Self::Radius,
            _ if property.starts_with("margin") || property.starts_with("padding") => Self::Spacing,
            _ => return None,
        })
    }

    /// A word for messages.
    #[must_use]
    pub fn noun(self) -> &'static str {
        match self {
            Self::Color => "colour",
            Self::Spacing => "spacing",
            Self::Radius => "radius",
            Self::FontSize => "font size",
            Self::FontWeight => "font weight",
            Self::LineHeight => "line height",
            Self::Shadow => "shadow",
        }
    }

    /// The category a token's name announces (`--radius-md`, `$font-weight-bold`, `space.4`).
    #[must_use]
    pub fn of_name(name: &str, kind: TokenKind) -> Option<Self> {
        let lower = name.to_ascii_lowercase();
        if kind == TokenKind::TailwindTheme {
            let namespace = lower.trim_start_matches("--");
            return [
                ("color-", Self::Color),
                ("spacing", Self::Spacing),
                ("radius-", Self::Radius),
                ("font-weight-", Self::FontWeight),
                ("leading-", Self::LineHeight),
                ("shadow-", Self::Shadow),
            ]
            .into_iter()
            .find(|(prefix, _)| namespace.starts_with(prefix))
            .map(|(_, category)| category)
            .or_else(|| {
                (namespace.starts_with("text-") && !namespace.contains("--line-height"))
                    .then_some(Self::FontSize)
            });
        }
        let has = |word: &str| lower.contains(word);
        if has("shadow") || has("elevation") {
            Some(Self::Shadow)
        } else if has("radius") || has("rounded") || has("radii") {
            Some(Self::Radius)
        } else if has("weight") {
            Some(Self::FontWeight)
        } else if has("line-height") || has("lineheight") || has("leading") {
            Some(Self::LineHeight)
        } else if has("font-size") || has("fontsize") || has("font.size") || has("text-size") {
            Some(Self::FontSize)
        } else if has("space") || has("spacing") || has("gap") || has("gutter") {
            Some(Self::Spacing)
        } else {
            None
        }
    }
}
