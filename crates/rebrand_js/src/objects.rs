//! Object styles (`style={{…}}`, `sx`, `css({…})`, `styled.a({…})`) and JavaScript theme objects.

use rebrand_facts::{
    Condition, Declaration, Origin, ReferenceKind, ShorthandSource, Syntax, Token, TokenKind, Value,
};
use std::sync::Arc;

use rebrand_text::TextRange;
use rebrand_values::{classify_value, expand_shorthand, selectors_condition, ValueOptions};
use swc_common::Spanned;
use swc_ecma_ast::{Expr, Lit, ObjectLit, Prop, PropName, PropOrSpread, Tpl, UnaryOp};

use crate::styled::{member_chain, theme_path};
use crate::{to_range, JsFacts};

/// Properties whose numeric values React and emotion leave unitless; every other number is pixels.
const UNITLESS: [&str; 24] = [
    "animation-iteration-count",
    "aspect-ratio",
    "column-count",
    "columns",
    "fill-opacity",
    "flex",
    "flex-grow",
    "flex-shrink",
    "font-weight",
    "grid-area",
    "grid-column",
    "grid-column-end",
    "grid-column-start",
    "grid-row",
    "grid-row-end",
    "grid-row-start",
    "line-clamp",
    "line-height",
    "opacity",
    "order",
    "orphans",
    "stroke-opacity",
    "widows",
    "z-index",
];

/// MUI system shorthands accepted by `sx`, and the longhands they set.
fn sx_alias(key: &str) -> Option<&'static [&'static str]> {
    Some(match key {
        "p" => &["padding"],
        "pt" => &["padding-top"],
        "pr" => &["padding-right"],
        "pb" => &["padding-bottom"],
        "pl" => &["padding-left"],
        "px" => &["padding-left", "padding-right"],
        "py" => &["padding-top", "padding-bottom"],
        "m" => &["margin"],
        "mt" => &["margin-top"],
        "mr" => &["margin-right"],
        "mb" => &["margin-bottom"],
        "ml" => &["margin-left"],
        "mx" => &["margin-left", "margin-right"],
        "my" => &["margin-top", "margin-bottom"],
        "bgcolor" => &["background-color"],
        _ => return None,
    })
}

/// Where an object style sits and what it applies to.
#[derive(Clone)]
pub(crate) struct ObjectStyle<'a> {
    pub text: &'a str,
    pub syntax: Syntax,
    pub binding: Option<String>,
    /// The JSX element the style is written on, for `style`, `sx` and `css` props.
    pub element: Option<u32>,
    pub options: ValueOptions,
    pub selectors: Vec<String>,
    pub media: Vec<String>,
    pub dynamic: bool,
    /// The props the style needs (see [`rebrand_facts::Condition::variants`]).
    pub variants: Vec<String>,
    /// The file's literal constants, which a template literal's `${…}` may name.
    pub constants: Option<&'a std::collections::HashMap<String, String>>,
    /// The props of the component whose body holds the style: a value that is a prop with a
    /// literal default (`width: size` where `size = 40`) is that default when it is not passed.
    pub props: Option<crate::props::PropsParam>,
    /// Whether keys and numbers follow the MUI system (`sx`): `p: 2` is two spacing units.
    pub mui_system: bool,
}

