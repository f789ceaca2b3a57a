//! Recall of every rule that is on by default, and of every rule with seeds, on seeded cases (`test-corpus/lint-seeded`, whose
//! `seeds.json` names each place a rule must report): a rule made more precise on real code
//! must not get there by saying less. Each rule must find at least 90% of its seeds.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

#[test]
fn every_rule_finds_its_seeded_cases() {
    let root = common::corpus().join("lint-seeded");
    let seeds: Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("seeds.json")).expect("seeds.json"),
    )
    .expect("JSON");
    // Rules that are off by default but have seeds are selected, so their recall is held too.
    let analysis = common::analyze_json(&root, &["--extend-select", "no-near-duplicate-value"]);
    let line_of = |file: &str, offset: u64| -> u64 {
        let text = std::fs::read(root.join(file)).expect("a seeded file");
        let end = usize::try_from(offset).expect("an offset").min(text.len());
        // The lines of the text before the offset: one more than its line breaks.
        u64::try_from(text[..end].split(|&byte| byte == b'\n').count()).expect("a line")
    };
    let reported: BTreeSet<(String, String, u64)> = analysis["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|finding| {
            let file = finding["file"].as_str().expect("a file").to_owned();
            let line = line_of(&file, finding["range"]["start"].as_u64().expect("a start"));
            (
                finding["rule"].as_str().expect("a rule").to_owned(),
                file,
                line,
            )
        })
        .collect();
    let mut recall: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for seed in seeds["seeds"].as_array().expect("seeds") {
        let rule = seed["rule"].as_str().expect("a rule").to_owned();
        let place = (
            rule.clone(),
            seed["file"].as_str().expect("a file").to_owned(),
            seed["line"].as_u64().expect("a line"),
        );
        let counts = recall.entry(rule).or_default();
        counts.1 += 1;
        counts.0 += usize::from(reported.contains(&place));
    }
    let held: BTreeSet<&str> = rebrand_lint::RULES
        .iter()
        .filter(|rule| rule.default_level != rebrand_config::Level::Off)
        .filter(|rule| rule.name != "unused-suppression")
        .map(|rule| rule.name)
        .chain(recall.keys().map(String::as_str))
        .collect();
    for rule in held {
        let (found, seeded) = recall.get(rule).copied().unwrap_or_default();
        assert!(seeded >= 10, "{rule} has at least ten seeds, not {seeded}");
        assert!(
            found * 10 >= seeded * 9,
            "{rule} finds {found} of its {seeded} seeded cases (at least 90% required)"
        );
    }
}
