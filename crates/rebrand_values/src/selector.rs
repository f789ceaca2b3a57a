//! Reads interaction states and dark mode out of a selector's text.

/// Splits a selector list at top-level commas (not those inside `:is(…)`, `[…]` or `{…}`), each
/// selector trimmed, empty ones dropped.
#[must_use]
pub fn split_selector_list(list: &str) -> Vec<&str> {
    let mut selectors = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (index, character) in list.char_indices() {
        match character {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                selectors.push(list[start..index].trim());
                start = index + 1;
            }
            _ => {}
        }
    }
    selectors.push(list[start..].trim());
    selectors.retain(|selector| !selector.is_empty());
    selectors
}

/// The conditions a selector puts on the element it styles.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SelectorCondition {
    /// State pseudo-classes and attribute states of the subject (the last compound), sorted.
    pub states: Vec<String>,
    /// Whether an ancestor or the subject selects dark mode (`.dark`, `[data-theme="dark"]`).
    pub dark: bool,
    /// The pseudo-element the subject targets (`::placeholder`, `::before`, also written
    /// `:before`): the rule styles that, not the element. For a list, only when every
    /// selector targets one.
    pub pseudo_element: Option<String>,
}

const STATE_PSEUDO_CLASSES: [&str; 16] = [
    ":hover",
    ":focus",
    ":focus-visible",
    ":focus-within",
    ":active",
    ":disabled",
    ":enabled",
    ":checked",
    ":visited",
    ":invalid",
    ":valid",
    ":required",
    ":read-only",
    ":placeholder-shown",
    ":target",
    ":open",
];

/// Whether what follows `before` in a selector names a state: it comes right after a `:`
/// (`&:${state}`) or inside an attribute selector (`[data-x=${v}]`). A template hole of unknown
/// value there makes its rule apply under a run-time condition.
#[must_use]
pub fn names_a_state(before: &str) -> bool {
    let before = before.trim_end();
    before.ends_with(':') || before.rfind('[') > before.rfind(']')
}

/// The conditions of a rule with several selectors: the union of their states (any of them)
/// and dark mode if any selects it.
#[must_use]
pub fn selectors_condition<S: AsRef<str>>(selectors: &[S]) -> SelectorCondition {
    let mut union = SelectorCondition::default();
    let mut every_targets_a_pseudo_element = !selectors.is_empty();
    for selector in selectors {
        let condition = selector_condition(selector.as_ref());
        union.states.extend(condition.states);
        union.dark |= condition.dark;
        match condition.pseudo_element {
            Some(pseudo) => {
                union.pseudo_element.get_or_insert(pseudo);
            }
            None => every_targets_a_pseudo_element = false,
        }
    }
    if !every_targets_a_pseudo_element {
        union.pseudo_element = None;
    }
    union.states.sort();
    union.states.dedup();
    union
}

/// The states and dark mode of one selector (no commas; split a selector list first).
#[must_use]
pub fn selector_condition(selector: &str) -> SelectorCondition {
    let lower = selector.to_ascii_lowercase();
    let dark = lower.contains(".dark")
        || lower.contains("theme=\"dark\"")
        || lower.contains("theme='dark'")
        || lower.contains("theme=dark")
        || lower.contains("mode=\"dark\"")
        || lower.contains("color-scheme=\"dark\"");
    let subject = last_compound(selector);
    let mut states = Vec::new();
    let bytes = subject.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b':' if bytes.get(index + 1) != Some(&b':')
                && (index == 0 || bytes[index - 1] != b':') =>
            {
                let end = subject[index + 1..]
                    .find(|character: char| !(character.is_alphanumeric() || character == '-'))
                    .map_or(subject.len(), |offset| index + 1 + offset);
                let pseudo = subject[index..end].to_ascii_lowercase();
                if STATE_PSEUDO_CLASSES.contains(&pseudo.as_str()) {
                    states.push(pseudo);
                }
                index = end;
            }
            b'[' => {
                let end = subject[index..]
                    .find(']')
                    .map_or(subject.len(), |offset| index + offset + 1);
                let attribute = &subject[index..end];
                let name = attribute
                    .trim_start_matches('[')
                    .split(['=', ']', '~', '|', '^', '$', '*'])
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .to_ascii_lowercase();
                if name.starts_with("aria-")
                    || name.starts_with("data-state")
                    || matches!(name.as_str(), "disabled" | "open" | "checked" | "selected")
                {
                    states.push(attribute.replace('\'', "\""));
                }
                index = end;
            }
            _ => index += 1,
        }
    }
    states.sort();
    states.dedup();
    SelectorCondition {
        states,
        dark,
        pseudo_element: pseudo_element_of(subject),
    }
}

/// The pseudo-element a compound targets, as `::name`: `::before`, `::-moz-focus-inner`, and
/// the four CSS 2 ones written with one colon (`:before`).
fn pseudo_element_of(subject: &str) -> Option<String> {
    let lower = subject.to_ascii_lowercase();
    if let Some(at) = lower.find("::") {
        let name: String = lower[at + 2..]
            .chars()
            .take_while(|character| character.is_alphanumeric() || *character == '-')
            .collect();
        return (!name.is_empty()).then(|| format!("::{name}"));
    }
    [":before", ":after", ":first-line", ":first-letter"]
        .into_iter()
        .find(|legacy| {
            lower.find(legacy).is_some_and(|at| {
                !lower[at + legacy.len()..]
                    .starts_with(|character: char| character.is_alphanumeric() || character == '-')
            })
        })
        .map(|legacy| format!(":{legacy}"))
}

/// The part of a selector after its last combinator outside brackets and parentheses.
fn last_compound(selector: &str) -> &str {
    let mut depth = 0usize;
    let mut start = 0;
    for (index, character) in selector.char_indices() {
        match character {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            ' ' | '>' | '+' | '~' | '\n' | '\t' if depth == 0 => start = index + 1,
            _ => {}
        }
    }
    selector[start..].trim()
}

#[cfg(test)]
mod tests {
    use super::selector_condition;

    #[test]
    fn subject_states_are_collected_and_ancestor_states_are_not() {
        let condition = selector_condition(".list:hover .item:focus-visible[aria-selected='true']");
        assert_eq!(
            condition.states,
            [":focus-visible", "[aria-selected=\"true\"]"]
        );
        assert!(!condition.dark);
    }

    #[test]
    fn dark_mode_ancestors_are_seen() {
        assert!(selector_condition(".dark .card").dark);
        assert!(selector_condition("[data-theme=\"dark\"] .card::before").dark);
        assert!(selector_condition("a::before").states.is_empty());
    }

    #[test]
    fn pseudo_elements_are_targets_of_their_own() {
        let condition = super::selectors_condition(&[".a::placeholder"]);
        assert_eq!(condition.pseudo_element.as_deref(), Some("::placeholder"));
        let legacy = super::selectors_condition(&[".a:hover:before"]);
        assert_eq!(legacy.pseudo_element.as_deref(), Some("::before"));
        // A list that also selects the element styles the element.
        let mixed = super::selectors_condition(&[".a", ".a::before"]);
        assert_eq!(mixed.pseudo_element, None);
        let state = super::selectors_condition(&[".a:first-child"]);
        assert_eq!(state.pseudo_element, None);
    }
}
