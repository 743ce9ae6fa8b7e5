//! The student's work trail as the app keeps it (the trail itself is the core's,
//! `core::trail`): each change and undo recorded as it is made, the work sessions (a work session
//! is recorded once something is done in it: opening a handed-in file to read it changes
//! nothing), pastes, the hand-in, and the upgrade of a session from before trails.

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use super::CrosscheckApp;
use super::student::TrailLine;
use crate::core::session::SESSION_FORMAT;
use crate::core::trail::{self, Event, Field};

/// What the app keeps about the open work's trail.
#[derive(Debug, Default)]
pub struct TrailState {
    /// The file the work was read from in an older format, and that format: its original is
    /// kept (`NAME.format-N.bak`) before the first save over it.
    pub(crate) upgraded: Option<(PathBuf, u32)>,
    /// When the work was opened, while nothing of this work session is recorded yet.
    pending_open: Option<Timestamp>,
    /// Whether this work session was recorded (it began with an `Opened` entry).
    recording: bool,
    /// A hand-in whose save is under way: the status says "Handed in" when it lands.
    pub(crate) handing_in: Option<Timestamp>,
    /// Whether "My work trail" shows.
    pub window_open: bool,
    /// What the trail window shows, worded, and the trail's head and language it was worded for
    /// (worded again only when one changes: the trail may be long).
    pub(crate) shown: Option<(String, super::Language, Vec<TrailLine>)>,
}

impl TrailState {
    /// The lines "My work trail" shows (none until it was shown).
    pub fn shown_lines(&self) -> &[TrailLine] {
        self.shown
            .as_ref()
            .map_or(&[], |(_, _, lines)| lines.as_slice())
    }
}

impl CrosscheckApp {
    /// A work session begins on the student's desk (work opened, a new one started, a copy
    /// restored): recorded with the first thing done in it.
    pub(crate) fn begin_work_session(&mut self) {
        self.trail.pending_open = Some(Timestamp::now());
        self.trail.recording = false;
        self.trail.shown = None;
    }

    /// The work session ends (the work is closed or replaced, the app quits): recorded if
    /// anything was done in it, unless it ended with the hand-in (closing the work is no
    /// change after it).
    pub(crate) fn end_work_session(&mut self) {
        if self.teaching() || !self.trail.recording {
            return;
        }
        let sealed = self
            .session
            .trail
            .as_ref()
            .is_some_and(|t| t.handed_in.as_ref().is_some_and(|s| s.head == t.head));
        if !sealed {
            trail::record(&mut self.session, Timestamp::now(), Event::Closed);
        }
        // Work done after this (a save to close that was cancelled) is a new work session.
        self.begin_work_session();
    }

    /// The time of an entry about to be recorded; the work session's `Opened` first if it is
    /// not recorded yet.
    pub(crate) fn trail_now(&mut self) -> Timestamp {
        if let Some(opened) = self.trail.pending_open.take() {
            let version = env!("CARGO_PKG_VERSION").to_owned();
            trail::trail_of(&mut self.session, opened).push(opened, Event::Opened { version });
            self.trail.recording = true;
        }
        Timestamp::now()
    }

    /// Text was pasted into a field of the work: recorded before the change it makes, with
    /// where it came from (one of the lesson's documents, or outside the app).
    pub(crate) fn record_paste(&mut self, into: Field, text: &str) {
        if self.teaching() || text.is_empty() {
            return;
        }
        let from = trail::paste_source(
            text,
            self.lesson
                .texts
                .iter()
                .map(|(id, t)| (id.as_str(), t.as_str())),
        );
        let now = self.trail_now();
        let chars = text.chars().count();
        trail::record(&mut self.session, now, Event::Pasted { into, chars, from });
    }

    /// The work as it was opened: a session read from an older format says, once, that it has
    /// no trail before this version, and keeps its original before the first save over it.
    pub(crate) fn opened_in_format(&mut self, path: Option<&Path>, format: u32) {
        self.trail.upgraded = None;
        self.trail.handing_in = None;
        self.begin_work_session();
        if format >= SESSION_FORMAT {
            return;
        }
        if let Some(path) = path {
            self.trail.upgraded = Some((path.to_owned(), format));
        }
        if let Some(notice) =
            <crate::core::session::Session as crate::core::store::migrate::Versioned>::upgrade_notice(format)
        {
            let words = super::i18n::Speaks::words(self).message(&notice);
            let opened = self.status.as_ref().map(|s| s.text.clone());
            let text = match opened {
                Some(opened) => tr!(self, "trail-opened-upgraded", opened = opened, notice = words),
                None => words,
            };
            let error = self.status.as_ref().is_some_and(|s| s.error);
            self.set_status(text, error);
        }
    }

    /// The format whose original must be kept before saving to `path`, if any.
    pub(crate) fn original_to_keep(&self, path: &Path) -> Option<u32> {
        self.trail
            .upgraded
            .as_ref()
            .filter(|(p, _)| p == path)
            .map(|(_, format)| *format)
    }

    /// File ▸ Hand in…: the work is handed in (a recorded entry, not an undo step) and saved
    /// where it is saved, or where the student chooses; a nameless work asks for the name first.
    pub(crate) fn hand_in(&mut self, ctx: &egui::Context) {
        if self.teaching() {
            return;
        }
        if self.session.student.trim().is_empty() {
            self.set_status(tr!(self, "trail-hand-in-needs-name"), true);
            super::student::ask_for_name(ctx);
            return;
        }
        if let Some(path) = self.session_path.clone() {
            self.hand_in_to(ctx, path);
        } else {
            // Handed in once it has a file: a cancelled dialog hands nothing in.
            self.trail.handing_in = Some(Timestamp::now());
            self.save_after_pick = true;
            self.worker.start_in = self.dialog_folder();
            self.worker.save_as_dialog(ctx, self.suggested_file_name());
        }
    }

    /// Hands the work in and saves it to `path`.
    pub(crate) fn hand_in_to(&mut self, ctx: &egui::Context, path: PathBuf) {
        let now = self.trail_now();
        trail::hand_in(&mut self.session, now);
        self.trail.handing_in = Some(now);
        self.trail.shown = None;
        // The hand-in is in the work, not in its undo history: the work is unsaved until the
        // save lands.
        self.history.mark_unsaved();
        self.save_to(ctx, path);
    }

    /// A save landed (or failed): what it means for the trail. Returns the status to show
    /// instead of "Saved", for a hand-in.
    pub(crate) fn trail_saved(&mut self, path: &Path, ok: bool) -> Option<String> {
        if !ok {
            self.trail.handing_in = None;
            return None;
        }
        if self.original_to_keep(path).is_some() {
            self.trail.upgraded = None;
        }
        let at = self.trail.handing_in.take()?;
        let time = at
            .to_zoned(jiff::tz::TimeZone::system())
            .strftime("%H:%M")
            .to_string();
        let file = path.display().to_string();
        Some(tr!(
            self,
            "trail-handed-in-status",
            time = time,
            path = file
        ))
    }
}
