//! What a file's `const`s hold, so that a class or a style named by a variable is read where the
//! variable is defined: `className={sectionTitle}`, `style={{ ...circle }}`, `css={[track, on &&
//! trackOn]}`.

use std::collections::HashMap;

use rebrand_facts::{Condition, StyleRef};
use swc_ecma_ast::{
    BinaryOp, Expr, JSXAttrName, JSXAttrOrSpread, JSXAttrValue, JSXElement, JSXExpr, Pat,
    PropOrSpread, VarDecl, VarDeclKind,
};
use swc_ecma_visit::{Visit, VisitWith};

use crate::props::{negate, PropsParam};
use crate::to_range;

/// The file's `const` initialisers that can hold classes or styles, by name (in any scope; a
/// name bound twice is left out, as which one a use reads is a question of scope), and the
/// names its `style`, `css` and `sx` props use.
#[derive(Default)]
pub(crate) struct FileBindings {
    pub initializers: HashMap<String, Expr>,
    pub style_uses: HashMap<String, StyleProp>,
}

/// The most properties an object may have to be kept as a possible style object: larger ones
/// are configuration or themes, and copying them would cost every file.
const MAX_STYLE_OBJECT_PROPERTIES: usize = 64;

/// Collects the bindings of a program.
pub(crate) fn file_bindings(program: &swc_ecma_ast::Program) -> FileBindings {
    let mut collector = Collector::default();
    program.visit_with(&mut collector);
    let mut bindings = FileBindings::default();
    for (name, initializer) in collector.initializers {
        let Some(initializer) = initializer else {
            continue;
        };
        // An object is read only as a style, and only where a style prop names it.
        if matches!(initializer, Expr::Object(_)) && !collector.style_uses.contains_key(&name) {
            continue;
        }
        bindings.initializers.insert(name, initializer);
    }
    bindings.style_uses = collector.style_uses;
    bindings
}

#[derive(Default)]
struct Collector {
    /// `None` when the name is bound more than once.
    initializers: HashMap<String, Option<Expr>>,
    style_uses: HashMap<String, StyleProp>,
    /// The prop being read.
    prop: StyleProp,
}

/// Which prop names a style: `style` is inline, `css` and `sx` are library props.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) enum StyleProp {
    #[default]
    Style,
    Library,
}

/// Whether an initialiser can hold classes or a style: strings, templates, calls (`cn(…)`,
/// `css(…)`), conditions, arrays and small objects.
fn may_hold_classes_or_styles(init: &Expr) -> bool {
    match init {
        Expr::Lit(swc_ecma_ast::Lit::Str(_)) | Expr::Tpl(_) | Expr::Cond(_) | Expr::Bin(_) => true,
        // Only calls that build classes (`cn(…)`, `cva(…)`); most `const`s hold other calls'
        // results, and copying those would cost every file.
        Expr::Call(call) => crate::classes::is_class_call(&call.callee).is_some(),
        Expr::Array(array) => array.elems.len() <= MAX_STYLE_OBJECT_PROPERTIES,
        Expr::Object(object) => object.props.len() <= MAX_STYLE_OBJECT_PROPERTIES,
        Expr::TsAs(cast) => may_hold_classes_or_styles(&cast.expr),
        Expr::TsSatisfies(satisfies) => may_hold_classes_or_styles(&satisfies.expr),
        Expr::TsConstAssertion(assertion) => may_hold_classes_or_styles(&assertion.expr),
        _ => false,
    }
}

/// The expression under TypeScript's `as`, `satisfies` and `as const`.
pub(crate) fn without_type_wrappers(expr: &Expr) -> &Expr {
    match expr {
        Expr::TsAs(cast) => without_type_wrappers(&cast.expr),
        Expr::TsSatisfies(satisfies) => without_type_wrappers(&satisfies.expr),
        Expr::TsConstAssertion(assertion) => without_type_wrappers(&assertion.expr),
        Expr::Paren(paren) => without_type_wrappers(&paren.expr),
        other => other,
    }
}

