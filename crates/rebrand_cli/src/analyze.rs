//! The analysis run: reads every discovered file in parallel, extracts its facts, and sorts them.

use std::io::Read;
use std::sync::Arc;

use rayon::prelude::*;
use rebrand_facts::{FileFacts, FileKind, Problem, TokenKind, SCHEMA_VERSION};
use rebrand_js::Stylis;
use rebrand_tailwind::TailwindExpander;
use rebrand_text::TextRange;
use rebrand_values::ValueOptions;
use serde::Serialize;

use crate::discover::{Discovery, SourcePath};
use crate::summary::Summary;

/// Files larger than this are skipped with a warning: no hand-written stylesheet or component is
/// this big, and parsing a bundle would only slow the run.
const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// The whole result of `rebrand analyze`, as serialised to JSON.
#[derive(Debug, Serialize)]
pub struct Analysis {
    /// Version of this document's schema (`docs/json-schema.md`).
    pub schema_version: u32,
    /// Counts over all files.
    pub summary: Summary,
    /// Every analysed file's facts, sorted by path (by the package's paths in a partial run,
    /// whose named files are renamed from the named directory: rules see one order either way).
    pub files: Vec<FileFacts>,
    /// Which declarations reach which elements, and the class references that resolve to nothing.
    pub links: rebrand_link::Linked,
    /// Each file's text, in the order of `files` (empty where it could not be read): fixes and
    /// suppression comments work on it, and reports quote it.
    #[serde(skip)]
    pub sources: Vec<Arc<str>>,
    /// Every cluster of elements that behave and look alike, single elements included; the
    /// patterns are the clusters with at least the configured number of members.
    #[serde(skip)]
    pub clusters: Vec<rebrand_patterns::Pattern>,
    /// Each source's line index, built the first time a report asks for it and then shared by
    /// every worker (a minified file of megabytes is indexed once, not once per batch of findings).
    #[serde(skip)]
    line_indexes: Vec<std::sync::OnceLock<Arc<rebrand_text::LineIndex>>>,
    /// Each file's index in `files`, by path.
    #[serde(skip)]
    by_path: rustc_hash::FxHashMap<Arc<str>, usize>,
}

impl Analysis {
    /// The line index of the file at `index` in `sources` (of an empty text past the end).
    pub fn line_index(&self, index: usize) -> Arc<rebrand_text::LineIndex> {
        match self.line_indexes.get(index) {
            Some(cell) => Arc::clone(
                cell.get_or_init(|| Arc::new(rebrand_text::LineIndex::new(&self.sources[index]))),
            ),
            None => Arc::new(rebrand_text::LineIndex::new("")),
        }
    }

    /// The index of a file in `files` (and `sources`) by its path.
    pub fn file_index(&self, path: &str) -> Option<usize> {
        self.by_path.get(path).copied()
    }

    /// The clusters big enough to be reported as patterns.
    pub fn patterns(&self, min_members: usize) -> impl Iterator<Item = &rebrand_patterns::Pattern> {
        self.clusters
            .iter()
            .filter(move |pattern| pattern.elements() >= min_members)
    }
}

/// The summary's pattern figures: how many clusters are big enough to report, the largest, and
/// how many styled elements no cluster holds.
fn summarise_patterns(
    summary: &mut Summary,
    clusters: &[rebrand_patterns::Pattern],
    min_members: usize,
) {
    let reported = || {
        clusters
            .iter()
            .filter(move |pattern| pattern.elements() >= min_members)
    };
    let clustered: usize = clusters
        .iter()
        .map(rebrand_patterns::Pattern::elements)
        .sum();
    summary.unstyled_elements = summary.styled_elements.saturating_sub(clustered);
    summary.patterns = reported().count();
    summary.largest_patterns = reported()
        .take(5)
        .map(|pattern| {
            (
                pattern.id.clone(),
                pattern.name.clone(),
                pattern.members.len(),
            )
        })
        .collect();
}

/// Whether a stylesheet loads Tailwind: `@import "tailwindcss"` (v4) or `@tailwind base` (v3).
fn imports_tailwind(text: &str) -> bool {
    text.contains("@tailwind ")
        || ["\"tailwindcss", "'tailwindcss"]
            .iter()
            .any(|quoted| text.contains(&format!("@import {quoted}")))
}

