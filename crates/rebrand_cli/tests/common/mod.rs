//! Helpers shared by the CLI's integration tests: running the binary and rendering facts compactly.

#![allow(dead_code)] // Each test binary uses its own subset of these helpers.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Output;

use rebrand_text::LineIndex;
use serde_json::Value;

/// Every element of an `analyze --format json` result by (file, id): its file, name and where
/// its name starts.
pub fn elements_by_id(
    analysis: &Value,
) -> std::collections::BTreeMap<(String, u64), (String, String, u64)> {
    let mut elements = std::collections::BTreeMap::new();
    for file in analysis["files"].as_array().expect("files") {
        let path = file["path"].as_str().expect("path");
        for element in file["elements"].as_array().into_iter().flatten() {
            elements.insert(
                (path.to_owned(), element["id"].as_u64().expect("id")),
                (
                    path.to_owned(),
                    element["name"].as_str().expect("name").to_owned(),
                    element["range"]["start"].as_u64().expect("start"),
                ),
            );
        }
    }
    elements
}

/// Per linked element of an `analyze --format json` result, named by `name(path, tag, start)`,
/// what `values` reads from its link record, sorted.
pub fn per_linked_element(
    analysis: &Value,
    name: impl Fn(&str, &str, u64) -> String,
    values: impl Fn(&Value) -> Vec<String>,
) -> std::collections::BTreeMap<String, Vec<String>> {
    let elements = elements_by_id(analysis);
    analysis["links"]["elements"]
        .as_array()
        .expect("linked elements")
        .iter()
        .map(|style| {
            let (path, tag, start) = &elements[&linked_key(style)];
            let mut found = values(style);
            found.sort();
            (name(path, tag, *start), found)
        })
        .collect()
}

/// The key of a linked element (`links.elements[]`) in [`elements_by_id`].
pub fn linked_key(style: &Value) -> (String, u64) {
    (
        style["file"].as_str().expect("file").to_owned(),
        style["element"].as_u64().expect("element"),
    )
}

/// The repository's `test-corpus/` directory.
pub fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test-corpus")
}

/// Copies a directory tree.
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("a directory") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a type").is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// Every file under `root` with its bytes, by path.
pub fn contents(root: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut files = std::collections::BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(directory) = stack.pop() {
        for entry in std::fs::read_dir(&directory).expect("a directory") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                // rebrand's own state (lock, journal) is not the project's contents.
                if !path.ends_with(".rebrand") {
                    stack.push(path);
                }
            } else {
                files.insert(
                    path.to_string_lossy().into_owned(),
                    std::fs::read(&path).expect("read"),
                );
            }
        }
    }
    files
}

/// Runs `rebrand` with `arguments` and returns its output.
pub fn rebrand(arguments: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_rebrand"))
        .args(arguments)
        .env("NO_COLOR", "1")
        .output()
        .expect("the rebrand binary runs")
}

/// Runs `rebrand analyze --format json` on `path` and parses the result.
pub fn analyze_json(path: &Path, extra: &[&str]) -> Value {
    let path = path.to_string_lossy().into_owned();
    let mut arguments = vec!["analyze", path.as_str(), "--format", "json"];
    arguments.extend_from_slice(extra);
    let output = rebrand(&arguments);
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "rebrand failed: {}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("analyze prints JSON")
}

