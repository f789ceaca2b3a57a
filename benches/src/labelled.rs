//! The labelled app: ten known patterns written across five syntaxes with realistic noise, and
//! the evaluation of found patterns against those labels.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// One latent pattern: how its members behave and what they look like.
struct Latent {
    name: &'static str,
    /// Opening tag without `>`, and the closing tag.
    open: &'static str,
    close: &'static str,
    /// `(property, value)` in CSS; `:hover` properties are prefixed with `hover:`.
    look: &'static [(&'static str, &'static str)],
}

const LATENT: [Latent; 10] = [
    Latent {
        name: "list-item",
        open: "<li",
        close: "</li>",
        look: &[
            ("padding", "12px 16px"),
            ("color", "#111827"),
            ("background-color", "#ffffff"),
            ("font-size", "14px"),
            ("hover:background-color", "#f9fafb"),
        ],
    },
    Latent {
        name: "primary-button",
        open: "<button type=\"button\" onClick={onAction}",
        close: "</button>",
        look: &[
            ("padding", "8px 16px"),
            ("background-color", "#2563eb"),
            ("color", "#ffffff"),
            ("border-radius", "6px"),
            ("font-weight", "600"),
            ("hover:background-color", "#1d4ed8"),
        ],
    },
    Latent {
        name: "ghost-button",
        open: "<button type=\"button\" onClick={onAction}",
        close: "</button>",
        look: &[
            ("padding", "6px 12px"),
            ("background-color", "transparent"),
            ("color", "#2563eb"),
            ("border-radius", "9999px"),
            ("font-weight", "600"),
            ("hover:background-color", "#eff6ff"),
        ],
    },
    Latent {
        name: "badge",
        open: "<span",
        close: "</span>",
        look: &[
            ("padding", "2px 8px"),
            ("background-color", "#dcfce7"),
            ("color", "#166534"),
            ("border-radius", "9999px"),
            ("font-size", "12px"),
            ("font-weight", "600"),
        ],
    },
    Latent {
        name: "badge-button",
        open: "<button type=\"button\" onClick={onAction}",
        close: "</button>",
        look: &[
            ("padding", "2px 8px"),
            ("background-color", "#dcfce7"),
            ("color", "#166534"),
            ("border-radius", "9999px"),
            ("font-size", "12px"),
            ("font-weight", "600"),
        ],
    },
    Latent {
        name: "card",
        open: "<section",
        close: "</section>",
        look: &[
            ("padding", "24px 24px"),
            ("background-color", "#ffffff"),
            ("color", "#1f2937"),
            ("border-radius", "12px"),
        ],
    },
    Latent {
        name: "nav-link",
        open: "<a href=\"/settings\"",
        close: "</a>",
        look: &[
            ("padding", "4px 8px"),
            ("color", "#2563eb"),
            ("font-weight", "500"),
            ("hover:color", "#1d4ed8"),
        ],
    },
    Latent {
        name: "tab",
        open: "<button type=\"button\" role=\"tab\" aria-selected={false} onClick={onAction}",
        close: "</button>",
        look: &[
            ("padding", "8px 12px"),
            ("color", "#4b5563"),
            ("font-size", "14px"),
            ("font-weight", "500"),
            ("hover:color", "#111827"),
        ],
    },
    Latent {
        name: "tag-link",
        open: "<a href=\"/tags\"",
        close: "</a>",
        look: &[
            ("padding", "2px 6px"),
            ("background-color", "#f3f4f6"),
            ("color", "#374151"),
            ("border-radius", "4px"),
            ("font-size", "12px"),
        ],
    },
    Latent {
        name: "alert",
        open: "<div role=\"alert\"",
        close: "</div>",
        look: &[
            ("padding", "12px 16px"),
            ("background-color", "#fef2f2"),
            ("color", "#991b1b"),
            ("border-radius", "8px"),
            ("font-size", "14px"),
        ],
    },
];

const SYNTAXES: [&str; 5] = ["global-css", "css-module", "styled", "tailwind", "inline"];

