//! Planning: every place in the project that defines or uses a changed token — by name, or as a
//! raw literal within tolerance — and the byte-range edit that migrates it in its own syntax.

use std::sync::Arc;

use rayon::prelude::*;
use rebrand_config::{Migration, NamingRule};
use rebrand_edit::{
    follows_a_quote, is_css_text, is_js_object, is_quoted_js_value, js_value_edit, value_edit, Edit,
};
use rebrand_facts::{
    Declaration, FileFacts, FileKind, ReferenceKind, Syntax, Token, TokenKind, Value,
};
use rebrand_text::TextRange;
use rebrand_values::{
    classify_value, custom_property_references, parse_color, Category, ValueOptions,
};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

use crate::changes::TokenChange;
use crate::references::{names_in, Named};
use crate::scan::{colour_literals, last_path_occurrence};
use crate::themes::{context_of, Context, ThemeValues};

mod classes;
mod mentions;
mod syntax;

use syntax::{declaration_syntax, file_syntax, token_syntax};

use crate::values::{distance, within};
pub use mentions::{mentions, Mention};

/// What the plan is given.
pub struct PlanInput<'a> {
    /// Every analysed file, sorted by path.
    pub files: &'a [FileFacts],
    /// Their texts, as read.
    pub sources: &'a [Arc<str>],
    /// The migration's changes.
    pub changes: &'a [TokenChange],
    /// The migration (naming rules and tolerances).
    pub migration: &'a Migration,
    /// Indexes of files never edited: the migration's own token files.
    pub frozen: &'a [usize],
    /// How values are typed (the root font size for `rem`).
    pub value_options: ValueOptions,
    /// Tailwind's own theme variables that new tokens would be spelled as, with Tailwind's
    /// values (`--color-indigo-600`): a class naming one is written where its value is the new
    /// token's, though the project's `@theme` does not define it.
    pub tailwind_defaults: &'a [(String, Value)],
    /// The themes the migration gives values to; a definition in any other theme context keeps
    /// its value.
    pub themes: &'a [ThemeValues],
}

/// How a place holds the token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PlaceKind {
    /// It defines the token (`--color-brand: …`, `$brand: …`, a theme key, `@theme`).
    Definition,
    /// It names the token (`var(--color-brand)`, `t.$brand`, `p.theme.colors.brand`).
    Reference,
    /// It writes the token's old value as a literal, within tolerance.
    Literal,
    /// A Tailwind class that names the token's theme variable (`bg-brand-500`).
    Class,
}

/// One planned edit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    /// The index of the change in the plan's changes.
    pub change: usize,
    /// How the place holds the token.
    pub kind: PlaceKind,
    /// The syntax it is written in (`css`, `scss`, `styled-template`, `tailwind`, …).
    pub syntax: &'static str,
    /// The edit.
    pub edit: Edit,
    /// The text the edit replaces.
    pub before: String,
}

/// Something the plan could not do by itself, at a place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    /// Where.
    pub range: TextRange,
    /// The change concerned, if one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change: Option<usize>,
    /// What is wrong and what to do.
    pub message: String,
}

/// The plan for one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilePlan {
    /// The file's index in the input.
    pub file: usize,
    /// The planned edits, sorted and non-overlapping.
    pub places: Vec<Place>,
    /// What was left for a person.
    pub notes: Vec<Note>,
    /// Names of renamed tokens the plan leaves as they are (an edit there overlapped another):
    /// after the apply they would name a token that no longer exists.
    pub dangling: Vec<Note>,
}

impl FilePlan {
    /// The edits, in order.
    #[must_use]
    pub fn edits(&self) -> Vec<Edit> {
        self.places.iter().map(|place| place.edit.clone()).collect()
    }
}

/// Plans the migration over every file, in parallel; files with nothing to do are left out.
#[must_use]
pub fn plan(input: &PlanInput<'_>) -> Vec<FilePlan> {
    let planner = Planner::new(input);
    (0..input.files.len())
        .into_par_iter()
        .filter(|file| !input.frozen.contains(file))
        .map(|file| planner.file(file))
        .filter(|plan| {
            !plan.places.is_empty() || !plan.notes.is_empty() || !plan.dangling.is_empty()
        })
        .collect()
}

