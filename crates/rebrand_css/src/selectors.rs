//! Resolves nested selectors (`&`, implicit descendant nesting) into full selectors.

/// Splits a selector list at top-level commas and normalises whitespace in each selector.
#[must_use]
pub fn split_selector_list(list: &str) -> Vec<String> {
    rebrand_values::split_selector_list(list)
        .into_iter()
        .map(normalise_whitespace)
        .collect()
}

/// Resolves each child selector against each parent selector: `&` (or Sass's `#{&}`) is replaced
/// by the parent, and a child without `&` becomes a descendant of the parent.
#[must_use]
pub fn resolve_nested(parents: &[String], children: &[String]) -> Vec<String> {
    if parents.is_empty() {
        return children.to_vec();
    }
    let mut resolved = Vec::with_capacity(parents.len() * children.len());
    for parent in parents {
        for child in children {
            if child.contains("#{&}") {
                resolved.push(child.replace("#{&}", "&").replace('&', parent));
            } else if child.contains('&') {
                resolved.push(child.replace('&', parent));
            } else {
                resolved.push(format!("{parent} {child}"));
            }
        }
    }
    resolved
}

/// `@at-root` selectors: only an explicit `#{&}` brings the parent in; nothing nests.
#[must_use]
pub fn resolve_at_root(parents: &[String], children: &[String]) -> Vec<String> {
    let mut resolved = Vec::with_capacity(children.len());
    for child in children {
        if child.contains("#{&}") && !parents.is_empty() {
            resolved.extend(parents.iter().map(|parent| child.replace("#{&}", parent)));
        } else {
            resolved.push(child.clone());
        }
    }
    resolved
}

/// `text` with every run of whitespace made one space, and none at either end.
pub(crate) fn normalise_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::{resolve_at_root, resolve_nested, split_selector_list};

    #[test]
    fn sass_parent_interpolation_is_the_parent() {
        let parents = vec![".card".to_owned()];
        assert_eq!(
            resolve_nested(&parents, &split_selector_list("#{&}__title")),
            vec![".card__title"]
        );
        assert_eq!(
            resolve_at_root(&parents, &split_selector_list("#{&}--x, .y")),
            vec![".card--x", ".y"]
        );
    }

    #[test]
    fn nesting_resolves_ampersand_and_descendants() {
        let parents = split_selector_list(".a,\n .b");
        let children = split_selector_list("&:hover, .c, &__d");
        assert_eq!(
            resolve_nested(&parents, &children),
            [".a:hover", ".a .c", ".a__d", ".b:hover", ".b .c", ".b__d"]
        );
    }

    #[test]
    fn commas_inside_functions_do_not_split() {
        assert_eq!(split_selector_list(":is(.a, .b) > c"), [":is(.a, .b) > c"]);
    }
}

/// The class names a CSS Module selector defines locally: every `.name` outside `:global(…)` and
/// outside the rest of a compound list after a bare `:global`.
#[must_use]
pub fn local_class_names(selector_list: &str) -> Vec<String> {
    let mut names = Vec::new();
    for selector in split_selector_list(selector_list) {
        let mut rest = selector.as_str();
        while let Some(position) = rest.find(['.', ':']) {
            let after = &rest[position + 1..];
            if rest.as_bytes()[position] == b':' {
                if let Some(arguments) = after.strip_prefix("global(") {
                    rest = skip_parenthesised(arguments);
                    continue;
                }
                if after.starts_with("global") {
                    break;
                }
                rest = after;
                continue;
            }
            let end = after
                .find(|character: char| {
                    !(character.is_alphanumeric() || character == '-' || character == '_')
                })
                .unwrap_or(after.len());
            if end > 0 && !after.starts_with(|character: char| character.is_ascii_digit()) {
                names.push(after[..end].to_owned());
            }
            rest = &after[end..];
        }
    }
    names
}

/// The text after the parenthesis that closes an already opened one.
fn skip_parenthesised(text: &str) -> &str {
    let mut depth = 1usize;
    for (index, character) in text.char_indices() {
        match character {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return &text[index + 1..];
                }
            }
            _ => {}
        }
    }
    ""
}

#[cfg(test)]
mod module_tests {
    use super::local_class_names;

    #[test]
    fn global_classes_are_not_module_classes() {
        assert_eq!(
            local_class_names(":global(.g) .c:hover, .d :global .e, .f.h"),
            ["c", "d", "f", "h"]
        );
    }

    #[test]
    fn numbers_and_decimals_are_not_classes() {
        assert_eq!(local_class_names(".a > .b2"), ["a", "b2"]);
    }
}