/// Members per pattern and syntax, and which member index of each pattern drifts.
const PER_SYNTAX: usize = 7;
/// In the stylesheet syntaxes, this member of each file is rendered through a wrapper component.
const WRAPPED_SLOT: usize = 5;
const DRIFTING: [usize; 3] = [3, 12, 24];

/// One labelled element.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    /// File, relative to the app.
    pub file: String,
    /// One-based line of the element's opening tag.
    pub line: u32,
    /// The latent pattern.
    pub pattern: String,
    /// Whether a property was changed on purpose.
    pub drifted: bool,
}

/// A value spelled another way that means the same (`#ffffff` → `white`, `16px` → `1rem`).
fn respell(value: &str, variant: usize) -> String {
    if variant % 3 == 1 {
        if let Some(hex) = value.strip_prefix('#') {
            let channel = |at: usize| u8::from_str_radix(&hex[at..at + 2], 16).unwrap_or(0);
            return format!("rgb({} {} {})", channel(0), channel(2), channel(4));
        }
    }
    if variant % 3 == 2 {
        if value == "#ffffff" {
            return "white".to_owned();
        }
        if let Some(hex) = value.strip_prefix('#') {
            return format!("#{}", hex.to_ascii_uppercase());
        }
        let parts: Vec<String> = value
            .split_whitespace()
            .map(|part| {
                match part
                    .strip_suffix("px")
                    .and_then(|number| number.parse::<f64>().ok())
                {
                    Some(px) if (8.0..1000.0).contains(&px) => format!("{}rem", px / 16.0),
                    _ => part.to_owned(),
                }
            })
            .collect();
        return parts.join(" ");
    }
    value.to_owned()
}

/// The look of one member: respelled, reordered, with a drift applied if it drifts.
fn member_look(latent: &Latent, member: usize, drifted: bool) -> Vec<(String, String)> {
    let mut look: Vec<(String, String)> = latent
        .look
        .iter()
        .map(|(property, value)| ((*property).to_owned(), respell(value, member)))
        .collect();
    if drifted {
        let (property, value) = &mut look[1];
        *value = if property.ends_with("color") {
            "#f59e0b".to_owned()
        } else {
            "31px".to_owned()
        };
    }
    let length = look.len();
    look.rotate_left(member % length);
    look
}

