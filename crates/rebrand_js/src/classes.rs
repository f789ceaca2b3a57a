//! Static class names in `className` attributes and class-merging calls, each with its range.

use rebrand_facts::ClassRef;
use rebrand_text::TextRange;
use rebrand_values::words_with_offsets;
use swc_common::Spanned;
use swc_ecma_ast::{BinaryOp, Callee, Expr, Lit, MemberProp, Prop, PropName, PropOrSpread, Tpl};

use crate::objects::string_content_range;
use crate::to_range;

/// One class name as written, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassToken {
    /// The class, with any variants (`md:hover:bg-blue-500`).
    pub text: String,
    /// Where it is written.
    pub range: TextRange,
    /// The JSX element or binding it belongs to (`button`, `buttonVariants`).
    pub binding: Option<String>,
    /// The id of the JSX element whose `className` holds it.
    pub element: Option<u32>,
}

/// Calls whose string arguments are class names.
pub(crate) fn is_class_call(callee: &Callee) -> Option<ClassCall> {
    let Callee::Expr(expr) = callee else {
        return None;
    };
    let Expr::Ident(ident) = &**expr else {
        return None;
    };
    match &*ident.sym {
        "clsx" | "cn" | "classnames" | "classNames" | "cx" | "twMerge" | "twJoin" | "ctl" => {
            Some(ClassCall::Merge)
        }
        "cva" | "tv" => Some(ClassCall::Variants),
        _ => None,
    }
}

/// How a class-merging call passes class names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ClassCall {
    /// `clsx('a', cond && 'b', { c: cond })`: strings and object keys.
    Merge,
    /// `cva('base', { variants: { size: { sm: 'px-2' } } })`: strings and object values.
    Variants,
}

/// Collects the class names an expression can evaluate to, statically, and how every other part
/// of it names a class.
pub(crate) struct ClassCollector<'a> {
    pub text: &'a str,
    pub binding: Option<String>,
    pub element: Option<u32>,
    pub tokens: Vec<ClassToken>,
    pub refs: Vec<ClassRef>,
    /// Whether the expression passes the component's own `className` through.
    pub receives_class_name: bool,
    /// Base classes of the file's `cva`/`tv` bindings, by binding name, so that
    /// `className={button()}` reaches them.
    pub variant_bases: Option<&'a std::collections::HashMap<String, Vec<ClassRef>>>,
}

impl<'a> ClassCollector<'a> {
    pub(crate) fn new(text: &'a str, binding: Option<String>, element: Option<u32>) -> Self {
        Self {
            text,
            binding,
            element,
            tokens: Vec::new(),
            refs: Vec::new(),
            receives_class_name: false,
            variant_bases: None,
        }
    }
}

impl<'a> ClassCollector<'a> {
    pub(crate) fn expression(&mut self, expr: &Expr, mode: ClassCall) {
        match expr {
            Expr::Lit(Lit::Str(string)) => {
                self.string(string_content_range(to_range(string.span)));
            }
            Expr::Tpl(template) => self.template(template),
            Expr::Cond(conditional) => {
                self.expression(&conditional.cons, mode);
                self.expression(&conditional.alt, mode);
            }
            Expr::Bin(binary) if matches!(binary.op, BinaryOp::LogicalAnd) => {
                self.expression(&binary.right, mode);
            }
            Expr::Bin(binary)
                if matches!(binary.op, BinaryOp::LogicalOr | BinaryOp::NullishCoalescing) =>
            {
                self.expression(&binary.left, mode);
                self.expression(&binary.right, mode);
            }
            Expr::Bin(binary) if binary.op == BinaryOp::Add => {
                self.expression(&binary.left, mode);
                self.expression(&binary.right, mode);
            }
            Expr::Paren(paren) => self.expression(&paren.expr, mode),
            Expr::Array(array) => {
                for element in array.elems.iter().flatten() {
                    self.expression(&element.expr, mode);
                }
            }
            Expr::Call(call) => {
                if let Some(inner_mode) = is_class_call(&call.callee) {
                    for argument in &call.args {
                        self.expression(&argument.expr, inner_mode);
                    }
                } else if let Some(base) = self.variant_base(&call.callee) {
                    self.refs.extend(base.iter().cloned());
                    self.dynamic(expr, "a variant chosen at run time adds classes (cva/tv)");
                } else {
                    self.dynamic(expr, "a function call computes the class");
                }
            }
            Expr::Ident(ident) if &*ident.sym == "className" => self.receives_class_name = true,
            Expr::Ident(_) => self.dynamic(expr, "a variable holds the class"),
            Expr::Member(member) => self.member(expr, member),
            Expr::OptChain(_) => self.dynamic(expr, "an optional member access computes the class"),
            Expr::Object(object) => {
                for property in &object.props {
                    let PropOrSpread::Prop(property) = property else {
                        continue;
                    };
                    let Prop::KeyValue(pair) = &**property else {
                        continue;
                    };
                    match mode {
                        ClassCall::Merge => match &pair.key {
                            PropName::Str(string) => {
                                self.string(string_content_range(to_range(string.span)));
                            }
                            PropName::Ident(ident) => self.string(to_range(ident.span)),
                            _ => {}
                        },
                        ClassCall::Variants => {
                            let key = match &pair.key {
                                PropName::Ident(ident) => ident.sym.to_string(),
                                PropName::Str(string) => {
                                    string.value.to_string_lossy().into_owned()
                                }
                                _ => String::new(),
                            };
                            // `defaultVariants` names variants, and a compound variant's
                            // conditions do too; only its `class`/`className` holds classes.
                            match key.as_str() {
                                "defaultVariants" => {}
                                "compoundVariants" => {
                                    if let Expr::Array(array) = &*pair.value {
                                        for entry in array.elems.iter().flatten() {
                                            if let Expr::Object(compound) = &*entry.expr {
                                                self.compound_variant(compound);
                                            }
                                        }
                                    }
                                }
                                _ => self.expression(&pair.value, mode),
                            }
                        }
                    }
                }
            }
            Expr::Lit(Lit::Bool(_) | Lit::Null(_)) | Expr::Unary(_) => {}
            _ => self.dynamic(expr, "an expression computes the class"),
        }
    }

