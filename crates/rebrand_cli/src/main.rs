//! The `rebrand` command: parses a React/CSS codebase into style facts and reports on them.
//!
//! This is the only crate that prints or touches the terminal; every other crate returns plain
//! data. Exit codes: 0 when no error-level problem was found, 1 when one was, 2 for usage,
//! configuration or internal errors.

mod add_ignore;
mod analyze;
mod apply;
mod config;
mod discover;
mod explain;
mod findings;
mod fix;
mod init;
mod json;
mod machine;
mod partial;
mod patterns;
mod report;
mod selection;
mod summary;
mod transaction;

use std::fmt::Write as _;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use rebrand_config::Level;
use rebrand_values::ValueOptions;

use crate::discover::Filters;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "rebrand",
    version = env!("REBRAND_VERSION"),
    about = "Design-abstraction linter and rebrand engine for React/CSS codebases"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse every style source under PATH into facts and report on them.
    Analyze(AnalyzeArgs),
    /// Show one JSX element's role, behaviour and effective style, with where each value comes from.
    Explain(ExplainArgs),
    /// List the interaction patterns: elements that behave and look alike, whatever their syntax.
    Patterns(PatternsArgs),
    /// List the lint rules, or print one rule's documentation.
    Rules(RulesArgs),
    /// Migrate the project from old to new design tokens: a summary and a diff, `--write` applies.
    Apply(apply::ApplyArgs),
    /// Write a commented `rebrand.jsonc` for the project: its token files, excludes, rule levels.
    Init(init::InitArgs),
}

#[derive(clap::Args)]
struct RulesArgs {
    /// The rule to document; all rules are listed when absent.
    name: Option<String>,
}

#[derive(clap::Args)]
struct PatternsArgs {
    /// Files or directories to analyse.
    #[arg(default_value = ".")]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = PatternsFormat::Pretty)]
    format: PatternsFormat,
    /// Show only this pattern — by id (or its start), by its name when no other pattern has it,
    /// or by a member's position (`src/Button.tsx:12`) — with its members marked in their files.
    #[arg(long)]
    show: Option<String>,
    /// Minimum look similarity (Jaccard, 0 to 1) between every two member groups
    /// [default: `patterns.similarity` of the configuration, else 0.6].
    #[arg(long)]
    similarity: Option<f64>,
    /// Minimum members for a pattern to be listed
    /// [default: `patterns.minMembers` of the configuration, else 2].
    #[arg(long)]
    min_members: Option<usize>,
    /// The configuration file [default: the first `rebrand.json`/`rebrand.jsonc` found from the
    /// analysed directory up, then from the working directory up].
    #[arg(long)]
    config: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(long)]
    threads: Option<usize>,
    /// When to use colour.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

#[derive(clap::Args)]
struct ExplainArgs {
    /// The element: `FILE:LINE` or `FILE:LINE:COLUMN` (one-based).
    position: String,
    /// The project to analyse for the styles that reach it (default: the file's project — the
    /// directory of the nearest `rebrand.json`, else the git top level, else the nearest
    /// `package.json` workspace root or package; never above it).
    #[arg(long)]
    root: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(long)]
    threads: Option<usize>,
    /// Root font size in px, which sizes `rem`.
    #[arg(long, default_value_t = 16.0)]
    root_font_size: f64,
    /// When to use colour.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

