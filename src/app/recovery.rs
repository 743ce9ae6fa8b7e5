//! Autosave and recovery: unsaved work is copied to the recovery store a moment after each edit,
//! and offered back when the same work is opened again after a crash.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::i18n::{Language, Speaks as _};
use super::{CrosscheckApp, ProblemReport};
use crate::core::session::Session;
use crate::core::store::{FileError, RecoveryStore};
use crate::core::text::sha256_hex;

/// What a recovery copy holds: the session and where it belongs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecoveryFile {
    /// Format of this file.
    pub format: u32,
    /// The unsaved session.
    pub session: Session,
    /// Where it was last saved, if ever.
    pub session_path: Option<PathBuf>,
    /// Where its lesson came from (`None`: the bundled lesson).
    pub lesson_path: Option<PathBuf>,
}

/// The recovery key of a session's work: by its file, or while it has none by its lesson and
/// when it was started (on a shared computer one student's copy is never another's).
pub fn recovery_key(session_path: Option<&std::path::Path>, session: &Session) -> String {
    match session_path {
        Some(p) => format!(
            "session-{}",
            sha256_hex(p.to_string_lossy().as_bytes())
                .get(..16)
                .unwrap_or_default()
        ),
        None => unsaved_recovery_key(session),
    }
}

/// The recovery key of a session while it has no file.
pub fn unsaved_recovery_key(session: &Session) -> String {
    format!(
        "unsaved-{}-{}",
        session.lesson_id,
        sha256_hex(session.created.to_string().as_bytes())
            .get(..12)
            .unwrap_or_default()
    )
}

/// What the recovery store holds for work just opened: a copy to offer (with its key), and
/// copies that could not be read (kept, and reported).
#[derive(Default)]
pub struct RecoveryScan {
    /// The copy to offer.
    pub offer: Option<(String, RecoveryFile)>,
    /// Why each unreadable copy could not be read, and what to do.
    pub unreadable: Vec<super::Said>,
}

/// Looks for a recovery copy of work on this lesson left by a run that ended without saving:
/// the copy of the session just opened if there is one, else the newest unsaved session's.
/// Reads files: the worker runs it for files opened from the window. Unreadable copies are
/// reported in `language`.
pub fn scan_recovery(
    store: &RecoveryStore,
    session_path: Option<&std::path::Path>,
    session: &Session,
    language: Language,
) -> RecoveryScan {
    // Keys as the store names its files (ids with spaces or non-ASCII letters are spelt with
    // `_` there).
    let own = RecoveryStore::stored_key(&recovery_key(session_path, session));
    let unsaved_prefix = RecoveryStore::stored_key(&format!("unsaved-{}-", session.lesson_id));
    let entries = store.list();
    let candidates = entries.iter().filter(|e| e.key == own).chain(
        entries
            .iter()
            .filter(|e| e.key.starts_with(&unsaved_prefix)),
    );
    let mut scan = RecoveryScan::default();
    for entry in candidates {
        let loaded = store
            .load::<RecoveryFile>(&entry.key, crate::core::session::SESSION_FORMAT)
            .and_then(|file| {
                file.session
                    .check_spans()
                    .map_err(|message| FileError::Invalid {
                        path: entry.path.display().to_string(),
                        message,
                    })?;
                Ok(file)
            });
        match loaded {
            Ok(file) if file.session.lesson_id == session.lesson_id => {
                if file.session != *session {
                    scan.offer = Some((entry.key.clone(), file));
                    break;
                }
            }
            Ok(_) => {}
            Err(e) => {
                let (error, advice) = super::said(&language, &e);
                let text = tr!(
                    &language,
                    "shell-autosaved-copy-unreadable",
                    error = error,
                    path = entry.path.display().to_string()
                );
                scan.unreadable.push((text, advice));
            }
        }
    }
    scan
}

impl CrosscheckApp {
    /// The recovery key of the current work.
    pub fn recovery_key(&self) -> String {
        recovery_key(self.session_path.as_deref(), &self.session)
    }

    /// The recovery key of this session while it has no file.
    pub(crate) fn unsaved_recovery_key(&self) -> String {
        unsaved_recovery_key(&self.session)
    }

    /// The recovery keys of the work open now: the session's (with the keys it had before its
    /// path changed), or on the teacher's desk the lesson's.
    pub(crate) fn work_recovery_keys(&self) -> Vec<String> {
        if self.teaching() {
            vec![format!("teacher-{}", self.lesson.lesson.id)]
        } else {
            let mut keys = vec![self.recovery_key(), self.unsaved_recovery_key()];
            keys.extend(self.superseded_recovery.iter().cloned());
            keys
        }
    }

    /// The work the user chose to discard is being replaced: its recovery copies are removed on
    /// the files thread at the end of the frame (an autosave of it still under way is dropped by
    /// the store's write tickets).
    pub(crate) fn forget_discarded_work(&mut self) {
        let keys = std::mem::take(&mut self.discarded_recovery);
        self.recovery_to_remove.extend(keys);
    }

