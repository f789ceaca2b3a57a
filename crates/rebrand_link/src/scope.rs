//! Which global stylesheets can reach which elements: only the stylesheets an element's package
//! loads (`../shared/contracts.md` §2). A package loads what its own modules import, followed
//! through the module graph (JavaScript imports, workspace packages, `@import`/`@use` chains), so
//! `apps/web`'s `globals.css` styles `apps/web` and not `apps/admin`, and a shared UI package's
//! stylesheet styles every app that imports the package, and the package's own elements. Stylesheets of tests, fixtures,
//! stories, examples and docs never reach a source element. A stylesheet no module loads (linked
//! from HTML, or by a framework's configuration) reaches its own package only; where that package
//! does load other stylesheets through its modules, the link carries a context saying so.

use std::collections::VecDeque;

use rebrand_facts::{FileFacts, PathClass};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::liveness::live_files;
use crate::resolve::{join, resolve_with_configs, TsConfig};

/// Whether a stylesheet's rules reach an element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Admission {
    /// Its package loads the stylesheet.
    Loaded,
    /// No module loads it and it lies in the element's package: it applies where a page loads
    /// it some other way, which the module graph cannot show.
    Unverified,
    /// Another package's, or scaffolding's: never.
    Refused,
}

/// The packages, the path classes and what each package loads: which global stylesheets reach a
/// file's elements, and so which stylesheet tokens a file may be told to use.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StylesheetScope {
    /// Per file: its package (an index into `loaded`).
    package_of: Vec<u32>,
    /// Per file: what it is for.
    class_of: Vec<PathClass>,
    /// Per package: the global stylesheets its source modules load.
    loaded: Vec<FxHashSet<u32>>,
    /// Per package: whether its modules load any global stylesheet at all.
    loads_through_modules: Vec<bool>,
    /// Global stylesheets some package loads.
    loaded_anywhere: FxHashSet<u32>,
    /// Per file: whether an entry point reaches it.
    live: Vec<bool>,
}

/// Extensions a stylesheet import may leave out.
const STYLESHEET_EXTENSIONS: [&str; 4] = ["css", "scss", "sass", "less"];

/// The project paths a stylesheet's `@import`/`@use`/`@forward` URL may name from `from_file`,
/// as Sass and Less look for them: the path itself, with an extension, as a Sass partial
/// (`_name`), or a folder's `index`/`_index`; none for a URL with a scheme, `~` or a root.
#[must_use]
pub fn stylesheet_candidates(from_file: &str, url: &str) -> Vec<String> {
    if url.contains(':') || url.starts_with('~') || url.starts_with('/') {
        return Vec::new();
    }
    let directory = from_file
        .rsplit_once('/')
        .map_or("", |(directory, _)| directory);
    let Some(base) = join(directory, url) else {
        return Vec::new();
    };
    let (parent, name) = base.rsplit_once('/').unwrap_or(("", base.as_str()));
    let at = |name: &str| {
        if parent.is_empty() {
            name.to_owned()
        } else {
            format!("{parent}/{name}")
        }
    };
    let mut candidates = vec![base.clone()];
    for extension in STYLESHEET_EXTENSIONS {
        candidates.push(at(&format!("{name}.{extension}")));
        candidates.push(at(&format!("_{name}.{extension}")));
        candidates.push(format!("{base}/index.{extension}"));
        candidates.push(format!("{base}/_index.{extension}"));
    }
    candidates
}

/// The project file a stylesheet's import URL names from `from_file`.
fn resolve_stylesheet(
    from_file: &str,
    url: &str,
    file_by_path: &FxHashMap<&str, usize>,
) -> Option<usize> {
    stylesheet_candidates(from_file, url)
        .iter()
        .find_map(|candidate| file_by_path.get(candidate.as_str()).copied())
}

/// Whether a file's rules are global (a stylesheet that is not a CSS Module).
fn is_global_stylesheet(file: &FileFacts) -> bool {
    file.kind.is_stylesheet() && !file.kind.is_css_module()
}

