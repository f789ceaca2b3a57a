//! SCSS `@include` inside a rule: the mixin's declarations become entries of the including rule,
//! with the rule's selector composed with theirs (`&:hover` in the mixin is `.panel:hover`) and
//! the include's condition added, pointing at the declarations where the mixin writes them (so an
//! edit lands once, in the mixin, for every rule that includes it). A mixin is found in the
//! including file, else in the one file of the project that defines that name; a name several
//! files define is left alone rather than guessed.

use std::sync::Arc;

use rebrand_facts::FileFacts;
use rustc_hash::FxHashMap;

use super::{subject_of, RuleEntry, RuleSubject};
use crate::selector::{compounds, split_list};

/// Where each mixin name is defined: file and the indices of its declarations.
fn mixin_definitions(files: &[FileFacts]) -> FxHashMap<&str, Vec<(usize, Vec<u32>)>> {
    let mut definitions: FxHashMap<&str, Vec<(usize, Vec<u32>)>> = FxHashMap::default();
    for (file_index, file) in files.iter().enumerate() {
        for (index, declaration) in file.declarations.iter().enumerate() {
            let Some(mixin) = declaration.origin.mixin.as_deref() else {
                continue;
            };
            let places = definitions.entry(mixin).or_default();
            match places.last_mut() {
                Some((file, indices)) if *file == file_index => indices.push(index as u32),
                _ => places.push((file_index, vec![index as u32])),
            }
        }
    }
    definitions
}

/// `selector` (a mixin rule's, relative: `&:hover`, `.icon`) inside `parent` (the including
/// rule's, one item of its list).
fn composed(parent: &str, selector: Option<&str>) -> String {
    match selector {
        None => parent.to_owned(),
        Some(selector) if selector.contains('&') => selector.replace('&', parent),
        Some(selector) => format!("{parent} {selector}"),
    }
}

/// What every `@include` of the project brings to the rules that include it.
#[derive(Default)]
pub(super) struct Included {
    /// Global rule entries, by subject.
    pub(super) global: Vec<(RuleSubject, RuleEntry)>,
    /// Entries of rules in CSS Modules (`.label { @include tag; }` in `Label.module.scss`): the
    /// module's file and the first class of the subject compound, as the module's own rules are
    /// found.
    pub(super) modules: Vec<(usize, String, RuleEntry)>,
    /// The classes global selectors mention.
    pub(super) mentioned: Vec<String>,
}

/// The rule entries every `@include` of `files` brings, and the classes their selectors mention.
pub(super) fn include_entries(files: &[FileFacts]) -> Included {
    let mut included = Included::default();
    if files.iter().all(|file| file.scss_includes.is_empty()) {
        return included;
    }
    let definitions = mixin_definitions(files);
    for (file_index, file) in files.iter().enumerate() {
        for include in &file.scss_includes {
            let Some(places) = definitions.get(include.mixin.as_str()) else {
                continue;
            };
            let place = places
                .iter()
                .find(|(file, _)| *file == file_index)
                .or_else(|| (places.len() == 1).then(|| &places[0]));
            let Some((mixin_file, declarations)) = place else {
                continue;
            };
            let Some(parents) = include.origin.selector.as_deref() else {
                continue;
            };
            let condition =
                (!include.condition.is_unconditional()).then(|| Arc::clone(&include.condition));
            for &declaration in declarations {
                let own = files[*mixin_file].declarations[declaration as usize]
                    .origin
                    .selector
                    .as_deref();
                for parent in split_list(parents) {
                    let selector = composed(parent, own);
                    let parts = compounds(&selector);
                    let module_class = file.kind.is_css_module().then(|| {
                        parts
                            .last()
                            .and_then(|subject| subject.classes.first().cloned())
                    });
                    if module_class.is_none() {
                        for compound in &parts {
                            included.mentioned.extend(compound.classes.iter().cloned());
                        }
                    }
                    let subject = subject_of(&parts);
                    let entry = RuleEntry {
                        file: *mixin_file,
                        declaration,
                        selector: Arc::from(selector.as_str()),
                        compounds: Arc::new(parts),
                        condition: condition.clone(),
                    };
                    match (module_class, subject) {
                        (Some(Some(class)), _) => {
                            included.modules.push((file_index, class, entry));
                        }
                        (None, Some(subject)) => included.global.push((subject, entry)),
                        _ => {}
                    }
                }
            }
        }
    }
    included
}

#[cfg(test)]
mod tests {
    use super::composed;

    #[test]
    fn a_mixin_selector_nests_in_the_including_rule() {
        assert_eq!(composed(".panel", None), ".panel");
        assert_eq!(composed(".panel", Some("&:hover")), ".panel:hover");
        assert_eq!(composed(".panel", Some(".icon")), ".panel .icon");
    }
}
