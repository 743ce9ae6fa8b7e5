//! What the teacher's commands do, and what happens when the worker reports back. Edits to the
//! lesson and to the review go through their histories here, and nowhere else.

use std::path::PathBuf;
use std::sync::Arc;

use super::super::i18n::Speaks as _;
use super::super::worker::Latest;
use super::super::{AppCommand, CrosscheckApp, ProblemReport, said};
use super::{OpenedClass, Pick, Regraded, Tab, TeacherCommand, TeacherJob, recovery_key};
use crate::core::class::{self, GRADEBOOK_FILE, REPORTS_FOLDER, REVIEW_FILE};
use crate::core::edit::{Authoring, Command, EditError, LessonEdit, ReviewEdit};
use crate::core::grade::{self, GradeOptions, SessionGrade};
use crate::core::lesson::{Lesson, LessonSource, LoadedLesson};
use crate::core::review::{self, Review};
use crate::core::session::Session;
use crate::core::store;
use crate::core::text::DocumentText;

/// What grading a class needs of the lesson, taken on the UI thread for a job on the worker.
pub struct GradingBasis {
    /// The lesson with the key as edited.
    pub lesson: Lesson,
    /// The documents' texts (for the paragraph tallies).
    pub texts: std::collections::BTreeMap<String, DocumentText>,
    /// What every grade is flagged with when the lesson has problems (marks given against a
    /// broken lesson may be wrong), in the interface's language.
    pub lesson_flag: Option<String>,
}

impl GradingBasis {
    /// Grades every session, with the review applied, and the class overview.
    pub fn grade(
        &self,
        sessions: &[(String, Arc<Session>)],
        review: &Review,
    ) -> (Vec<SessionGrade>, grade::ClassOverview) {
        let lesson = &self.lesson;
        let grades: Vec<SessionGrade> = sessions
            .iter()
            .map(|(file, session)| {
                let mut g = grade::grade(lesson, session, GradeOptions::default());
                g.flags
                    .extend(self.lesson_flag.clone().map(grade::worded_flag));
                if let Some(r) = review.students.get(file) {
                    review::apply(lesson, &mut g, r);
                }
                g
            })
            .collect();
        let all: Vec<&Session> = sessions.iter().map(|(_, s)| s.as_ref()).collect();
        let refs: Vec<&SessionGrade> = grades.iter().collect();
        let overview = grade::class_overview(&self.texts, &all, &refs);
        (grades, overview)
    }
}

/// What an edit removes, if it removes something: the kind of thing (a variant of the message
/// `teacher-removed`) and its id.
fn removal(edit: &LessonEdit) -> Option<(&'static str, String)> {
    match edit {
        LessonEdit::RemoveDocument { document_id } => Some(("document", document_id.clone())),
        LessonEdit::RemoveLabelSet { set_id } => Some(("label-set", set_id.clone())),
        LessonEdit::RemoveTask { task_id } => Some(("task", task_id.clone())),
        LessonEdit::Key(Command::RemoveAnnotation { annotation_id }) => {
            Some(("key-item", annotation_id.clone()))
        }
        LessonEdit::Batch(edits) => edits.iter().find_map(removal),
        _ => None,
    }
}

impl CrosscheckApp {
    /// Applies an edit to the lesson or its key through the lesson's history.
    pub(crate) fn apply_lesson_edit(
        &mut self,
        edit: LessonEdit,
        typing: Option<String>,
        now: f64,
    ) -> bool {
        let Some(desk) = self.teacher.as_mut() else {
            return false;
        };
        let changes_documents = edit.changes_documents();
        let changes_grades = edit.changes_grades();
        let removed = removal(&edit);
        let mut target = Authoring {
            lesson: &mut self.lesson,
            key: &mut self.session,
            required: &mut desk.required,
        };
        match desk.history.apply_coalescing(&mut target, edit, typing) {
            Ok(()) => {
                desk.regrade_wanted |= changes_grades;
                self.last_edit_time = now;
                if changes_documents {
                    self.documents_changed();
                }
                if let Some((kind, id)) = removed {
                    let status = tr!(self, "teacher-removed", kind = kind, id = id);
                    self.set_status(status, false);
                }
                true
            }
            Err(e) => {
                self.say_failed(&e, |app, error| {
                    tr!(app, "teacher-change-not-applied", error = error)
                });
                false
            }
        }
    }

