//! The edits of the declarations that win today in a pattern change: each edited once in its own
//! syntax; a token only the pattern uses at its definitions; a shorthand or a Tailwind class the
//! change sets part of written again whole; a value JavaScript computes left to a person.

use std::sync::Arc;

use rebrand_edit::Edit;
use rebrand_facts::{Declaration, Syntax};
use rebrand_text::TextRange;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::pattern::{unspellable, PatternEdit, PatternInput, PatternNote, Target};
use crate::PatternSet;

/// The edits of the declarations that win today: each once (a token only the pattern uses at
/// its definitions, a shorthand or class the change sets part of written again whole).
pub(crate) fn winning_edits(
    input: &PatternInput<'_>,
    in_pattern: &FxHashSet<(&str, u32)>,
    winning: &FxHashMap<Target, (usize, usize)>,
    sets: &[PatternSet],
    edits: &mut Vec<PatternEdit>,
    edited: &mut FxHashSet<Target>,
    notes: &mut Vec<PatternNote>,
) {
    let mut sorted: Vec<(&Target, &(usize, usize))> = winning.iter().collect();
    sorted.sort();
    // Shorthands of which the change sets only some longhands, by (file, shorthand's value).
    let mut partial: std::collections::BTreeMap<(usize, u32), PartialShorthand> =
        std::collections::BTreeMap::new();
    // Per (token, set): whether its definitions take the change.
    let mut tokens_decided: FxHashMap<(String, usize), bool> = FxHashMap::default();
    for (&target, &(set_index, elements)) in sorted {
        let set = &sets[set_index];
        let (file, declaration) = (
            target.0 as usize,
            &input.files[target.0 as usize].declarations[target.1 as usize],
        );
        let path: Arc<str> = Arc::from(input.files[file].path.as_str());
        // A token only the pattern uses is changed where it is defined.
        if token_definitions(
            input,
            in_pattern,
            (declaration, set, set_index, elements),
            &mut tokens_decided,
            edits,
        ) {
            continue;
        }
        let group_start = partial_group(input, file, declaration, set);
        if let Some(start) = group_start {
            if let Some(value) = set.value_in(declaration.origin.syntax) {
                let group = partial
                    .entry((file, start))
                    .or_insert_with(|| PartialShorthand {
                        target,
                        replaced: Vec::new(),
                        targets: Vec::new(),
                        elements: 0,
                    });
                group
                    .replaced
                    .push((declaration.property.to_string(), value));
                group.targets.push(target);
                group.elements = group.elements.max(elements);
                continue;
            }
        }
        match edit_of(
            &input.sources[file],
            &input.files[file].declarations,
            declaration,
            set,
        ) {
            // A declaration that has the value already changes nothing: no collateral.
            Ok(None) => {}
            Ok(Some(edit)) => {
                edited.insert(target);
                // Longhands of one shorthand (`border-radius: 6px`) are one edit.
                if edits
                    .iter()
                    .any(|other| other.file == file && other.edit.range == edit.range)
                {
                    continue;
                }
                let before = input.sources[file][edit.range.as_usize_range()].to_owned();
                edits.push(PatternEdit {
                    file,
                    path,
                    syntax: declaration.origin.syntax,
                    property: set.property.clone(),
                    edit,
                    before,
                    elements,
                    theme: declaration.condition.dark.then_some(crate::Theme::Dark),
                });
            }
            Err(message) => notes.push(PatternNote {
                file: path,
                range: declaration.range,
                message,
            }),
        }
    }
    for group in partial.into_values() {
        shorthand_edit(input, group, edits, edited, notes);
    }
}

