//! Partial runs (contracts §3): `rebrand analyze src/components` also reads the rest of the
//! package the directory belongs to — the nearest directory above it that holds a `package.json`
//! or a rebrand configuration, never above the project root — for context, and reports only the
//! named directory. So a file's findings are the same whatever directory is named, a suppression
//! is judged unused only with the whole package in view, and `--fix` never deletes one because
//! its context was cut off.
//!
//! The named directory's files keep the paths they have in a run of that directory alone; the
//! context files are named from it (`../forms/Input.tsx`), and no output lists them. Files stay
//! in the package's order.

use std::path::{Path, PathBuf};

use crate::discover::{self, Discovery, Filters};

/// A named directory inside a larger package.
pub struct PartialRun {
    /// The package's directory, analysed for context.
    pub context: PathBuf,
    /// The named directory, relative to `context`, with `/` separators.
    named: String,
}

impl PartialRun {
    /// The partial run one named directory makes, or `None` when it is a package itself, when
    /// nothing marks a package above it inside the project root, or when several paths or a file
    /// are named: then the paths are analysed as named.
    pub fn of(paths: &[PathBuf], root: &Path) -> Option<Self> {
        let [path] = paths else {
            return None;
        };
        let root = root.canonicalize().ok()?;
        let named = path.canonicalize().ok().filter(|named| named.is_dir())?;
        let context = named
            .ancestors()
            .take_while(|directory| directory.starts_with(&root))
            .find(|directory| is_package(directory))?
            .to_path_buf();
        if context == named {
            return None;
        }
        let relative = named
            .strip_prefix(&context)
            .ok()?
            .components()
            .map(|component| component.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        Some(Self {
            context,
            named: relative,
        })
    }

    /// Discovers the whole package, each path named from the named directory; says so unless
    /// `quiet`.
    pub fn discover(
        &self,
        filters: &Filters,
        threads: usize,
        quiet: bool,
    ) -> Result<Discovery, String> {
        if !quiet {
            eprintln!(
                "note: reading the rest of the package `{}` for context; findings are reported for the named directory only",
                self.context.display()
            );
        }
        let mut discovery =
            discover::discover(std::slice::from_ref(&self.context), filters, threads)?;
        // The package's order is kept: rules that choose among equals by file order (which copy
        // of a block is the original) choose as a run of the whole package does.
        for file in &mut discovery.files {
            file.display = self.rebase(&file.display);
        }
        for (directory, _) in &mut discovery.ts_configs {
            *directory = self.rebase(directory);
        }
        for (directory, _) in &mut discovery.stylis_versions {
            *directory = self.rebase(directory);
        }
        for (_, directory) in &mut discovery.workspace_packages {
            *directory = self.rebase(directory);
        }
        for (display, _) in &mut discovery.documents {
            *display = self.rebase(display);
        }
        discovery.partial = true;
        Ok(discovery)
    }

    /// A path relative to the package, named from the named directory.
    fn rebase(&self, display: &str) -> String {
        if let Some(inside) = display
            .strip_prefix(self.named.as_str())
            .and_then(|rest| rest.strip_prefix('/'))
        {
            return inside.to_owned();
        }
        if display == self.named {
            return String::new();
        }
        let up = vec![".."; self.named.split('/').count()].join("/");
        if display.is_empty() {
            up
        } else {
            format!("{up}/{display}")
        }
    }
}

/// Whether a file at `display` (as a partial run names it) is one of the named directory's: the
/// package's other files are context only.
pub fn is_reported(display: &str) -> bool {
    !display.starts_with("../")
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
    fn a_subdirectory_is_read_within_its_package_and_keeps_its_paths() {
        let directory = tempfile::tempdir().expect("temporary directory");
        let root = directory.path();
        std::fs::create_dir_all(root.join("app/src/components")).expect("mkdir");
        std::fs::write(root.join("app/package.json"), "{}").expect("write");
        let partial = PartialRun::of(&[root.join("app/src/components")], root).expect("partial");
        assert_eq!(
            partial.context,
            root.join("app").canonicalize().expect("exists")
        );
        assert_eq!(partial.rebase("src/components/a.css"), "a.css");
        assert_eq!(partial.rebase("src/b.css"), "../../src/b.css");
        assert_eq!(partial.rebase(""), "../..");
        assert!(is_reported("a.css") && !is_reported("../../src/b.css"));
        assert!(PartialRun::of(&[root.join("app")], root).is_none());
        // Nothing marks a package between the directory and the root: analysed as named.
        std::fs::create_dir_all(root.join("loose/styles")).expect("mkdir");
        assert!(PartialRun::of(&[root.join("loose/styles")], root).is_none());
    }
}
