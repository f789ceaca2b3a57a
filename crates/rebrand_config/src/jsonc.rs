//! JSONC to JSON without moving a byte: comments and trailing commas become spaces.
//!
//! Keeping every offset lets `serde_json`'s error positions point into the file the user wrote.

/// Replaces `//` and `/* */` comments and trailing commas with spaces (newlines are kept, so
/// line numbers stay right). Strings are copied untouched.
#[must_use]
pub fn blank_jsonc(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = bytes.to_vec();
    let mut index = 0;
    // The position of the last comma outside a string, while only whitespace and comments follow.
    let mut pending_comma: Option<usize> = None;
    while index < bytes.len() {
        match bytes[index] {
            b'"' => {
                pending_comma = None;
                index += 1;
                while index < bytes.len() && bytes[index] != b'"' {
                    index += if bytes[index] == b'\\' { 2 } else { 1 };
                }
                index += 1;
            }
            b'/' if bytes.get(index + 1) == Some(&b'/') => {
                while index < bytes.len() && bytes[index] != b'\n' {
                    out[index] = b' ';
                    index += 1;
                }
            }
            b'/' if bytes.get(index + 1) == Some(&b'*') => {
                let end = text[index + 2..]
                    .find("*/")
                    .map_or(bytes.len(), |found| index + 2 + found + 2);
                for byte in &mut out[index..end] {
                    if *byte != b'\n' {
                        *byte = b' ';
                    }
                }
                index = end;
            }
            b',' => {
                pending_comma = Some(index);
                index += 1;
            }
            b'}' | b']' => {
                if let Some(comma) = pending_comma.take() {
                    out[comma] = b' ';
                }
                index += 1;
            }
            byte if byte.is_ascii_whitespace() => index += 1,
            _ => {
                pending_comma = None;
                index += 1;
            }
        }
    }
    // Only ASCII bytes outside strings were replaced by ASCII spaces, so the text is still UTF-8.
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::blank_jsonc;

    #[test]
    fn comments_and_trailing_commas_become_spaces_of_the_same_length() {
        let text = "{\n  // a comment\n  \"a\": [1, 2,], /* b */ \"url\": \"http://x\",\n}";
        let blanked = blank_jsonc(text);
        assert_eq!(blanked.len(), text.len());
        let value: serde_json::Value = serde_json::from_str(&blanked).expect("valid JSON");
        assert_eq!(value["a"], serde_json::json!([1, 2]));
        assert_eq!(value["url"], "http://x");
        assert_eq!(blanked.lines().count(), text.lines().count());
    }
}
