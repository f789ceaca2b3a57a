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
    by_category: FxHashMap<Category, Shelf<'a>>,
}

/// One category's tokens, with colours ordered by lightness and lengths by px, so that the tokens
/// near a literal are found without comparing it with every token of a large palette.
#[derive(Default)]
struct Shelf<'a> {
    all: Vec<Candidate<'a>>,
    /// OKLab lightness and position in `all` of each colour token, by lightness.
    by_lightness: Vec<(f64, usize)>,
    /// Size in px and position in `all` of each length token with one, by size.
    by_px: Vec<(f64, usize)>,
}

impl Shelf<'_> {
    fn index(&mut self) {
        for (position, candidate) in self.all.iter().enumerate() {
            match &candidate.value {
                Value::Color { oklab } => self.by_lightness.push((f64::from(oklab.l), position)),
                Value::Length(length) => {
                    if let Some(px) = length.px {
                        self.by_px.push((px, position));
                    }
                }
                _ => {}
            }
        }
        self.by_lightness
            .sort_by(|left, right| left.0.total_cmp(&right.0));
        self.by_px.sort_by(|left, right| left.0.total_cmp(&right.0));
    }
}

/// The entries of `sorted` whose key is within `radius` of `key`.
fn window(sorted: &[(f64, usize)], key: f64, radius: f64) -> &[(f64, usize)] {
    let start = sorted.partition_point(|(other, _)| *other < key - radius);
    let end = sorted.partition_point(|(other, _)| *other <= key + radius);
    &sorted[start..end.max(start)]
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
        let mut by_category: FxHashMap<Category, Shelf<'a>> = FxHashMap::default();
        let mut names: Vec<&&str> = definitions.keys().collect();
        names.sort();
        for name in names {
            let defined = &definitions[*name];
            // The unscoped definition is the token's value; scoped ones override it. A name
            // defined only inside a rule or mixin (`.card { --py: 8px }`, `$size` of a mixin) is
            // a local value, not a design token.
            let Some(&(file, token)) = defined.iter().find(|(_, token)| token.in_base_scope())
            else {
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
            by_category
                .entry(category)
                .or_default()
                .all
                .push(Candidate {
                    token,
                    file,
                    semantic: matches!(token.value, Value::Reference { .. }),
                    redefined: defined.len() > 1,
                    value,
                });
        }
        for shelf in by_category.values_mut() {
            shelf.index();
        }
        Self { by_category }
    }

    /// The tokens of `category` that can be within `limit` of `literal` (ΔE OK × 100 for a
    /// colour, px for a length): every colour token whose lightness alone is not further than
    /// that, every length token within it, and every token for other literals. A superset of the
    /// tokens within the limit, in no particular order.
    pub fn near<'s>(
        &'s self,
        category: Category,
        literal: &Value,
        limit: f64,
    ) -> impl Iterator<Item = &'s Candidate<'a>> {
        let of_category = self.by_category.get(&category);
        // ΔE OK is Euclidean in OKLab, so it is never below the lightness difference; the margin
        // covers the single-precision rounding of the colours.
        let (close, rest): (&[(f64, usize)], &[Candidate<'a>]) = match (of_category, literal) {
            (None, _) => (&[], &[]),
            (Some(found), Value::Color { oklab }) => (
                window(
                    &found.by_lightness,
                    f64::from(oklab.l),
                    limit / 100.0 + 1e-4,
                ),
                &[],
            ),
            (Some(found), Value::Length(length)) => match length.px {
                Some(px) => (window(&found.by_px, px, limit + 1e-9), &[]),
                None => (&[], &[]),
            },
            (Some(found), _) => (&[], found.all.as_slice()),
        };
        let all = of_category.map_or(&[][..], |found| found.all.as_slice());
        close
            .iter()
            .map(move |&(_, position)| &all[position])
            .chain(rest)
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

#[cfg(test)]
mod tests {
    use super::window;

    #[test]
    fn a_window_holds_the_keys_within_its_radius_both_ends_included() {
        let sorted = [(1.0, 0), (2.0, 1), (2.5, 2), (3.0, 3), (4.5, 4)];
        let positions = |key, radius| -> Vec<usize> {
            window(&sorted, key, radius)
                .iter()
                .map(|entry| entry.1)
                .collect()
        };
        assert_eq!(positions(2.5, 0.5), vec![1, 2, 3]);
        assert_eq!(positions(0.0, 0.5), Vec::<usize>::new());
        assert_eq!(positions(4.5, 0.0), vec![4]);
        assert_eq!(positions(10.0, 100.0), vec![0, 1, 2, 3, 4]);
    }
}
