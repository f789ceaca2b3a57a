//! Partial runs (contracts §3): analysing a subdirectory reports, for its files, what a run over
//! the whole package reports (named from the subdirectory, as a run of it alone names them); a
//! suppression is judged with the whole package in view, so `--fix` on a subdirectory keeps it.

mod common;

use std::path::Path;

/// A copy of `five-ways` (a package) with a legacy stylesheet whose block copies `.chip`, its
/// finding suppressed; a `rebrand.json` marks the project root.
fn project(root: &Path) {
    common::copy_tree(&common::corpus().join("five-ways"), root);
    std::fs::write(root.join("rebrand.json"), "{}\n").expect("write");
    std::fs::create_dir_all(root.join("src/legacy")).expect("mkdir");
    std::fs::write(
        root.join("src/legacy/old.css"),
        ".old-chip {\n  /* rebrand-ignore-next-line no-duplicate-declaration-block: the legacy badge keeps its copy */\n  display: inline-flex;\n  padding: 4px 12px;\n  border-radius: 9999px;\n  background-color: #eef2ff;\n  color: #3730a3;\n  font-size: 14px;\n  font-weight: 600;\n}\n\n.old-chip-label {\n  color: #3730a3;\n}\n",
    )
    .expect("write");
}

/// (file, offset, rule) of every finding of `analyze PATH` run from `root`.
fn findings(root: &Path, path: &str, extra: &[&str]) -> Vec<(String, u64, String)> {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_rebrand"))
        .current_dir(root)
        .args(["analyze", path, "--format", "json"])
        .args(extra)
        .output()
        .expect("rebrand runs");
    let analysis: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let mut found: Vec<(String, u64, String)> = analysis["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|finding| {
            (
                finding["file"].as_str().unwrap_or_default().to_owned(),
                finding["range"]["start"].as_u64().unwrap_or_default(),
                finding["rule"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    found.sort();
    found
}

#[test]
fn a_subdirectory_reports_what_the_whole_package_reports_for_it() {
    let directory = tempfile::tempdir().expect("temporary directory");
    project(directory.path());
    let whole = findings(directory.path(), ".", &[]);
    for subdirectory in ["src/legacy", "src/chips"] {
        let prefix = format!("{subdirectory}/");
        let expected: Vec<_> = whole
            .iter()
            .filter_map(|(file, offset, rule)| {
                let file = file.strip_prefix(&prefix)?;
                Some((file.to_owned(), *offset, rule.clone()))
            })
            .collect();
        assert_eq!(
            findings(directory.path(), subdirectory, &[]),
            expected,
            "{subdirectory}"
        );
    }
    let listed = std::process::Command::new(env!("CARGO_BIN_EXE_rebrand"))
        .current_dir(directory.path())
        .args(["analyze", "src/chips", "--format", "json"])
        .output()
        .expect("rebrand runs");
    let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).expect("JSON");
    let files: Vec<&str> = listed["files"]
        .as_array()
        .expect("files")
        .iter()
        .filter_map(|file| file["path"].as_str())
        .collect();
    assert!(files.contains(&"chip.css"), "{files:?}");
    assert!(
        files.iter().all(|file| !file.starts_with("../")),
        "{files:?}"
    );
    // The legacy copy is found (and suppressed) only with `.chip` in view; the subdirectory run
    // must not call its suppression unused.
    assert!(
        !whole
            .iter()
            .any(|(file, _, _)| file == "src/legacy/old.css"),
        "{whole:?}"
    );
}

#[test]
fn fix_on_a_subdirectory_keeps_a_suppression_the_package_uses() {
    let directory = tempfile::tempdir().expect("temporary directory");
    project(directory.path());
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_rebrand"))
        .current_dir(directory.path())
        .args(["analyze", "src/legacy", "--fix", "--quiet"])
        .status()
        .expect("rebrand runs");
    assert_eq!(status.code(), Some(0));
    let text = std::fs::read_to_string(directory.path().join("src/legacy/old.css")).expect("read");
    assert!(
        text.contains("rebrand-ignore-next-line no-duplicate-declaration-block"),
        "{text}"
    );
}
