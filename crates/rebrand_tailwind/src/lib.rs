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

use std::sync::{Arc, RwLock};

use rebrand_facts::{Condition, Declaration, FileKind, Origin, SmolStr, Syntax, Value};
use rebrand_text::TextRange;
use rebrand_values::ValueOptions;
use rustc_hash::FxHashMap;

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
    options: ValueOptions,
    cache: RwLock<FxHashMap<String, Arc<[UtilityDeclaration]>>>,
}

impl TailwindExpander {
    /// An expander with Tailwind v4's default theme plus the project's own colours (from
    /// `@theme`: `("brand-500", "oklch(…)")` makes `bg-brand-500` a utility).
    #[must_use]
    pub fn new(options: ValueOptions, colors: &[(String, String)]) -> Self {
        let mut config = encre_css::Config::default();
        config.preflight = encre_css::Preflight::None;
        for (name, value) in colors {
            config.theme.colors.add(name.clone(), value.clone());
        }
        Self {
            config,
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
            return self
                .with_opacity_modifier(class)
                .unwrap_or_else(|| Arc::from([]));
        }
        let facts = rebrand_css::extract_stylesheet(&css, FileKind::Css, self.options);
        facts
            .declarations
            .into_iter()
            .map(|declaration| {
                let condition = declaration.condition;
                UtilityDeclaration {
                    property: declaration.property,
                    css_value: declaration.value_text,
                    value: declaration.value,
                    important: declaration.important,
                    condition,
                }
            })
            .collect()
    }
}

impl TailwindExpander {
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
        let colors = [("brand-500".to_owned(), "oklch(0.62 0.19 260)".to_owned())];
        let expander = TailwindExpander::new(ValueOptions::default(), &colors);
        let declarations = expander.expand("bg-brand-500", TextRange::new(0, 12), None, None);
        assert_eq!(declarations.len(), 1);
        assert_eq!(declarations[0].value.type_name(), "color");
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
}
