//! The walker's token definitions: SCSS variables and map entries, Less variables and detached
//! rulesets, and declarations without a value (an empty custom property is a token).

use rebrand_facts::{Problem, Token, TokenKind, Value};
use tree_sitter::Node;

use super::{Grammar, Scope, Walker};

impl Walker<'_, '_> {
    /// A declaration with nothing after its colon. `--x: ;` defines a custom property whose value
    /// is empty, which CSS allows. Any other property without a value is ignored by browsers (a
    /// warning; Less accepts it too) and rejected by Sass (an error, and the file is not clean).
    pub(super) fn empty_value(&mut self, node: Node<'_>, property_node: Node<'_>, scope: &Scope) {
        let property = &self.source[property_node.byte_range()];
        let empty_at = node
            .end_byte()
            .saturating_sub(1)
            .max(property_node.end_byte());
        if property.starts_with("--") {
            self.facts.tokens.push(Token {
                name: property.to_owned(),
                kind: if scope.in_theme {
                    TokenKind::TailwindTheme
                } else {
                    TokenKind::CustomProperty
                },
                range: self.node_range(node),
                name_range: self.node_range(property_node),
                value_range: self.range(empty_at, empty_at),
                value: Value::Composite,
                value_text: String::new(),
                scope: Self::token_scope(scope),
                media: scope.conditions.clone(),
                is_default: false,
            });
            return;
        }
        let problem = if self.context.grammar == Grammar::Scss {
            self.facts.parsed_cleanly = false;
            Problem::error(
                "parse/scss",
                format!("`{property}` has no value, which Sass does not allow"),
                self.node_range(node),
            )
        } else {
            Problem::warning(
                self.context.problem_code(),
                format!("`{property}` has no value, so browsers ignore this declaration"),
                self.node_range(node),
            )
        };
        self.facts
            .problems
            .push(problem.with_help("give it a value or delete it"));
    }

    /// `@brand: #06c;` defines a Less variable; `@card: { … }` (a detached ruleset) holds rules
    /// that apply wherever it is called, as a mixin's do.
    pub(super) fn less_variable(&mut self, node: Node<'_>, scope: &Scope) {
        let Some(name) = node.child_by_field_name("name") else {
            return;
        };
        let variable = self.source[name.byte_range()].to_owned();
        if let Some(block) = node
            .child_by_field_name("value")
            .filter(|value| self.ids.kind(value) == "block")
        {
            let mut inner = scope.child();
            inner.mixin = Some(variable);
            inner.selectors = self.context.top_level_selector.iter().cloned().collect();
            self.walk_children(block, &inner);
            return;
        }
        let parts = self.parts(node);
        let Some((value_start, value_end)) = parts.value else {
            return;
        };
        let token = self.variable_token(
            node,
            name,
            variable,
            TokenKind::LessVariable,
            (value_start, value_end),
            scope,
        );
        self.facts.tokens.push(token);
    }

    /// A variable's definition (`$x: …`, `@x: …`) as a token.
    fn variable_token(
        &self,
        node: Node<'_>,
        name: Node<'_>,
        variable: String,
        kind: TokenKind,
        (value_start, value_end): (usize, usize),
        scope: &Scope,
    ) -> Token {
        Token {
            name: variable,
            kind,
            range: self.node_range(node),
            name_range: self.node_range(name),
            value_range: self.range(value_start, value_end),
            value_text: self.source[value_start..value_end].to_owned(),
            value: self.type_value(value_start, value_end, &self.text[value_start..value_end]),
            scope: Self::token_scope(scope),
            media: scope.conditions.clone(),
            is_default: false,
        }
    }

    pub(super) fn scss_variable(&mut self, node: Node<'_>, scope: &Scope) {
        let parts = self.parts(node);
        let (Some(name), Some((value_start, value_end))) = (parts.head, parts.value) else {
            return;
        };
        let is_default = parts.is_default;
        let variable = self.source[name.byte_range()].to_owned();
        let map = {
            let mut cursor = node.walk();
            let values: Vec<_> = node.children_by_field_name("value", &mut cursor).collect();
            match values.as_slice() {
                [only] if only.kind() == "map_value" => Some(*only),
                _ => None,
            }
        };
        if let Some(map) = map {
            self.scss_map_entries(map, &variable, scope);
        }
        let token = Token {
            is_default,
            ..self.variable_token(
                node,
                name,
                variable,
                TokenKind::ScssVariable,
                (value_start, value_end),
                scope,
            )
        };
        self.facts.tokens.push(token);
    }

    /// Each entry of an SCSS map becomes a token named by its path: `$space: (sm: 8px)` defines
    /// `$space.sm`, and nested maps nest (`$breakpoints.lg.min`).
    fn scss_map_entries(&mut self, map: Node<'_>, path: &str, scope: &Scope) {
        let mut cursor = map.walk();
        let pairs: Vec<_> = map
            .named_children(&mut cursor)
            .filter(|child| child.kind() == "map_pair")
            .collect();
        for pair in pairs {
            let Some(key) = pair.child_by_field_name("key") else {
                continue;
            };
            let key_text = self.parsed_text(key).trim_matches(['"', '\'']).to_owned();
            let name = format!("{path}.{key_text}");
            let mut value_cursor = pair.walk();
            let values: Vec<_> = pair
                .children_by_field_name("value", &mut value_cursor)
                .collect();
            let (Some(first), Some(last)) = (values.first(), values.last()) else {
                continue;
            };
            if let [nested] = values.as_slice() {
                if nested.kind() == "map_value" {
                    self.scss_map_entries(*nested, &name, scope);
                    continue;
                }
            }
            let (start, end) = (first.start_byte(), last.end_byte());
            let value = self.type_value(start, end, &self.text[start..end]);
            self.facts.tokens.push(Token {
                name,
                kind: TokenKind::ScssVariable,
                range: self.node_range(pair),
                name_range: if key.kind() == "string_value" {
                    self.range(key.start_byte() + 1, key.end_byte() - 1)
                } else {
                    self.node_range(key)
                },
                value_range: self.range(start, end),
                value_text: self.source[start..end].to_owned(),
                value,
                scope: Self::token_scope(scope),
                media: scope.conditions.clone(),
                is_default: false,
            });
        }
    }
}
