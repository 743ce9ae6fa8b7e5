//! Problems shown where the user is, and shared computers: what a broken lesson, a broken session
//! or a broken recovery copy looks like in the window, and one student's unsaved work never
//! offered to the next once it was saved.

// Test helpers may panic: a panic is a test failure with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![cfg(feature = "gui")]

use std::path::Path;

use crate::desk;
use crosscheck::app::{CrosscheckApp, Prefs};
use crosscheck::core::lesson::LoadedLesson;
use crosscheck::core::store::RecoveryStore;
use desk::{harness, select, wait_for_status, wait_for_worker};
use egui_kittest::kittest::Queryable as _;

/// Asserts that some node's label holds `text` (a message may show in the problem window and the
/// status bar both).
fn shown(h: &egui_kittest::Harness<'static, CrosscheckApp>, text: &str) {
    assert!(
        h.get_all_by_label_contains(text).count() >= 1,
        "nothing shows {text:?}"
    );
}

const LESSON: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/counting-the-attacks");

fn lesson_copy(dir: &Path) -> (std::path::PathBuf, LoadedLesson) {
    let loaded = LoadedLesson::load(Path::new(LESSON)).unwrap();
    let copy = dir.join("lesson");
    loaded.save_folder(&copy).unwrap();
    (copy, loaded)
}

/// A claim of "62 times", and its recovery copy written at once (as the autosave would).
fn claim_and_autosave(h: &mut egui_kittest::Harness<'static, CrosscheckApp>) {
    select(h, "62 times");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    h.run();
    h.state_mut().autosave_now().unwrap();
}

#[test]
fn a_lesson_opened_from_the_command_line_shows_its_problems_in_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let (copy, loaded) = lesson_copy(dir.path());
    // One document edited after the lesson was made, one that is not text at all.
    let edited = copy.join(&loaded.lesson.documents[0].path);
    let mut text = std::fs::read_to_string(&edited).unwrap();
    text.push_str("\nA sentence added later.\n");
    std::fs::write(&edited, text).unwrap();
    let broken = &loaded.lesson.documents[1];
    std::fs::write(copy.join(&broken.path), b"\xff\xfe\xff not UTF-8").unwrap();

    let app = CrosscheckApp::opening(
        Some(&copy),
        RecoveryStore::new(dir.path().join("r")),
        Prefs::default(),
    );
    let mut h = harness(app);
    h.run();
    shown(&h, "opened with 2 problems");
    shown(&h, "does not match lesson.ron");
    shown(
        &h,
        "What to do: The document was changed after the lesson was made",
    );
    shown(&h, "not valid UTF-16");
    shown(
        &h,
        "What to do: Open the document in a text editor, save it as UTF-8",
    );
    assert!(h.state().status.as_ref().unwrap().error);

    // The keyboard alone dismisses the list: its button has the focus, and Esc closes it.
    assert!(h.get_by_label("Close the problem list (Esc)").is_focused());
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.state().problems.is_none());

    // The unreadable document, when chosen, says why in its own place.
    h.state_mut()
        .send(crosscheck::app::AppCommand::ShowDocument(
            broken.id.clone(),
            None,
        ));
    h.run();
    // The command is handled at the end of a frame; the next one draws the document's place.
    h.step();
    assert_eq!(h.state().current_document, broken.id);
    shown(&h, "could not be read");
    assert!(h.state().problems.is_none());
}

#[test]
fn a_file_that_cannot_be_opened_is_reported_in_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nowhere.session.ron");
    let app = CrosscheckApp::opening(
        Some(&missing),
        RecoveryStore::new(dir.path().join("r")),
        Prefs::default(),
    );
    let mut h = harness(app);
    h.run();
    shown(&h, "Could not open");
    shown(&h, "nowhere.session.ron");

    // A session whose lesson beside it is broken: reported as that, with line and column.
    let (copy, loaded) = lesson_copy(dir.path());
    let session =
        crosscheck::core::grade::session_from_key(&loaded.lesson, jiff::Timestamp::UNIX_EPOCH);
    let session_path = copy.join("ada.session.ron");
    crosscheck::core::store::save_ron(&session_path, &session).unwrap();
    std::fs::write(
        copy.join("lesson.ron"),
        "(format: 1, id: \"counting\", title: )",
    )
    .unwrap();
    let (err, _) = crosscheck::app::files::open_path(&session_path)
        .err()
        .unwrap();
    assert!(
        err.contains("lesson.ron:1:") && err.contains("could not be read"),
        "{err}"
    );
}

