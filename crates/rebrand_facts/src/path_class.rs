//! What a file is for, by its path (`../shared/contracts.md` §2): the one classification every
//! consumer uses — linking keeps rules of examples, docs, fixtures, tests and stories away from
//! source elements, and the summary counts files by class.

use serde::Serialize;

/// What a file is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PathClass {
    /// The product's own code.
    Source,
    /// A test (`*.test.tsx`, `__tests__/`, `e2e/`).
    Test,
    /// Test data (`fixtures/`, `__mocks__/`).
    Fixture,
    /// A story (`*.stories.tsx`, `.storybook/`).
    Story,
    /// An example or demo app (`examples/`, `demo/`, `playground/`).
    Example,
    /// A documentation site (`docs/`, `website/`).
    Docs,
    /// Generated code (`__generated__/`, `*.generated.*`).
    Generated,
    /// Third-party code kept in the tree (`vendor/`, `third_party/`).
    Vendored,
}

/// Directory names that make everything below them one class. Checked from the file upwards,
/// so the nearest directory decides (`docs/examples/x.css` is an example).
const DIRECTORIES: [(&str, PathClass); 29] = [
    ("__tests__", PathClass::Test),
    ("__test__", PathClass::Test),
    ("tests", PathClass::Test),
    ("test", PathClass::Test),
    ("e2e", PathClass::Test),
    ("cypress", PathClass::Test),
    ("playwright", PathClass::Test),
    ("__fixtures__", PathClass::Fixture),
    ("fixtures", PathClass::Fixture),
    ("fixture", PathClass::Fixture),
    ("__mocks__", PathClass::Fixture),
    ("test-fixtures", PathClass::Fixture),
    (".storybook", PathClass::Story),
    ("stories", PathClass::Story),
    ("examples", PathClass::Example),
    ("example", PathClass::Example),
    ("demo", PathClass::Example),
    ("demos", PathClass::Example),
    ("playground", PathClass::Example),
    ("sandbox", PathClass::Example),
    ("docs", PathClass::Docs),
    ("doc", PathClass::Docs),
    ("documentation", PathClass::Docs),
    ("website", PathClass::Docs),
    ("__generated__", PathClass::Generated),
    ("generated", PathClass::Generated),
    ("vendor", PathClass::Vendored),
    ("third_party", PathClass::Vendored),
    ("third-party", PathClass::Vendored),
];

impl PathClass {
    /// Every class, `source` first.
    pub const ALL: [Self; 8] = [
        Self::Source,
        Self::Test,
        Self::Fixture,
        Self::Story,
        Self::Example,
        Self::Docs,
        Self::Generated,
        Self::Vendored,
    ];

    /// The class of the file at `path` (relative, `/`-separated): its own name first
    /// (`Button.test.tsx`), then its nearest classifying directory.
    #[must_use]
    pub fn of(path: &str) -> Self {
        let (directories, name) = path.rsplit_once('/').unwrap_or(("", path));
        let lower = name.to_ascii_lowercase();
        if [".test.", ".spec.", ".e2e."]
            .iter()
            .any(|infix| lower.contains(infix))
        {
            return Self::Test;
        }
        if lower.contains(".stories.") || lower.contains(".story.") {
            return Self::Story;
        }
        if lower.contains(".generated.") {
            return Self::Generated;
        }
        directories
            .rsplit('/')
            .find_map(|directory| {
                DIRECTORIES
                    .iter()
                    .find(|(name, _)| directory.eq_ignore_ascii_case(name))
                    .map(|(_, class)| *class)
            })
            .unwrap_or(Self::Source)
    }

    /// The class's name, as configuration and the summary spell it.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Source => "source",
            Self::Test => "test",
            Self::Fixture => "fixture",
            Self::Story => "story",
            Self::Example => "example",
            Self::Docs => "docs",
            Self::Generated => "generated",
            Self::Vendored => "vendored",
        }
    }

    /// Whether the class is scaffolding around the product (tests, fixtures, stories, examples,
    /// docs): its stylesheets never style the product's own elements.
    #[must_use]
    pub fn is_scaffolding(self) -> bool {
        matches!(
            self,
            Self::Test | Self::Fixture | Self::Story | Self::Example | Self::Docs
        )
    }
}

#[cfg(test)]
mod tests {
    use super::PathClass;

    #[test]
    fn names_then_the_nearest_directory_decide() {
        let cases = [
            ("src/components/Button.tsx", PathClass::Source),
            ("src/components/Button.test.tsx", PathClass::Test),
            ("src/components/Button.stories.tsx", PathClass::Story),
            ("src/__tests__/helpers.ts", PathClass::Test),
            ("packages/ui/fixtures/app.css", PathClass::Fixture),
            ("examples/with-tailwind/app/globals.css", PathClass::Example),
            ("apps/docs/src/styles.css", PathClass::Docs),
            ("docs/examples/x.css", PathClass::Example),
            ("apps/web/src/vendor/bootstrap.css", PathClass::Vendored),
            ("src/api/__generated__/schema.ts", PathClass::Generated),
            ("src/latest/index.ts", PathClass::Source),
            ("src/contest/Entry.tsx", PathClass::Source),
        ];
        for (path, class) in cases {
            assert_eq!(PathClass::of(path), class, "{path}");
        }
    }
}
