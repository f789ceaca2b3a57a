//! `rebrand apply --write` and `analyze --fix` on trees that attack them or that an accident left
//! half-done: planted links at temporary names, linked targets and directories, a linked
//! `.rebrand/`, an unusable git, two applies at once, a run killed at every write step, FIFOs and
//! devices as inputs, and configuration that points outside the project.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Stylesheets in the generated project: enough to have several write steps, few enough to kill
/// the run at every one of them.
const FILES: usize = 4;

/// Runs git in `directory`, as a user with a name (commits need one).
fn git(directory: &Path, arguments: &[&str]) {
    let status = Command::new("git")
        .args([
            "-c",
            "user.name=rebrand",
            "-c",
            "user.email=rebrand@example.com",
        ])
        .args(["-c", "init.defaultBranch=main", "-C"])
        .arg(directory)
        .args(arguments)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("git runs");
    assert!(status.success(), "git {arguments:?}");
}

/// Commits everything under `root` to a fresh git repository.
fn commit_everything(root: &Path) {
    git(root, &["init", "-q"]);
    git(root, &["add", "-A"]);
    git(root, &["commit", "-qm", "project"]);
}

/// A generated migration project, committed to a fresh git repository.
fn committed_project(root: &Path) {
    common::migration_project(root, FILES);
    commit_everything(root);
}

/// `rebrand apply migration.json app --write` in `root`, with `extra` arguments and environment.
fn apply(root: &Path, extra: &[&str], environment: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_rebrand"));
    command
        .current_dir(root)
        .args([
            "apply",
            "migration.json",
            "app",
            "--write",
            "--threads",
            "2",
        ])
        .args(extra)
        .env("NO_COLOR", "1");
    for (name, value) in environment {
        command.env(name, value);
    }
    command.output().expect("rebrand runs")
}

/// The project's files (rebrand's own `.rebrand/` and git's `.git/` left out).
fn tree(root: &Path) -> BTreeMap<String, Vec<u8>> {
    common::contents(root)
        .into_iter()
        .filter(|(path, _)| !path.contains("/.git/"))
        .map(|(path, bytes)| (path.replacen(&*root.to_string_lossy(), "", 1), bytes))
        .collect()
}