/// Which naming rule spelled a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Spelling {
    Css,
    Scss,
    Less,
    Tailwind,
    Js,
    Dtcg,
}

struct Planner<'a> {
    input: &'a PlanInput<'a>,
    /// Custom property names (`--color-brand`), by the CSS and the Tailwind rule.
    custom_properties: FxHashMap<String, Vec<(usize, Spelling)>>,
    /// SCSS variable names with their `$`.
    scss_variables: FxHashMap<String, usize>,
    /// Less variable names with their `@`.
    less_variables: FxHashMap<String, usize>,
    /// JavaScript theme paths (`colors.primary`).
    theme_paths: FxHashMap<String, usize>,
    /// The theme paths of renamed or removed tokens, which a script's member accesses name.
    moved_theme_paths: Vec<String>,
    /// DTCG paths, for token files in the project that are not the migration's own.
    dtcg_paths: FxHashMap<String, usize>,
    /// The changes that give literals a new value.
    value_changes: Vec<usize>,
    /// Tailwind theme variables defined in the project once the plan is applied.
    tailwind_defined: FxHashSet<String>,
    /// Tailwind theme variables defined in the project now.
    tailwind_defined_now: FxHashSet<String>,
    value_options: ValueOptions,
    /// Renames the project's JavaScript theme cannot take in place (a move to another group):
    /// their uses keep the old path too, so that nothing points at a key that does not exist.
    js_blocked: FxHashSet<usize>,
}

impl<'a> Planner<'a> {
    fn new(input: &'a PlanInput<'a>) -> Self {
        let naming = &input.migration.naming;
        let mut custom_properties: FxHashMap<String, Vec<(usize, Spelling)>> = FxHashMap::default();
        let mut scss_variables = FxHashMap::default();
        let mut less_variables = FxHashMap::default();
        let mut theme_paths = FxHashMap::default();
        let mut dtcg_paths = FxHashMap::default();
        for (index, change) in input.changes.iter().enumerate() {
            if change.raw {
                continue;
            }
            for (rule, spelling) in [
                (&naming.css, Spelling::Css),
                (&naming.tailwind, Spelling::Tailwind),
            ] {
                if let Some(rule) = rule {
                    custom_properties
                        .entry(rule.spell(&change.old))
                        .or_default()
                        .push((index, spelling));
                }
            }
            if let Some(rule) = &naming.scss {
                scss_variables.insert(rule.spell(&change.old), index);
            }
            if let Some(rule) = &naming.less {
                less_variables.insert(rule.spell(&change.old), index);
            }
            if let Some(rule) = &naming.js {
                theme_paths.insert(rule.spell(&change.old), index);
            }
            dtcg_paths.insert(change.old.clone(), index);
        }
        let value_changes = input
            .changes
            .iter()
            .enumerate()
            .filter(|(_, change)| change.changes_value())
            .map(|(index, _)| index)
            .collect();
        let tailwind_defined_now: FxHashSet<String> = input
            .files
            .iter()
            .flat_map(|file| &file.tokens)
            .filter(|token| token.kind == TokenKind::TailwindTheme)
            .map(|token| token.name.clone())
            .collect();
        let mut tailwind_defined = tailwind_defined_now.clone();
        if let Some(rule) = &naming.tailwind {
            for change in input.changes.iter().filter(|change| change.is_renamed()) {
                if tailwind_defined_now.contains(&rule.spell(&change.old)) {
                    if let Some(new) = &change.new {
                        tailwind_defined.insert(rule.spell(new));
                    }
                }
            }
        }
        let js_blocked = match &naming.js {
            Some(rule) => input
                .files
                .iter()
                .flat_map(|file| &file.tokens)
                .filter(|token| token.kind == TokenKind::JsTheme)
                .filter_map(|token| theme_paths.get(&token.name).map(|index| (token, *index)))
                .filter(|(token, index)| {
                    let change: &TokenChange = &input.changes[*index];
                    change.is_renamed()
                        && change
                            .new
                            .as_deref()
                            .is_some_and(|new| key_rename(&token.name, &rule.spell(new)).is_none())
                })
                .map(|(_, index)| index)
                .collect(),
            None => FxHashSet::default(),
        };
        let moved_theme_paths = theme_paths
            .iter()
            .filter(|(_, index)| {
                let change = &input.changes[**index];
                change.is_renamed() || change.new.is_none()
            })
            .map(|(path, _)| path.clone())
            .collect();
        Self {
            input,
            custom_properties,
            scss_variables,
            less_variables,
            theme_paths,
            moved_theme_paths,
            dtcg_paths,
            value_changes,
            tailwind_defined,
            tailwind_defined_now,
            value_options: input.value_options,
            js_blocked,
        }
    }

