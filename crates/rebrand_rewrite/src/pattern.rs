//! A change to a pattern (`rebrand apply --pattern ID --set border-radius=8px`): for every
//! element the pattern styles and every property set, the declaration that wins today, edited
//! once however many members it reaches — the shared class rule, the styled base, the mixin —
//! and every element outside the pattern that the same edit would change, listed as collateral.
//!
//! A property a member leaves unset is added to the rule that gives it most of its look (a
//! stylesheet or styled-template rule, a style object, a class list), after that rule's last
//! declaration; a state it leaves unset, as `&:hover` in the rule or a rule after it
//! (`pattern_state`). What the planner cannot write is said in a note at the place, never
//! guessed: a value a JavaScript expression computes, a shorthand with an image or a `/`, what an
//! inline style or a nested CSS rule cannot take. The edits of winning declarations are in
//! `pattern_winning`; `--at member` in `pattern_member`; token definitions in `pattern_token`.

use std::fmt::Write as _;
use std::sync::Arc;

use rebrand_edit::Edit;
use rebrand_facts::{Declaration, FileFacts, Syntax};
use rebrand_link::{ElementStyle, Linked};
use rebrand_patterns::Pattern;
use rebrand_text::TextRange;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

pub use crate::pattern_set::PatternSet;

/// Why a file cannot write a token a change names.
pub(crate) fn unspellable(set: &PatternSet, syntax: Syntax) -> String {
    format!(
        "`{}` is not defined where a {syntax:?} file can name it, and the migration's `to` gives it no value: define it, or set a literal",
        set.value
    )
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
    /// The theme whose value it replaces or adds, when not the base one: a change without a
    /// theme replaces the dark values too, and the preview says so.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theme: Option<crate::Theme>,
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
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

impl PatternPlan {
    /// Adds `other`'s edits, collateral and notes to this plan (the plans of one change's
    /// `set` and `normalize`, or of several patterns). An edit the plan already has is kept
    /// once; one that overlaps another differently is an error naming the place.
    ///
    /// # Errors
    /// Two changes that write one place differently.
    pub fn merge(&mut self, other: Self) -> Result<(), String> {
        for edit in other.edits {
            if let Some(clash) = self
                .edits
                .iter()
                .find(|mine| mine.file == edit.file && overlap(mine.edit.range, edit.edit.range))
            {
                if clash.edit == edit.edit {
                    continue;
                }
                return Err(format!(
                    "two changes write `{}` at {} differently (`{}` and `{}`): change one pattern at a time",
                    clash.before, clash.path, clash.edit.replacement, edit.edit.replacement
                ));
            }
            self.edits.push(edit);
        }
        self.edits.sort_by(|left, right| {
            (left.file, left.edit.range.start).cmp(&(right.file, right.edit.range.start))
        });
        for element in other.collateral {
            match self
                .collateral
                .iter_mut()
                .find(|mine| mine.file == element.file && mine.element == element.element)
            {
                Some(mine) => {
                    mine.properties.extend(element.properties);
                    mine.properties.sort();
                    mine.properties.dedup();
                }
                None => self.collateral.push(element),
            }
        }
        self.collateral.sort_by(|left, right| {
            (&left.file, left.range.start).cmp(&(&right.file, right.range.start))
        });
        self.notes.extend(other.notes);
        self.notes.sort_by(|left, right| {
            (&left.file, left.range.start).cmp(&(&right.file, right.range.start))
        });
        self.notes.dedup();
        self.elements = self.elements.max(other.elements);
        Ok(())
    }
}

/// Whether two edits' ranges share a byte or both insert at one offset, as the edit machinery
/// refuses them.
fn overlap(left: TextRange, right: TextRange) -> bool {
    (left.start < right.end && right.start < left.end)
        || (left.is_empty() && right.is_empty() && left.start == right.start)
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
pub(crate) type Target = (u32, u32);

/// Where a change is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EditLevel {
    /// At the declarations that win today, each once, however many elements share it.
    #[default]
    Shared,
    /// At the shared declarations only where every element they reach is in the pattern; a
    /// member whose source reaches other elements gets the value on its own element instead
    /// (`--at member`): no collateral.
    Member,
}

/// Plans `sets` on the elements of `pattern` each is for (every member's, or those a set names).
#[must_use]
pub fn plan_pattern(
    input: &PatternInput<'_>,
    pattern: &Pattern,
    sets: &[PatternSet],
    level: EditLevel,
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
        .map(|place| (&**place.file, place.element))
        .collect();
    let mut notes = Vec::new();
    let outside = (level == EditLevel::Member)
        .then(|| crate::pattern_member::reaching_outside(input, &in_pattern));
    let sources = sources_of(input, &styles, &places, sets, outside.as_ref(), &mut notes);
    let mut edited: FxHashSet<Target> = FxHashSet::default();
    // Every declaration of a rule that gains properties, with the properties it gains.
    let mut extended: FxHashMap<Target, Vec<String>> = FxHashMap::default();
    let mut edits = insertions(input, &sources.missing, sets, &mut notes, &mut extended);
    crate::pattern_winning::winning_edits(
        input,
        &in_pattern,
        &sources.winning,
        sets,
        &mut edits,
        &mut edited,
        &mut notes,
    );
    for (&member, wanted) in &sources.member_level {
        let wanted: Vec<&PatternSet> = wanted.iter().map(|&index| &sets[index]).collect();
        match crate::pattern_member::member_edit(input, &pattern.members[member], &wanted) {
            Ok(edit) => edits.push(edit),
            Err(note) => notes.push(note),
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

/// One element of the pattern.
struct PatternPlace<'a> {
    /// The member it is (index into the pattern's `members`).
    member: usize,
    file: &'a Arc<str>,
    element: u32,
    /// Where its name is written.
    range: TextRange,
    name: &'a str,
}

/// Every element of the pattern: its members and their other uses.
fn places_of(pattern: &Pattern) -> Vec<PatternPlace<'_>> {
    pattern
        .members
        .iter()
        .enumerate()
        .flat_map(|(member, shown)| {
            std::iter::once((&shown.file, shown.element, shown.range))
                .chain(
                    shown
                        .uses
                        .iter()
                        .map(|place| (&place.file, place.element, place.range)),
                )
                .map(move |(file, element, range)| PatternPlace {
                    member,
                    file,
                    element,
                    range,
                    name: shown.name.as_str(),
                })
        })
        .collect()
}

/// What the pattern's elements take a set property from today.
#[derive(Default)]
struct Sources {
    /// Per declaration that wins a set property on some element: the set and how many elements
    /// it reaches.
    winning: FxHashMap<Target, (usize, usize)>,
    /// Per rule (named by one of its declarations) that must gain set properties some elements
    /// leave unset: per set, how many elements it reaches.
    missing: FxHashMap<Target, std::collections::BTreeMap<usize, usize>>,
    /// With `--at member`: per member, the sets its own element takes because the source it
    /// would be changed at reaches elements outside the pattern.
    member_level: std::collections::BTreeMap<usize, Vec<usize>>,
}

/// The declarations that win each set property on the elements it is for today, and the rules
/// that must gain one an element leaves unset. An element whose own rule cannot take a new
/// declaration (a state, a Tailwind class list, a style object) gets a note.
fn sources_of(
    input: &PatternInput<'_>,
    styles: &FxHashMap<(&str, u32), &ElementStyle>,
    places: &[PatternPlace<'_>],
    sets: &[PatternSet],
    // With `--at member`: every declaration that reaches an element outside the pattern.
    outside: Option<&FxHashSet<Target>>,
    notes: &mut Vec<PatternNote>,
) -> Sources {
    let mut sources = Sources::default();
    for (set_index, set) in sets.iter().enumerate() {
        let longhands = set.longhands();
        for place in places.iter().filter(|place| set.is_for(place.member)) {
            let style = styles.get(&(&**place.file, place.element));
            let mut unset = None;
            for longhand in &longhands {
                // Every value the change replaces: the state's in each theme it is for.
                let mut required = false;
                for effective in
                    style
                        .iter()
                        .flat_map(|style| &style.effective)
                        .filter(|effective| {
                            effective.property == *longhand && set.applies_in(&effective.condition)
                        })
                {
                    let Some(link) =
                        style.and_then(|style| style.links.get(effective.source as usize))
                    else {
                        continue;
                    };
                    required |= set.is_required_in(&effective.condition);
                    let target = (link.file_index, link.declaration);
                    if outside.is_some_and(|outside| outside.contains(&target)) {
                        let wanted = sources.member_level.entry(place.member).or_default();
                        if !wanted.contains(&set_index) {
                            wanted.push(set_index);
                        }
                        continue;
                    }
                    sources.winning.entry(target).or_insert((set_index, 0)).1 += 1;
                }
                if !required {
                    unset = Some(longhand);
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
                        Syntax::Tailwind => crate::pattern_tailwind::variants_for(set).is_some(),
                        _ => {
                            set.theme != Some(crate::Theme::Dark)
                                && set.state.as_deref().is_none_or(|state| {
                                    crate::pattern_state::can_add(anchor, state)
                                })
                        }
                    }
                });
            let shared = rule.is_some_and(|rule| {
                outside.is_some_and(|outside| {
                    rule_declarations(input, rule)
                        .iter()
                        .any(|target| outside.contains(target))
                })
            });
            match rule {
                Some(_) if shared => {
                    let wanted = sources.member_level.entry(place.member).or_default();
                    if !wanted.contains(&set_index) {
                        wanted.push(set_index);
                    }
                }
                Some(rule) => {
                    *sources
                        .missing
                        .entry(rule)
                        .or_default()
                        .entry(set_index)
                        .or_default() += 1;
                }
                None => notes.push(PatternNote {
                    file: Arc::clone(place.file),
                    range: place.range,
                    message: format!(
                        "`<{}>` does not set `{longhand}`{} and has no rule of its own to add it to: set it by hand",
                        place.name,
                        state_text(set)
                    ),
                }),
            }
        }
    }
    sources
}

/// The insertions that give each rule the set properties some of its elements leave unset:
/// one per rule, however many properties it gains (two at one offset would overlap).
fn insertions(
    input: &PatternInput<'_>,
    missing: &FxHashMap<Target, std::collections::BTreeMap<usize, usize>>,
    sets: &[PatternSet],
    notes: &mut Vec<PatternNote>,
    extended: &mut FxHashMap<Target, Vec<String>>,
) -> Vec<PatternEdit> {
    let mut edits = Vec::new();
    let mut missing: Vec<_> = missing.iter().collect();
    missing.sort_by_key(|(anchor, _)| **anchor);
    for (&anchor, wanted) in missing {
        let file = anchor.0 as usize;
        let declaration = &input.files[file].declarations[anchor.1 as usize];
        let path: Arc<str> = Arc::from(input.files[file].path.as_str());
        // Every property the rule gains is one insertion: two at one offset would overlap.
        let mut additions: Vec<(&PatternSet, String)> = Vec::new();
        for &set_index in wanted.keys() {
            let set = &sets[set_index];
            match set.value_in(declaration.origin.syntax) {
                Some(value) => additions.push((set, value)),
                None => notes.push(PatternNote {
                    file: Arc::clone(&path),
                    range: declaration.range,
                    message: unspellable(set, declaration.origin.syntax),
                }),
            }
        }
        if additions.is_empty() {
            continue;
        }
        let source = &input.sources[file];
        let syntax = declaration.origin.syntax;
        // States a stylesheet rule gains: nested in the rule, or a rule after it.
        let (stated, base): (Vec<_>, Vec<_>) = additions
            .iter()
            .cloned()
            .partition(|(set, _)| set.state.is_some() && syntax != Syntax::Tailwind);
        let edit =
            if crate::pattern_state::nests(syntax, input.files[file].kind) || stated.is_empty() {
                let mut edit = insertion(source, declaration, &base);
                edit.replacement
                    .push_str(&crate::pattern_state::nested_blocks(
                        source,
                        declaration,
                        &stated,
                    ));
                Some(edit)
            } else {
                state_rules(input, anchor, &stated, wanted, &mut edits, notes);
                (!base.is_empty()).then(|| insertion(source, declaration, &base))
            };
        for target in rule_declarations(input, anchor) {
            extended
                .entry(target)
                .or_default()
                .extend(additions.iter().map(|(set, _)| set.property.clone()));
        }
        let Some(edit) = edit else {
            continue;
        };
        let written =
            if crate::pattern_state::nests(syntax, input.files[file].kind) || stated.is_empty() {
                &additions
            } else {
                &base
            };
        edits.push(PatternEdit {
            file,
            path,
            syntax,
            property: properties_of(written),
            edit,
            before: String::new(),
            elements: wanted.values().copied().max().unwrap_or_default(),
            theme: additions
                .iter()
                .any(|(set, _)| set.theme == Some(crate::Theme::Dark))
                .then_some(crate::Theme::Dark),
        });
    }
    edits
}

/// The properties an insertion adds, as the plan names them: `background-color, color`.
fn properties_of(additions: &[(&PatternSet, String)]) -> String {
    additions
        .iter()
        .map(|(set, _)| set.property.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The rules a CSS file or CSS Module gains after the rule `anchor` names, one per state, as one
/// insertion.
fn state_rules(
    input: &PatternInput<'_>,
    anchor: Target,
    stated: &[(&PatternSet, String)],
    wanted: &std::collections::BTreeMap<usize, usize>,
    edits: &mut Vec<PatternEdit>,
    notes: &mut Vec<PatternNote>,
) {
    let file = anchor.0 as usize;
    let declaration = &input.files[file].declarations[anchor.1 as usize];
    let (source, syntax) = (&input.sources[file], declaration.origin.syntax);
    let path: Arc<str> = Arc::from(input.files[file].path.as_str());
    match crate::pattern_state::rules_after(source, declaration, stated) {
        Ok(edit) => edits.push(PatternEdit {
            file,
            path,
            syntax,
            property: properties_of(stated),
            edit,
            before: String::new(),
            elements: wanted.values().copied().max().unwrap_or_default(),
            theme: None,
        }),
        Err(message) => notes.push(PatternNote {
            file: path,
            range: declaration.range,
            message,
        }),
    }
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
    // Only a class the element always has: a class list under a condition (`disabled &&
    // "…"`, a `cva` variant) would give the added class to that case alone.
    style
        .links
        .iter()
        .filter(|link| link.file_index == rule.0)
        .filter(|link| {
            link.condition
                .as_deref()
                .is_none_or(rebrand_facts::Condition::is_unconditional)
        })
        .map(|link| (link.file_index, link.declaration))
        .filter(|&(file, declaration)| {
            let declaration = &input.files[file as usize].declarations[declaration as usize];
            declaration.origin.syntax == Syntax::Tailwind
                && declaration.condition.is_unconditional()
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

/// The edit that adds `property: value;` for each addition after the declaration `anchor`,
/// indented as it is; in a JavaScript style object, `, camelCase: "value"` after the object's
/// last property; in a class list, each class with its theme's and state's variants.
pub(crate) fn insertion(
    source: &str,
    anchor: &Declaration,
    additions: &[(&PatternSet, String)],
) -> Edit {
    let end = anchor.range.end as usize;
    let at_end = |text: String| Edit::replace(TextRange::from_usize(end, end), text);
    if anchor.origin.syntax == Syntax::Tailwind {
        return at_end(
            additions
                .iter()
                .fold(String::new(), |mut text, (set, value)| {
                    let variant = crate::pattern_tailwind::variants_for(set).unwrap_or_default();
                    let _ = write!(
                        text,
                        " {variant}{}",
                        crate::pattern_tailwind::class_for(set, value)
                    );
                    text
                }),
        );
    }
    if matches!(
        anchor.origin.syntax,
        Syntax::InlineStyle | Syntax::StyledObject | Syntax::StyleProp
    ) {
        return at_end(
            additions
                .iter()
                .fold(String::new(), |mut text, (set, value)| {
                    let _ = write!(text, ", {}: \"{value}\"", camel_case(&set.property));
                    text
                }),
        );
    }
    let line_start = source[..anchor.range.start as usize]
        .rfind('\n')
        .map_or(0, |at| at + 1);
    let indent: String = source[line_start..anchor.range.start as usize]
        .chars()
        .take_while(|character| character.is_whitespace())
        .collect();
    let lines = additions
        .iter()
        .fold(String::new(), |mut text, (set, value)| {
            let _ = write!(text, "\n{indent}{}: {value};", set.property);
            text
        });
    // The last declaration's range may or may not take in its `;`.
    if source[..end].ends_with(';') {
        at_end(lines)
    } else if source[end..].starts_with(';') {
        Edit::replace(TextRange::from_usize(end + 1, end + 1), lines)
    } else {
        at_end(format!(";{lines}"))
    }
}

/// ` in :hover`, or nothing for the base style.
fn state_text(set: &PatternSet) -> String {
    set.state
        .as_deref()
        .map(|state| format!(" in `{state}`"))
        .unwrap_or_default()
}

/// `letter-spacing` as a style object writes it: `letterSpacing`.
pub(crate) fn camel_case(property: &str) -> String {
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

/// Every element outside the pattern whose winning value for a property the plan sets comes
/// from a declaration the plan edits.
fn collateral(
    input: &PatternInput<'_>,
    in_pattern: &FxHashSet<(&str, u32)>,
    edited: &FxHashSet<Target>,
    // Every declaration of a rule that gains one.
    extended: &FxHashMap<Target, Vec<String>>,
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
        // A rule that gains declarations gives them to every element it reaches.
        let gained: Vec<&String> = style
            .links
            .iter()
            .filter_map(|link| extended.get(&(link.file_index, link.declaration)))
            .flatten()
            .collect();
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
        properties.extend(gained.into_iter().cloned());
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
