//! Decides what a value is: a colour, a length, a number, a keyword, a reference, or unresolved.

use std::cell::RefCell;

use rebrand_facts::{ReferenceKind, SmolStr, Value};
use rustc_hash::FxHashMap;

use crate::{parse_color, parse_length};

/// Settings that change how values are typed.
#[derive(Debug, Clone, Copy)]
pub struct ValueOptions {
    /// The root font size that sizes `rem`, in px.
    pub root_font_px: f64,
}

impl Default for ValueOptions {
    fn default() -> Self {
        Self { root_font_px: 16.0 }
    }
}

/// Distinct value texts remembered per thread before the memo starts over; real projects repeat a
/// few thousand values (`8px`, `#fff`, `solid`) across hundreds of thousands of declarations.
const MEMO_LIMIT: usize = 1 << 16;

thread_local! {
    static MEMO: RefCell<(f64, FxHashMap<SmolStr, Value>)> =
        RefCell::new((16.0, FxHashMap::default()));
}

/// Types one value as written in CSS syntax (`!important` already removed).
///
/// Results are remembered per thread: typing a colour goes through a full CSS parser, and the
/// same few values recur everywhere.
#[must_use]
pub fn classify_value(text: &str, options: ValueOptions) -> Value {
    let text = text.trim();
    if text.len() > 64 {
        return classify_uncached(text, options);
    }
    MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        let (root_font_px, values) = &mut *memo;
        if (*root_font_px - options.root_font_px).abs() > f64::EPSILON || values.len() >= MEMO_LIMIT
        {
            *root_font_px = options.root_font_px;
            values.clear();
        }
        if let Some(value) = values.get(text) {
            return value.clone();
        }
        let value = classify_uncached(text, options);
        values.insert(SmolStr::new(text), value.clone());
        value
    })
}

fn classify_uncached(text: &str, options: ValueOptions) -> Value {
    if text.is_empty() {
        return Value::Composite;
    }
    if text.contains("#{") {
        return Value::unresolved("SCSS interpolation is evaluated at compile time");
    }
    if let Some(reference) = parse_var_reference(text) {
        return reference;
    }
    if let Some(name) = scss_variable(text) {
        return Value::Reference {
            kind: ReferenceKind::ScssVariable,
            name: name.into(),
            fallback: None,
        };
    }
    if text.contains('$') {
        return Value::unresolved("SCSS expression is evaluated at compile time");
    }
    // `@brand` can only be a Less variable: no CSS value starts with `@`.
    if let Some(name) = text.strip_prefix('@') {
        if !name.starts_with('@')
            && name
                .bytes()
                .all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_'))
            && !name.is_empty()
        {
            return Value::Reference {
                kind: ReferenceKind::LessVariable,
                name: text.into(),
                fallback: None,
            };
        }
    }
    // Outside a URL or a string (`url(icon@2x.png)`), `@` is a Less variable in an expression.
    let less_variable_inside =
        text.contains('@') && !text.contains("url(") && !text.contains(['"', '\'']);
    if less_variable_inside || text.starts_with('~') || text.contains('`') {
        return Value::unresolved("Less expression is evaluated at compile time");
    }
    if is_namespaced_call(text) {
        return Value::unresolved("SCSS function call is evaluated at compile time");
    }
    if let Some(length) = parse_length(text, options.root_font_px) {
        return Value::Length(length);
    }
    if let Ok(number) = text.parse::<f64>() {
        if text
            .bytes()
            .all(|byte| byte.is_ascii_digit() || b"+-.eE".contains(&byte))
        {
            return Value::Number { number };
        }
    }
    if let Some(oklab) = parse_color(text) {
        return Value::Color { oklab };
    }
    if is_identifier(text) {
        return Value::Keyword {
            keyword: text.to_ascii_lowercase().into(),
        };
    }
    Value::Composite
}

/// `var(--name)` or `var(--name, fallback)` as the whole value.
fn parse_var_reference(text: &str) -> Option<Value> {
    let inner = text
        .strip_prefix("var(")
        .or_else(|| text.strip_prefix("VAR("))?
        .strip_suffix(')')?;
    let (name, fallback) = match inner.split_once(',') {
        Some((name, fallback)) => (name.trim(), Some(fallback.trim().to_owned())),
        None => (inner.trim(), None),
    };
    if !name.starts_with("--") || !is_identifier(name) {
        return None;
    }
    Some(Value::Reference {
        kind: ReferenceKind::CustomProperty,
        name: name.into(),
        fallback,
    })
}

/// `$name` or `namespace.$name` as the whole value.
fn scss_variable(text: &str) -> Option<&str> {
    let variable = match text.split_once('.') {
        Some((namespace, variable)) if is_identifier(namespace) => variable,
        Some(_) => return None,
        None => text,
    };
    let name = variable.strip_prefix('$')?;
    is_identifier(name).then_some(text)
}

/// `math.div(…)`, `t.space("sm")`: a call of a member of a Sass module.
fn is_namespaced_call(text: &str) -> bool {
    let Some(open) = text.find('(') else {
        return false;
    };
    match text[..open].split_once('.') {
        Some((namespace, function)) => is_identifier(namespace) && is_identifier(function),
        None => false,
    }
}

fn is_identifier(text: &str) -> bool {
    let mut characters = text.chars();
    match characters.next() {
        Some(first) if first.is_alphabetic() || first == '-' || first == '_' => {}
        _ => return false,
    }
    characters.all(|character| character.is_alphanumeric() || character == '-' || character == '_')
}

#[cfg(test)]
mod tests {
    use super::{classify_value, ValueOptions};
    use rebrand_facts::{ReferenceKind, Value};

    fn classify(text: &str) -> Value {
        classify_value(text, ValueOptions::default())
    }

    #[test]
    fn each_kind_of_value_is_recognised() {
        assert_eq!(classify("#fff").type_name(), "color");
        assert_eq!(classify("1.5rem").type_name(), "length");
        assert_eq!(classify("600").type_name(), "number");
        assert_eq!(classify("auto").type_name(), "keyword");
        assert_eq!(classify("currentColor").type_name(), "keyword");
        assert_eq!(classify("0 1px 2px #000").type_name(), "composite");
        assert_eq!(classify("math.div($a, 2)").type_name(), "unresolved");
        assert_eq!(classify("#{$x}px").type_name(), "unresolved");
        assert_eq!(classify("t.space(\"sm\")").type_name(), "unresolved");
        assert_eq!(classify("rgba(0, 0, 0, 0.5)").type_name(), "color");
    }

    #[test]
    fn references_keep_their_names_and_fallbacks() {
        assert_eq!(
            classify("var(--brand, #06c)"),
            Value::Reference {
                kind: ReferenceKind::CustomProperty,
                name: "--brand".into(),
                fallback: Some("#06c".into()),
            }
        );
        assert_eq!(
            classify("@brand-primary"),
            Value::Reference {
                kind: ReferenceKind::LessVariable,
                name: "@brand-primary".into(),
                fallback: None,
            }
        );
        assert!(matches!(
            classify("darken(@brand, 10%)"),
            Value::Unresolved { .. }
        ));
        assert!(matches!(
            classify("~\"calc(100% - 4px)\""),
            Value::Unresolved { .. }
        ));
        assert_eq!(
            classify("t.$brand"),
            Value::Reference {
                kind: ReferenceKind::ScssVariable,
                name: "t.$brand".into(),
                fallback: None,
            }
        );
    }
}
