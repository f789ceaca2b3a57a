//! Findings for machines: SARIF 2.1.0 (code scanning), GitHub Actions workflow commands and
//! GitLab Code Quality JSON. Paths are repository-relative; positions are one-based lines and
//! UTF-16 columns, as all three expect.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::sync::Arc;

use rebrand_config::Level;
use rebrand_lint::{Applicability, LintDiagnostic, RULES};
use rebrand_text::{LineIndex, TextRange};
use rustc_hash::FxHashMap;
use serde_json::{json, Value};

use crate::analyze::Analysis;

/// One-based start and end positions of ranges, by file, with each file's line index built once.
pub struct Positions<'a> {
    analysis: &'a Analysis,
    indexes: FxHashMap<&'a str, (usize, Arc<LineIndex>)>,
}

/// A range as one-based line and column numbers.
#[derive(Debug, Clone, Copy)]
pub struct Region {
    pub start_line: u32,
    pub start_column: u32,
    pub end_line: u32,
    pub end_column: u32,
}

impl<'a> Positions<'a> {
    pub fn new(analysis: &'a Analysis) -> Self {
        Self {
            analysis,
            indexes: FxHashMap::default(),
        }
    }

    /// The file's position in the analysis (`usize::MAX` when it has none) and its line index,
    /// shared with whoever else quotes the file.
    pub fn line_index(&mut self, file: &'a str) -> (usize, Arc<LineIndex>) {
        let (index, lines) = self.entry(file);
        (*index, Arc::clone(lines))
    }

    fn entry(&mut self, file: &'a str) -> &(usize, Arc<LineIndex>) {
        let analysis = self.analysis;
        self.indexes.entry(file).or_insert_with(|| {
            let index = analysis.file_index(file).unwrap_or(usize::MAX);
            (index, analysis.line_index(index))
        })
    }

    pub fn region(&mut self, file: &'a str, range: TextRange) -> Region {
        let analysis = self.analysis;
        let (index, lines) = self.entry(file);
        let text = analysis.sources.get(*index).map_or("", |text| &**text);
        let start = lines.line_column(text, range.start.min(text.len() as u32));
        let end = lines.line_column(text, range.end.min(text.len() as u32));
        Region {
            start_line: start.line,
            start_column: start.column_utf16 + 1,
            end_line: end.line,
            end_column: end.column_utf16 + 1,
        }
    }
}

/// `path` as a URI reference relative to the repository root.
fn uri(prefix: &str, path: &str) -> String {
    let mut encoded = String::new();
    for character in format!("{prefix}{path}").chars() {
        match character {
            ' ' => encoded.push_str("%20"),
            '%' => encoded.push_str("%25"),
            '#' => encoded.push_str("%23"),
            '?' => encoded.push_str("%3F"),
            other => encoded.push(other),
        }
    }
    encoded
}

fn sarif_level(level: Level) -> &'static str {
    match level {
        Level::Error => "error",
        Level::Warn => "warning",
        Level::Off => "none",
    }
}

fn region_json(region: Region) -> Value {
    json!({
        "startLine": region.start_line,
        "startColumn": region.start_column,
        "endLine": region.end_line,
        "endColumn": region.end_column,
    })
}

/// The SARIF 2.1.0 log of the findings. `prefix` turns analysed paths into repository-relative
/// ones (`apps/web/` when `apps/web` was analysed).
pub fn sarif(analysis: &Analysis, findings: &[LintDiagnostic], prefix: &str) -> String {
    let mut rule_ids: Vec<String> = RULES.iter().map(|meta| meta.name.to_owned()).collect();
    let extra: BTreeSet<&str> = findings
        .iter()
        .map(|finding| finding.rule.as_ref())
        .filter(|rule| rebrand_lint::rule(rule).is_none())
        .collect();
    rule_ids.extend(extra.iter().map(|&rule| rule.to_owned()));
    let rules: Vec<Value> = rule_ids
        .iter()
        .map(|id| match rebrand_lint::rule(id) {
            Some(meta) => json!({
                "id": meta.name,
                "name": meta.name,
                "shortDescription": { "text": meta.summary() },
                "fullDescription": { "text": meta.summary() },
                "help": { "text": meta.doc(), "markdown": meta.doc() },
                "helpUri": meta.help_uri(),
                "defaultConfiguration": { "level": sarif_level(meta.default_level) },
                "properties": { "fix": meta.fix },
            }),
            None => json!({
                "id": id,
                "name": id,
                "shortDescription": { "text": format!("A file could not be read or parsed ({id}).") },
                "defaultConfiguration": { "level": "error" },
            }),
        })
        .collect();
    let mut positions = Positions::new(analysis);
    let results: Vec<Value> = findings
        .iter()
        .map(|finding| sarif_result(finding, &rule_ids, &mut positions, prefix))
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "rebrand",
                    "informationUri": "https://rebrand.dev",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            },
            "columnKind": "utf16CodeUnits",
            // Every result's `uri` is relative to the repository's top level; a consumer that
            // knows where it checked the repository out resolves them there.
            "originalUriBaseIds": {
                "%SRCROOT%": {
                    "description": { "text": "The top level of the repository the analysed files belong to." }
                }
            },
            "results": results,
        }]
    });
    let mut text = serde_json::to_string_pretty(&log).unwrap_or_default();
    text.push('\n');
    text
}

