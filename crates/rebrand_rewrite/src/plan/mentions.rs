//! Old names in files a plan does not edit: a document, or a file left out of the migration.

use rebrand_facts::FileKind;
use rebrand_text::TextRange;

use super::{PlanInput, Planner, Spelling};
use crate::references::names_in;

/// A place outside the plan's files that names a renamed token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The name's range.
    pub range: TextRange,
    /// The change that renames it.
    pub change: usize,
    /// The name it has after the migration, in the same syntax.
    pub new_name: String,
}

/// The places in each text that name a renamed token: files the plan does not edit (a document,
/// a file left out with `--exclude`), read as a file of the given kind; a Markdown or MDX
/// document is read as SCSS, which finds both `--x` and `$x`.
#[must_use]
pub fn mentions(input: &PlanInput<'_>, texts: &[(FileKind, &str)]) -> Vec<Vec<Mention>> {
    let planner = Planner::new(input);
    let paths: Vec<&str> = planner
        .moved_theme_paths
        .iter()
        .map(String::as_str)
        .collect();
    texts
        .iter()
        .map(|(kind, text)| {
            names_in(*kind, text, &paths)
                .into_iter()
                .filter_map(|(offset, named)| {
                    let (name, (change, spelling)) = planner.named(named)?;
                    let renamed = &input.changes[change];
                    let blocked = spelling == Spelling::Js && planner.js_blocked.contains(&change);
                    if !renamed.is_renamed() || blocked {
                        return None;
                    }
                    let start = offset as u32;
                    Some(Mention {
                        range: TextRange::new(start, start + name.len() as u32),
                        change,
                        new_name: planner.new_name(renamed, spelling)?,
                    })
                })
                .collect()
        })
        .collect()
}
