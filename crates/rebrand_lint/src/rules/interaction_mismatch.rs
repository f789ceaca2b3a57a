//! `interaction-mismatch`: an element that looks like the members of an interactive pattern but
//! lacks the interaction semantics they share.
//!
//! ## What it does
//! Patterns group elements by the family of their role (controls, links, containers…) and look.
//! This rule finds clickable elements that have no role or cannot be reached by keyboard: a
//! member of an interactive pattern (a `div role="button"` among the buttons) is reported with
//! what it lacks, and one in another pattern (a clickable `div` with no role) when its pattern's
//! look is as similar to an interactive pattern's as members are to each other. An element
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
use rebrand_patterns::{Member, Pattern};
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

/// What most members of a pattern are: their role, and whether they take a click and focus.
struct Behaviour<'a> {
    role: &'a str,
    clickable: bool,
    focusable: bool,
}

fn behaviour(pattern: &Pattern) -> Behaviour<'_> {
    let most = |count: usize| count * 2 > pattern.members.len();
    let mut roles: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for member in &pattern.members {
        *roles.entry(member.role.as_str()).or_default() += 1;
    }
    Behaviour {
        role: roles
            .into_iter()
            .max_by(|left, right| left.1.cmp(&right.1).then_with(|| right.0.cmp(left.0)))
            .map_or("generic", |(role, _)| role),
        clickable: most(
            pattern
                .members
                .iter()
                .filter(|member| member.clickable)
                .count(),
        ),
        focusable: most(
            pattern
                .members
                .iter()
                .filter(|member| member.focusable)
                .count(),
        ),
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
        // Things one clicks: controls and links (a text field takes a click and focus too,
        // but nothing clickable should become one).
        .filter(|pattern| {
            let family = pattern.behaviour.split('|').next().unwrap_or_default();
            let shape = behaviour(pattern);
            matches!(family, "control" | "link") && shape.clickable && shape.focusable
        })
        .map(|pattern| (pattern, look(pattern)))
        .collect();
    if interactive.is_empty() {
        return Vec::new();
    }
    let has_focusable_descendant = focusable_ancestors(context);
    let mut findings = Vec::new();
    for cluster in context.input.clusters {
        // Patterns partition by family, so a `div role="button"` with no tab stop is a member
        // of the buttons it looks like; a clickable `div` with no role is in a pattern of its
        // own, compared with the interactive patterns by look.
        let lacking = |member: &&Member| {
            let lacks_role = member.role == "generic";
            member.clickable
                && (lacks_role || !member.focusable)
                // An item of a composite widget (`role="option"` with `tabIndex={-1}`) is
                // reached with the arrow keys while its container holds the focus: not being in
                // the tab order is how roving focus works, not a lack.
                && (lacks_role || !COMPOSITE_ITEM_ROLES.contains(&member.role.as_str()))
        };
        if !cluster.members.iter().any(|member| lacking(&member)) {
            continue;
        }
        let own = look(cluster);
        let best = interactive
            .iter()
            .map(|(pattern, pattern_look)| {
                let similarity = if std::ptr::eq(*pattern, cluster) {
                    1.0
                } else {
                    jaccard(&own, pattern_look)
                };
                (*pattern, similarity)
            })
            .filter(|(_, similarity)| *similarity >= settings.similarity)
            .max_by(|left, right| {
                left.1
                    .total_cmp(&right.1)
                    .then(right.0.members.len().cmp(&left.0.members.len()).reverse())
            });
        let Some((pattern, _)) = best else { continue };
        let theirs = behaviour(pattern);
        for member in cluster.members.iter().filter(lacking) {
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
            findings.push(finding(member, pattern, &theirs));
        }
    }
    findings
}

/// The finding for `member`, which looks like the members of `pattern` but lacks what they share.
fn finding(member: &Member, pattern: &Pattern, theirs: &Behaviour<'_>) -> LintDiagnostic {
    let missing = match (member.role == "generic", member.focusable) {
        (true, false) => "has no role and cannot be reached by keyboard",
        (true, true) => "has no role",
        _ => "cannot be reached by keyboard",
    };
    let others = pattern
        .members
        .iter()
        .filter(|other| !std::ptr::eq(*other, member))
        .count();
    let message = format!(
        "this clickable `{}` looks like the {others} `{}` elements of pattern `{}` but {missing}",
        member.name, theirs.role, pattern.name
    );
    let example = pattern
        .members
        .iter()
        .find(|other| !std::ptr::eq(*other, member))
        .unwrap_or(&pattern.members[0]);
    let help = if member.role == theirs.role {
        format!(
            "render the element its siblings use (role `{}`), or give it `tabIndex={{0}}` and a keyboard handler",
            theirs.role
        )
    } else {
        format!(
            "render the element its siblings use (role `{}`), or give it `role=\"{}\"`, `tabIndex={{0}}` and a keyboard handler",
            theirs.role, theirs.role
        )
    };
    LintDiagnostic::new(NAME, &member.file, member.range, message)
        .with_help(help)
        .with_related(
            &example.file,
            example.range,
            format!("a `{}` of the pattern", example.name),
        )
}
