//! Project-wide indexes: rules by subject class and tag, CSS Modules, styled bindings, styles
//! written on elements, and tokens by name.

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::Arc;

use rebrand_facts::{
    Component, ComponentKind, Condition, Declaration, Element, FileFacts, FileKind, ReferenceKind,
    Syntax, TokenKind, Value,
};
use rebrand_text::TextRange;

use crate::resolve::{resolve_with_configs, TsConfig};
use crate::scope::{Admission, StylesheetScope};

mod classes;
mod mixins;
use crate::selector::{compounds, split_list, Compound};
use crate::styled::{own_element_reach, targeted_component};
use crate::user_agent::is_user_agent_default;
use crate::{is_inline, StyleLink, Via};

/// One selector of one rule, pointing at one of its declarations.
struct RuleEntry {
    file: usize,
    declaration: u32,
    selector: Arc<str>,
    compounds: Arc<Vec<Compound>>,
    /// What the entry needs beyond its declaration's own condition: the condition of the
    /// `@include` that brought a mixin's declaration to this rule.
    condition: Option<Arc<Condition>>,
}

/// One selector of a rule and its compounds.
type ParsedSelector = (Arc<str>, Arc<Vec<Compound>>);

/// What linking looks things up in.
pub(crate) struct ProjectIndex<'a> {
    files: &'a [FileFacts],
    paths: FxHashSet<&'a str>,
    configs: &'a [TsConfig],
    shared_paths: Vec<Arc<str>>,
    file_by_path: FxHashMap<&'a str, usize>,
    global_classes: FxHashMap<String, Vec<RuleEntry>>,
    /// Every class any global selector names, in any position (`.card` in `.card .title`).
    mentioned_classes: FxHashSet<String>,
    tags: FxHashMap<String, Vec<RuleEntry>>,
    /// Each file's own lookups, by file index.
    per_file: Vec<FileIndex<'a>>,
    tokens: FxHashMap<&'a str, Vec<(usize, usize)>>,
    /// Styled declarations whose subject is another styled component (`& ${Icon}`), by that
    /// component's defining file and name.
    targeted: FxHashMap<(usize, &'a str), Vec<Targeting<'a>>>,
    /// Which global stylesheets reach which files' elements.
    scope: StylesheetScope,
}

/// What reaches an element as a styled component: its own templates' declarations, whose
/// variants its props decide, and other templates' rules that name it.
#[derive(Default)]
pub(crate) struct StyledLinks {
    pub(crate) own: Vec<StyleLink>,
    pub(crate) targeted: Vec<StyleLink>,
}

/// A styled declaration that names another styled component as its subject.
struct Targeting<'a> {
    file: usize,
    declaration: u32,
    /// The component whose template holds the rule.
    holder: &'a str,
    /// The ancestors the rule needs.
    context: Option<Arc<str>>,
}

/// What one file's declarations are reached through; built for every file in parallel.
#[derive(Default)]
struct FileIndex<'a> {
    /// Styled-component declarations by binding.
    styled: FxHashMap<&'a str, Vec<u32>>,
    /// Style objects bound to a variable that a style prop names, by variable.
    style_objects: FxHashMap<&'a str, Vec<u32>>,
    /// Styled declarations whose subject is a component named in a hole (`& ${Icon}`): the
    /// name as this file sees it, the declaration and the context.
    targeting: Vec<(&'a str, Targeting<'a>)>,
    /// Inline styles and style props by element id.
    on_element: FxHashMap<u32, Vec<u32>>,
    /// Tailwind utilities by the range of the class that produced them.
    tailwind_at: FxHashMap<TextRange, Vec<u32>>,
    /// A CSS Module's rules by the first class of their subject compound.
    modules: FxHashMap<String, Vec<RuleEntry>>,
    /// The file's global rules, each under the subject that finds it, in declaration order;
    /// merged into the project-wide maps.
    rules: Vec<(RuleSubject, RuleEntry)>,
    /// Classes the file's global selectors name anywhere.
    mentioned_classes: Vec<String>,
}

