//! Reads W3C Design Tokens Community Group (DTCG 2025.10) files into rebrand tokens.
//!
//! A token is any object with a `$value`; its name is the dotted path of group keys leading to it
//! (`color.brand.primary`), and its `$type` is its own or the nearest enclosing group's. Colours and
//! dimensions are accepted in both the string form (`"#0066cc"`, `"4px"`) and the object form
//! (`{ "colorSpace": "srgb", "components": [0, 0.4, 0.8] }`, `{ "value": 4, "unit": "px" }`);
//! `{a.b}` values are aliases. Ranges come from a span-keeping JSON parser, so a token's value can
//! be underlined and rewritten in place.
//!
//! Beside the tokens it keeps what a migration needs and the fact model does not: each token's
//! value as CSS text (the object forms written out) and its `$deprecated` note, whose `{a.b}`
//! names the replacement.
//!
//! Invariant: a malformed file yields a `Problem` with the parser's range and no tokens; nothing
//! panics. Pure function of the text; not an API boundary beyond [`extract_design_tokens`].

use std::collections::BTreeMap;

use jsonc_parser::ast::{Object, ObjectPropName, Value as JsonValue};
use jsonc_parser::common::Ranged;
use jsonc_parser::{parse_to_ast, CollectOptions, ParseOptions};
use rebrand_facts::{Length, Problem, ReferenceKind, Token, TokenKind, Value};
use rebrand_text::TextRange;
use rebrand_values::{classify_value, parse_color, ValueOptions};

/// The tokens and problems of one DTCG file.
#[derive(Debug, Default)]
pub struct DesignTokenFacts {
    /// Tokens in document order.
    pub tokens: Vec<Token>,
    /// Problems: malformed JSON, or a token whose value does not match its type.
    pub problems: Vec<Problem>,
    /// Each token's value as CSS text, by token name: `#2563eb` for a colour object with a
    /// `hex`, `color(srgb 0.1 0.2 0.3 / 1)` without one, `6px` for `{ "value": 6, "unit": "px" }`.
    /// Aliases and values with no CSS form are absent.
    pub css_values: BTreeMap<String, String>,
    /// Deprecated tokens, in document order.
    pub deprecations: Vec<Deprecation>,
}

/// A token marked `$deprecated` (itself or through its group).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deprecation {
    /// The token's path.
    pub name: String,
    /// The explanation, when `$deprecated` is a string (`"Use {color.accent}"`).
    pub message: Option<String>,
    /// The token the explanation points to: the first `{a.b}` in it.
    pub replacement: Option<String>,
    /// The `$deprecated` value's range.
    pub range: TextRange,
}

/// Parses a DTCG file's text.
#[must_use]
pub fn extract_design_tokens(text: &str, options: ValueOptions) -> DesignTokenFacts {
    let mut facts = DesignTokenFacts::default();
    let parsed = match parse_to_ast(text, &CollectOptions::default(), &ParseOptions::default()) {
        Ok(parsed) => parsed,
        Err(error) => {
            let range = error.range();
            facts.problems.push(
                Problem::error(
                    "parse/json",
                    format!("this design-token file is not valid JSON: {}", error.kind()),
                    TextRange::from_usize(range.start, range.end),
                )
                .with_help("fix the JSON; no token of this file was read"),
            );
            return facts;
        }
    };
    if let Some(JsonValue::Object(root)) = &parsed.value {
        let mut reader = Reader {
            text,
            options,
            facts: &mut facts,
        };
        reader.group(root, "", None, None);
    }
    facts
}

struct Reader<'a> {
    text: &'a str,
    options: ValueOptions,
    facts: &'a mut DesignTokenFacts,
}

