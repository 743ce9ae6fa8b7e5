//! Help ▸ About (issue 27): the version and build date, the licences (the app's, the fonts', the
//! crates'), where the preferences and recovery copies live on this computer (portable or not)
//! and how to report a problem; reached from the Help menu, and by keyboard inside.

// Test helpers may panic: a panic is a test failure with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![cfg(feature = "gui")]

use crosscheck::app::{CrosscheckApp, Prefs};
use crosscheck::core::store::RecoveryStore;
use crosscheck::core::store::places::DataFolder;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::desk;

fn key(h: &mut Harness<'static, CrosscheckApp>, key: egui::Key) {
    h.key_press(key);
    h.run();
}

/// The sample lesson with its data folder at `data`, and Help ▸ About opened from the menu.
fn about_open(data: DataFolder) -> Harness<'static, CrosscheckApp> {
    let mut app =
        CrosscheckApp::on_sample(RecoveryStore::new(data.recovery_folder()), Prefs::default());
    app.data_folder = data;
    let mut h = desk::harness(app);
    h.run();
    h.get_by_role_and_label(Role::MenuItem, "Help").click();
    h.run();
    h.get_by_role_and_label(Role::MenuItem, "About Crosscheck")
        .click();
    h.run();
    assert!(h.state().about.is_some());
    h
}

fn shows(h: &Harness<'static, CrosscheckApp>, text: &str) {
    assert!(
        h.query_all_by_label_contains(text).next().is_some(),
        "About shows nothing with {text:?}"
    );
}

#[test]
fn about_says_the_version_the_licences_and_where_the_portable_data_is() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataFolder::portable_in(dir.path());
    let mut h = about_open(data.clone());

    shows(&h, &format!("Version {}", env!("CARGO_PKG_VERSION")));
    let node = h.query_all_by_label_contains("built on").next().unwrap();
    let node = node.accesskit_node();
    let version = node.label().or_else(|| node.value()).unwrap_or_default();
    let date = version.rsplit(' ').next().unwrap();
    assert!(
        date.len() == 10 && date.chars().filter(|c| *c == '-').count() == 2,
        "a build date as YYYY-MM-DD: {version:?}"
    );
    shows(&h, "Portable mode");
    shows(&h, &data.preferences_file().display().to_string());
    shows(&h, &data.recovery_folder().display().to_string());
    shows(&h, "MIT licence or the Apache licence 2.0");
    shows(&h, "SIL Open Font License");
    shows(&h, "Reporting a problem");

    // The keyboard: Close has it when About opens; Tab reaches the crates' list, Space opens it.
    let close = h.get_by_role_and_label(Role::Button, "Close");
    assert!(close.is_focused(), "Close has the keyboard");
    assert!(h.query_by_label_contains("eframe 0.37").is_none());
    let mut reached = false;
    for _ in 0..12 {
        key(&mut h, egui::Key::Tab);
        if h.get_by_label("The libraries and their licences")
            .is_focused()
        {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab reaches the list of the libraries");
    key(&mut h, egui::Key::Space);
    shows(&h, "eframe 0.37");

    key(&mut h, egui::Key::Escape);
    assert!(h.state().about.is_none(), "Escape closes About");
}

#[test]
fn about_tells_how_to_keep_the_data_beside_the_program_when_it_is_in_the_profile() {
    let mut h = about_open(DataFolder::platform());
    shows(&h, "put a file named crosscheck.portable beside it");
    assert!(h.query_by_label_contains("Portable mode").is_none());
    assert!(h.query_by_label("Copied to the clipboard").is_none());
    // By keyboard: the button takes it, Enter presses it.
    h.get_by_role_and_label(Role::Button, "Copy details")
        .focus();
    h.run();
    key(&mut h, egui::Key::Enter);
    shows(&h, "Copied to the clipboard");
}
