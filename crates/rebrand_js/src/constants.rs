//! The file's own constants whose text is known without running anything: top-level
//! `const hover = "hover";`, `export const gap = 8;`, `` const ring = `2px`; ``. A styled
//! template's `${hover}` reads as that text, as the runtime would read it.

use std::collections::HashMap;

use swc_ecma_ast::{Decl, Expr, Lit, ModuleDecl, ModuleItem, Pat, Program, Stmt, VarDeclKind};

/// The file's constants: every top-level `const` bound to a string, a number or a template
/// without holes, and which of them are exported (`export const …`).
pub(crate) struct FileConstants {
    pub all: HashMap<String, String>,
    pub exported: Vec<(String, String)>,
}

/// Top-level `const` bindings of `program` to a string, a number or a template without holes.
pub(crate) fn file_constants(program: &Program) -> FileConstants {
    let mut constants = FileConstants {
        all: HashMap::new(),
        exported: Vec::new(),
    };
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
            if let Some(text) = static_text(init) {
                let name = name.id.sym.to_string();
                if exported {
                    constants.exported.push((name.clone(), text.clone()));
                }
                constants.all.insert(name, text);
            }
        }
    }
    constants
}

/// The text an expression stands for when it is a literal: `"hover"`, `8`, `` `2px` ``, or one
/// of these behind `as const` or parentheses.
pub(crate) fn static_text(expression: &Expr) -> Option<String> {
    match expression {
        Expr::Lit(Lit::Str(string)) => Some(string.value.to_string_lossy().into_owned()),
        Expr::Lit(Lit::Num(number)) => Some(number.value.to_string()),
        Expr::Tpl(template) if template.exprs.is_empty() => template
            .quasis
            .first()
            .and_then(|quasi| quasi.cooked.as_ref())
            .map(|cooked| cooked.to_string_lossy().into_owned()),
        Expr::Paren(inner) => static_text(&inner.expr),
        Expr::TsConstAssertion(inner) => static_text(&inner.expr),
        _ => None,
    }
}
