//! A packed lesson file (lesson and documents in one): parsed, its texts hashed and checked.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    crosscheck::fuzzing::packed_lesson(data);
});
