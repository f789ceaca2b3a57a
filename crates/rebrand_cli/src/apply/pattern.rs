//! `rebrand apply --pattern ID --set PROPERTY[:STATE]=VALUE`, and a migration file's `patterns`:
//! one change to every member of a pattern (and with `normalize`, each drifting member brought
//! to the pattern's look), planned at the declarations that win today (each edited once),
//! previewed with the elements outside the pattern it would change too, and written with
//! `--write` as one transaction — refused while it has collateral (unless `--allow-collateral`)
//! or places the planner left to a person.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use rebrand_config::{Migration, Naming};
use rebrand_edit::Edit;
use rebrand_rewrite::{plan_pattern, PatternInput, PatternPlan, PatternSet, TokenSet};
use rebrand_values::ValueOptions;

use super::{dry_run_exit, file_fixes, write_transaction, ApplyArgs, ApplyFormat};
use crate::analyze::Analysis;
use crate::fix::FileFix;
use crate::{config, discover, write_output, Output};

/// One pattern's change as asked for: by `--pattern … --set …`, or by an entry of a migration
/// file's `patterns`.
struct Requested {
    /// The pattern's id, name or member position.
    wanted: String,
    sets: Vec<PatternSet>,
    normalize: bool,
}

/// A pattern found, with the sets planned on it (`normalize`'s per-member values included).
pub(super) struct Chosen<'a> {
    pattern: &'a rebrand_patterns::Pattern,
    sets: Vec<PatternSet>,
}

/// `rebrand apply --pattern ID --set PROPERTY[:STATE]=VALUE…`.
pub(super) fn run_flags(arguments: &ApplyArgs, wanted: &str) -> Result<ExitCode, String> {
    let sets = arguments
        .set
        .iter()
        .map(|text| PatternSet::parse(text))
        .collect::<Result<Vec<_>, _>>()?;
    let requested = vec![Requested {
        wanted: wanted.to_owned(),
        sets,
        normalize: false,
    }];
    run(arguments, &requested, &Naming::default(), None)
}

