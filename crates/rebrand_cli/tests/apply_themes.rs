//! `rebrand apply` on `test-corpus/multi-theme`: a rename keeps every theme's own value, the
//! theme the migration names gets its new values, palette entries equal to an old value are
//! listed and never changed, every reference is renamed in every position (Dart Sass still
//! compiles, and its output changes only where the migration says), and a rename that would
//! leave a file it may not edit pointing at an old name is refused.

mod common;

use common::apply;

use std::path::{Path, PathBuf};

use serde_json::Value;

/// A fresh copy of the fixture: (directory, migration, app).
fn fixture() -> (tempfile::TempDir, PathBuf, PathBuf) {
    common::migration_fixture("multi-theme")
}

fn text(path: &Path) -> String {
    std::fs::read_to_string(path).expect("readable")
}

/// The old names a grep must no longer find in the app's sources once the migration is applied.
const OLD_NAMES: [&str; 7] = [
    "--color-brand",
    "$color-brand",
    "--radius-md",
    "$radius-md",
    "$size-breakpoint-sm",
    "colors.brand",
    "radii.md",
];

/// Whole-name occurrences of `name` in `text` (`--color-brand-hover` is not one).
fn occurrences(text: &str, name: &str) -> usize {
    text.match_indices(name)
        .filter(|(offset, _)| {
            let after = text[offset + name.len()..].chars().next();
            let before = text[..*offset].chars().next_back();
            !after.is_some_and(|character| character.is_alphanumeric() || character == '-')
                && !before.is_some_and(|character| character.is_alphanumeric() || character == '-')
        })
        .count()
}

#[test]
fn the_plan_keeps_each_theme_and_lists_what_a_person_decides() {
    let (directory, migration, app) = fixture();
    let before = common::contents(directory.path());
    assert_eq!(apply(&migration, &app, &["--check"]).status.code(), Some(1));
    let output = apply(&migration, &app, &[]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        common::contents(directory.path()),
        before,
        "a dry run wrote"
    );
    let printed = String::from_utf8_lossy(&output.stdout)
        .replace(&directory.path().to_string_lossy().into_owned(), "[tmp]");
    insta::assert_snapshot!("apply_themes_dry_run", printed);
}

