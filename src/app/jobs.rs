//! What the background jobs report, and the jobs the desks ask of the worker: file dialogs,
//! opening, saving and autosaving. (The worker itself knows nothing of these.)

use std::path::PathBuf;

use super::Said;
use super::files::{Opened, open_path_in};
use super::i18n::{Language, Speaks as _};
use super::interop::{ExportFormat, InteropJob};
use super::recovery::{Discard, Discarded, discard_copies, scan_recovery};
use super::student::BoardFound;
use super::teacher::{Pick, TeacherJob};
use super::worker::{WorkFailed, Worker};
use crate::core::session::Session;
use crate::core::store::{self, FileError, RecoveryStore};

/// A finished background job.
pub enum JobResult {
    /// A file was picked and opened (or failed to).
    Opened(Box<Result<Opened, Said>>),
    /// A session was saved (state id saved, path) or failed.
    Saved {
        /// The history state that was written.
        state: u64,
        /// Where.
        path: PathBuf,
        /// What happened.
        result: Result<(), FileError>,
    },
    /// A path to save as was picked (`None`: cancelled).
    SavePathPicked(Option<PathBuf>),
    /// An autosave finished.
    Autosaved(Result<(), FileError>),
    /// Recovery copies were removed (on the files thread), or some could not be.
    Discarded(Box<Discarded>),
    /// A dialog was cancelled.
    Cancelled,
    /// A teacher's job finished.
    Teacher(Box<TeacherJob>),
    /// An export or an import of annotations finished (`interop`).
    Interop(Box<InteropJob>),
    /// The numbers of a lesson were found (for the Numbers panel), with the fingerprint of what
    /// they were found in.
    Numbers(u64, std::sync::Arc<crate::core::numbers::Board>),
    /// A search of the lesson's documents finished (the newest asked for).
    Searched(Box<super::student::search::Found>),
    /// The worker could not run a job.
    Failed(String),
}

impl JobResult {
    /// The file or folder a file dialog gave, if this is the answer to one.
    pub fn picked_path(&self) -> Option<PathBuf> {
        use crate::core::lesson::LessonSource;
        match self {
            Self::SavePathPicked(Some(path)) => Some(path.clone()),
            Self::Opened(opened) => opened.as_ref().as_ref().ok().and_then(|o| {
                o.session_path.clone().or(match &o.lesson.source {
                    LessonSource::Folder(dir) => Some(dir.clone()),
                    LessonSource::Packed(file) => Some(file.clone()),
                    LessonSource::Bundled | LessonSource::New => None,
                })
            }),
            Self::Teacher(job) => match job.as_ref() {
                TeacherJob::Picked(_, Some(path)) => Some(path.clone()),
                _ => None,
            },
            Self::Interop(job) => match job.as_ref() {
                InteropJob::ExportPathPicked(_, Some(path))
                | InteropJob::ImportPathPicked(Some(path)) => Some(path.clone()),
                _ => None,
            },
            _ => None,
        }
    }
}

impl From<Box<super::student::search::Found>> for JobResult {
    fn from(found: Box<super::student::search::Found>) -> Self {
        Self::Searched(found)
    }
}

impl From<TeacherJob> for JobResult {
    fn from(job: TeacherJob) -> Self {
        Self::Teacher(Box::new(job))
    }
}

impl From<InteropJob> for JobResult {
    fn from(job: InteropJob) -> Self {
        Self::Interop(Box::new(job))
    }
}

impl From<BoardFound> for JobResult {
    fn from(found: BoardFound) -> Self {
        Self::Numbers(found.fingerprint, found.board)
    }
}

impl From<WorkFailed> for JobResult {
    fn from(failed: WorkFailed) -> Self {
        Self::Failed(failed.0)
    }
}

/// Opens a lesson or session, and scans the recovery store for its unsaved work; what goes
/// wrong is said in `language`.
fn open_with_recovery(
    path: &std::path::Path,
    recovery: &RecoveryStore,
    language: Language,
) -> Result<Opened, Said> {
    let mut opened = open_path_in(path, language)?;
    opened.recovery = Some(scan_recovery(
        recovery,
        opened.session_path.as_deref(),
        &opened.session,
        language,
    ));
    Ok(opened)
}

impl Worker<JobResult> {
    /// Opens the file dialog a teacher's action needs. Its words are found here, on the UI
    /// thread, in the language in use.
    pub fn pick(&mut self, ctx: &egui::Context, pick: Pick) {
        let title = match &pick {
            Pick::OpenLesson => tr!(ctx, "shell-dialog-open-lesson"),
            Pick::ImportDocument => tr!(ctx, "shell-dialog-import-document"),
            Pick::ReviseDocument(_) => tr!(ctx, "shell-dialog-revised-document"),
            Pick::SaveLessonFolder => tr!(ctx, "shell-dialog-save-lesson-folder"),
            Pick::ExportFolder => tr!(ctx, "shell-dialog-export-folder"),
            Pick::ExportPacked => tr!(ctx, "shell-dialog-export-packed"),
            Pick::OpenClass => tr!(ctx, "shell-dialog-open-class"),
        };
        let lessons = tr!(ctx, "shell-filter-lesson");
        let documents = tr!(ctx, "shell-filter-documents");
        let dialog = self.file_dialog(title);
        self.dialog(ctx, move || {
            let picked = match &pick {
                Pick::OpenLesson => dialog.add_filter(lessons, &["ron"]).pick_file(),
                Pick::ImportDocument | Pick::ReviseDocument(_) => dialog
                    .add_filter(documents, crate::core::import::EXTENSIONS)
                    .pick_file(),
                Pick::SaveLessonFolder | Pick::ExportFolder | Pick::OpenClass => {
                    dialog.pick_folder()
                }
                Pick::ExportPacked => dialog
                    .set_file_name("student-edition.ron")
                    .add_filter(lessons, &["ron"])
                    .save_file()
                    .map(|p| p.with_extension("ron")),
            };
            TeacherJob::Picked(pick, picked).into()
        });
    }

