//! RON files: loading with format checks and precise errors, deterministic pretty output,
//! atomic saves with a `.bak` of the previous version, and recovery files for autosave.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::core::words::{Message, Worded};

pub mod guard;
pub mod limits;
pub mod migrate;
pub mod places;
pub(crate) mod quick;

/// What can go wrong loading or saving a file. Every variant names the file.
#[derive(Debug, PartialEq)]
pub enum FileError {
    /// The file could not be read or written.
    Io {
        /// The file.
        path: String,
        /// The operating system's message (and what was being done).
        message: Message,
    },
    /// The file is not valid RON or does not have the expected shape.
    Parse {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What was wrong and what was expected there.
        message: Message,
    },
    /// The file was written by a newer Crosscheck.
    NewerFormat {
        /// The file.
        path: String,
        /// The format it has.
        found: u32,
        /// The newest format this build reads.
        supported: u32,
    },
    /// The file parsed but its content is not acceptable.
    Invalid {
        /// The file.
        path: String,
        /// What is wrong.
        message: Message,
    },
}

impl Worded for FileError {
    fn message(&self) -> Message {
        match self {
            Self::Io { path, message } | Self::Invalid { path, message } => {
                Message::new("file-problem")
                    .with("path", path)
                    .with("message", message.clone())
            }
            Self::Parse {
                path,
                line,
                column,
                message,
            } => Message::new("file-parse")
                .with("path", path)
                .with("line", *line)
                .with("column", *column)
                .with("message", message.clone()),
            Self::NewerFormat {
                path,
                found,
                supported,
            } => Message::new("file-newer-format")
                .with("path", path)
                .with("found", *found)
                .with("supported", *supported),
        }
    }
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for FileError {}

impl FileError {
    /// The same error naming another path (the one the user gave, not where a link led).
    #[must_use]
    pub fn with_path(mut self, shown: &str) -> Self {
        match &mut self {
            Self::Io { path, .. }
            | Self::Parse { path, .. }
            | Self::NewerFormat { path, .. }
            | Self::Invalid { path, .. } => shown.clone_into(path),
        }
        self
    }

    /// An I/O error on a path.
    pub fn io(path: &Path, error: &std::io::Error) -> Self {
        Self::Io {
            path: path.display().to_string(),
            message: os_error(error),
        }
    }
}

/// The operating system's reason, as it gives it.
pub fn os_error(error: &impl std::fmt::Display) -> Message {
    Message::new("file-os-error").with("error", error.to_string())
}

/// Just the `format` field of any of our files, to refuse newer formats before parsing the rest.
#[derive(serde::Deserialize)]
struct FormatProbe {
    #[serde(default)]
    format: u32,
}

/// Parses RON text of one of our file types. `shown` names the file in errors.
pub fn parse_ron<T: DeserializeOwned + Serialize>(
    text: &str,
    shown: &str,
    supported_format: u32,
) -> Result<T, FileError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let newer = |found: u32| FileError::NewerFormat {
        path: shown.to_owned(),
        found,
        supported: supported_format,
    };
    // Our files write `format` first, so a look at the head refuses a newer file without parsing
    // all of it (a full extra parse would double the load time of a large session).
    if let Some(found) = leading_format(text)
        && found > supported_format
    {
        return Err(newer(found));
    }
    let value = match quick::from_str(text) {
        Some(value) => value,
        None => parse_with_ron(text, shown, supported_format)?,
    };
    limits::check(&value).map_err(|too_big| FileError::Invalid {
        path: shown.to_owned(),
        message: too_big.message(),
    })?;
    Ok(value)
}

/// `ron`'s parse, for what the quick reader leaves: the value, or the exact line, column and
/// expectation of the error.
fn parse_with_ron<T: DeserializeOwned>(
    text: &str,
    shown: &str,
    supported_format: u32,
) -> Result<T, FileError> {
    let newer = |found: u32| FileError::NewerFormat {
        path: shown.to_owned(),
        found,
        supported: supported_format,
    };
    ron::Options::default().from_str::<T>(text).map_err(|e| {
        // A newer file may not parse as this version's types at all: say "newer", not "broken".
        if let Ok(FormatProbe { format: found }) =
            ron::Options::default().from_str::<FormatProbe>(text)
            && found > supported_format
        {
            return newer(found);
        }
        FileError::Parse {
            path: shown.to_owned(),
            line: e.span.start.line,
            column: e.span.start.col,
            message: describe_ron_error(&e.code),
        }
    })
}