fn camel(property: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for character in property.chars() {
        if character == '-' {
            upper = true;
        } else if upper {
            out.push(character.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(character);
        }
    }
    out
}

fn tailwind(property: &str, value: &str) -> String {
    let (variant, property) = property
        .strip_prefix("hover:")
        .map_or(("", property), |rest| ("hover:", rest));
    let arbitrary = |prefix: &str| format!("{variant}{prefix}-[{}]", value.replace(' ', "_"));
    match property {
        "padding" => {
            let mut parts = value.split_whitespace();
            let vertical = parts.next().unwrap_or("0");
            let horizontal = parts.next().unwrap_or(vertical);
            format!("{variant}py-[{vertical}] {variant}px-[{horizontal}]")
        }
        "background-color" if value == "transparent" => format!("{variant}bg-transparent"),
        "background-color" => arbitrary("bg"),
        "color" | "font-size" => arbitrary("text"),
        "border-radius" => arbitrary("rounded"),
        "font-weight" => format!(
            "{variant}{}",
            match value {
                "500" => "font-medium",
                "600" => "font-semibold",
                _ => "font-bold",
            }
        ),
        _ => String::new(),
    }
}

/// Writes the app under `root` and returns its labels.
// One function writes a member in every syntax, so that one look written five ways stays side
// by side; splitting it would pass the same half-dozen buffers around.
#[allow(clippy::too_many_lines)]
pub fn write_labelled_app(root: &Path) -> std::io::Result<Vec<Label>> {
    let mut labels = Vec::new();
    let mut global_css = String::from("/* Global rules of the labelled app. */\n");
    for (pattern_index, latent) in LATENT.iter().enumerate() {
        let directory = format!("src/{}", latent.name);
        std::fs::create_dir_all(root.join(&directory))?;
        for (syntax_index, syntax) in SYNTAXES.iter().enumerate() {
            let component = format!(
                "{}{}",
                camel(&format!("-{}", latent.name)),
                camel(&format!("-{syntax}"))
            );
            let file = format!("{directory}/{component}.tsx");
            let mut head = String::new();
            let mut body = String::new();
            let mut module_css = String::new();
            for slot in 0..PER_SYNTAX {
                let member = syntax_index * PER_SYNTAX + slot;
                let drifted = DRIFTING.contains(&member);
                let look = member_look(latent, member, drifted);
                let class = format!(
                    "{}-{}-{member}",
                    ["item", "entry", "unit"][member % 3],
                    pattern_index
                );
                // Layout noise: where an element sits is not what kind of element it is.
                let layout = if member.is_multiple_of(2) {
                    "margin-top: 4px;"
                } else {
                    "width: 100%;"
                };
                let opening = match *syntax {
                    "global-css" | "css-module" => {
                        let rules: &mut String = if *syntax == "global-css" {
                            &mut global_css
                        } else {
                            &mut module_css
                        };
                        let base: Vec<String> = look
                            .iter()
                            .filter(|(property, _)| !property.starts_with("hover:"))
                            .map(|(property, value)| format!("{property}: {value};"))
                            .collect();
                        let _ = writeln!(rules, ".{class} {{ {} {layout} }}", base.join(" "));
                        for (property, value) in look
                            .iter()
                            .filter(|(property, _)| property.starts_with("hover:"))
                        {
                            let _ = writeln!(
                                rules,
                                ".{class}:hover {{ {}: {value}; }}",
                                &property["hover:".len()..]
                            );
                        }
                        let class_attribute = if *syntax == "global-css" {
                            format!("className=\"{class}\"")
                        } else {
                            format!("className={{styles[\"{class}\"]}}")
                        };
                        if slot == WRAPPED_SLOT {
                            // A wrapper component that puts its className on the real tag.
                            let attributes =
                                latent.open.split_once(' ').map_or("", |(_, rest)| rest);
                            format!("<Wrapped {class_attribute} {attributes}>").replace(" >", ">")
                        } else {
                            format!("{} {class_attribute}>", latent.open)
                        }
                    }
                    "styled" => {
                        let name = format!("Styled{member}");
                        let base: Vec<String> = look
                            .iter()
                            .filter(|(property, _)| !property.starts_with("hover:"))
                            .map(|(property, value)| format!("  {property}: {value};"))
                            .collect();
                        let hover: Vec<String> = look
                            .iter()
                            .filter(|(property, _)| property.starts_with("hover:"))
                            .map(|(property, value)| {
                                format!("    {}: {value};", &property["hover:".len()..])
                            })
                            .collect();
                        let tag = latent
                            .open
                            .trim_start_matches('<')
                            .split_whitespace()
                            .next()
                            .unwrap_or("div");
                        let _ = write!(
                            head,
                            "const {name} = styled.{tag}`\n{}\n  {layout}\n",
                            base.join("\n")
                        );
                        if !hover.is_empty() {
                            let _ = write!(head, "  &:hover {{\n{}\n  }}\n", hover.join("\n"));
                        }
                        head.push_str("`;\n\n");
                        let attributes = latent.open.split_once(' ').map_or("", |(_, rest)| rest);
                        format!("<{name} {attributes}>").replace(" >", ">")
                    }
                    "tailwind" => {
                        let classes: Vec<String> = look
                            .iter()
                            .map(|(property, value)| tailwind(property, value))
                            .filter(|class| !class.is_empty())
                            .collect();
                        let noise = if member.is_multiple_of(2) {
                            "mt-1"
                        } else {
                            "w-full"
                        };
                        format!(
                            "{} className=\"{} {noise}\">",
                            latent.open,
                            classes.join(" ")
                        )
                    }
                    _ => {
                        let entries: Vec<String> = look
                            .iter()
                            .filter(|(property, _)| !property.starts_with("hover:"))
                            .map(|(property, value)| format!("{}: \"{value}\"", camel(property)))
                            .collect();
                        format!(
                            "{} style={{{{ {}, marginTop: 4 }}}}>",
                            latent.open,
                            entries.join(", ")
                        )
                    }
                };
                let wrapped =
                    slot == WRAPPED_SLOT && matches!(*syntax, "global-css" | "css-module");
                let closing = if *syntax == "styled" {
                    format!("</Styled{member}>")
                } else if wrapped {
                    "</Wrapped>".to_owned()
                } else {
                    latent.close.to_owned()
                };
                // The line within the body; the header's length is added once it is known.
                labels.push((
                    file.clone(),
                    body.lines().count() as u32,
                    latent.name,
                    drifted,
                ));
                let _ = writeln!(body, "      {opening}{} {member}{closing}", latent.name);
            }
            let mut text = String::new();
            if *syntax == "styled" {
                text.push_str("import styled from \"styled-components\";\n\n");
            }
            if *syntax == "css-module" {
                let module = format!("{component}.module.css");
                let _ = writeln!(text, "import styles from \"./{module}\";\n");
                std::fs::write(root.join(&directory).join(module), &module_css)?;
            }
            if *syntax == "global-css" {
                text.push_str("import \"../global.css\";\n\n");
            }
            text.push_str(&head);
            if matches!(*syntax, "global-css" | "css-module") {
                let tag = latent
                    .open
                    .trim_start_matches('<')
                    .split_whitespace()
                    .next()
                    .unwrap_or("div");
                let _ = writeln!(
                    text,
                    "function Wrapped({{ className, children, ...rest }}: any) {{\n  return <{tag} className={{className}} {{...rest}}>{{children}}</{tag}>;\n}}\n"
                );
            }
            let _ = writeln!(text, "export function {component}({{ onAction }}: {{ onAction?: () => void }}) {{\n  return (\n    <div>");
            let offset = text.lines().count() as u32 + 1;
            text.push_str(&body);
            text.push_str("    </div>\n  );\n}\n");
            std::fs::write(root.join(&file), text)?;
            for label in labels.iter_mut().filter(|label| label.0 == file) {
                label.1 += offset;
            }
        }
    }
    std::fs::write(root.join("src/global.css"), global_css)?;
    std::fs::write(
        root.join("package.json"),
        "{\n  \"name\": \"labelled-app\",\n  \"private\": true,\n  \"dependencies\": { \"react\": \"^19.0.0\", \"styled-components\": \"^6.1.0\", \"tailwindcss\": \"^4.1.0\" }\n}\n",
    )?;
    let labels: Vec<Label> = labels
        .into_iter()
        .map(|(file, line, pattern, drifted)| Label {
            file,
            line,
            pattern: pattern.to_owned(),
            drifted,
        })
        .collect();
    let json = serde_json::to_string_pretty(&labels).map_err(std::io::Error::other)?;
    std::fs::write(root.join("labels.json"), json + "\n")?;
    Ok(labels)
}

/// How found patterns compare with the labels.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    /// B-cubed scores over the labelled elements (an element in no pattern is its own cluster).
    pub scores: crate::bcubed::Scores,
    /// Labelled elements.
    pub elements: usize,
    /// Drifted elements.
    pub drifted: usize,
    /// Drifted elements reported as outliers of the pattern holding most of their label.
    pub drifted_reported: usize,
    /// Elements labelled as background (layout, resets, page structure).
    pub background: usize,
    /// Background elements in no pattern.
    pub background_unclustered: usize,
}

