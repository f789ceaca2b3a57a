//! The labelled app (`test-corpus/labelled-app`): ten known patterns across five syntaxes with
//! noise and drift, written by `benches/src/labelled.rs`, and a hand-written part
//! (`src/extended`: component variants, conditional classes, a theme object, a Sass mixin,
//! Tailwind `@theme` tokens, resets and layout) labelled in place. Found patterns are scored
//! against the labels with B-cubed.

mod common;

#[test]
fn the_committed_app_is_what_the_generator_writes() {
    let directory = tempfile::tempdir().expect("temporary directory");
    rebrand_bench::labelled::write_labelled_app(directory.path()).expect("app written");
    let committed = common::corpus().join("labelled-app");
    for file in [
        "labels.json",
        "src/global.css",
        "src/tab/TabStyled.tsx",
        "src/card/CardTailwind.tsx",
    ] {
        assert_eq!(
            std::fs::read_to_string(directory.path().join(file)).expect("generated"),
            std::fs::read_to_string(committed.join(file)).expect("committed"),
            "{file} is stale: run `target/release/gen_labelled test-corpus/labelled-app`"
        );
    }
}

#[test]
fn patterns_match_the_labels() {
    let root = common::corpus().join("labelled-app");
    let output = common::rebrand(&["patterns", &root.to_string_lossy(), "--format", "json"]);
    assert_eq!(output.status.code(), Some(0));
    let patterns: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let evaluation = rebrand_bench::labelled::evaluate(&root, &patterns).expect("evaluated");
    println!("{evaluation:?}");
    assert!(evaluation.elements >= 380, "{evaluation:?}");
    assert!(evaluation.scores.f1 >= 0.97, "{evaluation:?}");
    assert!(
        evaluation.drifted_reported * 100 >= evaluation.drifted * 95,
        "{evaluation:?}"
    );
    // Layout, resets and page structure are in no pattern.
    assert!(evaluation.background >= 15, "{evaluation:?}");
    assert!(
        evaluation.background_unclustered * 100 >= evaluation.background * 95,
        "{evaluation:?}"
    );
}
