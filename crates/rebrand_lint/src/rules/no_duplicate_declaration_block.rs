//! `no-duplicate-declaration-block`: the same set of declarations written again in another rule
//! or component.
//!
//! ## What it does
//! Takes each block of declarations (a CSS, SCSS or CSS Module rule, a styled-components or
//! emotion template or object, a `style`/`sx`/`css` prop) as the set of longhand properties and
//! values it sets under each condition, so that `padding: 8px` equals the four `padding-*`
//! longhands and property order does not matter. A block with at least `minDeclarations` written
//! declarations and `minLonghands` longhand values whose set appeared before (in path and source order) is reported, pointing at
//! the first copy. Tailwind class lists are not blocks, and neither are blocks that set only
//! layout (`display`, flex and grid, alignment, gaps, sizes, margins, padding, positions): repeating
//! `display: flex; align-items: center` is how layouts are written, not a look to share. A block
//! that sets only layout and text (`color`, `font-*`, `line-height`, `letter-spacing`) is
//! reported only when it is repeated in the same file: across files it is the type scale used
//! twice by coincidence.
//!
//! ## Why is this bad?
//! Copies are a pattern that nobody named. Each copy has to be found and changed in a rebrand,
//! and copies drift apart one edit at a time.
//!
//! ## Example
//! ```css
//! .card  { padding: 16px; border-radius: 8px; background: #fff; }
//! .panel { background: #fff; border-radius: 8px; padding: 16px; }
//! ```
//! Use instead: one shared class, mixin or styled component.
//!
//! ## Fix safety
//! No fix: where the shared definition should live is a design decision.
//!
//! ## Options
//! - `minDeclarations` (5): the fewest written declarations a repeated block must have.
//! - `minLonghands` (8): the fewest longhand values it must set (`padding: 8px` sets four). On
//!   real code, smaller repeated blocks were coincidences far more often than copies.

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use rebrand_config::DuplicateBlockOptions;
use rebrand_facts::{Condition, Declaration, Origin, Syntax};
use rebrand_text::TextRange;
use rustc_hash::{FxHashMap, FxHasher};

use crate::context::Context;
use crate::diagnostic::LintDiagnostic;

/// The rule's name.
pub(crate) const NAME: &str = "no-duplicate-declaration-block";

/// One block: its declarations share an origin (one rule, one template, one object).
struct Block<'a> {
    file: usize,
    range: TextRange,
    written: usize,
    /// Whether it sets anything but layout: a repeated `display: flex; align-items: center;
    /// gap: 8px` is how layouts are written, not a look to share.
    decorative: bool,
    /// Whether it sets anything but layout and text: `color: #333; font-size: 14px;
    /// line-height: 20px` recurs in unrelated components by coincidence of the type scale.
    beyond_text: bool,
    /// The block's rule or owner, named only when a finding needs it.
    origin: &'a Origin,
}

/// Whether a property sets how text is written (its colour, font, spacing, wrapping).
fn is_text(property: &str) -> bool {
    const PREFIXES: [&str; 5] = ["font", "text-", "letter-", "word-", "line-"];
    matches!(property, "color" | "white-space" | "hyphens" | "direction")
        || PREFIXES.iter().any(|prefix| property.starts_with(prefix))
}

/// Whether a property only places or sizes an element (layout), not how it looks.
fn is_layout(property: &str) -> bool {
    // Padding places content inside the box: a column with a gap and padding is still layout.
    const PREFIXES: [&str; 12] = [
        "flex", "grid", "align-", "justify-", "place-", "margin", "padding", "inset", "min-",
        "max-", "overflow", "scroll-",
    ];
    matches!(
        property,
        "display"
            | "position"
            | "top"
            | "right"
            | "bottom"
            | "left"
            | "z-index"
            | "order"
            | "gap"
            | "row-gap"
            | "column-gap"
            | "width"
            | "height"
            | "box-sizing"
            | "float"
            | "clear"
            | "vertical-align"
            | "visibility"
            | "pointer-events"
            | "content"
            | "aspect-ratio"
            | "contain"
    ) || PREFIXES.iter().any(|prefix| property.starts_with(prefix))
}

pub(crate) fn check(context: &Context<'_>, options: &DuplicateBlockOptions) -> Vec<LintDiagnostic> {
    // Blocks are compared within a package: two apps of a monorepo that write the same block
    // have not copied each other, and neither can share the other's definition.
    let scope = &context.input.linked.scope;
    let mut first_seen: FxHashMap<(u32, (u64, usize)), Block<'_>> = FxHashMap::default();
    let mut findings = Vec::new();
    for (file_index, file) in context.files().iter().enumerate() {
        // A file no entry point reaches is dead code: a copy of it is the one to keep.
        if !scope.is_live(file_index) {
            continue;
        }
        let package = scope.package(file_index);
        for (signature, block) in blocks(file_index, &file.declarations) {
            if block.written < options.min_declarations.max(1)
                || signature.1 < options.min_longhands
                || !block.decorative
            {
                continue;
            }
            let signature = (package, signature);
            match first_seen.get(&signature) {
                // A text style repeated in another file is the type scale used twice; repeated
                // in one file it is a copy.
                Some(original) if block.beyond_text || original.file == block.file => {
                    findings.push(finding(context, &block, original, signature.1 .1));
                }
                Some(_) => {}
                None => {
                    first_seen.insert(signature, block);
                }
            }
        }
    }
    findings
}