#[derive(clap::Args)]
#[allow(clippy::struct_excessive_bools)] // Each is an independent command-line flag.
struct AnalyzeArgs {
    /// Files or directories to analyse.
    #[arg(default_value = ".")]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, alias = "output-format", value_enum, default_value_t = Format::Pretty)]
    format: Format,
    /// Write the report to this file instead of standard output.
    #[arg(long)]
    output: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(long)]
    threads: Option<usize>,
    /// Only analyse files matching this glob (repeatable), relative to the analysed directory.
    #[arg(long)]
    include: Vec<String>,
    /// Skip files matching this glob (repeatable).
    #[arg(long)]
    exclude: Vec<String>,
    /// Root font size in px, which sizes `rem` [default: `rootFontSize` of the configuration,
    /// else 16].
    #[arg(long)]
    root_font_size: Option<f64>,
    /// The configuration file [default: the first `rebrand.json`/`rebrand.jsonc` found from the
    /// analysed directory up, then from the working directory up].
    #[arg(long)]
    config: Option<PathBuf>,
    /// Apply safe fixes, re-checking until nothing changes (at most 10 rounds).
    #[arg(long)]
    fix: bool,
    /// With --fix or --diff, also apply unsafe fixes (they may change how something looks).
    #[arg(long)]
    unsafe_fixes: bool,
    /// Print the fixes as a unified diff instead of writing them (one round).
    #[arg(long, conflicts_with = "fix")]
    diff: bool,
    /// Write a `rebrand-ignore-next-line RULE: TODO` comment above every current finding (when
    /// adopting rebrand on an existing code base), then report what remains.
    #[arg(long, conflicts_with_all = ["fix", "diff"])]
    add_ignore: bool,
    /// Report only findings that are not in this baseline file.
    #[arg(long)]
    baseline: Option<PathBuf>,
    /// Write every current finding to this baseline file and exit successfully.
    #[arg(long, conflicts_with = "baseline")]
    write_baseline: Option<PathBuf>,
    /// Report errors only, and print nothing when there is none (no summary, no progress bar).
    #[arg(long)]
    quiet: bool,
    /// When to use colour.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Also report findings in files of this path class (`test`, `fixture`, `story`, `example`,
    /// `docs`, `generated`, `vendored`, or `all`); by default only the product's source is.
    #[arg(long, value_name = "CLASS")]
    include_class: Vec<String>,
    /// Also report findings in files no entry point imports (modules only tests, or nothing,
    /// load, and what only they import); by default they are counted in a note.
    #[arg(long)]
    include_unreachable: bool,
    /// Exit 1 when there are more than this many warnings (`--max-warnings`, as eslint has it).
    #[arg(long, value_name = "N")]
    max_warnings: Option<usize>,
    /// Exit 0 whatever is found (usage and configuration errors still exit 2).
    #[arg(long)]
    exit_zero: bool,
    /// Report only these rules (comma-separated or repeated); a rule the configuration turns off
    /// runs at its default level.
    #[arg(long, value_delimiter = ',', value_name = "RULE")]
    select: Vec<String>,
    /// Report these rules too, on top of `--select` or of every rule the configuration enables;
    /// a rule the configuration turns off runs at its default level.
    #[arg(long, value_delimiter = ',', value_name = "RULE")]
    extend_select: Vec<String>,
    /// Do not report these rules (comma-separated or repeated).
    #[arg(long, value_delimiter = ',', value_name = "RULE")]
    ignore: Vec<String>,
    /// Print the number of findings per rule (and how many `--fix` fixes) instead of the findings.
    #[arg(long)]
    statistics: bool,
}

