//! The rule registry: each rule's name, default level, fix kind and documentation, and how a
//! configured run calls it.

pub(crate) mod interaction_mismatch;
pub(crate) mod no_duplicate_declaration_block;
pub(crate) mod no_near_duplicate_value;
pub(crate) mod no_raw_value;
pub(crate) mod no_unknown_token;
pub(crate) mod pattern_drift;
pub(crate) mod unused_suppression;

use rayon::prelude::*;
use rebrand_config::{Level, RuleSetting};

use crate::context::Context;
use crate::diagnostic::LintDiagnostic;

/// What a rule is, for `rebrand rules` and SARIF.
#[derive(Debug, Clone, Copy)]
pub struct RuleMeta {
    /// The stable name, also the SARIF rule id.
    pub name: &'static str,
    /// The level it runs at unless configured.
    pub default_level: Level,
    /// The most a fix of this rule can be trusted: `safe`, `unsafe`, `display-only`, or `none`.
    pub fix: &'static str,
    /// The rule's source file, whose leading `//!` comment is its documentation.
    source: &'static str,
}

impl RuleMeta {
    /// The level the rule runs at when it is selected: its default, or a warning for a rule
    /// that is off unless asked for.
    #[must_use]
    pub fn enabled_level(&self) -> Level {
        match self.default_level {
            Level::Off => Level::Warn,
            level => level,
        }
    }

    /// The documentation: the rule file's leading `//!` comment, as Markdown.
    #[must_use]
    pub fn doc(&self) -> String {
        let mut doc = String::new();
        for line in self.source.lines() {
            let Some(text) = line.strip_prefix("//!") else {
                break;
            };
            doc.push_str(text.strip_prefix(' ').unwrap_or(text));
            doc.push('\n');
        }
        doc
    }

    /// The first sentence of the documentation, after the rule's name.
    #[must_use]
    pub fn summary(&self) -> String {
        let first = self
            .doc()
            .split("\n\n")
            .next()
            .unwrap_or_default()
            .replace('\n', " ");
        first
            .split_once(": ")
            .map_or(first.clone(), |(_, summary)| summary.to_owned())
    }

    /// Where the documentation is published, for SARIF `helpUri`.
    #[must_use]
    pub fn help_uri(&self) -> String {
        format!("https://rebrand.dev/rules/{}", self.name)
    }
}

/// Every rule, in alphabetical order.
pub const RULES: [RuleMeta; 7] = [
    RuleMeta {
        name: interaction_mismatch::NAME,
        default_level: Level::Warn,
        fix: "none",
        source: include_str!("interaction_mismatch.rs"),
    },
    RuleMeta {
        name: no_duplicate_declaration_block::NAME,
        default_level: Level::Warn,
        fix: "none",
        source: include_str!("no_duplicate_declaration_block.rs"),
    },
    // Off until asked for: judged on real code, near colours were mostly chosen on purpose (an
    // email's inline copy of a palette colour, a brand's own colours in a preview).
    RuleMeta {
        name: no_near_duplicate_value::NAME,
        default_level: Level::Off,
        fix: "unsafe",
        source: include_str!("no_near_duplicate_value.rs"),
    },
    RuleMeta {
        name: no_raw_value::NAME,
        default_level: Level::Warn,
        fix: "safe",
        source: include_str!("no_raw_value.rs"),
    },
    RuleMeta {
        name: no_unknown_token::NAME,
        default_level: Level::Error,
        fix: "none",
        source: include_str!("no_unknown_token.rs"),
    },
    // Off until patterns are ones a designer would sign: judged on real code, its findings were
    // variants someone chose far more often than slips (see the rule's documentation).
    RuleMeta {
        name: pattern_drift::NAME,
        default_level: Level::Off,
        fix: "unsafe",
        source: include_str!("pattern_drift.rs"),
    },
    RuleMeta {
        name: unused_suppression::NAME,
        default_level: Level::Warn,
        fix: "safe",
        source: include_str!("unused_suppression.rs"),
    },
];

/// The metadata of a rule by name.
#[must_use]
pub fn rule(name: &str) -> Option<&'static RuleMeta> {
    RULES.iter().find(|meta| meta.name == name)
}

