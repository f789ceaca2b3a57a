//! `--fix` on the whole test corpus: every file still parses as well as before, and a second
//! `--fix` changes nothing.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("a directory") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a type").is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

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

fn contents(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(directory) = stack.pop() {
        for entry in std::fs::read_dir(&directory).expect("a directory") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.insert(
                    path.to_string_lossy().into_owned(),
                    std::fs::read(&path).expect("read"),
                );
            }
        }
    }
    files
}

#[test]
fn safe_fixes_keep_every_file_parseable_and_converge() {
    let directory = tempfile::tempdir().expect("temporary directory");
    copy_tree(&common::corpus(), directory.path());
    let root = directory.path().to_string_lossy().into_owned();
    let errors_before = parse_errors(directory.path());
    let before = contents(directory.path());
    let output = common::rebrand(&["analyze", &root, "--fix", "--quiet"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(matches!(output.status.code(), Some(0 | 1)), "{stderr}");
    let after = contents(directory.path());
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
        contents(directory.path()),
        after,
        "a second --fix changes nothing"
    );
}
