//! The `rebrand.json` (or `rebrand.jsonc`) configuration: rule levels and options, include and
//! exclude globs, token sources and pattern thresholds; and the theme migration file of
//! `rebrand apply`.
//!
//! Invariant: a configuration either parses completely or yields one [`ConfigError`] whose range
//! points at the offending text of the file the user wrote; unknown keys are errors, never
//! silently ignored. This crate reads no files: the CLI finds and reads the file and hands the
//! text here. It is an API boundary: the JSON Schema committed at `rebrand.schema.json` is
//! generated from these types ([`json_schema`]) and a test keeps the two equal.

mod jsonc;
mod migration;
mod rules;

use rebrand_text::TextRange;
use schemars::JsonSchema;
use serde::Deserialize;

pub use jsonc::blank_jsonc;
pub use migration::{
    migration_json_schema, Case, Migration, Naming, NamingRule, PatternChange, Theme, TokenSource,
    Tolerance,
};
pub use rules::{
    DuplicateBlockOptions, InteractionMismatchOptions, Level, NearDuplicateOptions,
    NoRawValueOptions, PatternDriftOptions, RuleSetting, RulesConfig, UnknownTokenOptions,
    UnusedSuppressionOptions,
};

/// File names searched for, in this order, in each directory from the working directory up.
pub const CONFIG_FILE_NAMES: [&str; 2] = ["rebrand.json", "rebrand.jsonc"];

/// The whole configuration file.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[schemars(title = "rebrand configuration")]
pub struct Config {
    /// The JSON Schema this file follows, for editors.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// Only analyse files matching these globs, matched against each path relative to the
    /// analysed directory (`src/**`).
    #[serde(default)]
    pub include: Vec<String>,
    /// Skip files matching these globs, matched like `include` (`**/*.stories.tsx`).
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Root font size in px, which sizes `rem` (default 16).
    #[serde(default)]
    #[schemars(range(min = 1.0))]
    pub root_font_size: Option<f64>,
    /// Files that define the design tokens (DTCG `.tokens.json`, CSS or SCSS with custom
    /// properties or variables, Tailwind `@theme` CSS), relative to the configuration file. They
    /// are analysed even when outside the analysed paths. When set, only tokens defined in these
    /// files are suggested by `no-raw-value`; when empty, every token found in the project is.
    #[serde(default)]
    pub tokens: Vec<String>,
    /// How interaction patterns are found.
    #[serde(default)]
    pub patterns: PatternsConfig,
    /// Rule levels and options, by rule name.
    #[serde(default)]
    pub rules: RulesConfig,
}

/// Pattern discovery thresholds.
#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct PatternsConfig {
    /// Minimum look similarity (Jaccard of normalised `property=value` sets, 0 to 1) between
    /// every two member groups of a pattern.
    #[serde(default = "default_similarity")]
    #[schemars(range(min = 0.0, max = 1.0))]
    pub similarity: f64,
    /// Minimum members for a pattern to be reported.
    #[serde(default = "default_min_members")]
    #[schemars(range(min = 1))]
    pub min_members: usize,
}

impl Default for PatternsConfig {
    fn default() -> Self {
        Self {
            similarity: default_similarity(),
            min_members: default_min_members(),
        }
    }
}

fn default_similarity() -> f64 {
    0.6
}

fn default_min_members() -> usize {
    2
}

/// A configuration that could not be read, with where.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigError {
    /// What is wrong and what to do.
    pub message: String,
    /// The offending text in the file.
    pub range: TextRange,
}

impl Config {
    /// Parses a `rebrand.json`/`rebrand.jsonc` text (comments and trailing commas allowed) and
    /// checks what the types cannot.
    pub fn parse(text: &str) -> Result<Self, ConfigError> {
        let blanked = blank_jsonc(text);
        let config: Self = serde_json::from_str(&blanked).map_err(|error| ConfigError {
            message: error_message(&error),
            range: error_range(&blanked, error.line(), error.column()),
        })?;
        config.check(&blanked)?;
        Ok(config)
    }

    /// Range checks serde cannot express, pointed at the value's key.
    fn check(&self, text: &str) -> Result<(), ConfigError> {
        let fail = |key: &str, message: String| ConfigError {
            message,
            range: key_range(text, key),
        };
        if !(0.0..=1.0).contains(&self.patterns.similarity) {
            return Err(fail(
                "similarity",
                format!(
                    "`patterns.similarity` must be between 0 and 1, not {}",
                    self.patterns.similarity
                ),
            ));
        }
        if self.patterns.min_members == 0 {
            return Err(fail(
                "minMembers",
                "`patterns.minMembers` must be at least 1".to_owned(),
            ));
        }
        if let Some(size) = self.root_font_size.filter(|size| *size <= 0.0) {
            return Err(fail(
                "rootFontSize",
                format!("`rootFontSize` must be a positive number of px, not {size}"),
            ));
        }
        Ok(())
    }
}

/// serde's message without its " at line L column C" suffix: the span says where.
fn error_message(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let trimmed = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(head, _)| head);
    format!("invalid rebrand configuration: {trimmed}")
}

/// The token at `serde_json`'s one-based line and byte column: from the column to the end of the
/// word or string, at least one byte.
fn error_range(text: &str, line: usize, column: usize) -> TextRange {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    // serde_json reports the column of the last byte it read; step back to the token's start.
    let mut end = (line_start + column).min(text.len());
    let mut start = end.saturating_sub(1);
    let bytes = text.as_bytes();
    if bytes.get(start) == Some(&b'"') && start > line_start {
        // A string: serde stopped after its closing quote; find the opening one.
        if let Some(open) = text[line_start..start].rfind('"') {
            start = line_start + open;
        }
    } else {
        while start > line_start && is_word_byte(bytes[start - 1]) {
            start -= 1;
        }
        while end < bytes.len() && is_word_byte(bytes[end]) {
            end += 1;
        }
    }
    if start >= end {
        end = (start + 1).min(text.len());
    }
    TextRange::from_usize(start, end)
}

fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'-' | b'.')
}

/// The quoted key `"name"` in the text, for checks made after parsing.
fn key_range(text: &str, key: &str) -> TextRange {
    let quoted = format!("\"{key}\"");
    text.find(&quoted).map_or(TextRange::empty(0), |start| {
        TextRange::from_usize(start, start + quoted.len())
    })
}

/// The JSON Schema of the configuration file, pretty-printed, as committed at
/// `rebrand.schema.json`.
#[must_use]
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Config);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serialises");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests;
