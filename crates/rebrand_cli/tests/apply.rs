//! `rebrand apply` on `test-corpus/migration`: the plan in every syntax, the written files
//! (golden snapshots, one per syntax), a second apply that changes nothing, an analysis that
//! finds the new values exactly where the old ones were, and the refusals that keep user work
//! safe.

mod common;

use common::apply;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// A fresh copy of `test-corpus/migration` (the app, its tokens and the migration).
fn migration_copy() -> (tempfile::TempDir, PathBuf, PathBuf) {
    common::migration_fixture("migration")
}

fn assert_succeeded(output: &std::process::Output) {
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The output with the temporary directory's path taken out.
fn portable(text: &str, root: &Path) -> String {
    text.replace(&root.to_string_lossy().into_owned(), "[tmp]")
}

#[test]
fn the_dry_run_plans_every_syntax_and_writes_nothing() {
    let (directory, migration, app) = migration_copy();
    let before = common::contents(directory.path());
    let output = apply(&migration, &app, &[]);
    assert_succeeded(&output);
    assert_eq!(
        common::contents(directory.path()),
        before,
        "a dry run wrote"
    );
    insta::assert_snapshot!(
        "apply_dry_run",
        portable(&stdout(&output), directory.path())
    );
}

#[test]
fn write_rewrites_each_syntax_and_a_second_apply_changes_nothing() {
    let (directory, migration, app) = migration_copy();
    let before = common::contents(&app);
    let output = apply(&migration, &app, &["--write"]);
    assert_succeeded(&output);
    let after = common::contents(&app);
    let mut edited = 0;
    for (path, new) in &after {
        let old = &before[path];
        if old == new {
            continue;
        }
        edited += 1;
        let name = Path::new(path)
            .strip_prefix(&app)
            .expect("inside the app")
            .to_string_lossy()
            .replace(['/', '\\'], "__");
        insta::assert_snapshot!(format!("apply_after__{name}"), String::from_utf8_lossy(new));
    }
    assert_eq!(edited, 10, "every styled file of the app but the package");
    let again = apply(&migration, &app, &["--format", "json"]);
    let plan: Value = serde_json::from_slice(&again.stdout).expect("a JSON plan");
    let places: usize = plan["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|file| file["places"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(places, 0, "a second apply plans edits: {plan:#}");
    let again = apply(&migration, &app, &["--write"]);
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(
        common::contents(&app),
        after,
        "a second apply changed files"
    );
    drop(directory);
}

/// Declarations per file, in order: (property, value text, start of the value).
fn declarations(analysis: &Value) -> BTreeMap<String, Vec<(String, String, u64)>> {
    analysis["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|file| {
            let declarations = file["declarations"]
                .as_array()
                .expect("declarations")
                .iter()
                .map(|declaration| {
                    (
                        declaration["property"]
                            .as_str()
                            .unwrap_or_default()
                            .to_owned(),
                        declaration["value_text"]
                            .as_str()
                            .unwrap_or_default()
                            .to_owned(),
                        declaration["value_range"]["start"].as_u64().unwrap_or(0),
                    )
                })
                .collect();
            (
                file["path"].as_str().expect("path").to_owned(),
                declarations,
            )
        })
        .collect()
}

#[test]
fn after_apply_analysis_finds_the_new_values_where_the_old_ones_were_and_nothing_else_changed() {
    let (directory, migration, app) = migration_copy();
    let before = common::analyze_json(&app, &[]);
    let plan: Value =
        serde_json::from_slice(&apply(&migration, &app, &["--format", "json"]).stdout)
            .expect("a JSON plan");
    let output = apply(&migration, &app, &["--write"]);
    assert_eq!(output.status.code(), Some(0));
    let after = common::analyze_json(&app, &[]);
    let mut planned: BTreeMap<String, Vec<(u64, u64, String)>> = BTreeMap::new();
    for file in plan["files"].as_array().expect("files") {
        let path = file["path"].as_str().expect("path").to_owned();
        for place in file["places"].as_array().expect("places") {
            planned.entry(path.clone()).or_default().push((
                place["range"]["start"].as_u64().expect("start"),
                place["range"]["end"].as_u64().expect("end"),
                place["after"].as_str().expect("after").to_owned(),
            ));
        }
    }
    let (before, after) = (declarations(&before), declarations(&after));
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    let mut changed = 0;
    for (path, old_declarations) in &before {
        let new_declarations = &after[path];
        assert_eq!(
            old_declarations.len(),
            new_declarations.len(),
            "{path}: declarations appeared or vanished"
        );
        let places = planned.get(path).map_or(&[][..], Vec::as_slice);
        for (old, new) in old_declarations.iter().zip(new_declarations) {
            assert_eq!(old.0, new.0, "{path}: a property changed");
            if old.1 == new.1 {
                continue;
            }
            changed += 1;
            // The old value text was at a planned edit, and the new text holds what it wrote.
            let old_end = old.2 + old.1.len() as u64;
            let place = places
                .iter()
                .find(|(start, end, _)| *start < old_end && *end > old.2)
                .unwrap_or_else(|| panic!("{path}: `{}` → `{}` was not planned", old.1, new.1));
            // A bare JavaScript number is written as a quoted string; its text is inside.
            assert!(
                new.1.contains(place.2.trim_matches(['"', '\''])),
                "{path}: `{}` became `{}`, not `{}`",
                old.1,
                new.1,
                place.2
            );
        }
    }
    assert!(changed >= 20, "only {changed} declarations changed");
    drop(directory);
}

#[test]
fn a_dirty_git_tree_is_refused_unless_allowed() {
    let (directory, migration, app) = migration_copy();
    let git = |arguments: &[&str]| {
        let status = std::process::Command::new("git")
            .args([
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@t",
                "-c",
                "commit.gpgsign=false",
            ])
            .args(arguments)
            .current_dir(directory.path())
            .output()
            .expect("git runs");
        assert!(status.status.success(), "{status:?}");
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "start"]);
    let card = app.join("src/components/Card.module.css");
    let mut text = std::fs::read_to_string(&card).expect("read");
    text.push_str("\n.extra { color: red; }\n");
    std::fs::write(&card, &text).expect("write");
    let before = common::contents(&app);
    let output = apply(&migration, &app, &["--write"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("uncommitted changes"), "{stderr}");
    assert!(stderr.contains("Card.module.css"), "{stderr}");
    assert_eq!(common::contents(&app), before, "a refused apply wrote");
    let output = apply(&migration, &app, &["--write", "--allow-dirty"]);
    assert_eq!(output.status.code(), Some(0));
    assert_ne!(common::contents(&app), before);
}

#[test]
fn a_bad_migration_is_reported_at_its_text_and_nothing_is_written() {
    let (directory, migration, app) = migration_copy();
    let before = common::contents(directory.path());
    std::fs::write(
        &migration,
        "{\n  \"from\": \"tokens/old.tokens.json\",\n  \"to\": \"tokens/new.tokens.json\",\n  \"tolerance\": { \"colour\": 2 }\n}\n",
    )
    .expect("write");
    let output = apply(&migration, &app, &["--write"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = portable(&String::from_utf8_lossy(&output.stderr), directory.path());
    assert!(stderr.contains("unknown field `colour`"), "{stderr}");
    assert!(stderr.contains("migration.json:4:"), "{stderr}");
    std::fs::write(
        &migration,
        "{ \"from\": \"tokens/old.tokens.json\", \"to\": \"tokens/new.tokens.json\", \"map\": { \"color.brand\": \"color.nope\" } }",
    )
    .expect("write");
    let output = apply(&migration, &app, &["--write"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("`color.nope`, which the new token set does not define"),
        "{stderr}"
    );
    let mut after = common::contents(directory.path());
    after.remove(&migration.to_string_lossy().into_owned());
    let mut expected = before;
    expected.remove(&migration.to_string_lossy().into_owned());
    assert_eq!(after, expected);
}

#[test]
fn a_resolver_gives_the_new_set_for_the_chosen_context() {
    let (directory, migration, app) = migration_copy();
    let tokens = directory.path().join("tokens");
    std::fs::write(
        tokens.join("dark.tokens.json"),
        r##"{ "color": { "$type": "color", "accent": { "$value": "#a78bfa" } } }"##,
    )
    .expect("write");
    std::fs::write(
        tokens.join("new.resolver.json"),
        r##"{
  "version": "2025.10",
  "sets": { "base": { "sources": [{ "$ref": "new.tokens.json" }] } },
  "modifiers": { "theme": { "default": "light", "contexts": { "light": [], "dark": [{ "$ref": "dark.tokens.json" }] } } },
  "resolutionOrder": [{ "$ref": "#/sets/base" }, { "$ref": "#/modifiers/theme" }]
}"##,
    )
    .expect("write");
    std::fs::write(
        &migration,
        r#"{ "from": "tokens/old.tokens.json", "to": { "resolver": "tokens/new.resolver.json", "context": { "theme": "dark" } } }"#,
    )
    .expect("write");
    let output = apply(&migration, &app, &["--format", "json"]);
    assert_succeeded(&output);
    let plan: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let brand = plan["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .find(|change| change["old"] == "color.brand")
        .expect("color.brand changes");
    assert_eq!(brand["new"], "color.accent");
    assert_eq!(brand["reason"], "deprecated");
    assert_eq!(brand["new_value"], "#a78bfa");
}

#[test]
fn tailwind_classes_move_to_tailwinds_own_theme_key_when_its_value_is_the_new_one() {
    let directory = tempfile::tempdir().expect("temporary directory");
    let root = directory.path();
    std::fs::create_dir_all(root.join("app/src")).expect("mkdir");
    std::fs::write(
        root.join("app/package.json"),
        r#"{ "dependencies": { "tailwindcss": "^4.0.0" } }"#,
    )
    .expect("write");
    std::fs::write(
        root.join("app/src/Cta.tsx"),
        "export const Cta = () => <a className=\"bg-[#2563eb] hover:text-[#2563eb] rounded-[6px] border-[#2563eb]/50\" />;\n",
    )
    .expect("write");
    std::fs::write(
        root.join("old.tokens.json"),
        r##"{ "color": { "$type": "color", "cta": { "$value": "#2563eb" } }, "radius": { "$type": "dimension", "md": { "$value": "6px" } } }"##,
    )
    .expect("write");
    // Tailwind v4's own indigo-600 and rounded-lg values.
    std::fs::write(
        root.join("new.tokens.json"),
        r#"{ "color": { "$type": "color", "indigo": { "600": { "$value": "oklch(51.1% 0.262 276.966)" } } }, "radius": { "$type": "dimension", "lg": { "$value": "0.5rem" } } }"#,
    )
    .expect("write");
    let migration = root.join("migration.json");
    std::fs::write(
        &migration,
        r#"{ "from": "old.tokens.json", "to": "new.tokens.json", "map": { "color.cta": "color.indigo.600", "radius.md": "radius.lg" } }"#,
    )
    .expect("write");
    let output = apply(&migration, &root.join("app"), &["--write"]);
    assert_succeeded(&output);
    assert_eq!(
        std::fs::read_to_string(root.join("app/src/Cta.tsx")).expect("read"),
        "export const Cta = () => <a className=\"bg-indigo-600 hover:text-indigo-600 rounded-lg border-indigo-600/50\" />;\n"
    );
    // Where Tailwind's own value differs from the new token's (v3's indigo-600 here), the class
    // gets an arbitrary value instead.
    std::fs::write(
        root.join("app/src/Cta.tsx"),
        "export const Cta = () => <a className=\"bg-[#2563eb]\" />;\n",
    )
    .expect("write");
    std::fs::write(
        root.join("new.tokens.json"),
        r##"{ "color": { "$type": "color", "indigo": { "600": { "$value": "#4f46e5" } } }, "radius": { "$type": "dimension", "lg": { "$value": "0.5rem" } } }"##,
    )
    .expect("write");
    let output = apply(&migration, &root.join("app"), &["--write"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(root.join("app/src/Cta.tsx")).expect("read"),
        "export const Cta = () => <a className=\"bg-[#4f46e5]\" />;\n"
    );
}
