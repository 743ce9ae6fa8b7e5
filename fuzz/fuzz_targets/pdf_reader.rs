//! A PDF's bytes: the text layer rebuilt into paragraphs, or a problem.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    crosscheck::fuzzing::pdf(data);
});