    fn rule(&self, spelling: Spelling) -> Option<&NamingRule> {
        let naming = &self.input.migration.naming;
        match spelling {
            Spelling::Css => naming.css.as_ref(),
            Spelling::Scss => naming.scss.as_ref(),
            Spelling::Less => naming.less.as_ref(),
            Spelling::Tailwind => naming.tailwind.as_ref(),
            Spelling::Js => naming.js.as_ref(),
            Spelling::Dtcg => None,
        }
    }

    /// The new token's name in the same syntax as the old one was found in.
    fn new_name(&self, change: &TokenChange, spelling: Spelling) -> Option<String> {
        let new = change.new.as_deref()?;
        match spelling {
            Spelling::Dtcg => Some(new.to_owned()),
            _ => Some(self.rule(spelling)?.spell(new)),
        }
    }

    /// The change a custom property name belongs to, preferring the Tailwind rule's reading at a
    /// Tailwind theme variable and the CSS rule's elsewhere.
    fn custom_property(&self, name: &str, tailwind: bool) -> Option<(usize, Spelling)> {
        let found = self.custom_properties.get(name)?;
        let preferred = if tailwind {
            Spelling::Tailwind
        } else {
            Spelling::Css
        };
        found
            .iter()
            .find(|(_, spelling)| *spelling == preferred)
            .or_else(|| found.first())
            .copied()
    }

