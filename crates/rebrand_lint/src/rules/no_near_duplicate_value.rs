//! `no-near-duplicate-value`: two colours or lengths a person cannot tell apart, used side by side.
//!
//! ## What it does
//! Collects every literal colour and fixed-unit length in declarations and token definitions,
//! groups equal values (whatever their spelling: `#fff`, `white`, `rgb(255 255 255)`), and
//! reports each use of a value that is almost, but not exactly, a more common one: colours whose
//! difference is below the threshold (ΔE OK × 100), lengths within the threshold in px. The
//! finding names the common value and shows where it is used. Values are compared within one
//! package and one kind of property (a radius with radii, not with an outline offset), and a
//! token's definition (a palette step) is never reported itself, nor is a class of Tailwind's
//! scale (`bg-gray-50`), which names a theme value. Colours less than 0.1 apart are one colour
//! spelt two ways (a hex and Tailwind's `oklch()`), not near duplicates.
//!
//! ## Why is this bad?
//! `#3b82f6` and `#3b82f5` look the same on every screen, so nobody chose the difference: one is
//! a copy that drifted. Near duplicates multiply the values a rebrand has to find and hide which
//! value is the real one.
//!
//! ## Example
//! ```css
//! .link { color: #2563eb; }
//! .tab  { color: #2563ea; }
//! ```
//! Use instead: one value (better, one token) for both.
//!
//! ## Fix safety
//! The fix writes the more common value in place of the rare one, in stylesheets, templates and
//! quoted style-object values. It is unsafe: the change is invisible by construction, but it is
//! still a change of value.
//!
//! ## Options
//! - `colorThreshold` (1): colours closer than this ΔE OK × 100, and not equal, are near duplicates.
//! - `lengthThreshold` (0.5): lengths this close in px, and not equal, are near duplicates.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;
use std::sync::Arc;

use rebrand_config::NearDuplicateOptions;
use rebrand_facts::{Color, Syntax, Value};
use rebrand_text::TextRange;
use rebrand_values::{delta_e_ok, Category};

use crate::context::{is_css_text, Context};
use crate::diagnostic::{Applicability, Fix, LintDiagnostic};
use crate::rewrite::value_edit;

/// The rule's name.
pub(crate) const NAME: &str = "no-near-duplicate-value";

/// Colours closer than this (ΔE OK × 100) are the same colour rounded differently.
const SAME_COLOR: f64 = 0.1;

/// At most this many places of the common value are listed with each finding.
const LISTED_PLACES: usize = 3;

/// A value all of whose spellings compare equal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Key {
    /// OKLab and alpha, in 1/10,000ths.
    Color([i32; 4]),
    /// Pixels, in 1/1,000ths.
    Length(i64),
}

/// One use of a value.
struct Place<'a> {
    file: usize,
    /// The declaration's index, or `None` for a token definition.
    declaration: Option<usize>,
    range: TextRange,
    written: &'a str,
    /// Whether `written` is a Tailwind class rather than a CSS spelling of the value.
    tailwind: bool,
}

#[derive(Default)]
struct Uses<'a> {
    color: Option<Color>,
    px: f64,
    places: Vec<Place<'a>>,
    /// The spelling most places use, once a finding needs it.
    spelling: std::sync::OnceLock<Option<String>>,
}

#[allow(clippy::cast_possible_truncation)] // OKLab components are within ±1.5; px far below i64.
fn key_of(value: &Value) -> Option<Key> {
    match value {
        Value::Color { oklab } => Some(Key::Color(
            [oklab.l, oklab.a, oklab.b, oklab.alpha].map(|part| (part * 10_000.0).round() as i32),
        )),
        Value::Length(length) => length
            .px
            .map(|px| Key::Length((px * 1000.0).round() as i64)),
        _ => None,
    }
}

