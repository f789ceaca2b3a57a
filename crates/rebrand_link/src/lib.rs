//! Links every JSX element to the declarations it really gets, whatever syntax they were written
//! in, and decides its effective style with the cascade.
//!
//! Input is every file's facts; output is, per element, the evidence (each declaration that can
//! apply, and why) and the effective value of each property under each condition, with token
//! references resolved through aliases. Class references that resolve to nothing are reported
//! with a reason, never silently dropped: unknown is not unused.
//!
//! Invariant: linking reads facts only (no I/O, no parser types) and is deterministic: ties in
//! the cascade break by file path and then byte position. Not an API boundary beyond [`link`] and
//! the serialised types.

mod cascade;
mod constants;
mod index;
mod liveness;
mod matching;
mod resolve;
mod scope;
mod selector;
mod styled;
mod user_agent;
mod variants;

use std::sync::Arc;

use rayon::prelude::*;

use rebrand_facts::{ClassRef, Condition, Element, FileFacts, SmolStr, Syntax, Value};
use rebrand_text::TextRange;
use serde::Serialize;

pub use constants::resolve_template_constants;
pub use resolve::{
    join, parse_tsconfig, resolve_import, resolve_with_configs, workspace_packages, TsConfig,
};
pub use scope::{stylesheet_candidates, StylesheetScope};
pub use selector::specificity;

use crate::index::{ProjectIndex, StyledLinks};
use crate::variants::decide_with_props;

/// How a declaration reaches an element.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Via {
    /// Written on the element: `style`, `sx` or `css` props.
    Inline,
    /// A Tailwind class on the element.
    Tailwind {
        /// The class.
        class: Arc<str>,
    },
    /// A global stylesheet rule whose subject matches the element's classes or tag.
    Rule {
        /// The selector it matched through.
        selector: Arc<str>,
    },
    /// A CSS Module class the element references.
    Module {
        /// The module's path.
        module: Arc<str>,
        /// The class.
        class: Arc<str>,
    },
    /// The styled component the element is, or one it extends.
    Styled {
        /// The styled component's name.
        component: Arc<str>,
    },
    /// A style object or `css` fragment of the file that the element's `style`, `css` or `sx`
    /// prop names (`css={[track, on && trackOn]}`, `style={{ ...circle }}`).
    Binding {
        /// The variable.
        name: Arc<str>,
    },
}

/// One declaration that applies to an element.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StyleLink {
    /// The path of the file holding the declaration.
    pub file: Arc<str>,
    /// The position of that file in the analysed files: rules reach the declaration through it
    /// without looking the path up.
    #[serde(skip)]
    pub file_index: u32,
    /// Its index in that file's `declarations`.
    pub declaration: u32,
    /// How it reaches the element.
    pub via: Via,
    /// The ancestors the rule needs that the element's own component does not render
    /// (`.sidebar`): the style applies only where the component is placed inside them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<Arc<str>>,
    /// When it applies to this element, where that differs from the declaration's own
    /// condition: a class the element names under a prop test (`active && "on"` adds
    /// `active`), or a variant its props decide (`<Tab $active>` meets `$active`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Arc<Condition>>,
}

/// The value a property ends up with under one condition.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EffectiveValue {
    /// The property.
    pub property: SmolStr,
    /// When it applies.
    #[serde(skip_serializing_if = "Condition::is_unconditional")]
    pub condition: Arc<Condition>,
    /// The ancestors it needs outside the element's component, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<Arc<str>>,
    /// The winning declaration's value as written.
    pub value_text: SmolStr,
    /// Its value, with references followed through token aliases to a literal where possible.
    pub value: Value,
    /// The winning declaration: an index into the element's `links`.
    pub source: u32,
    /// How many other declarations it overrides.
    #[serde(skip_serializing_if = "is_zero")]
    pub overrides: u32,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's `skip_serializing_if` passes a reference.
fn is_zero(count: &u32) -> bool {
    *count == 0
}

/// An element's style: every link, and the effective result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ElementStyle {
    /// The file of the element.
    pub file: Arc<str>,
    /// The element's id in that file.
    pub element: u32,
    /// The DOM tag it renders: its own for a tag, the styled base tag for a styled component,
    /// the receiving element's for a wrapper component.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renders: Option<String>,
    /// Every declaration that can apply, in cascade order (weakest first).
    pub links: Vec<StyleLink>,
    /// The effective value per property and condition, sorted.
    pub effective: Vec<EffectiveValue>,
}

