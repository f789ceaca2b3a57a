//! Which findings are reported: the path classes (`--include-class`), the rules (`--select`,
//! `--ignore`), and `--statistics`, the count per rule.

use std::fmt::Write as _;

use crate::analyze::Analysis;

/// The path classes whose findings are reported: `source` always, the rest when asked.
pub fn reported_classes(included: &[String]) -> Result<Vec<rebrand_facts::PathClass>, String> {
    use rebrand_facts::PathClass;
    let mut classes = vec![PathClass::Source];
    for name in included {
        if name == "all" {
            return Ok(PathClass::ALL.to_vec());
        }
        let class = PathClass::ALL
            .iter()
            .find(|class| class.as_str() == name)
            .ok_or_else(|| {
                format!("`--include-class {name}`: the path classes are test, fixture, story, example, docs, generated, vendored and all")
            })?;
        classes.push(*class);
    }
    Ok(classes)
}

/// Checks the rule names given to `--select` and `--ignore`.
pub fn check_rule_names(names: &[String]) -> Result<(), String> {
    for name in names {
        if !rebrand_lint::RULES.iter().any(|rule| rule.name == name) {
            let known: Vec<&str> = rebrand_lint::RULES.iter().map(|rule| rule.name).collect();
            return Err(format!(
                "`{name}` is not a rule; the rules are {}",
                known.join(", ")
            ));
        }
    }
    Ok(())
}

/// The findings `--select` and `--ignore` keep.
pub fn selected(
    findings: Vec<rebrand_lint::LintDiagnostic>,
    select: &[String],
    extend_select: &[String],
    ignore: &[String],
) -> Vec<rebrand_lint::LintDiagnostic> {
    let named = |rules: &[String], finding: &rebrand_lint::LintDiagnostic| {
        rules.iter().any(|rule| *rule == finding.rule)
    };
    findings
        .into_iter()
        .filter(|finding| {
            (select.is_empty() || named(select, finding) || named(extend_select, finding))
                && !named(ignore, finding)
        })
        .collect()
}

/// `--statistics`: findings per rule, most first, with how many `--fix` would fix.
pub fn statistics(findings: &[rebrand_lint::LintDiagnostic]) -> String {
    let mut counts: std::collections::BTreeMap<&str, (usize, usize)> =
        std::collections::BTreeMap::new();
    for finding in findings {
        let entry = counts.entry(&finding.rule).or_default();
        entry.0 += 1;
        let safe = finding
            .fix
            .as_ref()
            .is_some_and(|fix| fix.applicability == rebrand_lint::Applicability::Safe);
        entry.1 += usize::from(safe);
    }
    let mut rows: Vec<(&str, (usize, usize))> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then_with(|| a.0.cmp(b.0)));
    let mut text = String::new();
    for (rule, (count, fixable)) in rows {
        let fixable = if fixable > 0 {
            format!("  ({fixable} fixable)")
        } else {
            String::new()
        };
        let _ = writeln!(text, "{count:>7}  {rule}{fixable}");
    }
    text
}

/// What the report leaves out: findings in files of other path classes, and in files no entry
/// point reaches.
#[derive(Debug, Clone, Copy, Default)]
pub struct Unreported {
    pub other_classes: usize,
    pub unreachable: usize,
}

/// The findings in files of `classes` that an entry point reaches (or all, with
/// `include_unreachable`), and how many others there were.
pub fn of_classes(
    analysis: &Analysis,
    findings: Vec<rebrand_lint::LintDiagnostic>,
    classes: &[rebrand_facts::PathClass],
    include_unreachable: bool,
) -> (Vec<rebrand_lint::LintDiagnostic>, Unreported) {
    let mut unreported = Unreported::default();
    let kept: Vec<_> = findings
        .into_iter()
        .filter(|finding| {
            // A finding about the project as a whole (no file of its own) is always reported.
            let Some(index) = analysis.file_index(&finding.file) else {
                return true;
            };
            if !classes.contains(&rebrand_facts::PathClass::of(&finding.file)) {
                unreported.other_classes += 1;
                return false;
            }
            if !include_unreachable && !analysis.links.scope.is_live(index) {
                unreported.unreachable += 1;
                return false;
            }
            true
        })
        .collect();
    (kept, unreported)
}

/// Says what the rules could not check (`rebrand_lint::LintDiagnostic::notice`), one note each.
pub fn note_notices(notices: &[rebrand_lint::LintDiagnostic], quiet: bool) {
    if quiet {
        return;
    }
    for notice in notices {
        let help = notice
            .help
            .as_deref()
            .map(|help| format!(" ({help})"))
            .unwrap_or_default();
        eprintln!(
            "note: {}: {}: {}{help}",
            notice.rule, notice.file, notice.message
        );
    }
}

/// Says how many findings the path classes kept out of the report.
pub fn note_unreported(unreported: Unreported, quiet: bool) {
    if quiet {
        return;
    }
    if unreported.unreachable > 0 {
        eprintln!(
            "note: {} in files no entry point imports (dead code: only tests, or nothing, load them) {} not reported; --include-unreachable reports them",
            crate::counted(unreported.unreachable, "finding", "findings"),
            if unreported.unreachable == 1 { "is" } else { "are" }
        );
    }
    let unreported = unreported.other_classes;
    if unreported > 0 {
        eprintln!(
            "note: {} in tests, fixtures, stories, examples, docs, generated or vendored files {} not reported; --include-class CLASS (or all) reports them",
            crate::counted(unreported, "finding", "findings"),
            if unreported == 1 { "is" } else { "are" }
        );
    }
}
