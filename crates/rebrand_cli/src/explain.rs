//! `rebrand explain FILE:LINE[:COL]`: one element's role, behaviour and effective style, each value
//! with the source range it came from.

use std::collections::BTreeMap;
use std::fmt::{self, Display, Write as _};
use std::path::Path;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode,
};
use rebrand_facts::{Element, FileFacts, Value};
use rebrand_link::{ElementStyle, Via};
use rebrand_text::LineIndex;

use crate::analyze::Analysis;

/// Where the user pointed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    /// The file as given.
    pub file: String,
    /// One-based line.
    pub line: u32,
    /// One-based column, if given.
    pub column: Option<u32>,
}

/// Parses `FILE:LINE[:COL]`.
pub fn parse_position(text: &str) -> Result<Position, String> {
    let bad = || format!("`{text}` is not FILE:LINE or FILE:LINE:COLUMN");
    let (rest, last) = text.rsplit_once(':').ok_or_else(bad)?;
    let last: u32 = last.parse().map_err(|_| bad())?;
    match rest.rsplit_once(':') {
        Some((file, line)) if line.parse::<u32>().is_ok() => Ok(Position {
            file: file.to_owned(),
            line: line.parse().map_err(|_| bad())?,
            column: Some(last),
        }),
        _ => Ok(Position {
            file: rest.to_owned(),
            line: last,
            column: None,
        }),
    }
}

/// The element at `position`: the innermost one whose opening tag's name is on that line (and
/// holds the column, if given), else the innermost one that spans the line.
fn find_element<'a>(file: &'a FileFacts, text: &str, position: &Position) -> Option<&'a Element> {
    let index = LineIndex::new(text);
    let line_start = index.line_start(position.line)?;
    let line_end = index
        .line_start(position.line + 1)
        .unwrap_or(text.len() as u32);
    let offset = position
        .column
        .map_or(line_start, |column| line_start + column.saturating_sub(1));
    let mut on_line = file.elements.iter().filter(|element| {
        element.name_range.start >= line_start && element.name_range.start < line_end
    });
    let named = match position.column {
        Some(_) => {
            on_line.rfind(|element| element.range.start <= offset && offset < element.range.end)
        }
        None => on_line.clone().next(),
    };
    named.or_else(|| {
        file.elements
            .iter()
            .rfind(|element| element.range.start <= offset && offset < element.range.end)
    })
}

/// What a value comes to, when that says more than the value as written (contracts §3: values
/// are shown as the author wrote them): a colour named by a variable or written in another form
/// (`$chip-bg`, `rgb(238 242 255)`) as hex, a length in px (`0.25rem` is 4px), why a value could
/// not be read. Nothing when the written value says it all.
pub fn resolved_note(value: &Value, written: &str) -> String {
    let written = written.trim();
    let resolved = match value {
        Value::Color { oklab } => rebrand_values::color_hex(*oklab),
        Value::Length(length) => match length.px {
            Some(px) => format!("{}px", (px * 1000.0).round() / 1000.0),
            None => return String::new(),
        },
        Value::Number { number } => number.to_string(),
        Value::Unresolved { reason } => return format!(" (unresolved: {reason})"),
        Value::Keyword { .. } | Value::Reference { .. } | Value::Composite => {
            return String::new();
        }
    };
    if resolved.eq_ignore_ascii_case(written) {
        String::new()
    } else {
        format!(" ({resolved})")
    }
}

/// The declarations of one file that decide an element's style, as miette labels.
#[derive(Debug)]
struct SourceLabels {
    path: String,
    source: NamedSource<String>,
    labels: Vec<LabeledSpan>,
}

impl Display for SourceLabels {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "from {}", self.path)
    }
}

impl std::error::Error for SourceLabels {}

impl Diagnostic for SourceLabels {
    fn severity(&self) -> Option<miette::Severity> {
        Some(miette::Severity::Advice)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }
}

fn via_text(via: &Via) -> String {
    match via {
        Via::Inline => "written on the element".to_owned(),
        Via::Tailwind { class } => format!("Tailwind `{class}`"),
        Via::Rule { selector } => format!("rule `{selector}`"),
        Via::Module { class, .. } => format!("CSS Module class `{class}`"),
        Via::Styled { component } => format!("styled component `{component}`"),
        Via::Binding { name } => format!("`{name}`, named by its style prop"),
    }
}

