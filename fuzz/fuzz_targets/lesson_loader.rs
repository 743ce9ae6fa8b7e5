//! `lesson.ron` from a stranger: parsed (quick reader, then `ron`), size-limited, validated.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    crosscheck::fuzzing::lesson_ron(data);
});
