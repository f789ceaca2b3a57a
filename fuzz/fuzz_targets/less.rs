//! Fuzzes the less reader through `rebrand_fuzz::less`, the entry point the corpus replay uses too.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| rebrand_fuzz::less(data));