    /// Queues the removals of recovery copies asked for this frame (by code without the
    /// context) on the files thread.
    pub(crate) fn queue_recovery_removals(&mut self, ctx: &egui::Context) {
        if !self.recovery_to_remove.is_empty() {
            let keys = std::mem::take(&mut self.recovery_to_remove);
            self.discard_recovery(ctx, keys, Discard::Quietly);
        }
    }

    /// Recovery copies were removed on the files thread: says so when the user asked, and says
    /// why one could not be.
    pub(crate) fn recovery_discarded(&mut self, done: &Discarded) {
        if let Some(failed) = done.failed.first() {
            self.say_failed(failed, |app, error| {
                tr!(app, "shell-recovery-not-discarded", error = error)
            });
            return;
        }
        match done.why {
            Discard::Offer => self.set_status(tr!(self, "shell-recovery-discarded"), false),
            Discard::Clear => {
                let status = tr!(self, "shell-recovery-cleared", count = done.removed);
                self.set_status(status, false);
            }
            Discard::Quietly => {}
        }
    }

    /// Offers what a recovery scan found, and reports copies that could not be read.
    pub(crate) fn take_recovery_scan(&mut self, scan: RecoveryScan) {
        self.recovery_offer = scan.offer;
        self.recovery_gate = RecoveryGate::default();
        if !scan.unreadable.is_empty() {
            let heading = tr!(self, "shell-autosaved-unreadable");
            self.report_problems(ProblemReport::new(heading, scan.unreadable));
        }
    }

    /// Scans the recovery store for this work now, on this thread (at start, before the first
    /// frame).
    pub(crate) fn offer_recovery(&mut self) {
        let scan = scan_recovery(
            &self.recovery,
            self.session_path.as_deref(),
            &self.session,
            self.language(),
        );
        self.take_recovery_scan(scan);
    }

    /// Removes recovery copies on the files thread, after the writes queued before; the result
    /// comes back as [`JobResult::Discarded`](super::jobs::JobResult::Discarded).
    pub(crate) fn discard_recovery(
        &mut self,
        ctx: &egui::Context,
        keys: Vec<String>,
        why: Discard,
    ) {
        self.worker.discard(ctx, self.recovery.clone(), keys, why);
    }

    pub(crate) fn autosave(&mut self, ctx: &egui::Context) {
        let state = self.history.state_id();
        if !self.history.is_dirty() || state == self.autosaved_state {
            return;
        }
        let now = ctx.input(|i| i.time);
        let due = self.last_edit_time + super::AUTOSAVE_DELAY_SECS;
        if now < due {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(due - now + 0.05));
            return;
        }
        self.autosaved_state = state;
        let file = self.recovery_file();
        self.worker
            .autosave(ctx, self.recovery.clone(), &self.recovery_key(), file);
    }

    pub(crate) fn recovery_file(&self) -> RecoveryFile {
        RecoveryFile {
            format: crate::core::session::SESSION_FORMAT,
            session: self.session.clone(),
            session_path: self.session_path.clone(),
            lesson_path: self.lesson_path.clone(),
        }
    }

    /// Writes the recovery copy now, on this thread (tests; and a last chance before closing).
    pub fn autosave_now(&mut self) -> Result<(), crate::core::store::FileError> {
        let file = self.recovery_file();
        self.autosaved_state = self.history.state_id();
        self.recovery.save(&self.recovery_key(), &file).map(|_| ())
    }
}

/// The offer of unsaved work found on this computer names no one: it asks for the name the work
/// was made under, and after [`RECOVERY_TRIES`] wrong names it waits [`RECOVERY_WAIT_SECS`].
#[derive(Debug, Default)]
pub struct RecoveryGate {
    /// The name typed.
    pub typed: String,
    /// Wrong names given since the last wait.
    pub wrong: u32,
    /// Until when (the window's clock, seconds) no name is tried.
    pub wait_until: Option<f64>,
}

/// Wrong names before the offer waits.
pub const RECOVERY_TRIES: u32 = 3;

/// How long it waits, in seconds.
pub const RECOVERY_WAIT_SECS: f64 = 30.0;

/// Whether two names are the same name: case, and spaces around and between words, aside.
pub fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let (a, b) = (norm(a), norm(b));
    !a.is_empty() && a == b
}

/// Why recovery copies are removed: what is said when it is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Discard {
    /// The user declined the unsaved work offered: it says so when it is gone.
    Offer,
    /// A teacher cleared the copies left on the computer: it says how many went.
    Clear,
    /// Copies of work saved or replaced: only a failure is said.
    Quietly,
}

/// Recovery copies removed on the files thread.
#[derive(Debug)]
pub struct Discarded {
    /// Why they were removed.
    pub why: Discard,
    /// How many were removed.
    pub removed: usize,
    /// Why some could not be.
    pub failed: Vec<FileError>,
}

/// Removes the recovery copies `keys` (waiting, on the files thread, for an autosave of one under
/// way).
pub(crate) fn discard_copies(store: &RecoveryStore, keys: &[String], why: Discard) -> Discarded {
    let mut done = Discarded {
        why,
        removed: 0,
        failed: Vec::new(),
    };
    for key in keys {
        match store.try_discard(key) {
            Ok(()) => done.removed += 1,
            Err(e) => done.failed.push(e),
        }
    }
    done
}
