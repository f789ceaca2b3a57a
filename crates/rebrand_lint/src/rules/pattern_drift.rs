//! `pattern-drift`: a member of an interaction pattern whose style departs from what the other
//! members agree on.
//!
//! ## What it does
//! For every pattern with enough members (elements that behave alike and look alike, whatever
//! syntax styles them), takes the value most members share for each property and state, and
//! reports the declaration that gives a member a value that is almost, but not quite, theirs:
//! `padding-top` 9px on one of nine list items whose other eight have 8px, `#344256` where the
//! others have `#334155`. Only a slip is drift: a value written by hand within the tolerance of
//! the consensus. A different token, another step of Tailwind's scale, a colour far away or
//! another keyword is a variant someone chose, and is left alone. One finding per declaration,
//! however many members it reaches.
//!
//! ## Why is this bad?
//! A pattern is one design decision written many times. A member that differs slightly was
//! almost never meant to: it is a copy that drifted, and it will drift further with every
//! rebrand that misses it.
//!
//! ## Example
//! ```css
//! .row      { padding: 8px 12px; border-bottom: 1px solid #e5e7eb; }
//! .row-alt  { padding: 9px 12px; border-bottom: 1px solid #e5e7eb; }
//! ```
//!
//! ## Fix safety
//! The fix writes the consensus value, spelled as a member that has it writes it, in the
//! drifting declaration. It is unsafe (the look changes, on purpose) and offered only when the
//! value can be written in the declaration's syntax; display-only when the declaration also
//! styles elements outside the pattern, which the change would reach too.
//!
//! ## Options
//! - `minMembers` (3): only patterns with at least this many members have a consensus to enforce.
//! - `colorTolerance` (5, ΔE OK × 100) and `lengthTolerance` (2 px): how far a value may be from
//!   the consensus and still be a slip.

use std::collections::BTreeMap;

use rustc_hash::{FxHashMap, FxHashSet};

use rebrand_config::PatternDriftOptions;
use rebrand_facts::{Syntax, Value};
use rebrand_link::{EffectiveValue, ElementStyle};
use rebrand_patterns::{normalised, property_key, Pattern};
use rebrand_values::delta_e_ok;

use crate::context::{is_css_text, Context};
use crate::diagnostic::{Applicability, Fix, LintDiagnostic};
use crate::rewrite::value_edit;

/// The rule's name.
pub(crate) const NAME: &str = "pattern-drift";

/// One drifting declaration and what it should be.
struct Drift<'a> {
    pattern: &'a Pattern,
    property: String,
    consensus: String,
    members: Vec<usize>,
}

pub(crate) fn check(context: &Context<'_>, options: &PatternDriftOptions) -> Vec<LintDiagnostic> {
    // Keyed by the declaration's file and index, so a shared class is reported once per
    // pattern; a declaration shared by members of two patterns drifts from each on its own.
    let mut drifts: BTreeMap<(usize, u32, String, &str), Drift<'_>> = BTreeMap::new();
    let patterns = context
        .input
        .clusters
        .iter()
        .filter(|pattern| pattern.members.len() >= options.min_members.max(2));
    for pattern in patterns {
        for outlier in &pattern.outliers {
            let member = &pattern.members[outlier.member];
            let Some(style) = context.style(&member.file, member.element) else {
                continue;
            };
            for (property, _, consensus) in &outlier.drifts {
                let Some((file, index)) = winning_declaration(style, property) else {
                    continue;
                };
                if !is_near_miss(
                    context,
                    pattern,
                    style,
                    (file, index),
                    property,
                    consensus,
                    options,
                ) {
                    continue;
                }
                let members = &mut drifts
                    .entry((file, index, property.clone(), pattern.id.as_str()))
                    .or_insert_with(|| Drift {
                        pattern,
                        property: property.clone(),
                        consensus: consensus.clone(),
                        members: Vec::new(),
                    })
                    .members;
                if !members.contains(&outlier.member) {
                    members.push(outlier.member);
                }
            }
        }
    }
    // Which elements each drifting declaration reaches, in one pass over the links.
    let wanted: FxHashSet<(usize, u32)> = drifts
        .keys()
        .map(|(file, index, _, _)| (*file, *index))
        .collect();
    let mut reach: FxHashMap<(usize, u32), Vec<(&str, u32)>> = FxHashMap::default();
    for style in &context.input.linked.elements {
        for link in &style.links {
            let declaration = (link.file_index as usize, link.declaration);
            if wanted.contains(&declaration) {
                reach
                    .entry(declaration)
                    .or_default()
                    .push((&*style.file, style.element));
            }
        }
    }
    drifts
        .into_iter()
        .map(|((file, index, _, _), drift)| {
            let reached = reach.get(&(file, index)).map_or(&[][..], Vec::as_slice);
            finding(context, file, index, &drift, reached)
        })
        .collect()
}

