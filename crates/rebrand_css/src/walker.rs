//! Walks a tree-sitter tree of CSS/SCSS and records declarations, tokens, module classes and problems.

use std::cell::OnceCell;
use std::sync::Arc;

use rebrand_facts::{
    Condition, Declaration, Origin, Problem, SmolStr, Syntax, Token, TokenKind, Value,
};
use rebrand_text::TextRange;
use rebrand_values::{names_a_state, selectors_condition, ValueOptions};
use tree_sitter::{Node, Tree};

use crate::grammar::{self, Grammar, GrammarIds};
use crate::recovery;
use crate::selectors::{
    local_class_names, normalise_whitespace, resolve_at_root, resolve_nested, split_selector_list,
};
use crate::template::{Stylis, TemplateHole};

mod tokens;
mod values;

/// Rules nested deeper than this are skipped with a problem, so that hostile input cannot exhaust
/// the stack.
const MAX_NESTING: usize = 256;

/// Parse problems reported per file at most; a garbage file would otherwise drown the report.
const MAX_PROBLEMS: usize = 20;

/// The facts of one stylesheet or template.
#[derive(Debug, Default)]
pub struct StylesheetFacts {
    /// Declarations in source order.
    pub declarations: Vec<Declaration>,
    /// Custom properties, Tailwind theme variables and SCSS variables defined.
    pub tokens: Vec<Token>,
    /// Parse problems.
    pub problems: Vec<Problem>,
    /// Class names a CSS Module exports (local, not `:global`).
    pub module_classes: Vec<String>,
    /// `@use`, `@forward` and `@import` targets.
    pub imports: Vec<rebrand_facts::StyleImport>,
    /// CSS Modules `composes`.
    pub composes: Vec<rebrand_facts::Composition>,
    /// Whether the tree has no error node.
    pub parsed_cleanly: bool,
    /// For a template, the part of the CSS each hole stands in, in the holes' order.
    pub hole_positions: Vec<rebrand_facts::HolePosition>,
    /// Tailwind `@apply`s, expanded once the project's theme is known.
    pub tailwind_applies: Vec<rebrand_facts::TailwindApply>,
    /// SCSS `@include`s inside rules.
    pub scss_includes: Vec<rebrand_facts::ScssInclude>,
}

/// What the walk needs to know about where the text came from.
pub(crate) struct WalkContext<'h> {
    pub syntax: Syntax,
    pub binding: Option<String>,
    /// The selector that top-level declarations of a template apply to (`&`).
    pub top_level_selector: Option<String>,
    /// Placeholders standing for `${…}` expressions, with ranges relative to the parsed text.
    pub holes: &'h [TemplateHole],
    /// Which holes were filled as statements of their own (interpolated mixins), by index.
    pub statement_holes: &'h [bool],
    /// The stylis a template is read with (`V4` for stylesheets, which nest as CSS does).
    pub stylis: Stylis,
    pub dynamic: bool,
    /// The props the template needs (`$active` inside ``${p => p.$active && css`…`}``).
    pub variants: &'h [String],
    pub options: ValueOptions,
    /// The grammar the text is parsed with.
    pub grammar: Grammar,
}

impl WalkContext<'_> {
    /// The code of a parse problem, naming the grammar that failed.
    fn problem_code(&self) -> &'static str {
        self.grammar.problem_code()
    }

    fn language_name(&self) -> &'static str {
        match (self.grammar, self.syntax) {
            (Grammar::Scss, _) => "SCSS",
            (Grammar::Less, _) => "Less",
            (Grammar::Css, Syntax::StyledTemplate) => "CSS in a template",
            (Grammar::Css, _) => "CSS",
        }
    }
}