/// Edits the definitions of the token `declaration`'s whole value names, when only the
/// pattern's elements use it for what `set` changes; whether they do is found once per token and
/// set, since finding it reads every declaration of the project. Gives whether the declaration
/// is dealt with.
fn token_definitions(
    input: &PatternInput<'_>,
    in_pattern: &FxHashSet<(&str, u32)>,
    (declaration, set, set_index, elements): (&Declaration, &PatternSet, usize, usize),
    decided_tokens: &mut FxHashMap<(String, usize), bool>,
    edits: &mut Vec<PatternEdit>,
) -> bool {
    let token = crate::pattern_token::named_token(declaration).map(|(name, _)| (name, set_index));
    let decided = token
        .as_ref()
        .and_then(|key| decided_tokens.get(key).copied());
    if decided == Some(true) {
        return true;
    }
    let definitions = if decided.is_none() {
        crate::pattern_token::definition_edits(input, in_pattern, declaration, set)
    } else {
        None
    };
    if let Some(key) = token.filter(|_| decided.is_none()) {
        decided_tokens.insert(key, definitions.is_some());
    }
    if let Some(definitions) = definitions {
        for definition in definitions {
            if edits.iter().any(|other| {
                other.file == definition.file && other.edit.range == definition.edit.range
            }) {
                continue;
            }
            edits.push(PatternEdit {
                file: definition.file,
                path: Arc::from(input.files[definition.file].path.as_str()),
                syntax: definition.syntax,
                property: set.property.clone(),
                edit: definition.edit,
                before: definition.before,
                elements,
                theme: definition.dark.then_some(crate::Theme::Dark),
            });
        }
        return true;
    }
    false
}

/// A shorthand of which the change sets some longhands.
struct PartialShorthand {
    /// One of its longhand declarations.
    target: Target,
    /// (longhand, new value as the file writes it).
    replaced: Vec<(String, String)>,
    /// The longhand declarations the change sets.
    targets: Vec<Target>,
    /// How many of the pattern's elements take a value from it, at most.
    elements: usize,
}

