//! Runs the grammars' tree-sitter corpus tests (`grammars/{scss,less}/test/corpus/*.txt`) against
//! the compiled parsers, so CI checks the grammars without the tree-sitter CLI. `tree-sitter test`
//! in each grammar's directory runs the same files.

use std::path::Path;

/// One corpus case: its title, its input and the expected tree.
struct Case {
    title: String,
    input: String,
    expected: String,
}

fn is_rule(line: &str, character: char) -> bool {
    line.len() >= 3 && line.chars().all(|found| found == character)
}

fn parse_corpus(text: &str) -> Vec<Case> {
    let lines: Vec<&str> = text.lines().collect();
    let mut cases = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        if !is_rule(lines[index], '=') {
            index += 1;
            continue;
        }
        let title = lines[index + 1].trim().to_owned();
        index += 3;
        let mut input = Vec::new();
        while index < lines.len() && !is_rule(lines[index], '-') {
            input.push(lines[index]);
            index += 1;
        }
        index += 1;
        let mut expected = Vec::new();
        while index < lines.len() && !is_rule(lines[index], '=') {
            expected.push(lines[index]);
            index += 1;
        }
        cases.push(Case {
            title,
            input: input.join("\n"),
            expected: expected.join("\n"),
        });
    }
    cases
}

/// Collapses whitespace and drops field names, as `tree-sitter test` compares trees.
fn normalise(tree: &str) -> String {
    let spaced = tree.replace('(', " (").replace(')', " ) ");
    spaced
        .split_whitespace()
        .filter(|word| !word.ends_with(':'))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Parses every case of a grammar's corpus directory and returns how many were checked.
fn check_corpus(directory: &str, language: &tree_sitter::Language) -> usize {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join(directory);
    let mut parser = tree_sitter::Parser::new();
    parser.set_language(language).expect("ABI matches");
    let mut entries: Vec<_> = std::fs::read_dir(&corpus)
        .expect("corpus directory")
        .map(|entry| entry.expect("entry").path())
        .collect();
    entries.sort();
    let mut checked = 0;
    let mut failures = Vec::new();
    for path in entries {
        let text = std::fs::read_to_string(&path).expect("corpus file");
        for case in parse_corpus(&text) {
            let tree = parser.parse(&case.input, None).expect("parse");
            let actual = normalise(&tree.root_node().to_sexp());
            if actual != normalise(&case.expected) {
                failures.push(format!(
                    "{}: {}\n  expected {}\n  actual   {}",
                    path.display(),
                    case.title,
                    normalise(&case.expected),
                    actual
                ));
            }
            assert!(!tree.root_node().has_error(), "{}: error node", case.title);
            checked += 1;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    checked
}

#[test]
fn scss_corpus_trees_match() {
    let checked = check_corpus(
        "../../grammars/scss/test/corpus",
        &rebrand_scss_grammar::language(),
    );
    assert!(checked >= 20, "only {checked} corpus cases found");
}

#[test]
fn less_corpus_trees_match() {
    let checked = check_corpus(
        "../../grammars/less/test/corpus",
        &rebrand_scss_grammar::less_language(),
    );
    assert!(checked >= 6, "only {checked} corpus cases found");
}
