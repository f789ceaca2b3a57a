//! `rebrand apply MIGRATION [PATH…]`: reads a theme migration and its token sets, plans the
//! edits over the analysed project, prints a summary and a unified diff (or the plan as JSON),
//! and with `--write` writes every edited file atomically, after re-parsing it.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rayon::prelude::*;
use rebrand_config::{Migration, TokenSource};
use rebrand_edit::apply_edits;
use rebrand_rewrite::{FilePlan, ThemeValues, TokenChange, TokenSet};
use rebrand_text::LineIndex;
use rebrand_tokens::{extract_design_tokens, DesignTokenFacts};
use rebrand_values::ValueOptions;

mod pattern;
mod pattern_values;
mod printed;

use printed::{document_mentions, json_plan, left_out_mentions, pretty, Mentions, Report};

use crate::analyze::Analysis;
use crate::fix::FileFix;
use crate::{config, discover, fix, transaction, write_output, Output};

/// The arguments of `rebrand apply`.
#[derive(clap::Args)]
#[allow(clippy::struct_excessive_bools)] // Each is an independent command-line flag.
pub struct ApplyArgs {
    /// The migration file (JSON; `migration.schema.json` describes it); with `--pattern`, the
    /// first file or directory to change.
    #[arg(required_unless_present = "pattern")]
    migration: Option<PathBuf>,
    /// Files or directories to migrate (default: the current directory).
    paths: Vec<PathBuf>,
    /// Change one pattern instead of applying a migration: its id (or the id's start), a name no
    /// other pattern has, or a member's position `FILE:LINE`.
    #[arg(long, requires = "set")]
    pattern: Option<String>,
    /// With `--pattern`: `PROPERTY[:STATE]=VALUE` to give every member (repeatable), edited once
    /// at each declaration that wins today.
    #[arg(long, requires = "pattern")]
    set: Vec<String>,
    /// For a pattern change (`--pattern`, or a migration's `patterns`) with `--write`: write
    /// even though elements outside the pattern share an edited declaration and would change
    /// too (they are listed in the preview).
    #[arg(long)]
    allow_collateral: bool,
    /// For a pattern change: where values are written. `shared` edits each winning declaration
    /// once, however many elements share it (elements outside the pattern are collateral);
    /// `member` writes a value on a member's own element instead wherever its source also
    /// styles elements outside the pattern, so nothing else changes.
    #[arg(long, value_enum, default_value_t = At::Shared)]
    at: At,
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
    /// Only migrate files matching this glob (repeatable), relative to the analysed directory.
    #[arg(long)]
    include: Vec<String>,
    /// Skip files matching this glob (repeatable).
    #[arg(long)]
    exclude: Vec<String>,
    /// Apply even when a renamed token would still be named somewhere the plan cannot edit.
    #[arg(long)]
    allow_dangling: bool,
    /// Exit 1 when the dry run plans edits: the migration is not applied yet (for CI).
    #[arg(long, conflicts_with = "write")]
    check: bool,
    /// Worker threads (default: one per core).
    #[arg(long)]
    threads: Option<usize>,
}

impl ApplyArgs {
    /// With `--write`, the tree's lock, taken before planning: a second apply on the same tree
    /// waits for the first, then plans over what the first one wrote.
    fn lock(
        &self,
        root: &rebrand_io::ProjectRoot,
    ) -> Result<Option<(rebrand_io::StateDirectory, rebrand_io::ApplyLock)>, String> {
        if self.write {
            transaction::lock_tree(root).map(Some)
        } else {
            Ok(None)
        }
    }

    /// The files and directories to change: those given, the current directory when none is.
    /// With `--pattern` there is no migration file, and the first positional is a path.
    fn paths(&self) -> Vec<PathBuf> {
        let mut paths: Vec<PathBuf> = if self.pattern.is_some() {
            self.migration.iter().chain(&self.paths).cloned().collect()
        } else {
            self.paths.clone()
        };
        if paths.is_empty() {
            paths.push(PathBuf::from("."));
        }
        paths
    }
}

/// Where a pattern change writes its values.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum At {
    /// At each shared source, once.
    Shared,
    /// On the member's own element where a shared source reaches other elements.
    Member,
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
    themes: Vec<ThemeValues>,
    token_files: Vec<PathBuf>,
    loaded: config::Loaded,
    options: ValueOptions,
}

