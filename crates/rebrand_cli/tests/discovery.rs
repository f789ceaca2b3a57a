//! Discovery: what is walked and what is skipped.

mod common;

use std::path::Path;

fn write(root: &Path, path: &str, text: &str) {
    let path = root.join(path);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("directory");
    std::fs::write(path, text).expect("file");
}

fn analysed_paths(root: &Path, extra: &[&str]) -> Vec<String> {
    let analysis = common::analyze_json(root, extra);
    analysis["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|file| file["path"].as_str().expect("path").to_owned())
        .collect()
}

#[test]
fn dependencies_build_output_generated_and_ignored_files_are_skipped() {
    let directory = tempfile::tempdir().expect("temporary directory");
    let root = directory.path();
    write(
        root,
        "src/App.tsx",
        "export const App = () => <div style={{ padding: 4 }} />;\n",
    );
    write(root, "src/app.css", ".a { color: red; }\n");
    write(root, "node_modules/lib/index.js", "export const x = 1;\n");
    write(
        root,
        "packages/ui/node_modules/dep/a.css",
        ".b { color: blue; }\n",
    );
    write(root, "dist/app.js", "export const y = 2;\n");
    write(root, "src/vendor.min.css", ".c{color:green}\n");
    write(root, "src/types.d.ts", "export type T = string;\n");
    write(root, "src/ignored/Skip.tsx", "export const Skip = 1;\n");
    write(root, ".gitignore", "src/ignored/\n");
    let outside = tempfile::tempdir().expect("another directory");
    write(outside.path(), "Outside.tsx", "export const Outside = 1;\n");
    #[cfg(unix)]
    std::os::unix::fs::symlink(outside.path(), root.join("src/linked")).expect("symlink");

    assert_eq!(analysed_paths(root, &[]), ["src/App.tsx", "src/app.css"]);
}

#[test]
fn include_and_exclude_globs_filter_files() {
    let directory = tempfile::tempdir().expect("temporary directory");
    let root = directory.path();
    write(root, "src/a.css", ".a { color: red; }\n");
    write(root, "src/b.scss", ".b { color: red; }\n");
    write(root, "src/C.stories.tsx", "export const C = 1;\n");
    assert_eq!(
        analysed_paths(root, &["--include", "**/*.css"]),
        ["src/a.css"]
    );
    assert_eq!(
        analysed_paths(root, &["--exclude", "**/*.stories.tsx"]),
        ["src/a.css", "src/b.scss"]
    );
}

#[test]
fn a_bad_glob_is_a_usage_error() {
    let directory = tempfile::tempdir().expect("temporary directory");
    let path = directory.path().to_string_lossy().into_owned();
    let output = common::rebrand(&["analyze", &path, "--include", "src/[a"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("bad glob"));
}

#[test]
fn a_fifo_in_the_tree_is_counted_as_skipped_and_never_opened() {
    let directory = tempfile::tempdir().expect("temporary directory");
    let root = directory.path();
    std::fs::write(root.join("a.css"), ".a { color: red }\n").expect("write");
    let status = std::process::Command::new("mkfifo")
        .arg(root.join("b.css"))
        .status()
        .expect("mkfifo");
    assert!(status.success());
    let output = common::rebrand(&["analyze", &root.to_string_lossy()]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        report.contains("skipped        1 named pipes, sockets or devices"),
        "{report}"
    );
}

#[test]
fn a_link_loop_named_on_the_command_line_is_called_a_loop() {
    let directory = tempfile::tempdir().expect("temporary directory");
    let looped = directory.path().join("src");
    std::os::unix::fs::symlink(&looped, &looped).expect("symlink");
    let output = common::rebrand(&["analyze", &looped.to_string_lossy()]);
    assert_eq!(output.status.code(), Some(2));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("symbolic link loop"), "{message}");
}
