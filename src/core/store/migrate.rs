//! Numbered file formats. Every file says its format (`format: N`). A build writes only the
//! newest format of each kind and reads every older one through that kind's migrations, one step
//! at a time (format 1 → 2 → … → current), so a file written by any earlier version still opens.
//! A file newer than the build is refused with a message saying so, never half read.
//!
//! An upgraded file is written back only when the user saves it, in the current format; before
//! that first save the original is kept beside it as `name.format-N.bak` (see
//! [`keep_original`]), which later saves never replace (the usual `.bak` holds the previous save).

use std::path::{Path, PathBuf};

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{FileError, leading_format, parse_ron};
use crate::core::words::Message;

/// A file kind with numbered formats.
pub trait Versioned: DeserializeOwned + Serialize + Sized {
    /// The format this build writes.
    const FORMAT: u32;

    /// One migration step: reads `text`, written in format `from` (1 ≤ `from` < [`Self::FORMAT`]),
    /// as the value of format `from + 1`, given back as text of that format. The default is for
    /// kinds whose every older format parses as the current one (fields were only added, with
    /// defaults): nothing to rewrite.
    ///
    /// # Errors
    /// When the text cannot be read as format `from`.
    fn step(from: u32, text: String, shown: &str) -> Result<String, FileError> {
        let _ = (from, shown);
        Ok(text)
    }

    /// Sets the value's `format` field to [`Self::FORMAT`] once it is read.
    fn stamp(&mut self);

    /// What the user is told about an upgraded file, once, when it opens (a session of format 1
    /// says it has no record of its work before this version), if anything.
    fn upgrade_notice(from: u32) -> Option<Message> {
        let _ = from;
        None
    }
}

/// A value read from a file, with the format the file was in.
#[derive(Debug, PartialEq)]
pub struct Loaded<T> {
    /// The value, in the current format.
    pub value: T,
    /// The file's own format; less than the current one when the file was upgraded.
    pub format: u32,
}

impl<T: Versioned> Loaded<T> {
    /// Whether the file was in an older format (and will be written in the current one).
    pub fn upgraded(&self) -> bool {
        self.format < T::FORMAT
    }

    /// The format the file was upgraded from, if it was.
    pub fn upgraded_from(&self) -> Option<u32> {
        self.upgraded().then_some(self.format)
    }
}

/// Parses a file of kind `T` in any format this build knows. `shown` names the file in errors.
///
/// # Errors
/// A newer format, a format this build never wrote (0, or no `format` at all in an old file),
/// or the text of any step not parsing (with the line and column of that step's text).
pub fn parse_versioned<T: Versioned>(text: &str, shown: &str) -> Result<Loaded<T>, FileError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let found = leading_format(text);
    match found {
        Some(found) if found >= 1 && found < T::FORMAT => {
            let mut current = text.to_owned();
            for from in found..T::FORMAT {
                current = T::step(from, current, shown)?;
            }
            let mut value: T = parse_ron(&current, shown, T::FORMAT)?;
            value.stamp();
            Ok(Loaded {
                value,
                format: found,
            })
        }
        Some(0) => Err(FileError::Invalid {
            path: shown.to_owned(),
            message: Message::new("file-format-unknown").with("found", 0),
        }),
        // The current format, a newer one (refused by `parse_ron`), or no `format` near the top
        // (`parse_ron` says which field is missing, with its line and column).
        _ => parse_ron(text, shown, T::FORMAT).map(|value| Loaded {
            value,
            format: found.unwrap_or(T::FORMAT),
        }),
    }
}

/// Reads and parses a file of kind `T` in any format this build knows.
///
/// # Errors
/// As [`parse_versioned`], and when the file cannot be read.
pub fn load_versioned<T: Versioned>(path: &Path) -> Result<Loaded<T>, FileError> {
    let (text, shown) = super::read_text(path)?;
    parse_versioned(&text, &shown)
}

