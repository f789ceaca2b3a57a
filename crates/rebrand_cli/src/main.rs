//! The `rebrand` command: parses a React/CSS codebase into style facts and reports on them.
//!
//! This is the only crate that prints or touches the terminal; every other crate returns plain
//! data. Exit codes: 0 when no error-level problem was found, 1 when one was, 2 for usage,
//! configuration or internal errors.

mod analyze;
mod discover;
mod explain;
mod json;
mod patterns;
mod report;
mod summary;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use rebrand_facts::Severity;
use rebrand_values::ValueOptions;

use crate::discover::Filters;

#[derive(Parser)]
#[command(
    name = "rebrand",
    version,
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
}

#[derive(clap::Args)]
struct PatternsArgs {
    /// Files or directories to analyse.
    #[arg(default_value = ".")]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Pretty)]
    format: Format,
    /// Show only the pattern with this id, with its members marked in their files.
    #[arg(long)]
    show: Option<String>,
    /// Minimum look similarity (Jaccard, 0 to 1) between every two member groups.
    #[arg(long, default_value_t = 0.6)]
    similarity: f64,
    /// Minimum members for a pattern to be listed.
    #[arg(long, default_value_t = 2)]
    min_members: usize,
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
    /// The project to analyse for the styles that reach it.
    #[arg(long, default_value = ".")]
    root: PathBuf,
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
struct AnalyzeArgs {
    /// Files or directories to analyse.
    #[arg(default_value = ".")]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Pretty)]
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
    /// Root font size in px, which sizes `rem`.
    #[arg(long, default_value_t = 16.0)]
    root_font_size: f64,
    /// Print nothing but the report: no progress bar.
    #[arg(long)]
    quiet: bool,
    /// When to use colour.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// miette diagnostics and a summary, for people.
    Pretty,
    /// Every fact, in the versioned schema of `docs/json-schema.md`.
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Analyze(arguments) => match run_analyze(&arguments) {
            Ok(code) => code,
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::from(2)
            }
        },
        Command::Patterns(arguments) => match run_patterns(&arguments) {
            Ok(code) => code,
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::from(2)
            }
        },
        Command::Explain(arguments) => match run_explain(&arguments) {
            Ok(code) => code,
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::from(2)
            }
        },
    }
}

/// Streams the analysis as compact JSON: a large project's facts run to hundreds of megabytes,
/// which are never held in memory as one string.
fn write_json(
    analysis: &analyze::Analysis,
    output: Option<&std::path::Path>,
) -> Result<(), String> {
    let failed =
        |error: &dyn std::fmt::Display| format!("could not write the JSON report: {error}");
    if let Some(path) = output {
        let file = std::fs::File::create(path)
            .map_err(|error| format!("could not create `{}`: {error}", path.display()))?;
        let mut writer = std::io::BufWriter::new(file);
        json::write_analysis(&mut writer, analysis)
            .and_then(|()| writer.flush())
            .map_err(|error| failed(&error))
    } else {
        let mut writer = std::io::BufWriter::new(std::io::stdout().lock());
        // A closed pipe (`rebrand analyze | head`) ends the output early; that is not an error.
        if json::write_analysis(&mut writer, analysis).is_ok() {
            let _ = writer.flush();
        }
        Ok(())
    }
}

fn write_output(bytes: &[u8], output: Option<&std::path::Path>) -> Result<(), String> {
    if let Some(path) = output {
        std::fs::write(path, bytes)
            .map_err(|error| format!("could not write `{}`: {error}", path.display()))
    } else {
        // A closed pipe (`rebrand analyze | head`) is not an error worth a message.
        let _ = std::io::stdout().lock().write_all(bytes);
        Ok(())
    }
}

fn run_explain(arguments: &ExplainArgs) -> Result<ExitCode, String> {
    let position = explain::parse_position(&arguments.position)?;
    let root = arguments
        .root
        .canonicalize()
        .map_err(|error| format!("`{}`: {error}", arguments.root.display()))?;
    let file_path = Path::new(&position.file)
        .canonicalize()
        .map_err(|error| format!("`{}`: {error}", position.file))?;
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
    let analysis = pool.install(|| analyze::analyze(&discovery, options, &|| {}));
    let file = analysis
        .files
        .iter()
        .find(|file| file.path == relative)
        .ok_or_else(|| format!("`{relative}` is not a file rebrand analyses"))?;
    let text =
        std::fs::read_to_string(&file_path).map_err(|error| format!("`{relative}`: {error}"))?;
    let color = match arguments.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    };
    let rendered = explain::render(&analysis, &root, file, &text, &position, color)?;
    write_output(rendered.as_bytes(), None)?;
    std::mem::forget(analysis);
    Ok(ExitCode::SUCCESS)
}

