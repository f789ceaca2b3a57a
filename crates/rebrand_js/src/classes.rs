//! Static class names in `className` attributes and class-merging calls, each with its range.

use rebrand_facts::{ClassRef, Condition, Expectation, VariantTest};
use rebrand_text::TextRange;
use rebrand_values::words_with_offsets;
use std::collections::HashMap;
use swc_common::Spanned;

use swc_ecma_ast::{
    BinaryOp, CallExpr, Callee, Expr, Lit, MemberProp, ObjectLit, Prop, PropName, PropOrSpread, Tpl,
};

use crate::objects::string_content_range;
use crate::props::{literal_text, negate, PropsParam};
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
    /// The classes of the file's `cva`/`tv` bindings, each under the variants it needs, by
    /// binding name, so that `className={button({ size: "sm" })}` reaches them.
    pub variant_bases: Option<&'a std::collections::HashMap<String, Vec<ClassRef>>>,
    /// The props of the component whose body holds the expression: a test on them names the
    /// condition a class needs.
    pub props: Option<&'a PropsParam>,
    /// The file's `const` initialisers: a class held in one is read where it is defined.
    pub initializers: Option<&'a HashMap<String, Expr>>,
    /// How many `const`s deep the reading is, so that a cycle ends.
    depth: usize,
    /// What the part being read needs to apply.
    when: Condition,
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
            props: None,
            initializers: None,
            depth: 0,
            when: Condition::default(),
        }
    }

    /// Reads what `read` reads under `condition` as well (a named prop test), or under a
    /// run-time condition when the test has no name.
    fn under(&mut self, condition: Option<String>, read: impl FnOnce(&mut Self)) {
        let saved = self.when.clone();
        match condition {
            Some(condition) => {
                if !self.when.variants.contains(&condition) {
                    self.when.variants.push(condition);
                    self.when.variants.sort();
                }
            }
            None => self.when.dynamic = true,
        }
        read(self);
        self.when = saved;
    }

    /// The named condition a test is, within the enclosing component's props.
    fn test_condition(&self, test: &Expr) -> Option<String> {
        self.props?.condition(test)
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
                let condition = self.test_condition(&conditional.test);
                let other = condition.as_deref().map(negate);
                self.under(condition, |collector| {
                    collector.expression(&conditional.cons, mode);
                });
                self.under(other, |collector| {
                    collector.expression(&conditional.alt, mode);
                });
            }
            Expr::Bin(binary) if matches!(binary.op, BinaryOp::LogicalAnd) => {
                let condition = self.test_condition(&binary.left);
                self.under(condition, |collector| {
                    collector.expression(&binary.right, mode);
                });
            }
            Expr::Bin(binary)
                if matches!(binary.op, BinaryOp::LogicalOr | BinaryOp::NullishCoalescing) =>
            {
                // The right side applies only when the left is empty.
                self.expression(&binary.left, mode);
                self.under(None, |collector| collector.expression(&binary.right, mode));
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
                    self.class_call(call, inner_mode);
                } else if let Some(classes) = self.variant_base(&call.callee) {
                    self.variant_call(call, classes);
                } else {
                    self.dynamic(expr, "a function call computes the class");
                }
            }
            Expr::Ident(ident) if &*ident.sym == "className" => self.receives_class_name = true,
            Expr::Ident(ident) => {
                match self
                    .initializers
                    .and_then(|initializers| initializers.get(&*ident.sym))
                    .filter(|_| self.depth < 4)
                {
                    Some(initializer) => {
                        self.depth += 1;
                        self.expression(initializer, mode);
                        self.depth -= 1;
                    }
                    None => self.dynamic(expr, "a variable holds the class"),
                }
            }
            Expr::Member(member) => self.member(expr, member),
            Expr::OptChain(_) => self.dynamic(expr, "an optional member access computes the class"),
            Expr::Object(object) if mode == ClassCall::Variants => self.variants_config(object),
            Expr::Object(object) => {
                for property in &object.props {
                    let PropOrSpread::Prop(property) = property else {
                        continue;
                    };
                    let Prop::KeyValue(pair) = &**property else {
                        continue;
                    };
                    // `{ on: active }`: the key's classes need the value to be truthy.
                    let condition = match &*pair.value {
                        Expr::Lit(Lit::Bool(boolean)) if boolean.value => Some(String::new()),
                        Expr::Lit(Lit::Bool(_)) => continue,
                        value => self.test_condition(value),
                    };
                    let read = |collector: &mut Self| match &pair.key {
                        PropName::Str(string) => {
                            collector.string(string_content_range(to_range(string.span)));
                        }
                        PropName::Ident(ident) => collector.string(to_range(ident.span)),
                        _ => {}
                    };
                    match condition {
                        Some(condition) if condition.is_empty() => read(self),
                        condition => self.under(condition, read),
                    }
                }
            }
            Expr::Lit(Lit::Bool(_) | Lit::Null(_)) | Expr::Unary(_) => {}
            _ => self.dynamic(expr, "an expression computes the class"),
        }
    }

    /// `clsx(…)`, `cn(…)`: every argument; `cva("base", { variants })`, `tv({ base, variants })`:
    /// the base and each variant's classes under that variant.
    fn class_call(&mut self, call: &CallExpr, mode: ClassCall) {
        for argument in &call.args {
            self.expression(&argument.expr, mode);
        }
    }

    /// A `cva`/`tv` configuration: `base`, `variants` (each option's classes need that option),
    /// `compoundVariants` (their classes need every option they name); `defaultVariants` marks
    /// the options that also apply when the prop is not passed. `tv` slots are not read.
    fn variants_config(&mut self, config: &ObjectLit) {
        let defaults: HashMap<String, String> = key_values(config)
            .find(|(key, _)| key == "defaultVariants")
            .and_then(|(_, value)| match value {
                Expr::Object(defaults) => Some(
                    key_values(defaults)
                        .filter_map(|(name, value)| Some((name, literal_text(value)?)))
                        .collect(),
                ),
                _ => None,
            })
            .unwrap_or_default();
        for (key, value) in key_values(config) {
            match (key.as_str(), value) {
                ("base" | "class" | "className", classes) => {
                    self.expression(classes, ClassCall::Merge);
                }
                ("variants", Expr::Object(variants)) => {
                    for (name, options) in key_values(variants) {
                        let Expr::Object(options) = options else {
                            continue;
                        };
                        for (option, classes) in key_values(options) {
                            if matches!(classes, Expr::Object(_)) {
                                continue;
                            }
                            let condition = variant_condition(&name, &option, defaults.get(&name));
                            self.under(Some(condition), |collector| {
                                collector.expression(classes, ClassCall::Merge);
                            });
                        }
                    }
                }
                ("compoundVariants", Expr::Array(compounds)) => {
                    for compound in compounds.elems.iter().flatten() {
                        if let Expr::Object(compound) = &*compound.expr {
                            self.compound_variant(compound);
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// One compound variant: its classes need every option it names.
    fn compound_variant(&mut self, compound: &ObjectLit) {
        let saved = self.when.clone();
        let mut classes = Vec::new();
        for (key, value) in key_values(compound) {
            if matches!(key.as_str(), "class" | "className") {
                classes.push(value);
            } else if let Some(option) = literal_text(value) {
                self.when
                    .variants
                    .push(variant_condition(&key, &option, None));
            } else {
                // An option list (`size: ["sm", "md"]`) is any of them: not one name.
                self.when.dynamic = true;
            }
        }
        self.when.variants.sort();
        for classes in classes {
            self.expression(classes, ClassCall::Merge);
        }
        self.when = saved;
    }

    /// `button({ size: "sm", tone })` where `button` is a `cva` binding of the file: each of
    /// its classes whose options the call decides is kept (its condition met) or dropped (not
    /// met, or an option not passed that is not the default); an option passed from the
    /// component's own prop keeps its condition, renamed after that prop.
    fn variant_call(&mut self, call: &CallExpr, classes: &[ClassRef]) {
        let arguments = match call.args.first().map(|argument| &*argument.expr) {
            None => Some(Vec::new()),
            Some(Expr::Object(object)) => Some(self.variant_arguments(object)),
            Some(_) => None,
        };
        for class in classes {
            let (ClassRef::Static { when, .. } | ClassRef::Module { when, .. }) = class else {
                self.refs.push(class.clone());
                continue;
            };
            let Some(decided) = decide_variants(when, arguments.as_deref()) else {
                continue;
            };
            let mut class = class.clone();
            if let ClassRef::Static { when, .. } | ClassRef::Module { when, .. } = &mut class {
                *when = self.when.and(&decided);
            }
            self.refs.push(class);
        }
    }

    /// What each option of a variant call is given.
    fn variant_arguments(&self, object: &ObjectLit) -> Vec<(String, Argument)> {
        let mut arguments = Vec::new();
        for property in &object.props {
            let (key, value) = match property {
                PropOrSpread::Spread(_) => {
                    arguments.push(("...".to_owned(), Argument::Unknown));
                    continue;
                }
                PropOrSpread::Prop(property) => match &**property {
                    Prop::Shorthand(ident) => (ident.sym.to_string(), Expr::Ident(ident.clone())),
                    Prop::KeyValue(pair) => {
                        let Some(key) = prop_name(&pair.key) else {
                            continue;
                        };
                        (key, (*pair.value).clone())
                    }
                    _ => continue,
                },
            };
            let argument = if let Some(text) = literal_text(&value) {
                Argument::Literal(text)
            } else if let Some(prop) = self.props.and_then(|props| props.prop_of(&value)) {
                Argument::Prop(prop)
            } else {
                Argument::Unknown
            };
            arguments.push((key, argument));
        }
        arguments
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
            when: self.when.clone(),
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
            when: self.when.clone(),
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

/// What a variant call gives one option.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Argument {
    /// A literal (`"sm"`, `true`).
    Literal(String),
    /// The component's prop of that name, passed on.
    Prop(String),
    /// Anything else.
    Unknown,
}

/// A class's condition after a variant call: `None` when the call rules it out.
fn decide_variants(
    when: &Condition,
    arguments: Option<&[(String, Argument)]>,
) -> Option<Condition> {
    let Some(arguments) = arguments else {
        return Some(when.clone());
    };
    let spread = arguments.iter().any(|(key, _)| key == "...");
    let mut decided = Condition {
        variants: Vec::new(),
        ..when.clone()
    };
    for variant in &when.variants {
        let test = VariantTest::parse(variant);
        match arguments
            .iter()
            .find(|(key, _)| key == test.prop)
            .map(|(_, argument)| argument)
        {
            Some(Argument::Literal(given)) => {
                let holds = match test.expects {
                    Expectation::Truthy => given == "true",
                    Expectation::Falsy => given == "false",
                    Expectation::Equals(option) => given == option,
                    Expectation::NotEquals(option) => given != option,
                };
                if !holds {
                    return None;
                }
            }
            // The same condition, on the prop that carries the option.
            Some(Argument::Prop(prop)) => decided.variants.push(test.on_prop(prop)),
            Some(Argument::Unknown) => decided.dynamic = true,
            None if spread => decided.dynamic = true,
            None if test.is_default => {}
            None => return None,
        }
    }
    decided.variants.sort();
    Some(decided)
}

/// How a variant option is named as a condition: `size=sm`, `disabled` for `true`,
/// `!disabled` for `false`; ` (default)` when `defaultVariants` picks it.
fn variant_condition(name: &str, option: &str, default: Option<&String>) -> String {
    let mut condition = match option {
        "true" => name.to_owned(),
        "false" => format!("!{name}"),
        option => format!("{name}={option}"),
    };
    if default.is_some_and(|default| default == option) {
        condition.push_str(" (default)");
    }
    condition
}

/// An object literal's `key: value` pairs with a static key.
fn key_values(object: &ObjectLit) -> impl Iterator<Item = (String, &Expr)> {
    object.props.iter().filter_map(|property| {
        let PropOrSpread::Prop(property) = property else {
            return None;
        };
        let Prop::KeyValue(pair) = &**property else {
            return None;
        };
        Some((prop_name(&pair.key)?, &*pair.value))
    })
}

fn prop_name(key: &PropName) -> Option<String> {
    match key {
        PropName::Ident(ident) => Some(ident.sym.to_string()),
        PropName::Str(string) => Some(string.value.to_string_lossy().into_owned()),
        PropName::Num(number) => Some(number.value.to_string()),
        _ => None,
    }
}
