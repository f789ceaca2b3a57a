//! Resolves a JavaScript import specifier to a file of the project.

use std::collections::HashSet;
use std::hash::BuildHasher;

const EXTENSIONS: [&str; 6] = ["tsx", "ts", "jsx", "js", "mjs", "cjs"];

/// The project path a relative specifier names from `from_file`, trying the path itself, the
/// script extensions, and `index` files. Bare and aliased specifiers resolve to nothing yet.
#[must_use]
pub fn resolve_import<S: BuildHasher>(
    from_file: &str,
    source: &str,
    files: &HashSet<&str, S>,
) -> Option<String> {
    if !(source.starts_with("./") || source.starts_with("../")) {
        return None;
    }
    let directory = from_file
        .rsplit_once('/')
        .map_or("", |(directory, _)| directory);
    let mut segments: Vec<&str> = directory
        .split('/')
        .filter(|segment| !segment.is_empty())
        .collect();
    for segment in source.split('/') {
        match segment {
            "." | "" => {}
            ".." => {
                segments.pop()?;
            }
            other => segments.push(other),
        }
    }
    let base = segments.join("/");
    if files.contains(base.as_str()) {
        return Some(base);
    }
    for extension in EXTENSIONS {
        let candidate = format!("{base}.{extension}");
        if files.contains(candidate.as_str()) {
            return Some(candidate);
        }
    }
    for extension in EXTENSIONS {
        let candidate = format!("{base}/index.{extension}");
        if files.contains(candidate.as_str()) {
            return Some(candidate);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::resolve_import;
    use std::collections::HashSet;

    #[test]
    fn relative_specifiers_try_extensions_and_index_files() {
        let files: HashSet<&str> = [
            "src/ui/Button.tsx",
            "src/ui/index.ts",
            "src/Card.module.css",
        ]
        .into();
        assert_eq!(
            resolve_import("src/App.tsx", "./ui/Button", &files).as_deref(),
            Some("src/ui/Button.tsx")
        );
        assert_eq!(
            resolve_import("src/App.tsx", "./ui", &files).as_deref(),
            Some("src/ui/index.ts")
        );
        assert_eq!(
            resolve_import("src/ui/Button.tsx", "../Card.module.css", &files).as_deref(),
            Some("src/Card.module.css")
        );
        assert_eq!(resolve_import("src/App.tsx", "react", &files), None);
        assert_eq!(resolve_import("App.tsx", "../x", &files), None);
    }
}
