//! The one place state changes: every [`AppCommand`] queued during a frame is handled here, at the
//! end of it, in order.

use std::ops::Range;
use std::path::PathBuf;

use super::commands::Side;
use super::jobs::JobResult;
use super::recovery::Discard;
use super::widgets::palette::HOTKEYS;
use super::{
    AppCommand, AttachMode, Closing, CrosscheckApp, PanelVisibility, ProblemReport, UiCommand,
    files, teacher,
};
use crate::core::edit::{Command, History};
use crate::core::lesson::LessonSource;
use crate::core::session::{Author, Stance};
use crate::core::trail;

impl CrosscheckApp {
    /// Applies a claim command: to the student's session, or on the teacher's desk to the key
    /// (through the lesson's history).
    /// Applies an edit to the work through its history; whether it was applied. A refused edit
    /// changes nothing (not even the time the work was modified) and says why in the status bar,
    /// so that no "done" follows it.
    pub(crate) fn apply(&mut self, command: Command, typing_key: Option<String>, now: f64) -> bool {
        if self.teaching() {
            return self.apply_key_command(command, typing_key, now);
        }
        let at = self.trail_now();
        match trail::apply(
            &mut self.history,
            &mut self.session,
            command,
            typing_key,
            at,
        ) {
            Ok(()) => {
                self.session.modified = jiff::Timestamp::now();
                self.last_edit_time = now;
                true
            }
            Err(e) => {
                self.say_failed(&e, |app, error| {
                    tr!(app, "shell-could-not-apply", error = error)
                });
                false
            }
        }
    }

    /// Handles queued commands. `ctx` is for background jobs and the window.
    pub fn handle_commands(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        let commands = std::mem::take(&mut self.commands);
        for command in commands {
            self.handle(ctx, command, now);
        }
    }

    pub(crate) fn handle(&mut self, ctx: &egui::Context, command: AppCommand, now: f64) {
        if command.replaces_work() && self.unsaved() {
            self.confirm_discard = Some(command);
            return;
        }
        self.dispatch(ctx, command, now);
    }

