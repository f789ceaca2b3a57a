//! Tailwind classes for a pattern change: the class that writes a property's value (an
//! arbitrary value, `rounded-[8px]`, `bg-[#f5f3ff]`, else an arbitrary property,
//! `[letter-spacing:0.02em]`) and the variant that writes a state (`hover:`).

use rebrand_edit::Edit;
use rebrand_facts::Declaration;

use crate::pattern::PatternSet;

/// The Tailwind variant of a state (`:hover` → `hover:`), none for the base style; `None` for a
/// state Tailwind has no variant for.
pub(crate) fn variant_of(state: Option<&str>) -> Option<&'static str> {
    Some(match state {
        None => "",
        Some(":hover") => "hover:",
        Some(":focus") => "focus:",
        Some(":focus-visible") => "focus-visible:",
        Some(":focus-within") => "focus-within:",
        Some(":active") => "active:",
        Some(":disabled") => "disabled:",
        Some(":visited") => "visited:",
        Some(_) => return None,
    })
}

/// The variants a class the set adds carries: the theme's (`dark:`) then the state's (`hover:`);
/// `None` for a state Tailwind has no variant for.
pub(crate) fn variants_for(set: &PatternSet) -> Option<String> {
    let theme = if set.theme == Some(crate::Theme::Dark) {
        "dark:"
    } else {
        ""
    };
    Some(format!("{theme}{}", variant_of(set.state.as_deref())?))
}

/// The class (without variants) that writes the set's value as `value`: the utility a Tailwind
/// `@theme` token makes (`text-tag-ink` for `{color.tag-ink}`), else an arbitrary class.
pub(crate) fn class_for(set: &PatternSet, value: &str) -> String {
    set.token
        .as_ref()
        .filter(|token| token.tailwind_theme)
        .and_then(|token| token.custom_property.as_deref())
        .or(set.tailwind_variable.as_deref())
        .and_then(|name| theme_class(&set.property, name))
        .unwrap_or_else(|| class_of(&set.property, value))
}

/// Whether a `@theme` variable makes a utility for `property`.
#[must_use]
pub fn has_theme_class(property: &str, variable: &str) -> bool {
    theme_class(property, variable).is_some()
}

/// The utility a `@theme` variable makes for `property` (`--radius-md` → `rounded-md`), when
/// its namespace has one for it.
fn theme_class(property: &str, variable: &str) -> Option<String> {
    let name = variable.strip_prefix("--")?;
    let (prefix, rest) = [
        ("color-", "text", "color"),
        ("color-", "bg", "background-color"),
        ("color-", "bg", "background"),
        ("color-", "border", "border-color"),
        ("radius-", "rounded", "border-radius"),
        ("shadow-", "shadow", "box-shadow"),
        ("font-weight-", "font", "font-weight"),
        ("text-", "text", "font-size"),
        ("font-", "font", "font-family"),
    ]
    .into_iter()
    .filter(|&(_, _, for_property)| for_property == property)
    .find_map(|(namespace, prefix, _)| Some((prefix, name.strip_prefix(namespace)?)))?;
    Some(format!("{prefix}-{rest}"))
}

/// The class (without variants) that sets `property` to `value`. A `var(…)` colour carries its
/// type (`bg-[color:var(--x)]`), which Tailwind cannot tell from the name; any other `var(…)` is
/// an arbitrary property, whose meaning is never ambiguous.
pub(crate) fn class_of(property: &str, value: &str) -> String {
    let value = value.replace(' ', "_");
    let is_variable = value.starts_with("var(");
    let prefix = match property {
        "background-color" | "background" | "color" | "border-color" if is_variable => {
            let prefix = match property {
                "color" => "text",
                "border-color" => "border",
                _ => "bg",
            };
            return format!("{prefix}-[color:{value}]");
        }
        _ if is_variable => return format!("[{property}:{value}]"),
        "border-radius" => "rounded",
        "background-color" | "background" => "bg",
        "color" => "text",
        "padding" => "p",
        "margin" => "m",
        "border-color" => "border",
        "box-shadow" => "shadow",
        "opacity" => "opacity",
        _ => return format!("[{property}:{value}]"),
    };
    format!("{prefix}-[{value}]")
}

/// The longhands the class `declaration` is one of sets, sorted.
pub(crate) fn class_longhands<'a>(
    declarations: &'a [Declaration],
    declaration: &Declaration,
) -> Vec<&'a str> {
    let mut sets: Vec<&str> = declarations
        .iter()
        .filter(|other| other.range == declaration.range)
        .map(|other| other.property.as_str())
        .collect();
    sets.sort_unstable();
    sets.dedup();
    sets
}

