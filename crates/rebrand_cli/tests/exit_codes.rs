//! Exit codes and what is reported (`../shared/contracts.md` §2–3): findings in tests, fixtures,
//! stories, examples and docs are counted, not reported, unless `--include-class` asks;
//! `--max-warnings`, `--exit-zero` and `--diff` as a check.

mod common;

use std::path::Path;

/// A project with one raw colour that a token has, in source and in an example.
fn project(root: &Path) {
    std::fs::create_dir_all(root.join("src")).expect("mkdir");
    std::fs::create_dir_all(root.join("examples/demo")).expect("mkdir");
    std::fs::write(root.join("src/tokens.css"), ":root { --brand: #2563eb; }\n").expect("write");
    std::fs::write(root.join("src/a.css"), ".a { color: #2563eb; }\n").expect("write");
    std::fs::write(root.join("examples/demo/b.css"), ".b { color: #2563eb; }\n").expect("write");
}

fn run(root: &Path, extra: &[&str]) -> std::process::Output {
    let path = root.to_string_lossy().into_owned();
    let mut arguments = vec!["analyze", path.as_str(), "--format", "json"];
    arguments.extend_from_slice(extra);
    common::rebrand(&arguments)
}

fn reported_files(output: &std::process::Output) -> Vec<String> {
    let analysis: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    analysis["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|finding| finding["file"].as_str().expect("file").to_owned())
        .collect()
}

#[test]
fn only_source_findings_are_reported_unless_a_class_is_included() {
    let directory = tempfile::tempdir().expect("temporary directory");
    project(directory.path());
    let default = run(directory.path(), &[]);
    assert_eq!(default.status.code(), Some(0));
    assert_eq!(reported_files(&default), ["src/a.css"]);
    assert!(String::from_utf8_lossy(&default.stderr).contains("1 finding in tests"));
    let widened = run(directory.path(), &["--include-class", "example"]);
    assert_eq!(
        reported_files(&widened),
        ["examples/demo/b.css", "src/a.css"]
    );
    let unknown = run(directory.path(), &["--include-class", "tests"]);
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn max_warnings_exit_zero_and_diff_set_the_exit_code() {
    let directory = tempfile::tempdir().expect("temporary directory");
    project(directory.path());
    assert_eq!(
        run(directory.path(), &["--max-warnings", "1"])
            .status
            .code(),
        Some(0)
    );
    let over = run(directory.path(), &["--max-warnings", "0"]);
    assert_eq!(over.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&over.stderr)
        .contains("more than the 0 that --max-warnings allows"));
    assert_eq!(
        run(directory.path(), &["--max-warnings", "0", "--exit-zero"])
            .status
            .code(),
        Some(0)
    );
    let path = directory.path().to_string_lossy().into_owned();
    let diff = common::rebrand(&["analyze", &path, "--diff"]);
    assert_eq!(diff.status.code(), Some(1), "fixes are pending");
    assert!(String::from_utf8_lossy(&diff.stdout).contains("+.a { color: var(--brand); }"));
    let fixed = common::rebrand(&["analyze", &path, "--fix"]);
    assert_eq!(fixed.status.code(), Some(0));
    let clean = common::rebrand(&["analyze", &path, "--diff"]);
    assert_eq!(clean.status.code(), Some(0), "nothing left to fix");
    assert_eq!(
        std::fs::read_to_string(directory.path().join("examples/demo/b.css")).expect("read"),
        ".b { color: #2563eb; }\n",
        "--fix leaves unreported classes alone"
    );
}

#[test]
fn concise_statistics_and_rule_selection() {
    let directory = tempfile::tempdir().expect("temporary directory");
    project(directory.path());
    let path = directory.path().to_string_lossy().into_owned();
    let concise = common::rebrand(&["analyze", &path, "--output-format", "concise"]);
    insta::assert_snapshot!(
        "concise",
        String::from_utf8_lossy(&concise.stdout).replace(&path, "[dir]")
    );
    let statistics = common::rebrand(&["analyze", &path, "--statistics"]);
    assert_eq!(
        String::from_utf8_lossy(&statistics.stdout),
        "      1  no-raw-value  (1 fixable)\n"
    );
    let none = common::rebrand(&[
        "analyze",
        &path,
        "--format",
        "concise",
        "--select",
        "pattern-drift",
    ]);
    assert_eq!(String::from_utf8_lossy(&none.stdout), "No findings.\n");
    let ignored = common::rebrand(&[
        "analyze",
        &path,
        "--format",
        "concise",
        "--ignore",
        "no-raw-value",
    ]);
    assert_eq!(String::from_utf8_lossy(&ignored.stdout), "No findings.\n");
    let unknown = common::rebrand(&["analyze", &path, "--select", "no-such-rule"]);
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn paths_that_hold_no_file_are_a_usage_error() {
    let directory = tempfile::tempdir().expect("temporary directory");
    std::fs::write(directory.path().join("notes.txt"), "nothing to read").expect("write");
    let output = common::rebrand(&["analyze", &directory.path().to_string_lossy()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("holds no file rebrand reads"));
}

#[test]
fn the_version_names_the_release_and_the_commit_when_built_from_git() {
    let output = common::rebrand(&["--version"]);
    let version = String::from_utf8_lossy(&output.stdout);
    assert!(
        version.starts_with(concat!("rebrand ", env!("CARGO_PKG_VERSION"))),
        "{version}"
    );
    if std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../.git")).exists() {
        assert!(version.trim_end().ends_with(')'), "{version}");
    }
}

#[test]
fn quiet_reports_errors_only_and_nothing_on_success() {
    let directory = tempfile::tempdir().expect("temporary directory");
    project(directory.path());
    let path = directory.path().to_string_lossy().into_owned();
    // One warning (a raw colour), no error: nothing is printed at all.
    let quiet = common::rebrand(&["analyze", &path, "--quiet"]);
    assert_eq!(quiet.status.code(), Some(0));
    assert!(
        quiet.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&quiet.stdout)
    );
    std::fs::write(
        directory.path().join("src/c.css"),
        ".c { color: var(--missing-token); }\n",
    )
    .expect("write");
    let concise = common::rebrand(&["analyze", &path, "--quiet", "--format", "concise"]);
    assert_eq!(concise.status.code(), Some(1));
    let printed = String::from_utf8_lossy(&concise.stdout);
    assert!(printed.contains("no-unknown-token"), "{printed}");
    assert!(!printed.contains("no-raw-value"), "{printed}");
}

#[test]
fn select_and_extend_select_run_a_rule_the_configuration_turns_off() {
    let directory = tempfile::tempdir().expect("temporary directory");
    project(directory.path());
    std::fs::write(
        directory.path().join("rebrand.json"),
        r#"{ "rules": { "no-raw-value": "off" } }"#,
    )
    .expect("write");
    std::fs::write(
        directory.path().join("src/c.css"),
        ".c { color: var(--missing-token); }\n",
    )
    .expect("write");
    let rules = |extra: &[&str]| -> Vec<String> {
        let analysis: serde_json::Value =
            serde_json::from_slice(&run(directory.path(), extra).stdout).expect("JSON");
        let mut rules: Vec<String> = analysis["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .map(|finding| finding["rule"].as_str().expect("rule").to_owned())
            .collect();
        rules.sort();
        rules
    };
    assert_eq!(rules(&[]), ["no-unknown-token"]);
    assert_eq!(rules(&["--select", "no-raw-value"]), ["no-raw-value"]);
    assert_eq!(
        rules(&["--extend-select", "no-raw-value"]),
        ["no-raw-value", "no-unknown-token"]
    );
    assert_eq!(
        rules(&[
            "--select",
            "no-unknown-token",
            "--extend-select",
            "no-raw-value"
        ]),
        ["no-raw-value", "no-unknown-token"]
    );
    assert_eq!(
        run(directory.path(), &["--extend-select", "no-such-rule"])
            .status
            .code(),
        Some(2)
    );
}
