//! `rebrand apply --write` as a transaction that resumes: under the apply lock, the leftovers of
//! a killed earlier run are removed, the tree's git status is read (failing closed), the files
//! the journal says an earlier apply wrote are recognised as its own, and the new journal is saved
//! before the first file is written, so a run killed at any point is finished by a plain re-run.

use std::path::{Path, PathBuf};
use std::process::Command;

use rebrand_io::{content_hash, ApplyLock, Journal, JournalEntry, ProjectRoot, StateDirectory};

use crate::fix::FileFix;

/// Opens `.rebrand/` and takes the write lock, telling the user when it waits for another run
/// writing to the same tree.
pub fn lock_tree(root: &ProjectRoot) -> Result<(StateDirectory, ApplyLock), String> {
    let state = StateDirectory::open(root)?;
    let lock = state.lock(|| {
        eprintln!(
            "waiting for another rebrand run writing to `{}` to finish…",
            root.path().display()
        );
    })?;
    Ok((state, lock))
}

/// `path` relative to the canonical root, with `/` separators, if it lies inside it.
fn relative_to_root(root: &ProjectRoot, path: &Path) -> Option<String> {
    let canonical = path.canonicalize().ok()?;
    let relative = canonical.strip_prefix(root.path()).ok()?;
    Some(relative.to_string_lossy().replace('\\', "/"))
}

/// The bytes of `path` if it is a regular file (not a link, a FIFO or a device, which a hostile
/// tree could put where a changed file was).
fn regular_file_bytes(path: &Path) -> Option<Vec<u8>> {
    path.symlink_metadata()
        .ok()
        .filter(std::fs::Metadata::is_file)
        .and_then(|_| std::fs::read(path).ok())
}

/// The reasons files of `edited` may not be written (a link, outside the root), one line each.
pub fn unwritable(root: &ProjectRoot, edited: &[FileFix]) -> Vec<String> {
    edited
        .iter()
        .filter_map(|file| {
            root.writable(&file.path)
                .err()
                .map(|reason| format!("`{}`: {reason}", file.display))
        })
        .collect()
}

/// Starts the writes of `edited`: removes what killed earlier runs left, lets `check` look at the
/// earlier journal (the dirty-tree check), and saves the journal of this run.
pub fn begin(
    state: &StateDirectory,
    root: &ProjectRoot,
    edited: &[FileFix],
    check: impl FnOnce(&Journal) -> Result<(), String>,
) -> Result<Journal, String> {
    let earlier = state.journal(|warning| eprintln!("warning: {warning}"));
    // Only beside the files an earlier apply of ours planned: elsewhere a file of that name is
    // not ours to remove.
    let leftovers: usize = earlier
        .files
        .iter()
        .map(|entry| rebrand_io::remove_leftover_temporaries(&root.path().join(&entry.path)))
        .sum();
    if leftovers > 0 {
        eprintln!("removed {leftovers} temporary files an interrupted earlier apply left behind");
    }
    check(&earlier)?;
    let mut journal = Journal::new();
    for file in edited {
        let path = relative_to_root(root, &file.path).ok_or_else(|| {
            format!(
                "`{}` lies outside the project root `{}`; nothing was written",
                file.display,
                root.path().display()
            )
        })?;
        journal.files.push(JournalEntry {
            path,
            before: content_hash(file.before.as_bytes()),
            after: content_hash(file.after.as_bytes()),
        });
    }
    // An earlier apply's edits that are still uncommitted stay recognisable on the next run.
    for entry in earlier.files {
        let still_written = !journal.files.iter().any(|new| new.path == entry.path)
            && regular_file_bytes(&root.path().join(&entry.path))
                .is_some_and(|bytes| content_hash(&bytes) == entry.after);
        if still_written {
            journal.files.push(entry);
        }
    }
    journal.files.sort_by(|a, b| a.path.cmp(&b.path));
    state.save_journal(&journal)?;
    Ok(journal)
}

/// The directory `git status` runs in for an analysed path.
fn status_directory(path: &Path) -> &Path {
    if path.is_dir() {
        path
    } else {
        rebrand_io::directory_of(path)
    }
}

/// The paths `git status` lists as changed or untracked under `directory`, relative to the work
/// tree's top; the error says why the status could not be read.
fn changed_paths(directory: &Path) -> Result<Vec<String>, String> {
    // `core.fsmonitor` could name a program from the repository's own configuration; it is
    // turned off so that asking git never runs project code. Without optional locks git takes no
    // `index.lock`, so a status orphaned by a killed run blocks no one.
    let output = Command::new("git")
        .env("GIT_OPTIONAL_LOCKS", "0")
        .arg("--no-optional-locks")
        .args(["-c", "core.fsmonitor=false", "-C"])
        .arg(directory)
        .args([
            "status",
            "--porcelain=v1",
            "-z",
            "--no-renames",
            "--untracked-files=all",
            "--",
            ".",
        ])
        .output()
        .map_err(|error| format!("git could not be run: {error}"))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let reason = stderr
            .lines()
            .find(|line| !line.trim().is_empty())
            .unwrap_or("git status failed");
        return Err(reason.trim().to_owned());
    }
    Ok(output
        .stdout
        .split(|byte| *byte == 0)
        .filter(|entry| entry.len() > 3)
        .map(|entry| String::from_utf8_lossy(&entry[3..]).into_owned())
        .collect())
}

/// Refuses to write into a git working tree with uncommitted changes under `paths` — but for the
/// files an earlier apply wrote, as its journal records them — since the user could not tell our
/// edits from theirs, nor undo ours alone. When the status cannot be read, nothing is written
/// either. Outside git there is nothing to ask.
pub fn refuse_dirty_tree(
    root: &ProjectRoot,
    paths: &[PathBuf],
    earlier: &Journal,
) -> Result<(), String> {
    for path in paths {
        let directory = status_directory(path);
        let Ok(canonical) = directory.canonicalize() else {
            continue;
        };
        let Some(top) = rebrand_io::git_work_tree(&canonical) else {
            continue;
        };
        let changed = changed_paths(directory).map_err(|reason| {
            format!(
                "error: the git status of `{}` could not be read ({reason}), so rebrand cannot tell your uncommitted changes from its own, and nothing was written\nmake `git status` work there, or pass --allow-dirty\n",
                directory.display()
            )
        })?;
        let theirs: Vec<&String> = changed
            .iter()
            .filter(|changed| {
                let on_disk = top.join(changed);
                let ours = relative_to_root(root, &on_disk)
                    .zip(regular_file_bytes(&on_disk))
                    .is_some_and(|(relative, bytes)| earlier.wrote(&relative, &bytes));
                !ours
            })
            .collect();
        if !theirs.is_empty() {
            let shown: Vec<&str> = theirs.iter().take(10).map(|path| path.as_str()).collect();
            return Err(format!(
                "error: the git working tree under `{}` has uncommitted changes, so nothing was written:\n  {}{}\ncommit or stash them first, or pass --allow-dirty\n",
                directory.display(),
                shown.join("\n  "),
                if theirs.len() > shown.len() {
                    format!("\n  … and {} more", theirs.len() - shown.len())
                } else {
                    String::new()
                }
            ));
        }
    }
    Ok(())
}
