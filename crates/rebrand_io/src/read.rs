//! Bounded reads of the files a user names as input: only regular files, under a size limit,
//! read with a cap, so a FIFO waits for no writer and `/dev/zero` fills no memory.

use std::fmt;
use std::fs::OpenOptions;
use std::io::Read as _;
use std::os::unix::fs::{FileTypeExt as _, OpenOptionsExt as _};
use std::path::{Path, PathBuf};

/// The size limit of a configuration or migration file.
pub const CONFIGURATION_LIMIT: u64 = 4 * 1024 * 1024;

/// The size limit of a design-token file (large design systems export a few megabytes).
pub const TOKEN_FILE_LIMIT: u64 = 64 * 1024 * 1024;

/// Why an input file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The file, as named.
    pub path: PathBuf,
    /// What kind of input it was meant to be (`configuration`, `token file`…).
    pub what: String,
    /// Why it was not read.
    pub reason: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            formatter,
            "could not read the {} `{}`: {}",
            self.what,
            self.path.display(),
            self.reason
        )
    }
}

/// What a file that is not a regular file is, for the message.
fn kind_of(file_type: std::fs::FileType) -> &'static str {
    if file_type.is_dir() {
        "a directory"
    } else {
        special_file_kind(file_type).unwrap_or("not a regular file")
    }
}

/// What a named pipe, socket or device is, in words; `None` for anything else. Such files are
/// never opened for reading: a FIFO would wait for a writer, a device never ends.
#[must_use]
pub fn special_file_kind(file_type: std::fs::FileType) -> Option<&'static str> {
    if file_type.is_fifo() {
        Some("a named pipe (FIFO)")
    } else if file_type.is_socket() {
        Some("a socket")
    } else if file_type.is_block_device() || file_type.is_char_device() {
        Some("a device")
    } else {
        None
    }
}

/// The reason an `open` failed, in words: a link loop is called a loop.
#[must_use]
pub fn explain_open_error(error: &std::io::Error) -> String {
    match error.raw_os_error() {
        Some(libc::ELOOP) => "it is a symbolic link loop".to_owned(),
        Some(libc::ENOENT) => "it does not exist".to_owned(),
        _ => error.to_string(),
    }
}

/// Reads `path` as UTF-8 text if it is a regular file of at most `limit` bytes.
pub fn read_input(path: &Path, limit: u64, what: &str) -> Result<String, InputError> {
    let failure = |reason: String| InputError {
        path: path.to_path_buf(),
        what: what.to_owned(),
        reason,
    };
    // Without `O_NONBLOCK`, opening a FIFO waits for a writer that may never come; on a regular
    // file the flag changes nothing.
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .map_err(|error| failure(explain_open_error(&error)))?;
    let metadata = file
        .metadata()
        .map_err(|error| failure(error.to_string()))?;
    if !metadata.file_type().is_file() {
        return Err(failure(format!(
            "it is {}, not a regular file",
            kind_of(metadata.file_type())
        )));
    }
    let too_large = || {
        failure(format!(
            "it is larger than the {} MB limit for a {what}",
            limit >> 20
        ))
    };
    if metadata.len() > limit {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    // The cap holds even when the file grows while it is read.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| failure(error.to_string()))?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    String::from_utf8(bytes).map_err(|error| {
        failure(format!(
            "it is not UTF-8 text (byte {} is not)",
            error.utf8_error().valid_up_to()
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::read_input;

    #[test]
    fn a_regular_file_is_read() {
        let directory = tempfile::tempdir().expect("temporary directory");
        let path = directory.path().join("tokens.json");
        std::fs::write(&path, "{}").expect("write");
        assert_eq!(read_input(&path, 10, "token file").expect("read"), "{}");
    }

    #[test]
    fn a_file_over_the_limit_is_refused() {
        let directory = tempfile::tempdir().expect("temporary directory");
        let path = directory.path().join("tokens.json");
        std::fs::write(&path, "x".repeat(2 * 1024 * 1024 + 1)).expect("write");
        let error = read_input(&path, 2 * 1024 * 1024, "token file").expect_err("too large");
        assert!(
            error.to_string().contains("larger than the 2 MB limit"),
            "{error}"
        );
    }

    #[test]
    fn a_device_is_refused_without_reading_it() {
        let error = read_input(std::path::Path::new("/dev/zero"), 1024, "configuration")
            .expect_err("a device");
        assert!(
            error.reason.contains("a device, not a regular file"),
            "{error}"
        );
    }

    #[test]
    fn a_fifo_is_refused_without_waiting_for_a_writer() {
        let directory = tempfile::tempdir().expect("temporary directory");
        let path = directory.path().join("tokens.json");
        let status = std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .expect("mkfifo runs");
        assert!(status.success());
        let error = read_input(&path, 1024, "token file").expect_err("a FIFO");
        assert!(error.reason.contains("named pipe"), "{error}");
    }

    #[test]
    fn a_link_loop_is_called_a_loop() {
        let directory = tempfile::tempdir().expect("temporary directory");
        let path = directory.path().join("a.json");
        std::os::unix::fs::symlink(&path, &path).expect("symlink");
        let error = read_input(&path, 1024, "token file").expect_err("a loop");
        assert!(error.reason.contains("symbolic link loop"), "{error}");
    }
}