impl StylesheetScope {
    /// Builds the scope of `files`, resolving imports through `configs`.
    pub(crate) fn build<S: std::hash::BuildHasher>(
        files: &[FileFacts],
        paths: &std::collections::HashSet<&str, S>,
        file_by_path: &FxHashMap<&str, usize>,
        configs: &[TsConfig],
    ) -> Self {
        let mut packages: Vec<&str> = configs
            .iter()
            .flat_map(|config| &config.package_directories)
            .map(String::as_str)
            .collect();
        packages.sort_unstable();
        packages.dedup();
        let package_of: Vec<u32> = files
            .iter()
            .map(|file| package_of(&file.path, &packages))
            .collect();
        let class_of: Vec<PathClass> = files.iter().map(|file| PathClass::of(&file.path)).collect();
        let edges: Vec<Vec<u32>> = files
            .iter()
            .map(|file| imports_of(file, paths, file_by_path, configs))
            .collect();
        let live = live_files(files, &edges, (&package_of, &packages), &class_of);
        // Without a global stylesheet no element needs a scope: every stylesheet reaches it.
        if !files.iter().any(is_global_stylesheet) {
            return Self {
                live,
                ..Self::default()
            };
        }
        let package_count = packages.len() + 1;
        let mut loaded = vec![FxHashSet::default(); package_count];
        for (package, sheets) in loaded.iter_mut().enumerate() {
            let starts = files.iter().enumerate().filter(|(index, file)| {
                package_of[*index] as usize == package
                    && !file.kind.is_stylesheet()
                    && !class_of[*index].is_scaffolding()
            });
            let mut seen: FxHashSet<u32> = FxHashSet::default();
            let mut queue: VecDeque<u32> = VecDeque::new();
            for (index, _) in starts {
                seen.insert(index as u32);
                queue.push_back(index as u32);
            }
            while let Some(file) = queue.pop_front() {
                for &target in &edges[file as usize] {
                    if class_of[target as usize].is_scaffolding() || !seen.insert(target) {
                        continue;
                    }
                    if is_global_stylesheet(&files[target as usize]) {
                        sheets.insert(target);
                    }
                    queue.push_back(target);
                }
            }
        }
        let loads_through_modules = loaded.iter().map(|sheets| !sheets.is_empty()).collect();
        let loaded_anywhere = loaded.iter().flatten().copied().collect();
        Self {
            package_of,
            class_of,
            loaded,
            loads_through_modules,
            loaded_anywhere,
            live,
        }
    }

    /// Whether an entry point of the file's app still reaches it (`crate::liveness`); a file
    /// the scope does not know is live.
    #[must_use]
    pub fn is_live(&self, file: usize) -> bool {
        self.live.get(file).copied().unwrap_or(true)
    }

    /// Whether the rules and custom properties of the stylesheet `sheet` can reach `file` (its
    /// package loads it, or may): a token defined there is one `file` may use.
    #[must_use]
    pub fn reaches(&self, file: usize, sheet: usize) -> bool {
        self.admits(file, sheet) != Admission::Refused
    }

    /// The package a file belongs to, as a number (`0`, the project's root, when no scope was
    /// built): values are compared only within one.
    #[must_use]
    pub fn package(&self, file: usize) -> u32 {
        self.package_of.get(file).copied().unwrap_or(0)
    }

    /// Whether two files are of one package (always, when no scope was built).
    #[must_use]
    pub fn same_package(&self, file: usize, other: usize) -> bool {
        match (self.package_of.get(file), self.package_of.get(other)) {
            (Some(package), Some(other_package)) => package == other_package,
            _ => true,
        }
    }

    /// Whether the rules of `sheet` reach the elements of `element_file`.
    pub(crate) fn admits(&self, element_file: usize, sheet: usize) -> Admission {
        // An empty scope (no global stylesheet when it was built) admits everything.
        let (Some(&package), Some(&sheet_class)) =
            (self.package_of.get(element_file), self.class_of.get(sheet))
        else {
            return Admission::Loaded;
        };
        if sheet_class.is_scaffolding() && !self.class_of[element_file].is_scaffolding() {
            return Admission::Refused;
        }
        let package = package as usize;
        let sheet_index = sheet as u32;
        let own_package = self.package_of[sheet] as usize == package;
        if self.loaded[package].contains(&sheet_index)
            || (own_package && self.loaded_anywhere.contains(&sheet_index))
        {
            // What the package loads, and a library's own stylesheet that the apps using the
            // library load: it styles the library's elements wherever they are rendered.
            Admission::Loaded
        } else if !own_package || self.loaded_anywhere.contains(&sheet_index) {
            Admission::Refused
        } else if self.loads_through_modules[package] {
            Admission::Unverified
        } else {
            // A package that loads no stylesheet through its modules loads them some other way
            // (HTML, a framework's configuration): the graph has nothing to say.
            Admission::Loaded
        }
    }
}

/// The package of `path`: the longest package directory it lies in (`0` is the project root).
fn package_of(path: &str, packages: &[&str]) -> u32 {
    packages
        .iter()
        .enumerate()
        .filter(|(_, directory)| {
            !directory.is_empty()
                && path
                    .strip_prefix(**directory)
                    .is_some_and(|rest| rest.starts_with('/'))
        })
        .max_by_key(|(_, directory)| directory.len())
        .map_or(0, |(index, _)| index as u32 + 1)
}

