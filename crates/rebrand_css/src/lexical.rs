//! Byte-level scanning of CSS-like text that only needs to know what hides delimiters: comments,
//! strings and escapes. Recovery and the template pre-pass both walk text this way before (or
//! instead of) a parse.

/// Where scanning continues when `bytes[index]` opens a `/* … */` comment, a string or an escape:
/// one past its end (a string ends at its closing quote or before its line's end). `None` when
/// nothing opens there.
pub(crate) fn skip_trivia(bytes: &[u8], index: usize) -> Option<usize> {
    match bytes[index] {
        b'/' if bytes.get(index + 1) == Some(&b'*') => Some(
            memchr::memmem::find(&bytes[index + 2..], b"*/")
                .map_or(bytes.len(), |end| index + 2 + end + 2),
        ),
        b'"' | b'\'' => Some(string_end(bytes, index)),
        b'\\' => Some((index + 2).min(bytes.len())),
        _ => None,
    }
}

/// One past the closing quote of the string opening at `open`, or its line's end.
fn string_end(bytes: &[u8], open: usize) -> usize {
    let quote = bytes[open];
    let mut index = open + 1;
    while index < bytes.len() {
        match bytes[index] {
            b'\\' => index += 2,
            b'\n' => return index,
            found if found == quote => return index + 1,
            _ => index += 1,
        }
    }
    bytes.len()
}

/// The start of the line after `from` (its `\n`), or the end of the text.
pub(crate) fn line_end(bytes: &[u8], from: usize) -> usize {
    memchr::memchr(b'\n', &bytes[from..]).map_or(bytes.len(), |found| from + found)
}

/// The `}` matching the `{` at `open`, skipping comments and strings.
pub(crate) fn matching_brace(bytes: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut index = open;
    while index < bytes.len() {
        if let Some(next) = skip_trivia(bytes, index) {
            index = next;
            continue;
        }
        match bytes[index] {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(index);
                }
            }
            _ => {}
        }
        index += 1;
    }
    None
}
