//! Expands Tailwind utility classes (`md:hover:bg-blue-500`, `px-[13px]`) into style declarations.
//!
//! encre-css, a maintained Rust implementation of Tailwind v4, generates each utility's CSS; that
//! CSS is read back with rebrand's own stylesheet extractor, so a utility's declarations are typed,
//! expanded and conditioned exactly like hand-written CSS. Every declaration points at the class
//! as written in the source: the class is what a fix or a rebrand edits.
//!
//! Invariant: a class encre-css does not know yields no declaration (it may be a plain class
//! name); nothing is attributed by substring. Internal `--en-*` variables of the generated CSS never
//! become tokens. Expansion is cached per distinct class and safe to share across threads.

mod preflight;

use std::sync::{Arc, RwLock};

use rebrand_facts::{Condition, Declaration, FileKind, Origin, SmolStr, Syntax, Value};
use rebrand_text::TextRange;
use rebrand_values::ValueOptions;
use rustc_hash::FxHashMap;

pub use preflight::{preflight_at, preflight_declarations};

/// One declaration a utility sets, before it is placed at a class in a file.
#[derive(Debug, Clone, PartialEq)]
struct UtilityDeclaration {
    property: SmolStr,
    css_value: SmolStr,
    value: rebrand_facts::Value,
    important: bool,
    condition: Arc<Condition>,
}

/// Expands classes into declarations, remembering each distinct class's expansion.
pub struct TailwindExpander {
    config: encre_css::Config,
    /// The project's `@theme` values other than colours, by namespace (`radius`) and name
    /// (`card`): `rounded-card` reads `--radius-card`.
    theme: FxHashMap<String, FxHashMap<String, String>>,
    options: ValueOptions,
    cache: RwLock<FxHashMap<String, Arc<[UtilityDeclaration]>>>,
}

impl TailwindExpander {
    /// An expander with Tailwind v4's default theme plus the project's own `@theme` variables
    /// (`("--color-brand-500", "oklch(…)")` makes `bg-brand-500` a utility, `--radius-card`
    /// makes `rounded-card` one).
    #[must_use]
    pub fn new(options: ValueOptions, theme: &[(String, String)]) -> Self {
        let mut config = encre_css::Config::default();
        config.preflight = encre_css::Preflight::None;
        let mut namespaces: FxHashMap<String, FxHashMap<String, String>> = FxHashMap::default();
        for (variable, value) in theme {
            let Some(name) = variable.strip_prefix("--") else {
                continue;
            };
            if let Some(color) = name.strip_prefix("color-") {
                config.theme.colors.add(color.to_owned(), value.clone());
                continue;
            }
            for namespace in THEME_NAMESPACES {
                if let Some(key) = name
                    .strip_prefix(namespace.variable)
                    .and_then(|rest| rest.strip_prefix('-'))
                {
                    namespaces
                        .entry(namespace.variable.to_owned())
                        .or_default()
                        .insert(key.to_owned(), value.trim().to_owned());
                }
            }
        }
        Self {
            config,
            theme: namespaces,
            options,
            cache: RwLock::new(FxHashMap::default()),
        }
    }

    /// The declarations `class` sets, placed at `range` and owned by `binding`. Empty for a class
    /// that is not a Tailwind utility.
    #[must_use]
    pub fn expand(
        &self,
        class: &str,
        range: TextRange,
        binding: Option<&str>,
        element: Option<u32>,
    ) -> Vec<Declaration> {
        let utility = self.utility(class);
        if utility.is_empty() {
            return Vec::new();
        }
        let origin = Arc::new(Origin {
            syntax: Syntax::Tailwind,
            selector: None,
            binding: binding.map(str::to_owned),
            utility: Some(class.to_owned()),
            mixin: None,
            element,
        });
        let written: SmolStr = class.into();
        utility
            .iter()
            .map(|declaration| Declaration {
                property: declaration.property.clone(),
                written_property: None,
                property_range: None,
                range,
                value_range: range,
                value_text: written.clone(),
                css_value: Some(declaration.css_value.clone()),
                value: declaration.value.clone(),
                important: declaration.important,
                shorthand: None,
                origin: Arc::clone(&origin),
                condition: Arc::clone(&declaration.condition),
            })
            .collect()
    }

    fn utility(&self, class: &str) -> Arc<[UtilityDeclaration]> {
        if let Some(cached) = self
            .cache
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(class)
        {
            return Arc::clone(cached);
        }
        let generated = self.generate(class);
        self.cache
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .entry(class.to_owned())
            .or_insert(generated)
            .clone()
    }