#[test]
fn a_recovery_copy_that_cannot_be_read_is_reported_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = RecoveryStore::new(dir.path().join("recovery"));
    std::fs::create_dir_all(recovery.folder()).unwrap();
    let lesson_id = crosscheck::app::files::bundled_lesson().lesson.id;
    let broken = recovery
        .folder()
        .join(format!("unsaved-{lesson_id}-0123456789ab.recovery.ron"));
    std::fs::write(&broken, "(format: 1, session: (").unwrap();
    let mut h = harness(CrosscheckApp::on_sample(recovery.clone(), Prefs::default()));
    h.run();
    shown(&h, "Autosaved work could not be read");
    shown(&h, "it was kept at");
    assert!(broken.exists());
}

#[test]
fn saved_work_is_not_offered_to_the_next_student_and_an_offer_says_whose_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = RecoveryStore::new(dir.path().join("recovery"));

    // Ada types her name, makes a claim, the autosave writes its copy, then she saves to a new
    // file and quits.
    let mut h = harness(CrosscheckApp::on_sample(recovery.clone(), Prefs::default()));
    h.run();
    h.state_mut().session.student = "Ada".into();
    select(&mut h, "62 times");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    h.run();
    for _ in 0..300 {
        h.step();
        if !recovery.list().is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert_eq!(recovery.list().len(), 1, "autosave wrote its copy");
    h.state_mut().session_path = Some(dir.path().join("ada.session.ron"));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    wait_for_status(&mut h, "Saved");
    // The copy is removed on the worker's files thread, after the save.
    wait_for_worker(&mut h);
    assert!(
        recovery.list().is_empty(),
        "the copy went once the work was saved"
    );
    drop(h);

    // Ben starts Crosscheck on the same computer: nothing of Ada's is offered.
    let mut h = harness(CrosscheckApp::on_sample(recovery.clone(), Prefs::default()));
    h.run();
    assert!(h.state().recovery_offer.is_none());
    assert!(h.query_by_label("Recover").is_none());

    // Ben's own unsaved work after a crash is offered, saying when, but not whose: the next
    // person at the computer may not be Ben.
    h.state_mut().session.student = "Ben".into();
    claim_and_autosave(&mut h);
    drop(h);
    let mut h = harness(CrosscheckApp::on_sample(recovery.clone(), Prefs::default()));
    h.run();
    shown(&h, "last changed ");
    shown(&h, "(1 claim)");
    assert!(
        h.query_by_label_contains("Ben").is_none(),
        "the offer names no one"
    );
}

