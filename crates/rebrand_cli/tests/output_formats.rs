//! CI and editor output: SARIF validated against the SARIF 2.1.0 schema, GitHub and GitLab
//! formats, baselines that survive moved lines, configuration errors, `rebrand rules`, exit codes.

mod common;

use std::path::Path;

fn specs(case: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/specs")
        .join(case)
        .to_string_lossy()
        .into_owned()
}

fn run(arguments: &[&str]) -> (Option<i32>, String, String) {
    let output = common::rebrand(arguments);
    (
        output.status.code(),
        String::from_utf8(output.stdout).expect("UTF-8"),
        String::from_utf8(output.stderr).expect("UTF-8"),
    )
}

fn schema(name: &str) -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("schema")).expect("JSON");
    jsonschema::validator_for(&schema).expect("a valid schema")
}

#[test]
fn sarif_output_is_valid_sarif_2_1_0_with_fingerprints_fixes_and_relative_paths() {
    let validator = schema("tests/schemas/sarif-schema-2.1.0.json");
    for case in [
        "no-raw-value/invalid-every-syntax",
        "no-unknown-token/invalid",
        "../../../../test-corpus/bad-inputs",
    ] {
        let (_, sarif, stderr) = run(&["analyze", &specs(case), "--format", "sarif"]);
        let log: serde_json::Value =
            serde_json::from_str(&sarif).unwrap_or_else(|_| panic!("{stderr}"));
        let errors: Vec<String> = validator
            .iter_errors(&log)
            .map(|error| format!("{error} at {}", error.instance_path))
            .collect();
        assert!(errors.is_empty(), "{case}: {errors:#?}");
        let results = log["runs"][0]["results"].as_array().expect("results");
        assert!(!results.is_empty(), "{case}");
        for result in results {
            assert!(result["partialFingerprints"]["rebrandFingerprint/v1"].is_string());
            let uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .expect("a location");
            assert!(!uri.starts_with('/'), "repository-relative: {uri}");
            assert!(
                result["locations"][0]["physicalLocation"]["region"]["startLine"].as_u64()
                    >= Some(1)
            );
        }
    }
    let (_, sarif, _) = run(&[
        "analyze",
        &specs("no-raw-value/invalid-css"),
        "--format",
        "sarif",
    ]);
    let log: serde_json::Value = serde_json::from_str(&sarif).expect("SARIF");
    let result = &log["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "no-raw-value");
    // The suggested token survives into the message and the fix (a peer's SARIF dropped it).
    assert!(result["message"]["text"]
        .as_str()
        .expect("text")
        .contains("var(--action)"));
    assert_eq!(
        result["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"],
        "var(--action)"
    );
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules");
    assert!(rules.iter().all(|rule| rule["helpUri"].is_string()
        || rule["id"].as_str().is_some_and(|id| id.contains('/'))));
}

#[test]
fn github_and_gitlab_formats_name_the_file_line_and_rule() {
    let case = specs("no-unknown-token/invalid");
    let (code, github, _) = run(&["analyze", &case, "--format", "github"]);
    assert_eq!(code, Some(1), "error-level findings exit with 1");
    let first = github.lines().next().expect("an annotation");
    assert!(first.starts_with("::error file="), "{first}");
    assert!(
        first.contains(
            "card.scss,line=4,col=11,endLine=4,endColumn=16,title=rebrand no-unknown-token::"
        ),
        "{first}"
    );
    let (_, gitlab, _) = run(&["analyze", &case, "--format", "gitlab"]);
    let issues: serde_json::Value = serde_json::from_str(&gitlab).expect("JSON");
    assert_eq!(issues.as_array().map(Vec::len), Some(3));
    assert_eq!(issues[0]["check_name"], "no-unknown-token");
    assert_eq!(issues[0]["severity"], "major");
    assert!(issues[0]["location"]["path"]
        .as_str()
        .expect("path")
        .ends_with("card.scss"));
    assert_eq!(issues[0]["location"]["lines"]["begin"], 4);
}

#[test]
fn a_baseline_reports_only_new_findings_after_lines_move() {
    let directory = tempfile::tempdir().expect("temporary directory");
    let root = directory.path();
    std::fs::write(
        root.join("tokens.css"),
        ":root { --brand: #2563eb; --space: 8px; }\n",
    )
    .expect("write");
    std::fs::write(
        root.join("button.css"),
        ".button {\n  color: #2563eb;\n  padding: 8px;\n}\n",
    )
    .expect("write");
    let baseline = root.join("rebrand-baseline.json");
    let path = root.to_string_lossy().into_owned();
    let baseline_path = baseline.to_string_lossy().into_owned();
    let (code, _, stderr) = run(&["analyze", &path, "--write-baseline", &baseline_path]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("wrote 2 findings"), "{stderr}");
    // Lines inserted above the old findings, and one new finding.
    let moved = "/* A new header\n   over three lines. */\n\n.button {\n  color: #2563eb;\n  padding: 8px;\n}\n\n.link { color: #2563eb; }\n";
    std::fs::write(root.join("button.css"), moved).expect("write");
    let (_, json, _) = run(&[
        "analyze",
        &path,
        "--baseline",
        &baseline_path,
        "--format",
        "json",
    ]);
    let analysis: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let findings = analysis["diagnostics"].as_array().expect("diagnostics");
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0]["rule"], "no-raw-value");
    let new_colour = moved.rfind("#2563eb").expect("the new colour");
    assert_eq!(
        findings[0]["range"]["start"], new_colour,
        "the new `.link` colour"
    );
}