/// Whether a member's value for `key` is a slip from the consensus rather than a choice: a
/// literal written by hand (not a token, not a step of Tailwind's scale) that lies within the
/// tolerance of the value the other members share (`#344256` beside `#334155`, `13px` beside
/// `14px`). A different token, another step of a scale, a colour far from the consensus or a
/// different keyword is a variant someone chose (`text-destructive` among muted texts).
fn is_near_miss(
    context: &Context<'_>,
    pattern: &Pattern,
    style: &ElementStyle,
    (file, index): (usize, u32),
    key: &str,
    consensus: &str,
    options: &PatternDriftOptions,
) -> bool {
    let declaration = &context.files()[file].declarations[index as usize];
    if matches!(declaration.value, Value::Reference { .. }) {
        return false;
    }
    let syntax = declaration.origin.written_syntax();
    if syntax == Syntax::Tailwind && !declaration.value_text.contains('[') {
        return false;
    }
    let Some(drifting) = style
        .effective
        .iter()
        .find(|effective| property_key(effective) == key)
    else {
        return false;
    };
    let Some((_, agreed)) = agreeing_values(context, pattern, key, consensus).next() else {
        return false;
    };
    match (&drifting.value, &agreed.value) {
        (Value::Color { oklab: left }, Value::Color { oklab: right }) => {
            let difference = f64::from(delta_e_ok(*left, *right)) * 100.0;
            (left.alpha - right.alpha).abs() <= 0.01
                && difference > 0.0
                && difference <= options.color_tolerance
        }
        (Value::Length(left), Value::Length(right)) => match (left.px, right.px) {
            (Some(left), Some(right)) => {
                let difference = (left - right).abs();
                difference > 0.0 && difference <= options.length_tolerance
            }
            _ => false,
        },
        _ => false,
    }
}

/// Each member's effective value for `key` that agrees with the consensus, with its style.
fn agreeing_values<'a, 'p>(
    context: &'p Context<'a>,
    pattern: &'p Pattern,
    key: &'p str,
    consensus: &'p str,
) -> impl Iterator<Item = (&'a ElementStyle, &'a EffectiveValue)> + 'p {
    pattern.members.iter().filter_map(move |member| {
        let style = context.style(&member.file, member.element)?;
        let effective = style.effective.iter().find(|effective| {
            property_key(effective) == key
                && normalised(&effective.value, &effective.value_text) == consensus
        })?;
        Some((style, effective))
    })
}

/// The file and index of the declaration that gives `style` its value for a property key.
fn winning_declaration(style: &ElementStyle, key: &str) -> Option<(usize, u32)> {
    let effective = style
        .effective
        .iter()
        .find(|effective| property_key(effective) == key)?;
    let link = style.links.get(effective.source as usize)?;
    Some((link.file_index as usize, link.declaration))
}

fn finding(
    context: &Context<'_>,
    file: usize,
    index: u32,
    drift: &Drift<'_>,
    reached: &[(&str, u32)],
) -> LintDiagnostic {
    let declaration = &context.files()[file].declarations[index as usize];
    let pattern = drift.pattern;
    let others = pattern.members.len().saturating_sub(drift.members.len());
    let spelling = consensus_spelling(context, pattern, drift);
    let consensus = spelling.as_deref().unwrap_or(&drift.consensus).to_owned();
    let message = format!(
        "`{}` is `{}` here, but the {others} other members of pattern `{}` ({}) have `{consensus}`",
        drift.property,
        declaration.value_text,
        pattern.name,
        &pattern.id[..8.min(pattern.id.len())],
    );
    let fix = spelling.and_then(|spelling| {
        let edit = value_edit(context, file, declaration, &spelling)?;
        let applicability = if reaches_only_pattern(reached, pattern) {
            Applicability::Unsafe
        } else {
            Applicability::DisplayOnly
        };
        Some(Fix {
            description: format!("Align with the pattern: `{spelling}`"),
            applicability,
            edits: vec![edit],
        })
    });
    let mut diagnostic =
        LintDiagnostic::new(NAME, &context.paths[file], declaration.value_range, message)
            .with_help(format!(
                "use the pattern's value `{consensus}` (run `rebrand patterns --show {}` to see every member)",
                &pattern.id[..8.min(pattern.id.len())]
            ))
            .with_fix(fix);
    for &member in drift.members.iter().take(3) {
        let member = &pattern.members[member];
        diagnostic = diagnostic.with_related(
            &member.file,
            member.range,
            format!("this `{}` gets it", member.name),
        );
    }
    diagnostic
}

/// The consensus value as a member that has it writes it in CSS text, if one does.
fn consensus_spelling(
    context: &Context<'_>,
    pattern: &Pattern,
    drift: &Drift<'_>,
) -> Option<String> {
    // Members drifting on this property have another value, so none of them is found here.
    agreeing_values(context, pattern, &drift.property, &drift.consensus).find_map(
        |(style, effective)| {
            let link = style.links.get(effective.source as usize)?;
            let declaration = context.linked_declaration(link)?;
            is_css_text(declaration.origin.written_syntax())
                .then(|| declaration.value_text.to_string())
        },
    )
}

/// Whether every element the declaration reaches is a member of the pattern.
fn reaches_only_pattern(reached: &[(&str, u32)], pattern: &Pattern) -> bool {
    let members: FxHashSet<(&str, u32)> = pattern
        .members
        .iter()
        .map(|member| (&*member.file, member.element))
        .collect();
    reached.iter().all(|element| members.contains(element))
}