/// Only the student who made unsaved work can take it: the offer asks for the name it was made
/// under, waits after three wrong names, and anyone else leaves it for its owner. A teacher can
/// clear the copies.
#[test]
fn unsaved_work_goes_only_to_the_name_it_was_made_under() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = RecoveryStore::new(dir.path().join("recovery"));
    let mut h = harness(CrosscheckApp::on_sample(recovery.clone(), Prefs::default()));
    h.run();
    h.state_mut().session.student = "Bilal Rahimi".into();
    claim_and_autosave(&mut h);
    drop(h);

    // Someone else: three wrong names, then a wait; "Not mine" leaves the copy where it is.
    let mut h = harness(CrosscheckApp::on_sample(recovery.clone(), Prefs::default()));
    h.run();
    for _ in 0..3 {
        h.state_mut().recovery_gate.typed = "Sara".into();
        h.get_by_label("Recover").click();
        h.run();
    }
    assert!(h.state().recovery_gate.wait_until.is_some(), "it waits");
    shown(&h, "Three wrong names: wait ");
    h.state_mut().recovery_gate.typed = "bilal rahimi".into();
    h.run();
    h.get_by_label("Recover").click();
    h.run();
    assert!(
        h.state().session.annotations.is_empty(),
        "nothing is given while it waits, even to the right name"
    );
    h.get_by_label("Not mine: start fresh").click();
    h.run();
    assert!(h.state().recovery_offer.is_none());
    assert!(h.state().session.annotations.is_empty());
    assert_eq!(recovery.list().len(), 1, "the copy stays for Bilal");
    drop(h);

    // Bilal: his name (any case, any spacing) gives him his work.
    let mut h = harness(CrosscheckApp::on_sample(recovery.clone(), Prefs::default()));
    h.run();
    h.state_mut().recovery_gate.typed = "  bilal   RAHIMI ".into();
    h.get_by_label("Recover").click();
    h.run();
    assert_eq!(h.state().session.annotations.len(), 1);
    assert_eq!(h.state().session.student, "Bilal Rahimi");
    drop(h);

    // A teacher clears the copies left on the computer.
    let mut h = harness(CrosscheckApp::on_sample(recovery.clone(), Prefs::default()));
    h.run();
    assert_eq!(recovery.list().len(), 1);
    h.state_mut()
        .send(crosscheck::app::AppCommand::ClearRecoveryCopies);
    h.run();
    wait_for_worker(&mut h);
    assert!(recovery.list().is_empty(), "cleared");
    assert!(h.state().recovery_offer.is_none());
}

/// A lesson whose id has spaces and letters beyond ASCII: its unsaved work is still offered back,
/// and recovering it while another session file is open never saves over that file.
#[test]
fn recovery_works_for_any_lesson_id_and_never_saves_over_the_open_file() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = RecoveryStore::new(dir.path().join("recovery"));
    let mut lesson = crosscheck::app::files::student_view(crosscheck::app::files::bundled_lesson());
    lesson.lesson.id = "week 3 · climat".into();
    let open = |lesson: &LoadedLesson, session_path: Option<std::path::PathBuf>| {
        let session =
            crosscheck::core::session::Session::new(&lesson.lesson, jiff::Timestamp::now());
        CrosscheckApp::new(
            crosscheck::app::files::Opened {
                lesson: lesson.clone(),
                session,
                session_path,
                recovery: None,
                format: crosscheck::core::session::SESSION_FORMAT,
            },
            None,
            recovery.clone(),
            Prefs::default(),
        )
    };
    let mut h = harness(open(&lesson, None));
    h.run();
    claim_and_autosave(&mut h);
    drop(h);

    // Another student's saved file is open when the copy is offered and recovered.
    let theirs = dir.path().join("theirs.session.ron");
    let mut h = harness(open(&lesson, Some(theirs.clone())));
    h.run();
    assert!(
        h.state().recovery_offer.is_some(),
        "the copy was not offered"
    );
    h.get_by_label("Recover").click();
    h.run();
    assert_eq!(h.state().session.annotations.len(), 1);
    assert_eq!(
        h.state().session_path,
        None,
        "Save would have gone over {theirs:?}"
    );
}

#[test]
fn work_the_student_chose_to_discard_is_not_offered_to_the_next_one() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = RecoveryStore::new(dir.path().join("recovery"));
    let mut h = harness(CrosscheckApp::on_sample(recovery.clone(), Prefs::default()));
    h.run();
    claim_and_autosave(&mut h);
    assert_eq!(recovery.list().len(), 1, "a copy of the unsaved work");

    // Opening the teacher's desk asks first; the student discards the work.
    h.get_by_label("Teacher").click();
    h.run();
    h.get_by_label("Edit the sample lesson").click();
    h.run();
    h.get_by_label("Discard and go on").click();
    h.run();
    h.get_by_label("Open the teacher's edition").click();
    h.run();
    wait_for_worker(&mut h);
    assert!(h.state().teaching());
    assert!(
        recovery
            .list()
            .iter()
            .all(|e| !e.key.starts_with("unsaved-")),
        "the discarded work's copy is gone: {:?}",
        recovery.list()
    );
    drop(h);

    // The next start offers nothing.
    let mut h = harness(CrosscheckApp::on_sample(recovery.clone(), Prefs::default()));
    h.run();
    assert!(h.state().recovery_offer.is_none());
}
