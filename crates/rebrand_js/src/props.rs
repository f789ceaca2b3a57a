//! Conditions on a component's props, named as the model names variants: `p.$active` is
//! `$active`, `!open` is `!open`, `variant === "primary"` is `variant=primary`. What reads
//! anything else (state, context, a call) has no name: the caller makes it `dynamic`.

use swc_ecma_ast::{
    ArrowExpr, ArrowFunctionBody, BinaryOp, Expr, Function, Lit, MemberProp, ObjectPatProp, Pat,
    PropName, UnaryOp,
};

/// How a function receives its props: as one object (`p => p.x`, `function X(props)`) or
/// destructured (`({ x, y: local }) => …`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct PropsParam {
    /// The name of the props object.
    object: Option<String>,
    /// Destructured props: the local name and the prop it reads.
    destructured: Vec<(String, String)>,
    /// Literal defaults of destructured props (`size = 40`), by local name: the prop and the
    /// default's text.
    defaults: Vec<(String, String, String)>,
    /// The name the props not destructured are gathered in (`...rest`).
    rest: Option<String>,
}

impl PropsParam {
    /// The props parameter of a function's first parameter pattern.
    pub(crate) fn from_pat(pattern: &Pat) -> Self {
        let mut param = Self::default();
        match pattern {
            Pat::Ident(ident) => param.object = Some(ident.id.sym.to_string()),
            Pat::Object(object) => {
                for property in &object.props {
                    match property {
                        ObjectPatProp::Assign(assign) => {
                            let name = assign.key.sym.to_string();
                            if let Some(default) = assign.value.as_deref().and_then(literal_text) {
                                param.defaults.push((name.clone(), name.clone(), default));
                            }
                            param.destructured.push((name.clone(), name));
                        }
                        ObjectPatProp::KeyValue(pair) => {
                            let prop = match &pair.key {
                                PropName::Ident(ident) => ident.sym.to_string(),
                                PropName::Str(string) => {
                                    string.value.to_string_lossy().into_owned()
                                }
                                _ => continue,
                            };
                            let local = match &*pair.value {
                                Pat::Ident(ident) => ident.id.sym.to_string(),
                                Pat::Assign(assign) => match &*assign.left {
                                    Pat::Ident(ident) => {
                                        let local = ident.id.sym.to_string();
                                        if let Some(default) = literal_text(&assign.right) {
                                            param.defaults.push((
                                                local.clone(),
                                                prop.clone(),
                                                default,
                                            ));
                                        }
                                        local
                                    }
                                    _ => continue,
                                },
                                _ => continue,
                            };
                            param.destructured.push((local, prop));
                        }
                        ObjectPatProp::Rest(rest) => {
                            if let Pat::Ident(ident) = &*rest.arg {
                                param.rest = Some(ident.id.sym.to_string());
                            }
                        }
                    }
                }
            }
            Pat::Assign(assign) => return Self::from_pat(&assign.left),
            _ => {}
        }
        param
    }

    /// The props of an arrow function's first parameter.
    pub(crate) fn of_arrow(arrow: &ArrowExpr) -> Self {
        arrow.params.first().map(Self::from_pat).unwrap_or_default()
    }

    /// The props of a function's first parameter.
    pub(crate) fn of_function(function: &Function) -> Self {
        function
            .params
            .first()
            .map(|param| Self::from_pat(&param.pat))
            .unwrap_or_default()
    }

    /// The props of a component definition: an arrow or function expression, also inside
    /// `memo(…)`, `forwardRef(…)` or parentheses.
    pub(crate) fn of_component(definition: &Expr) -> Self {
        match definition {
            Expr::Arrow(arrow) => Self::of_arrow(arrow),
            Expr::Fn(function) => Self::of_function(&function.function),
            Expr::Paren(paren) => Self::of_component(&paren.expr),
            Expr::Call(call) => call
                .args
                .first()
                .map(|argument| Self::of_component(&argument.expr))
                .unwrap_or_default(),
            _ => Self::default(),
        }
    }

    /// The prop a bare name reads and the literal default it has when not passed
    /// (`({ size = 40 })` gives `size` and `40`).
    pub(crate) fn default_of(&self, local: &str) -> Option<(&str, &str)> {
        self.defaults
            .iter()
            .find(|(name, _, _)| name == local)
            .map(|(_, prop, default)| (prop.as_str(), default.as_str()))
    }

    /// Whether a spread expression hands on (part of) these props: the props object, the rest of
    /// a destructuring, or a member of either (`{...props}`, `{...rest}`, `{...props.root}`),
    /// through parentheses, type assertions and conditionals. With no parameter known (a class
    /// component), any binding or member may.
    pub(crate) fn holds_props(&self, expr: &Expr) -> bool {
        let known = |name: &str| {
            (self.is_empty() && self.rest.is_none())
                || self.object.as_deref() == Some(name)
                || self.rest.as_deref() == Some(name)
        };
        match expr {
            Expr::Ident(ident) => known(&ident.sym),
            Expr::Member(member) => self.holds_props(&member.obj),
            Expr::OptChain(chain) => match &*chain.base {
                swc_ecma_ast::OptChainBase::Member(member) => self.holds_props(&member.obj),
                swc_ecma_ast::OptChainBase::Call(_) => false,
            },
            Expr::Paren(inner) => self.holds_props(&inner.expr),
            Expr::TsAs(inner) => self.holds_props(&inner.expr),
            Expr::TsNonNull(inner) => self.holds_props(&inner.expr),
            Expr::TsSatisfies(inner) => self.holds_props(&inner.expr),
            Expr::TsTypeAssertion(inner) => self.holds_props(&inner.expr),
            Expr::Cond(conditional) => {
                self.holds_props(&conditional.cons) || self.holds_props(&conditional.alt)
            }
            Expr::Bin(binary) => self.holds_props(&binary.left) || self.holds_props(&binary.right),
            _ => false,
        }
    }