/// Analyses every discovered file on the current rayon pool.
pub fn analyze(
    discovery: &Discovery,
    options: ValueOptions,
    patterns: rebrand_patterns::PatternOptions,
    on_file_done: &(dyn Fn() + Sync),
) -> Analysis {
    // Stylesheets first: a Tailwind v4 project's own colours live in `@theme`, and the JS files'
    // classes can only be expanded once they are known.
    let (stylesheets, scripts): (Vec<&SourcePath>, Vec<&SourcePath>) = discovery
        .files
        .iter()
        .partition(|source| !source.kind.is_script());
    let analyse = |sources: &[&SourcePath],
                   tailwind: Option<&TailwindExpander>|
     -> Vec<(FileFacts, Arc<str>)> {
        sources
            .par_iter()
            .map(|source| {
                let stylis = discovery.stylis_for(&source.display);
                let facts = analyze_file(source, options, stylis, tailwind);
                on_file_done();
                facts
            })
            .collect()
    };
    let mut read = analyse(&stylesheets, None);
    // A stylesheet that imports Tailwind says so as surely as a `package.json` does, and is
    // all a run on a subdirectory of the project sees.
    let uses_tailwind = discovery.uses_tailwind
        || read
            .iter()
            .any(|(facts, text)| facts.kind.is_stylesheet() && imports_tailwind(text));
    let tailwind = uses_tailwind.then(|| {
        let stylesheets: Vec<&FileFacts> = read.iter().map(|(facts, _)| facts).collect();
        let expander = TailwindExpander::new(options, &theme_variables(&stylesheets));
        match read
            .iter()
            .find_map(|(_, text)| dark_variant_selector(text))
        {
            Some(selector) => expander.with_dark_selector(selector),
            None => expander,
        }
    });
    if let Some(expander) = &tailwind {
        read.par_iter_mut()
            .for_each(|(facts, _)| expand_applies(facts, expander));
    }
    read.extend(analyse(&scripts, tailwind.as_ref()));
    in_discovery_order(&mut read, discovery);
    let (mut files, sources): (Vec<FileFacts>, Vec<Arc<str>>) = read.into_iter().unzip();
    // An unreadable or invalid tsconfig only loses its aliases; imports through them stay
    // unresolved and are reported as such.
    let mut configs: Vec<rebrand_link::TsConfig> = discovery
        .ts_configs
        .iter()
        .filter_map(|(directory, path)| {
            let text = std::fs::read_to_string(path).ok()?;
            rebrand_link::parse_tsconfig(directory, &text)
        })
        .collect();
    // The project's own packages, imported by name (`@acme/ui`), resolve to their sources.
    if !discovery.workspace_packages.is_empty() {
        configs.push(rebrand_link::workspace_packages(
            &discovery.workspace_packages,
        ));
    }
    // A template's `${hover}` may name another file's constant; it is read before anything
    // looks at conditions.
    rebrand_link::resolve_template_constants(&mut files, &configs);
    // Counting is one sequential pass over every fact; it runs beside linking, not after it.
    let (links, mut summary) = rayon::join(
        || rebrand_link::link(&files, &configs),
        || Summary::of(&files),
    );
    summary.special_files_skipped = discovery.special_files;
    summary.class_references = links.resolution.class_references;
    summary.class_references_resolved = links.resolution.resolved;
    summary.styled_elements = links.elements.len();
    // Clusters of one are kept: `interaction-mismatch` compares single elements with patterns.
    let clusters = rebrand_patterns::discover(
        &files,
        &links,
        rebrand_patterns::PatternOptions {
            min_members: 1,
            ..patterns
        },
    );
    summarise_patterns(&mut summary, &clusters, patterns.min_members);
    let by_path = files
        .iter()
        .enumerate()
        .map(|(index, facts)| (Arc::from(facts.path.as_str()), index))
        .collect();
    Analysis {
        schema_version: SCHEMA_VERSION,
        summary,
        files,
        by_path,
        links,
        line_indexes: sources.iter().map(|_| std::sync::OnceLock::new()).collect(),
        sources,
        clusters,
    }
}

