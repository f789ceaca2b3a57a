//! Tailwind classes in a plan: a class whose theme variable is a changed token moves to the new
//! theme key (or an arbitrary value), and an arbitrary or default-theme class whose value is an
//! old value gets the new one.

use rebrand_edit::Edit;
use rebrand_facts::{Declaration, Value};
use rebrand_text::TextRange;
use rebrand_values::{classify_value, custom_properties_after, Category};

use super::{FileWork, LiteralMatch, PlaceKind, Spelling};
use crate::tailwind::{namespace_of, TailwindClass};
use crate::values::{distance, within};

impl FileWork<'_, '_> {
    /// A Tailwind class: a named class whose theme variable is an old token, or an arbitrary or
    /// default-theme class whose value is an old value.
    pub(super) fn tailwind(&mut self, declaration: &Declaration) {
        let Some(class) = TailwindClass::parse(self.source, declaration.range) else {
            return;
        };
        if class.is_arbitrary() {
            let body = class.body.slice(self.source).unwrap_or_default();
            for (offset, name) in custom_properties_after(body, b"([") {
                let start = class.body.start + offset as u32;
                let range = TextRange::new(start, start + name.len() as u32);
                if let Some((change, spelling)) = self.planner.custom_property(name, false) {
                    self.rename_reference(range, change, spelling, "tailwind");
                }
            }
        }
        let category = Category::of_property(&declaration.property);
        let namespace = category.and_then(namespace_of);
        if let (Some(namespace), false) = (namespace, class.is_arbitrary()) {
            let planner = self.planner;
            for (key_start, key) in class.keys() {
                let variable = format!("--{namespace}-{key}");
                let Some((change_index, _)) = planner.custom_property(&variable, true) else {
                    continue;
                };
                let change = &self.changes()[change_index];
                let key_range = TextRange::new(key_start, class.body.end);
                if change.new.is_none() {
                    self.removed(key_range, change_index, "class uses");
                } else if change.is_renamed()
                    || (change.changes_value() && !planner.tailwind_defined_now.contains(&variable))
                {
                    self.retarget_class(key_range, namespace, change_index, PlaceKind::Class);
                }
                return;
            }
            // A class of the project's own theme is migrated at its definition.
            if class.keys().any(|(_, key)| {
                planner
                    .tailwind_defined_now
                    .contains(&format!("--{namespace}-{key}"))
            }) {
                return;
            }
        }
        // An arbitrary value is compared as written: `bg-[#2563eb]/50` holds `#2563eb`, though
        // the declaration's value carries the modifier's opacity.
        let written = class
            .arbitrary_text()
            .map(|text| classify_value(&text, self.planner.value_options))
            .filter(|value| {
                matches!(
                    value,
                    Value::Color { .. } | Value::Length(_) | Value::Number { .. }
                )
            });
        let value = written.as_ref().unwrap_or(&declaration.value);
        match self.planner.literal_change(value, category) {
            LiteralMatch::Change(change_index) => {
                let key_range = class.value_range();
                match namespace {
                    Some(namespace) => {
                        self.retarget_class(key_range, namespace, change_index, PlaceKind::Literal);
                    }
                    None => {
                        if let Some(css) = self.changes()[change_index].new_css() {
                            let edit =
                                Edit::replace(key_range, format!("[{}]", css.replace(' ', "_")));
                            self.place(change_index, PlaceKind::Literal, "tailwind", edit);
                        }
                    }
                }
            }
            LiteralMatch::Ambiguous(old, new) => self.ambiguous(declaration.value_range, old, new),
            LiteralMatch::None => {}
        }
    }

    /// Points a class at the new token: its theme key when the project's theme defines it (after
    /// the plan), else an arbitrary value.
    fn retarget_class(
        &mut self,
        key_range: TextRange,
        namespace: &str,
        change_index: usize,
        kind: PlaceKind,
    ) {
        let change = &self.changes()[change_index];
        let new_key = change.new.as_deref().and_then(|new| {
            let variable = self.planner.rule(Spelling::Tailwind)?.spell(new);
            let key = variable
                .strip_prefix(&format!("--{namespace}-"))?
                .to_owned();
            let tolerance = self.planner.input.migration.tolerance;
            let default_fits = || {
                let new_value = &change.new_value.as_ref()?.value;
                self.planner
                    .input
                    .tailwind_defaults
                    .iter()
                    .find(|(name, _)| *name == variable)
                    .and_then(|(_, value)| distance(value, new_value))
                    .map(|found| within(new_value, found, tolerance))
            };
            (self.planner.tailwind_defined.contains(&variable) || default_fits() == Some(true))
                .then_some(key)
        });
        let replacement = match (new_key, change.new_css()) {
            (Some(key), _) => key,
            (None, Some(css)) => format!("[{}]", css.replace(' ', "_")),
            (None, None) => return,
        };
        self.place(
            change_index,
            kind,
            "tailwind",
            Edit::replace(key_range, replacement),
        );
    }
}
