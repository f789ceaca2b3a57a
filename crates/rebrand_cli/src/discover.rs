//! Finds the files to analyse: a gitignore-aware parallel walk that skips dependencies, build
//! output, minified and generated files, and never follows a symlink out of the root.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use globset::{Glob, GlobSet, GlobSetBuilder};
use ignore::{WalkBuilder, WalkState};
use rebrand_facts::FileKind;
use rebrand_js::Stylis;

/// Directories that hold dependencies or build output, skipped wherever they appear.
const SKIPPED_DIRECTORIES: [&str; 11] = [
    "node_modules",
    ".git",
    "dist",
    "build",
    "out",
    ".next",
    ".nuxt",
    ".turbo",
    "coverage",
    "storybook-static",
    ".cache",
];

/// A file chosen for analysis.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct SourcePath {
    /// Path relative to the directory the user named (or to the working directory when several
    /// were named), with `/` separators: the name used in every output.
    pub display: String,
    /// Path to open.
    pub path: PathBuf,
    /// What kind of file it is.
    pub kind: FileKind,
}

/// What the walk found.
#[derive(Debug, Default)]
pub struct Discovery {
    /// Files to analyse, sorted by display path.
    pub files: Vec<SourcePath>,
    /// Whether the project uses Tailwind: a `tailwind.config.*` file or a `tailwindcss`
    /// dependency in a `package.json`.
    pub uses_tailwind: bool,
    /// Paths that could not be walked, with the reason.
    pub walk_errors: Vec<(String, String)>,
    /// Named pipes, sockets and devices found in the tree: never opened (a FIFO would wait for a
    /// writer), only counted.
    pub special_files: usize,
    /// `tsconfig.json` and `jsconfig.json` files: (directory relative to the analysed root, path),
    /// sorted.
    pub ts_configs: Vec<(String, PathBuf)>,
    /// Directories whose `package.json` names a CSS-in-JS library, with the stylis it compiles
    /// templates with, sorted.
    pub stylis_versions: Vec<(String, Stylis)>,
    /// The project's own packages: each `package.json` name below the root and its directory,
    /// sorted.
    pub workspace_packages: Vec<(String, String)>,
    /// Markdown, MDX and HTML documents (display path, path), sorted: never analysed, but
    /// `rebrand apply` lists the old token names they still mention.
    pub documents: Vec<(String, PathBuf)>,
    /// Whether this is a partial run's discovery: files named `../…` are the package's context.
    pub partial: bool,
}

impl Discovery {
    /// The stylis the templates of the file at `display` are compiled with: the one its nearest
    /// `package.json` that names a CSS-in-JS library implies, stylis 4 when none does.
    #[must_use]
    pub fn stylis_for(&self, display: &str) -> Stylis {
        self.stylis_versions
            .iter()
            .filter(|(directory, _)| {
                directory.is_empty()
                    || display
                        .strip_prefix(directory.as_str())
                        .is_some_and(|rest| rest.starts_with('/'))
            })
            .max_by_key(|(directory, _)| directory.len())
            .map_or(Stylis::V4, |(_, stylis)| *stylis)
    }
}

/// User-chosen filters.
#[derive(Debug, Default, Clone)]
pub struct Filters {
    /// Only files matching one of these globs (all files if empty).
    pub include: Vec<String>,
    /// No file matching one of these globs.
    pub exclude: Vec<String>,
}

impl Filters {
    /// Whether the file at `display` passes the include and exclude globs.
    pub fn matcher(&self) -> Result<impl Fn(&str) -> bool + Clone, String> {
        let include = glob_set(&self.include)?;
        let exclude = glob_set(&self.exclude)?;
        Ok(move |display: &str| {
            include.as_ref().is_none_or(|set| set.is_match(display))
                && !exclude.as_ref().is_some_and(|set| set.is_match(display))
        })
    }
}

fn glob_set(patterns: &[String]) -> Result<Option<GlobSet>, String> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let mut builder = GlobSetBuilder::new();
    for pattern in patterns {
        let glob = Glob::new(pattern).map_err(|error| format!("bad glob `{pattern}`: {error}"))?;
        builder.add(glob);
    }
    builder.build().map(Some).map_err(|error| error.to_string())
}

