//! Length literals: a number and a unit, with the pixel size where the unit has a fixed one.

use rebrand_facts::Length;

/// Parses `12px`, `1.5rem`, `-4px`, `50%`, `0`; `root_font_px` sizes `rem`.
///
/// `em`, `%` and viewport units are relative to something only known at run time, so they keep no
/// pixel size: `em` is never read as `rem`.
#[must_use]
pub fn parse_length(text: &str, root_font_px: f64) -> Option<Length> {
    let text = text.trim();
    let number_end = text
        .char_indices()
        .find(|&(index, character)| {
            !(character.is_ascii_digit()
                || character == '.'
                || (index == 0 && (character == '-' || character == '+')))
        })
        .map_or(text.len(), |(index, _)| index);
    let (number_text, unit) = text.split_at(number_end);
    if !number_text.bytes().any(|byte| byte.is_ascii_digit()) {
        return None;
    }
    let number: f64 = number_text.parse().ok()?;
    let unit = unit.to_ascii_lowercase();
    let px = match unit.as_str() {
        "" if number == 0.0 => Some(0.0),
        "px" => Some(number),
        "rem" => Some(number * root_font_px),
        "pt" => Some(number * 4.0 / 3.0),
        "pc" => Some(number * 16.0),
        "in" => Some(number * 96.0),
        "cm" => Some(number * 96.0 / 2.54),
        "mm" => Some(number * 96.0 / 25.4),
        "q" => Some(number * 96.0 / 101.6),
        "em" | "ex" | "ch" | "cap" | "ic" | "lh" | "rlh" | "%" | "vw" | "vh" | "vmin" | "vmax"
        | "svh" | "lvh" | "dvh" | "svw" | "lvw" | "dvw" | "cqw" | "cqh" | "cqi" | "cqb"
        | "cqmin" | "cqmax" | "fr" => None,
        // A plain non-zero number, or an angle, time or resolution: not a length.
        _ => return None,
    };
    Some(Length {
        number,
        unit: unit.into(),
        px,
    })
}

#[cfg(test)]
mod tests {
    use super::parse_length;

    #[test]
    fn rem_is_sized_and_em_is_not() {
        assert_eq!(parse_length("1.5rem", 16.0).unwrap().px, Some(24.0));
        let em = parse_length("1.5em", 16.0).unwrap();
        assert_eq!((em.px, em.unit.as_str()), (None, "em"));
    }

    #[test]
    fn plain_numbers_other_than_zero_are_not_lengths() {
        assert!(parse_length("600", 16.0).is_none());
        assert_eq!(parse_length("0", 16.0).unwrap().px, Some(0.0));
        assert_eq!(parse_length("-.5px", 16.0).unwrap().px, Some(-0.5));
        assert!(parse_length("px", 16.0).is_none());
        assert!(parse_length("12deg", 16.0).is_none());
    }
}
