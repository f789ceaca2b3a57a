//! The plan on small stylesheets written for the case: what each syntax's naming rule finds, and
//! which change a shared literal is attributed to.

use std::sync::Arc;

use rebrand_config::Migration;
use rebrand_edit::apply_edits;
use rebrand_facts::{FileFacts, FileKind};
use rebrand_rewrite::{changes, plan, PlanInput, TokenSet};
use rebrand_tokens::extract_design_tokens;
use rebrand_values::ValueOptions;

fn stylesheet(path: &str, text: &str) -> FileFacts {
    let kind = FileKind::from_path(path).expect("a stylesheet");
    // A script's names are found by a scan of its text: its facts can stay empty here.
    if kind.is_script() {
        return FileFacts::empty(path.to_owned(), kind, text.len() as u64);
    }
    if kind == FileKind::DesignTokens {
        let mut facts = FileFacts::empty(path.to_owned(), kind, text.len() as u64);
        facts.tokens = extract_design_tokens(text, ValueOptions::default()).tokens;
        return facts;
    }
    let extracted = rebrand_css::extract_stylesheet(text, kind, ValueOptions::default());
    let mut facts = FileFacts::empty(path.to_owned(), kind, text.len() as u64);
    facts.declarations = extracted.declarations;
    facts.tokens = extracted.tokens;
    facts.imports = extracted.imports;
    facts.sort();
    facts
}

/// The migrated texts, the old token each edit was attributed to, and the notes.
fn migrate(
    migration: &str,
    old: &str,
    new: &str,
    files: &[(&str, &str)],
) -> (Vec<String>, Vec<String>, Vec<String>) {
    let migration = Migration::parse(migration).expect("a valid migration");
    let from = TokenSet::merge(&[extract_design_tokens(old, ValueOptions::default())]);
    let to = TokenSet::merge(&[extract_design_tokens(new, ValueOptions::default())]);
    let (changes, problems) = changes(&from, &to, &migration, ValueOptions::default());
    assert!(problems.is_empty(), "{problems:?}");
    let facts: Vec<FileFacts> = files
        .iter()
        .map(|(path, text)| stylesheet(path, text))
        .collect();
    let sources: Vec<Arc<str>> = files.iter().map(|(_, text)| Arc::from(*text)).collect();
    let plans = plan(&PlanInput {
        files: &facts,
        sources: &sources,
        changes: &changes,
        migration: &migration,
        frozen: &[],
        value_options: ValueOptions::default(),
        tailwind_defaults: &[],
        themes: &[],
    });
    let mut texts: Vec<String> = files.iter().map(|(_, text)| (*text).to_owned()).collect();
    let mut attributed = Vec::new();
    let mut notes = Vec::new();
    for file_plan in &plans {
        notes.extend(file_plan.notes.iter().map(|note| note.message.clone()));
        texts[file_plan.file] =
            apply_edits(files[file_plan.file].1, file_plan.edits()).expect("applies");
        for place in &file_plan.places {
            attributed.push(changes[place.change].old.clone());
        }
    }
    (texts, attributed, notes)
}

const OLD: &str = r#"{ "color": { "$type": "color",
  "turquoise": { "$value": "hsl(171, 100%, 41%)" },
  "primary": { "$value": "{color.turquoise}" } } }"#;
const NEW: &str = r##"{ "color": { "$type": "color",
  "teal": { "$value": "#0d9488" },
  "primary": { "$value": "{color.teal}" } } }"##;

#[test]
fn a_dropped_group_finds_bare_scss_names_and_namespaced_uses() {
    // Regression from Bulma: its variables are `$turquoise` and `iv.$turquoise`, not
    // `$color-turquoise`; `"groups": { "color": "" }` spells them.
    let migration = r#"{ "from": "old.json", "to": "new.json", "map": { "color.turquoise": "color.teal" },
      "naming": { "scss": { "prefix": "$", "groups": { "color": "" } } } }"#;
    let (texts, _, _) = migrate(
        migration,
        OLD,
        NEW,
        &[
            (
                "initial.scss",
                "$turquoise: hsl(171, 100%, 41%) !default;\n",
            ),
            (
                "derived.scss",
                "@use \"initial\" as iv;\n$primary: iv.$turquoise !default;\n",
            ),
        ],
    );
    assert_eq!(texts[0], "$teal: #0d9488 !default;\n");
    assert_eq!(
        texts[1],
        "@use \"initial\" as iv;\n$primary: iv.$teal !default;\n"
    );
}

