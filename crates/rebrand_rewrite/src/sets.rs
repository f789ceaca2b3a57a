//! Token sets: the `from` and `to` sides of a migration, each merged from DTCG files (a later
//! file's token of the same path wins) with every alias followed to its value.

use std::collections::BTreeMap;

use rebrand_config::blank_jsonc;
use rebrand_facts::{ReferenceKind, TokenKind, Value};
use rebrand_tokens::{Deprecation, DesignTokenFacts};
use rebrand_values::Category;

/// A token's value, typed and as CSS text.
#[derive(Debug, Clone, PartialEq)]
pub struct SetValue {
    /// The value, aliases followed.
    pub value: Value,
    /// How it is written in CSS, when it has a CSS form.
    pub css: Option<String>,
}

/// One token of a set.
#[derive(Debug, Clone, PartialEq)]
pub struct SetToken {
    /// Its path (`color.brand.primary`).
    pub name: String,
    /// Its value, aliases followed.
    pub value: SetValue,
    /// The kind of property it is for, from its value or its name.
    pub category: Option<Category>,
    /// Whether its own value is an alias of another token (`{color.blue.600}`).
    pub is_alias: bool,
}

/// A merged, alias-resolved set of tokens.
#[derive(Debug, Default, Clone)]
pub struct TokenSet {
    tokens: BTreeMap<String, SetToken>,
    deprecations: BTreeMap<String, Deprecation>,
    /// Aliases that lead nowhere or in a circle, as messages.
    pub problems: Vec<String>,
}

/// How many aliases are followed before a chain is taken for a circle.
const MAX_ALIAS_DEPTH: usize = 32;

impl TokenSet {
    /// Merges the files' tokens in order and follows aliases.
    #[must_use]
    pub fn merge(files: &[DesignTokenFacts]) -> Self {
        let mut raw: BTreeMap<String, (Value, Option<String>)> = BTreeMap::new();
        let mut deprecations = BTreeMap::new();
        for file in files {
            for token in &file.tokens {
                let css = file.css_values.get(&token.name).cloned();
                raw.insert(token.name.clone(), (token.value.clone(), css));
            }
            for deprecation in &file.deprecations {
                deprecations.insert(deprecation.name.clone(), deprecation.clone());
            }
        }
        let mut problems = Vec::new();
        let tokens = raw
            .iter()
            .filter_map(|(name, (own, _))| {
                let is_alias = matches!(
                    own,
                    Value::Reference {
                        kind: ReferenceKind::DtcgAlias,
                        ..
                    }
                );
                let (value, css) = match resolve(&raw, name) {
                    Ok(resolved) => resolved,
                    Err(problem) => {
                        problems.push(problem);
                        return None;
                    }
                };
                let category = match value {
                    Value::Color { .. } => Some(Category::Color),
                    _ => Category::of_name(name, TokenKind::Dtcg),
                };
                let token = SetToken {
                    name: name.clone(),
                    value: SetValue { value, css },
                    category,
                    is_alias,
                };
                Some((name.clone(), token))
            })
            .collect();
        Self {
            tokens,
            deprecations,
            problems,
        }
    }

    /// The token of this path.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&SetToken> {
        self.tokens.get(name)
    }

    /// Every token, by path.
    pub fn tokens(&self) -> impl Iterator<Item = &SetToken> {
        self.tokens.values()
    }

    /// The deprecation note of this path, if it is deprecated.
    #[must_use]
    pub fn deprecation(&self, name: &str) -> Option<&Deprecation> {
        self.deprecations.get(name)
    }

    /// Every deprecation, by path.
    pub fn deprecations(&self) -> impl Iterator<Item = &Deprecation> {
        self.deprecations.values()
    }
}

