//! `rebrand analyze --add-ignore`: a `rebrand-ignore-next-line RULE: TODO` comment above every
//! current finding, as ruff's `--add-noqa` does when a team adopts the tool, in the comment form
//! of the place: `/* */` in a stylesheet or a styled template, `//` in script code, `{/* */}`
//! between JSX children. A line that starts inside a string or a non-CSS template literal is
//! passed over and said, since no comment can be written there. Run twice, it adds nothing: the
//! findings it suppressed are gone.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use rebrand_facts::Syntax;
use rebrand_js::LiteralKind;
use rebrand_lint::LintDiagnostic;
use rebrand_text::TextRange;

use crate::analyze::Analysis;
use crate::fix::FileFix;

/// The suppressions to write, and the findings that could not take one (with why).
pub struct Added {
    pub fixes: Vec<FileFix>,
    pub passed_over: Vec<String>,
}

/// How a comment is written at the start of a line.
#[derive(Clone, Copy)]
enum CommentForm {
    /// `/* … */`: stylesheets and the CSS text of styled templates.
    Block,
    /// `// …`: script code (JSX tag attributes included).
    Line,
    /// `{/* … */}`: between JSX children.
    JsxChild,
}

/// Findings by file and line, and the rules to name on each line.
type ByLine<'f> = BTreeMap<&'f str, BTreeMap<u32, BTreeSet<&'f str>>>;

/// A suppression above every finding of `findings` that a comment can name.
pub fn plan(
    analysis: &Analysis,
    findings: &[LintDiagnostic],
    paths: &BTreeMap<&str, &Path>,
) -> Added {
    let mut added = Added {
        fixes: Vec::new(),
        passed_over: Vec::new(),
    };
    for (display, lines) in by_line(analysis, findings) {
        let (Some(index), Some(path)) = (analysis.file_index(display), paths.get(display)) else {
            continue;
        };
        if let Some(fix) = annotate(analysis, index, display, &lines, &mut added.passed_over) {
            added.fixes.push(FileFix {
                path: path.to_path_buf(),
                ..fix
            });
        }
    }
    added
}

/// The lines of each file that hold a finding a comment can suppress, with their rules.
fn by_line<'f>(analysis: &Analysis, findings: &'f [LintDiagnostic]) -> ByLine<'f> {
    // A file rebrand could not read as it is (not UTF-8, binary) gets no comment.
    let unreadable: BTreeSet<&str> = findings
        .iter()
        .filter(|finding| finding.rule == "read" || finding.rule.starts_with("read/"))
        .map(|finding| &*finding.file)
        .collect();
    let mut by_file: ByLine<'f> = BTreeMap::new();
    for finding in findings {
        // A parse error is fixed, not suppressed; an unused suppression is removed.
        if finding.rule.starts_with("parse/")
            || finding.rule == "unused-suppression"
            || unreadable.contains(&*finding.file)
        {
            continue;
        }
        let Some(index) = analysis.file_index(&finding.file) else {
            continue;
        };
        let line = analysis
            .line_index(index)
            .line_column(&analysis.sources[index], finding.range.start)
            .line;
        by_file
            .entry(&finding.file)
            .or_default()
            .entry(line)
            .or_default()
            .insert(&finding.rule);
    }
    by_file
}

/// The file's text with a comment above each of `lines` (its path left for the caller), or
/// `None` when no comment could be written.
fn annotate(
    analysis: &Analysis,
    index: usize,
    display: &str,
    lines: &BTreeMap<u32, BTreeSet<&str>>,
    passed_over: &mut Vec<String>,
) -> Option<FileFix> {
    let facts = &analysis.files[index];
    let source = &*analysis.sources[index];
    let literals = if facts.kind.is_script() {
        let Some(spans) = rebrand_js::literal_spans(source, facts.kind) else {
            passed_over.push(format!(
                "{display}: the file does not parse, so no comment is written into it"
            ));
            return None;
        };
        spans
    } else {
        Vec::new()
    };
    let line_index = analysis.line_index(index);
    let mut after = String::with_capacity(source.len() + lines.len() * 64);
    let mut copied = 0usize;
    let mut count = 0;
    for (line, rules) in lines {
        let Some(start) = line_index.line_start(*line).map(|start| start as usize) else {
            continue;
        };
        let form = if facts.kind.is_script() {
            match comment_form(facts, &literals, start) {
                Ok(form) => form,
                Err(why) => {
                    passed_over.push(format!("{display}:{line}: {why}"));
                    continue;
                }
            }
        } else {
            CommentForm::Block
        };
        let indent: String = source[start..]
            .chars()
            .take_while(|character| *character == ' ' || *character == '\t')
            .collect();
        let names = rules.iter().copied().collect::<Vec<_>>().join(", ");
        let directive = format!("rebrand-ignore-next-line {names}: TODO");
        let comment = match form {
            CommentForm::Block => format!("/* {directive} */"),
            CommentForm::Line => format!("// {directive}"),
            CommentForm::JsxChild => format!("{{/* {directive} */}}"),
        };
        after.push_str(&source[copied..start]);
        after.push_str(&indent);
        after.push_str(&comment);
        after.push('\n');
        copied = start;
        count += 1;
    }
    if count == 0 {
        return None;
    }
    after.push_str(&source[copied..]);
    Some(FileFix {
        display: display.to_owned(),
        path: std::path::PathBuf::new(),
        before: source.to_owned(),
        after,
        fixed: count,
    })
}

/// The comment form at `offset`, the start of a script's line, or why none can be written there.
fn comment_form(
    facts: &rebrand_facts::FileFacts,
    literals: &[(TextRange, LiteralKind)],
    offset: usize,
) -> Result<CommentForm, &'static str> {
    let offset = offset as u32;
    let inside = literals
        .iter()
        .find(|(range, _)| range.start < offset && offset <= range.end);
    match inside.map(|(_, kind)| *kind) {
        None => Ok(CommentForm::Line),
        Some(LiteralKind::JsxText) => Ok(CommentForm::JsxChild),
        Some(LiteralKind::Template) => {
            // The template is a styled one when a declaration of its CSS overlaps this part of
            // its text (a declaration may run on past a `${…}` hole).
            let in_styled = inside.is_some_and(|(range, _)| {
                facts.declarations.iter().any(|declaration| {
                    declaration.origin.written_syntax() == Syntax::StyledTemplate
                        && declaration.range.start < range.end
                        && range.start < declaration.range.end
                })
            });
            if in_styled {
                Ok(CommentForm::Block)
            } else {
                Err("the line starts inside a template literal that is not CSS; add the suppression by hand")
            }
        }
        Some(LiteralKind::String) => {
            Err("the line starts inside a string; add the suppression by hand")
        }
    }
}
