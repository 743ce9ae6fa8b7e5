//! Portable mode (issue 27): a `crosscheck.portable` file beside the program keeps the
//! preferences, the recent files and the recovery copies in a folder beside it, never in the
//! user's profile.

// Test helpers may panic: a panic is a test failure with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use crosscheck::core::store::places::{PORTABLE_FOLDER, PORTABLE_MARKER};

/// Every file and folder under `dir` (not `dir` itself), recursively.
fn everything_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path.clone());
            }
            found.push(path);
        }
    }
    found
}

/// The built program, copied into `dir` (as onto a USB stick).
fn program_in(dir: &Path) -> PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    let exe = dir.join(format!("crosscheck{}", std::env::consts::EXE_SUFFIX));
    // A hard link where the folders share a file system (the debug build is large), else a copy.
    let built = env!("CARGO_BIN_EXE_crosscheck");
    if std::fs::hard_link(built, &exe).is_err() {
        std::fs::copy(built, &exe).unwrap();
    }
    exe
}

/// Runs `crosscheck data-folder --create` with a home and XDG folders of its own (`home`).
fn data_folder_of(exe: &Path, home: &Path) -> String {
    let out = Command::new(exe)
        .args(["data-folder", "--create"])
        .env("HOME", home)
        .env("USERPROFILE", home)
        .env("APPDATA", home.join("AppData"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_STATE_HOME", home.join("state"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_portable_program_writes_beside_itself_and_nothing_in_the_profile() {
    let dir = tempfile::tempdir().unwrap();
    let stick = dir.path().join("stick");
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let exe = program_in(&stick);
    std::fs::write(stick.join(PORTABLE_MARKER), b"").unwrap();

    let said = data_folder_of(&exe, &home);
    let data = stick.join(PORTABLE_FOLDER);
    assert!(said.contains("portable"), "{said}");
    assert!(
        said.contains(&data.join("recovery").display().to_string()),
        "{said}"
    );
    assert!(data.is_dir(), "the folder beside the program was made");
    assert_eq!(
        everything_under(&home),
        Vec::<PathBuf>::new(),
        "nothing written in the profile"
    );
}

#[test]
fn without_the_marker_the_profile_is_used() {
    let dir = tempfile::tempdir().unwrap();
    let stick = dir.path().join("stick");
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let exe = program_in(&stick);

    let said = data_folder_of(&exe, &home);
    assert!(said.contains("in your profile"), "{said}");
    assert!(!stick.join(PORTABLE_FOLDER).exists());
    // The platform's folder, in the home given to the program.
    assert!(
        everything_under(&home)
            .iter()
            .any(|p| p.ends_with("crosscheck")),
        "{said}"
    );
}

/// The app as the program starts it in portable mode: its recovery copies (autosave) and its
/// preferences file are inside the folder beside the program, and nothing else is written.
#[cfg(feature = "gui")]
#[test]
fn the_portable_app_autosaves_inside_its_folder() {
    use crate::desk::{harness, select};
    use crosscheck::app::{CrosscheckApp, Prefs};
    use crosscheck::core::store::RecoveryStore;
    use crosscheck::core::store::places::{DataFolder, Placement};

    let dir = tempfile::tempdir().unwrap();
    let stick = dir.path().join("stick");
    std::fs::create_dir_all(&stick).unwrap();
    std::fs::write(stick.join(PORTABLE_MARKER), b"").unwrap();
    let data = DataFolder::for_program(&stick.join("crosscheck"));
    assert_eq!(data.placement(), Placement::Portable);

    let recovery = RecoveryStore::new(data.recovery_folder());
    let mut app = CrosscheckApp::on_sample(recovery.clone(), Prefs::default());
    app.data_folder = data.clone();
    let mut h = harness(app);
    h.run();
    select(&mut h, "62 times");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    h.run();
    h.state_mut().autosave_now().unwrap();
    assert_eq!(recovery.list().len(), 1, "autosave wrote its copy");

    assert!(data.preferences_file().starts_with(data.root()));
    let written = everything_under(&stick);
    assert!(!written.is_empty());
    for path in written {
        assert!(
            path == stick.join(PORTABLE_MARKER) || path.starts_with(data.root()),
            "{} is outside the portable folder",
            path.display()
        );
    }
}
