//! Project-wide counts: files by kind, declarations by syntax, tokens, distinct values, parse health.

use std::collections::{BTreeMap, BTreeSet};

use rebrand_facts::{FileFacts, Severity, Value};
use serde::Serialize;

/// Counts over every analysed file.
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    /// Files analysed.
    pub files: usize,
    /// Files by kind (`tsx`, `scss`, …).
    pub files_by_kind: BTreeMap<String, usize>,
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
    /// SCSS files (plain and modules) whose tree has no error node.
    pub scss_files_parsed_cleanly: usize,
    /// SCSS files in all.
    pub scss_files: usize,
    /// Files of any kind whose parser reported no error.
    pub files_parsed_cleanly: usize,
    /// JSX elements that at least one declaration reaches.
    pub styled_elements: usize,
    /// Class references on JSX elements.
    pub class_references: usize,
    /// Class references that reach a declaration.
    pub class_references_resolved: usize,
    /// Interaction patterns found (`rebrand patterns` lists them).
    pub patterns: usize,
    /// The largest patterns: id, name and member count.
    pub largest_patterns: Vec<(String, String, usize)>,
}

impl Summary {
    /// Counts `files`.
    #[must_use]
    pub fn of(files: &[FileFacts]) -> Self {
        let mut summary = Self {
            files: files.len(),
            ..Self::default()
        };
        let mut colors = BTreeSet::new();
        let mut lengths = BTreeSet::new();
        let mut note_value = |value: &Value| match value {
            Value::Color { oklab } => {
                colors.insert([
                    quantise(oklab.l),
                    quantise(oklab.a),
                    quantise(oklab.b),
                    quantise(oklab.alpha),
                ]);
            }
            Value::Length(length) => {
                let key = match length.px {
                    Some(px) => format!("{}px", (px * 1000.0).round() / 1000.0),
                    None => format!("{}{}", length.number, length.unit),
                };
                lengths.insert(key);
            }
            _ => {}
        };
        for file in files {
            *summary
                .files_by_kind
                .entry(name_of(&file.kind))
                .or_default() += 1;
            if file.kind.is_scss() {
                summary.scss_files += 1;
                if file.parsed_cleanly {
                    summary.scss_files_parsed_cleanly += 1;
                }
            }
            if file.parsed_cleanly {
                summary.files_parsed_cleanly += 1;
            }
            summary.declarations += file.declarations.len();
            for declaration in &file.declarations {
                *summary
                    .declarations_by_syntax
                    .entry(name_of(&declaration.origin.syntax))
                    .or_default() += 1;
                *summary
                    .declarations_by_value_type
                    .entry(declaration.value.type_name().to_owned())
                    .or_default() += 1;
                note_value(&declaration.value);
            }
            for token in &file.tokens {
                *summary
                    .tokens_by_kind
                    .entry(name_of(&token.kind))
                    .or_default() += 1;
                note_value(&token.value);
            }
            for problem in &file.problems {
                let severity = match problem.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                };
                *summary
                    .problems_by_severity
                    .entry(severity.to_owned())
                    .or_default() += 1;
            }
        }
        summary.distinct_colors = colors.len();
        summary.distinct_lengths = lengths.len();
        summary
    }

    /// The share of SCSS files with no error node, if there are any SCSS files.
    #[must_use]
    pub fn scss_clean_share(&self) -> Option<f64> {
        (self.scss_files > 0)
            .then(|| self.scss_files_parsed_cleanly as f64 / self.scss_files as f64)
    }
}

fn quantise(component: f32) -> i32 {
    // Colours within a thousandth in every OKLab axis are the same colour to a person.
    #[allow(clippy::cast_possible_truncation)] // Components are within ±2, so the product fits.
    let quantised = (component * 1000.0).round() as i32;
    quantised
}

/// The kebab-case name serde gives a unit enum variant.
fn name_of<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|json| json.as_str().map(str::to_owned))
        .unwrap_or_default()
}
