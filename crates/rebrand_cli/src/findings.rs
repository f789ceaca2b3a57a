//! Renders lint findings for people: one miette diagnostic each, with the fix it offers and
//! the related places (in other files, as notes of their own).

use std::fmt::{self, Display, Write as _};
use std::sync::{Arc, Mutex};

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, NamedSource, SourceCode, SourceSpan, SpanContents,
};
use rayon::prelude::*;
use rebrand_config::Level;
use rebrand_lint::{Applicability, LintDiagnostic, Related};
use rebrand_text::{LineIndex, TextRange};
use rustc_hash::FxHashMap;

use crate::analyze::Analysis;
use crate::machine::Positions;
use crate::report::PrettyOptions;

/// A finding as miette renders it.
#[derive(Debug)]
struct Rendered {
    code: String,
    severity: miette::Severity,
    message: String,
    help: Option<String>,
    source: Option<NamedSource<IndexedSource>>,
    labels: Vec<LabeledSpan>,
}

impl Display for Rendered {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.message)
    }
}

impl std::error::Error for Rendered {}

impl Diagnostic for Rendered {
    fn code<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
        (!self.code.is_empty()).then(|| Box::new(&self.code) as Box<dyn Display + 'a>)
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn help<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
        self.help
            .as_ref()
            .map(|help| Box::new(help) as Box<dyn Display + 'a>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|source| source as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.source.as_ref()?;
        Some(Box::new(self.labels.iter().cloned()))
    }
}

/// A file's text with its line index, so that miette reads a span from the line it starts on
/// instead of scanning the file from its first byte for every label (which made reports on big
/// stylesheets quadratic).
#[derive(Debug, Clone)]
struct IndexedSource {
    text: Arc<str>,
    lines: Arc<LineIndex>,
}

impl SourceCode for IndexedSource {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let offset = span.offset().min(self.text.len());
        // One-based line of the span, then the first context line before it.
        let line = self.lines.line_column(&self.text, offset as u32).line as usize;
        let first = line.saturating_sub(context_lines_before).max(1);
        let window_start = self.lines.line_start(first as u32).unwrap_or(0) as usize;
        let window = &self.text.as_bytes()[window_start..];
        let shifted = SourceSpan::new((offset - window_start).into(), span.len());
        let contents = window.read_span(&shifted, context_lines_before, context_lines_after)?;
        Ok(Box::new(MietteSpanContents::new(
            contents.data(),
            SourceSpan::new(
                (contents.span().offset() + window_start).into(),
                contents.span().len(),
            ),
            contents.line() + first - 1,
            contents.column(),
            contents.line_count() + first - 1,
        )))
    }
}

/// A related place within this many lines of the finding is labelled in the same snippet.
const NEAR_LINES: u32 = 6;

/// Lines longer than this (minified files) are not quoted: one finding would print megabytes.
const LONGEST_QUOTED_LINE: usize = 1_000;

/// The analysis's texts, and which of them are short-lined enough to quote (decided once per
/// file).
struct Quoter<'a> {
    analysis: &'a Analysis,
    positions: Positions<'a>,
    quotable: FxHashMap<&'a str, Option<IndexedSource>>,
}

impl<'a> Quoter<'a> {
    fn new(analysis: &'a Analysis) -> Self {
        Self {
            analysis,
            positions: Positions::new(analysis),
            quotable: FxHashMap::default(),
        }
    }

    /// The file's text for miette, if the range fits in it and its lines are short.
    fn source(&mut self, file: &'a str, end: u32) -> Option<NamedSource<IndexedSource>> {
        let analysis = self.analysis;
        let positions = &mut self.positions;
        let text = self.quotable.entry(file).or_insert_with(|| {
            let (index, lines) = positions.line_index(file);
            let text = analysis.sources.get(index)?;
            // A line's length includes its end, one or two bytes the limit need not be exact about.
            let short = lines.longest_line(text.len() as u32) as usize <= LONGEST_QUOTED_LINE + 2;
            (short && !text.is_empty()).then(|| IndexedSource {
                text: Arc::clone(text),
                lines,
            })
        });
        let source = text.as_ref()?;
        (end as usize <= source.text.len()).then(|| NamedSource::new(file, source.clone()))
    }
}