impl Reader<'_> {
    fn group(
        &mut self,
        group: &Object<'_>,
        path: &str,
        inherited_type: Option<&str>,
        inherited_deprecation: Option<&Deprecation>,
    ) {
        let own_type = group
            .properties
            .iter()
            .find(|property| property.name.as_str() == "$type")
            .and_then(|property| property.value.as_string_lit())
            .map(|string| string.value.to_string());
        let token_type = own_type.as_deref().or(inherited_type);
        for property in &group.properties {
            let key = property.name.as_str();
            if key.starts_with('$') {
                continue;
            }
            let JsonValue::Object(child) = &property.value else {
                continue;
            };
            let name = if path.is_empty() {
                key.to_owned()
            } else {
                format!("{path}.{key}")
            };
            let deprecation = Self::deprecation(child, &name).or_else(|| {
                inherited_deprecation.map(|inherited| Deprecation {
                    name: name.clone(),
                    ..inherited.clone()
                })
            });
            let child_type = child
                .properties
                .iter()
                .find(|inner| inner.name.as_str() == "$type")
                .and_then(|inner| inner.value.as_string_lit())
                .map(|string| string.value.to_string());
            match child
                .properties
                .iter()
                .find(|inner| inner.name.as_str() == "$value")
            {
                Some(value) => {
                    let name_range = match &property.name {
                        ObjectPropName::String(string) => {
                            content_range(string.range.start, string.range.end)
                        }
                        ObjectPropName::Word(word) => {
                            TextRange::from_usize(word.range.start, word.range.end)
                        }
                    };
                    if let Some(deprecation) = deprecation {
                        self.facts.deprecations.push(deprecation);
                    }
                    self.token(
                        name,
                        name_range,
                        TextRange::from_usize(property.range.start, property.range.end),
                        &value.value,
                        child_type.as_deref().or(token_type),
                    );
                }
                None => self.group(child, &name, token_type, deprecation.as_ref()),
            }
        }
    }

    /// The object's own `$deprecated`, unless it is `false`.
    fn deprecation(object: &Object<'_>, name: &str) -> Option<Deprecation> {
        let property = object
            .properties
            .iter()
            .find(|property| property.name.as_str() == "$deprecated")?;
        let range = property.value.range();
        let range = TextRange::from_usize(range.start, range.end);
        match &property.value {
            JsonValue::BooleanLit(flag) if !flag.value => None,
            JsonValue::StringLit(message) => {
                let replacement = message.value.split_once('{').and_then(|(_, rest)| {
                    rest.split_once('}')
                        .map(|(path, _)| path.trim().to_owned())
                        .filter(|path| !path.is_empty())
                });
                Some(Deprecation {
                    name: name.to_owned(),
                    message: Some(message.value.to_string()),
                    replacement,
                    range,
                })
            }
            _ => Some(Deprecation {
                name: name.to_owned(),
                message: None,
                replacement: None,
                range,
            }),
        }
    }

    fn token(
        &mut self,
        name: String,
        name_range: TextRange,
        range: TextRange,
        value: &JsonValue<'_>,
        token_type: Option<&str>,
    ) {
        let (value_range, typed) = match value {
            JsonValue::StringLit(string) => {
                let value_range = content_range(string.range.start, string.range.end);
                let typed = self.string_value(&string.value);
                if !matches!(typed, Value::Reference { .. }) {
                    self.facts
                        .css_values
                        .insert(name.clone(), string.value.to_string());
                }
                (value_range, typed)
            }
            JsonValue::NumberLit(number) => {
                self.facts
                    .css_values
                    .insert(name.clone(), number.value.to_owned());
                (
                    TextRange::from_usize(number.range.start, number.range.end),
                    number
                        .value
                        .parse()
                        .map_or(Value::Composite, |number| Value::Number { number }),
                )
            }
            JsonValue::Object(object) => {
                let (typed, css) = object_value(object, token_type);
                if let Some(css) = css {
                    self.facts.css_values.insert(name.clone(), css);
                }
                (
                    TextRange::from_usize(object.range.start, object.range.end),
                    typed,
                )
            }
            JsonValue::Array(array) => {
                // A list of shadows is one `box-shadow` value.
                let layers: Option<Vec<String>> = (token_type == Some("shadow"))
                    .then(|| {
                        array
                            .elements
                            .iter()
                            .map(|element| match element {
                                JsonValue::Object(layer) => shadow_css(layer),
                                _ => None,
                            })
                            .collect()
                    })
                    .flatten();
                if let Some(layers) = layers.filter(|layers| !layers.is_empty()) {
                    self.facts
                        .css_values
                        .insert(name.clone(), layers.join(", "));
                }
                (
                    TextRange::from_usize(array.range.start, array.range.end),
                    Value::Composite,
                )
            }
            JsonValue::BooleanLit(boolean) => (
                TextRange::from_usize(boolean.range.start, boolean.range.end),
                Value::Keyword {
                    keyword: boolean.value.to_string().into(),
                },
            ),
            JsonValue::NullKeyword(null) => (
                TextRange::from_usize(null.range.start, null.range.end),
                Value::Composite,
            ),
        };
        if let Some((token_type, expected)) =
            token_type.and_then(|token_type| Some((token_type, type_mismatch(token_type, &typed)?)))
        {
            let found = value_range.slice(self.text).unwrap_or_default();
            self.facts.problems.push(Problem::warning(
                "tokens/type-mismatch",
                format!(
                    "token `{name}` is typed `{token_type}` but its value `{found}` is not {expected}"
                ),
                value_range,
            ));
        }
        self.facts.tokens.push(Token {
            name,
            kind: TokenKind::Dtcg,
            range,
            name_range,
            value_range,
            value_text: value_range.slice(self.text).unwrap_or_default().to_owned(),
            value: typed,
            scope: None,
            media: Vec::new(),
            is_default: false,
        });
    }

    fn string_value(&self, text: &str) -> Value {
        if let Some(alias) = text
            .strip_prefix('{')
            .and_then(|rest| rest.strip_suffix('}'))
        {
            return Value::Reference {
                kind: ReferenceKind::DtcgAlias,
                name: alias.into(),
                fallback: None,
            };
        }
        classify_value(text, self.options)
    }
}

