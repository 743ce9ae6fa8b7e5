//! The student's desk, driven as a student would: with the mouse and the keyboard, through the
//! real app (`egui_kittest`, no GPU).

// Test helpers may panic: a panic is a test failure with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![cfg(feature = "gui")]

use crosscheck::app::{CrosscheckApp, Prefs};
use crosscheck::core::session::{EvidenceSource, SESSION_FORMAT, Session, Stance};
use crosscheck::core::store::{self, RecoveryStore};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::desk;
use desk::{harness, select, wait_for_status};

#[test]
fn student_marks_a_claim_attaches_contradicting_passage_undoes_redoes_saves_and_reopens() {
    let dir = tempfile::tempdir().unwrap();
    let app = CrosscheckApp::on_sample(
        RecoveryStore::new(dir.path().join("recovery")),
        Prefs::default(),
    );
    let mut h = harness(app);
    h.run();
    assert_eq!(h.state().current_document, "rahnam-2023-11-22");

    // Select a span and make a claim of it.
    select(&mut h, "killed and wounded more than 60 American soldiers");
    h.get_by_label("+ Make claim (Ctrl+Enter)").click();
    h.run();
    assert_eq!(h.state().session.annotations.len(), 1);
    let claim_id = h.state().selected_claim.clone().unwrap();

    // Label it: with its key (Alt+1 = check-worthy), then with a click on another set's label.
    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::Num1);
    h.run();
    h.get_by_label("Number or statistic [Alt+4]").click();
    h.run();
    let labels = h.state().session.annotations[0].labels.clone();
    assert!(
        labels.contains("checkworthy") && labels.contains("type-number"),
        "{labels:?}"
    );

    // Attach a passage of another document as contradicting evidence.
    // (The inspector scrolls: the button may be below its fold.)
    h.get_by_label("Attach a passage…").scroll_to_me();
    h.run();
    h.get_by_label("Attach a passage…").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "US faces rift amid Resistanc")
        .click();
    h.run();
    assert_eq!(h.state().current_document, "almayadeen-2023-11");
    select(&mut h, "the 59 US personnel who sustained injuries");
    h.get_by_label("[-] contradicts").click();
    h.run();
    let claim = h.state().session.annotation(&claim_id).unwrap().clone();
    assert_eq!(claim.evidence.len(), 1);
    assert_eq!(claim.evidence[0].stance, Stance::Contradicts);
    assert!(
        matches!(&claim.evidence[0].source, EvidenceSource::Passage { document, selector }
        if document == "almayadeen-2023-11" && selector.quote.exact == "the 59 US personnel who sustained injuries")
    );
    assert_eq!(
        h.state().current_document,
        "rahnam-2023-11-22",
        "back at the claim's document"
    );

    // Undo takes the evidence off; redo puts it back.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(
        h.state()
            .session
            .annotation(&claim_id)
            .unwrap()
            .evidence
            .is_empty()
    );
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    h.run();
    assert_eq!(
        h.state()
            .session
            .annotation(&claim_id)
            .unwrap()
            .evidence
            .len(),
        1
    );

    // Save (the path is set as Save as would), then reopen and find everything as it was.
    let path = dir.path().join("ada.session.ron");
    h.state_mut().session_path = Some(path.clone());
    h.state_mut().session.student = "Ada".to_owned();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    wait_for_status(&mut h, "Saved");
    assert!(!h.state().history.is_dirty());
    let saved: Session = store::load_ron(&path, SESSION_FORMAT).unwrap();
    assert_eq!(saved.annotations, h.state().session.annotations);
    let reopened = crosscheck::app::files::open_path(&path).unwrap();
    assert_eq!(reopened.session.annotations, saved.annotations);
    assert!(
        reopened.lesson.lesson.answer_key.is_none(),
        "the student's desk never holds the key"
    );
}

