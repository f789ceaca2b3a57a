//! `--fix` and `--diff`: applies the fixes findings carry, through the shared edit engine, and
//! writes files through `rebrand_io` (atomically, never through a link, inside the root). A file
//! whose fixed text parses worse than before is not written.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rebrand_edit::{apply_edits, normalise_edits, unified_diff, Edit};
use rebrand_facts::{FileFacts, Severity};
use rebrand_lint::{Applicability, LintDiagnostic};
use rebrand_values::ValueOptions;

use crate::analyze::{extract_text, Analysis};

/// The fixed text of one file.
pub struct FileFix {
    /// The file as printed.
    pub display: String,
    /// The file on disk.
    pub path: PathBuf,
    /// The text the fixes were computed on.
    pub before: String,
    /// The text with the fixes applied.
    pub after: String,
    /// How many findings it fixes.
    pub fixed: usize,
}

/// The fixes to apply: per file, every allowed fix whose edits do not overlap an earlier one
/// (a skipped fix is tried again in the next round, on the new text).
pub fn plan(
    analysis: &Analysis,
    findings: &[LintDiagnostic],
    paths: &BTreeMap<&str, &Path>,
    allow_unsafe: bool,
) -> Vec<FileFix> {
    let mut by_file: BTreeMap<&str, Vec<&LintDiagnostic>> = BTreeMap::new();
    for finding in findings {
        let allowed = finding.fix.as_ref().is_some_and(|fix| {
            fix.applicability == Applicability::Safe
                || (allow_unsafe && fix.applicability == Applicability::Unsafe)
        });
        if allowed {
            by_file.entry(&finding.file).or_default().push(finding);
        }
    }
    let mut fixes = Vec::new();
    for (display, findings) in by_file {
        let Some(index) = analysis.file_index(display) else {
            continue;
        };
        let Some(path) = paths.get(display) else {
            continue;
        };
        let mut accepted: Vec<Edit> = Vec::new();
        let mut fixed_count = 0;
        for finding in findings {
            let Some(fix) = &finding.fix else { continue };
            let mut trial = accepted.clone();
            trial.extend(fix.edits.iter().cloned());
            if normalise_edits(trial.clone()).is_ok() {
                accepted = trial;
                fixed_count += 1;
            }
        }
        let before = analysis.sources[index].to_string();
        let Ok(after) = apply_edits(&before, accepted) else {
            continue;
        };
        if after != before {
            fixes.push(FileFix {
                display: display.to_owned(),
                path: path.to_path_buf(),
                before,
                after,
                fixed: fixed_count,
            });
        }
    }
    fixes
}

/// The unified diff of every planned fix.
pub fn diff(fixes: &[FileFix]) -> String {
    fixes
        .iter()
        .map(|fix| unified_diff(&fix.display, &fix.before, &fix.after))
        .collect()
}

/// How many parse errors a text of this file's kind has.
fn parse_errors(facts: &FileFacts, text: &str) -> usize {
    let mut fresh = FileFacts::empty(facts.path.clone(), facts.kind, text.len() as u64);
    // How stylis nests selectors changes no parse error; either version counts the same.
    extract_text(
        text,
        &mut fresh,
        ValueOptions::default(),
        rebrand_js::Stylis::default(),
        None,
    );
    fresh
        .problems
        .iter()
        .filter(|problem| problem.severity == Severity::Error)
        .count()
}

/// Writes one fixed file, unless the fix made it parse worse, the file changed on disk since
/// it was read, or it is not a regular file inside the project root. The error says which, for
/// the user.
pub fn write(
    analysis: &Analysis,
    fix: &FileFix,
    root: &rebrand_io::ProjectRoot,
) -> Result<(), String> {
    let facts = analysis
        .file_index(&fix.display)
        .map(|index| &analysis.files[index])
        .ok_or_else(|| format!("`{}` is not an analysed file", fix.display))?;
    parses_as_well(facts, fix)?;
    rebrand_io::replace_file(root, &fix.path, fix.before.as_bytes(), fix.after.as_bytes())
        .map_err(|error| format!("`{}`: {error}", fix.display))
}

/// Refuses new text that parses worse than the text as read.
fn parses_as_well(facts: &FileFacts, fix: &FileFix) -> Result<(), String> {
    // The text as read is only parsed again when the new one has errors to compare with.
    let errors_after = parse_errors(facts, &fix.after);
    let errors_before = if errors_after == 0 {
        0
    } else {
        parse_errors(facts, &fix.before)
    };
    if errors_after > errors_before {
        return Err(format!(
            "`{}`: the edits would leave {errors_after} parse errors (there were {errors_before}), so the file was not changed; this is a bug in rebrand, please report it with the diff below\n{}",
            fix.display,
            unified_diff(&fix.display, &fix.before, &fix.after)
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use rebrand_facts::{FileFacts, FileKind};

    use super::{parses_as_well, FileFix};

    fn fix(path: &std::path::Path, before: &str, after: &str) -> FileFix {
        FileFix {
            display: "a.css".to_owned(),
            path: path.to_path_buf(),
            before: before.to_owned(),
            after: after.to_owned(),
            fixed: 1,
        }
    }

    #[test]
    fn an_edit_that_breaks_the_syntax_is_refused() {
        let facts = FileFacts::empty("a.css".to_owned(), FileKind::Css, 0);
        let path = std::path::Path::new("a.css");
        assert!(
            parses_as_well(&facts, &fix(path, "a { color: red }", "a { color: blue }")).is_ok()
        );
        let error = parses_as_well(&facts, &fix(path, "a { color: red }", "a { color: blue"))
            .expect_err("an unclosed block");
        assert!(error.contains("parse errors (there were 0)"), "{error}");
        // A file that was already broken may stay as broken, not become worse.
        assert!(parses_as_well(&facts, &fix(path, "a { color: red", "a { color: blue")).is_ok());
    }
}