    /// Asks for a lesson or session to open, then opens it and looks for its recovery copy.
    pub fn open_dialog(&mut self, ctx: &egui::Context, recovery: RecoveryStore) {
        let title = tr!(ctx, "shell-dialog-open");
        let filter = tr!(ctx, "shell-filter-files");
        let language = ctx.language();
        let dialog = self.file_dialog(title);
        self.dialog(ctx, move || {
            let picked = dialog.add_filter(filter, &["ron"]).pick_file();
            match picked {
                Some(path) => {
                    JobResult::Opened(Box::new(open_with_recovery(&path, &recovery, language)))
                }
                None => JobResult::Cancelled,
            }
        });
    }

    /// Opens a known path (recent files, drag and drop) and looks for its recovery copy.
    pub fn open(&mut self, ctx: &egui::Context, path: PathBuf, recovery: RecoveryStore) {
        let language = ctx.language();
        self.open_file(ctx, move || {
            JobResult::Opened(Box::new(open_with_recovery(&path, &recovery, language)))
        });
    }

    /// Asks where to save the session.
    pub fn save_as_dialog(&mut self, ctx: &egui::Context, suggested: String) {
        let title = tr!(ctx, "shell-dialog-save-session");
        let filter = tr!(ctx, "shell-filter-session");
        let dialog = self.file_dialog(title);
        self.dialog(ctx, move || {
            let picked = dialog
                .set_file_name(suggested)
                .add_filter(filter, &["ron"])
                .save_file();
            JobResult::SavePathPicked(picked.map(|p| {
                if p.to_string_lossy().ends_with(".session.ron") {
                    p
                } else {
                    p.with_extension("session.ron")
                }
            }))
        });
    }

    /// Saves a session atomically; first, for a file read in an older format
    /// (`keep_original`), keeps its original beside it (the save does not go ahead without it).
    pub fn save_session(
        &mut self,
        ctx: &egui::Context,
        session: Session,
        path: PathBuf,
        state: u64,
        keep_original: Option<u32>,
    ) {
        // The ticket is taken now, so that saves land in the order they were asked for.
        let ticket = store::WriteTicket::new(&path);
        self.save(ctx, move || {
            let kept = keep_original.map_or(Ok(()), |format| {
                store::migrate::keep_original(&path, format).map(|_| ())
            });
            let result = kept.and_then(|()| ticket.save_ron(&session).map(|_| ()));
            JobResult::Saved {
                state,
                path,
                result,
            }
        });
    }

    /// Removes recovery copies on the files thread, after the writes queued before them; the UI
    /// never waits for them (a removal waits for an autosave of the same copy under way).
    pub fn discard(
        &mut self,
        ctx: &egui::Context,
        store: RecoveryStore,
        keys: Vec<String>,
        why: Discard,
    ) {
        self.files(ctx, move || {
            JobResult::Discarded(Box::new(discard_copies(&store, &keys, why)))
        });
    }

    /// Removes every recovery copy on this computer but those of the work open (`keep`), on the
    /// files thread: the folder is read there too.
    pub fn clear_recovery(&mut self, ctx: &egui::Context, store: RecoveryStore, keep: Vec<String>) {
        self.files(ctx, move || {
            let old: Vec<String> = store
                .list()
                .into_iter()
                .map(|entry| entry.key)
                .filter(|key| !keep.contains(key))
                .collect();
            JobResult::Discarded(Box::new(discard_copies(&store, &old, Discard::Clear)))
        });
    }

    /// Writes a recovery copy.
    pub fn autosave<T: serde::Serialize + Send + 'static>(
        &mut self,
        ctx: &egui::Context,
        recovery: RecoveryStore,
        key: &str,
        file: T,
    ) {
        let ticket = recovery.ticket(key);
        self.files(ctx, move || {
            JobResult::Autosaved(recovery.save_ticketed(ticket, &file).map(|_| ()))
        });
    }
}

/// The dialogs of File ▸ Export and File ▸ Import annotations.
impl Worker<JobResult> {
    /// Asks where to write an export.
    pub fn export_dialog(&mut self, ctx: &egui::Context, format: ExportFormat, suggested: String) {
        let what = format.what(ctx);
        let title = tr!(ctx, "interop-dialog-export", what = what);
        let filter = format.filter(ctx);
        let dialog = self.file_dialog(title);
        self.dialog(ctx, move || {
            let picked = dialog
                .set_file_name(suggested)
                .add_filter(filter, format.extensions())
                .save_file();
            InteropJob::ExportPathPicked(format, picked.map(|p| format.with_extension(p))).into()
        });
    }

    /// Asks for a file of annotations to import.
    pub fn import_dialog(&mut self, ctx: &egui::Context) {
        let title = tr!(ctx, "interop-dialog-import");
        let filter = tr!(ctx, "interop-filter-annotations");
        let dialog = self.file_dialog(title);
        self.dialog(ctx, move || {
            let picked = dialog.add_filter(filter, &["json", "jsonld"]).pick_file();
            InteropJob::ImportPathPicked(picked).into()
        });
    }
}