/// What a value of `token_type` should be, when `value` is not that (an alias is checked where it
/// leads, not here).
fn type_mismatch(token_type: &str, value: &Value) -> Option<&'static str> {
    match (token_type, value) {
        (_, Value::Reference { .. } | Value::Unresolved { .. })
        | ("color", Value::Color { .. })
        | ("dimension", Value::Length(_))
        | ("number", Value::Number { .. })
        | ("fontWeight", Value::Number { .. } | Value::Keyword { .. }) => None,
        // A bare zero is a dimension in every unit.
        ("dimension", Value::Number { number }) if *number == 0.0 => None,
        ("color", _) => Some("a colour"),
        ("dimension", _) => Some("a dimension (a number with a unit, such as `4px` or `0.25rem`)"),
        ("number", _) => Some("a number"),
        ("fontWeight", _) => Some("a font weight (a number from 1 to 1000, or a weight name)"),
        _ => None,
    }
}

/// The object forms of colours and dimensions, typed and as CSS text.
fn object_value(object: &Object<'_>, token_type: Option<&str>) -> (Value, Option<String>) {
    let field = |key: &str| {
        object
            .properties
            .iter()
            .find(|property| property.name.as_str() == key)
            .map(|property| &property.value)
    };
    match token_type {
        Some("shadow") => (Value::Composite, shadow_css(object)),
        Some("color") => {
            if let Some(JsonValue::StringLit(hex)) = field("hex") {
                if let Some(oklab) = parse_color(&hex.value) {
                    return (Value::Color { oklab }, Some(hex.value.to_string()));
                }
            }
            let space = field("colorSpace")
                .and_then(JsonValue::as_string_lit)
                .map(|string| string.value.to_string());
            let components: Option<Vec<String>> = match field("components") {
                Some(JsonValue::Array(array)) => array
                    .elements
                    .iter()
                    .map(|element| match element {
                        JsonValue::NumberLit(number) => Some(number.value.to_owned()),
                        JsonValue::StringLit(string) if string.value == "none" => {
                            Some("none".to_owned())
                        }
                        _ => None,
                    })
                    .collect(),
                _ => None,
            };
            let alpha = match field("alpha") {
                Some(JsonValue::NumberLit(number)) => number.value.to_owned(),
                _ => "1".to_owned(),
            };
            let css = match (space.as_deref(), components) {
                (Some("oklch" | "oklab" | "lab" | "lch" | "hsl" | "hwb"), Some(parts)) => {
                    format!(
                        "{}({} / {alpha})",
                        space.unwrap_or_default(),
                        parts.join(" ")
                    )
                }
                (Some(space), Some(parts)) => {
                    format!("color({space} {} / {alpha})", parts.join(" "))
                }
                _ => return (Value::Composite, None),
            };
            match parse_color(&css) {
                Some(oklab) => (Value::Color { oklab }, Some(css)),
                None => (Value::Composite, None),
            }
        }
        Some("dimension" | "duration") => {
            let (number, number_text) = match field("value") {
                Some(JsonValue::NumberLit(number)) => {
                    (number.value.parse::<f64>().ok(), number.value.to_owned())
                }
                _ => (None, String::new()),
            };
            let unit = field("unit")
                .and_then(JsonValue::as_string_lit)
                .map(|string| string.value.to_ascii_lowercase());
            match (number, unit) {
                (Some(number), Some(unit)) => {
                    let px = match unit.as_str() {
                        "px" => Some(number),
                        "rem" => Some(number * 16.0),
                        _ => None,
                    };
                    let css = format!("{number_text}{unit}");
                    (
                        Value::Length(Length {
                            number,
                            unit: unit.into(),
                            px,
                        }),
                        Some(css),
                    )
                }
                _ => (Value::Composite, None),
            }
        }
        _ => (Value::Composite, None),
    }
}

