//! Everything a rule may read, and the lookups several rules share.

use std::sync::Arc;

use rebrand_config::Config;
use rebrand_facts::{Declaration, FileFacts};
use rebrand_link::{ElementStyle, Linked, StyleLink};
use rebrand_patterns::Pattern;
use rustc_hash::FxHashMap;

/// The input of a lint run: facts, their source texts, links and patterns.
pub struct LintInput<'a> {
    /// Every analysed file's facts, sorted by path.
    pub files: &'a [FileFacts],
    /// Each file's text, in the order of `files` (empty where it could not be read).
    pub sources: &'a [Arc<str>],
    /// Which declarations reach which elements.
    pub linked: &'a Linked,
    /// Every cluster of look-alike, behave-alike elements, single elements included.
    pub clusters: &'a [Pattern],
    /// The configuration.
    pub config: &'a Config,
    /// Project-relative paths of the configured token source files, when the configuration
    /// names any: only their tokens are suggested.
    pub token_files: Option<&'a [String]>,
}

/// A lint run's shared lookups.
pub(crate) struct Context<'a> {
    pub input: &'a LintInput<'a>,
    /// Each file's path, shared by its findings.
    pub paths: Vec<Arc<str>>,
    by_path: FxHashMap<&'a str, usize>,
    styles: FxHashMap<(&'a str, u32), &'a ElementStyle>,
}

impl<'a> Context<'a> {
    pub fn new(input: &'a LintInput<'a>) -> Self {
        Self {
            input,
            paths: input
                .files
                .iter()
                .map(|file| Arc::from(file.path.as_str()))
                .collect(),
            by_path: input
                .files
                .iter()
                .enumerate()
                .map(|(index, file)| (file.path.as_str(), index))
                .collect(),
            styles: input
                .linked
                .elements
                .iter()
                .map(|style| ((&*style.file, style.element), style))
                .collect(),
        }
    }

    pub fn files(&self) -> &'a [FileFacts] {
        self.input.files
    }

    /// The index of a file by its path.
    pub fn file_index(&self, path: &str) -> Option<usize> {
        self.by_path.get(path).copied()
    }

    /// A file's text; empty when it could not be read.
    pub fn source(&self, file: usize) -> &'a str {
        self.input.sources.get(file).map_or("", |text| &**text)
    }

    /// Whether code in `file` may use a token defined in `defining`: a stylesheet's when the
    /// file's package loads it (or may), a script's (a theme object, a CSS-in-JS custom property)
    /// when both are of one package, a design-token file's always — and never a story's, test's,
    /// fixture's, example's or the docs' for the product's own code.
    pub fn token_reaches(&self, file: usize, defining: usize) -> bool {
        let scope = &self.input.linked.scope;
        let class = |index: usize| {
            self.files()
                .get(index)
                .map(|facts| rebrand_facts::PathClass::of(&facts.path))
        };
        let scaffolding_for_source = class(defining)
            .is_some_and(rebrand_facts::PathClass::is_scaffolding)
            && !class(file).is_some_and(rebrand_facts::PathClass::is_scaffolding);
        !scaffolding_for_source
            && match self.files().get(defining).map(|facts| facts.kind) {
                Some(rebrand_facts::FileKind::DesignTokens) | None => true,
                Some(kind) if kind.is_stylesheet() => scope.reaches(file, defining),
                Some(_) => scope.same_package(file, defining),
            }
    }

    /// The linked style of one element.
    pub fn style(&self, file: &str, element: u32) -> Option<&'a ElementStyle> {
        self.styles.get(&(file, element)).copied()
    }

    /// The declaration a link reaches.
    pub fn linked_declaration(&self, link: &StyleLink) -> Option<&'a Declaration> {
        self.input
            .files
            .get(link.file_index as usize)?
            .declarations
            .get(link.declaration as usize)
    }
}

pub(crate) use rebrand_edit::is_css_text;
