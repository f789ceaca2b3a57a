//! Finds and reads `rebrand.json`/`rebrand.jsonc`: the file named by `--config`, or the first
//! found walking up from the analysed directory, then from the working directory. A bad file is reported with miette, pointing at
//! the offending text.

use std::path::{Path, PathBuf};

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource, Report,
};
use rebrand_config::{Config, ConfigError, CONFIG_FILE_NAMES};
use rebrand_io::{read_input, ProjectRoot, CONFIGURATION_LIMIT};

/// A configuration and where it came from.
pub struct Loaded {
    /// The configuration (defaults when no file was found).
    pub config: Config,
    /// The file it was read from.
    pub path: Option<PathBuf>,
    /// The project root: the configuration file's directory, else the git top level, else the
    /// analysed directory (`../shared/contracts.md` §2).
    pub root: ProjectRoot,
}

/// The first configuration file in `start` or one of its ancestors.
fn find(start: &Path) -> Option<PathBuf> {
    start.ancestors().find_map(|directory| {
        CONFIG_FILE_NAMES
            .iter()
            .map(|name| directory.join(name))
            .find(|candidate| candidate.is_file())
    })
}

/// Loads the configuration for the analysed `paths`; the error is a rendered diagnostic, ready
/// to print.
pub fn load(explicit: Option<&Path>, paths: &[PathBuf]) -> Result<Loaded, String> {
    let analysed = paths
        .first()
        .and_then(|path| path.canonicalize().ok())
        .map(|path| {
            if path.is_dir() {
                path
            } else {
                path.parent().map(Path::to_path_buf).unwrap_or(path)
            }
        });
    let path = match explicit {
        Some(path) => Some(path.to_path_buf()),
        None => analysed
            .as_deref()
            .and_then(find)
            .or_else(|| std::env::current_dir().ok().as_deref().and_then(find)),
    };
    let root = ProjectRoot::find(path.as_deref(), paths)?;
    if let Some(note) = root.link_note() {
        eprintln!("{note}");
    }
    let Some(path) = path else {
        return Ok(Loaded {
            config: Config::default(),
            path: None,
            root,
        });
    };
    let text = read_input(&path, CONFIGURATION_LIMIT, "configuration")
        .map_err(|error| error.to_string())?;
    let config = Config::parse(&text).map_err(|error| {
        render_error(
            &path,
            &text,
            &error,
            "config",
            "`rebrand.schema.json` describes every key; editors check the file against it when it names it in `$schema`",
        )
    })?;
    Ok(Loaded {
        config,
        path: Some(path),
        root,
    })
}

/// A configuration or migration file's error as a miette report pointing at the offending text.
pub fn render_error(
    path: &Path,
    text: &str,
    error: &ConfigError,
    code: &str,
    help: &str,
) -> String {
    let diagnostic = MietteDiagnostic::new(error.message.clone())
        .with_code(code)
        .with_label(LabeledSpan::new_with_span(
            Some("here".to_owned()),
            (error.range.start as usize, error.range.len() as usize),
        ))
        .with_help(help);
    let report = Report::new(diagnostic).with_source_code(NamedSource::new(
        path.display().to_string(),
        text.to_owned(),
    ));
    let mut rendered = String::new();
    let handler = GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor());
    let _ = handler.render_report(&mut rendered, report.as_ref());
    rendered
}