pub(crate) fn check<'a>(
    context: &Context<'a>,
    options: &NearDuplicateOptions,
) -> Vec<LintDiagnostic> {
    // Values are compared within a package (two apps of a monorepo choose their values apart)
    // and like with like: a 3px outline offset is no copy of a 0.2rem radius.
    let scope = &context.input.linked.scope;
    let mut values: BTreeMap<(Group, Key), Uses<'a>> = BTreeMap::new();
    let mut record = |value: &Value, category: Option<Category>, place: Place<'a>| {
        let Some(key) = key_of(value) else { return };
        let category = match value {
            Value::Color { .. } => Some(Category::Color),
            _ => category,
        };
        let group = (scope.package(place.file), category);
        let uses = values.entry((group, key)).or_default();
        match value {
            Value::Color { oklab } => uses.color = Some(*oklab),
            Value::Length(length) => uses.px = length.px.unwrap_or_default(),
            _ => {}
        }
        uses.places.push(place);
    };
    for (file_index, file) in context.files().iter().enumerate() {
        let mut seen = rustc_hash::FxHashSet::default();
        for (index, declaration) in file.declarations.iter().enumerate() {
            // Longhands of one shorthand value share its range: one use, not four.
            if seen.insert(declaration.value_range) {
                record(
                    &declaration.value,
                    Category::of_property(&declaration.property),
                    Place {
                        file: file_index,
                        declaration: Some(index),
                        range: declaration.value_range,
                        written: declaration.value_text.as_str(),
                        tailwind: declaration.origin.written_syntax() == Syntax::Tailwind,
                    },
                );
            }
        }
        for token in &file.tokens {
            record(
                &token.value,
                Category::of_name(&token.name, token.kind),
                Place {
                    file: file_index,
                    declaration: None,
                    range: token.value_range,
                    written: token.value_text.as_str(),
                    tailwind: false,
                },
            );
        }
    }
    // Most used first; a value is compared only with values used at least as often.
    let mut ordered: Vec<(&(Group, Key), &Uses)> = values.iter().collect();
    ordered.sort_by(|left, right| {
        right
            .1
            .places
            .len()
            .cmp(&left.1.places.len())
            .then(left.0.cmp(right.0))
    });
    // A grid with cells as wide as the threshold: a near value is in the same or a neighbouring
    // cell, so each value is compared with a few others, not with all of them.
    let color_cell = options.color_threshold / 100.0;
    let length_cell = options.length_threshold;
    let mut grid: FxHashMap<(Group, Cell), Vec<usize>> = FxHashMap::default();
    let mut findings = Vec::new();
    for (position, ((group, _), uses)) in ordered.iter().enumerate() {
        let Some(cell) = cell_of(uses, color_cell, length_cell) else {
            continue;
        };
        let mut common: Option<(usize, f64)> = None;
        for neighbour in neighbours(cell) {
            let neighbour = (*group, neighbour);
            for &other_position in grid.get(&neighbour).map_or(&[][..], Vec::as_slice) {
                let other = ordered[other_position].1;
                let Some(difference) = difference(uses, other, options) else {
                    continue;
                };
                if common.is_none_or(|(best, _)| other_position < best) {
                    common = Some((other_position, difference));
                }
            }
        }
        grid.entry((*group, cell)).or_default().push(position);
        let common =
            common.map(|(other_position, difference)| (ordered[other_position].1, difference));
        let Some((common, difference)) = common else {
            continue;
        };
        // A token's definition is a design decision (a palette or type-scale step), not drift:
        // it counts towards how common a value is but is never reported itself.
        // So is a class of Tailwind's scale (`bg-gray-50`): it names a theme value, and two
        // near steps of one palette are the palette's business, not the class's.
        findings.extend(
            uses.places
                .iter()
                .filter(|place| {
                    place.declaration.is_some() && (!place.tailwind || place.written.contains('['))
                })
                .map(|place| finding(context, place, uses, common, difference)),
        );
    }
    findings
}

/// What values are compared within: a package, and a kind of property (`None` for lengths of
/// properties no token category covers, such as widths).
type Group = (u32, Option<Category>);

/// A cell of the comparison grid: kind (colour or length), then coordinates.
type Cell = (u8, [i64; 3]);

/// The grid cell of a value: kind, then its coordinates in threshold-sized steps.
#[allow(clippy::cast_possible_truncation)] // Coordinates are small multiples of the threshold.
fn cell_of(uses: &Uses, color_cell: f64, length_cell: f64) -> Option<Cell> {
    let step = |value: f64, size: f64| (value / size).floor() as i64;
    match uses.color {
        Some(color) if color_cell > 0.0 => Some((
            0,
            [
                step(f64::from(color.l), color_cell),
                step(f64::from(color.a), color_cell),
                step(f64::from(color.b), color_cell),
            ],
        )),
        None if length_cell > 0.0 => Some((1, [step(uses.px, length_cell), 0, 0])),
        _ => None,
    }
}

