//! The grammars a stylesheet is read with, one tree-sitter parser per grammar and thread, and
//! each grammar's node-kind and field ids looked up once.

use std::cell::RefCell;
use std::num::NonZeroU16;
use std::sync::OnceLock;

use tree_sitter::{Language, Node, Parser, Tree};

/// The grammar a text is parsed with. Plain CSS and template CSS use the SCSS grammar, a
/// superset of CSS; they differ from SCSS only in what their problems are called and in how a
/// few ambiguous forms are read (`a:hover { … }` is a nested rule outside SCSS).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Grammar {
    Css,
    Scss,
    Less,
}

impl Grammar {
    /// The code of a parse problem, naming the grammar that failed.
    pub(crate) fn problem_code(self) -> &'static str {
        match self {
            Self::Css => "parse/css",
            Self::Scss => "parse/scss",
            Self::Less => "parse/less",
        }
    }

    fn index(self) -> usize {
        usize::from(self == Self::Less)
    }

    fn language(self) -> Language {
        match self {
            Self::Css | Self::Scss => rebrand_scss_grammar::language(),
            Self::Less => rebrand_scss_grammar::less_language(),
        }
    }
}

thread_local! {
    static PARSERS: RefCell<[Option<Parser>; 2]> = const { RefCell::new([None, None]) };
}

/// Parses `text` with this thread's parser for `grammar`, reusing `old` (already edited to match
/// `text`) where given; `None` only if tree-sitter gives up (it does not on text).
pub(crate) fn parse(grammar: Grammar, text: &str, old: Option<&Tree>) -> Option<Tree> {
    PARSERS.with(|cell| {
        let mut parsers = cell.borrow_mut();
        let parser = parsers[grammar.index()].get_or_insert_with(|| {
            let mut parser = Parser::new();
            parser
                .set_language(&grammar.language())
                .expect("the committed parsers match the tree-sitter ABI");
            parser
        });
        parser.parse(text, old)
    })
}

/// A grammar's node-kind names by id, and the field and kind ids that the walker compares,
/// looked up once: tree-sitter's `field_name` and `kind` measure and check a C string every time,
/// for every node the walker visits.
pub(crate) struct GrammarIds {
    kinds: Vec<Box<str>>,
    pub property: Option<NonZeroU16>,
    pub name: Option<NonZeroU16>,
    pub value: Option<NonZeroU16>,
    pub important: u16,
    pub default_flag: u16,
    comment: u16,
    js_comment: u16,
}

impl GrammarIds {
    pub(crate) fn of(grammar: Grammar) -> &'static Self {
        static IDS: [OnceLock<GrammarIds>; 2] = [OnceLock::new(), OnceLock::new()];
        IDS[grammar.index()].get_or_init(|| Self::new(&grammar.language()))
    }

    fn new(language: &Language) -> Self {
        let kinds = (0..language.node_kind_count())
            .map(|id| {
                let id = u16::try_from(id).unwrap_or(u16::MAX);
                language.node_kind_for_id(id).unwrap_or_default().into()
            })
            .collect();
        Self {
            kinds,
            property: language.field_id_for_name("property"),
            name: language.field_id_for_name("name"),
            value: language.field_id_for_name("value"),
            important: language.id_for_node_kind("important", true),
            default_flag: language.id_for_node_kind("default_flag", true),
            comment: language.id_for_node_kind("comment", true),
            js_comment: language.id_for_node_kind("js_comment", true),
        }
    }

    /// The node's kind, as `Node::kind` gives it.
    pub(crate) fn kind<'tree>(&'static self, node: &Node<'tree>) -> &'tree str {
        match self.kinds.get(usize::from(node.kind_id())) {
            Some(kind) => kind,
            None => node.kind(),
        }
    }

    pub(crate) fn is_comment(&self, kind: u16) -> bool {
        kind == self.comment || kind == self.js_comment
    }
}
