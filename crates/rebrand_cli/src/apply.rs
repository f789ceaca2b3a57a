//! `rebrand apply MIGRATION [PATH…]`: reads a theme migration and its token sets, plans the
//! edits over the analysed project, prints a summary and a unified diff (or the plan as JSON),
//! and with `--write` writes every edited file atomically, after re-parsing it.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rayon::prelude::*;
use rebrand_config::{Migration, TokenSource};
use rebrand_edit::{apply_edits, unified_diff};
use rebrand_rewrite::{FilePlan, TokenChange, TokenSet};
use rebrand_text::LineIndex;
use rebrand_tokens::{extract_design_tokens, DesignTokenFacts};
use rebrand_values::ValueOptions;
use serde_json::json;

use crate::analyze::Analysis;
use crate::fix::FileFix;
use crate::{config, discover, fix, transaction, write_output, Output};

/// The arguments of `rebrand apply`.
#[derive(clap::Args)]
pub struct ApplyArgs {
    /// The migration file (JSON; `migration.schema.json` describes it).
    migration: PathBuf,
    /// Files or directories to migrate.
    #[arg(default_value = ".")]
    paths: Vec<PathBuf>,
    /// Write the edits; without it nothing is written and the diff is printed.
    #[arg(long)]
    write: bool,
    /// Write even when the git working tree has uncommitted changes.
    #[arg(long)]
    allow_dirty: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ApplyFormat::Pretty)]
    format: ApplyFormat,
    /// Write the summary and diff (or JSON plan) to this file instead of standard output.
    #[arg(long)]
    output: Option<PathBuf>,
    /// The configuration file (include/exclude globs, `rootFontSize`).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(long)]
    threads: Option<usize>,
}

/// How the plan is printed.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ApplyFormat {
    /// A summary, the notes and a unified diff.
    Pretty,
    /// The plan: changes, places with their edits, notes.
    Json,
}

/// A token set as read: the files it came from and their tokens.
struct LoadedSet {
    set: TokenSet,
    files: Vec<PathBuf>,
}

/// A migration read and understood: what changes, and which files hold its token sets.
struct Prepared {
    migration: Migration,
    changes: Vec<TokenChange>,
    token_files: Vec<PathBuf>,
    loaded: config::Loaded,
    options: ValueOptions,
}

/// Reads the migration, its token sets and the configuration, and works out the changes; a
/// migration that is wrong stops here, before anything is analysed.
fn prepare(arguments: &ApplyArgs) -> Result<Prepared, String> {
    let migration_text = rebrand_io::read_input(
        &arguments.migration,
        rebrand_io::CONFIGURATION_LIMIT,
        "migration",
    )
    .map_err(|error| error.to_string())?;
    let migration = Migration::parse(&migration_text).map_err(|error| {
        config::render_error(
            &arguments.migration,
            &migration_text,
            &error,
            "migration",
            "`migration.schema.json` describes every key",
        )
    })?;
    let base = arguments
        .migration
        .parent()
        .unwrap_or_else(|| Path::new("."));
    let loaded = config::load(arguments.config.as_deref(), &arguments.paths)?;
    let options = ValueOptions {
        root_font_px: loaded.config.root_font_size.unwrap_or(16.0),
    };
    let from = load_set(base, &migration.from, options)?;
    let to = load_set(base, &migration.to, options)?;
    for problem in from.set.problems.iter().chain(&to.set.problems) {
        eprintln!("warning: {problem}");
    }
    let (changes, problems) = rebrand_rewrite::changes(&from.set, &to.set, &migration, options);
    if !problems.is_empty() {
        let mut message = String::new();
        for problem in &problems {
            let _ = writeln!(message, "error: {problem}");
        }
        let _ = writeln!(
            message,
            "the migration `{}` was not applied; nothing was written",
            arguments.migration.display()
        );
        return Err(message);
    }
    let token_files = from
        .files
        .iter()
        .chain(&to.files)
        .filter_map(|path| path.canonicalize().ok())
        .collect();
    Ok(Prepared {
        migration,
        changes,
        token_files,
        loaded,
        options,
    })
}

