//! Byte ranges into source text and the line index that turns them into lines and columns.
//!
//! Every fact rebrand records points at its source through a [`TextRange`] of byte offsets into the
//! file's text exactly as read (BOM and CRLF included), so that a diagnostic can underline it and an
//! edit can replace it. Lines and columns are derived on demand by [`LineIndex`]; columns are given in
//! UTF-8 bytes for terminals and UTF-16 code units for editors. [`StableHasher`] gives the ids and
//! fingerprints people store a hash that never changes between runs.
//!
//! Invariant: a `TextRange` always satisfies `start <= end`. This crate is an API boundary: every other
//! crate speaks in these types.

mod line_index;
mod stable_hash;

pub use line_index::{LineColumn, LineIndex};
pub use stable_hash::StableHasher;

use serde::{Deserialize, Serialize};

/// A half-open range `[start, end)` of byte offsets into one file's text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub struct TextRange {
    /// Offset of the first byte.
    pub start: u32,
    /// Offset one past the last byte.
    pub end: u32,
}

impl TextRange {
    /// Builds a range; `start` and `end` are swapped into order if given reversed.
    #[must_use]
    pub fn new(start: u32, end: u32) -> Self {
        if start <= end {
            Self { start, end }
        } else {
            Self {
                start: end,
                end: start,
            }
        }
    }

    /// Builds a range from `usize` offsets, as produced by string slicing.
    #[must_use]
    pub fn from_usize(start: usize, end: usize) -> Self {
        Self::new(start as u32, end as u32)
    }

    /// An empty range at `offset`.
    #[must_use]
    pub fn empty(offset: u32) -> Self {
        Self {
            start: offset,
            end: offset,
        }
    }

    /// Length in bytes.
    #[must_use]
    pub fn len(self) -> u32 {
        self.end - self.start
    }

    /// Whether the range covers no byte.
    #[must_use]
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The range moved right by `delta` bytes, for mapping a sub-document back into its file.
    #[must_use]
    pub fn shifted(self, delta: u32) -> Self {
        Self {
            start: self.start + delta,
            end: self.end + delta,
        }
    }

    /// Whether `other` lies entirely inside `self`.
    #[must_use]
    pub fn contains_range(self, other: Self) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The range as `usize` bounds, for slicing.
    #[must_use]
    pub fn as_usize_range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The text the range covers, or `None` when it is out of bounds or splits a UTF-8 character.
    #[must_use]
    pub fn slice(self, text: &str) -> Option<&str> {
        text.get(self.as_usize_range())
    }
}

#[cfg(test)]
mod tests {
    use super::TextRange;

    #[test]
    fn reversed_bounds_are_ordered() {
        assert_eq!(TextRange::new(5, 2), TextRange::new(2, 5));
    }

    #[test]
    fn slicing_refuses_a_split_character() {
        let text = "a→b";
        assert_eq!(TextRange::new(1, 4).slice(text), Some("→"));
        assert_eq!(TextRange::new(1, 2).slice(text), None);
    }
}