/// Follows `name`'s aliases to a value; a chain that comes back to a token it passed is called
/// circular, with the circle.
fn resolve(
    raw: &BTreeMap<String, (Value, Option<String>)>,
    name: &str,
) -> Result<(Value, Option<String>), String> {
    let mut chain: Vec<&str> = vec![name];
    let mut current = name;
    for _ in 0..MAX_ALIAS_DEPTH {
        let (value, css) = raw.get(current).ok_or_else(|| {
            format!("`{name}` is an alias of `{current}`, which no token file defines")
        })?;
        match value {
            Value::Reference {
                kind: ReferenceKind::DtcgAlias,
                name: target,
                ..
            } => {
                if chain.contains(&target.as_str()) {
                    chain.push(target.as_str());
                    return Err(format!(
                        "`{name}` is a circular alias: {}",
                        chain.join(" → ")
                    ));
                }
                current = target;
                chain.push(current);
            }
            _ => return Ok((value.clone(), css.clone())),
        }
    }
    Err(format!(
        "`{name}` is an alias chain longer than {MAX_ALIAS_DEPTH} links"
    ))
}

/// Where a resolver's token files are: a file path relative to the resolver, or tokens written
/// inside the resolver itself (as JSON text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolverSource {
    /// A token file, relative to the resolver.
    File(String),
    /// Tokens written inline.
    Inline(String),
}

/// The token sources a DTCG 2025.10 resolver document names for one choice of modifier
/// contexts, in resolution order (a later source wins). `$ref`s to `#/sets/NAME` and
/// `#/modifiers/NAME` and inline sets and modifiers are followed; a modifier not given a context
/// uses its `default`.
pub fn resolver_sources(
    text: &str,
    context: &BTreeMap<String, String>,
) -> Result<Vec<ResolverSource>, String> {
    let document: serde_json::Value = serde_json::from_str(&blank_jsonc(text))
        .map_err(|error| format!("the resolver is not valid JSON: {error}"))?;
    let order = document
        .get("resolutionOrder")
        .and_then(serde_json::Value::as_array)
        .ok_or("the resolver has no `resolutionOrder` array")?;
    let mut sources = Vec::new();
    for item in order {
        let (kind, name, body) = if let Some(pointer) =
            item.get("$ref").and_then(serde_json::Value::as_str)
        {
            let (kind, name) = pointer
                    .strip_prefix("#/sets/")
                    .map(|name| ("set", name))
                    .or_else(|| pointer.strip_prefix("#/modifiers/").map(|name| ("modifier", name)))
                    .ok_or_else(|| {
                        format!("`{pointer}` in `resolutionOrder` is neither `#/sets/NAME` nor `#/modifiers/NAME`")
                    })?;
            let group = if kind == "set" { "sets" } else { "modifiers" };
            let body = document
                .get(group)
                .and_then(|entries| entries.get(name))
                .ok_or_else(|| format!("`{pointer}` names nothing in the resolver"))?;
            (kind, name.to_owned(), body)
        } else {
            let kind = item
                .get("type")
                .and_then(serde_json::Value::as_str)
                .ok_or("an inline `resolutionOrder` entry needs a `type` of `set` or `modifier`")?;
            let name = item
                .get("name")
                .and_then(serde_json::Value::as_str)
                .unwrap_or("(inline)")
                .to_owned();
            (kind, name, item)
        };
        let listed = match kind {
            "set" => body.get("sources"),
            "modifier" => {
                let contexts = body
                    .get("contexts")
                    .and_then(serde_json::Value::as_object)
                    .ok_or_else(|| format!("the modifier `{name}` has no `contexts`"))?;
                let chosen = context
                    .get(&name)
                    .map(String::as_str)
                    .or_else(|| body.get("default").and_then(serde_json::Value::as_str))
                    .ok_or_else(|| {
                        format!(
                            "the modifier `{name}` has no default; choose one of {} with `\"context\": {{ \"{name}\": \"…\" }}`",
                            quoted_keys(contexts)
                        )
                    })?;
                Some(contexts.get(chosen).ok_or_else(|| {
                    format!(
                        "the modifier `{name}` has no context `{chosen}`; it has {}",
                        quoted_keys(contexts)
                    )
                })?)
            }
            other => return Err(format!("unknown `resolutionOrder` entry type `{other}`")),
        };
        for source in listed
            .and_then(serde_json::Value::as_array)
            .ok_or_else(|| format!("the {kind} `{name}` lists no sources"))?
        {
            sources.push(match source.get("$ref").and_then(serde_json::Value::as_str) {
                Some(path) if path.contains('#') => {
                    return Err(format!(
                        "`{path}`: JSON pointers into token files are not supported; name the whole file"
                    ))
                }
                Some(path) => ResolverSource::File(path.to_owned()),
                None => ResolverSource::Inline(source.to_string()),
            });
        }
    }
    Ok(sources)
}

