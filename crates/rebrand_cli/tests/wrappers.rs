//! A component's call site gets the style of the element it renders its props onto, and only
//! that element's (`test-corpus/wrapper-spreads`).

mod common;

use std::collections::BTreeMap;

/// Per styled element (`file <Name>`), the colour and padding properties of its effective style.
fn styled(analysis: &serde_json::Value) -> BTreeMap<String, Vec<String>> {
    common::per_linked_element(
        analysis,
        |path, name, _| format!("{path} <{name}>"),
        |style| {
            style["effective"]
                .as_array()
                .expect("effective")
                .iter()
                .map(|value| value["property"].as_str().expect("property").to_owned())
                .filter(|property| property == "color" || property == "padding-top")
                .collect()
        },
    )
}

#[test]
fn a_spread_of_a_call_or_of_another_binding_is_not_where_a_components_props_land() {
    let analysis = common::analyze_json(&common::corpus().join("wrapper-spreads"), &[]);
    let styled = styled(&analysis);
    let both = vec!["color".to_owned(), "padding-top".to_owned()];
    assert_eq!(
        styled.get("src/main.tsx <Field>"),
        Some(&both),
        "{styled:#?}"
    );
    assert_eq!(styled.get("src/SettingsModal.tsx <input>"), Some(&both));
    assert_eq!(styled.get("src/Field.tsx <input>"), Some(&both));
    assert_eq!(
        styled.get("src/main.tsx <NameField>"),
        None,
        "a render prop's `{{...field}}` is not the component's props: {styled:#?}"
    );
    assert_eq!(
        styled.get("src/main.tsx <Action>"),
        Some(&both),
        "the last return's button, not the early return's div: {styled:#?}"
    );
    assert_eq!(
        styled.get("src/main.tsx <SettingsModal>"),
        None,
        "the modal's call site takes no style from the input inside it: {styled:#?}"
    );
}
