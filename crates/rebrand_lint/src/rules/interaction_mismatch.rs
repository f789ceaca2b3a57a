//! `interaction-mismatch`: an element that looks like the members of an interactive pattern but
//! lacks the interaction semantics they share.
//!
//! ## What it does
//! Patterns group elements by behaviour (role, clickable, keyboard-focusable) and look. This rule
//! compares clickable elements that have no role or cannot be reached by keyboard with the
//! interactive patterns (buttons, links, tabs…) they look like: when their look is as similar
//! as pattern members are to each other, the element is reported with what it lacks. An element
//! that looks like a button but is not clickable at all (a badge) is not reported, nor is a
//! component whose rendered element rebrand cannot follow (a library's `MenuItem` may render a
//! button), nor an element whose only handler stops the event (`e.stopPropagation()`), nor an
//! item of a composite widget (`role="option"`, `menuitem`, `tab`… with `tabIndex={-1}`), which
//! its container's roving focus reaches, nor a clickable container that holds a button or link of
//! its own (a row with an "Edit" button is reached from the keyboard through the button).
//!
//! ## Why is this bad?
//! A clickable `div` styled like the app's buttons is a button to mouse users only: keyboard and
//! screen-reader users cannot find or press it, while its twelve siblings work for everyone.
//!
//! ## Example
//! ```jsx
//! <button className="btn" onClick={save}>Save</button>
//! <div className="btn" onClick={cancel}>Cancel</div>
//! ```
//! Use instead: `<button className="btn" onClick={cancel}>Cancel</button>`.
//!
//! ## Fix safety
//! No fix: changing the element (or adding `role`, `tabIndex` and a key handler) changes its
//! behaviour and markup, which needs a person.
//!
//! ## Options
//! None.

use std::collections::BTreeSet;

use rebrand_config::InteractionMismatchOptions;
use rebrand_patterns::Pattern;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::context::Context;
use crate::diagnostic::LintDiagnostic;

/// The rule's name.
pub(crate) const NAME: &str = "interaction-mismatch";

/// Per file, the elements that enclose a focusable element (a native control, a `tabIndex` of 0
/// or more, or a component named like one: `…Button`, `…Link`).
fn focusable_ancestors<'a>(context: &Context<'a>) -> FxHashMap<&'a str, FxHashSet<u32>> {
    let mut found: FxHashMap<&str, FxHashSet<u32>> = FxHashMap::default();
    for file in context.files() {
        let focusable = |element: &rebrand_facts::Element| {
            element.focusable || element.name.ends_with("Button") || element.name.ends_with("Link")
        };
        let mut ancestors = FxHashSet::default();
        for element in file.elements.iter().filter(|element| focusable(element)) {
            let mut parent = element.parent;
            while let Some(id) = parent {
                if !ancestors.insert(id) {
                    break;
                }
                parent = file
                    .elements
                    .get(id as usize)
                    .and_then(|outer| outer.parent);
            }
        }
        if !ancestors.is_empty() {
            found.insert(file.path.as_str(), ancestors);
        }
    }
    found
}

/// Roles of the items of composite widgets (WAI-ARIA), which take focus from their container.
const COMPOSITE_ITEM_ROLES: [&str; 9] = [
    "option",
    "menuitem",
    "menuitemcheckbox",
    "menuitemradio",
    "tab",
    "treeitem",
    "gridcell",
    "row",
    "radio",
];

/// A behaviour key `role|clickable|focusable`, split.
struct Behaviour<'a> {
    role: &'a str,
    clickable: bool,
    focusable: bool,
}

fn behaviour(pattern: &Pattern) -> Behaviour<'_> {
    let mut parts = pattern.behaviour.split('|');
    Behaviour {
        role: parts.next().unwrap_or("generic"),
        clickable: parts.next() == Some("clickable"),
        focusable: parts.next() == Some("focusable"),
    }
}