#[test]
fn a_literal_equal_to_an_alias_and_its_target_belongs_to_the_target() {
    let migration =
        r#"{ "from": "old.json", "to": "new.json", "map": { "color.turquoise": "color.teal" } }"#;
    let (texts, attributed, _) = migrate(
        migration,
        OLD,
        NEW,
        &[("button.css", ".button { color: hsl(171, 100%, 41%); }\n")],
    );
    assert_eq!(texts[0], ".button { color: #0d9488; }\n");
    assert_eq!(attributed, ["color.turquoise"]);
}

#[test]
fn a_literal_already_at_a_new_value_is_left_and_one_between_two_changes_is_noted() {
    let old = r##"{ "color": { "$type": "color", "a": { "$value": "#111111" }, "b": { "$value": "#222222" } } }"##;
    let new = r##"{ "color": { "$type": "color", "a": { "$value": "#222222" }, "b": { "$value": "#333333" } } }"##;
    let migration = r#"{ "from": "old.json", "to": "new.json" }"#;
    let (texts, attributed, notes) = migrate(
        migration,
        old,
        new,
        &[(
            "a.css",
            ".x { color: #111111; background: #222222; border-color: #333333; }\n",
        )],
    );
    // `#111111` is only `a`'s old value; `#222222` is `b`'s old value and `a`'s new one, so it is
    // left (and noted); `#333333` is a new value.
    assert_eq!(
        texts[0],
        ".x { color: #222222; background: #222222; border-color: #333333; }\n"
    );
    assert_eq!(attributed, ["color.a"]);
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0].contains("old value of `color.b` and the new value of `color.a`"),
        "{}",
        notes[0]
    );
}

#[test]
fn scss_map_values_and_function_arguments_are_renamed_with_the_variable() {
    // Pinned from Bootstrap 5's `_variables.scss`: the palette variable is read by a map and by
    // colour functions; the map's key names a colour and stays.
    let old = r##"{ "color": { "$type": "color", "blue": { "$value": "#0d6efd" } } }"##;
    let new = r##"{ "color": { "$type": "color", "indigo": { "$value": "#4f46e5" } } }"##;
    let migration = r#"{ "from": "old.json", "to": "new.json", "map": { "color.blue": "color.indigo" },
      "naming": { "scss": { "prefix": "$", "groups": { "color": "" } } } }"#;
    let (texts, _, notes) = migrate(
        migration,
        old,
        new,
        &[(
            "_variables.scss",
            "$blue: #0d6efd !default;\n$colors: (\"blue\": $blue) !default;\n$blue-100: tint-color($blue, 80%) !default;\n",
        )],
    );
    assert_eq!(
        texts[0],
        "$indigo: #4f46e5 !default;\n$colors: (\"blue\": $indigo) !default;\n$blue-100: tint-color($indigo, 80%) !default;\n"
    );
    assert!(notes.is_empty(), "{notes:?}");
}

#[test]
fn another_token_files_aliases_follow_a_rename_and_its_other_values_stay() {
    let old = r##"{ "color": { "$type": "color", "blue": { "$value": "#2563eb" } } }"##;
    let new = r##"{ "color": { "$type": "color", "indigo": { "$value": "#4f46e5" } } }"##;
    let migration =
        r#"{ "from": "old.json", "to": "new.json", "map": { "color.blue": "color.indigo" } }"#;
    let (texts, _, _) = migrate(
        migration,
        old,
        new,
        &[(
            "semantic.tokens.json",
            r##"{ "action": { "$type": "color", "bg": { "$value": "{color.blue}" }, "fg": { "$value": "#2563eb" } } }"##,
        )],
    );
    assert_eq!(
        texts[0],
        r##"{ "action": { "$type": "color", "bg": { "$value": "{color.indigo}" }, "fg": { "$value": "#2563eb" } } }"##
    );
}

