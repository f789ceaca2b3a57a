//! rebrand's own directory, `.rebrand/` at the project root (`../shared/contracts.md` §4): the
//! apply lock and the apply journal. It is untrusted input like the rest of the tree: a link there
//! is refused, a journal that does not parse is ignored with a warning, and a journal entry that
//! would leave the root is dropped.

use std::fmt::Write as _;
use std::fs::{File, OpenOptions, TryLockError};
use std::os::unix::fs::OpenOptionsExt as _;
use std::path::{Component, Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use crate::read::{explain_open_error, read_input};
use crate::write::{remove_leftover_temporaries, write_file};
use crate::{failpoint, ProjectRoot};

/// The directory's name at the project root.
const DIRECTORY: &str = ".rebrand";
/// The lock file, held while an apply plans and writes.
const LOCK_FILE: &str = "apply.lock";
/// The journal of the last apply's writes.
const JOURNAL_FILE: &str = "apply-journal.json";
/// The journal's size limit: a few hundred bytes per written file.
const JOURNAL_LIMIT: u64 = 64 * 1024 * 1024;

/// `.rebrand/` at a project root, checked to be a real directory.
#[derive(Debug)]
pub struct StateDirectory {
    root: ProjectRoot,
    path: PathBuf,
}

/// The hex SHA-256 of a file's contents.
#[must_use]
pub fn content_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .fold(String::with_capacity(64), |mut hex, byte| {
            let _ = write!(hex, "{byte:02x}");
            hex
        })
}

impl StateDirectory {
    /// Opens `.rebrand/` at `root`, creating it (with a `.gitignore` of `*`) when missing; a link
    /// or a file at that name is refused.
    pub fn open(root: &ProjectRoot) -> Result<Self, String> {
        let path = root.path().join(DIRECTORY);
        // Another run may create it at the same moment: then it is checked like any found one.
        match std::fs::create_dir(&path) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(error) => {
                return Err(format!("could not create `{}`: {error}", path.display()));
            }
        }
        let metadata = path
            .symlink_metadata()
            .map_err(|error| format!("could not use `{}`: {error}", path.display()))?;
        if metadata.file_type().is_symlink() {
            return Err(format!(
                "`{}` is a symbolic link; rebrand keeps its own files there and never follows a link for them (a repository may have committed it to redirect them), so remove it",
                path.display()
            ));
        }
        if !metadata.is_dir() {
            return Err(format!(
                "`{}` is not a directory; rebrand keeps its own files there, so remove or rename it",
                path.display()
            ));
        }
        let ignore = path.join(".gitignore");
        if ignore.symlink_metadata().is_err() {
            write_file(root, &ignore, b"*\n")?;
        }
        Ok(Self {
            root: root.clone(),
            path,
        })
    }

    /// Takes the apply lock, waiting for the run that holds it; `waiting` is called once before
    /// waiting, to tell the user.
    pub fn lock(&self, waiting: impl FnOnce()) -> Result<ApplyLock, String> {
        let path = self.path.join(LOCK_FILE);
        let failed = |error: &std::io::Error| {
            format!(
                "could not take the lock `{}`: {}",
                path.display(),
                explain_open_error(error)
            )
        };
        // `O_NOFOLLOW`: a link committed at the lock's name is refused, not followed.
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
            .open(&path)
            .map_err(|error| failed(&error))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                waiting();
                file.lock().map_err(|error| failed(&error))?;
            }
            Err(TryLockError::Error(error)) => return Err(failed(&error)),
        }
        Ok(ApplyLock { _file: file })
    }

    /// The journal of an earlier apply, if one is kept and readable; a damaged one is reported
    /// through `warn` and ignored.
    pub fn journal(&self, warn: impl FnOnce(String)) -> Journal {
        let path = self.path.join(JOURNAL_FILE);
        if path.symlink_metadata().is_err() {
            return Journal::default();
        }
        let text = match read_input(&path, JOURNAL_LIMIT, "apply journal") {
            Ok(text) => text,
            Err(error) => {
                warn(format!("{error}; it is ignored"));
                return Journal::default();
            }
        };
        match serde_json::from_str::<Journal>(&text) {
            Ok(journal) if journal.version == Journal::VERSION => journal.within_root(),
            Ok(_) | Err(_) => {
                warn(format!(
                    "`{}` is not a journal this version of rebrand wrote; it is ignored",
                    path.display()
                ));
                Journal::default()
            }
        }
    }

    /// Saves `journal` (atomically, like every write), after removing what a killed earlier save
    /// left; call it while holding the lock.
    pub fn save_journal(&self, journal: &Journal) -> Result<(), String> {
        let mut text = serde_json::to_string_pretty(journal).map_err(|error| error.to_string())?;
        text.push('\n');
        let path = self.path.join(JOURNAL_FILE);
        let _ = remove_leftover_temporaries(&path);
        write_file(&self.root, &path, text.as_bytes())?;
        failpoint::step();
        Ok(())
    }
}

