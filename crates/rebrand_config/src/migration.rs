//! The theme migration file read by `rebrand apply MIGRATION`: old and new DTCG token sets, an
//! optional explicit map, match tolerances and how token names are spelled in each syntax; and
//! changes to patterns (`patterns`), each a set of property values and whether to bring every
//! member to the pattern's look.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;

use rebrand_text::TextRange;

use crate::{blank_jsonc, error_range, key_range, ConfigError};

/// A migration from one set of design tokens to another.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(title = "rebrand theme migration")]
pub struct Migration {
    /// The JSON Schema this file follows, for editors.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// The tokens the code uses now (with `to`; a file of only `patterns` needs neither).
    #[serde(default)]
    pub from: Option<TokenSource>,
    /// The tokens the code should use after the migration; a pattern change's `{token.path}`
    /// values are looked up here.
    #[serde(default)]
    pub to: Option<TokenSource>,
    /// Explicit mappings, which win over everything inferred. A key is an old token's path
    /// (`color.brand.primary`) or a raw value (`#2563eb`, `6px`); a value is a new token's path,
    /// or `null` when the old token is removed with no replacement (its uses are reported, not
    /// edited).
    #[serde(default)]
    pub map: BTreeMap<String, Option<String>>,
    /// How close a raw literal must be to an old token's value to count as a use of it.
    #[serde(default)]
    pub tolerance: Tolerance,
    /// How a token path is spelled in each syntax.
    #[serde(default)]
    pub naming: Naming,
    /// The themes besides the base one whose values the migration sets, by name (`"dark"`). A
    /// token defined in a theme context no entry names (`[data-theme=contrast]`, a mobile
    /// `@media`) is renamed with the base token and keeps its own value; the plan lists it.
    #[serde(default)]
    pub themes: BTreeMap<String, Theme>,
    /// Changes to patterns, by the pattern's id (or the id's start), a name no other pattern
    /// has, or a member's position `FILE:LINE` — as `rebrand apply --pattern` takes them.
    #[serde(default)]
    pub patterns: BTreeMap<String, PatternChange>,
}

/// One pattern's change: what every member gets, and whether every member is first brought to
/// the pattern's look.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct PatternChange {
    /// `PROPERTY[:STATE]` to the new value (`"border-radius": "8px"`,
    /// `"background-color:hover": "{color.surface.hover}"`). A value in braces is a token of
    /// the project, written in each file's own spelling (`var(--color-surface-hover)`,
    /// `$color-surface-hover`).
    #[serde(default)]
    pub set: BTreeMap<String, String>,
    /// Bring every member (outliers included) to the pattern's canonical look first: each
    /// value a member drifts from is rewritten to the value most members have.
    #[serde(default)]
    pub normalize: bool,
}

/// A theme the migration gives values to: where its definitions sit, and its new tokens.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Theme {
    /// What marks a definition as this theme's: a selector in its rule (`.dark`,
    /// `[data-theme=dark]`), a media query around it (`@media (prefers-color-scheme: dark)`), or
    /// the name of a JavaScript theme object (`darkTheme`).
    pub when: Vec<String>,
    /// The theme's new tokens (a file, files, or a resolver with this theme's context); a token
    /// it does not define keeps the theme's current value.
    pub to: TokenSource,
}

/// Where a token set comes from: one DTCG file, several (later files win), or a DTCG resolver
/// document with the modifier contexts to resolve it in. Paths are relative to the migration file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum TokenSource {
    /// One `.tokens.json` file.
    File(String),
    /// Several token files, merged in order (a later token of the same path wins).
    Files(Vec<String>),
    /// A DTCG 2025.10 resolver document.
    Resolver {
        /// The resolver file (`tokens.resolver.json`).
        resolver: String,
        /// The context chosen for each modifier (`{ "theme": "light" }`); a modifier not named
        /// here uses its `default`.
        #[serde(default)]
        context: BTreeMap<String, String>,
    },
}

