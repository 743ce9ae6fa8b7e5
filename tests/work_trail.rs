//! The student's work trail in the app: every change recorded, pastes marked, Hand in, "My work
//! trail", and a session from before trails upgraded with its original kept.

// Test helpers may panic: a panic is a test failure with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![cfg(feature = "gui")]

use crosscheck::app::{AppCommand, CrosscheckApp, Prefs};
use crosscheck::core::edit::Command;
use crosscheck::core::session::{SESSION_FORMAT, Session};
use crosscheck::core::store::RecoveryStore;
use crosscheck::core::trail::{self, Check, Event, Field, PasteSource};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::desk;
use desk::{harness, select, wait_for_status, wait_for_worker};

/// Invented, not from any lesson.
const OUTSIDE: &str = "My cousin read on a forum that every count here was invented.";

/// Pastes `text` into the field named `label`, as Ctrl+V does (the field has the keyboard).
fn paste_into(h: &mut Harness<'static, CrosscheckApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.event(egui::Event::Paste(text.to_owned()));
    h.run();
}

/// The lines "My work trail" shows, as a screen reader reads them (labels).
fn trail_window_text(h: &Harness<'static, CrosscheckApp>) -> Vec<String> {
    let lines = h.state().trail.shown_lines();
    lines.iter().map(|l| l.text.clone()).collect()
}

/// The trail holds both pastes, each just before the change it made, the work session's start
/// and the undo; the typing of the name is no paste.
fn each_paste_is_recorded_before_its_change(
    h: &Harness<'static, CrosscheckApp>,
    claim: &str,
    passage: &str,
) {
    let entries = h.state().session.trail.clone().unwrap().entries;
    let pastes: Vec<(usize, &Event)> = entries
        .iter()
        .enumerate()
        .filter(|(_, e)| matches!(e.event, Event::Pasted { .. }))
        .map(|(i, e)| (i, &e.event))
        .collect();
    assert_eq!(pastes.len(), 2, "{entries:#?}");
    assert_eq!(
        pastes[0].1,
        &Event::Pasted {
            into: Field::Note {
                claim: claim.to_owned()
            },
            chars: OUTSIDE.chars().count(),
            from: PasteSource::Outside,
        }
    );
    assert!(matches!(
        pastes[1].1,
        Event::Pasted { from: PasteSource::Lesson { document }, chars, .. }
            if document == "rahnam-2023-11-22" && *chars == passage.chars().count()
    ));
    for (i, _) in &pastes {
        assert!(matches!(
            entries[i + 1].event,
            Event::Changed(Command::SetNote { .. })
        ));
    }
    assert!(matches!(entries[0].event, Event::Opened { .. }));
    assert!(
        entries
            .iter()
            .any(|e| matches!(e.event, Event::Undone(Command::SetNote { .. })))
    );
}

#[test]
fn student_claims_pastes_undoes_hands_in_and_sees_the_trail_the_teacher_will_see() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ada.session.ron");
    let app = CrosscheckApp::on_sample(
        RecoveryStore::new(dir.path().join("recovery")),
        Prefs::default(),
    );
    let mut h = harness(app);
    h.run();
    h.state_mut().session_path = Some(path.clone());
    h.get_by_label("Student name").focus();
    h.run();
    h.get_by_label("Student name").type_text("Ada Lovegood");
    h.run();

    select(&mut h, "killed and wounded more than 60 American soldiers");
    h.get_by_label("+ Make claim (Ctrl+Enter)").click();
    h.run();
    let claim = h.state().selected_claim.clone().unwrap();

    // A paste from outside the app, then undone; a passage of the lesson pasted after it.
    paste_into(&mut h, "Claim note", OUTSIDE);
    assert_eq!(h.state().session.annotations[0].note, OUTSIDE);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().session.annotations[0].note, "");
    let passage = "killed and wounded more than 60 American soldiers";
    paste_into(&mut h, "Claim note", passage);
    assert_eq!(h.state().session.annotations[0].note, passage);

    each_paste_is_recorded_before_its_change(&h, &claim, passage);

    // File ▸ Hand in…
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Hand in…").click();
    wait_for_status(&mut h, "Handed in at ");
    wait_for_worker(&mut h);
    let status = h.state().status.clone().unwrap().text;
    assert!(status.contains("ada.session.ron"), "{status}");
    assert!(!h.state().unsaved(), "the hand-in is saved");
    assert!(!h.state().history.can_redo());
    let saved = Session::load(&path).unwrap();
    assert_eq!(trail::check(&saved), Check::Intact);
    assert!(saved.trail.as_ref().unwrap().handed_in.is_some());
    // The hand-in is no undo step: undo takes back the paste, not the hand-in.
    let steps_before = h.state().history.can_undo();
    assert!(steps_before);

    // My work trail (Ctrl+Shift+T): what the teacher will see, in words.
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::T,
    );
    h.run();
    h.get_by_label("Close");
    let lines = trail_window_text(&h);
    assert!(lines[0].starts_with("trail intact"), "{lines:#?}");
    assert!(
        lines.iter().any(|l| l.contains("1 claim")
            && l.contains("1 change undone")
            && l.contains("handed in")),
        "{lines:#?}"
    );
    let outside = format!(
        "pasted {} characters from outside into the note of claim 1",
        OUTSIDE.chars().count()
    );
    let lesson = format!(
        "pasted {} characters from the lesson's document rahnam-2023-11-22 into the note of claim 1",
        passage.chars().count()
    );
    for line in [&outside, &lesson] {
        assert!(lines.contains(line), "{line} not in {lines:#?}");
        h.get_by_label(line);
    }
    assert!(lines.iter().any(|l| l.starts_with("handed in 20")));
    assert!(!lines.iter().any(|l| l.contains("changed after hand-in")));
    assert!(lines.last().unwrap().starts_with("Recorded: each change"));

    // A change after the hand-in is allowed, and shows.
    h.get_by_label("Claim note").focus();
    h.run();
    h.get_by_label("Claim note").type_text(" (checked)");
    h.run();
    h.run();
    let lines = trail_window_text(&h);
    assert!(
        lines.iter().any(|l| l == "changed after hand-in"),
        "{lines:#?}"
    );
    h.get_by_label("changed after hand-in");
}