/// The key a global rule is found by.
enum RuleSubject {
    /// The first class of the subject compound of a global rule.
    Global(String),
    /// A global rule whose whole selector is one tag.
    Tag(String),
}

impl<'a> FileIndex<'a> {
    fn build(file_index: usize, file: &'a FileFacts) -> Self {
        let mut index = Self::default();
        let mut parsed = None;
        for (declaration_index, declaration) in file.declarations.iter().enumerate() {
            let declaration_index = declaration_index as u32;
            let origin = &declaration.origin;
            // Utilities are reached through the class reference at their range, which may be a
            // `cva` definition shared by many elements; a stylesheet's `@apply` belongs to its
            // rule instead.
            if origin.utility.is_some() && origin.syntax == Syntax::Tailwind {
                index
                    .tailwind_at
                    .entry(declaration.value_range)
                    .or_default()
                    .push(declaration_index);
                continue;
            }
            if let Some(element) = origin.element {
                index
                    .on_element
                    .entry(element)
                    .or_default()
                    .push(declaration_index);
                continue;
            }
            match origin.syntax {
                Syntax::InlineStyle | Syntax::StyleProp => {
                    if let Some(binding) = &origin.binding {
                        index
                            .style_objects
                            .entry(binding.as_str())
                            .or_default()
                            .push(declaration_index);
                    }
                }
                Syntax::StyledTemplate | Syntax::StyledObject => {
                    if let Some(binding) = &origin.binding {
                        index
                            .styled
                            .entry(binding.as_str())
                            .or_default()
                            .push(declaration_index);
                        let selector = origin.selector.as_deref().unwrap_or_default();
                        if selector.contains("${") {
                            for (name, context) in targeted_component(selector, binding) {
                                index.targeting.push((
                                    name,
                                    Targeting {
                                        file: file_index,
                                        declaration: declaration_index,
                                        holder: binding.as_str(),
                                        context,
                                    },
                                ));
                            }
                        }
                    }
                }
                // Tailwind's own rules (preflight) are rules like a stylesheet's.
                Syntax::Css
                | Syntax::Scss
                | Syntax::Less
                | Syntax::CssModule
                | Syntax::Tailwind => {
                    index.add_rule(
                        file_index,
                        file.kind,
                        declaration_index,
                        origin,
                        &mut parsed,
                    );
                }
            }
        }
        index
    }

    /// Indexes one declaration under each selector of its rule. `parsed` holds the previous
    /// declaration's rule: declarations of one rule share their origin, so its selectors are
    /// parsed once.
    fn add_rule(
        &mut self,
        file: usize,
        kind: FileKind,
        declaration: u32,
        origin: &Arc<rebrand_facts::Origin>,
        parsed: &mut Option<(Arc<rebrand_facts::Origin>, Vec<ParsedSelector>)>,
    ) {
        let Some(selectors) = origin.selector.as_deref() else {
            return;
        };
        let reuse = parsed
            .as_ref()
            .is_some_and(|(previous, _)| Arc::ptr_eq(previous, origin));
        if !reuse {
            let list = split_list(selectors)
                .into_iter()
                .map(|selector| (Arc::from(selector), Arc::new(compounds(selector))))
                .collect();
            *parsed = Some((Arc::clone(origin), list));
            if !kind.is_css_module() {
                for (_, parts) in &parsed.as_ref().expect("just set").1 {
                    for compound in parts.iter() {
                        self.mentioned_classes
                            .extend(compound.classes.iter().cloned());
                    }
                }
            }
        }
        let Some((_, list)) = parsed.as_ref() else {
            return;
        };
        for (selector, parts) in list {
            let Some(subject) = parts.last() else {
                continue;
            };
            let entry = RuleEntry {
                file,
                declaration,
                selector: Arc::clone(selector),
                compounds: Arc::clone(parts),
                condition: None,
            };
            if kind.is_css_module() {
                if let Some(class) = subject.classes.first() {
                    self.modules.entry(class.clone()).or_default().push(entry);
                }
                continue;
            }
            if let Some(subject) = subject_of(parts) {
                self.rules.push((subject, entry));
            }
        }
    }
}

