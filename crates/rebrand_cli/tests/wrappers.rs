//! A component's call site gets the style of the element it renders its props onto, and only
//! that element's (`test-corpus/wrapper-spreads`).

mod common;

use std::collections::BTreeMap;

/// Per styled element (`file <Name>`), the properties of its effective style.
fn styled(analysis: &serde_json::Value) -> BTreeMap<String, Vec<String>> {
    let elements = common::elements_by_id(analysis);
    analysis["links"]["elements"]
        .as_array()
        .expect("linked elements")
        .iter()
        .map(|style| {
            let (path, name, _) = &elements[&common::linked_key(style)];
            let mut properties: Vec<String> = style["effective"]
                .as_array()
                .expect("effective")
                .iter()
                .map(|value| value["property"].as_str().expect("property").to_owned())
                .filter(|property| property == "color" || property == "padding-top")
                .collect();
            properties.sort();
            (format!("{path} <{name}>"), properties)
        })
        .collect()
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
        styled.get("src/main.tsx <SettingsModal>"),
        None,
        "the modal's call site takes no style from the input inside it: {styled:#?}"
    );
}
