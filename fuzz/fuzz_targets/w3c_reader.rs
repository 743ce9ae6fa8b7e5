//! W3C Web Annotation JSON, as `crosscheck reanchor` reads it, re-anchored in a text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    crosscheck::fuzzing::w3c(data);
});
