//! The highest shared source of a pattern change: when a member's winning declaration is only a
//! token (`background-color: var(--tag-surface)`, `$tag-surface`, `@tag-surface`) and every
//! element that uses the token is a member of the pattern, the token's definitions are changed
//! instead of its uses — once, however many rules name it. A token something else uses (an
//! element outside the pattern, another token's value) keeps its value: the declaration is
//! changed, as before.

use rebrand_edit::Edit;
use rebrand_facts::{Declaration, Syntax, TokenKind};
use rustc_hash::FxHashSet;

use crate::pattern::{PatternInput, Target};
use crate::{PatternSet, Theme};

/// One definition of a token to give the change's value.
pub(crate) struct DefinitionEdit {
    pub(crate) file: usize,
    pub(crate) syntax: Syntax,
    pub(crate) edit: Edit,
    /// The text it replaces.
    pub(crate) before: String,
    /// Whether it is a dark definition.
    pub(crate) dark: bool,
}

/// The token a declaration's whole value names, as written (`--tag-surface`, `$tag-surface`).
pub(crate) fn named_token(declaration: &Declaration) -> Option<(String, TokenKind)> {
    let text = declaration.value_text.trim();
    if let Some(inner) = text
        .strip_prefix("var(")
        .and_then(|rest| rest.strip_suffix(')'))
    {
        let name = inner.trim();
        return (name.starts_with("--") && !name.contains([',', ' ', '(']))
            .then(|| (name.to_owned(), TokenKind::CustomProperty));
    }
    let plain = |prefix: char| {
        text.starts_with(prefix)
            && text[1..].chars().all(|character| {
                character.is_ascii_alphanumeric() || matches!(character, '-' | '_')
            })
    };
    match declaration.origin.syntax {
        Syntax::Scss if plain('$') => Some((text.to_owned(), TokenKind::ScssVariable)),
        Syntax::Less if plain('@') => Some((text.to_owned(), TokenKind::LessVariable)),
        _ => None,
    }
}

/// Whether `text` names `token` (a word of its own: `--tag` is not `--tag-ink`).
fn names(text: &str, token: &str) -> bool {
    text.match_indices(token).any(|(at, _)| {
        text[at + token.len()..]
            .chars()
            .next()
            .is_none_or(|next| !(next.is_ascii_alphanumeric() || matches!(next, '-' | '_')))
    })
}

/// The definitions to edit in place of `declaration`, when its value is a token that only the
/// pattern's elements use; `None` when the declaration itself is to be changed.
pub(crate) fn definition_edits(
    input: &PatternInput<'_>,
    in_pattern: &FxHashSet<(&str, u32)>,
    declaration: &Declaration,
    set: &PatternSet,
) -> Option<Vec<DefinitionEdit>> {
    let (token, kind) = named_token(declaration)?;
    let longhands = set.longhands();
    // Every declaration that names the token, and no token whose value does: each of them for
    // a property and state the change sets, or the token's new value would reach another.
    let mut users: FxHashSet<Target> = FxHashSet::default();
    for (file_index, file) in input.files.iter().enumerate() {
        if file
            .tokens
            .iter()
            .any(|other| names(&other.value_text, &token))
        {
            return None;
        }
        for (index, other) in file.declarations.iter().enumerate() {
            if names(&other.value_text, &token)
                || other
                    .css_value
                    .as_deref()
                    .is_some_and(|value| names(value, &token))
            {
                if !longhands.iter().any(|longhand| *longhand == other.property)
                    || !set.applies_in(&other.condition)
                {
                    return None;
                }
                users.insert((file_index as u32, index as u32));
            }
        }
    }
    let outside = input.linked.elements.iter().any(|style| {
        !in_pattern.contains(&(&*style.file, style.element))
            && style
                .links
                .iter()
                .any(|link| users.contains(&(link.file_index, link.declaration)))
    });
    if outside {
        return None;
    }
    let mut edits = Vec::new();
    for (file_index, file) in input.files.iter().enumerate() {
        for definition in file
            .tokens
            .iter()
            .filter(|definition| definition.name == token && definition.kind == kind)
        {
            let dark = !definition.in_base_scope()
                || definition
                    .media
                    .iter()
                    .any(|media| media.replace(' ', "").contains("prefers-color-scheme:dark"));
            let wanted = match set.theme {
                None => true,
                Some(Theme::Dark) => dark,
                Some(Theme::Light) => !dark,
            };
            if !wanted {
                continue;
            }
            let syntax = match kind {
                TokenKind::ScssVariable => Syntax::Scss,
                TokenKind::LessVariable => Syntax::Less,
                _ => Syntax::Css,
            };
            let value = set.value_in(syntax)?;
            let source = &input.sources[file_index];
            let before = source[definition.value_range.as_usize_range()].to_owned();
            // A `!default` or `!important` after the value stays.
            let (kept, flags) = match before.find('!') {
                Some(at) => (before[..at].trim_end(), &before[at..]),
                None => (before.as_str(), ""),
            };
            let replacement = if flags.is_empty() {
                value
            } else {
                format!("{value} {flags}")
            };
            if kept != replacement && before != replacement {
                edits.push(DefinitionEdit {
                    file: file_index,
                    syntax,
                    edit: Edit::replace(definition.value_range, replacement),
                    before,
                    dark,
                });
            }
        }
    }
    // A token with no definition in the project (a package's) is not the project's to change.
    let defined = input.files.iter().any(|file| {
        file.tokens
            .iter()
            .any(|definition| definition.name == token && definition.kind == kind)
    });
    defined.then_some(edits)
}

#[cfg(test)]
mod tests {
    use super::names;

    #[test]
    fn a_token_is_named_as_a_whole_word() {
        assert!(names("var(--tag)", "--tag"));
        assert!(!names("var(--tag-ink)", "--tag"));
        assert!(names("$tag", "$tag"));
        assert!(!names("$tagline", "$tag"));
    }
}