/// `rebrand apply MIGRATION` for a file of `patterns`: each entry's `set` and `normalize`, with
/// `{token.path}` values looked up in the project and in the file's `to` tokens.
pub(super) fn run_file(
    arguments: &ApplyArgs,
    migration: &Migration,
    migration_path: &Path,
) -> Result<ExitCode, String> {
    let mut requested = Vec::new();
    for (wanted, change) in &migration.patterns {
        let sets = change
            .set
            .iter()
            .map(|(key, value)| {
                PatternSet::parse(&format!("{key}={value}"))
                    .map_err(|error| format!("`patterns.{wanted}.set`: {error}"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        if sets.is_empty() && !change.normalize {
            return Err(format!(
                "`patterns.{wanted}` changes nothing: give it `set` values or `\"normalize\": true`"
            ));
        }
        requested.push(Requested {
            wanted: wanted.clone(),
            sets,
            normalize: change.normalize,
        });
    }
    let to = match &migration.to {
        Some(source) => {
            let base = migration_path.parent().unwrap_or_else(|| Path::new("."));
            let loaded = super::load_set(base, source, ValueOptions::default())?;
            Some(loaded.set)
        }
        None => None,
    };
    run(arguments, &requested, &migration.naming, to.as_ref())
}

fn run(
    arguments: &ApplyArgs,
    requested: &[Requested],
    naming: &Naming,
    to: Option<&TokenSet>,
) -> Result<ExitCode, String> {
    let paths = arguments.paths();
    let loaded = config::load(arguments.config.as_deref(), &paths)?;
    let options = ValueOptions {
        root_font_px: loaded.config.root_font_size.unwrap_or(16.0),
    };
    let locked = arguments.lock(&loaded.root)?;
    let threads = crate::thread_count(arguments.threads);
    let pool = crate::worker_pool(threads)?;
    let discovery = discover::discover(&paths, &crate::filters_of(&loaded, &[], &[]), threads)?;
    let pattern_options = rebrand_patterns::PatternOptions {
        similarity: loaded.config.patterns.similarity,
        min_members: loaded.config.patterns.min_members.max(1),
    };
    let analysis =
        pool.install(|| crate::analyze::analyze(&discovery, options, pattern_options, &|| {}));
    let found: Vec<&rebrand_patterns::Pattern> =
        analysis.patterns(pattern_options.min_members).collect();
    let mut chosen = Vec::new();
    for request in requested {
        let pattern = crate::patterns::find(&found, &analysis, &request.wanted)?;
        if chosen
            .iter()
            .any(|other: &Chosen<'_>| other.pattern.id == pattern.id)
        {
            return Err(format!(
                "`{}` is pattern {} again: give each pattern one entry",
                request.wanted, pattern.id
            ));
        }
        let mut sets = request.sets.clone();
        for set in &mut sets {
            super::pattern_values::resolve_token(set, &analysis, naming, to)?;
        }
        if request.normalize {
            sets.extend(super::pattern_values::normalizing(
                &analysis, pattern, &sets,
            ));
        }
        for set in &mut sets {
            super::pattern_values::theme_variable(set, &analysis, options);
        }
        chosen.push(Chosen { pattern, sets });
    }
    let input = PatternInput {
        files: &analysis.files,
        sources: &analysis.sources,
        linked: &analysis.links,
    };
    let mut plan = PatternPlan::default();
    for change in &chosen {
        let level = match arguments.at {
            super::At::Shared => rebrand_rewrite::EditLevel::Shared,
            super::At::Member => rebrand_rewrite::EditLevel::Member,
        };
        plan.merge(plan_pattern(&input, change.pattern, &change.sets, level))?;
    }
    let disk_paths: BTreeMap<&str, &Path> = discovery
        .files
        .iter()
        .map(|source| (source.display.as_str(), source.path.as_path()))
        .collect();
    let edited = edited_files(&analysis, &plan, &disk_paths)?;
    let rendered = match arguments.format {
        ApplyFormat::Json => json(&chosen, &plan)?,
        ApplyFormat::Pretty => pretty(&analysis, &chosen, &plan, &edited),
    };
    write_output(
        rendered.as_bytes(),
        Output::of(arguments.output.as_deref(), &loaded.root),
    )?;
    let Some((state, _lock)) = locked.filter(|_| !edited.is_empty()) else {
        std::mem::forget(analysis);
        return Ok(dry_run_exit(arguments, &edited));
    };
    if let Some(refusal) = refusal(arguments, &plan) {
        eprintln!("error: {refusal}; nothing was written");
        std::mem::forget(analysis);
        return Ok(ExitCode::from(1));
    }
    let code = write_transaction(arguments, &loaded.root, &state, &analysis, &edited, &pool)?;
    if code != ExitCode::SUCCESS {
        std::mem::forget(analysis);
        return Ok(code);
    }
    // Verified on what was written: the project is analysed again.
    let after =
        pool.install(|| crate::analyze::analyze(&discovery, options, pattern_options, &|| {}));
    let failures = verify(&analysis, &after, &chosen, &plan, options);
    for failure in &failures {
        eprintln!("error: after writing, {failure}");
    }
    std::mem::forget(analysis);
    std::mem::forget(after);
    Ok(if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// What the written project contradicts of the plan: a member without the value asked for, or
/// an element outside the patterns and their collateral whose effective style changed.
fn verify(
    before: &Analysis,
    after: &Analysis,
    chosen: &[Chosen<'_>],
    plan: &PatternPlan,
    options: ValueOptions,
) -> Vec<String> {
    let (styles_before, styles_after) = (effective_styles(before), effective_styles(after));
    let style_of = |styles: &'_ Styles, file: &str, element: u32| {
        styles
            .get(&(file.to_owned(), element))
            .cloned()
            .unwrap_or_default()
    };
    let linked_after: std::collections::HashMap<(&str, u32), &rebrand_link::ElementStyle> = after
        .links
        .elements
        .iter()
        .map(|style| ((&*style.file, style.element), style))
        .collect();
    let mut failures = Vec::new();
    let mut spared: std::collections::BTreeSet<(&str, u32)> = plan
        .collateral
        .iter()
        .map(|element| (&*element.file, element.element))
        .collect();
    for change in chosen {
        for (index, member) in change.pattern.members.iter().enumerate() {
            let places = std::iter::once((&*member.file, member.element)).chain(
                member
                    .uses
                    .iter()
                    .map(|place| (&*place.file, place.element)),
            );
            for (file, element) in places {
                spared.insert((file, element));
                let style = linked_after.get(&(file, element)).copied();
                for set in change.sets.iter().filter(|set| set.is_for(index)) {
                    failures.extend(missing_values(style, set, options).into_iter().map(
                        |(longhand, found)| {
                            format!(
                                "`<{}>` {} has `{longhand}`{} {found}, not `{}`",
                                member.name,
                                place(after, file, element_start(after, file, element)),
                                set.state
                                    .as_deref()
                                    .map(|state| format!(" in `{state}`"))
                                    .unwrap_or_default(),
                                set.value
                            )
                        },
                    ));
                }
            }
        }
    }
    for style in &before.links.elements {
        if spared.contains(&(&*style.file, style.element)) {
            continue;
        }
        if style_of(&styles_before, &style.file, style.element)
            != style_of(&styles_after, &style.file, style.element)
        {
            failures.push(format!(
                "an element outside the pattern changed: {}",
                place(
                    after,
                    &style.file,
                    element_start(after, &style.file, style.element)
                )
            ));
        }
    }
    failures
}

/// The longhands of `set` an element's written style does not have the value of, each with
/// what it has instead (`unset`, or the value in backquotes). A token counts in any of its
/// spellings (`var(--x)`, `$x`) or as its value.
fn missing_values(
    style: Option<&rebrand_link::ElementStyle>,
    set: &PatternSet,
    options: ValueOptions,
) -> Vec<(String, String)> {
    let spellings = set.spellings();
    let wanted: Vec<String> = spellings
        .iter()
        .map(|text| {
            rebrand_patterns::normalised(&rebrand_values::classify_value(text, options), text)
        })
        .collect();
    let mut missing = Vec::new();
    let has_value = |effective: &rebrand_link::EffectiveValue| {
        spellings.iter().any(|text| *text == effective.value_text)
            || wanted.contains(&rebrand_patterns::normalised(
                &effective.value,
                &effective.value_text,
            ))
    };
    for longhand in set.longhands() {
        let values: Vec<&rebrand_link::EffectiveValue> = style
            .iter()
            .flat_map(|style| &style.effective)
            .filter(|effective| {
                effective.property == *longhand && set.applies_in(&effective.condition)
            })
            .collect();
        let wrong = values.iter().find(|effective| !has_value(effective));
        let required = values
            .iter()
            .any(|effective| set.is_required_in(&effective.condition));
        match wrong {
            Some(effective) => missing.push((longhand, format!("`{}`", effective.value_text))),
            None if !required => missing.push((longhand, "unset".to_owned())),
            None => {}
        }
    }
    missing
}

/// Per element (file, id): its effective style, `property[condition]` to the normalised value
/// (a Tailwind class and the CSS it writes compare equal).
type Styles = std::collections::HashMap<(String, u32), BTreeMap<String, String>>;

/// Every styled element's effective style in `analysis`.
fn effective_styles(analysis: &Analysis) -> Styles {
    analysis
        .links
        .elements
        .iter()
        .map(|style| {
            let values = style
                .effective
                .iter()
                .map(|effective| {
                    (
                        rebrand_patterns::property_key(effective),
                        rebrand_patterns::normalised(&effective.value, &effective.value_text),
                    )
                })
                .collect();
            ((style.file.to_string(), style.element), values)
        })
        .collect()
}

/// Where an element's name starts.
fn element_start(analysis: &Analysis, file: &str, element: u32) -> u32 {
    analysis
        .file_index(file)
        .and_then(|index| analysis.files[index].elements.get(element as usize))
        .map_or(0, |element| element.name_range.start)
}

/// Why a `--write` must not go ahead, if it must not: a change that would also restyle elements
/// outside the pattern, or one that would leave some members unchanged.
fn refusal(arguments: &ApplyArgs, plan: &PatternPlan) -> Option<String> {
    if !plan.collateral.is_empty() && !arguments.allow_collateral {
        return Some(format!(
            "{} outside the pattern would change too (listed above; pass --allow-collateral to change them as well)",
            crate::counted(plan.collateral.len(), "element", "elements")
        ));
    }
    (!plan.notes.is_empty()).then(|| {
        format!(
            "{} the planner cannot change (listed above) would keep their old style",
            crate::counted(plan.notes.len(), "place", "places")
        )
    })
}

/// Per edited file, its text before and after.
fn edited_files(
    analysis: &Analysis,
    plan: &PatternPlan,
    disk_paths: &BTreeMap<&str, &Path>,
) -> Result<Vec<FileFix>, String> {
    let mut by_file: BTreeMap<usize, Vec<Edit>> = BTreeMap::new();
    for edit in &plan.edits {
        by_file
            .entry(edit.file)
            .or_default()
            .push(edit.edit.clone());
    }
    file_fixes(analysis, by_file, disk_paths)
}

/// `file:line:column` of an offset in an analysed file.
fn place(analysis: &Analysis, file: &str, offset: u32) -> String {
    let Some(index) = analysis.file_index(file) else {
        return file.to_owned();
    };
    let position = analysis
        .line_index(index)
        .line_column(&analysis.sources[index], offset);
    format!("{file}:{}:{}", position.line, position.column + 1)
}

/// Each pattern and what it sets; gives how many (element, property) edits a person would make.
fn write_changes(out: &mut String, chosen: &[Chosen<'_>]) -> usize {
    let mut by_hand = 0;
    for change in chosen {
        let pattern = change.pattern;
        let _ = writeln!(
            out,
            "pattern {}  {}: {} in {}",
            pattern.id,
            pattern.name,
            crate::counted(pattern.members.len(), "member", "members"),
            crate::counted(pattern.elements(), "place", "places")
        );
        for set in &change.sets {
            let places: usize = pattern
                .members
                .iter()
                .enumerate()
                .filter(|(index, _)| set.is_for(*index))
                .map(|(_, member)| 1 + member.uses.len())
                .sum();
            by_hand += places;
            let _ = writeln!(
                out,
                "  {} {}{}{} = {}{}",
                if set.members.is_some() {
                    "normalize"
                } else {
                    "set"
                },
                set.property,
                set.state.as_deref().unwrap_or_default(),
                match set.theme {
                    // A drift is read in the base theme, which normalising says already.
                    Some(rebrand_rewrite::Theme::Light) if set.members.is_none() => "@light",
                    Some(rebrand_rewrite::Theme::Dark) => "@dark",
                    _ => "",
                },
                set.value,
                match &set.members {
                    Some(members) => format!(
                        " ({} drifting, {})",
                        crate::counted(members.len(), "member", "members"),
                        crate::counted(places, "place", "places")
                    ),
                    None => String::new(),
                }
            );
        }
    }
    by_hand
}

/// The preview: what changes, where, what else would, what is left to a person, and the diff.
fn pretty(
    analysis: &Analysis,
    chosen: &[Chosen<'_>],
    plan: &PatternPlan,
    edited: &[FileFix],
) -> String {
    let mut out = String::new();
    let by_hand = write_changes(&mut out, chosen);
    let _ = writeln!(
        out,
        "{} in {} (by hand: {by_hand}, one per element and property)",
        crate::counted(plan.edits.len(), "edit", "edits"),
        crate::counted(edited.len(), "file", "files"),
    );
    for edit in &plan.edits {
        let change = if edit.before.is_empty() {
            format!(
                "adds `{}`",
                edit.edit.replacement.trim_start_matches([';', ',']).trim()
            )
        } else {
            format!("`{}` → `{}`", edit.before, edit.edit.replacement)
        };
        let _ = writeln!(
            out,
            "  {} {} {change} ({}{} of the pattern)",
            place(analysis, &edit.path, edit.edit.range.start),
            edit.property,
            if edit.theme.is_some() {
                "the dark theme's value; "
            } else {
                ""
            },
            crate::counted(edit.elements, "element", "elements")
        );
    }
    if !plan.collateral.is_empty() {
        let _ = writeln!(
            out,
            "collateral: {} outside the pattern {} an edited declaration and would change too",
            crate::counted(plan.collateral.len(), "element", "elements"),
            if plan.collateral.len() == 1 {
                "shares"
            } else {
                "share"
            }
        );
        for element in &plan.collateral {
            let _ = writeln!(
                out,
                "  <{}> {} {}",
                element.name,
                place(analysis, &element.file, element.range.start),
                element.properties.join(", ")
            );
        }
    }
    if !plan.notes.is_empty() {
        let _ = writeln!(out, "left to a person:");
        for note in &plan.notes {
            let _ = writeln!(
                out,
                "  {} {}",
                place(analysis, &note.file, note.range.start),
                note.message
            );
        }
    }
    out.push('\n');
    out.push_str(&crate::fix::diff(edited));
    out
}

/// The plan as JSON, for review tools.
fn json(chosen: &[Chosen<'_>], plan: &PatternPlan) -> Result<String, String> {
    let patterns: Vec<serde_json::Value> = chosen
        .iter()
        .map(|change| {
            serde_json::json!({
                "id": change.pattern.id,
                "name": change.pattern.name,
                "set": change.sets,
            })
        })
        .collect();
    let mut text = serde_json::to_string(&serde_json::json!({
        "schema_version": rebrand_facts::SCHEMA_VERSION,
        "patterns": patterns,
        "plan": plan,
    }))
    .map_err(|error| format!("could not serialise the plan: {error}"))?;
    text.push('\n');
    Ok(text)
}
