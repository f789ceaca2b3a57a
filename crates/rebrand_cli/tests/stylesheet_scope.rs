//! Stylesheet scope on `test-corpus/monorepo-app` (issue 18): a global stylesheet reaches only the
//! elements of the packages that load it; examples and docs reach no app.

mod common;

use std::collections::BTreeMap;

use serde_json::Value;

/// Every styled element (`file <tag>@offset`) and the stylesheets its links come from.
fn stylesheets_by_element(analysis: &Value) -> BTreeMap<String, Vec<String>> {
    common::per_linked_element(
        analysis,
        |path, tag, start| format!("{path} <{tag}>@{start}"),
        |style| {
            let mut sources: Vec<String> = style["links"]
                .as_array()
                .expect("links")
                .iter()
                .map(|link| link["file"].as_str().expect("file").to_owned())
                .collect();
            sources.sort();
            sources.dedup();
            sources
        },
    )
}

#[test]
fn no_element_gets_a_rule_of_another_app_an_example_or_the_docs() {
    let root = common::corpus().join("monorepo-app");
    let analysis = common::analyze_json(&root, &[]);
    let by_element = stylesheets_by_element(&analysis);
    for (element, sources) in &by_element {
        let package = element.split('/').take(2).collect::<Vec<_>>().join("/");
        for source in sources {
            let allowed = source.starts_with(&format!("{package}/"))
                || (package == "apps/web" && source.starts_with("packages/ui/"));
            assert!(allowed, "{element} gets a rule of {source}");
        }
    }
    insta::assert_json_snapshot!("monorepo_stylesheets_by_element", by_element);
}
