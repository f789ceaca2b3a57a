//! Fuzzes the configuration reader through `rebrand_fuzz::configuration`, the entry point the corpus replay uses too.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| rebrand_fuzz::configuration(data));