/// Sorts the files as discovery lists them: by path, or in a partial run's package order (see
/// `crate::partial`), so that rules choosing among equals by file order choose alike.
fn in_discovery_order(read: &mut [(FileFacts, Arc<str>)], discovery: &Discovery) {
    let order: rustc_hash::FxHashMap<&str, usize> = discovery
        .files
        .iter()
        .enumerate()
        .map(|(position, source)| (source.display.as_str(), position))
        .collect();
    read.sort_by(|a, b| {
        let rank = |facts: &FileFacts| order.get(facts.path.as_str()).copied();
        rank(&a.0)
            .cmp(&rank(&b.0))
            .then_with(|| a.0.path.cmp(&b.0.path))
    });
}

/// A stylesheet's `@apply`s become its own declarations: each utility's, under the rule's
/// selector and condition (and the utility's own variant: `hover:` adds `:hover`), written where
/// the utility is named.
fn expand_applies(facts: &mut FileFacts, expander: &TailwindExpander) {
    if facts.tailwind_applies.is_empty() {
        return;
    }
    for apply in std::mem::take(&mut facts.tailwind_applies) {
        for (class, range) in &apply.classes {
            for mut declaration in expander.expand(class, *range, None, None) {
                let mut origin = (*apply.origin).clone();
                origin.utility = Some(class.clone());
                declaration.origin = Arc::new(origin);
                declaration.condition = Arc::new(apply.condition.and(&declaration.condition));
                facts.declarations.push(declaration);
            }
        }
    }
    facts.sort();
}

/// The variables a Tailwind v4 `@theme` defines (`--color-brand-500`, `--radius-card`), in
/// file order; a later definition of a name replaces an earlier one, as in CSS.
fn theme_variables(files: &[&FileFacts]) -> Vec<(String, String)> {
    let mut sorted: Vec<&FileFacts> = files.to_vec();
    sorted.sort_by(|a, b| a.path.cmp(&b.path));
    sorted
        .iter()
        .flat_map(|file| &file.tokens)
        .filter(|token| token.kind == TokenKind::TailwindTheme)
        .map(|token| (token.name.clone(), token.value_text.clone()))
        .collect()
}

/// The ancestor a Tailwind v4 `@custom-variant dark (&:where(.dark, .dark *));` makes `dark:`
/// follow (`.dark`), when a stylesheet declares one.
fn dark_variant_selector(text: &str) -> Option<&str> {
    let at = text.find("@custom-variant dark")?;
    let rule = &text[at..];
    let rule = &rule[..rule.find([';', '{']).unwrap_or(rule.len())];
    let inside = &rule[rule.find(":where(")? + ":where(".len()..];
    let selector = inside[..inside.find([',', ')'])?].trim();
    (!selector.is_empty() && !selector.contains('&')).then_some(selector)
}

/// Reads and extracts one file. Never fails: read errors, binary content and bad encodings become
/// problems on an otherwise empty record.
pub fn analyze_file(
    source: &SourcePath,
    options: ValueOptions,
    stylis: Stylis,
    tailwind: Option<&TailwindExpander>,
) -> (FileFacts, Arc<str>) {
    let mut facts = FileFacts::empty(source.display.clone(), source.kind, 0);
    let Some(text) = read_source(source, &mut facts) else {
        facts.parsed_cleanly = false;
        return (facts, Arc::from(""));
    };
    extract_text(&text, &mut facts, options, stylis, tailwind);
    facts.sort();
    // Parsers can report one error twice while recovering; once is enough.
    facts
        .problems
        .dedup_by(|a, b| a.range == b.range && a.message == b.message);
    (facts, Arc::from(text))
}

