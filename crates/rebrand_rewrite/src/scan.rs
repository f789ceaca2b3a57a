//! Text scans inside a value: references by name (`var(--x)`, `$x`, theme paths) and colour
//! literals inside composite values (shadows, gradients, borders written as one string).

/// `name` as the last path in `text`, not part of a longer path (`theme.colors.primary` holds
/// `colors.primary`; `colors.primaryHover` does not).
pub(crate) fn last_path_occurrence(text: &str, path: &str) -> Option<usize> {
    let is_path_byte = |byte: u8| byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'$');
    text.match_indices(path)
        .map(|(offset, _)| offset)
        .filter(|offset| {
            let before = text[..*offset].bytes().next_back();
            let after = text.as_bytes().get(offset + path.len()).copied();
            !before.is_some_and(is_path_byte)
                && !after.is_some_and(|byte| is_path_byte(byte) || byte == b'.')
        })
        .last()
}

fn is_name_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_') || byte >= 0x80
}

/// `--name` inside each `var(` of `text`, with its offset.
pub(crate) fn custom_property_references(text: &str) -> Vec<(usize, &str)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for (offset, _) in text.match_indices("var(") {
        let mut start = offset + 4;
        while start < bytes.len() && bytes[start].is_ascii_whitespace() {
            start += 1;
        }
        if !text[start..].starts_with("--") {
            continue;
        }
        let mut end = start + 2;
        while end < bytes.len() && is_name_byte(bytes[end]) {
            end += 1;
        }
        found.push((start, &text[start..end]));
    }
    found
}

/// `--name` right after `(` or `[` in a Tailwind class: `bg-[var(--x)]`, `bg-(--x)` (v4),
/// `bg-[--x]` (v3), with its offset.
pub(crate) fn bracketed_custom_properties(text: &str) -> Vec<(usize, &str)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for (offset, _) in text.match_indices("--") {
        if offset == 0 || !matches!(bytes[offset - 1], b'(' | b'[') {
            continue;
        }
        let mut end = offset + 2;
        while end < bytes.len() && is_name_byte(bytes[end]) {
            end += 1;
        }
        if end > offset + 2 {
            found.push((offset, &text[offset..end]));
        }
    }
    found
}

/// `$name` in SCSS text (a namespace before it, `t.$name`, stays as written).
pub(crate) fn scss_references(text: &str) -> Vec<(usize, &str)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for (offset, _) in text.match_indices('$') {
        let mut end = offset + 1;
        while end < bytes.len() && is_name_byte(bytes[end]) {
            end += 1;
        }
        if end > offset + 1 {
            found.push((offset, &text[offset..end]));
        }
    }
    found
}

/// Colour literals in `text`: hex colours and colour functions (`rgb(…)`, `oklch(…)`), with
/// their byte ranges; named colours are left out, since words like `white` are also keywords.
pub(crate) fn colour_literals(text: &str) -> Vec<(usize, usize)> {
    const FUNCTIONS: [&str; 10] = [
        "rgb(", "rgba(", "hsl(", "hsla(", "hwb(", "lab(", "lch(", "oklab(", "oklch(", "color(",
    ];
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut index = 0;
    while index < bytes.len() {
        let boundary = index == 0 || !is_name_byte(bytes[index - 1]);
        if bytes[index] == b'#' {
            let mut end = index + 1;
            while end < bytes.len() && bytes[end].is_ascii_hexdigit() {
                end += 1;
            }
            let digits = end - index - 1;
            let ends_word = end == bytes.len() || !is_name_byte(bytes[end]);
            if matches!(digits, 3 | 4 | 6 | 8) && ends_word {
                found.push((index, end));
            }
            index = end.max(index + 1);
            continue;
        }
        if boundary {
            let rest = &text[index..];
            if rest.len() >= 4 && rest[..4].eq_ignore_ascii_case("url(") {
                // `url(#gradient)` names an SVG element, not a colour.
                index += rest.find(')').map_or(rest.len(), |close| close + 1);
                continue;
            }
            if let Some(function) = FUNCTIONS.iter().find(|function| {
                rest.len() >= function.len()
                    && rest[..function.len()].eq_ignore_ascii_case(function)
            }) {
                let mut depth = 0usize;
                let mut end = None;
                for (offset, byte) in rest.bytes().enumerate().skip(function.len() - 1) {
                    match byte {
                        b'(' => depth += 1,
                        b')' => {
                            depth -= 1;
                            if depth == 0 {
                                end = Some(index + offset + 1);
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                if let Some(end) = end {
                    found.push((index, end));
                    index = end;
                    continue;
                }
            }
        }
        index += text[index..].chars().next().map_or(1, char::len_utf8);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_found_with_their_offsets() {
        assert_eq!(
            custom_property_references("0 0 var( --a-b, var(--c)) var(x)"),
            [(9, "--a-b"), (20, "--c")]
        );
        assert_eq!(
            scss_references("darken(t.$brand-dark, 10%) $"),
            [(9, "$brand-dark")]
        );
        assert_eq!(
            last_path_occurrence("${p => p.theme.colors.primary}", "colors.primary"),
            Some(15)
        );
        assert_eq!(
            last_path_occurrence("${p => p.theme.colors.primaryHover}", "colors.primary"),
            None
        );
        assert_eq!(
            bracketed_custom_properties("bg-[var(--a)] bg-(--b-c) bg-[--d] x--e"),
            [(8, "--a"), (18, "--b-c"), (29, "--d")]
        );
        let text = "0 0 0 3px #e5e7eb, inset 0 1px RGBA(0, 0, 0, 0.1) #fff1 url(#abc)";
        let colours: Vec<&str> = colour_literals(text)
            .into_iter()
            .map(|(start, end)| &text[start..end])
            .collect();
        assert_eq!(colours, ["#e5e7eb", "RGBA(0, 0, 0, 0.1)", "#fff1"]);
    }
}
