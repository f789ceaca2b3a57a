//! `no-unknown-token`: a `var(--x)`, `$x` or theme path that names no token the project defines.
//!
//! ## What it does
//! Checks every reference in a declaration value against the tokens found in the analysed files
//! (custom properties, SCSS variables, Tailwind `@theme` variables, DTCG tokens, JavaScript theme
//! objects) and the custom properties set at run time in style objects. It stays quiet where the
//! definition may legitimately live outside the analysed code: a `var()` with a fallback,
//! Tailwind's own variables in a Tailwind project, SCSS variables of a mixin, function or loop,
//! files that `@use` or `@import` stylesheets outside the project, and theme paths of a theme
//! the project does not define. When the project imports a package's stylesheet that rebrand
//! cannot read, or a Tailwind configuration loads plugins (daisyUI defines `--p`, `--b1`, `--n`
//! from its themes while Tailwind builds the stylesheet), undefined custom properties are not
//! reported: that source may define every one.
//! A note (printed by the command line, never a finding) at that import counts them and names
//! the most used, so a misspelt one can still be found by listing the package's names under
//! `ignore`.
//!
//! ## Why is this bad?
//! An unknown reference is a value the browser silently drops: `var(--brand-primry)` is no
//! colour at all, and a Sass variable that does not exist fails the build.
//!
//! ## Example
//! ```css
//! :root { --brand-primary: #2563eb; }
//! .button { color: var(--brand-primry); }
//! ```
//!
//! ## Fix safety
//! No fix: which token was meant is a decision. The message names the closest defined name.
//!
//! ## Options
//! - `ignore` (`[]`): names defined outside the analysed code, exact or as a prefix ending in
//!   `*` (`--mantine-*`).

use std::collections::BTreeMap;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use rebrand_config::UnknownTokenOptions;
use rebrand_facts::{Declaration, FileFacts, ReferenceKind, TokenKind, Value};
use rebrand_text::TextRange;

use crate::context::Context;
use crate::diagnostic::LintDiagnostic;
use crate::rewrite::file_stem;

/// The rule's name.
pub(crate) const NAME: &str = "no-unknown-token";

/// Tailwind v4's theme namespaces: its default theme defines these without any `@theme` in the
/// project.
const TAILWIND_NAMESPACES: [&str; 18] = [
    "--color-",
    "--spacing",
    "--text-",
    "--font-",
    "--radius",
    "--shadow",
    "--breakpoint-",
    "--container-",
    "--leading-",
    "--tracking-",
    "--ease-",
    "--animate-",
    "--blur-",
    "--perspective",
    "--aspect-",
    "--inset-shadow",
    "--drop-shadow",
    "--default-",
];

/// A source of custom properties the project loads and rebrand does not read: a package's
/// stylesheet, or a Tailwind plugin (`daisyui` defines `--p`, `--b1`, `--n` from its themes).
#[derive(Clone, Copy)]
struct UnreadImport<'a> {
    file: usize,
    url: &'a str,
    range: TextRange,
    /// What it is, for the note: "a package stylesheet rebrand does not read".
    what: &'static str,
}

/// What the project defines, by kind of reference, and where else definitions may come from.
struct Known<'a> {
    names: FxHashSet<&'a str>,
    theme_roots: FxHashSet<&'a str>,
    uses_tailwind: bool,
    /// The fixed start of custom properties whose names are built (`--#{$prefix}-x`, `` `--${name}` ``).
    dynamic_prefixes: Vec<&'a str>,
    /// Words of the packages the JavaScript imports (`radix` of `@radix-ui/react-popover`): a
    /// library sets its own custom properties at run time (`--radix-popover-trigger-width`).
    package_words: FxHashSet<&'a str>,
    /// Whether some stylesheet or script imports a stylesheet from a package, whose custom
    /// properties rebrand cannot see.
    imports_package_styles: bool,
    /// The first stylesheet import of a package's stylesheet that rebrand cannot read
    /// (`@import "@acme/tokens/dist/style.css"`), as (importing file, URL): its custom properties
    /// are global, so an undefined name may be one of them.
    /// Every source of custom properties rebrand cannot read, in file order.
    unread_sources: Vec<UnreadImport<'a>>,
}

