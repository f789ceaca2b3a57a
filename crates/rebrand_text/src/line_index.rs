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
    /// For each character of more than one byte, in order: its start offset and the bytes all
    /// such characters up to and including it have beyond their UTF-16 length. Empty for ASCII
    /// text. A UTF-16 column is then the byte column less a difference of two table lookups, so a
    /// minified file's single line of megabytes costs a binary search per position, not a scan.
    wide_characters: Vec<(u32, u32)>,
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
        let mut wide_characters = Vec::new();
        if !text.is_ascii() {
            let mut excess = 0;
            for (offset, character) in text.char_indices() {
                if !character.is_ascii() {
                    excess += (character.len_utf8() - character.len_utf16()) as u32;
                    wide_characters.push((offset as u32, excess));
                }
            }
        }
        Self {
            line_starts,
            wide_characters,
        }
    }

    /// The bytes beyond their UTF-16 length of the characters that start before `offset`.
    fn excess_before(&self, offset: u32) -> u32 {
        let count = self
            .wide_characters
            .partition_point(|(start, _)| *start < offset);
        count
            .checked_sub(1)
            .map_or(0, |last| self.wide_characters[last].1)
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
        let column_utf16 = if self.wide_characters.is_empty() {
            offset - line_start
        } else {
            let mut prefix_end = offset as usize;
            while !text.is_char_boundary(prefix_end) {
                prefix_end -= 1;
            }
            let prefix_end = prefix_end as u32;
            (prefix_end - line_start)
                - (self.excess_before(prefix_end) - self.excess_before(line_start))
        };
        LineColumn {
            line: line_index as u32 + 1,
            column: offset - line_start,
            column_utf16,
        }
    }

    /// The length in bytes of the longest line (line ends included) of a text of `text_len` bytes,
    /// the text this index was built from: one pass over the line starts, not the text.
    #[must_use]
    pub fn longest_line(&self, text_len: u32) -> u32 {
        self.line_starts
            .windows(2)
            .map(|pair| pair[1] - pair[0])
            .chain(self.line_starts.last().map(|last| text_len - last))
            .max()
            .unwrap_or(0)
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

    #[test]
    fn utf16_columns_agree_with_counting_at_every_offset() {
        let text = "a é\n🎨ü x\r\n中文 ok\n\nplain 🎨🎨 end";
        let index = LineIndex::new(text);
        for offset in 0..=text.len() as u32 {
            let position = index.line_column(text, offset);
            let line_start = index.line_start(position.line).expect("a line") as usize;
            let mut prefix_end = offset as usize;
            while !text.is_char_boundary(prefix_end) {
                prefix_end -= 1;
            }
            let counted = text[line_start..prefix_end].encode_utf16().count() as u32;
            assert_eq!(position.column_utf16, counted, "offset {offset}");
        }
    }

    #[test]
    fn the_longest_line_is_measured_from_the_line_starts() {
        let text = "ab\nabcdef\nabc";
        assert_eq!(LineIndex::new(text).longest_line(text.len() as u32), 7);
        assert_eq!(LineIndex::new("").longest_line(0), 0);
    }
}