/// What [`analyse_and_fix`] ended with.
enum Outcome {
    /// The analysis and the findings to report (after the fixes `--fix` or the suppressions
    /// `--add-ignore` wrote).
    Analysed(Box<analyze::Analysis>, Vec<rebrand_lint::LintDiagnostic>),
    /// `--diff` printed the pending fixes; whether there were any.
    Diffed { pending: bool },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// miette diagnostics and a summary, for people.
    Pretty,
    /// One line per finding (`path:line:col: rule message`) and a count, for scanning.
    Concise,
    /// Every fact and finding, in the versioned schema of `docs/json-schema.md`.
    Json,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// GitHub Actions annotations (workflow commands).
    Github,
    /// GitLab Code Quality JSON.
    Gitlab,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum PatternsFormat {
    /// A list for people; with --show, members marked in their files.
    Pretty,
    /// The patterns as JSON.
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether to colour output: `auto` colours a terminal on standard output, unless
    /// `NO_COLOR` is set or the output goes elsewhere (`to_stdout` false).
    fn enabled(self, to_stdout: bool) -> bool {
        match self {
            Self::Always => true,
            Self::Never => false,
            Self::Auto => {
                to_stdout
                    && std::io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none()
            }
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Analyze(arguments) => match run_analyze(&arguments) {
            Ok(code) => code,
            Err(message) => fail(&message),
        },
        Command::Patterns(arguments) => match run_patterns(&arguments) {
            Ok(code) => code,
            Err(message) => fail(&message),
        },
        Command::Explain(arguments) => match run_explain(&arguments) {
            Ok(code) => code,
            Err(message) => fail(&message),
        },
        Command::Rules(arguments) => match run_rules(&arguments) {
            Ok(code) => code,
            Err(message) => fail(&message),
        },
        Command::Apply(arguments) => match apply::run(&arguments) {
            Ok(code) => code,
            Err(message) => fail(&message),
        },
        Command::Init(arguments) => match init::run(&arguments) {
            Ok(code) => code,
            Err(message) => fail(&message),
        },
    }
}

/// Prints a usage, configuration or internal error; exit status 2. A rendered diagnostic (it
/// has several lines) is printed as it is.
fn fail(message: &str) -> ExitCode {
    if message.contains('\n') {
        eprint!("{message}");
    } else {
        eprintln!("error: {message}");
    }
    ExitCode::from(2)
}

fn run_rules(arguments: &RulesArgs) -> Result<ExitCode, String> {
    let text = if let Some(name) = &arguments.name {
        rebrand_lint::rule(name)
            .ok_or_else(|| format!("there is no rule `{name}`; `rebrand rules` lists them"))?
            .doc()
    } else {
        let mut text = String::new();
        for meta in &rebrand_lint::RULES {
            let _ = writeln!(
                text,
                "{:<32} {:<6} fix: {:<8} {}",
                meta.name,
                rebrand_lint::level_name(meta.default_level),
                meta.fix,
                meta.summary()
            );
        }
        text.push_str("\n`rebrand rules NAME` prints a rule's documentation.\n");
        text
    };
    write_output(text.as_bytes(), None)?;
    Ok(ExitCode::SUCCESS)
}

/// Streams the analysis as compact JSON: a large project's facts run to hundreds of megabytes,
/// which are never held in memory as one string.
fn write_json(
    analysis: &analyze::Analysis,
    findings: &[rebrand_lint::LintDiagnostic],
    partial: bool,
    output: Option<Output<'_>>,
) -> Result<(), String> {
    if let Some(output) = output {
        rebrand_io::write_file_with(output.root, output.path, |writer| {
            json::write_analysis(writer, analysis, findings, partial)
        })
        .map_err(|error| format!("could not write `{}`: {error}", output.path.display()))
    } else {
        let mut writer = std::io::BufWriter::new(std::io::stdout().lock());
        // A closed pipe (`rebrand analyze | head`) ends the output early; that is not an error.
        if json::write_analysis(&mut writer, analysis, findings, partial).is_ok() {
            let _ = writer.flush();
        }
        Ok(())
    }
}

/// A file named by `--output`, and the root it must lie in.
#[derive(Clone, Copy)]
struct Output<'a> {
    path: &'a Path,
    root: &'a rebrand_io::ProjectRoot,
}

impl<'a> Output<'a> {
    /// `--output`'s file, if one was named.
    fn of(path: Option<&'a Path>, root: &'a rebrand_io::ProjectRoot) -> Option<Self> {
        path.map(|path| Self { path, root })
    }
}

/// `1 warning`, `2 warnings`: a count with its noun in the right number.
fn counted(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

fn write_output(bytes: &[u8], output: Option<Output<'_>>) -> Result<(), String> {
    write_pieces(&[bytes], output)
}

/// Writes `pieces` one after the other to `output` (atomically, inside the project root), or
/// to standard output.
fn write_pieces(pieces: &[&[u8]], output: Option<Output<'_>>) -> Result<(), String> {
    if let Some(output) = output {
        rebrand_io::write_file_with(output.root, output.path, |writer| {
            pieces.iter().try_for_each(|piece| writer.write_all(piece))
        })
        .map_err(|error| format!("could not write `{}`: {error}", output.path.display()))
    } else {
        // A closed pipe (`rebrand analyze | head`) is not an error worth a message.
        let mut stdout = std::io::stdout().lock();
        let _ = pieces.iter().try_for_each(|piece| stdout.write_all(piece));
        Ok(())
    }
}

fn run_explain(arguments: &ExplainArgs) -> Result<ExitCode, String> {
    let position = explain::parse_position(&arguments.position)?;
    let file_path = Path::new(&position.file)
        .canonicalize()
        .map_err(|error| format!("`{}`: {error}", position.file))?;
    let named_root = arguments
        .root
        .clone()
        .unwrap_or_else(|| explain::project_of(&file_path));
    let root = named_root
        .canonicalize()
        .map_err(|error| format!("`{}`: {error}", named_root.display()))?;
    let relative = file_path
        .strip_prefix(&root)
        .map_err(|_| {
            format!(
                "`{}` is not inside `{}`; pass --root",
                position.file,
                root.display()
            )
        })?
        .to_string_lossy()
        .replace('\\', "/");
    let threads = thread_count(arguments.threads);
    let pool = worker_pool(threads)?;
    let discovery = discover::discover(std::slice::from_ref(&root), &Filters::default(), threads)?;
    let options = ValueOptions {
        root_font_px: arguments.root_font_size,
    };
    let analysis = pool.install(|| {
        analyze::analyze(
            &discovery,
            options,
            rebrand_patterns::PatternOptions::default(),
            &|| {},
        )
    });
    let file = analysis
        .files
        .iter()
        .find(|file| file.path == relative)
        .ok_or_else(|| format!("`{relative}` is not a file rebrand analyses"))?;
    let text =
        std::fs::read_to_string(&file_path).map_err(|error| format!("`{relative}`: {error}"))?;
    let color = arguments.color.enabled(true);
    let rendered = explain::render(&analysis, &root, file, &text, &position, color)?;
    write_output(rendered.as_bytes(), None)?;
    std::mem::forget(analysis);
    Ok(ExitCode::SUCCESS)
}

fn run_patterns(arguments: &PatternsArgs) -> Result<ExitCode, String> {
    let loaded = config::load(arguments.config.as_deref(), &arguments.paths)?;
    let similarity = arguments
        .similarity
        .unwrap_or(loaded.config.patterns.similarity);
    if !(0.0..=1.0).contains(&similarity) {
        return Err(format!(
            "--similarity must be between 0 and 1, not {similarity}"
        ));
    }
    let options = rebrand_patterns::PatternOptions {
        similarity,
        min_members: arguments
            .min_members
            .unwrap_or(loaded.config.patterns.min_members)
            .max(1),
    };
    let threads = thread_count(arguments.threads);
    let pool = worker_pool(threads)?;
    let discovery = discover::discover(&arguments.paths, &filters_of(&loaded, &[], &[]), threads)?;
    let values = ValueOptions {
        root_font_px: loaded.config.root_font_size.unwrap_or(16.0),
    };
    let analysis = pool.install(|| analyze::analyze(&discovery, values, options, &|| {}));
    let found: Vec<&rebrand_patterns::Pattern> = analysis.patterns(options.min_members).collect();
    let color = arguments.color.enabled(true);
    let selected: Vec<&rebrand_patterns::Pattern> = match &arguments.show {
        Some(wanted) => vec![patterns::find(&found, &analysis, wanted)?],
        None => found,
    };
    let rendered = match (arguments.format, selected.as_slice()) {
        (PatternsFormat::Json, _) => {
            let mut json = serde_json::to_string(&serde_json::json!({
                "schema_version": rebrand_facts::SCHEMA_VERSION,
                "patterns": selected,
            }))
            .map_err(|error| format!("could not serialise the patterns: {error}"))?;
            json.push('\n');
            json
        }
        (PatternsFormat::Pretty, [pattern]) if arguments.show.is_some() => {
            patterns::render_one(pattern, &discovery.files, &analysis, color)
        }
        (PatternsFormat::Pretty, _) => {
            let owned: Vec<rebrand_patterns::Pattern> = selected.into_iter().cloned().collect();
            patterns::render_list(&owned, &discovery.files, &analysis)
        }
    };
    write_output(rendered.as_bytes(), None)?;
    std::mem::forget(analysis);
    Ok(ExitCode::SUCCESS)
}

/// The configuration's include and exclude globs, then the command line's.
fn filters_of(loaded: &config::Loaded, include: &[String], exclude: &[String]) -> Filters {
    Filters {
        include: [loaded.config.include.as_slice(), include].concat(),
        exclude: [loaded.config.exclude.as_slice(), exclude].concat(),
    }
}

fn thread_count(requested: Option<usize>) -> usize {
    requested
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, std::num::NonZero::get))
        .max(1)
}

