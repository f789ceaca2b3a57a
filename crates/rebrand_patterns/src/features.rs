//! What a styled element is, for clustering: its behaviour key (which must match exactly) and
//! its look as a set of normalised `property[condition]=value` tokens.

use std::fmt::Write;

use rustc_hash::FxHashSet;

use rebrand_facts::{implicit_role_of_tag, Element, Value};
use rebrand_link::{EffectiveValue, ElementStyle};
use rustc_hash::FxHashMap;

/// The decorative family a property belongs to, for properties that make up how an element
/// looks. Layout (`display`, margins, sizes, positions, flex and grid placement) says where an
/// element sits, not what kind of element it is, and has no family: it never makes a pattern.
fn family(property: &str) -> Option<Family> {
    Some(match property {
        "color" => Family::Colour,
        "background-color" => Family::Background,
        "border-top-left-radius"
        | "border-top-right-radius"
        | "border-bottom-left-radius"
        | "border-bottom-right-radius" => Family::Radius,
        "font-size" | "font-weight" | "line-height" | "letter-spacing" | "text-transform"
        | "font-family" | "font-style" => Family::Typography,
        "box-shadow" => Family::Shadow,
        "padding-top" | "padding-right" | "padding-bottom" | "padding-left" => Family::Padding,
        "opacity" => Family::Opacity,
        "border-top-color" | "border-right-color" | "border-bottom-color" | "border-left-color" => {
            Family::BorderColour
        }
        "border-top-width"
        | "border-right-width"
        | "border-bottom-width"
        | "border-left-width"
        | "border-top-style"
        | "border-right-style"
        | "border-bottom-style"
        | "border-left-style" => Family::Border,
        _ => return None,
    })
}

/// What a look property is about; a pattern needs decorative evidence from two families.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Colour,
    Background,
    Border,
    Radius,
    Typography,
    Shadow,
    /// Padding places content more than it decorates: elements that share a padding and one
    /// other value (a radius) were no style a designer would name, so it is no evidence either.
    Padding,
    /// Opacity alone is a state (dimmed, hidden), not a look: it never counts as evidence.
    Opacity,
    /// A border colour shows only with a border's width and style (a `* { border-color }`
    /// reset gives every element one): it never counts as evidence by itself.
    BorderColour,
}

/// How many decorative families the properties give evidence of (a property may carry its
/// condition, `background-color[:hover]`): what a look needs two of to be a pattern.
pub(crate) fn evidence_families<'a>(properties: impl Iterator<Item = &'a str>) -> usize {
    let mut families: Vec<Family> = Vec::new();
    for property in properties {
        let property = property.split('[').next().unwrap_or(property);
        if let Some(family) = family(property).filter(|family| family.is_evidence()) {
            if !families.contains(&family) {
                families.push(family);
            }
        }
    }
    families.len()
}

/// Whether a property draws more than text: a fill, a border, a radius or a shadow.
pub(crate) fn draws_more_than_text(property: &str) -> bool {
    matches!(
        family(property),
        Some(
            Family::Background
                | Family::Border
                | Family::BorderColour
                | Family::Radius
                | Family::Shadow
        )
    )
}

impl Family {
    /// Whether the family counts as decorative evidence by itself.
    fn is_evidence(self) -> bool {
        !matches!(self, Self::Opacity | Self::BorderColour | Self::Padding)
    }
}

/// Whether a value is a reset or the property's initial value (`none`, `0`, `inherit`,
/// `transparent`, `normal`, weight 400, opacity 1): it says the element is *not* decorated, so
/// it counts as absence, never as shared look.
fn is_reset(property: &str, value: &Value) -> bool {
    match value {
        Value::Keyword { keyword } => {
            matches!(
                keyword.to_ascii_lowercase().as_str(),
                "none"
                    | "hidden"
                    | "inherit"
                    | "unset"
                    | "initial"
                    | "revert"
                    | "revert-layer"
                    | "transparent"
                    | "normal"
            ) || (keyword.eq_ignore_ascii_case("currentcolor") && property.starts_with("border-"))
        }
        Value::Length(length) => length.number == 0.0,
        Value::Number { number } => {
            *number == 0.0
                || (property == "opacity" && (number - 1.0).abs() < f64::EPSILON)
                || (property == "font-weight" && (number - 400.0).abs() < f64::EPSILON)
        }
        Value::Color { oklab } => oklab.alpha == 0.0,
        Value::Reference { .. } | Value::Composite | Value::Unresolved { .. } => false,
    }
}

