//! `rebrand apply --pattern … --set …` on `test-corpus/pattern-change`: one tag look written as a
//! global class, a CSS Module, a styled component and an inline style, and a wider chip that
//! reuses the global class for another look.

mod common;

fn apply(root: &std::path::Path, extra: &[&str]) -> std::process::Output {
    apply_setting(root, "border-radius=8px", extra)
}

fn apply_setting(root: &std::path::Path, set: &str, extra: &[&str]) -> std::process::Output {
    let root = root.to_string_lossy();
    let mut arguments = vec![
        "apply",
        "--pattern",
        "src/Tags.tsx:19",
        "--set",
        set,
        root.as_ref(),
    ];
    arguments.extend_from_slice(extra);
    common::rebrand(&arguments)
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
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("--allow-collateral"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    assert_eq!(
        common::contents(directory.path()),
        before,
        "nothing is written"
    );

    let written = apply(
        directory.path(),
        &["--write", "--allow-dirty", "--allow-collateral"],
    );
    assert_eq!(
        written.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&written.stderr)
    );
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
    assert!(
        String::from_utf8_lossy(&again.stdout).contains("0 edits in 0 files"),
        "{}",
        String::from_utf8_lossy(&again.stdout)
    );
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
    assert_eq!(
        written.status.code(),
        Some(0),
        "the written project is verified: {}",
        String::from_utf8_lossy(&written.stderr)
    );
    // The styled template gained a line, so the first chip is on line 20 now.
    let again = common::rebrand(&[
        "apply",
        "--pattern",
        "src/Tags.tsx:20",
        "--set",
        "letter-spacing=0.02em",
        &directory.path().to_string_lossy(),
    ]);
    assert!(
        String::from_utf8_lossy(&again.stdout).contains("0 edits in 0 files"),
        "{}",
        String::from_utf8_lossy(&again.stdout)
    );
}

#[test]
fn tailwind_classes_are_replaced_and_states_added_with_their_variant() {
    // `test-corpus/pattern-change-tailwind`: the tag look in class lists, one in a component.
    let run = |root: &std::path::Path, extra: &[&str]| {
        let root = root.to_string_lossy();
        let mut arguments = vec![
            "apply",
            "--pattern",
            "src/Tags.tsx:15",
            "--set",
            "border-radius=8px",
            "--set",
            "background-color:hover=#f5f3ff",
            root.as_ref(),
        ];
        arguments.extend_from_slice(extra);
        common::rebrand(&arguments)
    };
    let directory = tempfile::tempdir().expect("temporary directory");
    common::copy_tree(
        &common::corpus().join("pattern-change-tailwind"),
        directory.path(),
    );
    let written = run(directory.path(), &["--write", "--allow-dirty"]);
    assert_eq!(
        written.status.code(),
        Some(0),
        "the written project is verified: {}",
        String::from_utf8_lossy(&written.stderr)
    );
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
    assert!(
        String::from_utf8_lossy(&again.stdout).contains("0 edits in 0 files"),
        "{}",
        String::from_utf8_lossy(&again.stdout)
    );
}
