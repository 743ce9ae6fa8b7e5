//! Every test file, as a module of one test binary: `cargo test` links one program instead of
//! one per file (each file still reads as its own suite: `cargo test --test all classroom::`).
//! A test file not declared here would never run; `every_test_file_is_declared_here` says so.

// What several test files share.
#[cfg(feature = "gui")]
#[path = "support/desk.rs"]
mod desk;
#[cfg(unix)]
#[path = "support/hostile.rs"]
mod hostile;

#[path = "about.rs"]
mod about;
#[path = "anchoring.rs"]
mod anchoring;
#[path = "classroom.rs"]
mod classroom;
#[path = "contrast.rs"]
mod contrast;
#[path = "crash_safety.rs"]
mod crash_safety;
#[path = "details.rs"]
mod details;
#[path = "fuzz_regressions.rs"]
mod fuzz_regressions;
#[path = "grading.rs"]
mod grading;
#[path = "growth.rs"]
mod growth;
#[path = "hostile_files.rs"]
mod hostile_files;
#[path = "import_documents.rs"]
mod import_documents;
#[path = "import_pdfs.rs"]
mod import_pdfs;
#[path = "import_preview.rs"]
mod import_preview;
#[path = "interop.rs"]
mod interop;
#[path = "interop_app.rs"]
mod interop_app;
#[path = "lesson_files.rs"]
mod lesson_files;
#[path = "licences.rs"]
mod licences;
#[path = "long_paragraphs.rs"]
mod long_paragraphs;
#[path = "missing_glyphs.rs"]
mod missing_glyphs;
#[path = "module_cycles.rs"]
mod module_cycles;
#[path = "numbers.rs"]
mod numbers;
#[path = "numbers_app.rs"]
mod numbers_app;
#[path = "numbers_places.rs"]
mod numbers_places;
#[path = "numbers_table.rs"]
mod numbers_table;
#[path = "portable.rs"]
mod portable;
#[path = "revising.rs"]
mod revising;
#[path = "sample_lesson.rs"]
mod sample_lesson;
#[path = "screen_reader.rs"]
mod screen_reader;
#[path = "scripts.rs"]
mod scripts;
#[path = "shared_computers.rs"]
mod shared_computers;
#[path = "sourcing.rs"]
mod sourcing;
#[path = "student_desk.rs"]
mod student_desk;
#[path = "student_work.rs"]
mod student_work;
#[path = "teacher_desk.rs"]
mod teacher_desk;
#[path = "teacher_trail.rs"]
mod teacher_trail;
#[path = "translations.rs"]
mod translations;
#[path = "work_trail.rs"]
mod work_trail;

/// Every `tests/*.rs` file is one of the modules above (a file left out would silently not run).
#[test]
fn every_test_file_is_declared_here() {
    let here = include_str!("all.rs");
    let tests = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(&tests).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if std::path::Path::new(&name)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("rs"))
            && name != "all.rs"
            && !here.contains(&format!("#[path = \"{name}\"]"))
        {
            missing.push(name);
        }
    }
    assert!(
        missing.is_empty(),
        "not declared in tests/all.rs: {missing:?}"
    );
}
