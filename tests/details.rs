//! The details a class trips over (issue 25): each with a test that failed before its fix.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crosscheck::app::{AppCommand, CrosscheckApp, Prefs};
use crosscheck::core::store::RecoveryStore;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::desk;
use desk::harness;

fn sample(dir: &std::path::Path) -> Harness<'static, CrosscheckApp> {
    let app = CrosscheckApp::on_sample(RecoveryStore::new(dir.join("recovery")), Prefs::default());
    let mut h = harness(app);
    h.run();
    h
}

#[test]
fn search_counts_every_hit_and_says_when_the_list_is_cut() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    h.state_mut().search.open = true;
    h.state_mut().send(AppCommand::Search("e".to_owned()));
    h.run();
    // The documents are searched on the worker.
    desk::wait_for_worker(&mut h);
    let app = h.state();
    let every: usize = app
        .views
        .values()
        .map(|v| v.text().as_str().to_lowercase().matches('e').count())
        .sum();
    assert!(
        every > 1000,
        "the sample has more than a document's 1,000 kept hits"
    );
    assert_eq!(app.search.total, every, "every hit is counted");
    let said = format!("{every} hits, the first 200 listed");
    assert!(h.query_by_label(&said).is_some(), "the bar says {said:?}");
}

#[test]
fn saving_with_no_name_asks_for_the_name_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    let path = dir.path().join("work.session.ron");
    h.state_mut().session_path = Some(path.clone());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    h.run();
    let status = h.state().status.clone().unwrap();
    assert!(status.error);
    assert!(status.text.starts_with("Type your name"), "{}", status.text);
    assert!(!path.exists(), "no file with no one's name");
    // The keyboard is in the name field.
    let field = h.get_by_label("Student name");
    assert!(field.is_focused());
    // With a name, Ctrl+S saves.
    h.state_mut().session.student = "Amira".to_owned();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    desk::wait_for_worker(&mut h);
    assert!(path.exists());
}

#[test]
fn file_dialogs_start_where_the_work_is_not_at_the_root() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    // The bundled sample with no file: no folder is chosen (the system's own choice, not `/`).
    assert_eq!(h.state().dialog_folder(), None);
    // A session opened from a folder: the next dialog starts there.
    let folder = dir.path().join("class 7b");
    std::fs::create_dir_all(&folder).unwrap();
    let lesson = concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/counting-the-attacks");
    let session = folder.join("amira.session.ron");
    std::fs::copy(
        std::path::Path::new(lesson).join("example.session.ron"),
        &session,
    )
    .unwrap();
    // The session names its lesson by id: the bundled sample is found for it.
    h.state_mut().send(AppCommand::OpenPath(session.clone()));
    h.run();
    desk::wait_for_worker(&mut h);
    h.run();
    assert_eq!(h.state().session_path.as_deref(), Some(session.as_path()));
    assert_eq!(
        h.state().prefs.last_folder.as_deref(),
        Some(folder.as_path())
    );
    assert_eq!(h.state().dialog_folder().as_deref(), Some(folder.as_path()));
}

/// The top and bottom of the node whose label contains `words` (is `words`, if `exact`).
fn span_of(h: &Harness<'static, CrosscheckApp>, words: &str, exact: bool) -> (f64, f64) {
    use egui_kittest::kittest::NodeT as _;
    let node = if exact {
        h.get_by_label(words)
    } else {
        h.get_by_label_contains(words)
    };
    let b = node.accesskit_node().bounding_box().expect("placed");
    (b.y0, b.y1)
}

#[test]
fn the_tasks_stay_in_view_beside_the_claims_at_every_size() {
    for size in [egui::vec2(1366.0, 768.0), egui::vec2(1024.0, 600.0)] {
        let dir = tempfile::tempdir().unwrap();
        let app =
            CrosscheckApp::on_sample(RecoveryStore::new(dir.path().join("r")), Prefs::default());
        let mut h = Harness::builder()
            .with_size(size)
            .with_max_steps(24)
            .build_ui_state(|ui, app: &mut CrosscheckApp| app.frame_ui(ui), app);
        h.run();
        // A claim, so the claims list takes its part of the panel.
        desk::select(&mut h, "62 times");
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
        h.run();
        h.run();
        let tasks = span_of(&h, "Tasks", true);
        let claims = span_of(&h, "Claims (1)", true);
        for task in [
            "Which claims are worth checking?",
            "Loaded language and labels",
        ] {
            let (top, bottom) = span_of(&h, task, false);
            assert!(
                top >= tasks.1 - 1.0 && bottom <= claims.0 + 1.0 && bottom - top >= 12.0,
                "at {size:?} the task {task:?} ({top}..{bottom}) is in view between the Tasks \
                 heading ({tasks:?}) and the claims ({claims:?})"
            );
        }
    }
}

#[test]
fn a_panel_folded_by_a_narrow_window_leaves_a_button_that_brings_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let app = CrosscheckApp::on_sample(RecoveryStore::new(dir.path().join("r")), Prefs::default());
    let mut h = Harness::builder()
        .with_size(egui::vec2(800.0, 500.0))
        .with_max_steps(24)
        .build_ui_state(|ui, app: &mut CrosscheckApp| app.frame_ui(ui), app);
    h.run();
    // Both side panels are folded at 800 px; each side says so.
    assert!(
        h.query_by_label("Tasks").is_none(),
        "the lesson panel is folded"
    );
    let lesson = "Show or hide the lesson panel (Ctrl+Shift+L): folded away for the window's width";
    let inspector = "Show or hide the inspector (Ctrl+Shift+I): folded away for the window's width";
    assert!(h.query_by_label(inspector).is_some());
    h.get_by_label(lesson).click();
    h.run();
    h.run();
    assert!(h.query_by_label("Tasks").is_some(), "back, with its tasks");
    assert!(h.query_by_label(lesson).is_none(), "and its button gone");
}

#[test]
fn a_refused_command_says_why_and_nothing_says_it_was_done() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample(dir.path());
    let modified = h.state().session.modified;
    // Deleting a claim that is not there (another window, a stale list) is refused.
    h.state_mut()
        .send(AppCommand::DeleteClaim("c99".to_owned()));
    h.run();
    let status = h.state().status.clone().unwrap();
    assert!(
        status.error,
        "the refusal is said as an error: {}",
        status.text
    );
    assert!(
        !status.text.contains("Claim deleted"),
        "no success follows: {}",
        status.text
    );
    assert_eq!(h.state().session.modified, modified, "nothing was modified");
    assert!(!h.state().unsaved());
}