#[test]
fn unsaved_work_is_offered_back_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = RecoveryStore::new(dir.path().join("recovery"));
    let mut h = harness(CrosscheckApp::on_sample(recovery.clone(), Prefs::default()));
    h.run();
    select(&mut h, "62 times");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    h.run();
    assert_eq!(h.state().session.annotations.len(), 1);
    // Time passes with no save: the autosave writes a recovery copy on its own.
    for _ in 0..200 {
        h.step();
        if !recovery.list().is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert_eq!(recovery.list().len(), 1, "autosave wrote nothing");
    // "Crash": the app is gone without saving. A new start offers the work back.
    drop(h);
    let mut h = harness(CrosscheckApp::on_sample(recovery.clone(), Prefs::default()));
    h.run();
    assert!(h.state().session.annotations.is_empty());
    h.get_by_label("Recover").click();
    h.run();
    let restored = &h.state().session.annotations;
    assert_eq!(restored.len(), 1);
    assert_eq!(restored[0].selector.quote.exact, "62 times");
    assert!(
        h.state().history.is_dirty(),
        "recovered work still needs saving"
    );
}

#[test]
fn search_finds_hits_across_documents() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(CrosscheckApp::on_sample(
        RecoveryStore::new(dir.path().join("r")),
        Prefs::default(),
    ));
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    h.get_by_label("Find in lesson").type_text("resistance");
    h.run();
    // The documents are searched on the worker.
    desk::wait_for_worker(&mut h);
    let docs: std::collections::BTreeSet<_> = h
        .state()
        .search
        .hits
        .iter()
        .map(|(d, _)| d.clone())
        .collect();
    assert_eq!(docs.len(), 5, "{docs:?}");
}

#[test]
fn failed_save_says_so_and_keeps_the_work() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(CrosscheckApp::on_sample(
        RecoveryStore::new(dir.path().join("r")),
        Prefs::default(),
    ));
    h.run();
    select(&mut h, "62 times");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    h.run();
    // A folder that does not exist stands in for a read-only or full disk.
    h.state_mut().session_path = Some(dir.path().join("gone/away/ada.session.ron"));
    h.state_mut().session.student = "Ada".to_owned();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    wait_for_status(&mut h, "Not saved");
    assert!(h.state().status.as_ref().unwrap().error);
    assert!(h.state().history.is_dirty());
    assert_eq!(
        h.state().session.annotations.len(),
        1,
        "the work is still in memory"
    );
}

#[test]
fn every_control_of_the_main_screen_has_a_name() {
    // kittest's accessibility check fails the run if an interactive widget has no accessible name.
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(24)
        .with_accessibility_check(true)
        .build_ui_state(
            |ui, app: &mut CrosscheckApp| app.frame_ui(ui),
            CrosscheckApp::on_sample(RecoveryStore::new(dir.path().join("r")), Prefs::default()),
        );
    h.run();
    select(&mut h, "62 times");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    h.run();
    h.get_by_label("Attach a citation…").click();
    h.run();
    h.get_by_label("Article: Commentary: 62 resistance attacks on American bases");
}

#[test]
fn a_claim_can_be_made_from_the_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(CrosscheckApp::on_sample(
        RecoveryStore::new(dir.path().join("r")),
        Prefs::default(),
    ));
    h.run();
    // Click to place the caret before "62 times", then extend with Shift+Right.
    let doc = h.state().current_document.clone();
    let text = h.state().views[&doc].text().as_str().to_owned();
    let start = h.state().views[&doc]
        .text()
        .byte_to_char(text.find("62 times").unwrap());
    let at = h.state().views[&doc].screen_pos_of_char(start).unwrap();
    // A press and release on the spot is a click.
    h.hover_at(at);
    h.drag_at(at);
    h.drop_at(at);
    h.run();
    for _ in 0.."62 times".len() {
        h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::ArrowRight);
        h.run();
    }
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    h.run();
    let claims = &h.state().session.annotations;
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].selector.quote.exact, "62 times");
    // The article still has keyboard focus: label hotkeys work all the same.
    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::Num1);
    h.run();
    assert!(
        h.state().session.annotations[0]
            .labels
            .contains("checkworthy")
    );
}

/// Ctrl+C in the article puts the selection on the system clipboard (egui turns the key press into
/// a Copy event; eframe's `clipboard` feature hands it to the desktop).
#[test]
fn copying_from_the_article_reaches_the_clipboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(CrosscheckApp::on_sample(
        RecoveryStore::new(dir.path().join("r")),
        Prefs::default(),
    ));
    h.run();
    select(&mut h, "62 times");
    h.event(egui::Event::Copy);
    h.step();
    let copied: Vec<String> = h
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(copied, ["62 times"]);
}
