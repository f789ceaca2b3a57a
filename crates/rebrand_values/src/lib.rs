//! Turns value text into typed values, and shorthands into longhands, the same way for every syntax.
//!
//! Whatever syntax a value was written in (a stylesheet, a styled template, a JS object, a Tailwind
//! utility), it is typed here, so that `#fff`, `white` and `rgb(255 255 255)` compare equal and
//! `1rem` and `16px` are the same length. Colours are parsed by lightningcss and converted to OKLab.
//!
//! Invariant: typing never evaluates anything; what needs evaluation is `Value::Unresolved` or
//! `Value::Composite`, never a guess. Pure functions, no I/O: not an API boundary beyond its
//! functions' signatures.

mod category;
mod classify;
mod color;
mod components;
mod font;
mod length;
mod names;
mod selector;
mod shorthand;

pub use category::Category;
pub use classify::{classify_value, ValueOptions};
pub use color::{color_hex, delta_e_ok, parse_color};
pub use components::{split_components, words_with_offsets, Component};
pub use length::parse_length;
pub use names::{
    custom_properties_after, custom_property_names, custom_property_references, is_name_byte,
    less_variable_references, scss_variable_references,
};
pub use selector::{
    names_a_state, selector_condition, selectors_condition, split_selector_list, SelectorCondition,
};
pub use shorthand::{expand_shorthand, Longhand};