/// Extracts facts from text already read, by file kind.
pub fn extract_text(
    text: &str,
    facts: &mut FileFacts,
    options: ValueOptions,
    stylis: Stylis,
    tailwind: Option<&TailwindExpander>,
) {
    // A byte-order mark is not part of the language; blank it with spaces of the same byte length
    // so that every offset still points into the file as it is on disk.
    let parse_text;
    let text = if let Some(rest) = text.strip_prefix('\u{feff}') {
        parse_text = format!("   {rest}");
        parse_text.as_str()
    } else {
        text
    };
    match facts.kind {
        FileKind::Javascript | FileKind::Typescript | FileKind::Tsx => {
            let extracted = rebrand_js::extract_js(text, facts.kind, options, stylis);
            facts.parsed_cleanly = extracted.parsed_cleanly;
            facts.declarations = extracted.declarations;
            facts.tokens = extracted.tokens;
            facts.problems = extracted.problems;
            facts.elements = extracted.elements;
            facts.components = extracted.components;
            facts.js_imports = extracted.js_imports;
            facts.constants = extracted.constants;
            facts.templates = extracted.templates;
            if let Some(expander) = tailwind {
                for class in &extracted.class_tokens {
                    facts.declarations.extend(expander.expand(
                        &class.text,
                        class.range,
                        class.binding.as_deref(),
                        class.element,
                    ));
                }
            }
        }
        FileKind::Css
        | FileKind::CssModule
        | FileKind::Scss
        | FileKind::ScssModule
        | FileKind::Less
        | FileKind::LessModule => {
            let extracted = rebrand_css::extract_stylesheet(text, facts.kind, options);
            facts.parsed_cleanly = extracted.parsed_cleanly;
            facts.declarations = extracted.declarations;
            facts.tokens = extracted.tokens;
            facts.problems = extracted.problems;
            facts.module_classes = extracted.module_classes;
            facts.imports = extracted.imports;
            facts.composes = extracted.composes;
            facts.tailwind_applies = extracted.tailwind_applies;
            facts.scss_includes = extracted.scss_includes;
            // A global stylesheet that loads Tailwind brings its preflight to every element.
            if facts.kind == FileKind::Css {
                if let Some(at) = rebrand_tailwind::preflight_at(text, &facts.imports) {
                    facts
                        .declarations
                        .extend(rebrand_tailwind::preflight_declarations(text, at, options));
                }
            }
        }
        // `.tokens` is also what ANTLR names its token tables (`LPAREN=1`): a file that is not
        // JSON there is not a design-token file, and no problem of the user's.
        FileKind::DesignTokens
            if !std::path::Path::new(&facts.path)
                .extension()
                .is_some_and(|extension| extension.eq_ignore_ascii_case("json"))
                && !text
                    .trim_start_matches('\u{feff}')
                    .trim_start()
                    .starts_with('{') => {}
        FileKind::DesignTokens => {
            let extracted = rebrand_tokens::extract_design_tokens(text, options);
            facts.parsed_cleanly = extracted
                .problems
                .iter()
                .all(|problem| problem.code != "parse/json");
            facts.tokens = extracted.tokens;
            facts.problems = extracted.problems;
        }
    }
}

/// Reads a file as UTF-8 text, or records why it cannot be analysed.
fn read_source(source: &SourcePath, facts: &mut FileFacts) -> Option<String> {
    let file_problem = |message: String, help: &str| {
        Problem::error("read", message, TextRange::empty(0)).with_help(help.to_owned())
    };
    let file = match std::fs::File::open(&source.path) {
        Ok(file) => file,
        Err(error) => {
            facts.problems.push(file_problem(
                format!("could not open this file: {error}"),
                "check its permissions; the rest of the project was analysed",
            ));
            return None;
        }
    };
    let size = file.metadata().map_or(0, |metadata| metadata.len());
    facts.bytes = size;
    if size > MAX_FILE_BYTES {
        facts.problems.push(
            Problem::warning(
                "read/too-large",
                format!(
                    "this file is {} MB, more than the {} MB limit, and was skipped",
                    size >> 20,
                    MAX_FILE_BYTES >> 20
                ),
                TextRange::empty(0),
            )
            .with_help("exclude generated bundles with `--exclude`"),
        );
        return None;
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // Through `take`, which reads until the end like `File` does, but without `File`'s own
    // size query (a `statx` and an `lseek` per file): the size is already known.
    if let Err(error) = file.take(u64::MAX).read_to_end(&mut bytes) {
        facts.problems.push(file_problem(
            format!("could not read this file: {error}"),
            "check that it is a regular, readable file",
        ));
        return None;
    }
    facts.bytes = bytes.len() as u64;
    let probe = &bytes[..bytes.len().min(8192)];
    if probe.contains(&0) {
        facts.problems.push(file_problem(
            "this file holds binary data (NUL bytes), not source text".to_owned(),
            "exclude it, or rename it if its extension is wrong",
        ));
        return None;
    }
    match String::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(error) => {
            let offset = error.utf8_error().valid_up_to() as u32;
            facts.problems.push(
                Problem::error(
                    "read/encoding",
                    "this file is not valid UTF-8, so it was not analysed",
                    TextRange::new(offset, offset + 1),
                )
                .with_help("re-save the file as UTF-8"),
            );
            None
        }
    }
}