/// One line per fact: where it is (line:column), what it sets, how it is typed, where it came
/// from and when it applies. Readable in a snapshot diff, and it pins every field that matters.
pub fn compact_facts(root: &Path, analysis: &Value) -> String {
    let mut out = String::new();
    for file in analysis["files"].as_array().expect("files") {
        let path = file["path"].as_str().expect("path");
        let text = std::fs::read_to_string(root.join(path)).unwrap_or_default();
        let index = LineIndex::new(&text);
        let position = |range: &Value| {
            let start = range["start"].as_u64().unwrap_or(0) as u32;
            let location = index.line_column(&text, start);
            format!("{}:{}", location.line, location.column + 1)
        };
        let _ = writeln!(
            out,
            "## {path} ({}{})",
            file["kind"].as_str().unwrap_or_default(),
            if file["parsed_cleanly"].as_bool() == Some(true) {
                ""
            } else {
                ", with errors"
            }
        );
        for declaration in file["declarations"].as_array().expect("declarations") {
            let origin = &declaration["origin"];
            let mut line = format!(
                "{} {} = {:?}{} {}",
                position(&declaration["value_range"]),
                declaration["property"].as_str().unwrap_or_default(),
                declaration["value_text"].as_str().unwrap_or_default(),
                declaration["css_value"]
                    .as_str()
                    .map(|css| format!(" ({css})"))
                    .unwrap_or_default(),
                typed(&declaration["value"]),
            );
            if let Some(shorthand) = declaration["shorthand"]["property"].as_str() {
                let _ = write!(line, " <- {shorthand}");
            }
            if declaration["important"].as_bool() == Some(true) {
                line.push_str(" !important");
            }
            let _ = write!(line, " | {}", origin["syntax"].as_str().unwrap_or_default());
            for key in ["selector", "binding", "utility", "mixin"] {
                if let Some(value) = origin[key].as_str() {
                    let _ = write!(line, " {key}={value:?}");
                }
            }
            let condition = &declaration["condition"];
            if !condition.is_null() {
                let _ = write!(line, " | {condition}");
            }
            out.push_str(&line);
            out.push('\n');
        }
        for token in file["tokens"].as_array().expect("tokens") {
            let _ = writeln!(
                out,
                "{} token {} {} = {:?} {}{}{}{}",
                position(&token["name_range"]),
                token["kind"].as_str().unwrap_or_default(),
                token["name"].as_str().unwrap_or_default(),
                token["value_text"].as_str().unwrap_or_default(),
                typed(&token["value"]),
                token["scope"]
                    .as_str()
                    .map(|scope| format!(" scope={scope:?}"))
                    .unwrap_or_default(),
                token["media"]
                    .as_array()
                    .map(|media| format!(" media={}", Value::Array(media.clone())))
                    .unwrap_or_default(),
                if token["is_default"].as_bool() == Some(true) {
                    " !default"
                } else {
                    ""
                },
            );
        }
        render_imports(&mut out, file, &position);
        render_templates(&mut out, file, &position);
        render_structure(&mut out, file, &position);
        if let Some(classes) = file["module_classes"].as_array() {
            let names: Vec<_> = classes.iter().filter_map(Value::as_str).collect();
            let _ = writeln!(out, "module classes: {}", names.join(" "));
        }
        for problem in file["problems"].as_array().expect("problems") {
            let _ = writeln!(
                out,
                "{} problem {} {}: {}",
                position(&problem["range"]),
                problem["severity"].as_str().unwrap_or_default(),
                problem["code"].as_str().unwrap_or_default(),
                problem["message"].as_str().unwrap_or_default(),
            );
        }
    }
    out
}

/// One line per CSS-in-JS template: its kind, binding and each hole's position and what is
/// known of it.
fn render_templates(out: &mut String, file: &Value, position: &dyn Fn(&Value) -> String) {
    for template in file["templates"].as_array().into_iter().flatten() {
        let holes: Vec<String> = template["holes"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|hole| {
                let mut text = hole["position"].as_str().unwrap_or_default().to_owned();
                for key in ["name", "theme_path", "text"] {
                    if let Some(value) = hole[key].as_str() {
                        let _ = write!(text, " {key}={value:?}");
                    }
                }
                if let Some(branches) = hole["branches"].as_array() {
                    let _ = write!(text, " branches={}", Value::Array(branches.clone()));
                }
                text
            })
            .collect();
        let _ = writeln!(
            out,
            "{} template {}{} holes=[{}]",
            position(&template["range"]),
            template["kind"].as_str().unwrap_or_default(),
            template["binding"]
                .as_str()
                .map(|binding| format!(" binding={binding}"))
                .unwrap_or_default(),
            holes.join(", ")
        );
    }
}

/// One line per JS import, component and element.
/// A prop written on an element: `name=value`, or the name when an expression gives it.
fn prop_label(prop: &Value) -> String {
    let name = prop["name"].as_str().unwrap_or_default();
    match prop["value"].as_str() {
        Some(value) => format!("{name}={value}"),
        None => name.to_owned(),
    }
}