    /// Whether the parameter gives any prop a name.
    pub(crate) fn is_empty(&self) -> bool {
        self.object.is_none() && self.destructured.is_empty()
    }

    /// The prop an expression reads directly (`p.variant`, a destructured `variant`).
    pub(crate) fn prop_of(&self, expr: &Expr) -> Option<String> {
        match expr {
            Expr::Paren(paren) => self.prop_of(&paren.expr),
            Expr::Ident(ident) => self
                .destructured
                .iter()
                .find(|(local, _)| *local == *ident.sym)
                .map(|(_, prop)| prop.clone()),
            Expr::Member(member) => {
                let Expr::Ident(object) = &*member.obj else {
                    return None;
                };
                if self.object.as_deref() != Some(&*object.sym) {
                    return None;
                }
                match &member.prop {
                    MemberProp::Ident(property) => Some(property.sym.to_string()),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The named condition a test on props is (`p.$active`, `!open`, `size === "sm"`), or
    /// `None` when the test reads anything else.
    pub(crate) fn condition(&self, test: &Expr) -> Option<String> {
        match test {
            Expr::Paren(paren) => self.condition(&paren.expr),
            Expr::Unary(unary) if unary.op == UnaryOp::Bang => self
                .condition(&unary.arg)
                .map(|condition| negate(&condition)),
            Expr::Bin(binary) => {
                let equal = match binary.op {
                    BinaryOp::EqEqEq | BinaryOp::EqEq => true,
                    BinaryOp::NotEqEq | BinaryOp::NotEq => false,
                    _ => return None,
                };
                let ((Some(prop), Some(value), _, _) | (_, _, Some(prop), Some(value))) = (
                    self.prop_of(&binary.left),
                    literal_text(&binary.right),
                    self.prop_of(&binary.right),
                    literal_text(&binary.left),
                ) else {
                    return None;
                };
                Some(if equal {
                    format!("{prop}={value}")
                } else {
                    format!("{prop}!={value}")
                })
            }
            other => self.prop_of(other),
        }
    }
}

/// The other branch's condition (a prop test is never a `cva` default, which has no single
/// other side).
pub(crate) fn negate(condition: &str) -> String {
    rebrand_facts::negated_variant(condition).unwrap_or_else(|| format!("!{condition}"))
}

/// A string, number or boolean literal's text.
pub(crate) fn literal_text(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Lit(Lit::Str(string)) => Some(string.value.to_string_lossy().into_owned()),
        Expr::Lit(Lit::Num(number)) => Some(number.value.to_string()),
        Expr::Lit(Lit::Bool(boolean)) => Some(boolean.value.to_string()),
        _ => None,
    }
}

/// The expression an interpolation function returns, when it is one expression.
pub(crate) fn arrow_result(arrow: &ArrowExpr) -> Option<&Expr> {
    match &*arrow.body {
        ArrowFunctionBody::Expr(expr) => Some(expr),
        ArrowFunctionBody::FunctionBody(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{negate, PropsParam};
    use swc_common::{sync::Lrc, FileName, SourceMap};
    use swc_ecma_ast::{EsVersion, Expr};
    use swc_ecma_parser::{parse_file_as_expr, Syntax, TsSyntax};

    fn expression(text: &str) -> Expr {
        let map: Lrc<SourceMap> = Lrc::default();
        let file = map.new_source_file(Lrc::new(FileName::Anon), text.to_owned());
        parse_file_as_expr(
            &file,
            Syntax::Typescript(TsSyntax::default()),
            EsVersion::latest(),
            None,
            &mut Vec::new(),
        )
        .map(|expression| *expression)
        .expect("parses")
    }

    fn conditions(function: &str, test: &str) -> Option<String> {
        let Expr::Arrow(arrow) = expression(function) else {
            panic!("an arrow function");
        };
        PropsParam::of_arrow(&arrow).condition(&expression(test))
    }

    #[test]
    fn tests_on_props_are_named() {
        assert_eq!(conditions("p => 0", "p.$active"), Some("$active".into()));
        assert_eq!(conditions("p => 0", "!p.open"), Some("!open".into()));
        assert_eq!(
            conditions("({ variant: kind }) => 0", "kind === 'ghost'"),
            Some("variant=ghost".into())
        );
        assert_eq!(
            conditions("({ size = 'md' }) => 0", "'sm' !== size"),
            Some("size!=sm".into())
        );
    }

    #[test]
    fn other_tests_have_no_name() {
        assert_eq!(conditions("p => 0", "isTouch()"), None);
        assert_eq!(conditions("({ a }) => 0", "b"), None);
        assert_eq!(conditions("p => 0", "p.theme.dark"), None);
        assert_eq!(conditions("p => 0", "p.a > 2"), None);
    }

    #[test]
    fn branches_negate() {
        assert_eq!(negate("open"), "!open");
        assert_eq!(negate("!open"), "open");
        assert_eq!(negate("size=sm"), "size!=sm");
        assert_eq!(negate("size!=sm"), "size=sm");
    }
}
