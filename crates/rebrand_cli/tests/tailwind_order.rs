//! Tailwind writes a utility with variants after the base utilities, whatever order a class
//! list has: `hover:bg-… bg-…` hovers.

mod common;

#[test]
fn a_hover_class_before_its_base_class_still_wins_on_hover() {
    let directory = tempfile::tempdir().expect("temporary directory");
    let root = directory.path();
    std::fs::create_dir_all(root.join("src")).expect("src");
    std::fs::write(
        root.join("package.json"),
        r#"{ "name": "order", "private": true, "dependencies": { "tailwindcss": "^4.1.0" } }"#,
    )
    .expect("package.json");
    std::fs::write(root.join("src/app.css"), "@import \"tailwindcss\";\n").expect("app.css");
    std::fs::write(
        root.join("src/Row.tsx"),
        "import \"./app.css\";\nexport function Row() {\n  return <li className=\"hover:bg-[#f5f5f5] bg-[#ffffff] px-[12px]\">row</li>;\n}\n",
    )
    .expect("Row.tsx");
    let analysis = common::analyze_json(root, &[]);
    let effective: Vec<(String, String)> = analysis["links"]["elements"][0]["effective"]
        .as_array()
        .expect("effective")
        .iter()
        .filter(|value| value["property"] == "background-color")
        .map(|value| {
            (
                value["condition"]["states"][0]
                    .as_str()
                    .unwrap_or("")
                    .to_owned(),
                value["value_text"].as_str().expect("value").to_owned(),
            )
        })
        .collect();
    assert_eq!(
        effective,
        [
            (String::new(), "#ffffff".to_owned()),
            (":hover".to_owned(), "#f5f5f5".to_owned())
        ]
    );
}
