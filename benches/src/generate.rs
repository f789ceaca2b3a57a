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

/// How a generated component is styled: one approach per file, as in real code.
#[derive(Clone, Copy)]
enum Styling {
    Tailwind,
    CssModule,
    Styled,
    Objects,
}

/// The logic real components carry around their markup: types, state, effects, handlers.
fn component_logic(sequence: &mut Sequence, index: usize, text: &mut String) {
    let _ = writeln!(
        text,
        "import {{ useEffect, useMemo, useState }} from \"react\";\n\nexport type Item{index} = {{\n  id: string;\n  label: string;\n  count: number;\n  tags?: string[];\n}};\n\ntype Props = {{\n  items: Item{index}[];\n  query?: string;\n  onSelect: (id: string) => void;\n  onLoadMore?: () => Promise<void>;\n}};\n"
    );
    let _ = writeln!(
        text,
        "function matches{index}(item: Item{index}, query: string): boolean {{\n  const needle = query.trim().toLowerCase();\n  if (!needle) return true;\n  return item.label.toLowerCase().includes(needle) || (item.tags ?? []).some((tag) => tag.startsWith(needle));\n}}\n"
    );
    for helper in 0..=sequence.below(3) {
        let _ = writeln!(
            text,
            "const sortKey{helper} = (left: Item{index}, right: Item{index}) =>\n  left.count === right.count ? left.label.localeCompare(right.label) : right.count - left.count + {};\n",
            sequence.below(5)
        );
    }
}

fn component_state(index: usize, text: &mut String) {
    let _ = writeln!(
        text,
        "  const [selected, setSelected] = useState<string | null>(null);\n  const [loading, setLoading] = useState(false);\n  const visible = useMemo(\n    () => items.filter((item) => matches{index}(item, query ?? \"\")).sort(sortKey0),\n    [items, query],\n  );\n  useEffect(() => {{\n    if (selected && !visible.some((item) => item.id === selected)) {{\n      setSelected(null);\n    }}\n  }}, [selected, visible]);\n  const handleMore = async () => {{\n    setLoading(true);\n    try {{\n      await onLoadMore?.();\n    }} finally {{\n      setLoading(false);\n    }}\n  }};\n"
    );
}

fn tsx_component(sequence: &mut Sequence, index: usize, styling: Styling) -> String {
    let mut text = String::new();
    match styling {
        Styling::CssModule => {
            let _ = writeln!(
                text,
                "import styles from \"./Component{}.module.css\";",
                index + 1
            );
        }
        Styling::Styled => {
            let _ = writeln!(text, "import styled from \"styled-components\";");
        }
        Styling::Tailwind => {
            let _ = writeln!(text, "import clsx from \"clsx\";");
        }
        Styling::Objects => {}
    }
    component_logic(sequence, index, &mut text);
    if let Styling::Styled = styling {
        for part in ["List", "Row"] {
            let _ = writeln!(
                text,
                "const {part} = styled.div`\n  display: flex;\n  padding: {} {};\n  color: {};\n  border-bottom: 1px solid {};\n\n  &:hover {{\n    background: {};\n  }}\n`;\n",
                sequence.pick(&LENGTHS),
                sequence.pick(&LENGTHS),
                sequence.pick(&COLORS),
                sequence.pick(&COLORS),
                sequence.pick(&COLORS),
            );
        }
    }
    let _ = writeln!(
        text,
        "export function Component{index}({{ items, query, onSelect, onLoadMore }}: Props) {{"
    );
    component_state(index, &mut text);
    let (open, row, close) = match styling {
        Styling::Tailwind => {
            let classes: Vec<&str> = (0..5).map(|_| sequence.pick(&UTILITIES)).collect();
            let row_classes: Vec<&str> = (0..4).map(|_| sequence.pick(&UTILITIES)).collect();
            (
                format!("<ul className=\"{}\">", classes.join(" ")),
                format!(
                    "<li key={{item.id}} className={{clsx(\"{}\", item.id === selected && \"bg-blue-50\")}} onClick={{() => onSelect(item.id)}}>",
                    row_classes.join(" ")
                ),
                "</ul>".to_owned(),
            )
        }
        Styling::CssModule => (
            "<ul className={styles.root}>".to_owned(),
            "<li key={item.id} className={item.id === selected ? styles.active : styles.item} onClick={() => onSelect(item.id)}>".to_owned(),
            "</ul>".to_owned(),
        ),
        Styling::Styled => (
            "<List>".to_owned(),
            "<Row key={item.id} onClick={() => onSelect(item.id)}>".to_owned(),
            "</List>".to_owned(),
        ),
        Styling::Objects => (
            format!(
                "<ul style={{{{ padding: {}, margin: 0, listStyle: \"none\" }}}}>",
                sequence.below(24)
            ),
            format!(
                "<li key={{item.id}} style={{{{ padding: \"{} {}\", color: \"{}\" }}}} onClick={{() => onSelect(item.id)}}>",
                sequence.pick(&LENGTHS),
                sequence.pick(&LENGTHS),
                sequence.pick(&COLORS)
            ),
            "</ul>".to_owned(),
        ),
    };
    let row_close = if let Styling::Styled = styling {
        "</Row>"
    } else {
        "</li>"
    };
    let _ = writeln!(
        text,
        "  if (visible.length === 0) {{\n    return <p role=\"status\">Nothing matches {{query}}.</p>;\n  }}\n  return (\n    <section aria-busy={{loading}}>\n      {open}\n        {{visible.map((item) => (\n          {row}\n            <span>{{item.label}}</span>\n            <span aria-label=\"count\">{{item.count}}</span>\n          {row_close}\n        ))}}\n      {close}\n      {{onLoadMore && (\n        <button type=\"button\" disabled={{loading}} onClick={{handleMore}}>\n          Load more\n        </button>\n      )}}\n    </section>\n  );\n}}"
    );
    text
}

fn css_module(sequence: &mut Sequence) -> String {
    let mut text = String::new();
    for name in ["root", "item", "active"] {
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
    // Per ten files: six components (three Tailwind, one CSS Module with its stylesheet, one
    // styled-components, one object styles), two TypeScript modules, one SCSS partial; one
    // global stylesheet per fifty files.
    for index in 0..count.saturating_sub(3) {
        let folder = root.join(format!("src/feature{}", index / 50));
        let (name, text) = match index % 10 {
            0 | 1 | 5 => (
                format!("Component{index}.tsx"),
                tsx_component(&mut sequence, index, Styling::Tailwind),
            ),
            2 => (
                format!("Component{index}.tsx"),
                tsx_component(&mut sequence, index, Styling::CssModule),
            ),
            3 => (
                format!("Component{index}.module.css"),
                css_module(&mut sequence),
            ),
            4 => (
                format!("Component{index}.tsx"),
                tsx_component(&mut sequence, index, Styling::Styled),
            ),
            6 => (
                format!("Component{index}.tsx"),
                tsx_component(&mut sequence, index, Styling::Objects),
            ),
            7 | 8 if index % 50 == 47 => (format!("global{index}.css"), css_module(&mut sequence)),
            7 | 8 => (
                format!("use{index}.ts"),
                utility_module(&mut sequence, index),
            ),
            _ => (
                format!("_block{index}.scss"),
                scss_partial(&mut sequence, index),
            ),
        };
        write(&folder.join(name), &text)?;
    }
    Ok(written)
}
