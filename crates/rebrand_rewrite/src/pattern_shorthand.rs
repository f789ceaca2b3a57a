//! A pattern change to some longhands of a shorthand (`padding-left` and `padding-right` of
//! `padding: 6px 12px`): the shorthand is written again with the new longhands and the others
//! as it sets them, in its shortest form (`padding: 6px`). A shorthand whose other longhands are
//! not all known, or that is more than four sides or corners (`border-radius: 4px / 2px`, a
//! `background` with an image), is left to a person.

use rebrand_edit::Edit;
use rebrand_facts::{Declaration, ShorthandSource};

/// The longhands of a box shorthand, in the order its values are written (top, right, bottom,
/// left; corners from the top left, clockwise).
fn sides(shorthand: &str) -> Option<[String; 4]> {
    let around = |prefix: &str, suffix: &str| {
        ["top", "right", "bottom", "left"].map(|side| format!("{prefix}-{side}{suffix}"))
    };
    Some(match shorthand {
        "padding" | "margin" => around(shorthand, ""),
        "border-width" => around("border", "-width"),
        "border-color" => around("border", "-color"),
        "border-style" => around("border", "-style"),
        "border-radius" => ["top-left", "top-right", "bottom-right", "bottom-left"]
            .map(|corner| format!("border-{corner}-radius")),
        _ => return None,
    })
}

/// The shortest value of four sides: one, two or three values when the CSS rules for
/// omitted values give the same four.
fn shortest(values: &[String; 4]) -> String {
    let [top, right, bottom, left] = values;
    if top == right && top == bottom && top == left {
        top.clone()
    } else if top == bottom && right == left {
        format!("{top} {right}")
    } else if right == left {
        format!("{top} {right} {bottom}")
    } else {
        values.join(" ")
    }
}

/// The edit that writes `shorthand` again with `replaced` (longhand, new value) in place of what
/// it sets for them, or why it cannot be written.
pub(crate) fn rewrite(
    source: &str,
    declarations: &[Declaration],
    shorthand: &ShorthandSource,
    replaced: &[(String, String)],
) -> Result<Option<Edit>, String> {
    let range = shorthand.value_range;
    let written = &source[range.as_usize_range()];
    let quote = written
        .chars()
        .next()
        .filter(|character| matches!(character, '"' | '\''));
    let inner = match quote {
        Some(quote) => written
            .strip_prefix(quote)
            .and_then(|text| text.strip_suffix(quote))
            .unwrap_or(written),
        None => written,
    };
    let by_hand = || {
        let longhands: Vec<&str> = replaced.iter().map(|(name, _)| name.as_str()).collect();
        format!(
            "`{}` is written as the shorthand `{}: {written}`, which sets more than `{}`: change it by hand",
            longhands.join("`, `"),
            shorthand.property,
            longhands.join("`, `")
        )
    };
    let value = if shorthand.property == "background" {
        // A background of one colour is that colour: anything else (an image, a position)
        // would be lost.
        match replaced {
            [(longhand, value)]
                if longhand == "background-color"
                    && !inner.trim().contains(char::is_whitespace) =>
            {
                value.clone()
            }
            _ => return Err(by_hand()),
        }
    } else {
        let order = sides(&shorthand.property).ok_or_else(by_hand)?;
        if inner.contains(['/', '!']) {
            return Err(by_hand());
        }
        let mut values: [String; 4] = Default::default();
        for (slot, longhand) in values.iter_mut().zip(&order) {
            *slot = match replaced.iter().find(|(name, _)| name == longhand) {
                Some((_, value)) => value.clone(),
                None => declarations
                    .iter()
                    .find(|declaration| {
                        declaration.property == *longhand
                            && declaration
                                .shorthand
                                .as_ref()
                                .is_some_and(|other| other.value_range == range)
                    })
                    .map(|declaration| declaration.value_text.to_string())
                    .ok_or_else(by_hand)?,
            };
        }
        shortest(&values)
    };
    let text = match quote {
        Some(quote) => format!("{quote}{value}{quote}"),
        None => value,
    };
    Ok((text != written).then(|| Edit::replace(range, text)))
}

#[cfg(test)]
mod tests {
    use super::shortest;

    #[test]
    fn four_sides_are_written_in_their_shortest_form() {
        let sides = |values: [&str; 4]| shortest(&values.map(str::to_owned));
        assert_eq!(sides(["6px", "6px", "6px", "6px"]), "6px");
        assert_eq!(sides(["6px", "12px", "6px", "12px"]), "6px 12px");
        assert_eq!(sides(["6px", "12px", "8px", "12px"]), "6px 12px 8px");
        assert_eq!(sides(["0px", "1px", "1px", "0px"]), "0px 1px 1px 0px");
    }
}
