//! The entry points the fuzz targets (`fuzz/`, run with `cargo fuzz`) and the replay of their
//! corpora under `cargo test` share. Each takes the fuzzer's bytes, runs one reader of untrusted
//! text — CSS, SCSS, Less, CSS-in-JS templates, DTCG token files, configuration and migration
//! files — and panics when an invariant breaks (a recorded range that does not slice the text),
//! so a crash the fuzzer finds fails the replay in CI the same way once its input is committed.
//!
//! Invariant: the entry points are the readers' public functions, called as the command line
//! calls them; nothing here is a second implementation. Not an API boundary.

use std::fmt::Write as _;

use arbitrary::{Arbitrary, Unstructured};
use rebrand_facts::{Declaration, FileKind, Problem, Token};
use rebrand_values::ValueOptions;

/// One fuzz target: its name (the directory of its corpus) and its entry point.
pub type Target = (&'static str, fn(&[u8]));

/// Every target, by name.
pub const TARGETS: [Target; 6] = [
    ("css", css),
    ("scss", scss),
    ("less", less),
    ("template", template_bytes),
    ("design_tokens", design_tokens),
    ("configuration", configuration),
];

/// Panics unless every range the facts record slices `text`.
fn check_ranges(text: &str, declarations: &[Declaration], tokens: &[Token], problems: &[Problem]) {
    for declaration in declarations {
        let ranges = [
            Some(declaration.range),
            Some(declaration.value_range),
            declaration.property_range,
        ];
        for range in ranges.into_iter().flatten() {
            assert!(
                range.slice(text).is_some(),
                "declaration `{}` has the range {range:?}, outside the text or inside a character",
                declaration.property
            );
        }
    }
    for token in tokens {
        for range in [token.range, token.name_range, token.value_range] {
            assert!(
                range.slice(text).is_some(),
                "token `{}` has the range {range:?}, outside the text or inside a character",
                token.name
            );
        }
    }
    for problem in problems {
        assert!(
            problem.range.end as usize <= text.len(),
            "problem `{}` has the range {:?}, past the end of the text",
            problem.message,
            problem.range
        );
    }
}

/// Reads `data` (lossily as UTF-8, as a file that is not UTF-8 never reaches the readers) as a
/// stylesheet of `kind`.
fn stylesheet(data: &[u8], kind: FileKind) {
    let text = String::from_utf8_lossy(data);
    let facts = rebrand_css::extract_stylesheet(&text, kind, ValueOptions::default());
    check_ranges(&text, &facts.declarations, &facts.tokens, &facts.problems);
}

/// The CSS reader.
pub fn css(data: &[u8]) {
    stylesheet(data, FileKind::Css);
}

/// The SCSS reader.
pub fn scss(data: &[u8]) {
    stylesheet(data, FileKind::Scss);
}

/// The Less reader.
pub fn less(data: &[u8]) {
    stylesheet(data, FileKind::Less);
}

/// What a template's `${…}` holds.
#[derive(Debug, Arbitrary)]
pub enum Hole {
    /// A constant of the file (`${accent}`, defined as a string).
    Constant(String),
    /// A prop read (`${(p) => p.$gap}`).
    PropRead,
    /// A nested `css` fragment.
    Fragment(String),
    /// A number.
    Number(i16),
}

/// A styled-components template: text parts with holes between them.
#[derive(Debug, Arbitrary)]
pub struct TemplateInput {
    /// The text parts, each escaped for a template literal.
    pub parts: Vec<String>,
    /// The holes between the parts.
    pub holes: Vec<Hole>,
}

/// Escapes `text` for the inside of a template literal.
fn escaped(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('`', "\\`")
        .replace("${", "\\${")
}

/// The module `input` describes: a constant, a fragment and the styled component.
fn template_module(input: &TemplateInput) -> String {
    let mut constants = String::new();
    let mut body = String::new();
    for (index, part) in input.parts.iter().enumerate() {
        body.push_str(&escaped(part));
        let Some(hole) = input.holes.get(index) else {
            continue;
        };
        match hole {
            Hole::Constant(value) => {
                let _ = writeln!(constants, "const c{index} = {value:?};");
                let _ = write!(body, "${{c{index}}}");
            }
            Hole::PropRead => body.push_str("${(p) => p.$gap}"),
            Hole::Fragment(text) => {
                let _ = writeln!(constants, "const f{index} = css`{}`;", escaped(text));
                let _ = write!(body, "${{f{index}}}");
            }
            Hole::Number(number) => {
                let _ = write!(body, "${{{number}}}");
            }
        }
    }
    format!(
        "import styled, {{ css }} from 'styled-components';\n{constants}export const Box = styled.div`{body}`;\nexport const App = () => <Box $gap={{4}} />;\n"
    )
}

/// The CSS-in-JS template reader, on a module built from `input`.
pub fn template(input: &TemplateInput) {
    let text = template_module(input);
    let facts = rebrand_js::extract_js(
        &text,
        FileKind::Tsx,
        ValueOptions::default(),
        rebrand_js::Stylis::default(),
    );
    check_ranges(&text, &facts.declarations, &facts.tokens, &facts.problems);
}

/// [`template`] on raw fuzzer bytes, read as `cargo fuzz` reads them.
pub fn template_bytes(data: &[u8]) {
    if let Ok(input) = TemplateInput::arbitrary_take_rest(Unstructured::new(data)) {
        template(&input);
    }
}

/// The DTCG token reader, and the merge that follows aliases.
pub fn design_tokens(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let facts = rebrand_tokens::extract_design_tokens(&text, ValueOptions::default());
    check_ranges(&text, &[], &facts.tokens, &facts.problems);
    let _ = rebrand_rewrite::TokenSet::merge(&[facts]);
}

/// The configuration and migration readers: an error must point inside the text.
pub fn configuration(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    for error in [
        rebrand_config::Config::parse(&text).err(),
        rebrand_config::Migration::parse(&text).err(),
    ]
    .into_iter()
    .flatten()
    {
        assert!(
            error.range.end as usize <= text.len(),
            "the error `{}` points past the end of the text",
            error.message
        );
    }
}
