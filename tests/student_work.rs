//! The student's work (issue 13): a claim shows the task it answers and the student chooses it,
//! the task list's progress follows, and each piece of evidence has a note.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crosscheck::app::{AppCommand, CrosscheckApp, Prefs};
use crosscheck::core::session::Stance;
use crosscheck::core::store::RecoveryStore;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::desk;
use desk::{harness, select};

const FIRST_TASK: &str = "Which claims are worth checking?";
const CONTRADICTIONS_TASK: &str = "Counting the attacks and the casualties";

fn sample(dir: &std::path::Path) -> Harness<'static, CrosscheckApp> {
    let app = CrosscheckApp::on_sample(RecoveryStore::new(dir.join("recovery")), Prefs::default());
    let mut h = harness(app);
    h.run();
    h
}

/// Makes a claim of `quote` in the rahnam commentary and attaches a passage of the Al Mayadeen
/// article that contradicts it, as the student did. Returns the claim's id.
fn claim_with_contradicting_passage(h: &mut Harness<'static, CrosscheckApp>) -> String {
    select(h, "killed and wounded more than 60 American soldiers");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    h.run();
    let id = h.state().selected_claim.clone().unwrap();
    h.state_mut()
        .send(AppCommand::StartAttachPassage(id.clone()));
    h.run();
    h.step();
    h.state_mut()
        .send(AppCommand::ShowDocument("almayadeen-2023-11".into(), None));
    h.run();
    h.step();
    select(h, "the 59 US personnel who sustained injuries");
    h.get_by_label("[-] contradicts").click();
    h.run();
    let claim = h.state().session.annotation(&id).unwrap();
    assert_eq!(claim.evidence.len(), 1);
    assert_eq!(claim.evidence[0].stance, Stance::Contradicts);
    id
}

/// The task the inspector's chooser shows.
fn shown_task(h: &Harness<'static, CrosscheckApp>) -> Option<String> {
    h.get_by_role_and_label(Role::ComboBox, "Task").value()
}

/// Whether the task list shows a task header with exactly these words.
fn task_list_shows(h: &Harness<'static, CrosscheckApp>, header: &str) -> bool {
    h.query_by_label(header).is_some()
}

#[test]
fn student_files_a_claim_under_another_task_and_the_task_list_follows() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    let id = claim_with_contradicting_passage(&mut h);

    // The new claim went to the first task about its document, and the inspector says so.
    let task_of = |h: &Harness<'static, CrosscheckApp>| {
        h.state().session.annotation(&id).unwrap().task.clone()
    };
    assert_eq!(task_of(&h).as_deref(), Some("t1-checkworthy"));
    assert_eq!(shown_task(&h).as_deref(), Some(FIRST_TASK));
    assert!(task_list_shows(
        &h,
        "[started] Which claims are worth checking? (1 claim, 0 labelled, 8 pts)"
    ));
    // A written task asks nothing of claims, and says none.
    assert!(task_list_shows(&h, "[ ] Why do the counts differ? (6 pts)"));
    // The issue: the contradiction is attached, and task 4 knows nothing of it.
    assert!(task_list_shows(
        &h,
        "[ ] Counting the attacks and the casualties (0 claims, 10 pts)"
    ));

    // The student files it under task 4 with the chooser.
    h.get_by_role_and_label(Role::ComboBox, "Task").click();
    h.run();
    h.get_by_label(CONTRADICTIONS_TASK).click();
    h.run();
    assert_eq!(task_of(&h).as_deref(), Some("t4-contradictions"));
    assert_eq!(shown_task(&h).as_deref(), Some(CONTRADICTIONS_TASK));
    assert!(task_list_shows(
        &h,
        "[ ] Which claims are worth checking? (0 claims, 8 pts)"
    ));
    assert!(task_list_shows(
        &h,
        "[started] Counting the attacks and the casualties (1 claim, 1 with contradicting \
         evidence, 10 pts)"
    ));

    // One undo files it back where it was, in the model, the inspector and the task list.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(task_of(&h).as_deref(), Some("t1-checkworthy"));
    assert_eq!(shown_task(&h).as_deref(), Some(FIRST_TASK));
    assert!(task_list_shows(
        &h,
        "[started] Which claims are worth checking? (1 claim, 0 labelled, 8 pts)"
    ));
    assert!(task_list_shows(
        &h,
        "[ ] Counting the attacks and the casualties (0 claims, 10 pts)"
    ));

    // "No task" is a choice too.
    h.get_by_role_and_label(Role::ComboBox, "Task").click();
    h.run();
    h.get_by_label("No task").click();
    h.run();
    assert_eq!(task_of(&h), None);
    assert_eq!(shown_task(&h).as_deref(), Some("No task"));
}

#[test]
fn typing_a_note_on_evidence_sets_it_and_one_undo_takes_it_all_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    let id = claim_with_contradicting_passage(&mut h);
    let note_of = |h: &Harness<'static, CrosscheckApp>| {
        h.state().session.annotation(&id).unwrap().evidence[0]
            .note
            .clone()
    };
    assert_eq!(note_of(&h), "");

    // (The inspector scrolls: the field may be below its fold.)
    h.get_by_label("Note on evidence e1").scroll_to_me();
    h.run();
    h.get_by_label("Note on evidence e1").click();
    h.run();
    for word in ["Injuries,", " not", " deaths"] {
        h.get_by_label("Note on evidence e1").type_text(word);
        h.run();
    }
    assert_eq!(note_of(&h), "Injuries, not deaths");
    assert_eq!(
        h.get_by_label("Note on evidence e1").value().as_deref(),
        Some("Injuries, not deaths")
    );

    // The typing was one step: one undo empties the note, and leaves the evidence.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(note_of(&h), "");
    assert_eq!(
        h.state().session.annotation(&id).unwrap().evidence.len(),
        1,
        "the evidence stays"
    );
    // Redo brings the whole note back.
    h.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    h.run();
    assert_eq!(note_of(&h), "Injuries, not deaths");
}