#[test]
fn write_keeps_every_theme_compiles_and_leaves_no_old_name() {
    let (_directory, migration, app) = fixture();
    let entry = app.join("src/styles/main.scss");
    let sass = common::sass();
    let compiled_before = sass
        .as_deref()
        .map(|sass| common::sass_compile(sass, &entry).expect("the fixture compiles"));
    let output = apply(&migration, &app, &["--write"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );

    let tokens = text(&app.join("src/styles/themes.css"));
    for kept in [
        "--color-primary: #7c3aed;",
        "--color-text: #0f172a;",
        // The dark theme takes the dark set's value; the other themes keep their own.
        ".dark {\n  --color-primary: #a78bfa;\n  --color-text: #f9fafb;",
        "[data-theme=\"contrast\"],\n.theme-contrast {\n  --color-primary: #0000ee;\n  --color-text: #000000;",
        ":root:not(.light) {\n    --color-primary: #a78bfa;",
        "--color-primary: var(--user-brand, #2563eb);",
        "--radius-control: 4px;",
        // Palette entries equal to the old brand colour are not the brand.
        "--color-blue-600: #2563eb;",
        "--color-sky-400: #2563eb;",
    ] {
        assert!(tokens.contains(kept), "`{kept}` is missing:\n{tokens}");
    }
    let theme = text(&app.join("src/theme.ts"));
    assert!(
        theme.contains("colors: { primary: \"#7c3aed\", text: \"#0f172a\" }"),
        "{theme}"
    );
    assert!(
        theme.contains("colors: { primary: \"#a78bfa\", text: \"#f9fafb\" }"),
        "{theme}"
    );
    assert!(text(&app.join("src/styles/_tokens.scss")).contains("$color-blue-600: #2563eb;"));

    for (path, contents) in common::contents(&app.join("src")) {
        let contents = String::from_utf8_lossy(&contents);
        for name in OLD_NAMES {
            assert_eq!(
                occurrences(&contents, name),
                0,
                "`{path}` still names `{name}`:\n{contents}"
            );
        }
    }
    // Documents are listed, not edited.
    assert_eq!(
        occurrences(&text(&app.join("docs/tokens.md")), "--color-brand"),
        1
    );

    let again = apply(&migration, &app, &["--check"]);
    assert_eq!(again.status.code(), Some(0), "--check after the apply");
    assert!(
        String::from_utf8_lossy(&again.stdout).contains("\n0 places in 0 files"),
        "a second apply planned edits:\n{}",
        String::from_utf8_lossy(&again.stdout)
    );

    if let (Some(sass), Some(before)) = (sass, compiled_before) {
        let after = common::sass_compile(&sass, &entry)
            .expect("the stylesheet still compiles after the migration");
        let changed: Vec<String> = before
            .lines()
            .zip(after.lines())
            .filter(|(old, new)| old != new)
            .map(|(old, new)| format!("{} → {}", old.trim(), new.trim()))
            .collect();
        assert_eq!(before.lines().count(), after.lines().count(), "{after}");
        insta::assert_snapshot!("apply_themes_compiled_changes", changed.join("\n"));
    }
}

#[test]
fn an_old_name_brought_back_is_an_unknown_token() {
    let (_directory, migration, app) = fixture();
    assert_eq!(apply(&migration, &app, &["--write"]).status.code(), Some(0));
    // `--color-brand` is no colour of Tailwind's default theme, so in this Tailwind project it is
    // unknown too.
    std::fs::write(
        app.join("src/components/_late.scss"),
        "@use \"../styles/tokens\" as t;\n\n.late {\n  color: t.$color-brand;\n}\n",
    )
    .expect("written");
    std::fs::write(
        app.join("src/components/Late.module.css"),
        ".late {\n  color: var(--color-brand);\n}\n",
    )
    .expect("written");
    let analysis = common::analyze_json(&app, &[]);
    let reported: Vec<&str> = analysis["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|diagnostic| diagnostic["rule"] == "no-unknown-token")
        .filter_map(|diagnostic| diagnostic["file"].as_str())
        .collect();
    let found = reported
        == [
            "src/components/Late.module.css",
            "src/components/_late.scss",
        ];
    assert!(found, "{reported:?}\n{:#}", analysis["diagnostics"]);
}

#[test]
fn a_rename_that_would_dangle_in_a_file_left_out_is_refused() {
    let (directory, migration, app) = fixture();
    let before = common::contents(directory.path());
    let output = apply(
        &migration,
        &app,
        &["--write", "--exclude", "src/components/**"],
    );
    assert_eq!(output.status.code(), Some(1));
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(
        errors.contains("would still name a renamed token"),
        "{errors}"
    );
    assert_eq!(
        common::contents(directory.path()),
        before,
        "a refused apply wrote"
    );

    let plan = apply(
        &migration,
        &app,
        &["--format", "json", "--exclude", "src/components/**"],
    );
    let plan: Value = serde_json::from_slice(&plan.stdout).expect("a JSON plan");
    let left_out: Vec<&str> = plan["left_out"]
        .as_array()
        .expect("left_out")
        .iter()
        .map(|file| file["path"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(
        left_out,
        [
            "src/components/Badge.tsx",
            "src/components/Button.tsx",
            "src/components/Card.module.css",
            "src/components/_panel.scss"
        ]
    );
    assert_eq!(plan["documents"][0]["path"], "docs/tokens.md");
    // A Tailwind class of a renamed theme variable dangles too (`bg-brand` once `--color-brand`
    // is `--color-primary`).
    let badge_names: Vec<&str> = plan["left_out"][0]["mentions"]
        .as_array()
        .expect("mentions")
        .iter()
        .filter_map(|mention| mention["name"].as_str())
        .collect();
    assert!(badge_names.contains(&"brand"), "{badge_names:?}");
    // A dry run prints the plan and warns; only `--write` refuses.
    let dry = apply(&migration, &app, &["--exclude", "src/components/**"]);
    assert_eq!(dry.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&dry.stderr).contains("warning: 27 places would still name"));

    let allowed = apply(
        &migration,
        &app,
        &[
            "--write",
            "--allow-dangling",
            "--exclude",
            "src/components/**",
        ],
    );
    assert_eq!(allowed.status.code(), Some(0));
    assert!(text(&app.join("src/components/Card.module.css")).contains("var(--color-brand)"));
    assert!(text(&app.join("src/styles/themes.css")).contains("--color-primary: #7c3aed;"));
}