/// The number in a `format: N` field within the first kilobyte, if there is one.
fn leading_format(text: &str) -> Option<u32> {
    let head = &text[..text.floor_char_boundary(1024)];
    let after = &head[head.find("format:")? + "format:".len()..];
    let digits: String = after
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

fn describe_ron_error(error: &ron::Error) -> Message {
    match error {
        ron::Error::MissingStructField { field, outer } => match outer {
            Some(outer) => Message::new("file-missing-field-in")
                .with("field", *field)
                .with("outer", outer),
            None => Message::new("file-missing-field").with("field", *field),
        },
        other => {
            // `ron`'s own (English) description, passed on as it is but for its first letter.
            let text = other.to_string();
            let mut chars = text.chars();
            let text = match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => text,
            };
            Message::new("file-ron-error").with("message", text)
        }
    }
}

/// Reads a RON file (UTF-8, a regular file of at most [`guard::MAX_RON_BYTES`]) for parsing;
/// returns the text and the path as shown in messages.
pub fn read_text(path: &Path) -> Result<(String, String), FileError> {
    read_text_limited(path, guard::MAX_RON_BYTES)
}

/// [`read_text`] with another size limit.
pub fn read_text_limited(path: &Path, limit: u64) -> Result<(String, String), FileError> {
    let shown = path.display().to_string();
    let bytes = guard::read_regular(path, limit).map_err(|e| match e {
        guard::ReadError::Io(message) => FileError::Io {
            path: shown.clone(),
            message: os_error(&message),
        },
        other => FileError::Invalid {
            path: shown.clone(),
            message: other.message(),
        },
    })?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, shown)),
        Err(e) => Err(FileError::Invalid {
            path: shown,
            message: Message::new("file-not-utf8").with("offset", e.utf8_error().valid_up_to()),
        }),
    }
}

/// Reads and parses a RON file.
pub fn load_ron<T: DeserializeOwned + Serialize>(
    path: &Path,
    supported_format: u32,
) -> Result<T, FileError> {
    let (text, shown) = read_text(path)?;
    parse_ron(&text, &shown, supported_format)
}

/// Serialises to pretty RON. Our types keep maps sorted, so equal values give equal text.
pub fn to_ron_string<T: Serialize>(value: &T) -> Result<String, FileError> {
    let config = ron::ser::PrettyConfig::new()
        .indentor("  ")
        .separate_tuple_members(false)
        .enumerate_arrays(false)
        // Each item of a top-level list (a claim, a task, a key item) is one line, so files
        // diff claim by claim and a 10,000-claim session is a quarter smaller and faster to
        // parse. Strings are written as they are (raw `r#"…"#` when they hold quotes): ron's
        // char-by-char escaping took three quarters of the save time (`cargo bench --bench store`).
        .depth_limit(2)
        .escape_strings(false);
    ron::ser::to_string_pretty(value, config).map_err(|e| FileError::Invalid {
        path: String::new(),
        message: Message::new("file-cannot-serialise").with("error", e.to_string()),
    })
}

/// Serialises to RON and saves atomically, keeping the previous version as `.bak`.
pub fn save_ron<T: Serialize>(path: &Path, value: &T) -> Result<(), FileError> {
    write_atomic(path, ron_file_text(path, value)?.as_bytes())
}

/// The text [`save_ron`] writes to `path` (errors name the path). What the app could not read
/// back (a field over its limit) is not written: the error names the field to shorten.
pub fn ron_file_text<T: Serialize>(path: &Path, value: &T) -> Result<String, FileError> {
    limits::check(value).map_err(|too_big| FileError::Invalid {
        path: path.display().to_string(),
        message: Message::new("file-not-saved-too-big").with("reason", too_big.message()),
    })?;
    let mut text = to_ron_string(value).map_err(|e| match e {
        FileError::Invalid { message, .. } => FileError::Invalid {
            path: path.display().to_string(),
            message,
        },
        other => other,
    })?;
    text.push('\n');
    Ok(text)
}

