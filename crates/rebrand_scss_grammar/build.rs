//! Compiles the generated SCSS and Less parsers and their external scanner (one shared source,
//! `grammars/common/css_scanner.h`, included by each grammar's `src/scanner.c`).

use std::path::PathBuf;

fn compile(grammar: &str) {
    let source = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../grammars")
        .join(grammar)
        .join("src");
    let parser = source.join("parser.c");
    let scanner = source.join("scanner.c");
    cc::Build::new()
        .include(&source)
        .file(&parser)
        .file(&scanner)
        .std("c11")
        .warnings(false)
        .compile(&format!("tree-sitter-{grammar}"));
    println!("cargo:rerun-if-changed={}", parser.display());
    println!("cargo:rerun-if-changed={}", scanner.display());
}

fn main() {
    compile("scss");
    compile("less");
    let common =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../grammars/common/css_scanner.h");
    println!("cargo:rerun-if-changed={}", common.display());
}