/// Escapes workflow-command data (`%`, CR, LF) and, for properties, `:` and `,`.
fn escape(text: &str, property: bool) -> String {
    let mut escaped = text
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    if property {
        escaped = escaped.replace(':', "%3A").replace(',', "%2C");
    }
    escaped
}

/// One line per finding, `path:line:col: rule message`, then a count: for people who scan.
pub fn concise(analysis: &Analysis, findings: &[LintDiagnostic]) -> String {
    let mut positions = Positions::new(analysis);
    let mut out = String::new();
    let mut errors = 0;
    for finding in findings {
        let region = positions.region(&finding.file, finding.range);
        errors += usize::from(finding.level == Level::Error);
        let _ = writeln!(
            out,
            "{}:{}:{}: {} {}",
            finding.file, region.start_line, region.start_column, finding.rule, finding.message
        );
    }
    let plural = crate::counted;
    if findings.is_empty() {
        out.push_str("No findings.\n");
    } else {
        let _ = writeln!(
            out,
            "Found {} ({}, {}).",
            plural(findings.len(), "finding", "findings"),
            plural(errors, "error", "errors"),
            plural(findings.len() - errors, "warning", "warnings")
        );
    }
    out
}

/// GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
pub fn github(analysis: &Analysis, findings: &[LintDiagnostic], prefix: &str) -> String {
    let mut positions = Positions::new(analysis);
    let mut out = String::new();
    for finding in findings {
        let region = positions.region(&finding.file, finding.range);
        let command = if finding.level == Level::Error {
            "error"
        } else {
            "warning"
        };
        let mut message = finding.message.clone();
        if let Some(help) = &finding.help {
            let _ = write!(message, "\n{help}");
        }
        let _ = writeln!(
            out,
            "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            escape(&format!("{prefix}{}", finding.file), true),
            region.start_line,
            region.start_column,
            region.end_line,
            region.end_column,
            escape(&format!("rebrand {}", finding.rule), true),
            escape(&message, false)
        );
    }
    out
}

/// A GitLab Code Quality report (a JSON array of issues).
pub fn gitlab(analysis: &Analysis, findings: &[LintDiagnostic], prefix: &str) -> String {
    let mut positions = Positions::new(analysis);
    let issues: Vec<Value> = findings
        .iter()
        .map(|finding| {
            let region = positions.region(&finding.file, finding.range);
            json!({
                "description": finding.message,
                "check_name": finding.rule,
                "fingerprint": finding.fingerprint,
                "severity": if finding.level == Level::Error { "major" } else { "minor" },
                "location": {
                    "path": format!("{prefix}{}", finding.file),
                    "lines": { "begin": region.start_line, "end": region.end_line },
                },
            })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&issues).unwrap_or_default();
    text.push('\n');
    text
}

fn sarif_location(prefix: &str, file: &str, region: Region) -> Value {
    json!({
        "physicalLocation": {
            "artifactLocation": { "uri": uri(prefix, file), "uriBaseId": "%SRCROOT%" },
            "region": region_json(region),
        }
    })
}

/// One SARIF result: the finding, its help in the message (so the suggested token is never
/// lost), related places, fingerprint and fix.
fn sarif_result<'a>(
    finding: &'a LintDiagnostic,
    rule_ids: &[String],
    positions: &mut Positions<'a>,
    prefix: &str,
) -> Value {
    let region = positions.region(&finding.file, finding.range);
    let mut text = finding.message.clone();
    if let Some(help) = &finding.help {
        let _ = write!(text, "\nHelp: {help}");
    }
    let mut result = json!({
        "ruleId": finding.rule,
        "ruleIndex": rule_ids.iter().position(|id| id == finding.rule.as_ref()),
        "level": sarif_level(finding.level),
        "message": { "text": text },
        "locations": [sarif_location(prefix, &finding.file, region)],
        "partialFingerprints": { "rebrandFingerprint/v1": finding.fingerprint },
    });
    if !finding.related.is_empty() {
        result["relatedLocations"] = finding
            .related
            .iter()
            .enumerate()
            .map(|(id, place)| {
                let region = positions.region(&place.file, place.range);
                let mut related = sarif_location(prefix, &place.file, region);
                related["id"] = json!(id);
                related["message"] = json!({ "text": place.message });
                related
            })
            .collect();
    }
    if let Some(fix) = &finding.fix {
        let replacements: Vec<Value> = fix
            .edits
            .iter()
            .map(|edit| {
                json!({
                    "deletedRegion": region_json(positions.region(&finding.file, edit.range)),
                    "insertedContent": { "text": edit.replacement },
                })
            })
            .collect();
        let applicability = match fix.applicability {
            Applicability::Safe => "safe",
            Applicability::Unsafe => "unsafe",
            Applicability::DisplayOnly => "display-only",
        };
        result["fixes"] = json!([{
            "description": { "text": fix.description },
            "artifactChanges": [{
                "artifactLocation": { "uri": uri(prefix, &finding.file), "uriBaseId": "%SRCROOT%" },
                "replacements": replacements,
            }],
            "properties": { "applicability": applicability },
        }]);
    }
    result
}