/// Whether a file name is minified or generated output rather than source.
fn is_generated(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.contains(".min.")
        || lower.ends_with(".d.ts")
        || lower.ends_with(".d.mts")
        || lower.ends_with(".d.cts")
        || lower.contains(".generated.")
        || lower.ends_with(".bundle.js")
        || lower.ends_with(".chunk.js")
        || lower.ends_with(".chunk.css")
}

/// Refuses a named path that cannot be walked, saying why: missing, a link loop, unreadable.
fn check_roots(roots: &[PathBuf]) -> Result<(), String> {
    for root in roots {
        if let Err(error) = std::fs::metadata(root) {
            return Err(if error.kind() == std::io::ErrorKind::NotFound {
                format!("`{}` does not exist", root.display())
            } else {
                format!(
                    "`{}` cannot be analysed: {}",
                    root.display(),
                    rebrand_io::explain_open_error(&error)
                )
            });
        }
    }
    Ok(())
}

/// Walks `roots` with `threads` threads.
pub fn discover(roots: &[PathBuf], filters: &Filters, threads: usize) -> Result<Discovery, String> {
    let selected = filters.matcher()?;
    let base = if roots.len() == 1 && roots[0].is_dir() {
        roots[0].clone()
    } else {
        PathBuf::from(".")
    };
    check_roots(roots)?;
    let mut builder = WalkBuilder::new(&roots[0]);
    for root in &roots[1..] {
        builder.add(root);
    }
    builder
        .follow_links(false)
        .hidden(false)
        .git_ignore(true)
        .git_global(false)
        .git_exclude(true)
        .require_git(false)
        .threads(threads)
        .filter_entry(|entry| {
            let name = entry.file_name().to_string_lossy();
            let is_directory = entry.file_type().is_some_and(|kind| kind.is_dir());
            !(is_directory && entry.depth() > 0 && SKIPPED_DIRECTORIES.contains(&name.as_ref()))
        });
    let found = Mutex::new(Discovery::default());
    builder.build_parallel().run(|| {
        let found = &found;
        let selected = selected.clone();
        let base = base.clone();
        Box::new(move |entry| {
            let entry = match entry {
                Ok(entry) => entry,
                Err(error) => {
                    let mut found = found
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner);
                    found.walk_errors.push((String::new(), error.to_string()));
                    return WalkState::Continue;
                }
            };
            let Some(file_type) = entry.file_type() else {
                return WalkState::Continue;
            };
            if !file_type.is_file() {
                if rebrand_io::special_file_kind(file_type).is_some() {
                    lock(found).special_files += 1;
                }
                return WalkState::Continue;
            }
            let path = entry.path();
            let display = display_path(&base, path);
            let name = entry.file_name().to_string_lossy();
            if name.starts_with("tailwind.config.") {
                lock(found).uses_tailwind = true;
            }
            if name == "package.json" {
                read_package_json(path, &display, found);
            }
            if name == "tsconfig.json" || name == "jsconfig.json" {
                let directory = display
                    .rsplit_once('/')
                    .map_or("", |(directory, _)| directory)
                    .to_owned();
                lock(found).ts_configs.push((directory, path.to_path_buf()));
            }
            let Some(kind) = FileKind::from_path(&name) else {
                let extension = name.rsplit_once('.').map_or("", |(_, extension)| extension);
                if ["md", "mdx", "html", "htm"]
                    .iter()
                    .any(|document| extension.eq_ignore_ascii_case(document))
                {
                    lock(found).documents.push((display, path.to_path_buf()));
                }
                return WalkState::Continue;
            };
            if is_generated(&name) || !selected(&display) {
                return WalkState::Continue;
            }
            lock(found).files.push(SourcePath {
                display,
                path: path.to_path_buf(),
                kind,
            });
            WalkState::Continue
        })
    });
    let mut discovery = found
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    discovery.files.sort();
    discovery.files.dedup_by(|a, b| a.display == b.display);
    discovery.walk_errors.sort();
    discovery.ts_configs.sort();
    discovery.stylis_versions.sort_by(|a, b| a.0.cmp(&b.0));
    discovery.workspace_packages.sort();
    discovery.documents.sort();
    Ok(discovery)
}