/// Where the original of a file upgraded from `format` is kept: `name.format-N.bak`.
pub fn original_path(path: &Path, format: u32) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".format-{format}.bak"));
    path.with_file_name(name)
}

/// Keeps the file at `path`, read in the older `format`, as [`original_path`] before it is first
/// saved in the current format. An original already kept is left as it is. Returns where it is.
///
/// # Errors
/// When the copy cannot be made: the save must not go ahead then (the original would be lost).
pub fn keep_original(path: &Path, format: u32) -> Result<PathBuf, FileError> {
    let kept = original_path(path, format);
    if kept.exists() || !path.exists() {
        return Ok(kept);
    }
    // A copy, not a link: a link would change with the file should anything write it in place.
    std::fs::copy(path, &kept).map_err(|e| FileError::io(&kept, &e))?;
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    use super::*;

    /// A kind with three formats: 1 named the field `name`, 2 renamed it `title`, 3 added `tags`
    /// (with a default, so 2 → 3 rewrites nothing).
    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Note {
        format: u32,
        title: String,
        #[serde(default)]
        tags: Vec<String>,
    }

    #[derive(Serialize, Deserialize)]
    struct NoteV1 {
        name: String,
    }

    impl Versioned for Note {
        const FORMAT: u32 = 3;

        fn step(from: u32, text: String, shown: &str) -> Result<String, FileError> {
            match from {
                1 => {
                    let old: NoteV1 = parse_ron(&text, shown, 1)?;
                    let next = Note {
                        format: 2,
                        title: old.name,
                        tags: Vec::new(),
                    };
                    super::super::to_ron_string(&next)
                }
                _ => Ok(text),
            }
        }

        fn stamp(&mut self) {
            self.format = Self::FORMAT;
        }
    }

    #[test]
    fn every_older_format_reads_as_the_current_one() {
        let one = parse_versioned::<Note>("(format: 1, name: \"Tolls\")", "n.ron").unwrap();
        assert_eq!(one.upgraded_from(), Some(1));
        assert_eq!(one.value.title, "Tolls");
        assert_eq!(one.value.format, 3);
        let two = parse_versioned::<Note>("(format: 2, title: \"Tolls\")", "n.ron").unwrap();
        assert_eq!(two.upgraded_from(), Some(2));
        assert_eq!(two.value, one.value);
        let three =
            parse_versioned::<Note>("(format: 3, title: \"Tolls\", tags: [\"a\"])", "n.ron")
                .unwrap();
        assert!(!three.upgraded());
        assert_eq!(three.value.tags, ["a"]);
    }

    #[test]
    fn newer_unknown_and_broken_formats_are_refused_with_where() {
        let newer = parse_versioned::<Note>("(format: 4, title: \"x\")", "n.ron").unwrap_err();
        assert!(matches!(
            newer,
            FileError::NewerFormat {
                found: 4,
                supported: 3,
                ..
            }
        ));
        let zero = parse_versioned::<Note>("(format: 0, title: \"x\")", "n.ron").unwrap_err();
        assert!(matches!(zero, FileError::Invalid { .. }), "{zero:?}");
        // A format 1 file with format 2's field: the step says where it fails.
        let broken = parse_versioned::<Note>("(format: 1,\n title: \"x\")", "n.ron").unwrap_err();
        assert!(
            matches!(broken, FileError::Parse { ref path, .. } if path == "n.ron"),
            "{broken:?}"
        );
    }

    #[test]
    fn the_original_is_kept_once_and_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.session.ron");
        std::fs::write(&path, "old").unwrap();
        let kept = keep_original(&path, 1).unwrap();
        assert_eq!(kept, dir.path().join("a.session.ron.format-1.bak"));
        std::fs::write(&path, "new").unwrap();
        keep_original(&path, 1).unwrap();
        assert_eq!(std::fs::read_to_string(&kept).unwrap(), "old");
    }
}