/// The backup path of a file: `name.ext.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Writes `bytes` to `path` so that a crash leaves either the old or the new file, never a mix:
/// temp file in the same folder, fsync, the old version hard-linked (or copied) to `.bak`, rename
/// over the target, fsync of the folder.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    write_all_atomic(&[(path, bytes)])
}

/// Writes several files so that they land together or not at all (a lesson's `lesson.ron` and a
/// revised document, say). Every new version is first written and fsynced to a temp file beside
/// its target, so a folder that cannot take one fails the whole write with nothing changed; then
/// each old version is kept as `.bak` and each temp file renamed over its target. Should a rename
/// still fail, the files already replaced are put back from their backups.
pub fn write_all_atomic(files: &[(&Path, &[u8])]) -> Result<(), FileError> {
    write_files(files, false)
}

/// [`write_all_atomic`]; `private` files are readable by their owner only, whatever was there.
fn write_files(files: &[(&Path, &[u8])], private: bool) -> Result<(), FileError> {
    // One target twice (`a.txt` and `./a.txt`, or a link to it) would lose the original to its
    // own backup.
    let mut targets = std::collections::HashSet::new();
    for &(path, _) in files {
        let folder = folder_of(path)
            .canonicalize()
            .unwrap_or_else(|_| folder_of(path));
        if !targets.insert(folder.join(path.file_name().unwrap_or_default())) {
            return Err(FileError::Invalid {
                path: path.display().to_string(),
                message: Message::new("file-same-file-twice"),
            });
        }
    }
    let mut staged = Vec::with_capacity(files.len());
    for &(path, bytes) in files {
        let folder = folder_of(path);
        let mut builder = tempfile::Builder::new();
        builder.prefix(".crosscheck-").suffix(".tmp");
        // A new file gets the usual permissions (0666 less the umask), not a temp file's 0600.
        #[cfg(unix)]
        builder.permissions(new_file_permissions());
        let mut temp = builder
            .tempfile_in(&folder)
            .map_err(|e| FileError::io(path, &e))?;
        // A replaced file keeps its permissions (a class folder shared with 0644 stays readable);
        // a private one is its owner's alone.
        if private {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt as _;
                temp.as_file()
                    .set_permissions(std::fs::Permissions::from_mode(0o600))
                    .map_err(|e| FileError::io(path, &e))?;
            }
        } else if let Ok(meta) = std::fs::metadata(path) {
            temp.as_file()
                .set_permissions(meta.permissions())
                .map_err(|e| FileError::io(path, &e))?;
        }
        temp.write_all(bytes).map_err(|e| FileError::io(path, &e))?;
        temp.as_file()
            .sync_all()
            .map_err(|e| FileError::io(path, &e))?;
        staged.push((path, folder, temp));
    }
    // Only links and renames from here; unrenamed temp files are deleted when dropped.
    let mut replaced: Vec<(&Path, Option<PathBuf>)> = Vec::with_capacity(staged.len());
    for (path, folder, temp) in staged {
        let backup = if path.exists() {
            let backup = backup_path(path);
            std::fs::remove_file(&backup).ok();
            if std::fs::hard_link(path, &backup).is_err()
                && let Err(e) = std::fs::copy(path, &backup)
            {
                put_back(&replaced);
                return Err(FileError::io(&backup, &e));
            }
            Some(backup)
        } else {
            None
        };
        if let Err(e) = temp.persist(path) {
            put_back(&replaced);
            return Err(FileError::io(path, &e.error));
        }
        sync_folder(&folder);
        replaced.push((path, backup));
    }
    Ok(())
}

#[cfg(unix)]
fn new_file_permissions() -> std::fs::Permissions {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::Permissions::from_mode(0o666)
}

