//! Renders an analysis for people: each finding as a miette diagnostic pointing at its source,
//! then the unresolved class references and the summary.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use rebrand_lint::LintDiagnostic;

use crate::analyze::Analysis;
use crate::discover::SourcePath;

/// How the pretty report looks.
#[derive(Debug, Clone, Copy)]
pub struct PrettyOptions {
    /// Whether to use colour.
    pub color: bool,
    /// Terminal width for wrapping.
    pub width: usize,
}

/// Renders every finding (rule findings and parse problems), the unresolved class references
/// and the summary, as pieces to be written in order.
pub fn render_pretty(
    analysis: &Analysis,
    findings: &[LintDiagnostic],
    sources: &[SourcePath],
    options: PrettyOptions,
) -> Vec<String> {
    let paths: BTreeMap<&str, &Path> = sources
        .iter()
        .map(|source| (source.display.as_str(), source.path.as_path()))
        .collect();
    let mut pieces = crate::findings::render(analysis, findings, options);
    let mut tail = String::new();
    render_unresolved(&mut tail, analysis, &paths);
    tail.push_str(&render_summary(analysis));
    tail.push_str(&crate::findings::render_totals(findings));
    pieces.push(tail);
    pieces
}

/// Unresolved class references shown with their place; the rest are counted by reason in the
/// summary and all are in the JSON output.
const UNRESOLVED_SHOWN: usize = 10;

fn render_unresolved(out: &mut String, analysis: &Analysis, paths: &BTreeMap<&str, &Path>) {
    let unresolved = &analysis.links.resolution.unresolved;
    if unresolved.is_empty() {
        return;
    }
    let _ = writeln!(out, "unresolved class references:");
    let mut texts: BTreeMap<&str, String> = BTreeMap::new();
    for reference in unresolved.iter().take(UNRESOLVED_SHOWN) {
        let text = texts.entry(reference.file.as_str()).or_insert_with(|| {
            paths
                .get(reference.file.as_str())
                .and_then(|path| std::fs::read_to_string(path).ok())
                .unwrap_or_default()
        });
        let position = rebrand_text::LineIndex::new(text).line_column(text, reference.range.start);
        let _ = writeln!(
            out,
            "  {}:{}:{} `{}`: {}",
            reference.file,
            position.line,
            position.column + 1,
            reference.class,
            reference.reason
        );
    }
    if unresolved.len() > UNRESOLVED_SHOWN {
        let _ = writeln!(
            out,
            "  … and {} more (every one is in `--format json`, under links.resolution)",
            unresolved.len() - UNRESOLVED_SHOWN
        );
    }
    out.push('\n');
}

fn join_counts(counts: &BTreeMap<String, usize>) -> String {
    if counts.is_empty() {
        return "none".to_owned();
    }
    counts
        .iter()
        .map(|(name, count)| format!("{name} {count}"))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The summary block of the pretty report.
#[must_use]
pub fn render_summary(analysis: &Analysis) -> String {
    let summary = &analysis.summary;
    let mut out = String::new();
    let _ = writeln!(out, "rebrand analyze: {} files", summary.files);
    let _ = writeln!(
        out,
        "  files          {}",
        join_counts(&summary.files_by_kind)
    );
    if !summary.files_by_path_class.is_empty() {
        let _ = writeln!(
            out,
            "  not source     {} (their global rules reach no source element)",
            join_counts(&summary.files_by_path_class)
        );
    }
    if summary.special_files_skipped > 0 {
        let _ = writeln!(
            out,
            "  skipped        {} named pipes, sockets or devices (never opened)",
            summary.special_files_skipped
        );
    }
    let _ = writeln!(
        out,
        "  declarations   {} ({})",
        summary.declarations,
        join_counts(&summary.declarations_by_syntax)
    );
    let _ = writeln!(
        out,
        "  value types    {}",
        join_counts(&summary.declarations_by_value_type)
    );
    let _ = writeln!(
        out,
        "  tokens         {}",
        join_counts(&summary.tokens_by_kind)
    );
    let _ = writeln!(
        out,
        "  distinct       {} colours · {} lengths",
        summary.distinct_colors, summary.distinct_lengths
    );
    if !summary.stylesheets_by_grammar.is_empty() {
        let grammars: Vec<String> = summary
            .stylesheets_by_grammar
            .iter()
            .map(|(grammar, health)| {
                format!(
                    "{grammar} {}/{} ({:.1}%)",
                    health.parsed_cleanly,
                    health.files,
                    health.clean_share() * 100.0
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "  parsed         {} stylesheets with no error node",
            grammars.join(" · ")
        );
    }
    if summary.class_references > 0 {
        let _ = writeln!(
            out,
            "  class links    {}/{} class references resolved ({:.1}%) · {} styled elements ({} with no decorative look, in no pattern)",
            summary.class_references_resolved,
            summary.class_references,
            analysis.links.resolution.share() * 100.0,
            summary.styled_elements,
            summary.unstyled_elements
        );
        let mut reasons: BTreeMap<&str, usize> = BTreeMap::new();
        for unresolved in &analysis.links.resolution.unresolved {
            *reasons.entry(unresolved.reason.as_str()).or_default() += 1;
        }
        for (reason, count) in reasons {
            let _ = writeln!(out, "                 {count} unresolved: {reason}");
        }
    }
    if summary.patterns > 0 {
        let largest: Vec<String> = summary
            .largest_patterns
            .iter()
            .map(|(id, name, members)| format!("{name} ×{members} ({})", &id[..6]))
            .collect();
        let _ = writeln!(
            out,
            "  patterns       {} · largest: {}",
            summary.patterns,
            largest.join(" · ")
        );
    }
    let _ = writeln!(
        out,
        "  problems       {}",
        join_counts(&summary.problems_by_severity)
    );
    out
}
