//! Reading files that came from strangers: regular files only (a FIFO, a device or a folder is
//! refused without blocking), never more than a size limit, and a lesson's files never outside
//! the lesson's folder, whatever links lie on the way.

use std::io::Read as _;
use std::path::{Component, Path, PathBuf};

use crate::core::words::{Message, Worded};

/// Most bytes of a RON file we write one of: a lesson's `lesson.ron`, a session, a review, a
/// recovery copy (a 10,000-claim session is under 5 MB).
pub const MAX_RON_BYTES: u64 = 64 * 1024 * 1024;

/// Most bytes of a packed lesson (the lesson and all its documents in one file).
pub const MAX_PACKED_BYTES: u64 = 256 * 1024 * 1024;

/// Why a file was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Not a regular file: a FIFO, a device, a socket or a folder (in English: "a FIFO").
    NotRegular(&'static str),
    /// Larger than the limit for its kind.
    TooLarge {
        /// Bytes in the file (at least).
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The operating system's error.
    Io(String),
}

/// What [`ReadError::NotRegular`] names, as [`kind_of`] gives it.
const FIFO: &str = "a FIFO";
const DEVICE: &str = "a device";
const SOCKET: &str = "a socket";
const FOLDER: &str = "a folder";
const OTHER: &str = "not an ordinary file";

impl Worded for ReadError {
    fn message(&self) -> Message {
        match self {
            Self::NotRegular(kind) => {
                let kind = match *kind {
                    FIFO => "guard-kind-fifo",
                    DEVICE => "guard-kind-device",
                    SOCKET => "guard-kind-socket",
                    FOLDER => "guard-kind-folder",
                    _ => "guard-kind-other",
                };
                Message::new("guard-not-regular").with("kind", Message::new(kind))
            }
            Self::TooLarge { size, limit } => Message::new("guard-too-large")
                .with("size", *size)
                .with("limit", *limit),
            Self::Io(message) => super::os_error(message),
        }
    }
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for ReadError {}

/// Reads a whole regular file of at most `limit` bytes. Opening does not wait for a writer (a
/// FIFO is refused, not waited on), and a file that grows while read is still cut at the limit.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options
        .open(path)
        .map_err(|e| ReadError::Io(e.to_string()))?;
    let meta = file.metadata().map_err(|e| ReadError::Io(e.to_string()))?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular(kind_of(meta.file_type())));
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge {
            size: meta.len(),
            limit,
        });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| ReadError::Io(e.to_string()))?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

fn kind_of(file_type: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if file_type.is_fifo() {
            return FIFO;
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return DEVICE;
        }
        if file_type.is_socket() {
            return SOCKET;
        }
    }
    if file_type.is_dir() { FOLDER } else { OTHER }
}

/// The path of `relative` inside `folder`, refused if it, or any link on the way to it, leads
/// outside the folder. The path need not exist yet (a file about to be saved): its nearest existing
/// ancestor is what is resolved.
pub fn inside(folder: &Path, relative: &str) -> Result<PathBuf, Message> {
    let root = folder.canonicalize().map_err(|e| {
        Message::new("guard-folder-unreadable")
            .with("folder", folder.display().to_string())
            .with("error", e.to_string())
    })?;
    let joined = folder.join(relative.replace('\\', "/"));
    // Resolve the longest part that exists; what does not exist yet cannot be a link.
    let mut existing = joined.as_path();
    let mut missing: Vec<&std::ffi::OsStr> = Vec::new();
    while std::fs::symlink_metadata(existing).is_err() {
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                missing.push(name);
                existing = parent;
            }
            _ => break,
        }
    }
    let resolved = existing
        .canonicalize()
        .map_err(|e| Message::new("guard-link-nowhere").with("error", e.to_string()))?;
    // `{:?}` shows a hostile name's control characters escaped.
    if !resolved.starts_with(&root) {
        return Err(Message::new("guard-leads-outside")
            .with("path", format!("{relative:?}"))
            .with("target", resolved.display().to_string()));
    }
    let mut out = resolved;
    for name in missing.into_iter().rev() {
        if Path::new(name)
            .components()
            .any(|c| !matches!(c, Component::Normal(_)))
        {
            return Err(Message::new("guard-leaves-folder").with("path", format!("{relative:?}")));
        }
        out.push(name);
    }
    Ok(out)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn fifo_and_devices_are_refused_without_waiting() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let status = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(status.success());
        assert_eq!(
            read_regular(&fifo, 100),
            Err(ReadError::NotRegular("a FIFO"))
        );
        assert_eq!(
            read_regular(Path::new("/dev/zero"), 100),
            Err(ReadError::NotRegular("a device"))
        );
        assert_eq!(
            read_regular(dir.path(), 100),
            Err(ReadError::NotRegular("a folder"))
        );
    }

    #[test]
    fn files_over_the_limit_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("big");
        std::fs::write(&file, vec![b'x'; 101]).unwrap();
        assert!(matches!(
            read_regular(&file, 100),
            Err(ReadError::TooLarge {
                size: 101,
                limit: 100
            })
        ));
        assert_eq!(read_regular(&file, 101).unwrap().len(), 101);
    }

    #[test]
    fn links_leaving_the_folder_are_refused_and_links_inside_allowed() {
        let dir = tempfile::tempdir().unwrap();
        let lesson = dir.path().join("lesson");
        std::fs::create_dir_all(lesson.join("documents")).unwrap();
        std::fs::write(lesson.join("documents/a.txt"), "a").unwrap();
        std::fs::write(dir.path().join("secret.txt"), "s").unwrap();
        std::os::unix::fs::symlink("/etc/passwd", lesson.join("documents/evil.txt")).unwrap();
        std::os::unix::fs::symlink("/etc", lesson.join("docs")).unwrap();
        std::os::unix::fs::symlink("../../secret.txt", lesson.join("documents/rel.txt")).unwrap();
        std::os::unix::fs::symlink("a.txt", lesson.join("documents/alias.txt")).unwrap();

        assert!(inside(&lesson, "documents/a.txt").is_ok());
        assert!(inside(&lesson, "documents/alias.txt").is_ok());
        assert!(
            inside(&lesson, "documents/new.txt").is_ok(),
            "not there yet"
        );
        for bad in [
            "documents/evil.txt",
            "docs/passwd",
            "docs/new.txt",
            "documents/rel.txt",
        ] {
            let err = inside(&lesson, bad).unwrap_err().to_string();
            assert!(err.contains("outside the lesson folder"), "{bad}: {err}");
        }
    }
}
