//! Fingerprints and baselines: a finding is known by its rule, its file and the text at fault,
//! so moving it to another line, or a change in what its message suggests, does not make it new.

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use serde::{Deserialize, Serialize};

use crate::context::Context;
use crate::diagnostic::LintDiagnostic;

/// The baseline format `--write-baseline` writes and `--baseline` reads. Format 1 fingerprints
/// also hashed the message, which changes whenever a suggested token, a distance or a count in it
/// does (a new use of a colour anywhere changed every `no-near-duplicate-value` message about it).
pub const BASELINE_VERSION: u32 = 2;

/// The findings a project has accepted, written by `--write-baseline`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Baseline {
    /// The format's version.
    pub version: u32,
    /// One entry per accepted finding, sorted.
    pub findings: Vec<BaselineEntry>,
}

/// One accepted finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct BaselineEntry {
    /// The rule.
    pub rule: String,
    /// The file, relative to the project.
    pub file: String,
    /// The finding's fingerprint.
    pub fingerprint: String,
}

impl Baseline {
    /// The baseline accepting every given finding.
    #[must_use]
    pub fn of(findings: &[LintDiagnostic]) -> Self {
        let mut entries: Vec<BaselineEntry> = findings
            .iter()
            .map(|finding| BaselineEntry {
                rule: finding.rule.to_string(),
                file: finding.file.to_string(),
                fingerprint: finding.fingerprint.clone(),
            })
            .collect();
        entries.sort();
        Self {
            version: BASELINE_VERSION,
            findings: entries,
        }
    }

    /// The findings the baseline does not accept, and how many it did accept.
    #[must_use]
    pub fn new_findings(&self, findings: Vec<LintDiagnostic>) -> (Vec<LintDiagnostic>, usize) {
        let known: FxHashSet<&str> = self
            .findings
            .iter()
            .map(|entry| entry.fingerprint.as_str())
            .collect();
        let before = findings.len();
        let fresh: Vec<LintDiagnostic> = findings
            .into_iter()
            .filter(|finding| !known.contains(finding.fingerprint.as_str()))
            .collect();
        let accepted = before - fresh.len();
        (fresh, accepted)
    }
}

/// Sets each finding's fingerprint: a hash of rule, file and the whitespace-collapsed text at
/// fault, plus how many findings with the same three came before it in the file (so two equal
/// findings stay two). The message is left out: it names suggestions and counts that change
/// with the rest of the project while the finding itself stays the same.
pub(crate) fn fingerprint_all(findings: &mut [LintDiagnostic], context: &Context<'_>) {
    // Findings are sorted by file, and occurrences count within a file: files are
    // fingerprinted in parallel.
    findings
        .par_chunk_by_mut(|left, right| left.file == right.file)
        .for_each(|file_findings| {
            let source = context
                .file_index(&file_findings[0].file)
                .map_or("", |index| context.source(index));
            let mut occurrences: FxHashMap<u64, u32> = FxHashMap::default();
            for finding in file_findings {
                let text = finding.range.slice(source).unwrap_or_default();
                let snippet: Vec<&str> = text.split_whitespace().collect();
                let mut state = rebrand_text::StableHasher::default();
                for part in [finding.rule.as_ref(), &finding.file, &snippet.join(" ")] {
                    state.write_part(part.as_bytes());
                }
                let key = state.finish();
                let occurrence = occurrences.entry(key).or_default();
                state.write_part(&occurrence.to_le_bytes());
                *occurrence += 1;
                finding.fingerprint = format!("{:016x}", state.finish());
            }
        });
}
