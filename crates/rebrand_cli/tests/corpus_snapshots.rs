//! Every demo app in `test-corpus/` is analysed and its facts compared with a snapshot.

mod common;

fn snapshot_app(app: &str) {
    let root = common::corpus().join(app);
    let analysis = common::analyze_json(&root, &["--threads", "2"]);
    let facts = common::compact_facts(&root, &analysis);
    insta::assert_snapshot!(app, facts);
}

#[test]
fn plain_css_app() {
    snapshot_app("plain-css-app");
}

#[test]
fn css_modules_app() {
    snapshot_app("css-modules-app");
}

#[test]
fn scss_app() {
    snapshot_app("scss-app");
}

#[test]
fn less_app() {
    snapshot_app("less-app");
}

#[test]
fn styled_components_app() {
    snapshot_app("styled-components-app");
}

#[test]
fn styled_components_5_app() {
    snapshot_app("styled-components-5-app");
}

#[test]
fn workspace_app() {
    snapshot_app("workspace-app");
}

#[test]
fn variants_app() {
    snapshot_app("variants-app");
}

#[test]
fn emotion_app() {
    snapshot_app("emotion-app");
}

#[test]
fn inline_styles_app() {
    snapshot_app("inline-styles-app");
}

#[test]
fn tailwind_app() {
    snapshot_app("tailwind-app");
}

#[test]
fn design_tokens() {
    snapshot_app("design-tokens");
}

#[test]
fn bad_inputs() {
    snapshot_app("bad-inputs");
}

#[test]
fn five_ways() {
    snapshot_app("five-ways");
}

#[test]
fn cascade() {
    snapshot_app("cascade");
}

#[test]
fn linking() {
    snapshot_app("linking");
}