impl ObjectStyle<'_> {
    /// Extracts every declaration of `object`, descending into nested selectors and at-rules.
    pub(crate) fn extract(&self, object: &ObjectLit, facts: &mut JsFacts) {
        for property in &object.props {
            let PropOrSpread::Prop(property) = property else {
                continue;
            };
            let Prop::KeyValue(pair) = &**property else {
                continue;
            };
            let Some((key, key_range)) = self.key(&pair.key) else {
                continue;
            };
            if let Expr::Object(nested) = &*pair.value {
                self.nested(&key, nested, facts);
                continue;
            }
            let range = TextRange::new(key_range.start, to_range(pair.value.span()).end);
            if key.starts_with("--") {
                let (value_range, value_text, value) = self.value(&key, &pair.value);
                facts.tokens.push(Token {
                    name: key,
                    kind: TokenKind::CustomProperty,
                    range,
                    name_range: key_range,
                    value_range,
                    value_text,
                    value,
                    scope: self.binding.clone(),
                    media: Vec::new(),
                    is_default: false,
                });
                continue;
            }
            self.declarations(&key, key_range, range, &pair.value, facts);
        }
    }

    fn nested(&self, key: &str, nested: &ObjectLit, facts: &mut JsFacts) {
        let mut inner = self.clone();
        if key.starts_with('@') {
            inner
                .media
                .push(key.split_whitespace().collect::<Vec<_>>().join(" "));
        } else {
            let child = if key.contains('&') {
                key.to_owned()
            } else if key.starts_with([':', '[']) {
                format!("&{key}")
            } else {
                format!("& {key}")
            };
            let parents = if self.selectors.is_empty() {
                vec!["&".to_owned()]
            } else {
                self.selectors.clone()
            };
            inner.selectors = parents
                .iter()
                .flat_map(|parent| {
                    child
                        .split(',')
                        .map(move |part| part.trim().replace('&', parent))
                })
                .collect();
        }
        inner.extract(nested, facts);
    }

    fn declarations(
        &self,
        key: &str,
        key_range: TextRange,
        range: TextRange,
        value: &Expr,
        facts: &mut JsFacts,
    ) {
        let written = key.to_owned();
        let longhands: Vec<String> = match (self.mui_system, sx_alias(key)) {
            (true, Some(aliases)) => aliases.iter().map(|&alias| alias.to_owned()).collect(),
            _ => vec![kebab_case(key)],
        };
        let is_sx_spacing = self.mui_system
            && longhands.iter().any(|property| {
                property.starts_with("padding")
                    || property.starts_with("margin")
                    || property == "gap"
            });
        let origin = Arc::new(Origin {
            syntax: self.syntax,
            selector: (!self.selectors.is_empty()).then(|| self.selectors.join(", ")),
            binding: self.binding.clone(),
            utility: None,
            mixin: None,
            element: self.element,
        });
        let condition = Arc::new(self.condition());
        for property in longhands {
            let (value_range, value_text, mut typed) = self.value(&property, value);
            let mut css_value = None;
            let mut condition = Arc::clone(&condition);
            if let (Value::Unresolved { .. }, Expr::Ident(name), Some(props)) =
                (&typed, value, &self.props)
            {
                if let Some((prop, default)) = props.default_of(&name.sym) {
                    typed = classify_value(default, self.options);
                    css_value = Some(default.into());
                    let mut needs = (*condition).clone();
                    needs.variants.push(format!("{prop}={default} (default)"));
                    needs.variants.sort();
                    condition = Arc::new(needs);
                }
            }
            if let (Value::Number { number }, false) =
                (&typed, UNITLESS.contains(&property.as_str()))
            {
                if is_sx_spacing {
                    typed = Value::unresolved(
                        "MUI multiplies numeric spacing by the theme's spacing unit",
                    );
                } else {
                    css_value = Some(format!("{number}px").into());
                    typed = classify_value(&format!("{number}px"), self.options);
                }
            }
            let base = Declaration {
                property: property.as_str().into(),
                written_property: Some(written.as_str().into()),
                property_range: Some(key_range),
                range,
                value_range,
                value_text: value_text.as_str().into(),
                css_value,
                value: typed,
                important: false,
                shorthand: None,
                origin: origin.clone(),
                condition: condition.clone(),
            };
            // A bare number (`borderRadius: 6`) sets every longhand to the same length, as the
            // string `"6px"` would; each longhand then points at the number.
            let is_number =
                matches!(value, Expr::Lit(Lit::Num(_))) && matches!(base.value, Value::Length(_));
            // A template literal expands from its known text (each longhand pointing at the
            // whole template, as its text is not written anywhere), or around its unknown
            // parts (those longhands unresolved).
            let known_template = match value {
                Expr::Tpl(template) if !template.exprs.is_empty() => self.template_text(template),
                _ => None,
            };
            let expansion_text = known_template.as_deref().unwrap_or(&value_text);
            let expandable = is_number || matches!(value, Expr::Lit(Lit::Str(_)) | Expr::Tpl(_));
            let mut base = base;
            if let Some(known) = &known_template {
                base.css_value = Some(known.as_str().into());
            }
            match expandable
                .then(|| expand_shorthand(&property, expansion_text))
                .flatten()
            {
                Some(parts) => {
                    let written = Written {
                        is_number,
                        known_template: known_template.is_some(),
                    };
                    self.push_longhands(&base, &property, parts, written, facts);
                }
                None => facts.declarations.push(base),
            }
        }
    }

    fn condition(&self) -> Condition {
        let selectors = selectors_condition(&self.selectors);
        Condition {
            states: selectors.states,
            media: self.media.clone(),
            dark: selectors.dark
                || self
                    .media
                    .iter()
                    .any(|media| media.contains("prefers-color-scheme") && media.contains("dark")),
            dynamic: self.dynamic,
            variants: self.variants.clone(),
            pseudo_element: selectors.pseudo_element,
        }
    }

    /// A key's text and range; string keys' ranges exclude the quotes.
    fn key(&self, key: &PropName) -> Option<(String, TextRange)> {
        match key {
            PropName::Ident(ident) => Some((ident.sym.to_string(), to_range(ident.span))),
            PropName::Str(string) => {
                let range = string_content_range(to_range(string.span));
                Some((range.slice(self.text)?.to_owned(), range))
            }
            _ => None,
        }
    }

    /// The range, source text and typed value of a property's value expression.
    /// The longhands of a shorthand written in an object style, each at its own part of the
    /// value where it has one.
    fn push_longhands(
        &self,
        base: &Declaration,
        property: &str,
        parts: Vec<rebrand_values::Longhand<'_>>,
        written: Written,
        facts: &mut JsFacts,
    ) {
        let shorthand = Arc::new(ShorthandSource {
            property: property.into(),
            value_range: base.value_range,
        });
        for part in parts {
            let mut longhand = Declaration {
                property: part.property,
                shorthand: Some(shorthand.clone()),
                ..base.clone()
            };
            if part.implied || written.known_template {
                longhand.css_value = Some(part.text.into());
                longhand.value = classify_value(part.text, self.options);
            } else if !written.is_number {
                let start = base.value_range.start + part.start as u32;
                longhand.value_range = TextRange::new(start, start + part.text.len() as u32);
                longhand.value_text = part.text.into();
                longhand.value = if part.text.contains("${") {
                    Value::unresolved("a JavaScript expression decides this value")
                } else {
                    classify_value(part.text, self.options)
                };
            }
            facts.declarations.push(longhand);
        }
    }

    /// A template literal's text when every `${…}` is a literal or a constant of the file.
    fn template_text(&self, template: &Tpl) -> Option<String> {
        crate::constants::template_text(template, self.constants?)
    }

    fn value(&self, property: &str, value: &Expr) -> (TextRange, String, Value) {
        let whole = to_range(value.span());
        let source = |range: TextRange| range.slice(self.text).unwrap_or_default().to_owned();
        match value {
            Expr::Lit(Lit::Str(_)) => {
                let range = string_content_range(whole);
                let text = source(range);
                let typed = self.string_value(property, &text);
                (range, text, typed)
            }
            Expr::Tpl(template) if template.exprs.is_empty() => {
                let range = template
                    .quasis
                    .first()
                    .map_or(whole, |quasi| to_range(quasi.span));
                let text = source(range);
                let typed = classify_value(&text, self.options);
                (range, text, typed)
            }
            // `${gap}px 16px`: read part by part; known when every `${…}` is.
            Expr::Tpl(template) => {
                let range = template_range(template).unwrap_or(whole);
                let text = source(range);
                let typed = match self.template_text(template) {
                    Some(known) => self.string_value(property, &known),
                    None => Value::unresolved("a JavaScript expression is part of this value"),
                };
                (range, text, typed)
            }
            Expr::Lit(Lit::Num(number)) => (
                whole,
                source(whole),
                Value::Number {
                    number: number.value,
                },
            ),
            Expr::Unary(unary) if unary.op == UnaryOp::Minus => match &*unary.arg {
                Expr::Lit(Lit::Num(number)) => (
                    whole,
                    source(whole),
                    Value::Number {
                        number: -number.value,
                    },
                ),
                _ => (
                    whole,
                    source(whole),
                    Value::unresolved("a JavaScript expression decides this value"),
                ),
            },
            _ => {
                let typed = match theme_path(value).or_else(|| Self::imported_theme_path(value)) {
                    Some(path) => Value::Reference {
                        kind: ReferenceKind::ThemePath,
                        name: path.into(),
                        fallback: None,
                    },
                    None => Value::unresolved("a JavaScript expression decides this value"),
                };
                (whole, source(whole), typed)
            }
        }
    }

    /// A member chain through an imported theme object (`appTheme.colors.primary`) is a path
    /// under that theme.
    fn imported_theme_path(value: &Expr) -> Option<String> {
        let chain = member_chain(value)?;
        (chain.len() >= 2 && chain[0].to_ascii_lowercase().contains("theme"))
            .then(|| chain[1..].join("."))
    }

    fn string_value(&self, property: &str, text: &str) -> Value {
        let typed = classify_value(text, self.options);
        let looks_like_path = text.contains('.')
            && text
                .split('.')
                .all(|part| !part.is_empty() && part.chars().all(char::is_alphanumeric))
            && text.starts_with(|character: char| character.is_ascii_alphabetic());
        if self.mui_system
            && looks_like_path
            && (property.contains("color") || property.starts_with("border"))
        {
            return Value::Reference {
                kind: ReferenceKind::ThemePath,
                name: format!("palette.{text}").into(),
                fallback: None,
            };
        }
        typed
    }
}

