//! Document bytes: decoded (UTF-8, UTF-16 by byte-order mark), normalised, indexed.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    crosscheck::fuzzing::document(data);
});