pub fn run(arguments: &ApplyArgs) -> Result<ExitCode, String> {
    let Prepared {
        migration,
        changes,
        token_files,
        loaded,
        options,
    } = prepare(arguments)?;
    // With `--write` the lock is taken before planning: a second apply on the same tree waits
    // for the first, then plans over what the first one wrote.
    let locked = if arguments.write {
        Some(transaction::lock_tree(&loaded.root)?)
    } else {
        None
    };
    let threads = crate::thread_count(arguments.threads);
    let pool = crate::worker_pool(threads)?;
    let filters = crate::filters_of(&loaded, &[], &[]);
    let discovery = discover::discover(&arguments.paths, &filters, threads)?;
    let analysis = pool.install(|| {
        crate::analyze::analyze(
            &discovery,
            options,
            rebrand_patterns::PatternOptions::default(),
            &|| {},
        )
    });
    let frozen: Vec<usize> = discovery
        .files
        .iter()
        // Only a file of the same name can be a token file: the rest are not canonicalised.
        .filter(|source| {
            token_files
                .iter()
                .any(|token_file| token_file.file_name() == source.path.file_name())
                && source
                    .path
                    .canonicalize()
                    .is_ok_and(|path| token_files.contains(&path))
        })
        .filter_map(|source| analysis.file_index(&source.display))
        .collect();
    let tailwind_defaults = if discovery.uses_tailwind {
        tailwind_defaults(&migration, &changes, options)
    } else {
        Vec::new()
    };
    let plans = pool.install(|| {
        rebrand_rewrite::plan(&rebrand_rewrite::PlanInput {
            files: &analysis.files,
            sources: &analysis.sources,
            changes: &changes,
            migration: &migration,
            frozen: &frozen,
            value_options: options,
            tailwind_defaults: &tailwind_defaults,
        })
    });
    let disk_paths: BTreeMap<&str, &Path> = discovery
        .files
        .iter()
        .map(|source| (source.display.as_str(), source.path.as_path()))
        .collect();
    let edited = edited_files(&analysis, &plans, &disk_paths)?;
    let rendered = match arguments.format {
        ApplyFormat::Json => json_plan(&arguments.migration, &analysis, &changes, &plans),
        ApplyFormat::Pretty => pretty(
            &arguments.migration,
            &analysis,
            &changes,
            &plans,
            &edited,
            arguments.write,
        ),
    };
    write_output(
        rendered.as_bytes(),
        Output::of(arguments.output.as_deref(), &loaded.root),
    )?;
    let Some((state, _lock)) = locked.filter(|_| !edited.is_empty()) else {
        std::mem::forget(analysis);
        return Ok(ExitCode::SUCCESS);
    };
    let code = write_transaction(arguments, &loaded.root, &state, &analysis, &edited, &pool);
    std::mem::forget(analysis);
    code
}