/// The key a global rule with these compounds is found by: its subject's first class, its one
/// tag, or `*`; `None` for subjects found no other way (an id alone).
fn subject_of(parts: &[Compound]) -> Option<RuleSubject> {
    let subject = parts.last()?;
    if let Some(class) = subject.classes.first() {
        Some(RuleSubject::Global(class.clone()))
    } else if let (Some(tag), false, 1) = (&subject.tag, subject.has_id, parts.len()) {
        Some(RuleSubject::Tag(tag.clone()))
    } else if parts.len() == 1 && subject.text == "*" {
        // The universal selector: every element, found under `*`.
        Some(RuleSubject::Tag("*".to_owned()))
    } else {
        None
    }
}

impl Drop for ProjectIndex<'_> {
    /// The index holds hundreds of thousands of small allocations; freeing them one by one on
    /// one thread held up linking's end by several milliseconds.
    fn drop(&mut self) {
        let per_file = std::mem::take(&mut self.per_file);
        let global_classes = std::mem::take(&mut self.global_classes);
        let tags = std::mem::take(&mut self.tags);
        rayon::join(
            || per_file.into_par_iter().for_each(drop),
            || drop((global_classes, tags)),
        );
    }
}

impl<'a> ProjectIndex<'a> {
    pub(crate) fn build(files: &'a [FileFacts], configs: &'a [TsConfig]) -> Self {
        // Files are indexed independently (selectors parsed, declarations sorted by how they are
        // reached) in parallel; the maps by path and by token name, which need no file's index,
        // are built beside them.
        let (mut per_file, (paths, shared_paths, file_by_path, tokens)) = rayon::join(
            || {
                files
                    .par_iter()
                    .enumerate()
                    .map(|(file_index, file)| FileIndex::build(file_index, file))
                    .collect::<Vec<FileIndex<'a>>>()
            },
            || {
                let paths: FxHashSet<&'a str> =
                    files.iter().map(|file| file.path.as_str()).collect();
                let shared_paths: Vec<Arc<str>> = files
                    .iter()
                    .map(|file| Arc::from(file.path.as_str()))
                    .collect();
                let file_by_path: FxHashMap<&'a str, usize> = files
                    .iter()
                    .enumerate()
                    .map(|(position, file)| (file.path.as_str(), position))
                    .collect();
                let mut tokens: FxHashMap<&'a str, Vec<(usize, usize)>> = FxHashMap::default();
                for (file_index, file) in files.iter().enumerate() {
                    for (token_index, token) in file.tokens.iter().enumerate() {
                        tokens
                            .entry(token.name.as_str())
                            .or_default()
                            .push((file_index, token_index));
                    }
                }
                (paths, shared_paths, file_by_path, tokens)
            },
        );
        // The files' rules and the classes they mention are merged into the project-wide maps,
        // in file order, side by side.
        let mentioned: Vec<Vec<String>> = per_file
            .iter_mut()
            .map(|file_part| std::mem::take(&mut file_part.mentioned_classes))
            .collect();
        let mut rules: Vec<Vec<(RuleSubject, RuleEntry)>> = per_file
            .iter_mut()
            .map(|file_part| std::mem::take(&mut file_part.rules))
            .collect();
        let included = mixins::include_entries(files);
        rules.push(included.global);
        for (file, class, entry) in included.modules {
            per_file[file].modules.entry(class).or_default().push(entry);
        }
        let included_classes = included.mentioned;
        let (mentioned_classes, (global_classes, tags)) = rayon::join(
            || {
                mentioned
                    .into_iter()
                    .flatten()
                    .chain(included_classes)
                    .collect()
            },
            || {
                let mut global_classes: FxHashMap<String, Vec<RuleEntry>> = FxHashMap::default();
                let mut tags: FxHashMap<String, Vec<RuleEntry>> = FxHashMap::default();
                for (subject, entry) in rules.into_iter().flatten() {
                    let entries = match subject {
                        RuleSubject::Global(class) => global_classes.entry(class),
                        RuleSubject::Tag(tag) => tags.entry(tag),
                    };
                    entries.or_default().push(entry);
                }
                (global_classes, tags)
            },
        );
        let targeting: Vec<Vec<(&'a str, Targeting<'a>)>> = per_file
            .iter_mut()
            .map(|file_part| std::mem::take(&mut file_part.targeting))
            .collect();
        let scope = StylesheetScope::build(files, &paths, &file_by_path, configs);
        let mut index = Self {
            scope,
            files,
            paths,
            configs,
            shared_paths,
            file_by_path,
            global_classes,
            mentioned_classes,
            tags,
            per_file,
            tokens,
            targeted: FxHashMap::default(),
        };
        // A component named in a selector is found where it is defined, so the rule reaches
        // its elements in every file that renders it.
        let mut targeted: FxHashMap<(usize, &'a str), Vec<Targeting<'a>>> = FxHashMap::default();
        for (name, targeting) in targeting.into_iter().flatten() {
            if let Some((file, component)) = index.definition(targeting.file, name, 0) {
                if component.kind == ComponentKind::Styled {
                    targeted
                        .entry((file, component.name.as_str()))
                        .or_default()
                        .push(targeting);
                }
            }
        }
        index.targeted = targeted;
        index
    }

    /// Where the component `name`, as seen from `file`, is defined: in `file`, or through its
    /// imports (following re-exports of a default). Gives the file and the component.
    pub(crate) fn definition(
        &self,
        file: usize,
        name: &str,
        depth: usize,
    ) -> Option<(usize, &'a Component)> {
        if depth > 8 {
            return None;
        }
        let files: &'a [FileFacts] = self.files;
        if let Some(component) = files[file]
            .components
            .iter()
            .find(|component| component.name == name)
        {
            return Some((file, component));
        }
        for import in &files[file].js_imports {
            let Some((_, imported)) = import.names.iter().find(|(local, _)| local == name) else {
                continue;
            };
            let target = self.resolve(file, &import.source)?;
            let &target_index = self.file_by_path.get(target.as_str())?;
            let exported = if imported == "default" {
                files[target_index]
                    .components
                    .iter()
                    .find(|component| component.export.as_deref() == Some("default"))
                    .map(|component| component.name.as_str())?
            } else {
                imported.as_str()
            };
            return self.definition(target_index, exported, depth + 1);
        }
        // `export * from "./icons"`: a barrel passes on every name of the modules it names.
        for import in &files[file].js_imports {
            let is_star = import
                .names
                .iter()
                .any(|(local, imported)| local == "*" && imported == "*");
            if !is_star {
                continue;
            }
            let Some(target) = self.resolve(file, &import.source) else {
                continue;
            };
            let Some(&target_index) = self.file_by_path.get(target.as_str()) else {
                continue;
            };
            if let Some(found) = self.definition(target_index, name, depth + 1) {
                return Some(found);
            }
        }
        None
    }

    /// The styled component `name` as seen from `file`: defined there, or imported.
    fn styled_binding(&self, file: usize, name: &str, depth: usize, links: &mut StyledLinks) {
        let Some((file, component)) = self.definition(file, name, depth) else {
            return;
        };
        if component.kind != ComponentKind::Styled || depth > 8 {
            return;
        }
        // A styled component extending another gets the base's styles first, weaker.
        if let Some(base) = &component.styles {
            if base.starts_with(|character: char| character.is_ascii_uppercase()) {
                self.styled_binding(file, base, depth + 1, links);
            }
        }
        let name = component.name.as_str();
        if let Some(declarations) = self.per_file[file].styled.get(name) {
            let via = Via::Styled {
                component: Arc::from(name),
            };
            self.own_element_links(file, declarations, name, &via, &mut links.own);
        }
        // Rules of other templates that name this component as their subject (`& ${Icon}`).
        if let Some(targetings) = self.targeted.get(&(file, name)) {
            for targeting in targetings {
                links.targeted.push(self.link(
                    targeting.file,
                    targeting.declaration,
                    Via::Styled {
                        component: Arc::from(targeting.holder),
                    },
                    targeting.context.clone(),
                ));
            }
        }
    }

    /// The DOM tag `name` renders, followed through styled bases and wrapper components.
    pub(crate) fn rendered_tag(&self, file: usize, name: &str, depth: usize) -> Option<String> {
        if name.starts_with(|character: char| character.is_ascii_lowercase()) {
            return Some(name.to_owned());
        }
        if depth > 8 {
            return None;
        }
        let (definition_file, component) = self.definition(file, name, 0)?;
        if component.kind == ComponentKind::Styled {
            let base = component.styles.as_deref()?;
            return self.rendered_tag(definition_file, base, depth + 1);
        }
        let (target_file, target) = self.class_name_target(file, name)?;
        self.rendered_tag(target_file, &target.name, depth + 1)
    }

    /// The element a (non-styled) component renders its `className` onto: the outermost element
    /// of its body that receives it, the last one when its branches return several.
    /// `<Row className="x">` styles that element.
    pub(crate) fn class_name_target(
        &self,
        file: usize,
        name: &str,
    ) -> Option<(usize, &'a Element)> {
        if !name.starts_with(|character: char| character.is_ascii_uppercase()) {
            return None;
        }
        let (file, component) = self.definition(file, name, 0)?;
        if component.kind == ComponentKind::Styled {
            return None;
        }
        let files: &'a [FileFacts] = self.files;
        let elements = &files[file].elements;
        let receives = |element: &Element| {
            element.receives_class_name
                && element.component.as_deref() == Some(component.name.as_str())
        };
        // The outermost receivers: one per branch the component returns. Early returns are the
        // special cases (loading, a disabled tooltip, an error) and the last is the default, so
        // the last outermost receiver is where `className` lands as a rule.
        elements
            .iter()
            .rev()
            .filter(|element| receives(element))
            .find(|element| {
                let mut parent = element.parent;
                while let Some(id) = parent {
                    let Some(ancestor) = elements.get(id as usize) else {
                        break;
                    };
                    if receives(ancestor) {
                        return false;
                    }
                    parent = ancestor.parent;
                }
                true
            })
            .map(|element| (file, element))
    }

    /// The project file an import in `file` names, through relative paths and aliases.
    fn resolve(&self, file: usize, source: &str) -> Option<String> {
        resolve_with_configs(&self.files[file].path, source, &self.paths, self.configs)
    }

    /// A file's path, shared by every link into it.
    pub(crate) fn path(&self, file: usize) -> Arc<str> {
        Arc::clone(&self.shared_paths[file])
    }

    /// A link to declaration `declaration` of file `file`, with the file's path and index.
    fn link(
        &self,
        file: usize,
        declaration: u32,
        via: Via,
        context: Option<Arc<str>>,
    ) -> StyleLink {
        StyleLink {
            file: self.path(file),
            file_index: file as u32,
            declaration,
            via,
            context,
            condition: None,
        }
    }

    /// The declaration a link points at.
    pub(crate) fn declaration(&self, link: &StyleLink) -> &'a Declaration {
        let files: &'a [FileFacts] = self.files;
        &files[link.file_index as usize].declarations[link.declaration as usize]
    }

