//! Converts byte offsets to one-based lines and zero-based columns (UTF-8 bytes and UTF-16 units).

use serde::{Deserialize, Serialize};

/// A position as people and editors count it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineColumn {
    /// One-based line number.
    pub line: u32,
    /// Zero-based column in UTF-8 bytes from the start of the line.
    pub column: u32,
    /// Zero-based column in UTF-16 code units, as the Language Server Protocol counts.
    pub column_utf16: u32,
}

/// The start offset of every line of one text. `\n` ends a line; a preceding `\r` belongs to the
/// line it ends, so CRLF files index the same as LF files.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<u32>,
    /// Whether the text is all ASCII, where UTF-16 columns equal byte columns and need no
    /// counting (a minified file's single line can be megabytes long).
    ascii: bool,
}

impl LineIndex {
    /// Indexes `text` in one pass.
    #[must_use]
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(
            memchr_newlines(text.as_bytes())
                .into_iter()
                .map(|offset| offset + 1),
        );
        Self {
            line_starts,
            ascii: text.is_ascii(),
        }
    }

    /// Number of lines (a text with no newline has one).
    #[must_use]
    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }

    /// The line and columns of `offset` in `text` (the text this index was built from). Offsets past
    /// the end clamp to the end; offsets inside a UTF-8 character count the character as started.
    #[must_use]
    pub fn line_column(&self, text: &str, offset: u32) -> LineColumn {
        let offset = offset.min(text.len() as u32);
        let line_index = match self.line_starts.binary_search(&offset) {
            Ok(exact) => exact,
            Err(next) => next - 1,
        };
        let line_start = self.line_starts[line_index];
        let column_utf16 = if self.ascii {
            offset - line_start
        } else {
            let mut prefix_end = offset as usize;
            while !text.is_char_boundary(prefix_end) {
                prefix_end -= 1;
            }
            text[line_start as usize..prefix_end].encode_utf16().count() as u32
        };
        LineColumn {
            line: line_index as u32 + 1,
            column: offset - line_start,
            column_utf16,
        }
    }

    /// The byte offset at which one-based `line` starts, if the text has that line.
    #[must_use]
    pub fn line_start(&self, line: u32) -> Option<u32> {
        let index = usize::try_from(line.checked_sub(1)?).ok()?;
        self.line_starts.get(index).copied()
    }
}

fn memchr_newlines(bytes: &[u8]) -> Vec<u32> {
    bytes
        .iter()
        .enumerate()
        .filter(|(_, byte)| **byte == b'\n')
        .map(|(offset, _)| offset as u32)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    #[test]
    fn crlf_lines_start_after_the_newline() {
        let text = "a\r\nbc\r\nd";
        let index = LineIndex::new(text);
        assert_eq!(index.line_count(), 3);
        let position = index.line_column(text, 4);
        assert_eq!((position.line, position.column), (2, 1));
    }

    #[test]
    fn utf16_columns_count_surrogate_pairs() {
        let text = "x🎨y";
        let index = LineIndex::new(text);
        let after_emoji = index.line_column(text, 5);
        assert_eq!(after_emoji.column, 5);
        assert_eq!(after_emoji.column_utf16, 3);
    }
}