/// The class (or classes) to write in place of a class of which a change sets some longhands
/// (`px-2` when the pattern's padding-left and padding-right are `0.75rem`): one class with the
/// group's prefix when every longhand has one value (`px-[0.75rem]`), else one arbitrary
/// property per longhand, each with the class's variants. `None` when it has the values already.
pub(crate) fn group_replacement(
    source: &str,
    declarations: &[Declaration],
    declaration: &Declaration,
    replaced: &[(String, String)],
) -> Option<Edit> {
    let utility = declaration
        .origin
        .utility
        .as_deref()
        .unwrap_or(&declaration.value_text);
    let (prefix, _) = rebrand_tailwind::split_variants(utility);
    let longhands = class_longhands(declarations, declaration);
    let values: Vec<(&str, String)> = longhands
        .iter()
        .map(|&longhand| {
            let value = replaced
                .iter()
                .find(|(name, _)| name == longhand)
                .map(|(_, value)| value.clone())
                .or_else(|| {
                    declarations
                        .iter()
                        .find(|other| {
                            other.range == declaration.range && other.property == longhand
                        })
                        .map(|other| other.value_text.to_string())
                })
                .unwrap_or_default();
            (longhand, value.replace(' ', "_"))
        })
        .collect();
    let one_value = values.windows(2).all(|pair| pair[0].1 == pair[1].1);
    let group = match longhands.as_slice() {
        ["padding-left", "padding-right"] => Some("px"),
        ["padding-bottom", "padding-top"] => Some("py"),
        ["padding-bottom", "padding-left", "padding-right", "padding-top"] => Some("p"),
        ["margin-left", "margin-right"] => Some("mx"),
        ["margin-bottom", "margin-top"] => Some("my"),
        ["margin-bottom", "margin-left", "margin-right", "margin-top"] => Some("m"),
        ["border-bottom-left-radius", "border-bottom-right-radius", "border-top-left-radius", "border-top-right-radius"] => {
            Some("rounded")
        }
        _ => None,
    };
    let class = match group.filter(|_| one_value) {
        Some(group) => format!("{prefix}{group}-[{}]", values[0].1),
        None => values
            .iter()
            .map(|(longhand, value)| format!("{prefix}[{longhand}:{value}]"))
            .collect::<Vec<_>>()
            .join(" "),
    };
    let written = &source[declaration.range.as_usize_range()];
    (written != class).then(|| Edit::replace(declaration.range, class))
}

/// The class to write in place of the Tailwind class `declaration` is one of, or why not: the
/// class must set exactly the set's longhands (`rounded-t-md` sets two corners of four), and
/// keeps its variants (`md:hover:`).
pub(crate) fn replacement(
    declarations: &[Declaration],
    declaration: &Declaration,
    set: &PatternSet,
    value: &str,
) -> Result<String, String> {
    let utility = declaration
        .origin
        .utility
        .as_deref()
        .unwrap_or(&declaration.value_text);
    let sets = class_longhands(declarations, declaration);
    let mut wanted = set.longhands();
    wanted.sort();
    if sets != wanted.iter().map(String::as_str).collect::<Vec<_>>() {
        return Err(format!(
            "the Tailwind class `{utility}` sets {} rather than `{}`: change it by hand",
            sets.join(", "),
            set.property
        ));
    }
    let (variants, _) = rebrand_tailwind::split_variants(utility);
    Ok(format!("{variants}{}", class_for(set, value)))
}

#[cfg(test)]
mod tests {
    use super::{class_of, variant_of};
    use crate::pattern::PatternSet;

    fn set(text: &str) -> String {
        let set = PatternSet::parse(text).expect("a set");
        class_of(&set.property, &set.value)
    }

    #[test]
    fn a_value_is_an_arbitrary_class_or_property() {
        assert_eq!((set("border-radius=8px")), "rounded-[8px]");
        assert_eq!((set("background-color:hover=#f5f3ff")), "bg-[#f5f3ff]");
        assert_eq!(
            (set("box-shadow=0 1px 2px #0000001a")),
            "shadow-[0_1px_2px_#0000001a]"
        );
        assert_eq!((set("letter-spacing=0.02em")), "[letter-spacing:0.02em]");
        assert_eq!(
            class_of("background-color", "var(--surface)"),
            "bg-[color:var(--surface)]"
        );
        assert_eq!(
            class_of("border-radius", "var(--radius-md)"),
            "[border-radius:var(--radius-md)]"
        );
        assert_eq!(
            super::theme_class("color", "--color-tag-ink").as_deref(),
            Some("text-tag-ink")
        );
        assert_eq!(
            super::theme_class("border-radius", "--radius-md").as_deref(),
            Some("rounded-md")
        );
        assert_eq!(super::theme_class("border-radius", "--color-tag"), None);
        assert_eq!(variant_of(Some(":hover")), Some("hover:"));
        let variants = |class| rebrand_tailwind::split_variants(class).0;
        assert_eq!(variants("[font-weight:600]"), "");
        assert_eq!(variants("md:hover:[font-weight:600]"), "md:hover:");
        assert_eq!(variants("hover:bg-[color:var(--x)]"), "hover:");
        assert_eq!(variant_of(Some(":nth-child(2)")), None);
    }
}
