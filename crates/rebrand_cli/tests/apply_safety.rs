//! `rebrand apply --write` killed at many points: every file is found either wholly old or wholly
//! new, never half-written; and a write never changes a file's permissions.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

const FILES: usize = 400;

/// The project's stylesheets, by name.
fn stylesheets(root: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(root.join("app/src"))
        .expect("read the project")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "css"))
        .map(|path| {
            let name = path
                .file_name()
                .expect("a name")
                .to_string_lossy()
                .into_owned();
            (name, std::fs::read(&path).expect("read"))
        })
        .collect()
}

fn apply_command(root: &Path) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_rebrand"));
    command
        .arg("apply")
        .arg(root.join("migration.json"))
        .arg(root.join("app"))
        .args(["--write", "--allow-dirty", "--threads", "2"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    command
}

#[test]
fn a_write_killed_at_any_point_leaves_every_file_wholly_old_or_wholly_new() {
    let reference = tempfile::tempdir().expect("temporary directory");
    common::migration_project(reference.path(), FILES);
    let old = stylesheets(reference.path());
    let started = Instant::now();
    let status = apply_command(reference.path()).status().expect("runs");
    let full_run = started.elapsed();
    assert!(status.success());
    let new = stylesheets(reference.path());
    assert_eq!(
        old.iter()
            .filter(|(name, text)| new[*name] != **text)
            .count(),
        FILES + 1,
        "the reference run edits every file"
    );

    let mut saw_partial_run = false;
    let points: u32 = 24;
    for point in 0..points {
        let directory = tempfile::tempdir().expect("temporary directory");
        common::migration_project(directory.path(), FILES);
        let mut child = apply_command(directory.path()).spawn().expect("spawns");
        if point % 2 == 0 {
            // Kill points spread over the whole run, the analysis and the writes alike.
            std::thread::sleep(full_run.mul_f64(f64::from(point) / f64::from(points)));
        } else {
            // Kill points inside the writes: as soon as a given file has been replaced.
            let watched = directory.path().join(format!(
                "app/src/card{:04}.css",
                point as usize * FILES / points as usize
            ));
            let deadline = Instant::now() + full_run * 20 + Duration::from_secs(5);
            while std::fs::read(&watched).is_ok_and(|text| text == old[&file_name(&watched)])
                && Instant::now() < deadline
            {
                std::thread::yield_now();
            }
        }
        let _ = child.kill();
        let _ = child.wait();
        let now = stylesheets(directory.path());
        assert_eq!(
            now.keys().collect::<Vec<_>>(),
            old.keys().collect::<Vec<_>>(),
            "files appeared or vanished"
        );
        let mut written = 0;
        for (name, text) in &now {
            if *text == new[name] && new[name] != old[name] {
                written += 1;
            } else {
                assert_eq!(
                    text, &old[name],
                    "kill point {point}: `{name}` is neither the old nor the new text"
                );
            }
        }
        saw_partial_run |= written > 0 && written < FILES + 1;
        // A killed write may leave its temporary file beside the target, never in its place.
        for entry in std::fs::read_dir(directory.path().join("app/src")).expect("read") {
            let name = entry
                .expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned();
            let extension = Path::new(&name)
                .extension()
                .map(|extension| extension.to_string_lossy().into_owned());
            assert!(
                extension.as_deref() == Some("css")
                    || (name.starts_with('.')
                        && name.contains(".rebrand-")
                        && extension.as_deref() == Some("tmp")),
                "unexpected file `{name}`"
            );
        }
    }
    assert!(
        saw_partial_run,
        "no kill landed between the first and the last write (full run {full_run:?})"
    );
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .expect("a name")
        .to_string_lossy()
        .into_owned()
}

#[cfg(unix)]
#[test]
fn written_files_keep_their_permissions() {
    use std::os::unix::fs::PermissionsExt as _;

    let directory = tempfile::tempdir().expect("temporary directory");
    common::migration_project(directory.path(), FILES);
    let card = directory.path().join("app/src/card0001.css");
    std::fs::set_permissions(&card, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    let before = std::fs::read(&card).expect("read");
    assert!(apply_command(directory.path())
        .status()
        .expect("runs")
        .success());
    assert_ne!(
        std::fs::read(&card).expect("read"),
        before,
        "the file was migrated"
    );
    let mode = std::fs::metadata(&card).expect("stat").permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
}