/// The configured level of a rule.
fn level_of<O>(setting: Option<&RuleSetting<O>>, name: &str) -> Level {
    setting.map_or_else(
        || rule(name).map_or(Level::Warn, |meta| meta.default_level),
        |setting| setting.level,
    )
}

/// Turns on the named rules that the configuration turns off, at their default level: a rule
/// selected on the command line (`--select`, `--extend-select`) runs whatever the file says.
pub fn enable_rules(rules: &mut rebrand_config::RulesConfig, names: &[String]) {
    fn enable<O: Default>(setting: &mut Option<RuleSetting<O>>, name: &str) {
        let level = rule(name).map_or(Level::Warn, RuleMeta::enabled_level);
        match setting {
            Some(setting) if setting.level == Level::Off => setting.level = level,
            Some(_) => {}
            None => {
                *setting = Some(RuleSetting {
                    level,
                    options: O::default(),
                });
            }
        }
    }
    for name in names {
        match name.as_str() {
            no_raw_value::NAME => enable(&mut rules.no_raw_value, name),
            no_near_duplicate_value::NAME => enable(&mut rules.no_near_duplicate_value, name),
            pattern_drift::NAME => enable(&mut rules.pattern_drift, name),
            no_unknown_token::NAME => enable(&mut rules.no_unknown_token, name),
            interaction_mismatch::NAME => enable(&mut rules.interaction_mismatch, name),
            no_duplicate_declaration_block::NAME => {
                enable(&mut rules.no_duplicate_declaration_block, name);
            }
            unused_suppression::NAME => enable(&mut rules.unused_suppression, name),
            _ => {}
        }
    }
}

/// A rule's configured options, or its defaults.
fn options_of<O: Clone + Default>(setting: Option<&RuleSetting<O>>) -> O {
    setting
        .map(|setting| setting.options.clone())
        .unwrap_or_default()
}

/// A rule ready to run: its level and its check with options bound.
type Runner<'a> = (Level, Box<dyn Fn() -> Vec<LintDiagnostic> + Sync + 'a>);

/// One rule's runner: its configured level, and its check with its configured options.
fn runner<'r, O: Clone + Default + Sync>(
    context: &'r Context<'_>,
    setting: Option<&'r RuleSetting<O>>,
    name: &str,
    check: fn(&Context<'_>, &O) -> Vec<LintDiagnostic>,
) -> Runner<'r> {
    (
        level_of(setting, name),
        Box::new(move || check(context, &options_of(setting))),
    )
}

/// Runs every enabled rule, in parallel on the current rayon pool (rules only read the shared
/// context); each finding carries its rule's configured level.
pub(crate) fn run_all(context: &Context<'_>) -> Vec<LintDiagnostic> {
    let rules = &context.input.config.rules;
    let runners: Vec<Runner<'_>> = vec![
        runner(
            context,
            rules.no_raw_value.as_ref(),
            no_raw_value::NAME,
            no_raw_value::check,
        ),
        runner(
            context,
            rules.no_near_duplicate_value.as_ref(),
            no_near_duplicate_value::NAME,
            no_near_duplicate_value::check,
        ),
        runner(
            context,
            rules.pattern_drift.as_ref(),
            pattern_drift::NAME,
            pattern_drift::check,
        ),
        runner(
            context,
            rules.no_unknown_token.as_ref(),
            no_unknown_token::NAME,
            no_unknown_token::check,
        ),
        runner(
            context,
            rules.interaction_mismatch.as_ref(),
            interaction_mismatch::NAME,
            interaction_mismatch::check,
        ),
        runner(
            context,
            rules.no_duplicate_declaration_block.as_ref(),
            no_duplicate_declaration_block::NAME,
            no_duplicate_declaration_block::check,
        ),
    ];
    // One job per rule: the rules take from 1 to 50 ms, and rayon's halving would otherwise
    // give one worker three of them in a row while the other waits.
    runners
        .par_iter()
        .with_max_len(1)
        .filter(|(level, _)| *level != Level::Off)
        .flat_map_iter(|(level, check)| {
            check().into_iter().map(move |mut finding| {
                finding.level = if finding.notice {
                    (*level).min(Level::Warn)
                } else {
                    *level
                };
                finding
            })
        })
        .collect()
}
