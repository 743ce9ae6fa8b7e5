//! The teacher's desk: authoring a lesson, the answer key, revising a document, exporting the
//! student edition, and reviewing a class with its overview.
//!
//! The answer key is edited as a session (`core::authoring::key_as_session`): the key mode is the
//! same article view, inspector, label hotkeys, evidence flow and undo history students use. The
//! key-only fields (must-find or bonus) live beside it here, and the key is written back into the
//! lesson when it is saved, exported or used for grading.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use egui::RichText;

use super::article_view::{ArticleView, Highlight, HighlightIndex, HighlightKey};
use super::jobs::JobResult;
use super::{AppCommand, CrosscheckApp};
use crate::core::anchor::AnchorMethod;
use crate::core::authoring::{self, Required};
use crate::core::edit::History;
use crate::core::grade::{self, ClassOverview, GradeOptions, Outcome, SessionGrade};
use crate::core::import::{self, Imported};
use crate::core::lesson::{
    FeedbackPolicy, Label, LabelSet, Lesson, LessonSource, LoadedLesson, TaskKind,
};
use crate::core::presets;
use crate::core::review::{self, Review, StudentReview};
use crate::core::revise::{self, Relocation};
use crate::core::session::{Session, Stance};
use crate::core::store;
use crate::core::text::DocumentText;

/// The review file written beside a class's sessions.
pub const REVIEW_FILE: &str = "class.review.ron";

/// What the teacher's desk shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    /// Lesson, documents, label sets, tasks, export.
    Lesson,
    /// The answer key's items.
    Key,
    /// A class's sessions.
    Review,
}

/// What a file dialog is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pick {
    /// A lesson to edit.
    OpenLesson,
    /// A document to add.
    ImportDocument,
    /// The revised text of a document.
    ReviseDocument(String),
    /// The folder to save the lesson in.
    SaveLessonFolder,
    /// A folder for the student edition.
    ExportFolder,
    /// A single file for the student edition.
    ExportPacked,
    /// A folder of sessions.
    OpenClass,
}

/// Everything the teacher can ask for.
#[derive(Clone, Debug)]
pub enum TeacherCommand {
    /// Start a new, empty lesson.
    NewLesson,
    /// Edit the bundled sample lesson (teacher edition).
    EditSample,
    /// Open a file dialog.
    Pick(Pick),
    /// Open a lesson (teacher edition) for editing.
    OpenLesson(PathBuf),
    /// Add a document from a file.
    ImportDocument(PathBuf),
    /// Replace a document's text with a revised version and re-anchor.
    ReviseDocument(String, PathBuf),
    /// Save the lesson in this folder (`None`: where it was, or ask).
    SaveLesson(Option<PathBuf>),
    /// Write the student edition (a folder, or a packed file if the path ends in `.ron`).
    ExportStudentEdition(PathBuf),
    /// Open a folder of sessions for review.
    OpenClass(PathBuf),
    /// Save the review file.
    SaveReview,
    /// Write the gradebook (`gradebook.csv`) and every student's report (`reports/`) into the
    /// class folder, with the review applied.
    WriteGrades,
    /// Show a student of the class.
    SelectStudent(usize),
    /// Restore the autosaved copy of this lesson.
    RestoreAutosave,
}

/// A finished teacher job.
#[allow(clippy::large_enum_variant)] // Always boxed in `JobResult::Teacher`.
pub enum TeacherJob {
    /// A dialog closed.
    Picked(Pick, Option<PathBuf>),
    /// A lesson was read.
    LessonOpened(Result<LoadedLesson, String>, PathBuf),
    /// A document was read.
    Imported(Result<Imported, String>),
    /// A revised document was read.
    Revised(String, Result<Imported, String>),
    /// The lesson was saved.
    LessonSaved(Result<PathBuf, String>, u64),
    /// The student edition was written.
    Exported(Result<PathBuf, String>),
    /// A class folder was read.
    ClassOpened(Result<ClassFiles, String>),
    /// The review was saved.
    ReviewSaved(Result<PathBuf, String>),
    /// The gradebook and reports were written.
    GradesWritten(Result<PathBuf, String>),
}

/// A class folder as read from disk.
pub struct ClassFiles {
    folder: PathBuf,
    sessions: Vec<(String, Session)>,
    unreadable: Vec<String>,
    review: Option<Review>,
}

/// One student's work under review.
pub struct StudentWork {
    /// The session's file name (the review file's key).
    pub file: String,
    /// The session.
    pub session: Session,
    /// Its grade, with the teacher's review applied.
    pub grade: SessionGrade,
}

/// A class under review.
pub struct ClassReview {
    /// The folder of sessions.
    pub folder: PathBuf,
    /// The students, by file name.
    pub students: Vec<StudentWork>,
    /// Files that could not be read, with why.
    pub unreadable: Vec<String>,
    /// The teacher's review (saved to `REVIEW_FILE` in the folder).
    pub review: Review,
    /// Review changed since saved?
    pub dirty: bool,
    /// The student shown.
    pub selected: usize,
    /// The class overview.
    pub overview: ClassOverview,
    /// The shown student's highlights, by document.
    pub highlights: BTreeMap<String, HighlightIndex>,
    /// Views of the documents for the student's column.
    pub views: BTreeMap<String, ArticleView>,
    /// The claim of the student selected for a comment.
    pub selected_claim: Option<String>,
}

/// A document revision's report.
pub struct RevisionReport {
    /// The document's title.
    pub document: String,
    /// Whose highlight, and what happened to it.
    pub rows: Vec<(String, Relocation)>,
}

/// The teacher's desk state.
pub struct TeacherDesk {
    /// Where the lesson is saved (a folder).
    pub folder: Option<PathBuf>,
    /// Must-find (true) or bonus, per key item.
    pub required: Required,
    /// The tab shown.
    pub tab: Tab,
    /// Counts authoring edits (the key's edits are in the undo history).
    pub lesson_state: u64,
    /// `lesson_state` when last saved.
    pub saved_lesson_state: u64,
    /// The key history's state when last saved.
    pub saved_key_state: u64,
    /// The class under review.
    pub class: Option<ClassReview>,
    /// The last revision's report, shown until closed.
    pub revision: Option<RevisionReport>,
    /// The label-set presets offered (built once).
    pub presets: Vec<LabelSet>,
    /// Chosen preset (index into `presets`).
    pub preset: usize,
    /// Chosen kind for a new task.
    pub new_kind: usize,
    /// Lesson problems, computed when the lesson changes.
    pub problems: Vec<String>,
    problems_state: Option<(u64, u64)>,
    autosaved: (u64, u64),
    /// The key's history state the class was last graded against.
    pub graded_key_state: Option<u64>,
    /// A removal waiting for the teacher's confirmation.
    pub pending_removal: Option<Removal>,
}

/// Something the teacher asked to remove from the lesson; removals are confirmed first, as they
/// are not in the undo history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Removal {
    /// A document, by id (with the key items on it).
    Document(String),
    /// A label set, by id.
    LabelSet(String),
    /// A task, by id.
    Task(String),
}

impl TeacherDesk {
    fn new(folder: Option<PathBuf>, required: Required) -> Self {
        Self {
            folder,
            required,
            tab: Tab::Lesson,
            lesson_state: 0,
            saved_lesson_state: 0,
            saved_key_state: 0,
            class: None,
            revision: None,
            presets: presets::all(),
            preset: 0,
            new_kind: 0,
            problems: Vec::new(),
            problems_state: None,
            autosaved: (0, 0),
            graded_key_state: None,
            pending_removal: None,
        }
    }
}

fn recovery_key(lesson_id: &str) -> String {
    format!("teacher-{lesson_id}")
}

impl CrosscheckApp {
    /// Whether the teacher's desk is open.
    pub fn teaching(&self) -> bool {
        self.teacher.is_some()
    }

    /// Opens the teacher's desk on a lesson (with its key).
    pub fn enter_teacher(&mut self, mut lesson: LoadedLesson, folder: Option<PathBuf>) {
        if lesson.lesson.answer_key.is_none() {
            lesson.lesson.answer_key = Some(crate::core::lesson::AnswerKey::default());
        }
        let (session, required) = authoring::key_as_session(&lesson.lesson, jiff::Timestamp::now());
        let has_autosave = self
            .recovery
            .load::<crate::core::lesson::PackedLesson>(
                &recovery_key(&lesson.lesson.id),
                crate::core::lesson::LESSON_FORMAT,
            )
            .is_ok();
        self.lesson = lesson;
        self.lesson_path.clone_from(&folder);
        self.session = session;
        self.session_path = None;
        self.history = History::default();
        self.recovery_offer = None;
        self.rebuild_views();
        self.teacher = Some(TeacherDesk::new(folder, required));
        self.problems = (!self.lesson.problems.is_empty()).then(|| super::ProblemReport {
            heading: format!(
                "\"{}\" opened for editing with {} problem(s)",
                self.lesson.lesson.title,
                self.lesson.problems.len()
            ),
            items: self
                .lesson
                .problems
                .iter()
                .map(|p| (p.to_string(), p.advice()))
                .collect(),
        });
        if has_autosave {
            self.set_status(
                "This lesson has unsaved edits from last time: Teacher > Restore autosaved edits",
                false,
            );
        }
    }

