//! What the browser's own stylesheet already gives a tag, for the properties a reset sets on
//! every element (`*, ::before, ::after { box-sizing: border-box; margin: 0; padding: 0;
//! border: 0 solid }`): a reset value equal to it changes nothing the element shows, so it is
//! not linked, which keeps every element from carrying a dozen links that say nothing.

/// Tags whose user-agent margins are not zero.
const MARGINED: [&str; 19] = [
    "body",
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "dl",
    "dd",
    "menu",
    "blockquote",
    "figure",
    "hr",
    "pre",
    "fieldset",
    "dialog",
];

/// Tags whose user-agent padding is not zero.
const PADDED: [&str; 13] = [
    "ul", "ol", "menu", "button", "input", "select", "textarea", "fieldset", "legend", "td", "th",
    "dialog", "optgroup",
];

/// Tags the user-agent stylesheet gives a border of their own.
const BORDERED: [&str; 12] = [
    "button", "input", "select", "textarea", "fieldset", "hr", "iframe", "img", "table", "meter",
    "progress", "dialog",
];

/// Tags whose user-agent `box-sizing` is `border-box` (or depends on attributes).
const BORDER_BOX: [&str; 6] = ["button", "input", "select", "meter", "progress", "textarea"];

/// Whether `property: value` is what the user-agent stylesheet already gives `tag`. Only the
/// properties of a universal reset are known; anything else is taken to differ.
pub(crate) fn is_user_agent_default(tag: &str, property: &str, value: &str) -> bool {
    let value = value.trim().to_ascii_lowercase();
    let is_zero = matches!(value.as_str(), "0" | "0px" | "0em" | "0rem");
    if property == "box-sizing" {
        return value == "content-box" && !BORDER_BOX.contains(&tag);
    }
    if property.starts_with("margin-") {
        return is_zero && !MARGINED.contains(&tag);
    }
    if property.starts_with("padding-") {
        return is_zero && !PADDED.contains(&tag);
    }
    if property.starts_with("border-") && !BORDERED.contains(&tag) {
        // Without a border of its own, an element's border is `none` and computes to zero
        // width. (`currentcolor` is kept: it is the text colour, which the element's own rules
        // may set, so the computed border colour is not the browser's default.)
        return (property.ends_with("-width") && is_zero)
            || (property.ends_with("-style") && value == "none");
    }
    false
}

#[cfg(test)]
mod tests {
    use super::is_user_agent_default;

    #[test]
    fn a_reset_that_changes_nothing_is_known() {
        assert!(is_user_agent_default("div", "margin-top", "0"));
        assert!(is_user_agent_default("div", "border-left-width", "0"));
    }

    #[test]
    fn a_reset_that_shows_is_kept() {
        assert!(!is_user_agent_default("p", "margin-top", "0"));
        assert!(!is_user_agent_default("div", "box-sizing", "border-box"));
        assert!(!is_user_agent_default("div", "border-top-style", "solid"));
        assert!(!is_user_agent_default("button", "padding-left", "0"));
        assert!(!is_user_agent_default(
            "button",
            "border-top-color",
            "currentcolor"
        ));
        assert!(!is_user_agent_default(
            "span",
            "border-top-color",
            "currentcolor"
        ));
    }
}
