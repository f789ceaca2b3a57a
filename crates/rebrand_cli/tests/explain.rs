//! `rebrand explain`: the same chip written five ways has one effective style, and the cascade
//! picks winners as browsers do.

mod common;

use std::collections::BTreeSet;

/// Runs `rebrand explain` from inside `app` and returns its output.
fn explain(app: &str, position: &str) -> String {
    let root = common::corpus().join(app);
    let file = root.join(position);
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_rebrand"))
        .args([
            "explain",
            &file.to_string_lossy(),
            "--root",
            &root.to_string_lossy(),
            "--color",
            "never",
        ])
        .output()
        .expect("rebrand runs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8")
}

/// The effective style as `property [condition] = value` lines, each value as it resolves
/// (`$chip-bg (#eef2ff)` and `rgb(238 242 255) (#eef2ff)` give `#eef2ff`, `0.25rem (4px)` gives
/// `4px`), without where it was written.
fn effective(report: &str) -> BTreeSet<String> {
    report
        .lines()
        .skip_while(|line| !line.contains("effective style"))
        .skip(1)
        .take_while(|line| line.starts_with("    "))
        .map(|line| {
            let (left, rest) = line.trim().split_once(" = ").expect("property = value");
            let (value, _) = rest.split_once("  ←").expect("a source");
            let resolved = value
                .strip_suffix(')')
                .and_then(|value| value.rsplit_once(" ("))
                .map_or(value, |(_, resolved)| resolved);
            format!("{left} = {}", resolved.to_ascii_lowercase())
        })
        .collect()
}

#[test]
fn the_same_chip_written_five_ways_has_one_effective_style() {
    let chips = [
        ("global-css", "src/chips/GlobalChip.jsx:4"),
        ("css-module", "src/chips/ModuleChip.tsx:4"),
        ("scss", "src/chips/ScssChip.tsx:4"),
        ("styled-components", "src/chips/StyledChip.tsx:18"),
        ("tailwind", "src/chips/TailwindChip.tsx:3"),
    ];
    let mut styles = Vec::new();
    for (syntax, position) in chips {
        let report = explain("five-ways", position);
        insta::assert_snapshot!(format!("five_ways_{syntax}"), report);
        styles.push((syntax, effective(&report)));
    }
    let (first_syntax, first) = &styles[0];
    assert_eq!(first.len(), 14, "{first:#?}");
    for (syntax, style) in &styles[1..] {
        assert_eq!(style, first, "{syntax} differs from {first_syntax}");
    }
}

#[test]
fn the_cascade_follows_specificity_order_importance_and_inline_styles() {
    let title = effective(&explain("cascade", "src/Card.jsx:6"));
    assert!(title.contains("color = #111111"), "{title:#?}");
    assert!(
        title
            .iter()
            .any(|line| line.starts_with("color inside `.sidebar`")),
        "{title:#?}"
    );

    let ordered = effective(&explain("cascade", "src/Card.jsx:7"));
    assert!(
        ordered.contains("padding-top = 2px"),
        "later rule wins: {ordered:#?}"
    );
    assert!(
        ordered.contains("padding-top when (min-width: 600px) = 3px"),
        "{ordered:#?}"
    );
    assert!(
        ordered.contains("outline-width when :focus-visible = 2px"),
        "{ordered:#?}"
    );

    let pinned = effective(&explain("cascade", "src/Card.jsx:8"));
    assert!(
        pinned.contains("margin-left = 0px"),
        "!important wins: {pinned:#?}"
    );

    let inline = effective(&explain("cascade", "src/Card.jsx:9"));
    assert!(
        inline.contains("padding-top = 9px"),
        "inline wins: {inline:#?}"
    );
    assert!(inline.contains("padding-left = 2px"), "{inline:#?}");

    let button = explain("cascade", "src/Card.jsx:10");
    insta::assert_snapshot!("cascade_button", button);
    assert!(button.contains("role      button (implicit)"));
    assert!(button.contains("handlers  onClick"));
    assert!(button.contains("states    aria-expanded"));
}

