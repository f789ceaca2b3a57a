//! Recognises styled-components and emotion tags, and turns their templates into CSS facts.

use rebrand_css::{extract_template, TemplateHole, TemplateInput};
use rebrand_facts::TemplateKind;
use rebrand_text::TextRange;
use rebrand_values::ValueOptions;
use swc_ecma_ast::{Callee, Expr, Lit, MemberProp, Pat, Tpl};

use crate::{to_range, JsFacts};

/// What a tag or callee styles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum StyledTag {
    /// `styled.button`, `styled(Link)`, `styled('a')`, with `.attrs(…)`/`.withConfig(…)`.
    Component(String),
    /// `css`: a reusable fragment.
    Css,
    /// `keyframes`.
    Keyframes,
    /// `createGlobalStyle`, `injectGlobal`: global CSS.
    Global,
}

/// Recognises the tag of a tagged template or the callee of an object-style call.
pub(crate) fn styled_tag(expr: &Expr) -> Option<StyledTag> {
    match expr {
        Expr::Ident(ident) => match &*ident.sym {
            "css" => Some(StyledTag::Css),
            "keyframes" => Some(StyledTag::Keyframes),
            "createGlobalStyle" | "injectGlobal" => Some(StyledTag::Global),
            _ => None,
        },
        Expr::Member(member) => {
            let MemberProp::Ident(property) = &member.prop else {
                return None;
            };
            match &*member.obj {
                Expr::Ident(object) if &*object.sym == "styled" => {
                    Some(StyledTag::Component(property.sym.to_string()))
                }
                _ => None,
            }
        }
        Expr::Call(call) => {
            let Callee::Expr(callee) = &call.callee else {
                return None;
            };
            match &**callee {
                Expr::Ident(ident) if &*ident.sym == "styled" => {
                    let target = call.args.first().map(|argument| &*argument.expr)?;
                    Some(StyledTag::Component(expression_name(target)?))
                }
                Expr::Member(member) => match &member.prop {
                    MemberProp::Ident(property)
                        if matches!(&*property.sym, "attrs" | "withConfig") =>
                    {
                        styled_tag(&member.obj)
                    }
                    _ => None,
                },
                _ => None,
            }
        }
        Expr::Paren(paren) => styled_tag(&paren.expr),
        Expr::TsAs(cast) => styled_tag(&cast.expr),
        _ => None,
    }
}

/// A readable name for a styled target: `Link`, `Foo.Bar`, `'a'` gives `a`.
fn expression_name(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Ident(ident) => Some(ident.sym.to_string()),
        Expr::Lit(Lit::Str(string)) => Some(string.value.to_string_lossy().into_owned()),
        Expr::Member(_) => member_chain(expr).map(|chain| chain.join(".")),
        _ => None,
    }
}

/// The names of a member chain `a.b['c'].d`, if every link is static.
pub(crate) fn member_chain(expr: &Expr) -> Option<Vec<String>> {
    match expr {
        Expr::Ident(ident) => Some(vec![ident.sym.to_string()]),
        Expr::Member(member) => {
            let mut chain = member_chain(&member.obj)?;
            match &member.prop {
                MemberProp::Ident(property) => chain.push(property.sym.to_string()),
                MemberProp::Computed(computed) => match &*computed.expr {
                    Expr::Lit(Lit::Str(string)) => {
                        chain.push(string.value.to_string_lossy().into_owned());
                    }
                    Expr::Lit(Lit::Num(number)) => chain.push(number.value.to_string()),
                    _ => return None,
                },
                MemberProp::PrivateName(_) => return None,
            }
            Some(chain)
        }
        Expr::Paren(paren) => member_chain(&paren.expr),
        Expr::OptChain(chain) => match &*chain.base {
            swc_ecma_ast::OptChainBase::Member(member) => {
                member_chain(&Expr::Member(member.clone()))
            }
            swc_ecma_ast::OptChainBase::Call(_) => None,
        },
        _ => None,
    }
}