/// A class reference; one that needs props or a run-time condition says which.
fn class_label(class: &Value) -> String {
    let name = match class["type"].as_str().unwrap_or_default() {
        "static" => class["name"].as_str().unwrap_or_default().to_owned(),
        "module" => format!(
            "{}.{}",
            class["object"].as_str().unwrap_or_default(),
            class["name"].as_str().unwrap_or_default()
        ),
        _ => format!("?({})", class["reason"].as_str().unwrap_or_default()),
    };
    if class["when"].is_null() {
        name
    } else {
        format!("{name}@{}", class["when"])
    }
}

fn render_structure(out: &mut String, file: &Value, position: &dyn Fn(&Value) -> String) {
    for import in file["js_imports"].as_array().into_iter().flatten() {
        let names: Vec<String> = import["names"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|pair| {
                format!(
                    "{}={}",
                    pair[0].as_str().unwrap_or_default(),
                    pair[1].as_str().unwrap_or_default()
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "{} js-import {:?} {}",
            position(&import["range"]),
            import["source"].as_str().unwrap_or_default(),
            names.join(" ")
        );
    }
    for component in file["components"].as_array().into_iter().flatten() {
        let _ = writeln!(
            out,
            "{} component {} {}{}{}",
            position(&component["range"]),
            component["name"].as_str().unwrap_or_default(),
            component["kind"].as_str().unwrap_or_default(),
            component["export"]
                .as_str()
                .map(|export| format!(" export={export}"))
                .unwrap_or_default(),
            component["styles"]
                .as_str()
                .map(|styles| format!(" styles={styles}"))
                .unwrap_or_default(),
        );
    }
    for element in file["elements"].as_array().into_iter().flatten() {
        let mut line = format!(
            "{} element #{} <{}>",
            position(&element["name_range"]),
            element["id"],
            element["name"].as_str().unwrap_or_default()
        );
        for key in ["parent", "component", "role"] {
            if !element[key].is_null() {
                let _ = write!(line, " {key}={}", element[key]);
            }
        }
        for key in [
            "explicit_role",
            "focusable",
            "repeated",
            "receives_class_name",
        ] {
            if element[key].as_bool() == Some(true) {
                let _ = write!(line, " {key}");
            }
        }
        for key in ["handlers", "states", "children"] {
            if let Some(list) = element[key].as_array() {
                let items: Vec<&str> = list.iter().filter_map(Value::as_str).collect();
                let _ = write!(line, " {key}=[{}]", items.join(","));
            }
        }
        let props: Vec<String> = element["props"]
            .as_array()
            .into_iter()
            .flatten()
            .map(prop_label)
            .collect();
        if !props.is_empty() {
            let _ = write!(line, " props=[{}]", props.join(","));
        }
        let classes: Vec<String> = element["classes"]
            .as_array()
            .into_iter()
            .flatten()
            .map(class_label)
            .collect();
        if !classes.is_empty() {
            let _ = write!(line, " classes=[{}]", classes.join(" "));
        }
        let _ = writeln!(out, "{line}");
    }
}

/// One line per `@use`/`@forward`/`@import`.
fn render_imports(out: &mut String, file: &Value, position: &dyn Fn(&Value) -> String) {
    for composition in file["composes"].as_array().into_iter().flatten() {
        let names: Vec<&str> = composition["composes"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let _ = writeln!(
            out,
            "{} composes .{} <- {}{}",
            position(&composition["range"]),
            composition["class"].as_str().unwrap_or_default(),
            names.join(" "),
            composition["from"]
                .as_str()
                .map(|from| format!(" from {from}"))
                .unwrap_or_default()
        );
    }
    let Some(imports) = file["imports"].as_array() else {
        return;
    };
    for import in imports {
        let _ = writeln!(
            out,
            "{} import {} {:?}{}",
            position(&import["url_range"]),
            import["kind"].as_str().unwrap_or_default(),
            import["url"].as_str().unwrap_or_default(),
            import["namespace"]
                .as_str()
                .map(|namespace| format!(" as {namespace}"))
                .unwrap_or_default()
        );
    }
}

/// A typed value in a few characters: `color(l a b a)`, `length(8px)`, `ref(custom-property --x)`.
fn typed(value: &Value) -> String {
    match value["type"].as_str().unwrap_or_default() {
        "color" => {
            let oklab = &value["oklab"];
            format!(
                "color(oklab {:.3} {:.3} {:.3} / {:.2})",
                oklab["l"].as_f64().unwrap_or_default(),
                oklab["a"].as_f64().unwrap_or_default(),
                oklab["b"].as_f64().unwrap_or_default(),
                oklab["alpha"].as_f64().unwrap_or_default()
            )
        }
        "length" => match value["px"].as_f64() {
            Some(px) => format!("length({px}px)"),
            None => format!(
                "length({}{}, relative)",
                value["number"],
                value["unit"].as_str().unwrap_or_default()
            ),
        },
        "number" => format!("number({})", value["number"]),
        "keyword" => format!("keyword({})", value["keyword"].as_str().unwrap_or_default()),
        "reference" => format!(
            "ref({} {}{})",
            value["kind"].as_str().unwrap_or_default(),
            value["name"].as_str().unwrap_or_default(),
            value["fallback"]
                .as_str()
                .map(|fallback| format!(", {fallback}"))
                .unwrap_or_default()
        ),
        "unresolved" => format!(
            "unresolved({})",
            value["reason"].as_str().unwrap_or_default()
        ),
        other => other.to_owned(),
    }
}

/// A project of `files` stylesheets (and their tokens) that all use the migrated token and its
/// old value, with the migration at `root/migration.json` and the app in `root/app`.
pub fn migration_project(root: &Path, files: usize) {
    std::fs::create_dir_all(root.join("tokens")).expect("mkdir");
    copy_tree(&corpus().join("migration/tokens"), &root.join("tokens"));
    std::fs::copy(
        corpus().join("migration/migration.json"),
        root.join("migration.json"),
    )
    .expect("copy the migration");
    let source = root.join("app/src");
    std::fs::create_dir_all(&source).expect("mkdir");
    std::fs::write(
        source.join("tokens.css"),
        ":root {\n  --color-brand: #2563eb;\n  --radius-md: 6px;\n}\n",
    )
    .expect("write");
    for index in 0..files {
        std::fs::write(
            source.join(format!("card{index:04}.css")),
            format!(
                ".card{index} {{\n  color: var(--color-brand);\n  border: 1px solid #2563eb;\n  border-radius: var(--radius-md);\n  padding: {index}px;\n}}\n"
            ),
        )
        .expect("write");
    }
}

/// Dart Sass: `REBRAND_SASS`, else `sass` on the path. Without it a test is skipped (`None`),
/// except under CI, where `.ci/run` installs it and its absence fails the test.
pub fn sass() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("REBRAND_SASS") {
        return Some(PathBuf::from(path));
    }
    let found = std::process::Command::new("sass")
        .arg("--version")
        .output()
        .is_ok_and(|output| output.status.success());
    assert!(
        found || std::env::var_os("CI").is_none(),
        "Dart Sass is missing: .ci/run installs the npm package `sass` and sets REBRAND_SASS"
    );
    if !found {
        eprintln!("skipped: Dart Sass not found (set REBRAND_SASS or put `sass` on PATH)");
    }
    found.then(|| PathBuf::from("sass"))
}

/// The CSS Dart Sass compiles `file` to, or `None` when Sass rejects the file.
pub fn sass_compile(sass: &Path, file: &Path) -> Option<String> {
    let output = std::process::Command::new(sass)
        .args(["--no-source-map", "--quiet"])
        .arg(file)
        .output()
        .expect("sass runs");
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

/// A fresh copy of a migration fixture of `test-corpus/` (`migration.json`, its token sets and
/// `app/`): (the temporary directory, the migration, the app).
pub fn migration_fixture(name: &str) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let directory = tempfile::tempdir().expect("temporary directory");
    copy_tree(&corpus().join(name), directory.path());
    let migration = directory.path().join("migration.json");
    let app = directory.path().join("app");
    (directory, migration, app)
}

/// `rebrand apply MIGRATION APP EXTRA…`.
pub fn apply(migration: &Path, app: &Path, extra: &[&str]) -> Output {
    let migration = migration.to_string_lossy().into_owned();
    let app = app.to_string_lossy().into_owned();
    let mut arguments = vec!["apply", migration.as_str(), app.as_str()];
    arguments.extend_from_slice(extra);
    rebrand(&arguments)
}
