//! `rebrand apply --pattern … --set …` and a migration file's `patterns`, on the pattern fixtures
//! of `test-corpus`: `pattern-change` (a tag look written four ways and a chip that reuses its
//! class), `pattern-change-tailwind`, `pattern-rebrand` (six syntaxes, drifted members,
//! `normalize`, `--at member`), `pattern-change-dark` (themes, states), `pattern-change-token` (a
//! token only the pattern uses) and `pattern-states` (states no member styles yet).

mod common;

fn apply(root: &std::path::Path, extra: &[&str]) -> std::process::Output {
    apply_setting(root, "border-radius=8px", extra)
}

fn apply_setting(root: &std::path::Path, set: &str, extra: &[&str]) -> std::process::Output {
    change(root, "src/Tags.tsx:19", &[set], extra)
}

/// `rebrand apply --pattern PATTERN --set SET… ROOT EXTRA…`.
fn change(
    root: &std::path::Path,
    pattern: &str,
    sets: &[&str],
    extra: &[&str],
) -> std::process::Output {
    let root = root.to_string_lossy();
    let mut arguments = vec!["apply", "--pattern", pattern];
    for set in sets {
        arguments.extend(["--set", set]);
    }
    arguments.push(root.as_ref());
    arguments.extend_from_slice(extra);
    common::rebrand(&arguments)
}

/// Asserts that a `--write` exited 0: written, and verified by analysing the project again.
fn assert_verified(written: &std::process::Output) {
    assert_eq!(
        written.status.code(),
        Some(0),
        "the written project is verified: {}",
        String::from_utf8_lossy(&written.stderr)
    );
}

/// Asserts that a `--write` was refused with `why` in its message, and wrote nothing under `root`.
fn assert_refused(
    refused: &std::process::Output,
    why: &str,
    root: &std::path::Path,
    before: &std::collections::BTreeMap<String, Vec<u8>>,
) {
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains(why),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    assert_eq!(&common::contents(root), before, "nothing is written");
}

/// Asserts that a dry run plans no edit: the change is done.
fn assert_nothing_planned(again: &std::process::Output) {
    assert!(
        String::from_utf8_lossy(&again.stdout).contains("0 edits in 0 files"),
        "{}",
        String::from_utf8_lossy(&again.stdout)
    );
}

/// The pattern of seven tag members in the project at `root`.
fn tag_pattern(root: &std::path::Path) -> serde_json::Value {
    let found = common::rebrand(&["patterns", &root.to_string_lossy(), "--format", "json"]);
    let found: serde_json::Value = serde_json::from_slice(&found.stdout).expect("JSON");
    found["patterns"]
        .as_array()
        .expect("patterns")
        .iter()
        .find(|pattern| pattern["members"].as_array().expect("members").len() == 7)
        .expect("the tag pattern has seven members")
        .clone()
}

#[test]
fn the_preview_edits_each_shared_declaration_once_and_lists_the_collateral() {
    let output = apply(&common::corpus().join("pattern-change"), &[]);
    assert_eq!(output.status.code(), Some(0));
    insta::assert_snapshot!(String::from_utf8_lossy(&output.stdout));
}

#[test]
fn a_change_with_collateral_is_refused_then_written_when_allowed_and_then_done() {
    let directory = tempfile::tempdir().expect("temporary directory");
    common::copy_tree(&common::corpus().join("pattern-change"), directory.path());
    let before = common::contents(directory.path());
    let id_before = tag_pattern(directory.path())["id"].clone();
    let refused = apply(directory.path(), &["--write", "--allow-dirty"]);
    assert_refused(&refused, "--allow-collateral", directory.path(), &before);

    let written = apply(
        directory.path(),
        &["--write", "--allow-dirty", "--allow-collateral"],
    );
    assert_verified(&written);
    // Every member now has the new radius, written once per declaration, and the pattern keeps
    // its id: the change is addressed by the same id again.
    let tags = tag_pattern(directory.path());
    assert_eq!(tags["id"], id_before);
    let radius = tags["canonical"]
        .as_array()
        .expect("canonical")
        .iter()
        .find(|value| value["property"] == "border-top-left-radius")
        .expect("a radius");
    assert_eq!(
        (radius["value"].as_str(), radius["agreement"].as_f64()),
        (Some("8px"), Some(1.0))
    );
    let css = std::fs::read_to_string(directory.path().join("src/chip.css")).expect("chip.css");
    assert_eq!(css.matches("border-radius: 8px;").count(), 1);
    // A second apply, by id, has nothing left to do.
    let again = common::rebrand(&[
        "apply",
        "--pattern",
        id_before.as_str().expect("an id"),
        "--set",
        "border-radius=8px",
        &directory.path().to_string_lossy(),
    ]);
    assert_nothing_planned(&again);
}

