//! Everything rebrand does to the user's disk beyond reading sources: bounded reads of input
//! files (configuration, migrations, token files), writes that no link can redirect, and
//! rebrand's own `.rebrand/` directory (the apply lock, the apply journal).
//!
//! Invariants: a write lands only on a regular file (or a new one) whose canonical directory lies
//! inside the canonical project root, through a temporary file with an unpredictable name created
//! exclusively beside it and renamed over it, so a file is always wholly old or wholly new and a
//! planted symbolic link changes nothing outside the project; an input file is read only when it is
//! a regular file under a size limit, so a FIFO, a device or a huge file cannot hang or exhaust a
//! run. Everything under `.rebrand/` is untrusted. This crate is an API boundary: the command line
//! and any later front end (the language server) write only through it.

mod failpoint;
mod read;
mod root;
mod state;
mod write;

pub use read::{
    explain_open_error, read_input, special_file_kind, InputError, CONFIGURATION_LIMIT,
    TOKEN_FILE_LIMIT,
};
pub use root::{directory_of, git_work_tree, ProjectRoot};
pub use state::{content_hash, ApplyLock, Journal, JournalEntry, StateDirectory};
pub use write::{remove_leftover_temporaries, replace_file, write_file, write_file_with};
