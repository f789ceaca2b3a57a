//! Parsing, error spans and the committed schema.

use super::*;

fn error_text(text: &str) -> (String, String) {
    let error = Config::parse(text).expect_err("an invalid configuration");
    let snippet = error.range.slice(text).unwrap_or_default().to_owned();
    (error.message, snippet)
}

#[test]
fn a_full_jsonc_configuration_parses() {
    let text = r#"{
      // Our design system.
      "$schema": "./rebrand.schema.json",
      "exclude": ["legacy/**"],
      "tokens": ["tokens/brand.tokens.json"],
      "patterns": { "similarity": 0.7 },
      "rules": {
        "no-raw-value": { "level": "error", "options": { "colorTolerance": 2 } },
        "pattern-drift": "off",
      },
    }"#;
    let config = Config::parse(text).expect("valid");
    assert_eq!(config.exclude, ["legacy/**"]);
    assert!((config.patterns.similarity - 0.7).abs() < 1e-9);
    assert_eq!(config.patterns.min_members, 2);
    let raw = config.rules.no_raw_value.expect("set");
    assert_eq!(raw.level, Level::Error);
    assert!((raw.options.color_tolerance - 2.0).abs() < 1e-9);
    assert!(
        raw.options.length_tolerance.abs() < 1e-9,
        "an option not written keeps its default"
    );
    assert_eq!(config.rules.pattern_drift.expect("set").level, Level::Off);
}

#[test]
fn an_unknown_rule_is_an_error_pointing_at_its_name() {
    let (message, snippet) = error_text("{\n  \"rules\": {\n    \"no-raw-valu\": \"warn\"\n  }\n}");
    assert!(message.contains("unknown field `no-raw-valu`"), "{message}");
    assert_eq!(snippet, "\"no-raw-valu\"");
}

#[test]
fn a_bad_level_is_an_error_pointing_at_the_value() {
    let (message, snippet) = error_text("{ \"rules\": { \"pattern-drift\": \"loud\" } }");
    assert!(message.contains("unknown variant `loud`"), "{message}");
    assert_eq!(snippet, "\"loud\"");
}

#[test]
fn an_unknown_option_is_an_error() {
    let (message, _) = error_text(
        r#"{ "rules": { "no-raw-value": { "level": "warn", "options": { "tolerance": 1 } } } }"#,
    );
    assert!(message.contains("unknown field `tolerance`"), "{message}");
}

#[test]
fn a_wrong_type_points_at_the_value() {
    let (message, snippet) = error_text("{\n  \"patterns\": { \"minMembers\": \"three\" }\n}");
    assert!(
        message.contains("invalid type: string \"three\""),
        "{message}"
    );
    assert_eq!(snippet, "\"three\"");
}

#[test]
fn an_out_of_range_threshold_points_at_its_key() {
    let (message, snippet) = error_text("{ \"patterns\": { \"similarity\": 1.5 } }");
    assert!(message.contains("between 0 and 1"), "{message}");
    assert_eq!(snippet, "\"similarity\"");
}

#[test]
fn broken_json_is_an_error_with_a_position() {
    let (message, snippet) = error_text("{ \"exclude\": [\"a\" \"b\"] }");
    assert!(message.contains("expected"), "{message}");
    assert!(!snippet.is_empty());
}

/// Fails when the committed schema `file` differs from `generated`; `UPDATE_SCHEMA=1` rewrites it.
fn assert_committed_schema(file: &str, generated: &str) {
    let path = format!("{}/../../{file}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, generated).expect("schema written");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{file} is out of date: run `UPDATE_SCHEMA=1 cargo test -p rebrand_config`"
    );
}

#[test]
fn the_committed_schema_is_current() {
    assert_committed_schema("rebrand.schema.json", &json_schema());
}

#[test]
fn the_committed_migration_schema_is_current() {
    assert_committed_schema("migration.schema.json", &migration_json_schema());
}