/// Reads the migration file; one that is not valid stops here, with the place it is wrong.
fn read_migration(arguments: &ApplyArgs) -> Result<(Migration, &Path), String> {
    let migration_path = arguments
        .migration
        .as_deref()
        .ok_or("a migration file or `--pattern` is needed")?;
    let migration_text =
        rebrand_io::read_input(migration_path, rebrand_io::CONFIGURATION_LIMIT, "migration")
            .map_err(|error| error.to_string())?;
    let migration = Migration::parse(&migration_text).map_err(|error| {
        config::render_error(
            migration_path,
            &migration_text,
            &error,
            "migration",
            "`migration.schema.json` describes every key",
        )
    })?;
    Ok((migration, migration_path))
}

/// Reads the migration's token sets and the configuration, and works out the changes; a
/// migration that is wrong stops here, before anything is analysed.
fn prepare(
    arguments: &ApplyArgs,
    migration: Migration,
    migration_path: &Path,
) -> Result<Prepared, String> {
    let base = migration_path.parent().unwrap_or_else(|| Path::new("."));
    let loaded = config::load(arguments.config.as_deref(), &arguments.paths())?;
    let options = ValueOptions {
        root_font_px: loaded.config.root_font_size.unwrap_or(16.0),
    };
    let (Some(from_source), Some(to_source)) = (&migration.from, &migration.to) else {
        return Err("a token migration needs `from` and `to`".to_owned());
    };
    let from = load_set(base, from_source, options)?;
    let to = load_set(base, to_source, options)?;
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
            migration_path.display()
        );
        return Err(message);
    }
    let mut themes = Vec::new();
    let mut theme_files = Vec::new();
    for (name, theme) in &migration.themes {
        let loaded = load_set(base, &theme.to, options)?;
        for problem in &loaded.set.problems {
            eprintln!("warning: theme `{name}`: {problem}");
        }
        theme_files.extend(loaded.files);
        themes.push(ThemeValues {
            name: name.clone(),
            when: theme.when.clone(),
            set: loaded.set,
        });
    }
    let token_files = from
        .files
        .iter()
        .chain(&to.files)
        .chain(&theme_files)
        .filter_map(|path| path.canonicalize().ok())
        .collect();
    Ok(Prepared {
        migration,
        changes,
        themes,
        token_files,
        loaded,
        options,
    })
}

pub fn run(arguments: &ApplyArgs) -> Result<ExitCode, String> {
    if let Some(pattern) = &arguments.pattern {
        return pattern::run_flags(arguments, pattern);
    }
    let (migration, migration_path) = read_migration(arguments)?;
    if !migration.patterns.is_empty() {
        if migration.from.is_some() {
            return Err(format!(
                "`{}` migrates tokens (`from`) and changes patterns (`patterns`): apply them as two files, the token migration first, so that each change is planned on what the other wrote",
                migration_path.display()
            ));
        }
        return pattern::run_file(arguments, &migration, migration_path);
    }
    let Prepared {
        migration,
        changes,
        themes,
        token_files,
        loaded,
        options,
    } = prepare(arguments, migration, migration_path)?;
    let locked = arguments.lock(&loaded.root)?;
    let threads = crate::thread_count(arguments.threads);
    let pool = crate::worker_pool(threads)?;
    // Files left out with `--include`/`--exclude` are analysed for context and never edited:
    // a renamed token they still name is reported as dangling.
    let filters = crate::filters_of(&loaded, &[], &[]);
    let discovery = discover::discover(&arguments.paths(), &filters, threads)?;
    let selected = discover::Filters {
        include: arguments.include.clone(),
        exclude: arguments.exclude.clone(),
    }
    .matcher()?;
    let analysis = pool.install(|| {
        crate::analyze::analyze(
            &discovery,
            options,
            rebrand_patterns::PatternOptions::default(),
            &|| {},
        )
    });
    let (outside, frozen) = unedited_files(&discovery, &analysis, &token_files, &selected);
    let tailwind_defaults = if discovery.uses_tailwind {
        tailwind_defaults(&migration, &changes, options)
    } else {
        Vec::new()
    };
    let input = rebrand_rewrite::PlanInput {
        files: &analysis.files,
        sources: &analysis.sources,
        changes: &changes,
        migration: &migration,
        frozen: &frozen,
        value_options: options,
        tailwind_defaults: &tailwind_defaults,
        themes: &themes,
    };
    let plans = pool.install(|| rebrand_rewrite::plan(&input));
    let mentions = document_mentions(&input, &discovery.documents);
    let (plans, left_out) = left_out_mentions(plans, &analysis, &changes, &outside);
    let disk_paths: BTreeMap<&str, &Path> = discovery
        .files
        .iter()
        .map(|source| (source.display.as_str(), source.path.as_path()))
        .collect();
    let edited = edited_files(&analysis, &plans, &disk_paths)?;
    let report = Report {
        migration: arguments.migration.as_deref().unwrap_or(Path::new(".")),
        analysis: &analysis,
        changes: &changes,
        plans: &plans,
        mentions: &mentions,
        left_out: &left_out,
    };
    let rendered = match arguments.format {
        ApplyFormat::Json => json_plan(&report),
        ApplyFormat::Pretty => pretty(&report, &edited, arguments.write),
    };
    write_output(
        rendered.as_bytes(),
        Output::of(arguments.output.as_deref(), &loaded.root),
    )?;
    if refuse_dangling(arguments, &plans, &left_out) {
        std::mem::forget(analysis);
        return Ok(ExitCode::from(1));
    }
    let Some((state, _lock)) = locked.filter(|_| !edited.is_empty()) else {
        std::mem::forget(analysis);
        return Ok(dry_run_exit(arguments, &edited));
    };
    let code = write_transaction(arguments, &loaded.root, &state, &analysis, &edited, &pool);
    std::mem::forget(analysis);
    code
}

