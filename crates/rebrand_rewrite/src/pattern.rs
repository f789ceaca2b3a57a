//! A change to a pattern (`rebrand apply --pattern ID --set border-radius=8px`): for every
//! element the pattern styles and every property set, the declaration that wins today, edited
//! once however many members it reaches — the shared class rule, the styled base, the mixin —
//! and every element outside the pattern that the same edit would change, listed as collateral.
//!
//! A property a member leaves unset is added to the rule that gives it most of its look (a
//! stylesheet or styled-template rule, a style object), after that rule's last declaration. What the planner does
//! not do yet is said in a note at the place, never guessed: an unset property in a state (a
//! rule to create), a member with no rule of its own (a Tailwind class list), a
//! value written inside a shorthand of other properties (`padding: 8px 12px` when only
//! `padding-top` changes), a Tailwind class (the class to write), a value a JavaScript
//! expression computes.

use std::sync::Arc;

use rebrand_edit::Edit;
use rebrand_facts::{Declaration, FileFacts, Syntax};
use rebrand_link::{ElementStyle, Linked};
use rebrand_patterns::Pattern;
use rebrand_text::TextRange;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

/// One `PROPERTY[:STATE]=VALUE` of a pattern change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PatternSet {
    /// The property as the user wrote it (`border-radius`, `background-color`).
    pub property: String,
    /// The state it applies in (`:hover`), or none for the base style.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The new value, as it is to be written.
    pub value: String,
}

impl PatternSet {
    /// Reads `PROPERTY[:STATE]=VALUE` (`background-color:hover=#f5f3ff`).
    ///
    /// # Errors
    /// A text without `=`, or with an empty property or value, says what the form is.
    pub fn parse(text: &str) -> Result<Self, String> {
        let (key, value) = text.split_once('=').ok_or_else(|| {
            format!("`--set {text}` has no `=`: write `PROPERTY[:STATE]=VALUE`, e.g. `border-radius=8px`")
        })?;
        let (property, state) = match key.split_once(':') {
            Some((property, state)) => (
                property,
                Some(format!(":{}", state.trim_start_matches(':'))),
            ),
            None => (key, None),
        };
        let (property, value) = (property.trim(), value.trim());
        if property.is_empty() || value.is_empty() {
            return Err(format!(
                "`--set {text}` needs a property and a value: `PROPERTY[:STATE]=VALUE`"
            ));
        }
        Ok(Self {
            property: property.to_ascii_lowercase(),
            state,
            value: value.to_owned(),
        })
    }

    /// The longhands the property stands for, as the model keeps effective styles.
    #[must_use]
    pub fn longhands(&self) -> Vec<String> {
        let sides = |prefix: &str, suffix: &str| {
            ["top", "right", "bottom", "left"]
                .iter()
                .map(|side| format!("{prefix}-{side}{suffix}"))
                .collect()
        };
        match self.property.as_str() {
            "padding" | "margin" => sides(&self.property, ""),
            "border-radius" => ["top-left", "top-right", "bottom-right", "bottom-left"]
                .iter()
                .map(|corner| format!("border-{corner}-radius"))
                .collect(),
            "border-color" => sides("border", "-color"),
            "border-width" => sides("border", "-width"),
            "border-style" => sides("border", "-style"),
            "background" => vec!["background-color".to_owned()],
            other => vec![other.to_owned()],
        }
    }

    /// Whether an effective value's condition is the state this change is for (Tailwind 4
    /// writes `hover:` inside `@media (hover: hover)`, which is the same state).
    #[must_use]
    pub fn applies_in(&self, condition: &rebrand_facts::Condition) -> bool {
        match &self.state {
            None => condition.is_unconditional(),
            Some(state) => {
                condition.states.len() == 1
                    && condition.states[0] == *state
                    && (condition.media.is_empty()
                        || (state == ":hover"
                            && condition.media.len() == 1
                            && condition.media[0].replace(' ', "") == "(hover:hover)"))
                    && !condition.dark
                    && !condition.dynamic
                    && condition.variants.is_empty()
                    && condition.pseudo_element.is_none()
            }
        }
    }
}

