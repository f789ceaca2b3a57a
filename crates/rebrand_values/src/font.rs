//! The `font` shorthand: `[style] [variant] [weight] [stretch] size[/line-height] family`.

use rebrand_facts::SmolStr;

use crate::{words_with_offsets, Longhand};

const SIZE_KEYWORDS: [&str; 11] = [
    "xx-small",
    "x-small",
    "small",
    "medium",
    "large",
    "x-large",
    "xx-large",
    "xxx-large",
    "smaller",
    "larger",
    "math",
];
const STRETCHES: [&str; 9] = [
    "ultra-condensed",
    "extra-condensed",
    "condensed",
    "semi-condensed",
    "semi-expanded",
    "expanded",
    "extra-expanded",
    "ultra-expanded",
    "normal",
];

fn longhand<'a>(property: &str, value: &'a str, start: usize) -> Longhand<'a> {
    Longhand {
        property: SmolStr::new(property),
        text: value,
        start,
        end: start + value.len(),
        implied: false,
    }
}

/// Expands `font`, or `None` for a system font keyword, a value built from references or
/// expressions, or anything that does not follow the grammar.
pub(crate) fn expand_font(value: &str) -> Option<Vec<Longhand<'_>>> {
    if value.contains("var(") || value.contains('$') || value.contains("#{") {
        return None;
    }
    // A CSS-wide keyword (`font: inherit`, as Tailwind's preflight gives form controls) sets
    // every longhand to itself.
    let trimmed = value.trim();
    if matches!(
        trimmed.to_ascii_lowercase().as_str(),
        "inherit" | "initial" | "unset" | "revert" | "revert-layer"
    ) {
        let start = value.len() - value.trim_start().len();
        return Some(
            [
                "font-style",
                "font-variant-caps",
                "font-weight",
                "font-stretch",
                "font-size",
                "line-height",
                "font-family",
            ]
            .into_iter()
            .map(|property| longhand(property, trimmed, start))
            .collect(),
        );
    }
    let tokens = words_with_offsets(value);
    let mut longhands = Vec::new();
    let mut size_at = None;
    for (position, &(start, token)) in tokens.iter().enumerate() {
        let lower = token.to_ascii_lowercase();
        let starts_numeric =
            token.starts_with(|character: char| character.is_ascii_digit() || character == '.');
        let is_weight_number = token
            .parse::<u32>()
            .is_ok_and(|weight| (1..=1000).contains(&weight));
        if is_weight_number && size_at.is_none() && !token.contains('/') {
            longhands.push(longhand("font-weight", token, start));
        } else if starts_numeric
            || SIZE_KEYWORDS.contains(&lower.split('/').next().unwrap_or_default())
        {
            size_at = Some(position);
            break;
        } else if matches!(lower.as_str(), "bold" | "bolder" | "lighter") {
            longhands.push(longhand("font-weight", token, start));
        } else if matches!(lower.as_str(), "italic" | "oblique") {
            longhands.push(longhand("font-style", token, start));
        } else if !(lower == "small-caps" || STRETCHES.contains(&lower.as_str())) {
            return None;
        }
    }
    let size_at = size_at?;
    let (size_start, size_token) = tokens[size_at];
    if let Some((size, line_height)) = size_token.split_once('/') {
        longhands.push(longhand("font-size", size, size_start));
        if line_height.is_empty() {
            // `16px/ 1.5`: the line height is the next token.
            let &(start, token) = tokens.get(size_at + 1)?;
            longhands.push(longhand("line-height", token, start));
            return family(value, &tokens, size_at + 2, longhands);
        }
        let line_start = size_start + size.len() + 1;
        longhands.push(longhand("line-height", line_height, line_start));
    } else {
        longhands.push(longhand("font-size", size_token, size_start));
        if let Some(&(_, next)) = tokens.get(size_at + 1) {
            if let Some(line_height) = next.strip_prefix('/') {
                // `16px / 1.5` or `16px /1.5`.
                let (start, token) = if line_height.is_empty() {
                    *tokens.get(size_at + 2)?
                } else {
                    (tokens[size_at + 1].0 + 1, line_height)
                };
                longhands.push(longhand("line-height", token, start));
                let skip = if line_height.is_empty() { 3 } else { 2 };
                return family(value, &tokens, size_at + skip, longhands);
            }
        }
    }
    family(value, &tokens, size_at + 1, longhands)
}

/// Adds `font-family`: everything from token `from` to the end of the value.
fn family<'a>(
    value: &'a str,
    tokens: &[(usize, &str)],
    from: usize,
    mut longhands: Vec<Longhand<'a>>,
) -> Option<Vec<Longhand<'a>>> {
    let &(start, _) = tokens.get(from)?;
    let text = value[start..].trim_end();
    longhands.push(longhand("font-family", text, start));
    Some(longhands)
}

#[cfg(test)]
mod tests {
    use super::expand_font;

    fn expanded(value: &str) -> Vec<(String, String)> {
        expand_font(value)
            .unwrap()
            .into_iter()
            .map(|longhand| {
                assert_eq!(&value[longhand.start..longhand.end], longhand.text);
                (longhand.property.to_string(), longhand.text.to_owned())
            })
            .collect()
    }

    #[test]
    fn size_line_height_and_family_are_separated() {
        assert_eq!(
            expanded("16px/1.5 system-ui, sans-serif"),
            [
                ("font-size".into(), "16px".into()),
                ("line-height".into(), "1.5".into()),
                ("font-family".into(), "system-ui, sans-serif".into()),
            ]
        );
    }

    #[test]
    fn style_and_weight_come_before_the_size() {
        assert_eq!(
            expanded("italic 600 0.875rem / 20px \"Inter\", Arial"),
            [
                ("font-style".into(), "italic".into()),
                ("font-weight".into(), "600".into()),
                ("font-size".into(), "0.875rem".into()),
                ("line-height".into(), "20px".into()),
                ("font-family".into(), "\"Inter\", Arial".into()),
            ]
        );
    }

    #[test]
    fn keywords_and_references_stay_whole() {
        assert!(expand_font("caption").is_none());
        assert!(expand_font("var(--font-body)").is_none());
        assert!(expand_font("16px").is_none());
    }
}
