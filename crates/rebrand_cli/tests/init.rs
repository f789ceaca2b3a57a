//! `rebrand init`: a commented `rebrand.jsonc` that names the project's token files and every
//! rule at its default level, which `analyze` then reads; never over an existing one unless
//! `--force`.

mod common;

#[test]
fn init_writes_a_configuration_that_analyze_reads() {
    let directory = tempfile::tempdir().expect("temporary directory");
    common::copy_tree(&common::corpus().join("migration/app"), directory.path());
    std::fs::create_dir_all(directory.path().join("vendor/widgets")).expect("mkdir");
    std::fs::write(
        directory.path().join("vendor/widgets/widget.css"),
        ".widget { color: #123456; }\n",
    )
    .expect("write");
    let path = directory.path().to_string_lossy().into_owned();
    let output = common::rebrand(&["init", &path]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let written = std::fs::read_to_string(directory.path().join("rebrand.jsonc")).expect("written");
    insta::assert_snapshot!("init_configuration", written);
    assert!(directory
        .path()
        .join(".rebrand/rebrand.schema.json")
        .is_file());

    let analysis = common::rebrand(&["analyze", &path, "--format", "json"]);
    assert_ne!(
        analysis.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&analysis.stderr)
    );
    let analysis: serde_json::Value = serde_json::from_slice(&analysis.stdout).expect("JSON");
    let files: Vec<&str> = analysis["files"]
        .as_array()
        .expect("files")
        .iter()
        .filter_map(|file| file["path"].as_str())
        .collect();
    assert!(
        !files.iter().any(|file| file.starts_with("vendor/")),
        "{files:?}"
    );

    assert_eq!(common::rebrand(&["init", &path]).status.code(), Some(1));
    assert_eq!(
        common::rebrand(&["init", &path, "--force"]).status.code(),
        Some(0)
    );
}
