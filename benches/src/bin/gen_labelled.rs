//! `gen_labelled DIR`: writes the labelled pattern app (`test-corpus/labelled-app`) and its
//! `labels.json`.

fn main() {
    let Some(directory) = std::env::args().nth(1) else {
        eprintln!("usage: gen_labelled DIR");
        std::process::exit(2);
    };
    match rebrand_bench::labelled::write_labelled_app(std::path::Path::new(&directory)) {
        Ok(labels) => println!("wrote {} labelled elements to {directory}", labels.len()),
        Err(error) => {
            eprintln!("could not write the app: {error}");
            std::process::exit(2);
        }
    }
}
