//! `gen_corpus DIR COUNT [SEED]`: writes a realistic mixed-syntax corpus for benchmarks and tests.

fn main() {
    let arguments: Vec<String> = std::env::args().collect();
    let (Some(directory), Some(count)) = (arguments.get(1), arguments.get(2)) else {
        eprintln!("usage: gen_corpus DIR COUNT [SEED]");
        std::process::exit(2);
    };
    let Ok(count) = count.parse::<usize>() else {
        eprintln!("COUNT must be a number");
        std::process::exit(2);
    };
    let seed = arguments
        .get(3)
        .and_then(|seed| seed.parse().ok())
        .unwrap_or(42);
    match rebrand_bench::generate::write_corpus(std::path::Path::new(directory), count, seed) {
        Ok(bytes) => println!(
            "wrote {count} files, {:.1} MB, to {directory}",
            bytes as f64 / 1e6
        ),
        Err(error) => {
            eprintln!("could not write the corpus: {error}");
            std::process::exit(2);
        }
    }
}
