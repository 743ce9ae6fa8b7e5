//! Autosave and recovery: unsaved work is copied to the recovery store a moment after each edit,
//! and offered back when the same work is opened again after a crash.

use super::files::RecoveryFile;
use super::{CrosscheckApp, ProblemReport};
use crate::core::store::RecoveryStore;

impl CrosscheckApp {
    /// The recovery key of the current work.
    pub fn recovery_key(&self) -> String {
        match &self.session_path {
            Some(p) => format!(
                "session-{}",
                crate::core::text::sha256_hex(p.to_string_lossy().as_bytes())
                    .get(..16)
                    .unwrap_or_default()
            ),
            None => self.unsaved_recovery_key(),
        }
    }

    /// The recovery key of this session while it has no file. Each unsaved session has its own
    /// (by when it was started): on a shared computer one student's copy is never another's.
    pub(crate) fn unsaved_recovery_key(&self) -> String {
        format!(
            "unsaved-{}-{}",
            self.session.lesson_id,
            crate::core::text::sha256_hex(self.session.created.to_string().as_bytes())
                .get(..12)
                .unwrap_or_default()
        )
    }

    /// Offers a recovery copy of work on this lesson left by a run that ended without saving:
    /// the copy of the session just opened if there is one, else the newest unsaved session's. A
    /// copy that cannot be read is reported (and kept), not ignored.
    pub(crate) fn offer_recovery(&mut self) {
        // Keys as the store names its files (ids with spaces or non-ASCII letters are spelt
        // with `_` there).
        let own = RecoveryStore::stored_key(&self.recovery_key());
        let unsaved_prefix =
            RecoveryStore::stored_key(&format!("unsaved-{}-", self.session.lesson_id));
        let entries = self.recovery.list();
        let candidates = entries.iter().filter(|e| e.key == own).chain(
            entries
                .iter()
                .filter(|e| e.key.starts_with(&unsaved_prefix)),
        );
        let mut unreadable = Vec::new();
        for entry in candidates {
            let loaded = self
                .recovery
                .load::<RecoveryFile>(&entry.key, crate::core::session::SESSION_FORMAT)
                .and_then(|file| {
                    file.session.check_spans().map_err(|message| {
                        crate::core::store::FileError::Invalid {
                            path: entry.path.display().to_string(),
                            message,
                        }
                    })?;
                    Ok(file)
                });
            match loaded {
                Ok(file) if file.session.lesson_id == self.session.lesson_id => {
                    if file.session != self.session {
                        self.recovery_offer = Some((entry.key.clone(), file));
                        break;
                    }
                }
                Ok(_) => {}
                Err(e) => unreadable.push(format!(
                    "{e} (an autosaved copy of unsaved work; it was kept at {})",
                    entry.path.display()
                )),
            }
        }
        if !unreadable.is_empty() {
            self.report_problems(ProblemReport::new(
                "Autosaved work could not be read",
                unreadable,
            ));
        }
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