/// One edit of the plan: a declaration's value, replaced once for every element it reaches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PatternEdit {
    /// The file's index in the analysis.
    #[serde(skip)]
    pub file: usize,
    /// The file's path.
    pub path: Arc<str>,
    /// The syntax the value is written in.
    pub syntax: Syntax,
    /// The property set.
    pub property: String,
    /// The edit.
    pub edit: Edit,
    /// The text it replaces.
    pub before: String,
    /// How many of the pattern's elements take their value from it.
    pub elements: usize,
}

/// An element outside the pattern whose style the plan would change too.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Collateral {
    /// Its file.
    pub file: Arc<str>,
    /// Its id in that file.
    pub element: u32,
    /// Its tag or component name.
    pub name: String,
    /// Where its name is written.
    pub range: TextRange,
    /// The properties that would change.
    pub properties: Vec<String>,
}

/// Something the plan leaves to a person, at a place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PatternNote {
    /// The file.
    pub file: Arc<str>,
    /// Where.
    pub range: TextRange,
    /// What is wrong and what to do.
    pub message: String,
}

/// The plan of a pattern change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PatternPlan {
    /// The elements the pattern styles: its members and their other uses.
    pub elements: usize,
    /// The edits, by file and position, none overlapping.
    pub edits: Vec<PatternEdit>,
    /// Elements outside the pattern the edits would change too.
    pub collateral: Vec<Collateral>,
    /// What the plan could not do.
    pub notes: Vec<PatternNote>,
}

/// What the analysis holds that a pattern change reads.
pub struct PatternInput<'a> {
    /// Every analysed file's facts.
    pub files: &'a [FileFacts],
    /// Every analysed file's text, in the same order.
    pub sources: &'a [Arc<str>],
    /// The links of every styled element.
    pub linked: &'a Linked,
}

/// A declaration: (file index, declaration index).
type Target = (u32, u32);

/// Plans `sets` on every element of `pattern`.
#[must_use]
pub fn plan_pattern(
    input: &PatternInput<'_>,
    pattern: &Pattern,
    sets: &[PatternSet],
) -> PatternPlan {
    let styles: FxHashMap<(&str, u32), &ElementStyle> = input
        .linked
        .elements
        .iter()
        .map(|style| ((&*style.file, style.element), style))
        .collect();
    let places = places_of(pattern);
    let in_pattern: FxHashSet<(&str, u32)> = places
        .iter()
        .map(|(file, element, ..)| (&***file, *element))
        .collect();
    let mut notes = Vec::new();
    let sources = sources_of(input, &styles, &places, sets, &mut notes);
    let mut edits: Vec<PatternEdit> = Vec::new();
    let mut edited: FxHashSet<Target> = FxHashSet::default();
    let mut extended: FxHashSet<Target> = FxHashSet::default();
    let mut missing: Vec<(&Target, &(usize, usize))> = sources.missing.iter().collect();
    missing.sort();
    for (&anchor, &(set_index, elements)) in missing {
        let (file, set) = (anchor.0 as usize, &sets[set_index]);
        let declaration = &input.files[file].declarations[anchor.1 as usize];
        extended.extend(rule_declarations(input, anchor));
        edits.push(PatternEdit {
            file,
            path: Arc::from(input.files[file].path.as_str()),
            syntax: declaration.origin.syntax,
            property: set.property.clone(),
            edit: insertion(&input.sources[file], declaration, set),
            before: String::new(),
            elements,
        });
    }
    let mut sorted: Vec<(&Target, &(usize, usize))> = sources.winning.iter().collect();
    sorted.sort();
    for (&target, &(set_index, elements)) in sorted {
        let set = &sets[set_index];
        let (file, declaration) = (
            target.0 as usize,
            &input.files[target.0 as usize].declarations[target.1 as usize],
        );
        let path: Arc<str> = Arc::from(input.files[file].path.as_str());
        match edit_of(
            &input.sources[file],
            &input.files[file].declarations,
            declaration,
            set,
        ) {
            Ok(None) => {
                edited.insert(target);
            }
            Ok(Some(edit)) => {
                edited.insert(target);
                // Longhands of one shorthand (`border-radius: 6px`) are one edit.
                if edits
                    .iter()
                    .any(|other| other.file == file && other.edit.range == edit.range)
                {
                    continue;
                }
                let before = input.sources[file][edit.range.as_usize_range()].to_owned();
                edits.push(PatternEdit {
                    file,
                    path,
                    syntax: declaration.origin.syntax,
                    property: set.property.clone(),
                    edit,
                    before,
                    elements,
                });
            }
            Err(message) => notes.push(PatternNote {
                file: path,
                range: declaration.range,
                message,
            }),
        }
    }
    edits.sort_by(|left, right| {
        (left.file, left.edit.range.start).cmp(&(right.file, right.edit.range.start))
    });
    let collateral = collateral(input, &in_pattern, &edited, &extended, sets);
    notes.sort_by(|left, right| {
        (&left.file, left.range.start).cmp(&(&right.file, right.range.start))
    });
    notes.dedup();
    PatternPlan {
        elements: places.len(),
        edits,
        collateral,
        notes,
    }
}

