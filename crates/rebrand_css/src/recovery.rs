//! Statement-level error recovery: a statement the grammar cannot read is blanked out and the
//! text parsed again, so one bad statement costs that statement and nothing around it.
//!
//! tree-sitter's own recovery keeps going after an error, but it decides alone how much to skip:
//! an unknown at-rule could swallow the next rule's block, and declarations after the error
//! could end up under the wrong selector. Here the first error's enclosing statement — found by a
//! lexical scan that knows strings, comments, parentheses and interpolation — is replaced by
//! spaces (newlines kept, so every offset and line stays where it was) and the tree is re-parsed
//! incrementally. The facts are then read from a tree that is whole everywhere else.

use tree_sitter::{InputEdit, Node, Point, Tree};

use crate::lexical::{line_end, matching_brace, skip_trivia};

/// Statements blanked per text at most; past that the rest is left to tree-sitter's recovery.
const MAX_SKIPPED: usize = 32;

/// The outcome of recovery: the text as parsed (with skipped statements blanked), its tree, and
/// the statements that were skipped, in the order of the text.
pub(crate) struct Recovered {
    pub text: String,
    pub tree: Tree,
    pub skipped: Vec<Skipped>,
}

/// One skipped statement: its byte range and its text with whitespace collapsed, as it was when
/// skipped (a statement skipped later may contain one skipped earlier, which then is dropped).
pub(crate) struct Skipped {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// Blanks the statement around each error of `tree` until the text parses cleanly, or nothing
/// more can be blanked. `reparse` parses a text again, given its edited old tree.
pub(crate) fn recover(
    text: &str,
    mut tree: Tree,
    mut reparse: impl FnMut(&str, &Tree) -> Option<Tree>,
) -> Recovered {
    let mut text = text.to_owned();
    let mut skipped: Vec<Skipped> = Vec::new();
    let mut attempts = 0;
    while tree.root_node().has_error() && attempts < MAX_SKIPPED {
        attempts += 1;
        let Some(error_start) = first_error(tree.root_node()) else {
            break;
        };
        let (start, end) = statement_around(&text, error_start);
        let statement_text = text[start..end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if !blank(&mut text, start, end) {
            break;
        }
        skipped.retain(|earlier| earlier.start < start || earlier.end > end);
        skipped.push(Skipped {
            start,
            end,
            text: statement_text,
        });
        let start_position = point_at(&text, start);
        let end_position = point_at(&text, end);
        tree.edit(&InputEdit {
            start_byte: start,
            old_end_byte: end,
            new_end_byte: end,
            start_position,
            old_end_position: end_position,
            new_end_position: end_position,
        });
        match reparse(&text, &tree) {
            Some(new_tree) => tree = new_tree,
            None => break,
        }
    }
    skipped.sort_by_key(|statement| statement.start);
    Recovered {
        text,
        tree,
        skipped,
    }
}

/// Where the first `ERROR` node in document order starts, descending only into subtrees that
/// have one. Missing nodes are not errors here: tree-sitter inserts them (a `}` at the end of a
/// file, a `;`) and reads everything around them.
fn first_error(root: Node<'_>) -> Option<usize> {
    let mut cursor = root.walk();
    loop {
        let node = cursor.node();
        if node.is_error() {
            return Some(node.start_byte());
        }
        if node.has_error() && cursor.goto_first_child() {
            continue;
        }
        while !cursor.goto_next_sibling() {
            if !cursor.goto_parent() {
                return None;
            }
        }
    }
}

/// Replaces `text[start..end]` by spaces, newlines kept; whether anything but whitespace was
/// replaced.
fn blank(text: &mut String, start: usize, end: usize) -> bool {
    let Some(slice) = text.get(start..end) else {
        return false;
    };
    if slice.chars().all(char::is_whitespace) {
        return false;
    }
    let blanked: String = slice
        .chars()
        .flat_map(|character| {
            let width = if matches!(character, '\n' | '\r') {
                0
            } else {
                character.len_utf8()
            };
            std::iter::repeat_n(' ', width)
                .chain((width == 0).then_some(character))
                .collect::<Vec<_>>()
        })
        .collect();
    text.replace_range(start..end, &blanked);
    true
}

fn point_at(text: &str, offset: usize) -> Point {
    let before = &text.as_bytes()[..offset];
    let row = memchr::memchr_iter(b'\n', before).count();
    let column = before
        .iter()
        .rposition(|byte| *byte == b'\n')
        .map_or(offset, |newline| offset - newline - 1);
    Point { row, column }
}

/// The statement of `text` that contains byte `position`: from the end of the previous statement
/// at the same depth (after `;`, `{` or `}`) to its own `;`, to the `}` that closes its block, or
/// to the `}` that closes the block it stands in. A `}` with nothing before it in its statement
/// is a stray one and is the statement itself.
pub(crate) fn statement_around(text: &str, position: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let mut starts: Vec<usize> = Vec::new();
    let mut start = 0;
    let mut parentheses = 0usize;
    // A `;` inside parentheses ends no statement (`url(data:a;b)`), unless the parentheses never
    // close before the block does: then the first such `;` ends it.
    let mut hidden_semicolon = None;
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        if matches!(byte, b'{' | b'}') && parentheses > 0 {
            if let Some(semicolon) = hidden_semicolon {
                if (start..=semicolon).contains(&position) {
                    return (start, semicolon + 1);
                }
                start = semicolon + 1;
            }
        }
        if let Some(next) = skip_trivia(bytes, index) {
            index = next;
            continue;
        }
        match byte {
            b'/' if bytes.get(index + 1) == Some(&b'/') && parentheses == 0 => {
                index = line_end(bytes, index);
                continue;
            }
            b'#' if bytes.get(index + 1) == Some(&b'{') => {
                index = matching_brace(bytes, index + 1).map_or(bytes.len(), |end| end + 1);
                continue;
            }
            b'(' => parentheses += 1,
            b')' => parentheses = parentheses.saturating_sub(1),
            b';' if parentheses > 0 => {
                hidden_semicolon.get_or_insert(index);
            }
            b';' => {
                if (start..=index).contains(&position) {
                    return (start, index + 1);
                }
                start = index + 1;
                hidden_semicolon = None;
            }
            b'{' => {
                parentheses = 0;
                hidden_semicolon = None;
                if (start..=index).contains(&position) {
                    let end = matching_brace(bytes, index).map_or(bytes.len(), |end| end + 1);
                    return (start, end);
                }
                starts.push(start);
                start = index + 1;
            }
            b'}' => {
                parentheses = 0;
                hidden_semicolon = None;
                if (start..index).contains(&position) {
                    return (start, index);
                }
                if position == index {
                    return (index, index + 1);
                }
                starts.pop();
                start = index + 1;
            }
            _ => {}
        }
        index += 1;
    }
    (start.min(position), bytes.len())
}

#[cfg(test)]
mod tests {
    use super::statement_around;