    /// The change a name found in a text belongs to, with the name and how it is spelled.
    fn named<'t>(&self, named: Named<'t>) -> Option<(&'t str, (usize, Spelling))> {
        match named {
            Named::CustomProperty(name) => Some((name, self.custom_property(name, false)?)),
            Named::ScssVariable(name) => {
                Some((name, (*self.scss_variables.get(name)?, Spelling::Scss)))
            }
            Named::LessVariable(name) => {
                Some((name, (*self.less_variables.get(name)?, Spelling::Less)))
            }
            Named::ThemePath(path) => Some((path, (*self.theme_paths.get(path)?, Spelling::Js))),
        }
    }

    fn file(&self, file: usize) -> FilePlan {
        let facts = &self.input.files[file];
        let source = self.input.sources.get(file).map_or("", |text| &**text);
        let mut work = FileWork {
            planner: self,
            source,
            places: Vec::new(),
            notes: Vec::new(),
            renamed_names: Vec::new(),
        };
        for token in &facts.tokens {
            work.token(facts.kind, token);
        }
        for declaration in &facts.declarations {
            work.declaration(facts.kind, declaration);
        }
        work.names(facts);
        let (places, mut notes) = without_overlaps(work.places);
        notes.extend(work.notes);
        notes.sort_by(|a, b| (a.range, &a.message).cmp(&(b.range, &b.message)));
        notes.dedup();
        let dangling = work
            .renamed_names
            .into_iter()
            .filter(|(range, _)| !places.iter().any(|place| place.edit.range == *range))
            .map(|(range, change)| Note {
                range,
                change: Some(change),
                message: format!(
                    "`{}` still names `{}`, which the migration renames to `{}`",
                    range.slice(source).unwrap_or_default(),
                    self.input.changes[change].old,
                    self.input.changes[change]
                        .new
                        .as_deref()
                        .unwrap_or_default()
                ),
            })
            .collect();
        FilePlan {
            file,
            places,
            notes,
            dangling,
        }
    }

    /// The value change a literal belongs to: the nearest old value within tolerance, unless the
    /// literal is also (within tolerance) a new value, which a second apply must leave alone.
    fn literal_change(&self, value: &Value, category: Option<Category>) -> LiteralMatch {
        let tolerance = self.input.migration.tolerance;
        let compatible = |change: &TokenChange| match value {
            Value::Color { .. } => category
                .is_none_or(|category| category == Category::Color || category == Category::Shadow),
            Value::Length(_) | Value::Number { .. } => {
                category.is_some() && change.category == category
            }
            _ => false,
        };
        let nearest = |side: fn(&TokenChange) -> Option<&Value>| {
            self.value_changes
                .iter()
                .filter(|index| compatible(&self.input.changes[**index]))
                .filter_map(|index| {
                    let change = &self.input.changes[*index];
                    let found = distance(value, side(change)?)?;
                    within(value, found, tolerance).then_some((*index, found))
                })
                .min_by(|a, b| {
                    let alias = |index: usize| self.input.changes[index].is_alias;
                    a.1.total_cmp(&b.1).then(alias(a.0).cmp(&alias(b.0)))
                })
        };
        let Some((old, to_old)) =
            nearest(|change| change.old_value.as_ref().map(|value| &value.value))
        else {
            return LiteralMatch::None;
        };
        match nearest(|change| change.new_value.as_ref().map(|value| &value.value)) {
            None => LiteralMatch::Change(old),
            // One token's old value and another's new one: never edited, always said.
            Some((new, _)) if new != old => LiteralMatch::Ambiguous(old, new),
            // Nearer the old value than the new one of the same token; once written it is the
            // new value exactly, so a second apply leaves it.
            Some((_, to_new)) if to_old < to_new => LiteralMatch::Change(old),
            // Already the new value: what a first apply wrote, or what the code had chosen.
            Some(_) => LiteralMatch::None,
        }
    }
}

enum LiteralMatch {
    None,
    Change(usize),
    /// Within tolerance of the first change's old value and of the second's new one.
    Ambiguous(usize, usize),
}

/// The places and notes of one file, while they are found.
struct FileWork<'p, 'a> {
    planner: &'p Planner<'a>,
    source: &'p str,
    places: Vec<Place>,
    notes: Vec<Note>,
    /// Every place the file names a renamed token, to check that each is edited.
    renamed_names: Vec<(TextRange, usize)>,
}

