//! What `rebrand apply` prints: the summary, the notes for a person, the names that would
//! dangle, the documents that mention renamed tokens and the diff, or all of it as a JSON plan.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rebrand_edit::unified_diff;
use rebrand_rewrite::{FilePlan, TokenChange};
use rebrand_text::LineIndex;
use serde_json::json;

use crate::analyze::Analysis;
use crate::fix::FileFix;

/// What the plan is reported with.
pub(super) struct Report<'a> {
    pub migration: &'a Path,
    pub analysis: &'a Analysis,
    pub changes: &'a [TokenChange],
    pub plans: &'a [FilePlan],
    pub mentions: &'a [Mentions],
    pub left_out: &'a [Mentions],
}

/// The renamed tokens' old names that a file the plan does not edit still holds: a Markdown, MDX or
/// HTML document, or a file left out with `--include`/`--exclude`.
pub(super) struct Mentions {
    display: String,
    text: Arc<str>,
    pub places: Vec<rebrand_rewrite::Mention>,
}

/// The plans of the files left out of the migration, turned into what they would still name:
/// each rename the plan makes there (a definition, a reference, a Tailwind class) dangles once
/// the rest is applied. The other files' plans are returned as they are.
pub(super) fn left_out_mentions(
    plans: Vec<FilePlan>,
    analysis: &Analysis,
    changes: &[TokenChange],
    outside: &[usize],
) -> (Vec<FilePlan>, Vec<Mentions>) {
    let (left_out, kept): (Vec<FilePlan>, Vec<FilePlan>) = plans
        .into_iter()
        .partition(|plan| outside.contains(&plan.file));
    let mentions = left_out
        .into_iter()
        .filter_map(|plan| {
            let places: Vec<rebrand_rewrite::Mention> = plan
                .places
                .iter()
                .filter(|place| {
                    changes[place.change].is_renamed()
                        && place.kind != rebrand_rewrite::PlaceKind::Literal
                })
                .map(|place| rebrand_rewrite::Mention {
                    range: place.edit.range,
                    change: place.change,
                    new_name: place.edit.replacement.clone(),
                })
                .collect();
            (!places.is_empty()).then(|| Mentions {
                display: analysis.files[plan.file].path.clone(),
                text: Arc::clone(&analysis.sources[plan.file]),
                places,
            })
        })
        .collect();
    (kept, mentions)
}

