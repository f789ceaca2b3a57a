//! Selector structure for linking: compounds, the subject's classes and tag, and specificity.

/// One compound selector (`li.item:hover`), split into what linking needs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Compound {
    /// The type selector, if any (`li`).
    pub tag: Option<String>,
    /// Class names (`item`), outside `:not(…)`.
    pub classes: Vec<String>,
    /// Whether it has an id, a universal or another part that linking does not model.
    pub has_id: bool,
    /// The compound as written.
    pub text: String,
}

pub use rebrand_values::split_selector_list as split_list;

/// The compounds of one selector, outermost first (combinators dropped).
#[must_use]
pub fn compounds(selector: &str) -> Vec<Compound> {
    let mut compounds = Vec::new();
    let mut depth = 0usize;
    let mut current = String::new();
    for character in selector.chars() {
        match character {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            ' ' | '>' | '+' | '~' if depth == 0 => {
                if !current.is_empty() {
                    compounds.push(parse_compound(&current));
                    current.clear();
                }
                continue;
            }
            _ => {}
        }
        current.push(character);
    }
    if !current.is_empty() {
        compounds.push(parse_compound(&current));
    }
    compounds
}

fn name_end(text: &str) -> usize {
    text.find(|character: char| {
        !(character.is_alphanumeric() || character == '-' || character == '_' || character == '\\')
    })
    .unwrap_or(text.len())
}

fn parse_compound(text: &str) -> Compound {
    let mut compound = Compound {
        text: text.to_owned(),
        ..Compound::default()
    };
    let bytes = text.as_bytes();
    let mut index = 0;
    let tag_end = name_end(text);
    if tag_end > 0 {
        compound.tag = Some(text[..tag_end].to_ascii_lowercase());
        index = tag_end;
    }
    while index < bytes.len() {
        match bytes[index] {
            b'.' => {
                let end = index + 1 + name_end(&text[index + 1..]);
                compound.classes.push(text[index + 1..end].to_owned());
                index = end;
            }
            b'#' => {
                compound.has_id = true;
                index += 1;
            }
            b'(' | b'[' => index = skip_group(bytes, index),
            _ => index += 1,
        }
    }
    compound
}

/// The index after the bracket group that opens at `start`.
fn skip_group(bytes: &[u8], start: usize) -> usize {
    let mut depth = 0usize;
    for (index, byte) in bytes.iter().enumerate().skip(start) {
        match byte {
            b'(' | b'[' => depth += 1,
            b')' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return index + 1;
                }
            }
            _ => {}
        }
    }
    bytes.len()
}

/// CSS specificity `(ids, classes, types)` of one selector. `:not()`, `:is()` and `:has()` count
/// their most specific argument, `:where()` counts nothing, as Selectors 4 says.
#[must_use]
pub fn specificity(selector: &str) -> (u32, u32, u32) {
    let bytes = selector.as_bytes();
    let (mut ids, mut classes, mut types) = (0, 0, 0);
    let mut index = 0;
    let mut at_compound_start = true;
    while index < bytes.len() {
        let byte = bytes[index];
        match byte {
            b'#' => {
                ids += 1;
                index += 1 + name_end(&selector[index + 1..]);
            }
            b'.' => {
                classes += 1;
                index += 1 + name_end(&selector[index + 1..]);
            }
            b'[' => {
                classes += 1;
                index = skip_group(bytes, index);
            }
            b':' if bytes.get(index + 1) == Some(&b':') => {
                types += 1;
                index += 2 + name_end(&selector[index + 2..]);
                if bytes.get(index) == Some(&b'(') {
                    index = skip_group(bytes, index);
                }
            }
            b':' => {
                let end = index + 1 + name_end(&selector[index + 1..]);
                let name = selector[index + 1..end].to_ascii_lowercase();
                index = end;
                if bytes.get(index) == Some(&b'(') {
                    let close = skip_group(bytes, index);
                    let inner = &selector[index + 1..close.saturating_sub(1)];
                    index = close;
                    match name.as_str() {
                        "where" => {}
                        "not" | "is" | "has" | "matches" => {
                            let best = split_list(inner)
                                .into_iter()
                                .map(specificity)
                                .max()
                                .unwrap_or_default();
                            ids += best.0;
                            classes += best.1;
                            types += best.2;
                        }
                        _ => classes += 1,
                    }
                } else {
                    classes += 1;
                }
            }
            b' ' | b'>' | b'+' | b'~' | b'*' | b'&' => {
                at_compound_start = byte != b'*';
                index += 1;
                continue;
            }
            _ if at_compound_start && (byte.is_ascii_alphabetic() || byte == b'_') => {
                types += 1;
                index += name_end(&selector[index..]).max(1);
            }
            _ => index += 1,
        }
        at_compound_start = false;
    }
    (ids, classes, types)
}

#[cfg(test)]
mod tests {
    use super::{compounds, specificity, split_list};

    #[test]
    fn specificity_follows_selectors_level_4() {
        assert_eq!(specificity("li.item:hover"), (0, 2, 1));
        assert_eq!(specificity("#main .list > li"), (1, 1, 1));
        assert_eq!(specificity(".a:not(.b, #c)"), (1, 1, 0));
        assert_eq!(specificity(":where(.a) .b"), (0, 1, 0));
        assert_eq!(specificity("a::before"), (0, 0, 2));
        assert_eq!(specificity(".a[aria-selected=\"true\"]"), (0, 2, 0));
    }

    #[test]
    fn compounds_keep_classes_and_tags() {
        let parts = compounds(".list > li.item:not(.done):hover");
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[1].tag.as_deref(), Some("li"));
        assert_eq!(parts[1].classes, ["item"]);
        assert_eq!(split_list(".a, :is(.b, .c)"), [".a", ":is(.b, .c)"]);
    }
}