impl<'a> Known<'a> {
    fn new(context: &Context<'a>) -> Self {
        let files = context.files();
        let mut known = Self {
            names: FxHashSet::default(),
            theme_roots: FxHashSet::default(),
            uses_tailwind: false,
            dynamic_prefixes: Vec::new(),
            package_words: FxHashSet::default(),
            imports_package_styles: false,
            unread_sources: Vec::new(),
        };
        // Scripts are searched for quoted custom property names in parallel: that reads every
        // script of the project.
        let quoted: Vec<Vec<&'a str>> = files
            .par_iter()
            .enumerate()
            .map(|(index, file)| {
                if file.kind.is_script() {
                    quoted_custom_properties(context.source(index))
                } else {
                    Vec::new()
                }
            })
            .collect();
        for (file_index, (file, quoted)) in files.iter().zip(quoted).enumerate() {
            for token in &file.tokens {
                known.names.insert(token.name.as_str());
                if let Some(built) = token.name.find("#{").or_else(|| token.name.find("${")) {
                    known.dynamic_prefixes.push(&token.name[..built]);
                }
                if token.kind == TokenKind::JsTheme {
                    known
                        .theme_roots
                        .insert(token.name.split('.').next().unwrap_or_default());
                }
                known.uses_tailwind |= token.kind == TokenKind::TailwindTheme;
            }
            for declaration in &file.declarations {
                // `style={{ '--accent': color }}` defines a custom property at run time.
                if declaration.property.starts_with("--") {
                    known.names.insert(declaration.property.as_str());
                }
                // Once known, the origin (a pointer away) is not read again.
                known.uses_tailwind = known.uses_tailwind
                    || declaration.origin.written_syntax() == rebrand_facts::Syntax::Tailwind;
            }
            for import in &file.imports {
                // Tailwind's own variables are known by their namespaces; a URL is a font.
                let url = import.url.as_str();
                let is_tailwind = url == "tailwindcss" || url.starts_with("tailwindcss/");
                // Sass and Less read `@use "tokens"` next to the importing file first.
                let package = is_package(url) && !is_project_stylesheet(context, &file.path, url);
                known.imports_package_styles |= package && !is_tailwind;
                let unread = package && !url.contains(':') && !url.is_empty() && !is_tailwind;
                if unread {
                    known.unread_sources.push(UnreadImport {
                        file: file_index,
                        url: import.url.as_str(),
                        range: import.url_range,
                        what: "a package stylesheet rebrand does not read",
                    });
                }
            }
            let tailwind_config = file
                .path
                .rsplit('/')
                .next()
                .is_some_and(|name| name.starts_with("tailwind.config."));
            for import in &file.js_imports {
                // A Tailwind configuration's plugins (a package, or `tailwindcss/plugin` for
                // the project's own) add base styles that may define custom properties.
                let plugin = tailwind_config
                    && is_package(&import.source)
                    && (import.source == "tailwindcss/plugin"
                        || !(import.source == "tailwindcss"
                            || import.source.starts_with("tailwindcss/")));
                if plugin {
                    known.unread_sources.push(UnreadImport {
                        file: file_index,
                        url: import.source.as_str(),
                        range: import.range,
                        what: "a Tailwind plugin whose styles rebrand does not generate",
                    });
                }
                if is_package(&import.source) {
                    let styles = [".css", ".scss", ".sass"];
                    known.imports_package_styles |= styles
                        .iter()
                        .any(|extension| import.source.ends_with(extension));
                    known.package_words.extend(
                        import
                            .source
                            .split(['/', '-', '@', '.'])
                            .filter(|word| word.len() >= 3),
                    );
                }
            }
            known.names.extend(quoted);
        }
        known
    }

    /// Whether an undefined custom property may still be defined where rebrand cannot see.
    fn may_be_defined_elsewhere(&self, name: &str, typo_of: Option<&str>) -> bool {
        let tailwind_default = self.uses_tailwind && is_tailwind_default(name);
        let first_word = name
            .trim_start_matches('-')
            .split('-')
            .next()
            .unwrap_or_default();
        name.starts_with("--tw-")
            || tailwind_default
            || self.dynamic_prefixes.iter().any(|prefix| name.starts_with(prefix))
            || self.package_words.contains(first_word)
            // With a package's stylesheet in play, only a near-miss of a known name is surely wrong.
            || (self.imports_package_styles && typo_of.is_none())
    }
}

