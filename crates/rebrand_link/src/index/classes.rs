//! Linking class references: global rules through the element's classes (scoped by what its
//! package loads), CSS Module classes and their `composes`, and matching a rule's other classes
//! and ancestors against what the element has.

use std::sync::Arc;

use rebrand_facts::{ClassRef, Condition, Element, FileKind};

use super::{ProjectIndex, RuleEntry};
use crate::matching::{class_conditions, is_theme_scope, ClassConditions, RuleMatch};
use crate::{StyleLink, Via};

impl ProjectIndex<'_> {
    /// Links one class reference, or says why it cannot be.
    pub(crate) fn class_links(
        &self,
        file: usize,
        element: &Element,
        class: &ClassRef,
        links: &mut Vec<StyleLink>,
    ) -> Result<(), String> {
        match class {
            ClassRef::Static { name, range, .. } => {
                let mut found = false;
                let mut out_of_scope = None;
                if let Some(utilities) = self.per_file[file].tailwind_at.get(range) {
                    // One shared name for all the declarations the class expands to.
                    let class: Arc<str> = Arc::from(name.as_str());
                    for &declaration in utilities {
                        found = true;
                        links.push(self.link(
                            file,
                            declaration,
                            Via::Tailwind {
                                class: Arc::clone(&class),
                            },
                            None,
                        ));
                    }
                }
                if let Some(entries) = self.global_classes.get(name) {
                    // Built only for classes some rule names: most class references of a
                    // Tailwind project are utilities.
                    let classes = class_conditions(element, |class| match class {
                        ClassRef::Static { name, when, .. } => Some((name.as_str(), when)),
                        _ => None,
                    });
                    for entry in entries {
                        let Some(found_match) = self.rule_matches(file, element, &classes, entry)
                        else {
                            continue;
                        };
                        let Some(mut link) =
                            self.scoped_rule_link(file, entry, found_match.context())
                        else {
                            out_of_scope = Some(entry.file);
                            continue;
                        };
                        found = true;
                        self.add_needs(&mut link, &found_match.needs);
                        links.push(link);
                    }
                }
                if found {
                    Ok(())
                } else if let Some(sheet) = out_of_scope {
                    Err(format!(
                        "only a stylesheet this file's package does not load styles it (`{}`)",
                        self.files[sheet].path
                    ))
                } else if !self.global_classes.contains_key(name)
                    && self.mentioned_classes.contains(name)
                {
                    // Named only as an ancestor or alongside other classes: defined, styling
                    // nothing on its own here.
                    Ok(())
                } else if self.global_classes.contains_key(name) {
                    Err("rules use this class, but none matches here (their other classes or ancestors are missing)".to_owned())
                } else {
                    Err("no stylesheet rule has this class as its subject, and it is not a Tailwind utility".to_owned())
                }
            }
            ClassRef::Module { object, name, .. } => {
                self.module_links(file, element, object, name, links)
            }
            ClassRef::Dynamic { reason, .. } => Err(reason.clone()),
        }
    }

    fn module_links(
        &self,
        file: usize,
        element: &Element,
        object: &str,
        name: &str,
        links: &mut Vec<StyleLink>,
    ) -> Result<(), String> {
        let import = self.files[file]
            .js_imports
            .iter()
            .find(|import| {
                import.names.iter().any(|(local, imported)| {
                    local == object && (imported == "default" || imported == "*")
                })
            })
            .ok_or_else(|| format!("`{object}` is not an imported CSS Module"))?;
        let is_module = FileKind::from_path(&import.source).is_some_and(FileKind::is_css_module);
        if !is_module {
            return Err(format!(
                "`{object}` is imported from `{}`, not a CSS Module",
                import.source
            ));
        }
        let target = self.resolve(file, &import.source).ok_or_else(|| {
            format!(
                "the CSS Module `{}` is not in the analysed files",
                import.source
            )
        })?;
        let module = self.file_by_path[target.as_str()];
        self.composed_links(module, name, links, 0);
        let Some(entries) = self.per_file[module].modules.get(name) else {
            // A class only used in other rules' selectors (`.actions > .x`) exists but styles
            // nothing on its own.
            return if self.files[module]
                .module_classes
                .iter()
                .any(|class| class == name)
            {
                Ok(())
            } else {
                Err(format!("`{target}` has no class `{name}`"))
            };
        };
        let classes = class_conditions(element, |class| match class {
            ClassRef::Module {
                object: other,
                name,
                when,
                ..
            } if other == object => Some((name.as_str(), when)),
            _ => None,
        });
        // One shared name for all the declarations the class brings.
        let shared_name: Arc<str> = Arc::from(name);
        for entry in entries {
            if let Some(found_match) = self.rule_matches(file, element, &classes, entry) {
                let needs = found_match.needs.clone();
                // An `@include` in the module brings declarations written in the mixin's file.
                let mut link = self.link(
                    entry.file,
                    entry.declaration,
                    Via::Module {
                        module: self.path(module),
                        class: Arc::clone(&shared_name),
                    },
                    found_match.context(),
                );
                self.add_needs(&mut link, &needs);
                links.push(link);
            }
        }
        Ok(())
    }

    /// The rules of the classes that module class `name` composes (`composes: base;`,
    /// `composes: a from "./x.module.css";`, `composes: a from global;`), recursively.
    fn composed_links(&self, module: usize, name: &str, links: &mut Vec<StyleLink>, depth: usize) {
        if depth > 8 {
            return;
        }
        for composition in self.files[module]
            .composes
            .iter()
            .filter(|composition| composition.class == name)
        {
            for composed in &composition.composes {
                let (target, entries) = match composition.from.as_deref() {
                    Some("global") => (None, self.global_classes.get(composed)),
                    Some(path) => {
                        let Some(target) = self
                            .resolve(module, path)
                            .and_then(|target| self.file_by_path.get(target.as_str()).copied())
                        else {
                            continue;
                        };
                        (Some(target), self.per_file[target].modules.get(composed))
                    }
                    None => (Some(module), self.per_file[module].modules.get(composed)),
                };
                for entry in entries
                    .into_iter()
                    .flatten()
                    .filter(|entry| entry.compounds.len() == 1)
                {
                    let via = match target {
                        Some(target) => Via::Module {
                            module: self.path(target),
                            class: Arc::from(composed.as_str()),
                        },
                        None => Via::Rule {
                            selector: Arc::clone(&entry.selector),
                        },
                    };
                    links.push(self.link(entry.file, entry.declaration, via, None));
                }
                if let Some(target) = target {
                    self.composed_links(target, composed, links, depth + 1);
                }
            }
        }
    }

    /// Whether a rule's subject matches the element's classes and tag, and its ancestor
    /// compounds' classes are found on the element's ancestors in the same JSX tree. The search
    /// may reach the component's root first: then the rule applies only where the component is
    /// rendered inside the ancestors it did not find.
    /// Adds to a link's condition what the classes its rule matched through need.
    fn add_needs(&self, link: &mut StyleLink, needs: &Condition) {
        if !needs.is_unconditional() {
            let condition = self.declaration(link).condition.and(needs);
            link.condition = Some(Arc::new(condition));
        }
    }

    fn rule_matches(
        &self,
        file: usize,
        element: &Element,
        classes: &ClassConditions<'_>,
        entry: &RuleEntry,
    ) -> Option<RuleMatch> {
        let (subject, ancestors) = entry.compounds.split_last()?;
        let mut needs = Condition::default();
        for class in &subject.classes {
            needs = needs.and(classes.get(class.as_str())?);
        }
        if subject.has_id {
            return None;
        }
        if subject
            .tag
            .as_deref()
            .is_some_and(|tag| tag != element.name)
        {
            return None;
        }
        let elements = &self.files[file].elements;
        let mut parent = element.parent;
        let mut outside = Vec::new();
        for ancestor in ancestors.iter().rev() {
            if ancestor.classes.is_empty() || is_theme_scope(ancestor) {
                continue;
            }
            loop {
                let Some(id) = parent else {
                    outside.push(ancestor.text.clone());
                    break;
                };
                let candidate = &elements[id as usize];
                parent = candidate.parent;
                let candidate_classes = class_conditions(candidate, |class| match class {
                    ClassRef::Static { name, when, .. } | ClassRef::Module { name, when, .. } => {
                        Some((name.as_str(), when))
                    }
                    ClassRef::Dynamic { .. } => None,
                });
                let found: Option<Vec<&Condition>> = ancestor
                    .classes
                    .iter()
                    .map(|class| candidate_classes.get(class.as_str()).copied())
                    .collect();
                if let Some(found) = found {
                    for condition in found {
                        needs = needs.and(condition);
                    }
                    break;
                }
            }
        }
        outside.reverse();
        Some(RuleMatch {
            outside: (!outside.is_empty()).then(|| outside.join(" ")),
            needs,
        })
    }
}
