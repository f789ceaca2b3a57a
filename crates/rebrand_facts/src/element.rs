//! JSX elements, React components and JavaScript imports: the structure styles attach to.

use rebrand_text::TextRange;
use serde::{Deserialize, Serialize};

use crate::Condition;

/// How an element names a class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum ClassRef {
    /// A class name written as text (`className="card"`, `clsx("card", …)`).
    Static {
        /// The class.
        name: String,
        /// Where it is written.
        range: TextRange,
        /// The props it needs (`active && "on"` gives `active`) or a run-time condition;
        /// omitted when it always applies.
        #[serde(default, skip_serializing_if = "Condition::is_unconditional")]
        when: Condition,
    },
    /// A CSS Module member (`styles.card`, `styles["card"]`).
    Module {
        /// The local name of the imported module object (`styles`).
        object: String,
        /// The class.
        name: String,
        /// Where the member access is written.
        range: TextRange,
        /// The props it needs, as for a static class.
        #[serde(default, skip_serializing_if = "Condition::is_unconditional")]
        when: Condition,
    },
    /// A class computed at run time; unknown, never assumed unused.
    Dynamic {
        /// Why it cannot be known statically.
        reason: String,
        /// The expression.
        range: TextRange,
    },
}

/// A JSX element and what it does.
// Each flag is an independent fact about the element, serialised as its own JSON field.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Element {
    /// Index of this element in its file's `elements`, in source order.
    pub id: u32,
    /// The tag or component name (`li`, `Button`, `Modal.Header`).
    pub name: String,
    /// The whole element.
    pub range: TextRange,
    /// Where the name is written in the opening tag.
    pub name_range: TextRange,
    /// The element enclosing this one in the same JSX tree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<u32>,
    /// The component whose body renders it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<String>,
    /// The ARIA role: the `role` attribute, else the tag's implicit role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Whether `role` was written explicitly.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub explicit_role: bool,
    /// Event handlers (`onClick`, `onKeyDown`), sorted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub handlers: Vec<String>,
    /// Whether it takes keyboard focus: a natively focusable tag or a `tabIndex` of 0 or more.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub focusable: bool,
    /// Whether it is rendered inside `.map`/`.flatMap`/`Array.from` (one of many).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub repeated: bool,
    /// State props (`disabled`, `aria-selected`, `data-state`), sorted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub states: Vec<String>,
    /// Class references, in source order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub classes: Vec<ClassRef>,
    /// Whether it receives the enclosing component's `className` (passed through, or spread with
    /// `{...props}`), so that styles given to the component land on this element.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub receives_class_name: bool,
    /// The names of its child elements, in order: its children's shape.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<String>,
    /// The props it is given, in source order, other than `className`, styles, handlers,
    /// `key`, `ref` and `children`: a prop's literal value (`variant="ghost"`, `$active` is
    /// `true`), or none when an expression computes it. A spread is named `...`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<JsxProp>,
    /// Styles its `style`, `css` or `sx` prop names by a variable of the file (`css={[track,
    /// on && trackOn]}`, `style={{ ...circle }}`), in the order they apply.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub style_refs: Vec<StyleRef>,
}

/// A style object or `css` fragment an element's style prop names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StyleRef {
    /// The variable (`track`).
    pub name: String,
    /// Where the element names it.
    pub range: TextRange,
    /// The props it needs (`on && trackOn` gives `on`), or a run-time condition.
    #[serde(default, skip_serializing_if = "Condition::is_unconditional")]
    pub when: Condition,
}

/// One prop written on a JSX element.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JsxProp {
    /// The prop's name, or `...` for a spread.
    pub name: String,
    /// Its literal value as text (`ghost`, `true`, `2`), when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// How a component is defined.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ComponentKind {
    /// `function Button() {}`.
    Function,
    /// `const Button = () => …`.
    Arrow,
    /// `memo(…)` or `forwardRef(…)` around a function.
    Wrapped,
    /// `class Button extends Component`.
    Class,
    /// `styled.button`…, `styled(Base)`…
    Styled,
}

/// A React component definition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Component {
    /// Its name (`Button`, `Modal.Header` for a compound member).
    pub name: String,
    /// How it is defined.
    pub kind: ComponentKind,
    /// The definition.
    pub range: TextRange,
    /// `default`, `named`, or absent when not exported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub export: Option<String>,
    /// For styled components: the element or component it styles (`button`, `Base`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub styles: Option<String>,
}

/// One `import` of a JavaScript module.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JsImport {
    /// The module specifier as written (`./Card.module.css`, `@/components/Button`).
    pub source: String,
    /// Where the specifier is written (inside the quotes).
    pub range: TextRange,
    /// Local names and what they import: `(local, imported)`, with `default` and `*` for default
    /// and namespace imports.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<(String, String)>,
}

/// The ARIA role a tag has without attributes that change it (`a` needs `href`, `input` a
/// `type`, so those are decided by the extractor that sees the attributes).
#[must_use]
pub fn implicit_role_of_tag(tag: &str) -> Option<&'static str> {
    Some(match tag {
        "button" | "summary" => "button",
        "ul" | "ol" | "menu" => "list",
        "li" => "listitem",
        "nav" => "navigation",
        "dialog" => "dialog",
        "main" => "main",
        "header" => "banner",
        "footer" => "contentinfo",
        "aside" => "complementary",
        "article" => "article",
        "form" => "form",
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => "heading",
        "img" => "img",
        "table" => "table",
        "tr" => "row",
        "td" => "cell",
        "th" => "columnheader",
        "select" => "combobox",
        "option" => "option",
        "textarea" | "input" => "textbox",
        "progress" => "progressbar",
        "hr" => "separator",
        "details" => "group",
        _ => return None,
    })
}