/// Parses `text` and extracts its facts; byte `i` of `text` is byte `i + offset` of the file (the
/// offset is negative when a wrapper was put in front of the text). `source` is the same bytes as
/// the file has them, when `text` has placeholders in it.
pub(crate) fn extract_with_source(
    text: &str,
    source: &str,
    offset: i64,
    context: &WalkContext<'_>,
) -> StylesheetFacts {
    let mut facts = StylesheetFacts::default();
    let Some(tree) = grammar::parse(context.grammar, text, None) else {
        facts.problems.push(Problem::error(
            context.problem_code(),
            "the stylesheet parser gave up on this text",
            TextRange::new(shift(0, offset), shift(text.len(), offset)),
        ));
        return facts;
    };
    facts.parsed_cleanly = !tree.root_node().has_error();
    if facts.parsed_cleanly {
        return walk(text, source, offset, context, &tree, facts);
    }
    // One statement the grammar cannot read costs that statement only: it is blanked and the
    // rest parsed again (`recovery`), and the walk reads the text as re-parsed.
    let recovered = recovery::recover(text, tree, |blanked, old| {
        grammar::parse(context.grammar, blanked, Some(old))
    });
    for statement in &recovered.skipped {
        facts
            .problems
            .push(skipped_statement_problem(text, statement, offset, context));
    }
    walk(
        &recovered.text,
        source,
        offset,
        context,
        &recovered.tree,
        facts,
    )
}

fn walk(
    text: &str,
    source: &str,
    offset: i64,
    context: &WalkContext<'_>,
    tree: &Tree,
    facts: StylesheetFacts,
) -> StylesheetFacts {
    let root = tree.root_node();
    let mut walker = Walker {
        ids: GrammarIds::of(context.grammar),
        text,
        source,
        offset,
        context,
        facts,
        depth: 0,
    };
    let scope = Scope {
        selectors: context.top_level_selector.iter().cloned().collect(),
        ..Scope::default()
    };
    walker.walk_children(root, &scope);
    if !context.holes.is_empty() {
        walker.facts.hole_positions =
            crate::holes::classify(root, context.holes, context.statement_holes);
    }
    if root.has_error() {
        walker.collect_errors(root);
    }
    // Most files import nothing; the query walks the whole tree, so ask only when one might.
    if text.contains("@use") || text.contains("@forward") || text.contains("@import") {
        walker.facts.imports = crate::imports::find_imports(root, text, offset);
    }
    walker.facts
}

/// The problem for a statement that recovery skipped, quoting its start.
fn skipped_statement_problem(
    text: &str,
    statement: &recovery::Skipped,
    offset: i64,
    context: &WalkContext<'_>,
) -> Problem {
    let written = &text[statement.start..statement.end];
    let start = statement.start + (written.len() - written.trim_start().len());
    Problem::error(
        context.problem_code(),
        format!(
            "this statement could not be parsed as {}, so it was skipped: `{}`",
            context.language_name(),
            truncate(&statement.text, 60)
        ),
        TextRange::new(shift(start, offset), shift(statement.end, offset)),
    )
    .with_help("the declarations before and after it were still read; fix its syntax to include it")
}

/// Parses and extracts text that is its own source.
pub(crate) fn extract(text: &str, offset: i64, context: &WalkContext<'_>) -> StylesheetFacts {
    extract_with_source(text, text, offset, context)
}

/// What encloses the node being walked. The origin and condition every declaration of the scope
/// shares are built once, on first use, and shared by `Arc`.
#[derive(Default)]
struct Scope {
    selectors: Vec<String>,
    conditions: Vec<String>,
    dark: bool,
    /// Whether a selector's state comes from a template hole whose value is unknown
    /// (`&:${pressed}`): the rules apply under a condition the model cannot name.
    unknown_state: bool,
    mixin: Option<String>,
    property_prefix: Option<String>,
    in_theme: bool,
    shared: OnceCell<(Arc<Origin>, Arc<Condition>)>,
}

impl Scope {
    /// A copy to change for a nested scope; its shared origin and condition are rebuilt.
    fn child(&self) -> Self {
        Self {
            selectors: self.selectors.clone(),
            conditions: self.conditions.clone(),
            dark: self.dark,
            unknown_state: self.unknown_state,
            mixin: self.mixin.clone(),
            property_prefix: self.property_prefix.clone(),
            in_theme: self.in_theme,
            shared: OnceCell::new(),
        }
    }
}

/// The children of a declaration that matter.
struct Parts<'tree> {
    /// The property (`declaration`) or variable (`variable_declaration`).
    head: Option<Node<'tree>>,
    /// The byte span from the first value node to the last.
    value: Option<(usize, usize)>,
    important: bool,
    is_default: bool,
}

