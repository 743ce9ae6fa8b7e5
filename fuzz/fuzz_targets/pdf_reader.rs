//! A PDF's bytes: the text layer rebuilt into paragraphs, or a problem.
//!
//! The PDF reader's own panics are caught (`from_pdf` refuses the file as damaged), so they are
//! not crashes here: the panic hook that would abort on them is replaced by a quiet one. A panic
//! that escapes still fails the run.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    static QUIET: std::sync::Once = std::sync::Once::new();
    QUIET.call_once(|| std::panic::set_hook(Box::new(|_| {})));
    crosscheck::fuzzing::pdf(data);
});
