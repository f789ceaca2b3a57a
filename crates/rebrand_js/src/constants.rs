//! The file's own constants whose text is known without running anything: top-level
//! `const hover = "hover";`, `export const gap = 8;`, `` const ring = css`2px solid ${brand}`; ``.
//! A styled template's `${hover}` reads as that text, as the runtime would read it. A constant
//! a condition picks (`isTouch() ? "active" : "hover"`) is known only as its branches.

use std::collections::HashMap;

use swc_ecma_ast::{
    Decl, Expr, Lit, ModuleDecl, ModuleItem, Pat, Program, Stmt, TaggedTpl, Tpl, VarDeclKind,
};

/// Branches a conditional constant may have before it is not worth following.
const MAX_BRANCHES: usize = 8;

/// The file's constants: every top-level `const` whose text is known, which of them are
/// exported (`export const …`), and those a condition picks among known texts.
#[derive(Default)]
pub(crate) struct FileConstants {
    pub all: HashMap<String, String>,
    pub exported: Vec<(String, String)>,
    pub branches: HashMap<String, Vec<String>>,
}

/// Top-level `const` bindings of `program` whose text is known, in order: a constant may use
/// the ones before it (`` const ring = css`2px solid ${brand}` ``).
pub(crate) fn file_constants(program: &Program) -> FileConstants {
    let mut constants = FileConstants::default();
    let Program::Module(module) = program else {
        return constants;
    };
    for item in &module.body {
        let (declaration, exported) = match item {
            ModuleItem::Stmt(Stmt::Decl(Decl::Var(declaration))) => (declaration, false),
            ModuleItem::ModuleDecl(ModuleDecl::ExportDecl(export)) => match &export.decl {
                Decl::Var(declaration) => (declaration, true),
                _ => continue,
            },
            _ => continue,
        };
        if declaration.kind != VarDeclKind::Const {
            continue;
        }
        for declarator in &declaration.decls {
            let (Pat::Ident(name), Some(init)) = (&declarator.name, &declarator.init) else {
                continue;
            };
            let name = name.id.sym.to_string();
            if let Some(text) = known_text(init, &constants.all) {
                if exported {
                    constants.exported.push((name.clone(), text.clone()));
                }
                constants.all.insert(name, text);
            } else if let Some(branches) = known_branches(init, &constants.all) {
                constants.branches.insert(name, branches);
            }
        }
    }
    constants
}

/// The text an expression stands for when it is a literal: `"hover"`, `8`, `` `2px` ``, or one
/// of these behind `as const` or parentheses.
pub(crate) fn static_text(expression: &Expr) -> Option<String> {
    known_text(expression, &HashMap::new())
}

/// The text an expression stands for when it is a literal, a constant in `known`, or a
/// template (plain or `css`-tagged) all of whose holes are.
fn known_text(expression: &Expr, known: &HashMap<String, String>) -> Option<String> {
    match expression {
        Expr::Lit(Lit::Str(string)) => Some(string.value.to_string_lossy().into_owned()),
        Expr::Lit(Lit::Num(number)) => Some(number.value.to_string()),
        Expr::Ident(name) => known.get(name.sym.as_str()).cloned(),
        Expr::Tpl(template) => template_text(template, known),
        // A `css` fragment is text only where it is a value (`2px solid red`); one of
        // declarations is a mixin, which its own template's facts describe.
        Expr::TaggedTpl(tagged) if is_css_tag(tagged) => {
            template_text(&tagged.tpl, known).filter(|text| rebrand_css::reads_as_value(text))
        }
        Expr::Paren(inner) => known_text(&inner.expr, known),
        Expr::TsConstAssertion(inner) => known_text(&inner.expr, known),
        _ => None,
    }
}

/// The texts a conditional picks among (`cond ? "active" : "hover"`, nested too), when every
/// branch's text is known and the condition is not.
fn known_branches(expression: &Expr, known: &HashMap<String, String>) -> Option<Vec<String>> {
    let Expr::Cond(conditional) = expression else {
        return match expression {
            Expr::Paren(inner) => known_branches(&inner.expr, known),
            _ => None,
        };
    };
    let mut branches = Vec::new();
    for branch in [&conditional.cons, &conditional.alt] {
        match known_text(branch, known) {
            Some(text) => branches.push(text),
            None => branches.extend(known_branches(branch, known)?),
        }
    }
    branches.dedup();
    (branches.len() <= MAX_BRANCHES).then_some(branches)
}

fn is_css_tag(tagged: &TaggedTpl) -> bool {
    matches!(&*tagged.tag, Expr::Ident(tag) if &*tag.sym == "css")
}

/// A template's cooked text with each hole's known text in place; `None` if a hole is unknown.
pub(crate) fn template_text(template: &Tpl, known: &HashMap<String, String>) -> Option<String> {
    let mut text = String::new();
    for (index, quasi) in template.quasis.iter().enumerate() {
        text.push_str(&quasi.cooked.as_ref()?.to_string_lossy());
        if let Some(expression) = template.exprs.get(index) {
            text.push_str(&known_text(expression, known)?);
        }
    }
    Some(text)
}
