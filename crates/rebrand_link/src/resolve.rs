//! Resolves a JavaScript import specifier to a file of the project: relative paths, `index`
//! files, extensions, and `tsconfig.json` `paths` and `baseUrl` aliases.

use std::collections::HashSet;
use std::hash::BuildHasher;

const EXTENSIONS: [&str; 6] = ["tsx", "ts", "jsx", "js", "mjs", "cjs"];

/// A `tsconfig.json` or `jsconfig.json`: where its `baseUrl` and `paths` aliases point.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TsConfig {
    /// The directory holding it, relative to the analysis root (`""` for the root).
    pub directory: String,
    /// `compilerOptions.baseUrl`, relative to the analysis root.
    pub base_url: Option<String>,
    /// `compilerOptions.paths`: each pattern (`@/*`) and its targets (`./src/*`).
    pub paths: Vec<(String, Vec<String>)>,
    /// The project's own workspace packages by `package.json` name rather than a tsconfig:
    /// tried for every file, after its own tsconfig.
    pub workspace: bool,
    /// For the workspace: every package's directory, relative to the analysis root. A global
    /// stylesheet reaches only the elements of the packages that load it.
    pub package_directories: Vec<String>,
}

/// The project's workspace packages (`package.json` name and directory, relative to the
/// analysis root) as aliases: `@acme/ui` is the package's `src/index` or `index`, and
/// `@acme/ui/icons` its `src/icons` or `icons`, as bundlers resolve a workspace's sources.
#[must_use]
pub fn workspace_packages(packages: &[(String, String)]) -> TsConfig {
    let mut paths = Vec::new();
    for (name, directory) in packages {
        let at = |relative: &str| {
            if directory.is_empty() {
                relative.to_owned()
            } else {
                format!("{directory}/{relative}")
            }
        };
        paths.push((name.clone(), vec![at("src/index"), at("index")]));
        paths.push((format!("{name}/*"), vec![at("src/*"), at("*")]));
    }
    TsConfig {
        directory: String::new(),
        base_url: None,
        paths,
        workspace: true,
        package_directories: packages
            .iter()
            .map(|(_, directory)| directory.clone())
            .collect(),
    }
}

/// Reads the aliases of a `tsconfig.json` (JSON with comments and trailing commas) in
/// `directory`; `None` if it is not valid or sets no compiler options. `extends` is not
/// followed.
#[must_use]
pub fn parse_tsconfig(directory: &str, text: &str) -> Option<TsConfig> {
    let value: serde_json::Value =
        jsonc_parser::parse_to_serde_value(text, &jsonc_parser::ParseOptions::default()).ok()?;
    let options = value.get("compilerOptions")?;
    let base_url = options
        .get("baseUrl")
        .and_then(serde_json::Value::as_str)
        .and_then(|base| join(directory, base));
    let paths = options
        .get("paths")
        .and_then(serde_json::Value::as_object)
        .map(|paths| {
            paths
                .iter()
                .map(|(pattern, targets)| {
                    let targets = targets
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(serde_json::Value::as_str)
                        .map(str::to_owned)
                        .collect();
                    (pattern.clone(), targets)
                })
                .collect()
        })
        .unwrap_or_default();
    Some(TsConfig {
        directory: directory.to_owned(),
        base_url,
        paths,
        workspace: false,
        package_directories: Vec::new(),
    })
}

/// `directory/relative` with `.` and `..` resolved; `None` if it climbs above the root.
#[must_use]
pub fn join(directory: &str, relative: &str) -> Option<String> {
    let mut segments: Vec<&str> = directory
        .split('/')
        .filter(|segment| !segment.is_empty())
        .collect();
    for segment in relative.split('/') {
        match segment {
            "." | "" => {}
            ".." => {
                segments.pop()?;
            }
            other => segments.push(other),
        }
    }
    Some(segments.join("/"))
}

