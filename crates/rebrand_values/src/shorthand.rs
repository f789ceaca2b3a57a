//! Expands shorthands into the longhands they set, each pointing at its own part of the value.

use rebrand_facts::{SmolStr, SmolStrBuilder, Value};

use crate::{classify_value, split_components, Component, ValueOptions};

/// One longhand set by a shorthand, with the offsets of its part inside the shorthand's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Longhand<'a> {
    /// The longhand property.
    pub property: SmolStr,
    /// The part of the value that sets it.
    pub text: &'a str,
    /// Offset of that part in the value.
    pub start: usize,
    /// Offset one past that part in the value.
    pub end: usize,
    /// Whether the shorthand leaves it out and so sets it to its initial value (`border: 0`
    /// sets `border-top-style: none`): `text` is that value, and the offsets span the whole
    /// shorthand value, which is what sets it.
    pub implied: bool,
}

const SIDES: [&str; 4] = ["top", "right", "bottom", "left"];
/// The `border-radius` longhands, corner by corner (two are too long to be stored inline).
const CORNER_RADII: [&str; 4] = [
    "border-top-left-radius",
    "border-top-right-radius",
    "border-bottom-right-radius",
    "border-bottom-left-radius",
];
const BORDER_STYLES: [&str; 10] = [
    "none", "hidden", "dotted", "dashed", "solid", "double", "groove", "ridge", "inset", "outset",
];

/// Expands `property: value` if `property` is a shorthand rebrand models, or `None` to keep it
/// whole (not a shorthand, or a value such as `4px / 8px` or `$a * 2` whose parts cannot be told
/// apart without evaluating it).
///
/// Modelled: `margin`, `padding`, `inset`, `gap`, `border-width`, `border-style`, `border-color`,
/// `border-radius`, `border`, `border-top` (and the other sides), `outline`, `padding-inline`,
/// `padding-block`, `margin-inline`, `margin-block` (read left-to-right), `font`, and the colour
/// of `background`.
#[must_use]
pub fn expand_shorthand<'a>(property: &str, value: &'a str) -> Option<Vec<Longhand<'a>>> {
    if property == "font" {
        return crate::font::expand_font(value);
    }
    let components = split_components(value)?;
    if components.is_empty()
        || components
            .iter()
            .any(|component| matches!(component.text, "*" | "/" | "+" | "-" | "%"))
        || components
            .iter()
            .any(|component| component.text.contains('/'))
    {
        return None;
    }
    match property {
        "margin" | "padding" | "scroll-margin" | "scroll-padding" => {
            four_sides(&components, |side| joined(&[property, "-", side]))
        }
        "inset" => four_sides(&components, SmolStr::new_static),
        "border-width" | "border-style" | "border-color" => {
            let aspect = &property["border-".len()..];
            four_sides(&components, |side| joined(&["border-", side, "-", aspect]))
        }
        "border-radius" => four_values(&components, &CORNER_RADII, SmolStr::new_static),
        "padding-inline" | "margin-inline" | "padding-block" | "margin-block" => {
            let (base, axis) = property.split_once('-')?;
            let [first, second] = if axis == "inline" {
                ["left", "right"]
            } else {
                ["top", "bottom"]
            };
            match components.as_slice() {
                [both] => Some(vec![
                    longhand(joined(&[base, "-", first]), both),
                    longhand(joined(&[base, "-", second]), both),
                ]),
                [start, end] => Some(vec![
                    longhand(joined(&[base, "-", first]), start),
                    longhand(joined(&[base, "-", second]), end),
                ]),
                _ => None,
            }
        }
        "gap" | "grid-gap" => match components.as_slice() {
            [both] => Some(vec![
                longhand(SmolStr::new_static("row-gap"), both),
                longhand(SmolStr::new_static("column-gap"), both),
            ]),
            [row, column] => Some(vec![
                longhand(SmolStr::new_static("row-gap"), row),
                longhand(SmolStr::new_static("column-gap"), column),
            ]),
            _ => None,
        },
        "border" => border_parts(
            &components,
            &["border-top", "border-right", "border-bottom", "border-left"],
        ),
        "border-top" | "border-right" | "border-bottom" | "border-left" => {
            border_parts(&components, &[property])
        }
        "outline" => border_parts(&components, &["outline"]),
        "background" => {
            let colours: Vec<_> = components
                .iter()
                .filter(|component| is_color(component.text) || component.text.starts_with("var("))
                .collect();
            match colours.as_slice() {
                [colour] if components.len() == 1 || is_color(colour.text) => Some(vec![longhand(
                    SmolStr::new_static("background-color"),
                    colour,
                )]),
                _ => None,
            }
        }
        _ => None,
    }
}