fn span(range: rebrand_text::TextRange) -> (usize, usize) {
    (range.start as usize, range.len() as usize)
}

/// A finding's own diagnostic, and the related places that are notes of their own (rendered
/// after it, see [`RelatedNotes`]).
fn rendered<'a>(
    quoter: &mut Quoter<'a>,
    finding: &'a LintDiagnostic,
) -> (Rendered, Vec<&'a Related>) {
    let mut labels = vec![LabeledSpan::new_with_span(
        Some("here".to_owned()),
        span(finding.range),
    )];
    // Labels share a quoted file only on lines of their own: miette cannot always draw two
    // labels that meet on one line.
    let mut labelled = vec![quoter.positions.region(&finding.file, finding.range)];
    let mut related = Vec::new();
    for place in &finding.related {
        let region = quoter.positions.region(&place.file, place.range);
        let own_lines = labelled
            .iter()
            .all(|taken| region.end_line < taken.start_line || region.start_line > taken.end_line);
        // miette quotes every line between a snippet's labels: a far one gets its own snippet.
        let near = labelled[0].start_line.abs_diff(region.start_line) <= NEAR_LINES;
        if place.file == finding.file && own_lines && near {
            labelled.push(region);
            labels.push(LabeledSpan::new_with_span(
                Some(place.message.clone()),
                span(place.range),
            ));
        } else {
            related.push(place);
        }
    }
    let fix_note = finding.fix.as_ref().map(|fix| match fix.applicability {
        Applicability::Safe => format!("fix (safe, applied by --fix): {}", fix.description),
        Applicability::Unsafe => format!(
            "fix (unsafe, applied by --fix --unsafe-fixes): {}",
            fix.description
        ),
        Applicability::DisplayOnly => format!("suggestion: {}", fix.description),
    });
    let help = match (&finding.help, fix_note) {
        (Some(help), Some(note)) => Some(format!("{help}\n{note}")),
        (help, note) => help.clone().or(note),
    };
    let diagnostic = Rendered {
        code: finding.rule.to_string(),
        severity: match finding.level {
            Level::Error => miette::Severity::Error,
            _ => miette::Severity::Warning,
        },
        message: finding.message.clone(),
        help,
        source: quoter.source(&finding.file, finding.range.end),
        labels,
    };
    (diagnostic, related)
}

/// The related places shown as notes of their own, each rendered once for the whole report.
///
/// A place is often a note of many findings (`no-near-duplicate-value` lists where the value it
/// suggests is used, for every finding about that value): most notes in a report repeat. A
/// note's text depends only on the place, so it is rendered the first time it is needed and
/// copied after that, exactly as miette would have written it after its finding: a blank line,
/// `Advice: `, and the note as a report of its own.
#[derive(Default)]
struct RelatedNotes<'a> {
    rendered: Mutex<NoteTexts<'a>>,
}

/// Rendered notes by file, range and message.
type NoteTexts<'a> = FxHashMap<(&'a str, TextRange, &'a str), Arc<str>>;

