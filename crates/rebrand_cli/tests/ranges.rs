//! Every range in the JSON output of the whole `test-corpus/` slices its file to exactly the text
//! the fact names.

mod common;

use serde_json::Value;

fn slice<'a>(text: &'a str, range: &Value) -> Option<&'a str> {
    let start = usize::try_from(range["start"].as_u64()?).ok()?;
    let end = usize::try_from(range["end"].as_u64()?).ok()?;
    text.get(start..end)
}

#[test]
fn every_recorded_range_slices_to_the_text_it_names() {
    let root = common::corpus();
    let analysis = common::analyze_json(&root, &[]);
    let mut checked = 0;
    for file in analysis["files"].as_array().expect("files") {
        let path = file["path"].as_str().expect("path");
        let Ok(text) = std::fs::read_to_string(root.join(path)) else {
            continue;
        };
        for declaration in file["declarations"].as_array().expect("declarations") {
            let value_text = declaration["value_text"].as_str().expect("value_text");
            assert_eq!(
                slice(&text, &declaration["value_range"]),
                Some(value_text),
                "{path}: value range of {declaration}"
            );
            if let Some(written) = declaration["written_property"].as_str() {
                assert_eq!(
                    slice(&text, &declaration["property_range"]),
                    Some(written),
                    "{path}: property range of {declaration}"
                );
            }
            let whole = slice(&text, &declaration["range"]).expect("declaration range in bounds");
            assert!(
                whole.contains(value_text),
                "{path}: {whole:?} holds {value_text:?}"
            );
            checked += 1;
        }
        for import in file["imports"].as_array().into_iter().flatten() {
            assert_eq!(
                slice(&text, &import["url_range"]),
                import["url"].as_str(),
                "{path}: import range of {import}"
            );
        }
        for token in file["tokens"].as_array().expect("tokens") {
            assert_eq!(
                slice(&text, &token["value_range"]),
                token["value_text"].as_str(),
                "{path}: token value range of {token}"
            );
            let name = slice(&text, &token["name_range"]).expect("token name range in bounds");
            let token_name = token["name"].as_str().expect("name");
            assert!(
                token_name.ends_with(name),
                "{path}: {name:?} names {token_name:?}"
            );
            checked += 1;
        }
    }
    assert!(checked > 300, "only {checked} facts were checked");
}
