//! Tailwind classes for a pattern change: the class that writes a property's value (an
//! arbitrary value, `rounded-[8px]`, `bg-[#f5f3ff]`, else an arbitrary property,
//! `[letter-spacing:0.02em]`) and the variant that writes a state (`hover:`).

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

/// The class (without variants) that sets the set's property to its value.
pub(crate) fn class_of(set: &PatternSet) -> String {
    let value = set.value.replace(' ', "_");
    let prefix = match set.property.as_str() {
        "border-radius" => "rounded",
        "background-color" | "background" => "bg",
        "color" => "text",
        "padding" => "p",
        "margin" => "m",
        "border-color" => "border",
        "box-shadow" => "shadow",
        "opacity" => "opacity",
        _ => return format!("[{}:{value}]", set.property),
    };
    format!("{prefix}-[{value}]")
}

/// The class to write in place of the Tailwind class `declaration` is one of, or why not: the
/// class must set exactly the set's longhands (`rounded-t-md` sets two corners of four), and
/// keeps its variants (`md:hover:`).
pub(crate) fn replacement(
    declarations: &[Declaration],
    declaration: &Declaration,
    set: &PatternSet,
) -> Result<String, String> {
    let utility = declaration
        .origin
        .utility
        .as_deref()
        .unwrap_or(&declaration.value_text);
    let mut sets: Vec<&str> = declarations
        .iter()
        .filter(|other| other.range == declaration.range)
        .map(|other| other.property.as_str())
        .collect();
    sets.sort_unstable();
    sets.dedup();
    let mut wanted = set.longhands();
    wanted.sort();
    if sets != wanted.iter().map(String::as_str).collect::<Vec<_>>() {
        return Err(format!(
            "the Tailwind class `{utility}` sets {} rather than `{}`: change it by hand",
            sets.join(", "),
            set.property
        ));
    }
    let variants = utility
        .rsplit_once(':')
        .map_or("", |(variants, _)| variants);
    let class = class_of(set);
    Ok(if variants.is_empty() {
        class
    } else {
        format!("{variants}:{class}")
    })
}

#[cfg(test)]
mod tests {
    use super::{class_of, variant_of};
    use crate::pattern::PatternSet;

    fn set(text: &str) -> PatternSet {
        PatternSet::parse(text).expect("a set")
    }

    #[test]
    fn a_value_is_an_arbitrary_class_or_property() {
        assert_eq!(class_of(&set("border-radius=8px")), "rounded-[8px]");
        assert_eq!(
            class_of(&set("background-color:hover=#f5f3ff")),
            "bg-[#f5f3ff]"
        );
        assert_eq!(
            class_of(&set("box-shadow=0 1px 2px #0000001a")),
            "shadow-[0_1px_2px_#0000001a]"
        );
        assert_eq!(
            class_of(&set("letter-spacing=0.02em")),
            "[letter-spacing:0.02em]"
        );
        assert_eq!(variant_of(Some(":hover")), Some("hover:"));
        assert_eq!(variant_of(Some(":nth-child(2)")), None);
    }
}