/// Match tolerances for raw literals.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase", default)]
pub struct Tolerance {
    /// The largest colour difference (ΔE OK × 100; about 1 is just noticeable) between a raw
    /// colour and an old token's value for the colour to be migrated with the token.
    #[schemars(range(min = 0.0))]
    pub color: f64,
    /// The largest difference in px between a raw length and an old token's value.
    #[schemars(range(min = 0.0))]
    pub length: f64,
}

impl Default for Tolerance {
    fn default() -> Self {
        Self {
            color: 1.0,
            length: 0.0,
        }
    }
}

/// How token paths are spelled in each syntax. A syntax set to `null` is never matched by name.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase", default)]
pub struct Naming {
    /// CSS custom properties: `color.brand.primary` → `--color-brand-primary`.
    pub css: Option<NamingRule>,
    /// SCSS variables: `color.brand.primary` → `$color-brand-primary`.
    pub scss: Option<NamingRule>,
    /// Less variables: `color.brand.primary` → `@color-brand-primary`.
    pub less: Option<NamingRule>,
    /// Tailwind v4 theme variables: `color.blue.600` → `--color-blue-600` (and so the class
    /// `bg-blue-600`). The first path segment is the Tailwind namespace; rename it with `groups`
    /// (`{ "space": "spacing" }`).
    pub tailwind: Option<NamingRule>,
    /// JavaScript theme objects: `color.primary` → `theme.color.primary` as written
    /// (`p.theme.colors.primary` with `groups: { "color": "colors" }`).
    pub js: Option<NamingRule>,
}

impl Default for Naming {
    fn default() -> Self {
        let dashed = |prefix: &str| NamingRule {
            prefix: prefix.to_owned(),
            separator: "-".to_owned(),
            case: Case::Kebab,
            groups: BTreeMap::new(),
        };
        Self {
            css: Some(dashed("--")),
            scss: Some(dashed("$")),
            less: Some(dashed("@")),
            tailwind: Some(dashed("--")),
            js: Some(NamingRule {
                prefix: String::new(),
                separator: ".".to_owned(),
                case: Case::AsIs,
                groups: BTreeMap::new(),
            }),
        }
    }
}

/// One syntax's spelling of token paths.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct NamingRule {
    /// Written before the name (`--`, `--acme-`, `$`).
    #[serde(default)]
    pub prefix: String,
    /// Written between path segments (`-`, `.`, `_`).
    #[serde(default = "dash")]
    pub separator: String,
    /// How each segment is cased.
    #[serde(default)]
    pub case: Case,
    /// Renames of the first path segment (`{ "color": "colors" }`); an empty name drops it
    /// (`{ "color": "" }` spells `color.primary` as `$primary`).
    #[serde(default)]
    pub groups: BTreeMap<String, String>,
}

fn dash() -> String {
    "-".to_owned()
}

/// The case of a name's segments.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Case {
    /// `brandPrimary` → `brand-primary`.
    #[default]
    Kebab,
    /// `brand-primary` → `brandPrimary`.
    Camel,
    /// `brandPrimary` → `brand_primary`.
    Snake,
    /// As written in the token file.
    AsIs,
}

impl NamingRule {
    /// The name `path` (`color.brand.primary`) has in this syntax.
    #[must_use]
    pub fn spell(&self, path: &str) -> String {
        let mut segments: Vec<&str> = path.split('.').collect();
        if let Some(first) = segments.first_mut() {
            if let Some(renamed) = self.groups.get(*first) {
                *first = renamed;
            }
        }
        // A group renamed to "" is dropped: `{ "color": "" }` spells `color.primary` `$primary`.
        let cased: Vec<String> = segments
            .iter()
            .filter(|segment| !segment.is_empty())
            .map(|segment| recase(segment, self.case))
            .collect();
        format!("{}{}", self.prefix, cased.join(&self.separator))
    }
}