fn quoted_keys(object: &serde_json::Map<String, serde_json::Value>) -> String {
    object
        .keys()
        .map(|key| format!("`{key}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use rebrand_tokens::extract_design_tokens;
    use rebrand_values::ValueOptions;

    use super::*;

    #[test]
    fn later_files_win_and_aliases_resolve_across_files() {
        let base = extract_design_tokens(
            r##"{ "color": { "$type": "color", "blue": { "$value": "#2563eb" }, "brand": { "$value": "{color.blue}" } } }"##,
            ValueOptions::default(),
        );
        let theme = extract_design_tokens(
            r##"{ "color": { "$type": "color", "blue": { "$value": "#1d4ed8" }, "ghost": { "$value": "{color.none}" } } }"##,
            ValueOptions::default(),
        );
        let set = TokenSet::merge(&[base, theme]);
        let brand = set.get("color.brand").expect("brand");
        assert_eq!(brand.value.css.as_deref(), Some("#1d4ed8"));
        assert_eq!(brand.category, Some(Category::Color));
        assert!(set.get("color.ghost").is_none());
        assert_eq!(set.problems.len(), 1, "{:?}", set.problems);
    }

    #[test]
    fn a_circular_alias_is_called_circular() {
        let tokens = extract_design_tokens(
            r#"{ "a": { "$value": "{b}" }, "b": { "$value": "{c}" }, "c": { "$value": "{a}" } }"#,
            ValueOptions::default(),
        );
        let set = TokenSet::merge(&[tokens]);
        assert_eq!(
            set.problems,
            [
                "`a` is a circular alias: a → b → c → a",
                "`b` is a circular alias: b → c → a → b",
                "`c` is a circular alias: c → a → b → c"
            ]
        );
    }

    #[test]
    fn a_resolver_lists_sets_and_the_chosen_context() {
        let resolver = r##"{
          "version": "2025.10",
          "sets": { "base": { "sources": [{ "$ref": "base.tokens.json" }] } },
          "modifiers": { "theme": { "default": "light", "contexts": {
              "light": [{ "$ref": "light.tokens.json" }],
              "dark": [{ "$ref": "dark.tokens.json" }, { "color": { "x": { "$value": "#000", "$type": "color" } } }]
          } } },
          "resolutionOrder": [{ "$ref": "#/sets/base" }, { "$ref": "#/modifiers/theme" }]
        }"##;
        let light = resolver_sources(resolver, &BTreeMap::new()).expect("resolves");
        assert_eq!(
            light,
            [
                ResolverSource::File("base.tokens.json".into()),
                ResolverSource::File("light.tokens.json".into())
            ]
        );
        let context = BTreeMap::from([("theme".to_owned(), "dark".to_owned())]);
        let dark = resolver_sources(resolver, &context).expect("resolves");
        assert_eq!(dark.len(), 3);
        assert!(matches!(&dark[2], ResolverSource::Inline(json) if json.contains("#000")));
        let context = BTreeMap::from([("theme".to_owned(), "sepia".to_owned())]);
        let error = resolver_sources(resolver, &context).expect_err("no such context");
        assert!(error.contains("`dark`, `light`"), "{error}");
    }
}
