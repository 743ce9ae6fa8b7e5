//! A Word document's bytes: a zip of XML parts, read bounded.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    crosscheck::fuzzing::docx(data);
});
