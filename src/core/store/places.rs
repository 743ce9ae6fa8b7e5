//! Where Crosscheck keeps what it remembers between runs: the preferences (with the recent
//! files) and the recovery copies of unsaved work.
//!
//! One rule, [`DataFolder::locate`]: a file named [`PORTABLE_MARKER`] beside the program makes it
//! portable (everything in [`PORTABLE_FOLDER`] beside the program, as on a USB stick, never in the
//! user's profile); otherwise the platform's place for an application's data, the same folder
//! the window library (eframe) has always used, so preferences saved before are kept.

use std::path::{Path, PathBuf};

/// The file whose presence beside the program turns portable mode on (its content is not read).
pub const PORTABLE_MARKER: &str = "crosscheck.portable";
/// The folder beside the program that holds everything in portable mode.
pub const PORTABLE_FOLDER: &str = "crosscheck-data";
/// The name of the application's folder in the platform's data folder.
const APP_ID: &str = "crosscheck";

/// Which kind of place the data folder is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// Beside the program (portable mode).
    Portable,
    /// The platform's folder for the user's application data.
    Profile,
    /// A temporary folder: neither of the above could be found (no home folder).
    Temporary,
}

/// The folder that holds the preferences and the recovery copies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataFolder {
    root: PathBuf,
    placement: Placement,
}

impl DataFolder {
    /// The data folder of the running program: portable if [`PORTABLE_MARKER`] is beside it,
    /// else the platform's.
    pub fn locate() -> Self {
        match std::env::current_exe() {
            Ok(exe) => Self::for_program(&exe),
            Err(_) => Self::platform(),
        }
    }

    /// The data folder of the program at `exe`: portable if [`PORTABLE_MARKER`] is beside it.
    pub fn for_program(exe: &Path) -> Self {
        match exe.parent() {
            Some(dir) if dir.join(PORTABLE_MARKER).is_file() => Self::portable_in(dir),
            _ => Self::platform(),
        }
    }

    /// Portable mode for a program in `program_dir`: everything in its [`PORTABLE_FOLDER`].
    pub fn portable_in(program_dir: &Path) -> Self {
        Self {
            root: program_dir.join(PORTABLE_FOLDER),
            placement: Placement::Portable,
        }
    }

    /// The platform's folder for the user's application data, or a temporary one if the user
    /// has no home folder.
    pub fn platform() -> Self {
        match platform_data_dir() {
            Some(root) => Self {
                root,
                placement: Placement::Profile,
            },
            None => Self {
                root: std::env::temp_dir().join(APP_ID),
                placement: Placement::Temporary,
            },
        }
    }

    /// The folder itself.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Which kind of place it is.
    pub fn placement(&self) -> Placement {
        self.placement
    }

    /// The preferences file (the window's state, the language, the recent files).
    pub fn preferences_file(&self) -> PathBuf {
        self.root.join("app.ron")
    }

    /// The folder of the recovery copies of unsaved work.
    pub fn recovery_folder(&self) -> PathBuf {
        self.root.join("recovery")
    }

    /// Makes the folder if it is not there yet.
    pub fn create(&self) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.root)
    }
}

/// A path from an environment variable, if it is set and absolute (a relative one is ignored, as
/// the XDG specification says).
fn absolute_env(name: &str) -> Option<PathBuf> {
    std::env::var_os(name)
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
}

/// Linux and the other Unixes: `$XDG_DATA_HOME/crosscheck`, else `~/.local/share/crosscheck`.
#[cfg(all(unix, not(target_os = "macos")))]
fn platform_data_dir() -> Option<PathBuf> {
    absolute_env("XDG_DATA_HOME")
        .or_else(|| std::env::home_dir().map(|home| home.join(".local").join("share")))
        .map(|data| data.join(APP_ID))
}

/// macOS: `~/Library/Application Support/crosscheck`.
#[cfg(target_os = "macos")]
fn platform_data_dir() -> Option<PathBuf> {
    std::env::home_dir().map(|home| {
        home.join("Library")
            .join("Application Support")
            .join(APP_ID)
    })
}

/// Windows: `%APPDATA%\crosscheck\data` (the roaming profile).
#[cfg(windows)]
fn platform_data_dir() -> Option<PathBuf> {
    absolute_env("APPDATA").map(|roaming| roaming.join(APP_ID).join("data"))
}

/// Elsewhere: none (a temporary folder is used).
#[cfg(not(any(unix, windows)))]
fn platform_data_dir() -> Option<PathBuf> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_marker_beside_the_program_makes_it_portable() {
        let dir = tempfile::tempdir().unwrap();
        let exe = dir.path().join("crosscheck");
        std::fs::write(&exe, b"").unwrap();
        assert_ne!(
            DataFolder::for_program(&exe).placement(),
            Placement::Portable
        );
        std::fs::write(dir.path().join(PORTABLE_MARKER), b"").unwrap();
        let data = DataFolder::for_program(&exe);
        assert_eq!(data.placement(), Placement::Portable);
        assert!(data.preferences_file().starts_with(dir.path()));
        assert!(data.recovery_folder().starts_with(dir.path()));
        assert_eq!(data.root(), dir.path().join(PORTABLE_FOLDER));
    }

    #[test]
    fn a_folder_named_like_the_marker_is_not_the_marker() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join(PORTABLE_MARKER)).unwrap();
        let data = DataFolder::for_program(&dir.path().join("crosscheck"));
        assert_ne!(data.placement(), Placement::Portable);
    }
}
