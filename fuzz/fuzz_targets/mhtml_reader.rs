//! A page a browser saved as one file (`.mhtml`): its article text and metadata.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    crosscheck::fuzzing::mhtml(data);
});
