//! `parse_check < PATHS`: rebrand's side of the syntax conformance check (`benches/conformance.sh`).
//! Reads stylesheet paths, one a line, parses each as rebrand does and prints
//! `path<TAB>clean(1|0|-)<TAB>declarations<TAB>first problem` — clean when the tree has no error
//! node; `-` for a file rebrand does not parse at all (a kind it does not read, or not UTF-8).

use std::io::{BufRead, Write};

use rebrand_facts::FileKind;
use rebrand_values::ValueOptions;

fn check(path: &str) -> String {
    let Some(kind) = FileKind::from_path(path) else {
        return format!("{path}\t-\t0\tnot a stylesheet rebrand reads");
    };
    let Ok(text) = std::fs::read_to_string(path) else {
        return format!("{path}\t-\t0\tnot UTF-8 text, which rebrand does not analyse");
    };
    let facts = rebrand_css::extract_stylesheet(&text, kind, ValueOptions::default());
    let first_problem = facts
        .problems
        .iter()
        .find(|problem| problem.code.starts_with("parse/"))
        .map(|problem| {
            let start = problem.range.start as usize;
            let line = text[..start.min(text.len())].matches('\n').count() + 1;
            format!(
                "{}:{line}: {}",
                problem.code,
                problem.message.replace('\t', " ")
            )
        })
        .unwrap_or_default();
    format!(
        "{path}\t{}\t{}\t{first_problem}",
        u8::from(facts.parsed_cleanly),
        facts.declarations.len()
    )
}

fn main() {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in stdin.lock().lines().map_while(Result::ok) {
        if line.is_empty() {
            continue;
        }
        if writeln!(out, "{}", check(&line)).is_err() {
            return;
        }
    }
}