/// The configuration the rules run with: the file's, with the rules `--select` and
/// `--extend-select` name turned on; an unknown rule name is a usage error.
fn selected_configuration(
    arguments: &AnalyzeArgs,
    loaded: &config::Loaded,
) -> Result<rebrand_config::Config, String> {
    selection::check_rule_names(&arguments.select)?;
    selection::check_rule_names(&arguments.extend_select)?;
    selection::check_rule_names(&arguments.ignore)?;
    let mut config = loaded.config.clone();
    rebrand_lint::enable_rules(
        &mut config.rules,
        &[arguments.select.as_slice(), &arguments.extend_select].concat(),
    );
    Ok(config)
}

/// Writes the planned fixes; the files written, or every failure.
fn write_fixes<'f>(
    analysis: &analyze::Analysis,
    planned: &'f [fix::FileFix],
    root: &rebrand_io::ProjectRoot,
) -> Result<Vec<&'f fix::FileFix>, String> {
    let mut written = Vec::new();
    let mut failures = String::new();
    for planned_fix in planned {
        match fix::write(analysis, planned_fix, root) {
            Ok(()) => written.push(planned_fix),
            Err(error) => {
                let _ = writeln!(failures, "error: {error}");
            }
        }
    }
    if failures.is_empty() {
        Ok(written)
    } else {
        Err(failures)
    }
}