    /// The styles of the styled component `name` (and its bases), and those other templates
    /// give it as a selector.
    pub(crate) fn styled_links(&self, file: usize, name: &str, links: &mut StyledLinks) {
        if name.starts_with(|character: char| character.is_ascii_uppercase()) {
            self.styled_binding(file, name, 0, links);
        }
    }

    /// The declarations of the file's variable `name` that a style prop names: a style object,
    /// or a `css` fragment (a `css` template of its own keeps only its own rules: `&` is the
    /// element).
    pub(crate) fn binding_links(&self, file: usize, name: &str, links: &mut Vec<StyleLink>) {
        let Some((file, declarations, bound)) = self.binding(file, name) else {
            return;
        };
        let via = Via::Binding {
            name: Arc::from(name),
        };
        self.own_element_links(file, declarations, bound, &via, links);
    }

    /// The declarations bound to `name` as `file` sees it: its own style object or `css`
    /// fragment, or one it imports (`import { card } from "./styles"`). Gives the defining
    /// file, the declarations and the name there.
    fn binding(&self, file: usize, name: &'a str) -> Option<(usize, &[u32], &'a str)> {
        let own = &self.per_file[file];
        if let Some(declarations) = own.style_objects.get(name).or_else(|| own.styled.get(name)) {
            return Some((file, declarations, name));
        }
        let files: &'a [FileFacts] = self.files;
        for import in &files[file].js_imports {
            let Some((_, imported)) = import.names.iter().find(|(local, _)| local == name) else {
                continue;
            };
            let target = self.resolve(file, &import.source)?;
            let &target_index = self.file_by_path.get(target.as_str())?;
            let there = &self.per_file[target_index];
            let declarations = there
                .style_objects
                .get(imported.as_str())
                .or_else(|| there.styled.get(imported.as_str()))?;
            return Some((target_index, declarations, imported.as_str()));
        }
        None
    }