/// The file's blocks in source order, each with its signature: a hash of its sorted, distinct
/// `property[condition]=value` entries, and how many there are. Hashing each entry instead of
/// keeping it as text keeps this rule cheap on projects with hundreds of thousands of rules.
fn blocks(file: usize, declarations: &[Declaration]) -> Vec<((u64, usize), Block<'_>)> {
    let mut grouped: Vec<(Vec<u64>, Block<'_>)> = Vec::new();
    let mut current: Option<&Arc<rebrand_facts::Origin>> = None;
    let mut ordered: Vec<&Declaration> = declarations
        .iter()
        .filter(|declaration| declaration.origin.written_syntax() != Syntax::Tailwind)
        .collect();
    // Declarations are sorted by position; a block's are contiguous once grouped by origin.
    ordered.sort_by_key(|declaration| (Arc::as_ptr(&declaration.origin), declaration.range.start));
    let mut last_range = TextRange::empty(0);
    // A rule's declarations share one condition: it is hashed once per run of them.
    let mut condition_hash: Option<(&Arc<Condition>, u64)> = None;
    for declaration in ordered {
        let hashed_condition = match condition_hash {
            Some((last, hash)) if Arc::ptr_eq(last, &declaration.condition) => hash,
            _ => {
                let hash = hash_condition(&declaration.condition);
                condition_hash = Some((&declaration.condition, hash));
                hash
            }
        };
        let same = current.is_some_and(|origin| Arc::ptr_eq(origin, &declaration.origin));
        if !same {
            grouped.push((
                Vec::new(),
                Block {
                    file,
                    range: declaration.range,
                    written: 0,
                    decorative: false,
                    beyond_text: false,
                    origin: &declaration.origin,
                },
            ));
            current = Some(&declaration.origin);
            last_range = TextRange::empty(u32::MAX);
        }
        let (entries, block) = grouped.last_mut().expect("a block was pushed");
        entries.push(entry_hash(declaration, hashed_condition));
        block.decorative |= !is_layout(&declaration.property);
        block.beyond_text |= !is_layout(&declaration.property) && !is_text(&declaration.property);
        if declaration.range != last_range {
            block.written += 1;
            last_range = declaration.range;
        }
        block.range = TextRange::new(
            block.range.start.min(declaration.range.start),
            block.range.end.max(declaration.range.end),
        );
    }
    let mut signed: Vec<((u64, usize), Block<'_>)> = grouped
        .into_iter()
        .map(|(mut entries, block)| {
            entries.sort_unstable();
            entries.dedup();
            let mut hasher = FxHasher::default();
            entries.hash(&mut hasher);
            ((hasher.finish(), entries.len()), block)
        })
        .collect();
    signed.sort_by_key(|(_, block)| block.range.start);
    signed
}

/// One declaration's property, condition (given hashed) and whitespace-normalised value, hashed.
fn entry_hash(declaration: &Declaration, condition_hash: u64) -> u64 {
    let mut hasher = FxHasher::default();
    declaration.property.hash(&mut hasher);
    condition_hash.hash(&mut hasher);
    for word in declaration.value_text.split_whitespace() {
        word.hash(&mut hasher);
    }
    hasher.finish()
}

/// The parts of a condition that make two declarations differ.
fn hash_condition(condition: &Condition) -> u64 {
    let mut hasher = FxHasher::default();
    condition.states.hash(&mut hasher);
    condition.media.hash(&mut hasher);
    condition.dark.hash(&mut hasher);
    condition.dynamic.hash(&mut hasher);
    condition.variants.hash(&mut hasher);
    condition.pseudo_element.hash(&mut hasher);
    hasher.finish()
}

/// How a block is named in messages: its selector, or its owner.
fn label(origin: &Origin) -> String {
    // A template's own rule is `&`: its component's name says more.
    let selector = origin
        .selector
        .clone()
        .filter(|selector| !selector.starts_with('&') || origin.binding.is_none());
    selector
        .or_else(|| origin.binding.clone())
        .unwrap_or_else(|| "a block".to_owned())
}

fn finding(
    context: &Context<'_>,
    block: &Block,
    original: &Block,
    entries: usize,
) -> LintDiagnostic {
    let original_label = label(original.origin);
    let message = format!(
        "`{}` repeats the {} declarations of `{original_label}` ({entries} longhand values, the same under every condition)",
        label(block.origin), block.written
    );
    LintDiagnostic::new(NAME, &context.paths[block.file], block.range, message)
        .with_help(
            "share one definition (a class, mixin or styled component) instead of copying it",
        )
        .with_related(
            &context.paths[original.file],
            original.range,
            format!("`{original_label}` declares them first"),
        )
}
