//! `raw_parse DIR [THREADS]`: the baseline the whole-run benchmark compares against. Walks DIR the
//! same way rebrand does and parses every file — swc for JS/TS, lightningcss for CSS, tree-sitter
//! for SCSS — extracting nothing.

use rayon::prelude::*;
use swc_common::BytePos;
use swc_ecma_parser::{EsSyntax, Parser, StringInput, Syntax, TsSyntax};

// The same allocator as `rebrand`, so that the ratio measures extraction, not allocators.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn parse_file(path: &std::path::Path) -> bool {
    let Ok(text) = std::fs::read_to_string(path) else {
        return false;
    };
    let name = path.to_string_lossy();
    let extension = name.rsplit('.').next().unwrap_or_default();
    match extension {
        "js" | "jsx" | "ts" | "tsx" | "mjs" | "cjs" => {
            let syntax = match extension {
                "ts" => Syntax::Typescript(TsSyntax::default()),
                "tsx" => Syntax::Typescript(TsSyntax {
                    tsx: true,
                    ..TsSyntax::default()
                }),
                _ => Syntax::Es(EsSyntax {
                    jsx: true,
                    ..EsSyntax::default()
                }),
            };
            let input = StringInput::new(&text, BytePos(1), BytePos(1 + text.len() as u32));
            Parser::new(syntax, input, None).parse_program().is_ok()
        }
        "css" => lightningcss::stylesheet::StyleSheet::parse(
            &text,
            lightningcss::stylesheet::ParserOptions::default(),
        )
        .is_ok(),
        "scss" => {
            let mut parser = tree_sitter::Parser::new();
            parser
                .set_language(&rebrand_scss_grammar::language())
                .is_ok()
                && parser.parse(&text, None).is_some()
        }
        _ => false,
    }
}

fn main() {
    let arguments: Vec<String> = std::env::args().collect();
    let Some(directory) = arguments.get(1) else {
        eprintln!("usage: raw_parse DIR [THREADS]");
        std::process::exit(2);
    };
    let threads = arguments
        .get(2)
        .and_then(|threads| threads.parse().ok())
        .unwrap_or(2);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .stack_size(512 * 1024 * 1024)
        .build()
        .expect("thread pool");
    let mut paths: Vec<_> = ignore::WalkBuilder::new(directory)
        .build()
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_some_and(|kind| kind.is_file()))
        .map(ignore::DirEntry::into_path)
        .collect();
    paths.sort();
    let parsed = pool.install(|| paths.par_iter().filter(|path| parse_file(path)).count());
    println!("parsed {parsed} of {} files", paths.len());
}
