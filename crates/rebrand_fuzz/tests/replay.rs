//! Replays every committed fuzz input — the seed corpora and every crash the fuzzer found — through
//! the same entry points as the fuzz targets, on stable Rust, so a fixed crash stays fixed.

use std::path::PathBuf;

/// The repository's `fuzz/` directory.
fn fuzz_directory() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz")
}

#[test]
fn every_committed_fuzz_input_passes_its_target() {
    for (name, target) in rebrand_fuzz::TARGETS {
        let mut replayed = 0;
        for kind in ["corpus", "regressions"] {
            let Ok(inputs) = std::fs::read_dir(fuzz_directory().join(kind).join(name)) else {
                continue;
            };
            for input in inputs {
                let path = input.expect("an entry").path();
                let bytes = std::fs::read(&path).expect("read a fuzz input");
                let outcome = std::panic::catch_unwind(|| target(&bytes));
                assert!(
                    outcome.is_ok(),
                    "`{}` fails the `{name}` target",
                    path.display()
                );
                replayed += 1;
            }
        }
        assert!(replayed > 0, "the `{name}` target has no committed inputs");
    }
}
