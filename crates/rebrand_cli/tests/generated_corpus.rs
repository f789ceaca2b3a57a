//! The benchmark's corpus generator writes input rebrand must read without a single problem.

mod common;

#[test]
fn a_generated_corpus_is_analysed_cleanly() {
    let directory = tempfile::tempdir().expect("temporary directory");
    rebrand_bench::generate::write_corpus(directory.path(), 200, 7).expect("corpus written");
    let analysis = common::analyze_json(directory.path(), &["--threads", "2"]);
    let summary = &analysis["summary"];
    // Every generated file but `package.json` is a source file.
    assert_eq!(summary["files"], 199, "{summary}");
    assert_eq!(summary["files_parsed_cleanly"], 199, "{summary}");
    assert!(
        summary["problems_by_severity"]
            .as_object()
            .expect("map")
            .is_empty(),
        "{summary}"
    );
    for syntax in [
        "css",
        "css-module",
        "scss",
        "styled-template",
        "inline-style",
        "tailwind",
    ] {
        assert!(
            summary["declarations_by_syntax"][syntax].as_u64() > Some(0),
            "no {syntax} declarations: {summary}"
        );
    }
}