#[test]
fn a_property_no_member_sets_is_added_to_each_members_own_rule_once() {
    let preview = apply_setting(
        &common::corpus().join("pattern-change"),
        "letter-spacing=0.02em",
        &[],
    );
    assert_eq!(preview.status.code(), Some(0));
    insta::assert_snapshot!(String::from_utf8_lossy(&preview.stdout));
    let directory = tempfile::tempdir().expect("temporary directory");
    common::copy_tree(&common::corpus().join("pattern-change"), directory.path());
    let written = apply_setting(
        directory.path(),
        "letter-spacing=0.02em",
        &["--write", "--allow-dirty", "--allow-collateral"],
    );
    assert_verified(&written);
    // The styled template gained a line, so the first chip is on line 20 now.
    let again = common::rebrand(&[
        "apply",
        "--pattern",
        "src/Tags.tsx:20",
        "--set",
        "letter-spacing=0.02em",
        &directory.path().to_string_lossy(),
    ]);
    assert_nothing_planned(&again);
}

#[test]
fn tailwind_classes_are_replaced_and_states_added_with_their_variant() {
    // `test-corpus/pattern-change-tailwind`: the tag look in class lists, one in a component.
    let run = |root: &std::path::Path, extra: &[&str]| {
        change(
            root,
            "src/Tags.tsx:15",
            &["border-radius=8px", "background-color:hover=#f5f3ff"],
            extra,
        )
    };
    let directory = tempfile::tempdir().expect("temporary directory");
    common::copy_tree(
        &common::corpus().join("pattern-change-tailwind"),
        directory.path(),
    );
    let written = run(directory.path(), &["--write", "--allow-dirty"]);
    assert_verified(&written);
    let text = std::fs::read_to_string(directory.path().join("src/Tags.tsx")).expect("Tags.tsx");
    // The class replaced in place, the state's class added at the end of each class list.
    assert_eq!(
        text.matches("rounded-[8px] bg-[#ede9fe]").count(),
        4,
        "{text}"
    );
    assert_eq!(
        text.matches("text-[#5b21b6] hover:bg-[#f5f3ff]\"").count(),
        4,
        "{text}"
    );
    assert!(!text.contains("rounded-full"), "{text}");
    let again = run(directory.path(), &[]);
    assert_nothing_planned(&again);
}

/// `rebrand apply migration.json app` in a copy of `test-corpus/pattern-rebrand`.
fn apply_file(root: &std::path::Path, extra: &[&str]) -> std::process::Output {
    let migration = root.join("migration.json");
    let app = root.join("app");
    let mut arguments = vec![
        "apply".to_owned(),
        migration.to_string_lossy().into_owned(),
        app.to_string_lossy().into_owned(),
    ];
    arguments.extend(extra.iter().map(|&argument| argument.to_owned()));
    let arguments: Vec<&str> = arguments.iter().map(String::as_str).collect();
    common::rebrand(&arguments)
}