/// The cell and its neighbours (27 for colours, 3 for lengths).
fn neighbours((kind, [x, y, z]): Cell) -> Vec<Cell> {
    let spread: &[i64] = &[-1, 0, 1];
    let flat: &[i64] = &[0];
    let (second, third) = if kind == 0 {
        (spread, spread)
    } else {
        (flat, flat)
    };
    let mut cells = Vec::with_capacity(27);
    for dx in spread {
        for dy in second {
            for dz in third {
                cells.push((kind, [x + dx, y + dy, z + dz]));
            }
        }
    }
    cells
}

/// How far apart two different values are, when they are near duplicates.
fn difference(uses: &Uses, other: &Uses, options: &NearDuplicateOptions) -> Option<f64> {
    match (uses.color, other.color) {
        (Some(left), Some(right)) => {
            if (left.alpha - right.alpha).abs() > 0.01 {
                return None;
            }
            let difference = f64::from(delta_e_ok(left, right)) * 100.0;
            // Below a tenth, two colours are one written two ways (`#171717` and Tailwind's
            // `oklch(20.5% 0 0)`), apart only by the rounding of a hex spelling.
            (SAME_COLOR..options.color_threshold)
                .contains(&difference)
                .then_some(difference)
        }
        // Zero is the absence of a length, not a value to copy: `-0.07px` of letter-spacing
        // is chosen tracking, not a slip from the `0` of a thousand margins.
        (None, None) if uses.px != 0.0 && other.px != 0.0 => {
            let difference = (uses.px - other.px).abs();
            (difference <= options.length_threshold).then_some(difference)
        }
        _ => None,
    }
}

fn finding(
    context: &Context<'_>,
    place: &Place,
    rare: &Uses,
    common: &Uses,
    difference: f64,
) -> LintDiagnostic {
    // The fix needs a CSS spelling; the message may name a Tailwind class that has the value.
    let css_spelling = if rare.color.is_some() {
        common
            .spelling
            .get_or_init(|| most_common_spelling(common).map(str::to_owned))
            .clone()
    } else {
        Some(format!("{}px", common.px))
    };
    let spelling = css_spelling.as_deref().unwrap_or(common.places[0].written);
    let how_close = if rare.color.is_some() {
        format!("ΔE {difference:.2}")
    } else {
        format!("{difference:.2}px apart")
    };
    let times = |count: usize| match count {
        1 => "once".to_owned(),
        2 => "twice".to_owned(),
        _ => format!("{count} times"),
    };
    let message = format!(
        "`{}` cannot be told apart from `{spelling}` ({how_close}); `{}` is used {}, this value {}",
        place.written,
        spelling,
        times(common.places.len()),
        times(rare.places.len())
    );
    let fix = place.declaration.and_then(|index| {
        let declaration = &context.files()[place.file].declarations[index];
        // A length is rewritten only where it is written in px in CSS text; a colour anywhere
        // but a Tailwind class, whose value is part of the class name.
        let writable = if rare.color.is_some() {
            declaration.origin.written_syntax() != Syntax::Tailwind
        } else {
            is_css_text(declaration.origin.written_syntax()) && place.written.ends_with("px")
        };
        let spelling = css_spelling.as_deref().filter(|_| writable)?;
        let edit = value_edit(context, place.file, declaration, spelling)?;
        Some(Fix {
            description: format!("Replace with `{spelling}`"),
            applicability: Applicability::Unsafe,
            edits: vec![edit],
        })
    });
    let mut diagnostic =
        LintDiagnostic::new(NAME, &context.paths[place.file], place.range, message)
            .with_help(format!(
                "use `{spelling}` (or the token that holds it) here, so one value remains"
            ))
            .with_fix(fix);
    for other in common.places.iter().take(LISTED_PLACES) {
        let path: &Arc<str> = &context.paths[other.file];
        diagnostic = diagnostic.with_related(
            path,
            other.range,
            format!("`{}` is used here", other.written),
        );
    }
    diagnostic
}

/// The CSS spelling most places use for a value, ties broken alphabetically; `None` when only
/// Tailwind classes use it.
fn most_common_spelling<'a>(uses: &Uses<'a>) -> Option<&'a str> {
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    // A Tailwind place's text is its whole class, not a CSS spelling of the value.
    for place in uses.places.iter().filter(|place| !place.tailwind) {
        *counts.entry(place.written).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by(|left, right| left.1.cmp(&right.1).then(right.0.cmp(left.0)))
        .map(|(spelling, _)| spelling)
}