/// The apply lock: held until dropped.
#[derive(Debug)]
pub struct ApplyLock {
    _file: File,
}

/// The files an apply planned to write: what each held before and will hold after, by content
/// hash, so that a later run recognises its own edits in a tree git calls dirty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Journal {
    /// The journal format's version.
    pub version: u32,
    /// One entry per planned file.
    pub files: Vec<JournalEntry>,
}

/// One planned write.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalEntry {
    /// The file, relative to the project root, with `/` separators.
    pub path: String,
    /// The content hash before the write.
    pub before: String,
    /// The content hash after the write.
    pub after: String,
}

impl Journal {
    /// The format written by this version.
    pub const VERSION: u32 = 1;

    /// An empty journal of this version.
    #[must_use]
    pub fn new() -> Self {
        Self {
            version: Self::VERSION,
            files: Vec::new(),
        }
    }

    /// Drops entries that could name a file outside the root (absolute, or climbing with `..`):
    /// the journal is untrusted.
    fn within_root(mut self) -> Self {
        self.files.retain(|entry| {
            Path::new(&entry.path)
                .components()
                .all(|component| matches!(component, Component::Normal(_)))
        });
        self
    }

    /// Whether `relative` (to the root) holds exactly what this journal says an apply wrote there.
    #[must_use]
    pub fn wrote(&self, relative: &str, current: &[u8]) -> bool {
        let hash = content_hash(current);
        self.files
            .iter()
            .any(|entry| entry.path == relative && entry.after == hash)
    }
}

#[cfg(test)]
mod tests {
    use super::{content_hash, Journal, JournalEntry, StateDirectory};
    use crate::ProjectRoot;

    #[test]
    fn the_directory_ignores_itself_and_a_journal_round_trips() {
        let directory = tempfile::tempdir().expect("temporary directory");
        let root = ProjectRoot::at(directory.path()).expect("root");
        let state = StateDirectory::open(&root).expect("opened");
        assert_eq!(
            std::fs::read_to_string(directory.path().join(".rebrand/.gitignore")).expect("read"),
            "*\n"
        );
        let mut journal = Journal::new();
        journal.files.push(JournalEntry {
            path: "src/a.css".to_owned(),
            before: content_hash(b"a"),
            after: content_hash(b"b"),
        });
        journal.files.push(JournalEntry {
            path: "../outside.css".to_owned(),
            before: content_hash(b"a"),
            after: content_hash(b"b"),
        });
        state.save_journal(&journal).expect("saved");
        let read = state.journal(|warning| panic!("{warning}"));
        assert_eq!(read.files.len(), 1, "the entry leaving the root is dropped");
        assert!(read.wrote("src/a.css", b"b"));
        assert!(!read.wrote("src/a.css", b"a"));
    }

    #[test]
    fn a_linked_state_directory_is_refused() {
        let directory = tempfile::tempdir().expect("temporary directory");
        let elsewhere = tempfile::tempdir().expect("temporary directory");
        std::os::unix::fs::symlink(elsewhere.path(), directory.path().join(".rebrand"))
            .expect("symlink");
        let root = ProjectRoot::at(directory.path()).expect("root");
        let error = StateDirectory::open(&root).expect_err("a link");
        assert!(error.contains("symbolic link"), "{error}");
        assert_eq!(
            std::fs::read_dir(elsewhere.path()).expect("list").count(),
            0
        );
    }

    #[test]
    fn a_second_lock_waits_for_the_first() {
        let directory = tempfile::tempdir().expect("temporary directory");
        let root = ProjectRoot::at(directory.path()).expect("root");
        let state = StateDirectory::open(&root).expect("opened");
        let first = state
            .lock(|| panic!("nothing holds it yet"))
            .expect("locked");
        let (sender, receiver) = std::sync::mpsc::channel();
        let second = std::thread::spawn(move || {
            let state = StateDirectory::open(&root).expect("opened");
            let _lock = state
                .lock(|| sender.send(()).expect("send"))
                .expect("locked");
        });
        receiver.recv().expect("the second run says it waits");
        drop(first);
        second.join().expect("the second run gets the lock");
    }
}