/// Writes the edited files as one transaction: refusals before the first write (a migration
/// lands whole or not at all), then the dirty-tree check and the journal, then the writes.
fn write_transaction(
    arguments: &ApplyArgs,
    root: &rebrand_io::ProjectRoot,
    state: &rebrand_io::StateDirectory,
    analysis: &Analysis,
    edited: &[FileFix],
    pool: &rayon::ThreadPool,
) -> Result<ExitCode, String> {
    let refused = transaction::unwritable(root, edited);
    if !refused.is_empty() {
        for reason in &refused {
            eprintln!("error: {reason}");
        }
        eprintln!("nothing was written");
        return Ok(ExitCode::from(1));
    }
    transaction::begin(state, root, edited, |earlier| {
        if arguments.allow_dirty {
            Ok(())
        } else {
            transaction::refuse_dirty_tree(root, &arguments.paths, earlier)
        }
    })?;
    let failures = write_all(analysis, edited, root, pool);
    Ok(if failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Writes every edited file (each re-parsed first, atomically, in parallel); the number that
/// failed, each reported in path order.
fn write_all(
    analysis: &Analysis,
    edited: &[FileFix],
    root: &rebrand_io::ProjectRoot,
    pool: &rayon::ThreadPool,
) -> usize {
    let failures: Vec<String> = pool.install(|| {
        edited
            .par_iter()
            .filter_map(|file| fix::write(analysis, file, root).err())
            .collect()
    });
    for failure in &failures {
        eprintln!("error: {failure}");
    }
    eprintln!(
        "wrote {} of {} files",
        edited.len() - failures.len(),
        edited.len()
    );
    failures.len()
}

/// Tailwind's own theme variables that the new tokens are spelled as (`color.indigo.600` →
/// `--color-indigo-600`), with the value Tailwind gives them, read from the utility that uses
/// each: a class can then name the new token though the project's `@theme` does not define it.
fn tailwind_defaults(
    migration: &Migration,
    changes: &[TokenChange],
    options: ValueOptions,
) -> Vec<(String, rebrand_facts::Value)> {
    let Some(rule) = &migration.naming.tailwind else {
        return Vec::new();
    };
    let expander = rebrand_tailwind::TailwindExpander::new(options, &[]);
    let mut defaults: Vec<(String, rebrand_facts::Value)> = changes
        .iter()
        .filter_map(|change| {
            let variable = rule.spell(change.new.as_deref()?);
            let namespace = variable.strip_prefix("--")?;
            let class = [
                ("color-", "bg-"),
                ("radius-", "rounded-"),
                ("text-", "text-"),
            ]
            .iter()
            .find_map(|(prefix, utility)| {
                namespace
                    .strip_prefix(prefix)
                    .map(|key| format!("{utility}{key}"))
            })?;
            let range = rebrand_text::TextRange::from_usize(0, class.len());
            let value = expander
                .expand(&class, range, None, None)
                .into_iter()
                .next()?
                .value;
            Some((variable, value))
        })
        .collect();
    defaults.sort_by(|a, b| a.0.cmp(&b.0));
    defaults.dedup_by(|a, b| a.0 == b.0);
    defaults
}

/// Reads a token source: its files (relative to the migration) or its resolver's.
fn load_set(base: &Path, source: &TokenSource, options: ValueOptions) -> Result<LoadedSet, String> {
    let mut files: Vec<PathBuf> = Vec::new();
    let mut inline: Vec<(usize, String)> = Vec::new();
    let mut resolver_file = None;
    match source {
        TokenSource::File(path) => files.push(base.join(path)),
        TokenSource::Files(paths) => files.extend(paths.iter().map(|path| base.join(path))),
        TokenSource::Resolver { resolver, context } => {
            let path = base.join(resolver);
            let text = rebrand_io::read_input(&path, rebrand_io::CONFIGURATION_LIMIT, "resolver")
                .map_err(|error| error.to_string())?;
            let directory = path.parent().unwrap_or_else(|| Path::new("."));
            let sources = rebrand_rewrite::resolver_sources(&text, context)
                .map_err(|error| format!("`{}`: {error}", path.display()))?;
            for source in sources {
                match source {
                    rebrand_rewrite::ResolverSource::File(file) => files.push(directory.join(file)),
                    // Inline tokens are merged where they stand in the resolution order.
                    rebrand_rewrite::ResolverSource::Inline(json) => {
                        inline.push((files.len(), json));
                    }
                }
            }
            resolver_file = Some(path);
        }
    }
    let mut facts = Vec::new();
    let mut inline = inline.into_iter().peekable();
    for (position, path) in files.iter().enumerate() {
        while let Some((_, json)) = inline.next_if(|(at, _)| *at == position) {
            let name = resolver_file
                .as_deref()
                .unwrap_or(path)
                .display()
                .to_string();
            facts.push(checked(&name, &json, options)?);
        }
        let text = rebrand_io::read_input(path, rebrand_io::TOKEN_FILE_LIMIT, "token file")
            .map_err(|error| error.to_string())?;
        facts.push(checked(&path.display().to_string(), &text, options)?);
    }
    for (_, json) in inline {
        let name = resolver_file
            .as_deref()
            .map_or_else(String::new, |path| path.display().to_string());
        facts.push(checked(&name, &json, options)?);
    }
    files.extend(resolver_file);
    Ok(LoadedSet {
        set: TokenSet::merge(&facts),
        files,
    })
}

/// A token file's tokens; a file that is not valid JSON stops the migration, and every other
/// problem (a value of the wrong `$type`) is printed as a warning with its place.
fn checked(name: &str, text: &str, options: ValueOptions) -> Result<DesignTokenFacts, String> {
    let facts = extract_design_tokens(text, options);
    let index = LineIndex::new(text);
    let located = |problem: &rebrand_facts::Problem| {
        let position = index.line_column(text, problem.range.start);
        format!(
            "{name}:{}:{}: {}",
            position.line,
            position.column + 1,
            problem.message
        )
    };
    for problem in &facts.problems {
        if problem.severity == rebrand_facts::Severity::Error {
            return Err(located(problem));
        }
        eprintln!("warning: {}", located(problem));
    }
    Ok(facts)
}

/// The new text of every file the plan edits.
fn edited_files(
    analysis: &Analysis,
    plans: &[FilePlan],
    disk_paths: &BTreeMap<&str, &Path>,
) -> Result<Vec<FileFix>, String> {
    let mut edited = Vec::new();
    for plan in plans.iter().filter(|plan| !plan.places.is_empty()) {
        let display = &analysis.files[plan.file].path;
        let before = analysis.sources[plan.file].to_string();
        let after = apply_edits(&before, plan.edits())
            .map_err(|error| format!("`{display}`: {error}; this is a bug in rebrand"))?;
        let path = disk_paths
            .get(display.as_str())
            .ok_or_else(|| format!("`{display}` has no path on disk"))?;
        edited.push(FileFix {
            display: display.clone(),
            path: path.to_path_buf(),
            before,
            after,
            fixed: plan.places.len(),
        });
    }
    Ok(edited)
}

/// `old → new` for people.
fn describe(change: &TokenChange) -> String {
    let values = match (change.old_css(), change.new_css()) {
        (Some(old), Some(new)) if old != new => format!(" ({old} → {new})"),
        _ => String::new(),
    };
    match &change.new {
        Some(new) if new != &change.old => format!("{} → {new}{values}", change.old),
        Some(_) => format!("{}{values}", change.old),
        None => format!("{} → removed", change.old),
    }
}

fn pretty(
    migration: &Path,
    analysis: &Analysis,
    changes: &[TokenChange],
    plans: &[FilePlan],
    edited: &[FileFix],
    write: bool,
) -> String {
    let mut text = String::new();
    let _ = writeln!(text, "rebrand apply {}", migration.display());
    let mut places_by_change = vec![0usize; changes.len()];
    let mut syntaxes: BTreeMap<&str, usize> = BTreeMap::new();
    for place in plans.iter().flat_map(|plan| &plan.places) {
        places_by_change[place.change] += 1;
        *syntaxes.entry(place.syntax).or_default() += 1;
    }
    let _ = writeln!(text, "\n{} token changes:", changes.len());
    for (change, places) in changes.iter().zip(&places_by_change) {
        let _ = writeln!(text, "  {:<60} {places} places", describe(change));
    }
    let places: usize = places_by_change.iter().sum();
    let by_syntax: Vec<String> = syntaxes
        .iter()
        .map(|(syntax, count)| format!("{syntax} {count}"))
        .collect();
    let _ = writeln!(
        text,
        "\n{places} places in {} files ({})",
        edited.len(),
        if by_syntax.is_empty() {
            "nothing to edit".to_owned()
        } else {
            by_syntax.join(", ")
        }
    );
    let notes: Vec<(&str, &rebrand_rewrite::Note)> = plans
        .iter()
        .flat_map(|plan| {
            plan.notes
                .iter()
                .map(|note| (analysis.files[plan.file].path.as_str(), note))
        })
        .collect();
    if !notes.is_empty() {
        let _ = writeln!(text, "\n{} places need a person:", notes.len());
        for (path, note) in notes {
            let source = analysis
                .file_index(path)
                .map_or("", |index| &*analysis.sources[index]);
            let position = LineIndex::new(source).line_column(source, note.range.start);
            let _ = writeln!(
                text,
                "  {path}:{}:{}: {}",
                position.line,
                position.column + 1,
                note.message
            );
        }
    }
    let _ = writeln!(
        text,
        "\n{}",
        if write {
            "writing the files below"
        } else {
            "dry run: nothing was written; run again with --write to apply"
        }
    );
    for file in edited {
        text.push('\n');
        text.push_str(&unified_diff(&file.display, &file.before, &file.after));
    }
    text
}

fn json_plan(
    migration: &Path,
    analysis: &Analysis,
    changes: &[TokenChange],
    plans: &[FilePlan],
) -> String {
    let files: Vec<serde_json::Value> = plans
        .iter()
        .map(|plan| {
            let source = &*analysis.sources[plan.file];
            let index = LineIndex::new(source);
            let position = |offset: u32| {
                let at = index.line_column(source, offset);
                json!({ "line": at.line, "column": at.column + 1 })
            };
            let places: Vec<serde_json::Value> = plan
                .places
                .iter()
                .map(|place| {
                    json!({
                        "change": place.change,
                        "kind": place.kind,
                        "syntax": place.syntax,
                        "range": place.edit.range,
                        "start": position(place.edit.range.start),
                        "before": place.before,
                        "after": place.edit.replacement,
                    })
                })
                .collect();
            let notes: Vec<serde_json::Value> = plan
                .notes
                .iter()
                .map(|note| {
                    json!({
                        "change": note.change,
                        "range": note.range,
                        "start": position(note.range.start),
                        "message": note.message,
                    })
                })
                .collect();
            json!({
                "path": analysis.files[plan.file].path,
                "places": places,
                "notes": notes,
            })
        })
        .collect();
    let changes: Vec<serde_json::Value> = changes
        .iter()
        .map(|change| {
            json!({
                "old": change.old,
                "new": change.new,
                "raw": change.raw,
                "reason": change.reason,
                "old_value": change.old_css(),
                "new_value": change.new_css(),
            })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&json!({
        "schema_version": rebrand_facts::SCHEMA_VERSION,
        "migration": migration.display().to_string(),
        "changes": changes,
        "files": files,
    }))
    .unwrap_or_default();
    text.push('\n');
    text
}