fn is_color(text: &str) -> bool {
    matches!(
        classify_value(text, ValueOptions::default()),
        Value::Color { .. }
    )
}

/// The concatenation of `parts` as a property name, kept inline (no allocation) when it is as
/// short as most longhand names are.
fn joined(parts: &[&str]) -> SmolStr {
    let mut name = SmolStrBuilder::new();
    for part in parts {
        name.push_str(part);
    }
    name.finish()
}

fn longhand<'a>(property: SmolStr, component: &Component<'a>) -> Longhand<'a> {
    Longhand {
        property,
        text: component.text,
        start: component.start,
        end: component.end,
        implied: false,
    }
}

/// The CSS one-to-four value rule: top, right, bottom, left with the usual defaults.
fn four_sides<'a>(
    components: &[Component<'a>],
    name: impl Fn(&'static str) -> SmolStr,
) -> Option<Vec<Longhand<'a>>> {
    four_values(components, &SIDES, name)
}

fn four_values<'a>(
    components: &[Component<'a>],
    slots: &[&'static str; 4],
    name: impl Fn(&'static str) -> SmolStr,
) -> Option<Vec<Longhand<'a>>> {
    let picks: [usize; 4] = match components.len() {
        1 => [0, 0, 0, 0],
        2 => [0, 1, 0, 1],
        3 => [0, 1, 2, 1],
        4 => [0, 1, 2, 3],
        _ => return None,
    };
    Some(
        slots
            .iter()
            .zip(picks)
            .map(|(&slot, pick)| longhand(name(slot), &components[pick]))
            .collect(),
    )
}

/// `border`-like shorthands: each component is a width, a style or a colour, in any order. A
/// reference (`$w`, `var(--c)`) is only placed when it is the one component left for the one
/// aspect left; otherwise which longhand it sets is unknown and the shorthand stays whole.
fn border_parts<'a>(components: &[Component<'a>], targets: &[&str]) -> Option<Vec<Longhand<'a>>> {
    if components.len() > 3 {
        return None;
    }
    let mut placed: Vec<(&str, &Component<'a>)> = Vec::new();
    let mut unknown = Vec::new();
    for component in components {
        let aspect = match classify_value(component.text, ValueOptions::default()) {
            Value::Keyword { keyword } if BORDER_STYLES.contains(&keyword.as_str()) => "style",
            Value::Keyword { keyword }
                if matches!(keyword.as_str(), "thin" | "medium" | "thick") =>
            {
                "width"
            }
            Value::Length(_) => "width",
            Value::Color { .. } => "color",
            _ => {
                unknown.push(component);
                continue;
            }
        };
        if placed.iter().any(|(taken, _)| *taken == aspect) {
            return None;
        }
        placed.push((aspect, component));
    }
    match unknown.as_slice() {
        [] => {}
        [reference] => {
            let free: Vec<_> = ["width", "style", "color"]
                .into_iter()
                .filter(|aspect| placed.iter().all(|(taken, _)| taken != aspect))
                .collect();
            match free.as_slice() {
                [aspect] => placed.push((aspect, reference)),
                // `1px solid $c`-like: with width and style written, a lone reference is the colour.
                _ if placed.len() == 2 => placed.push(("color", reference)),
                _ => return None,
            }
        }
        _ => return None,
    }
    placed.sort_by_key(|(_, component)| component.start);
    let mut longhands = Vec::new();
    for (aspect, component) in &placed {
        for target in targets {
            longhands.push(longhand(joined(&[target, "-", aspect]), component));
        }
    }
    // What a border shorthand leaves out it resets: `border: 0` is also `border-style: none`
    // (a button's `outset` gone) and `border-color: currentcolor`.
    let whole = (
        components.first().map_or(0, |first| first.start),
        components.last().map_or(0, |last| last.end),
    );
    if targets.iter().all(|target| target.starts_with("border")) {
        for (aspect, initial) in [
            ("width", "medium"),
            ("style", "none"),
            ("color", "currentcolor"),
        ] {
            if placed.iter().any(|(taken, _)| *taken == aspect) {
                continue;
            }
            for target in targets {
                longhands.push(Longhand {
                    property: joined(&[target, "-", aspect]),
                    text: initial,
                    start: whole.0,
                    end: whole.1,
                    implied: true,
                });
            }
        }
    }
    Some(longhands)
}

