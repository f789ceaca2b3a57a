//! `rebrand apply --pattern ID --set PROPERTY[:STATE]=VALUE`: one change to every member of a
//! pattern, planned at the declarations that win today (each edited once), previewed with the
//! elements outside the pattern it would change too, and written with `--write` as one
//! transaction — refused while it has collateral (unless `--allow-collateral`) or places the
//! planner left to a person.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use rebrand_edit::{apply_edits, Edit};
use rebrand_rewrite::{plan_pattern, PatternInput, PatternPlan, PatternSet};
use rebrand_values::ValueOptions;

use super::{write_transaction, ApplyArgs, ApplyFormat};
use crate::analyze::Analysis;
use crate::fix::FileFix;
use crate::{config, discover, transaction, write_output, Output};

pub(super) fn run(arguments: &ApplyArgs, wanted: &str) -> Result<ExitCode, String> {
    let sets = arguments
        .set
        .iter()
        .map(|text| PatternSet::parse(text))
        .collect::<Result<Vec<_>, _>>()?;
    let paths = arguments.paths();
    let loaded = config::load(arguments.config.as_deref(), &paths)?;
    let options = ValueOptions {
        root_font_px: loaded.config.root_font_size.unwrap_or(16.0),
    };
    let locked = if arguments.write {
        Some(transaction::lock_tree(&loaded.root)?)
    } else {
        None
    };
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
    let pattern = crate::patterns::find(&found, &analysis, wanted)?;
    let input = PatternInput {
        files: &analysis.files,
        sources: &analysis.sources,
        linked: &analysis.links,
    };
    let plan = plan_pattern(&input, pattern, &sets);
    let disk_paths: BTreeMap<&str, &Path> = discovery
        .files
        .iter()
        .map(|source| (source.display.as_str(), source.path.as_path()))
        .collect();
    let edited = edited_files(&analysis, &plan, &disk_paths)?;
    let rendered = match arguments.format {
        ApplyFormat::Json => json(pattern, &sets, &plan)?,
        ApplyFormat::Pretty => pretty(&analysis, pattern, &sets, &plan, &edited),
    };
    write_output(
        rendered.as_bytes(),
        Output::of(arguments.output.as_deref(), &loaded.root),
    )?;
    let Some((state, _lock)) = locked.filter(|_| !edited.is_empty()) else {
        std::mem::forget(analysis);
        let pending = arguments.check && !edited.is_empty();
        return Ok(if pending {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        });
    };
    if let Some(refusal) = refusal(arguments, &plan) {
        eprintln!("error: {refusal}; nothing was written");
        std::mem::forget(analysis);
        return Ok(ExitCode::from(1));
    }
    let code = write_transaction(arguments, &loaded.root, &state, &analysis, &edited, &pool);
    std::mem::forget(analysis);
    code
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
    let mut edited = Vec::new();
    for (file, edits) in by_file {
        let display = &analysis.files[file].path;
        let before = analysis.sources[file].to_string();
        let fixed = edits.len();
        let after = apply_edits(&before, edits)
            .map_err(|error| format!("`{display}`: {error}; this is a bug in rebrand"))?;
        let path = disk_paths
            .get(display.as_str())
            .ok_or_else(|| format!("`{display}` has no path on disk"))?;
        edited.push(FileFix {
            display: display.clone(),
            path: path.to_path_buf(),
            before,
            after,
            fixed,
        });
    }
    Ok(edited)
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

/// The preview: what changes, where, what else would, what is left to a person, and the diff.
fn pretty(
    analysis: &Analysis,
    pattern: &rebrand_patterns::Pattern,
    sets: &[PatternSet],
    plan: &PatternPlan,
    edited: &[FileFix],
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "pattern {}  {}: {} in {}",
        pattern.id,
        pattern.name,
        crate::counted(pattern.members.len(), "member", "members"),
        crate::counted(plan.elements, "place", "places")
    );
    for set in sets {
        let _ = writeln!(
            out,
            "  set {}{} = {}",
            set.property,
            set.state.as_deref().unwrap_or_default(),
            set.value
        );
    }
    let _ = writeln!(
        out,
        "{} in {} (by hand: {}, one per element and property)",
        crate::counted(plan.edits.len(), "edit", "edits"),
        crate::counted(edited.len(), "file", "files"),
        plan.elements * sets.len()
    );
    for edit in &plan.edits {
        let _ = writeln!(
            out,
            "  {} {} `{}` → `{}` ({} of the pattern)",
            place(analysis, &edit.path, edit.edit.range.start),
            edit.property,
            edit.before,
            edit.edit.replacement,
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
fn json(
    pattern: &rebrand_patterns::Pattern,
    sets: &[PatternSet],
    plan: &PatternPlan,
) -> Result<String, String> {
    let mut text = serde_json::to_string(&serde_json::json!({
        "schema_version": rebrand_facts::SCHEMA_VERSION,
        "pattern": { "id": pattern.id, "name": pattern.name },
        "set": sets,
        "plan": plan,
    }))
    .map_err(|error| format!("could not serialise the plan: {error}"))?;
    text.push('\n');
    Ok(text)
}
