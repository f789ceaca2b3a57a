//! Partial runs (contracts §3): `rebrand analyze src/components` analyses the package the
//! directory belongs to — the nearest directory at or above it that holds a `package.json` or a
//! rebrand configuration, never above the project root — and reports only the named files. So a
//! file's findings are the same whatever paths are named, a suppression is judged unused only
//! with the whole package in view, and `--fix` never deletes one on a partial run.

use std::path::{Path, PathBuf};

/// What a partial run analyses and what it reports.
pub struct PartialRun {
    /// The directory analysed for context.
    pub context: PathBuf,
    /// The named paths, relative to `context` with `/` separators: a directory ends in `/`.
    reported: Vec<String>,
}

impl PartialRun {
    /// The partial run the named paths make, or `None` when they are a package (or several, or
    /// nothing bounds them): then they are analysed as named.
    pub fn of(paths: &[PathBuf], root: &Path) -> Option<Self> {
        let root = root.canonicalize().ok()?;
        let named: Vec<PathBuf> = paths
            .iter()
            .map(|path| path.canonicalize())
            .collect::<Result<_, _>>()
            .ok()?;
        let first = named.first()?;
        let start = if first.is_dir() {
            first.clone()
        } else {
            first.parent()?.to_path_buf()
        };
        let context = start
            .ancestors()
            .take_while(|directory| directory.starts_with(&root))
            .find(|directory| is_package(directory))?
            .to_path_buf();
        if named.len() == 1 && *first == context {
            return None;
        }
        let reported = named
            .iter()
            .map(|path| {
                let relative = path.strip_prefix(&context).ok()?;
                let mut display = relative
                    .components()
                    .map(|component| component.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                if path.is_dir() && !display.is_empty() {
                    display.push('/');
                }
                Some(display)
            })
            .collect::<Option<Vec<String>>>()?;
        Some(Self { context, reported })
    }

    /// Whether a finding in the file at `display` (relative to the context) is reported.
    pub fn reports(&self, display: &str) -> bool {
        self.reported.iter().any(|named| {
            named.is_empty()
                || if named.ends_with('/') {
                    display.starts_with(named.as_str())
                } else {
                    display == named
                }
        })
    }
}

/// A package's own directory: a `package.json` or a rebrand configuration marks it.
fn is_package(directory: &Path) -> bool {
    directory.join("package.json").is_file()
        || rebrand_config::CONFIG_FILE_NAMES
            .iter()
            .any(|name| directory.join(name).is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_subdirectory_is_reported_within_its_package() {
        let directory = tempfile::tempdir().expect("temporary directory");
        let root = directory.path();
        std::fs::create_dir_all(root.join("app/src/components")).expect("mkdir");
        std::fs::write(root.join("app/package.json"), "{}").expect("write");
        std::fs::write(root.join("app/src/components/a.css"), "").expect("write");
        let partial = PartialRun::of(&[root.join("app/src/components")], root).expect("partial");
        assert_eq!(
            partial.context,
            root.join("app").canonicalize().expect("exists")
        );
        assert!(partial.reports("src/components/a.css"));
        assert!(!partial.reports("src/b.css"));
        let file = PartialRun::of(&[root.join("app/src/components/a.css")], root).expect("file");
        assert!(file.reports("src/components/a.css"));
        assert!(PartialRun::of(&[root.join("app")], root).is_none());
        // Nothing marks a package between the directory and the root: analysed as named.
        std::fs::create_dir_all(root.join("loose/styles")).expect("mkdir");
        assert!(PartialRun::of(&[root.join("loose/styles")], root).is_none());
    }
}
