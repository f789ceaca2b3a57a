//! Recovery keeps what parsed: each fixture under `tests/recovery/` parses cleanly as written,
//! and is then broken at each marker in turn. `/*BREAK*/` becomes a statement no grammar accepts;
//! `/*BREAK-IN*/` puts garbage inside the statement it stands in (a selector, a prelude). Either
//! way the broken statement is skipped with one error problem, and every declaration outside it is
//! still extracted, at the same range, with the same selector, condition and value.

use std::path::Path;

use rebrand_css::extract_stylesheet;
use rebrand_facts::{Declaration, FileKind};
use rebrand_values::ValueOptions;

/// Markers and the same-length garbage that replaces each, so that offsets do not move.
const MARKERS: [(&str, &str); 2] = [("/*BREAK*/", "^^oops^^;"), ("/*BREAK-IN*/", "^^^broken^^^")];

/// What a declaration is, for comparing two parses of texts of the same length.
fn fact(declaration: &Declaration) -> String {
    format!(
        "{:?} {} {} = {} [{:?}] {:?}",
        declaration.range,
        declaration.origin.selector.as_deref().unwrap_or("-"),
        declaration.property,
        declaration.value_text,
        declaration.condition.media,
        declaration.condition.states,
    )
}

fn fixtures() -> Vec<(String, String)> {
    let directory = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/recovery");
    let mut fixtures: Vec<_> = std::fs::read_dir(&directory)
        .expect("the fixture directory exists")
        .map(|entry| entry.expect("a readable entry").path())
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).expect("UTF-8 fixture"))
        })
        .collect();
    fixtures.sort();
    fixtures
}

#[test]
fn every_fixture_parses_cleanly_as_written() {
    for (name, text) in fixtures() {
        let kind = FileKind::from_path(&name).unwrap();
        let facts = extract_stylesheet(&text, kind, ValueOptions::default());
        assert!(
            facts.parsed_cleanly && facts.problems.is_empty(),
            "{name}: {:#?}",
            facts.problems
        );
        assert!(
            facts.declarations.len() >= 3,
            "{name}: too few declarations"
        );
    }
}

#[test]
fn a_broken_statement_costs_that_statement_only() {
    let mut broken_variants = 0;
    for (name, text) in fixtures() {
        let kind = FileKind::from_path(&name).unwrap();
        let clean = extract_stylesheet(&text, kind, ValueOptions::default());
        for (marker, garbage) in MARKERS {
            for (position, _) in text.match_indices(marker) {
                broken_variants += 1;
                let mut broken_text = text.clone();
                broken_text.replace_range(position..position + marker.len(), garbage);
                let broken = extract_stylesheet(&broken_text, kind, ValueOptions::default());
                let line = text[..position].matches('\n').count() + 1;
                let case = format!("{name}:{line} ({marker})");
                assert!(!broken.parsed_cleanly, "{case}: the garbage parsed");
                let [problem] = broken.problems.as_slice() else {
                    panic!("{case}: expected one problem, got {:#?}", broken.problems);
                };
                let skipped = problem.range.as_usize_range();
                assert!(
                    skipped.contains(&position),
                    "{case}: the problem at {skipped:?} is not where the garbage is"
                );
                let expected: Vec<String> = clean
                    .declarations
                    .iter()
                    .filter(|declaration| {
                        let range = declaration.range.as_usize_range();
                        range.end <= skipped.start || range.start >= skipped.end
                    })
                    .map(fact)
                    .collect();
                let found: Vec<String> = broken.declarations.iter().map(fact).collect();
                assert_eq!(found, expected, "{case}");
                if marker == "/*BREAK*/" {
                    assert_eq!(
                        found.len(),
                        clean.declarations.len(),
                        "{case}: a statement between declarations costs none of them"
                    );
                }
            }
        }
    }
    assert!(
        broken_variants >= 20,
        "only {broken_variants} broken variants"
    );
}

#[test]
fn a_statement_may_leave_out_its_semicolon_before_the_end_of_its_block() {
    // PostCSS and browsers read both; a Tailwind app's `.prose hr { @apply my-6 }` built fine.
    for text in [
        ".prose hr {\n  @apply my-6\n}\n.b { color: red; }\n",
        ".a { color: red; padding: 4px }",
    ] {
        let facts = extract_stylesheet(text, FileKind::Css, ValueOptions::default());
        assert!(facts.problems.is_empty(), "{text}: {:#?}", facts.problems);
    }
}