#[test]
fn a_migration_files_pattern_change_sets_and_normalizes_in_six_syntaxes() {
    // One tag look as a global class, a CSS Module, an SCSS mixin included in a module, a styled
    // component with a theme, Tailwind classes on `@theme` colours and an inline style; four
    // members drifted (a colour, a size, side paddings in a shorthand and in a class); a wide
    // chip reuses the global class.
    let directory = tempfile::tempdir().expect("temporary directory");
    common::copy_tree(&common::corpus().join("pattern-rebrand"), directory.path());
    let app = directory.path().join("app");
    let id_before = {
        let found = common::rebrand(&["patterns", &app.to_string_lossy(), "--format", "json"]);
        let found: serde_json::Value = serde_json::from_slice(&found.stdout).expect("JSON");
        found["patterns"][0]["id"].clone()
    };
    let preview = apply_file(directory.path(), &[]);
    assert_eq!(preview.status.code(), Some(0));
    insta::assert_snapshot!(String::from_utf8_lossy(&preview.stdout));
    let before = common::contents(directory.path());
    let refused = apply_file(directory.path(), &["--write", "--allow-dirty"]);
    assert_refused(
        &refused,
        "1 element outside the pattern",
        directory.path(),
        &before,
    );
    let written = apply_file(
        directory.path(),
        &["--write", "--allow-dirty", "--allow-collateral"],
    );
    assert_verified(&written);
    // Every member computes the pattern's look now, under the same id.
    let found = common::rebrand(&["patterns", &app.to_string_lossy(), "--format", "json"]);
    let found: serde_json::Value = serde_json::from_slice(&found.stdout).expect("JSON");
    let pattern = &found["patterns"][0];
    assert_eq!(pattern["id"], id_before);
    assert_eq!(pattern["members"].as_array().map(Vec::len), Some(11));
    assert_eq!(
        pattern["outliers"].as_array().map(Vec::len),
        Some(0),
        "{pattern}"
    );
    // The styled template gained a line, so the member position the file names moved: the id
    // names the pattern still, and a second apply has nothing left to do.
    let migration = directory.path().join("migration.json");
    let text = std::fs::read_to_string(&migration).expect("migration.json");
    let by_id = text.replace("src/Tags.tsx:22", id_before.as_str().expect("an id"));
    std::fs::write(&migration, by_id).expect("write migration.json");
    let again = apply_file(directory.path(), &[]);
    assert_nothing_planned(&again);
    // The SCSS still compiles, with the mixin's new radius in both labels.
    if let Some(sass) = common::sass() {
        let css = common::sass_compile(&sass, &app.join("src/Label.module.scss"))
            .expect("Dart Sass compiles the edited module");
        assert_eq!(css.matches("border-radius: 6px").count(), 2, "{css}");
        assert_eq!(css.matches("font-size: 13px").count(), 0, "{css}");
    }
}

#[test]
fn a_token_value_is_written_as_each_file_names_it() {
    let app = common::corpus().join("pattern-rebrand/app");
    let preview = common::rebrand(&[
        "apply",
        "--pattern",
        "src/Tags.tsx:22",
        "--set",
        "color={color.tag-ink}",
        &app.to_string_lossy(),
    ]);
    assert_eq!(preview.status.code(), Some(0));
    insta::assert_snapshot!(String::from_utf8_lossy(&preview.stdout));
    let unknown = common::rebrand(&[
        "apply",
        "--pattern",
        "src/Tags.tsx:22",
        "--set",
        "color={color.nowhere}",
        &app.to_string_lossy(),
    ]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&unknown.stderr).contains("`--color-nowhere`"),
        "{}",
        String::from_utf8_lossy(&unknown.stderr)
    );
}

#[test]
fn a_change_without_a_theme_replaces_the_dark_values_and_one_with_a_theme_only_its_own() {
    // `test-corpus/pattern-change-dark`: a global class with a `.dark` rule and Tailwind classes
    // with `dark:` variants.
    let run = |root: &std::path::Path, set: &str, extra: &[&str]| {
        change(root, "src/Tags.tsx:8", &[set], extra)
    };
    let fixture = common::corpus().join("pattern-change-dark");
    let every_theme = run(&fixture, "background-color=#f5f3ff", &[]);
    assert_eq!(every_theme.status.code(), Some(0));
    insta::assert_snapshot!(String::from_utf8_lossy(&every_theme.stdout));
    let light =
        String::from_utf8_lossy(&run(&fixture, "background-color@light=#f5f3ff", &[]).stdout)
            .into_owned();
    assert!(light.contains("3 edits in 2 files"), "{light}");
    assert!(!light.contains("dark theme"), "{light}");

    let directory = tempfile::tempdir().expect("temporary directory");
    common::copy_tree(&fixture, directory.path());
    let written = run(
        directory.path(),
        "background-color@dark=#3b0764",
        &["--write", "--allow-dirty"],
    );
    assert_verified(&written);
    let css = std::fs::read_to_string(directory.path().join("src/app.css")).expect("app.css");
    assert!(css.contains("background-color: #ede9fe;"), "{css}");
    assert!(css.contains("background-color: #3b0764;"), "{css}");
    let text = std::fs::read_to_string(directory.path().join("src/Tags.tsx")).expect("Tags.tsx");
    assert_eq!(text.matches("bg-[#ede9fe]").count(), 2, "{text}");
    assert_eq!(text.matches("dark:bg-[#3b0764]").count(), 2, "{text}");
    let again = run(directory.path(), "background-color@dark=#3b0764", &[]);
    assert_nothing_planned(&again);
}