impl<'a> RelatedNotes<'a> {
    fn note(&self, quoter: &mut Quoter<'a>, handlers: &Handlers, place: &'a Related) -> Arc<str> {
        let key = (&*place.file, place.range, place.message.as_str());
        if let Some(text) = self.lock().get(&key) {
            return Arc::clone(text);
        }
        let note = Rendered {
            code: String::new(),
            severity: miette::Severity::Advice,
            message: place.message.clone(),
            help: None,
            source: quoter.source(&place.file, place.range.end),
            labels: vec![LabeledSpan::new_with_span(None, span(place.range))],
        };
        let mut text = String::from("\nAdvice: \n");
        let _ = handlers
            .for_texts(&note.message, None)
            .render_report(&mut text, &note);
        let text: Arc<str> = Arc::from(text);
        self.lock().insert(key, Arc::clone(&text));
        text
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, NoteTexts<'a>> {
        // A worker that panicked while holding the lock left a complete map behind: every entry
        // is inserted whole.
        self.rendered
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Every finding, rendered with miette, as pieces to be written one after the other.
pub fn render(
    analysis: &Analysis,
    findings: &[LintDiagnostic],
    options: PrettyOptions,
) -> Vec<String> {
    // Findings are sorted by file: chunks of neighbours render in parallel, each with its own
    // caches. The pieces are written in order as they are: joining them would copy megabytes
    // into fresh memory only to write them out.
    let notes = RelatedNotes::default();
    findings
        .par_chunks(FINDINGS_PER_CHUNK)
        .map(|chunk| render_chunk(analysis, chunk, &notes, options))
        .collect()
}

/// How findings are drawn: miette's graphical report, themed and wrapped.
fn handler(options: PrettyOptions) -> GraphicalReportHandler {
    let theme = if options.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    // Messages are wrapped at ASCII spaces only: Unicode line breaking cost a third of rendering
    // and broke after the `/` of pattern names and paths (`generic/` | `hover-filled`), and
    // textwrap's default splitter broke after their hyphens (`hover-filled-` | `rounded`). A
    // name, a property or a token is copied and searched for whole.
    GraphicalReportHandler::new_themed(theme)
        .with_width(options.width)
        .with_word_separator(textwrap::WordSeparator::AsciiSpace)
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
}

/// One worker's two miette handlers: most findings' texts already fit the width, and for them
/// wrapping (which measures and re-joins every word, a tenth of rendering) is skipped; miette
/// then writes the very bytes wrapping would have.
struct Handlers {
    wrapping: GraphicalReportHandler,
    fitting: GraphicalReportHandler,
    /// The columns miette wraps texts to, indent included.
    columns: usize,
}

/// Columns before a message's first character (`  ⚠ `), with room to spare for a wide icon.
const MESSAGE_INDENT: usize = 6;
/// Columns before a help text (`  help: `).
const HELP_INDENT: usize = 8;

impl Handlers {
    fn new(options: PrettyOptions) -> Self {
        Self {
            wrapping: handler(options),
            fitting: handler(options).with_wrap_lines(false),
            columns: options.width.saturating_sub(2),
        }
    }

    /// The handler for a diagnostic with this message and help.
    fn for_texts(&self, message: &str, help: Option<&str>) -> &GraphicalReportHandler {
        let fits = fits_unwrapped(message, MESSAGE_INDENT, self.columns)
            && help.is_none_or(|help| fits_unwrapped(help, HELP_INDENT, self.columns));
        if fits {
            &self.fitting
        } else {
            &self.wrapping
        }
    }
}

/// Whether wrapping would leave `text` as it is: each line fits in `columns` after `indent`
/// (bytes are never fewer than columns), and none has the spacing wrapping rewrites (blank
/// lines, leading or trailing spaces, tabs).
fn fits_unwrapped(text: &str, indent: usize, columns: usize) -> bool {
    text.split('\n').all(|line| {
        !line.is_empty()
            && indent + line.len() <= columns
            && !line.starts_with(' ')
            && !line.ends_with(' ')
            && !line.contains(['\t', '\r'])
    })
}

/// Findings rendered by one worker at a time.
const FINDINGS_PER_CHUNK: usize = 128;

fn render_chunk<'a>(
    analysis: &'a Analysis,
    findings: &'a [LintDiagnostic],
    notes: &RelatedNotes<'a>,
    options: PrettyOptions,
) -> String {
    let handlers = Handlers::new(options);
    let mut out = String::new();
    let mut quoter = Quoter::new(analysis);
    for finding in findings {
        let (diagnostic, related) = rendered(&mut quoter, finding);
        if diagnostic.source.is_none() {
            let region = quoter.positions.region(&finding.file, finding.range);
            let _ = writeln!(
                out,
                "{}:{}:{}: {} [{}]",
                finding.file, region.start_line, region.start_column, finding.message, finding.rule
            );
            if let Some(help) = &diagnostic.help {
                let _ = writeln!(out, "  help: {help}");
            }
        } else {
            let handler = handlers.for_texts(&diagnostic.message, diagnostic.help.as_deref());
            let _ = handler.render_report(&mut out, &diagnostic);
            for place in related {
                out.push_str(&notes.note(&mut quoter, &handlers, place));
            }
        }
        out.push('\n');
    }
    out
}

/// The closing line: findings by level and how many `--fix` would resolve.
pub fn render_totals(findings: &[LintDiagnostic]) -> String {
    let errors = findings
        .iter()
        .filter(|finding| finding.level == Level::Error)
        .count();
    let warnings = findings.len() - errors;
    let fixable = |allowed: &[Applicability]| {
        findings
            .iter()
            .filter(|finding| {
                finding
                    .fix
                    .as_ref()
                    .is_some_and(|fix| allowed.contains(&fix.applicability))
            })
            .count()
    };
    let safe = fixable(&[Applicability::Safe]);
    let unsafe_too = fixable(&[Applicability::Safe, Applicability::Unsafe]);
    let plural = crate::counted;
    format!(
        "  findings       {} · {} · {safe} fixable with --fix ({} more with --unsafe-fixes)\n",
        plural(errors, "error", "errors"),
        plural(warnings, "warning", "warnings"),
        unsafe_too - safe
    )
}

#[cfg(test)]
mod tests {
    use super::{handler, Handlers, PrettyOptions, Rendered};

