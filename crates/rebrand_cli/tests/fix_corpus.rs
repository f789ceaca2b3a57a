//! `--fix` on the whole test corpus: every file still parses as well as before, and a second
//! `--fix` changes nothing.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

/// Parse-error findings per file.
fn parse_errors(root: &Path) -> BTreeMap<String, usize> {
    let analysis = common::analyze_json(root, &[]);
    let mut counts = BTreeMap::new();
    for finding in analysis["diagnostics"].as_array().expect("diagnostics") {
        if finding["rule"]
            .as_str()
            .is_some_and(|rule| rule.starts_with("parse/"))
        {
            *counts
                .entry(finding["file"].as_str().expect("file").to_owned())
                .or_default() += 1;
        }
    }
    counts
}

#[test]
fn safe_fixes_keep_every_file_parseable_and_converge() {
    let directory = tempfile::tempdir().expect("temporary directory");
    common::copy_tree(&common::corpus(), directory.path());
    let root = directory.path().to_string_lossy().into_owned();
    let errors_before = parse_errors(directory.path());
    let before = common::contents(directory.path());
    let output = common::rebrand(&["analyze", &root, "--fix", "--quiet"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(matches!(output.status.code(), Some(0 | 1)), "{stderr}");
    let after = common::contents(directory.path());
    assert_ne!(
        before, after,
        "the corpus has safe fixes to apply: {stderr}"
    );
    assert_eq!(
        parse_errors(directory.path()),
        errors_before,
        "no file parses worse"
    );
    let output = common::rebrand(&["analyze", &root, "--fix", "--quiet"]);
    assert!(String::from_utf8_lossy(&output.stderr).contains("fixed 0 findings"));
    assert_eq!(
        common::contents(directory.path()),
        after,
        "a second --fix changes nothing"
    );
}
