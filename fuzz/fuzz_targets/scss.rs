//! Fuzzes the scss reader through `rebrand_fuzz::scss`, the entry point the corpus replay uses too.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| rebrand_fuzz::scss(data));
