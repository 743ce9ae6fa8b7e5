//! The teacher's desk: authoring a lesson, the answer key, revising a document, exporting the
//! student edition, and reviewing a class with its overview.
//!
//! The answer key is edited as a session (`core::authoring::key_as_session`): the key mode is the
//! same article view, inspector, label hotkeys, evidence flow and claim commands students use,
//! wrapped as [`LessonEdit::Key`] so that the lesson and its key share one undo history. The
//! key-only fields (must-find or bonus) live beside it here, and the key is written back into the
//! lesson when it is saved, exported or used for grading.

pub mod class;
mod handling;
mod heat_strip;
pub mod import_preview;
mod key;
mod lesson_editor;
mod lesson_edits;
mod numbers_settings;
pub mod process;
mod process_ui;
pub mod review;
pub mod review_inspector;
pub mod revision;
mod standing_words;
mod tasks_editor;

use std::path::PathBuf;

use super::{CrosscheckApp, UiCommand};
use crate::core::authoring;
use crate::core::edit::{History, LessonEdit};
use crate::core::grade::{ClassOverview, SessionGrade};
use crate::core::import::Imported;
use crate::core::lesson::Required;
use crate::core::lesson::{LabelSet, Lesson, LoadedLesson};
use crate::core::presets;

pub use super::commands::{Pick, TeacherCommand};
pub use crate::core::class::REVIEW_FILE;
pub use class::ClassReview;
pub use import_preview::import_preview_ui;
pub use key::key_item_ui;
pub use review::review_central_ui;
pub use review_inspector::StudentWork;
pub use review_inspector::review_inspector_ui;
pub use revision::{RevisionReport, revision_window_ui};

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

/// A class read and graded on the worker.
pub struct OpenedClass {
    /// The class folder.
    pub folder: PathBuf,
    /// Each readable session by file name, shared with later grading jobs.
    pub sessions: Vec<(String, std::sync::Arc<crate::core::session::Session>)>,
    /// Files that could not be read, with why.
    pub unreadable: Vec<String>,
    /// The review read from the folder, or a new one.
    pub review: crate::core::review::Review,
    /// Each session's grade, in the order of `sessions`.
    pub grades: Vec<SessionGrade>,
    /// The class overview.
    pub overview: ClassOverview,
    /// Each session's trail (minutes, pastes, whether it holds, copies), in the order of
    /// `sessions`: found once, here on the worker.
    pub standings: Vec<crate::core::trail::Standing>,
}

/// A class graded again on the worker.
pub struct Regraded {
    /// The class folder it is for.
    pub folder: PathBuf,
    /// Each student's grade, in the class's order.
    pub grades: Vec<SessionGrade>,
    /// The class overview.
    pub overview: ClassOverview,
}

/// A finished teacher job.
#[allow(clippy::large_enum_variant)] // Always boxed in `JobResult::Teacher`.
pub enum TeacherJob {
    /// A dialog closed.
    Picked(Pick, Option<PathBuf>),
    /// A lesson was read.
    LessonOpened(Result<LoadedLesson, super::Said>, PathBuf),
    /// A document was read (from this file).
    Imported(PathBuf, Result<Imported, String>),
    /// A revised document was read.
    RevisedTextRead(String, Result<Imported, String>),
    /// A revision was re-anchored (key and class).
    Revised(Result<revision::Reanchored, String>),
    /// The class's sessions were re-anchored after a revision was undone or redone.
    ClassReanchored(PathBuf, Vec<std::sync::Arc<crate::core::session::Session>>),
    /// The lesson was saved (the lesson history's state that was written).
    LessonSaved(Result<PathBuf, String>, u64),
    /// The student edition was written.
    Exported(Result<PathBuf, String>),
    /// A class folder was read and graded.
    ClassOpened(Result<OpenedClass, String>),
    /// The class was graded again.
    Graded(Regraded),
    /// The review was saved (the review history's state that was written).
    ReviewSaved(Result<PathBuf, String>, u64),
    /// The gradebook and reports were written.
    GradesWritten(Result<PathBuf, String>),
    /// Whether the lesson opened for editing (by its id) has unsaved edits autosaved last time.
    AutosaveFound(String, bool),
    /// The autosaved edits were read, to be restored.
    AutosaveRead(Result<crate::core::lesson::PackedLesson, String>),
    /// A student's trail was made ready for the Process view.
    ReplayBuilt(Box<process::Built>),
}

/// The teacher's desk state.
pub struct TeacherDesk {
    /// Where the lesson is saved (a folder).
    pub folder: Option<PathBuf>,
    /// Must-find (true) or bonus, per key item.
    pub required: Required,
    /// The tab shown.
    pub tab: Tab,
    /// Undo and redo of every change to the lesson and its key, and whether it is saved.
    pub history: History<LessonEdit>,
    /// The class under review.
    pub class: Option<ClassReview>,
    /// The last revision's report, shown until closed.
    pub revision: Option<RevisionReport>,
    /// A document read, shown with its metadata until the teacher adds it or cancels.
    pub import_preview: Option<import_preview::ImportPreview>,
    /// The label-set presets offered (built once).
    pub presets: Vec<LabelSet>,
    /// Chosen preset (index into `presets`).
    pub preset: usize,
    /// Chosen kind for a new task.
    pub new_kind: usize,
    /// Lesson problems, computed when the lesson changes.
    pub problems: Vec<String>,
    problems_state: Option<u64>,
    autosaved_state: u64,
    /// Something that changes grades was edited: the class is graded again on the worker.
    pub regrade_wanted: bool,
    /// The lesson was just opened: look for its autosaved edits (on the worker).
    autosave_unchecked: bool,
    /// The Answer key tab's list, written when the key changes.
    key_rows: key::KeyRows,
}

