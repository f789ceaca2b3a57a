//! `rebrand patterns`: the same look and behaviour in five syntaxes is one pattern; the same look
//! with other behaviour is not; output is deterministic.

mod common;

fn patterns(path: &str, extra: &[&str]) -> serde_json::Value {
    let root = common::corpus().join(path);
    let root = root.to_string_lossy();
    let mut arguments = vec!["patterns", root.as_ref(), "--format", "json"];
    arguments.extend_from_slice(extra);
    let output = common::rebrand(&arguments);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("JSON")
}

fn members(pattern: &serde_json::Value) -> Vec<String> {
    pattern["members"]
        .as_array()
        .expect("members")
        .iter()
        .map(|member| member["file"].as_str().expect("file").to_owned())
        .collect()
}

#[test]
fn one_look_and_behaviour_in_five_syntaxes_is_one_pattern() {
    let found = patterns("five-ways", &[]);
    let list = found["patterns"].as_array().expect("patterns");
    let chips = list
        .iter()
        .find(|pattern| {
            members(pattern)
                .iter()
                .any(|file| file.ends_with("GlobalChip.jsx"))
        })
        .expect("the chip pattern");
    assert_eq!(
        members(chips),
        [
            "src/chips/GlobalChip.jsx",
            "src/chips/ModuleChip.tsx",
            "src/chips/ScssChip.tsx",
            "src/chips/StyledChip.tsx",
            "src/chips/TailwindChip.tsx",
        ]
    );
    assert_eq!(chips["name"], "generic/hover-pill-filled-text-14px");
    assert!(chips["outliers"].as_array().expect("outliers").is_empty());
    // The clickable button that looks the same is not a member of it.
    assert!(!members(chips)
        .iter()
        .any(|file| file.ends_with("ChipButton.jsx")));
}

#[test]
fn a_member_that_drifts_is_an_outlier_with_the_properties_that_drift() {
    // The labelled app's drifted nav link writes amber (#f59e0b) where its pattern has blue.
    let found = patterns("labelled-app", &[]);
    let drifts: Vec<&serde_json::Value> = found["patterns"]
        .as_array()
        .expect("patterns")
        .iter()
        .flat_map(|pattern| {
            pattern["outliers"]
                .as_array()
                .expect("outliers")
                .iter()
                .filter(move |outlier| {
                    let member = outlier["member"].as_u64().expect("index") as usize;
                    pattern["members"][member]["file"] == "src/nav-link/NavLinkCssModule.tsx"
                })
        })
        .collect();
    assert_eq!(drifts.len(), 1, "{drifts:#?}");
    assert_eq!(drifts[0]["drifts"][0][0], "color");
    assert_eq!(drifts[0]["drifts"][0][1], "oklab(0.77,0.06,0.15,1.0)");
}

#[test]
fn patterns_and_ids_are_the_same_across_runs_and_thread_counts() {
    let one = patterns("", &["--threads", "1"]);
    let two = patterns("", &["--threads", "2"]);
    let again = patterns("", &["--threads", "2"]);
    assert_eq!(one, two);
    assert_eq!(two, again);
    assert!(one["patterns"].as_array().expect("patterns").len() >= 3);
}

#[test]
fn show_prints_one_pattern_with_its_members_marked() {
    let found = patterns("five-ways", &[]);
    let id = found["patterns"][0]["id"].as_str().expect("id").to_owned();
    let root = common::corpus().join("five-ways");
    let output = common::rebrand(&[
        "patterns",
        &root.to_string_lossy(),
        "--show",
        &id[..6],
        "--color",
        "never",
    ]);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.starts_with(&id), "{text}");
    assert!(text.contains("╰── member"), "{text}");
}

