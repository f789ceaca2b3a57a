//! What a rule reports: plain data that every output format (miette, JSON, SARIF, GitHub,
//! GitLab) renders, with an optional fix.

use std::borrow::Cow;
use std::sync::Arc;

use rebrand_config::Level;
use rebrand_edit::Edit;
use rebrand_text::TextRange;
use serde::Serialize;

/// How far a fix can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Applicability {
    /// The code means exactly what it meant before; `--fix` applies it.
    Safe,
    /// The result may look or behave slightly differently; only `--unsafe-fixes` applies it.
    Unsafe,
    /// Shown to the user, never applied.
    DisplayOnly,
}

/// A change that resolves a finding, in the finding's file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    /// What the fix does, for people (`Replace with var(--brand)`).
    pub description: String,
    /// How far it can be trusted.
    pub applicability: Applicability,
    /// The edits, on the file's original text.
    pub edits: Vec<Edit>,
}

/// Another place a finding refers to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Related {
    /// Its file, relative to the project.
    pub file: Arc<str>,
    /// Where in that file.
    pub range: TextRange,
    /// What it is.
    pub message: String,
}

/// One finding of one rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LintDiagnostic {
    /// The rule's name (`no-raw-value`), also its stable id in SARIF.
    pub rule: Cow<'static, str>,
    /// The level it is reported at.
    #[serde(serialize_with = "serialize_level")]
    pub level: Level,
    /// The file, relative to the project.
    pub file: Arc<str>,
    /// The exact range at fault.
    pub range: TextRange,
    /// What is wrong, and why.
    pub message: String,
    /// What to do.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// Other places that explain the finding.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
    /// A fix, when one can be written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<Fix>,
    /// A fingerprint that survives unrelated edits and line moves; set by [`crate::lint`].
    pub fingerprint: String,
    /// Whether this is what the rule could not check rather than a finding (names that a
    /// package stylesheet rebrand does not read may define): the command line prints it as a
    /// note, never as a finding, and it never fails a run.
    #[serde(skip)]
    pub notice: bool,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's `serialize_with` passes a reference.
fn serialize_level<S: serde::Serializer>(level: &Level, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(level_name(*level))
}

/// The level as configured and printed (`warn`, `error`).
#[must_use]
pub fn level_name(level: Level) -> &'static str {
    match level {
        Level::Off => "off",
        Level::Warn => "warn",
        Level::Error => "error",
    }
}

impl LintDiagnostic {
    /// A finding with no help, related places or fix yet; the level is set from the
    /// configuration when the rule's findings are collected.
    #[must_use]
    pub fn new(
        rule: &'static str,
        file: &Arc<str>,
        range: TextRange,
        message: impl Into<String>,
    ) -> Self {
        Self {
            rule: Cow::Borrowed(rule),
            level: Level::Warn,
            file: Arc::clone(file),
            range,
            message: message.into(),
            help: None,
            related: Vec::new(),
            fix: None,
            fingerprint: String::new(),
            notice: false,
        }
    }

    /// Adds what to do.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds a related place.
    #[must_use]
    pub fn with_related(
        mut self,
        file: &Arc<str>,
        range: TextRange,
        message: impl Into<String>,
    ) -> Self {
        self.related.push(Related {
            file: Arc::clone(file),
            range,
            message: message.into(),
        });
        self
    }

    /// Adds a fix.
    #[must_use]
    pub fn with_fix(mut self, fix: Option<Fix>) -> Self {
        self.fix = fix;
        self
    }
}
