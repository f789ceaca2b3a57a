//! What a migration changes: for each old token, the new token (or none) and why; and for each
//! raw value the map names, the token it becomes.

use rebrand_config::Migration;
use rebrand_facts::{TokenKind, Value};
use rebrand_values::{classify_value, Category, ValueOptions};
use serde::Serialize;

use crate::sets::{SetToken, SetValue, TokenSet};
use crate::values::distance;

/// Why an old token changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// The migration's `map` says so.
    Map,
    /// The old or the new token file marks it `$deprecated` with a `{replacement}`.
    Deprecated,
    /// The new set has the same path with another value.
    ValueChanged,
    /// The new set lacks the path but has exactly one token of the same kind and value.
    Renamed,
    /// The new set lacks the path and nothing replaces it.
    Removed,
}

/// One change a migration makes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TokenChange {
    /// The old token's path, or the raw value (`#2563eb`) of a raw mapping.
    pub old: String,
    /// The new token's path; `None` when the old token is removed.
    pub new: Option<String>,
    /// Whether `old` is a raw value rather than a token.
    pub raw: bool,
    /// The old value, aliases followed.
    #[serde(skip)]
    pub old_value: Option<SetValue>,
    /// The new value, aliases followed.
    #[serde(skip)]
    pub new_value: Option<SetValue>,
    /// The kind of property the token is for.
    #[serde(skip)]
    pub category: Option<Category>,
    /// Whether the old token is an alias: a literal equal to both an alias and the token it
    /// names belongs to the named one.
    #[serde(skip)]
    pub is_alias: bool,
    /// Why.
    pub reason: Reason,
}

impl TokenChange {
    /// Whether the token gets a new name.
    #[must_use]
    pub fn is_renamed(&self) -> bool {
        !self.raw && self.new.as_deref().is_some_and(|new| new != self.old)
    }

    /// Whether places holding the old value as a literal get a new value.
    #[must_use]
    pub fn changes_value(&self) -> bool {
        match (&self.old_value, &self.new_value) {
            // Values rebrand cannot measure (a shadow list, a string) differ when their text does.
            (Some(old), Some(new)) => old != new && distance(&old.value, &new.value) != Some(0.0),
            _ => false,
        }
    }

    /// The old value as CSS text, for summaries.
    #[must_use]
    pub fn old_css(&self) -> Option<&str> {
        self.old_value
            .as_ref()
            .and_then(|value| value.css.as_deref())
    }

    /// The new value as CSS text.
    #[must_use]
    pub fn new_css(&self) -> Option<&str> {
        self.new_value
            .as_ref()
            .and_then(|value| value.css.as_deref())
    }
}

/// The changes, sorted by old path, and what was wrong with the migration (a map naming a token
/// that does not exist, a rename chain that a second apply would continue).
#[must_use]
pub fn changes(
    from: &TokenSet,
    to: &TokenSet,
    migration: &Migration,
    options: ValueOptions,
) -> (Vec<TokenChange>, Vec<String>) {
    let mut problems: Vec<String> = migration
        .map
        .iter()
        .filter_map(|(key, target)| {
            let target = target.as_deref()?;
            to.get(target).is_none().then(|| {
                format!(
                    "`map` sends `{key}` to `{target}`, which the new token set does not define"
                )
            })
        })
        .collect();
    let mut changes: Vec<TokenChange> = from
        .tokens()
        .filter_map(|old| token_change(old, to, from, migration))
        .collect();
    changes.extend(raw_changes(from, to, migration, options, &mut problems));
    problems.extend(rename_chains(&changes));
    (changes, problems)
}

/// What one old token becomes: the `map`, then a `$deprecated` replacement, then the same path
/// with another value, then the one new token of the same kind and value; `None` when unchanged.
fn token_change(
    old: &SetToken,
    to: &TokenSet,
    from: &TokenSet,
    migration: &Migration,
) -> Option<TokenChange> {
    let deprecated = from
        .deprecation(&old.name)
        .or_else(|| to.deprecation(&old.name))
        .and_then(|deprecation| deprecation.replacement.clone());
    let (new, reason) = if let Some(target) = migration.map.get(&old.name) {
        (target.clone(), Reason::Map)
    } else if let Some(replacement) = deprecated.filter(|name| to.get(name).is_some()) {
        (Some(replacement), Reason::Deprecated)
    } else if let Some(same) = to.get(&old.name) {
        if distance(&old.value.value, &same.value.value) == Some(0.0) || old.value == same.value {
            return None;
        }
        (Some(old.name.clone()), Reason::ValueChanged)
    } else {
        let twins: Vec<&str> = to
            .tokens()
            .filter(|candidate| {
                candidate.category == old.category
                    && from.get(&candidate.name).is_none()
                    && distance(&candidate.value.value, &old.value.value) == Some(0.0)
            })
            .map(|candidate| candidate.name.as_str())
            .collect();
        match twins.as_slice() {
            [twin] => (Some((*twin).to_owned()), Reason::Renamed),
            _ => (None, Reason::Removed),
        }
    };
    let new_value = match new.as_deref() {
        Some(name) => Some(to.get(name)?.value.clone()),
        None => None,
    };
    Some(TokenChange {
        old: old.name.clone(),
        new,
        raw: false,
        old_value: Some(old.value.clone()),
        new_value,
        category: old.category,
        is_alias: old.is_alias,
        reason,
    })
}

/// The `map`'s raw values (`"#2563eb": "color.accent"`).
fn raw_changes(
    from: &TokenSet,
    to: &TokenSet,
    migration: &Migration,
    options: ValueOptions,
    problems: &mut Vec<String>,
) -> Vec<TokenChange> {
    let mut changes = Vec::new();
    for (key, target) in &migration.map {
        if from.get(key).is_some() {
            continue;
        }
        let value = classify_value(key, options);
        if !matches!(
            value,
            Value::Color { .. } | Value::Length(_) | Value::Number { .. }
        ) {
            problems.push(format!(
                "`map` names `{key}`, which is neither a token of the old set nor a colour, length or number"
            ));
            continue;
        }
        let new_value = target.as_deref().and_then(|name| to.get(name));
        if target.is_some() && new_value.is_none() {
            continue;
        }
        let category = match value {
            Value::Color { .. } => Some(Category::Color),
            _ => target
                .as_deref()
                .and_then(|name| Category::of_name(name, TokenKind::Dtcg)),
        };
        changes.push(TokenChange {
            old: key.clone(),
            new: target.clone(),
            raw: true,
            old_value: Some(SetValue {
                value,
                css: Some(key.clone()),
            }),
            new_value: new_value.map(|token| token.value.clone()),
            category,
            is_alias: false,
            reason: Reason::Map,
        });
    }
    changes
}

/// Renames whose target is itself renamed: a second apply would move those places again.
fn rename_chains(changes: &[TokenChange]) -> Vec<String> {
    changes
        .iter()
        .filter(|change| change.is_renamed())
        .filter_map(|change| {
            let new = change.new.as_deref()?;
            let next = changes
                .iter()
                .find(|other| !other.raw && other.old == new && other.is_renamed())?;
            Some(format!(
                "`{}` becomes `{new}`, which itself becomes `{}`: a second apply would move it again; map `{}` straight to the final token",
                change.old,
                next.new.as_deref().unwrap_or_default(),
                change.old
            ))
        })
        .collect()
}
