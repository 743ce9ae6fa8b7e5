//! A teacher revises a document after students started: the key and the sessions are re-anchored
//! and every highlight is reported.

// Test helpers may panic: a panic is a test failure with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use crosscheck::core::anchor::AnchorMethod;
use crosscheck::core::lesson::LoadedLesson;
use crosscheck::core::revise::{revise_lesson_document, revise_session};
use crosscheck::core::session::Session;
use crosscheck::core::text::DocumentText;

const LESSON: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/counting-the-attacks");
const DOC: &str = "rahnam-2023-11-22";

fn revised_text(lesson: &LoadedLesson) -> DocumentText {
    let old = lesson.text(DOC).unwrap().as_str();
    let new = format!("[Corrected on 23 November.]\n\n{old}")
        .replace("which killed and wounded more than 60 American soldiers", "which wounded more than 60 American soldiers")
        .replace("This temporal symmetry and the intensification of ISIS operations show its clear alignment with American interests.", "");
    DocumentText::from_normalised(&new)
}

#[test]
fn revising_a_document_moves_fuzzes_and_orphans_but_drops_nothing() {
    let mut lesson = LoadedLesson::load(Path::new(LESSON)).unwrap();
    let new_text = revised_text(&lesson);
    let mut session = Session::load(&Path::new(LESSON).join("example.session.ron")).unwrap();
    let claims_before = session.annotations.len();

    let session_report = revise_session(&mut session, DOC, &new_text);
    assert_eq!(session.annotations.len(), claims_before, "nothing dropped");
    let find = |report: &[crosscheck::core::revise::Relocation], what: &str| {
        report.iter().find(|r| r.what == what).cloned().unwrap()
    };
    // c1 ("resistance forces attacked American bases 62 times") only moved.
    assert_eq!(find(&session_report, "c1").method, AnchorMethod::Moved);
    // c2 lost "killed and": found fuzzily, with a score below 1.
    let c2 = find(&session_report, "c2");
    assert_eq!(c2.method, AnchorMethod::Fuzzy);
    assert!(c2.score < 1.0);
    assert_eq!(
        new_text.slice_chars(c2.to.clone().unwrap()),
        "which wounded more than 60 American soldiers"
    );
    // c3 (the removed sentence) is orphaned and kept with its old selector.
    let c3 = find(&session_report, "c3");
    assert_eq!(c3.method, AnchorMethod::Orphaned);
    assert_eq!(session.annotation("c3").unwrap().selector.range(), c3.from);
    assert_eq!(session.document_hashes[DOC], new_text.sha256());

    let key_report = revise_lesson_document(&mut lesson, DOC, new_text.clone()).unwrap();
    assert!(
        key_report
            .iter()
            .any(|r| r.what == "key k04" && r.method == AnchorMethod::Orphaned)
    );
    assert!(
        key_report
            .iter()
            .any(|r| r.what == "key k01" && r.method == AnchorMethod::Moved)
    );
    assert_eq!(
        lesson.lesson.document(DOC).unwrap().sha256,
        new_text.sha256()
    );
}

#[test]
fn revise_command_updates_the_lesson_folder_and_reports() {
    let dir = tempfile::tempdir().unwrap();
    let lesson = LoadedLesson::load(Path::new(LESSON)).unwrap();
    let copy = dir.path().join("lesson");
    lesson.save_folder(&copy).unwrap();
    let new_path = dir.path().join("revised.txt");
    std::fs::write(&new_path, revised_text(&lesson).as_str()).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args([
            "revise",
            copy.to_str().unwrap(),
            "--document",
            DOC,
            "--text",
            new_path.to_str().unwrap(),
        ])
        .arg(Path::new(LESSON).join("example.session.ron"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("c3: ORPHANED")
            && stdout.contains("c2: FUZZY")
            && stdout.contains("key k04: ORPHANED"),
        "{stdout}"
    );
    let reloaded = LoadedLesson::load(&copy).unwrap();
    assert!(reloaded.problems.is_empty(), "{:?}", reloaded.problems);
    assert!(
        reloaded
            .text(DOC)
            .unwrap()
            .as_str()
            .starts_with("[Corrected on 23 November.]")
    );
}

/// The files of one revision land together or not at all: when `lesson.ron` cannot be replaced,
/// the revised document is put back, and the folder still checks clean.
#[test]
fn a_revision_that_cannot_save_lesson_ron_leaves_the_document_alone() {
    let dir = tempfile::tempdir().unwrap();
    let lesson = LoadedLesson::load(Path::new(LESSON)).unwrap();
    let copy = dir.path().join("lesson");
    lesson.save_folder(&copy).unwrap();
    let mut loaded = LoadedLesson::load(&copy).unwrap();
    let doc_path = copy.join(&loaded.lesson.document(DOC).unwrap().path);
    let before = std::fs::read(&doc_path).unwrap();
    let new_text = revised_text(&loaded);
    revise_lesson_document(&mut loaded, DOC, new_text).unwrap();

    // `lesson.ron` is replaced by a folder with something in it: its rename must fail, after the
    // document's has happened.
    std::fs::remove_file(copy.join("lesson.ron")).unwrap();
    std::fs::create_dir(copy.join("lesson.ron")).unwrap();
    std::fs::write(copy.join("lesson.ron").join("keep"), "x").unwrap();
    assert!(loaded.save_folder(&copy).is_err());
    assert_eq!(
        std::fs::read(&doc_path).unwrap(),
        before,
        "the document was put back"
    );
    let leftovers: Vec<_> = std::fs::read_dir(doc_path.parent().unwrap())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    // With a sound folder the same revision lands whole.
    std::fs::remove_dir_all(copy.join("lesson.ron")).unwrap();
    loaded.save_folder(&copy).unwrap();
    let reloaded = LoadedLesson::load(&copy).unwrap();
    assert!(reloaded.problems.is_empty(), "{:?}", reloaded.problems);
}