/// The theme path an interpolation reads: `p => p.theme.colors.primary`,
/// `({ theme }) => theme.space[2]` and a plain `theme.radii.md` all name a path under the theme.
pub(crate) fn theme_path(expr: &Expr) -> Option<String> {
    let Expr::Arrow(arrow) = expr else {
        let chain = member_chain(expr)?;
        return match chain.as_slice() {
            [root, rest @ ..] if (root == "theme" || root == "tokens") && !rest.is_empty() => {
                Some(rest.join("."))
            }
            // `p.theme.colors.primary` inside a nested `css` whose arrow binds `p`.
            [_, theme, rest @ ..] if theme == "theme" && !rest.is_empty() => Some(rest.join(".")),
            _ => None,
        };
    };
    let chain = member_chain(arrow.body.as_expr()?)?;
    match arrow.params.first()? {
        Pat::Ident(props) => match chain.as_slice() {
            [root, theme, rest @ ..]
                if *root == *props.id.sym && theme == "theme" && !rest.is_empty() =>
            {
                Some(rest.join("."))
            }
            _ => None,
        },
        Pat::Object(_) => match chain.as_slice() {
            [root, rest @ ..] if root == "theme" && !rest.is_empty() => Some(rest.join(".")),
            _ => None,
        },
        _ => None,
    }
}

/// What every template of a file shares: the file's text, its constants and value settings.
pub(crate) struct FileContext<'a> {
    pub text: &'a str,
    /// Top-level constants with a literal value (`const hover = "hover"`).
    pub constants: &'a std::collections::HashMap<String, String>,
    /// Top-level constants a condition picks among known texts, with those texts.
    pub branches: &'a std::collections::HashMap<String, Vec<String>>,
    pub options: ValueOptions,
    /// The stylis the file's templates are compiled with.
    pub stylis: rebrand_css::Stylis,
}

/// Extracts the CSS of one template literal that a styled tag owns.
pub(crate) fn extract_styled_template(
    file: &FileContext<'_>,
    tag: &StyledTag,
    template: &Tpl,
    binding: Option<String>,
    condition: rebrand_facts::Condition,
    facts: &mut JsFacts,
) {
    let (Some(first), Some(last)) = (template.quasis.first(), template.quasis.last()) else {
        return;
    };
    let range = TextRange::new(to_range(first.span).start, to_range(last.span).end);
    let holes = template
        .quasis
        .windows(2)
        .zip(&template.exprs)
        .map(|(pair, expression)| TemplateHole {
            start: to_range(pair[0].span).end - range.start,
            end: to_range(pair[1].span).start - range.start,
            theme_path: theme_path(expression),
            static_text: match &**expression {
                Expr::Ident(name) => file.constants.get(name.sym.as_str()).cloned(),
                other => crate::constants::static_text(other),
            },
            identifier: match &**expression {
                Expr::Ident(name) => Some(name.sym.to_string()),
                _ => None,
            },
            branches: match &**expression {
                Expr::Ident(name) => file
                    .branches
                    .get(name.sym.as_str())
                    .cloned()
                    .unwrap_or_default(),
                _ => Vec::new(),
            },
        })
        .collect();
    let input = TemplateInput {
        file_text: file.text,
        range,
        holes,
        binding,
        dynamic: condition.dynamic,
        variants: condition.variants,
        kind: match tag {
            StyledTag::Component(_) => TemplateKind::Component,
            StyledTag::Css => TemplateKind::Fragment,
            StyledTag::Keyframes => TemplateKind::Keyframes,
            StyledTag::Global => TemplateKind::Global,
        },
        options: file.options,
        stylis: file.stylis,
    };
    let extracted = extract_template(&input);
    facts.declarations.extend(extracted.facts.declarations);
    facts.tokens.extend(extracted.facts.tokens);
    facts.problems.extend(extracted.facts.problems);
    facts.templates.push(extracted.template);
}