impl<'a> FileWork<'_, 'a> {
    fn changes(&self) -> &'a [TokenChange] {
        self.planner.input.changes
    }

    fn place(&mut self, change: usize, kind: PlaceKind, syntax: &'static str, edit: Edit) {
        let before = edit.range.slice(self.source).unwrap_or_default().to_owned();
        if before != edit.replacement {
            self.places.push(Place {
                change,
                kind,
                syntax,
                edit,
                before,
            });
        }
    }

    fn note(&mut self, range: TextRange, change: Option<usize>, message: String) {
        self.notes.push(Note {
            range,
            change,
            message,
        });
    }

    fn removed(&mut self, range: TextRange, change: usize, what: &str) {
        let old = &self.changes()[change].old;
        self.note(
            range,
            Some(change),
            format!("this {what} `{old}`, which the migration removes with no replacement; change it by hand or map `{old}` in the migration"),
        );
    }

    /// A token defined in this file: by name, a definition to rename or revalue; otherwise a
    /// definition holding an old value as a literal.
    fn token(&mut self, file_kind: FileKind, token: &Token) {
        let syntax = token_syntax(token.kind, file_kind);
        // A stylesheet's names are all found by the whole-file scan (`Self::names`).
        if !file_kind.is_stylesheet() {
            self.references_in(token.value_range, syntax);
        }
        if let (
            TokenKind::Dtcg,
            Value::Reference {
                kind: ReferenceKind::DtcgAlias,
                name,
                ..
            },
        ) = (token.kind, &token.value)
        {
            self.dtcg_alias(token.value_range, name);
        }
        let planner = self.planner;
        let found = match token.kind {
            TokenKind::CustomProperty => planner.custom_property(&token.name, false),
            TokenKind::TailwindTheme => planner.custom_property(&token.name, true),
            TokenKind::ScssVariable => planner
                .scss_variables
                .get(&token.name)
                .map(|index| (*index, Spelling::Scss)),
            TokenKind::JsTheme => planner
                .theme_paths
                .get(&token.name)
                .map(|index| (*index, Spelling::Js)),
            TokenKind::Dtcg => planner
                .dtcg_paths
                .get(&token.name)
                .map(|index| (*index, Spelling::Dtcg)),
            TokenKind::LessVariable => planner
                .less_variables
                .get(&token.name)
                .map(|index| (*index, Spelling::Less)),
        };
        let Some((change_index, spelling)) = found else {
            self.unrelated_definition(token);
            return;
        };
        let change = &self.changes()[change_index];
        if change.new.is_none() {
            self.removed(token.name_range, change_index, "defines");
            return;
        }
        if change.is_renamed() {
            if let Some(new_name) = planner.new_name(change, spelling) {
                self.rename_definition(token, &new_name, change_index, syntax);
            }
        }
        let new_value = match context_of(token, planner.input.themes) {
            // A rename that keeps the value keeps the project's own value too, even where it
            // differs from the token set's.
            Context::Base => change.new_value.as_ref().filter(|_| change.changes_value()),
            Context::Theme(theme) => {
                let themed = change.new.as_deref().and_then(|new| theme.set.get(new));
                if themed.is_none() && change.changes_value() {
                    self.note(
                        token.name_range,
                        Some(change_index),
                        format!(
                            "the migration's theme `{}` gives `{}` no value: this definition keeps `{}`; add the token to the theme's `to` set to change it",
                            theme.name,
                            change.new.as_deref().unwrap_or_default(),
                            token.value_text.trim()
                        ),
                    );
                }
                themed.map(|token| &token.value)
            }
            Context::Other(description) => {
                if change.changes_value() {
                    self.note(
                        token.name_range,
                        Some(change_index),
                        format!(
                            "`{}` is also defined under {description} with a value of its own, `{}`: it keeps that value{}; to change it, name that theme in the migration's `themes`",
                            token.name,
                            token.value_text.trim(),
                            if change.is_renamed() { " and is renamed with the token" } else { "" }
                        ),
                    );
                }
                None
            }
        };
        let defines_literal = !matches!(
            token.value,
            Value::Reference { .. } | Value::Unresolved { .. }
        );
        if let (true, Some(new_value)) = (defines_literal, new_value) {
            let same = distance(&token.value, &new_value.value) == Some(0.0);
            if let (false, Some(css)) = (same, new_value.css.as_deref()) {
                if let Some(edit) = token_value_edit(self.source, token, css) {
                    self.place(change_index, PlaceKind::Definition, syntax, edit);
                }
            }
        }
    }

    /// A definition of a token the migration does not name. Its value is the design's choice,
    /// even when it equals an old value (a palette's `--blue-600: #2563eb` beside
    /// `--color-brand: #2563eb`): it is listed, never rewritten.
    fn unrelated_definition(&mut self, token: &Token) {
        if token.kind == TokenKind::Dtcg {
            return;
        }
        let category = Category::of_name(&token.name, token.kind);
        if let LiteralMatch::Change(change_index) =
            self.planner.literal_change(&token.value, category)
        {
            let change = &self.changes()[change_index];
            self.note(
                token.name_range,
                Some(change_index),
                format!(
                    "`{}` holds `{}`, the old value of `{}`, but the migration does not name it: a token's definition changes only with its own token; map it in the migration if it should follow",
                    token.name,
                    token.value_text.trim(),
                    change.old
                ),
            );
        }
    }

    fn rename_definition(
        &mut self,
        token: &Token,
        new_name: &str,
        change: usize,
        syntax: &'static str,
    ) {
        let written = token.name_range.slice(self.source).unwrap_or_default();
        if matches!(token.kind, TokenKind::JsTheme | TokenKind::Dtcg) {
            let Some(new_key) = key_rename(&token.name, new_name) else {
                self.note(
                    token.name_range,
                    Some(change),
                    format!("`{}` would become `{new_name}`, which moves it to another group: the key and its uses keep the old path (its value is migrated); move it by hand", token.name),
                );
                return;
            };
            if written.is_empty() {
                return;
            }
            self.place(
                change,
                PlaceKind::Definition,
                syntax,
                Edit::replace(token.name_range, new_key),
            );
            return;
        }
        if written == token.name {
            self.place(
                change,
                PlaceKind::Definition,
                syntax,
                Edit::replace(token.name_range, new_name),
            );
        }
    }

    /// Every other place the file names a changed token (see [`crate::references`]); a
    /// definition is left to [`Self::token`].
    fn names(&mut self, facts: &FileFacts) {
        let planner = self.planner;
        let definitions: FxHashSet<u32> = facts
            .tokens
            .iter()
            .map(|token| token.name_range.start)
            .collect();
        let syntax = file_syntax(facts.kind);
        let paths: Vec<&str> = planner
            .moved_theme_paths
            .iter()
            .map(String::as_str)
            .collect();
        for (offset, named) in names_in(facts.kind, self.source, &paths) {
            let start = offset as u32;
            if definitions.contains(&start) {
                continue;
            }
            if let Some((name, (change, spelling))) = planner.named(named) {
                let range = TextRange::new(start, start + name.len() as u32);
                let blocked = spelling == Spelling::Js && planner.js_blocked.contains(&change);
                if self.changes()[change].is_renamed() && !blocked {
                    self.renamed_names.push((range, change));
                }
                self.rename_reference(range, change, spelling, syntax);
            }
        }
    }

    /// `{color.brand}` in another token file of the project: the path inside the braces.
    fn dtcg_alias(&mut self, value_range: TextRange, path: &str) {
        let Some(change) = self.planner.dtcg_paths.get(path).copied() else {
            return;
        };
        let start = value_range.start + 1;
        let range = TextRange::new(start, start + path.len() as u32);
        if range.slice(self.source) == Some(path) {
            self.rename_reference(range, change, Spelling::Dtcg, "dtcg");
        }
    }

    /// `var(--x)` references inside a script's CSS text or style-object value.
    fn references_in(&mut self, range: TextRange, syntax: &'static str) {
        let Some(text) = range.slice(self.source) else {
            return;
        };
        for (offset, name) in custom_property_references(text) {
            let name_range = TextRange::new(
                range.start + offset as u32,
                range.start + (offset + name.len()) as u32,
            );
            if let Some((change, spelling)) = self.planner.custom_property(name, false) {
                self.rename_reference(name_range, change, spelling, syntax);
            }
        }
    }

    fn rename_reference(
        &mut self,
        name_range: TextRange,
        change_index: usize,
        spelling: Spelling,
        syntax: &'static str,
    ) {
        let change = &self.changes()[change_index];
        if change.new.is_none() {
            self.removed(name_range, change_index, "uses");
        } else if spelling == Spelling::Js && self.planner.js_blocked.contains(&change_index) {
            // Its definition keeps the old path (noted there); so do its uses.
        } else if change.is_renamed() {
            if let Some(new_name) = self.planner.new_name(change, spelling) {
                self.place(
                    change_index,
                    PlaceKind::Reference,
                    syntax,
                    Edit::replace(name_range, new_name),
                );
            }
        }
    }

    fn declaration(&mut self, file_kind: FileKind, declaration: &Declaration) {
        let syntax = declaration.origin.written_syntax();
        let label = declaration_syntax(syntax);
        if syntax == Syntax::Tailwind {
            self.tailwind(declaration);
            return;
        }
        // A script's `var()`s are named here, so that each edit keeps the syntax of the place it
        // is in (`inline-style`, `styled-template`); a stylesheet's are left to `Self::names`.
        if !file_kind.is_stylesheet() && (is_css_text(syntax) || is_js_object(syntax)) {
            self.references_in(declaration.value_range, label);
        }
        if let Value::Reference {
            kind: ReferenceKind::ThemePath,
            name,
            ..
        } = &declaration.value
        {
            self.theme_path(declaration, name, label);
            return;
        }
        if declaration.value == Value::Composite && self.holds_css_text(declaration) {
            self.colours_in(declaration.value_range, label);
            return;
        }
        self.literal(
            declaration.value_range,
            &declaration.value,
            Category::of_property(&declaration.property),
            |work, css| value_edit(work.source, declaration, css),
            label,
        );
    }

    /// Whether the declaration's value text is CSS: a stylesheet or template, or a JavaScript
    /// string.
    fn holds_css_text(&self, declaration: &Declaration) -> bool {
        let syntax = declaration.origin.written_syntax();
        is_css_text(syntax)
            || (is_js_object(syntax) && is_quoted_js_value(self.source, declaration))
    }

    /// The colour literals inside a composite value (`0 0 0 3px #e5e7eb`, a gradient).
    fn colours_in(&mut self, range: TextRange, syntax: &'static str) {
        let Some(text) = range.slice(self.source) else {
            return;
        };
        for (start, end) in colour_literals(text) {
            let Some(oklab) = parse_color(&text[start..end]) else {
                continue;
            };
            let colour = TextRange::new(range.start + start as u32, range.start + end as u32);
            self.literal(
                colour,
                &Value::Color { oklab },
                Some(Category::Color),
                |_, css| Some(Edit::replace(colour, css)),
                syntax,
            );
        }
    }

    /// `p.theme.colors.primary` inside an interpolation or an object value.
    fn theme_path(&mut self, declaration: &Declaration, path: &str, syntax: &'static str) {
        let Some(change_index) = self.planner.theme_paths.get(path).copied() else {
            return;
        };
        let Some(text) = declaration.value_range.slice(self.source) else {
            return;
        };
        let Some(offset) = last_path_occurrence(text, path) else {
            return;
        };
        let range = TextRange::new(
            declaration.value_range.start + offset as u32,
            declaration.value_range.start + (offset + path.len()) as u32,
        );
        self.rename_reference(range, change_index, Spelling::Js, syntax);
    }

    /// A literal value: the edit `write` makes for the new value, if it is an old value.
    fn literal(
        &mut self,
        range: TextRange,
        value: &Value,
        category: Option<Category>,
        write: impl Fn(&Self, &str) -> Option<Edit>,
        syntax: &'static str,
    ) {
        match self.planner.literal_change(value, category) {
            LiteralMatch::None => {}
            LiteralMatch::Ambiguous(old, new) => self.ambiguous(range, old, new),
            LiteralMatch::Change(change_index) => {
                let change = &self.changes()[change_index];
                let Some(css) = change.new_css() else {
                    if change.new.is_none() {
                        self.removed(range, change_index, "holds the value of");
                    }
                    return;
                };
                if let Some(edit) = write(self, css) {
                    self.place(change_index, PlaceKind::Literal, syntax, edit);
                }
            }
        }
    }

    /// A literal that is an old value of one change and the new value of another.
    fn ambiguous(&mut self, range: TextRange, old: usize, new: usize) {
        let changes = self.changes();
        let message = format!(
            "this value is the old value of `{}` and the new value of `{}`; it is left as it is, since a second apply could not tell which it is",
            changes[old].old,
            changes[new].new.as_deref().unwrap_or_default()
        );
        self.note(range, Some(old), message);
    }
}