    /// The lesson (without the document texts) with the key as currently edited.
    pub fn keyed_lesson(&self) -> Lesson {
        let mut lesson = self.lesson.lesson.clone();
        if let Some(desk) = &self.teacher {
            lesson.answer_key = Some(authoring::key_from_session(
                &self.lesson.lesson,
                &self.session,
                &desk.required,
            ));
        }
        lesson
    }

    /// The lesson with its texts and the key as currently edited: what is saved and exported.
    pub fn lesson_with_key(&self) -> LoadedLesson {
        LoadedLesson {
            lesson: self.keyed_lesson(),
            texts: self.lesson.texts.clone(),
            source: self.lesson.source.clone(),
            problems: self.lesson.problems.clone(),
        }
    }

    /// Unsaved lesson or key edits?
    pub fn teacher_dirty(&self) -> bool {
        self.teacher.as_ref().is_some_and(|d| {
            d.lesson_state != d.saved_lesson_state || self.history.state_id() != d.saved_key_state
        })
    }

    /// Unsaved review of a class?
    pub fn review_dirty(&self) -> bool {
        self.teacher
            .as_ref()
            .and_then(|d| d.class.as_ref())
            .is_some_and(|c| c.dirty)
    }

    /// Marks an authoring edit (lesson text, label sets, tasks, documents).
    pub fn lesson_edited(&mut self, now: f64) {
        if let Some(desk) = self.teacher.as_mut() {
            desk.lesson_state += 1;
        }
        self.last_edit_time = now;
    }

    /// Autosave of the teacher's lesson, 1.5 s after the last edit.
    pub(super) fn teacher_autosave(&mut self, ctx: &egui::Context) {
        let Some(desk) = &self.teacher else { return };
        let state = (desk.lesson_state, self.history.state_id());
        if !self.teacher_dirty() || state == desk.autosaved {
            return;
        }
        let now = ctx.input(|i| i.time);
        let due = self.last_edit_time + super::AUTOSAVE_DELAY_SECS;
        if now < due {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(due - now + 0.05));
            return;
        }
        let packed = self.lesson_with_key().packed();
        let key = recovery_key(&self.lesson.lesson.id);
        let recovery = self.recovery.clone();
        if let Some(desk) = self.teacher.as_mut() {
            desk.autosaved = state;
        }
        let ticket = recovery.ticket(&key);
        self.jobs.run("autosave-lesson", ctx, move || {
            JobResult::Autosaved(recovery.save_ticketed(ticket, &packed).map(|_| ()))
        });
    }

    /// Handles a teacher command.
    #[allow(clippy::too_many_lines)] // One arm per command.
    pub(super) fn handle_teacher(
        &mut self,
        ctx: &egui::Context,
        command: TeacherCommand,
        now: f64,
    ) {
        match command {
            TeacherCommand::NewLesson => {
                let lesson = LoadedLesson::new_empty("new-lesson", "New lesson");
                self.enter_teacher(lesson, None);
                self.set_status(
                    "New lesson: import documents, add label sets and tasks",
                    false,
                );
            }
            TeacherCommand::EditSample => {
                self.enter_teacher(super::jobs::bundled_lesson(), None);
            }
            TeacherCommand::Pick(pick) => self.jobs.pick(ctx, pick),
            TeacherCommand::OpenLesson(path) => {
                self.jobs.run("open-lesson", ctx, move || {
                    let result = LoadedLesson::load(&path).map_err(|e| e.to_string());
                    JobResult::Teacher(Box::new(TeacherJob::LessonOpened(result, path)))
                });
            }
            TeacherCommand::ImportDocument(path) => {
                self.jobs.run("import-document", ctx, move || {
                    JobResult::Teacher(Box::new(TeacherJob::Imported(
                        import::read_document(&path).map_err(|e| e.to_string()),
                    )))
                });
            }
            TeacherCommand::ReviseDocument(doc, path) => {
                self.jobs.run("revise-document", ctx, move || {
                    JobResult::Teacher(Box::new(TeacherJob::Revised(
                        doc,
                        import::read_document(&path).map_err(|e| e.to_string()),
                    )))
                });
            }
            TeacherCommand::SaveLesson(folder) => {
                let Some(folder) = folder.or_else(|| self.teacher.as_ref()?.folder.clone()) else {
                    self.jobs.pick(ctx, Pick::SaveLessonFolder);
                    return;
                };
                let lesson = self.lesson_with_key();
                let state = self.teacher.as_ref().map_or(0, |d| d.lesson_state);
                self.jobs.saving += 1;
                self.jobs.run("save-lesson", ctx, move || {
                    let result = lesson
                        .save_folder(&folder)
                        .map(|()| folder)
                        .map_err(|e| e.to_string());
                    JobResult::Teacher(Box::new(TeacherJob::LessonSaved(result, state)))
                });
            }
            TeacherCommand::ExportStudentEdition(path) => {
                let lesson = self.lesson_with_key();
                self.jobs.run("export-student-edition", ctx, move || {
                    let result = lesson
                        .write_student_edition(&path)
                        .map(|()| path)
                        .map_err(|e| e.to_string());
                    JobResult::Teacher(Box::new(TeacherJob::Exported(result)))
                });
            }
            TeacherCommand::OpenClass(folder) => {
                self.jobs.run("open-class", ctx, move || {
                    JobResult::Teacher(Box::new(TeacherJob::ClassOpened(read_class(&folder))))
                });
            }
            TeacherCommand::SaveReview => {
                let Some(class) = self.teacher.as_ref().and_then(|d| d.class.as_ref()) else {
                    return;
                };
                let path = class.folder.join(REVIEW_FILE);
                let review = class.review.clone();
                let ticket = store::WriteTicket::new(&path);
                self.jobs.run("save-review", ctx, move || {
                    let result = ticket
                        .save_ron(&review)
                        .map(|_| path)
                        .map_err(|e| e.to_string());
                    JobResult::Teacher(Box::new(TeacherJob::ReviewSaved(result)))
                });
            }
            TeacherCommand::WriteGrades => {
                let lesson = self.lesson_with_key();
                let Some(class) = self.teacher.as_ref().and_then(|d| d.class.as_ref()) else {
                    return;
                };
                let folder = class.folder.clone();
                let work: Vec<(String, Session, SessionGrade, Option<StudentReview>)> = class
                    .students
                    .iter()
                    .map(|s| {
                        (
                            s.file.clone(),
                            s.session.clone(),
                            s.grade.clone(),
                            class.review.students.get(&s.file).cloned(),
                        )
                    })
                    .collect();
                self.jobs.run("write-grades", ctx, move || {
                    JobResult::Teacher(Box::new(TeacherJob::GradesWritten(write_grades(
                        &lesson, &folder, &work,
                    ))))
                });
            }
            TeacherCommand::SelectStudent(index) => self.select_student(index),
            TeacherCommand::RestoreAutosave => {
                let key = recovery_key(&self.lesson.lesson.id);
                match self.recovery.load::<crate::core::lesson::PackedLesson>(
                    &key,
                    crate::core::lesson::LESSON_FORMAT,
                ) {
                    Ok(packed) => {
                        let folder = self.teacher.as_ref().and_then(|d| d.folder.clone());
                        let source = self.lesson.source.clone();
                        let lesson = LoadedLesson::from_packed(packed, source, "autosave");
                        self.enter_teacher(lesson, folder);
                        self.lesson_edited(now);
                        self.set_status("Restored the autosaved edits (not saved yet)", false);
                    }
                    Err(e) => self.set_status(format!("No autosaved edits to restore: {e}"), true),
                }
            }
        }
    }

    /// Handles a finished teacher job.
    #[allow(clippy::too_many_lines)] // One arm per job.
    pub(super) fn teacher_job_done(&mut self, ctx: &egui::Context, job: TeacherJob) {
        let now = ctx.input(|i| i.time);
        match job {
            TeacherJob::Picked(_, None) => {}
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
                        self.set_status(
                            format!("Opened \"{title}\" for editing with {problems} problem(s)"),
                            true,
                        );
                    } else if self.status.is_none() {
                        self.set_status(format!("Opened \"{title}\" for editing"), false);
                    }
                }
                Err(e) => self.report_problems(super::ProblemReport::new(
                    "Could not open the lesson for editing",
                    [e],
                )),
            },
            TeacherJob::Imported(Ok(imported)) => {
                let id = import::add_document(&mut self.lesson, imported);
                self.rebuild_views();
                self.current_document.clone_from(&id);
                self.lesson_edited(now);
                self.set_status(
                    format!("Imported \"{id}\": check its title, outlet, author, date and address"),
                    false,
                );
            }
            TeacherJob::Imported(Err(e)) => self.set_status(format!("Not imported: {e}"), true),
            TeacherJob::Revised(doc, Ok(imported)) => {
                self.apply_revision(&doc, &imported.text, now);
            }
            TeacherJob::Revised(_, Err(e)) => self.set_status(format!("Not revised: {e}"), true),
            TeacherJob::LessonSaved(result, state) => {
                self.jobs.saving = self.jobs.saving.saturating_sub(1);
                match result {
                    Ok(folder) => {
                        let key_state = self.history.state_id();
                        if let Some(desk) = self.teacher.as_mut() {
                            desk.saved_lesson_state = state;
                            desk.saved_key_state = key_state;
                            desk.folder = Some(folder.clone());
                        }
                        self.history.mark_saved();
                        self.lesson.source = LessonSource::Folder(folder.clone());
                        self.lesson_path = Some(folder.clone());
                        self.recovery.discard(&recovery_key(&self.lesson.lesson.id));
                        self.remember_recent(folder.clone());
                        self.set_status(format!("Saved the lesson in {}", folder.display()), false);
                    }
                    Err(e) => self.set_status(
                        format!("Lesson not saved: {e}. Your edits are still here."),
                        true,
                    ),
                }
            }
            TeacherJob::Exported(Ok(path)) => self.set_status(
                format!("Student edition (no key) written to {}", path.display()),
                false,
            ),
            TeacherJob::Exported(Err(e)) => {
                self.set_status(format!("Student edition not written: {e}"), true);
            }
            TeacherJob::ClassOpened(Ok(files)) => self.open_class(files),
            TeacherJob::ClassOpened(Err(e)) => {
                self.set_status(format!("Class not opened: {e}"), true);
            }
            TeacherJob::ReviewSaved(Ok(path)) => {
                if let Some(class) = self.teacher.as_mut().and_then(|d| d.class.as_mut()) {
                    class.dirty = false;
                }
                self.set_status(format!("Review saved to {}", path.display()), false);
            }
            TeacherJob::GradesWritten(Ok(folder)) => self.set_status(
                format!(
                    "Gradebook and reports written: {} and {}",
                    folder.join(GRADEBOOK_FILE).display(),
                    folder.join(REPORTS_FOLDER).display()
                ),
                false,
            ),
            TeacherJob::GradesWritten(Err(e)) => {
                self.set_status(format!("Grades not written: {e}"), true);
            }
            TeacherJob::ReviewSaved(Err(e)) => {
                self.set_status(format!("Review not saved: {e}. It is still here."), true);
            }
        }
    }

    /// Replaces a document's text, re-anchors the key and the class's sessions, and reports.
    pub fn apply_revision(&mut self, document: &str, new_text: &str, now: f64) {
        let text = DocumentText::from_normalised(&new_text.replace("\r\n", "\n"));
        let mut lesson = self.lesson_with_key();
        let title = lesson
            .lesson
            .document(document)
            .map_or(document.to_owned(), |d| d.title.clone());
        let report = match revise::revise_lesson_document(&mut lesson, document, text.clone()) {
            Ok(report) => report,
            Err(e) => {
                self.set_status(format!("Not revised: {e}"), true);
                return;
            }
        };
        let mut rows: Vec<(String, Relocation)> = report
            .into_iter()
            .map(|r| ("Answer key".to_owned(), r))
            .collect();
        let current = self.current_document.clone();
        let (session, required) = authoring::key_as_session(&lesson.lesson, jiff::Timestamp::now());
        self.lesson = lesson;
        self.session = session;
        self.history = History::default();
        self.rebuild_views();
        self.current_document = current;
        if let Some(desk) = self.teacher.as_mut() {
            desk.required = required;
            desk.saved_key_state = u64::MAX;
            if let Some(class) = desk.class.as_mut() {
                for student in &mut class.students {
                    for r in revise::revise_session(&mut student.session, document, &text) {
                        rows.push((student.session.student.clone(), r));
                    }
                }
            }
        }
        self.lesson_edited(now);
        self.regrade();
        let orphaned = rows.iter().filter(|(_, r)| r.to.is_none()).count();
        self.set_status(
            format!(
                "Revised \"{title}\": {} highlight(s) re-anchored, {orphaned} orphaned (kept; see the list)",
                rows.len()
            ),
            false,
        );
        if let Some(desk) = self.teacher.as_mut() {
            desk.revision = Some(RevisionReport {
                document: title,
                rows,
            });
        }
    }

    fn open_class(&mut self, files: ClassFiles) {
        let lesson = self.keyed_lesson();
        let review = files.review.unwrap_or_else(|| Review::new(&lesson));
        let students = files
            .sessions
            .into_iter()
            .map(|(file, session)| StudentWork {
                grade: grade::grade(&lesson, &session, GradeOptions::default()),
                file,
                session,
            })
            .collect();
        let views = lesson
            .documents
            .iter()
            .filter_map(|d| {
                let text = self.lesson.texts.get(&d.id)?.clone();
                Some((
                    d.id.clone(),
                    ArticleView::new(text, format!("student: {}", d.title)),
                ))
            })
            .collect();
        let count = files.unreadable.len();
        if let Some(desk) = self.teacher.as_mut() {
            desk.class = Some(ClassReview {
                folder: files.folder,
                students,
                unreadable: files.unreadable,
                review,
                dirty: false,
                selected: 0,
                overview: ClassOverview::default(),
                highlights: BTreeMap::new(),
                views,
                selected_claim: None,
            });
            desk.tab = Tab::Review;
        }
        self.regrade();
        self.select_student(0);
        let n = self
            .teacher
            .as_ref()
            .and_then(|d| d.class.as_ref())
            .map_or(0, |c| c.students.len());
        self.set_status(
            format!(
                "Opened a class of {n} session(s){}",
                if count > 0 {
                    format!("; {count} file(s) could not be read")
                } else {
                    String::new()
                }
            ),
            count > 0,
        );
    }

    /// Grades every student again (after a key edit, a revision or a review change).
    pub fn regrade(&mut self) {
        let lesson = self.keyed_lesson();
        let texts = &self.lesson.texts;
        // Marks given against a broken lesson may be wrong: every student's row says so.
        let lesson_flag = self.lesson.problems.first().map(|first| {
            format!(
                "graded against a lesson with {} problem(s), so marks may be wrong: {first}",
                self.lesson.problems.len()
            )
        });
        let Some(class) = self.teacher.as_mut().and_then(|d| d.class.as_mut()) else {
            return;
        };
        for student in &mut class.students {
            let mut g = grade::grade(&lesson, &student.session, GradeOptions::default());
            g.flags.extend(lesson_flag.clone());
            if let Some(r) = class.review.students.get(&student.file) {
                review::apply(&lesson, &mut g, r);
            }
            student.grade = g;
        }
        let sessions: Vec<&Session> = class.students.iter().map(|s| &s.session).collect();
        let grades: Vec<&SessionGrade> = class.students.iter().map(|s| &s.grade).collect();
        class.overview = grade::class_overview(texts, &sessions, &grades);
    }

    fn select_student(&mut self, index: usize) {
        let Some(class) = self.teacher.as_mut().and_then(|d| d.class.as_mut()) else {
            return;
        };
        if index >= class.students.len() {
            return;
        }
        class.selected = index;
        class.selected_claim = None;
        let mut by_doc: BTreeMap<String, Vec<Highlight>> = BTreeMap::new();
        for (i, a) in class.students[index].session.annotations.iter().enumerate() {
            by_doc
                .entry(a.document.clone())
                .or_default()
                .push(Highlight {
                    range: a.selector.range(),
                    color: super::panels::claim_color(i),
                    key: HighlightKey::Claim(a.id.clone()),
                });
        }
        class.highlights = by_doc
            .into_iter()
            .map(|(d, items)| (d, HighlightIndex::new(items)))
            .collect();
    }
}