    fn generate(&self, class: &str) -> Arc<[UtilityDeclaration]> {
        // encre-css scans its input for class candidates; quoting keeps one class one candidate.
        if class.is_empty() || class.contains(['"', '\'', '`', '{', '}', ';']) {
            return Arc::from([]);
        }
        let css = encre_css::generate([class], &self.config);
        if css.trim().is_empty() {
            if let Some(arbitrary) = self.theme_class(class) {
                return self.generate(&arbitrary);
            }
            if let Some(alias) = alias_of(class) {
                return self.generate(&alias);
            }
            if let Some(spelled) = variable_form(class) {
                return self.generate(&spelled);
            }
            // `size-5` (Tailwind 3.4 and 4) sets the width and the height; encre-css lacks it.
            if let Some((width, height)) = size_as_width_and_height(class) {
                let both: Vec<UtilityDeclaration> = self
                    .utility(&width)
                    .iter()
                    .chain(self.utility(&height).iter())
                    .cloned()
                    .collect();
                if !both.is_empty() {
                    return Arc::from(both);
                }
            }
            return self
                .with_opacity_modifier(class)
                .unwrap_or_else(|| Arc::from([]));
        }
        let facts = rebrand_css::extract_stylesheet(&css, FileKind::Css, self.options);
        facts
            .declarations
            .into_iter()
            // `animate-pulse`'s `@keyframes` frames are what the animation passes through, not
            // the element's style: with both frames' `opacity` kept, which one won depended on
            // the order of the run.
            .filter(|declaration| {
                !declaration
                    .origin
                    .selector
                    .as_deref()
                    .is_some_and(|selector| selector.starts_with("@keyframes"))
            })
            .map(|declaration| {
                let condition = declaration.condition;
                UtilityDeclaration {
                    css_value: current_value(&declaration.property, &declaration.value_text),
                    property: declaration.property,
                    value: declaration.value,
                    important: declaration.important,
                    condition,
                }
            })
            .collect()
    }
}

/// The colour properties Tailwind v4's `transition-colors` and `transition` animate; encre-css
/// emits v3's shorter list.
const V3_COLOR_TRANSITION: &str =
    "color, background-color, border-color, text-decoration-color, fill, stroke";
const V4_COLOR_TRANSITION: &str = "color, background-color, border-color, outline-color, text-decoration-color, fill, stroke, --tw-gradient-from, --tw-gradient-via, --tw-gradient-to";

/// A generated value as Tailwind v4 writes it, where encre-css still writes v3's.
fn current_value(property: &str, value: &SmolStr) -> SmolStr {
    if property == "transition-property" && value.starts_with(V3_COLOR_TRANSITION) {
        let rest = &value[V3_COLOR_TRANSITION.len()..];
        return format!("{V4_COLOR_TRANSITION}{rest}").into();
    }
    value.clone()
}

/// A class Tailwind accepts under another name than encre-css does, as the name encre-css
/// knows (the same in Tailwind 3 and 4): a bare `rounded` is `0.25rem`, `flex-shrink-0` is
/// `shrink-0`, `overflow-ellipsis` is `text-ellipsis`.
fn alias_of(class: &str) -> Option<String> {
    let (variants, utility) = split_variants(class);
    let renamed = match utility {
        "rounded" | "rounded-t" | "rounded-r" | "rounded-b" | "rounded-l" | "rounded-tl"
        | "rounded-tr" | "rounded-br" | "rounded-bl" | "rounded-s" | "rounded-e" => {
            format!("{utility}-[0.25rem]")
        }
        "overflow-ellipsis" => "text-ellipsis".to_owned(),
        _ => {
            let (old, new) = [("flex-shrink", "shrink"), ("flex-grow", "grow")]
                .into_iter()
                .find(|(old, _)| utility == *old || utility.starts_with(&format!("{old}-")))?;
            format!("{new}{}", &utility[old.len()..])
        }
    };
    Some(format!("{variants}{renamed}"))
}

/// Utilities whose arbitrary `var(…)` value Tailwind reads as a colour (`bg-[var(--x)]`).
const COLOUR_PREFIXES: &[&str] = &[
    "bg",
    "text",
    "border",
    "border-t",
    "border-r",
    "border-b",
    "border-l",
    "border-x",
    "border-y",
    "ring",
    "outline",
    "decoration",
    "fill",
    "stroke",
    "accent",
    "caret",
    "from",
    "via",
    "to",
    "divide",
    "placeholder",
];