/// A place in the order of writes to one path, taken when the save is asked for (on the thread
/// that asks), so that saves finishing out of order on other threads still land in the order they
/// were asked for: a write whose ticket is older than one that already landed is dropped.
#[derive(Debug)]
pub struct WriteTicket {
    path: PathBuf,
    generation: u64,
    /// Readable by its owner only (recovery copies of a student's unsaved work).
    private: bool,
}

/// What became of a ticketed write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// The file now holds these bytes.
    Landed,
    /// A save asked for later had already landed; this older one was dropped.
    Superseded,
}

/// The last generation written to each path, each behind its own lock (writes to one path are
/// serialised; writes to different paths are not).
fn write_slots() -> &'static std::sync::Mutex<
    std::collections::HashMap<PathBuf, std::sync::Arc<std::sync::Mutex<u64>>>,
> {
    static SLOTS: std::sync::OnceLock<
        std::sync::Mutex<std::collections::HashMap<PathBuf, std::sync::Arc<std::sync::Mutex<u64>>>>,
    > = std::sync::OnceLock::new();
    SLOTS.get_or_init(Default::default)
}

impl WriteTicket {
    /// Takes the next place for writing `path`.
    pub fn new(path: &Path) -> Self {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        Self {
            path: std::path::absolute(path).unwrap_or_else(|_| path.to_owned()),
            generation: NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            private: false,
        }
    }

    /// The lock and last-written generation of this ticket's path.
    fn slot(&self) -> std::sync::Arc<std::sync::Mutex<u64>> {
        let mut slots = write_slots()
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        std::sync::Arc::clone(slots.entry(self.path.clone()).or_default())
    }

    /// Writes atomically (see [`write_atomic`]) unless a later ticket for the path already landed.
    pub fn write(self, bytes: &[u8]) -> Result<Written, FileError> {
        let slot = self.slot();
        let mut last = slot
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if *last > self.generation {
            return Ok(Written::Superseded);
        }
        write_files(&[(&self.path, bytes)], self.private)?;
        *last = self.generation;
        Ok(Written::Landed)
    }

    /// Removes the file (and its `.bak`) unless a later ticket for the path already wrote it: a
    /// removal asked for after a write always wins over it, even if the write finishes later.
    pub fn remove(self) {
        self.try_remove().ok();
    }

    /// [`Self::remove`], saying why a file that is there could not be removed (one that is not
    /// there is removed already). Waits for a write of the same path under way: call it off the
    /// UI thread.
    pub fn try_remove(self) -> Result<(), FileError> {
        let slot = self.slot();
        let mut last = slot
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if *last > self.generation {
            return Ok(());
        }
        // A removal asked for wins over older writes even if it fails.
        *last = self.generation;
        for path in [self.path.clone(), backup_path(&self.path)] {
            match std::fs::remove_file(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    return Err(FileError::io(&path, &e));
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// [`Self::write`] of a value as [`save_ron`] writes it.
    pub fn save_ron<T: Serialize>(self, value: &T) -> Result<Written, FileError> {
        let text = ron_file_text(&self.path, value)?;
        self.write(text.as_bytes())
    }
}

/// Undoes the renames of a failed [`write_all_atomic`]: each replaced file gets its old version
/// back from its backup (a file that did not exist before is removed).
fn put_back(replaced: &[(&Path, Option<PathBuf>)]) {
    for (path, backup) in replaced.iter().rev() {
        match backup {
            Some(backup) => {
                std::fs::rename(backup, path).ok();
            }
            None => {
                std::fs::remove_file(path).ok();
            }
        }
    }
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    }
}

#[cfg(unix)]
fn sync_folder(folder: &Path) {
    // Makes the rename itself durable. Failure here is not worth failing a save over: the data is
    // already fsynced and renamed.
    if let Ok(dir) = std::fs::File::open(folder) {
        dir.sync_all().ok();
    }
}

#[cfg(not(unix))]
fn sync_folder(_folder: &Path) {}

/// Recovery copies of unsaved work, written by autosave and offered after a crash.
#[derive(Clone, Debug)]
pub struct RecoveryStore {
    folder: PathBuf,
}

/// One recovery copy found on disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecoveryEntry {
    /// The key it was saved under.
    pub key: String,
    /// Its file.
    pub path: PathBuf,
    /// When it was written.
    pub modified: Option<std::time::SystemTime>,
}

impl RecoveryStore {
    /// Recovery copies live in `folder` (created when first needed).
    pub fn new(folder: impl Into<PathBuf>) -> Self {
        Self {
            folder: folder.into(),
        }
    }