fn run_patterns(arguments: &PatternsArgs) -> Result<ExitCode, String> {
    if !(0.0..=1.0).contains(&arguments.similarity) {
        return Err(format!(
            "--similarity must be between 0 and 1, not {}",
            arguments.similarity
        ));
    }
    let threads = thread_count(arguments.threads);
    let pool = worker_pool(threads)?;
    let discovery = discover::discover(&arguments.paths, &Filters::default(), threads)?;
    let analysis = pool.install(|| analyze::analyze(&discovery, ValueOptions::default(), &|| {}));
    let options = rebrand_patterns::PatternOptions {
        similarity: arguments.similarity,
        min_members: arguments.min_members.max(1),
    };
    let found = rebrand_patterns::discover(&analysis.files, &analysis.links, options);
    let color = match arguments.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    };
    let selected: Vec<&rebrand_patterns::Pattern> = match &arguments.show {
        Some(id) => {
            let pattern = found
                .iter()
                .find(|pattern| pattern.id.starts_with(id.as_str()))
                .ok_or_else(|| format!("no pattern has an id starting with `{id}`"))?;
            vec![pattern]
        }
        None => found.iter().collect(),
    };
    let rendered = match (arguments.format, selected.as_slice()) {
        (Format::Json, _) => {
            let mut json = serde_json::to_string(&serde_json::json!({
                "schema_version": rebrand_facts::SCHEMA_VERSION,
                "patterns": selected,
            }))
            .map_err(|error| format!("could not serialise the patterns: {error}"))?;
            json.push('\n');
            json
        }
        (Format::Pretty, [pattern]) if arguments.show.is_some() => {
            patterns::render_one(pattern, &discovery.files, color)
        }
        (Format::Pretty, _) => {
            let owned: Vec<rebrand_patterns::Pattern> = selected.into_iter().cloned().collect();
            patterns::render_list(&owned, &discovery.files)
        }
    };
    write_output(rendered.as_bytes(), None)?;
    std::mem::forget(analysis);
    Ok(ExitCode::SUCCESS)
}

fn thread_count(requested: Option<usize>) -> usize {
    requested
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, std::num::NonZero::get))
        .max(1)
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

fn run_analyze(arguments: &AnalyzeArgs) -> Result<ExitCode, String> {
    let threads = thread_count(arguments.threads);
    let pool = worker_pool(threads)?;
    let filters = Filters {
        include: arguments.include.clone(),
        exclude: arguments.exclude.clone(),
    };
    let discovery = discover::discover(&arguments.paths, &filters, threads)?;
    let options = ValueOptions {
        root_font_px: arguments.root_font_size,
    };
    let progress = (!arguments.quiet && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(discovery.files.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let tick = || {
        if let Some(bar) = &progress {
            bar.inc(1);
        }
    };
    let analysis = pool.install(|| analyze::analyze(&discovery, options, &tick));
    if let Some(bar) = &progress {
        bar.finish_and_clear();
    }
    for (path, error) in &discovery.walk_errors {
        eprintln!("warning: could not walk {path}: {error}");
    }
    let color = match arguments.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            arguments.output.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none()
        }
    };
    match arguments.format {
        Format::Json => pool.install(|| write_json(&analysis, arguments.output.as_deref()))?,
        Format::Pretty => {
            let rendered = report::render_pretty(
                &analysis,
                &discovery.files,
                report::PrettyOptions { color, width: 100 },
            );
            write_output(rendered.as_bytes(), arguments.output.as_deref())?;
        }
    }
    let has_errors = analysis
        .files
        .iter()
        .flat_map(|file| &file.problems)
        .any(|problem| problem.severity == Severity::Error);
    // Millions of facts are freed by the process's exit far faster than one by one.
    std::mem::forget(analysis);
    Ok(if has_errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
