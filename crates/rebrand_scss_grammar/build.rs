//! Compiles the generated SCSS parser and its external scanner from `grammars/scss/src`.

use std::path::PathBuf;

fn main() {
    let grammar_source = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../grammars/scss/src");
    let parser = grammar_source.join("parser.c");
    let scanner = grammar_source.join("scanner.c");
    cc::Build::new()
        .include(&grammar_source)
        .file(&parser)
        .file(&scanner)
        .std("c11")
        .warnings(false)
        .compile("tree-sitter-scss");
    println!("cargo:rerun-if-changed={}", parser.display());
    println!("cargo:rerun-if-changed={}", scanner.display());
}
