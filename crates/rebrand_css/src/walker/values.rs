//! The walker's values: typing a value whose template holes are known or read the theme,
//! expanding shorthands around them, and property names made of holes.

use std::sync::Arc;

use rebrand_facts::{Declaration, ReferenceKind, ShorthandSource, SmolStr, Value};
use rebrand_values::{classify_value, expand_shorthand, Longhand};

use super::Walker;
use crate::template::TemplateHole;

impl Walker<'_, '_> {
    /// The holes of a template that lie inside `[start, end)` of the parsed text.
    pub(super) fn holes_in(&self, start: usize, end: usize) -> Vec<&TemplateHole> {
        self.context
            .holes
            .iter()
            .filter(|hole| (hole.start as usize) < end && (hole.end as usize) > start)
            .collect()
    }

    pub(super) fn type_value(&self, start: usize, end: usize, text: &str) -> Value {
        if let Some(known) = self.known_single_value(start, end) {
            return classify_value(&known, self.context.options);
        }
        let holes = self.holes_in(start, end);
        match holes.as_slice() {
            [] => classify_value(text, self.context.options),
            [hole] if hole.start as usize == start && hole.end as usize == end => {
                match &hole.theme_path {
                    Some(path) => Value::Reference {
                        kind: ReferenceKind::ThemePath,
                        name: path.into(),
                        fallback: None,
                    },
                    None => Value::unresolved("a JavaScript expression decides this value"),
                }
            }
            _ => Value::unresolved("a JavaScript expression is part of this value"),
        }
    }

    /// The text of a value whose holes are all known, when it has any.
    pub(super) fn known_single_value(&self, start: usize, end: usize) -> Option<String> {
        let holes = self.holes_in(start, end);
        (!holes.is_empty() && holes.iter().all(|hole| hole.static_text.is_some()))
            .then(|| self.with_known_holes(start, end, &holes))
    }

    /// `source[start..end]` with each hole replaced by the text it is known to stand for.
    pub(super) fn with_known_holes(
        &self,
        start: usize,
        end: usize,
        holes: &[&TemplateHole],
    ) -> String {
        let mut text = String::new();
        let mut position = start;
        for hole in holes {
            let (hole_start, hole_end) = (hole.start as usize, (hole.end as usize).min(end));
            text.push_str(&self.source[position..hole_start.max(position)]);
            text.push_str(hole.static_text.as_deref().unwrap_or_default());
            position = hole_end;
        }
        text.push_str(&self.source[position.min(end)..end]);
        text
    }

    /// The longhands a shorthand sets, with offsets into its value; `None` when it is no shorthand
    /// or a template hole other than a theme read is in it.
    pub(super) fn longhands<'t>(
        &self,
        property: &str,
        parsed_value: &'t str,
        value_start: usize,
        value_end: usize,
    ) -> Option<Vec<Longhand<'t>>> {
        // A hole that reads the theme (`1px solid ${p => p.theme.colors.border}`) is one
        // component, a reference: the shorthand still expands around it.
        if self
            .holes_in(value_start, value_end)
            .iter()
            .all(|hole| hole.theme_path.is_some())
        {
            expand_shorthand(property, parsed_value)
        } else {
            None
        }
    }

    /// A declaration whose value holds template holes of known text (`outline: ${ring}`,
    /// `margin: ${gap}px`): typed as the runtime reads it, its CSS value stated, a shorthand
    /// expanded. Each longhand points at the whole value as written, which is where its text is.
    pub(super) fn known_value_declaration(&mut self, base: Declaration, known: &str) {
        let Some(longhands) = expand_shorthand(&base.property, known) else {
            let value = classify_value(known, self.context.options);
            self.facts.declarations.push(Declaration {
                css_value: Some(known.into()),
                value,
                ..base
            });
            return;
        };
        let shorthand = Arc::new(ShorthandSource {
            property: base.property.clone(),
            value_range: base.value_range,
        });
        for longhand in longhands {
            self.facts.declarations.push(Declaration {
                property: longhand.property,
                css_value: Some(longhand.text.into()),
                value: classify_value(longhand.text, self.context.options),
                shorthand: Some(shorthand.clone()),
                ..base.clone()
            });
        }
    }

    /// The property `[start, end)` names: as written, or with holes of known text read
    /// (`border-${side}` is `border-left`); `None` when a hole of unknown text names it.
    pub(super) fn property_name(
        &self,
        start: usize,
        end: usize,
    ) -> Option<std::borrow::Cow<'_, str>> {
        let holes = self.holes_in(start, end);
        if holes.is_empty() {
            Some(self.source[start..end].into())
        } else if holes.iter().all(|hole| hole.static_text.is_some()) {
            Some(self.with_known_holes(start, end, &holes).into())
        } else {
            None
        }
    }

    /// The longhands of a shorthand declaration, each at its own part of the value (or, when
    /// the shorthand leaves it out, at the whole value, set to its initial value).
    pub(super) fn longhand_declarations(
        &mut self,
        base: &Declaration,
        property: SmolStr,
        longhands: Vec<Longhand<'_>>,
        value_start: usize,
    ) {
        let shorthand = Arc::new(ShorthandSource {
            property,
            value_range: base.value_range,
        });
        for longhand in longhands {
            let start = value_start + longhand.start;
            let end = value_start + longhand.end;
            let value = if longhand.implied {
                classify_value(longhand.text, self.context.options)
            } else {
                self.type_value(start, end, longhand.text)
            };
            self.facts.declarations.push(Declaration {
                property: longhand.property,
                value_range: self.range(start, end),
                value_text: self.source[start..end].into(),
                css_value: longhand.implied.then(|| longhand.text.into()),
                value,
                shorthand: Some(shorthand.clone()),
                ..base.clone()
            });
        }
    }
}
