//! The anchoring engine: any text, any selectors (offsets and quotes from files), any edits.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    crosscheck::fuzzing::anchoring(data);
});