/// A progress bar over `files` on a terminal, unless `--quiet`.
fn progress_bar(quiet: bool, files: usize) -> Option<indicatif::ProgressBar> {
    (!quiet && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(files as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    })
}

/// Writes `--add-ignore`'s suppressions, saying how many and which findings could not take one.
fn add_suppressions(
    analysis: &analyze::Analysis,
    findings: &[rebrand_lint::LintDiagnostic],
    disk_paths: &std::collections::BTreeMap<&str, &Path>,
    root: &rebrand_io::ProjectRoot,
) -> Result<(), String> {
    let added = add_ignore::plan(analysis, findings, disk_paths);
    for passed_over in &added.passed_over {
        eprintln!("note: no suppression added at {passed_over}");
    }
    let written: usize = write_fixes(analysis, &added.fixes, root)?
        .iter()
        .map(|file| file.fixed)
        .sum();
    eprintln!(
        "added {} in {}",
        counted(written, "suppression comment", "suppression comments"),
        counted(added.fixes.len(), "file", "files")
    );
    Ok(())
}

/// Parsers recurse once per nesting level; deeply nested JSX needs far more than rayon's default
/// stack. The memory is reserved, not committed, until a file actually needs it.
fn worker_pool(threads: usize) -> Result<rayon::ThreadPool, String> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .stack_size(512 * 1024 * 1024)
        .build()
        .map_err(|error| format!("could not start {threads} worker threads: {error}"))
}

/// Fix rounds before giving up on convergence: each round re-analyses the project, and a fix
/// that keeps producing new fixes is a bug to report rather than loop on.
const MAX_FIX_ROUNDS: usize = 10;

