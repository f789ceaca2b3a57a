//! Fuzzes the design_tokens reader through `rebrand_fuzz::design_tokens`, the entry point the corpus replay uses too.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| rebrand_fuzz::design_tokens(data));
