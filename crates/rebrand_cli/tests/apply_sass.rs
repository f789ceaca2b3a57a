//! After `rebrand apply` over the whole `test-corpus/`, every SCSS file that Dart Sass compiled
//! before still compiles, and the compiled CSS differs only in declarations the plan names:
//! those it edited, and those that read a variable it edited (directly or through other
//! variables).
//!
//! Dart Sass is the npm package `sass`; `.ci/run` installs it and sets `REBRAND_SASS`. Without
//! it the test is skipped, except under CI, where it fails.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_json::Value;

/// Every `.scss` file under `root`, relative, sorted.
fn scss_files(root: &Path) -> Vec<String> {
    let mut files: Vec<String> = common::contents(root)
        .into_keys()
        .filter(|path| {
            Path::new(path)
                .extension()
                .is_some_and(|extension| extension.eq_ignore_ascii_case("scss"))
        })
        .map(|path| {
            Path::new(&path)
                .strip_prefix(root)
                .expect("inside")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    files.sort();
    files
}

fn overlaps(range: &Value, start: u64, end: u64) -> bool {
    let (from, to) = (
        range["start"].as_u64().unwrap_or(0),
        range["end"].as_u64().unwrap_or(0),
    );
    from < end && start < to
}

/// `$name` words in a value (a namespace before them, `t.$name`, is ignored).
fn scss_names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    for (offset, _) in text.match_indices('$') {
        let name: String = text[offset + 1..]
            .chars()
            .take_while(|character| character.is_alphanumeric() || matches!(character, '-' | '_'))
            .collect();
        if !name.is_empty() {
            names.push(format!("${name}"));
        }
    }
    names
}

/// The (selector, property) pairs whose compiled value the plan may change.
fn named_declarations(analysis: &Value, plan: &Value) -> BTreeSet<(String, String)> {
    let mut places: BTreeMap<&str, Vec<(u64, u64)>> = BTreeMap::new();
    for file in plan["files"].as_array().expect("files") {
        for place in file["places"].as_array().expect("places") {
            places
                .entry(file["path"].as_str().expect("path"))
                .or_default()
                .push((
                    place["range"]["start"].as_u64().expect("start"),
                    place["range"]["end"].as_u64().expect("end"),
                ));
        }
    }
    let files = analysis["files"].as_array().expect("files");
    let edited = |file: &Value, range: &Value| {
        places
            .get(file["path"].as_str().unwrap_or_default())
            .is_some_and(|ranges| {
                ranges
                    .iter()
                    .any(|(start, end)| overlaps(range, *start, *end))
            })
    };
    // Variables the plan edits, then those defined through them, until nothing is added.
    let mut variables: BTreeSet<String> = BTreeSet::new();
    loop {
        let before = variables.len();
        for file in files {
            for token in file["tokens"].as_array().expect("tokens") {
                let name = token["name"].as_str().unwrap_or_default();
                let reads_edited = scss_names(token["value_text"].as_str().unwrap_or_default())
                    .iter()
                    .any(|read| variables.contains(read));
                if edited(file, &token["range"]) || reads_edited {
                    variables.insert(name.to_owned());
                }
            }
        }
        if variables.len() == before {
            break;
        }
    }
    let mut named = BTreeSet::new();
    for file in files {
        for declaration in file["declarations"].as_array().expect("declarations") {
            let reads_edited = scss_names(declaration["value_text"].as_str().unwrap_or_default())
                .iter()
                .any(|read| variables.contains(read));
            if edited(file, &declaration["range"]) || reads_edited {
                let property = declaration["shorthand"]["property"]
                    .as_str()
                    .or_else(|| declaration["written_property"].as_str())
                    .or_else(|| declaration["property"].as_str())
                    .unwrap_or_default();
                // A mixin's declaration has no selector of its own: it reaches every rule of
                // its file that includes it.
                let selector = declaration["origin"]["selector"].as_str().map_or_else(
                    || mixin_in(file["path"].as_str().unwrap_or_default()),
                    str::to_owned,
                );
                named.insert((selector, property.to_owned()));
            }
        }
    }
    named
}

/// What [`named_declarations`] names a mixin's declaration by: any rule of `file`.
fn mixin_in(file: &str) -> String {
    format!("any rule of {file} that includes a mixin")
}

/// Each changed line of the compiled CSS as (selector, property).
fn changed_declarations(before: &str, after: &str) -> Vec<(String, String)> {
    let (before, after): (Vec<&str>, Vec<&str>) =
        (before.lines().collect(), after.lines().collect());
    assert_eq!(
        before.len(),
        after.len(),
        "rules appeared or vanished:\n{}",
        after.join("\n")
    );
    let mut selector = String::new();
    let mut changed = Vec::new();
    for (old, new) in before.iter().zip(&after) {
        if let Some(head) = new.trim().strip_suffix('{') {
            head.trim().clone_into(&mut selector);
        }
        if old == new {
            continue;
        }
        let (old_property, _) = old
            .trim()
            .split_once(':')
            .expect("a changed line is a declaration");
        let (new_property, _) = new
            .trim()
            .split_once(':')
            .expect("a changed line is a declaration");
        assert_eq!(
            old_property, new_property,
            "a property changed: `{old}` → `{new}`"
        );
        changed.push((selector.clone(), new_property.trim().to_owned()));
    }
    changed
}

#[test]
fn scss_still_compiles_after_apply_and_changes_only_where_the_plan_says() {
    let Some(sass) = common::sass() else {
        return;
    };
    let directory = tempfile::tempdir().expect("temporary directory");
    let root = directory.path();
    common::copy_tree(&common::corpus(), root);
    // `multi-theme` has a migration of its own, judged by Dart Sass in `apply_themes.rs`.
    std::fs::remove_dir_all(root.join("multi-theme")).expect("the multi-theme fixture");
    let files = scss_files(root);
    let before: BTreeMap<&String, Option<String>> = files
        .iter()
        .map(|file| (file, common::sass_compile(&sass, &root.join(file))))
        .collect();
    assert!(before.values().filter(|css| css.is_some()).count() >= 5);
    let analysis = common::analyze_json(root, &[]);
    let migration = root.join("migration/migration.json");
    let (migration, target) = (
        migration.to_string_lossy().into_owned(),
        root.to_string_lossy().into_owned(),
    );
    let plan_output = common::rebrand(&["apply", &migration, &target, "--format", "json"]);
    assert_eq!(plan_output.status.code(), Some(0));
    let plan: Value = serde_json::from_slice(&plan_output.stdout).expect("a JSON plan");
    let named = named_declarations(&analysis, &plan);
    let output = common::rebrand(&["apply", &migration, &target, "--write", "--allow-dirty"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut changed_lines = 0;
    for (file, compiled) in &before {
        let Some(compiled) = compiled else { continue };
        let after = common::sass_compile(&sass, &root.join(file))
            .unwrap_or_else(|| panic!("`{file}` compiled before the migration and not after"));
        for (selector, property) in changed_declarations(compiled, &after) {
            assert!(
                named.contains(&(selector.clone(), property.clone()))
                    || named.contains(&(mixin_in(file), property.clone())),
                "`{file}`: `{selector} {{ {property} }}` changed, but the plan names no declaration that sets it"
            );
            changed_lines += 1;
        }
    }
    assert!(
        changed_lines >= 4,
        "only {changed_lines} compiled declarations changed"
    );
}