/// Sorted places with duplicates (one shorthand's longhands) merged; an edit overlapping an
/// earlier one becomes a note.
fn without_overlaps(mut places: Vec<Place>) -> (Vec<Place>, Vec<Note>) {
    places.sort_by(|a, b| {
        (a.edit.range.start, a.edit.range.end, &a.edit.replacement).cmp(&(
            b.edit.range.start,
            b.edit.range.end,
            &b.edit.replacement,
        ))
    });
    places.dedup_by(|later, earlier| later.edit == earlier.edit);
    let mut kept: Vec<Place> = Vec::with_capacity(places.len());
    let mut notes = Vec::new();
    for place in places {
        if let Some(previous) = kept.last() {
            if place.edit.range.start < previous.edit.range.end
                || place.edit.range == previous.edit.range
            {
                notes.push(Note {
                    range: place.edit.range,
                    change: Some(place.change),
                    message: format!(
                        "two edits overlap here (`{}` → `{}` and `{}` → `{}`); only the first is planned",
                        previous.before, previous.edit.replacement, place.before, place.edit.replacement
                    ),
                });
                continue;
            }
        }
        kept.push(place);
    }
    (kept, notes)
}

/// The edit writing `css` as a token definition's value, in the definition's syntax.
fn token_value_edit(source: &str, token: &Token, css: &str) -> Option<Edit> {
    match token.kind {
        TokenKind::CustomProperty | TokenKind::TailwindTheme => {
            Some(Edit::replace(token.value_range, css))
        }
        TokenKind::ScssVariable => {
            (!css.contains('$')).then(|| Edit::replace(token.value_range, css))
        }
        TokenKind::LessVariable => {
            (!css.contains('@')).then(|| Edit::replace(token.value_range, css))
        }
        TokenKind::JsTheme => {
            let quoted = follows_a_quote(source, token.value_range.start);
            js_value_edit(source, token.value_range, quoted, css)
        }
        TokenKind::Dtcg => {
            let written = token.value_range.slice(source)?;
            if follows_a_quote(source, token.value_range.start) {
                return (!css.contains(['\'', '"'])).then(|| Edit::replace(token.value_range, css));
            }
            // A dimension written as an object stays an object, as DTCG 2025.10 writes it.
            let object = match classify_value(css, ValueOptions::default()) {
                Value::Length(length) if written.starts_with('{') => Some(format!(
                    "{{ \"value\": {}, \"unit\": \"{}\" }}",
                    length.number, length.unit
                )),
                _ => None,
            };
            let written = object.unwrap_or_else(|| format!("\"{}\"", css.replace('"', "\\\"")));
            Some(Edit::replace(token.value_range, written))
        }
    }
}

