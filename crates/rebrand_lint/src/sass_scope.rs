//! Which SCSS files' variables a file may name: Sass variables are not global like custom
//! properties, they are visible only in the file that declares them and in the files that load
//! it through `@use`, `@forward` or `@import` — and, through `@import`, which shares one global
//! scope, in the files its importers load after it (`forms/index.scss` imports the support
//! variables, then `form-control.scss`, which uses them).

use rebrand_facts::{ImportKind, TokenKind};
use rustc_hash::FxHashSet;

use crate::context::Context;

/// For each file, the stylesheets its Sass module graph loads (itself included), and the names
/// of the imports it could not resolve to an analysed file (`@use "tokens"` through a load path).
pub(crate) struct SassScope {
    loaded: Vec<FxHashSet<usize>>,
    unresolved_stems: Vec<Vec<String>>,
}

impl SassScope {
    pub fn new(context: &Context<'_>) -> Self {
        let files = context.files();
        // Only an SCSS variable is ever asked about: without one, no graph is needed.
        let defines_variables = files.iter().any(|file| {
            file.tokens
                .iter()
                .any(|token| token.kind == TokenKind::ScssVariable)
        });
        if !defines_variables {
            return Self {
                loaded: Vec::new(),
                unresolved_stems: Vec::new(),
            };
        }
        let mut direct: Vec<Vec<usize>> = vec![Vec::new(); files.len()];
        let mut imported_by: Vec<Vec<usize>> = vec![Vec::new(); files.len()];
        let mut unresolved_stems: Vec<Vec<String>> = vec![Vec::new(); files.len()];
        for (index, file) in files.iter().enumerate() {
            if !file.kind.is_stylesheet() {
                continue;
            }
            for import in &file.imports {
                let resolved = rebrand_link::stylesheet_candidates(&file.path, &import.url)
                    .iter()
                    .find_map(|candidate| context.file_index(candidate));
                match resolved {
                    Some(loaded) => {
                        direct[index].push(loaded);
                        if import.kind == ImportKind::Import {
                            imported_by[loaded].push(index);
                        }
                    }
                    None => unresolved_stems[index].push(stem(&import.url).to_owned()),
                }
            }
        }
        let closure = |start: usize, edges: &[Vec<usize>]| {
            let mut seen = FxHashSet::default();
            let mut stack = vec![start];
            while let Some(file) = stack.pop() {
                if seen.insert(file) {
                    stack.extend(edges[file].iter().copied());
                }
            }
            seen
        };
        let loaded = (0..files.len())
            .map(|start| {
                let mut visible = FxHashSet::default();
                for importer in closure(start, &imported_by) {
                    visible.extend(closure(importer, &direct));
                }
                visible
            })
            .collect();
        Self {
            loaded,
            unresolved_stems,
        }
    }

    /// Whether code in `file` may name a Sass variable declared at the top of `defining`: the
    /// file loads it, or loads something rebrand could not resolve that has its name.
    pub fn visible(&self, context: &Context<'_>, file: usize, defining: usize) -> bool {
        let Some(loaded) = self.loaded.get(file) else {
            return false;
        };
        if loaded.contains(&defining) {
            return true;
        }
        let defining_stem = stem(&context.files()[defining].path);
        loaded.iter().any(|loaded| {
            self.unresolved_stems[*loaded]
                .iter()
                .any(|name| name == defining_stem)
        })
    }
}

/// `tokens` of `../styles/_tokens.scss` or `styles/tokens`.
fn stem(path: &str) -> &str {
    let name = path.rsplit('/').next().unwrap_or(path);
    let name = name.strip_prefix('_').unwrap_or(name);
    name.split('.').next().unwrap_or(name)
}
