//! Token names written inside value text — `var(--x)`, `--x` after an opening bracket or quote,
//! `$x` — found with one character test, for the lint rules and the migration planner alike.

/// Whether a byte continues a custom property or SCSS variable name (non-ASCII counts, as CSS
/// identifiers allow it).
#[must_use]
pub fn is_name_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_') || byte >= 0x80
}

/// The end of the name starting at `start`.
fn name_end(bytes: &[u8], start: usize) -> usize {
    let mut end = start;
    while end < bytes.len() && is_name_byte(bytes[end]) {
        end += 1;
    }
    end
}

/// `--name` inside each `var(` of `text` (spaces allowed before it), with its offset.
#[must_use]
pub fn custom_property_references(text: &str) -> Vec<(usize, &str)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for (offset, _) in text.match_indices("var(") {
        let mut start = offset + 4;
        while start < bytes.len() && bytes[start].is_ascii_whitespace() {
            start += 1;
        }
        if text[start..].starts_with("--") {
            let end = name_end(bytes, start + 2);
            if end > start + 2 {
                found.push((start, &text[start..end]));
            }
        }
    }
    found
}

/// `--name` right after one of `openers` (`(` and `[` in a Tailwind class, quotes in a script),
/// with its offset.
#[must_use]
pub fn custom_properties_after<'a>(text: &'a str, openers: &[u8]) -> Vec<(usize, &'a str)> {
    let bytes = text.as_bytes();
    // `memmem` searches with SIMD; this scans every script of a project.
    memchr::memmem::find_iter(bytes, b"--")
        .filter(|&offset| offset > 0 && openers.contains(&bytes[offset - 1]))
        .filter_map(|offset| {
            let end = name_end(bytes, offset + 2);
            (end > offset + 2).then(|| (offset, &text[offset..end]))
        })
        .collect()
}

/// Every whole `--name` in `text`, with its offset: a definition, a `var()` reference, a
/// `@property` rule, a name in a string; `a--b` (a BEM modifier) is not one.
#[must_use]
pub fn custom_property_names(text: &str) -> Vec<(usize, &str)> {
    let bytes = text.as_bytes();
    memchr::memmem::find_iter(bytes, b"--")
        .filter(|&offset| offset == 0 || !is_name_byte(bytes[offset - 1]))
        .filter_map(|offset| {
            let end = name_end(bytes, offset + 2);
            (end > offset + 2).then(|| (offset, &text[offset..end]))
        })
        .collect()
}

/// `$name` in SCSS text, with its offset (a namespace before it, `t.$name`, is not part of it).
#[must_use]
pub fn scss_variable_references(text: &str) -> Vec<(usize, &str)> {
    let bytes = text.as_bytes();
    text.match_indices('$')
        .filter_map(|(offset, _)| {
            let end = name_end(bytes, offset + 1);
            (end > offset + 1).then(|| (offset, &text[offset..end]))
        })
        .collect()
}

/// `@name` in Less text, with its offset: variables, and at-rule keywords (`@media`), which no
/// token is spelled as. `@{name}` (an interpolation) and `@@name` are not read.
#[must_use]
pub fn less_variable_references(text: &str) -> Vec<(usize, &str)> {
    let bytes = text.as_bytes();
    text.match_indices('@')
        .filter(|(offset, _)| {
            *offset == 0 || !matches!(bytes[offset - 1], b'@') && !is_name_byte(bytes[offset - 1])
        })
        .filter_map(|(offset, _)| {
            let end = name_end(bytes, offset + 1);
            (end > offset + 1).then(|| (offset, &text[offset..end]))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_found_with_their_offsets() {
        assert_eq!(
            custom_property_references("0 0 var( --a-b, var(--c)) var(x) var(--)"),
            [(9, "--a-b"), (20, "--c")]
        );
        assert_eq!(
            less_variable_references("@a: 1px; .x { margin: @a; } @media @phone {} @@b a@c @{d}"),
            [(0, "@a"), (22, "@a"), (28, "@media"), (35, "@phone")]
        );
        assert_eq!(
            custom_property_names("--a: var(--b-c); .x--y {} ---z '--d'"),
            [(0, "--a"), (9, "--b-c"), (26, "---z"), (32, "--d")]
        );
        assert_eq!(
            custom_properties_after("bg-[var(--a)] bg-(--b-c) bg-[--d] x--e '--f'", b"(["),
            [(8, "--a"), (18, "--b-c"), (29, "--d")]
        );
        assert_eq!(
            custom_properties_after("setProperty('--f', x)", b"'\"`"),
            [(13, "--f")]
        );
        assert_eq!(
            scss_variable_references("darken(t.$brand-dark, 10%) $"),
            [(9, "$brand-dark")]
        );
    }
}
