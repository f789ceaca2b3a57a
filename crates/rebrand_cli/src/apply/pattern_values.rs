//! The values a pattern change writes: a `{token.path}` looked up in the project (and in the
//! migration's `to` tokens), and with `normalize`, the value most members have, in the words one
//! of them writes it, for each property a member drifts in.

use std::collections::BTreeMap;

use rebrand_config::Naming;
use rebrand_facts::TokenKind;
use rebrand_patterns::Pattern;
use rebrand_rewrite::{PatternSet, Theme, TokenSet, TokenSpelling};
use rebrand_values::ValueOptions;

use crate::analyze::Analysis;

/// Gives a `{token.path}` value its spellings: the custom property, SCSS and Less variable the
/// naming rules make of the path, each only where the project defines it, and the token's value
/// from `to`. A token none of them knows is an error, before anything is planned.
pub(super) fn resolve_token(
    set: &mut PatternSet,
    analysis: &Analysis,
    naming: &Naming,
    to: Option<&TokenSet>,
) -> Result<(), String> {
    let Some(path) = set.token_path().map(str::to_owned) else {
        return Ok(());
    };
    let defined = |spelled: Option<String>, kinds: &[TokenKind]| {
        spelled.filter(|name| {
            analysis.files.iter().any(|file| {
                file.tokens
                    .iter()
                    .any(|token| token.name == *name && kinds.contains(&token.kind))
            })
        })
    };
    let spell = |rule: Option<&rebrand_config::NamingRule>| rule.map(|rule| rule.spell(&path));
    let tailwind_theme = |name: &String| {
        analysis.files.iter().any(|file| {
            file.tokens
                .iter()
                .any(|token| token.name == *name && token.kind == TokenKind::TailwindTheme)
        })
    };
    let custom_property = defined(
        spell(naming.css.as_ref()),
        &[TokenKind::CustomProperty, TokenKind::TailwindTheme],
    )
    .or_else(|| defined(spell(naming.tailwind.as_ref()), &[TokenKind::TailwindTheme]));
    let token = TokenSpelling {
        tailwind_theme: custom_property.as_ref().is_some_and(tailwind_theme),
        custom_property,
        scss: defined(spell(naming.scss.as_ref()), &[TokenKind::ScssVariable]),
        less: defined(spell(naming.less.as_ref()), &[TokenKind::LessVariable]),
        literal: to
            .and_then(|set| set.get(&path))
            .and_then(|token| token.value.css.clone()),
    };
    if token == TokenSpelling::default() {
        return Err(format!(
            "`{{{path}}}` ({}) is neither defined in the project nor given a value by the migration's `to`: define the token, or set a literal",
            [naming.css.as_ref(), naming.scss.as_ref(), naming.less.as_ref()]
                .into_iter()
                .flatten()
                .map(|rule| format!("`{}`", rule.spell(&path)))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    set.token = Some(token);
    Ok(())
}

/// Gives a literal value the project's Tailwind `@theme` variable of that value, when one makes
/// a utility for the property (`--radius-card: 8px` and `border-radius=8px` → `rounded-card`),
/// the first by name: a class list then says the project's word for it.
pub(super) fn theme_variable(set: &mut PatternSet, analysis: &Analysis, options: ValueOptions) {
    if set.token.is_some() {
        return;
    }
    let wanted = rebrand_patterns::normalised(
        &rebrand_values::classify_value(&set.value, options),
        &set.value,
    );
    set.tailwind_variable = analysis
        .files
        .iter()
        .flat_map(|file| &file.tokens)
        .filter(|token| token.kind == TokenKind::TailwindTheme && token.in_base_scope())
        .filter(|token| rebrand_rewrite::has_theme_class(&set.property, &token.name))
        .filter(|token| rebrand_patterns::normalised(&token.value, &token.value_text) == wanted)
        .map(|token| token.name.clone())
        .min();
}

/// The sets that bring each drifting member of `pattern` to the value most members have: one
/// per (property, state, value), for the members that drift in it. A property the change sets
/// itself is left to that set; a drift in a condition other than one state (a media query, a
/// theme, a variant) is not normalised.
pub(super) fn normalizing(
    analysis: &Analysis,
    pattern: &Pattern,
    sets: &[PatternSet],
) -> Vec<PatternSet> {
    let written = consensus_texts(analysis, pattern);
    let set_by_change: Vec<(String, Option<String>)> = sets
        .iter()
        .flat_map(|set| {
            set.longhands()
                .into_iter()
                .map(|longhand| (longhand, set.state.clone()))
        })
        .collect();
    // (property, state, value) → the members drifting from it.
    let mut wanted: BTreeMap<(String, Option<String>, String), Vec<usize>> = BTreeMap::new();
    for outlier in &pattern.outliers {
        let mut drifts: Vec<(String, Option<String>, String)> = Vec::new();
        for (key, _, expected) in &outlier.drifts {
            let Some((longhand, state)) = split_key(key) else {
                continue;
            };
            if set_by_change.contains(&(longhand.to_owned(), state.clone())) {
                continue;
            }
            let Some(text) = written.get(&(key.clone(), expected.clone())) else {
                continue;
            };
            drifts.push((longhand.to_owned(), state, text.clone()));
        }
        for drift in shorthands(drifts) {
            wanted.entry(drift).or_default().push(outlier.member);
        }
    }
    wanted
        .into_iter()
        .map(|((property, state, value), members)| PatternSet {
            property,
            state,
            // A drift is read in the base theme; a dark value is the theme's own.
            theme: Some(Theme::Light),
            tailwind_variable: None,
            value,
            token: None,
            members: Some(members),
        })
        .collect()
}

/// `border-top-left-radius` or `background-color[:hover]` as (longhand, state); `None` for a
/// key with any other condition.
fn split_key(key: &str) -> Option<(&str, Option<String>)> {
    match key.split_once('[') {
        None => Some((key, None)),
        Some((longhand, condition)) => {
            let state = condition.strip_suffix(']')?;
            (state.starts_with(':') && !state.contains(" & ") && !state.contains('('))
                .then(|| (longhand, Some(state.to_owned())))
        }
    }
}

/// Per (property key, normalised value): the text a member that has the value writes it in, the
/// first member in the pattern's order.
fn consensus_texts(analysis: &Analysis, pattern: &Pattern) -> BTreeMap<(String, String), String> {
    let styles: std::collections::HashMap<(&str, u32), &rebrand_link::ElementStyle> = analysis
        .links
        .elements
        .iter()
        .map(|style| ((&*style.file, style.element), style))
        .collect();
    let mut texts = BTreeMap::new();
    for member in &pattern.members {
        let Some(style) = styles.get(&(&*member.file, member.element)) else {
            continue;
        };
        for effective in &style.effective {
            texts
                .entry((
                    rebrand_patterns::property_key(effective),
                    rebrand_patterns::normalised(&effective.value, &effective.value_text),
                ))
                .or_insert_with(|| effective.value_text.to_string());
        }
    }
    texts
}

/// The drifts of one member with every longhand of a shorthand (`padding`, `border-radius`…)
/// at one value in one state written as that shorthand, since a member writes it so more often
/// than not, and a shorthand declaration is edited whole.
fn shorthands(
    mut drifts: Vec<(String, Option<String>, String)>,
) -> Vec<(String, Option<String>, String)> {
    for shorthand in [
        "padding",
        "margin",
        "border-radius",
        "border-width",
        "border-color",
        "border-style",
    ] {
        let longhands = PatternSet::parse(&format!("{shorthand}=0"))
            .map(|set| set.longhands())
            .unwrap_or_default();
        let first = drifts
            .iter()
            .find(|(property, ..)| *property == longhands[0])
            .map(|(_, state, value)| (state.clone(), value.clone()));
        let Some((state, value)) = first else {
            continue;
        };
        let all = longhands.iter().all(|longhand| {
            drifts
                .iter()
                .any(|drift| drift.0 == *longhand && drift.1 == state && drift.2 == value)
        });
        if all {
            drifts.retain(|drift| !(longhands.contains(&drift.0) && drift.1 == state));
            drifts.push((shorthand.to_owned(), state, value));
        }
    }
    drifts
}