    /// Links the declarations of a template or style object bound to `name` that style the
    /// element itself (or it inside an ancestor), each through `via`.
    fn own_element_links(
        &self,
        file: usize,
        declarations: &[u32],
        name: &str,
        via: &Via,
        links: &mut Vec<StyleLink>,
    ) {
        for &declaration in declarations {
            let selector = self.files[file].declarations[declaration as usize]
                .origin
                .selector
                .as_deref();
            if let Some(reach) = own_element_reach(selector, name) {
                links.push(self.link(file, declaration, via.clone(), reach.context()));
            }
        }
    }

    /// Global rules whose whole selector is the tag the element renders (`button { … }`), or
    /// `*`, from the stylesheets that reach elements of `file`.
    pub(crate) fn tag_links(&self, file: usize, tag: &str, links: &mut Vec<StyleLink>) {
        for entry in self.tag_entries(tag) {
            // Tailwind's preflight is every element's base style, shared by tag (see
            // `base_links`), not copied onto each element.
            if self.entry_declaration(entry).origin.syntax == Syntax::Tailwind {
                continue;
            }
            if let Some(link) = self.scoped_rule_link(file, entry, None) {
                links.push(link);
            }
        }
    }

    /// A link through a global rule to an element of `file`, if the rule's stylesheet reaches
    /// that file's elements; a stylesheet no module loads adds that to the context.
    /// What each package loads.
    pub(crate) fn scope(&self) -> &StylesheetScope {
        &self.scope
    }

