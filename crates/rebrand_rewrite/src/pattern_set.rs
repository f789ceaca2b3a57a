//! One `PROPERTY[:STATE]=VALUE` of a pattern change: the property's longhands, the state it is
//! for, and its value as each syntax writes it (a literal as given; a token of the project as
//! `var(--name)`, `$name` or `@name`).

use rebrand_facts::Syntax;
use serde::Serialize;

/// One `PROPERTY[:STATE]=VALUE` of a pattern change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PatternSet {
    /// The property as the user wrote it (`border-radius`, `background-color`).
    pub property: String,
    /// The state it applies in (`:hover`), or none for the base style.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The theme it is for (`dark`, `light`), or none for every theme: then a dark value the
    /// members have is replaced too.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theme: Option<Theme>,
    /// The new value as given: a literal, or a token reference (`{color.surface.hover}`).
    pub value: String,
    /// For a token reference, how the project spells the token.
    #[serde(skip)]
    pub token: Option<TokenSpelling>,
    /// For a literal, a Tailwind `@theme` variable of the project with that value
    /// (`--radius-card: 8px` for `8px`): a class list writes its utility (`rounded-card`)
    /// rather than an arbitrary value.
    #[serde(skip)]
    pub tailwind_variable: Option<String>,
    /// The members (indexes into the pattern's `members`) it is for, when not every member:
    /// `normalize` gives each drifting member the value most members have.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<usize>>,
}

/// How the project spells a token a change names: what it defines, and the token's value from
/// the migration's `to` set for a file that can see none of them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TokenSpelling {
    /// A custom property the project defines (`--color-surface-hover`, also a Tailwind 4
    /// `@theme` variable): usable in every syntax as `var(…)`.
    pub custom_property: Option<String>,
    /// Whether that custom property is a Tailwind `@theme` variable, which makes utilities
    /// (`--color-tag-ink` makes `text-tag-ink`).
    pub tailwind_theme: bool,
    /// An SCSS variable the project defines (`$color-surface-hover`), for SCSS files.
    pub scss: Option<String>,
    /// A Less variable the project defines (`@color-surface-hover`), for Less files.
    pub less: Option<String>,
    /// The token's value, written where no definition reaches.
    pub literal: Option<String>,
}

/// A theme the model tells apart: the base (light) one and dark mode (`.dark`,
/// `prefers-color-scheme: dark`, `dark:`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// The base theme.
    Light,
    /// Dark mode.
    Dark,
}

impl PatternSet {
    /// Reads `PROPERTY[:STATE][@THEME]=VALUE` (`background-color:hover@dark=#3b0764`).
    ///
    /// # Errors
    /// A text without `=`, with an empty property or value, or a theme other than `light` and
    /// `dark`, says what the form is.
    pub fn parse(text: &str) -> Result<Self, String> {
        let (key, value) = text.split_once('=').ok_or_else(|| {
            format!("`--set {text}` has no `=`: write `PROPERTY[:STATE][@THEME]=VALUE`, e.g. `border-radius=8px`")
        })?;
        let (key, theme) = match key.split_once('@') {
            None => (key, None),
            Some((key, "dark")) => (key, Some(Theme::Dark)),
            Some((key, "light")) => (key, Some(Theme::Light)),
            Some((_, other)) => {
                return Err(format!(
                    "`--set {text}`: `@{other}` is not a theme rebrand tells apart; write `@light`, `@dark`, or no theme for every theme"
                ))
            }
        };
        let (property, state) = match key.split_once(':') {
            Some((property, state)) => (
                property,
                Some(format!(":{}", state.trim_start_matches(':'))),
            ),
            None => (key, None),
        };
        let (property, value) = (property.trim(), value.trim());
        if property.is_empty() || value.is_empty() {
            return Err(format!(
                "`--set {text}` needs a property and a value: `PROPERTY[:STATE]=VALUE`"
            ));
        }
        Ok(Self {
            property: property.to_ascii_lowercase(),
            state,
            theme,
            value: value.to_owned(),
            token: None,
            tailwind_variable: None,
            members: None,
        })
    }

    /// Whether the set is for the pattern's member `member`.
    #[must_use]
    pub fn is_for(&self, member: usize) -> bool {
        self.members
            .as_ref()
            .is_none_or(|members| members.contains(&member))
    }

    /// The token path of a value written `{color.surface.hover}`, if it is one.
    #[must_use]
    pub fn token_path(&self) -> Option<&str> {
        self.value
            .strip_prefix('{')?
            .strip_suffix('}')
            .map(str::trim)
            .filter(|path| !path.is_empty())
    }

    /// The value as a file of `syntax` writes it: the literal; a token as the file can name it
    /// (an SCSS file its SCSS variable, any file a custom property), else the token's value;
    /// `None` when the file has no way to write the token.
    #[must_use]
    pub fn value_in(&self, syntax: Syntax) -> Option<String> {
        let Some(token) = &self.token else {
            return Some(self.value.clone());
        };
        let preprocessor = match syntax {
            Syntax::Scss => token.scss.clone(),
            Syntax::Less => token.less.clone(),
            _ => None,
        };
        preprocessor
            .or_else(|| {
                token
                    .custom_property
                    .as_ref()
                    .map(|name| format!("var({name})"))
            })
            .or_else(|| token.literal.clone())
    }

