//! `no-raw-value`: a literal colour, spacing, radius, font size, font weight or shadow where a
//! design token has that value.
//!
//! ## What it does
//! Finds literal values (`#2563eb`, `8px`, `600`, `0 1px 2px rgb(0 0 0 / .1)`, a Tailwind
//! arbitrary value such as `bg-[#2563eb]`) in properties that the project's tokens cover, when a
//! token of the same kind is within tolerance, and names the token to use. A declaration that
//! its own rule overrides (the same property again, or an `!important` one) never takes effect
//! and is left alone. Tokens are matched
//! by the kind of property they are used for (a line-height token is never offered for a font
//! size; `em` is never read as `rem`). Among close tokens it prefers one the same interaction
//! pattern already uses, then the closest, then a semantic token (`--action`, defined as another
//! token) over the palette entry it points to. Two tokens equally good are both named, with no
//! fix (the author breaks the tie); a value more tokens hold alike (`white`, the contrast colour
//! of every scale) is left alone.
//!
//! ## Why is this bad?
//! A literal copy of a token's value does not follow the token: when the brand colour changes,
//! every copy is left behind and has to be found by hand.
//!
//! ## Example
//! ```css
//! :root { --brand: #2563eb; }
//! .button { background: #2563eb; }
//! ```
//! Use instead:
//! ```css
//! .button { background: var(--brand); }
//! ```
//!
//! ## Fix safety
//! The fix writes the reference in the declaration's own syntax: `var(--x)` in CSS, templates
//! and style objects, `$x` or `namespace.$x` in SCSS, the theme class in Tailwind
//! (`bg-[#2563eb]` → `bg-brand`). It is safe when the token has exactly the literal's value and
//! unit and one definition; unsafe when the value is only close, the unit differs (`16px` for a
//! `1rem` token) or the token is redefined elsewhere (`.dark`); display-only where the syntax
//! cannot name the token (a DTCG or JavaScript theme token from CSS).
//!
//! ## Options
//! - `colorTolerance` (0.1): the largest ΔE OK × 100 for a colour token to be suggested; the
//!   default covers only the same colour spelt another way.
//! - `lengthTolerance` (0): the largest difference in px for a length token to be suggested; the
//!   default suggests only a token of the same size, in any unit. Judged on public code, a
//!   token merely close to the literal (`3px` beside a `4px` radius token) was another value
//!   chosen on purpose, and replacing it changed the page.

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use rebrand_config::NoRawValueOptions;
use rebrand_facts::{Declaration, Syntax, TokenKind, Value};
use rebrand_link::ElementStyle;
use rebrand_values::delta_e_ok;

use crate::context::Context;
use crate::diagnostic::{Applicability, Fix, LintDiagnostic};
use crate::rewrite::reference_edit;
use crate::sass_scope::SassScope;
use crate::tokens::{Candidate, Catalogue, Category};

/// The rule's name.
pub(crate) const NAME: &str = "no-raw-value";

/// How far a literal is from a token's value, or `None` when they cannot be compared.
fn distance(literal: &Value, written: &str, candidate: &Candidate<'_>) -> Option<(f64, bool)> {
    match (literal, &candidate.value) {
        (Value::Color { oklab: left }, Value::Color { oklab: right }) => {
            if (left.alpha - right.alpha).abs() > 0.01 {
                return None;
            }
            let difference = f64::from(delta_e_ok(*left, *right)) * 100.0;
            Some((difference, difference < 0.05))
        }
        (Value::Length(left), Value::Length(right)) => {
            let difference = (left.px? - right.px?).abs();
            Some((difference, difference < 1e-6 && left.unit == right.unit))
        }
        (Value::Number { number: left }, Value::Number { number: right }) => {
            ((left - right).abs() < 1e-9).then_some((0.0, true))
        }
        (Value::Composite, _) => {
            let same = normalise(written) == normalise(&candidate.token.value_text);
            same.then_some((0.0, true))
        }
        _ => None,
    }
}

fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase()
}

fn tolerance(literal: &Value, options: &NoRawValueOptions) -> f64 {
    match literal {
        Value::Color { .. } => options.color_tolerance,
        Value::Length(_) => options.length_tolerance,
        _ => 0.0,
    }
}