/// The gradebook written into a class folder.
pub const GRADEBOOK_FILE: &str = "gradebook.csv";
/// The folder of per-student reports in a class folder.
pub const REPORTS_FOLDER: &str = "reports";

/// Writes the gradebook and each student's Markdown and HTML report into the class folder.
fn write_grades(
    lesson: &LoadedLesson,
    folder: &Path,
    work: &[(String, Session, SessionGrade, Option<StudentReview>)],
) -> Result<PathBuf, String> {
    let grades: Vec<(String, SessionGrade)> = work
        .iter()
        .map(|(file, _, grade, _)| (file.clone(), grade.clone()))
        .collect();
    let csv = grade::gradebook_csv(&lesson.lesson, &grades).map_err(|e| e.to_string())?;
    store::write_atomic(&folder.join(GRADEBOOK_FILE), csv.as_bytes()).map_err(|e| e.to_string())?;
    let reports = folder.join(REPORTS_FOLDER);
    for (file, session, grade, review) in work {
        crate::cli::write_reports(lesson, session, grade, review.as_ref(), &reports, file)
            .map_err(|e| format!("{e:#}"))?;
    }
    Ok(folder.to_owned())
}

/// Reads every `*.session.ron` in a folder, and the review file if there is one.
fn read_class(folder: &Path) -> Result<ClassFiles, String> {
    let entries = std::fs::read_dir(folder)
        .map_err(|e| format!("{}: cannot read the folder: {e}", folder.display()))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".session.ron"))
        .collect();
    paths.sort();
    let mut sessions = Vec::new();
    let mut unreadable = Vec::new();
    for path in paths {
        let file = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match Session::load(&path) {
            Ok(session) => sessions.push((file, session)),
            Err(e) => unreadable.push(e.to_string()),
        }
    }
    if sessions.is_empty() && unreadable.is_empty() {
        return Err(format!(
            "{}: no *.session.ron files in this folder",
            folder.display()
        ));
    }
    let review_path = folder.join(REVIEW_FILE);
    let review = if review_path.exists() {
        Some(
            store::load_ron::<Review>(&review_path, review::REVIEW_FORMAT).map_err(|e| {
                format!("{e} (the review file; fix or move it to start a new review)")
            })?,
        )
    } else {
        None
    };
    Ok(ClassFiles {
        folder: folder.to_owned(),
        sessions,
        unreadable,
        review,
    })
}