/// The whole explanation, for the terminal (or plain, without colour).
pub fn render(
    analysis: &Analysis,
    root: &Path,
    file: &FileFacts,
    text: &str,
    position: &Position,
    color: bool,
) -> Result<String, String> {
    let element = find_element(file, text, position)
        .ok_or_else(|| format!("no JSX element at {}:{}", file.path, position.line))?;
    let mut out = header(file, text, element);
    let at = |text: &str, offset: u32| {
        let location = LineIndex::new(text).line_column(text, offset);
        format!("{}:{}", location.line, location.column + 1)
    };
    let style: Option<&ElementStyle> = analysis
        .links
        .elements
        .iter()
        .find(|style| *style.file == *file.path && style.element == element.id);
    let tag = style
        .and_then(|style| style.renders.as_deref())
        .unwrap_or(&element.name);
    let base = base_line(
        analysis,
        tag,
        style.map_or(&[][..], |style| &style.effective),
    );
    let Some(style) = style else {
        let _ = writeln!(
            out,
            "  style     no declaration of its own reaches this element"
        );
        if let Some(base) = base {
            let _ = writeln!(out, "{base}");
        }
        return Ok(out);
    };
    if let Some(base) = base {
        let _ = writeln!(out, "{base}");
    }
    let _ = writeln!(
        out,
        "  effective style ({} declarations considered):",
        style.links.len()
    );
    let files: BTreeMap<&str, &FileFacts> = analysis
        .files
        .iter()
        .map(|file| (file.path.as_str(), file))
        .collect();
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    let mut labels: BTreeMap<String, Vec<LabeledSpan>> = BTreeMap::new();
    for effective in &style.effective {
        let source = &style.links[effective.source as usize];
        let source_file = files[&*source.file];
        let declaration = &source_file.declarations[source.declaration as usize];
        let source_text = texts.entry(source.file.to_string()).or_insert_with(|| {
            std::fs::read_to_string(root.join(&*source.file)).unwrap_or_default()
        });
        let mut condition = if effective.condition.is_unconditional() {
            String::new()
        } else {
            format!(" when {}", condition_text(&effective.condition))
        };
        if let Some(context) = &effective.context {
            let _ = write!(condition, " inside `{context}`");
        }
        let _ = writeln!(
            out,
            "    {}{condition} = {}{}  ← {}:{} via {}",
            effective.property,
            effective.value_text,
            resolved_note(&effective.value, &effective.value_text),
            source.file,
            at(source_text, declaration.value_range.start),
            via_text(&source.via),
        );
        if declaration.value_range.end as usize <= source_text.len() {
            labels
                .entry(source.file.to_string())
                .or_default()
                .push(LabeledSpan::new_with_span(
                    Some(effective.property.to_string()),
                    (
                        declaration.value_range.start as usize,
                        declaration.value_range.len() as usize,
                    ),
                ));
        }
    }
    render_labelled_files(&mut out, labels, |path| texts[path].clone(), color);
    Ok(out)
}

/// Renders one advice report per file, its labels marking the given spans; `text_of` gives a
/// file's text.
pub(crate) fn render_labelled_files(
    out: &mut String,
    labels: BTreeMap<String, Vec<LabeledSpan>>,
    mut text_of: impl FnMut(&str) -> String,
    color: bool,
) {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(100);
    for (path, labels) in labels {
        let source = NamedSource::new(&path, text_of(&path));
        out.push('\n');
        let _ = handler.render_report(
            out,
            &SourceLabels {
                path,
                source,
                labels,
            },
        );
    }
}

