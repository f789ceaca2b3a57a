//! What a JSX element is and does: its role, handlers, focusability and state props.

use std::borrow::Cow;

use rebrand_facts::JsxProp;

use crate::props::PropsParam;
use swc_ecma_ast::{
    ArrowFunctionBody, Expr, ExprStmt, JSXAttr, JSXAttrName, JSXAttrOrSpread, JSXAttrValue,
    JSXElement, JSXElementChild, JSXElementName, JSXExpr, JSXObject, Lit, Stmt,
};
use swc_ecma_visit::{Visit, VisitWith};

/// `li`, `Button`, `Modal.Header`, `svg:path`.
pub(crate) fn element_name(name: &JSXElementName) -> String {
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

/// The attributes of an opening tag, by name (spreads skipped).
///
/// Names are borrowed where the source spells them as one identifier: elements are described by
/// several lookups each, and most attribute names are plain identifiers.
pub(crate) fn attributes(element: &JSXElement) -> impl Iterator<Item = (Cow<'_, str>, &JSXAttr)> {
    element
        .opening
        .attrs
        .iter()
        .filter_map(|attribute| match attribute {
            JSXAttrOrSpread::JSXAttr(attribute) => {
                let name = match &attribute.name {
                    JSXAttrName::Ident(ident) => Cow::Borrowed(&*ident.sym),
                    JSXAttrName::JSXNamespacedName(namespaced) => {
                        Cow::Owned(format!("{}:{}", namespaced.ns.sym, namespaced.name.sym))
                    }
                };
                Some((name, attribute))
            }
            JSXAttrOrSpread::SpreadElement(_) => None,
        })
}

/// Whether the opening tag spreads the component's own props (`{...props}`, `{...rest}`,
/// `{...props.root}`), which may carry `className`, handlers and a role. A spread of what a call
/// returns (`{...register("email")}`) or of another binding (a render prop's `{...field}`) hands
/// over a form library's or a hook's attributes: an input inside a modal that spreads them is
/// not where `<Modal className>` lands.
pub(crate) fn spreads_props(element: &JSXElement, props: &PropsParam) -> bool {
    element
        .opening
        .attrs
        .iter()
        .any(|attribute| match attribute {
            JSXAttrOrSpread::SpreadElement(spread) => props.holds_props(&spread.expr),
            JSXAttrOrSpread::JSXAttr(_) => false,
        })
}

/// A string attribute's value (`role="tab"`, `role={"tab"}`), if static.
pub(crate) fn static_string(attribute: &JSXAttr) -> Option<String> {
    match attribute.value.as_ref()? {
        JSXAttrValue::Str(string) => Some(string.value.to_string_lossy().into_owned()),
        JSXAttrValue::JSXExprContainer(container) => match &container.expr {
            JSXExpr::Expr(expr) => match &**expr {
                Expr::Lit(Lit::Str(string)) => Some(string.value.to_string_lossy().into_owned()),
                Expr::Tpl(template) if template.exprs.is_empty() => {
                    template.quasis.first().map(|quasi| quasi.raw.to_string())
                }
                _ => None,
            },
            JSXExpr::JSXEmptyExpr(_) => None,
        },
        _ => None,
    }
}

/// The props written on an element that can decide a variant: each with its literal value
/// when it has one (a bare `$active` is `true`); spreads as `...`.
pub(crate) fn jsx_props(element: &JSXElement) -> Vec<JsxProp> {
    element
        .opening
        .attrs
        .iter()
        .filter_map(|attribute| match attribute {
            JSXAttrOrSpread::SpreadElement(_) => Some(JsxProp {
                name: "...".to_owned(),
                value: None,
            }),
            JSXAttrOrSpread::JSXAttr(attribute) => {
                let JSXAttrName::Ident(ident) = &attribute.name else {
                    return None;
                };
                let name = &*ident.sym;
                let is_handler = name.len() > 2
                    && name.starts_with("on")
                    && name[2..].starts_with(|character: char| character.is_ascii_uppercase());
                if is_handler
                    || matches!(
                        name,
                        "className" | "class" | "style" | "css" | "sx" | "key" | "ref" | "children"
                    )
                {
                    return None;
                }
                let value = match &attribute.value {
                    None => Some("true".to_owned()),
                    Some(_) => static_string(attribute).or_else(|| literal_value(attribute)),
                };
                Some(JsxProp {
                    name: name.to_owned(),
                    value,
                })
            }
        })
        .collect()
}

/// A number or boolean literal in braces (`size={2}`, `open={false}`).
fn literal_value(attribute: &JSXAttr) -> Option<String> {
    let JSXAttrValue::JSXExprContainer(container) = attribute.value.as_ref()? else {
        return None;
    };
    let JSXExpr::Expr(expr) = &container.expr else {
        return None;
    };
    match &**expr {
        Expr::Lit(Lit::Num(number)) => Some(number.value.to_string()),
        Expr::Lit(Lit::Bool(boolean)) => Some(boolean.value.to_string()),
        _ => None,
    }
}

/// A numeric attribute's value (`tabIndex={-1}`), if static.
fn static_number(attribute: &JSXAttr) -> Option<f64> {
    let JSXAttrValue::JSXExprContainer(container) = attribute.value.as_ref()? else {
        return static_string(attribute)?.parse().ok();
    };
    let JSXExpr::Expr(expr) = &container.expr else {
        return None;
    };
    match &**expr {
        Expr::Lit(Lit::Num(number)) => Some(number.value),
        Expr::Unary(unary) if unary.op == swc_ecma_ast::UnaryOp::Minus => match &*unary.arg {
            Expr::Lit(Lit::Num(number)) => Some(-number.value),
            _ => None,
        },
        _ => None,
    }
}

/// The role a tag has without a `role` attribute (WAI-ARIA in HTML): the attribute-dependent
/// cases here, the rest from the shared table.
pub(crate) fn implicit_role(tag: &str, element: &JSXElement) -> Option<&'static str> {
    let attribute = |wanted: &str| attributes(element).find(|(name, _)| name == wanted);
    match tag {
        "a" | "area" => attribute("href").map(|_| "link"),
        "section" => (attribute("aria-label").is_some() || attribute("aria-labelledby").is_some())
            .then_some("region"),
        "img"
            if attribute("alt")
                .and_then(|(_, alt)| static_string(alt))
                .as_deref()
                == Some("") =>
        {
            Some("presentation")
        }
        "input" => Some(
            match attribute("type")
                .and_then(|(_, kind)| static_string(kind))
                .as_deref()
                .unwrap_or("text")
            {
                "checkbox" => "checkbox",
                "radio" => "radio",
                "range" => "slider",
                "button" | "submit" | "reset" | "image" => "button",
                "number" => "spinbutton",
                "search" => "searchbox",
                "hidden" => return None,
                _ => "textbox",
            },
        ),
        _ => rebrand_facts::implicit_role_of_tag(tag),
    }
}