/// Every document that mentions a renamed token; documents that cannot be read are passed over.
pub(super) fn document_mentions(
    input: &rebrand_rewrite::PlanInput<'_>,
    documents: &[(String, PathBuf)],
) -> Vec<Mentions> {
    if !input.changes.iter().any(TokenChange::is_renamed) {
        return Vec::new();
    }
    let read: Vec<(String, Arc<str>)> = documents
        .iter()
        .filter_map(|(display, path)| {
            let text =
                rebrand_io::read_input(path, rebrand_io::CONFIGURATION_LIMIT, "document").ok()?;
            Some((display.clone(), Arc::from(text)))
        })
        .collect();
    // A document is read as SCSS: that finds both `--x` and `$x` in its prose and examples.
    let texts: Vec<(rebrand_facts::FileKind, &str)> = read
        .iter()
        .map(|(_, text)| (rebrand_facts::FileKind::Scss, &**text))
        .collect();
    let found = rebrand_rewrite::mentions(input, &texts);
    read.into_iter()
        .zip(found)
        .filter(|(_, places)| !places.is_empty())
        .map(|((display, text), places)| Mentions {
            display,
            text,
            places,
        })
        .collect()
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

pub(super) fn pretty(report: &Report<'_>, edited: &[FileFix], write: bool) -> String {
    let Report {
        migration,
        analysis,
        changes,
        plans,
        mentions,
        left_out,
    } = *report;
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
    write_notes(&mut text, analysis, plans);
    write_mentions(&mut text, left_out, mentions);
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

/// The notes for a person and the names the plan would leave dangling, by file and position.
fn write_notes(text: &mut String, analysis: &Analysis, plans: &[FilePlan]) {
    let notes = |pick: fn(&FilePlan) -> &[rebrand_rewrite::Note]| {
        plans
            .iter()
            .flat_map(move |plan| pick(plan).iter().map(move |note| (plan.file, note)))
            .collect::<Vec<_>>()
    };
    for (heading, listed) in [
        ("need a person", notes(|plan| &plan.notes)),
        (
            "would still name a renamed token (dangling)",
            notes(|plan| &plan.dangling),
        ),
    ] {
        if listed.is_empty() {
            continue;
        }
        let _ = writeln!(
            text,
            "\n{} {heading}:",
            crate::counted(listed.len(), "place", "places")
        );
        for (file, note) in listed {
            let source = &*analysis.sources[file];
            let position = LineIndex::new(source).line_column(source, note.range.start);
            let _ = writeln!(
                text,
                "  {}:{}:{}: {}",
                analysis.files[file].path,
                position.line,
                position.column + 1,
                note.message
            );
        }
    }
}

/// The names files left out of the migration and documents still hold.
fn write_mentions(text: &mut String, left_out: &[Mentions], mentions: &[Mentions]) {
    for (heading, listed) in [
        (
            "in files left out of the migration still name a renamed token (dangling)",
            left_out,
        ),
        (
            "in documents still name a renamed token (documents are not edited)",
            mentions,
        ),
    ] {
        let count: usize = listed.iter().map(|file| file.places.len()).sum();
        if count == 0 {
            continue;
        }
        let _ = writeln!(
            text,
            "\n{} {heading}:",
            crate::counted(count, "mention", "mentions")
        );
        for file in listed {
            let index = LineIndex::new(&file.text);
            for mention in &file.places {
                let position = index.line_column(&file.text, mention.range.start);
                let _ = writeln!(
                    text,
                    "  {}:{}:{}: `{}` is now `{}`",
                    file.display,
                    position.line,
                    position.column + 1,
                    mention.range.slice(&file.text).unwrap_or_default(),
                    mention.new_name
                );
            }
        }
    }
}

pub(super) fn json_plan(report: &Report<'_>) -> String {
    let Report {
        migration,
        analysis,
        changes,
        plans,
        mentions,
        left_out,
    } = *report;
    let note_json = |note: &rebrand_rewrite::Note, position: &dyn Fn(u32) -> serde_json::Value| {
        json!({
            "change": note.change,
            "range": note.range,
            "start": position(note.range.start),
            "message": note.message,
        })
    };
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
                .map(|note| note_json(note, &position))
                .collect();
            let dangling: Vec<serde_json::Value> = plan
                .dangling
                .iter()
                .map(|note| note_json(note, &position))
                .collect();
            json!({
                "path": analysis.files[plan.file].path,
                "places": places,
                "notes": notes,
                "dangling": dangling,
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
        "left_out": mentions_json(left_out),
        "documents": mentions_json(mentions),
    }))
    .unwrap_or_default();
    text.push('\n');
    text
}

/// Each file's mentions of renamed tokens, as JSON.
fn mentions_json(listed: &[Mentions]) -> Vec<serde_json::Value> {
    listed
        .iter()
        .map(|file| {
            let index = LineIndex::new(&file.text);
            let places: Vec<serde_json::Value> = file
                .places
                .iter()
                .map(|mention| {
                    let at = index.line_column(&file.text, mention.range.start);
                    json!({
                        "change": mention.change,
                        "range": mention.range,
                        "start": { "line": at.line, "column": at.column + 1 },
                        "name": mention.range.slice(&file.text).unwrap_or_default(),
                        "new_name": mention.new_name,
                    })
                })
                .collect();
            json!({ "path": file.display, "mentions": places })
        })
        .collect()
}