/// The consensus look of a pattern as `property=value` tokens.
fn look(pattern: &Pattern) -> BTreeSet<String> {
    pattern
        .canonical
        .iter()
        .filter(|value| value.agreement >= 0.5)
        .map(|value| format!("{}={}", value.property, value.value))
        .collect()
}

fn jaccard(left: &BTreeSet<String>, right: &BTreeSet<String>) -> f64 {
    let shared = left.intersection(right).count();
    let all = left.len() + right.len() - shared;
    if all == 0 {
        0.0
    } else {
        shared as f64 / all as f64
    }
}

pub(crate) fn check(
    context: &Context<'_>,
    _options: &InteractionMismatchOptions,
) -> Vec<LintDiagnostic> {
    let settings = &context.input.config.patterns;
    let interactive: Vec<(&Pattern, BTreeSet<String>)> = context
        .input
        .clusters
        .iter()
        .filter(|pattern| pattern.members.len() >= settings.min_members)
        .filter(|pattern| {
            let shape = behaviour(pattern);
            shape.clickable && shape.focusable && shape.role != "generic"
        })
        .map(|pattern| (pattern, look(pattern)))
        .collect();
    if interactive.is_empty() {
        return Vec::new();
    }
    let has_focusable_descendant = focusable_ancestors(context);
    let mut findings = Vec::new();
    for cluster in context.input.clusters {
        let shape = behaviour(cluster);
        let lacks_role = shape.role == "generic";
        if !shape.clickable || (!lacks_role && shape.focusable) {
            continue;
        }
        // An item of a composite widget (`role="option"` with `tabIndex={-1}`) is reached with
        // the arrow keys while its container holds the focus: not being in the tab order is
        // how roving focus works, not a lack.
        if !lacks_role && COMPOSITE_ITEM_ROLES.contains(&shape.role) {
            continue;
        }
        let own = look(cluster);
        let best = interactive
            .iter()
            .map(|(pattern, pattern_look)| (*pattern, jaccard(&own, pattern_look)))
            .filter(|(_, similarity)| *similarity >= settings.similarity)
            .max_by(|left, right| {
                left.1
                    .total_cmp(&right.1)
                    .then(right.0.members.len().cmp(&left.0.members.len()).reverse())
            });
        let Some((pattern, _)) = best else { continue };
        let missing = match (lacks_role, shape.focusable) {
            (true, false) => "has no role and cannot be reached by keyboard",
            (true, true) => "has no role",
            _ => "cannot be reached by keyboard",
        };
        let theirs = behaviour(pattern);
        for member in &cluster.members {
            // A component whose rendered element rebrand cannot follow (`<MenuItem onClick>`
            // from a library) may well render a button: what it lacks is not known.
            let renders_known = member.name.starts_with(|c: char| c.is_ascii_lowercase())
                || context
                    .style(&member.file, member.element)
                    .is_some_and(|style| style.renders.is_some());
            // A clickable row or card holding a real button or link ("Edit") is reached from
            // the keyboard through it: the click on the container is a convenience for the mouse.
            if !renders_known
                || has_focusable_descendant
                    .get(&*member.file)
                    .is_some_and(|ids| ids.contains(&member.element))
            {
                continue;
            }
            let message = format!(
                "this clickable `{}` looks like the {} `{}` elements of pattern `{}` but {missing}",
                member.name,
                pattern.members.len(),
                theirs.role,
                pattern.name
            );
            let example = &pattern.members[0];
            findings.push(
                LintDiagnostic::new(NAME, &member.file, member.range, message)
                    .with_help(format!(
                        "render the element its siblings use (role `{}`), or give it `role=\"{}\"`, `tabIndex={{0}}` and a keyboard handler",
                        theirs.role, theirs.role
                    ))
                    .with_related(&example.file, example.range, format!("a `{}` of the pattern", example.name)),
            );
        }
    }
    findings
}