// ---------------------------------------------------------------------------------------------
// Drawing

/// Rows of an editable list, each in its own group with a "Remove …" button named by
/// `remove_text`; `row` draws a row and says whether it changed. Returns whether anything changed.
fn removable_rows<T>(
    ui: &mut egui::Ui,
    items: &mut Vec<T>,
    salt: &str,
    remove_text: impl Fn(&T) -> String,
    mut row: impl FnMut(&mut egui::Ui, &mut T) -> bool,
) -> bool {
    let mut changed = false;
    let mut remove = None;
    for (i, item) in items.iter_mut().enumerate() {
        ui.push_id((salt, i), |ui| {
            ui.group(|ui| {
                changed |= row(ui, item);
                if ui.small_button(remove_text(item)).clicked() {
                    remove = Some(i);
                }
            });
        });
    }
    if let Some(i) = remove {
        items.remove(i);
        changed = true;
    }
    changed
}

/// Each label set's id and name.
fn set_names(lesson: &Lesson) -> Vec<(String, String)> {
    lesson
        .label_sets
        .iter()
        .map(|s| (s.id.clone(), s.name.clone()))
        .collect()
}

/// A labelled one-line text field; the label names the field for screen readers.
fn text_field(ui: &mut egui::Ui, label: &str, value: &mut String) -> bool {
    ui.horizontal(|ui| {
        let l = ui.label(label);
        ui.add(egui::TextEdit::singleline(value).desired_width(f32::INFINITY))
            .labelled_by(l.id)
            .changed()
    })
    .inner
}

