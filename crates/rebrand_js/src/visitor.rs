//! One pass over a program that finds every styling construct, element, component and import.

use rebrand_css::Stylis;
use rebrand_facts::{Component, ComponentKind, Element, JsImport, Syntax};
use rebrand_values::ValueOptions;
use swc_common::Spanned;
use swc_ecma_ast::{
    AssignExpr, AssignTarget, BinaryOp, CallExpr, Callee, ClassDecl, ExportDecl, ExportDefaultDecl,
    ExportDefaultExpr, Expr, FnDecl, ImportDecl, ImportSpecifier, JSXAttrValue, JSXElement,
    JSXExpr, MemberProp, ModuleExportName, NamedExport, Pat, Program, SimpleAssignTarget,
    TaggedTpl, VarDeclarator,
};
use swc_ecma_visit::{Visit, VisitWith};

use crate::bindings::{style_refs, without_type_wrappers, FileBindings, StyleProp};
use crate::classes::{is_class_call, ClassCall, ClassCollector};
use crate::elements::{
    attributes, child_names, element_name, handlers, implicit_role, is_focusable, jsx_props,
    spreads_props, state_props, static_string,
};
use crate::objects::{string_content_range, theme_tokens, ObjectStyle};
use crate::props::{arrow_result, negate, PropsParam};
use crate::styled::{extract_styled_template, styled_tag, FileContext, StyledTag};
use crate::{to_range, JsFacts};

/// Walks `program` and adds its facts to `facts`.
pub(crate) fn collect(
    text: &str,
    program: &Program,
    options: ValueOptions,
    stylis: Stylis,
    facts: &mut JsFacts,
) {
    let constants = crate::constants::file_constants(program);
    facts.constants.clone_from(&constants.exported);
    let file_bindings = crate::bindings::file_bindings(program);
    let mut visitor = StyleVisitor {
        text,
        constants: &constants.all,
        branches: &constants.branches,
        options,
        stylis,
        facts,
        bindings: Vec::new(),
        elements: Vec::new(),
        components: Vec::new(),
        exporting: None,
        map_depth: 0,
        hole_depth: 0,
        hole_variants: Vec::new(),
        component_props: Vec::new(),
        file_bindings: &file_bindings,
        exported_later: Vec::new(),
        variant_bases: std::collections::HashMap::new(),
    };
    program.visit_with(&mut visitor);
    let exported_later = std::mem::take(&mut visitor.exported_later);
    // A class held in a `const` is read at each use; its utilities are one fact, at its text.
    facts
        .class_tokens
        .sort_by_key(|token| (token.range.start, token.range.end));
    facts.class_tokens.dedup_by_key(|token| token.range);
    for (name, export) in exported_later {
        for component in &mut facts.components {
            if component.name == name && component.export.is_none() {
                component.export = Some(export.clone());
            }
        }
    }
}

struct StyleVisitor<'a> {
    text: &'a str,
    /// The file's top-level constants with a literal value, which a template's `${…}` may name.
    constants: &'a std::collections::HashMap<String, String>,
    /// The file's top-level constants a condition picks among known texts.
    branches: &'a std::collections::HashMap<String, Vec<String>>,
    options: ValueOptions,
    /// The stylis the file's templates are compiled with.
    stylis: Stylis,
    facts: &'a mut JsFacts,
    /// Names of the variables being initialised, innermost last.
    bindings: Vec<String>,
    /// The JSX elements being visited (name and id), innermost last.
    elements: Vec<(String, u32)>,
    /// The components whose bodies are being visited, innermost last.
    components: Vec<String>,
    /// `named` or `default` while visiting an exported declaration.
    exporting: Option<&'static str>,
    /// How many `.map`-like callbacks enclose the current node.
    map_depth: usize,
    /// How many styled-template interpolations enclose the current node: a `css` template inside
    /// one applies only under a run-time condition.
    hole_depth: usize,
    /// The props the enclosing interpolations need (`$active` inside ``${p => p.$active &&
    /// css`…`}``): a `css` template there applies under them, named.
    hole_variants: Vec<String>,
    /// The props parameter of each component whose body is being visited, innermost last.
    component_props: Vec<PropsParam>,
    /// The file's `const` initialisers and the names its style props use.
    file_bindings: &'a FileBindings,
    /// `export { A }` and `export default A` name components defined elsewhere in the file.
    exported_later: Vec<(String, String)>,
    /// The base classes (first argument) of each `cva`/`tv` binding of the file.
    variant_bases: std::collections::HashMap<String, Vec<rebrand_facts::ClassRef>>,
}