/// Whether Tailwind's default theme may define `name`. For the namespaces whose utilities name a
/// key (`--color-red-500` is `bg-red-500`), Tailwind itself is asked: `--color-brand` is not one
/// of its colours, so a project that renamed it away is told. The other namespaces are taken at
/// their word.
fn is_tailwind_default(name: &str) -> bool {
    static EXPANDER: std::sync::OnceLock<rebrand_tailwind::TailwindExpander> =
        std::sync::OnceLock::new();
    let Some(namespace) = TAILWIND_NAMESPACES
        .iter()
        .find(|prefix| name.starts_with(**prefix))
    else {
        return false;
    };
    let utility = match *namespace {
        "--color-" => "bg-",
        "--radius" => "rounded-",
        "--shadow" => "shadow-",
        _ => return true,
    };
    let Some(key) = name
        .strip_prefix(namespace)
        .map(|key| key.trim_start_matches('-'))
        .filter(|key| !key.is_empty())
    else {
        return true;
    };
    let expander = EXPANDER.get_or_init(|| {
        rebrand_tailwind::TailwindExpander::new(rebrand_values::ValueOptions::default(), &[])
    });
    let class = format!("{utility}{key}");
    !expander
        .expand(&class, TextRange::new(0, 0), None, None)
        .is_empty()
}

/// Whether a stylesheet's bare import URL (`@use "tokens"`, `@import "mixins"`) names a file of
/// the project beside the importing one, as Sass and Less resolve it: a partial, an extension,
/// an index file.
fn is_project_stylesheet(context: &Context<'_>, importer: &str, url: &str) -> bool {
    rebrand_link::stylesheet_candidates(importer, url)
        .iter()
        .any(|candidate| context.file_index(candidate).is_some())
}

/// A package import (`@radix-ui/react-popover`, `bootstrap/scss/variables`), not a relative
/// path, an alias into the project (`@/`, `~/`) or a Sass built-in.
fn is_package(source: &str) -> bool {
    !(source.starts_with('.')
        || source.starts_with('/')
        || source.starts_with("@/")
        || source.starts_with("~/")
        || source.starts_with("sass:"))
}

/// Custom property names written as JavaScript strings (`'--card-bg': color`,
/// `setProperty("--x", …)`) or declared in a style string (`"--x: red"`): a script that names
/// one may well define it.
fn quoted_custom_properties(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let quoted = rebrand_values::custom_properties_after(text, b"'\"`")
        .into_iter()
        .filter(|(offset, name)| bytes.get(offset + name.len()) == Some(&bytes[offset - 1]));
    // `style.cssText = "--accent: red"`: a declaration in a style string sets it at run time
    // (a `--x:` outside a string is no JavaScript).
    let declared = rebrand_values::custom_property_names(text)
        .into_iter()
        .filter(|(offset, name)| text[offset + name.len()..].trim_start().starts_with(':'));
    quoted.chain(declared).map(|(_, name)| name).collect()
}

pub(crate) fn check(context: &Context<'_>, options: &UnknownTokenOptions) -> Vec<LintDiagnostic> {
    let files = context.files();
    let known = Known::new(context);
    let open_ended = files_reaching_outside(files);
    let mut findings = Vec::new();
    let mut closest: FxHashMap<String, Option<&str>> = FxHashMap::default();
    // Names an unread source may define, with how often each is used, by the source (of the
    // using file's package where there is one) that is named for them.
    let mut possibly_from_package: BTreeMap<usize, BTreeMap<&str, usize>> = BTreeMap::new();
    let scope = &context.input.linked.scope;
    for (file_index, file) in files.iter().enumerate() {
        let mut seen = FxHashSet::default();
        for declaration in &file.declarations {
            if !seen.insert(declaration.value_range) {
                continue;
            }
            for (kind, name, range) in references(declaration) {
                let unknown = match kind {
                    ReferenceKind::CustomProperty => {
                        !known.names.contains(name) && {
                            let typo_of = *closest
                                .entry(name.to_owned())
                                .or_insert_with(|| closest_name(&known, name));
                            !known.may_be_defined_elsewhere(name, typo_of)
                        }
                    }
                    ReferenceKind::ScssVariable => {
                        let variable = name.rsplit_once('.').map_or(name, |(_, variable)| variable);
                        !known.names.contains(variable)
                            && !open_ended.contains(&file_index)
                            && !is_bound_locally(context.source(file_index), variable)
                    }
                    ReferenceKind::ThemePath => {
                        !known.names.contains(name)
                            && known
                                .theme_roots
                                .contains(name.split('.').next().unwrap_or_default())
                    }
                    // Less variables also come from the build's `modifyVars`, from plugins and
                    // from `@import (reference)` of packages: unknown here is not undefined.
                    ReferenceKind::DtcgAlias
                    | ReferenceKind::TailwindTheme
                    | ReferenceKind::LessVariable => false,
                };
                if !unknown || ignored(name, &options.ignore) {
                    continue;
                }
                if kind == ReferenceKind::CustomProperty && !known.unread_sources.is_empty() {
                    // Custom properties are global: a package's stylesheet or a Tailwind plugin
                    // that the project loads may define this one. One note says so for all.
                    // A package's plugin is a likelier source than the project's own.
                    let source = known
                        .unread_sources
                        .iter()
                        .enumerate()
                        .filter(|(_, source)| scope.same_package(source.file, file_index))
                        .min_by_key(|(_, source)| source.url == "tailwindcss/plugin")
                        .map_or(0, |(position, _)| position);
                    *possibly_from_package
                        .entry(source)
                        .or_default()
                        .entry(name)
                        .or_default() += 1;
                    continue;
                }
                let suggestion = *closest
                    .entry(name.to_owned())
                    .or_insert_with(|| closest_name(&known, name));
                findings.push(finding(context, file_index, suggestion, kind, name, range));
            }
        }
    }
    for (source, names) in &possibly_from_package {
        findings.push(package_finding(
            context,
            known.unread_sources[*source],
            names,
        ));
    }
    findings
}