/// A labelled multi-line text field.
fn text_area(ui: &mut egui::Ui, label: &str, value: &mut String, rows: usize) -> bool {
    let l = ui.label(label);
    ui.add(
        egui::TextEdit::multiline(value)
            .desired_rows(rows)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(l.id)
    .changed()
}

/// Saving the lesson and exporting the student edition: in the menu and in the lesson editor.
fn save_and_export_commands() -> [(&'static str, TeacherCommand); 4] {
    [
        ("Save lesson (Ctrl+S)", TeacherCommand::SaveLesson(None)),
        (
            "Save lesson in folder…",
            TeacherCommand::Pick(Pick::SaveLessonFolder),
        ),
        (
            "Export student edition as folder…",
            TeacherCommand::Pick(Pick::ExportFolder),
        ),
        (
            "Export student edition as one file…",
            TeacherCommand::Pick(Pick::ExportPacked),
        ),
    ]
}

/// The menu of the teacher's desk (in the menu bar).
pub fn menu_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    ui.menu_button("Teacher", |ui| {
        if ui.button("New lesson").clicked() {
            app.send(AppCommand::Teacher(TeacherCommand::NewLesson));
        }
        if ui.button("Open lesson for editing…").clicked() {
            app.send(AppCommand::Teacher(TeacherCommand::Pick(Pick::OpenLesson)));
        }
        if ui.button("Edit the sample lesson").clicked() {
            app.send(AppCommand::Teacher(TeacherCommand::EditSample));
        }
        ui.separator();
        let teaching = app.teaching();
        let mut commands = save_and_export_commands().to_vec();
        commands.extend([
            (
                "Import document…",
                TeacherCommand::Pick(Pick::ImportDocument),
            ),
            (
                "Review a class folder…",
                TeacherCommand::Pick(Pick::OpenClass),
            ),
            ("Restore autosaved edits", TeacherCommand::RestoreAutosave),
        ]);
        for (text, command) in commands {
            if ui.add_enabled(teaching, egui::Button::new(text)).clicked() {
                app.send(AppCommand::Teacher(command));
            }
        }
    });
}

/// The tab bar and left panel of the teacher's desk.
pub fn left_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let Some(tab) = app.teacher.as_ref().map(|d| d.tab) else {
        return;
    };
    ui.horizontal(|ui| {
        for (t, name) in [
            (Tab::Lesson, "Lesson"),
            (Tab::Key, "Answer key"),
            (Tab::Review, "Review"),
        ] {
            if ui.selectable_label(tab == t, name).clicked()
                && let Some(desk) = app.teacher.as_mut()
            {
                desk.tab = t;
            }
        }
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("teacher-left")
        .show(ui, |ui| match tab {
            Tab::Lesson => lesson_editor_ui(app, ui),
            Tab::Key => key_list_ui(app, ui),
            Tab::Review => class_list_ui(app, ui),
        });
}

#[allow(clippy::too_many_lines)] // The lesson editor, section by section.
fn lesson_editor_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let now = ui.input(|i| i.time);
    let mut edited = false;
    let lesson = &mut app.lesson.lesson;
    egui::CollapsingHeader::new("Lesson")
        .default_open(true)
        .show(ui, |ui| {
            edited |= text_field(ui, "Title", &mut lesson.title);
            edited |= text_field(ui, "Id", &mut lesson.id);
            edited |= text_area(ui, "Introduction (students see it)", &mut lesson.intro, 4);
            edited |= text_area(
                ui,
                "Teacher notes (not in the student edition)",
                &mut lesson.teacher_notes,
                3,
            );
            let before = lesson.feedback;
            egui::ComboBox::from_label("Feedback to students")
                .selected_text(feedback_word(lesson.feedback))
                .show_ui(ui, |ui| {
                    for f in [
                        FeedbackPolicy::None,
                        FeedbackPolicy::AfterHandIn,
                        FeedbackPolicy::LiveSelfCheck,
                    ] {
                        ui.selectable_value(&mut lesson.feedback, f, feedback_word(f));
                    }
                });
            edited |= before != lesson.feedback;
        });

    let mut show: Option<String> = None;
    let mut remove_doc: Option<usize> = None;
    let mut pending: Option<Removal> = None;
    let mut revise: Option<String> = None;
    egui::CollapsingHeader::new(format!("Documents ({})", lesson.documents.len()))
        .id_salt("teacher-documents")
        .default_open(true)
        .show(ui, |ui| {
            for (i, doc) in lesson.documents.iter_mut().enumerate() {
                ui.push_id(("doc", i), |ui| {
                    ui.group(|ui| {
                        edited |= text_field(ui, "Document title", &mut doc.title);
                        edited |= text_field(ui, "Outlet", &mut doc.outlet);
                        edited |= text_field(ui, "Author", &mut doc.author);
                        edited |= text_field(ui, "Published", &mut doc.published);
                        edited |= text_field(ui, "Address (URL)", &mut doc.url);
                        ui.horizontal_wrapped(|ui| {
                            if ui.button("Show").clicked() {
                                show = Some(doc.id.clone());
                            }
                            if ui.button("Replace with revised text…").clicked() {
                                revise = Some(doc.id.clone());
                            }
                            if ui.button("Remove document").clicked() {
                                remove_doc = Some(i);
                            }
                        });
                    });
                });
            }
            if ui.button("Import document (.txt, .md, .html)…").clicked() {
                app.commands.push(AppCommand::Teacher(TeacherCommand::Pick(
                    Pick::ImportDocument,
                )));
            }
        });

    let mut preset_error = None;
    egui::CollapsingHeader::new(format!("Label sets ({})", lesson.label_sets.len()))
        .id_salt("teacher-label-sets")
        .default_open(false)
        .show(ui, |ui| {
            let mut remove_set = None;
            let mut add_label_to = None;
            for (si, set) in lesson.label_sets.iter_mut().enumerate() {
                ui.push_id(("set", si), |ui| {
                    ui.group(|ui| {
                        edited |= text_field(ui, "Set name", &mut set.name);
                        edited |= ui
                            .checkbox(&mut set.multiple, "A claim may carry several of these")
                            .changed();
                        edited |= removable_rows(
                            ui,
                            &mut set.labels,
                            "label",
                            |label| format!("Remove label \"{}\"", label.name),
                            |ui, label| {
                                text_field(ui, "Label", &mut label.name)
                                    | text_field(ui, "Meaning", &mut label.description)
                            },
                        );
                        ui.horizontal(|ui| {
                            if ui.button("Add label").clicked() {
                                add_label_to = Some(si);
                            }
                            if ui.button("Remove set").clicked() {
                                remove_set = Some(si);
                            }
                        });
                    });
                });
            }
            if let Some(si) = remove_set {
                pending = Some(Removal::LabelSet(lesson.label_sets[si].id.clone()));
            }
            if let Some(si) = add_label_to {
                // Label ids are unique across the lesson.
                let id = authoring::new_label_id(lesson, &lesson.label_sets[si].id);
                lesson.label_sets[si].labels.push(Label {
                    id,
                    name: "New label".into(),
                    description: String::new(),
                });
                edited = true;
            }
            let Some(desk) = app.teacher.as_mut() else {
                return;
            };
            let all = &desk.presets;
            ui.horizontal(|ui| {
                egui::ComboBox::from_label("Preset")
                    .selected_text(
                        all.get(desk.preset)
                            .map_or("", |s: &LabelSet| s.name.as_str()),
                    )
                    .show_ui(ui, |ui| {
                        for (i, set) in all.iter().enumerate() {
                            ui.selectable_value(
                                &mut desk.preset,
                                i,
                                format!("{} ({} labels)", set.name, set.labels.len()),
                            );
                        }
                    });
                if ui.button("Add preset").clicked()
                    && let Some(set) = all.get(desk.preset).cloned()
                {
                    match authoring::add_label_set(lesson, set) {
                        Ok(()) => edited = true,
                        Err(e) => preset_error = Some(e),
                    }
                }
            });
            let sets: Vec<(String, String)> = set_names(lesson);
            let before = lesson.verdict_scale.clone();
            egui::ComboBox::from_label("Verdict scale")
                .selected_text(
                    lesson
                        .verdict_scale
                        .as_deref()
                        .and_then(|v| sets.iter().find(|(id, _)| id == v))
                        .map_or("none", |(_, name)| name.as_str()),
                )
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut lesson.verdict_scale, None, "none");
                    for (id, name) in &sets {
                        ui.selectable_value(&mut lesson.verdict_scale, Some(id.clone()), name);
                    }
                });
            edited |= before != lesson.verdict_scale;
        });

    let documents: Vec<(String, String)> = lesson
        .documents
        .iter()
        .map(|d| (d.id.clone(), d.title.clone()))
        .collect();
    let sets = set_names(lesson);
    egui::CollapsingHeader::new(format!("Tasks ({})", lesson.tasks.len()))
        .id_salt("teacher-tasks")
        .default_open(false)
        .show(ui, |ui| {
            let mut remove_task = None;
            for (ti, task) in lesson.tasks.iter_mut().enumerate() {
                ui.push_id(("task", ti), |ui| {
                    ui.group(|ui| {
                        ui.label(
                            RichText::new(format!(
                                "{} · {}",
                                task.id,
                                authoring::kind_word(&task.kind)
                            ))
                            .strong(),
                        );
                        edited |= text_field(ui, "Task title", &mut task.title);
                        edited |= text_area(ui, "Instructions", &mut task.instructions, 2);
                        ui.horizontal(|ui| {
                            let l = ui.label("Points");
                            edited |= ui
                                .add(egui::DragValue::new(&mut task.points).range(0..=1000))
                                .labelled_by(l.id)
                                .changed();
                        });
                        let before = task.document.clone();
                        egui::ComboBox::from_label("About")
                            .selected_text(
                                task.document
                                    .as_deref()
                                    .and_then(|d| documents.iter().find(|(id, _)| id == d))
                                    .map_or("the whole lesson", |(_, t)| t.as_str()),
                            )
                            .show_ui(ui, |ui| {
                                ui.selectable_value(&mut task.document, None, "the whole lesson");
                                for (id, title) in &documents {
                                    ui.selectable_value(
                                        &mut task.document,
                                        Some(id.clone()),
                                        title,
                                    );
                                }
                            });
                        edited |= before != task.document;
                        match &mut task.kind {
                            TaskKind::MarkClaims { label_set }
                            | TaskKind::LabelTechniques { label_set }
                            | TaskKind::Attribution { label_set } => {
                                let before = label_set.clone();
                                egui::ComboBox::from_label("Label set")
                                    .selected_text(
                                        sets.iter()
                                            .find(|(id, _)| id == label_set)
                                            .map_or("choose…", |(_, n)| n.as_str()),
                                    )
                                    .show_ui(ui, |ui| {
                                        for (id, name) in &sets {
                                            ui.selectable_value(label_set, id.clone(), name);
                                        }
                                    });
                                edited |= before != *label_set;
                            }
                            TaskKind::AttachEvidence { stance } => {
                                let before = *stance;
                                egui::ComboBox::from_label("Stance asked for")
                                    .selected_text(stance.map_or("any", Stance::word))
                                    .show_ui(ui, |ui| {
                                        ui.selectable_value(stance, None, "any");
                                        for s in Stance::ALL {
                                            ui.selectable_value(
                                                stance,
                                                Some(s),
                                                format!("{} {}", s.symbol(), s.word()),
                                            );
                                        }
                                    });
                                edited |= before != *stance;
                            }
                            TaskKind::Verdict | TaskKind::Written => {}
                        }
                        ui.label(RichText::new("Rubric levels").strong());
                        edited |= removable_rows(
                            ui,
                            &mut task.rubric,
                            "level",
                            |level| format!("Remove level \"{}\"", level.name),
                            |ui, level| {
                                let mut changed = text_field(ui, "Level", &mut level.name);
                                ui.horizontal(|ui| {
                                    let l = ui.label("Level points");
                                    changed |= ui
                                        .add(
                                            egui::DragValue::new(&mut level.points).range(0..=1000),
                                        )
                                        .labelled_by(l.id)
                                        .changed();
                                });
                                changed |= text_field(
                                    ui,
                                    "What work at this level does",
                                    &mut level.description,
                                );
                                changed | text_area(ui, "Example answer", &mut level.example, 2)
                            },
                        );
                        ui.horizontal(|ui| {
                            if ui.button("Add rubric level").clicked() {
                                task.rubric.push(crate::core::lesson::RubricLevel {
                                    name: "New level".into(),
                                    ..Default::default()
                                });
                                edited = true;
                            }
                            if ui.button("Remove task").clicked() {
                                remove_task = Some(ti);
                            }
                        });
                    });
                });
            }
            if let Some(ti) = remove_task {
                pending = Some(Removal::Task(lesson.tasks[ti].id.clone()));
            }
            let kinds = authoring::task_kinds(lesson);
            let Some(desk) = app.teacher.as_mut() else {
                return;
            };
            ui.horizontal(|ui| {
                egui::ComboBox::from_label("Kind of task")
                    .selected_text(kinds.get(desk.new_kind).map_or("", |k| k.0))
                    .show_ui(ui, |ui| {
                        for (i, (word, _)) in kinds.iter().enumerate() {
                            ui.selectable_value(&mut desk.new_kind, i, *word);
                        }
                    });
                if ui.button("Add task").clicked()
                    && let Some((_, kind)) = kinds.get(desk.new_kind).cloned()
                {
                    let task = authoring::new_task(lesson, kind);
                    lesson.tasks.push(task);
                    edited = true;
                }
            });
        });

    egui::CollapsingHeader::new("Save and export")
        .default_open(true)
        .show(ui, |ui| {
            for (text, command) in save_and_export_commands() {
                if ui.button(text).clicked() {
                    app.commands.push(AppCommand::Teacher(command));
                }
            }
        });

    if let Some(id) = show {
        app.send(AppCommand::ShowDocument(id, None));
    }
    if let Some(doc) = revise {
        app.send(AppCommand::Teacher(TeacherCommand::Pick(
            Pick::ReviseDocument(doc),
        )));
    }
    if let Some(i) = remove_doc {
        pending = Some(Removal::Document(app.lesson.lesson.documents[i].id.clone()));
    }
    if let (Some(p), Some(desk)) = (pending, app.teacher.as_mut()) {
        desk.pending_removal = Some(p);
    }
    if let Some(e) = preset_error {
        app.set_status(e, true);
    }
    if edited {
        app.lesson_edited(now);
    }

    let state = (
        app.teacher.as_ref().map_or(0, |d| d.lesson_state),
        app.history.state_id(),
    );
    let problems = if app
        .teacher
        .as_ref()
        .is_some_and(|d| d.problems_state == Some(state))
    {
        None
    } else {
        Some(
            app.keyed_lesson()
                .validate()
                .into_iter()
                .map(|p| p.message)
                .collect(),
        )
    };
    let Some(desk) = app.teacher.as_mut() else {
        return;
    };
    if let Some(problems) = problems {
        desk.problems = problems;
        desk.problems_state = Some(state);
    }
    egui::CollapsingHeader::new(format!("Problems ({})", desk.problems.len()))
        .id_salt("teacher-problems")
        .default_open(!desk.problems.is_empty())
        .show(ui, |ui| {
            if desk.problems.is_empty() {
                ui.label("None: the lesson checks out.");
            }
            for p in &desk.problems {
                ui.label(format!("Problem: {p}"));
            }
        });
}

fn feedback_word(f: FeedbackPolicy) -> &'static str {
    match f {
        FeedbackPolicy::None => "none (the teacher reports back)",
        FeedbackPolicy::AfterHandIn => "after hand-in",
        FeedbackPolicy::LiveSelfCheck => "live self-check",
    }
}

