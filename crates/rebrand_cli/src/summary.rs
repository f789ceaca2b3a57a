//! Project-wide counts: files by kind, declarations by syntax, tokens, distinct values, parse health.

use std::collections::{BTreeMap, BTreeSet};

use rebrand_facts::{FileFacts, FileKind, Severity, Syntax, TokenKind, Value};
use serde::Serialize;

/// Whether a count is zero (and so left out of the JSON summary).
#[allow(clippy::trivially_copy_pass_by_ref)] // serde's `skip_serializing_if` passes a reference.
fn is_zero(count: &usize) -> bool {
    *count == 0
}

/// Counts over every analysed file.
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    /// Files analysed.
    pub files: usize,
    /// Files by kind (`tsx`, `scss`, …).
    pub files_by_kind: BTreeMap<String, usize>,
    /// Files that are not the product's own source, by path class (`test`, `example`, `docs`…):
    /// their global rules reach no source element.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub files_by_path_class: BTreeMap<String, usize>,
    /// Named pipes, sockets and devices in the tree, skipped unopened.
    #[serde(skip_serializing_if = "is_zero")]
    pub special_files_skipped: usize,
    /// Declarations, all syntaxes.
    pub declarations: usize,
    /// Declarations by the syntax they were written in.
    pub declarations_by_syntax: BTreeMap<String, usize>,
    /// Declarations by the type of their value.
    pub declarations_by_value_type: BTreeMap<String, usize>,
    /// Token definitions by kind.
    pub tokens_by_kind: BTreeMap<String, usize>,
    /// Distinct colours among declaration and token values (equal in OKLab to 3 decimals).
    pub distinct_colors: usize,
    /// Distinct lengths among declaration and token values (equal in px, or in number and unit
    /// for relative units).
    pub distinct_lengths: usize,
    /// Problems by severity.
    pub problems_by_severity: BTreeMap<String, usize>,
    /// Stylesheets by the grammar that read them (`css` for `.css` and `.module.css`, `scss` for
    /// `.scss` and `.module.scss`): how many, and how many parsed with no error node.
    pub stylesheets_by_grammar: BTreeMap<String, GrammarHealth>,
    /// Files of any kind whose parser reported no error.
    pub files_parsed_cleanly: usize,
    /// JSX elements that at least one declaration reaches.
    pub styled_elements: usize,
    /// Styled elements in no pattern because nothing of their look is decorative: layout,
    /// resets, or a single decorative property (issue "patterns a designer would sign").
    pub unstyled_elements: usize,
    /// Class references on JSX elements.
    pub class_references: usize,
    /// Class references that reach a declaration.
    pub class_references_resolved: usize,
    /// Interaction patterns found (`rebrand patterns` lists them).
    pub patterns: usize,
    /// The largest patterns: id, name and member count.
    pub largest_patterns: Vec<(String, String, usize)>,
}

/// How well one grammar read a project's stylesheets.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct GrammarHealth {
    /// Files read with this grammar.
    pub files: usize,
    /// Of those, files whose tree has no error node.
    pub parsed_cleanly: usize,
}

impl GrammarHealth {
    /// The share of files with no error node.
    #[must_use]
    pub fn clean_share(self) -> f64 {
        if self.files == 0 {
            1.0
        } else {
            self.parsed_cleanly as f64 / self.files as f64
        }
    }
}

/// The grammar a stylesheet kind is read with, named as the summary and problem codes name it.
fn stylesheet_grammar(kind: FileKind) -> Option<&'static str> {
    match kind {
        FileKind::Css | FileKind::CssModule => Some("css"),
        FileKind::Scss | FileKind::ScssModule => Some("scss"),
        FileKind::Less | FileKind::LessModule => Some("less"),
        _ => None,
    }
}

/// A length as the summary tells lengths apart: by px to a thousandth, or by number and unit
/// for relative units.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum LengthKey<'a> {
    Px(i64),
    Relative(u64, &'a str),
}