    fn around<'a>(text: &'a str, marker: &str) -> &'a str {
        let position = text.find(marker).unwrap();
        let (start, end) = statement_around(text, position);
        &text[start..end]
    }

    #[test]
    fn a_declaration_is_its_own_statement() {
        let text = ".a { color: red; ^^ bad; margin: 0 }";
        assert_eq!(around(text, "^^"), " ^^ bad;");
        assert_eq!(around(text, "margin"), " margin: 0 ");
    }

    #[test]
    fn an_error_in_a_prelude_takes_the_rule_and_its_block() {
        let text = "a {}\n@weird x(1;2) { b { c: d } }\n.e { f: g }";
        assert_eq!(around(text, "weird"), "\n@weird x(1;2) { b { c: d } }");
    }

    #[test]
    fn strings_comments_and_interpolation_hide_their_delimiters() {
        let text = ".a { content: \"};{\"; /* ; } */ width: #{$a + 1}px; x: y }";
        assert_eq!(around(text, "width"), " /* ; } */ width: #{$a + 1}px;");
        assert_eq!(around(text, "x: y"), " x: y ");
    }

    #[test]
    fn unclosed_parentheses_end_at_their_first_semicolon() {
        let text = ".a { b: c; width: calc(1px + (2px; margin: 0 }";
        assert_eq!(around(text, "width"), " width: calc(1px + (2px;");
        assert_eq!(around(text, "margin"), " margin: 0 ");
    }

    #[test]
    fn a_stray_closing_brace_is_a_statement() {
        let text = ".a { b: c; }\n}\n.d { e: f }";
        let position = text.find("}\n.d").unwrap();
        assert_eq!(statement_around(text, position), (position, position + 1));
    }
}
