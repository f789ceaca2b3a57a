//! Static class names in `className` attributes and class-merging calls, each with its range.

use rebrand_text::TextRange;
use swc_ecma_ast::{BinaryOp, Callee, Expr, Lit, Prop, PropName, PropOrSpread, Tpl};

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

/// Collects the class names an expression can evaluate to, statically.
pub(crate) struct ClassCollector<'a> {
    pub text: &'a str,
    pub binding: Option<String>,
    pub tokens: Vec<ClassToken>,
}

impl ClassCollector<'_> {
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
                }
            }
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
                        ClassCall::Variants => self.expression(&pair.value, mode),
                    }
                }
            }
            _ => {}
        }
    }

    fn string(&mut self, range: TextRange) {
        let Some(content) = range.slice(self.text) else {
            return;
        };
        for (start, class) in split_classes(content) {
            let start = range.start + start as u32;
            self.tokens.push(ClassToken {
                text: class.to_owned(),
                range: TextRange::new(start, start + class.len() as u32),
                binding: self.binding.clone(),
            });
        }
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
            for (start, class) in split_classes(content) {
                let end = start + class.len();
                let touches_previous_hole = index > 0 && start == 0;
                let touches_next_hole = index + 1 < count && end == content.len();
                if touches_previous_hole || touches_next_hole {
                    continue;
                }
                let start = range.start + start as u32;
                self.tokens.push(ClassToken {
                    text: class.to_owned(),
                    range: TextRange::new(start, start + class.len() as u32),
                    binding: self.binding.clone(),
                });
            }
        }
        for expression in &template.exprs {
            self.expression(expression, ClassCall::Merge);
        }
    }
}

/// Each whitespace-separated class in `content` with its byte offset.
fn split_classes(content: &str) -> Vec<(usize, &str)> {
    let mut classes = Vec::new();
    let mut start = None;
    for (index, character) in content.char_indices() {
        match (character.is_whitespace(), start) {
            (true, Some(begin)) => {
                classes.push((begin, &content[begin..index]));
                start = None;
            }
            (false, None) => start = Some(index),
            _ => {}
        }
    }
    if let Some(begin) = start {
        classes.push((begin, &content[begin..]));
    }
    classes
}

#[cfg(test)]
mod tests {
    use super::split_classes;

    #[test]
    fn offsets_survive_wide_whitespace() {
        assert_eq!(
            split_classes(" px-4\u{a0}md:py-2\n"),
            [(1, "px-4"), (7, "md:py-2")]
        );
    }
}
