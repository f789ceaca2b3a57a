//! Text scans inside a value that the planner needs beyond `rebrand_values`' name scans: theme paths
//! and colour literals inside composite values (shadows, gradients, borders written as one
//! string).

use rebrand_values::is_name_byte;

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
        // A byte inside a multi-byte character (`content: " →"`) starts nothing.
        if boundary && text.is_char_boundary(index) {
            let rest = &text[index..];
            if rest
                .get(..4)
                .is_some_and(|start| start.eq_ignore_ascii_case("url("))
            {
                // `url(#gradient)` names an SVG element, not a colour.
                index += rest.find(')').map_or(rest.len(), |close| close + 1);
                continue;
            }
            if let Some(function) = FUNCTIONS.iter().find(|function| {
                rest.get(..function.len())
                    .is_some_and(|start| start.eq_ignore_ascii_case(function))
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
    fn text_beyond_ascii_is_scanned_without_splitting_a_character() {
        // `content: " →" #fff`: the arrow's bytes start nothing; the colour after it is found.
        let text = "\" →\" #fff rgb(0 0 0)";
        let found = colour_literals(text);
        assert_eq!(
            found
                .iter()
                .map(|&(start, end)| &text[start..end])
                .collect::<Vec<_>>(),
            ["#fff", "rgb(0 0 0)"]
        );
    }

    #[test]
    fn paths_and_colours_are_found_with_their_offsets() {
        assert_eq!(
            last_path_occurrence("${p => p.theme.colors.primary}", "colors.primary"),
            Some(15)
        );
        assert_eq!(
            last_path_occurrence("${p => p.theme.colors.primaryHover}", "colors.primary"),
            None
        );
        let text = "0 0 0 3px #e5e7eb, inset 0 1px RGBA(0, 0, 0, 0.1) #fff1 url(#abc)";
        let colours: Vec<&str> = colour_literals(text)
            .into_iter()
            .map(|(start, end)| &text[start..end])
            .collect();
        assert_eq!(colours, ["#e5e7eb", "RGBA(0, 0, 0, 0.1)", "#fff1"]);
    }
}