/// The edit that writes a shorthand again with the longhands the change sets, or a note.
fn shorthand_edit(
    input: &PatternInput<'_>,
    group: PartialShorthand,
    edits: &mut Vec<PatternEdit>,
    edited: &mut FxHashSet<Target>,
    notes: &mut Vec<PatternNote>,
) {
    let file = group.target.0 as usize;
    let declarations = &input.files[file].declarations;
    let declaration = &declarations[group.target.1 as usize];
    let path: Arc<str> = Arc::from(input.files[file].path.as_str());
    let rewritten = match &declaration.shorthand {
        _ if declaration.origin.syntax == Syntax::Tailwind => {
            Ok(crate::pattern_tailwind::group_replacement(
                &input.sources[file],
                declarations,
                declaration,
                &group.replaced,
            ))
        }
        Some(shorthand) => crate::pattern_shorthand::rewrite(
            &input.sources[file],
            declarations,
            shorthand,
            &group.replaced,
        ),
        None => return,
    };
    match rewritten {
        Ok(None) => {}
        Ok(Some(edit)) => {
            edited.extend(group.targets);
            edits.push(PatternEdit {
                file,
                path,
                syntax: declaration.origin.syntax,
                property: group
                    .replaced
                    .iter()
                    .map(|(longhand, _)| longhand.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                before: input.sources[file][edit.range.as_usize_range()].to_owned(),
                edit,
                elements: group.elements,
                theme: declaration.condition.dark.then_some(crate::Theme::Dark),
            });
        }
        Err(message) => notes.push(PatternNote {
            file: path,
            range: declaration.range,
            message,
        }),
    }
}

/// Where the shorthand or class a change sets only some longhands of starts (its key among
/// the plan's partial groups), when `declaration` is one of those longhands.
fn partial_group(
    input: &PatternInput<'_>,
    file: usize,
    declaration: &Declaration,
    set: &PatternSet,
) -> Option<u32> {
    if declaration.origin.syntax == Syntax::Tailwind {
        let mut wanted = set.longhands();
        wanted.sort();
        let class =
            crate::pattern_tailwind::class_longhands(&input.files[file].declarations, declaration);
        return (class != wanted.iter().map(String::as_str).collect::<Vec<_>>())
            .then_some(declaration.range.start);
    }
    declaration
        .shorthand
        .as_ref()
        .filter(|shorthand| shorthand.property != set.property)
        .filter(|shorthand| rewritable(&input.sources[file], declaration, shorthand))
        .map(|shorthand| shorthand.value_range.start)
}

/// Whether a shorthand's text is one the planner may write again: a stylesheet's or a
/// template's literal value, or a string in a style object (not a class, not a computed value).
fn rewritable(
    source: &str,
    declaration: &Declaration,
    shorthand: &rebrand_facts::ShorthandSource,
) -> bool {
    let written = &source[shorthand.value_range.as_usize_range()];
    match declaration.origin.syntax {
        // A class is one of the group a change to some of its longhands writes again.
        Syntax::Tailwind => false,
        Syntax::StyledTemplate => !written.contains("${"),
        Syntax::StyledObject | Syntax::InlineStyle | Syntax::StyleProp => {
            is_string_literal(written) || is_quoted_at(source, shorthand.value_range)
        }
        _ => true,
    }
}

/// The edit that gives `declaration` the set's value: `None` when it already has it, an error
/// saying why when the planner cannot write it.
fn edit_of(
    source: &str,
    declarations: &[Declaration],
    declaration: &Declaration,
    set: &PatternSet,
) -> Result<Option<Edit>, String> {
    let property = declaration
        .shorthand
        .as_deref()
        .map_or(declaration.property.as_str(), |shorthand| {
            shorthand.property.as_str()
        });
    let value = set
        .value_in(declaration.origin.syntax)
        .ok_or_else(|| unspellable(set, declaration.origin.syntax))?;
    // What the declaration already computes to: a Tailwind theme class (`text-tag-ink`) that
    // names the token asked for.
    if declaration.value_text.trim() == value {
        return Ok(None);
    }
    match declaration.origin.syntax {
        Syntax::Tailwind => {
            let class =
                crate::pattern_tailwind::replacement(declarations, declaration, set, &value)?;
            let written = &source[declaration.range.as_usize_range()];
            return Ok((written != class).then(|| Edit::replace(declaration.range, class)));
        }
        // A theme function in a template (`${({ theme }) => theme.tag.ink}`) is what keeps
        // the value per theme: never overwritten with one theme's value.
        Syntax::StyledTemplate
            if source[declaration.value_range.as_usize_range()].contains("${") =>
        {
            return Err(format!(
                "`{}` is computed in JavaScript: write `{value}` there by hand",
                declaration.value_text
            ))
        }
        Syntax::StyledObject | Syntax::InlineStyle | Syntax::StyleProp
            if !is_string_literal(&source[declaration.value_range.as_usize_range()])
                && !is_quoted_at(source, declaration.value_range) =>
        {
            return Err(format!(
                "`{}` is computed in JavaScript: write `{value}` there by hand",
                declaration.value_text
            ))
        }
        _ => {}
    }
    let range = match &declaration.shorthand {
        Some(shorthand) if shorthand.property == set.property => shorthand.value_range,
        Some(shorthand) => {
            return Err(format!(
                "`{property}` is written as the shorthand `{}`, which sets more than `{}`: change it by hand",
                shorthand.property, set.property
            ))
        }
        None => declaration.value_range,
    };
    let written = &source[range.as_usize_range()];
    let replacement = match written.chars().next() {
        // A value in a JavaScript object keeps its quotes.
        Some(quote @ ('"' | '\'' | '`')) if is_string_literal(written) => {
            format!("{quote}{value}{quote}")
        }
        _ => value,
    };
    if written == replacement {
        return Ok(None);
    }
    Ok(Some(Edit::replace(range, replacement)))
}

/// Whether the text at `range` is the content of a string literal (`"9999px"` around it).
fn is_quoted_at(source: &str, range: TextRange) -> bool {
    let bytes = source.as_bytes();
    let (start, end) = (range.start as usize, range.end as usize);
    start > 0
        && end < bytes.len()
        && matches!(bytes[start - 1], b'"' | b'\'')
        && bytes[end] == bytes[start - 1]
        && !source[start..end].contains(['"', '\'', '`'])
}

/// Whether a JavaScript value is a plain string literal.
fn is_string_literal(text: &str) -> bool {
    let text = text.trim();
    text.len() >= 2
        && matches!(text.chars().next(), Some('"' | '\'' | '`'))
        && text.ends_with(text.chars().next().unwrap_or('"'))
        && !text.contains("${")
}