#[test]
fn class_references_in_the_corpus_resolve() {
    let analysis = common::analyze_json(&common::corpus(), &[]);
    let resolution = &analysis["links"]["resolution"];
    let total = resolution["class_references"].as_f64().expect("count");
    let resolved = resolution["resolved"].as_f64().expect("count");
    assert!(
        resolved / total >= 0.95,
        "{resolved}/{total}: {:#}",
        resolution["unresolved"]
    );
    for unresolved in resolution["unresolved"].as_array().expect("list") {
        assert!(!unresolved["reason"].as_str().unwrap_or_default().is_empty());
    }
}

#[test]
fn a_position_without_an_element_is_a_usage_error() {
    let root = common::corpus().join("cascade");
    let file = root.join("src/cascade.css");
    let output = common::rebrand(&[
        "explain",
        &format!("{}:1", file.to_string_lossy()),
        "--root",
        &root.to_string_lossy(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no JSX element"));
}

#[test]
fn styles_reach_an_element_through_aliases_wrappers_and_composes() {
    let report = explain("linking", "src/Settings.tsx:7");
    insta::assert_snapshot!("linking_row", report);
    let style = effective(&report);
    // From `.row`, which the wrapper `Row` (imported through the `@/*` alias) puts on its `li`.
    assert!(style.contains("padding-left = 12px"), "{style:#?}");
    assert!(style.contains("display = flex"), "{style:#?}");
    // From the CSS Module class given at the call site…
    assert!(style.contains("color = #b91c1c"), "{style:#?}");
    // …and from the class it composes.
    assert!(style.contains("font-weight = 600"), "{style:#?}");
    // `var(--row-line)` → `--row-line: var(--gray-200)` → `#e5e7eb`.
    assert!(
        style.contains("border-bottom-color = #e5e7eb"),
        "{style:#?}"
    );
}

#[test]
fn template_holes_read_as_the_runtime_reads_them() {
    // `&:${hover}` with `hover` imported from another file is the link's hover state.
    let link = effective(&explain(
        "styled-components-app",
        "src/components/ImportedState.tsx:17",
    ));
    assert!(link.contains("color when :hover = #1d4ed8"), "{link:#?}");
    // `outline: ${focusRing}` with `` const focusRing = css`2px solid ${brand}` `` is that
    // outline; `&:${pressed}`, a condition's choice of "active" or "hover", is both, dynamic.
    let card = explain("styled-components-app", "src/components/Holes.tsx:53");
    let style = effective(&card);
    assert!(style.contains("outline-color = #2563eb"), "{style:#?}");
    assert!(style.contains("outline-width = 2px"), "{style:#?}");
    // `${Button}:hover & { opacity: 0.9 }` needs a hovered Button around the card: a context,
    // never the card's own look.
    assert!(
        style.contains("opacity inside `${Button}:hover` = 0.9"),
        "{style:#?}"
    );
    assert!(!style.contains("opacity = 0.9"), "{style:#?}");
    insta::assert_snapshot!("template_holes_card", card);
    // `& ${Actions} { gap: 4px }` in Card's template reaches the Actions element; this one is
    // rendered inside a Card, so the context holds.
    let actions = effective(&explain(
        "styled-components-app",
        "src/components/Holes.tsx:60",
    ));
    assert!(actions.contains("row-gap = 4px"), "{actions:#?}");
    assert!(actions.contains("display = flex"), "{actions:#?}");
    // Outside a Card, the rule needs one around it.
    let alone = effective(&explain(
        "styled-components-app",
        "src/components/Holes.tsx:62",
    ));
    assert!(alone.contains("row-gap inside `Card` = 4px"), "{alone:#?}");
}

/// The effective style of the element at `position` as one text, a line per value.
fn effective_text(app: &str, position: &str) -> String {
    effective(&explain(app, position))
        .into_iter()
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn variants_are_conditions_and_props_written_on_an_element_decide_them() {
    let blue = "#2563eb";
    // Inside the component, each class a prop test picks needs that test.
    let span = effective_text("variants-app", "src/Badge.tsx:9");
    assert!(span.contains("font-weight when active = 600"), "{span}");
    assert!(span.contains("opacity when !active = 0.6"), "{span}");
    assert!(
        span.contains("background-color when tone=danger = #fee2e2"),
        "{span}"
    );
    assert!(!span.contains("font-weight = 600"), "{span}");
    // cva: each variant under its option; defaults say so; a compound needs both options.
    let button = effective_text("variants-app", "src/Button.tsx:17");
    assert!(
        button.contains(&format!(
            "background-color when intent=primary (default) = {blue}"
        )),
        "{button}"
    );
    assert!(
        button.contains("text-decoration when intent=ghost and size=sm = underline"),
        "{button}"
    );
    // A call with a literal option picks it; the options not passed take their defaults.
    let help = effective_text("variants-app", "src/Button.tsx:27");
    assert!(help.contains("background-color = #00000000"), "{help}");
    assert!(help.contains(&format!("color = {blue}")), "{help}");
    assert!(help.contains("padding-top = 8px"), "{help}");
    assert!(!help.contains("#ffffff"), "{help}");
    // A styled component's prop written on the element decides its variant there.
    let dark_grey = "#111827";
    let active = effective_text("variants-app", "src/Tabs.tsx:19");
    assert!(active.contains(&format!("color = {dark_grey}")), "{active}");
    assert!(!active.contains("opacity"), "{active}");
    let idle = effective_text("variants-app", "src/Tabs.tsx:20");
    assert!(idle.contains("color = #4b5563"), "{idle}");
    assert!(idle.contains("opacity = 0.8"), "{idle}");
    let computed = effective_text("variants-app", "src/Tabs.tsx:21");
    assert!(
        computed.contains(&format!("color when $active = {dark_grey}")),
        "{computed}"
    );
    assert!(
        computed.contains("opacity when !$active = 0.8"),
        "{computed}"
    );
}

#[test]
fn styles_named_by_variables_reach_the_elements_that_name_them() {
    // `className={sectionTitle}`: the classes of a `const` are read where it is defined.
    let title = effective_text("oracle-app", "src/components/Sidebar.tsx:10");
    assert!(title.contains("text-transform = uppercase"), "{title}");
    // `css={[track, checked && trackOn]}`: each fragment, the second under its prop test;
    // `border: 0` also resets the style.
    let track = effective_text("oracle-app", "src/components/Toggle.tsx:53");
    assert!(track.contains("position = relative"), "{track}");
    assert!(
        track.contains("background-color when checked = #4f46e5"),
        "{track}"
    );
    assert!(track.contains("border-top-style = none"), "{track}");
    // `style={{ ...circle, width: size }}`: the spread object's declarations, then the element's.
    let avatar = effective_text("oracle-app", "src/components/Avatar.tsx:22");
    assert!(avatar.contains("display = grid"), "{avatar}");
    assert!(avatar.contains("font-size = 14px"), "{avatar}");
    // `width: size` where `({ size = 40 })`: 40px when the prop is not passed (or is 40).
    assert!(
        avatar.contains("width when size=40 (default) = 40px"),
        "{avatar}"
    );
}

#[test]
fn a_styled_function_returning_an_object_styles_its_element() {
    // `styled.div((p) => ({ display: "flex", gap: p.$gap }))`: what is constant applies always.
    let stack = effective_text("variants-app", "src/Stack.tsx:15");
    assert!(stack.contains("display = flex"), "{stack}");
    assert!(stack.contains("flex-direction = column"), "{stack}");
}

#[test]
fn tailwind_preflight_is_every_elements_base_style() {
    // The preflight is shared by tag (`links.base`), shown under the element's own style.
    let report = explain("oracle-app", "src/App.tsx:7");
    let base = report
        .lines()
        .find(|line| line.trim_start().starts_with("base"))
        .expect("a base line");
    assert!(base.contains("box-sizing = border-box"), "{base}");
    assert!(base.contains("border-top-style = solid"), "{base}");
    // What repeats the browser's own default for a div (margin 0) is left out.
    assert!(!base.contains("margin-top"), "{base}");
    // The element's own `display: flex` is its own.
    assert!(effective(&report).contains("display = flex"), "{report}");
}

#[test]
fn template_literals_in_style_objects_are_read_part_by_part() {
    let style = effective_text("inline-styles-app", "src/Spacing.tsx:8");
    assert!(style.contains("padding-top = 8px"), "{style}");
    assert!(style.contains("padding-left = 16px"), "{style}");
    // `${scale * gap}px auto`: the computed part stays unresolved, the rest is known.
    assert!(style.contains("margin-left = auto"), "{style}");
    assert!(
        style
            .lines()
            .any(|line| line.starts_with("margin-top = ") && line.contains("unresolved")),
        "{style}"
    );
    assert!(style.contains("color = #3b82f680"), "{style}");
}

#[test]
fn a_css_fragment_imported_from_another_file_reaches_the_element() {
    // `import { focusable } from "./styles"` then `css={focusable}`.
    let chip = effective_text("emotion-app", "src/components/Chip.tsx:7");
    assert!(chip.contains("border-top-left-radius = 6px"), "{chip}");
    assert!(
        chip.contains("outline-width when :focus-visible = 2px"),
        "{chip}"
    );
}

#[test]
fn workspace_packages_resolve_by_name_through_their_barrels() {
    // `import { Button, StarIcon } from "@acme/ui"`: the package's `src/index.ts` re-exports
    // them (`export *`, `export { … } from`); the class each call site gives reaches the
    // element the component renders.
    let icon = effective_text("workspace-app", "apps/web/src/Page.tsx:8");
    assert!(icon.contains("width = 24px"), "{icon}");
    let button = effective_text("workspace-app", "apps/web/src/Page.tsx:9");
    assert!(button.contains("padding-top = 8px"), "{button}");
    assert!(button.contains("background-color = #dc2626"), "{button}");
}

#[test]
fn pseudo_element_rules_are_their_own_targets() {
    // `.button::-moz-focus-inner { border-style: none }` is not the button's border.
    let button = effective_text("plain-css-app", "src/components/TodoList.jsx:22");
    assert!(
        button.contains("border-top-style when ::-moz-focus-inner = none"),
        "{button}"
    );
    assert!(!button.contains("border-top-style = none"), "{button}");
}

#[test]
fn a_tailwind_apply_styles_the_rule_it_is_written_in() {
    let report = explain("tailwind-app", "src/components/Callout.tsx:2");
    let lines: Vec<&str> = report
        .lines()
        .filter(|line| line.contains("via rule `.callout`"))
        .collect();
    assert!(
        lines
            .iter()
            .any(|line| line.contains("background-color when :hover = oklch(0.55 0.2 262)")),
        "{report}"
    );
    assert!(
        lines
            .iter()
            .any(|line| line.contains("font-weight = 600") && line.contains("src/app.css:16:46")),
        "{report}"
    );
}

#[test]
fn an_scss_include_brings_the_mixin_to_the_including_rule() {
    let report = explain("scss-app", "src/components/Button.tsx:7");
    assert!(
        report.lines().any(|line| line
            .contains("outline-offset when :focus-visible and !ghost = 2px")
            && line.contains("src/styles/_mixins.scss:6:19 via rule `.btn:focus-visible`")),
        "{report}"
    );
}

#[test]
fn without_root_explain_reads_only_the_files_project() {
    let directory = tempfile::tempdir().expect("temporary directory");
    let project = directory.path().join("project");
    std::fs::create_dir_all(project.join("src")).expect("mkdir");
    std::fs::create_dir_all(directory.path().join("elsewhere")).expect("mkdir");
    std::fs::write(project.join("package.json"), r#"{ "name": "project" }"#).expect("write");
    std::fs::write(project.join("src/a.css"), ".a { color: #2563eb; }\n").expect("write");
    std::fs::write(
        project.join("src/A.tsx"),
        "import \"./a.css\";\nexport const A = () => <p className=\"a\">a</p>;\n",
    )
    .expect("write");
    // A rule outside the project that would reach the element if it were read.
    std::fs::write(
        directory.path().join("elsewhere/x.css"),
        ".a { font-size: 99px; }\n",
    )
    .expect("write");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_rebrand"))
        .current_dir(directory.path())
        .args(["explain", "project/src/A.tsx:2"])
        .env("NO_COLOR", "1")
        .output()
        .expect("rebrand runs");
    let report = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{report}");
    assert!(report.contains("color = #2563eb"), "{report}");
    assert!(
        !report.contains("99px"),
        "a file outside the project was read: {report}"
    );
}
