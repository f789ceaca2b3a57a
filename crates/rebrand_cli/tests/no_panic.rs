//! Hostile inputs give diagnostics, never a panic: the committed bad inputs, plus a 5 MB minified
//! CSS file and JSX nested 10,000 levels deep, generated here rather than committed.

mod common;

use std::fmt::Write as _;

fn minified_css(bytes: usize) -> String {
    let mut css = String::with_capacity(bytes + 256);
    let mut index = 0;
    while css.len() < bytes {
        let _ = write!(
            css,
            ".c{index}{{color:#{:06x};padding:{}px {}px;border:1px solid rgba(0,0,0,.{})}}",
            index * 7919 % 0x00ff_ffff,
            index % 24,
            index % 32,
            index % 10
        );
        index += 1;
    }
    css
}

fn nested_jsx(depth: usize) -> String {
    let mut jsx = String::from("export const Deep = () => (\n");
    for _ in 0..depth {
        jsx.push_str("<div style={{ padding: 1 }}>");
    }
    for _ in 0..depth {
        jsx.push_str("</div>");
    }
    jsx.push_str("\n);\n");
    jsx
}

#[test]
fn generated_hostile_files_are_analysed_without_panicking() {
    let directory = tempfile::tempdir().expect("temporary directory");
    std::fs::write(
        directory.path().join("huge.css"),
        minified_css(5 * 1024 * 1024),
    )
    .expect("write");
    std::fs::write(directory.path().join("Deep.jsx"), nested_jsx(10_000)).expect("write");
    std::fs::write(
        directory.path().join("deep.scss"),
        "a{".repeat(2_000) + &"}".repeat(2_000),
    )
    .expect("write");
    let path = directory.path().to_string_lossy().into_owned();
    // The pretty report keeps this fast: the 5 MB file has over a million facts, whose JSON would
    // dominate the run.
    let output = common::rebrand(&["analyze", &path, "--threads", "2", "--color", "never"]);
    let report = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let declarations: usize = report
        .lines()
        .find_map(|line| line.trim().strip_prefix("declarations"))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|count| count.parse().ok())
        .expect("the summary counts declarations");
    assert!(declarations > 1_000_000, "{report}");
    assert!(report.contains("parse/too-deep"), "{report}");

    let deep = directory.path().join("Deep.jsx");
    let analysis = common::analyze_json(&deep, &[]);
    let facts = &analysis["files"][0];
    // Each element's `padding: 1` is four longhands.
    assert_eq!(
        facts["declarations"].as_array().expect("list").len(),
        40_000
    );
    assert_eq!(facts["parsed_cleanly"], true);
}

#[test]
fn every_committed_bad_input_gets_a_diagnostic_and_the_run_goes_on() {
    let root = common::corpus().join("bad-inputs");
    let path = root.to_string_lossy().into_owned();
    let output = common::rebrand(&["analyze", &path, "--format", "json"]);
    assert_eq!(output.status.code(), Some(1), "error-level problems exit 1");
    let analysis: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    for file in analysis["files"].as_array().expect("files") {
        let name = file["path"].as_str().expect("path");
        let problems = file["problems"].as_array().expect("problems");
        let expects_problem = name.starts_with("broken")
            || ["binary.tsx", "not-utf8.css", "jsx-in-ts.ts"].contains(&name);
        assert_eq!(
            !problems.is_empty(),
            expects_problem,
            "{name}: {problems:?}"
        );
        for problem in problems {
            assert!(
                problem["range"]["end"].as_u64() <= file["bytes"].as_u64(),
                "{name}"
            );
        }
    }
}

#[test]
fn a_missing_path_is_a_usage_error() {
    let output = common::rebrand(&["analyze", "/no/such/rebrand/path"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("does not exist"));
}