/// A DTCG shadow object as a CSS shadow (`inset 0px 1px 2px 0px #00000033`); `None` when a part
/// is missing or is an alias (which the composite cannot follow).
fn shadow_css(object: &Object<'_>) -> Option<String> {
    let part = |key: &str, part_type: &str| -> Option<String> {
        let value = &object
            .properties
            .iter()
            .find(|property| property.name.as_str() == key)?
            .value;
        match value {
            JsonValue::StringLit(text) if !text.value.starts_with('{') => {
                Some(text.value.to_string())
            }
            JsonValue::NumberLit(number) => Some(number.value.to_owned()),
            JsonValue::Object(inner) => object_value(inner, Some(part_type)).1,
            _ => None,
        }
    };
    let inset = object.properties.iter().any(|property| {
        property.name.as_str() == "inset"
            && matches!(property.value, JsonValue::BooleanLit(ref flag) if flag.value)
    });
    let mut parts = Vec::new();
    if inset {
        parts.push("inset".to_owned());
    }
    for key in ["offsetX", "offsetY", "blur", "spread"] {
        parts.push(part(key, "dimension")?);
    }
    parts.push(part("color", "color")?);
    Some(parts.join(" "))
}

/// The range inside a string's quotes.
fn content_range(start: usize, end: usize) -> TextRange {
    if end >= start + 2 {
        TextRange::from_usize(start + 1, end - 1)
    } else {
        TextRange::from_usize(start, end)
    }
}

#[cfg(test)]
mod tests {
    use super::extract_design_tokens;
    use rebrand_facts::{ReferenceKind, Value};
    use rebrand_values::ValueOptions;

