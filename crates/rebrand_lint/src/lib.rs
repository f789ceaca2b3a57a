//! Design-drift lint rules over rebrand's facts, links and patterns: raw values where tokens
//! exist, near-duplicate values, drift from a pattern's consensus, unknown tokens, interaction
//! mismatches and repeated declaration blocks; with suppression comments, fixes that carry an
//! applicability, and fingerprints for baselines.
//!
//! Invariant: [`lint`] is a pure function of its input: no I/O, no printing, and its findings
//! come out sorted by file, range and rule, each with a fingerprint that depends on the rule,
//! the file, the message and the text at fault, never on line numbers. It is an API boundary:
//! every output format and `--fix` work from [`LintDiagnostic`] alone.

mod baseline;
mod context;
mod diagnostic;
mod rewrite;
mod rules;
mod sass_scope;
mod suppression;
mod tokens;

use std::borrow::Cow;
use std::collections::HashMap;

use rayon::prelude::*;
use rebrand_config::Level;
use rebrand_facts::Severity;
use rebrand_text::LineIndex;

pub use baseline::{Baseline, BaselineEntry, BASELINE_VERSION};
pub use context::LintInput;
pub use diagnostic::{level_name, Applicability, Fix, LintDiagnostic, Related};
pub use rules::{enable_rules, rule, RuleMeta, RULES};

use crate::context::Context;

/// Runs every enabled rule, turns each file's parse and read problems into findings, applies
/// suppression comments, reports the unused ones, and fingerprints the result.
#[must_use]
pub fn lint(input: &LintInput<'_>) -> Vec<LintDiagnostic> {
    let context = Context::new(input);
    let mut findings = rules::run_all(&context);
    findings.extend(problems(&context));
    // Every source is searched for suppression comments; in parallel, as that reads the whole
    // project's text.
    let mut suppressions: HashMap<_, _> = input
        .sources
        .par_iter()
        .enumerate()
        .filter(|(_, text)| text.contains("rebrand-"))
        .map(|(index, text)| {
            let lines = LineIndex::new(text);
            let found = suppression::scan(text, &lines);
            (context.paths[index].clone(), (index, lines, found))
        })
        .collect();
    findings.retain(|finding| {
        let Some((index, lines, found)) = suppressions.get_mut(&finding.file) else {
            return true;
        };
        let line = lines
            .line_column(context.source(*index), finding.range.start)
            .line;
        match found
            .iter_mut()
            .find(|suppression| suppression.covers(&finding.rule, line))
        {
            Some(suppression) => {
                suppression.used = true;
                false
            }
            None => true,
        }
    });
    let setting = input.config.rules.unused_suppression.as_ref();
    let level = setting.map_or(Level::Warn, |setting| setting.level);
    let require_reason = setting.is_some_and(|setting| setting.options.require_reason);
    if level != Level::Off {
        let mut files: Vec<_> = suppressions.iter().collect();
        files.sort_by(|left, right| left.0.cmp(right.0));
        for (path, (_, _, found)) in files {
            for suppression in found {
                let names_unknown = suppression.rules.iter().any(|name| rule(name).is_none());
                let finding = if !suppression.used || names_unknown {
                    Some(rules::unused_suppression::finding(path, suppression))
                } else if require_reason && suppression.reason.is_none() {
                    Some(rules::unused_suppression::without_reason(path, suppression))
                } else {
                    None
                };
                if let Some(mut finding) = finding {
                    finding.level = level;
                    findings.push(finding);
                }
            }
        }
    }
    findings.sort_by(|left, right| {
        (
            &left.file,
            left.range.start,
            left.range.end,
            &left.rule,
            &left.message,
        )
            .cmp(&(
                &right.file,
                right.range.start,
                right.range.end,
                &right.rule,
                &right.message,
            ))
    });
    baseline::fingerprint_all(&mut findings, &context);
    findings
}

/// Each file's read and parse problems, as findings of their own code (`parse/css`).
fn problems(context: &Context<'_>) -> Vec<LintDiagnostic> {
    context
        .files()
        .iter()
        .enumerate()
        .flat_map(|(index, file)| {
            file.problems.iter().map(move |problem| LintDiagnostic {
                rule: Cow::Owned(problem.code.clone()),
                level: match problem.severity {
                    Severity::Error => Level::Error,
                    Severity::Warning => Level::Warn,
                },
                file: context.paths[index].clone(),
                range: problem.range,
                message: problem.message.clone(),
                help: problem.help.clone(),
                related: Vec::new(),
                fix: None,
                fingerprint: String::new(),
                notice: false,
            })
        })
        .collect()
}
