//! `rebrand-ignore-next-line <rule>: <reason>` and `rebrand-ignore-file <rule>: <reason>`
//! comments, in CSS, SCSS and JS/TS (`//`, `/* */`, and `{/* */}` in JSX).

use rebrand_edit::Edit;
use rebrand_text::{LineIndex, TextRange};

/// What a suppression comment covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// The line after the comment (one-based).
    Line(u32),
    /// The whole file.
    File,
}

/// One suppression comment.
#[derive(Debug, Clone)]
pub(crate) struct Suppression {
    pub scope: Scope,
    /// The rules it names; empty for every rule.
    pub rules: Vec<String>,
    /// The directive and its rules, for messages.
    pub range: TextRange,
    /// The edit deleting the comment's line, when the comment is alone on it.
    pub removal: Option<Edit>,
    pub used: bool,
}

impl Suppression {
    pub fn covers(&self, rule: &str, line: u32) -> bool {
        let in_scope = match self.scope {
            Scope::Line(target) => target == line,
            Scope::File => true,
        };
        in_scope && (self.rules.is_empty() || self.rules.iter().any(|name| name == rule))
    }
}

const DIRECTIVE: &str = "rebrand-ignore-";

/// Every suppression comment in a file's text.
pub(crate) fn scan(text: &str, lines: &LineIndex) -> Vec<Suppression> {
    let mut found = Vec::new();
    let mut rest = 0;
    while let Some(offset) = text[rest..].find(DIRECTIVE) {
        let start = rest + offset;
        rest = start + DIRECTIVE.len();
        let line_start = text[..start].rfind('\n').map_or(0, |newline| newline + 1);
        let before = &text[line_start..start];
        let Some(opener) = before.rfind("//").or_else(|| before.rfind("/*")) else {
            continue;
        };
        if !before[opener + 2..].trim().is_empty() {
            continue;
        }
        let after = &text[rest..];
        let scope_word_end = after
            .find(|character: char| !(character.is_ascii_alphanumeric() || character == '-'))
            .unwrap_or(after.len());
        let line = lines.line_column(text, start as u32).line;
        let scope = match &after[..scope_word_end] {
            "next-line" => Scope::Line(line + 1),
            "file" => Scope::File,
            _ => continue,
        };
        let line_end = text[start..]
            .find('\n')
            .map_or(text.len(), |end| start + end);
        let comment_end = text[start..line_end]
            .find("*/")
            .map_or(line_end, |end| start + end);
        let body = &text[rest + scope_word_end..comment_end];
        let names = body.split(':').next().unwrap_or_default();
        let rules: Vec<String> = names
            .split(|character: char| character == ',' || character.is_whitespace())
            .filter(|name| !name.is_empty())
            .map(str::to_owned)
            .collect();
        let directive_end = rest + scope_word_end + names.trim_end().len();
        found.push(Suppression {
            scope,
            rules,
            range: TextRange::from_usize(start, directive_end),
            removal: removal(text, line_start, line_end, line_start + opener),
            used: false,
        });
    }
    found
}

/// Deletes the comment's whole line when the comment (with JSX braces) is all it holds.
fn removal(text: &str, line_start: usize, line_end: usize, opener: usize) -> Option<Edit> {
    let line = text[line_start..line_end].trim();
    let comment = text[opener..line_end].trim();
    let alone = line == comment || line == format!("{{{comment}");
    let full_line_end = (line_end + 1).min(text.len());
    alone.then(|| Edit::replace(TextRange::from_usize(line_start, full_line_end), ""))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan_text(text: &str) -> Vec<Suppression> {
        scan(text, &LineIndex::new(text))
    }

    #[test]
    fn next_line_comments_in_every_comment_syntax() {
        let text = "/* rebrand-ignore-next-line no-raw-value: legacy */\na{}\n// rebrand-ignore-next-line pattern-drift, no-raw-value: ok\n{/* rebrand-ignore-next-line */}\n";
        let found = scan_text(text);
        assert_eq!(found.len(), 3);
        assert_eq!(found[0].scope, Scope::Line(2));
        assert_eq!(found[0].rules, ["no-raw-value"]);
        assert_eq!(found[1].rules, ["pattern-drift", "no-raw-value"]);
        assert!(found[2].rules.is_empty());
        assert!(found[2].covers("anything", 5));
        assert!(found
            .iter()
            .all(|suppression| suppression.removal.is_some()));
    }

    #[test]
    fn a_file_comment_covers_every_line_and_text_outside_comments_is_ignored() {
        let text = "const s = 'rebrand-ignore-file';\n/* rebrand-ignore-file no-unknown-token: vendored */\n";
        let found = scan_text(text);
        assert_eq!(found.len(), 1);
        assert!(found[0].covers("no-unknown-token", 99));
        assert!(!found[0].covers("no-raw-value", 99));
    }

    #[test]
    fn a_trailing_comment_is_not_removed_with_its_line() {
        let text = "a { color: red; } /* rebrand-ignore-next-line */\n";
        assert!(scan_text(text)[0].removal.is_none());
    }
}