/// One element of the pattern: its file, id, name's range and name.
type PatternPlace<'a> = (&'a Arc<str>, u32, TextRange, &'a str);

/// Every element of the pattern: its members and their other uses.
fn places_of(pattern: &Pattern) -> Vec<PatternPlace<'_>> {
    pattern
        .members
        .iter()
        .flat_map(|member| {
            std::iter::once((
                &member.file,
                member.element,
                member.range,
                member.name.as_str(),
            ))
            .chain(member.uses.iter().map(move |place| {
                (
                    &place.file,
                    place.element,
                    place.range,
                    member.name.as_str(),
                )
            }))
        })
        .collect()
}

/// What the pattern's elements take a set property from today.
#[derive(Default)]
struct Sources {
    /// Per declaration that wins a set property on some element: the set and how many elements
    /// it reaches.
    winning: FxHashMap<Target, (usize, usize)>,
    /// Per rule (named by one of its declarations) that must gain a set property some elements
    /// leave unset: the set and how many elements it reaches.
    missing: FxHashMap<Target, (usize, usize)>,
}

/// The declarations that win each set property on the pattern's elements today, and the rules
/// that must gain one an element leaves unset. An element whose own rule cannot take a new
/// declaration (a state, a Tailwind class list, a style object) gets a note.
fn sources_of(
    input: &PatternInput<'_>,
    styles: &FxHashMap<(&str, u32), &ElementStyle>,
    places: &[PatternPlace<'_>],
    sets: &[PatternSet],
    notes: &mut Vec<PatternNote>,
) -> Sources {
    let mut sources = Sources::default();
    for (set_index, set) in sets.iter().enumerate() {
        let longhands = set.longhands();
        for &(file, element, range, name) in places {
            let style = styles.get(&(&**file, element));
            let mut unset = None;
            for longhand in &longhands {
                let winner = style.and_then(|style| {
                    let effective = style.effective.iter().find(|effective| {
                        effective.property == *longhand && set.applies_in(&effective.condition)
                    })?;
                    let link = style.links.get(effective.source as usize)?;
                    Some((link.file_index, link.declaration))
                });
                match winner {
                    Some(target) => {
                        sources.winning.entry(target).or_insert((set_index, 0)).1 += 1;
                    }
                    None => unset = Some(longhand),
                }
            }
            let Some(longhand) = unset else {
                continue;
            };
            let rule = style
                .and_then(|style| own_rule(input, style))
                .filter(|rule| {
                    // A stylesheet rule takes a base declaration; a class list takes a class with
                    // the state's variant (`hover:bg-[…]`).
                    let anchor = &input.files[rule.0 as usize].declarations[rule.1 as usize];
                    match anchor.origin.syntax {
                        Syntax::Tailwind => {
                            crate::pattern_tailwind::variant_of(set.state.as_deref()).is_some()
                        }
                        _ => set.state.is_none(),
                    }
                });
            match rule {
                Some(rule) => sources.missing.entry(rule).or_insert((set_index, 0)).1 += 1,
                None => notes.push(PatternNote {
                    file: Arc::clone(file),
                    range,
                    message: format!(
                        "`<{name}>` does not set `{longhand}`{} and has no rule of its own to add it to: set it by hand",
                        state_text(set)
                    ),
                }),
            }
        }
    }
    sources
}

/// The rule that gives an element most of its base look, when it is one a declaration can be
/// added to (a stylesheet or styled-template rule, a style object; not a Tailwind class list or
/// a mixin's body): named by one of its declarations.
fn own_rule(input: &PatternInput<'_>, style: &ElementStyle) -> Option<Target> {
    let mut counts: FxHashMap<Target, usize> = FxHashMap::default();
    let mut first: Vec<Target> = Vec::new();
    for effective in style
        .effective
        .iter()
        .filter(|effective| effective.condition.is_unconditional())
    {
        let link = style.links.get(effective.source as usize)?;
        let declaration =
            &input.files[link.file_index as usize].declarations[link.declaration as usize];
        let writable =
            declaration.origin.mixin.is_none() && declaration.condition.is_unconditional();
        if !writable {
            continue;
        }
        let rule = rule_anchor(input, (link.file_index, link.declaration));
        if !counts.contains_key(&rule) {
            first.push(rule);
        }
        *counts.entry(rule).or_default() += 1;
    }
    // The rule most values come from, the first met among equals.
    let rule = first.into_iter().max_by(|left, right| {
        counts[left]
            .cmp(&counts[right])
            .then_with(|| right.cmp(left))
    })?;
    let anchor = &input.files[rule.0 as usize].declarations[rule.1 as usize];
    if anchor.origin.syntax != Syntax::Tailwind {
        return Some(rule);
    }
    // A class is added at the end of the element's class list, after every class it has: a
    // state variant (`hover:`) then follows the base class it overrides, as Tailwind orders them.
    style
        .links
        .iter()
        .filter(|link| link.file_index == rule.0)
        .map(|link| (link.file_index, link.declaration))
        .filter(|&(file, declaration)| {
            input.files[file as usize].declarations[declaration as usize]
                .origin
                .syntax
                == Syntax::Tailwind
        })
        .max_by_key(|&(file, declaration)| {
            input.files[file as usize].declarations[declaration as usize]
                .range
                .end
        })
}

/// The declarations of the rule holding `target`: one origin and condition in one file (two rules
/// of one selector in one file are one place to add to: what they set applies alike).
fn rule_declarations(input: &PatternInput<'_>, target: Target) -> Vec<Target> {
    let declarations = &input.files[target.0 as usize].declarations;
    let of = &declarations[target.1 as usize];
    declarations
        .iter()
        .enumerate()
        .filter(|(_, other)| other.origin == of.origin && other.condition == of.condition)
        .map(|(index, _)| (target.0, index as u32))
        .collect()
}

/// The last declaration of the rule holding `target`.
fn rule_anchor(input: &PatternInput<'_>, target: Target) -> Target {
    let declarations = &input.files[target.0 as usize].declarations;
    rule_declarations(input, target)
        .into_iter()
        .max_by_key(|&(_, index)| declarations[index as usize].range.end)
        .unwrap_or(target)
}

/// The edit that adds `property: value;` after the declaration `anchor`, indented as it is; in a
/// JavaScript style object, `, camelCase: "value"` after the object's last property.
fn insertion(source: &str, anchor: &Declaration, set: &PatternSet) -> Edit {
    let end = anchor.range.end as usize;
    if anchor.origin.syntax == Syntax::Tailwind {
        let variant = crate::pattern_tailwind::variant_of(set.state.as_deref()).unwrap_or("");
        return Edit::replace(
            TextRange::from_usize(end, end),
            format!(" {variant}{}", crate::pattern_tailwind::class_of(set)),
        );
    }
    if matches!(
        anchor.origin.syntax,
        Syntax::InlineStyle | Syntax::StyledObject | Syntax::StyleProp
    ) {
        return Edit::replace(
            TextRange::from_usize(end, end),
            format!(", {}: \"{}\"", camel_case(&set.property), set.value),
        );
    }
    let line_start = source[..anchor.range.start as usize]
        .rfind('\n')
        .map_or(0, |at| at + 1);
    let indent: String = source[line_start..anchor.range.start as usize]
        .chars()
        .take_while(|character| character.is_whitespace())
        .collect();
    let declaration = format!("{}: {};", set.property, set.value);
    // The last declaration's range may or may not take in its `;`.
    if source[..end].ends_with(';') {
        Edit::replace(
            TextRange::from_usize(end, end),
            format!("\n{indent}{declaration}"),
        )
    } else if source[end..].starts_with(';') {
        Edit::replace(
            TextRange::from_usize(end + 1, end + 1),
            format!("\n{indent}{declaration}"),
        )
    } else {
        Edit::replace(
            TextRange::from_usize(end, end),
            format!(";\n{indent}{declaration}"),
        )
    }
}

/// ` in :hover`, or nothing for the base style.
fn state_text(set: &PatternSet) -> String {
    set.state
        .as_deref()
        .map(|state| format!(" in `{state}`"))
        .unwrap_or_default()
}

/// The edit that gives `declaration` the set's value: `None` when it already has it, an error
/// saying why when the planner cannot write it.
fn edit_of(
    source: &str,
    declarations: &[Declaration],
    declaration: &Declaration,
    set: &PatternSet,
) -> Result<Option<Edit>, String> {
    let property = declaration
        .shorthand
        .as_deref()
        .map_or(declaration.property.as_str(), |shorthand| {
            shorthand.property.as_str()
        });
    match declaration.origin.syntax {
        Syntax::Tailwind => {
            let class = crate::pattern_tailwind::replacement(declarations, declaration, set)?;
            let written = &source[declaration.range.as_usize_range()];
            return Ok((written != class).then(|| Edit::replace(declaration.range, class)));
        }
        Syntax::StyledObject | Syntax::InlineStyle | Syntax::StyleProp
            if !is_string_literal(&source[declaration.value_range.as_usize_range()])
                && !is_quoted_at(source, declaration.value_range) =>
        {
            return Err(format!(
                "`{}` is computed in JavaScript: write `{}` there by hand",
                declaration.value_text, set.value
            ))
        }
        _ => {}
    }
    let range = match &declaration.shorthand {
        Some(shorthand) if shorthand.property == set.property => shorthand.value_range,
        Some(shorthand) => {
            return Err(format!(
                "`{property}` is written as the shorthand `{}`, which sets more than `{}`: change it by hand",
                shorthand.property, set.property
            ))
        }
        None => declaration.value_range,
    };
    let written = &source[range.as_usize_range()];
    let replacement = match written.chars().next() {
        // A value in a JavaScript object keeps its quotes.
        Some(quote @ ('"' | '\'' | '`')) if is_string_literal(written) => {
            format!("{quote}{}{quote}", set.value)
        }
        _ => set.value.clone(),
    };
    if written == replacement {
        return Ok(None);
    }
    Ok(Some(Edit::replace(range, replacement)))
}

/// `letter-spacing` as a style object writes it: `letterSpacing`.
fn camel_case(property: &str) -> String {
    let mut out = String::with_capacity(property.len());
    let mut upper = false;
    for character in property.chars() {
        if character == '-' {
            upper = !out.is_empty();
        } else if upper {
            out.push(character.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(character);
        }
    }
    out
}

/// Whether the text at `range` is the content of a string literal (`"9999px"` around it).
fn is_quoted_at(source: &str, range: TextRange) -> bool {
    let bytes = source.as_bytes();
    let (start, end) = (range.start as usize, range.end as usize);
    start > 0
        && end < bytes.len()
        && matches!(bytes[start - 1], b'"' | b'\'')
        && bytes[end] == bytes[start - 1]
        && !source[start..end].contains(['"', '\'', '`'])
}

/// Whether a JavaScript value is a plain string literal.
fn is_string_literal(text: &str) -> bool {
    let text = text.trim();
    text.len() >= 2
        && matches!(text.chars().next(), Some('"' | '\'' | '`'))
        && text.ends_with(text.chars().next().unwrap_or('"'))
        && !text.contains("${")
}

/// Every element outside the pattern whose winning value for a property the plan sets comes
/// from a declaration the plan edits.
fn collateral(
    input: &PatternInput<'_>,
    in_pattern: &FxHashSet<(&str, u32)>,
    edited: &FxHashSet<Target>,
    // Every declaration of a rule that gains one.
    extended: &FxHashSet<Target>,
    sets: &[PatternSet],
) -> Vec<Collateral> {
    let longhands: FxHashSet<String> = sets.iter().flat_map(PatternSet::longhands).collect();
    let files: FxHashMap<&str, &FileFacts> = input
        .files
        .iter()
        .map(|file| (file.path.as_str(), file))
        .collect();
    let mut found = Vec::new();
    for style in &input.linked.elements {
        if in_pattern.contains(&(&*style.file, style.element)) {
            continue;
        }
        // A rule that gains a declaration gives it to every element it reaches.
        let reached_by_extended = style
            .links
            .iter()
            .any(|link| extended.contains(&(link.file_index, link.declaration)));
        let mut properties: Vec<String> = style
            .effective
            .iter()
            .filter(|effective| longhands.contains(effective.property.as_str()))
            .filter(|effective| {
                style
                    .links
                    .get(effective.source as usize)
                    .is_some_and(|link| edited.contains(&(link.file_index, link.declaration)))
            })
            .map(|effective| effective.property.to_string())
            .collect();
        if reached_by_extended {
            properties.extend(sets.iter().map(|set| set.property.clone()));
        }
        if properties.is_empty() {
            continue;
        }
        properties.sort();
        properties.dedup();
        let Some(file) = files.get(&*style.file) else {
            continue;
        };
        let Some(element) = file.elements.get(style.element as usize) else {
            continue;
        };
        found.push(Collateral {
            file: Arc::clone(&style.file),
            element: style.element,
            name: element.name.clone(),
            range: element.name_range,
            properties,
        });
    }
    found.sort_by(|left, right| {
        (&left.file, left.range.start).cmp(&(&right.file, right.range.start))
    });
    found
}

#[cfg(test)]
mod tests {
    use super::PatternSet;

    #[test]
    fn a_set_reads_property_state_and_value() {
        assert_eq!(
            PatternSet::parse("background-color:hover=#f5f3ff"),
            Ok(PatternSet {
                property: "background-color".to_owned(),
                state: Some(":hover".to_owned()),
                value: "#f5f3ff".to_owned(),
            })
        );
        assert_eq!(
            PatternSet::parse("border-radius = 8px").map(|set| (
                set.property,
                set.state,
                set.value
            )),
            Ok(("border-radius".to_owned(), None, "8px".to_owned()))
        );
        assert!(PatternSet::parse("border-radius").is_err());
        assert!(PatternSet::parse("=8px").is_err());
    }
}