/// The element's name, place, role, handlers, states and traits.
fn header(file: &FileFacts, text: &str, element: &Element) -> String {
    let mut out = String::new();
    let index = LineIndex::new(text);
    let start = index.line_column(text, element.name_range.start);
    let _ = writeln!(
        out,
        "<{}> at {}:{}:{}{}",
        element.name,
        file.path,
        start.line,
        start.column + 1,
        element
            .component
            .as_ref()
            .map(|component| format!(" in {component}"))
            .unwrap_or_default()
    );
    let role = element.role.as_deref().unwrap_or("none");
    let _ = writeln!(
        out,
        "  role      {role}{}",
        if element.explicit_role {
            " (explicit)"
        } else if element.role.is_some() {
            " (implicit)"
        } else {
            ""
        }
    );
    let list = |items: &[String]| {
        if items.is_empty() {
            "none".to_owned()
        } else {
            items.join(", ")
        }
    };
    let _ = writeln!(out, "  handlers  {}", list(&element.handlers));
    let _ = writeln!(out, "  states    {}", list(&element.states));
    let mut traits = Vec::new();
    if element.focusable {
        traits.push("focusable");
    }
    if element.repeated {
        traits.push("repeated");
    }
    if element.receives_class_name {
        traits.push("receives className");
    }
    let _ = writeln!(
        out,
        "  traits    {}",
        if traits.is_empty() {
            "none".to_owned()
        } else {
            traits.join(", ")
        }
    );
    out
}

/// The base style (Tailwind's preflight) the element has under its own, for the properties it
/// does not set itself: one line, `property = value` pairs.
fn base_line(
    analysis: &Analysis,
    tag: &str,
    own: &[rebrand_link::EffectiveValue],
) -> Option<String> {
    let base = analysis.links.base.get(tag)?;
    let pairs: Vec<String> = base
        .effective
        .iter()
        .filter(|value| {
            !own.iter()
                .any(|mine| mine.property == value.property && mine.condition.is_unconditional())
        })
        .map(|value| format!("{} = {}", value.property, value.value_text))
        .collect();
    (!pairs.is_empty()).then(|| {
        format!(
            "  base      Tailwind's preflight for <{tag}>: {}",
            pairs.join(", ")
        )
    })
}

fn condition_text(condition: &rebrand_facts::Condition) -> String {
    let mut parts: Vec<String> = condition.pseudo_element.iter().cloned().collect();
    // A selector list's states are alternatives (`&:hover, &:focus-visible`): any of them.
    match condition.states.as_slice() {
        [] => {}
        [state] => parts.push(state.clone()),
        states => parts.push(format!("({})", states.join(" or "))),
    }
    parts.extend(condition.media.iter().cloned());
    if condition.dark {
        parts.push("dark".to_owned());
    }
    parts.extend(condition.variants.iter().cloned());
    if condition.dynamic {
        parts.push("a run-time condition".to_owned());
    }
    parts.join(" and ")
}

/// The project a file belongs to, for `explain` without `--root`: the directory of the nearest
/// configuration file, else the git top level, else the nearest `package.json` workspace root
/// (`workspaces`, or a `pnpm-workspace.yaml`), else the nearest `package.json`, else the file's
/// directory. Nothing above it is read.
pub fn project_of(file: &std::path::Path) -> std::path::PathBuf {
    let start = file.parent().unwrap_or(file);
    let holding = |test: &dyn Fn(&std::path::Path) -> bool| {
        start
            .ancestors()
            .find(|directory| test(directory))
            .map(std::path::Path::to_path_buf)
    };
    let is_workspace_root = |directory: &std::path::Path| {
        directory.join("pnpm-workspace.yaml").is_file()
            || rebrand_io::read_input(
                &directory.join("package.json"),
                rebrand_io::CONFIGURATION_LIMIT,
                "package.json",
            )
            .is_ok_and(|text| text.contains("\"workspaces\""))
    };
    holding(&|directory| {
        rebrand_config::CONFIG_FILE_NAMES
            .iter()
            .any(|name| directory.join(name).is_file())
    })
    .or_else(|| rebrand_io::git_work_tree(start).map(std::path::Path::to_path_buf))
    .or_else(|| holding(&is_workspace_root))
    .or_else(|| holding(&|directory| directory.join("package.json").is_file()))
    .unwrap_or_else(|| start.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::parse_position;

    #[test]
    fn positions_take_an_optional_column() {
        let position = parse_position("src/App.tsx:12:5").unwrap();
        assert_eq!(
            (position.file.as_str(), position.line, position.column),
            ("src/App.tsx", 12, Some(5))
        );
        let position = parse_position("C:/x/App.tsx:3").unwrap();
        assert_eq!(
            (position.file.as_str(), position.line, position.column),
            ("C:/x/App.tsx", 3, None)
        );
        assert!(parse_position("App.tsx").is_err());
    }
}