#[test]
fn a_baseline_keeps_a_finding_whose_message_changed_and_refuses_another_format() {
    let directory = tempfile::tempdir().expect("temporary directory");
    let root = directory.path();
    std::fs::write(root.join("tokens.css"), ":root { --brand: #2563eb; }\n").expect("write");
    std::fs::write(root.join("button.css"), ".button { color: #2563eb; }\n").expect("write");
    let baseline = root.join("rebrand-baseline.json");
    let path = root.to_string_lossy().into_owned();
    let baseline_path = baseline.to_string_lossy().into_owned();
    let (code, _, stderr) = run(&["analyze", &path, "--write-baseline", &baseline_path]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("wrote 1 findings"), "{stderr}");
    // The token is renamed: the finding's message now suggests `--primary`, but the literal at
    // fault is the same, so the finding is still the accepted one.
    std::fs::write(root.join("tokens.css"), ":root { --primary: #2563eb; }\n").expect("write");
    let (code, report, stderr) = run(&["analyze", &path, "--baseline", &baseline_path]);
    assert_eq!(code, Some(0), "{report}{stderr}");
    assert!(!report.contains("no-raw-value"), "{report}");
    assert!(
        stderr.contains("1 findings are in the baseline"),
        "{stderr}"
    );
    // A baseline of another format is refused with a way out, not read as accepting nothing.
    let text = std::fs::read_to_string(&baseline).expect("read");
    let old_format = text.replacen("\"version\": 2", "\"version\": 1", 1);
    assert_ne!(old_format, text, "the baseline names its format: {text}");
    std::fs::write(&baseline, old_format).expect("write");
    let (code, _, stderr) = run(&["analyze", &path, "--baseline", &baseline_path]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("a baseline of format 1"), "{stderr}");
    assert!(stderr.contains("--write-baseline"), "{stderr}");
}

#[test]
fn a_bad_configuration_is_a_diagnostic_pointing_at_the_key_and_exit_2() {
    let directory = tempfile::tempdir().expect("temporary directory");
    std::fs::write(
        directory.path().join("rebrand.jsonc"),
        "{\n  // rules\n  \"rules\": { \"no-raw-valu\": \"warn\" }\n}\n",
    )
    .expect("write");
    std::fs::write(directory.path().join("a.css"), "a { color: red; }\n").expect("write");
    let (code, _, stderr) = run(&["analyze", &directory.path().to_string_lossy()]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("unknown field `no-raw-valu`"), "{stderr}");
    assert!(stderr.contains("rebrand.jsonc:3:14"), "{stderr}");
}

