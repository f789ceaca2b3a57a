//! `rebrand patterns`: the interaction patterns of a project, largest first, with their members,
//! consensus style and drifting members.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use miette::LabeledSpan;
use rebrand_patterns::Pattern;
use rebrand_text::LineIndex;

use crate::discover::SourcePath;
use crate::explain::render_labelled_files;

/// Members and canonical values listed per pattern in the overview.
const LISTED: usize = 8;

/// Reads files once and turns byte offsets into `line:column`.
struct Places<'a> {
    paths: BTreeMap<&'a str, &'a Path>,
    texts: BTreeMap<String, String>,
}

impl<'a> Places<'a> {
    fn new(sources: &'a [SourcePath]) -> Self {
        Self {
            paths: sources
                .iter()
                .map(|source| (source.display.as_str(), source.path.as_path()))
                .collect(),
            texts: BTreeMap::new(),
        }
    }

    fn text(&mut self, file: &str) -> &str {
        let paths = &self.paths;
        self.texts.entry(file.to_owned()).or_insert_with(|| {
            paths
                .get(file)
                .and_then(|path| std::fs::read_to_string(path).ok())
                .unwrap_or_default()
        })
    }

    fn at(&mut self, file: &str, offset: u32) -> String {
        let text = self.text(file);
        let position = LineIndex::new(text).line_column(text, offset);
        format!("{file}:{}:{}", position.line, position.column + 1)
    }
}

/// The overview: every pattern, largest first.
/// How the members of a pattern write its values: the most common written form of each
/// (property, normalised value), so that a person reads `#eef2ff`, not OKLab (contracts §3).
struct Written<'a> {
    styles: std::collections::HashMap<(&'a str, u32), &'a rebrand_link::ElementStyle>,
}

impl<'a> Written<'a> {
    fn new(analysis: &'a crate::analyze::Analysis) -> Self {
        Self {
            styles: analysis
                .links
                .elements
                .iter()
                .map(|style| ((&*style.file, style.element), style))
                .collect(),
        }
    }

    /// The value as the members write it, or the normalised form when none of them does.
    fn of(&self, members: &[&rebrand_patterns::Member], property: &str, value: &str) -> String {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for member in members {
            let Some(style) = self.styles.get(&(&*member.file, member.element)) else {
                continue;
            };
            for effective in &style.effective {
                if rebrand_patterns::property_key(effective) == property
                    && rebrand_patterns::normalised(&effective.value, &effective.value_text)
                        == value
                {
                    *counts.entry(effective.value_text.trim()).or_default() += 1;
                }
            }
        }
        counts
            .into_iter()
            .max_by(|left, right| left.1.cmp(&right.1).then(right.0.cmp(left.0)))
            .map_or_else(|| value.to_owned(), |(written, _)| written.to_owned())
    }
}