/// The one note for every custom property that only an unread package stylesheet may define.
fn package_finding(
    context: &Context<'_>,
    import: UnreadImport<'_>,
    names: &BTreeMap<&str, usize>,
) -> LintDiagnostic {
    let uses: usize = names.values().sum();
    let mut most_used: Vec<(&str, usize)> =
        names.iter().map(|(name, uses)| (*name, *uses)).collect();
    most_used.sort_by(|left, right| right.1.cmp(&left.1).then(left.0.cmp(right.0)));
    let shown: Vec<String> = most_used
        .iter()
        .take(5)
        .map(|(name, _)| format!("`{name}`"))
        .collect();
    let more = if names.len() > shown.len() {
        ", …"
    } else {
        ""
    };
    let count = names.len();
    let plural = if count == 1 { "y" } else { "ies" };
    let message = format!(
        "{count} custom propert{plural} used {} ({}{more}) {} defined nowhere in the analysed code; this import of `{}`, {}, may define {}",
        match uses {
            1 => "once".to_owned(),
            2 => "twice".to_owned(),
            _ => format!("{uses} times"),
        },
        shown.join(", "),
        if count == 1 { "is" } else { "are" },
        import.url,
        import.what,
        if count == 1 { "it" } else { "them" },
    );
    let mut found = LintDiagnostic::new(NAME, &context.paths[import.file], import.range, message)
        .with_help(
            "if the package defines them, list them under the rule's `ignore` option (a prefix such as `--l1-*` works) so that a misspelt name is caught again",
        );
    found.notice = true;
    found
}

/// Every reference a declaration's value makes, with its range: the value itself, or each
/// `var(--x)` without a fallback inside a composite value.
fn references(declaration: &Declaration) -> Vec<(ReferenceKind, &str, TextRange)> {
    match &declaration.value {
        Value::Reference {
            kind,
            name,
            fallback: None,
        } => vec![(*kind, name.as_str(), declaration.value_range)],
        Value::Composite | Value::Unresolved { .. } => {
            let text = declaration.value_text.as_str();
            let start = declaration.value_range.start;
            if declaration.value_range.len() as usize != text.len() {
                return Vec::new();
            }
            let mut found = Vec::new();
            for (name_start, name) in rebrand_values::custom_property_references(text) {
                let name_end = name_start + name.len();
                let has_fallback = text[name_end..].trim_start().starts_with(',');
                if !has_fallback {
                    found.push((
                        ReferenceKind::CustomProperty,
                        name,
                        TextRange::from_usize(name_start, name_end).shifted(start),
                    ));
                }
            }
            found
        }
        _ => Vec::new(),
    }
}

/// Whether a name is configured as defined elsewhere.
fn ignored(name: &str, patterns: &[String]) -> bool {
    patterns
        .iter()
        .any(|pattern| match pattern.strip_suffix('*') {
            Some(prefix) => name.starts_with(prefix),
            None => name == pattern,
        })
}

