//! Template holes that name another file's constant (`import { hover } from "./constants"`,
//! then `&:${hover}`): read as that constant's text, as the runtime reads them, once every file's
//! facts are in. A hole that stays unknown where a selector names a state makes the rule
//! dynamic: it applies under a condition the model cannot name, never always.

use std::collections::HashSet;
use std::sync::Arc;

use rebrand_facts::{Condition, FileFacts, Origin, Syntax};
use rebrand_values::{names_a_state, selectors_condition, split_selector_list};
use rustc_hash::FxHashMap;

use crate::resolve::{resolve_with_configs, TsConfig};

/// Rewrites the selectors and conditions of template rules whose state comes from an imported
/// constant, in every script file of `files`.
pub fn resolve_template_constants(files: &mut [FileFacts], configs: &[TsConfig]) {
    let paths: HashSet<&str> = files.iter().map(|file| file.path.as_str()).collect();
    let exported: FxHashMap<&str, FxHashMap<&str, &str>> = files
        .iter()
        .filter(|file| !file.constants.is_empty())
        .map(|file| {
            let constants = file
                .constants
                .iter()
                .map(|(name, text)| (name.as_str(), text.as_str()))
                .collect();
            (file.path.as_str(), constants)
        })
        .collect();
    let mut resolved: Vec<(usize, FxHashMap<String, String>)> = Vec::new();
    for (index, file) in files.iter().enumerate() {
        if !file.kind.is_script() || !mentions_a_hole(file) {
            continue;
        }
        let mut known = FxHashMap::default();
        for import in &file.js_imports {
            let Some(target) = resolve_with_configs(&file.path, &import.source, &paths, configs)
            else {
                continue;
            };
            let Some(constants) = exported.get(target.as_str()) else {
                continue;
            };
            for (local, imported) in &import.names {
                if let Some(text) = constants.get(imported.as_str()) {
                    known.insert(local.clone(), (*text).to_owned());
                }
            }
        }
        resolved.push((index, known));
    }
    for (index, known) in resolved {
        rewrite_file(&mut files[index], &known);
    }
}

/// Whether a template of the file has a named hole this file could not read.
fn mentions_a_hole(file: &FileFacts) -> bool {
    file.templates.iter().any(|template| {
        template
            .holes
            .iter()
            .any(|hole| hole.name.is_some() && hole.text.is_none())
    })
}

/// What one rule's selector becomes: its text with known holes replaced, and whether a hole of
/// unknown value names its state.
struct Rewritten {
    selector: String,
    unknown_state: bool,
}

fn rewrite_file(file: &mut FileFacts, known: &FxHashMap<String, String>) {
    for hole in file
        .templates
        .iter_mut()
        .flat_map(|template| &mut template.holes)
    {
        if hole.text.is_none() {
            hole.text = hole.name.as_ref().and_then(|name| known.get(name)).cloned();
        }
    }
    // Declarations of one rule share their origin and condition; so do the rewritten ones.
    let mut rewritten: FxHashMap<usize, (Arc<Origin>, Arc<Condition>)> = FxHashMap::default();
    for declaration in &mut file.declarations {
        if declaration.origin.syntax != Syntax::StyledTemplate {
            continue;
        }
        let selector = declaration.origin.selector.as_deref().unwrap_or_default();
        if !selector.contains("${")
            && !declaration
                .condition
                .media
                .iter()
                .any(|query| query.contains("${"))
        {
            continue;
        }
        let key = Arc::as_ptr(&declaration.origin) as usize;
        let (origin, condition) = rewritten
            .entry(key)
            .or_insert_with(|| {
                let Rewritten {
                    selector,
                    unknown_state,
                } = rewrite_selector(selector, known);
                let states = selectors_condition(&split_selector_list(&selector));
                let mut condition = (*declaration.condition).clone();
                condition.states = states.states;
                condition.dark |= states.dark;
                condition.pseudo_element = states.pseudo_element;
                condition.dynamic |= unknown_state;
                for query in &mut condition.media {
                    *query = rewrite_selector(query, known).selector;
                }
                let origin = Origin {
                    selector: declaration.origin.selector.is_some().then_some(selector),
                    ..(*declaration.origin).clone()
                };
                (Arc::new(origin), Arc::new(condition))
            })
            .clone();
        declaration.origin = origin;
        declaration.condition = condition;
    }
}

/// Replaces each `${name}` of `selector` that names a known constant; notes whether one that
/// stays unknown stands where a state is named (after `:`, or inside `[…]`).
fn rewrite_selector(selector: &str, known: &FxHashMap<String, String>) -> Rewritten {
    let mut text = String::with_capacity(selector.len());
    let mut unknown_state = false;
    let mut rest = selector;
    while let Some(open) = rest.find("${") {
        let before = &rest[..open];
        text.push_str(before);
        let after = &rest[open + 2..];
        let Some(close) = after.find('}') else {
            text.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let name = after[..close].trim();
        let is_identifier = !name.is_empty()
            && name
                .chars()
                .all(|character| character.is_alphanumeric() || matches!(character, '_' | '$'));
        if let Some(value) = known.get(name).filter(|_| is_identifier) {
            text.push_str(value);
        } else {
            unknown_state |= names_a_state(&text);
            text.push_str(&rest[open..=open + 2 + close]);
        }
        rest = &after[close + 1..];
    }
    text.push_str(rest);
    Rewritten {
        selector: text,
        unknown_state,
    }
}

#[cfg(test)]
mod tests {
    use super::rewrite_selector;
    use rustc_hash::FxHashMap;

    #[test]
    fn known_constants_are_read_and_unknown_states_noted() {
        let known: FxHashMap<String, String> = [("hover".to_owned(), "hover".to_owned())]
            .into_iter()
            .collect();
        let read = rewrite_selector("&:${hover}", &known);
        assert_eq!(
            (read.selector.as_str(), read.unknown_state),
            ("&:hover", false)
        );
        let unknown = rewrite_selector("&:${pressed}, & ${Actions}", &known);
        assert_eq!(
            (unknown.selector.as_str(), unknown.unknown_state),
            ("&:${pressed}, & ${Actions}", true)
        );
        let component = rewrite_selector("& ${Actions}", &known);
        assert!(!component.unknown_state);
    }
}