#[test]
fn the_configuration_sets_levels_and_its_schema_accepts_it() {
    let directory = tempfile::tempdir().expect("temporary directory");
    let config = r#"{
  "$schema": "./rebrand.schema.json",
  "rules": { "no-unknown-token": "warn", "no-raw-value": { "level": "error", "options": { "colorTolerance": 0 } } },
  "patterns": { "similarity": 0.7, "minMembers": 3 }
}"#;
    let validator = schema("../../rebrand.schema.json");
    let value: serde_json::Value = serde_json::from_str(config).expect("JSON");
    assert!(validator.is_valid(&value));
    assert!(!validator.is_valid(&serde_json::json!({ "rules": { "pattern-drift": "loud" } })));
    std::fs::write(directory.path().join("rebrand.json"), config).expect("write");
    std::fs::write(
        directory.path().join("a.css"),
        ".a { color: var(--missing); }\n",
    )
    .expect("write");
    let (code, report, _) = run(&[
        "analyze",
        &directory.path().to_string_lossy(),
        "--color",
        "never",
    ]);
    assert_eq!(
        code,
        Some(0),
        "no-unknown-token was lowered to a warning:\n{report}"
    );
    assert!(report.contains("no-unknown-token"), "{report}");
}

#[test]
fn rules_lists_every_rule_and_prints_one_rules_documentation() {
    let (code, list, _) = run(&["rules"]);
    assert_eq!(code, Some(0));
    for meta in &rebrand_lint::RULES {
        assert!(list.contains(meta.name), "{list}");
    }
    let (_, doc, _) = run(&["rules", "no-raw-value"]);
    for section in [
        "## What it does",
        "## Why is this bad?",
        "## Example",
        "## Fix safety",
        "## Options",
    ] {
        assert!(doc.contains(section), "{doc}");
    }
    let (code, _, stderr) = run(&["rules", "no-such-rule"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("there is no rule `no-such-rule`"),
        "{stderr}"
    );
}

#[test]
fn configured_token_sources_are_analysed_and_are_the_only_tokens_suggested() {
    let directory = tempfile::tempdir().expect("temporary directory");
    let root = directory.path();
    std::fs::create_dir_all(root.join("tokens")).expect("mkdir");
    std::fs::create_dir_all(root.join("app")).expect("mkdir");
    std::fs::write(
        root.join("tokens/brand.tokens.json"),
        r##"{ "color": { "$type": "color", "brand": { "$value": "#2563eb" } } }"##,
    )
    .expect("write");
    std::fs::write(
        root.join("app/legacy.css"),
        ":root { --old-blue: #2563eb; }\n",
    )
    .expect("write");
    std::fs::write(root.join("app/a.css"), ".a { color: #2563eb; }\n").expect("write");
    std::fs::write(
        root.join("rebrand.json"),
        r#"{ "tokens": ["tokens/brand.tokens.json"] }"#,
    )
    .expect("write");
    // `app` lies in the project the configuration marks: a partial run, which reads the token
    // file with the rest of the project and lists only `app`'s files.
    let app = root.join("app");
    let analysis = common::analyze_json(&app, &[]);
    let paths: Vec<&str> = analysis["files"]
        .as_array()
        .expect("files")
        .iter()
        .filter_map(|file| file["path"].as_str())
        .collect();
    assert_eq!(paths, ["a.css", "legacy.css"]);
    let raw: Vec<&serde_json::Value> = analysis["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|finding| finding["rule"] == "no-raw-value")
        .collect();
    assert_eq!(raw.len(), 1, "{raw:#?}");
    let message = raw[0]["message"].as_str().expect("message");
    assert!(message.contains("`color.brand`"), "{message}");
    assert!(!message.contains("--old-blue"), "{message}");
}
