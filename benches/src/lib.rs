//! Benchmark support for rebrand: a deterministic generator of realistic mixed-syntax corpora and
//! a raw-parse baseline that only parses (swc, lightningcss, tree-sitter) and extracts nothing,
//! and B-cubed scoring of found patterns against labels.
//!
//! Not an API boundary; only the binaries in `src/bin` and `benches/*.sh` use it.

pub mod bcubed;
pub mod generate;
pub mod labelled;