/// Whether a declaration holds a literal this rule looks at.
fn is_raw(declaration: &Declaration, category: Category) -> bool {
    if declaration.origin.written_syntax() == Syntax::Tailwind
        && !declaration
            .origin
            .utility
            .as_deref()
            .is_some_and(|class| class.contains('['))
    {
        // `bg-blue-500` already names the theme; only arbitrary values are literals.
        return false;
    }
    match &declaration.value {
        // `transparent` and fully transparent colours are not a design decision.
        Value::Color { oklab } => {
            oklab.alpha > 0.0 && !declaration.value_text.eq_ignore_ascii_case("transparent")
        }
        Value::Length(length) => length.number != 0.0,
        Value::Number { .. } => category == Category::FontWeight,
        Value::Composite => category == Category::Shadow,
        _ => false,
    }
}

/// For each of the `wanted` declarations that reaches a member of a multi-member pattern, the
/// tokens that pattern's members already use for the same property.
fn pattern_tokens<'a>(
    context: &Context<'a>,
    wanted: &FxHashSet<(usize, u32)>,
) -> FxHashMap<(usize, u32), FxHashSet<&'a str>> {
    let mut preferred: FxHashMap<(usize, u32), FxHashSet<&'a str>> = FxHashMap::default();
    for cluster in context
        .input
        .clusters
        .iter()
        .filter(|c| c.members.len() > 1)
    {
        let styles: Vec<&ElementStyle> = cluster
            .members
            .iter()
            .filter_map(|member| context.style(&member.file, member.element))
            .collect();
        // Most patterns reach none of the wanted literals: their links alone say so, without
        // reading a declaration.
        let reaches_wanted = styles
            .iter()
            .flat_map(|style| &style.links)
            .any(|link| wanted.contains(&(link.file_index as usize, link.declaration)));
        if !reaches_wanted {
            continue;
        }
        let mut used: FxHashMap<&str, FxHashSet<&'a str>> = FxHashMap::default();
        let mut literals: Vec<(usize, u32, &str)> = Vec::new();
        for link in styles.iter().flat_map(|style| &style.links) {
            let file = link.file_index as usize;
            let Some(declaration) = context.linked_declaration(link) else {
                continue;
            };
            if let Value::Reference { name, .. } = &declaration.value {
                used.entry(declaration.property.as_str())
                    .or_default()
                    .insert(name.as_str());
            } else if wanted.contains(&(file, link.declaration)) {
                literals.push((file, link.declaration, declaration.property.as_str()));
            }
        }
        for (file, index, property) in literals {
            if let Some(tokens) = used.get(property) {
                preferred
                    .entry((file, index))
                    .or_default()
                    .extend(tokens.iter().copied());
            }
        }
    }
    preferred
}

pub(crate) fn check(context: &Context<'_>, options: &NoRawValueOptions) -> Vec<LintDiagnostic> {
    let catalogue = Catalogue::new(context);
    let sass = SassScope::new(context);
    // Files are checked in parallel: this rule looks at every literal of the project and is the
    // heaviest of the rules.
    let choices: Vec<Choice<'_, '_>> = context
        .files()
        .par_iter()
        .enumerate()
        .flat_map_iter(|(file_index, file)| {
            let mut choices = Vec::new();
            let mut reported = FxHashSet::default();
            let overridden = overridden_in_their_block(&file.declarations);
            for (index, declaration) in file.declarations.iter().enumerate() {
                let Some(category) = Category::of_property(&declaration.property) else {
                    continue;
                };
                if !is_raw(declaration, category)
                    || overridden.contains(&index)
                    || !reported.insert(declaration.value_range)
                {
                    continue;
                }
                let candidates = candidates(
                    context,
                    (&catalogue, &sass),
                    file_index,
                    declaration,
                    category,
                    options,
                );
                if !candidates.is_empty() {
                    choices.push(Choice {
                        file_index,
                        index: index as u32,
                        declaration,
                        category,
                        candidates,
                    });
                }
            }
            choices
        })
        .collect();
    // The tokens a literal's pattern already uses decide only between two or more close tokens;
    // finding them walks every link of every pattern, so that is done only when some literal
    // has such a choice.
    let wanted: FxHashSet<(usize, u32)> = choices
        .iter()
        .filter(|choice| choice.candidates.len() > 1)
        .map(|choice| (choice.file_index, choice.index))
        .collect();
    let preferred = if wanted.is_empty() {
        FxHashMap::default()
    } else {
        pattern_tokens(context, &wanted)
    };
    choices
        .par_iter()
        .filter_map(|choice| {
            decide(
                context,
                choice,
                preferred.get(&(choice.file_index, choice.index)),
            )
        })
        .collect()
}