    fn scoped_rule_link(
        &self,
        file: usize,
        entry: &RuleEntry,
        context: Option<Arc<str>>,
    ) -> Option<StyleLink> {
        let context = match self.scope.admits(file, entry.file) {
            Admission::Refused => return None,
            Admission::Loaded => context,
            Admission::Unverified => {
                let loaded = format!("where a page loads `{}`", self.files[entry.file].path);
                Some(Arc::from(match context {
                    Some(context) => format!("{context}, {loaded}"),
                    None => loaded,
                }))
            }
        };
        let mut link = self.link(
            entry.file,
            entry.declaration,
            Via::Rule {
                selector: Arc::clone(&entry.selector),
            },
            context,
        );
        if let Some(included_under) = &entry.condition {
            let own = &self.entry_declaration(entry).condition;
            link.condition = Some(Arc::new(own.and(included_under)));
        }
        Some(link)
    }

    /// The base style every element rendering `tag` gets from Tailwind's preflight, the weakest
    /// author layer: its `*` and `tag` rules, less what repeats the browser's own default for
    /// the tag (it changes nothing, and anything else overrides it).
    pub(crate) fn base_links(&self, tag: &str) -> Vec<StyleLink> {
        self.tag_entries(tag)
            .filter(|entry| {
                let declaration = self.entry_declaration(entry);
                let value = declaration
                    .css_value
                    .as_deref()
                    .unwrap_or(&declaration.value_text);
                declaration.origin.syntax == Syntax::Tailwind
                    && !is_user_agent_default(tag, &declaration.property, value)
            })
            .map(|entry| self.rule_link(entry))
            .collect()
    }