/// Copies a directory tree (the corpus apps are small and flat enough).
fn copy_tree(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("directory");
    for entry in std::fs::read_dir(from).expect("listing") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

#[test]
fn a_small_edit_to_one_member_keeps_the_pattern_id() {
    let chip_id = |root: &std::path::Path| {
        let output = common::rebrand(&["patterns", &root.to_string_lossy(), "--format", "json"]);
        let found: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
        found["patterns"]
            .as_array()
            .expect("patterns")
            .iter()
            .find(|pattern| {
                members(pattern)
                    .iter()
                    .any(|file| file.ends_with("TailwindChip.tsx"))
            })
            .map(|pattern| pattern["id"].as_str().expect("id").to_owned())
            .expect("the chip pattern")
    };
    let directory = tempfile::tempdir().expect("temporary directory");
    copy_tree(&common::corpus().join("five-ways"), directory.path());
    let before = chip_id(directory.path());
    let chip = directory.path().join("src/chips/TailwindChip.tsx");
    let text = std::fs::read_to_string(&chip).expect("read");
    std::fs::write(&chip, text.replace("text-[14px]", "text-[15px]")).expect("write");
    assert_eq!(chip_id(directory.path()), before);
}

#[test]
fn thresholds_come_from_the_configuration_and_flags_override_them() {
    let directory = tempfile::tempdir().expect("temporary directory");
    let source = common::corpus().join("five-ways/src/chips");
    for entry in std::fs::read_dir(&source).expect("chips") {
        let entry = entry.expect("an entry");
        std::fs::copy(entry.path(), directory.path().join(entry.file_name())).expect("copy");
    }
    std::fs::copy(
        common::corpus().join("five-ways/package.json"),
        directory.path().join("package.json"),
    )
    .expect("copy");
    let root = directory.path().to_string_lossy().into_owned();
    let count = |extra: &[&str]| {
        let mut arguments = vec!["patterns", root.as_str(), "--format", "json"];
        arguments.extend_from_slice(extra);
        let output = common::rebrand(&arguments);
        let found: serde_json::Value =
            serde_json::from_slice(&output.stdout).unwrap_or_else(|_| {
                panic!("{}", String::from_utf8_lossy(&output.stderr));
            });
        found["patterns"].as_array().expect("patterns").len()
    };
    assert_eq!(count(&[]), 1, "the five chips are one pattern by default");
    std::fs::write(
        directory.path().join("rebrand.json"),
        r#"{ "patterns": { "minMembers": 6 } }"#,
    )
    .expect("write");
    assert_eq!(count(&[]), 0, "a pattern needs six members now");
    assert_eq!(
        count(&["--min-members", "5"]),
        1,
        "the flag overrides the file"
    );
}

#[test]
fn a_pattern_is_shown_by_id_name_or_member_position() {
    let all = patterns("five-ways", &[]);
    let chips = all["patterns"]
        .as_array()
        .expect("patterns")
        .iter()
        .find(|pattern| pattern["name"] == "generic/hover-pill-filled-text-14px")
        .expect("the chip pattern");
    let id = chips["id"].as_str().expect("id");
    for wanted in [
        &id[..6],
        "generic/hover-pill-filled-text-14px",
        "src/chips/ScssChip.tsx:4",
    ] {
        let shown = patterns("five-ways", &["--show", wanted]);
        assert_eq!(shown["patterns"][0]["id"], id, "{wanted}");
    }
    let root = common::corpus().join("five-ways");
    let missing = common::rebrand(&[
        "patterns",
        &root.to_string_lossy(),
        "--show",
        "nothing/here",
    ]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn the_pretty_list_shows_values_as_the_members_write_them() {
    let root = common::corpus().join("five-ways");
    let output = common::rebrand(&["patterns", &root.to_string_lossy()]);
    let printed = String::from_utf8_lossy(&output.stdout);
    assert!(
        printed.contains("    background-color = #eef2ff (100%)"),
        "{printed}"
    );
    assert!(printed.contains("    color = #3730a3 (100%)"), "{printed}");
    assert!(!printed.contains("oklab("), "{printed}");
    assert!(printed.trim_end().ends_with("\n1 pattern"), "{printed}");
    let labelled = common::corpus().join("labelled-app");
    let output = common::rebrand(&["patterns", &labelled.to_string_lossy()]);
    let printed = String::from_utf8_lossy(&output.stdout);
    assert!(
        printed.contains("color #f59e0b (pattern: rgb(37 99 235))"),
        "a drift names both values as written: {printed}"
    );
}

#[test]
fn uses_of_two_variants_of_a_component_are_two_patterns_of_one_member_each() {
    // Three `<Button variant="outline">` and three `variant="danger"`: each variant is one
    // design object (one member) rendered in three places.
    let found = patterns("button-variants", &[]);
    let mut names: Vec<(String, usize, Vec<u64>)> = found["patterns"]
        .as_array()
        .expect("patterns")
        .iter()
        .map(|pattern| {
            (
                pattern["name"].as_str().expect("a name").to_owned(),
                members(pattern).len(),
                pattern["members"][0]["uses"]
                    .as_array()
                    .expect("uses")
                    .iter()
                    .map(|place| place["range"]["start"].as_u64().expect("a start"))
                    .collect(),
            )
        })
        .collect();
    names.sort();
    let source = std::fs::read_to_string(common::corpus().join("button-variants/src/Toolbar.tsx"))
        .expect("the fixture");
    let lines: Vec<Vec<usize>> = names
        .iter()
        .map(|(_, _, starts)| {
            starts
                .iter()
                .map(|&start| source[..start as usize].matches('\n').count() + 1)
                .collect()
        })
        .collect();
    assert_eq!(
        names
            .iter()
            .map(|(name, members, _)| (name.as_str(), *members))
            .collect::<Vec<_>>(),
        [("Button/danger", 1), ("Button/outline", 1)]
    );
    assert_eq!(lines, [vec![10, 11], vec![7, 8]]);
}

#[test]
fn rules_that_need_unseen_ancestors_make_no_pattern() {
    // Three `.title`s whose only styles are `.drawer .title` and `.menu .title`: whether either
    // applies depends on where each is rendered, so they share no look the model can vouch for.
    let found = patterns("global-class-names", &[]);
    assert_eq!(found["patterns"], serde_json::json!([]));
}

#[test]
fn restating_the_page_colour_through_a_utility_is_no_colour_of_ones_own() {
    // `body { @apply text-foreground }` and three `text-foreground text-sm` paragraphs.
    let found = patterns("page-colour-tailwind", &[]);
    assert_eq!(found["patterns"], serde_json::json!([]));
}

#[test]
fn restating_the_page_colour_is_no_colour_of_ones_own() {
    // Three elements that set only a 13px size and the colour `html, body` already give, and
    // two that set only a radius and the background `body` already has.
    let found = patterns("page-colour", &[]);
    assert_eq!(found["patterns"], serde_json::json!([]));
}

#[test]
fn a_run_on_a_subdirectory_expands_tailwind_when_a_stylesheet_imports_it() {
    // `src/extended` holds no `package.json`; its `app.css` has `@import "tailwindcss"` and an
    // `@theme`. The five `rounded-pill bg-brand-50 … text-brand-700` badges are one pattern.
    let found = patterns("labelled-app/src/extended", &[]);
    let badges: Vec<&serde_json::Value> = found["patterns"]
        .as_array()
        .expect("patterns")
        .iter()
        .filter(|pattern| {
            pattern["canonical"]
                .as_array()
                .expect("canonical")
                .iter()
                .any(|value| {
                    value["property"] == "border-top-left-radius" && value["value"] == "9999px"
                })
                && members(pattern).len() == 5
                && pattern["members"]
                    .as_array()
                    .expect("members")
                    .iter()
                    .all(|member| member["name"] == "span" && member.get("uses").is_none())
        })
        .collect();
    assert_eq!(badges.len(), 1, "{found:#}");
}

#[test]
fn a_hand_rolled_copy_of_a_variant_joins_it_and_two_variants_never_meet() {
    // `src/extended`: `<Button variant="solid">` in four places, one of them overriding its
    // fill, and two Tailwind `<button>`s drawn like it; `variant="outline"` in five places.
    let found = patterns("labelled-app/src/extended", &[]);
    let list = found["patterns"].as_array().expect("patterns");
    let named = |name: &str| {
        list.iter()
            .find(|pattern| pattern["name"] == name)
            .unwrap_or_else(|| panic!("no pattern {name}: {found:#}"))
    };
    let solid = named("Button/solid");
    let mut kinds: Vec<&str> = solid["members"]
        .as_array()
        .expect("members")
        .iter()
        .map(|member| member["name"].as_str().expect("name"))
        .collect();
    kinds.sort_unstable();
    assert_eq!(kinds, ["Button", "Button", "button", "button"]);
    assert_eq!(solid["outliers"].as_array().expect("outliers").len(), 1);
    assert_eq!(members(named("Button/outline")).len(), 1);
}

#[test]
fn equivalent_spellings_are_one_look() {
    // `font-weight: bold; border: none` and `font-weight: 700; border: 0`.
    let found = patterns("equivalent-spellings", &[]);
    let list = found["patterns"].as_array().expect("patterns");
    assert_eq!(list.len(), 1, "{found:#}");
    assert_eq!(members(&list[0]).len(), 2);
    assert_eq!(list[0]["outliers"], serde_json::json!([]));
}

#[test]
fn a_shared_pseudo_element_is_no_shared_look() {
    // Two containers whose only style is the same `::-webkit-scrollbar-thumb`.
    let found = patterns("pseudo-elements", &[]);
    assert_eq!(found["patterns"], serde_json::json!([]));
}

#[test]
fn a_pulsing_skeleton_is_not_the_tile_it_stands_for() {
    // Two tiles and two skeletons with one fill and radius; only the skeletons animate.
    let found = patterns("skeletons", &[]);
    let mut sizes: Vec<usize> = found["patterns"]
        .as_array()
        .expect("patterns")
        .iter()
        .map(|pattern| members(pattern).len())
        .collect();
    sizes.sort_unstable();
    assert_eq!(sizes, [2, 2], "{found:#}");
}

#[test]
fn a_monospace_value_is_not_the_label_beside_it() {
    // Two labels (one restating the page's family) and two monospace values of one size and
    // colour: two text styles.
    let found = patterns("mono-values", &[]);
    let mut groups: Vec<Vec<String>> = found["patterns"]
        .as_array()
        .expect("patterns")
        .iter()
        .map(|pattern| {
            let mut lines: Vec<String> = pattern["members"]
                .as_array()
                .expect("members")
                .iter()
                .map(|member| member["range"]["start"].to_string())
                .collect();
            lines.sort();
            lines
        })
        .collect();
    groups.sort();
    assert_eq!(groups.len(), 2, "{found:#}");
    assert!(groups.iter().all(|group| group.len() == 2), "{found:#}");
}