/// How a run that writes nothing exits: a dry run is a check with `--check`, and edits still
/// pending fail it, as `ruff --diff` does.
fn dry_run_exit(arguments: &ApplyArgs, edited: &[FileFix]) -> ExitCode {
    if arguments.check && !edited.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The files the plan must not edit: (those left out with `--include`/`--exclude`, the
/// migration's own token files). The left-out files are planned like the others, so that every
/// rename the plan would make there — a `var()`, an SCSS variable, a Tailwind class — is known.
fn unedited_files(
    discovery: &discover::Discovery,
    analysis: &Analysis,
    token_files: &[PathBuf],
    selected: &impl Fn(&str) -> bool,
) -> (Vec<usize>, Vec<usize>) {
    let outside: Vec<usize> = discovery
        .files
        .iter()
        .filter(|source| !selected(&source.display))
        .filter_map(|source| analysis.file_index(&source.display))
        .collect();
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
    (outside, frozen)
}

/// Whether the apply stops because a renamed token would still be named somewhere the plan does
/// not edit, saying so.
fn refuse_dangling(arguments: &ApplyArgs, plans: &[FilePlan], left_out: &[Mentions]) -> bool {
    let dangling: usize = plans.iter().map(|plan| plan.dangling.len()).sum::<usize>()
        + left_out.iter().map(|file| file.places.len()).sum::<usize>();
    if dangling == 0 || arguments.allow_dangling {
        return false;
    }
    let places = crate::counted(dangling, "place", "places");
    if arguments.write {
        eprintln!(
            "error: {places} would still name a renamed token after this migration; nothing was written (pass --allow-dangling to apply anyway)"
        );
    } else {
        eprintln!(
            "warning: {places} would still name a renamed token after this migration; --write will refuse it (pass --allow-dangling to apply anyway)"
        );
    }
    arguments.write
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
            transaction::refuse_dirty_tree(root, &arguments.paths(), earlier)
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
    file_fixes(
        analysis,
        plans
            .iter()
            .filter(|plan| !plan.places.is_empty())
            .map(|plan| (plan.file, plan.edits())),
        disk_paths,
    )
}

/// Per analysed file and the edits to make in it, its text before and after.
fn file_fixes(
    analysis: &Analysis,
    edits: impl IntoIterator<Item = (usize, Vec<rebrand_edit::Edit>)>,
    disk_paths: &BTreeMap<&str, &Path>,
) -> Result<Vec<FileFix>, String> {
    let mut edited = Vec::new();
    for (file, edits) in edits {
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