    /// Every text the value may be written as, in any syntax.
    #[must_use]
    pub fn spellings(&self) -> Vec<String> {
        let Some(token) = &self.token else {
            return vec![self.value.clone()];
        };
        token
            .scss
            .iter()
            .chain(&token.less)
            .cloned()
            .chain(
                token
                    .custom_property
                    .iter()
                    .map(|name| format!("var({name})")),
            )
            .chain(token.literal.clone())
            .collect()
    }

    /// The longhands the property stands for, as the model keeps effective styles.
    #[must_use]
    pub fn longhands(&self) -> Vec<String> {
        let sides = |prefix: &str, suffix: &str| {
            ["top", "right", "bottom", "left"]
                .iter()
                .map(|side| format!("{prefix}-{side}{suffix}"))
                .collect()
        };
        match self.property.as_str() {
            "padding" | "margin" => sides(&self.property, ""),
            "border-radius" => ["top-left", "top-right", "bottom-right", "bottom-left"]
                .iter()
                .map(|corner| format!("border-{corner}-radius"))
                .collect(),
            "border-color" => sides("border", "-color"),
            "border-width" => sides("border", "-width"),
            "border-style" => sides("border", "-style"),
            "background" => vec!["background-color".to_owned()],
            other => vec![other.to_owned()],
        }
    }

    /// The theme a condition is this change's state in, if it is that state and nothing else
    /// (Tailwind 4 writes `hover:` inside `@media (hover: hover)` and `dark:` inside
    /// `@media (prefers-color-scheme: dark)`, which are the same state and theme).
    #[must_use]
    pub fn theme_of(&self, condition: &rebrand_facts::Condition) -> Option<Theme> {
        let hover = self.state.as_deref() == Some(":hover");
        let other_media = condition.media.iter().any(|media| {
            let media = media.replace(' ', "");
            let is_state = hover && media == "(hover:hover)";
            let is_theme = condition.dark && media == "(prefers-color-scheme:dark)";
            !(is_state || is_theme)
        });
        let state_matches = match &self.state {
            None => condition.states.is_empty(),
            Some(state) => condition.states.len() == 1 && condition.states[0] == *state,
        };
        (state_matches
            && !other_media
            && !condition.dynamic
            && condition.variants.is_empty()
            && condition.pseudo_element.is_none())
        .then_some(if condition.dark {
            Theme::Dark
        } else {
            Theme::Light
        })
    }

    /// Whether an effective value's condition is one this change sets: its state, in its
    /// theme or, without one, in any theme.
    #[must_use]
    pub fn applies_in(&self, condition: &rebrand_facts::Condition) -> bool {
        self.theme_of(condition)
            .is_some_and(|theme| self.theme.is_none_or(|wanted| wanted == theme))
    }

    /// Whether a value in `condition` is the one an element needs for the change to hold: the
    /// light one (or the dark one for a change to the dark theme).
    #[must_use]
    pub fn is_required_in(&self, condition: &rebrand_facts::Condition) -> bool {
        self.theme_of(condition) == Some(self.theme.unwrap_or(Theme::Light))
    }
}

#[cfg(test)]
mod tests {
    use super::PatternSet;
    use rebrand_facts::Syntax;

    #[test]
    fn a_set_reads_property_state_and_value() {
        assert_eq!(
            PatternSet::parse("background-color:hover=#f5f3ff"),
            Ok(PatternSet {
                property: "background-color".to_owned(),
                state: Some(":hover".to_owned()),
                theme: None,
                value: "#f5f3ff".to_owned(),
                token: None,
                tailwind_variable: None,
                members: None,
            })
        );
        assert_eq!(
            PatternSet::parse("border-radius = 8px").map(|set| (
                set.property,
                set.state,
                set.value
            )),
            Ok(("border-radius".to_owned(), None, "8px".to_owned()))
        );
        assert!(PatternSet::parse("border-radius").is_err());
        let dark = PatternSet::parse("background-color:hover@dark=#3b0764").expect("a set");
        assert_eq!(
            (dark.state.as_deref(), dark.theme),
            (Some(":hover"), Some(super::Theme::Dark))
        );
        assert!(PatternSet::parse("color@contrast=#000").is_err());
        assert!(PatternSet::parse("=8px").is_err());
    }

    #[test]
    fn a_token_is_written_as_each_file_can_name_it() {
        let mut set =
            PatternSet::parse("background-color:hover={color.surface.hover}").expect("a set");
        assert_eq!(set.token_path(), Some("color.surface.hover"));
        set.token = Some(super::TokenSpelling {
            custom_property: Some("--color-surface-hover".to_owned()),
            tailwind_theme: false,
            scss: Some("$color-surface-hover".to_owned()),
            less: None,
            literal: Some("#f5f3ff".to_owned()),
        });
        assert_eq!(
            set.value_in(Syntax::Scss).as_deref(),
            Some("$color-surface-hover")
        );
        assert_eq!(
            set.value_in(Syntax::Less).as_deref(),
            Some("var(--color-surface-hover)")
        );
        assert_eq!(
            set.value_in(Syntax::Css).as_deref(),
            Some("var(--color-surface-hover)")
        );
        set.token = Some(super::TokenSpelling::default());
        assert_eq!(set.value_in(Syntax::Css), None);
        assert_eq!(
            PatternSet::parse("color=#fff").expect("a set").token_path(),
            None
        );
    }
}
