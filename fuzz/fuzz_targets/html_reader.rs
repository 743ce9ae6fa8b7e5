//! A web page: its article text and metadata.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    crosscheck::fuzzing::html(data);
});