    /// The folder.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// A key as the store spells it in file names (and as [`Self::list`] returns it): letters
    /// other than ASCII, digits, `-` and `_` become `_`.
    pub fn stored_key(key: &str) -> String {
        key.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect()
    }

    fn path_for(&self, key: &str) -> PathBuf {
        self.folder
            .join(format!("{}.recovery.ron", Self::stored_key(key)))
    }

    /// Writes a recovery copy (atomically; no `.bak`, the copy is itself the safety net).
    pub fn save<T: Serialize>(&self, key: &str, value: &T) -> Result<PathBuf, FileError> {
        self.save_ticketed(self.ticket(key), value)
    }

    /// The place in the order of writes to a recovery copy, taken when it is asked for.
    pub fn ticket(&self, key: &str) -> WriteTicket {
        WriteTicket {
            private: true,
            ..WriteTicket::new(&self.path_for(key))
        }
    }

    /// [`Self::save`] with a ticket taken earlier: dropped if a later save or discard of the same
    /// copy got there first (an autosave finishing after the work was saved never brings its
    /// copy back).
    pub fn save_ticketed<T: Serialize>(
        &self,
        ticket: WriteTicket,
        value: &T,
    ) -> Result<PathBuf, FileError> {
        std::fs::create_dir_all(&self.folder).map_err(|e| FileError::io(&self.folder, &e))?;
        let path = ticket.path.clone();
        let text = to_ron_string(value)?;
        if ticket.write(text.as_bytes())? == Written::Landed {
            std::fs::remove_file(backup_path(&path)).ok();
        }
        Ok(path)
    }

    /// Reads a recovery copy back.
    pub fn load<T: DeserializeOwned + Serialize>(
        &self,
        key: &str,
        supported_format: u32,
    ) -> Result<T, FileError> {
        load_ron(&self.path_for(key), supported_format)
    }

    /// Removes a recovery copy (after a save, or when the user declines it); an autosave asked for
    /// before this and still running is dropped when it finishes.
    pub fn discard(&self, key: &str) {
        self.ticket(key).remove();
    }

    /// [`Self::discard`], saying why a copy that is there could not be removed. Waits for an
    /// autosave of the same copy under way: call it off the UI thread.
    pub fn try_discard(&self, key: &str) -> Result<(), FileError> {
        self.ticket(key).try_remove()
    }

    /// The recovery copies present, newest first.
    pub fn list(&self) -> Vec<RecoveryEntry> {
        let Ok(entries) = std::fs::read_dir(&self.folder) else {
            return Vec::new();
        };
        let mut out: Vec<RecoveryEntry> = entries
            .filter_map(Result::ok)
            .filter_map(|entry| {
                let name = entry.file_name().to_string_lossy().into_owned();
                let key = name.strip_suffix(".recovery.ron")?.to_owned();
                Some(RecoveryEntry {
                    key,
                    path: entry.path(),
                    modified: entry.metadata().and_then(|m| m.modified()).ok(),
                })
            })
            .collect();
        out.sort_by(|a, b| b.modified.cmp(&a.modified).then_with(|| a.key.cmp(&b.key)));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    struct Thing {
        format: u32,
        name: String,
        count: u32,
    }

    #[test]
    fn files_written_together_change_nothing_when_one_cannot_be_staged() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.txt");
        std::fs::write(&a, "old").unwrap();
        // The second target's "folder" is a file: no temp file can be made there.
        let blocker = dir.path().join("not-a-folder");
        std::fs::write(&blocker, "").unwrap();
        let b = blocker.join("b.txt");
        let result = write_all_atomic(&[(a.as_path(), b"new"), (b.as_path(), b"new")]);
        assert!(result.is_err());
        assert_eq!(std::fs::read_to_string(&a).unwrap(), "old");
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            names.iter().all(|n| Path::new(n)
                .extension()
                .is_none_or(|e| e != "tmp" && e != "bak")),
            "{names:?}"
        );
    }