/// Adds the configured token files to the analysed files (they may live outside the analysed
/// paths) and returns their display paths.
fn add_token_sources(
    discovery: &mut discover::Discovery,
    loaded: &config::Loaded,
) -> Result<Option<Vec<String>>, String> {
    let Some(config_path) = &loaded.path else {
        return Ok(None);
    };
    if loaded.config.tokens.is_empty() {
        return Ok(None);
    }
    let base = config_path.parent().unwrap_or_else(|| Path::new("."));
    let mut displays = Vec::new();
    for written in &loaded.config.tokens {
        let path = base.join(written);
        let canonical = path.canonicalize().map_err(|error| {
            format!(
                "the token source `{written}` named in `{}` cannot be read: {error}",
                config_path.display()
            )
        })?;
        // The configuration is part of the tree, which may be someone else's: it may not send
        // rebrand to read (and print excerpts of) files outside the project.
        if !canonical.starts_with(loaded.root.path()) {
            return Err(format!(
                "the token source `{written}` named in `{}` lies outside the project root `{}`, so it was not read; move it into the project",
                config_path.display(),
                loaded.root.path().display()
            ));
        }
        let known = discovery
            .files
            .iter()
            .find(|source| source.path.canonicalize().ok().as_ref() == Some(&canonical));
        if let Some(source) = known {
            displays.push(source.display.clone());
            continue;
        }
        let kind = rebrand_facts::FileKind::from_path(written).ok_or_else(|| {
            format!(
                "the token source `{written}` is not a stylesheet or a DTCG `.tokens.json` file"
            )
        })?;
        let display = written.replace('\\', "/");
        discovery.files.push(discover::SourcePath {
            display: display.clone(),
            path,
            kind,
        });
        displays.push(display);
    }
    // A partial run keeps its package's order; its token files are found in the package.
    if !discovery.partial {
        discovery.files.sort();
        discovery.files.dedup_by(|a, b| a.display == b.display);
    }
    Ok(Some(displays))
}

/// The analysed directory's path inside its git repository (`apps/web/`), so that SARIF and CI
/// annotations name files from the repository root; empty outside a repository.
fn repository_prefix(paths: &[PathBuf]) -> String {
    let [root] = paths else { return String::new() };
    let Ok(root) = root.canonicalize() else {
        return String::new();
    };
    let Some(repository) = root
        .ancestors()
        .find(|directory| directory.join(".git").exists())
    else {
        return String::new();
    };
    let inside = root
        .strip_prefix(repository)
        .map(|relative| relative.to_string_lossy().replace('\\', "/"))
        .unwrap_or_default();
    if inside.is_empty() {
        inside
    } else {
        format!("{inside}/")
    }
}

fn run_analyze(arguments: &AnalyzeArgs) -> Result<ExitCode, String> {
    let loaded = config::load(arguments.config.as_deref(), &arguments.paths)?;
    let threads = thread_count(arguments.threads);
    let pool = worker_pool(threads)?;
    let filters = filters_of(&loaded, &arguments.include, &arguments.exclude);
    let partial = partial::PartialRun::of(&arguments.paths, loaded.root.path());
    let mut discovery = match &partial {
        Some(partial) => partial.discover(&filters, threads, arguments.quiet)?,
        None => discover::discover(&arguments.paths, &filters, threads)?,
    };
    let named_files = discovery
        .files
        .iter()
        .filter(|file| !discovery.partial || partial::is_reported(&file.display))
        .count();
    if named_files == 0 {
        let named: Vec<String> = arguments
            .paths
            .iter()
            .map(|path| format!("`{}`", path.display()))
            .collect();
        return Err(format!(
            "{} holds no file rebrand reads (stylesheets, scripts, design tokens) after the include and exclude globs; nothing was analysed",
            named.join(", ")
        ));
    }
    let token_files = add_token_sources(&mut discovery, &loaded)?;
    let (analysis, findings) = match analyse_and_fix(
        arguments,
        &loaded,
        &discovery,
        token_files.as_deref(),
        partial.is_some(),
        &pool,
    )? {
        Outcome::Analysed(analysis, findings) => (*analysis, findings),
        // `--diff` is a check: pending fixes fail it, as `ruff check --diff` does.
        Outcome::Diffed { pending } => {
            return Ok(if pending && !arguments.exit_zero {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            });
        }
    };
    for (path, error) in &discovery.walk_errors {
        eprintln!("warning: could not walk {path}: {error}");
    }
    if let Some(path) = &arguments.write_baseline {
        let baseline = rebrand_lint::Baseline::of(&findings);
        let mut text = serde_json::to_string_pretty(&baseline)
            .map_err(|error| format!("could not serialise the baseline: {error}"))?;
        text.push('\n');
        rebrand_io::write_file(&loaded.root, path, text.as_bytes())
            .map_err(|error| format!("could not write `{}`: {error}", path.display()))?;
        eprintln!(
            "wrote {} findings to the baseline `{}`",
            baseline.findings.len(),
            path.display()
        );
        std::mem::forget(analysis);
        return Ok(ExitCode::SUCCESS);
    }
    let findings = match &arguments.baseline {
        Some(path) => without_baseline(path, findings, arguments.quiet)?,
        None => findings,
    };
    write_report(
        arguments,
        &loaded.root,
        &analysis,
        &findings,
        &discovery,
        &pool,
    )?;
    let errors = findings
        .iter()
        .filter(|finding| finding.level == Level::Error)
        .count();
    let warnings = findings
        .iter()
        .filter(|finding| finding.level == Level::Warn)
        .count();
    // Millions of facts are freed by the process's exit far faster than one by one.
    std::mem::forget(analysis);
    let too_many_warnings = arguments.max_warnings.is_some_and(|limit| warnings > limit);
    if too_many_warnings && !arguments.exit_zero {
        eprintln!(
            "error: {warnings} warnings, more than the {} that --max-warnings allows",
            arguments.max_warnings.unwrap_or_default()
        );
    }
    Ok(
        if !arguments.exit_zero && (errors > 0 || too_many_warnings) {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        },
    )
}

