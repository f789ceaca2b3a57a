//! How a rule's selector meets an element's classes: which classes it matched through, what
//! those classes need (a class given under `error` makes the match need `error`), and which
//! ancestors it needs outside the element's own tree.

use std::sync::Arc;

use rebrand_facts::{ClassRef, Condition, Element};
use rustc_hash::FxHashMap;

use crate::selector::Compound;

/// How a rule matched an element.
pub(crate) struct RuleMatch {
    /// The ancestors the selector needs that were not found before the component's root; none
    /// when every one was found in the element's own JSX tree.
    pub(crate) outside: Option<String>,
    /// What the classes it matched through need (`.field.invalid .input` where `invalid` is
    /// given under `error` needs `error`).
    pub(crate) needs: Condition,
}

impl RuleMatch {
    pub(crate) fn context(&self) -> Option<Arc<str>> {
        self.outside.as_deref().map(Arc::from)
    }
}

/// An element's classes, each with what it needs; a class given both always and under a
/// condition is given always.
pub(crate) type ClassConditions<'e> = FxHashMap<&'e str, &'e Condition>;

pub(crate) fn class_conditions<'e>(
    element: &'e Element,
    pick: impl Fn(&'e ClassRef) -> Option<(&'e str, &'e Condition)>,
) -> ClassConditions<'e> {
    static ALWAYS: std::sync::LazyLock<Condition> = std::sync::LazyLock::new(Condition::default);
    let mut classes: ClassConditions<'e> = FxHashMap::default();
    for (name, when) in element.classes.iter().filter_map(pick) {
        classes
            .entry(name)
            .and_modify(|existing| {
                // Both branches of `error ? "field invalid" : "field"` give `field`.
                if when.is_unconditional() || complementary(existing, when) {
                    *existing = &ALWAYS;
                }
            })
            .or_insert(when);
    }
    classes
}

/// Whether two conditions are a test and its negation (`error` and `!error`), so that one of
/// them always holds.
fn complementary(left: &Condition, right: &Condition) -> bool {
    let (
        Condition {
            states: left_states,
            media: left_media,
            dark: false,
            dynamic: false,
            variants: left_variants,
            pseudo_element: None,
        },
        Condition {
            states: right_states,
            media: right_media,
            dark: false,
            dynamic: false,
            variants: right_variants,
            pseudo_element: None,
        },
    ) = (left, right)
    else {
        return false;
    };
    left_states.is_empty()
        && right_states.is_empty()
        && left_media.is_empty()
        && right_media.is_empty()
        && matches!((left_variants.as_slice(), right_variants.as_slice()),
            ([one], [other]) if rebrand_facts::negated_variant(one).as_deref() == Some(other.as_str()))
}

/// Whether a compound only selects a theme (`.dark`, `[data-theme]`), which the declaration's
/// condition already records.
pub(crate) fn is_theme_scope(compound: &Compound) -> bool {
    compound.classes.iter().all(|class| {
        matches!(
            class.as_str(),
            "dark" | "light" | "theme-dark" | "theme-light"
        )
    })
}