/// A custom-property value as encre-css reads it: Tailwind 4's `bg-(--x)` and
/// `text-(length:--x)` as `bg-[var(--x)]` and `text-[length:var(--x)]`, Tailwind 3.3's
/// `bg-[--x]` as `bg-[var(--x)]`, and an untyped `var(…)` typed as Tailwind reads it: a colour
/// for colour utilities, a length for radii.
fn variable_form(class: &str) -> Option<String> {
    let (variants, utility) = split_variants(class);
    let (prefix, value) = utility.split_once("-(").map_or_else(
        || {
            let (prefix, rest) = utility.split_once("-[")?;
            Some((prefix, rest.strip_suffix(']')?.to_owned()))
        },
        |(prefix, rest)| {
            let inner = rest.strip_suffix(')')?;
            let (hint, name) = inner
                .split_once(':')
                .map_or(("", inner), |(hint, name)| (hint, name));
            name.starts_with("--")
                .then(|| {
                    if hint.is_empty() {
                        format!("var({name})")
                    } else {
                        format!("{hint}:var({name})")
                    }
                })
                .map(|value| (prefix, value))
        },
    )?;
    let value = if value.starts_with("--") {
        format!("var({value})")
    } else {
        value
    };
    if let Some(variable) = value.strip_prefix("length:").filter(|_| prefix == "text") {
        // encre-css has no typed `text-[length:…]`: the font size it stands for.
        return Some(format!("{variants}[font-size:{variable}]"));
    }
    if !value.starts_with("var(") {
        // Already typed (`length:var(--x)`), or not a variable.
        return (utility.contains("-(") || utility.contains("-[--"))
            .then(|| format!("{variants}{prefix}-[{value}]"));
    }
    let typed = if COLOUR_PREFIXES.contains(&prefix) {
        format!("color:{value}")
    } else if prefix == "rounded" || prefix.starts_with("rounded-") {
        format!("length:{value}")
    } else if utility.contains("-(") || utility.contains("-[--") {
        value
    } else {
        return None;
    };
    Some(format!("{variants}{prefix}-[{typed}]"))
}

/// A class's variants with their last colon (`md:hover:`) and its utility (`rounded-card`);
/// a colon inside an arbitrary value (`bg-[url(a:b)]`, `text-(length:--x)`) is not a variant's.
#[must_use]
pub fn split_variants(class: &str) -> (&str, &str) {
    let mut depth = 0_i32;
    let mut last = None;
    for (at, character) in class.char_indices() {
        match character {
            '[' | '(' => depth += 1,
            ']' | ')' => depth -= 1,
            ':' if depth == 0 => last = Some(at),
            _ => {}
        }
    }
    last.map_or(("", class), |colon| class.split_at(colon + 1))
}

/// `md:size-5` as `md:w-5` and `md:h-5`.
fn size_as_width_and_height(class: &str) -> Option<(String, String)> {
    let (variants, utility) = split_variants(class);
    let value = utility.strip_prefix("size-")?;
    Some((
        format!("{variants}w-{value}"),
        format!("{variants}h-{value}"),
    ))
}

/// A `@theme` namespace whose variables make utilities: `--radius-card` makes `rounded-card`
/// (and `rounded-t-card`…), read as the same utility with an arbitrary value.
struct ThemeNamespace {
    variable: &'static str,
    utilities: &'static [&'static str],
}

const THEME_NAMESPACES: [ThemeNamespace; 5] = [
    ThemeNamespace {
        variable: "radius",
        utilities: &[
            "rounded",
            "rounded-t",
            "rounded-r",
            "rounded-b",
            "rounded-l",
            "rounded-tl",
            "rounded-tr",
            "rounded-br",
            "rounded-bl",
            "rounded-s",
            "rounded-e",
        ],
    },
    ThemeNamespace {
        variable: "shadow",
        utilities: &["shadow"],
    },
    ThemeNamespace {
        variable: "leading",
        utilities: &["leading"],
    },
    ThemeNamespace {
        variable: "tracking",
        utilities: &["tracking"],
    },
    ThemeNamespace {
        variable: "spacing",
        utilities: &[
            "p", "px", "py", "pt", "pr", "pb", "pl", "m", "mx", "my", "mt", "mr", "mb", "ml",
            "gap", "gap-x", "gap-y", "w", "h", "size", "min-w", "min-h", "max-w", "max-h", "inset",
            "top", "right", "bottom", "left", "space-x", "space-y",
        ],
    },
];