struct Walker<'a, 'h> {
    ids: &'static GrammarIds,
    text: &'a str,
    source: &'a str,
    offset: i64,
    context: &'a WalkContext<'h>,
    facts: StylesheetFacts,
    depth: usize,
}

impl Walker<'_, '_> {
    fn range(&self, start: usize, end: usize) -> TextRange {
        TextRange::new(shift(start, self.offset), shift(end, self.offset))
    }

    fn node_range(&self, node: Node<'_>) -> TextRange {
        self.range(node.start_byte(), node.end_byte())
    }

    fn parsed_text(&self, node: Node<'_>) -> &str {
        &self.text[node.byte_range()]
    }

    fn walk_children(&mut self, node: Node<'_>, scope: &Scope) {
        if self.depth > MAX_NESTING {
            self.facts.problems.push(Problem::warning(
                "parse/too-deep",
                format!("rules are nested deeper than {MAX_NESTING} levels; the rest of this block was skipped"),
                self.node_range(node),
            ));
            return;
        }
        self.depth += 1;
        let mut cursor = node.walk();
        for child in node.named_children(&mut cursor) {
            self.walk_node(child, scope);
        }
        self.depth -= 1;
    }

    // One arm per node kind: splitting the dispatch would scatter what each kind means.
    #[allow(clippy::too_many_lines)]
    fn walk_node(&mut self, node: Node<'_>, scope: &Scope) {
        match self.ids.kind(&node) {
            "comment"
            | "js_comment"
            | "import_statement"
            | "use_statement"
            | "forward_statement"
            | "function_statement"
            | "charset_statement"
            | "namespace_statement"
            | "extend_statement"
            | "debug_statement"
            | "return_statement"
            | "content_statement"
            | "mixin_call"
            | "detached_ruleset_call"
            | "function_call_statement" => {}
            "declaration" => self.declaration(node, scope),
            "variable_declaration" if self.context.grammar == Grammar::Less => {
                self.less_variable(node, scope);
            }
            "variable_declaration" => self.scss_variable(node, scope),
            "rule_set" => {
                let Some(selectors) = node
                    .child(0)
                    .filter(|child| self.ids.kind(child) == "selectors")
                else {
                    self.walk_children(node, scope);
                    return;
                };
                let selector_text = self.selector_text(selectors);
                if self.context.syntax == Syntax::CssModule {
                    self.facts
                        .module_classes
                        .extend(local_class_names(&selector_text));
                }
                let mut inner = scope.child();
                inner.selectors = self.nest(&scope.selectors, &selector_text);
                inner.unknown_state |= self.has_unknown_state_hole(selectors);
                self.walk_block(node, &inner);
            }
            // Less's `a when (@mode = dark) { … }`: the rule applies under its guard.
            "guarded_rule_set" => {
                let selectors = node.child(0).map(|selectors| self.selector_text(selectors));
                let guard = self.guard(node);
                let mut inner = scope.child();
                if let Some(selectors) = selectors {
                    inner.selectors =
                        resolve_nested(&scope.selectors, &split_selector_list(&selectors));
                }
                inner.conditions.extend(guard);
                self.walk_block(node, &inner);
            }
            "media_statement" => {
                let query = self.prelude(node, "@media");
                let mut inner = scope.child();
                let lower = query.to_ascii_lowercase();
                if lower.contains("prefers-color-scheme") && lower.contains("dark") {
                    inner.dark = true;
                }
                inner.conditions.push(query);
                self.walk_block(node, &inner);
            }
            "at_rule" => {
                let keyword = node
                    .child(0)
                    .map(|keyword| self.parsed_text(keyword).to_ascii_lowercase())
                    .unwrap_or_default();
                if keyword == "@apply" {
                    self.tailwind_apply(node, scope);
                    return;
                }
                let mut inner = scope.child();
                if keyword == "@theme" {
                    inner.in_theme = true;
                } else {
                    inner.conditions.push(self.prelude(node, ""));
                }
                self.walk_block(node, &inner);
            }
            // postcss-mixins' `@mixin name args { … }` passes its block to the mixin: what the
            // block sets applies under the mixin's condition (`smaller-than 755px`).
            "mixin_statement" | "postcss_mixin_statement"
                if self.context.grammar == Grammar::Css =>
            {
                let mut inner = scope.child();
                inner.conditions.push(self.prelude(node, ""));
                self.walk_block(node, &inner);
            }
            "include_statement" => {
                self.scss_include(node, scope);
                let mut inner = scope.child();
                inner.conditions.push(self.prelude(node, ""));
                self.walk_children(node, &inner);
            }
            "supports_statement"
            | "container_statement"
            | "scope_statement"
            | "if_statement"
            | "else_if_clause"
            | "else_clause"
            | "each_statement"
            | "for_statement"
            | "while_statement" => {
                let mut inner = scope.child();
                inner.conditions.push(self.prelude(node, ""));
                self.walk_children(node, &inner);
            }
            "keyframes_statement" => {
                let name = node
                    .named_child(0)
                    .map(|name| self.parsed_text(name).to_owned())
                    .unwrap_or_default();
                let mut inner = scope.child();
                inner.selectors = vec![format!("@keyframes {name}")];
                self.walk_children(node, &inner);
            }
            "keyframe_block" => {
                let steps: Vec<_> = {
                    let mut cursor = node.walk();
                    node.named_children(&mut cursor)
                        .filter(|child| self.ids.kind(child) != "block")
                        .map(|child| self.parsed_text(child).to_owned())
                        .collect()
                };
                let mut inner = scope.child();
                inner.selectors = scope
                    .selectors
                    .iter()
                    .map(|keyframes| format!("{keyframes} {}", steps.join(", ")))
                    .collect();
                self.walk_block(node, &inner);
            }
            "mixin_statement" | "mixin_definition" => {
                let mut inner = scope.child();
                inner.mixin = node
                    .child_by_field_name("name")
                    .map(|name| self.parsed_text(name).to_owned());
                inner.selectors = self.context.top_level_selector.iter().cloned().collect();
                // A Less mixin's guard (`when (iscolor(@c))`) is the condition of its rules.
                inner.conditions.extend(self.guard(node));
                self.walk_block(node, &inner);
            }
            "at_root_statement" => {
                let mut inner = scope.child();
                let children = node
                    .named_child(0)
                    .filter(|child| self.ids.kind(child) == "selectors")
                    .map(|selectors| split_selector_list(self.parsed_text(selectors)))
                    .unwrap_or_default();
                inner.selectors = resolve_at_root(&scope.selectors, &children);
                self.walk_block(node, &inner);
            }
            // Outside SCSS, `a:hover { … }` in a block is a nested rule (CSS Nesting, stylis), not
            // a nested property.
            "nested_property" if self.context.grammar == Grammar::Css => {
                if self.reads_as_selector(node) {
                    self.nested_rule(node, scope);
                } else {
                    self.facts.problems.push(
                        Problem::error(
                            self.context.problem_code(),
                            "a block follows this declaration's value, which CSS does not allow",
                            self.node_range(node),
                        )
                        .with_help("a `;` or `}` is probably missing before the next rule"),
                    );
                }
            }
            "nested_property" => self.nested_property(node, scope),
            _ => self.walk_children(node, scope),
        }
    }