/// Resolves `source` from `from_file`: relative specifiers against the file's directory, others
/// through the nearest `tsconfig.json`'s `paths` and `baseUrl`. Packages resolve to nothing.
#[must_use]
pub fn resolve_with_configs<S: BuildHasher>(
    from_file: &str,
    source: &str,
    files: &HashSet<&str, S>,
    configs: &[TsConfig],
) -> Option<String> {
    if source.starts_with("./") || source.starts_with("../") {
        return resolve_import(from_file, source, files);
    }
    let own = configs
        .iter()
        .filter(|config| {
            !config.workspace
                && (config.directory.is_empty()
                    || from_file.starts_with(&format!("{}/", config.directory)))
        })
        .max_by_key(|config| config.directory.len());
    own.and_then(|config| resolve_through(config, source, files))
        .or_else(|| {
            configs
                .iter()
                .filter(|config| config.workspace)
                .find_map(|config| resolve_through(config, source, files))
        })
}

/// `source` through one configuration's `paths`, then its `baseUrl`.
fn resolve_through<S: BuildHasher>(
    config: &TsConfig,
    source: &str,
    files: &HashSet<&str, S>,
) -> Option<String> {
    let root = config
        .base_url
        .clone()
        .unwrap_or_else(|| config.directory.clone());
    for (pattern, targets) in &config.paths {
        let rest = match pattern.split_once('*') {
            Some((prefix, suffix)) => source
                .strip_prefix(prefix)
                .and_then(|rest| rest.strip_suffix(suffix)),
            None => (pattern == source).then_some(""),
        };
        let Some(rest) = rest else {
            continue;
        };
        for target in targets {
            let Some(candidate) = join(&root, &target.replace('*', rest)) else {
                continue;
            };
            if let Some(found) = with_extensions(&candidate, files) {
                return Some(found);
            }
        }
    }
    config
        .base_url
        .as_deref()
        .and_then(|base| join(base, source))
        .and_then(|candidate| with_extensions(&candidate, files))
}

/// The project path a relative specifier names from `from_file`, trying the path itself, the
/// script extensions, and `index` files.
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
    with_extensions(&join(directory, source)?, files)
}

fn with_extensions<S: BuildHasher>(base: &str, files: &HashSet<&str, S>) -> Option<String> {
    if files.contains(base) {
        return Some(base.to_owned());
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
    fn aliases_resolve_through_the_nearest_tsconfig() {
        let files: HashSet<&str> = [
            "apps/web/src/ui/Button.tsx",
            "apps/web/src/lib/index.ts",
            "shared/x.ts",
        ]
        .into();
        let config = super::parse_tsconfig(
            "apps/web",
            r#"{
              // comments and trailing commas are allowed
              "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./src/*"], "~lib": ["src/lib"], }, },
            }"#,
        )
        .unwrap();
        let configs = [config];
        let resolve =
            |source| super::resolve_with_configs("apps/web/src/App.tsx", source, &files, &configs);
        assert_eq!(
            resolve("@/ui/Button").as_deref(),
            Some("apps/web/src/ui/Button.tsx")
        );
        assert_eq!(
            resolve("~lib").as_deref(),
            Some("apps/web/src/lib/index.ts")
        );
        assert_eq!(
            resolve("src/ui/Button").as_deref(),
            Some("apps/web/src/ui/Button.tsx")
        );
        assert_eq!(resolve("react"), None);
        assert_eq!(
            super::resolve_with_configs("shared/y.ts", "@/ui/Button", &files, &configs),
            None
        );
    }

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

    #[test]
    fn workspace_packages_resolve_to_their_sources_after_the_files_own_aliases() {
        let files: std::collections::HashSet<&str> = [
            "packages/ui/src/index.ts",
            "packages/ui/src/icons.tsx",
            "apps/web/src/Page.tsx",
        ]
        .into_iter()
        .collect();
        let configs = [super::workspace_packages(&[(
            "@acme/ui".to_owned(),
            "packages/ui".to_owned(),
        )])];
        let from = "apps/web/src/Page.tsx";
        assert_eq!(
            super::resolve_with_configs(from, "@acme/ui", &files, &configs).as_deref(),
            Some("packages/ui/src/index.ts")
        );
        assert_eq!(
            super::resolve_with_configs(from, "@acme/ui/icons", &files, &configs).as_deref(),
            Some("packages/ui/src/icons.tsx")
        );
        assert_eq!(
            super::resolve_with_configs(from, "react", &files, &configs),
            None
        );
    }
}