    /// The rules of `*` and of `tag` alone.
    fn tag_entries(&self, tag: &str) -> impl Iterator<Item = &RuleEntry> {
        self.tags
            .get("*")
            .into_iter()
            .chain(self.tags.get(tag))
            .flatten()
    }

    fn entry_declaration(&self, entry: &RuleEntry) -> &'a Declaration {
        let files: &'a [FileFacts] = self.files;
        &files[entry.file].declarations[entry.declaration as usize]
    }

    /// A link through a global rule, by its selector.
    fn rule_link(&self, entry: &RuleEntry) -> StyleLink {
        self.link(
            entry.file,
            entry.declaration,
            Via::Rule {
                selector: Arc::clone(&entry.selector),
            },
            None,
        )
    }

    /// Whether any stylesheet brings Tailwind's preflight.
    pub(crate) fn has_base(&self) -> bool {
        self.tags.values().flatten().any(|entry| {
            self.files[entry.file].declarations[entry.declaration as usize]
                .origin
                .syntax
                == Syntax::Tailwind
        })
    }

    /// Declarations written on the element: inline styles, style props, Tailwind classes.
    pub(crate) fn inline_links(&self, file: usize, element: u32, links: &mut Vec<StyleLink>) {
        let Some(declarations) = self.per_file[file].on_element.get(&element) else {
            return;
        };
        for &declaration in declarations {
            links.push(self.link(file, declaration, Via::Inline, None));
        }
    }

    /// Follows a reference through token definitions (`var(--a)` → `--a: var(--b)` → `#fff`) to a
    /// literal; gives the last reference when the chain ends in something unresolved.
    pub(crate) fn resolve_value(&self, value: &Value) -> Value {
        let mut current = value.clone();
        for _ in 0..8 {
            let Value::Reference { kind, name, .. } = &current else {
                return current;
            };
            let lookup = match kind {
                ReferenceKind::ScssVariable => name
                    .rsplit_once('.')
                    .map_or(name.as_str(), |(_, variable)| variable),
                _ => name.as_str(),
            };
            let Some(&(file, token)) = self.best_token(lookup, *kind) else {
                return current;
            };
            current = self.files[file].tokens[token].value.clone();
        }
        current
    }

    /// The definition a reference uses: unscoped or `:root` first, then file order.
    fn best_token(&self, name: &str, kind: ReferenceKind) -> Option<&(usize, usize)> {
        let candidates = self.tokens.get(name)?;
        let wanted = |token_kind: TokenKind| match kind {
            ReferenceKind::CustomProperty => matches!(
                token_kind,
                TokenKind::CustomProperty | TokenKind::TailwindTheme
            ),
            ReferenceKind::ScssVariable => token_kind == TokenKind::ScssVariable,
            ReferenceKind::LessVariable => token_kind == TokenKind::LessVariable,
            ReferenceKind::ThemePath => token_kind == TokenKind::JsTheme,
            ReferenceKind::DtcgAlias => token_kind == TokenKind::Dtcg,
            ReferenceKind::TailwindTheme => token_kind == TokenKind::TailwindTheme,
        };
        let eligible = || {
            candidates
                .iter()
                .filter(|(file, token)| wanted(self.files[*file].tokens[*token].kind))
        };
        eligible()
            .find(|(file, token)| self.files[*file].tokens[*token].in_base_scope())
            .or_else(|| eligible().next())
    }
}

/// The cascade layer a declaration is in, weakest first: Tailwind's base (preflight), its
/// utilities, unlayered stylesheets and styled components, then styles written on the
/// element.
pub(crate) fn layer(origin: &rebrand_facts::Origin) -> u8 {
    match origin.syntax {
        Syntax::Tailwind if origin.utility.is_none() => 0,
        Syntax::Tailwind => 1,
        syntax if is_inline(syntax) => 3,
        _ => 2,
    }
}