/// The features of one styled element.
#[derive(Debug, Clone)]
pub(crate) struct Features {
    /// The role's family: elements only cluster with elements of their family (`control`).
    pub behaviour: String,
    /// The role (explicit, implicit, or from the rendered tag).
    pub role: Option<String>,
    /// Whether it takes a click (a handler, or a native control).
    pub clickable: bool,
    /// Whether the keyboard reaches it.
    pub focusable: bool,
    /// Normalised look tokens, sorted.
    pub look: Look,
    /// The component this element is one rendering of, for a component's call site
    /// (`<Button>`) and for the element a component renders its `className` onto (the `<button>`
    /// inside `Button`): uses of one component with one look are one design object.
    pub object: Option<String>,
}

/// An element's look tokens (`property=value`), sorted and distinct, in one buffer: the
/// project's every styled element has a dozen, and a string each cost as much to allocate and
/// free as to build.
#[derive(Debug, Clone, Default)]
pub(crate) struct Look {
    text: String,
    /// Each token's byte span in `text`.
    spans: Vec<(u32, u32)>,
}

impl Look {
    /// The tokens, in byte order.
    pub(crate) fn tokens(&self) -> impl Iterator<Item = &str> + '_ {
        self.spans
            .iter()
            .map(|&(start, end)| &self.text[start as usize..end as usize])
    }

    /// Orders the tokens by their text and drops repeats.
    fn sort(&mut self) {
        let Self { text, spans } = self;
        let token = |&(start, end): &(u32, u32)| &text[start as usize..end as usize];
        spans.sort_unstable_by(|left, right| token(left).cmp(token(right)));
        spans.dedup_by(|right, left| token(right) == token(left));
    }

    /// A look of the given tokens.
    #[cfg(test)]
    pub(crate) fn from_tokens(tokens: &[&str]) -> Self {
        let mut look = Self::default();
        for token in tokens {
            let start = look.text.len() as u32;
            look.text.push_str(token);
            look.spans.push((start, look.text.len() as u32));
        }
        look.sort();
        look
    }
}

/// What a normalised value the model could not resolve starts with.
pub(crate) const UNRESOLVED: char = '?';

/// A value in a form where equivalent spellings are equal and near-identical values round
/// together: OKLab to two decimals, lengths to whole pixels.
#[must_use]
pub fn normalised(value: &Value, written: &str) -> String {
    let mut out = String::new();
    write_normalised(&mut out, value, written);
    out
}

/// Appends [`normalised`] to `out`.
fn write_normalised(out: &mut String, value: &Value, written: &str) {
    // Writing to a `String` cannot fail.
    let _ = match value {
        Value::Color { oklab } => write!(
            out,
            "oklab({:.2},{:.2},{:.2},{:.1})",
            oklab.l, oklab.a, oklab.b, oklab.alpha
        ),
        Value::Length(length) => match length.px {
            Some(px) => write!(out, "{}px", px.round()),
            None => write!(out, "{}{}", length.number, length.unit),
        },
        Value::Number { number } => write!(out, "{number:.2}"),
        Value::Keyword { keyword } => {
            out.push_str(keyword);
            Ok(())
        }
        Value::Reference { name, .. } => write!(out, "ref({name})"),
        Value::Composite | Value::Unresolved { .. } => {
            // An unresolved value is marked (`?${props.tone}`): it never counts as a drift.
            if matches!(value, Value::Unresolved { .. }) {
                out.push(UNRESOLVED);
            }
            for (index, word) in written.split_whitespace().enumerate() {
                if index > 0 {
                    out.push(' ');
                }
                out.push_str(word);
            }
            Ok(())
        }
    };
}

/// Normalised texts of the values whose text is formatted from floats, by the floats' bits.
///
/// A project has a few dozen colours and pixel sizes, used hundreds of thousands of times;
/// formatting their floats anew for every use was a tenth of pattern discovery.
#[derive(Default)]
pub(crate) struct ValueTexts {
    texts: FxHashMap<FloatValue, Box<str>>,
}