    /// A claim command on the teacher's desk edits the key, in the lesson's history.
    pub(crate) fn apply_key_command(
        &mut self,
        command: Command,
        typing: Option<String>,
        now: f64,
    ) -> bool {
        self.apply_lesson_edit(LessonEdit::Key(command), typing, now)
    }

    /// Applies an edit to the class's review through the review's history.
    pub(crate) fn apply_review_edit(&mut self, edit: ReviewEdit, typing: Option<String>) {
        let Some(desk) = self.teacher.as_mut() else {
            return;
        };
        let Some(class) = desk.class.as_mut() else {
            return;
        };
        let changes_points = edit.changes_points();
        match class
            .history
            .apply_coalescing(&mut class.review, edit, typing)
        {
            Ok(()) => desk.regrade_wanted |= changes_points,
            Err(e) => {
                self.say_failed(&e, |app, error| {
                    tr!(app, "teacher-change-not-applied", error = error)
                });
            }
        }
    }

    /// Undoes (or redoes) the last change to the file the teacher is looking at: the review on
    /// the Review tab, else the lesson and its key. Returns the claim it touched, if any.
    pub(crate) fn teacher_undo(
        &mut self,
        ctx: &egui::Context,
        redo: bool,
    ) -> Result<Option<String>, EditError> {
        let Some(desk) = self.teacher.as_mut() else {
            return Ok(None);
        };
        if desk.tab == Tab::Review
            && let Some(class) = desk.class.as_mut()
        {
            let touched = if redo {
                class.history.redo(&mut class.review)
            } else {
                class.history.undo(&mut class.review)
            }?;
            desk.regrade_wanted |= class
                .history
                .reversal_of_last(redo)
                .is_some_and(ReviewEdit::changes_points);
            return Ok(touched);
        }
        let mut target = Authoring {
            lesson: &mut self.lesson,
            key: &mut self.session,
            required: &mut desk.required,
        };
        let touched = if redo {
            desk.history.redo(&mut target)
        } else {
            desk.history.undo(&mut target)
        }?;
        // What changed is read off the step's reversal: the same kind of change.
        let Some(change) = desk.history.reversal_of_last(redo) else {
            return Ok(touched);
        };
        desk.regrade_wanted |= change.changes_grades();
        let changes_documents = change.changes_documents();
        let revised = change.revised_document().map(str::to_owned);
        if changes_documents {
            self.documents_changed();
        }
        // A revision undone (or redone): the class's highlights follow the text back.
        if let Some(document) = revised {
            self.reanchor_class(ctx, &document);
        }
        Ok(touched)
    }

    /// Whether the teacher's undo would do something.
    pub(crate) fn teacher_can_undo(&self, redo: bool) -> bool {
        let Some(desk) = &self.teacher else {
            return false;
        };
        let (lesson, review) = (&desk.history, desk.class.as_ref().map(|c| &c.history));
        match (desk.tab, review) {
            (Tab::Review, Some(h)) => {
                if redo {
                    h.can_redo()
                } else {
                    h.can_undo()
                }
            }
            _ => {
                if redo {
                    lesson.can_redo()
                } else {
                    lesson.can_undo()
                }
            }
        }
    }

    /// The lesson's documents changed (added, removed, rewritten): the views are rebuilt, the
    /// document shown is kept if it is still there.
    fn documents_changed(&mut self) {
        let current = self.current_document.clone();
        let selected = self.selected_claim.clone();
        self.rebuild_views();
        if self.views.contains_key(&current) || self.lesson.lesson.document(&current).is_some() {
            self.current_document = current;
        }
        self.selected_claim = selected.filter(|id| self.session.annotation(id).is_some());
    }