/// The key's items by task, with must-find or bonus.
fn key_list_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    ui.label("Make key items in the article as students make claims: select, then “Make key item”. The inspector sets accepted labels, must-find or bonus, evidence and the explanation.");
    near_misses_ui(app, ui);
    ui.separator();
    let lesson = &app.lesson.lesson;
    let Some(desk) = app.teacher.as_ref() else {
        return;
    };
    let mut go = None;
    for task in &lesson.tasks {
        let items: Vec<_> = app
            .session
            .annotations
            .iter()
            .filter(|a| a.task.as_deref() == Some(task.id.as_str()))
            .collect();
        ui.strong(format!("{} ({} items)", task.title, items.len()));
        for a in items {
            let kind = if desk.required.get(&a.id).copied().unwrap_or(true) {
                "must find"
            } else {
                "bonus"
            };
            let quote: String = a.selector.quote.exact.chars().take(60).collect();
            if ui.link(format!("{} · {kind}: “{quote}”", a.id)).clicked() {
                go = Some((a.id.clone(), a.document.clone(), a.selector.range()));
            }
        }
    }
    let untasked: Vec<_> = app
        .session
        .annotations
        .iter()
        .filter(|a| a.task.as_ref().is_none_or(|t| lesson.task(t).is_none()))
        .map(|a| a.id.clone())
        .collect();
    if !untasked.is_empty() {
        ui.label(format!(
            "Without a task (they go to the first task on their document): {}",
            untasked.join(", ")
        ));
    }
    if let Some((id, doc, range)) = go {
        app.send(AppCommand::ShowDocument(doc, Some(range)));
        app.send(AppCommand::SelectClaim(Some(id)));
    }
}

/// Key-only fields in the inspector: must-find or bonus, and the task.
pub fn key_item_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui, id: &str) {
    let now = ui.input(|i| i.time);
    let Some(desk) = app.teacher.as_mut() else {
        return;
    };
    let mut required = desk.required.get(id).copied().unwrap_or(true);
    if ui
        .checkbox(&mut required, "Must find (unticked: a bonus)")
        .changed()
    {
        desk.required.insert(id.to_owned(), required);
        app.lesson_edited(now);
    }
    let current = app.session.annotation(id).and_then(|a| a.task.clone());
    let mut chosen = current.clone();
    egui::ComboBox::from_label("Task")
        .selected_text(
            chosen
                .as_deref()
                .and_then(|t| app.lesson.lesson.task(t))
                .map_or("none", |t| t.title.as_str()),
        )
        .show_ui(ui, |ui| {
            for t in &app.lesson.lesson.tasks {
                ui.selectable_value(&mut chosen, Some(t.id.clone()), &t.title);
            }
        });
    if chosen != current {
        app.send(AppCommand::Edit(crate::core::edit::Command::SetTask {
            annotation_id: id.to_owned(),
            task: chosen,
        }));
    }
    ui.label("Labels ticked below are the accepted labels (any one earns full credit). The note is the explanation students see in their report.");
}

/// The class list: students with their totals and flags, unreadable files, most missed items.
fn class_list_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let mut select = None;
    let lesson = &app.lesson.lesson;
    let Some(desk) = app.teacher.as_ref() else {
        return;
    };
    if ui.button("Open a class folder…").clicked() {
        app.commands
            .push(AppCommand::Teacher(TeacherCommand::Pick(Pick::OpenClass)));
    }
    let Some(class) = desk.class.as_ref() else {
        ui.label("Open a folder of students' *.session.ron files to review and grade them.");
        return;
    };
    ui.label(format!("Class: {}", class.folder.display()));
    if ui
        .button("Write gradebook (CSV) and reports")
        .on_hover_text(format!(
            "{GRADEBOOK_FILE} and {REPORTS_FOLDER}/ (Markdown and printable HTML per student) in the class folder, with your review applied"
        ))
        .clicked()
    {
        app.commands
            .push(AppCommand::Teacher(TeacherCommand::WriteGrades));
    }
    ui.strong(format!("Students ({})", class.students.len()));
    for (i, s) in class.students.iter().enumerate() {
        let name = if s.session.student.is_empty() {
            s.file.as_str()
        } else {
            s.session.student.as_str()
        };
        let flag = if s.grade.flags.is_empty() {
            ""
        } else {
            " [!] flagged"
        };
        if ui
            .selectable_label(
                i == class.selected,
                format!("{name}: {:.1} / {:.0}{flag}", s.grade.points, s.grade.max),
            )
            .on_hover_text(s.grade.flags.join("\n"))
            .clicked()
        {
            select = Some(i);
        }
    }
    for u in &class.unreadable {
        ui.colored_label(ui.visuals().error_fg_color, format!("Not read: {u}"));
    }
    ui.separator();
    ui.strong("Most missed (must-find items)");
    let total = class.students.len();
    for (item, count) in class.overview.most_missed.iter().take(8) {
        let task = lesson
            .answer_key
            .as_ref()
            .and_then(|k| k.items.iter().find(|i| &i.id == item))
            .and_then(|i| lesson.task(&i.task))
            .map_or(String::new(), |t| format!(" ({})", t.title));
        let quote = app.session.annotation(item).map_or(String::new(), |a| {
            a.selector.quote.exact.chars().take(50).collect()
        });
        ui.label(format!(
            "{item}{task}: missed by {count} of {total} — “{quote}”"
        ));
    }
    paragraph_tallies_ui(ui, lesson, class, &app.current_document);
    let mut tasks: BTreeMap<&str, usize> = BTreeMap::new();
    for s in &class.students {
        for t in &s.grade.tasks {
            *tasks.entry(t.task.as_str()).or_default() += t.missed;
        }
    }
    let mut tasks: Vec<_> = tasks.into_iter().filter(|(_, n)| *n > 0).collect();
    tasks.sort_by_key(|t| std::cmp::Reverse(t.1));
    ui.strong("Tasks most missed");
    for (task, n) in tasks {
        let title = lesson.task(task).map_or(task, |t| t.title.as_str());
        ui.label(format!("{title}: {n} missed item(s) across the class"));
    }
    if let Some(i) = select {
        app.send(AppCommand::Teacher(TeacherCommand::SelectStudent(i)));
    }
}

/// The review's centre: the student's highlights and the key side by side, with the class's
/// heat strip beside the key.
pub fn review_central_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    ui.horizontal_wrapped(|ui| {
        for doc in app.lesson.lesson.documents.clone() {
            let short: String = doc.title.chars().take(28).collect();
            if ui
                .selectable_label(app.current_document == doc.id, short)
                .on_hover_text(&doc.title)
                .clicked()
            {
                app.send(AppCommand::ShowDocument(doc.id.clone(), None));
            }
        }
    });
    ui.separator();
    let doc = app.current_document.clone();
    let font_size = app.prefs.font_size;
    let empty = HighlightIndex::default();
    let key_highlights = app.highlights.get(&doc).unwrap_or(&empty);
    let key_selected = app.selected_claim.clone();
    let Some(desk) = app.teacher.as_mut() else {
        return;
    };
    let Some(class) = desk.class.as_mut() else {
        ui.label("No class open.");
        return;
    };
    let student_name = class
        .students
        .get(class.selected)
        .map_or(String::new(), |s| s.session.student.clone());
    let total = class.students.len();
    let no_tallies = BTreeMap::new();
    let tallies = class.overview.paragraphs.get(&doc).unwrap_or(&no_tallies);
    let mut clicked_student = None;
    let mut clicked_key = None;
    ui.columns(2, |columns| {
        columns[0].strong(format!("{student_name}'s highlights"));
        if let Some(view) = class.views.get_mut(&doc) {
            let highlights = class.highlights.get(&doc).unwrap_or(&empty);
            let out = view.ui(
                &mut columns[0],
                font_size,
                highlights,
                class.selected_claim.as_deref(),
            );
            if let Some(HighlightKey::Claim(id)) = out.clicked {
                clicked_student = Some(id);
            }
        }
        columns[1].strong("Answer key, with the class's heat strip");
        let ui = &mut columns[1];
        let full = ui.available_rect_before_wrap();
        let strip = egui::Rect::from_min_max(full.min, egui::pos2(full.min.x + 34.0, full.max.y));
        let rest = egui::Rect::from_min_max(egui::pos2(full.min.x + 40.0, full.min.y), full.max);
        if let Some(view) = app.views.get_mut(&doc) {
            let out = ui
                .scope_builder(egui::UiBuilder::new().max_rect(rest), |ui| {
                    view.ui(ui, font_size, key_highlights, key_selected.as_deref())
                })
                .inner;
            if let Some(HighlightKey::Claim(id)) = out.clicked {
                clicked_key = Some(id);
            }
            heat_strip_ui(ui, strip, view, tallies, total, &app.lesson.lesson);
        }
    });
    if let Some(id) = clicked_student {
        class.selected_claim = Some(id);
    }
    if let Some(id) = clicked_key {
        app.send(AppCommand::SelectClaim(Some(id)));
    }
}