    const SPEC_EXAMPLE: &str = r##"{
  "color": {
    "$type": "color",
    "brand": { "$value": "#0066cc" },
    "accent": { "$value": { "colorSpace": "srgb", "components": [1, 0.4, 0], "alpha": 1 } },
    "primary": { "$value": "{color.brand}", "$description": "Primary actions" }
  },
  "space": {
    "$type": "dimension",
    "sm": { "$value": { "value": 0.25, "unit": "rem" } },
    "md": { "$value": "8px" }
  }
}"##;

    #[test]
    fn spec_forms_of_colours_dimensions_and_aliases_are_read() {
        let facts = extract_design_tokens(SPEC_EXAMPLE, ValueOptions::default());
        assert!(facts.problems.is_empty(), "{:?}", facts.problems);
        let names: Vec<_> = facts
            .tokens
            .iter()
            .map(|token| token.name.as_str())
            .collect();
        assert_eq!(
            names,
            [
                "color.brand",
                "color.accent",
                "color.primary",
                "space.sm",
                "space.md"
            ]
        );
        assert_eq!(facts.tokens[0].value.type_name(), "color");
        assert_eq!(facts.tokens[1].value.type_name(), "color");
        assert_eq!(
            facts.tokens[2].value,
            Value::Reference {
                kind: ReferenceKind::DtcgAlias,
                name: "color.brand".into(),
                fallback: None
            }
        );
        match &facts.tokens[3].value {
            Value::Length(length) => assert_eq!(length.px, Some(4.0)),
            other => panic!("{other:?}"),
        }
        for token in &facts.tokens {
            assert_eq!(
                token.value_range.slice(SPEC_EXAMPLE),
                Some(token.value_text.as_str())
            );
            assert_eq!(
                token.name_range.slice(SPEC_EXAMPLE),
                token.name.rsplit('.').next()
            );
        }
    }

    #[test]
    fn css_text_and_deprecations_are_kept() {
        let text = r##"{
  "color": {
    "$type": "color",
    "accent": { "$value": { "colorSpace": "srgb", "components": [1, 0.4, 0], "alpha": 1 } },
    "brand": { "$value": { "colorSpace": "srgb", "components": [0, 0.4, 0.8], "hex": "#0066cc" } },
    "old": { "$value": "#123456", "$deprecated": "Use {color.brand} instead" },
    "legacy": { "$deprecated": true, "grey": { "$value": "#999" } }
  },
  "space": { "$type": "dimension", "sm": { "$value": { "value": 0.25, "unit": "rem" } } },
  "shadow": { "$type": "shadow",
    "card": { "$value": { "offsetX": "0px", "offsetY": "1px", "blur": { "value": 2, "unit": "px" }, "spread": "0px", "color": "#0000001a" } },
    "stack": { "$value": [
      { "inset": true, "offsetX": "0px", "offsetY": "1px", "blur": "0px", "spread": "0px", "color": "#fff" },
      { "offsetX": "0px", "offsetY": "4px", "blur": "8px", "spread": "-2px", "color": "rgb(0 0 0 / 0.2)" } ] },
    "aliased": { "$value": { "offsetX": "0px", "offsetY": "1px", "blur": "2px", "spread": "0px", "color": "{color.brand}" } } }
}"##;
        let facts = extract_design_tokens(text, ValueOptions::default());
        assert!(facts.problems.is_empty(), "{:?}", facts.problems);
        assert_eq!(facts.css_values["color.accent"], "color(srgb 1 0.4 0 / 1)");
        assert_eq!(facts.css_values["color.brand"], "#0066cc");
        assert_eq!(facts.css_values["space.sm"], "0.25rem");
        assert_eq!(facts.css_values["shadow.card"], "0px 1px 2px 0px #0000001a");
        assert_eq!(
            facts.css_values["shadow.stack"],
            "inset 0px 1px 0px 0px #fff, 0px 4px 8px -2px rgb(0 0 0 / 0.2)"
        );
        assert!(!facts.css_values.contains_key("shadow.aliased"));
        let deprecated: Vec<_> = facts
            .deprecations
            .iter()
            .map(|item| (item.name.as_str(), item.replacement.as_deref()))
            .collect();
        assert_eq!(
            deprecated,
            [
                ("color.old", Some("color.brand")),
                ("color.legacy.grey", None)
            ]
        );
        assert_eq!(
            facts.deprecations[0].range.slice(text),
            Some("\"Use {color.brand} instead\"")
        );
    }

    #[test]
    fn a_value_of_the_wrong_type_is_named_with_what_was_found() {
        let facts = extract_design_tokens(
            r##"{ "size": { "$type": "dimension", "sm": { "$value": "#fff" }, "zero": { "$value": 0 }, "md": { "$value": "8px" } },
              "weight": { "$type": "fontWeight", "bold": { "$value": 700 }, "odd": { "$value": "8px" } },
              "brand": { "$type": "color", "$value": "12px" } }"##,
            ValueOptions::default(),
        );
        let messages: Vec<&str> = facts
            .problems
            .iter()
            .map(|problem| problem.message.as_str())
            .collect();
        assert_eq!(
            messages,
            [
                "token `size.sm` is typed `dimension` but its value `#fff` is not a dimension (a number with a unit, such as `4px` or `0.25rem`)",
                "token `weight.odd` is typed `fontWeight` but its value `8px` is not a font weight (a number from 1 to 1000, or a weight name)",
                "token `brand` is typed `color` but its value `12px` is not a colour"
            ]
        );
    }

    #[test]
    fn malformed_json_is_a_problem_with_a_range() {
        let facts = extract_design_tokens("{ \"a\": { \"$value\": }", ValueOptions::default());
        assert!(facts.tokens.is_empty());
        assert_eq!(facts.problems.len(), 1);
        assert_eq!(facts.problems[0].code, "parse/json");
    }
}