pub fn render_list(
    patterns: &[Pattern],
    sources: &[SourcePath],
    analysis: &crate::analyze::Analysis,
) -> String {
    let mut places = Places::new(sources);
    let written = Written::new(analysis);
    let mut out = String::new();
    for pattern in patterns {
        let elements = pattern.elements();
        let _ = writeln!(
            out,
            "{}  {}  {}{} · {}",
            pattern.id,
            pattern.name,
            crate::counted(pattern.members.len(), "member", "members"),
            if elements > pattern.members.len() {
                format!(" in {elements} places")
            } else {
                String::new()
            },
            pattern.behaviour
        );
        let mut canonical: Vec<_> = pattern.canonical.iter().collect();
        canonical.sort_by(|left, right| {
            right
                .agreement
                .total_cmp(&left.agreement)
                .then_with(|| left.property.cmp(&right.property))
        });
        let members: Vec<&rebrand_patterns::Member> = pattern.members.iter().collect();
        for value in canonical.iter().take(LISTED) {
            let _ = writeln!(
                out,
                "    {} = {} ({:.0}%)",
                value.property,
                written.of(&members, &value.property, &value.value),
                value.agreement * 100.0
            );
        }
        if canonical.len() > LISTED {
            let _ = writeln!(out, "    … {} more properties", canonical.len() - LISTED);
        }
        for member in pattern.members.iter().take(LISTED) {
            let _ = writeln!(
                out,
                "  - <{}> {}{}",
                member.name,
                places.at(&member.file, member.range.start),
                if member.uses.is_empty() {
                    String::new()
                } else {
                    format!(
                        " (+{})",
                        crate::counted(member.uses.len(), "more place", "more places")
                    )
                }
            );
        }
        if pattern.members.len() > LISTED {
            let _ = writeln!(out, "  - … {} more members", pattern.members.len() - LISTED);
        }
        for outlier in &pattern.outliers {
            let member = &pattern.members[outlier.member];
            let drifts: Vec<String> = outlier
                .drifts
                .iter()
                .map(|(property, value, expected)| {
                    format!(
                        "{property} {} (pattern: {})",
                        written.of(&[member], property, value),
                        written.of(&members, property, expected)
                    )
                })
                .collect();
            let _ = writeln!(
                out,
                "  ! drifts: {} {}",
                places.at(&member.file, member.range.start),
                drifts.join(", ")
            );
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "{}",
        crate::counted(patterns.len(), "pattern", "patterns")
    );
    out
}

/// One pattern in full, with miette labels on its members in each file.
pub fn render_one(
    pattern: &Pattern,
    sources: &[SourcePath],
    analysis: &crate::analyze::Analysis,
    color: bool,
) -> String {
    let mut out = render_list(std::slice::from_ref(pattern), sources, analysis);
    let mut places = Places::new(sources);
    let mut labels: BTreeMap<String, Vec<LabeledSpan>> = BTreeMap::new();
    for (index, member) in pattern.members.iter().enumerate() {
        let drifting = pattern
            .outliers
            .iter()
            .any(|outlier| outlier.member == index);
        labels
            .entry(member.file.to_string())
            .or_default()
            .push(LabeledSpan::new_with_span(
                Some(if drifting {
                    "drifts".to_owned()
                } else {
                    "member".to_owned()
                }),
                (member.range.start as usize, member.range.len() as usize),
            ));
        for place in &member.uses {
            labels
                .entry(place.file.to_string())
                .or_default()
                .push(LabeledSpan::new_with_span(
                    Some(if drifting { "drifts (a use)" } else { "a use" }.to_owned()),
                    (place.range.start as usize, place.range.len() as usize),
                ));
        }
    }
    render_labelled_files(&mut out, labels, |path| places.text(path).to_owned(), color);
    out
}

/// The pattern `wanted` names (contracts §3): an id or its start, else a name no other pattern
/// has (an ambiguous name is an error listing the ids), else a member's position `file:line`.
pub fn find<'p>(
    found: &[&'p rebrand_patterns::Pattern],
    analysis: &crate::analyze::Analysis,
    wanted: &str,
) -> Result<&'p rebrand_patterns::Pattern, String> {
    if let Some(pattern) = found.iter().find(|pattern| pattern.id.starts_with(wanted)) {
        return Ok(pattern);
    }
    let named: Vec<&&rebrand_patterns::Pattern> = found
        .iter()
        .filter(|pattern| pattern.name == wanted)
        .collect();
    match named.as_slice() {
        [pattern] => return Ok(pattern),
        [] => {}
        several => {
            let ids: Vec<&str> = several.iter().map(|pattern| pattern.id.as_str()).collect();
            return Err(format!(
                "{} patterns are named `{wanted}`; pass one of their ids: {}",
                several.len(),
                ids.join(", ")
            ));
        }
    }
    let at_member = wanted.rsplit_once(':').and_then(|(file, line)| {
        let line: u32 = line.parse().ok()?;
        let index = analysis.file_index(file)?;
        let lines = analysis.line_index(index);
        let source = &*analysis.sources[index];
        found.iter().copied().find(|pattern| {
            pattern.members.iter().any(|member| {
                let places = std::iter::once((&member.file, member.range.start)).chain(
                    member
                        .uses
                        .iter()
                        .map(|place| (&place.file, place.range.start)),
                );
                places.into_iter().any(|(place, start)| {
                    &**place == file && lines.line_column(source, start).line == line
                })
            })
        })
    });
    at_member.ok_or_else(|| format!("no pattern has the id, the name or a member at `{wanted}`"))
}