impl TailwindExpander {
    /// `md:rounded-card` where the project's `@theme` has `--radius-card: 0.75rem` is
    /// `md:rounded-[0.75rem]`; `None` when no theme variable names the class.
    fn theme_class(&self, class: &str) -> Option<String> {
        let (variants, utility) = split_variants(class);
        for namespace in &THEME_NAMESPACES {
            let Some(values) = self.theme.get(namespace.variable) else {
                continue;
            };
            for prefix in namespace.utilities {
                let Some(key) = utility
                    .strip_prefix(prefix)
                    .and_then(|rest| rest.strip_prefix('-'))
                else {
                    continue;
                };
                if let Some(value) = values.get(key) {
                    return Some(format!("{variants}{prefix}-[{}]", value.replace(' ', "_")));
                }
            }
        }
        None
    }

    /// Makes `dark:` follow a class or attribute on an ancestor (`@custom-variant dark
    /// (&:where(.dark, .dark *))` gives `.dark`) instead of `prefers-color-scheme`.
    #[must_use]
    pub fn with_dark_selector(mut self, selector: &str) -> Self {
        self.config.theme.dark_mode = encre_css::config::DarkMode::new_class(selector.to_owned());
        self
    }

    /// encre-css does not read an opacity modifier after an arbitrary value or as an arbitrary
    /// value (`bg-[#2563eb]/50`, `bg-red-500/[.3]`): such a class is the class without its
    /// modifier, with its colours' alpha scaled.
    fn with_opacity_modifier(&self, class: &str) -> Option<Arc<[UtilityDeclaration]>> {
        let (base, modifier) = class.rsplit_once('/')?;
        if base.matches('[').count() != base.matches(']').count() {
            return None;
        }
        let opacity = match modifier
            .strip_prefix('[')
            .and_then(|rest| rest.strip_suffix(']'))
        {
            Some(fraction) => fraction.parse::<f32>().ok()?,
            None => modifier.parse::<f32>().ok()? / 100.0,
        };
        if !(0.0..=1.0).contains(&opacity) {
            return None;
        }
        let declarations = self.utility(base);
        let scaled: Vec<UtilityDeclaration> = declarations
            .iter()
            .map(|declaration| {
                let mut declaration = declaration.clone();
                if let Value::Color { oklab } = &mut declaration.value {
                    oklab.alpha *= opacity;
                }
                declaration
            })
            .collect();
        (!scaled.is_empty()).then(|| Arc::from(scaled))
    }
}

#[cfg(test)]
mod tests {
    use super::TailwindExpander;
    use rebrand_text::TextRange;
    use rebrand_values::ValueOptions;

    #[test]
    fn variants_become_conditions_and_values_are_typed() {
        let expander = TailwindExpander::new(ValueOptions::default(), &[]);
        let declarations = expander.expand(
            "md:hover:bg-[#123456]",
            TextRange::new(3, 24),
            Some("<a>"),
            None,
        );
        assert_eq!(declarations.len(), 1);
        let declaration = &declarations[0];
        assert_eq!(declaration.property, "background-color");
        assert_eq!(declaration.value.type_name(), "color");
        assert_eq!(declaration.condition.states, [":hover"]);
        assert_eq!(declaration.condition.media, ["(width >= 48rem)"]);
        assert_eq!(declaration.value_range, TextRange::new(3, 24));
    }