/// The finding for a literal: the best token, both of two equally good ones, or none when more
/// tokens hold its value alike. `favoured` are the tokens the literal's pattern already uses.
fn decide(
    context: &Context<'_>,
    choice: &Choice<'_, '_>,
    favoured: Option<&FxHashSet<&str>>,
) -> Option<LintDiagnostic> {
    let in_pattern = |candidate: &Candidate<'_>| {
        !favoured.is_some_and(|names| names.contains(candidate.token.name.as_str()))
    };
    // How good a token is, before its name breaks a tie.
    let merit = |near: &Near<'_, '_>| {
        (
            in_pattern(near.candidate),
            !near.writable,
            near.difference,
            !near.candidate.semantic,
        )
    };
    let equal_merit = |left: &Near<'_, '_>, right: &Near<'_, '_>| {
        let (left, right) = (merit(left), merit(right));
        left.0 == right.0
            && left.1 == right.1
            && (left.2 - right.2).abs() < 1e-9
            && left.3 == right.3
    };
    let best = choice
        .candidates
        .iter()
        .min_by(|left, right| {
            let (left_merit, right_merit) = (merit(left), merit(right));
            left_merit
                .0
                .cmp(&right_merit.0)
                .then(left_merit.1.cmp(&right_merit.1))
                .then(left_merit.2.total_cmp(&right_merit.2))
                .then(left_merit.3.cmp(&right_merit.3))
                // A general name (`--space-2`) before a component's own
                // (`--card-footer-padding`).
                .then(
                    left.candidate
                        .token
                        .name
                        .len()
                        .cmp(&right.candidate.token.name.len()),
                )
                .then(left.candidate.token.name.cmp(&right.candidate.token.name))
        })
        .expect("only literals with a candidate are kept");
    let mut tied: Vec<&str> = choice
        .candidates
        .iter()
        .filter(|near| equal_merit(near, best))
        .map(|near| near.candidate.token.name.as_str())
        .collect();
    tied.sort_unstable();
    tied.dedup();
    // A value that many tokens hold alike (`white`: the contrast colour of every
    // scale) names no one of them: which is meant depends on what the element is.
    if tied.len() > MAX_TIED_TOKENS {
        return None;
    }
    let mut found = finding(
        context,
        choice.file_index,
        choice.declaration,
        choice.category,
        best.candidate,
        best.difference,
        best.exact,
    );
    if tied.len() > 1 {
        // A tie is the author's to break: both are named, neither is written.
        found.message = format!(
            "`{}` is a raw {}; the tokens {} have this value alike",
            choice.declaration.value_text,
            choice.category.noun(),
            tied.iter()
                .map(|name| format!("`{name}`"))
                .collect::<Vec<_>>()
                .join(" and ")
        );
        found.help = Some("use the one whose meaning fits this place".to_owned());
        found.fix = None;
    }
    Some(found)
}

/// More tokens than this with one value, equally good, and a literal of that value is left alone.
const MAX_TIED_TOKENS: usize = 2;

/// A literal with the tokens close enough to replace it.
struct Choice<'c, 'a> {
    file_index: usize,
    index: u32,
    declaration: &'a Declaration,
    category: Category,
    /// Each token within tolerance.
    candidates: Vec<Near<'c, 'a>>,
}

/// A token within tolerance of a literal.
struct Near<'c, 'a> {
    candidate: &'c Candidate<'a>,
    /// How far its value is: ΔE × 100 for colours, px for lengths.
    difference: f64,
    /// Whether it has exactly the literal's value and unit.
    exact: bool,
    /// Whether the literal's syntax can name it (`var(--x)`, not an SCSS variable in a class).
    writable: bool,
}

/// The declarations that another one of the same block, property and condition overrides (a
/// later one, or an `!important` one): they never take effect, so they are to be deleted, not
/// moved to a token. Tailwind classes are left out: their order in a class list decides nothing.
fn overridden_in_their_block(declarations: &[Declaration]) -> FxHashSet<usize> {
    let mut winners: FxHashMap<
        (
            *const rebrand_facts::Origin,
            &str,
            *const rebrand_facts::Condition,
        ),
        usize,
    > = FxHashMap::default();
    let mut overridden = FxHashSet::default();
    for (index, declaration) in declarations.iter().enumerate() {
        if declaration.origin.written_syntax() == Syntax::Tailwind {
            continue;
        }
        let key = (
            std::sync::Arc::as_ptr(&declaration.origin),
            declaration.property.as_str(),
            std::sync::Arc::as_ptr(&declaration.condition),
        );
        match winners.get(&key).copied() {
            Some(winner) if declarations[winner].important && !declaration.important => {
                overridden.insert(index);
            }
            Some(winner) => {
                overridden.insert(winner);
                winners.insert(key, index);
            }
            None => {
                winners.insert(key, index);
            }
        }
    }
    overridden
}