/// One segment in `case`: words split at `-`, `_`, spaces and lower-to-upper boundaries.
fn recase(segment: &str, case: Case) -> String {
    if case == Case::AsIs {
        return segment.to_owned();
    }
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut previous_lower = false;
    for character in segment.chars() {
        if matches!(character, '-' | '_' | ' ') {
            words.push(std::mem::take(&mut current));
            previous_lower = false;
            continue;
        }
        if character.is_uppercase() && previous_lower {
            words.push(std::mem::take(&mut current));
        }
        previous_lower = character.is_lowercase() || character.is_ascii_digit();
        current.extend(character.to_lowercase());
    }
    words.push(current);
    words.retain(|word| !word.is_empty());
    match case {
        Case::Kebab => words.join("-"),
        Case::Snake => words.join("_"),
        Case::Camel => words
            .iter()
            .enumerate()
            .map(|(index, word)| {
                if index == 0 {
                    word.clone()
                } else {
                    let mut characters = word.chars();
                    characters.next().map_or_else(String::new, |first| {
                        first.to_uppercase().chain(characters).collect()
                    })
                }
            })
            .collect(),
        Case::AsIs => segment.to_owned(),
    }
}

impl Migration {
    /// Parses a migration file's text (comments and trailing commas allowed).
    pub fn parse(text: &str) -> Result<Self, ConfigError> {
        let blanked = blank_jsonc(text);
        let migration: Self = serde_json::from_str(&blanked).map_err(|error| {
            let message = error.to_string();
            let trimmed = message
                .rsplit_once(" at line ")
                .map_or(message.as_str(), |(head, _)| head);
            let hint = if trimmed.contains("untagged enum TokenSource") {
                ": `from` and `to` take a file path, a list of paths, or `{ \"resolver\": \"…\", \"context\": { … } }`"
            } else {
                ""
            };
            ConfigError {
                message: format!("invalid migration file: {trimmed}{hint}"),
                range: error_range(&blanked, error.line(), error.column()),
            }
        })?;
        // `to` alone names the tokens a pattern change's `{token.path}` values use; `from` alone
        // migrates to nothing.
        let missing = match (&migration.from, &migration.to) {
            (Some(_), None) => Some(("from", "to")),
            (None, Some(_)) if migration.patterns.is_empty() => Some(("to", "from")),
            _ => None,
        };
        if let Some((given, absent)) = missing {
            return Err(ConfigError {
                message: format!(
                    "the migration has `{given}` but no `{absent}`: a token migration needs both"
                ),
                range: key_range(&blanked, given),
            });
        }
        if migration.from.is_none() && migration.patterns.is_empty() {
            return Err(ConfigError {
                message: "the migration changes nothing: give `from` and `to` (a token migration), or `patterns`".to_owned(),
                range: TextRange::empty(0),
            });
        }
        let tolerance = migration.tolerance;
        for (key, value) in [("color", tolerance.color), ("length", tolerance.length)] {
            if !(value >= 0.0 && value.is_finite()) {
                return Err(ConfigError {
                    message: format!(
                        "`tolerance.{key}` must be a non-negative number, not {value}"
                    ),
                    range: key_range(&blanked, key),
                });
            }
        }
        Ok(migration)
    }
}

