//! Findings in dead code — modules no entry point imports, only a test — are counted in a note,
//! not reported, unless `--include-unreachable` asks for them (`test-corpus/unreachable`: the
//! list's `index.tsx` renders `ListV2` now, and only a test imports `ListV1`).

mod common;

fn reported_files(arguments: &[&str]) -> (Vec<String>, String) {
    let root = common::corpus().join("unreachable");
    let root = root.to_string_lossy();
    let mut all = vec!["analyze", root.as_ref(), "--format", "json"];
    all.extend_from_slice(arguments);
    let output = common::rebrand(&all);
    let analysis: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON output");
    let files = analysis["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|finding| finding["file"].as_str().unwrap_or_default().to_owned())
        .collect();
    (files, String::from_utf8_lossy(&output.stderr).into_owned())
}

#[test]
fn dead_code_is_counted_not_reported() {
    let (files, said) = reported_files(&[]);
    assert_eq!(files, ["src/list/list-v2.css"]);
    assert!(
        said.contains("note: 1 finding in files no entry point imports"),
        "{said}"
    );
    let (files, _) = reported_files(&["--include-unreachable"]);
    assert_eq!(files, ["src/list/list-v1.css", "src/list/list-v2.css"]);
}
