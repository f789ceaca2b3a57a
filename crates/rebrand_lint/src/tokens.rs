//! The design tokens a raw value can be replaced by: each with its resolved value and the kind of
//! property it is for, so that a line-height token is never offered for a font size.

use rustc_hash::FxHashMap;

use rebrand_facts::{ReferenceKind, Token, Value};
pub(crate) use rebrand_values::Category;

use crate::context::Context;

/// One token a raw value may be replaced with.
#[derive(Debug, Clone)]
pub(crate) struct Candidate<'a> {
    pub token: &'a Token,
    /// The file defining it.
    pub file: usize,
    /// Its value, followed through aliases.
    pub value: Value,
    /// Whether it is defined as another token (`--action: var(--blue-600)`): a semantic name
    /// is preferred over a palette entry of the same value.
    pub semantic: bool,
    /// Whether it has more than one definition (a `.dark` override): replacing a literal with
    /// it then changes the look somewhere.
    pub redefined: bool,
}

/// Tokens by category.
pub(crate) struct Catalogue<'a> {
    by_category: FxHashMap<Category, Vec<Candidate<'a>>>,
}

impl<'a> Catalogue<'a> {
    pub fn new(context: &Context<'a>) -> Self {
        let files = context.files();
        let mut definitions: FxHashMap<&str, Vec<(usize, &Token)>> = FxHashMap::default();
        for (file_index, file) in files.iter().enumerate() {
            if let Some(allowed) = context.input.token_files {
                if !allowed.iter().any(|path| path == &file.path) {
                    continue;
                }
            }
            for token in &file.tokens {
                definitions
                    .entry(token.name.as_str())
                    .or_default()
                    .push((file_index, token));
            }
        }
        let usage = usage_categories(context);
        let mut by_category: FxHashMap<Category, Vec<Candidate<'a>>> = FxHashMap::default();
        let mut names: Vec<&&str> = definitions.keys().collect();
        names.sort();
        for name in names {
            let defined = &definitions[*name];
            // The unscoped definition is the token's value; scoped ones override it. A name
            // defined only inside a rule or mixin (`.card { --py: 8px }`, `$size` of a mixin) is
            // a local value, not a design token.
            let Some(&(file, token)) = defined.iter().find(|(_, token)| {
                matches!(
                    token.scope.as_deref(),
                    None | Some(":root" | "html" | ":host")
                )
            }) else {
                continue;
            };
            let value = resolve(&definitions, &token.value);
            let category = usage
                .get(token.name.as_str())
                .copied()
                .or_else(|| Category::of_name(&token.name, token.kind))
                .or(match value {
                    Value::Color { .. } => Some(Category::Color),
                    _ => None,
                });
            let Some(category) = category else { continue };
            by_category.entry(category).or_default().push(Candidate {
                token,
                file,
                semantic: matches!(token.value, Value::Reference { .. }),
                redefined: defined.len() > 1,
                value,
            });
        }
        Self { by_category }
    }

    /// The tokens for one category.
    pub fn of(&self, category: Category) -> &[Candidate<'a>] {
        self.by_category.get(&category).map_or(&[], Vec::as_slice)
    }
}

/// Follows `var(--a)`, `$a` and `{a}` through the definitions to a literal.
fn resolve(definitions: &FxHashMap<&str, Vec<(usize, &Token)>>, value: &Value) -> Value {
    let mut current = value.clone();
    for _ in 0..8 {
        let Value::Reference { name, kind, .. } = &current else {
            break;
        };
        let lookup = match kind {
            ReferenceKind::ScssVariable => name.rsplit_once('.').map_or(name.as_str(), |(_, v)| v),
            _ => name.as_str(),
        };
        let Some(defined) = definitions.get(lookup) else {
            break;
        };
        current = defined[0].1.value.clone();
    }
    current
}

/// For each token name, the category of the properties that use it, where one is most common.
fn usage_categories<'a>(context: &Context<'a>) -> FxHashMap<&'a str, Category> {
    let mut counts: FxHashMap<&'a str, FxHashMap<Category, usize>> = FxHashMap::default();
    for file in context.files() {
        for declaration in &file.declarations {
            let Value::Reference { name, kind, .. } = &declaration.value else {
                continue;
            };
            let Some(category) = Category::of_property(&declaration.property) else {
                continue;
            };
            let name = match kind {
                ReferenceKind::ScssVariable => name
                    .rsplit_once('.')
                    .map_or(name.as_str(), |(_, variable)| variable),
                _ => name.as_str(),
            };
            *counts.entry(name).or_default().entry(category).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter_map(|(name, by_category)| {
            let (category, _) = by_category
                .into_iter()
                .max_by(|left, right| left.1.cmp(&right.1).then(right.0.cmp(&left.0)))?;
            Some((name, category))
        })
        .collect()
}
