//! One pass over a program that finds every styling construct and hands it to its extractor.

use rebrand_facts::Syntax;
use rebrand_values::ValueOptions;
use swc_ecma_ast::{
    CallExpr, Callee, Expr, JSXAttrName, JSXAttrOrSpread, JSXAttrValue, JSXElement, JSXElementName,
    JSXExpr, JSXObject, Pat, Program, TaggedTpl, VarDeclarator,
};
use swc_ecma_visit::{Visit, VisitWith};

use crate::classes::{is_class_call, ClassCall, ClassCollector};
use crate::objects::{theme_tokens, ObjectStyle};
use crate::styled::{extract_styled_template, styled_tag, StyledTag};
use crate::JsFacts;

/// Walks `program` and adds its facts to `facts`.
pub(crate) fn collect(text: &str, program: &Program, options: ValueOptions, facts: &mut JsFacts) {
    let mut visitor = StyleVisitor {
        text,
        options,
        facts,
        bindings: Vec::new(),
        elements: Vec::new(),
        hole_depth: 0,
    };
    program.visit_with(&mut visitor);
}

struct StyleVisitor<'a> {
    text: &'a str,
    options: ValueOptions,
    facts: &'a mut JsFacts,
    /// Names of the variables being initialised, innermost last.
    bindings: Vec<String>,
    /// Names of the JSX elements being visited, innermost last.
    elements: Vec<String>,
    /// How many styled-template interpolations enclose the current node: a `css` template inside
    /// one applies only under a run-time condition.
    hole_depth: usize,
}

impl<'a> StyleVisitor<'a> {
    fn binding(&self) -> Option<String> {
        self.elements
            .last()
            .map(|element| format!("<{element}>"))
            .or_else(|| self.bindings.last().cloned())
    }

    fn object_style(&self, syntax: Syntax, mui_system: bool) -> ObjectStyle<'a> {
        ObjectStyle {
            text: self.text,
            syntax,
            binding: self.binding(),
            options: self.options,
            selectors: Vec::new(),
            media: Vec::new(),
            dynamic: self.hole_depth > 0,
            mui_system,
        }
    }

    fn class_attribute(&mut self, value: &JSXAttrValue) {
        let mut collector = ClassCollector {
            text: self.text,
            binding: self.binding(),
            tokens: Vec::new(),
        };
        match value {
            JSXAttrValue::Str(string) => {
                collector.expression(
                    &Expr::Lit(swc_ecma_ast::Lit::Str(string.clone())),
                    ClassCall::Merge,
                );
            }
            JSXAttrValue::JSXExprContainer(container) => {
                if let JSXExpr::Expr(expr) = &container.expr {
                    collector.expression(expr, ClassCall::Merge);
                }
            }
            _ => {}
        }
        self.facts.class_tokens.extend(collector.tokens);
    }
}

impl Visit for StyleVisitor<'_> {
    fn visit_var_declarator(&mut self, declarator: &VarDeclarator) {
        let name = match &declarator.name {
            Pat::Ident(ident) => Some(ident.id.sym.to_string()),
            _ => None,
        };
        if let (Some(name), Some(init)) = (&name, &declarator.init) {
            let lower = name.to_ascii_lowercase();
            if let Expr::Object(object) = &**init {
                if lower.contains("theme") || lower == "tokens" || lower.ends_with("tokens") {
                    theme_tokens(self.text, object, "", self.options, self.facts);
                }
            }
        }
        if let Some(name) = name {
            self.bindings.push(name);
            declarator.visit_children_with(self);
            self.bindings.pop();
        } else {
            declarator.visit_children_with(self);
        }
    }

    fn visit_tagged_tpl(&mut self, tagged: &TaggedTpl) {
        if let Some(tag) = styled_tag(&tagged.tag) {
            let binding = match &tag {
                StyledTag::Component(target) => Some(
                    self.bindings
                        .last()
                        .cloned()
                        .unwrap_or_else(|| format!("styled.{target}")),
                ),
                _ => self.binding(),
            };
            extract_styled_template(
                self.text,
                &tag,
                &tagged.tpl,
                binding,
                self.hole_depth > 0,
                self.options,
                self.facts,
            );
            self.hole_depth += 1;
            tagged.visit_children_with(self);
            self.hole_depth -= 1;
            return;
        }
        tagged.visit_children_with(self);
    }

    fn visit_call_expr(&mut self, call: &CallExpr) {
        if let Callee::Expr(callee) = &call.callee {
            if let Some(tag) = styled_tag(callee) {
                if matches!(tag, StyledTag::Component(_) | StyledTag::Css) {
                    for argument in &call.args {
                        if let Expr::Object(object) = &*argument.expr {
                            self.object_style(Syntax::StyledObject, false)
                                .extract(object, self.facts);
                        }
                    }
                }
            }
            if let Expr::Ident(ident) = &**callee {
                if matches!(
                    &*ident.sym,
                    "createTheme" | "extendTheme" | "createMuiTheme" | "defineTheme"
                ) {
                    if let Some(Expr::Object(object)) =
                        call.args.first().map(|argument| &*argument.expr)
                    {
                        theme_tokens(self.text, object, "", self.options, self.facts);
                    }
                }
            }
        }
        if let Some(mode) = is_class_call(&call.callee) {
            let mut collector = ClassCollector {
                text: self.text,
                binding: self.binding(),
                tokens: Vec::new(),
            };
            for argument in &call.args {
                collector.expression(&argument.expr, mode);
            }
            self.facts.class_tokens.extend(collector.tokens);
            // The arguments were read as class names; nested calls inside them were too.
            return;
        }
        call.visit_children_with(self);
    }

    fn visit_jsx_element(&mut self, element: &JSXElement) {
        self.elements.push(element_name(&element.opening.name));
        for attribute in &element.opening.attrs {
            let JSXAttrOrSpread::JSXAttr(attribute) = attribute else {
                continue;
            };
            let JSXAttrName::Ident(name) = &attribute.name else {
                continue;
            };
            let Some(value) = &attribute.value else {
                continue;
            };
            match &*name.sym {
                "className" | "class" | "tw" => {
                    self.class_attribute(value);
                    continue;
                }
                "style" | "sx" | "css" => {
                    let syntax = if &*name.sym == "style" {
                        Syntax::InlineStyle
                    } else {
                        Syntax::StyleProp
                    };
                    if let JSXAttrValue::JSXExprContainer(container) = value {
                        if let JSXExpr::Expr(expr) = &container.expr {
                            if let Expr::Object(object) = &**expr {
                                self.object_style(syntax, &*name.sym == "sx")
                                    .extract(object, self.facts);
                                continue;
                            }
                        }
                    }
                }
                _ => {}
            }
            attribute.value.visit_with(self);
        }
        element.children.visit_with(self);
        self.elements.pop();
    }
}

/// `li`, `Button`, `Modal.Header`, `svg:path`.
fn element_name(name: &JSXElementName) -> String {
    match name {
        JSXElementName::Ident(ident) => ident.sym.to_string(),
        JSXElementName::JSXMemberExpr(member) => {
            format!("{}.{}", jsx_object_name(&member.obj), member.prop.sym)
        }
        JSXElementName::JSXNamespacedName(namespaced) => {
            format!("{}:{}", namespaced.ns.sym, namespaced.name.sym)
        }
    }
}

fn jsx_object_name(object: &JSXObject) -> String {
    match object {
        JSXObject::Ident(ident) => ident.sym.to_string(),
        JSXObject::JSXMemberExpr(member) => {
            format!("{}.{}", jsx_object_name(&member.obj), member.prop.sym)
        }
    }
}