/// Per visible paragraph: how many students flagged it, as a shade and a number, with the split
/// of labels and stances on hover.
fn heat_strip_ui(
    ui: &mut egui::Ui,
    strip: egui::Rect,
    view: &ArticleView,
    tallies: &BTreeMap<usize, crate::core::grade::ParagraphTally>,
    total: usize,
    lesson: &Lesson,
) {
    let painter = ui.painter_at(strip);
    painter.rect_filled(strip, 2.0, ui.visuals().faint_bg_color);
    let mut seen = std::collections::BTreeSet::new();
    for (paragraph, rect) in view.placed_paragraphs() {
        let Some(tally) = tallies.get(&paragraph) else {
            continue;
        };
        let top = rect.top().max(strip.top());
        let bottom = rect.bottom().min(strip.bottom());
        if bottom <= top {
            continue;
        }
        let band = egui::Rect::from_min_max(
            egui::pos2(strip.left(), top),
            egui::pos2(strip.right(), bottom),
        );
        let share = tally.students as f32 / total.max(1) as f32;
        let alpha = (40.0 + 200.0 * share) as u8;
        painter.rect_filled(
            band.shrink2(egui::vec2(2.0, 1.0)),
            2.0,
            egui::Color32::from_rgba_unmultiplied(220, 80, 30, alpha),
        );
        if !seen.insert(paragraph) {
            continue;
        }
        painter.text(
            egui::pos2(band.center().x, band.top() + 2.0),
            egui::Align2::CENTER_TOP,
            tally.students.to_string(),
            egui::FontId::proportional(12.0),
            ui.visuals().strong_text_color(),
        );
        let labels: Vec<String> = tally
            .labels
            .iter()
            .map(|(l, n)| {
                format!(
                    "{} ×{n}",
                    lesson
                        .label(l)
                        .map_or(l.as_str(), |(_, label)| label.name.as_str())
                )
            })
            .collect();
        let stances: Vec<String> = tally
            .stances
            .iter()
            .map(|(s, n)| format!("{s} ×{n}"))
            .collect();
        let summary = format!(
            "Paragraph {}: {} of {total} students flagged it ({} claims)",
            paragraph + 1,
            tally.students,
            tally.claims
        );
        let detail = format!(
            "{summary}\nLabels: {}\nStances: {}",
            if labels.is_empty() {
                "none".into()
            } else {
                labels.join(", ")
            },
            if stances.is_empty() {
                "none".into()
            } else {
                stances.join(", ")
            }
        );
        let response = ui.interact(
            band,
            ui.make_persistent_id(("heat-strip", paragraph)),
            egui::Sense::hover(),
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &summary));
        response.on_hover_text(detail);
    }
}

/// The review's right panel: the shown student's results, comments, rubric levels, overrides.
#[allow(clippy::too_many_lines)] // One student's review, top to bottom.
pub fn review_inspector_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let lesson = &app.lesson.lesson;
    let Some(desk) = app.teacher.as_mut() else {
        return;
    };
    let Some(class) = desk.class.as_mut() else {
        ui.label("Open a class folder to review.");
        return;
    };
    let Some(student) = class.students.get(class.selected) else {
        return;
    };
    let file = student.file.clone();
    let (grade, session) = (&student.grade, &student.session);
    let mut review = class
        .review
        .students
        .get(&file)
        .cloned()
        .unwrap_or_default();
    let before = review.clone();
    let mut save = false;
    egui::ScrollArea::vertical()
        .id_salt("review-scroll")
        .show(ui, |ui| {
            ui.heading(if session.student.is_empty() {
                file.clone()
            } else {
                session.student.clone()
            });
            ui.label(format!(
                "{file} · {:.1} of {:.0} points · precision {:.0}%",
                grade.points,
                grade.max,
                grade.precision * 100.0
            ));
            for flag in &grade.flags {
                ui.colored_label(ui.visuals().warn_fg_color, format!("[!] {flag}"));
            }
            if let Some(a) = class
                .selected_claim
                .as_ref()
                .and_then(|id| session.annotation(id))
            {
                ui.strong("Selected claim");
                claim_review_ui(ui, a, lesson, &mut review, true);
            }
            ui.separator();
            for t in &grade.tasks {
                let Some(task) = lesson.task(&t.task) else {
                    continue;
                };
                ui.push_id(("task", &t.task), |ui| {
                    ui.group(|ui| {
                        let points = t.points.map_or("waits for a rubric level".to_owned(), |p| {
                            format!("{p:.1} / {:.0}", t.max)
                        });
                        ui.strong(format!("{}: {points}", task.title));
                        ui.label(format!(
                            "found {} · partial {} · missed {} · extra {} · precision {:.0}%",
                            t.found,
                            t.partial,
                            t.missed,
                            t.extra,
                            t.precision * 100.0
                        ));
                        for item in grade.items.iter().filter(|i| i.task == t.task) {
                            let outcome = match item.outcome {
                                Outcome::Found => "found",
                                Outcome::Partial => "partial",
                                Outcome::Missed => "missed",
                            };
                            let mut parts = vec![format!("{} {outcome}", item.key_item)];
                            if let Some(c) = item.label_credit {
                                parts.push(format!("labels {:.0}%", c * 100.0));
                            }
                            if let Some(c) = item.evidence_credit {
                                parts.push(format!("evidence/stance {:.0}%", c * 100.0));
                            }
                            if let Some(c) = item.verdict_credit {
                                parts.push(format!("verdict {:.0}%", c * 100.0));
                            }
                            parts.push(format!("{:.1}/{:.1}", item.points, item.max));
                            ui.label(parts.join(" · "));
                        }
                        if let Some(answer) = session.responses.get(&t.task) {
                            ui.label(RichText::new(format!("Answer: {}", answer.text)).italics());
                        }
                        if !task.rubric.is_empty() {
                            let mut level = review.rubric_levels.get(&t.task).cloned();
                            egui::ComboBox::from_label("Rubric level")
                                .selected_text(level.clone().unwrap_or_else(|| "not scored".into()))
                                .show_ui(ui, |ui| {
                                    ui.selectable_value(&mut level, None, "not scored");
                                    for l in &task.rubric {
                                        ui.selectable_value(
                                            &mut level,
                                            Some(l.name.clone()),
                                            format!("{} ({} points)", l.name, l.points),
                                        )
                                        .on_hover_text(&l.example);
                                    }
                                });
                            match level {
                                Some(l) => review.rubric_levels.insert(t.task.clone(), l),
                                None => review.rubric_levels.remove(&t.task),
                            };
                        }
                        let mut overridden = review.overrides.contains_key(&t.task);
                        ui.horizontal(|ui| {
                            ui.checkbox(&mut overridden, "Override points");
                            if overridden {
                                let value = review
                                    .overrides
                                    .entry(t.task.clone())
                                    .or_insert(t.points.unwrap_or(0.0));
                                let l = ui.label("Points given");
                                ui.add(
                                    egui::DragValue::new(value)
                                        .range(0.0..=t.max.max(1000.0))
                                        .speed(0.5),
                                )
                                .labelled_by(l.id);
                            } else {
                                review.overrides.remove(&t.task);
                            }
                        });
                    });
                });
            }
            ui.separator();
            ui.strong("Claims");
            let shown = class.selected_claim.clone();
            for a in session
                .annotations
                .iter()
                .filter(|a| Some(&a.id) != shown.as_ref())
            {
                if claim_review_ui(ui, a, lesson, &mut review, false) {
                    class.selected_claim = Some(a.id.clone());
                }
            }
            ui.separator();
            text_area(
                ui,
                "General comment for the student",
                &mut review.general,
                3,
            );
            let label = if class.dirty {
                "Save review (unsaved changes)"
            } else {
                "Save review"
            };
            save = ui.button(label).clicked();
            ui.label(format!(
                "Saved to {REVIEW_FILE} beside the sessions; the sessions are never changed."
            ));
        });
    if review != before {
        // Comments do not change points; rubric levels and overrides do.
        let points_changed =
            review.rubric_levels != before.rubric_levels || review.overrides != before.overrides;
        if review == StudentReview::default() {
            class.review.students.remove(&file);
        } else {
            class.review.students.insert(file, review);
        }
        class.dirty = true;
        if points_changed {
            app.regrade();
        }
    }
    if save {
        app.send(AppCommand::Teacher(TeacherCommand::SaveReview));
    }
}

/// The revision report, in a window until closed.
pub fn revision_window_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let Some(desk) = app.teacher.as_mut() else {
        return;
    };
    let Some(report) = desk.revision.as_ref() else {
        return;
    };
    let mut open = true;
    egui::Window::new(format!("Revised: {}", report.document))
        .open(&mut open)
        .default_width(520.0)
        .show(ui.ctx(), |ui| {
            let count =
                |f: &dyn Fn(&Relocation) -> bool| report.rows.iter().filter(|(_, r)| f(r)).count();
            ui.label(format!(
                "unchanged {} · moved {} · fuzzy {} · orphaned {}",
                count(&|r| r.to.is_some() && r.method == AnchorMethod::Exact),
                count(&|r| r.to.is_some() && r.method == AnchorMethod::Moved),
                count(&|r| r.to.is_some()
                    && !matches!(r.method, AnchorMethod::Exact | AnchorMethod::Moved)),
                count(&|r| r.to.is_none()),
            ));
            egui::ScrollArea::vertical()
                .max_height(400.0)
                .show(ui, |ui| {
                    for (who, r) in &report.rows {
                        // Key rows already say "key k01".
                        if r.what.starts_with("key ") {
                            ui.label(revise::describe(r));
                        } else {
                            ui.label(format!("{who} · {}", revise::describe(r)));
                        }
                    }
                });
        });
    if !open {
        desk.revision = None;
    }
}

