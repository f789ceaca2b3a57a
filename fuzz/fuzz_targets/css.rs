//! Fuzzes the css reader through `rebrand_fuzz::css`, the entry point the corpus replay uses too.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| rebrand_fuzz::css(data));
