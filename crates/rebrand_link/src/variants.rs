//! Variants decided where an element is written: `<Tab $active>` meets `$active`, so the
//! styles that need it apply there without condition, and those that need `!$active` do not
//! apply at all; a prop given by an expression leaves its variants named.

use std::sync::Arc;

use rebrand_facts::{Condition, Expectation, JsxProp, VariantTest};

use crate::index::ProjectIndex;
use crate::StyleLink;

/// What an element's props say of one variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Met,
    Unmet,
    Unknown,
}

/// Gives each link whose condition names props the condition left once `props` decide what
/// they can; drops the links whose variants `props` rule out. `applies` picks the links
/// whose variants are this element's props.
pub(crate) fn decide_with_props(
    index: &ProjectIndex<'_>,
    links: &mut Vec<StyleLink>,
    props: &[JsxProp],
    applies: impl Fn(&StyleLink) -> bool,
) {
    links.retain_mut(|link| {
        if !applies(link) {
            return true;
        }
        let condition = link
            .condition
            .clone()
            .unwrap_or_else(|| Arc::clone(&index.declaration(link).condition));
        if condition.variants.is_empty() {
            return true;
        }
        let mut left = Vec::new();
        for variant in &condition.variants {
            match verdict(variant, props) {
                Verdict::Met => {}
                Verdict::Unmet => return false,
                Verdict::Unknown => left.push(variant.clone()),
            }
        }
        if left.len() != condition.variants.len() {
            link.condition = Some(Arc::new(Condition {
                variants: left,
                ..(*condition).clone()
            }));
        }
        true
    });
}

/// Whether `props` meet one variant (`active`, `!active`, `size=sm`, `size!=sm`, with
/// ` (default)` when it also holds for a prop not passed).
fn verdict(variant: &str, props: &[JsxProp]) -> Verdict {
    let test = VariantTest::parse(variant);
    let holds = |value: Option<&str>| match test.expects {
        Expectation::Truthy => is_truthy(value),
        Expectation::Falsy => !is_truthy(value),
        Expectation::Equals(option) => {
            value == Some(option) || (value.is_none() && test.is_default)
        }
        Expectation::NotEquals(option) => value != Some(option),
    };
    match props.iter().rev().find(|prop| prop.name == test.prop) {
        Some(JsxProp {
            value: Some(value), ..
        }) => {
            if holds(Some(value)) {
                Verdict::Met
            } else {
                Verdict::Unmet
            }
        }
        Some(JsxProp { value: None, .. }) => Verdict::Unknown,
        // A spread may pass anything.
        None if props.iter().any(|prop| prop.name == "...") => Verdict::Unknown,
        None if holds(None) => Verdict::Met,
        None => Verdict::Unmet,
    }
}

/// JavaScript's truthiness for a literal prop value; `None` is a prop not passed.
fn is_truthy(value: Option<&str>) -> bool {
    value.is_some_and(|value| !matches!(value, "false" | "0" | "" | "null" | "undefined"))
}

#[cfg(test)]
mod tests {
    use super::{verdict, Verdict};
    use rebrand_facts::JsxProp;

    fn props(pairs: &[(&str, Option<&str>)]) -> Vec<JsxProp> {
        pairs
            .iter()
            .map(|(name, value)| JsxProp {
                name: (*name).to_owned(),
                value: value.map(str::to_owned),
            })
            .collect()
    }

    #[test]
    fn literal_props_decide() {
        let given = props(&[("$active", Some("true")), ("size", Some("sm"))]);
        assert_eq!(verdict("$active", &given), Verdict::Met);
        assert_eq!(verdict("!$active", &given), Verdict::Unmet);
        assert_eq!(verdict("size=sm", &given), Verdict::Met);
        assert_eq!(verdict("size=lg (default)", &given), Verdict::Unmet);
        assert_eq!(verdict("size!=sm", &given), Verdict::Unmet);
    }

    #[test]
    fn absent_props_are_undefined() {
        let given = props(&[("open", None)]);
        assert_eq!(verdict("$active", &given), Verdict::Unmet);
        assert_eq!(verdict("!$active", &given), Verdict::Met);
        assert_eq!(verdict("size=md (default)", &given), Verdict::Met);
        assert_eq!(verdict("size=sm", &given), Verdict::Unmet);
        assert_eq!(verdict("size!=sm", &given), Verdict::Met);
        assert_eq!(verdict("open", &given), Verdict::Unknown);
    }

    #[test]
    fn a_spread_may_pass_anything() {
        let given = props(&[("...", None)]);
        assert_eq!(verdict("$active", &given), Verdict::Unknown);
    }
}