/// One of the student's claims under review: what they wrote, and the teacher's comment on it.
/// Returns whether the claim was clicked.
fn claim_review_ui(
    ui: &mut egui::Ui,
    a: &crate::core::session::Annotation,
    lesson: &Lesson,
    review: &mut StudentReview,
    selected: bool,
) -> bool {
    let mut clicked = false;
    ui.push_id(("claim", &a.id), |ui| {
        ui.group(|ui| {
            let quote: String = a.selector.quote.exact.chars().take(80).collect();
            if ui
                .selectable_label(selected, format!("{}: “{quote}”", a.id))
                .clicked()
            {
                clicked = true;
            }
            let labels: Vec<&str> = a
                .labels
                .iter()
                .map(|l| lesson.label(l).map_or(l.as_str(), |(_, x)| x.name.as_str()))
                .collect();
            if !labels.is_empty() {
                ui.label(format!("Labels: {}", labels.join(", ")));
            }
            if !a.note.is_empty() {
                ui.label(format!("Note: {}", a.note));
            }
            if let Some(v) = &a.verdict {
                ui.label(format!("Verdict: {} — {}", v.rating, v.reasoning));
            }
            for e in &a.evidence {
                let what = match &e.source {
                    crate::core::session::EvidenceSource::Passage { document, selector } => {
                        format!("“{}” ({document})", selector.quote.exact)
                    }
                    crate::core::session::EvidenceSource::Citation(c) => {
                        format!("{} — {} {}", c.title, c.outlet, c.url)
                    }
                };
                ui.label(format!(
                    "Evidence {} {}: {what}",
                    e.stance.symbol(),
                    e.stance.word()
                ));
            }
            let mut comment = review.comments.get(&a.id).cloned().unwrap_or_default();
            let l = ui.label("Teacher's comment");
            if ui
                .add(
                    egui::TextEdit::multiline(&mut comment)
                        .desired_rows(1)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(l.id)
                .changed()
            {
                if comment.is_empty() {
                    review.comments.remove(&a.id);
                } else {
                    review.comments.insert(a.id.clone(), comment);
                }
            }
        });
    });
    clicked
}

/// The class overview of one document as text: per paragraph, how many students flagged it and
/// how their labels and stances split (the heat strip's numbers, readable without a pointer).
fn paragraph_tallies_ui(ui: &mut egui::Ui, lesson: &Lesson, class: &ClassReview, doc: &str) {
    let total = class.students.len();
    if let Some(tallies) = class.overview.paragraphs.get(doc) {
        ui.strong("This document, paragraph by paragraph");
        for (paragraph, tally) in tallies {
            let labels: Vec<String> = tally
                .labels
                .iter()
                .map(|(l, n)| {
                    let name = lesson.label(l).map_or(l.as_str(), |(_, x)| x.name.as_str());
                    format!("{name} ×{n}")
                })
                .collect();
            let stances: Vec<String> = tally
                .stances
                .iter()
                .map(|(s, n)| format!("{s} ×{n}"))
                .collect();
            ui.label(format!(
                "¶{}: {} of {total} students, {} claims{}{}",
                paragraph + 1,
                tally.students,
                tally.claims,
                if labels.is_empty() {
                    String::new()
                } else {
                    format!("; {}", labels.join(", "))
                },
                if stances.is_empty() {
                    String::new()
                } else {
                    format!("; evidence {}", stances.join(", "))
                },
            ));
        }
    }
}

/// Near-miss label pairs: giving one label of a pair where the key accepts the other earns the
/// pair's share of the label credit.
fn near_misses_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let now = ui.input(|i| i.time);
    let labels: Vec<(String, String)> = app
        .lesson
        .lesson
        .label_sets
        .iter()
        .flat_map(|s| s.labels.iter().map(|l| (l.id.clone(), l.name.clone())))
        .collect();
    let name = |id: &str| {
        labels
            .iter()
            .find(|(l, _)| l == id)
            .map_or(id.to_owned(), |(_, n)| n.clone())
    };
    let mut edited = false;
    let key = app
        .lesson
        .lesson
        .answer_key
        .get_or_insert_with(crate::core::lesson::AnswerKey::default);
    egui::CollapsingHeader::new(format!("Near misses ({})", key.near_misses.len()))
        .id_salt("teacher-near-misses")
        .show(ui, |ui| {
            ui.label("A label given where the key accepts the other of a pair earns this share of the label credit.");
            let mut remove = None;
            for (i, pair) in key.near_misses.iter_mut().enumerate() {
                ui.push_id(("near-miss", i), |ui| {
                    ui.horizontal_wrapped(|ui| {
                        for (which, value) in [("First label", &mut pair.a), ("Second label", &mut pair.b)] {
                            let before = value.clone();
                            egui::ComboBox::from_label(which)
                                .selected_text(name(value))
                                .show_ui(ui, |ui| {
                                    for (id, n) in &labels {
                                        ui.selectable_value(value, id.clone(), n);
                                    }
                                });
                            edited |= before != *value;
                        }
                        let l = ui.label("Share");
                        edited |= ui
                            .add(egui::Slider::new(&mut pair.credit, 0.0..=1.0).fixed_decimals(2))
                            .labelled_by(l.id)
                            .changed();
                        if ui.small_button("Remove pair").clicked() {
                            remove = Some(i);
                        }
                    });
                });
            }
            if let Some(i) = remove {
                key.near_misses.remove(i);
                edited = true;
            }
            if ui
                .add_enabled(labels.len() >= 2, egui::Button::new("Add near-miss pair"))
                .clicked()
            {
                key.near_misses.push(crate::core::lesson::NearMiss {
                    a: labels[0].0.clone(),
                    b: labels[1].0.clone(),
                    credit: 0.5,
                });
                edited = true;
            }
        });
    egui::CollapsingHeader::new("Extra claims")
        .id_salt("teacher-extra-claims")
        .show(ui, |ui| {
            ui.label(
                "Claims that match no key item lower a task's points, so that highlighting \
                 everything earns nothing. Per task: precision = key items found / (found + \
                 extra claims beyond the free ones); points × (1 − weight × (1 − precision)).",
            );
            let policy = &mut key.extra_claims;
            let l = ui.label("Free extra claims per key item");
            edited |= ui
                .add(egui::Slider::new(&mut policy.free_per_item, 0.0..=5.0).fixed_decimals(1))
                .labelled_by(l.id)
                .changed();
            let l = ui.label("Weight of precision (0: extra claims cost nothing)");
            edited |= ui
                .add(egui::Slider::new(&mut policy.weight, 0.0..=1.0).fixed_decimals(2))
                .labelled_by(l.id)
                .changed();
        });
    if edited {
        app.lesson_edited(now);
    }
}

impl CrosscheckApp {
    /// Carries out a confirmed removal.
    pub fn remove(&mut self, removal: &Removal, now: f64) {
        let lesson = &mut self.lesson.lesson;
        match removal {
            Removal::Document(id) => {
                lesson.documents.retain(|d| &d.id != id);
                self.lesson.texts.remove(id);
                self.session.annotations.retain(|a| &a.document != id);
                self.history = History::default();
                if let Some(desk) = self.teacher.as_mut() {
                    desk.saved_key_state = u64::MAX;
                }
                let current = self.current_document.clone();
                self.rebuild_views();
                if self.views.contains_key(&current) {
                    self.current_document = current;
                }
            }
            Removal::LabelSet(id) => {
                lesson.label_sets.retain(|s| &s.id != id);
                if lesson.verdict_scale.as_ref() == Some(id) {
                    lesson.verdict_scale = None;
                }
            }
            Removal::Task(id) => lesson.tasks.retain(|t| &t.id != id),
        }
        self.lesson_edited(now);
        self.highlights_state = None;
    }
}

/// Asks before a removal that undo cannot bring back.
pub fn removal_modal_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let Some(removal) = app.teacher.as_ref().and_then(|d| d.pending_removal.clone()) else {
        return;
    };
    let lesson = &app.lesson.lesson;
    let question = match &removal {
        Removal::Document(id) => {
            let items = app
                .session
                .annotations
                .iter()
                .filter(|a| &a.document == id)
                .count();
            format!(
                "Remove the document \"{}\" and the {items} key item(s) on it? Sessions that use it will be flagged when graded.",
                lesson
                    .document(id)
                    .map_or(id.as_str(), |d| d.title.as_str())
            )
        }
        Removal::LabelSet(id) => format!(
            "Remove the label set \"{}\"? Key items and sessions that use its labels will show them as unknown.",
            lesson
                .label_set(id)
                .map_or(id.as_str(), |s| s.name.as_str())
        ),
        Removal::Task(id) => {
            let items = app
                .session
                .annotations
                .iter()
                .filter(|a| a.task.as_ref() == Some(id))
                .count();
            format!(
                "Remove the task \"{}\"? Its {items} key item(s) go to another task when the lesson is saved.",
                lesson.task(id).map_or(id.as_str(), |t| t.title.as_str())
            )
        }
    };
    let now = ui.input(|i| i.time);
    let mut decided = None;
    egui::Modal::new(egui::Id::unique("confirm-removal")).show(ui.ctx(), |ui| {
        ui.set_max_width(420.0);
        ui.heading("Remove?");
        ui.label(question);
        ui.label("This cannot be undone (until you save, the lesson file on disk is unchanged).");
        ui.horizontal(|ui| {
            if ui.button("Remove").clicked() {
                decided = Some(true);
            }
            if ui.button("Keep").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                decided = Some(false);
            }
        });
    });
    if let Some(remove) = decided {
        if let Some(desk) = app.teacher.as_mut() {
            desk.pending_removal = None;
        }
        if remove {
            app.remove(&removal, now);
        }
    }
}