/// The tokens within tolerance of a literal that its syntax may refer to.
fn candidates<'c, 'a>(
    context: &Context<'a>,
    (catalogue, sass): (&'c Catalogue<'a>, &SassScope),
    file_index: usize,
    declaration: &'a Declaration,
    category: Category,
    options: &NoRawValueOptions,
) -> Vec<Near<'c, 'a>> {
    let limit = tolerance(&declaration.value, options);
    // Only the tokens near the literal are looked at; the choice among them is a total order
    // (names break the last tie), so it is the same as among all tokens.
    catalogue
        .near(category, &declaration.value, limit)
        // A token of a stylesheet the file's package does not load, or of another package's
        // theme, is not the file's to use.
        .filter(|candidate| context.token_reaches(file_index, candidate.file))
        // An SCSS or Less variable cannot be named from another syntax, an SCSS variable only
        // where its file is loaded, and a script's theme value not from a stylesheet.
        .filter(|candidate| {
            let syntax = declaration.origin.written_syntax();
            match candidate.token.kind {
                // `.module.scss` rules are CSS Modules by syntax and SCSS by file.
                TokenKind::ScssVariable => {
                    matches!(syntax, Syntax::Scss | Syntax::CssModule)
                        && context.files()[file_index].kind.is_scss()
                        && sass.visible(context, file_index, candidate.file)
                }
                TokenKind::LessVariable => {
                    matches!(syntax, Syntax::Less | Syntax::CssModule)
                        && context.files()[file_index].kind.is_less()
                }
                TokenKind::JsTheme => !matches!(
                    syntax,
                    Syntax::Css
                        | Syntax::CssModule
                        | Syntax::Scss
                        | Syntax::Less
                        | Syntax::Tailwind
                ),
                _ => true,
            }
        })
        .filter_map(|candidate| {
            let (difference, exact) =
                distance(&declaration.value, &declaration.value_text, candidate)?;
            (difference <= limit).then_some((candidate, difference, exact))
        })
        .map(|(candidate, difference, exact)| {
            // A token this syntax can name (`var(--x)` rather than an SCSS variable in a
            // Tailwind class) is worth more than a closer one it cannot.
            let writable = reference_edit(
                context,
                file_index,
                declaration,
                candidate.token,
                candidate.file,
            )
            .is_some();
            Near {
                candidate,
                difference,
                exact,
                writable,
            }
        })
        .collect()
}

fn finding(
    context: &Context<'_>,
    file_index: usize,
    declaration: &Declaration,
    category: Category,
    candidate: &Candidate<'_>,
    difference: f64,
    exact: bool,
) -> LintDiagnostic {
    let token = candidate.token;
    let closeness = if exact {
        "has exactly this value".to_owned()
    } else if difference < 1e-6 {
        format!("has the same size in another unit (`{}`)", token.value_text)
    } else if matches!(declaration.value, Value::Color { .. }) {
        format!("is the closest (ΔE {difference:.1})")
    } else {
        format!("is the closest ({difference:.2}px away)")
    };
    let message = format!(
        "`{}` is a raw {}; the token `{}` {closeness}",
        declaration.value_text,
        category.noun(),
        token.name
    );
    let edit = reference_edit(context, file_index, declaration, token, candidate.file);
    let applicability = if exact && !candidate.redefined {
        Applicability::Safe
    } else {
        Applicability::Unsafe
    };
    let help = match &edit {
        Some(edit) => format!(
            "use `{}` so the value follows the design system",
            edit.replacement
        ),
        None => format!(
            "reference the token `{}` so the value follows the design system",
            token.name
        ),
    };
    let fix = edit.map(|edit| Fix {
        description: format!("Replace with `{}`", edit.replacement),
        applicability,
        edits: vec![edit],
    });
    let token_path = &context.paths[candidate.file];
    LintDiagnostic::new(
        NAME,
        &context.paths[file_index],
        declaration.value_range,
        message,
    )
    .with_help(help)
    .with_related(
        token_path,
        token.range,
        format!("`{}` is defined here", token.name),
    )
    .with_fix(fix)
}