    #[test]
    fn parse_error_has_line_column_and_expectation() {
        let text = "(\n  format: 1,\n  name: \"x\",\n  count: \"seven\",\n)";
        let err = parse_ron::<Thing>(text, "work.session.ron", 1).unwrap_err();
        let FileError::Parse {
            line,
            column,
            message,
            ..
        } = &err
        else {
            panic!("{err:?}")
        };
        assert_eq!(*line, 4);
        assert!((9..=10).contains(column), "{column}");
        assert!(message.to_string().contains("expected"), "{message}");
        assert!(
            err.to_string()
                .starts_with(&format!("work.session.ron:4:{column}: ")),
            "{err}"
        );
    }

    #[test]
    fn missing_field_is_named() {
        let err = parse_ron::<Thing>("(format: 1, name: \"x\")", "t.ron", 1).unwrap_err();
        assert!(err.to_string().contains("`count`"), "{err}");
    }

    #[test]
    fn newer_format_is_refused_with_a_clear_message() {
        let err = parse_ron::<Thing>(
            "(format: 7, name: \"x\", count: 1, shiny_new_field: [])",
            "t.ron",
            1,
        )
        .unwrap_err();
        assert_eq!(
            err,
            FileError::NewerFormat {
                path: "t.ron".into(),
                found: 7,
                supported: 1
            }
        );
    }

    #[test]
    fn newer_format_written_later_in_the_file_is_still_recognised() {
        // `format` not first, and a field this version cannot parse: still "newer", not "broken".
        let text = "(name: \"x\", count: 1, format: 9, shiny: Hologram(3))";
        let err = parse_ron::<Thing>(text, "t.ron", 1).unwrap_err();
        assert!(
            matches!(err, FileError::NewerFormat { found: 9, .. }),
            "{err:?}"
        );
    }

    #[test]
    fn save_is_atomic_and_keeps_a_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.session.ron");
        let first = Thing {
            format: 1,
            name: "first".into(),
            count: 1,
        };
        let second = Thing {
            format: 1,
            name: "second".into(),
            count: 2,
        };
        save_ron(&path, &first).unwrap();
        save_ron(&path, &second).unwrap();
        assert_eq!(load_ron::<Thing>(&path, 1).unwrap(), second);
        assert_eq!(load_ron::<Thing>(&backup_path(&path), 1).unwrap(), first);
        // No temp files are left behind.
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }

    #[test]
    fn failed_save_reports_the_file_and_keeps_the_old_version() {
        let dir = tempfile::tempdir().unwrap();
        // A folder where the file should be: the final rename fails, even for root.
        let path = dir.path().join("s.ron");
        std::fs::create_dir(&path).unwrap();
        std::fs::write(path.join("inside.txt"), "kept").unwrap();
        let err = save_ron(
            &path,
            &Thing {
                format: 1,
                name: "new".into(),
                count: 2,
            },
        )
        .unwrap_err();
        assert!(err.to_string().contains("s.ron"), "{err}");
        assert_eq!(
            std::fs::read_to_string(path.join("inside.txt")).unwrap(),
            "kept"
        );
        // A folder that does not exist.
        let missing = dir.path().join("no/such/folder/s.ron");
        let err = save_ron(
            &missing,
            &Thing {
                format: 1,
                name: "x".into(),
                count: 1,
            },
        )
        .unwrap_err();
        assert!(matches!(err, FileError::Io { .. }), "{err:?}");
    }

    #[test]
    fn recovery_round_trip_and_listing() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path().join("recovery"));
        assert!(store.list().is_empty());
        let value = Thing {
            format: 1,
            name: "unsaved".into(),
            count: 3,
        };
        store.save("lesson/counting attacks", &value).unwrap();
        let listed = store.list();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].key, "lesson_counting_attacks");
        assert_eq!(
            store.load::<Thing>("lesson/counting attacks", 1).unwrap(),
            value
        );
        store.discard("lesson/counting attacks");
        assert!(store.list().is_empty());
    }
}
