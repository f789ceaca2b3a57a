//! What a styled component's selector says about the elements it reaches: the element itself
//! (`&:hover`), the element only inside an ancestor (`${Card}:hover &`, `.sidebar &`), or
//! another styled component rendered inside it (`& ${Icon}`).

use std::sync::Arc;

use crate::selector::{compounds, split_list};

/// How a styled declaration reaches its own component's element.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum OwnElement {
    /// Always, or under a condition its states and queries already carry.
    Always,
    /// Only inside the ancestors it names (`${Card}:hover`, `.sidebar`).
    Inside(Arc<str>),
}

impl OwnElement {
    /// The context a link through it carries.
    pub(crate) fn context(self) -> Option<Arc<str>> {
        match self {
            Self::Always => None,
            Self::Inside(context) => Some(context),
        }
    }
}

/// Whether, and where, a styled declaration applies to its own component's element; `None`
/// when it styles something else (a descendant, a keyframe).
pub(crate) fn own_element_reach(selector: Option<&str>, binding: &str) -> Option<OwnElement> {
    let Some(selector) = selector else {
        return Some(OwnElement::Always);
    };
    let mut found = None;
    for item in split_list(selector) {
        let (ancestors, subject) = split_subject(item);
        if !subject.contains('&') {
            continue;
        }
        match context_of(ancestors, binding) {
            // An item with no ancestor to satisfy applies whatever the others need.
            None => return Some(OwnElement::Always),
            Some(context) => {
                found.get_or_insert(OwnElement::Inside(context));
            }
        }
    }
    found
}

/// A styled declaration whose subject is another styled component (`& ${Icon}`,
/// `${Icon}:hover`): that component's name, and the ancestors the rule needs (`Card`, with `&`
/// read as the component whose template holds the rule).
pub(crate) fn targeted_component<'s>(
    selector: &'s str,
    binding: &str,
) -> Vec<(&'s str, Option<Arc<str>>)> {
    let mut targets = Vec::new();
    for item in split_list(selector) {
        let (ancestors, subject) = split_subject(item);
        let Some(name) = subject
            .strip_prefix("${")
            .and_then(|rest| rest.split_once('}'))
            .map(|(name, _)| name.trim())
        else {
            continue;
        };
        let is_identifier = name
            .chars()
            .next()
            .is_some_and(|first| first.is_alphabetic() || first == '_' || first == '$')
            && name
                .chars()
                .all(|character| character.is_alphanumeric() || matches!(character, '_' | '$'));
        if is_identifier {
            targets.push((name, context_of(ancestors, binding)));
        }
    }
    targets
}

/// One selector of a list split into the text before its subject compound and the subject.
fn split_subject(selector: &str) -> (&str, &str) {
    let selector = selector.trim();
    let mut depth = 0usize;
    let mut subject_start = 0;
    for (position, character) in selector.char_indices() {
        match character {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            ' ' | '>' | '+' | '~' if depth == 0 => subject_start = position + 1,
            _ => {}
        }
    }
    let ancestors = selector[..subject_start].trim_end_matches([' ', '>', '+', '~']);
    (ancestors.trim(), &selector[subject_start..])
}

/// The ancestors a selector needs as a context, `&` named after the component; `None` when
/// there are none, or when they only pick a theme (`.dark &`), which the condition records.
fn context_of(ancestors: &str, binding: &str) -> Option<Arc<str>> {
    let needed: Vec<String> = compounds(ancestors)
        .into_iter()
        .filter(|compound| !is_theme_ancestor(&compound.text))
        .map(|compound| compound.text.replace('&', binding))
        .collect();
    (!needed.is_empty()).then(|| Arc::from(needed.join(" ")))
}

/// Whether an ancestor compound only selects a colour theme (`.dark`, `html.dark`,
/// `[data-theme="dark"]`), which the declaration's condition already carries as `dark`.
fn is_theme_ancestor(compound: &str) -> bool {
    let lower = compound.to_ascii_lowercase();
    let without_root = lower
        .trim_start_matches("html")
        .trim_start_matches("body")
        .trim_start_matches(":root");
    without_root.is_empty()
        || matches!(
            without_root,
            ".dark" | ".light" | ".theme-dark" | ".theme-light"
        )
        || (without_root.starts_with("[data-theme") || without_root.starts_with("[data-mode"))
            && (without_root.contains("dark") || without_root.contains("light"))
}

#[cfg(test)]
mod tests {
    use super::{own_element_reach, targeted_component, OwnElement};

    #[test]
    fn the_element_itself_needs_no_context() {
        assert_eq!(own_element_reach(None, "Card"), Some(OwnElement::Always));
        assert_eq!(
            own_element_reach(Some("&:hover"), "Card"),
            Some(OwnElement::Always)
        );
        assert_eq!(
            own_element_reach(Some(".dark &"), "Card"),
            Some(OwnElement::Always)
        );
        assert_eq!(
            own_element_reach(Some("[data-theme='dark'] &:hover"), "Card"),
            Some(OwnElement::Always)
        );
        assert_eq!(
            own_element_reach(Some("&:hover, .x &"), "Card"),
            Some(OwnElement::Always)
        );
    }

    #[test]
    fn an_ancestor_state_is_a_context() {
        assert_eq!(
            own_element_reach(Some("${Row}:hover &"), "Title"),
            Some(OwnElement::Inside("${Row}:hover".into()))
        );
        assert_eq!(
            own_element_reach(Some(".sidebar > &"), "Title"),
            Some(OwnElement::Inside(".sidebar".into()))
        );
    }

    #[test]
    fn descendants_are_not_the_element() {
        assert_eq!(own_element_reach(Some("& .icon"), "Card"), None);
        assert_eq!(own_element_reach(Some("& ${Icon}"), "Card"), None);
    }

    #[test]
    fn a_component_subject_is_a_target_with_its_context() {
        assert_eq!(
            targeted_component("& ${Icon}", "Card"),
            vec![("Icon", Some("Card".into()))]
        );
        assert_eq!(
            targeted_component("&:hover > ${Icon}:hover, ${Label}", "Card"),
            vec![("Icon", Some("Card:hover".into())), ("Label", None)]
        );
        assert!(targeted_component("& ${(p) => p.x}", "Card").is_empty());
        assert!(targeted_component("& .icon", "Card").is_empty());
    }
}
