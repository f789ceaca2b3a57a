//! What a styled element is, for clustering: its behaviour key (which must match exactly) and
//! its look as a set of normalised `property[condition]=value` tokens.

use std::collections::BTreeSet;

use rebrand_facts::{implicit_role_of_tag, Element, Value};
use rebrand_link::{EffectiveValue, ElementStyle};

/// Properties that make up how an element looks. Layout (margins, sizes, positions, flex and grid
/// placement) says where an element sits, not what kind of element it is, and is left out.
const VISUAL: [&str; 30] = [
    "color",
    "background-color",
    "border-top-color",
    "border-right-color",
    "border-bottom-color",
    "border-left-color",
    "border-top-width",
    "border-right-width",
    "border-bottom-width",
    "border-left-width",
    "border-top-style",
    "border-right-style",
    "border-bottom-style",
    "border-left-style",
    "border-top-left-radius",
    "border-top-right-radius",
    "border-bottom-left-radius",
    "border-bottom-right-radius",
    "padding-top",
    "padding-right",
    "padding-bottom",
    "padding-left",
    "font-size",
    "font-weight",
    "line-height",
    "letter-spacing",
    "text-transform",
    "box-shadow",
    "opacity",
    "display",
];

/// The features of one styled element.
#[derive(Debug, Clone)]
pub(crate) struct Features {
    /// Role and interaction: elements only cluster with elements that behave alike.
    pub behaviour: String,
    /// The role (explicit, implicit, or from the rendered tag).
    pub role: Option<String>,
    /// Normalised look tokens, sorted.
    pub look: BTreeSet<String>,
}

/// A value in a form where equivalent spellings are equal and near-identical values round
/// together: OKLab to two decimals, lengths to whole pixels.
#[must_use]
pub fn normalised(value: &Value, written: &str) -> String {
    match value {
        Value::Color { oklab } => format!(
            "oklab({:.2},{:.2},{:.2},{:.1})",
            oklab.l, oklab.a, oklab.b, oklab.alpha
        ),
        Value::Length(length) => match length.px {
            Some(px) => format!("{}px", px.round()),
            None => format!("{}{}", length.number, length.unit),
        },
        Value::Number { number } => format!("{number:.2}"),
        Value::Keyword { keyword } => keyword.to_string(),
        Value::Reference { name, .. } => format!("ref({name})"),
        Value::Composite | Value::Unresolved { .. } => {
            written.split_whitespace().collect::<Vec<_>>().join(" ")
        }
    }
}

/// The key of one effective value: property plus its condition and context.
#[must_use]
pub fn property_key(effective: &EffectiveValue) -> String {
    let condition = &effective.condition;
    let mut key = effective.property.to_string();
    let mut parts: Vec<&str> = condition.states.iter().map(String::as_str).collect();
    parts.extend(condition.media.iter().map(String::as_str));
    if condition.dark {
        parts.push("dark");
    }
    if condition.dynamic {
        parts.push("dynamic");
    }
    if let Some(context) = &effective.context {
        parts.push(context);
    }
    if !parts.is_empty() {
        key.push('[');
        key.push_str(&parts.join(" & "));
        key.push(']');
    }
    key
}

/// Features of a styled element; `None` when nothing visual reaches it.
pub(crate) fn features(element: &Element, style: &ElementStyle) -> Option<Features> {
    let look: BTreeSet<String> = style
        .effective
        .iter()
        .filter(|effective| VISUAL.contains(&effective.property.as_str()))
        .map(|effective| {
            format!(
                "{}={}",
                property_key(effective),
                normalised(&effective.value, &effective.value_text)
            )
        })
        .collect();
    if look.is_empty() {
        return None;
    }
    let tag = style
        .renders
        .clone()
        .unwrap_or_else(|| element.name.to_ascii_lowercase());
    let renders_other_tag = !element
        .name
        .starts_with(|character: char| character.is_ascii_lowercase());
    // A component (`styled.a`, a wrapper) behaves like the tag it renders; its props (`href`,
    // `type`) are passed through, so a rendered `a` is a link and a rendered `button` is focusable.
    let role = element.role.clone().or_else(|| {
        match tag.as_str() {
            "a" if renders_other_tag => Some("link"),
            other => implicit_role_of_tag(other),
        }
        .map(str::to_owned)
    });
    let focusable = element.focusable
        || (renders_other_tag
            && matches!(
                tag.as_str(),
                "a" | "button" | "input" | "select" | "textarea" | "summary"
            ));
    let clickable = element.handlers.iter().any(|handler| {
        matches!(
            handler.as_str(),
            "onClick" | "onKeyDown" | "onKeyUp" | "onPointerDown" | "onMouseDown"
        )
    });
    let behaviour = format!(
        "{}|{}|{}",
        role.as_deref().unwrap_or("generic"),
        if clickable { "clickable" } else { "static" },
        if focusable {
            "focusable"
        } else {
            "unfocusable"
        },
    );
    Some(Features {
        behaviour,
        role,
        look,
    })
}