/// The project files `file` imports: scripts and stylesheets from JavaScript, stylesheets from
/// stylesheets.
fn imports_of<S: std::hash::BuildHasher>(
    file: &FileFacts,
    paths: &std::collections::HashSet<&str, S>,
    file_by_path: &FxHashMap<&str, usize>,
    configs: &[TsConfig],
) -> Vec<u32> {
    let mut targets: Vec<u32> = file
        .js_imports
        .iter()
        .filter_map(|import| {
            // A bundler's query (`./app.css?url`, `?inline`) names the same file.
            let source = import
                .source
                .split_once('?')
                .map_or(import.source.as_str(), |(path, _)| path);
            resolve_with_configs(&file.path, source, paths, configs)
        })
        .filter_map(|path| file_by_path.get(path.as_str()).copied())
        .chain(file.imports.iter().filter_map(|import| {
            // A package's stylesheet (`@import "@acme/ui/styles/theme.css"`) resolves as a
            // script's import of it would.
            resolve_stylesheet(&file.path, &import.url, file_by_path).or_else(|| {
                resolve_with_configs(&file.path, &import.url, paths, configs)
                    .and_then(|path| file_by_path.get(path.as_str()).copied())
            })
        }))
        .map(|index| index as u32)
        .collect();
    targets.sort_unstable();
    targets.dedup();
    targets
}

#[cfg(test)]
mod tests {
    use rebrand_facts::{FileFacts, FileKind, ImportKind, JsImport, StyleImport};
    use rebrand_text::TextRange;
    use rustc_hash::{FxHashMap, FxHashSet};

    use super::{Admission, StylesheetScope};
    use crate::resolve::workspace_packages;

    fn script(path: &str, imports: &[&str]) -> FileFacts {
        let mut file = FileFacts::empty(path.to_owned(), FileKind::Tsx, 0);
        file.js_imports = imports
            .iter()
            .map(|source| JsImport {
                source: (*source).to_owned(),
                range: TextRange::empty(0),
                names: Vec::new(),
            })
            .collect();
        file
    }

    fn sheet(path: &str) -> FileFacts {
        FileFacts::empty(path.to_owned(), FileKind::Css, 0)
    }

    fn stylesheet_importing(path: &str, url: &str) -> FileFacts {
        let mut file = sheet(path);
        file.imports.push(StyleImport {
            kind: ImportKind::Import,
            url: url.to_owned(),
            url_range: TextRange::empty(0),
            namespace: None,
        });
        file
    }

    #[test]
    fn a_package_gets_what_it_loads_and_scaffolding_reaches_no_source() {
        let files = vec![
            script("apps/admin/src/main.tsx", &["./admin.css"]),
            sheet("apps/admin/src/admin.css"),
            script("apps/web/src/main.tsx", &["./globals.css?url", "@acme/ui"]),
            stylesheet_importing("apps/web/src/globals.css", "@acme/ui/src/theme.css"),
            sheet("apps/web/src/unloaded.css"),
            sheet("examples/demo/demo.css"),
            script("packages/ui/src/index.ts", &["./ui.css"]),
            sheet("packages/ui/src/ui.css"),
            sheet("packages/ui/src/theme.css"),
            script("packages/ui/src/Card.tsx", &[]),
        ];
        let configs = [workspace_packages(&[
            ("admin".to_owned(), "apps/admin".to_owned()),
            ("web".to_owned(), "apps/web".to_owned()),
            ("@acme/ui".to_owned(), "packages/ui".to_owned()),
        ])];
        let paths: FxHashSet<&str> = files.iter().map(|file| file.path.as_str()).collect();
        let by_path: FxHashMap<&str, usize> = files
            .iter()
            .enumerate()
            .map(|(index, file)| (file.path.as_str(), index))
            .collect();
        let scope = StylesheetScope::build(&files, &paths, &by_path, &configs);
        let web = 2;
        let admin = 0;
        let ui = 6;
        assert_eq!(scope.admits(web, 3), Admission::Loaded);
        assert_eq!(
            scope.admits(web, 7),
            Admission::Loaded,
            "the UI package web imports"
        );
        assert_eq!(scope.admits(web, 1), Admission::Refused, "another app's");
        assert_eq!(scope.admits(web, 5), Admission::Refused, "an example's");
        assert_eq!(scope.admits(web, 4), Admission::Unverified);
        assert_eq!(scope.admits(admin, 3), Admission::Refused);
        assert_eq!(
            scope.admits(admin, 7),
            Admission::Refused,
            "admin does not import the UI"
        );
        assert_eq!(scope.admits(ui, 7), Admission::Loaded);
        assert_eq!(
            scope.admits(ui, 3),
            Admission::Refused,
            "an app's rules stay in the app"
        );
        assert_eq!(
            scope.admits(web, 8),
            Admission::Loaded,
            "`@import` of a package's stylesheet"
        );
        assert_eq!(scope.admits(admin, 8), Admission::Refused);
        assert_eq!(
            scope.admits(9, 8),
            Admission::Loaded,
            "a library's stylesheet that only its users load styles the library"
        );
    }
}
