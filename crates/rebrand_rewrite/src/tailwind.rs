//! The parts of a Tailwind class a migration edits: `hover:bg-brand-500/50` has the variants
//! `hover:`, the utility `bg-brand-500`, whose theme key is `brand-500`, and the modifier `/50`.

use rebrand_text::TextRange;
use rebrand_values::Category;

/// The Tailwind v4 theme namespace of a property category (`--color-*`, `--radius-*`); spacing
/// has none, since v4 spacing utilities multiply one `--spacing`.
#[must_use]
pub fn namespace_of(category: Category) -> Option<&'static str> {
    Some(match category {
        Category::Color => "color",
        Category::Radius => "radius",
        Category::FontSize => "text",
        Category::FontWeight => "font-weight",
        Category::LineHeight => "leading",
        Category::Shadow => "shadow",
        Category::Spacing => return None,
    })
}

/// One class as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TailwindClass<'a> {
    /// The utility without variants, `!` or modifier (`bg-brand-500`).
    pub body: TextRange,
    body_text: &'a str,
}

impl<'a> TailwindClass<'a> {
    /// The class at `range` of `source`.
    #[must_use]
    pub fn parse(source: &'a str, range: TextRange) -> Option<Self> {
        let text = range.slice(source)?;
        let mut depth = 0i32;
        let mut start = 0;
        let mut end = text.len();
        for (offset, character) in text.char_indices() {
            match character {
                '[' | '(' => depth += 1,
                ']' | ')' => depth -= 1,
                // A `/` before the last variant's colon names a group or peer
                // (`group-data-[open]/menu:block`): only the utility's own `/` is a modifier.
                ':' if depth == 0 => {
                    start = offset + 1;
                    end = text.len();
                }
                '/' if depth == 0 && offset > start => end = offset,
                _ => {}
            }
        }
        let mut body = text.get(start..end)?;
        let mut body_start = start;
        if let Some(rest) = body.strip_prefix('!') {
            body = rest;
            body_start += 1;
        }
        body = body.strip_suffix('!').unwrap_or(body);
        (!body.is_empty()).then(|| Self {
            body: TextRange::from_usize(
                range.start as usize + body_start,
                range.start as usize + body_start + body.len(),
            ),
            body_text: body,
        })
    }

    /// Whether the utility's value is written in brackets (`bg-[#2563eb]`).
    #[must_use]
    pub fn is_arbitrary(&self) -> bool {
        self.body_text.contains('[') || self.body_text.contains('(')
    }

    /// An arbitrary value as CSS text (`bg-[color:#2563eb_50%]` → `#2563eb 50%`): the type hint
    /// dropped and underscores read as spaces.
    #[must_use]
    pub fn arbitrary_text(&self) -> Option<String> {
        let open = self.body_text.find('[')?;
        let inner = self.body_text[open + 1..].strip_suffix(']')?;
        let hinted = inner
            .split_once(':')
            .filter(|(hint, _)| {
                hint.bytes()
                    .all(|byte| byte.is_ascii_lowercase() || byte == b'-')
            })
            .map_or(inner, |(_, value)| value);
        Some(hinted.replace('_', " "))
    }

    /// Every way of reading the utility as `prefix-key`, longest key first, with the key's
    /// offset in the file: `border-t-brand-500` → `t-brand-500`, `brand-500`, `500`.
    pub fn keys(&self) -> impl Iterator<Item = (u32, &'a str)> + '_ {
        let text = self.body_text;
        text.char_indices()
            .filter(move |(offset, character)| *character == '-' && *offset > 0)
            .map(move |(offset, _)| (self.body.start + offset as u32 + 1, &text[offset + 1..]))
    }

    /// The range holding the utility's value: the brackets of an arbitrary value, or the theme
    /// key of a named one (`blue-600` in `bg-blue-600`, `lg` in `rounded-t-lg`).
    #[must_use]
    pub fn value_range(&self) -> TextRange {
        let text = self.body_text;
        if let Some(open) = text.find(['[', '(']) {
            return TextRange::new(self.body.start + open as u32, self.body.end);
        }
        let segments: Vec<(usize, &str)> = text
            .match_indices('-')
            .map(|(offset, _)| (offset + 1, &text[offset + 1..]))
            .collect();
        let shade = text
            .rsplit('-')
            .next()
            .is_some_and(|last| last.bytes().all(|byte| byte.is_ascii_digit()));
        let start = match segments.len() {
            0 => 0,
            1 => segments[0].0,
            count if shade => segments[count - 2].0,
            count => segments[count - 1].0,
        };
        TextRange::new(self.body.start + start as u32, self.body.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(class: &str) -> (String, Vec<String>, String) {
        let source = format!("x {class} y");
        let range = TextRange::from_usize(2, 2 + class.len());
        let parsed = TailwindClass::parse(&source, range).expect("a class");
        (
            parsed.body.slice(&source).unwrap_or_default().to_owned(),
            parsed
                .keys()
                .map(|(start, key)| {
                    assert_eq!(&source[start as usize..start as usize + key.len()], key);
                    key.to_owned()
                })
                .collect(),
            parsed
                .value_range()
                .slice(&source)
                .unwrap_or_default()
                .to_owned(),
        )
    }

    #[test]
    fn classes_split_into_variants_utility_and_modifier() {
        assert_eq!(
            parts("md:hover:bg-brand-500/50"),
            (
                "bg-brand-500".into(),
                vec!["brand-500".into(), "500".into()],
                "brand-500".into()
            )
        );
        assert_eq!(parts("!rounded-t-lg").2, "lg");
        assert_eq!(parts("bg-[#2563eb]").2, "[#2563eb]");
        assert_eq!(
            parts("dark:text-[color:var(--x)]").0,
            "text-[color:var(--x)]"
        );
        assert_eq!(parts("text-white").2, "white");
        // Regression from documenso: a named group's `/` comes before the last variant.
        assert_eq!(
            parts("group-data-[expanded]/document-widget:block").0,
            "block"
        );
        assert_eq!(parts("peer-checked/label:bg-brand/50").0, "bg-brand");
    }
}