/// A class reference that resolved to nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unresolved {
    /// The file of the reference.
    pub file: String,
    /// Where the reference is.
    pub range: TextRange,
    /// The class, or the expression's kind for a dynamic reference.
    pub class: String,
    /// Why it did not resolve.
    pub reason: String,
}

/// How many class references resolved.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ResolutionReport {
    /// Class references seen on elements.
    pub class_references: usize,
    /// Those that reached at least one declaration.
    pub resolved: usize,
    /// Those that did not, with the reason.
    pub unresolved: Vec<Unresolved>,
}

impl ResolutionReport {
    /// The share resolved, 1 when there is nothing to resolve.
    #[must_use]
    pub fn share(&self) -> f64 {
        if self.class_references == 0 {
            1.0
        } else {
            self.resolved as f64 / self.class_references as f64
        }
    }
}

/// Everything linking found.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Linked {
    /// Styled elements (those with at least one link), by file and element id.
    pub elements: Vec<ElementStyle>,
    /// Class-reference resolution.
    pub resolution: ResolutionReport,
    /// The base style of each tag in a Tailwind project (its preflight), which every element
    /// rendering that tag has under its own: an element's value for a property replaces the
    /// base's wherever it applies. Shared by tag rather than copied onto each element.
    pub base: std::collections::BTreeMap<String, BaseStyle>,
    /// Which global stylesheets each package loads: a token of another package's stylesheet is
    /// no suggestion for this one's code.
    #[serde(skip)]
    pub scope: StylesheetScope,
}

/// The styles every element rendering one tag gets before its own: Tailwind's preflight, less
/// what repeats the browser's default for the tag.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct BaseStyle {
    /// Every declaration, in cascade order.
    pub links: Vec<StyleLink>,
    /// The winner per property and condition.
    pub effective: Vec<EffectiveValue>,
}

/// Links every element of `files` (sorted by path, as the analysis gives them), resolving
/// import aliases through `configs` (the project's `tsconfig.json` files).
#[must_use]
pub fn link(files: &[FileFacts], configs: &[TsConfig]) -> Linked {
    let index = ProjectIndex::build(files, configs);
    // Files link independently against the shared, read-only index; results keep file order.
    let per_file: Vec<(Vec<ElementStyle>, ResolutionReport)> = files
        .par_iter()
        .enumerate()
        .map(|(file_index, file)| link_file(files, &index, file_index, file))
        .collect();
    let mut linked = Linked {
        scope: index.scope().clone(),
        ..Linked::default()
    };
    for (elements, resolution) in per_file {
        linked.elements.extend(elements);
        linked.resolution.class_references += resolution.class_references;
        linked.resolution.resolved += resolution.resolved;
        linked.resolution.unresolved.extend(resolution.unresolved);
    }
    if index.has_base() {
        // Every tag an element renders, written or through a styled component.
        let tags: std::collections::BTreeSet<&str> = files
            .iter()
            .flat_map(|file| &file.elements)
            .map(|element| element.name.as_str())
            .filter(|name| name.starts_with(|character: char| character.is_ascii_lowercase()))
            .chain(
                linked
                    .elements
                    .iter()
                    .filter_map(|style| style.renders.as_deref()),
            )
            .collect();
        linked.base = tags
            .into_iter()
            .filter_map(|tag| {
                let links = index.base_links(tag);
                (!links.is_empty()).then(|| {
                    let (links, effective) = cascade::resolve(files, &index, links);
                    (tag.to_owned(), BaseStyle { links, effective })
                })
            })
            .collect();
    }
    linked
}

fn link_file(
    files: &[FileFacts],
    index: &ProjectIndex<'_>,
    file_index: usize,
    file: &FileFacts,
) -> (Vec<ElementStyle>, ResolutionReport) {
    let mut styles = Vec::new();
    let mut resolution = ResolutionReport::default();
    for element in &file.elements {
        let mut links = element_links(index, file_index, element, Some(&mut resolution));
        // `<Row className="x">`: what Row renders its className onto gets both its own styles
        // and the call site's, so the call site's effective style is what the user sees.
        let mut wrapper = (file_index, element);
        for _ in 0..4 {
            let Some((target_file, target)) = index.class_name_target(wrapper.0, &wrapper.1.name)
            else {
                break;
            };
            let mut inner = element_links(index, target_file, target, None);
            // The classes the wrapper names under its own props' tests are decided by the
            // props written here; a styled element inside decided its own already.
            decide_with_props(index, &mut inner, &wrapper.1.props, |link| {
                !matches!(link.via, Via::Styled { .. })
            });
            links.extend(inner);
            wrapper = (target_file, target);
        }
        if links.is_empty() {
            continue;
        }
        drop_verified_component_contexts(file, element, &mut links);
        let (links, effective) = cascade::resolve(files, index, links);
        styles.push(ElementStyle {
            file: index.path(file_index),
            element: element.id,
            renders: index.rendered_tag(file_index, &element.name, 0),
            links,
            effective,
        });
    }
    (styles, resolution)
}