/// Scores `patterns` (the JSON of `rebrand patterns --format json`, run on `root`) against the
/// labels in `root/labels.json`.
pub fn evaluate(root: &Path, patterns: &serde_json::Value) -> std::io::Result<Evaluation> {
    let mut labels: Vec<Label> =
        serde_json::from_str(&std::fs::read_to_string(root.join("labels.json"))?)
            .map_err(std::io::Error::other)?;
    labels.extend(hand_labels(root)?);
    let (background, labels): (Vec<Label>, Vec<Label>) = labels
        .into_iter()
        .partition(|label| label.pattern == BACKGROUND);
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    let mut place_of: BTreeMap<(String, u32), (usize, bool)> = BTreeMap::new();
    for (index, pattern) in patterns["patterns"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        let outliers: Vec<u64> = pattern["outliers"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|outlier| outlier["member"].as_u64())
            .collect();
        for (position, member) in pattern["members"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            // A member's other uses are elements of its pattern too, drifting as it does.
            let places =
                std::iter::once(member).chain(member["uses"].as_array().into_iter().flatten());
            for place in places {
                let file = place["file"].as_str().unwrap_or_default().to_owned();
                let text = texts.entry(file.clone()).or_insert_with(|| {
                    std::fs::read_to_string(root.join(&file)).unwrap_or_default()
                });
                let start = place["range"]["start"].as_u64().unwrap_or(0) as usize;
                let line = text
                    .get(..start)
                    .map_or(0, |before| before.matches('\n').count() as u32 + 1);
                place_of.insert((file, line), (index, outliers.contains(&(position as u64))));
            }
        }
    }
    let mut found = Vec::new();
    let mut gold = Vec::new();
    for (position, label) in labels.iter().enumerate() {
        let cluster = place_of
            .get(&(label.file.clone(), label.line))
            .map_or(usize::MAX - position, |(index, _)| *index);
        found.push(cluster);
        gold.push(label.pattern.as_str());
    }
    // The pattern of a label is the cluster holding most of its elements.
    let mut votes: BTreeMap<&str, BTreeMap<usize, usize>> = BTreeMap::new();
    for (cluster, label) in found.iter().zip(&gold) {
        *votes.entry(label).or_default().entry(*cluster).or_default() += 1;
    }
    let home: BTreeMap<&str, usize> = votes
        .iter()
        .map(|(label, clusters)| {
            (
                *label,
                clusters
                    .iter()
                    .max_by_key(|(_, count)| **count)
                    .map_or(usize::MAX, |(cluster, _)| *cluster),
            )
        })
        .collect();
    let drifted: Vec<&Label> = labels.iter().filter(|label| label.drifted).collect();
    let drifted_reported = drifted
        .iter()
        .filter(|label| {
            place_of
                .get(&(label.file.clone(), label.line))
                .is_some_and(|(cluster, outlier)| {
                    *outlier && home.get(label.pattern.as_str()) == Some(cluster)
                })
        })
        .count();
    let background_unclustered = background
        .iter()
        .filter(|label| !place_of.contains_key(&(label.file.clone(), label.line)))
        .count();
    Ok(Evaluation {
        scores: crate::bcubed::score(&found, &gold),
        elements: labels.len(),
        drifted: drifted.len(),
        drifted_reported,
        background: background.len(),
        background_unclustered,
    })
}