#[test]
fn at_member_level_a_shared_source_is_left_alone_and_the_members_own_elements_take_the_value() {
    let directory = tempfile::tempdir().expect("temporary directory");
    common::copy_tree(&common::corpus().join("pattern-rebrand"), directory.path());
    let tags_css = directory.path().join("app/src/styles/tags.css");
    let shared_before = std::fs::read_to_string(&tags_css).expect("tags.css");
    let preview = apply_file(directory.path(), &["--at", "member"]);
    let text = String::from_utf8_lossy(&preview.stdout).into_owned();
    assert!(!text.contains("collateral"), "{text}");
    assert_eq!(
        text.matches("adds `style={{ borderRadius: \"6px\", fontWeight: \"600\" }}`")
            .count(),
        2,
        "{text}"
    );
    // No collateral: written without --allow-collateral, and verified.
    let written = apply_file(
        directory.path(),
        &["--at", "member", "--write", "--allow-dirty"],
    );
    assert_verified(&written);
    assert_eq!(
        std::fs::read_to_string(&tags_css).expect("tags.css"),
        shared_before,
        "the class the wide chip shares is not edited"
    );
    let migration = directory.path().join("migration.json");
    let id = {
        let app = directory.path().join("app");
        let found = common::rebrand(&["patterns", &app.to_string_lossy(), "--format", "json"]);
        let found: serde_json::Value = serde_json::from_slice(&found.stdout).expect("JSON");
        found["patterns"][0]["id"]
            .as_str()
            .expect("an id")
            .to_owned()
    };
    let text = std::fs::read_to_string(&migration).expect("migration.json");
    std::fs::write(&migration, text.replace("src/Tags.tsx:22", &id)).expect("write");
    let again = apply_file(directory.path(), &["--at", "member"]);
    assert_nothing_planned(&again);
}

#[test]
fn a_token_only_the_pattern_uses_is_changed_where_it_is_defined() {
    // `test-corpus/pattern-change-token`: the tags' surface is a token no other element uses
    // (with a dark definition); their ink is a token a panel uses too.
    let run = |root: &std::path::Path, extra: &[&str]| {
        change(
            root,
            "src/Tags.tsx:8",
            &["background-color=#f5f3ff", "color=#4c1d95"],
            extra,
        )
    };
    let fixture = common::corpus().join("pattern-change-token");
    let preview = run(&fixture, &[]);
    assert_eq!(preview.status.code(), Some(0));
    insta::assert_snapshot!(String::from_utf8_lossy(&preview.stdout));

    let directory = tempfile::tempdir().expect("temporary directory");
    common::copy_tree(&fixture, directory.path());
    let written = run(directory.path(), &["--write", "--allow-dirty"]);
    assert_verified(&written);
    let tokens = std::fs::read_to_string(directory.path().join("src/tokens.css")).expect("css");
    assert_eq!(
        tokens.matches("--tag-surface: #f5f3ff;").count(),
        2,
        "{tokens}"
    );
    assert!(tokens.contains("--shared-ink: #5b21b6;"), "{tokens}");
    let tags = std::fs::read_to_string(directory.path().join("src/tags.css")).expect("css");
    assert_eq!(tags.matches("var(--tag-surface)").count(), 2, "{tags}");
    let again = run(directory.path(), &[]);
    assert_nothing_planned(&again);
}

