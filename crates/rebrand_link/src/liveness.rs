//! Which files an app can still run: reachable through the module graph from an entry point. A
//! module nothing imports (tests, stories and the other scaffolding do not count) whose name is
//! no entry point's — `DashboardsListPage.tsx` beside the `index.tsx` that now renders its
//! successor — is dead, and so is everything only dead modules import. Lint reports nothing in
//! dead files: their findings are to be deleted with them, not fixed.
//!
//! The graph cannot see every way a file is loaded, so it errs towards "live": a stylesheet
//! nothing imports may be linked from HTML, a module named like an entry point (`index`, `main`,
//! `App`, `layout`, `page`, a route or a Next.js page) is one, and a package in which no entry
//! point is found is live as a whole.

use rebrand_facts::{FileFacts, PathClass};

/// Names (without extension, lower case) of the files a bundler starts from, at the top of a
/// package or of its `src/`: an `index` deeper down is a folder's barrel, which something imports.
const TOP_ENTRY_NAMES: [&str; 2] = ["index", "main"];

/// Names (without extension, lower case) of files that frameworks load by convention, wherever
/// they are, rather than by an import.
const ENTRY_NAMES: [&str; 21] = [
    "_app",
    "_document",
    "layout",
    "page",
    "template",
    "loading",
    "error",
    "global-error",
    "not-found",
    "default",
    "route",
    "root",
    "entry.client",
    "entry.server",
    "middleware",
    "instrumentation",
    "server",
    "client",
    "worker",
    "sw",
    "setup",
];

/// Whether the file at `path` (relative to its package's directory) is loaded by convention: by
/// its name, or as a file-system route (`app/routes/…` of Remix and React Router, `pages/…` of a
/// Next.js package).
fn looks_like_entry(path: &str, next_package: bool) -> bool {
    let (directory, name) = path.rsplit_once('/').unwrap_or(("", path));
    let stem = name
        .rsplit_once('.')
        .map_or(name, |(stem, _)| stem)
        .to_ascii_lowercase();
    (TOP_ENTRY_NAMES.contains(&stem.as_str()) && matches!(directory, "" | "src" | "app"))
        || ENTRY_NAMES.contains(&stem.as_str())
        || stem.ends_with(".config")
        || path.contains("/routes/")
        || path.starts_with("routes/")
        || (next_package && (path.contains("pages/") || path.contains("app/")))
}

/// Per file, whether it is live. `edges[file]` are the files it imports; `package_of[file]` its
/// package, an index into `package_directories` shifted by one (0 is the project's root).
#[must_use]
pub(crate) fn live_files(
    files: &[FileFacts],
    edges: &[Vec<u32>],
    (package_of, package_directories): (&[u32], &[&str]),
    class_of: &[PathClass],
) -> Vec<bool> {
    let within_package = |index: usize| -> &str {
        let path = files[index].path.as_str();
        match package_of[index] {
            0 => path,
            package => package_directories
                .get(package as usize - 1)
                .and_then(|directory| path.strip_prefix(directory))
                .map_or(path, |rest| rest.trim_start_matches('/')),
        }
    };
    let package_count = package_of
        .iter()
        .copied()
        .max()
        .map_or(0, |max| max as usize + 1);
    let mut next_package = vec![false; package_count];
    for (index, file) in files.iter().enumerate() {
        let name = file.path.rsplit('/').next().unwrap_or(&file.path);
        if name.starts_with("next.config.") {
            next_package[package_of[index] as usize] = true;
        }
    }
    let mut imported = vec![false; files.len()];
    for (source, targets) in edges.iter().enumerate() {
        if class_of[source].is_scaffolding() {
            continue;
        }
        for &target in targets {
            if target as usize != source {
                imported[target as usize] = true;
            }
        }
    }
    let mut live = vec![false; files.len()];
    let mut has_entry = vec![false; package_count];
    let mut stack = Vec::new();
    for (index, file) in files.iter().enumerate() {
        let package = package_of[index] as usize;
        // Scaffolding is live itself (its findings are kept out by its path class), but what
        // only a test or a story imports is not thereby alive.
        if class_of[index].is_scaffolding() {
            live[index] = true;
            continue;
        }
        let root = !imported[index]
            && (!file.kind.is_script()
                || looks_like_entry(within_package(index), next_package[package]));
        if root {
            if file.kind.is_script() {
                has_entry[package] = true;
            }
            live[index] = true;
            stack.push(index);
        }
    }
    while let Some(file) = stack.pop() {
        for &target in &edges[file] {
            let target = target as usize;
            if !live[target] {
                live[target] = true;
                stack.push(target);
            }
        }
    }
    // Without an entry point the graph says nothing about the package: all of it is live.
    for (index, live) in live.iter_mut().enumerate() {
        if !has_entry[package_of[index] as usize] {
            *live = true;
        }
    }
    live
}

#[cfg(test)]
mod tests {
    use rebrand_facts::{FileFacts, FileKind, PathClass};

    use super::live_files;

    fn file(path: &str) -> FileFacts {
        let kind = FileKind::from_path(path).expect("a known kind");
        FileFacts::empty(path.to_owned(), kind, 0)
    }

    #[test]
    fn a_module_only_tests_import_and_what_only_it_imports_are_dead() {
        let files = [
            file("src/index.tsx"),
            file("src/pages/List/index.tsx"),
            file("src/pages/List/ListV2.tsx"),
            file("src/pages/List/ListV1.tsx"),
            file("src/pages/List/ListV1.test.tsx"),
            file("src/container/OldList/OldList.tsx"),
            file("src/container/OldList/OldList.scss"),
            file("src/styles.css"),
        ];
        let edges = vec![
            vec![1, 7],
            vec![2],
            vec![],
            vec![5],
            vec![3],
            vec![6],
            vec![],
            vec![],
        ];
        let class_of: Vec<PathClass> = files.iter().map(|file| PathClass::of(&file.path)).collect();
        let live = live_files(&files, &edges, (&[0; 8], &[]), &class_of);
        assert_eq!(live, [true, true, true, false, true, false, false, true]);
    }

    #[test]
    fn a_package_without_an_entry_point_is_live() {
        let files = [file("src/Button.tsx"), file("src/Card.tsx")];
        let class_of = [PathClass::Source, PathClass::Source];
        assert_eq!(
            live_files(&files, &[vec![], vec![]], (&[0, 0], &[]), &class_of),
            [true, true]
        );
    }
}