#[test]
fn a_shadow_token_is_revalued_at_its_definition_and_a_second_plan_is_empty() {
    let old = r##"{ "shadow": { "$type": "shadow", "card": { "$value": { "offsetX": "0px", "offsetY": "1px", "blur": "2px", "spread": "0px", "color": "#0000001a" } } } }"##;
    let new = r##"{ "shadow": { "$type": "shadow", "card": { "$value": [
      { "offsetX": "0px", "offsetY": "1px", "blur": "3px", "spread": "0px", "color": "#0000001a" },
      { "offsetX": "0px", "offsetY": "1px", "blur": "2px", "spread": "-1px", "color": "#0000001a" } ] } } }"##;
    let migration = r#"{ "from": "old.json", "to": "new.json" }"#;
    let source = ":root { --shadow-card: 0 1px 2px #0000001a; }\n.card { box-shadow: var(--shadow-card); }\n";
    let (texts, attributed, _) = migrate(migration, old, new, &[("tokens.css", source)]);
    let expected = ":root { --shadow-card: 0px 1px 3px 0px #0000001a, 0px 1px 2px -1px #0000001a; }\n.card { box-shadow: var(--shadow-card); }\n";
    assert_eq!(texts[0], expected);
    assert_eq!(attributed, ["shadow.card"]);
    let (again, attributed, _) = migrate(migration, old, new, &[("tokens.css", expected)]);
    assert_eq!(again[0], expected);
    assert!(attributed.is_empty());
}

#[test]
fn a_rename_that_keeps_the_value_keeps_the_projects_own_value() {
    // Regression: a rename whose token sets agree on the value wrote the set's value over the
    // project's (`$space-unit: 10px` became `8px`), and a string token counted as a new value.
    let old = r#"{ "space": { "$type": "dimension", "unit": { "$value": "8px" } },
      "enable": { "classes": { "$value": "true" } } }"#;
    let new = r#"{ "gap": { "$type": "dimension", "unit": { "$value": "8px" } },
      "with": { "classes": { "$value": "true" } } }"#;
    let migration = r#"{ "from": "old.json", "to": "new.json",
      "map": { "space.unit": "gap.unit", "enable.classes": "with.classes" } }"#;
    let (texts, _, notes) = migrate(
        migration,
        old,
        new,
        &[
            (
                "_settings.scss",
                "$space-unit: 10px !default;\n$enable-classes: false !default;\n",
            ),
            // A build script writes the Sass that configures the module.
            (
                "build.js",
                "const entry = `@use \"../scss\" with ($enable-classes: false, $space-unit: 4px);`;\nconst $el = $enable;\n",
            ),
        ],
    );
    assert_eq!(
        texts[0],
        "$gap-unit: 10px !default;\n$with-classes: false !default;\n"
    );
    assert_eq!(
        texts[1],
        "const entry = `@use \"../scss\" with ($with-classes: false, $gap-unit: 4px);`;\nconst $el = $enable;\n"
    );
    assert!(notes.is_empty(), "{notes:?}");
}

#[test]
fn less_variables_are_renamed_wherever_they_are_named() {
    let old = r##"{ "color": { "$type": "color", "brand": { "$value": "#2563eb" } } }"##;
    let new = r##"{ "color": { "$type": "color", "primary": { "$value": "#7c3aed" } } }"##;
    let migration =
        r#"{ "from": "old.json", "to": "new.json", "map": { "color.brand": "color.primary" } }"#;
    let (texts, _, notes) = migrate(
        migration,
        old,
        new,
        &[
            (
                "variables.less",
                "@color-brand: #2563eb;\n@color-brand-dark: darken(@color-brand, 10%);\n",
            ),
            (
                "button.less",
                "@import \"variables\";\n.button { color: @color-brand; .ring(@color-brand); }\n@media (min-width: 600px) { .a { border-color: fade(@color-brand, 50%); } }\n",
            ),
        ],
    );
    assert_eq!(
        texts[0],
        "@color-primary: #7c3aed;\n@color-brand-dark: darken(@color-primary, 10%);\n"
    );
    assert_eq!(
        texts[1],
        "@import \"variables\";\n.button { color: @color-primary; .ring(@color-primary); }\n@media (min-width: 600px) { .a { border-color: fade(@color-primary, 50%); } }\n"
    );
    assert!(notes.is_empty(), "{notes:?}");
}