#[derive(PartialEq, Eq, Hash)]
enum FloatValue {
    Color([u32; 4]),
    Pixels(u64),
}

impl ValueTexts {
    fn write(&mut self, out: &mut String, value: &Value, written: &str) {
        let key = match value {
            Value::Color { oklab } => FloatValue::Color([
                oklab.l.to_bits(),
                oklab.a.to_bits(),
                oklab.b.to_bits(),
                oklab.alpha.to_bits(),
            ]),
            Value::Length(length) => match length.px {
                Some(px) => FloatValue::Pixels(px.to_bits()),
                None => return write_normalised(out, value, written),
            },
            _ => return write_normalised(out, value, written),
        };
        let text = self
            .texts
            .entry(key)
            .or_insert_with(|| normalised(value, written).into_boxed_str());
        out.push_str(text);
    }
}

/// The key of one effective value: property plus its condition and context.
#[must_use]
pub fn property_key(effective: &EffectiveValue) -> String {
    let mut key = String::new();
    write_property_key(&mut key, effective);
    key
}

/// Appends [`property_key`] to `out`.
fn write_property_key(out: &mut String, effective: &EffectiveValue) {
    let condition = &effective.condition;
    out.push_str(&effective.property);
    let parts = condition
        .states
        .iter()
        .chain(&condition.media)
        .map(String::as_str)
        .chain(condition.dark.then_some("dark"))
        .chain(condition.dynamic.then_some("dynamic"))
        .chain(condition.variants.iter().map(String::as_str))
        .chain(condition.pseudo_element.as_deref())
        .chain(effective.context.as_deref());
    let mut opened = false;
    for part in parts {
        out.push_str(if opened { " & " } else { "[" });
        opened = true;
        out.push_str(part);
    }
    if opened {
        out.push(']');
    }
}