/// Whether the element takes keyboard focus.
pub(crate) fn is_focusable(tag: &str, element: &JSXElement) -> bool {
    let attribute = |wanted: &str| attributes(element).find(|(name, _)| name == wanted);
    if let Some((_, tab_index)) = attribute("tabIndex") {
        // A dynamic `tabIndex` is taken as focusable: roving focus sets it at run time.
        return static_number(tab_index).is_none_or(|index| index >= 0.0);
    }
    match tag {
        "button" | "select" | "textarea" | "summary" | "iframe" => true,
        "a" | "area" => attribute("href").is_some(),
        "input" => {
            attribute("type")
                .and_then(|(_, kind)| static_string(kind))
                .as_deref()
                != Some("hidden")
        }
        _ => attribute("contentEditable").is_some(),
    }
}

/// Event handler props, sorted (`onClick`, `onKeyDown`). A handler that only stops the event
/// (`onClick={(e) => e.stopPropagation()}`, on a panel inside a clickable row) does nothing
/// of its own, so it makes no element interactive.
pub(crate) fn handlers(element: &JSXElement) -> Vec<String> {
    let mut handlers: Vec<String> = attributes(element)
        .filter(|(_, attribute)| !only_stops_the_event(attribute))
        .filter(|(name, _)| {
            name.len() > 2
                && name.starts_with("on")
                && name[2..].starts_with(|character: char| character.is_ascii_uppercase())
        })
        .map(|(name, _)| name.into_owned())
        .collect();
    handlers.sort();
    handlers
}

/// Whether a handler's value is a function whose whole body is `event.stopPropagation()` and
/// `event.preventDefault()` calls.
fn only_stops_the_event(attribute: &JSXAttr) -> bool {
    let Some(JSXAttrValue::JSXExprContainer(container)) = attribute.value.as_ref() else {
        return false;
    };
    let JSXExpr::Expr(expr) = &container.expr else {
        return false;
    };
    let Expr::Arrow(arrow) = &**expr else {
        return false;
    };
    let stops = |expr: &Expr| {
        let Expr::Call(call) = expr else { return false };
        let Some(callee) = call.callee.as_expr() else {
            return false;
        };
        let Expr::Member(member) = &**callee else {
            return false;
        };
        member
            .prop
            .as_ident()
            .is_some_and(|name| matches!(&*name.sym, "stopPropagation" | "preventDefault"))
    };
    match &*arrow.body {
        ArrowFunctionBody::Expr(expr) => stops(expr),
        ArrowFunctionBody::FunctionBody(block) => {
            !block.stmts.is_empty()
                && block.stmts.iter().all(|statement| {
                    matches!(statement, Stmt::Expr(ExprStmt { expr, .. }) if stops(expr.as_ref()))
                })
        }
    }
}

/// State props, sorted: `disabled`, `checked`, `selected`, `open`, `aria-*` and `data-state`-like
/// attributes.
pub(crate) fn state_props(element: &JSXElement) -> Vec<String> {
    let mut states: Vec<String> = attributes(element)
        .map(|(name, _)| name)
        .filter(|name| {
            matches!(
                name.as_ref(),
                "disabled" | "checked" | "selected" | "open" | "readOnly" | "required"
            ) || (name.starts_with("aria-")
                && !matches!(
                    name.as_ref(),
                    "aria-label" | "aria-labelledby" | "aria-describedby"
                ))
                || matches!(
                    name.as_ref(),
                    "data-state"
                        | "data-active"
                        | "data-selected"
                        | "data-disabled"
                        | "data-highlighted"
                )
        })
        .map(Cow::into_owned)
        .collect();
    states.sort();
    states
}

/// The names of the child elements, in order: direct children, fragments flattened, and the
/// elements an expression child renders (`{items.map(item => <li/>)}`, `{open && <Menu/>}`).
pub(crate) fn child_names(children: &[JSXElementChild]) -> Vec<String> {
    let mut collector = OutermostElements(Vec::new());
    for child in children {
        match child {
            JSXElementChild::JSXElement(element) => {
                collector.0.push(element_name(&element.opening.name));
            }
            JSXElementChild::JSXFragment(fragment) => {
                collector.0.extend(child_names(&fragment.children));
            }
            JSXElementChild::JSXExprContainer(container) => container.visit_with(&mut collector),
            _ => {}
        }
    }
    collector.0
}

/// Collects the outermost JSX elements of an expression.
struct OutermostElements(Vec<String>);

impl Visit for OutermostElements {
    fn visit_jsx_element(&mut self, element: &JSXElement) {
        self.0.push(element_name(&element.opening.name));
    }
}
