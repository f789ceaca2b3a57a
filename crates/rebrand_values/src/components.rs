//! Splits a value into its top-level space-separated components, keeping each one's offsets.

/// One top-level component of a value, with its byte offsets inside the value text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Component<'a> {
    /// The component's text.
    pub text: &'a str,
    /// Offset of its first byte in the value text.
    pub start: usize,
    /// Offset one past its last byte in the value text.
    pub end: usize,
}

/// Each whitespace-separated word of `text` with its byte offset (any Unicode whitespace, so
/// offsets stay right after wide spaces).
#[must_use]
pub fn words_with_offsets(text: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut start = None;
    for (index, character) in text.char_indices() {
        match (character.is_whitespace(), start) {
            (true, Some(begin)) => {
                words.push((begin, &text[begin..index]));
                start = None;
            }
            (false, None) => start = Some(index),
            _ => {}
        }
    }
    if let Some(begin) = start {
        words.push((begin, &text[begin..]));
    }
    words
}

/// Splits at whitespace outside parentheses, brackets, quotes and `#{…}`/`${…}` interpolation.
/// Returns `None` if the value is a comma-separated list at top level (such as a font stack or
/// several shadows), which is not a sequence of components.
#[must_use]
pub fn split_components(value: &str) -> Option<Vec<Component<'_>>> {
    let mut components = Vec::new();
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    let mut start: Option<usize> = None;
    let bytes = value.as_bytes();
    for (index, &byte) in bytes.iter().enumerate() {
        if let Some(open) = quote {
            if byte == open && bytes.get(index.wrapping_sub(1)) != Some(&b'\\') {
                quote = None;
            }
            continue;
        }
        match byte {
            b'"' | b'\'' => {
                quote = Some(byte);
                start.get_or_insert(index);
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                start.get_or_insert(index);
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                start.get_or_insert(index);
            }
            b',' if depth == 0 => return None,
            byte if byte.is_ascii_whitespace() && depth == 0 => {
                if let Some(begin) = start.take() {
                    components.push(Component {
                        text: &value[begin..index],
                        start: begin,
                        end: index,
                    });
                }
            }
            _ => {
                start.get_or_insert(index);
            }
        }
    }
    if let Some(begin) = start {
        components.push(Component {
            text: &value[begin..],
            start: begin,
            end: value.len(),
        });
    }
    Some(components)
}

#[cfg(test)]
mod tests {
    use super::{split_components, words_with_offsets};

    #[test]
    fn offsets_survive_wide_whitespace() {
        assert_eq!(
            words_with_offsets(" px-4\u{a0}md:py-2\n"),
            [(1, "px-4"), (7, "md:py-2")]
        );
    }

    #[test]
    fn functions_stay_whole() {
        let parts = split_components("1px solid rgb(0 0 0 / 50%)").unwrap();
        let texts: Vec<_> = parts.iter().map(|part| part.text).collect();
        assert_eq!(texts, ["1px", "solid", "rgb(0 0 0 / 50%)"]);
        assert_eq!((parts[2].start, parts[2].end), (10, 26));
    }

    #[test]
    fn top_level_lists_are_not_components() {
        assert!(split_components("Inter, sans-serif").is_none());
        assert_eq!(split_components("rgb(1, 2, 3)").unwrap().len(), 1);
    }
}