    #[test]
    fn project_theme_colours_become_utilities() {
        let theme = [
            (
                "--color-brand-500".to_owned(),
                "oklch(0.62 0.19 260)".to_owned(),
            ),
            ("--radius-card".to_owned(), "0.75rem".to_owned()),
        ];
        let expander = TailwindExpander::new(ValueOptions::default(), &theme);
        let declarations = expander.expand("bg-brand-500", TextRange::new(0, 12), None, None);
        assert_eq!(declarations.len(), 1);
        assert_eq!(declarations[0].value.type_name(), "color");
        // Other namespaces make utilities too, variants and all.
        let radius = expander.expand("md:rounded-t-card", TextRange::new(0, 17), None, None);
        let corners: Vec<(&str, &str)> = radius
            .iter()
            .map(|declaration| {
                (
                    declaration.property.as_str(),
                    declaration.css_value.as_deref().unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(
            corners,
            [
                ("border-top-left-radius", "0.75rem"),
                ("border-top-right-radius", "0.75rem")
            ]
        );
        assert_eq!(radius[0].condition.media, ["(width >= 48rem)"]);
    }

    #[test]
    fn names_encre_css_lacks_are_read_as_tailwind_reads_them() {
        let expander = TailwindExpander::new(ValueOptions::default(), &[]);
        let rounded = expander.expand("md:rounded", TextRange::new(0, 10), None, None);
        assert_eq!(rounded.len(), 4);
        assert_eq!(rounded[0].css_value.as_deref(), Some("0.25rem"));
        assert_eq!(rounded[0].condition.media, ["(width >= 48rem)"]);
        let shrink = expander.expand("flex-shrink-0", TextRange::new(0, 13), None, None);
        assert_eq!(shrink[0].property, "flex-shrink");
    }

    #[test]
    fn size_sets_width_and_height() {
        let expander = TailwindExpander::new(ValueOptions::default(), &[]);
        let declarations = expander.expand("size-5", TextRange::new(0, 6), None, None);
        let properties: Vec<&str> = declarations
            .iter()
            .map(|declaration| declaration.property.as_str())
            .collect();
        assert_eq!(properties, ["width", "height"]);
        assert_eq!(declarations[0].css_value.as_deref(), Some("1.25rem"));
    }

    #[test]
    fn an_opacity_modifier_after_an_arbitrary_colour_scales_its_alpha() {
        let expander = TailwindExpander::new(ValueOptions::default(), &[]);
        for class in ["bg-[#2563eb]/50", "bg-[#2563eb]/[.5]"] {
            let declarations = expander.expand(class, TextRange::new(0, 15), None, None);
            assert_eq!(declarations.len(), 1, "{class}");
            match &declarations[0].value {
                rebrand_facts::Value::Color { oklab } => {
                    assert!((oklab.alpha - 0.5).abs() < 1e-6, "{class}");
                }
                other => panic!("{class}: {other:?}"),
            }
        }
    }

    #[test]
    fn plain_class_names_set_nothing() {
        let expander = TailwindExpander::new(ValueOptions::default(), &[]);
        assert!(expander
            .expand("btn-primary", TextRange::new(0, 11), None, None)
            .is_empty());
    }

    #[test]
    fn padding_inline_sets_both_sides() {
        let expander = TailwindExpander::new(ValueOptions::default(), &[]);
        let properties: Vec<_> = expander
            .expand("px-4", TextRange::new(0, 4), None, None)
            .into_iter()
            .map(|declaration| declaration.property)
            .collect();
        assert_eq!(properties, ["padding-left", "padding-right"]);
    }

    #[test]
    fn keyframes_are_not_the_elements_style() {
        let expander = TailwindExpander::new(ValueOptions::default(), &[]);
        let properties: Vec<_> = expander
            .expand("animate-pulse", TextRange::new(0, 13), None, None)
            .into_iter()
            .map(|declaration| declaration.property)
            .collect();
        assert!(
            properties
                .iter()
                .any(|property| property.starts_with("animation")),
            "{properties:?}"
        );
        assert!(
            !properties.iter().any(|property| property == "opacity"),
            "{properties:?}"
        );
    }

    #[test]
    fn custom_property_values_are_read_in_every_spelling() {
        let expander = TailwindExpander::new(ValueOptions::default(), &[]);
        let read = |class: &str| {
            expander
                .expand(class, TextRange::new(0, 1), None, None)
                .into_iter()
                .map(|declaration| {
                    (
                        declaration.property.to_string(),
                        declaration.css_value.map(|value| value.to_string()),
                    )
                })
                .collect::<Vec<_>>()
        };
        let colour = vec![("background-color".to_owned(), Some("var(--x)".to_owned()))];
        assert_eq!(read("bg-(--x)"), colour);
        assert_eq!(read("bg-[var(--x)]"), colour);
        assert_eq!(read("bg-[--x]"), colour);
        assert_eq!(read("text-(--y)")[0].0, "color");
        assert_eq!(read("text-(length:--y)")[0].0, "font-size");
        assert_eq!(read("md:text-(length:--y)")[0].0, "font-size");
        let responsive = expander.expand("md:text-(length:--y)", TextRange::new(0, 1), None, None);
        assert!(!responsive[0].condition.media.is_empty(), "{responsive:?}");
        assert_eq!(read("hover:rounded-[var(--r)]").len(), 4);
        assert_eq!(read("p-(--space)").len(), 4);
        assert!(read("rounded-(--r)")
            .iter()
            .all(|(property, _)| property.ends_with("-radius")));
    }
}
