//! A `*.session.ron` from a stranger: parsed, size-limited, its spans checked.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    crosscheck::fuzzing::session_ron(data);
});