    #[test]
    fn skipping_the_wrap_of_texts_that_fit_writes_the_same_bytes() {
        // Around the width, with multi-byte characters and a two-line help: whichever handler
        // is picked, the report is what the wrapping handler writes.
        for color in [false, true] {
            let options = PrettyOptions { color, width: 100 };
            let handlers = Handlers::new(options);
            for length in 60..110 {
                let ascii = format!(
                    "`#e5e7eb` is close to `#e4e7eb`: {}",
                    "x".repeat(length - 33)
                );
                let accented = format!("`#e5e7eb` is ΔE 0.4 from `é`: {}", "x".repeat(length - 33));
                let help = format!(
                    "use `var(--gray-200)` here\nfix (safe, applied by --fix): {}",
                    vec!["y"; length / 2 - 20].join(" ")
                );
                let short = "a short message".to_owned();
                for (message, help) in [(ascii, None), (accented, None), (short, Some(help))] {
                    let diagnostic = Rendered {
                        code: "no-near-duplicate-value".to_owned(),
                        severity: miette::Severity::Warning,
                        message,
                        help,
                        source: None,
                        labels: Vec::new(),
                    };
                    let (mut wrapped, mut picked) = (String::new(), String::new());
                    handler(options)
                        .render_report(&mut wrapped, &diagnostic)
                        .expect("rendering to a string cannot fail");
                    handlers
                        .for_texts(&diagnostic.message, diagnostic.help.as_deref())
                        .render_report(&mut picked, &diagnostic)
                        .expect("rendering to a string cannot fail");
                    assert_eq!(picked, wrapped, "length {length}");
                }
            }
        }
    }

    #[test]
    fn names_in_messages_are_never_split_across_lines() {
        // Wherever the pattern name falls against the wrap width, it stays whole: Unicode line
        // breaking would end a line with `generic/` for some of these lengths, and hyphenation
        // with `hover-filled-`.
        let options = PrettyOptions {
            color: false,
            width: 100,
        };
        for padding in 60..100 {
            let message = format!(
                "{} `generic/hover-filled-rounded` drifts from its pattern",
                "x".repeat(padding)
            );
            let diagnostic = Rendered {
                code: "pattern-drift".to_owned(),
                severity: miette::Severity::Warning,
                message,
                help: None,
                source: None,
                labels: Vec::new(),
            };
            let mut out = String::new();
            handler(options)
                .render_report(&mut out, &diagnostic)
                .expect("rendering to a string cannot fail");
            assert!(
                out.contains("`generic/hover-filled-rounded`"),
                "padding {padding}:\n{out}"
            );
            assert!(
                out.lines()
                    .all(|line| !line.trim_end().ends_with(['/', '-'])),
                "padding {padding}:\n{out}"
            );
        }
    }
}