    /// A selector list as written; a template's `${…}` keeps its source when it names a
    /// component (`${Button}`) and is shown as `${…}` otherwise. A hole that an opaque
    /// condition fills with one of several known texts (`&:${pressed}`, `pressed` being
    /// `"active"` or `"hover"`) gives the list once per text: each branch is a selector, and
    /// the rule is dynamic.
    fn selector_text(&self, node: Node<'_>) -> String {
        let (start, end) = (node.start_byte(), node.end_byte());
        let holes = self.holes_in(start, end);
        let Some(branching) = holes
            .iter()
            .find(|hole| hole.static_text.is_none() && !hole.branches.is_empty())
        else {
            return self.text_with_holes(start, end);
        };
        let (before, after) = (
            self.text_with_holes(start, branching.start as usize),
            self.text_with_holes(branching.end as usize, end),
        );
        branching
            .branches
            .iter()
            .map(|branch| format!("{before}{branch}{after}"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The source of `[start, end)` with each template hole as the runtime reads it: its text
    /// when known (`&:${hover}` is `&:hover`), its name when it is one (`${Button}`), `${…}`
    /// otherwise.
    fn text_with_holes(&self, start: usize, end: usize) -> String {
        let holes = self.holes_in(start, end);
        if holes.is_empty() {
            return self.text[start..end].to_owned();
        }
        let mut text = String::new();
        let mut position = start;
        for hole in holes {
            let (hole_start, hole_end) = (hole.start as usize, hole.end as usize);
            text.push_str(&self.source[position..hole_start.max(position)]);
            let expression = &self.source[hole_start.max(start)..hole_end.min(end)];
            if let Some(known) = &hole.static_text {
                text.push_str(known);
                position = hole_end.min(end);
                continue;
            }
            let inner = expression
                .trim_start_matches("${")
                .trim_end_matches('}')
                .trim();
            if !inner.is_empty()
                && inner.chars().all(|character| {
                    character.is_alphanumeric() || character == '_' || character == '.'
                })
            {
                text.push_str(expression);
            } else {
                text.push_str("${…}");
            }
            position = hole_end.min(end);
        }
        text.push_str(&self.source[position.min(end)..end]);
        text
    }

    /// Whether a hole of unknown value stands where a selector names a state: right after `:`
    /// (`&:${pressed}`) or inside an attribute selector (`[data-x=${v}]`), or one a condition
    /// picks among known texts. Any other bare identifier (`&:${hover}`) is left to linking,
    /// which reads it from the file it is imported from or makes the rule dynamic.
    fn has_unknown_state_hole(&self, node: Node<'_>) -> bool {
        self.holes_in(node.start_byte(), node.end_byte())
            .iter()
            .filter(|hole| {
                hole.static_text.is_none()
                    && (hole.identifier.is_none() || !hole.branches.is_empty())
            })
            .any(|hole| names_a_state(&self.source[..hole.start as usize]))
    }

    /// The text of a Less guard (`when (@mode = dark)`) among the children of `node`.
    fn guard(&self, node: Node<'_>) -> Option<String> {
        let mut cursor = node.walk();
        let guard = node
            .named_children(&mut cursor)
            .find(|child| self.ids.kind(child) == "guard");
        guard.map(|guard| normalise_whitespace(self.parsed_text(guard)))
    }

    /// Walks the `block` child of `node`.
    fn walk_block(&mut self, node: Node<'_>, scope: &Scope) {
        let mut cursor = node.walk();
        let blocks: Vec<_> = node
            .named_children(&mut cursor)
            .filter(|child| matches!(self.ids.kind(child), "block" | "keyframe_block_list"))
            .collect();
        for block in blocks {
            self.walk_children(block, scope);
        }
    }

    /// The text of an at-rule or control statement before its block, whitespace normalised and
    /// `strip` removed from the front.
    fn prelude(&self, node: Node<'_>, strip: &str) -> String {
        let mut cursor = node.walk();
        let end = node
            .named_children(&mut cursor)
            .find(|child| self.ids.kind(child) == "block")
            .map_or(node.end_byte(), |block| block.start_byte());
        let text = self.text_with_holes(node.start_byte(), end);
        let text = text.strip_prefix(strip).unwrap_or(&text);
        normalise_whitespace(text)
    }

    /// Records `@include name(…);` inside a rule: the mixin's declarations apply to the rule,
    /// under its condition (linking finds the mixin and brings them).
    fn scss_include(&mut self, node: Node<'_>, scope: &Scope) {
        // A mixin that includes another is expanded where it is itself included: not yet.
        if self.context.grammar != Grammar::Scss
            || scope.selectors.is_empty()
            || scope.mixin.is_some()
        {
            return;
        }
        let prelude = self.prelude(node, "@include");
        let call = prelude.split(['(', ';', ' ']).next().unwrap_or_default();
        let (namespace, mixin) = match call.rsplit_once('.') {
            Some((namespace, mixin)) => (Some(namespace.to_owned()), mixin),
            None => (None, call),
        };
        if mixin.is_empty() || mixin.contains("${") || mixin.contains("#{") {
            return;
        }
        let (origin, condition) = self.shared(scope);
        self.facts.scss_includes.push(rebrand_facts::ScssInclude {
            mixin: mixin.to_owned(),
            namespace,
            range: self.node_range(node),
            origin,
            condition,
        });
    }

    /// Records `@apply a b hover:c;`: each utility with its range, under the rule's origin and
    /// condition (`!important` is the rule's business, not a utility).
    fn tailwind_apply(&mut self, node: Node<'_>, scope: &Scope) {
        let start = node.start_byte();
        let text = &self.source[start..node.end_byte()];
        let Some(after_keyword) = text.get("@apply".len()..) else {
            return;
        };
        let mut classes = Vec::new();
        let mut offset = start + "@apply".len();
        for word in after_keyword.split_inclusive(char::is_whitespace) {
            let class = word.trim_end().trim_end_matches(';');
            if !class.is_empty() && class != "!important" && !class.contains("${") {
                classes.push((class.to_owned(), self.range(offset, offset + class.len())));
            }
            offset += word.len();
        }
        if classes.is_empty() {
            return;
        }
        let (origin, condition) = self.shared(scope);
        self.facts
            .tailwind_applies
            .push(rebrand_facts::TailwindApply {
                classes,
                origin,
                condition,
            });
    }

    /// The origin and condition shared by the declarations of `scope`.
    fn shared(&self, scope: &Scope) -> (Arc<Origin>, Arc<Condition>) {
        scope
            .shared
            .get_or_init(|| {
                (
                    Arc::new(self.origin(scope)),
                    Arc::new(self.condition(scope)),
                )
            })
            .clone()
    }

    fn origin(&self, scope: &Scope) -> Origin {
        Origin {
            syntax: self.context.syntax,
            selector: (!scope.selectors.is_empty()).then(|| scope.selectors.join(", ")),
            binding: self.context.binding.clone(),
            utility: None,
            mixin: scope.mixin.clone(),
            element: None,
        }
    }

    fn condition(&self, scope: &Scope) -> Condition {
        let selectors = selectors_condition(&scope.selectors);
        Condition {
            states: selectors.states,
            media: scope.conditions.clone(),
            dark: scope.dark || selectors.dark,
            dynamic: self.context.dynamic || scope.unknown_state,
            variants: self.context.variants.to_vec(),
            pseudo_element: selectors.pseudo_element,
        }
    }

    /// The parts of a declaration or variable declaration, in one pass over its children (field
    /// lookups by name walk the children each time, and declarations are the hottest nodes).
    fn parts<'tree>(&self, node: Node<'tree>) -> Parts<'tree> {
        let ids = self.ids;
        let mut parts = Parts {
            head: None,
            value: None,
            important: false,
            is_default: false,
        };
        let mut missing = false;
        let mut cursor = node.walk();
        if cursor.goto_first_child() {
            loop {
                let child = cursor.node();
                let field = cursor.field_id();
                let kind = child.kind_id();
                if field.is_some() && (field == ids.property || field == ids.name) {
                    parts.head = Some(child);
                } else if kind == ids.important {
                    parts.important = true;
                } else if kind == ids.default_flag {
                    parts.is_default = true;
                } else if field.is_some() && field == ids.value && !ids.is_comment(kind) {
                    missing |= child.is_missing();
                    let start = parts.value.map_or(child.start_byte(), |(start, _)| start);
                    parts.value = Some((start, child.end_byte()));
                }
                if !cursor.goto_next_sibling() {
                    break;
                }
            }
        }
        // A value the parser had to invent (`color: ;`) is no fact; the error is reported.
        if missing || parts.value.is_some_and(|(start, end)| start >= end) {
            parts.value = None;
        }
        parts
    }

    fn declaration(&mut self, node: Node<'_>, scope: &Scope) {
        let parts = self.parts(node);
        let Some(property_node) = parts.head else {
            return;
        };
        let Some((value_start, value_end)) = parts.value else {
            if !node.has_error() {
                self.empty_value(node, property_node, scope);
            }
            return;
        };
        let property_start = property_node.start_byte();
        let property_end = property_node.end_byte();
        let written_property = &self.source[property_start..property_end];
        let Some(property_name) = self.property_name(property_start, property_end) else {
            return;
        };
        let has_property_holes = property_name != written_property;
        // `composes` is a CSS Modules directive naming classes, not a style.
        if self.context.syntax == Syntax::CssModule && property_name == "composes" {
            let value = self.source[value_start..value_end].to_owned();
            self.composition(node, scope, &value);
            return;
        }
        let value_text = &self.source[value_start..value_end];
        let parsed_value = &self.text[value_start..value_end];
        if property_name.starts_with("--") {
            // A token's name is as written; one a hole names has no name the file shows.
            if has_property_holes {
                return;
            }
            let kind = if scope.in_theme {
                TokenKind::TailwindTheme
            } else {
                TokenKind::CustomProperty
            };
            let token = Token {
                name: written_property.to_owned(),
                kind,
                range: self.node_range(node),
                name_range: self.range(property_start, property_end),
                value_range: self.range(value_start, value_end),
                value: self.type_value(value_start, value_end, parsed_value),
                value_text: value_text.to_owned(),
                scope: Self::token_scope(scope),
                media: scope.conditions.clone(),
                is_default: false,
            };
            self.facts.tokens.push(token);
            return;
        }
        let property: SmolStr = match &scope.property_prefix {
            Some(prefix) => format!("{prefix}-{}", property_name.to_ascii_lowercase()).into(),
            None if property_name.bytes().any(|byte| byte.is_ascii_uppercase()) => {
                property_name.to_ascii_lowercase().into()
            }
            None => property_name.into(),
        };
        let (origin, condition) = self.shared(scope);
        let important = parts.important;
        let base = Declaration {
            property: property.clone(),
            written_property: Some(written_property.into()),
            property_range: Some(self.range(property_start, property_end)),
            range: self.node_range(node),
            value_range: self.range(value_start, value_end),
            value_text: value_text.into(),
            css_value: None,
            value: Value::Composite,
            important,
            shorthand: None,
            origin,
            condition,
        };
        if let Some(known) = self.known_single_value(value_start, value_end) {
            self.known_value_declaration(base, &known);
            return;
        }
        if let Some(longhands) = self.longhands(&property, parsed_value, value_start, value_end) {
            self.longhand_declarations(&base, property, longhands, value_start);
        } else {
            let value = self.type_value(value_start, value_end, parsed_value);
            self.facts.declarations.push(Declaration { value, ..base });
        }
    }

    /// `composes: a b;`, `composes: a from "./x.module.css";`, `composes: a from global;`.
    fn composition(&mut self, node: Node<'_>, scope: &Scope, value: &str) {
        let Some(class) = scope
            .selectors
            .last()
            .and_then(|selector| local_class_names(selector).pop())
        else {
            return;
        };
        let (names, from) = match value.split_once(" from ") {
            Some((names, from)) => (
                names,
                Some(from.trim().trim_matches(['"', '\'']).to_owned()),
            ),
            None => (value, None),
        };
        self.facts.composes.push(rebrand_facts::Composition {
            class,
            composes: names.split_whitespace().map(str::to_owned).collect(),
            from,
            range: self.node_range(node),
        });
    }

    fn token_scope(scope: &Scope) -> Option<String> {
        match (&scope.mixin, scope.selectors.is_empty()) {
            (Some(mixin), _) => Some(format!("@mixin {mixin}")),
            (None, false) => Some(scope.selectors.join(", ")),
            (None, true) => None,
        }
    }

    /// Whether a nested property's head reads as a selector: `a:hover` has no space after its
    /// colon, `padding: 4px .next` (a declaration missing its `;` before a rule) does.
    fn reads_as_selector(&self, node: Node<'_>) -> bool {
        let Some(property) = node.child_by_field_name("property") else {
            return false;
        };
        let after = &self.text[property.end_byte()..];
        after.starts_with(':') && !after[1..].starts_with(char::is_whitespace)
    }

    /// A rule whose selector the grammar read as a property and a value (`a:hover { … }`).
    fn nested_rule(&mut self, node: Node<'_>, scope: &Scope) {
        let end = {
            let mut cursor = node.walk();
            let block = node
                .named_children(&mut cursor)
                .find(|child| self.ids.kind(child) == "block");
            block.map_or(node.end_byte(), |block| block.start_byte())
        };
        let selector_text = self.text[node.start_byte()..end].trim().to_owned();
        if self.context.syntax == Syntax::CssModule {
            self.facts
                .module_classes
                .extend(local_class_names(&selector_text));
        }
        let mut inner = scope.child();
        inner.selectors = self.nest(&scope.selectors, &selector_text);
        self.walk_block(node, &inner);
    }

    /// A nested rule's selectors resolved against its parents'. Under stylis 3
    /// (styled-components 5, emotion 10) a nested selector that starts with `:` attaches to its
    /// parent (`:hover` inside `&.on` is `&.on:hover`); CSS nesting, Sass and stylis 4 read it as
    /// a descendant.
    fn nest(&self, parents: &[String], selector_text: &str) -> Vec<String> {
        let mut children = split_selector_list(selector_text);
        if self.context.stylis == Stylis::V3 && !parents.is_empty() {
            for child in &mut children {
                if child.starts_with(':') {
                    child.insert(0, '&');
                }
            }
        }
        resolve_nested(parents, &children)
    }

    /// `font: { family: x; size: y }` sets `font-family` and `font-size`.
    fn nested_property(&mut self, node: Node<'_>, scope: &Scope) {
        let Some(property) = node.child_by_field_name("property") else {
            return;
        };
        let prefix = self.parsed_text(property).to_ascii_lowercase();
        let mut inner = scope.child();
        inner.property_prefix = Some(match &scope.property_prefix {
            Some(outer) => format!("{outer}-{prefix}"),
            None => prefix,
        });
        self.walk_block(node, &inner);
    }

    /// Records every error and missing node, outermost first, up to `MAX_PROBLEMS`.
    fn collect_errors(&mut self, root: Node<'_>) {
        let mut pending = vec![root];
        let mut reported = 0;
        while let Some(node) = pending.pop() {
            if reported >= MAX_PROBLEMS {
                break;
            }
            if node.is_error() {
                let end = node.end_byte().min(node.start_byte() + 200);
                let snippet: String = self.text
                    [node.start_byte()..floor_char_boundary(self.text, end)]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                self.facts.problems.push(
                    Problem::error(
                        self.context.problem_code(),
                        format!("this could not be parsed as {}: `{}`", self.context.language_name(), truncate(&snippet, 60)),
                        self.node_range(node),
                    )
                    .with_help("facts before and after this part were still extracted; fix the syntax to include it"),
                );
                reported += 1;
                continue;
            }
            if node.is_missing() {
                // A statement's `;` may be left out before the `}` that closes its block, or at
                // the end of the file (`.prose hr { @apply my-6 }`): PostCSS and browsers read
                // it, so nothing is missing.
                let rest = self
                    .text
                    .get(node.end_byte()..)
                    .unwrap_or_default()
                    .trim_start();
                if node.kind() == ";" && (rest.is_empty() || rest.starts_with('}')) {
                    continue;
                }
                self.facts.problems.push(
                    Problem::error(
                        self.context.problem_code(),
                        format!("expected `{}` here", node.kind()),
                        self.node_range(node),
                    )
                    .with_help("the parser assumed it and went on"),
                );
                reported += 1;
                continue;
            }
            let mut cursor = node.walk();
            let mut children: Vec<_> = node.children(&mut cursor).filter(Node::has_error).collect();
            if children.is_empty() {
                // tree-sitter can repair by inserting an empty node that is neither an error nor
                // marked missing; report it as what it stands for.
                self.facts.problems.push(
                    Problem::error(
                        self.context.problem_code(),
                        format!("expected {} here", node.kind().replace('_', " ")),
                        self.node_range(node),
                    )
                    .with_help("the parser assumed it and went on"),
                );
                reported += 1;
                continue;
            }
            children.reverse();
            pending.extend(children);
        }
    }
}

/// A parsed-text offset as a file offset.
fn shift(index: usize, offset: i64) -> u32 {
    let index = i64::try_from(index).unwrap_or(i64::MAX);
    u32::try_from(index.saturating_add(offset)).unwrap_or(0)
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

fn truncate(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_owned();
    }
    let mut shortened: String = text.chars().take(limit).collect();
    shortened.push('…');
    shortened
}
