//! Writes N files of mixed syntaxes at realistic sizes: TSX components with Tailwind classes,
//! styled-components and inline styles, CSS Modules, SCSS partials, global CSS and a token file.

use std::fmt::Write as _;
use std::path::Path;

/// A small deterministic pseudo-random sequence (64-bit LCG): the same seed, the same corpus.
struct Sequence(u64);

impl Sequence {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound.max(1)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[usize::try_from(self.below(items.len() as u64)).unwrap_or(0)]
    }
}

const COLORS: [&str; 8] = [
    "#2563eb", "#1d4ed8", "#111827", "#6b7280", "#e5e7eb", "#f9fafb", "#dc2626", "#16a34a",
];
const LENGTHS: [&str; 8] = [
    "4px", "8px", "12px", "16px", "24px", "0.5rem", "1rem", "1.5rem",
];
const UTILITIES: [&str; 16] = [
    "px-4",
    "py-2",
    "rounded-md",
    "bg-blue-600",
    "text-white",
    "hover:bg-blue-700",
    "flex",
    "items-center",
    "gap-2",
    "text-sm",
    "font-semibold",
    "border",
    "border-gray-200",
    "md:px-6",
    "dark:bg-gray-800",
    "focus-visible:outline-2",
];

fn tsx_component(sequence: &mut Sequence, index: usize) -> String {
    let mut text = String::new();
    let _ = writeln!(text, "import styled from \"styled-components\";");
    let _ = writeln!(
        text,
        "import styles from \"./Component{index}.module.css\";\n"
    );
    for part in 0..(2 + sequence.below(3)) {
        let _ = writeln!(
            text,
            "const Box{part} = styled.div`\n  padding: {} {};\n  color: {};\n  border: 1px solid {};\n  &:hover {{\n    background: {};\n  }}\n`;\n",
            sequence.pick(&LENGTHS),
            sequence.pick(&LENGTHS),
            sequence.pick(&COLORS),
            sequence.pick(&COLORS),
            sequence.pick(&COLORS),
        );
    }
    let _ = writeln!(
        text,
        "type Props = {{ items: {{ id: string; label: string }}[]; onSelect: (id: string) => void }};\n"
    );
    let _ = writeln!(
        text,
        "export function Component{index}({{ items, onSelect }}: Props) {{"
    );
    let _ = writeln!(
        text,
        "  const selected = items.filter((item) => item.id.length > 2);"
    );
    let _ = writeln!(text, "  return (\n    <Box0 className={{styles.root}}>");
    for row in 0..(3 + sequence.below(6)) {
        let classes: Vec<&str> = (0..4).map(|_| sequence.pick(&UTILITIES)).collect();
        let _ = writeln!(
            text,
            "      <div className=\"{}\" style={{{{ marginTop: {}, color: \"{}\" }}}} onClick={{() => onSelect(\"{row}\")}}>\n        {{selected.length}} items\n      </div>",
            classes.join(" "),
            sequence.below(32),
            sequence.pick(&COLORS),
        );
    }
    let _ = writeln!(text, "      <ul>\n        {{items.map((item) => (\n          <li key={{item.id}} className={{styles.item}}>{{item.label}}</li>\n        ))}}\n      </ul>");
    let _ = writeln!(text, "    </Box0>\n  );\n}}");
    text
}

fn css_module(sequence: &mut Sequence) -> String {
    let mut text = String::new();
    for name in ["root", "item", "title", "actions", "icon"] {
        let _ = writeln!(
            text,
            ".{name} {{\n  display: flex;\n  padding: {} {};\n  margin: 0 0 {};\n  color: {};\n  background-color: {};\n  border-radius: {};\n}}\n\n.{name}:hover {{\n  background-color: {};\n}}\n",
            sequence.pick(&LENGTHS),
            sequence.pick(&LENGTHS),
            sequence.pick(&LENGTHS),
            sequence.pick(&COLORS),
            sequence.pick(&COLORS),
            sequence.pick(&LENGTHS),
            sequence.pick(&COLORS),
        );
    }
    text
}

fn scss_partial(sequence: &mut Sequence, index: usize) -> String {
    let mut text = String::from("@use \"sass:math\";\n@use \"../tokens\" as t;\n\n");
    let _ = writeln!(
        text,
        "$local-{index}: {} !default;\n",
        sequence.pick(&COLORS)
    );
    let _ = writeln!(
        text,
        "@mixin card-{index}($pad: {}) {{\n  padding: $pad;\n  border-radius: t.$radius;\n}}\n",
        sequence.pick(&LENGTHS)
    );
    let _ = writeln!(
        text,
        ".block-{index} {{\n  @include card-{index};\n  color: $local-{index};\n  margin: math.div({}, 2);\n\n  &__title {{\n    font-size: {};\n    font-weight: 600;\n  }}\n\n  &--active {{\n    border-color: t.$brand;\n  }}\n\n  @media (min-width: 768px) {{\n    padding: {} {};\n  }}\n}}\n",
        sequence.pick(&LENGTHS),
        sequence.pick(&LENGTHS),
        sequence.pick(&LENGTHS),
        sequence.pick(&LENGTHS),
    );
    text
}

fn utility_module(sequence: &mut Sequence, index: usize) -> String {
    let mut text = String::new();
    for function in 0..(3 + sequence.below(5)) {
        let _ = writeln!(
            text,
            "export function helper{index}_{function}<T extends {{ id: string }}>(values: T[], limit = {}): T[] {{\n  return values.filter((value) => value.id.length < limit).slice(0, limit);\n}}\n",
            sequence.below(100)
        );
    }
    text
}

/// Writes `count` files under `root` (created if missing); returns the bytes written.
pub fn write_corpus(root: &Path, count: usize, seed: u64) -> std::io::Result<u64> {
    let mut sequence = Sequence(seed);
    let mut written = 0u64;
    let mut write = |path: &Path, text: &str| -> std::io::Result<()> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        written += text.len() as u64;
        std::fs::write(path, text)
    };
    write(
        &root.join("package.json"),
        "{ \"name\": \"generated\", \"private\": true, \"dependencies\": { \"tailwindcss\": \"^4.1.0\" } }\n",
    )?;
    write(
        &root.join("src/_tokens.scss"),
        "$brand: #2563eb !default;\n$radius: 6px;\n$space: (sm: 8px, md: 16px);\n",
    )?;
    write(
        &root.join("src/app.css"),
        "@import \"tailwindcss\";\n\n@theme {\n  --color-brand-500: oklch(0.62 0.19 260);\n  --radius-card: 0.75rem;\n}\n\n:root {\n  --space-2: 0.5rem;\n}\n",
    )?;
    for index in 0..count.saturating_sub(3) {
        let folder = root.join(format!("src/feature{}", index / 50));
        match index % 10 {
            0..=5 => write(
                &folder.join(format!("Component{index}.tsx")),
                &tsx_component(&mut sequence, index),
            )?,
            6 => write(
                &folder.join(format!("util{index}.ts")),
                &utility_module(&mut sequence, index),
            )?,
            7 => write(
                &folder.join(format!("Component{index}.module.css")),
                &css_module(&mut sequence),
            )?,
            8 => write(
                &folder.join(format!("_block{index}.scss")),
                &scss_partial(&mut sequence, index),
            )?,
            _ => write(
                &folder.join(format!("global{index}.css")),
                &css_module(&mut sequence),
            )?,
        }
    }
    Ok(written)
}
