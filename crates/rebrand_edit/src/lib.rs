//! The one edit engine of rebrand: lint fixes and `rebrand apply` both change files only through
//! byte-range edits on the text that was read, never by reprinting a file; and both write a value
//! into a declaration's own syntax the same way ([`value_edit`]).
//!
//! Invariant: [`apply_edits`] either applies every edit of a file or none; overlapping edits are
//! rejected, not merged or reordered silently. This crate does no I/O (the CLI reads, re-parses
//! and writes atomically). It is an API boundary shared by the lint and rewrite layers.

mod written;

use std::fmt;

use rebrand_text::TextRange;
use serde::Serialize;

pub use written::{
    follows_a_quote, is_css_text, is_js_object, is_quoted_js_value, js_string_literal,
    js_value_edit, tailwind_arbitrary_value, value_edit,
};

/// Replace `range` of the original text with `replacement` (an empty range inserts).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Edit {
    /// The bytes replaced, in the original text.
    pub range: TextRange,
    /// What replaces them.
    pub replacement: String,
}

impl Edit {
    /// An edit replacing `range` with `replacement`.
    #[must_use]
    pub fn replace(range: TextRange, replacement: impl Into<String>) -> Self {
        Self {
            range,
            replacement: replacement.into(),
        }
    }
}

/// Two edits that touch the same bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overlap {
    /// The earlier edit.
    pub first: Edit,
    /// The edit that overlaps it.
    pub second: Edit,
}

impl fmt::Display for Overlap {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            formatter,
            "edits overlap: bytes {}..{} (→ `{}`) and {}..{} (→ `{}`)",
            self.first.range.start,
            self.first.range.end,
            self.first.replacement,
            self.second.range.start,
            self.second.range.end,
            self.second.replacement
        )
    }
}

/// Why a set of edits could not be applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// Two edits touch the same bytes.
    Overlap(Overlap),
    /// An edit reaches past the end of the text or splits a character.
    OutOfBounds(Edit),
}

impl fmt::Display for EditError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Overlap(overlap) => overlap.fmt(formatter),
            Self::OutOfBounds(edit) => write!(
                formatter,
                "edit {}..{} is outside the text or splits a character",
                edit.range.start, edit.range.end
            ),
        }
    }
}

/// Sorts edits, drops exact duplicates (two fixes making the same change) and rejects overlaps:
/// two edits overlap when their ranges share a byte, or both insert at the same offset.
pub fn normalise_edits(mut edits: Vec<Edit>) -> Result<Vec<Edit>, Overlap> {
    edits.sort();
    edits.dedup();
    for pair in edits.windows(2) {
        let (first, second) = (&pair[0], &pair[1]);
        let same_insertion_point = first.range.is_empty()
            && second.range.is_empty()
            && first.range.start == second.range.start;
        if second.range.start < first.range.end || same_insertion_point {
            return Err(Overlap {
                first: first.clone(),
                second: second.clone(),
            });
        }
    }
    Ok(edits)
}

/// Applies every edit to `text`, or none.
pub fn apply_edits(text: &str, edits: Vec<Edit>) -> Result<String, EditError> {
    let edits = normalise_edits(edits).map_err(EditError::Overlap)?;
    let mut out = String::with_capacity(text.len());
    let mut cursor = 0usize;
    for edit in edits {
        let range = edit.range.as_usize_range();
        if range.end > text.len()
            || !text.is_char_boundary(range.start)
            || !text.is_char_boundary(range.end)
        {
            return Err(EditError::OutOfBounds(edit));
        }
        out.push_str(&text[cursor..range.start]);
        out.push_str(&edit.replacement);
        cursor = range.end;
    }
    out.push_str(&text[cursor..]);
    Ok(out)
}

/// A unified diff (`--- a/path`, `+++ b/path`, three lines of context) of a file's change; empty
/// when nothing changed.
#[must_use]
pub fn unified_diff(path: &str, before: &str, after: &str) -> String {
    if before == after {
        return String::new();
    }
    similar::TextDiff::from_lines(before, after)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(start: u32, end: u32, replacement: &str) -> Edit {
        Edit::replace(TextRange::new(start, end), replacement)
    }

    #[test]
    fn edits_apply_in_offset_order_whatever_order_they_come_in() {
        let text = "color: #fff; background: #000;";
        let edits = vec![edit(25, 29, "var(--bg)"), edit(7, 11, "var(--fg)")];
        assert_eq!(
            apply_edits(text, edits).as_deref(),
            Ok("color: var(--fg); background: var(--bg);")
        );
    }

    #[test]
    fn overlapping_edits_are_rejected_and_nothing_is_applied() {
        let error =
            apply_edits("abcdef", vec![edit(1, 4, "x"), edit(3, 5, "y")]).expect_err("overlap");
        assert!(matches!(error, EditError::Overlap(_)));
        assert!(error.to_string().contains("1..4"), "{error}");
    }

    #[test]
    fn two_insertions_at_one_offset_are_an_overlap_but_duplicates_are_one_edit() {
        assert!(apply_edits("ab", vec![edit(1, 1, "x"), edit(1, 1, "y")]).is_err());
        assert_eq!(
            apply_edits("ab", vec![edit(1, 1, "x"), edit(1, 1, "x")]).as_deref(),
            Ok("axb")
        );
    }

    #[test]
    fn adjacent_edits_do_not_overlap() {
        assert_eq!(
            apply_edits("abcd", vec![edit(0, 2, "x"), edit(2, 4, "y")]).as_deref(),
            Ok("xy")
        );
    }

    #[test]
    fn an_edit_past_the_end_or_inside_a_character_is_rejected() {
        assert!(matches!(
            apply_edits("ab", vec![edit(1, 5, "x")]),
            Err(EditError::OutOfBounds(_))
        ));
        assert!(matches!(
            apply_edits("é", vec![edit(1, 2, "x")]),
            Err(EditError::OutOfBounds(_))
        ));
    }

    #[test]
    fn the_diff_names_the_file_and_shows_the_changed_line() {
        let diff = unified_diff(
            "src/a.css",
            "a {\n  color: red;\n}\n",
            "a {\n  color: blue;\n}\n",
        );
        assert!(
            diff.starts_with("--- a/src/a.css\n+++ b/src/a.css\n"),
            "{diff}"
        );
        assert!(diff.contains("-  color: red;\n+  color: blue;\n"), "{diff}");
        assert_eq!(unified_diff("x", "same", "same"), "");
    }
}
