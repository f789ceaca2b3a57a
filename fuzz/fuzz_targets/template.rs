//! Fuzzes the CSS-in-JS template reader with structured input (text parts and holes), through
//! `rebrand_fuzz::template_bytes`, which reads the bytes as this target does.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| rebrand_fuzz::template_bytes(data));