/// The JSON Schema of the migration file, pretty-printed, as committed at
/// `migration.schema.json`.
#[must_use]
pub fn migration_json_schema() -> String {
    let schema = schemars::schema_for!(Migration);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serialises");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_migration_parses() {
        let text = r##"{
          // Rebrand 2027.
          "$schema": "../migration.schema.json",
          "from": "tokens/old.tokens.json",
          "to": { "resolver": "tokens/new.resolver.json", "context": { "theme": "light" } },
          "map": { "color.brand.primary": "color.accent.default", "#2563eb": "color.accent.default", "radius.xl": null },
          "tolerance": { "color": 2 },
          "naming": { "css": { "prefix": "--acme-" }, "js": { "separator": ".", "case": "as-is", "groups": { "color": "colors" } }, "scss": null },
        }"##;
        let migration = Migration::parse(text).expect("valid");
        assert_eq!(
            migration.from,
            Some(TokenSource::File("tokens/old.tokens.json".into()))
        );
        assert!(
            matches!(migration.to, Some(TokenSource::Resolver { ref context, .. }) if context["theme"] == "light")
        );
        assert_eq!(migration.map["radius.xl"], None);
        assert!((migration.tolerance.color - 2.0).abs() < 1e-9);
        assert!(migration.tolerance.length.abs() < 1e-9);
        assert!(migration.naming.scss.is_none());
        let css = migration.naming.css.expect("css naming");
        assert_eq!(
            css.spell("color.brandPrimary.500"),
            "--acme-color-brand-primary-500"
        );
        let js = migration.naming.js.expect("js naming");
        assert_eq!(js.spell("color.brand-primary"), "colors.brand-primary");
        assert!(migration.naming.tailwind.is_some());
    }

    #[test]
    fn names_are_recased_per_segment() {
        let rule = |case| NamingRule {
            prefix: "$".into(),
            separator: "_".into(),
            case,
            groups: BTreeMap::new(),
        };
        assert_eq!(
            rule(Case::Camel).spell("font.size-large"),
            "$font_sizeLarge"
        );
        assert_eq!(
            rule(Case::Snake).spell("font.sizeLarge"),
            "$font_size_large"
        );
        assert_eq!(rule(Case::Kebab).spell("color.blue.600"), "$color_blue_600");
        let dropped = NamingRule {
            groups: BTreeMap::from([("color".to_owned(), String::new())]),
            ..rule(Case::Kebab)
        };
        assert_eq!(dropped.spell("color.primary-dark"), "$primary-dark");
    }

    #[test]
    fn errors_point_at_the_offending_text() {
        let text = "{\n  \"from\": \"a.json\",\n  \"to\": \"b.json\",\n  \"tolerance\": { \"colour\": 1 }\n}";
        let error = Migration::parse(text).expect_err("unknown key");
        assert!(
            error.message.contains("unknown field `colour`"),
            "{}",
            error.message
        );
        assert_eq!(error.range.slice(text), Some("\"colour\""));
        let error =
            Migration::parse("{ \"from\": 3, \"to\": \"b.json\" }").expect_err("bad source");
        assert!(
            error.message.contains("a file path, a list of paths"),
            "{}",
            error.message
        );
    }

    #[test]
    fn a_file_of_pattern_changes_needs_no_token_sets() {
        let text = r#"{
          "to": "tokens/new.tokens.json",
          "patterns": {
            "Button/primary": { "set": { "border-radius": "8px", "background-color:hover": "{color.surface.hover}" }, "normalize": true },
            "src/ui/Row.tsx:12": { "set": { "padding": "8px 12px" } },
          },
        }"#;
        let migration = Migration::parse(text).expect("valid");
        assert!(migration.from.is_none());
        let button = &migration.patterns["Button/primary"];
        assert!(button.normalize);
        assert_eq!(
            button.set["background-color:hover"],
            "{color.surface.hover}"
        );
        assert!(!migration.patterns["src/ui/Row.tsx:12"].normalize);
        let nothing = Migration::parse("{}").expect_err("nothing to do");
        assert!(
            nothing.message.contains("changes nothing"),
            "{}",
            nothing.message
        );
        let half = Migration::parse("{ \"from\": \"a.json\", \"patterns\": { \"x\": {} } }")
            .expect_err("from without to");
        assert!(half.message.contains("no `to`"), "{}", half.message);
        assert_eq!(
            half.range
                .slice("{ \"from\": \"a.json\", \"patterns\": { \"x\": {} } }"),
            Some("\"from\"")
        );
    }
}
