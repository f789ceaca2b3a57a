//! Every place a file names a token, wherever it stands: a rename must reach at-rule preludes
//! (`@media (max-width: $bp)`), interpolations, `@include` arguments, control flow, maps,
//! `@return`, module configuration (`@use … with ($x: …)`), Less `@x` anywhere, comments, and in a script any
//! string, key or template that holds `--x` (or the Sass a build script writes, `$x-y`), not
//! only the declaration values the facts hold.

use rebrand_facts::FileKind;
use rebrand_values::{custom_property_names, less_variable_references, scss_variable_references};

/// A token's name as a file writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Named<'t> {
    /// `--color-brand`.
    CustomProperty(&'t str),
    /// `$color-brand` (in `t.$color-brand` the name starts at the `$`).
    ScssVariable(&'t str),
    /// `@color-brand` in Less.
    LessVariable(&'t str),
    /// `colors.brand` after a member access (`theme.colors.brand`).
    ThemePath(&'t str),
}

/// The names in `text` of a file of `kind`, with their byte offsets: custom properties in every
/// stylesheet and script, SCSS variables in SCSS, and `theme_paths` after a `.` in a script.
pub(crate) fn names_in<'t>(
    kind: FileKind,
    text: &'t str,
    theme_paths: &[&'t str],
) -> Vec<(usize, Named<'t>)> {
    let mut found: Vec<(usize, Named<'t>)> = Vec::new();
    if kind.is_stylesheet() || kind.is_script() {
        let bytes = text.as_bytes();
        found.extend(
            custom_property_names(text)
                .into_iter()
                .filter(|(offset, name)| {
                    !kind.is_script() || in_script_string(bytes, *offset, name)
                })
                .map(|(offset, name)| (offset, Named::CustomProperty(name))),
        );
    }
    if kind.is_scss() || kind.is_script() {
        // A script names an SCSS variable in the Sass it writes (`@use "x" with ($a-b: 1)` in a
        // build script's template): `$` and a name with a dash, which no identifier has.
        found.extend(
            scss_variable_references(text)
                .into_iter()
                .filter(|(offset, name)| {
                    kind.is_scss()
                        || (name[1..].contains('-')
                            && !text[..*offset]
                                .bytes()
                                .next_back()
                                .is_some_and(|byte| byte.is_ascii_alphanumeric() || byte == b'_'))
                })
                .map(|(offset, name)| (offset, Named::ScssVariable(name))),
        );
    }
    if kind.is_less() {
        found.extend(
            less_variable_references(text)
                .into_iter()
                .map(|(offset, name)| (offset, Named::LessVariable(name))),
        );
    }
    if kind.is_script() {
        for path in theme_paths {
            found.extend(
                member_paths(text, path)
                    .into_iter()
                    .map(|offset| (offset, Named::ThemePath(path))),
            );
        }
    }
    found.sort_by_key(|(offset, _)| *offset);
    found
}

/// Whether `--name` at `offset` of a script reads as a custom property: right after a quote, a
/// backtick or a bracket (`'--x'`, `` `--x` ``, `var(--x)`, `["--x"]`), or a name with more than
/// one word (`--color-brand`), which the decrement operator can never be followed by.
fn in_script_string(bytes: &[u8], offset: usize, name: &str) -> bool {
    let after_opener = offset > 0 && matches!(bytes[offset - 1], b'"' | b'\'' | b'`' | b'(' | b'[');
    after_opener || name[2..].contains('-')
}

/// The offsets of `path` (`colors.brand`) in `text` where it is a member access of something
/// (`theme.colors.brand`, `p.theme.colors.brand`) and not part of a longer path.
fn member_paths(text: &str, path: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let is_path_byte = |byte: u8| byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'$');
    memchr::memmem::find_iter(bytes, path.as_bytes())
        .filter(|&offset| {
            let after = bytes.get(offset + path.len()).copied();
            offset > 0
                && bytes[offset - 1] == b'.'
                && !after.is_some_and(|byte| is_path_byte(byte) || byte == b'.')
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(kind: FileKind, text: &str, paths: &[&str]) -> Vec<String> {
        names_in(kind, text, paths)
            .into_iter()
            .map(|(offset, named)| {
                let name = match named {
                    Named::CustomProperty(name)
                    | Named::ScssVariable(name)
                    | Named::LessVariable(name)
                    | Named::ThemePath(name) => name,
                };
                format!("{offset}:{name}")
            })
            .collect()
    }

    #[test]
    fn scss_names_are_found_in_every_position() {
        let text = "@use \"tokens\" with ($bp-sm: 600px);\n@media (max-width: t.$bp-sm) { .a-#{$bp-sm} { @include m($bp-sm); } }\n// $bp-sm\n.x--y { color: var(--brand) }";
        assert_eq!(
            names(FileKind::Scss, text, &[]),
            [
                "20:$bp-sm",
                "57:$bp-sm",
                "72:$bp-sm",
                "93:$bp-sm",
                "109:$bp-sm",
                "135:--brand"
            ]
        );
    }

    #[test]
    fn script_names_are_strings_and_member_paths() {
        let text = "el.style.setProperty('--brand', x); i = --count; const s = { ['--ring-color' as string]: `var(--brand)` }; theme.colors.brand; colors.brand; t.colors.brandHover; `@use \"x\" with ($enable-classes: false)`; $el; a$b-c";
        assert_eq!(
            names(FileKind::Tsx, text, &["colors.brand"]),
            [
                "22:--brand",
                "63:--ring-color",
                "94:--brand",
                "113:colors.brand",
                "178:$enable-classes"
            ]
        );
    }
}