impl Summary {
    /// Counts `files`.
    #[must_use]
    pub fn of(files: &[FileFacts]) -> Self {
        // Counted by the model's own keys and named once at the end: this walks every
        // declaration of the project, and naming each one would allocate for each.
        let mut by_kind = BTreeMap::<FileKind, usize>::new();
        let mut by_syntax = BTreeMap::<Syntax, usize>::new();
        let mut by_value_type = BTreeMap::<&'static str, usize>::new();
        let mut by_token_kind = BTreeMap::<TokenKind, usize>::new();
        let mut by_severity = BTreeMap::<&'static str, usize>::new();
        let mut colors = BTreeSet::new();
        let mut lengths = BTreeSet::new();
        let mut summary = Self {
            files: files.len(),
            ..Self::default()
        };
        for file in files {
            *by_kind.entry(file.kind).or_default() += 1;
            let class = rebrand_facts::PathClass::of(&file.path);
            if class != rebrand_facts::PathClass::Source {
                *summary
                    .files_by_path_class
                    .entry(class.as_str().to_owned())
                    .or_default() += 1;
            }
            if let Some(grammar) = stylesheet_grammar(file.kind) {
                let health = summary
                    .stylesheets_by_grammar
                    .entry(grammar.to_owned())
                    .or_default();
                health.files += 1;
                health.parsed_cleanly += usize::from(file.parsed_cleanly);
            }
            if file.parsed_cleanly {
                summary.files_parsed_cleanly += 1;
            }
            summary.declarations += file.declarations.len();
            for declaration in &file.declarations {
                *by_syntax.entry(declaration.origin.syntax).or_default() += 1;
                *by_value_type
                    .entry(declaration.value.type_name())
                    .or_default() += 1;
                note_value(&declaration.value, &mut colors, &mut lengths);
            }
            for token in &file.tokens {
                *by_token_kind.entry(token.kind).or_default() += 1;
                note_value(&token.value, &mut colors, &mut lengths);
            }
            for problem in &file.problems {
                let severity = match problem.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                };
                *by_severity.entry(severity).or_default() += 1;
            }
        }
        summary.files_by_kind = named(by_kind);
        summary.declarations_by_syntax = named(by_syntax);
        summary.declarations_by_value_type = named(by_value_type);
        summary.tokens_by_kind = named(by_token_kind);
        summary.problems_by_severity = named(by_severity);
        summary.distinct_colors = colors.len();
        summary.distinct_lengths = lengths.len();
        summary
    }
}

/// Adds a colour or length value to the distinct values seen.
fn note_value<'a>(
    value: &'a Value,
    colors: &mut BTreeSet<[i32; 4]>,
    lengths: &mut BTreeSet<LengthKey<'a>>,
) {
    match value {
        Value::Color { oklab } => {
            colors.insert([
                quantise(oklab.l),
                quantise(oklab.a),
                quantise(oklab.b),
                quantise(oklab.alpha),
            ]);
        }
        Value::Length(length) => {
            lengths.insert(match length.px {
                #[allow(clippy::cast_possible_truncation)] // Lengths are far below 2^53 px.
                Some(px) => LengthKey::Px((px * 1000.0).round() as i64),
                None => LengthKey::Relative(length.number.to_bits(), length.unit.as_str()),
            });
        }
        _ => {}
    }
}

fn quantise(component: f32) -> i32 {
    // Colours within a thousandth in every OKLab axis are the same colour to a person.
    #[allow(clippy::cast_possible_truncation)] // Components are within ±2, so the product fits.
    let quantised = (component * 1000.0).round() as i32;
    quantised
}

/// Counts keyed by the name serde gives each key (kebab-case for the model's enums).
fn named<T: Serialize>(counts: BTreeMap<T, usize>) -> BTreeMap<String, usize> {
    counts
        .into_iter()
        .map(|(key, count)| {
            let name = serde_json::to_value(&key)
                .ok()
                .and_then(|json| json.as_str().map(str::to_owned))
                .unwrap_or_default();
            (name, count)
        })
        .collect()
}