/// Features of a styled element; `None` when nothing visual reaches it.
pub(crate) fn features(
    element: &Element,
    style: &ElementStyle,
    page_colours: &FxHashSet<String>,
    value_texts: &mut ValueTexts,
) -> Option<Features> {
    let mut look = Look::default();
    let mut families: Vec<Family> = Vec::new();
    let bordered = BorderedSides::of(style);
    // A value that needs ancestors outside the element's component (`.drawer .title` for an
    // element classed `title`) may or may not apply where it is rendered: a look is built from
    // what surely applies, so a global class name shared by unrelated rules groups nothing.
    for (effective, family) in style
        .effective
        .iter()
        .filter(|effective| effective.context.is_none())
        // A pseudo-element (`::-webkit-scrollbar-thumb`, `::placeholder`, `::before`) is a box
        // of its own: two elements that share only a scrollbar style share no look.
        .filter(|effective| effective.condition.pseudo_element.is_none())
        // Restating the page's own text colour (`color: var(--l1-foreground)` where `body` has
        // it) is the inherited default written again, not a colour of the element's own.
        // A fill in the page's own background (a white panel on a white page) is no fill.
        .filter(|effective| {
            let restates =
                |value: &str| page_colours.contains(&crate::page_key(&effective.property, value));
            !matches!(
                effective.property.as_str(),
                "color" | "background-color" | "font-family"
            ) || !(restates(&effective.value_text.trim().to_ascii_lowercase())
                || restates(&normalised(&effective.value, &effective.value_text)))
        })
        .filter_map(|effective| {
            let family = family(&effective.property)?;
            (!is_reset(&effective.property, &effective.value)).then_some((effective, family))
        })
        // A border on a side that draws none (`border: none`, whose width is `medium`) and a
        // border colour there (`* { border-color: … }` of a reset) are nothing anyone sees.
        .filter(|(effective, family)| bordered.shows(effective, *family))
    {
        if family.is_evidence() && !families.contains(&family) {
            families.push(family);
        }
        let start = look.text.len();
        write_property_key(&mut look.text, effective);
        look.text.push('=');
        // `bold` is `700`, as a weight written either way renders.
        if effective.property == "font-weight"
            && matches!(&effective.value, Value::Keyword { keyword } if keyword.eq_ignore_ascii_case("bold"))
        {
            value_texts.write(&mut look.text, &Value::Number { number: 700.0 }, "700");
        } else {
            value_texts.write(&mut look.text, &effective.value, &effective.value_text);
        }
        look.spans.push((start as u32, look.text.len() as u32));
    }
    push_fixed_sizes(&mut look, style);
    look.sort();
    // Decorative evidence from two families (a colour and a padding, a border and a radius…):
    // one reset, one `color` or one `display` is no pattern a designer would name.
    if families.len() < 2 {
        return None;
    }
    let tag = style
        .renders
        .clone()
        .unwrap_or_else(|| element.name.to_ascii_lowercase());
    let renders_other_tag = !element
        .name
        .starts_with(|character: char| character.is_ascii_lowercase());
    // A component (`styled.a`, a wrapper) behaves like the tag it renders; its props (`href`,
    // `type`) are passed through, so a rendered `a` is a link and a rendered `button` is focusable.
    let role = element.role.clone().or_else(|| {
        match tag.as_str() {
            "a" if renders_other_tag => Some("link"),
            other => implicit_role_of_tag(other),
        }
        .map(str::to_owned)
    });
    let focusable = element.focusable
        || (renders_other_tag
            && matches!(
                tag.as_str(),
                "a" | "button" | "input" | "select" | "textarea" | "summary"
            ));
    // A native control is clickable whether or not this use passes a handler: a submit button
    // and a button with `onClick` are one kind of element.
    let natively_interactive = focusable
        && matches!(
            tag.as_str(),
            "a" | "button" | "input" | "select" | "textarea" | "summary"
        );
    let clickable = natively_interactive
        || element.handlers.iter().any(|handler| {
            matches!(
                handler.as_str(),
                "onClick" | "onKeyDown" | "onKeyUp" | "onPointerDown" | "onMouseDown"
            )
        });
    // Patterns partition by family: a `div role="button"` without a tab stop sits with the
    // buttons it looks like, and `interaction-mismatch` reports what it lacks.
    let behaviour = family_of(role.as_deref()).to_owned();
    // A component's variant is a style its author named (`<Button variant="outline">`): uses
    // of two variants are two styles, whatever look the model could resolve for them. It is a
    // look token clustering never lets differ (see `VARIANT`), so a hand-rolled copy of the
    // solid button, with no variant, may still join the solid buttons.
    if renders_other_tag {
        if let Some((_, value)) = variant_of(element) {
            let start = look.text.len();
            // Writing to a `String` cannot fail.
            let _ = write!(look.text, "{VARIANT}={value}");
            look.spans.push((start as u32, look.text.len() as u32));
            look.sort();
        }
    }
    let object = if renders_other_tag {
        Some(element.name.clone())
    } else if element.receives_class_name {
        element.component.clone()
    } else {
        None
    };
    Some(Features {
        behaviour,
        role,
        clickable,
        focusable,
        look,
        object,
    })
}

/// The family a role belongs to: interactive controls, links, text inputs, status messages and
/// containers (plain elements and sectioning ones) each make one; other roles (a heading, a
/// list item, an image) are their own.
pub(crate) fn family_of(role: Option<&str>) -> &str {
    match role {
        None
        | Some(
            "generic" | "article" | "region" | "group" | "banner" | "contentinfo" | "complementary"
            | "main" | "navigation" | "form" | "search" | "figure" | "document" | "none"
            | "presentation" | "paragraph" | "blockquote" | "note" | "section",
        ) => "generic",
        Some(
            "button" | "checkbox" | "radio" | "switch" | "menuitem" | "menuitemcheckbox"
            | "menuitemradio" | "tab" | "option" | "treeitem" | "slider" | "spinbutton",
        ) => "control",
        Some("textbox" | "searchbox" | "combobox") => "textbox",
        Some("status" | "alert" | "log" | "timer" | "marquee") => "status",
        Some(other) => other,
    }
}

