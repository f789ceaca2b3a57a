//! Suppression comments, in CSS, SCSS, Less and JS/TS (`//`, `/* */`, and `{/* */}` in JSX):
//! `rebrand-ignore-next-line RULE: reason` (the next line), a trailing `rebrand-ignore RULE:
//! reason` (its own line), `rebrand-disable RULE: reason` … `rebrand-enable RULE` (the lines
//! between), and `rebrand-ignore-file RULE: reason` (the whole file).

use rebrand_edit::Edit;
use rebrand_text::{LineIndex, TextRange};

/// What a suppression comment covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// One line (one-based): the one after a `next-line` comment, or a trailing comment's own.
    Line(u32),
    /// The lines from a `disable` comment to its `enable` (the end of the file without one).
    Lines(u32, u32),
    /// The whole file.
    File,
}

/// One suppression comment.
#[derive(Debug, Clone)]
pub(crate) struct Suppression {
    pub scope: Scope,
    /// The rules it names; empty for every rule.
    pub rules: Vec<String>,
    /// Why, as written after the `:`; `None` when nothing is.
    pub reason: Option<String>,
    /// The directive and its rules, for messages.
    pub range: TextRange,
    /// The edits deleting the comment's line (and its `enable`'s) when each is alone on it.
    pub removal: Vec<Edit>,
    pub used: bool,
}

impl Suppression {
    pub fn covers(&self, rule: &str, line: u32) -> bool {
        let in_scope = match self.scope {
            Scope::Line(target) => target == line,
            Scope::Lines(first, last) => (first..=last).contains(&line),
            Scope::File => true,
        };
        in_scope && (self.rules.is_empty() || self.rules.iter().any(|name| name == rule))
    }
}

const DIRECTIVE: &str = "rebrand-";

/// A directive as read, before `enable` comments close the `disable` blocks.
struct Directive {
    word: &'static str,
    line: u32,
    rules: Vec<String>,
    reason: Option<String>,
    range: TextRange,
    removal: Option<Edit>,
}

/// Every suppression comment in a file's text.
pub(crate) fn scan(text: &str, lines: &LineIndex) -> Vec<Suppression> {
    let mut found: Vec<Suppression> = Vec::new();
    // Open `disable` blocks, as indexes into `found`.
    let mut open: Vec<usize> = Vec::new();
    for directive in directives(text, lines) {
        let scope = match directive.word {
            "ignore-next-line" => Scope::Line(directive.line + 1),
            "ignore" => Scope::Line(directive.line),
            "ignore-file" => Scope::File,
            "disable" => Scope::Lines(directive.line, u32::MAX),
            _ => {
                // `enable`: closes the open blocks it names (all of them when it names none).
                open.retain(|&index| {
                    let block = &mut found[index];
                    let closes = directive.rules.is_empty()
                        || block.rules.is_empty()
                        || block
                            .rules
                            .iter()
                            .any(|rule| directive.rules.contains(rule));
                    if closes {
                        if let Scope::Lines(first, _) = block.scope {
                            block.scope = Scope::Lines(first, directive.line);
                        }
                        block.removal.extend(directive.removal.clone());
                    }
                    !closes
                });
                continue;
            }
        };
        if directive.word == "disable" {
            open.push(found.len());
        }
        found.push(Suppression {
            scope,
            rules: directive.rules,
            reason: directive.reason,
            range: directive.range,
            removal: directive.removal.into_iter().collect(),
            used: false,
        });
    }
    found
}

/// The directives of every comment, in order.
fn directives(text: &str, lines: &LineIndex) -> Vec<Directive> {
    const WORDS: [&str; 5] = [
        "ignore-next-line",
        "ignore-file",
        "ignore",
        "disable",
        "enable",
    ];
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
        let word_end = after
            .find(|character: char| !(character.is_ascii_alphanumeric() || character == '-'))
            .unwrap_or(after.len());
        let Some(word) = WORDS.iter().find(|word| **word == &after[..word_end]) else {
            continue;
        };
        let line_end = text[start..]
            .find('\n')
            .map_or(text.len(), |end| start + end);
        let comment_end = text[start..line_end]
            .find("*/")
            .map_or(line_end, |end| start + end);
        let body = &text[rest + word_end..comment_end];
        let (names, reason) = body.split_once(':').unwrap_or((body, ""));
        let reason = reason.trim().trim_end_matches('}').trim();
        let rules: Vec<String> = names
            .split(|character: char| character == ',' || character.is_whitespace())
            .filter(|name| !name.is_empty())
            .map(str::to_owned)
            .collect();
        let directive_end = rest + word_end + names.trim_end().len();
        found.push(Directive {
            word,
            line: lines.line_column(text, start as u32).line,
            rules,
            reason: (!reason.is_empty()).then(|| reason.to_owned()),
            range: TextRange::from_usize(start, directive_end),
            removal: removal(text, line_start, line_end, line_start + opener),
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
            .all(|suppression| suppression.removal.len() == 1));
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
        assert!(scan_text(text)[0].removal.is_empty());
    }

    #[test]
    fn a_trailing_comment_covers_its_own_line_and_reasons_are_kept() {
        let text = "a { color: red; } /* rebrand-ignore no-raw-value: the logo's red */\nb {}\n// rebrand-ignore-next-line no-raw-value\n";
        let found = scan_text(text);
        assert_eq!(found[0].scope, Scope::Line(1));
        assert_eq!(found[0].reason.as_deref(), Some("the logo's red"));
        assert_eq!(found[1].reason, None);
        // `rebrand-ignore-nothing` is no directive.
        assert!(scan_text("/* rebrand-ignore-nothing */").is_empty());
    }

    #[test]
    fn a_disable_block_runs_to_its_enable_or_the_end_of_the_file() {
        let text = "/* rebrand-disable no-raw-value, pattern-drift: legacy */\na{}\nb{}\n/* rebrand-enable no-raw-value */\nc{}\n// rebrand-disable: generated\nd{}\n";
        let found = scan_text(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].scope, Scope::Lines(1, 4));
        assert!(found[0].covers("pattern-drift", 3));
        assert!(!found[0].covers("no-raw-value", 5));
        assert_eq!(
            found[0].removal.len(),
            2,
            "the enable goes with its disable"
        );
        assert_eq!(found[1].scope, Scope::Lines(6, u32::MAX));
        assert!(found[1].covers("anything", 7));
    }
}
