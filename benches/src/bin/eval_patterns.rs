//! `rebrand patterns APP --format json | eval_patterns APP`: B-cubed precision, recall and F1 of
//! the found patterns against `APP/labels.json`, and the share of drifted members reported as
//! outliers of their pattern.

use std::io::Read;

fn main() {
    let Some(directory) = std::env::args().nth(1) else {
        eprintln!("usage: rebrand patterns APP --format json | eval_patterns APP");
        std::process::exit(2);
    };
    let mut input = String::new();
    if std::io::stdin().read_to_string(&mut input).is_err() {
        eprintln!("could not read the patterns JSON from standard input");
        std::process::exit(2);
    }
    let patterns: serde_json::Value = match serde_json::from_str(&input) {
        Ok(patterns) => patterns,
        Err(error) => {
            eprintln!("standard input is not the JSON of `rebrand patterns`: {error}");
            std::process::exit(2);
        }
    };
    match rebrand_bench::labelled::evaluate(std::path::Path::new(&directory), &patterns) {
        Ok(evaluation) => println!(
            "{} labelled elements: B-cubed precision {:.4}, recall {:.4}, F1 {:.4}; {} of {} drifted members reported as outliers of their pattern ({:.1}%); {} of {} background elements in no pattern ({:.1}%)",
            evaluation.elements,
            evaluation.scores.precision,
            evaluation.scores.recall,
            evaluation.scores.f1,
            evaluation.drifted_reported,
            evaluation.drifted,
            100.0 * evaluation.drifted_reported as f64 / evaluation.drifted.max(1) as f64,
            evaluation.background_unclustered,
            evaluation.background,
            100.0 * evaluation.background_unclustered as f64 / evaluation.background.max(1) as f64
        ),
        Err(error) => {
            eprintln!("could not evaluate: {error}");
            std::process::exit(2);
        }
    }
}