/// Whether `$name` is a parameter of a mixin or function, a loop variable, or assigned anywhere
/// in the file (a local inside a rule is not a token, but it is defined).
fn is_bound_locally(text: &str, variable: &str) -> bool {
    let mut rest = 0;
    while let Some(offset) = text[rest..].find(variable) {
        let start = rest + offset;
        let end = start + variable.len();
        rest = end;
        let continues = text[end..]
            .chars()
            .next()
            .is_some_and(|character| character.is_alphanumeric() || "-_".contains(character));
        if continues {
            continue;
        }
        let line_start = text[..start].rfind('\n').map_or(0, |newline| newline + 1);
        let line = text[line_start..start].trim_start();
        let binds = ["@mixin", "@function", "@each", "@for", "@include"]
            .iter()
            .any(|keyword| line.starts_with(keyword));
        if binds || text[end..].trim_start().starts_with(':') {
            return true;
        }
    }
    false
}

/// Stylesheets whose variables may come from outside the project: they (or a stylesheet they
/// import, transitively) `@use`, `@forward` or `@import` something that is no project file.
fn files_reaching_outside(files: &[FileFacts]) -> FxHashSet<usize> {
    let stems: FxHashMap<&str, Vec<usize>> = files
        .iter()
        .enumerate()
        .filter(|(_, file)| file.kind.is_stylesheet())
        .fold(FxHashMap::default(), |mut stems, (index, file)| {
            stems.entry(file_stem(&file.path)).or_default().push(index);
            // `@use 'theme'` loads `theme/_index.scss`.
            if file_stem(&file.path) == "index" {
                if let Some(directory) = file.path.rsplit('/').nth(1) {
                    stems.entry(directory).or_default().push(index);
                }
            }
            stems
        });
    let mut outside: FxHashSet<usize> = FxHashSet::default();
    let mut imports: Vec<(usize, Vec<usize>)> = Vec::new();
    for (index, file) in files.iter().enumerate() {
        let mut targets = Vec::new();
        for import in &file.imports {
            if import.url.starts_with("sass:") {
                continue;
            }
            match stems.get(file_stem(&import.url)) {
                Some(found) => targets.extend(found.iter().copied()),
                None => {
                    outside.insert(index);
                }
            }
        }
        imports.push((index, targets));
    }
    // Propagate until nothing changes: importing an open-ended file makes a file open-ended.
    loop {
        let before = outside.len();
        for (index, targets) in &imports {
            if targets.iter().any(|target| outside.contains(target)) {
                outside.insert(*index);
            }
        }
        if outside.len() == before {
            return outside;
        }
    }
}

fn finding(
    context: &Context<'_>,
    file: usize,
    closest: Option<&str>,
    kind: ReferenceKind,
    name: &str,
    range: TextRange,
) -> LintDiagnostic {
    let what = match kind {
        ReferenceKind::ScssVariable => "SCSS variable",
        ReferenceKind::ThemePath => "theme path",
        _ => "custom property",
    };
    let message = format!("`{name}` is not defined: no {what} of that name exists in the project");
    let help = match closest {
        Some(closest) => format!("did you mean `{closest}`? Otherwise define `{name}`, or list it under `ignore` if it is defined outside the analysed code"),
        None => format!("define `{name}`, or list it under the rule's `ignore` option if it is defined outside the analysed code"),
    };
    LintDiagnostic::new(NAME, &context.paths[file], range, message).with_help(help)
}

/// The defined name with the smallest edit distance, if it is close (a typo, not a new name).
fn closest_name<'a>(known: &Known<'a>, name: &str) -> Option<&'a str> {
    let sigil = |text: &str| text.chars().next();
    let limit = 1 + name.len() / 10;
    // Only names whose length is within the limit can be within it; most are not.
    let mut candidates: Vec<&&str> = known
        .names
        .iter()
        .filter(|candidate| {
            sigil(candidate) == sigil(name) && candidate.len().abs_diff(name.len()) <= limit
        })
        .collect();
    candidates.sort();
    let mut rows = (Vec::new(), Vec::new());
    candidates
        .into_iter()
        .map(|candidate| (edit_distance(candidate, name, &mut rows), *candidate))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// Levenshtein distance over bytes (names are ASCII), with two reused rows.
fn edit_distance(left: &str, right: &str, rows: &mut (Vec<usize>, Vec<usize>)) -> usize {
    let right = right.as_bytes();
    let (previous, current) = rows;
    previous.clear();
    previous.extend(0..=right.len());
    for (row, &left_byte) in left.as_bytes().iter().enumerate() {
        current.clear();
        current.push(row + 1);
        for (column, &right_byte) in right.iter().enumerate() {
            let substitution = previous[column] + usize::from(left_byte != right_byte);
            current.push(
                substitution
                    .min(previous[column + 1] + 1)
                    .min(current[column] + 1),
            );
        }
        std::mem::swap(previous, current);
    }
    previous[right.len()]
}