impl TeacherDesk {
    /// Whether the Review tab is shown.
    pub fn reviewing(&self) -> bool {
        self.tab == Tab::Review
    }

    fn new(folder: Option<PathBuf>, required: Required) -> Self {
        let history = History::default();
        let autosaved_state = history.state_id();
        Self {
            folder,
            required,
            tab: Tab::Lesson,
            history,
            class: None,
            revision: None,
            import_preview: None,
            presets: presets::all(),
            preset: 0,
            new_kind: 0,
            problems: Vec::new(),
            key_rows: key::KeyRows::default(),
            problems_state: None,
            autosaved_state,
            regrade_wanted: false,
            autosave_unchecked: true,
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
        self.forget_discarded_work();
        self.lesson = lesson;
        self.lesson_path.clone_from(&folder);
        self.session = session;
        self.session_path = None;
        self.history = History::default();
        self.recovery_offer = None;
        self.rebuild_views();
        self.teacher = Some(TeacherDesk::new(folder, required));
        self.problems = (!self.lesson.problems.is_empty()).then(|| super::ProblemReport {
            heading: tr!(
                self,
                "teacher-opened-for-editing-with-problems",
                title = self.lesson.lesson.title.as_str(),
                count = self.lesson.problems.len()
            ),
            items: self
                .lesson
                .problems
                .iter()
                .map(|p| super::said(self, p))
                .collect(),
        });
    }

    /// Looks for this lesson's autosaved edits on the files thread, once after the lesson was
    /// opened; the status bar says if there are some.
    pub(crate) fn look_for_teacher_autosave(&mut self, ctx: &egui::Context) {
        match self.teacher.as_mut() {
            Some(desk) if desk.autosave_unchecked => desk.autosave_unchecked = false,
            _ => return,
        }
        let id = self.lesson.lesson.id.clone();
        let store = self.recovery.clone();
        self.worker.files(ctx, move || {
            let found = store
                .load::<crate::core::lesson::PackedLesson>(
                    &recovery_key(&id),
                    crate::core::lesson::LESSON_FORMAT,
                )
                .is_ok();
            TeacherJob::AutosaveFound(id, found).into()
        });
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
        self.teacher.as_ref().is_some_and(|d| d.history.is_dirty())
    }

    /// Unsaved review of a class?
    pub fn review_dirty(&self) -> bool {
        self.teacher
            .as_ref()
            .and_then(|d| d.class.as_ref())
            .is_some_and(|c| c.history.is_dirty())
    }

    /// Autosave of the teacher's lesson, 1.5 s after the last edit.
    pub(crate) fn teacher_autosave(&mut self, ctx: &egui::Context) {
        let Some(desk) = &self.teacher else { return };
        let state = desk.history.state_id();
        if !desk.history.is_dirty() || state == desk.autosaved_state {
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
        if let Some(desk) = self.teacher.as_mut() {
            desk.autosaved_state = state;
        }
        self.worker
            .autosave(ctx, self.recovery.clone(), &key, packed);
    }
}

/// The tab bar and left panel of the teacher's desk.
pub fn left_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let Some(tab) = app.teacher.as_ref().map(|d| d.tab) else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        for (t, name) in [
            (Tab::Lesson, tr!(ui, "teacher-tab-lesson")),
            (Tab::Key, tr!(ui, "teacher-answer-key")),
            (Tab::Review, tr!(ui, "teacher-tab-review")),
        ] {
            if ui.selectable_label(tab == t, name).clicked()
                && let Some(desk) = app.teacher.as_mut()
            {
                desk.tab = t;
            }
        }
    });
    ui.separator();
    match tab {
        Tab::Lesson => {
            egui::ScrollArea::vertical()
                .id_salt("teacher-left")
                .show(ui, |ui| lesson_editor::lesson_editor_ui(app, ui));
        }
        // The key's list scrolls its own rows.
        Tab::Key => key::key_list_ui(app, ui),
        // The class list scrolls its own long list of students.
        Tab::Review => class::class_list_ui(app, ui),
    }
}

/// The buttons for saving and exporting the lesson, from the command list.
pub(crate) fn save_and_export_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    for command in [
        UiCommand::SaveLesson,
        UiCommand::SaveLessonInFolder,
        UiCommand::ExportFolder,
        UiCommand::ExportPacked,
    ] {
        if ui.button(command.label_with_shortcut(ui.ctx())).clicked() {
            app.send(command.command());
        }
    }
}
