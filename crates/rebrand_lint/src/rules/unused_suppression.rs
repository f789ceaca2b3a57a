//! `unused-suppression`: a suppression comment that suppressed nothing.
//!
//! ## What it does
//! After every rule has run, reports each suppression comment that matched no finding, and each
//! one that names a rule rebrand does not have. Suppressions are written
//! `rebrand-ignore-next-line <rule>[, <rule>]: <reason>` (the next line), a trailing
//! `rebrand-ignore <rule>: <reason>` (its own line), `rebrand-disable <rule>: <reason>` …
//! `rebrand-enable <rule>` (the lines between; to the end of the file without an `enable`) or
//! `rebrand-ignore-file <rule>: <reason>` (the whole file), in any comment: `/* */` in CSS, SCSS
//! and Less, `//` in SCSS, Less and JavaScript, `{/* */}` in JSX. Without rule names they cover
//! every rule. `rebrand analyze --add-ignore` writes one for every current finding.
//!
//! ## Why is this bad?
//! A stale suppression hides the next real finding on that line, and a misspelt rule name
//! suppresses nothing while looking as if it did.
//!
//! ## Example
//! ```css
//! /* rebrand-ignore-next-line no-raw-value: legacy banner */
//! .banner { color: var(--brand); }
//! ```
//!
//! ## Fix safety
//! Safe: the fix deletes the comment's line when the comment is alone on it (a trailing comment
//! is left for a person).
//!
//! ## Options
//! `requireReason` (default `false`): also report a suppression that gives no reason after its
//! rules, as in `"unused-suppression": { "level": "error", "options": { "requireReason": true } }`.

use std::sync::Arc;

use crate::diagnostic::{Applicability, Fix, LintDiagnostic};
use crate::rules::rule;
use crate::suppression::{Scope, Suppression};

/// The rule's name.
pub(crate) const NAME: &str = "unused-suppression";

/// A finding for a suppression that matched nothing or names an unknown rule.
pub(crate) fn finding(file: &Arc<str>, suppression: &Suppression) -> LintDiagnostic {
    let unknown: Vec<&str> = suppression
        .rules
        .iter()
        .map(String::as_str)
        .filter(|name| rule(name).is_none())
        .collect();
    let message = if unknown.is_empty() {
        let what = match suppression.scope {
            Scope::Line(_) => "its line",
            Scope::Lines(..) => "the lines it disables",
            Scope::File => "this file",
        };
        format!(
            "this suppression comment suppresses nothing: no finding of {} on {what}",
            names(&suppression.rules)
        )
    } else {
        format!(
            "this suppression comment names {}, which is no rebrand rule",
            unknown
                .iter()
                .map(|name| format!("`{name}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    LintDiagnostic::new(NAME, file, suppression.range, message)
        .with_help("remove the comment, or correct the rule name (`rebrand rules` lists them)")
        .with_fix((!suppression.removal.is_empty()).then(|| Fix {
            description: "Remove the unused suppression comment".to_owned(),
            applicability: Applicability::Safe,
            edits: suppression.removal.clone(),
        }))
}

/// A finding for a suppression that gives no reason, when the configuration requires one.
pub(crate) fn without_reason(file: &Arc<str>, suppression: &Suppression) -> LintDiagnostic {
    LintDiagnostic::new(
        NAME,
        file,
        suppression.range,
        format!(
            "this suppression of {} gives no reason, and the configuration requires one",
            names(&suppression.rules)
        ),
    )
    .with_help("say why after a colon: `rebrand-ignore-next-line no-raw-value: the logo's own red`")
}

fn names(rules: &[String]) -> String {
    if rules.is_empty() {
        "any rule".to_owned()
    } else {
        rules
            .iter()
            .map(|name| format!("`{name}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}
