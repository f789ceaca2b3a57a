//! Writes no link can redirect: the target is checked (a regular file or none, its canonical
//! directory inside the project root), the new text goes to a temporary file with an
//! unpredictable name created exclusively beside it (`O_CREAT|O_EXCL` never follows a link), and
//! that file is renamed over the target (a rename replaces a link planted there since the check,
//! never what it points to).

use std::fs::{OpenOptions, Permissions};
use std::io::{Read as _, Write};
use std::os::unix::fs::OpenOptionsExt as _;
use std::path::Path;

use crate::failpoint;
use crate::read::explain_open_error;
use crate::root::directory_of;
use crate::ProjectRoot;

/// The prefix of a temporary file for the file named `name`: hidden, and named after it.
fn temporary_prefix(name: &str) -> String {
    format!(".{name}.rebrand-")
}

/// The suffix of every temporary file.
const TEMPORARY_SUFFIX: &str = ".tmp";

/// Replaces the file at `path` with `contents` if it still holds `expected`; the error says why
/// not, for the user.
pub fn replace_file(
    root: &ProjectRoot,
    path: &Path,
    expected: &[u8],
    contents: &[u8],
) -> Result<(), String> {
    let target = root.writable(path)?;
    // `O_NOFOLLOW`: a link planted since the check is not read through either.
    let current = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(&target)
        .map_err(|error| format!("could not re-read it: {}", explain_open_error(&error)))?;
    let permissions = current
        .metadata()
        .map_err(|error| format!("could not re-read it: {error}"))?
        .permissions();
    let mut bytes = Vec::with_capacity(expected.len());
    current
        .take(expected.len() as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| format!("could not re-read it: {error}"))?;
    if bytes != expected {
        return Err("it changed since it was read; run rebrand again".to_owned());
    }
    persist(&target, Some(permissions), |file| file.write_all(contents))
}

/// Writes `contents` to `path` (created, or replaced when it is a regular file) inside the root.
pub fn write_file(root: &ProjectRoot, path: &Path, contents: &[u8]) -> Result<(), String> {
    write_file_with(root, path, |file| file.write_all(contents))
}

/// Writes what `fill` writes to `path` (created, or replaced when it is a regular file) inside
/// the root; for output too large to hold in memory at once.
pub fn write_file_with(
    root: &ProjectRoot,
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), String> {
    let target = root.writable(path)?;
    let permissions = std::fs::symlink_metadata(&target)
        .ok()
        .map(|metadata| metadata.permissions());
    persist(&target, permissions, |file| {
        let mut buffered = std::io::BufWriter::new(file);
        fill(&mut buffered)?;
        buffered.flush()
    })
}

/// Writes what `fill` writes to a fresh temporary file in `target`'s directory and renames it
/// over `target`; on any failure the temporary file is removed and `target` is untouched.
fn persist(
    target: &Path,
    permissions: Option<Permissions>,
    fill: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> Result<(), String> {
    let directory = target.parent().unwrap_or_else(|| Path::new("."));
    let name = target
        .file_name()
        .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
    let failed = |error: std::io::Error| format!("could not write it: {error}");
    let mut temporary = tempfile::Builder::new()
        .prefix(&temporary_prefix(&name))
        .suffix(TEMPORARY_SUFFIX)
        .rand_bytes(12)
        .tempfile_in(directory)
        .map_err(failed)?;
    fill(temporary.as_file_mut()).map_err(failed)?;
    temporary.as_file().sync_all().map_err(failed)?;
    if let Some(permissions) = permissions {
        temporary
            .as_file()
            .set_permissions(permissions)
            .map_err(failed)?;
    }
    failpoint::step();
    temporary
        .persist(target)
        .map_err(|error| failed(error.error))?;
    failpoint::step();
    Ok(())
}

/// Removes the temporary files a killed earlier write of `path` left beside it; the file itself
/// is whole, so they are garbage. Call it only while holding the apply lock: another run's
/// temporary files look the same. Failing to remove one is not an error.
#[must_use = "the number removed is worth telling the user"]
pub fn remove_leftover_temporaries(path: &Path) -> usize {
    let Some(name) = path.file_name() else {
        return 0;
    };
    let prefix = temporary_prefix(&name.to_string_lossy());
    let Ok(entries) = std::fs::read_dir(directory_of(path)) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        let is_leftover = file_name
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(TEMPORARY_SUFFIX))
            .is_some_and(|random| {
                !random.is_empty() && random.bytes().all(|byte| byte.is_ascii_alphanumeric())
            });
        // `remove_file` on a link removes the link, never what it points to.
        if is_leftover && std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::{remove_leftover_temporaries, replace_file, write_file};
    use crate::ProjectRoot;

    #[test]
    fn a_file_changed_since_it_was_read_is_left_alone() {
        let directory = tempfile::tempdir().expect("temporary directory");
        let root = ProjectRoot::at(directory.path()).expect("root");
        let path = directory.path().join("a.css");
        std::fs::write(&path, "a { color: green }").expect("write");
        let error = replace_file(&root, &path, b"a { color: red }", b"a { color: blue }")
            .expect_err("changed on disk");
        assert!(error.contains("changed since it was read"), "{error}");
        replace_file(&root, &path, b"a { color: green }", b"a { color: blue }").expect("written");
        assert_eq!(std::fs::read(&path).expect("read"), b"a { color: blue }");
        assert_eq!(
            std::fs::read_dir(directory.path()).expect("list").count(),
            1
        );
    }

    #[test]
    fn planted_links_at_temporary_names_change_nothing_outside() {
        let directory = tempfile::tempdir().expect("temporary directory");
        let project = directory.path().join("project");
        std::fs::create_dir_all(&project).expect("mkdir");
        let victim = directory.path().join("victim.txt");
        std::fs::write(&victim, "precious").expect("write");
        // The old scheme's names (`.a.css.rebrand-PID.tmp`) for every small PID.
        for pid in 1..200 {
            std::os::unix::fs::symlink(&victim, project.join(format!(".a.css.rebrand-{pid}.tmp")))
                .expect("symlink");
        }
        let root = ProjectRoot::at(&project).expect("root");
        let path = project.join("a.css");
        std::fs::write(&path, "a{}").expect("write");
        replace_file(&root, &path, b"a{}", b"b{}").expect("written");
        assert_eq!(std::fs::read(&victim).expect("read"), b"precious");
        assert!(!std::fs::symlink_metadata(&path)
            .expect("metadata")
            .file_type()
            .is_symlink());
        assert_eq!(remove_leftover_temporaries(&path), 199);
        assert_eq!(std::fs::read(&victim).expect("read"), b"precious");
    }

    #[test]
    fn a_write_outside_the_root_is_refused() {
        let directory = tempfile::tempdir().expect("temporary directory");
        let project = directory.path().join("project");
        std::fs::create_dir_all(&project).expect("mkdir");
        let root = ProjectRoot::at(&project).expect("root");
        let error =
            write_file(&root, &directory.path().join("out.json"), b"{}").expect_err("outside");
        assert!(error.contains("outside the project root"), "{error}");
        assert!(!directory.path().join("out.json").exists());
    }
}