fn is_component_name(name: &str) -> bool {
    name.starts_with(|character: char| character.is_ascii_uppercase())
}

impl<'a> StyleVisitor<'a> {
    fn binding(&self) -> Option<String> {
        self.elements
            .last()
            .map(|(element, _)| format!("<{element}>"))
            .or_else(|| self.bindings.last().cloned())
    }

    fn object_style(&self, syntax: Syntax, mui_system: bool) -> ObjectStyle<'a> {
        ObjectStyle {
            text: self.text,
            syntax,
            binding: self.binding(),
            element: self.elements.last().map(|(_, id)| *id),
            options: self.options,
            selectors: Vec::new(),
            media: Vec::new(),
            dynamic: self.hole_depth > 0,
            variants: self.hole_variants.clone(),
            constants: Some(self.constants),
            props: self.component_props.last().cloned(),
            mui_system,
        }
    }

    /// One `${…}` of a styled template. An interpolation function whose result is picked by a
    /// test on its props (``p => p.$active && css`…` ``, `({ size }) => size === "sm" ? a : b`)
    /// gives each `css` template it returns the props it needs; anything else it computes
    /// applies under a run-time condition the model cannot name.
    fn visit_hole(&mut self, hole: &Expr) {
        if let Expr::Arrow(arrow) = hole {
            let props = PropsParam::of_arrow(arrow);
            if let (false, Some(result)) = (props.is_empty(), arrow_result(arrow)) {
                self.visit_hole_result(result, &props);
                return;
            }
        }
        self.hole_depth += 1;
        hole.visit_with(self);
        self.hole_depth -= 1;
    }

    fn visit_hole_result(&mut self, result: &Expr, props: &PropsParam) {
        match result {
            Expr::Paren(paren) => self.visit_hole_result(&paren.expr, props),
            Expr::Bin(binary) if binary.op == BinaryOp::LogicalAnd => {
                if let Some(condition) = props.condition(&binary.left) {
                    self.hole_variants.push(condition);
                    self.visit_hole_result(&binary.right, props);
                    self.hole_variants.pop();
                } else {
                    self.visit_hole(result);
                }
            }
            Expr::Cond(conditional) => {
                if let Some(condition) = props.condition(&conditional.test) {
                    self.hole_variants.push(negate(&condition));
                    self.visit_hole_result(&conditional.alt, props);
                    self.hole_variants.pop();
                    self.hole_variants.push(condition);
                    self.visit_hole_result(&conditional.cons, props);
                    self.hole_variants.pop();
                } else {
                    self.hole_depth += 1;
                    result.visit_with(self);
                    self.hole_depth -= 1;
                }
            }
            // A template under named conditions only: its own holes are visited in turn.
            Expr::TaggedTpl(_) if !self.hole_variants.is_empty() => result.visit_with(self),
            _ => {
                self.hole_depth += 1;
                result.visit_with(self);
                self.hole_depth -= 1;
            }
        }
    }

    fn define_component(
        &mut self,
        name: String,
        kind: ComponentKind,
        range: rebrand_text::TextRange,
        styles: Option<String>,
    ) {
        self.facts.components.push(Component {
            name,
            kind,
            range,
            export: self.exporting.map(str::to_owned),
            styles,
        });
    }

    fn class_attribute(&mut self, id: u32, value: &JSXAttrValue) {
        let mut collector = ClassCollector::new(self.text, self.binding(), Some(id));
        collector.variant_bases = Some(&self.variant_bases);
        collector.props = self.component_props.last();
        collector.initializers = Some(&self.file_bindings.initializers);
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
        let element = &mut self.facts.elements[id as usize];
        element.classes.extend(collector.refs);
        element.receives_class_name |= collector.receives_class_name;
        self.facts.class_tokens.extend(collector.tokens);
    }

    fn describe(&self, element: &JSXElement, id: u32) -> Element {
        let name = element_name(&element.opening.name);
        let is_tag = name.starts_with(|character: char| character.is_ascii_lowercase());
        let explicit_role = attributes(element)
            .find(|(attribute, _)| attribute == "role")
            .and_then(|(_, role)| static_string(role));
        let role = explicit_role.clone().or_else(|| {
            is_tag
                .then(|| implicit_role(&name, element))
                .flatten()
                .map(str::to_owned)
        });
        Element {
            id,
            range: to_range(element.span),
            name_range: to_range(element.opening.name.span()),
            parent: self.elements.last().map(|(_, parent)| *parent),
            component: self.components.last().cloned(),
            role,
            explicit_role: explicit_role.is_some(),
            handlers: handlers(element),
            focusable: if is_tag {
                is_focusable(&name, element)
            } else {
                attributes(element).any(|(attribute, _)| attribute == "tabIndex")
            },
            repeated: self.map_depth > 0,
            states: state_props(element),
            classes: Vec::new(),
            receives_class_name: spreads_props(
                element,
                self.component_props
                    .last()
                    .unwrap_or(&PropsParam::default()),
            ),
            children: child_names(&element.children),
            // Props decide the variants of what a component renders; a tag's attributes are
            // not props anyone tests.
            props: if is_tag {
                Vec::new()
            } else {
                jsx_props(element)
            },
            style_refs: Vec::new(),
            name,
        }
    }
}