#[cfg(test)]
mod tests {
    use super::expand_shorthand;

    fn names_and_texts(property: &str, value: &str) -> Vec<(String, String)> {
        expand_shorthand(property, value)
            .unwrap()
            .into_iter()
            .map(|longhand| (longhand.property.to_string(), longhand.text.to_owned()))
            .collect()
    }

    #[test]
    fn two_value_padding_sets_four_sides() {
        let expanded = names_and_texts("padding", "4px 8px");
        assert_eq!(expanded[1], ("padding-right".into(), "8px".into()));
        assert_eq!(expanded[2], ("padding-bottom".into(), "4px".into()));
        assert_eq!(expanded.len(), 4);
    }

    #[test]
    fn a_border_shorthand_resets_what_it_leaves_out() {
        let expanded = expand_shorthand("border-top", "0").unwrap();
        let implied: Vec<(&str, &str, bool)> = expanded
            .iter()
            .map(|longhand| (longhand.property.as_str(), longhand.text, longhand.implied))
            .collect();
        assert_eq!(
            implied,
            [
                ("border-top-width", "0", false),
                ("border-top-style", "none", true),
                ("border-top-color", "currentcolor", true),
            ]
        );
        assert!(expand_shorthand("outline", "2px solid red")
            .unwrap()
            .iter()
            .all(|longhand| !longhand.implied));
    }

    #[test]
    fn border_components_are_typed_in_any_order() {
        let expanded = names_and_texts("border-top", "red 1px dashed");
        assert_eq!(
            expanded,
            [
                ("border-top-color".into(), "red".into()),
                ("border-top-width".into(), "1px".into()),
                ("border-top-style".into(), "dashed".into()),
            ]
        );
    }

    #[test]
    fn a_lone_reference_takes_the_aspect_left() {
        let expanded = names_and_texts("border", "1px solid var(--line)");
        assert_eq!(
            expanded[8],
            ("border-top-color".into(), "var(--line)".into())
        );
    }

    #[test]
    fn values_that_need_evaluation_stay_whole() {
        assert!(expand_shorthand("padding", "$gap * 2").is_none());
        assert!(expand_shorthand("border-radius", "4px / 8px").is_none());
        assert!(expand_shorthand("color", "red").is_none());
        assert!(expand_shorthand("background", "url(a.png) no-repeat").is_none());
        assert!(expand_shorthand("outline", "$width solid var(--ring)").is_none());
    }

    #[test]
    fn background_keeps_its_colour() {
        let expanded = expand_shorthand("background", "#fff url(a.png)").unwrap();
        assert_eq!(
            (expanded[0].property.as_str(), expanded[0].start),
            ("background-color", 0)
        );
    }
}