    fn variant_base(&self, callee: &Callee) -> Option<&'a Vec<ClassRef>> {
        let Callee::Expr(callee) = callee else {
            return None;
        };
        let Expr::Ident(ident) = &**callee else {
            return None;
        };
        self.variant_bases?.get(&*ident.sym)
    }

    fn compound_variant(&mut self, compound: &swc_ecma_ast::ObjectLit) {
        for property in &compound.props {
            let PropOrSpread::Prop(property) = property else {
                continue;
            };
            let Prop::KeyValue(pair) = &**property else {
                continue;
            };
            if let PropName::Ident(ident) = &pair.key {
                if matches!(&*ident.sym, "class" | "className") {
                    self.expression(&pair.value, ClassCall::Variants);
                }
            }
        }
    }

    /// `styles.card`, `styles["card"]`, `props.className`.
    fn member(&mut self, expr: &Expr, member: &swc_ecma_ast::MemberExpr) {
        let Expr::Ident(object) = &*member.obj else {
            self.dynamic(expr, "a nested member access computes the class");
            return;
        };
        let name = match &member.prop {
            MemberProp::Ident(property) => property.sym.to_string(),
            MemberProp::Computed(computed) => {
                if let Expr::Lit(Lit::Str(string)) = &*computed.expr {
                    string.value.to_string_lossy().into_owned()
                } else {
                    self.dynamic(expr, "the member name is computed at run time");
                    return;
                }
            }
            MemberProp::PrivateName(_) => {
                self.dynamic(expr, "a private field holds the class");
                return;
            }
        };
        if name == "className" {
            self.receives_class_name = true;
            return;
        }
        self.refs.push(ClassRef::Module {
            object: object.sym.to_string(),
            name,
            range: to_range(expr.span()),
        });
    }

    fn dynamic(&mut self, expr: &Expr, reason: &str) {
        self.refs.push(ClassRef::Dynamic {
            reason: reason.to_owned(),
            range: to_range(expr.span()),
        });
    }

    fn string(&mut self, range: TextRange) {
        let Some(content) = range.slice(self.text) else {
            return;
        };
        for (start, class) in words_with_offsets(content) {
            let start = range.start + start as u32;
            self.push_class(class, start);
        }
    }

    fn push_class(&mut self, class: &str, start: u32) {
        let range = TextRange::new(start, start + class.len() as u32);
        self.refs.push(ClassRef::Static {
            name: class.to_owned(),
            range,
        });
        self.tokens.push(ClassToken {
            text: class.to_owned(),
            range,
            binding: self.binding.clone(),
            element: self.element,
        });
    }

    /// A template's static parts; a class glued to a `${…}` (`text-${tone}`) is only partly
    /// known and is skipped rather than guessed.
    fn template(&mut self, template: &Tpl) {
        let count = template.quasis.len();
        for (index, quasi) in template.quasis.iter().enumerate() {
            let range = to_range(quasi.span);
            let Some(content) = range.slice(self.text) else {
                continue;
            };
            for (start, class) in words_with_offsets(content) {
                let end = start + class.len();
                let touches_previous_hole = index > 0 && start == 0;
                let touches_next_hole = index + 1 < count && end == content.len();
                let start_offset = range.start + start as u32;
                // A class split by a hole (`text-${tone}-700`) is reported once, at its start.
                if touches_previous_hole {
                    continue;
                }
                if touches_next_hole {
                    self.refs.push(ClassRef::Dynamic {
                        reason: "part of the class is interpolated".to_owned(),
                        range: TextRange::new(start_offset, start_offset + class.len() as u32),
                    });
                    continue;
                }
                self.push_class(class, start_offset);
            }
        }
        for (index, expression) in template.exprs.iter().enumerate() {
            let glued = |quasi: Option<&swc_ecma_ast::TplElement>, at_end: bool| {
                quasi.is_some_and(|quasi| {
                    let raw: &str = &quasi.raw;
                    let edge = if at_end {
                        raw.chars().last()
                    } else {
                        raw.chars().next()
                    };
                    edge.is_some_and(|character| !character.is_whitespace())
                })
            };
            // A hole glued to text is part of a class already reported as interpolated.
            if glued(template.quasis.get(index), true)
                || glued(template.quasis.get(index + 1), false)
            {
                continue;
            }
            self.expression(expression, ClassCall::Merge);
        }
    }
}
