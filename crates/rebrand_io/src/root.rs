//! The project root (`../shared/contracts.md` §2): the directory of the configuration file in
//! use, else the git top level, else the analysed directory; found from the paths as the user
//! named them, then made canonical, so a symbolic link named on the command line cannot move it.

use std::path::{Component, Path, PathBuf};

use crate::read::explain_open_error;

/// The canonical project root, and whether the user reached it through a symbolic link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectRoot {
    canonical: PathBuf,
    /// The root as found from the named paths, when it differs from its canonical form.
    through_link: Option<PathBuf>,
}

/// `path` made absolute without resolving links, `.` and `..` folded lexically.
fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .unwrap_or_else(|_| PathBuf::from("/"))
            .join(path)
    };
    let mut folded = PathBuf::new();
    for component in joined.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                folded.pop();
            }
            other => folded.push(other),
        }
    }
    folded
}

/// The directory `path` lies in (`.` for a bare file name).
#[must_use]
pub fn directory_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// The top of the git work tree `start` lies in: the nearest ancestor holding `.git` (a
/// directory, or the file of a linked work tree), as given (canonicalise `start` first for a
/// canonical answer).
#[must_use]
pub fn git_work_tree(start: &Path) -> Option<&Path> {
    start
        .ancestors()
        .find(|directory| directory.join(".git").symlink_metadata().is_ok())
}

impl ProjectRoot {
    /// The root for a run over `analysed` (the paths as named; the first decides) with the
    /// configuration file `configuration`, if one is in use.
    pub fn find(configuration: Option<&Path>, analysed: &[PathBuf]) -> Result<Self, String> {
        let found = if let Some(configuration) = configuration {
            absolute(configuration)
                .parent()
                .map_or_else(|| PathBuf::from("/"), Path::to_path_buf)
        } else {
            let named = absolute(analysed.first().map_or(Path::new("."), PathBuf::as_path));
            let start = if std::fs::metadata(&named).is_ok_and(|metadata| metadata.is_dir()) {
                named
            } else {
                named
                    .parent()
                    .map_or_else(|| PathBuf::from("/"), Path::to_path_buf)
            };
            git_work_tree(&start).map_or(start.clone(), Path::to_path_buf)
        };
        let canonical = found.canonicalize().map_err(|error| {
            format!(
                "the project root `{}` cannot be used: {}",
                found.display(),
                explain_open_error(&error)
            )
        })?;
        let through_link = (canonical != found).then_some(found);
        Ok(Self {
            canonical,
            through_link,
        })
    }

    /// A root at `directory` exactly, for tests.
    #[cfg(test)]
    pub(crate) fn at(directory: &Path) -> Result<Self, String> {
        let canonical = directory.canonicalize().map_err(|error| {
            format!(
                "the project root `{}` cannot be used: {}",
                directory.display(),
                explain_open_error(&error)
            )
        })?;
        Ok(Self {
            canonical,
            through_link: None,
        })
    }

    /// The canonical root.
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.canonical
    }

    /// A note for the user when the root was reached through a symbolic link.
    #[must_use]
    pub fn link_note(&self) -> Option<String> {
        self.through_link.as_ref().map(|named| {
            format!(
                "note: the project root `{}` is a symbolic link; rebrand works in `{}`, what it points to",
                named.display(),
                self.canonical.display()
            )
        })
    }

    /// The canonical path to write for `path`, or why it may not be written: it is a symbolic
    /// link, not a regular file, or its directory lies outside the root.
    pub fn writable(&self, path: &Path) -> Result<PathBuf, String> {
        let shown = path.display();
        if let Ok(metadata) = path.symlink_metadata() {
            if metadata.file_type().is_symlink() {
                return Err(format!(
                    "`{shown}` is a symbolic link; rebrand never writes through a link, so it was not changed"
                ));
            }
            if !metadata.is_file() {
                return Err(format!(
                    "`{shown}` is not a regular file, so it was not written"
                ));
            }
        }
        let name = path
            .file_name()
            .ok_or_else(|| format!("`{shown}` names no file"))?;
        let directory = directory_of(path).canonicalize().map_err(|error| {
            format!(
                "the directory of `{shown}` cannot be used: {}",
                explain_open_error(&error)
            )
        })?;
        if !directory.starts_with(&self.canonical) {
            return Err(format!(
                "`{shown}` lies outside the project root `{}` (its directory is `{}`); rebrand writes nothing outside the root",
                self.canonical.display(),
                directory.display()
            ));
        }
        Ok(directory.join(name))
    }
}

#[cfg(test)]
mod tests {
    use super::ProjectRoot;

    #[test]
    fn the_git_top_level_is_the_root_and_a_linked_directory_in_it_stays_outside() {
        let directory = tempfile::tempdir().expect("temporary directory");
        let project = directory.path().join("project");
        let outside = directory.path().join("outside");
        std::fs::create_dir_all(project.join(".git")).expect("mkdir");
        std::fs::create_dir_all(project.join("src")).expect("mkdir");
        std::fs::create_dir_all(&outside).expect("mkdir");
        std::fs::write(outside.join("a.css"), "a{}").expect("write");
        std::os::unix::fs::symlink(&outside, project.join("linked")).expect("symlink");
        let root = ProjectRoot::find(None, &[project.join("linked")]).expect("a root");
        assert_eq!(root.path(), project.canonicalize().expect("canonical"));
        let error = root
            .writable(&project.join("linked/a.css"))
            .expect_err("outside");
        assert!(error.contains("outside the project root"), "{error}");
        assert!(root.writable(&project.join("src/new.css")).is_ok());
    }

    #[test]
    fn a_linked_root_is_resolved_and_reported() {
        let directory = tempfile::tempdir().expect("temporary directory");
        let real = directory.path().join("real");
        std::fs::create_dir_all(&real).expect("mkdir");
        let link = directory.path().join("link");
        std::os::unix::fs::symlink(&real, &link).expect("symlink");
        let root = ProjectRoot::find(None, std::slice::from_ref(&link)).expect("a root");
        assert_eq!(root.path(), real.canonicalize().expect("canonical"));
        assert!(root
            .link_note()
            .is_some_and(|note| note.contains("symbolic link")));
    }

    #[test]
    fn a_linked_file_is_never_a_write_target() {
        let directory = tempfile::tempdir().expect("temporary directory");
        std::fs::write(directory.path().join("real.css"), "a{}").expect("write");
        std::os::unix::fs::symlink("real.css", directory.path().join("a.css")).expect("symlink");
        let root = ProjectRoot::at(directory.path()).expect("a root");
        let error = root
            .writable(&directory.path().join("a.css"))
            .expect_err("a link");
        assert!(error.contains("symbolic link"), "{error}");
    }
}