impl Collector {
    fn style_expression(&mut self, expr: &Expr) {
        match expr {
            Expr::Ident(ident) => {
                self.style_uses.insert(ident.sym.to_string(), self.prop);
            }
            Expr::Paren(paren) => self.style_expression(&paren.expr),
            Expr::Array(array) => {
                for element in array.elems.iter().flatten() {
                    self.style_expression(&element.expr);
                }
            }
            Expr::Bin(binary) => self.style_expression(&binary.right),
            Expr::Cond(conditional) => {
                self.style_expression(&conditional.cons);
                self.style_expression(&conditional.alt);
            }
            Expr::Object(object) => {
                for property in &object.props {
                    if let PropOrSpread::Spread(spread) = property {
                        self.style_expression(&spread.expr);
                    }
                }
            }
            _ => {}
        }
    }
}

impl Visit for Collector {
    fn visit_var_decl(&mut self, declaration: &VarDecl) {
        if declaration.kind == VarDeclKind::Const {
            for declarator in &declaration.decls {
                if let (Pat::Ident(ident), Some(init)) = (&declarator.name, &declarator.init) {
                    let name = ident.id.sym.to_string();
                    if let Some(existing) = self.initializers.get_mut(&name) {
                        *existing = None;
                    } else {
                        let kept = may_hold_classes_or_styles(init)
                            .then(|| without_type_wrappers(init).clone());
                        self.initializers.insert(name, kept);
                    }
                }
            }
        }
        declaration.visit_children_with(self);
    }

    fn visit_jsx_element(&mut self, element: &JSXElement) {
        for attribute in &element.opening.attrs {
            let JSXAttrOrSpread::JSXAttr(attribute) = attribute else {
                continue;
            };
            let JSXAttrName::Ident(name) = &attribute.name else {
                continue;
            };
            self.prop = match &*name.sym {
                "style" => StyleProp::Style,
                "css" | "sx" => StyleProp::Library,
                _ => continue,
            };
            if let Some(JSXAttrValue::JSXExprContainer(container)) = &attribute.value {
                if let JSXExpr::Expr(expr) = &container.expr {
                    self.style_expression(expr);
                }
            }
        }
        element.visit_children_with(self);
    }
}

/// The variables a `style`, `css` or `sx` prop's value names, in the order they apply, each
/// with what it needs: `[base, on && active]`, `cond ? a : b`, `{ ...circle, width: 4 }`.
pub(crate) fn style_refs(
    expr: &Expr,
    props: Option<&PropsParam>,
    when: &Condition,
) -> Vec<StyleRef> {
    let mut refs = Vec::new();
    collect_style_refs(expr, props, when, &mut refs);
    refs
}

fn collect_style_refs(
    expr: &Expr,
    props: Option<&PropsParam>,
    when: &Condition,
    refs: &mut Vec<StyleRef>,
) {
    let under = |test: &Expr, negated: bool| {
        let mut needed = when.clone();
        match props.and_then(|props| props.condition(test)) {
            Some(condition) => {
                needed.variants.push(if negated {
                    negate(&condition)
                } else {
                    condition
                });
                needed.variants.sort();
                needed.variants.dedup();
            }
            None => needed.dynamic = true,
        }
        needed
    };
    match expr {
        Expr::Ident(ident) => refs.push(StyleRef {
            name: ident.sym.to_string(),
            range: to_range(ident.span),
            when: when.clone(),
        }),
        Expr::Paren(paren) => collect_style_refs(&paren.expr, props, when, refs),
        Expr::Array(array) => {
            for element in array.elems.iter().flatten() {
                collect_style_refs(&element.expr, props, when, refs);
            }
        }
        Expr::Bin(binary) if binary.op == BinaryOp::LogicalAnd => {
            collect_style_refs(&binary.right, props, &under(&binary.left, false), refs);
        }
        Expr::Cond(conditional) => {
            collect_style_refs(
                &conditional.cons,
                props,
                &under(&conditional.test, false),
                refs,
            );
            collect_style_refs(
                &conditional.alt,
                props,
                &under(&conditional.test, true),
                refs,
            );
        }
        Expr::Object(object) => {
            for property in &object.props {
                if let PropOrSpread::Spread(spread) = property {
                    collect_style_refs(&spread.expr, props, when, refs);
                }
            }
        }
        _ => {}
    }
}