/// Appends the element's fixed width and height (`width=27px`) and whether it animates. A fixed size is layout, never
/// look or evidence, but it tells objects apart: a 6px-high progress track and a 27px icon tile
/// with one fill and radius are two things. Clustering weighs these tokens at nothing and
/// compares them by ratio (see `cluster`).
fn push_fixed_sizes(look: &mut Look, style: &ElementStyle) {
    // So does a running animation: a pulsing skeleton bar and a static tile with one fill and
    // radius are two things. One token says the element animates, whatever the animation.
    let animates = style.effective.iter().any(|effective| {
        matches!(effective.property.as_str(), "animation" | "animation-name")
            && effective.context.is_none()
            && effective.condition.is_unconditional()
            && !is_reset(&effective.property, &effective.value)
    });
    if animates {
        let start = look.text.len();
        look.text.push_str(ANIMATES);
        look.spans.push((start as u32, look.text.len() as u32));
    }
    for effective in style.effective.iter().filter(|effective| {
        matches!(effective.property.as_str(), "width" | "height")
            && effective.context.is_none()
            && effective.condition.is_unconditional()
    }) {
        if let Value::Length(length) = &effective.value {
            if let Some(px) = length.px.filter(|px| *px > 0.0) {
                let start = look.text.len();
                // Writing to a `String` cannot fail.
                let _ = write!(look.text, "{}={}px", effective.property, px.round());
                look.spans.push((start as u32, look.text.len() as u32));
            }
        }
    }
}

/// The side (top, right, bottom, left) a `border-{side}-…` longhand is about.
fn side_of(property: &str) -> Option<usize> {
    let side = property.strip_prefix("border-")?.split('-').next()?;
    ["top", "right", "bottom", "left"]
        .iter()
        .position(|name| *name == side)
}

/// Per side, whether the element draws a border there: without a condition (`base`), and in
/// some state (`any`). A side shows a border when its width or style is set and neither is a
/// reset, so `border: none` (a `medium` width, style `none`) and `border: 0` are both no border.
struct BorderedSides {
    base: [bool; 4],
    any: [bool; 4],
}

impl BorderedSides {
    fn of(style: &ElementStyle) -> Self {
        // Per side, unconditioned: (width set, width reset, style set, style reset).
        let mut base = [(false, false, false, false); 4];
        let mut any = [false; 4];
        for effective in &style.effective {
            let property = effective.property.as_str();
            let Some(side) = side_of(property) else {
                continue;
            };
            let is_width = property.ends_with("-width");
            if !is_width && !property.ends_with("-style") {
                continue;
            }
            let reset = is_reset(property, &effective.value);
            if !effective.condition.is_unconditional() {
                any[side] |= !reset;
                continue;
            }
            let entry = &mut base[side];
            match (is_width, reset) {
                (true, false) => entry.0 = true,
                (true, true) => entry.1 = true,
                (false, false) => entry.2 = true,
                (false, true) => entry.3 = true,
            }
        }
        let base = base.map(|(width, width_reset, style, style_reset)| {
            (width || style) && !width_reset && !style_reset
        });
        let any = std::array::from_fn(|side| any[side] || base[side]);
        Self { base, any }
    }

    /// Whether a border longhand is seen: a width or style without a condition only on a side
    /// that shows a border, a colour only on a side that shows one in some state.
    fn shows(&self, effective: &EffectiveValue, family: Family) -> bool {
        let Some(side) = side_of(&effective.property) else {
            return true;
        };
        match family {
            Family::BorderColour => self.any[side],
            Family::Border if effective.condition.is_unconditional() => self.base[side],
            _ => true,
        }
    }
}

/// Whether a look token's property only tells objects apart (a fixed size, a running
/// animation): layout and motion, never a pattern's style or a drift.
pub(crate) fn tells_objects_apart(property: &str) -> bool {
    matches!(property, "width" | "height" | "animation")
}

/// The look token of an element that runs an animation (no CSS property of that name).
pub(crate) const ANIMATES: &str = "animation=running";

/// The look token's property that holds a component use's variant: no CSS property, never in
/// a pattern's canonical style or a drift.
pub(crate) const VARIANT: &str = "variant";

/// Props by which design systems name a component's variant.
const VARIANT_PROPS: [&str; 5] = ["variant", "intent", "appearance", "tone", "kind"];

/// The variant a component use names with a literal prop (`variant="outline"`), if any.
fn variant_of(element: &Element) -> Option<(&str, &str)> {
    element.props.iter().find_map(|prop| {
        let value = prop.value.as_deref()?;
        VARIANT_PROPS
            .contains(&prop.name.as_str())
            .then_some((prop.name.as_str(), value))
    })
}