impl Visit for StyleVisitor<'_> {
    fn visit_import_decl(&mut self, import: &ImportDecl) {
        let names = import
            .specifiers
            .iter()
            .map(|specifier| match specifier {
                ImportSpecifier::Named(named) => {
                    let imported = match &named.imported {
                        Some(ModuleExportName::Ident(ident)) => ident.sym.to_string(),
                        Some(ModuleExportName::Str(string)) => {
                            string.value.to_string_lossy().into_owned()
                        }
                        None => named.local.sym.to_string(),
                    };
                    (named.local.sym.to_string(), imported)
                }
                ImportSpecifier::Default(default) => {
                    (default.local.sym.to_string(), "default".to_owned())
                }
                ImportSpecifier::Namespace(namespace) => {
                    (namespace.local.sym.to_string(), "*".to_owned())
                }
            })
            .collect();
        self.facts.js_imports.push(JsImport {
            source: import.src.value.to_string_lossy().into_owned(),
            range: string_content_range(to_range(import.src.span)),
            names,
        });
    }

    fn visit_export_decl(&mut self, export: &ExportDecl) {
        let previous = self.exporting.replace("named");
        export.visit_children_with(self);
        self.exporting = previous;
    }

    fn visit_export_default_decl(&mut self, export: &ExportDefaultDecl) {
        let previous = self.exporting.replace("default");
        match &export.decl {
            swc_ecma_ast::DefaultDecl::Fn(function) => {
                let name = function
                    .ident
                    .as_ref()
                    .map_or_else(|| "default".to_owned(), |ident| ident.sym.to_string());
                self.define_component(
                    name.clone(),
                    ComponentKind::Function,
                    to_range(export.span),
                    None,
                );
                self.components.push(name);
                self.component_props
                    .push(PropsParam::of_function(&function.function));
                self.exporting = previous;
                function.function.visit_with(self);
                self.components.pop();
                self.component_props.pop();
                return;
            }
            swc_ecma_ast::DefaultDecl::Class(class) => {
                if let Some(ident) = &class.ident {
                    self.define_component(
                        ident.sym.to_string(),
                        ComponentKind::Class,
                        to_range(export.span),
                        None,
                    );
                }
            }
            swc_ecma_ast::DefaultDecl::TsInterfaceDecl(_) => {}
        }
        self.exporting = previous;
        export.visit_children_with(self);
    }

    fn visit_export_default_expr(&mut self, export: &ExportDefaultExpr) {
        if let Expr::Ident(ident) = &*export.expr {
            self.exported_later
                .push((ident.sym.to_string(), "default".to_owned()));
        }
        export.visit_children_with(self);
    }

    /// `export * from "./icons"`: a barrel re-exports every name of the module, recorded as an
    /// import whose local and imported names are both `*`.
    fn visit_export_all(&mut self, export: &swc_ecma_ast::ExportAll) {
        self.facts.js_imports.push(JsImport {
            source: export.src.value.to_string_lossy().into_owned(),
            range: string_content_range(to_range(export.src.span)),
            names: vec![("*".to_owned(), "*".to_owned())],
        });
    }

    fn visit_named_export(&mut self, export: &NamedExport) {
        // `export { Button } from "./button"`: the name is the module's, as if imported.
        if let Some(source) = &export.src {
            let name = |name: &ModuleExportName| match name {
                ModuleExportName::Ident(ident) => ident.sym.to_string(),
                ModuleExportName::Str(string) => string.value.to_string_lossy().into_owned(),
            };
            let names = export
                .specifiers
                .iter()
                .filter_map(|specifier| match specifier {
                    swc_ecma_ast::ExportSpecifier::Named(named) => {
                        let imported = name(&named.orig);
                        let local = named
                            .exported
                            .as_ref()
                            .map_or_else(|| imported.clone(), name);
                        Some((local, imported))
                    }
                    _ => None,
                })
                .collect();
            self.facts.js_imports.push(JsImport {
                source: source.value.to_string_lossy().into_owned(),
                range: string_content_range(to_range(source.span)),
                names,
            });
        }
        if export.src.is_none() {
            for specifier in &export.specifiers {
                if let swc_ecma_ast::ExportSpecifier::Named(named) = specifier {
                    if let ModuleExportName::Ident(ident) = &named.orig {
                        self.exported_later
                            .push((ident.sym.to_string(), "named".to_owned()));
                    }
                }
            }
        }
    }

    fn visit_fn_decl(&mut self, function: &FnDecl) {
        let name = function.ident.sym.to_string();
        if !is_component_name(&name) {
            function.visit_children_with(self);
            return;
        }
        self.define_component(
            name.clone(),
            ComponentKind::Function,
            to_range(function.span()),
            None,
        );
        let previous = self.exporting.take();
        self.components.push(name);
        self.component_props
            .push(PropsParam::of_function(&function.function));
        function.visit_children_with(self);
        self.components.pop();
        self.component_props.pop();
        self.exporting = previous;
    }

    fn visit_class_decl(&mut self, class: &ClassDecl) {
        let name = class.ident.sym.to_string();
        let extends_component = class.class.super_class.as_deref().is_some_and(|base| {
            crate::styled::member_chain(base)
                .and_then(|chain| chain.last().cloned())
                .is_some_and(|last| last == "Component" || last == "PureComponent")
        });
        if !extends_component {
            class.visit_children_with(self);
            return;
        }
        self.define_component(
            name.clone(),
            ComponentKind::Class,
            to_range(class.span()),
            None,
        );
        let previous = self.exporting.take();
        self.components.push(name);
        self.component_props.push(PropsParam::default());
        class.visit_children_with(self);
        self.components.pop();
        self.component_props.pop();
        self.exporting = previous;
    }

    fn visit_assign_expr(&mut self, assign: &AssignExpr) {
        // `Modal.Header = (…) => …`: a compound component.
        if let AssignTarget::Simple(SimpleAssignTarget::Member(member)) = &assign.left {
            if let (Expr::Ident(object), MemberProp::Ident(property)) = (&*member.obj, &member.prop)
            {
                let name = format!("{}.{}", object.sym, property.sym);
                if is_component_name(&object.sym) && is_component_name(&property.sym) {
                    if let Some(kind) = component_kind(&assign.right) {
                        let styles = styled_target(&assign.right);
                        self.define_component(name.clone(), kind, to_range(assign.span), styles);
                        self.components.push(name.clone());
                        self.component_props
                            .push(PropsParam::of_component(&assign.right));
                        self.bindings.push(name);
                        assign.right.visit_with(self);
                        self.bindings.pop();
                        self.components.pop();
                        self.component_props.pop();
                        return;
                    }
                }
            }
        }
        assign.visit_children_with(self);
    }

    fn visit_var_declarator(&mut self, declarator: &VarDeclarator) {
        let name = match &declarator.name {
            Pat::Ident(ident) => Some(ident.id.sym.to_string()),
            _ => None,
        };
        if let (Some(name), Some(init)) = (&name, &declarator.init) {
            let lower = name.to_ascii_lowercase();
            // `as const`, `satisfies Theme` and parentheses wrap the same object.
            if let Expr::Object(object) = without_type_wrappers(init) {
                if lower.contains("theme") || lower == "tokens" || lower.ends_with("tokens") {
                    theme_tokens(self.text, object, "", Some(name), self.options, self.facts);
                }
            }
        }
        let Some(name) = name else {
            declarator.visit_children_with(self);
            return;
        };
        // A style object a style prop names elsewhere in the file: its declarations are the
        // binding's, and reach each element that names it.
        if let (Some(prop), Some(init)) = (
            self.file_bindings.style_uses.get(&name),
            declarator.init.as_deref(),
        ) {
            if let Expr::Object(object) = without_type_wrappers(init) {
                let syntax = match prop {
                    StyleProp::Style => Syntax::InlineStyle,
                    StyleProp::Library => Syntax::StyleProp,
                };
                self.bindings.push(name.clone());
                let mut style = self.object_style(syntax, false);
                style.element = None;
                style.extract(object, self.facts);
                self.bindings.pop();
            }
        }
        let component = declarator
            .init
            .as_deref()
            .filter(|_| is_component_name(&name))
            .and_then(|init| component_kind(init).map(|kind| (kind, styled_target(init))));
        let previous = self.exporting.take();
        let is_component = component.is_some();
        if let Some((kind, styles)) = component {
            self.exporting = previous;
            self.define_component(name.clone(), kind, to_range(declarator.span), styles);
            self.exporting = None;
            self.components.push(name.clone());
            self.component_props.push(
                declarator
                    .init
                    .as_deref()
                    .map(PropsParam::of_component)
                    .unwrap_or_default(),
            );
        }
        self.bindings.push(name);
        declarator.visit_children_with(self);
        self.bindings.pop();
        if is_component {
            self.components.pop();
            self.component_props.pop();
        }
        self.exporting = previous;
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
            let file = FileContext {
                text: self.text,
                constants: self.constants,
                branches: self.branches,
                options: self.options,
                stylis: self.stylis,
            };
            let condition = rebrand_facts::Condition {
                dynamic: self.hole_depth > 0,
                variants: self.hole_variants.clone(),
                ..rebrand_facts::Condition::default()
            };
            extract_styled_template(&file, &tag, &tagged.tpl, binding, condition, self.facts);
            tagged.tag.visit_with(self);
            for hole in &tagged.tpl.exprs {
                self.visit_hole(hole);
            }
            return;
        }
        tagged.visit_children_with(self);
    }

    fn visit_call_expr(&mut self, call: &CallExpr) {
        // `import("pages/Home")` (a lazily loaded route) and `require("./x")` load a module as
        // an import does: the module graph needs them, though they bind no name here.
        let loads_module = match &call.callee {
            Callee::Import(_) => true,
            Callee::Expr(callee) => {
                matches!(&**callee, Expr::Ident(ident) if &*ident.sym == "require")
            }
            Callee::Super(_) => false,
        };
        if loads_module {
            if let Some(Expr::Lit(swc_ecma_ast::Lit::Str(source))) =
                call.args.first().map(|argument| &*argument.expr)
            {
                self.facts.js_imports.push(JsImport {
                    source: source.value.to_string_lossy().into_owned(),
                    range: string_content_range(to_range(source.span)),
                    names: Vec::new(),
                });
            }
        }
        if let Callee::Expr(callee) = &call.callee {
            if let Some(tag) = styled_tag(callee) {
                if matches!(tag, StyledTag::Component(_) | StyledTag::Css) {
                    for argument in &call.args {
                        match without_type_wrappers(&argument.expr) {
                            Expr::Object(object) => {
                                self.object_style(Syntax::StyledObject, false)
                                    .extract(object, self.facts);
                            }
                            // `styled.div((p) => ({ … }))`: the object the function returns
                            // applies always; a value that reads props stays unresolved.
                            Expr::Arrow(arrow) => {
                                if let Some(Expr::Object(object)) =
                                    arrow_result(arrow).map(without_type_wrappers)
                                {
                                    self.object_style(Syntax::StyledObject, false)
                                        .extract(object, self.facts);
                                }
                            }
                            _ => {}
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
                        theme_tokens(self.text, object, "", None, self.options, self.facts);
                    }
                }
            }
        }
        if let Some(mode) = is_class_call(&call.callee) {
            let mut collector = ClassCollector::new(self.text, self.binding(), None);
            collector.variant_bases = Some(&self.variant_bases);
            collector.props = self.component_props.last();
            for argument in &call.args {
                collector.expression(&argument.expr, mode);
            }
            let ClassCollector { tokens, refs, .. } = collector;
            if let (ClassCall::Variants, Some(binding)) = (mode, self.bindings.last()) {
                self.variant_bases.insert(binding.clone(), refs);
            }
            self.facts.class_tokens.extend(tokens);
            // The arguments were read as class names; nested calls inside them were too.
            return;
        }
        let repeats = is_repeating_call(call);
        if repeats {
            self.map_depth += 1;
        }
        call.visit_children_with(self);
        if repeats {
            self.map_depth -= 1;
        }
    }

    fn visit_jsx_element(&mut self, element: &JSXElement) {
        let id = self.facts.elements.len() as u32;
        let described = self.describe(element, id);
        self.elements.push((described.name.clone(), id));
        self.facts.elements.push(described);
        for (name, attribute) in attributes(element) {
            let Some(value) = &attribute.value else {
                continue;
            };
            match name.as_ref() {
                "className" | "class" | "tw" => {
                    self.class_attribute(id, value);
                    continue;
                }
                "style" | "sx" | "css" => {
                    let syntax = if name == "style" {
                        Syntax::InlineStyle
                    } else {
                        Syntax::StyleProp
                    };
                    if let JSXAttrValue::JSXExprContainer(container) = value {
                        if let JSXExpr::Expr(expr) = &container.expr {
                            let refs = style_refs(
                                expr,
                                self.component_props.last(),
                                &rebrand_facts::Condition::default(),
                            );
                            self.facts.elements[id as usize].style_refs.extend(refs);
                            if let Expr::Object(object) = &**expr {
                                self.object_style(syntax, name == "sx")
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
        for attribute in &element.opening.attrs {
            if let swc_ecma_ast::JSXAttrOrSpread::SpreadElement(spread) = attribute {
                spread.visit_with(self);
            }
        }
        element.children.visit_with(self);
        self.elements.pop();
    }
}

/// Whether a call renders its callback once per item: `items.map(…)`, `.flatMap`, `Array.from`.
fn is_repeating_call(call: &CallExpr) -> bool {
    let Callee::Expr(callee) = &call.callee else {
        return false;
    };
    let Expr::Member(member) = &**callee else {
        return false;
    };
    match &member.prop {
        MemberProp::Ident(property) => match &*property.sym {
            "map" | "flatMap" => true,
            "from" => matches!(&*member.obj, Expr::Ident(ident) if &*ident.sym == "Array"),
            _ => false,
        },
        _ => false,
    }
}

/// The kind of component an initialiser defines, if it defines one.
fn component_kind(init: &Expr) -> Option<ComponentKind> {
    match init {
        Expr::Arrow(_) | Expr::Fn(_) => Some(ComponentKind::Arrow),
        Expr::TaggedTpl(tagged) => match styled_tag(&tagged.tag)? {
            StyledTag::Component(_) => Some(ComponentKind::Styled),
            _ => None,
        },
        Expr::Call(call) => {
            let Callee::Expr(callee) = &call.callee else {
                return None;
            };
            if let Some(StyledTag::Component(_)) = styled_tag(callee) {
                return Some(ComponentKind::Styled);
            }
            let chain = crate::styled::member_chain(callee)?;
            matches!(chain.last()?.as_str(), "memo" | "forwardRef")
                .then_some(ComponentKind::Wrapped)
        }
        Expr::Paren(paren) => component_kind(&paren.expr),
        _ => None,
    }
}

/// What a styled component styles (`button`, `Base`).
fn styled_target(init: &Expr) -> Option<String> {
    let tag = match init {
        Expr::TaggedTpl(tagged) => styled_tag(&tagged.tag)?,
        Expr::Call(call) => match &call.callee {
            Callee::Expr(callee) => styled_tag(callee)?,
            _ => return None,
        },
        _ => return None,
    };
    match tag {
        StyledTag::Component(target) => Some(target),
        _ => None,
    }
}