/// What a `package.json` says of the project: Tailwind, the CSS-in-JS library's stylis, and the
/// package's name (a workspace package other files may import by it).
fn read_package_json(path: &Path, display: &str, found: &Mutex<Discovery>) {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let directory = display
        .rsplit_once('/')
        .map_or("", |(directory, _)| directory)
        .to_owned();
    let package = package_name(&text).filter(|_| !directory.is_empty());
    let mut found = lock(found);
    found.uses_tailwind |= text.contains("\"tailwindcss\"");
    if let Some(package) = package {
        found.workspace_packages.push((package, directory.clone()));
    }
    if let Some(stylis) = stylis_of_package(&text) {
        found.stylis_versions.push((directory, stylis));
    }
}

/// The `name` of a `package.json`, when it has one.
fn package_name(text: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    value
        .get("name")?
        .as_str()
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
}

fn lock(found: &Mutex<Discovery>) -> std::sync::MutexGuard<'_, Discovery> {
    found
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The stylis a `package.json`'s CSS-in-JS dependency compiles templates with:
/// styled-components up to 5 and emotion 10 (`@emotion/core`) bundle stylis 3;
/// styled-components 6 and emotion 11 (`@emotion/react`, `@emotion/styled`) bundle stylis 4.
/// `None` when it names neither, or a version no range says (`catalog:`, `workspace:*`).
fn stylis_of_package(text: &str) -> Option<Stylis> {
    if !text.contains("styled-components") && !text.contains("@emotion/") {
        return None;
    }
    let package: serde_json::Value = serde_json::from_str(text).ok()?;
    let dependency = |name: &str| {
        ["dependencies", "devDependencies", "peerDependencies"]
            .iter()
            .find_map(|group| package.get(group)?.get(name)?.as_str())
    };
    if let Some(range) = dependency("styled-components") {
        return major_version(range).map(|major| if major <= 5 { Stylis::V3 } else { Stylis::V4 });
    }
    if dependency("@emotion/react").is_some() || dependency("@emotion/styled").is_some() {
        return Some(Stylis::V4);
    }
    dependency("@emotion/core").map(|_| Stylis::V3)
}

/// The lowest major version a semver range allows (`^5.3.11` and `>=5 <7` give 5); `None` for a
/// range that names no number.
fn major_version(range: &str) -> Option<u64> {
    let start = range.find(|character: char| character.is_ascii_digit())?;
    let digits: String = range[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// `path` relative to `base`, with `/` separators.
fn display_path(base: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(base).unwrap_or(path);
    let text = relative.to_string_lossy().replace('\\', "/");
    text.strip_prefix("./").map(str::to_owned).unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::{is_generated, major_version, stylis_of_package};
    use rebrand_js::Stylis;

    #[test]
    fn the_css_in_js_dependency_decides_the_stylis() {
        let package = |dependencies: &str| format!("{{\"dependencies\": {{{dependencies}}}}}");
        assert_eq!(
            stylis_of_package(&package("\"styled-components\": \"^5.3.11\"")),
            Some(Stylis::V3)
        );
        assert_eq!(
            stylis_of_package(&package("\"styled-components\": \"^6.1\"")),
            Some(Stylis::V4)
        );
        assert_eq!(
            stylis_of_package(&package("\"@emotion/core\": \"10\"")),
            Some(Stylis::V3)
        );
        assert_eq!(
            stylis_of_package(&package("\"@emotion/styled\": \"11\"")),
            Some(Stylis::V4)
        );
        assert_eq!(
            stylis_of_package(&package("\"styled-components\": \"catalog:\"")),
            None
        );
        assert_eq!(stylis_of_package(&package("\"react\": \"18\"")), None);
        assert_eq!(major_version(">=5 <7"), Some(5));
    }

    #[test]
    fn minified_and_declaration_files_are_not_sources() {
        assert!(is_generated("app.min.css"));
        assert!(is_generated("types.d.ts"));
        assert!(!is_generated("Button.tsx"));
    }
}