/// A styled rule that needs its holder around the element (`& ${Icon}` in Card's template has
/// the context `Card`) holds without condition where the element's own JSX tree puts it
/// inside that component.
fn drop_verified_component_contexts(file: &FileFacts, element: &Element, links: &mut [StyleLink]) {
    for link in links {
        let Some(context) = link.context.as_deref() else {
            continue;
        };
        let Via::Styled { component } = &link.via else {
            continue;
        };
        if context != &**component {
            continue;
        }
        let mut parent = element.parent;
        while let Some(id) = parent {
            let Some(ancestor) = file.elements.get(id as usize) else {
                break;
            };
            if ancestor.name == context {
                link.context = None;
                break;
            }
            parent = ancestor.parent;
        }
    }
}

/// The declarations that reach `element` directly; class references are counted in
/// `resolution` when given.
fn element_links(
    index: &ProjectIndex<'_>,
    file_index: usize,
    element: &Element,
    mut resolution: Option<&mut ResolutionReport>,
) -> Vec<StyleLink> {
    let mut styled = StyledLinks::default();
    index.styled_links(file_index, &element.name, &mut styled);
    // A styled component's variants are its props, written here.
    decide_with_props(index, &mut styled.own, &element.props, |_| true);
    let mut links = styled.own;
    links.append(&mut styled.targeted);
    // A tag's rules reach it, and the tag a styled component renders; a wrapper's call site
    // gets them with the element it renders.
    if element
        .name
        .starts_with(|character: char| character.is_ascii_lowercase())
    {
        index.tag_links(file_index, &element.name, &mut links);
    } else if !links.is_empty()
        && links
            .iter()
            .any(|link| matches!(link.via, Via::Styled { .. }))
    {
        if let Some(tag) = index.rendered_tag(file_index, &element.name, 0) {
            index.tag_links(file_index, &tag, &mut links);
        }
    }
    for class in &element.classes {
        let before = links.len();
        let outcome = index.class_links(file_index, element, class, &mut links);
        if let ClassRef::Static { when, .. } | ClassRef::Module { when, .. } = class {
            if !when.is_unconditional() {
                for link in &mut links[before..] {
                    let current = link
                        .condition
                        .clone()
                        .unwrap_or_else(|| Arc::clone(&index.declaration(link).condition));
                    link.condition = Some(Arc::new(current.and(when)));
                }
            }
        }
        if let Some(resolution) = resolution.as_deref_mut() {
            resolution.class_references += 1;
            match outcome {
                Ok(()) => resolution.resolved += 1,
                Err(reason) => resolution.unresolved.push(Unresolved {
                    file: index.path(file_index).to_string(),
                    range: class_range(class),
                    class: class_label(class),
                    reason,
                }),
            }
        }
    }
    for style in &element.style_refs {
        let before = links.len();
        index.binding_links(file_index, &style.name, &mut links);
        if !style.when.is_unconditional() {
            for link in &mut links[before..] {
                let condition = index.declaration(link).condition.and(&style.when);
                link.condition = Some(Arc::new(condition));
            }
        }
    }
    index.inline_links(file_index, element.id, &mut links);
    links
}

fn class_range(class: &ClassRef) -> TextRange {
    match class {
        ClassRef::Static { range, .. }
        | ClassRef::Module { range, .. }
        | ClassRef::Dynamic { range, .. } => *range,
    }
}

fn class_label(class: &ClassRef) -> String {
    match class {
        ClassRef::Static { name, .. } => name.clone(),
        ClassRef::Module { object, name, .. } => format!("{object}.{name}"),
        ClassRef::Dynamic { .. } => "(dynamic)".to_owned(),
    }
}

/// Whether a syntax's declarations are written on the element itself.
pub(crate) fn is_inline(syntax: Syntax) -> bool {
    matches!(syntax, Syntax::InlineStyle | Syntax::StyleProp)
}