/// The new last key when a theme path is renamed within its group (`color.brand` →
/// `color.accent` gives `accent`); `None` when the rename moves it to another group, or the key
/// cannot be written bare.
fn key_rename<'n>(old: &str, new: &'n str) -> Option<&'n str> {
    let (old_group, _) = old.rsplit_once('.').unwrap_or(("", old));
    let (new_group, new_key) = new.rsplit_once('.').unwrap_or(("", new));
    (old_group == new_group && is_plain_key(new_key)).then_some(new_key)
}

fn is_plain_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'$'))
        && !key.as_bytes()[0].is_ascii_digit()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(start: u32, end: u32, replacement: &str) -> Place {
        Place {
            change: 0,
            kind: PlaceKind::Literal,
            syntax: "css",
            edit: Edit::replace(TextRange::new(start, end), replacement),
            before: "x".repeat((end - start) as usize),
        }
    }

    #[test]
    fn duplicate_edits_merge_and_overlapping_ones_become_notes() {
        let (kept, notes) = without_overlaps(vec![
            place(10, 17, "#7c3aed"),
            place(0, 7, "#7c3aed"),
            place(10, 17, "#7c3aed"),
            place(12, 20, "var(--x)"),
            place(20, 20, "!"),
        ]);
        let ranges: Vec<(u32, u32)> = kept
            .iter()
            .map(|place| (place.edit.range.start, place.edit.range.end))
            .collect();
        assert_eq!(ranges, [(0, 7), (10, 17), (20, 20)]);
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].range, TextRange::new(12, 20));
        assert!(notes[0].message.contains("overlap"), "{}", notes[0].message);
    }
}