/// The tree a complete apply leaves, from a reference run.
fn expected_tree() -> BTreeMap<String, Vec<u8>> {
    let reference = tempfile::tempdir().expect("temporary directory");
    committed_project(reference.path());
    let output = apply(reference.path(), &[], &[]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    tree(reference.path())
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Asserts that `output` exited with `code` and said `needle` on standard error.
fn assert_says(output: &Output, code: i32, needle: &str) {
    assert_eq!(output.status.code(), Some(code), "{output:?}");
    assert!(stderr(output).contains(needle), "{}", stderr(output));
}

#[test]
fn after_a_kill_at_every_write_step_a_plain_re_run_finishes_the_job() {
    let expected = expected_tree();
    let mut step = 1;
    loop {
        let directory = tempfile::tempdir().expect("temporary directory");
        committed_project(directory.path());
        let step_text = step.to_string();
        let killed = apply(
            directory.path(),
            &[],
            &[("REBRAND_TEST_ABORT_AT_WRITE_STEP", &step_text)],
        );
        if killed.status.success() {
            // The step is past the last one: the run was never stopped.
            assert_eq!(tree(directory.path()), expected);
            break;
        }
        assert_eq!(killed.status.code(), None, "step {step}: {killed:?}");
        let again = apply(directory.path(), &[], &[]);
        assert_eq!(
            again.status.code(),
            Some(0),
            "step {step}: the plain re-run failed: {}",
            stderr(&again)
        );
        assert_eq!(
            tree(directory.path()),
            expected,
            "step {step}: the re-run did not finish the job, or left files behind"
        );
        step += 1;
    }
    // The `.gitignore` of `.rebrand/`, the journal, and each file's temporary write and rename.
    assert!(step > 2 * (FILES + 1) + 3, "only {step} write steps");
}

#[test]
fn a_complete_apply_not_yet_committed_is_recognised_by_the_next_run() {
    let directory = tempfile::tempdir().expect("temporary directory");
    committed_project(directory.path());
    assert_eq!(apply(directory.path(), &[], &[]).status.code(), Some(0));
    let after = tree(directory.path());
    let again = apply(directory.path(), &[], &[]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert_eq!(tree(directory.path()), after);
    // A change of the user's own is still refused.
    std::fs::write(
        directory.path().join("app/src/card0000.css"),
        ".x { color: red }\n",
    )
    .expect("write");
    std::fs::write(
        directory.path().join("app/src/card0001.css"),
        ".card1 { border: 1px solid #2563eb }\n",
    )
    .expect("write");
    let refused = apply(directory.path(), &[], &[]);
    assert_says(&refused, 2, "app/src/card0000.css");
}

#[test]
fn two_applies_at_once_end_with_the_expected_tree_and_no_write_error() {
    let expected = expected_tree();
    // Several rounds: the two runs race for `.rebrand/`, the lock and the files differently.
    for _ in 0..5 {
        let directory = tempfile::tempdir().expect("temporary directory");
        committed_project(directory.path());
        let spawn = || {
            Command::new(env!("CARGO_BIN_EXE_rebrand"))
                .current_dir(directory.path())
                .args([
                    "apply",
                    "migration.json",
                    "app",
                    "--write",
                    "--threads",
                    "1",
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawns")
        };
        let first = spawn();
        let second = spawn();
        for child in [first, second] {
            let output = child.wait_with_output().expect("waits");
            assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
            assert!(
                !stderr(&output).contains("could not write"),
                "{}",
                stderr(&output)
            );
        }
        assert_eq!(tree(directory.path()), expected);
    }
}

#[test]
fn planted_links_at_temporary_names_change_nothing_outside_the_project() {
    let outside = tempfile::tempdir().expect("temporary directory");
    let victim = outside.path().join("victim.css");
    std::fs::write(&victim, "precious\n").expect("write");
    let directory = tempfile::tempdir().expect("temporary directory");
    common::migration_project(directory.path(), FILES);
    let source = directory.path().join("app/src");
    // The names the old scheme used (`.NAME.rebrand-PID.tmp`), for every small PID.
    for pid in 1..300 {
        for index in 0..FILES {
            std::os::unix::fs::symlink(
                &victim,
                source.join(format!(".card{index:04}.css.rebrand-{pid}.tmp")),
            )
            .expect("symlink");
        }
    }
    commit_everything(directory.path());
    let output = apply(directory.path(), &[], &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(std::fs::read(&victim).expect("read"), b"precious\n");
    let card = source.join("card0000.css");
    let metadata = std::fs::symlink_metadata(&card).expect("metadata");
    assert!(metadata.is_file(), "the target stays a regular file");
    assert!(!std::fs::read_to_string(&card)
        .expect("read")
        .contains("#2563eb"));
}

#[test]
fn a_linked_target_or_directory_named_on_the_command_line_is_not_written() {
    let outside = tempfile::tempdir().expect("temporary directory");
    common::migration_project(outside.path(), FILES);
    let outside_before = tree(outside.path());
    let directory = tempfile::tempdir().expect("temporary directory");
    committed_project(directory.path());
    std::os::unix::fs::symlink(outside.path().join("app"), directory.path().join("linked"))
        .expect("symlink");
    std::os::unix::fs::symlink(
        outside.path().join("app/src/card0000.css"),
        directory.path().join("app/src/linked.css"),
    )
    .expect("symlink");
    for named in ["linked", "app/src/linked.css"] {
        let output = Command::new(env!("CARGO_BIN_EXE_rebrand"))
            .current_dir(directory.path())
            .args(["apply", "migration.json", named, "--write", "--allow-dirty"])
            .output()
            .expect("rebrand runs");
        assert_eq!(output.status.code(), Some(1), "{named}: {output:?}");
        let message = stderr(&output);
        assert!(
            message.contains("outside the project root") || message.contains("symbolic link"),
            "{named}: {message}"
        );
    }
    assert_eq!(
        tree(outside.path()),
        outside_before,
        "a file outside was written"
    );
}

#[test]
fn a_linked_state_directory_is_refused_and_nothing_is_written() {
    let outside = tempfile::tempdir().expect("temporary directory");
    let directory = tempfile::tempdir().expect("temporary directory");
    common::migration_project(directory.path(), FILES);
    std::os::unix::fs::symlink(outside.path(), directory.path().join(".rebrand")).expect("symlink");
    commit_everything(directory.path());
    let before = tree(directory.path());
    let output = apply(directory.path(), &[], &[]);
    assert_says(&output, 2, "symbolic link");
    assert_eq!(std::fs::read_dir(outside.path()).expect("list").count(), 0);
    assert_eq!(tree(directory.path()), before);
}

/// A directory holding a `git` that fails as git does on a repository another user owns.
fn failing_git() -> tempfile::TempDir {
    let bin = tempfile::tempdir().expect("temporary directory");
    let script = bin.path().join("git");
    std::fs::write(
        &script,
        "#!/bin/sh\necho \"fatal: detected dubious ownership in repository at '$PWD'\" >&2\nexit 128\n",
    )
    .expect("write");
    std::os::unix::fs::PermissionsExt::mode(
        &std::fs::metadata(&script).expect("stat").permissions(),
    );
    let mut permissions = std::fs::metadata(&script).expect("stat").permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
    std::fs::set_permissions(&script, permissions).expect("chmod");
    bin
}

#[test]
fn a_tree_whose_git_status_cannot_be_read_is_not_written() {
    let directory = tempfile::tempdir().expect("temporary directory");
    committed_project(directory.path());
    std::fs::write(
        directory.path().join("app/src/mine.css"),
        ".mine { color: red }\n",
    )
    .expect("write");
    let before = tree(directory.path());
    let broken_git = failing_git();
    let no_git = tempfile::tempdir().expect("temporary directory");
    for path in [broken_git.path(), no_git.path()] {
        let output = apply(directory.path(), &[], &[("PATH", &path.to_string_lossy())]);
        assert_eq!(output.status.code(), Some(2), "{output:?}");
        let message = stderr(&output);
        assert!(message.contains("could not be read"), "{message}");
        assert!(message.contains("--allow-dirty"), "{message}");
        assert_eq!(
            tree(directory.path()),
            before,
            "a tree of unknown status was written"
        );
    }
}

#[test]
fn fifos_devices_and_loops_as_inputs_are_refused_without_hanging() {
    let directory = tempfile::tempdir().expect("temporary directory");
    common::migration_project(directory.path(), FILES);
    let old = directory.path().join("tokens/old.tokens.json");
    std::fs::remove_file(&old).expect("remove");
    let status = Command::new("mkfifo").arg(&old).status().expect("mkfifo");
    assert!(status.success());
    let output = apply(directory.path(), &["--allow-dirty"], &[]);
    assert_says(&output, 2, "named pipe (FIFO), not a regular file");
    std::fs::remove_file(&old).expect("remove");
    std::os::unix::fs::symlink("/dev/zero", &old).expect("symlink");
    let output = apply(directory.path(), &["--allow-dirty"], &[]);
    assert_says(&output, 2, "a device, not a regular file");
    std::fs::remove_file(&old).expect("remove");
    std::os::unix::fs::symlink(&old, &old).expect("symlink");
    let output = apply(directory.path(), &["--allow-dirty"], &[]);
    assert_says(&output, 2, "symbolic link loop");
}

#[test]
fn configuration_and_output_paths_outside_the_project_are_refused() {
    let outside = tempfile::tempdir().expect("temporary directory");
    std::fs::write(
        outside.path().join("secret.css"),
        ":root { --secret: #123456; }\n",
    )
    .expect("write");
    let directory = tempfile::tempdir().expect("temporary directory");
    common::migration_project(directory.path(), FILES);
    let secret: PathBuf = outside.path().join("secret.css");
    std::fs::write(
        directory.path().join("rebrand.json"),
        format!("{{ \"tokens\": [{:?}] }}", secret.to_string_lossy()),
    )
    .expect("write");
    let output = common::rebrand(&["analyze", &directory.path().join("app").to_string_lossy()]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let message = stderr(&output);
    assert!(message.contains("outside the project root"), "{message}");
    assert!(
        !message.contains("#123456"),
        "an excerpt of a file outside: {message}"
    );
    std::fs::remove_file(directory.path().join("rebrand.json")).expect("remove");
    let report = outside.path().join("report.json");
    let output = common::rebrand(&[
        "analyze",
        &directory.path().join("app").to_string_lossy(),
        "--format",
        "json",
        "--output",
        &report.to_string_lossy(),
    ]);
    assert_says(&output, 2, "outside the project root");
    assert!(!report.exists());
}