#[test]
fn a_state_no_member_styles_is_added_as_a_rule_in_each_members_syntax() {
    // `test-corpus/pattern-change-dark`: a global class and Tailwind class lists, none with a
    // `:hover` colour.
    let run = |root: &std::path::Path, extra: &[&str]| {
        change(root, "src/Tags.tsx:8", &["color:hover=#4c1d95"], extra)
    };
    let directory = tempfile::tempdir().expect("temporary directory");
    common::copy_tree(
        &common::corpus().join("pattern-change-dark"),
        directory.path(),
    );
    assert_verified(&run(directory.path(), &["--write", "--allow-dirty"]));
    let css = std::fs::read_to_string(directory.path().join("src/app.css")).expect("app.css");
    assert!(
        css.contains("}\n\n.chip:hover {\n  color: #4c1d95;\n}\n"),
        "{css}"
    );
    let text = std::fs::read_to_string(directory.path().join("src/Tags.tsx")).expect("Tags.tsx");
    assert_eq!(text.matches("hover:text-[#4c1d95]").count(), 2, "{text}");
    assert_nothing_planned(&run(directory.path(), &[]));
    // Two states after one rule are one insertion.
    let two = common::rebrand(&[
        "apply",
        "--pattern",
        "src/Tags.tsx:8",
        "--set",
        "color:hover=#4c1d95",
        "--set",
        "color:focus-visible=#4c1d95",
        &common::corpus()
            .join("pattern-change-dark")
            .to_string_lossy(),
    ]);
    let text = String::from_utf8_lossy(&two.stdout);
    assert!(
        text.contains("+.chip:focus-visible {") && text.contains("+.chip:hover {"),
        "{text}"
    );

    // A styled template takes the state nested in it; an inline style cannot hold one.
    let preview = common::rebrand(&[
        "apply",
        "--pattern",
        "src/Tags.tsx:22",
        "--set",
        "background-color:hover=#f5f3ff",
        &common::corpus()
            .join("pattern-rebrand/app")
            .to_string_lossy(),
    ]);
    let text = String::from_utf8_lossy(&preview.stdout);
    assert!(
        text.contains("+  &:hover {\n+    background-color: #f5f3ff;\n+  }"),
        "{text}"
    );
    assert!(
        text.contains("`<span>` does not set `background-color` in `:hover`"),
        "{text}"
    );
}

#[test]
fn hover_and_focus_states_are_added_to_a_list_row_in_five_syntaxes() {
    // `test-corpus/pattern-states`: one list-row look as a global class, a CSS Module, a nested
    // SCSS rule, a styled component and Tailwind classes, none with a state yet.
    let directory = tempfile::tempdir().expect("temporary directory");
    common::copy_tree(&common::corpus().join("pattern-states"), directory.path());
    let preview = apply_file(directory.path(), &[]);
    assert_eq!(preview.status.code(), Some(0));
    insta::assert_snapshot!(String::from_utf8_lossy(&preview.stdout));
    assert_verified(&apply_file(
        directory.path(),
        &["--write", "--allow-dirty", "--allow-collateral"],
    ));
    if let Some(sass) = common::sass() {
        let css = common::sass_compile(&sass, &directory.path().join("app/src/Item.module.scss"))
            .expect("Dart Sass compiles the edited module");
        assert!(css.contains(".list .item:hover {"), "{css}");
        assert!(css.contains(".list .item:focus-visible {"), "{css}");
    }
}

#[test]
fn a_class_list_names_a_literal_by_the_projects_theme_key() {
    // `--color-tag-ink: #5b21b6` is a `@theme` colour of `test-corpus/pattern-rebrand`.
    let preview = change(
        &common::corpus().join("pattern-rebrand/app"),
        "src/Tags.tsx:22",
        &["background-color=#5b21b6"],
        &[],
    );
    let text = String::from_utf8_lossy(&preview.stdout);
    assert!(text.contains("`bg-tag` → `bg-tag-ink`"), "{text}");
    assert!(text.contains("`#ede9fe` → `#5b21b6`"), "{text}");
    assert!(!text.contains("bg-[#5b21b6]"), "{text}");
}
