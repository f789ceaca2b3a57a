//! `rebrand analyze --add-ignore` on copies of corpus apps written in every syntax: a comment in
//! each place's own form suppresses every finding (none is left unused, no file parses worse),
//! and a second run adds nothing.

mod common;

use std::path::Path;

fn run(directory: &Path, extra: &[&str]) -> std::process::Output {
    let target = directory.to_string_lossy().into_owned();
    let mut arguments = vec!["analyze", target.as_str()];
    arguments.extend_from_slice(extra);
    common::rebrand(&arguments)
}

#[test]
fn every_finding_gets_a_suppression_in_its_syntax_once() {
    let directory = tempfile::tempdir().expect("temporary directory");
    for app in [
        "five-ways",
        "labelled-app",
        "styled-components-app",
        "scss-app",
    ] {
        common::copy_tree(&common::corpus().join(app), &directory.path().join(app));
    }
    // Tokens close to a literal are suggested too, so that the templates' hard cases (a line
    // after a hole, a property name with a hole) have findings to suppress.
    std::fs::write(
        directory.path().join("rebrand.json"),
        r#"{ "rules": { "no-raw-value": { "level": "warn", "options": { "colorTolerance": 3, "lengthTolerance": 1 } } } }"#,
    )
    .expect("write");
    // A style object in script code: its line takes a `//` comment.
    std::fs::write(
        directory.path().join("five-ways/src/chips/Note.tsx"),
        "export function Note() {\n  return (\n    <p\n      style={{\n        color: \"#3730a4\",\n      }}\n    >\n      Note\n    </p>\n  );\n}\n",
    )
    .expect("write");
    let before = common::analyze_json(directory.path(), &[]);
    let findings = before["diagnostics"].as_array().expect("diagnostics").len();
    assert!(findings > 100, "{findings} findings");

    let first = run(directory.path(), &["--add-ignore", "--format", "concise"]);
    let said = String::from_utf8_lossy(&first.stderr);
    assert!(said.contains("added "), "{said}");
    assert_eq!(first.status.code(), Some(0), "{said}");

    let after = common::analyze_json(directory.path(), &[]);
    let left: Vec<String> = after["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|diagnostic| diagnostic["rule"].as_str().unwrap_or_default().to_owned())
        .filter(|rule| !rule.starts_with("parse/") && !rule.starts_with("read"))
        .collect();
    assert!(left.is_empty(), "findings left: {left:?}\n{said}");
    let parse_errors = |analysis: &serde_json::Value| {
        analysis["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .filter(|diagnostic| {
                diagnostic["rule"]
                    .as_str()
                    .is_some_and(|rule| rule.starts_with("parse/"))
            })
            .count()
    };
    assert_eq!(parse_errors(&after), parse_errors(&before));

    let second = run(directory.path(), &["--add-ignore", "--format", "concise"]);
    assert!(
        String::from_utf8_lossy(&second.stderr).contains("added 0 suppression comments in 0 files"),
        "{}",
        String::from_utf8_lossy(&second.stderr)
    );

    let read = |path: &str| std::fs::read_to_string(directory.path().join(path)).expect("readable");
    insta::assert_snapshot!(
        "add_ignore_forms",
        [
            "styled-components-app/src/components/Holes.tsx",
            "labelled-app/src/tab/TabTailwind.tsx",
            "five-ways/src/chips/Note.tsx",
            "five-ways/src/chips/chip.css",
        ]
        .iter()
        .map(|path| format!("=== {path}\n{}", read(path)))
        .collect::<Vec<_>>()
        .join("\n")
    );
}