#[test]
fn opening_a_handed_in_file_to_read_it_changes_nothing_after_the_hand_in() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ben.session.ron");
    let recovery = RecoveryStore::new(dir.path().join("recovery"));
    let app = CrosscheckApp::on_sample(recovery.clone(), Prefs::default());
    let mut h = harness(app);
    h.run();
    h.state_mut().session_path = Some(path.clone());
    // With no name, Hand in asks for it and hands nothing in.
    h.state_mut().send(AppCommand::HandIn);
    h.run();
    let status = h.state().status.clone().unwrap();
    assert!(
        status.error && status.text.contains("Type your name"),
        "{status:?}"
    );
    assert!(h.state().session.trail.is_none() && !path.exists());
    h.state_mut()
        .send(AppCommand::Edit(Command::SetStudent { name: "Ben".into() }));
    h.run();
    h.state_mut().send(AppCommand::HandIn);
    wait_for_status(&mut h, "Handed in at ");
    wait_for_worker(&mut h);
    let handed = std::fs::read(&path).unwrap();

    // Opened again, read, and another file opened: nothing recorded, nothing to save.
    h.state_mut().send(AppCommand::OpenPath(path.clone()));
    wait_for_status(&mut h, "Opened");
    h.state_mut().send(AppCommand::ToggleWorkTrail);
    h.run();
    h.run();
    let lines = trail_window_text(&h);
    assert!(
        lines.iter().any(|l| l.starts_with("handed in")),
        "{lines:#?}"
    );
    assert!(!lines.iter().any(|l| l.contains("changed after hand-in")));
    assert!(!h.state().unsaved());
    h.state_mut().send(AppCommand::LeaveTeacher);
    h.run();
    wait_for_worker(&mut h);
    assert_eq!(std::fs::read(&path).unwrap(), handed);
}

#[test]
fn a_session_from_before_trails_says_so_and_keeps_its_original_when_first_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("zoe.session.ron");
    let original = std::fs::read("tests/fixtures/formats/session-1.session.ron").unwrap();
    std::fs::write(&path, &original).unwrap();
    let app = CrosscheckApp::opening(
        Some(&path),
        RecoveryStore::new(dir.path().join("recovery")),
        Prefs::default(),
    );
    let mut h = harness(app);
    h.run();
    let status = h.state().status.clone().unwrap().text;
    assert!(
        status.contains("no trail recorded before this version"),
        "{status}"
    );
    let claims = h.state().session.annotations.len();

    // A change, then Ctrl+S.
    h.state_mut().send(AppCommand::Edit(Command::SetStudent {
        name: "Zoë Ñúñez".into(),
    }));
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    wait_for_status(&mut h, "Saved");
    wait_for_worker(&mut h);
    let kept = dir.path().join("zoe.session.ron.format-1.bak");
    assert_eq!(std::fs::read(&kept).unwrap(), original);
    let loaded = Session::load_versioned(&path).unwrap();
    assert_eq!(loaded.format, SESSION_FORMAT);
    let saved = loaded.value;
    assert_eq!(saved.annotations.len(), claims);
    assert_eq!(trail::check(&saved), Check::Intact);
    let trail = saved.trail.unwrap();
    // The work as it was, then this work session.
    assert!(matches!(trail.entries[0].event, Event::Began { .. }));
    assert!(matches!(trail.entries[1].event, Event::Opened { .. }));
    h.state_mut().send(AppCommand::ToggleWorkTrail);
    h.run();
    h.run();
    h.get_by_label("no trail recorded before this version: the work's trail begins now");

    // A later save leaves the kept original as it was.
    h.state_mut().send(AppCommand::Edit(Command::SetStudent {
        name: "Zoë".into()
    }));
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    wait_for_worker(&mut h);
    assert_eq!(std::fs::read(&kept).unwrap(), original);
}

#[test]
fn saving_to_close_ends_the_work_session_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cleo.session.ron");
    let app = CrosscheckApp::on_sample(
        RecoveryStore::new(dir.path().join("recovery")),
        Prefs::default(),
    );
    let mut h = harness(app);
    h.run();
    h.state_mut().session_path = Some(path.clone());
    h.state_mut().send(AppCommand::Edit(Command::SetStudent {
        name: "Cleo".into(),
    }));
    h.run();
    // What the closing question's Save does.
    h.state_mut().closing = crosscheck::app::Closing::SavingToClose;
    h.state_mut().send(AppCommand::Save);
    h.run();
    wait_for_worker(&mut h);
    let saved = Session::load(&path).unwrap();
    assert_eq!(trail::check(&saved), Check::Intact);
    let events: Vec<Event> = saved
        .trail
        .unwrap()
        .entries
        .into_iter()
        .map(|e| e.event)
        .collect();
    assert!(matches!(events[0], Event::Opened { .. }), "{events:?}");
    assert!(matches!(
        events[1],
        Event::Changed(Command::SetStudent { .. })
    ));
    assert_eq!(events[2], Event::Closed);
}