/// The range inside a string literal's quotes.
pub(crate) fn string_content_range(range: TextRange) -> TextRange {
    if range.len() >= 2 {
        TextRange::new(range.start + 1, range.end - 1)
    } else {
        range
    }
}

/// `backgroundColor` → `background-color`, `WebkitLineClamp` → `-webkit-line-clamp`,
/// `msFlex` → `-ms-flex`; kebab-case keys are kept.
pub(crate) fn kebab_case(key: &str) -> String {
    if key.contains('-') {
        return key.to_ascii_lowercase();
    }
    let mut kebab = String::with_capacity(key.len() + 4);
    if key.starts_with("ms")
        && key[2..].starts_with(|character: char| character.is_ascii_uppercase())
    {
        kebab.push('-');
    }
    for character in key.chars() {
        if character.is_ascii_uppercase() {
            kebab.push('-');
            kebab.push(character.to_ascii_lowercase());
        } else {
            kebab.push(character);
        }
    }
    kebab
}

/// Flattens a theme object into dotted-path tokens for every literal leaf; `binding` is the
/// variable that holds it (`darkTheme`), the scope that tells one theme's tokens from another's.
pub(crate) fn theme_tokens(
    text: &str,
    object: &ObjectLit,
    prefix: &str,
    binding: Option<&str>,
    options: ValueOptions,
    facts: &mut JsFacts,
) {
    for property in &object.props {
        let PropOrSpread::Prop(property) = property else {
            continue;
        };
        let Prop::KeyValue(pair) = &**property else {
            continue;
        };
        let (key, key_range) = match &pair.key {
            PropName::Ident(ident) => (ident.sym.to_string(), to_range(ident.span)),
            PropName::Str(string) => {
                let range = string_content_range(to_range(string.span));
                (range.slice(text).unwrap_or_default().to_owned(), range)
            }
            PropName::Num(number) => (number.value.to_string(), to_range(number.span)),
            _ => continue,
        };
        let name = if prefix.is_empty() {
            key
        } else {
            format!("{prefix}.{key}")
        };
        let (value_range, value) = match &*pair.value {
            Expr::Object(nested) => {
                theme_tokens(text, nested, &name, binding, options, facts);
                continue;
            }
            Expr::Lit(Lit::Str(string)) => {
                let range = string_content_range(to_range(string.span));
                let value = classify_value(range.slice(text).unwrap_or_default(), options);
                (range, value)
            }
            Expr::Lit(Lit::Num(number)) => (
                to_range(number.span),
                Value::Number {
                    number: number.value,
                },
            ),
            _ => continue,
        };
        facts.tokens.push(Token {
            name,
            kind: TokenKind::JsTheme,
            range: TextRange::new(key_range.start, value_range.end),
            name_range: key_range,
            value_range,
            value_text: value_range.slice(text).unwrap_or_default().to_owned(),
            value,
            scope: binding.map(str::to_owned),
            media: Vec::new(),
            is_default: false,
        });
    }
}

/// How a shorthand's value was written, which decides where its longhands point.
#[derive(Clone, Copy)]
struct Written {
    /// A bare number (`borderRadius: 6`): every longhand points at it.
    is_number: bool,
    /// A template literal whose text is known only once its `${…}` are read: each longhand
    /// points at the whole template.
    known_template: bool,
}

/// The text between a template literal's backticks.
fn template_range(template: &Tpl) -> Option<TextRange> {
    let first = template.quasis.first()?;
    let last = template.quasis.last()?;
    Some(TextRange::new(
        to_range(first.span).start,
        to_range(last.span).end,
    ))
}

#[cfg(test)]
mod tests {
    use super::kebab_case;

    #[test]
    fn camel_case_keys_become_css_properties() {
        assert_eq!(kebab_case("backgroundColor"), "background-color");
        assert_eq!(kebab_case("WebkitLineClamp"), "-webkit-line-clamp");
        assert_eq!(kebab_case("msFlex"), "-ms-flex");
        assert_eq!(kebab_case("border-radius"), "border-radius");
    }
}
