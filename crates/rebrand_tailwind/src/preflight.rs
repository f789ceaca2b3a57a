//! Tailwind's preflight: the base-layer rules a stylesheet that loads Tailwind brings to every
//! element (`*, ::before, ::after { border: 0 solid; margin: 0; … }`, `button { font: inherit }`…).

use std::sync::{Arc, OnceLock};

use rebrand_facts::{Declaration, FileKind, Origin, ShorthandSource, StyleImport, Syntax};
use rebrand_text::TextRange;
use rebrand_values::ValueOptions;

/// The preflight CSS, generated once.
fn preflight_css() -> &'static str {
    static CSS: OnceLock<String> = OnceLock::new();
    CSS.get_or_init(|| {
        let mut config = encre_css::Config::default();
        config.preflight = encre_css::Preflight::new_full();
        encre_css::generate([], &config)
    })
}

/// Where a stylesheet loads the preflight, if it does: Tailwind v4's `@import "tailwindcss"`
/// or `@import "tailwindcss/preflight"`, or v3's `@tailwind base` (the range of `base`).
#[must_use]
pub fn preflight_at(text: &str, imports: &[StyleImport]) -> Option<TextRange> {
    let imported = imports.iter().find(|import| {
        matches!(
            import.url.as_str(),
            "tailwindcss" | "tailwindcss/preflight" | "tailwindcss/preflight.css"
        )
    });
    if let Some(import) = imported {
        return Some(import.url_range);
    }
    let directive = text.find("@tailwind base")?;
    let start = directive + "@tailwind ".len();
    Some(TextRange::new(start as u32, (start + "base".len()) as u32))
}

/// The preflight's declarations, each placed at `at` in `text` (where the stylesheet names
/// Tailwind, which is what loads them), with the value the preflight gives as its CSS value.
/// Rules for pseudo-elements only (`::placeholder`) style no element and are left out.
#[must_use]
pub fn preflight_declarations(
    text: &str,
    at: TextRange,
    options: ValueOptions,
) -> Vec<Declaration> {
    let Some(written) = at.slice(text) else {
        return Vec::new();
    };
    let facts = rebrand_css::extract_stylesheet(preflight_css(), FileKind::Css, options);
    let mut origins: Vec<(Arc<Origin>, Arc<Origin>)> = Vec::new();
    facts
        .declarations
        .into_iter()
        .filter(|declaration| {
            declaration
                .origin
                .selector
                .as_deref()
                .is_some_and(|selector| {
                    rebrand_values::split_selector_list(selector)
                        .iter()
                        .any(|item| !item.contains("::"))
                })
        })
        .map(|declaration| {
            // Declarations of one rule share one origin, as everywhere.
            let known = origins
                .iter()
                .find(|(generated, _)| Arc::ptr_eq(generated, &declaration.origin))
                .map(|(_, placed)| Arc::clone(placed));
            let origin = known.unwrap_or_else(|| {
                let placed = Arc::new(Origin {
                    syntax: Syntax::Tailwind,
                    ..(*declaration.origin).clone()
                });
                origins.push((Arc::clone(&declaration.origin), Arc::clone(&placed)));
                placed
            });
            Declaration {
                written_property: None,
                property_range: None,
                range: at,
                value_range: at,
                value_text: written.into(),
                css_value: Some(
                    declaration
                        .css_value
                        .clone()
                        .unwrap_or_else(|| declaration.value_text.clone()),
                ),
                shorthand: declaration.shorthand.as_ref().map(|shorthand| {
                    Arc::new(ShorthandSource {
                        property: shorthand.property.clone(),
                        value_range: at,
                    })
                }),
                origin,
                ..declaration
            }
        })
        .collect()
}