/// The findings a baseline file does not list.
fn without_baseline(
    path: &Path,
    findings: Vec<rebrand_lint::LintDiagnostic>,
    quiet: bool,
) -> Result<Vec<rebrand_lint::LintDiagnostic>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|error| format!("could not read the baseline `{}`: {error}", path.display()))?;
    let baseline: rebrand_lint::Baseline = serde_json::from_str(&text)
        .map_err(|error| format!("`{}` is not a rebrand baseline: {error}", path.display()))?;
    if baseline.version != rebrand_lint::BASELINE_VERSION {
        // Fingerprints of another format match nothing: every old finding would read as new.
        return Err(format!(
            "`{}` is a baseline of format {}, written by another version of rebrand; this one reads format {}: write it again with --write-baseline",
            path.display(),
            baseline.version,
            rebrand_lint::BASELINE_VERSION
        ));
    }
    let (fresh, accepted) = baseline.new_findings(findings);
    if !quiet && accepted > 0 {
        eprintln!("{accepted} findings are in the baseline and not reported");
    }
    Ok(fresh)
}

fn write_report(
    arguments: &AnalyzeArgs,
    root: &rebrand_io::ProjectRoot,
    analysis: &analyze::Analysis,
    findings: &[rebrand_lint::LintDiagnostic],
    discovery: &discover::Discovery,
    pool: &rayon::ThreadPool,
) -> Result<(), String> {
    let color = arguments.color.enabled(arguments.output.is_none());
    let prefix = repository_prefix(&arguments.paths);
    // `--quiet` reports errors only, and a person reading the terminal sees nothing on success.
    let errors_only: Vec<rebrand_lint::LintDiagnostic>;
    let findings = if arguments.quiet {
        errors_only = findings
            .iter()
            .filter(|finding| finding.level == Level::Error)
            .cloned()
            .collect();
        let for_people = matches!(arguments.format, Format::Pretty | Format::Concise);
        if errors_only.is_empty() && for_people && !arguments.statistics {
            return Ok(());
        }
        errors_only.as_slice()
    } else {
        findings
    };
    if arguments.statistics {
        return write_output(
            selection::statistics(findings).as_bytes(),
            Output::of(arguments.output.as_deref(), root),
        );
    }
    let rendered = match arguments.format {
        Format::Concise => vec![machine::concise(analysis, findings)],
        Format::Json => {
            let output = Output::of(arguments.output.as_deref(), root);
            return pool.install(|| write_json(analysis, findings, discovery.partial, output));
        }
        Format::Pretty => pool.install(|| {
            report::render_pretty(
                analysis,
                findings,
                &discovery.files,
                report::PrettyOptions { color, width: 100 },
            )
        }),
        Format::Sarif => vec![machine::sarif(analysis, findings, &prefix)],
        Format::Github => vec![machine::github(analysis, findings, &prefix)],
        Format::Gitlab => vec![machine::gitlab(analysis, findings, &prefix)],
    };
    let pieces: Vec<&[u8]> = rendered.iter().map(String::as_bytes).collect();
    write_pieces(&pieces, Output::of(arguments.output.as_deref(), root))
}