    /// Grades the class again on the worker if something that changes grades was edited.
    pub(crate) fn regrade_if_needed(&mut self, ctx: &egui::Context) {
        let wanted = self
            .teacher
            .as_ref()
            .is_some_and(|d| d.regrade_wanted && d.class.is_some());
        if wanted {
            self.regrade(ctx);
        }
    }

    /// Grades every student again on the worker (after a key edit, a revision or a review
    /// change). Only the newest request's result is used.
    pub fn regrade(&mut self, ctx: &egui::Context) {
        let basis = self.grading_basis();
        let Some(desk) = self.teacher.as_mut() else {
            return;
        };
        desk.regrade_wanted = false;
        let Some(class) = desk.class.as_ref() else {
            return;
        };
        let sessions: Vec<(String, Arc<Session>)> = class
            .students
            .iter()
            .map(|s| (s.file.clone(), Arc::clone(&s.session)))
            .collect();
        let review = class.review.clone();
        let folder = class.folder.clone();
        self.worker.compute_latest(ctx, Latest::Grading, move || {
            let (grades, overview) = basis.grade(&sessions, &review);
            TeacherJob::Graded(Regraded {
                folder,
                grades,
                overview,
            })
            .into()
        });
    }

    /// Handles a teacher command.
    #[allow(clippy::too_many_lines)] // One arm per command.
    pub(crate) fn handle_teacher(&mut self, ctx: &egui::Context, command: TeacherCommand) {
        match command {
            TeacherCommand::NewLesson => {
                let lesson =
                    LoadedLesson::new_empty("new-lesson", &tr!(self, "teacher-new-lesson-title"));
                self.enter_teacher(lesson, None);
                self.set_status(tr!(self, "teacher-new-lesson-started"), false);
            }
            TeacherCommand::EditSample => {
                self.enter_teacher(super::super::files::bundled_lesson(), None);
            }
            TeacherCommand::Pick(pick) => {
                self.worker.start_in = self.dialog_folder();
                self.worker.pick(ctx, pick);
            }
            TeacherCommand::OpenLesson(path) => {
                let words = self.words();
                self.worker.files(ctx, move || {
                    let result = LoadedLesson::load(&path).map_err(|e| said(words, &e));
                    TeacherJob::LessonOpened(result, path).into()
                });
            }
            TeacherCommand::ImportDocument(path) => {
                let words = self.words();
                let reader = self.reader.clone();
                // On the compute thread: reading a long PDF takes seconds (and a hostile one up
                // to the child reader's time limit), and saves on the files thread must not wait
                // for it.
                self.worker.compute(ctx, move || {
                    let read = reader.read(&path).map_err(|e| words.message(&e));
                    TeacherJob::Imported(path, read).into()
                });
            }
            TeacherCommand::PasteDocument => {
                let preview = super::import_preview::ImportPreview::from_clipboard(&self.lesson);
                if let Some(desk) = self.teacher.as_mut() {
                    desk.import_preview = Some(preview);
                    desk.tab = super::Tab::Lesson;
                }
                // The clipboard's text arrives as a paste event, which the window takes.
                ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste);
            }
            TeacherCommand::AddDocument(added) => {
                let now = ctx.input(|i| i.time);
                let (document, text) = *added;
                self.add_previewed(document, text, now);
            }
            TeacherCommand::ReviseDocument(doc, path) => {
                let words = self.words();
                let reader = self.reader.clone();
                self.worker.compute(ctx, move || {
                    TeacherJob::RevisedTextRead(
                        doc,
                        reader.read(&path).map_err(|e| words.message(&e)),
                    )
                    .into()
                });
            }
            TeacherCommand::SaveLesson(folder) => {
                let Some(folder) = folder.or_else(|| self.teacher.as_ref()?.folder.clone()) else {
                    self.worker.start_in = self.dialog_folder();
                    self.worker.pick(ctx, Pick::SaveLessonFolder);
                    return;
                };
                let lesson = self.lesson_with_key();
                let state = self.teacher.as_ref().map_or(0, |d| d.history.state_id());
                let words = self.words();
                self.worker.save(ctx, move || {
                    let result = lesson
                        .save_folder(&folder)
                        .map(|()| folder)
                        .map_err(|e| words.message(&e));
                    TeacherJob::LessonSaved(result, state).into()
                });
            }
            TeacherCommand::ExportStudentEdition(path) => {
                let lesson = self.lesson_with_key();
                let words = self.words();
                self.worker.files(ctx, move || {
                    let result = lesson
                        .write_student_edition(&path)
                        .map(|()| path)
                        .map_err(|e| words.message(&e));
                    TeacherJob::Exported(result).into()
                });
            }
            TeacherCommand::OpenClass(folder) => self.open_class_folder(ctx, folder),
            TeacherCommand::SaveReview => {
                let Some(class) = self.teacher.as_ref().and_then(|d| d.class.as_ref()) else {
                    return;
                };
                let path = class.folder.join(REVIEW_FILE);
                let review = class.review.clone();
                let state = class.history.state_id();
                let ticket = store::WriteTicket::new(&path);
                let words = self.words();
                self.worker.save(ctx, move || {
                    let result = ticket
                        .save_ron(&review)
                        .map(|_| path)
                        .map_err(|e| words.message(&e));
                    TeacherJob::ReviewSaved(result, state).into()
                });
            }
            TeacherCommand::WriteGrades => {
                let lesson = self.lesson_with_key();
                let Some(class) = self.teacher.as_ref().and_then(|d| d.class.as_ref()) else {
                    return;
                };
                let folder = class.folder.clone();
                let work: Vec<class::Graded> = class
                    .students
                    .iter()
                    .map(|s| {
                        (
                            s.file.clone(),
                            (*s.session).clone(),
                            s.grade.clone(),
                            class.review.students.get(&s.file).cloned(),
                        )
                    })
                    .collect();
                let words = self.words();
                let written_in = crate::app::i18n::Speaks::language(self).core_words();
                self.worker.files(ctx, move || {
                    TeacherJob::GradesWritten(
                        class::write_grades(&lesson, &folder, &work, written_in)
                            .map_err(|e| words.message(&e)),
                    )
                    .into()
                });
            }
            TeacherCommand::SelectStudent(index) => self.select_student(index),
            TeacherCommand::RestoreAutosave => self.restore_teacher_autosave(ctx),
        }
    }

    /// What grading needs of the lesson as it is now.
    fn grading_basis(&self) -> GradingBasis {
        let problems = &self.lesson.problems;
        GradingBasis {
            lesson: self.keyed_lesson(),
            texts: self.lesson.texts.clone(),
            lesson_flag: problems.first().map(|first| {
                tr!(
                    self,
                    "teacher-graded-against-broken-lesson",
                    count = problems.len(),
                    first = self.words().message(first)
                )
            }),
        }
    }

    /// Reads a class folder and grades it on the worker (once).
    fn open_class_folder(&mut self, ctx: &egui::Context, folder: PathBuf) {
        let basis = self.grading_basis();
        let words = self.words();
        self.worker.compute(ctx, move || {
            let opened = class::read_class(&folder).map(|files| {
                let review = files.review.unwrap_or_else(|| Review::new(&basis.lesson));
                let sessions: Vec<(String, Arc<Session>)> = files
                    .sessions
                    .into_iter()
                    .map(|(file, session)| (file, Arc::new(session)))
                    .collect();
                let (grades, overview) = basis.grade(&sessions, &review);
                let named: Vec<(&str, &Session)> = sessions
                    .iter()
                    .map(|(file, session)| (file.as_str(), session.as_ref()))
                    .collect();
                let standings = crate::core::trail::standings(&named);
                OpenedClass {
                    folder: files.folder,
                    sessions,
                    unreadable: files.unreadable.iter().map(|e| words.message(e)).collect(),
                    review,
                    grades,
                    overview,
                    standings,
                }
            });
            TeacherJob::ClassOpened(opened.map_err(|e| words.message(&e))).into()
        });
    }

    /// Reads the autosaved edits on the files thread, to restore them when they arrive.
    fn restore_teacher_autosave(&mut self, ctx: &egui::Context) {
        let key = recovery_key(&self.lesson.lesson.id);
        let store = self.recovery.clone();
        let words = self.words();
        self.worker.files(ctx, move || {
            TeacherJob::AutosaveRead(
                store
                    .load::<crate::core::lesson::PackedLesson>(
                        &key,
                        crate::core::lesson::LESSON_FORMAT,
                    )
                    .map_err(|e| words.message(&e)),
            )
            .into()
        });
    }

    fn autosave_read(&mut self, read: Result<crate::core::lesson::PackedLesson, String>, now: f64) {
        match read {
            Ok(packed) => {
                let folder = self.teacher.as_ref().and_then(|d| d.folder.clone());
                let source = self.lesson.source.clone();
                let lesson = LoadedLesson::from_packed(packed, source, "autosave");
                self.enter_teacher(lesson, folder);
                if let Some(desk) = self.teacher.as_mut() {
                    // The restored edits are not in the file on disk.
                    desk.history.mark_unsaved();
                    desk.autosave_unchecked = false;
                }
                self.last_edit_time = now;
                self.set_status(tr!(self, "teacher-autosave-restored"), false);
            }
            Err(e) => {
                let status = tr!(self, "teacher-autosave-not-restored", error = e);
                self.set_status(status, true);
            }
        }
    }

    /// Handles a finished teacher job.
    #[allow(clippy::too_many_lines)] // One arm per job.
    pub(crate) fn teacher_job_done(&mut self, ctx: &egui::Context, job: TeacherJob) {
        let now = ctx.input(|i| i.time);
        match job {
            TeacherJob::Picked(_, None) | TeacherJob::AutosaveFound(_, false) => {}
            TeacherJob::Picked(pick, Some(path)) => {
                let command = match pick {
                    Pick::OpenLesson => TeacherCommand::OpenLesson(path),
                    Pick::ImportDocument => TeacherCommand::ImportDocument(path),
                    Pick::ReviseDocument(doc) => TeacherCommand::ReviseDocument(doc, path),
                    Pick::SaveLessonFolder => {
                        if let Some(desk) = self.teacher.as_mut() {
                            desk.folder = Some(path.clone());
                        }
                        TeacherCommand::SaveLesson(Some(path))
                    }
                    Pick::ExportFolder | Pick::ExportPacked => {
                        TeacherCommand::ExportStudentEdition(path)
                    }
                    Pick::OpenClass => TeacherCommand::OpenClass(path),
                };
                self.send(AppCommand::Teacher(command));
            }
            TeacherJob::LessonOpened(result, path) => match result {
                Ok(lesson) => {
                    let folder = match &lesson.source {
                        LessonSource::Folder(f) => Some(f.clone()),
                        _ => None,
                    };
                    let problems = lesson.problems.len();
                    let title = lesson.lesson.title.clone();
                    self.enter_teacher(lesson, folder);
                    self.remember_recent(path);
                    if problems > 0 {
                        let status = tr!(
                            self,
                            "teacher-opened-with-problems",
                            title = title,
                            count = problems
                        );
                        self.set_status(status, true);
                    } else if self.status.is_none() {
                        let status = tr!(self, "teacher-opened", title = title);
                        self.set_status(status, false);
                    }
                }
                Err(e) => self.report_problems(ProblemReport::new(
                    tr!(self, "teacher-lesson-not-opened"),
                    [e],
                )),
            },
            TeacherJob::Imported(path, Ok(imported)) => {
                let preview = super::import_preview::ImportPreview::new(
                    &self.lesson,
                    super::import_preview::Source::File(path.clone()),
                    imported,
                );
                if let Some(desk) = self.teacher.as_mut() {
                    desk.import_preview = Some(preview);
                }
                let status = tr!(
                    self,
                    "import-preview-read",
                    file = path.display().to_string()
                );
                self.set_status(status, false);
            }
            TeacherJob::Imported(_, Err(e)) => {
                let status = tr!(self, "teacher-not-imported", error = e);
                self.set_status(status, true);
            }
            TeacherJob::RevisedTextRead(doc, Ok(imported)) => {
                self.start_revision(ctx, &doc, &imported.text);
            }
            TeacherJob::RevisedTextRead(_, Err(e)) | TeacherJob::Revised(Err(e)) => {
                let status = tr!(self, "teacher-not-revised", error = e);
                self.set_status(status, true);
            }
            TeacherJob::Revised(Ok(done)) => self.finish_revision(ctx, done, now),
            TeacherJob::ClassReanchored(folder, sessions) => {
                self.class_reanchored(ctx, &folder, sessions);
            }
            TeacherJob::LessonSaved(result, state) => match result {
                Ok(folder) => {
                    if let Some(desk) = self.teacher.as_mut() {
                        desk.history.mark_saved_at(state);
                        desk.folder = Some(folder.clone());
                    }
                    self.lesson.source = LessonSource::Folder(folder.clone());
                    self.lesson_path = Some(folder.clone());
                    self.discard_recovery(
                        ctx,
                        vec![recovery_key(&self.lesson.lesson.id)],
                        super::super::recovery::Discard::Quietly,
                    );
                    self.remember_recent(folder.clone());
                    let status = tr!(
                        self,
                        "teacher-lesson-saved",
                        folder = folder.display().to_string()
                    );
                    self.set_status(status, false);
                }
                Err(e) => {
                    let status = tr!(self, "teacher-lesson-not-saved", error = e);
                    self.set_status(status, true);
                }
            },
            TeacherJob::Exported(Ok(path)) => {
                let status = tr!(self, "teacher-exported", path = path.display().to_string());
                self.set_status(status, false);
            }
            TeacherJob::Exported(Err(e)) => {
                let status = tr!(self, "teacher-not-exported", error = e);
                self.set_status(status, true);
            }
            TeacherJob::ClassOpened(Ok(opened)) => self.open_class(opened),
            TeacherJob::ClassOpened(Err(e)) => {
                let status = tr!(self, "teacher-class-not-opened", error = e);
                self.set_status(status, true);
            }
            TeacherJob::Graded(regraded) => self.class_graded(regraded),
            TeacherJob::ReviewSaved(Ok(path), state) => {
                if let Some(class) = self.teacher.as_mut().and_then(|d| d.class.as_mut()) {
                    class.history.mark_saved_at(state);
                }
                let status = tr!(
                    self,
                    "teacher-review-saved",
                    path = path.display().to_string()
                );
                self.set_status(status, false);
            }
            TeacherJob::ReviewSaved(Err(e), _) => {
                let status = tr!(self, "teacher-review-not-saved", error = e);
                self.set_status(status, true);
            }
            TeacherJob::GradesWritten(Ok(folder)) => {
                let status = tr!(
                    self,
                    "teacher-grades-written",
                    gradebook = folder.join(GRADEBOOK_FILE).display().to_string(),
                    reports = folder.join(REPORTS_FOLDER).display().to_string()
                );
                self.set_status(status, false);
            }
            TeacherJob::GradesWritten(Err(e)) => {
                let status = tr!(self, "teacher-grades-not-written", error = e);
                self.set_status(status, true);
            }
            TeacherJob::AutosaveFound(id, true) => {
                if self.teaching() && self.lesson.lesson.id == id {
                    let status = tr!(
                        self,
                        "teacher-autosave-found",
                        menu = tr!(self, "menu-teacher"),
                        command = tr!(self, "command-restore-autosave")
                    );
                    self.set_status(status, false);
                }
            }
            TeacherJob::AutosaveRead(read) => self.autosave_read(read, now),
            TeacherJob::ReplayBuilt(built) => {
                if let Some(class) = self.teacher.as_mut().and_then(|d| d.class.as_mut()) {
                    let shown = class.students.get(built.student).map(|s| &s.session);
                    class.process.arrived(*built, shown);
                }
            }
        }
    }
}