/// The label of an element that belongs to no pattern: layout, resets, page structure.
const BACKGROUND: &str = "background";

/// The hand-written part of the app (`src/extended`, see the app's README), labelled in place:
/// an element's opening tag, on one line, carries `data-label="pattern"` (and `data-drifted`
/// when a property was changed on purpose). Such attributes style nothing.
fn hand_labels(root: &Path) -> std::io::Result<Vec<Label>> {
    let mut labels = Vec::new();
    let mut directories = vec![root.join("src/extended")];
    let mut files = Vec::new();
    while let Some(directory) = directories.pop() {
        let Ok(entries) = std::fs::read_dir(&directory) else {
            continue;
        };
        for entry in entries {
            let path = entry?.path();
            if path.is_dir() {
                directories.push(path);
            } else if path.extension().is_some_and(|extension| extension == "tsx") {
                files.push(path);
            }
        }
    }
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path)?;
        let file = path
            .strip_prefix(root)
            .map_err(std::io::Error::other)?
            .to_string_lossy()
            .replace('\\', "/");
        for (index, line) in text.lines().enumerate() {
            for (_, rest) in line
                .match_indices("data-label=\"")
                .map(|(at, _)| line.split_at(at))
            {
                let Some(pattern) = rest["data-label=\"".len()..].split('"').next() else {
                    continue;
                };
                let tag_end = rest.find('>').unwrap_or(rest.len());
                labels.push(Label {
                    file: file.clone(),
                    line: index as u32 + 1,
                    pattern: pattern.to_owned(),
                    drifted: rest[..tag_end].contains("data-drifted"),
                });
            }
        }
    }
    Ok(labels)
}