/// Analyses and lints, keeping the findings of the reported path classes; with `--fix`, writes
/// fixes and starts again until nothing is left to fix; with `--diff`, prints them instead.
fn analyse_and_fix(
    arguments: &AnalyzeArgs,
    loaded: &config::Loaded,
    discovery: &discover::Discovery,
    token_files: Option<&[String]>,
    partial: bool,
    pool: &rayon::ThreadPool,
) -> Result<Outcome, String> {
    let classes = selection::reported_classes(&arguments.include_class)?;
    let config = selected_configuration(arguments, loaded)?;
    let options = ValueOptions {
        root_font_px: arguments
            .root_font_size
            .or(loaded.config.root_font_size)
            .unwrap_or(16.0),
    };
    let pattern_options = rebrand_patterns::PatternOptions {
        similarity: loaded.config.patterns.similarity,
        min_members: loaded.config.patterns.min_members,
    };
    let disk_paths: std::collections::BTreeMap<&str, &Path> = discovery
        .files
        .iter()
        .map(|source| (source.display.as_str(), source.path.as_path()))
        .collect();
    let progress = progress_bar(arguments.quiet, discovery.files.len());
    let tick = || {
        if let Some(bar) = &progress {
            bar.inc(1);
        }
    };
    // A fix writes like an apply: one run at a time on a tree.
    let _lock = if arguments.fix || arguments.add_ignore {
        Some(transaction::lock_tree(&loaded.root)?)
    } else {
        None
    };
    let mut fixed_findings = 0usize;
    let mut fixed_files = std::collections::BTreeSet::new();
    let mut round = 0;
    loop {
        let analysis =
            pool.install(|| analyze::analyze(discovery, options, pattern_options, &tick));
        if let Some(bar) = &progress {
            bar.finish_and_clear();
        }
        let findings = pool.install(|| {
            rebrand_lint::lint(&rebrand_lint::LintInput {
                files: &analysis.files,
                sources: &analysis.sources,
                linked: &analysis.links,
                clusters: &analysis.clusters,
                config: &config,
                token_files,
            })
        });
        let (findings, unreported) =
            selection::of_classes(&analysis, findings, &classes, arguments.include_unreachable);
        let findings = selection::selected(
            findings,
            &arguments.select,
            &arguments.extend_select,
            &arguments.ignore,
        );
        // What a rule could not check is said once, as a note; it is no finding.
        let (notices, mut findings): (Vec<_>, Vec<_>) =
            findings.into_iter().partition(|finding| finding.notice);
        if partial {
            findings.retain(|finding| partial::is_reported(&finding.file));
        }
        if arguments.add_ignore && round == 0 {
            add_suppressions(&analysis, &findings, &disk_paths, &loaded.root)?;
            round += 1;
            continue;
        }
        if !(arguments.fix || arguments.diff) {
            selection::note_unreported(unreported, arguments.quiet);
            selection::note_notices(&notices, arguments.quiet);
            return Ok(Outcome::Analysed(Box::new(analysis), findings));
        }
        let planned = fix::plan(&analysis, &findings, &disk_paths, arguments.unsafe_fixes);
        if arguments.diff {
            // An empty diff says there is nothing to fix.
            write_output(fix::diff(&planned).as_bytes(), None)?;
            return Ok(Outcome::Diffed {
                pending: !planned.is_empty(),
            });
        }
        if planned.is_empty() || round == MAX_FIX_ROUNDS {
            if !planned.is_empty() {
                eprintln!("warning: fixes did not settle after {MAX_FIX_ROUNDS} rounds; the remaining findings are reported");
            }
            if arguments.fix {
                eprintln!(
                    "fixed {fixed_findings} findings in {} files",
                    fixed_files.len()
                );
            }
            selection::note_unreported(unreported, arguments.quiet);
            selection::note_notices(&notices, arguments.quiet);
            return Ok(Outcome::Analysed(Box::new(analysis), findings));
        }
        for planned_fix in write_fixes(&analysis, &planned, &loaded.root)? {
            fixed_findings += planned_fix.fixed;
            fixed_files.insert(planned_fix.display.clone());
        }
        round += 1;
    }
}