    #[allow(clippy::too_many_lines)] // One arm per command: the one place state changes.
    pub(crate) fn dispatch(&mut self, ctx: &egui::Context, command: AppCommand, now: f64) {
        match command {
            // The user chose to go ahead: the command runs without asking again. The unsaved
            // work stays in memory (and in its recovery copy) until the command replaces it.
            AppCommand::Discarding(command) => {
                self.confirm_discard = None;
                // Once the work is replaced, its recovery copies go too: the user chose to
                // discard it, so it must not be offered to whoever starts the app next.
                self.discarded_recovery = self.work_recovery_keys();
                self.dispatch(ctx, *command, now);
            }
            AppCommand::KeepWork => self.confirm_discard = None,
            AppCommand::Edit(c) => {
                self.apply(c, None, now);
            }
            AppCommand::EditTyping(c, key) => {
                self.apply(c, Some(key), now);
            }
            AppCommand::EditLesson(edit) => {
                self.apply_lesson_edit(edit, None, now);
            }
            AppCommand::EditLessonTyping(edit, key) => {
                self.apply_lesson_edit(edit, Some(key), now);
            }
            AppCommand::EditReview(edit) => self.apply_review_edit(edit, None),
            AppCommand::EditReviewTyping(edit, key) => self.apply_review_edit(edit, Some(key)),
            AppCommand::Undo | AppCommand::Redo => {
                let redo = matches!(command, AppCommand::Redo);
                let can = if self.teaching() {
                    self.teacher_can_undo(redo)
                } else if redo {
                    self.history.can_redo()
                } else {
                    self.history.can_undo()
                };
                if !can {
                    let status = if redo {
                        tr!(self, "shell-nothing-to-redo")
                    } else {
                        tr!(self, "shell-nothing-to-undo")
                    };
                    self.set_status(status, false);
                    return;
                }
                let done = if self.teaching() {
                    self.teacher_undo(ctx, redo)
                } else {
                    // The student's undo and redo are entries of the trail too.
                    let at = self.trail_now();
                    trail::undo_redo(&mut self.history, &mut self.session, redo, at)
                };
                match done {
                    Ok(touched) => {
                        self.last_edit_time = now;
                        let what = if redo {
                            tr!(self, "shell-redone")
                        } else {
                            tr!(self, "shell-undone")
                        };
                        self.after_undo_redo(touched, what);
                    }
                    Err(e) => {
                        self.say_failed(&e, |app, error| {
                            tr!(app, "shell-could-not-undo", error = error)
                        });
                    }
                }
            }
            AppCommand::OpenSearch => {
                self.search.open = true;
                self.search.focus = true;
            }
            AppCommand::ToggleShortcuts => self.shortcuts_open = !self.shortcuts_open,
            AppCommand::ShowAbout => self.about = Some(super::shell::About::default()),
            AppCommand::MakeClaim => self.make_claim(now),
            AppCommand::DeleteClaim(id) => {
                let removed = self.apply(
                    Command::RemoveAnnotation {
                        annotation_id: id.clone(),
                    },
                    None,
                    now,
                );
                // Refused: `apply` said why; nothing is said done.
                if removed {
                    if self.selected_claim.as_deref() == Some(id.as_str()) {
                        self.selected_claim = None;
                    }
                    self.set_status(tr!(self, "shell-claim-deleted"), false);
                }
            }
            AppCommand::SelectClaim(id) => {
                // A claim without a place in the text (orphaned) is shown in the inspector only.
                if let Some(a) = id
                    .as_ref()
                    .and_then(|id| self.session.annotation(id))
                    .filter(|a| a.orphaned.is_none())
                {
                    let (doc, start) = (a.document.clone(), a.selector.position.start);
                    if doc != self.current_document {
                        self.current_document.clone_from(&doc);
                        if let Some(v) = self.views.get_mut(&doc) {
                            v.scroll_to_char(start);
                        }
                    }
                }
                self.selected_claim = id;
            }
            AppCommand::ShowDocument(doc, range) => {
                self.numbers.open = false;
                // On the Review tab the student's column shows the same place.
                if let (Some(r), Some(class)) =
                    (&range, self.teacher.as_mut().and_then(|d| d.class.as_mut()))
                    && let Some(view) = class.views.get_mut(&doc)
                {
                    view.scroll_to_char(r.start);
                }
                if let Some(view) = self.views.get_mut(&doc) {
                    if let Some(r) = range {
                        view.scroll_to_char(r.start);
                        view.set_selection(Some(r));
                    }
                    self.current_document = doc;
                } else if self.lesson.lesson.document(&doc).is_some() {
                    // A document that could not be read is shown as that, with why.
                    self.current_document = doc;
                }
            }
            AppCommand::StartAttachPassage(claim_id) => {
                self.attach = Some(AttachMode {
                    claim_id,
                    from_document: self.current_document.clone(),
                });
                self.set_status(tr!(self, "shell-choose-passage"), false);
            }
            AppCommand::ConfirmAttachPassage(stance) => self.confirm_attach(stance, now),
            AppCommand::ClaimPassage(doc, range) => self.claim_passage(&doc, range, now),
            AppCommand::AttachPassageTo {
                claim_id,
                document,
                range,
                stance,
            } => {
                if let Some(mode) = self.attach.take_if(|m| m.claim_id == claim_id) {
                    self.current_document = mode.from_document;
                }
                self.attach_passage(claim_id, &document, range, stance, now);
            }
            AppCommand::ToggleNumbers => {
                if self.numbers.open {
                    self.numbers.open = false;
                } else if super::student::numbers_offered(self) {
                    self.numbers.open = true;
                } else {
                    self.set_status(tr!(self, "numbers-hidden-by-lesson"), true);
                }
            }
            AppCommand::CancelAttach => {
                if let Some(mode) = self.attach.take() {
                    self.current_document = mode.from_document;
                }
            }
            AppCommand::AttachCitation(claim_id, citation, stance) => {
                let evidence = self.session.citation_evidence(&claim_id, citation, stance);
                // The form stays open with what was typed if the citation was refused.
                if self.apply(
                    Command::AddEvidence {
                        annotation_id: claim_id,
                        evidence,
                        index: None,
                    },
                    None,
                    now,
                ) {
                    self.citation_form = None;
                }
            }
            AppCommand::ToggleLabel(label) => self.toggle_label(&label, now),
            AppCommand::Open => {
                self.worker.start_in = self.dialog_folder();
                self.worker.open_dialog(ctx, self.recovery.clone());
            }
            AppCommand::OpenPath(path) => self.worker.open(ctx, path, self.recovery.clone()),
            AppCommand::Save if self.teaching() => {
                let review_dirty = self.review_dirty();
                if review_dirty {
                    self.handle_teacher(ctx, teacher::TeacherCommand::SaveReview);
                }
                if self.teacher_dirty() || !review_dirty {
                    self.handle_teacher(ctx, teacher::TeacherCommand::SaveLesson(None));
                }
            }
            AppCommand::SaveAs if self.teaching() => {
                self.handle_teacher(
                    ctx,
                    teacher::TeacherCommand::Pick(teacher::Pick::SaveLessonFolder),
                );
            }
            // From the student's desk, the sample's teacher edition (with its answer key) opens
            // only after saying so.
            AppCommand::Teacher(teacher::TeacherCommand::EditSample) if !self.teaching() => {
                self.question = Some(super::Question::RevealKey);
            }
            AppCommand::RevealKey => {
                self.question = None;
                self.handle_teacher(ctx, teacher::TeacherCommand::EditSample);
            }
            AppCommand::Teacher(command) => self.handle_teacher(ctx, command),
            AppCommand::Save | AppCommand::SaveAs if self.nameless_work() => {
                // A hand-in with no name is no one's: ask for it first (autosave keeps the work).
                self.set_status(tr!(self, "shell-save-needs-name"), true);
                crate::app::student::ask_for_name(ctx);
                if self.closing == Closing::SavingToClose {
                    self.closing = Closing::Open;
                }
            }
            AppCommand::Save => {
                if self.closing == Closing::SavingToClose {
                    // Saved to close: the work session ends in the file.
                    self.end_work_session();
                }
                if let Some(path) = self.session_path.clone() {
                    self.save_to(ctx, path);
                } else {
                    self.save_after_pick = true;
                    self.worker.start_in = self.dialog_folder();
                    self.worker.save_as_dialog(ctx, self.suggested_file_name());
                }
            }
            AppCommand::SaveAs => {
                self.save_after_pick = true;
                self.worker.start_in = self.dialog_folder();
                self.worker.save_as_dialog(ctx, self.suggested_file_name());
            }
            AppCommand::HandIn => self.hand_in(ctx),
            AppCommand::ToggleWorkTrail => {
                self.trail.window_open = !self.trail.window_open && !self.teaching();
            }
            AppCommand::Pasted(into, text) => self.record_paste(into, &text),
            AppCommand::Export(format) => self.ask_export(ctx, format),
            AppCommand::ExportTo(format, path) => self.export_to(ctx, format, path),
            AppCommand::ImportAnnotations => self.ask_import(ctx),
            AppCommand::ImportAnnotationsFrom(path) => self.import_from(ctx, path),
            AppCommand::ZoomIn => self.set_zoom(self.prefs.ui_zoom * 1.1),
            AppCommand::ZoomOut => self.set_zoom(self.prefs.ui_zoom / 1.1),
            AppCommand::ResetZoom => self.set_zoom(1.0),
            AppCommand::ArticleTextLarger => {
                self.prefs.font_size = (self.prefs.font_size + 1.0).min(40.0);
            }
            AppCommand::ArticleTextSmaller => {
                self.prefs.font_size = (self.prefs.font_size - 1.0).max(9.0);
            }
            AppCommand::TogglePanel(side) => {
                // Flips what is on screen now (a panel folded away by a narrow window opens).
                let width = ctx.content_rect().width();
                let panel = match side {
                    Side::Left => &mut self.prefs.left_panel,
                    Side::Right => &mut self.prefs.right_panel,
                };
                *panel = if panel.shown(width) {
                    PanelVisibility::Hidden
                } else {
                    PanelVisibility::Shown
                };
            }
            AppCommand::LeaveTeacher => {
                let lesson = files::student_view(files::bundled_lesson());
                let session =
                    crate::core::session::Session::new(&lesson.lesson, jiff::Timestamp::now());
                self.take_opened(files::Opened {
                    lesson,
                    session,
                    session_path: None,
                    recovery: None,
                    format: crate::core::session::SESSION_FORMAT,
                });
            }
            AppCommand::ToggleTheme => self.prefs.dark = !self.prefs.dark,
            AppCommand::SetLanguage(language) => self.prefs.language = language,
            AppCommand::Search(query) => self.start_search(ctx, &query),
            AppCommand::RestoreRecovery => {
                if let Some((key, file)) = self.recovery_offer.take() {
                    // Once this work is saved, wherever, its copy goes.
                    self.superseded_recovery.push(key.clone());
                    // The restore is itself an edit-free state change: the work is unsaved again.
                    self.session = file.session;
                    // The recovered work is saved where it was saved, or asks where (never over
                    // the file that happened to be open).
                    self.session_path = file.session_path;
                    self.history = History::default();
                    self.history.mark_unsaved();
                    self.derived.invalidate();
                    self.begin_work_session();
                    let claims = tr!(self, "claims-count", count = self.session.annotations.len());
                    self.set_status(tr!(self, "shell-recovered", claims = claims), false);
                }
            }
            AppCommand::LeaveRecovery => {
                // Someone else's work stays for them; this student starts fresh.
                self.recovery_offer = None;
                self.set_status(tr!(self, "shell-recover-left"), false);
            }
            AppCommand::ClearRecoveryCopies => {
                // Read and removed on the files thread; it says how many went when done.
                let keep = self.work_recovery_keys();
                self.worker.clear_recovery(ctx, self.recovery.clone(), keep);
                self.recovery_offer = None;
            }
            AppCommand::DiscardRecovery => {
                if let Some((key, _)) = self.recovery_offer.take() {
                    self.discard_recovery(ctx, vec![key], Discard::Offer);
                }
            }
            AppCommand::CloseDiscarding => {
                // On the files thread, which the window waits for as it closes.
                let mut keys = vec![self.recovery_key()];
                keys.append(&mut self.superseded_recovery);
                self.discard_recovery(ctx, keys, Discard::Quietly);
                self.closing = Closing::Allowed;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    pub(crate) fn after_undo_redo(&mut self, touched: Option<String>, what: String) {
        if let Some(id) = touched
            && self.session.annotation(&id).is_some()
        {
            self.selected_claim = Some(id);
        } else if self
            .selected_claim
            .as_ref()
            .is_some_and(|id| self.session.annotation(id).is_none())
        {
            self.selected_claim = None;
        }
        self.set_status(what, false);
    }

    /// The student's work has no name to save it under.
    fn nameless_work(&self) -> bool {
        !self.teaching() && self.session.student.trim().is_empty()
    }

    pub(crate) fn make_claim(&mut self, now: f64) {
        let doc = self.current_document.clone();
        let Some(view) = self.views.get_mut(&doc) else {
            return;
        };
        let whole_words = self.prefs.whole_words;
        let Some(range) = view
            .selection()
            .map(|r| view.text().passage(r, whole_words))
            .filter(|r| !r.is_empty())
        else {
            self.set_status(tr!(self, "shell-select-text-first"), true);
            return;
        };
        view.set_selection(None);
        let quote = view.text().slice_chars(range.clone()).to_owned();
        if self.add_claim(&doc, range, now) {
            // Said in the status bar, which a screen reader announces.
            let number = self.session.annotations.len();
            let status = if self.teaching() {
                tr!(self, "shell-key-item-made", number = number, quote = quote)
            } else {
                tr!(self, "shell-claim-made", number = number, quote = quote)
            };
            self.set_status(status, false);
        }
    }

    /// Makes a claim (a key item on the teacher's desk) of a passage given by the Numbers panel,
    /// and says so: the panel stays in view.
    pub(crate) fn claim_passage(&mut self, doc: &str, range: Range<usize>, now: f64) {
        if self.add_claim(doc, range, now) {
            let number = self.session.annotations.len();
            let status = if self.teaching() {
                tr!(self, "numbers-key-item-made", number = number)
            } else {
                tr!(self, "numbers-claim-made", number = number)
            };
            self.set_status(status, false);
        }
    }

    /// Adds a claim of a passage of a document and selects it; false if the document is not
    /// open or the passage is empty.
    fn add_claim(&mut self, doc: &str, range: Range<usize>, now: f64) -> bool {
        let author = if self.teaching() {
            Author::Key
        } else {
            Author::Student
        };
        let Some(view) = self.views.get(doc) else {
            return false;
        };
        let Some(annotation) =
            self.session
                .new_claim(&self.lesson.lesson, author, doc, view.text(), range)
        else {
            return false;
        };
        let id = annotation.id.clone();
        let added = self.apply(
            Command::AddAnnotation {
                annotation,
                index: None,
            },
            None,
            now,
        );
        // A claim refused is not selected (it does not exist).
        if added {
            self.selected_claim = Some(id);
        }
        added
    }

    pub(crate) fn confirm_attach(&mut self, stance: Stance, now: f64) {
        let Some(mode) = self.attach.clone() else {
            return;
        };
        let doc = self.current_document.clone();
        let Some(view) = self.views.get_mut(&doc) else {
            return;
        };
        let whole_words = self.prefs.whole_words;
        let Some(range) = view
            .selection()
            .map(|r| view.text().passage(r, whole_words))
            .filter(|r| !r.is_empty())
        else {
            self.set_status(tr!(self, "shell-select-passage-first"), true);
            return;
        };
        view.set_selection(None);
        self.attach = None;
        self.current_document = mode.from_document;
        self.attach_passage(mode.claim_id, &doc, range, stance, now);
    }

    /// Attaches a passage of a document to a claim as evidence with a stance, selects the claim
    /// and says so.
    pub(crate) fn attach_passage(
        &mut self,
        claim_id: String,
        doc: &str,
        range: Range<usize>,
        stance: Stance,
        now: f64,
    ) {
        if self.session.annotation(&claim_id).is_none() {
            self.set_status(tr!(self, "numbers-claim-gone"), true);
            return;
        }
        let Some(view) = self.views.get(doc) else {
            return;
        };
        let Some(evidence) =
            self.session
                .passage_evidence(&claim_id, doc, view.text(), range, stance)
        else {
            return;
        };
        let attached = self.apply(
            Command::AddEvidence {
                annotation_id: claim_id.clone(),
                evidence,
                index: None,
            },
            None,
            now,
        );
        self.selected_claim = Some(claim_id);
        if !attached {
            // Refused: `apply` said why.
            return;
        }
        let kind = match stance {
            Stance::Corroborates => "corroborates",
            Stance::Contradicts => "contradicts",
            Stance::AddsContext => "context",
        };
        let status = tr!(
            self,
            "shell-evidence-attached",
            symbol = stance.symbol(),
            stance = kind
        );
        self.set_status(status, false);
    }

    pub(crate) fn toggle_label(&mut self, label: &str, now: f64) {
        let Some(id) = self.selected_claim.clone() else {
            return;
        };
        let Some(a) = self.session.annotation(&id) else {
            return;
        };
        let labels = a.labels_toggled(&self.lesson.lesson, label);
        let added = labels.contains(label);
        let name = self
            .lesson
            .lesson
            .label(label)
            .map_or(label, |(_, l)| l.name.as_str())
            .to_owned();
        if !self.apply(
            Command::SetLabels {
                annotation_id: id.clone(),
                labels,
            },
            None,
            now,
        ) {
            // Refused: `apply` said why.
            return;
        }
        // Every toggle is said, so that none goes unnoticed; the claim by its number, as the
        // claims list shows it (its id is no one's business).
        let number = self
            .session
            .annotations
            .iter()
            .position(|a| a.id == id)
            .map_or(0, |i| i + 1);
        let status = if added {
            tr!(self, "shell-label-added", label = name, number = number)
        } else {
            tr!(self, "shell-label-removed", label = name, number = number)
        };
        self.set_status(status, false);
    }

    /// Says in the status bar that something failed, with why, in the interface's language.
    pub(crate) fn say_failed(
        &mut self,
        why: &(impl crate::core::words::Worded + ?Sized),
        say: impl FnOnce(&Self, String) -> String,
    ) {
        let error = super::i18n::Speaks::words(self).message(why);
        let status = say(self, error);
        self.set_status(status, true);
    }

    pub(crate) fn suggested_file_name(&self) -> String {
        let who = if self.session.student.trim().is_empty() {
            "my-work".to_owned()
        } else {
            self.session.student.trim().replace(' ', "-")
        };
        format!("{}-{}.session.ron", self.session.lesson_id, who)
    }

    pub(crate) fn save_to(&mut self, ctx: &egui::Context, path: PathBuf) {
        let mut session = self.session.clone();
        session.modified = jiff::Timestamp::now();
        let keep = self.original_to_keep(&path);
        self.worker
            .save_session(ctx, session, path, self.history.state_id(), keep);
    }

    /// The zoom of the whole interface, within reason (remembered).
    fn set_zoom(&mut self, zoom: f32) {
        self.prefs.ui_zoom = ((zoom * 100.0).round() / 100.0).clamp(0.5, 3.0);
        let percent = (self.prefs.ui_zoom * 100.0).round();
        self.set_status(tr!(self, "shell-zoom", percent = f64::from(percent)), false);
    }

    /// Work opened (from a file, or the sample lesson): it replaces what was open, on the
    /// student's desk.
    pub(crate) fn take_opened(&mut self, opened: files::Opened) {
        let lesson_path = match &opened.lesson.source {
            LessonSource::Folder(p) | LessonSource::Packed(p) => Some(p.clone()),
            LessonSource::Bundled | LessonSource::New => None,
        };
        self.end_work_session();
        self.teacher = None;
        if let Some(p) = opened.session_path.clone().or_else(|| lesson_path.clone()) {
            self.remember_recent(p);
        }
        self.forget_discarded_work();
        self.lesson = opened.lesson;
        self.session = opened.session;
        self.session_path = opened.session_path;
        self.lesson_path = lesson_path;
        self.history = History::default();
        self.superseded_recovery.clear();
        self.problems = None;
        let recovery = opened.recovery;
        self.rebuild_views();
        match recovery {
            Some(scan) => self.take_recovery_scan(scan),
            None => self.offer_recovery(),
        }
        self.announce_opened();
        let path = self.session_path.clone();
        self.opened_in_format(path.as_deref(), opened.format);
    }

    /// The folder a file dialog starts in: the last one a file was picked in, else the work's
    /// file's, else the lesson's, else none (the system's choice, not `/`).
    pub fn dialog_folder(&self) -> Option<std::path::PathBuf> {
        use crate::core::lesson::LessonSource;
        let lesson = match &self.lesson.source {
            LessonSource::Folder(dir) => Some(dir.clone()),
            LessonSource::Packed(file) => file.parent().map(std::path::Path::to_path_buf),
            LessonSource::Bundled | LessonSource::New => None,
        };
        [
            self.prefs.last_folder.clone(),
            self.session_path
                .as_ref()
                .and_then(|p| p.parent())
                .map(std::path::Path::to_path_buf),
            lesson,
        ]
        .into_iter()
        .flatten()
        .find(|dir| dir.is_dir())
    }

    /// Remembers the folder of a file just picked in a dialog.
    fn remember_folder(&mut self, picked: &std::path::Path) {
        let folder = if picked.is_dir() {
            Some(picked)
        } else {
            picked.parent()
        };
        if let Some(folder) = folder.filter(|f| !f.as_os_str().is_empty()) {
            self.prefs.last_folder = Some(folder.to_path_buf());
        }
    }

    pub(crate) fn handle_job_results(&mut self, ctx: &egui::Context) {
        for result in self.worker.poll() {
            if let Some(picked) = result.picked_path() {
                self.remember_folder(&picked);
            }
            match result {
                JobResult::Opened(opened) => match *opened {
                    Ok(opened) => self.take_opened(opened),
                    Err(message) => {
                        self.discarded_recovery.clear();
                        let heading = tr!(self, "shell-could-not-open-file");
                        self.report_problems(ProblemReport::new(heading, [message]));
                    }
                },
                JobResult::SavePathPicked(Some(path)) => {
                    if self.save_after_pick {
                        self.save_after_pick = false;
                        self.superseded_recovery.push(self.recovery_key());
                        self.session_path = Some(path.clone());
                        if self.trail.handing_in.is_some() {
                            self.hand_in_to(ctx, path);
                        } else {
                            self.save_to(ctx, path);
                        }
                    }
                }
                JobResult::SavePathPicked(None) | JobResult::Cancelled => {
                    self.save_after_pick = false;
                    self.trail.handing_in = None;
                    // Nothing was replaced: the work stays, and so do its copies.
                    self.discarded_recovery.clear();
                }
                JobResult::Saved {
                    state,
                    path,
                    result,
                } => match result {
                    Ok(()) => {
                        // A save of work no longer open (another file was opened since) changes
                        // nothing here.
                        if self.session_path.as_ref() == Some(&path) {
                            let mut discard = Vec::new();
                            // Its copy goes only if nothing was typed since the save was asked
                            // for: else the copy may hold the newer edits.
                            if state == self.history.state_id() {
                                self.history.mark_saved();
                                discard.push(self.recovery_key());
                            }
                            // Copies from before the work had this file are older than the save.
                            discard.push(self.unsaved_recovery_key());
                            discard.append(&mut self.superseded_recovery);
                            self.discard_recovery(ctx, discard, Discard::Quietly);
                        }
                        self.remember_recent(path.clone());
                        let status = self.trail_saved(&path, true).unwrap_or_else(|| {
                            tr!(self, "shell-saved", path = path.display().to_string())
                        });
                        self.set_status(status, false);
                    }
                    // The work stays in memory, and the recovery copy stays on disk.
                    Err(e) => {
                        self.trail_saved(&path, false);
                        self.say_failed(&e, |app, error| {
                            tr!(app, "shell-not-saved", error = error)
                        });
                    }
                },
                JobResult::Autosaved(Err(e)) => {
                    self.say_failed(&e, |app, error| {
                        tr!(app, "shell-autosave-failed", error = error)
                    });
                }
                JobResult::Autosaved(Ok(())) => {}
                JobResult::Discarded(done) => self.recovery_discarded(&done),
                JobResult::Teacher(job) => self.teacher_job_done(ctx, *job),
                JobResult::Interop(job) => self.interop_job_done(ctx, *job),
                JobResult::Numbers(print, board) => self.numbers.found(print, board),
                JobResult::Searched(found) => self.search_found(*found),
                JobResult::Failed(message) => self.set_status(message, true),
            }
        }
    }

    pub(crate) fn remember_recent(&mut self, path: PathBuf) {
        self.prefs.recent.retain(|p| *p != path);
        self.prefs.recent.insert(0, path);
        self.prefs.recent.truncate(10);
    }

    /// The shortcuts of the command list, and the label keys.
    pub(crate) fn shortcuts(&mut self, ctx: &egui::Context) {
        if let Some(command) = UiCommand::consume_shortcut(ctx) {
            self.send(command.command());
        }
        // Label keys (Alt+1–9, Alt+A–Z) when a claim is selected and no text field has focus:
        // with Alt, so that typing (in the article, or a stray key) never toggles a label.
        if self.selected_claim.is_some() && !ctx.text_edit_focused() {
            let pressed: Vec<String> = ctx.input_mut(|i| {
                HOTKEYS
                    .iter()
                    .zip(&self.derived.hotkey_labels)
                    .filter(|((key, _), _)| i.consume_key(egui::Modifiers::ALT, *key))
                    .map(|(_, label)| label.clone())
                    .collect()
            });
            for label in pressed {
                self.send(AppCommand::ToggleLabel(label));
            }
        }
    }

    pub(crate) fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.send(AppCommand::OpenPath(path));
        }
    }

    /// "Save" in the closing question: the window closes once the work is saved, or the question
    /// is put away if the save failed or its dialog was cancelled (the status bar says why).
    pub(crate) fn close_once_saved(&mut self, ctx: &egui::Context) {
        if self.closing != Closing::SavingToClose {
            return;
        }
        if !self.unsaved() {
            self.closing = Closing::Allowed;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        } else if self.worker.idle() {
            self.closing = Closing::Open;
        }
    }

    pub(crate) fn handle_close(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested())
            && self.closing != Closing::Allowed
            && self.unsaved()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.closing = Closing::Asking;
        }
    }
}
