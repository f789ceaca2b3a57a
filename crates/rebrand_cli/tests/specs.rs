//! Spec tests for every lint rule, biome-style: `tests/specs/<rule>/<case>/` is a small project;
//! a `valid-*` case must give no finding of the rule, an `invalid-*` case must give at least one,
//! and its rendered findings and fix diff are snapshots. A new case is a new directory.

mod common;

use std::path::{Path, PathBuf};

fn directories(path: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(path)
        .expect("a spec directory")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.is_dir())
        .collect();
    found.sort();
    found
}

fn stdout(arguments: &[&str]) -> String {
    let output = common::rebrand(arguments);
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "rebrand {arguments:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// The findings of the pretty report, without the project summary (pinned elsewhere), but with
/// the closing findings count.
fn findings_only(report: &str) -> String {
    let (findings, summary) = report
        .split_once("rebrand analyze: ")
        .unwrap_or((report, ""));
    let totals = summary
        .lines()
        .find(|line| line.trim_start().starts_with("findings"))
        .unwrap_or_default();
    format!("{}\n{}\n", findings.trim_end(), totals.trim())
}

#[test]
fn every_rule_holds_on_its_valid_and_invalid_specs() {
    let specs = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/specs");
    let mut documented: Vec<&str> = rebrand_lint::RULES.iter().map(|meta| meta.name).collect();
    documented.sort_unstable();
    let rules = directories(&specs);
    let names: Vec<String> = rules
        .iter()
        .map(|path| {
            path.file_name()
                .expect("a name")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(
        names, documented,
        "every rule has a spec directory, named after it"
    );
    for (rule, directory) in names.iter().zip(&rules) {
        let cases = directories(directory);
        let case_name = |path: &PathBuf| {
            path.file_name()
                .expect("a name")
                .to_string_lossy()
                .into_owned()
        };
        assert!(
            cases
                .iter()
                .any(|case| case_name(case).starts_with("valid")),
            "{rule} has a valid case"
        );
        assert!(
            cases
                .iter()
                .any(|case| case_name(case).starts_with("invalid")),
            "{rule} has an invalid case"
        );
        for case in &cases {
            let name = case_name(case);
            // A rule that is off by default is selected, so every rule's cases are checked.
            let analysis = common::analyze_json(case, &["--extend-select", rule]);
            let of_rule: Vec<&serde_json::Value> = analysis["diagnostics"]
                .as_array()
                .expect("diagnostics")
                .iter()
                .filter(|finding| finding["rule"] == rule.as_str())
                .collect();
            if name.starts_with("valid") {
                assert!(
                    of_rule.is_empty(),
                    "{rule}/{name} must give no `{rule}` finding: {of_rule:#?}"
                );
                continue;
            }
            assert!(
                !of_rule.is_empty(),
                "{rule}/{name} must give a `{rule}` finding"
            );
            let path = case.to_string_lossy();
            let report = stdout(&[
                "analyze",
                &path,
                "--color",
                "never",
                "--extend-select",
                rule,
            ]);
            let diff = stdout(&[
                "analyze",
                &path,
                "--diff",
                "--unsafe-fixes",
                "--extend-select",
                rule,
            ]);
            insta::assert_snapshot!(
                format!("{rule}__{name}"),
                format!(
                    "{}\n--- rebrand analyze --diff --unsafe-fixes\n{diff}",
                    findings_only(&report)
                )
            );
        }
    }
}

#[test]
fn pattern_drift_runs_only_when_asked_for() {
    let case = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/specs/pattern-drift/invalid");
    let rules_reported = |arguments: &[&str]| -> Vec<String> {
        common::analyze_json(&case, arguments)["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .map(|finding| finding["rule"].as_str().unwrap_or_default().to_owned())
            .collect()
    };
    assert!(!rules_reported(&[]).contains(&"pattern-drift".to_owned()));
    assert!(
        rules_reported(&["--extend-select", "pattern-drift"]).contains(&"pattern-drift".to_owned())
    );
}

#[test]
fn names_an_unread_package_stylesheet_may_define_are_a_note_not_a_finding() {
    let case = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/specs/no-unknown-token/valid-package-stylesheet");
    let output = common::rebrand(&["analyze", &case.to_string_lossy(), "--format", "concise"]);
    assert_eq!(output.status.code(), Some(0));
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.contains("note: no-unknown-token: styles.css: 1 custom property used once (`--l2-background`) is defined nowhere in the analysed code; this import of `@acme/design-tokens/dist/style.css`"),
        "{said}"
    );
    let quiet = common::rebrand(&["analyze", &case.to_string_lossy(), "--quiet"]);
    assert!(String::from_utf8_lossy(&quiet.stderr).is_empty());
}
