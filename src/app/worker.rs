//! The worker: everything slow runs off the frame loop, and the UI never waits for it.
//!
//! - **files** (thread `crosscheck-files`): reading and writing, one job at a time in the order
//!   asked, so writes to one path land in order (their [`store::WriteTicket`]s are taken when
//!   the job is queued, which also orders them against writes from anywhere else).
//! - **compute** (thread `crosscheck-compute`): opening a class, grading, re-anchoring after a
//!   revision. A job that only the latest request matters for (regrading) carries a generation:
//!   one overtaken before it starts is skipped, and a result overtaken while it ran is dropped.
//! - **dialogs** (thread `crosscheck-dialog`, one at a time): the system's file dialogs, which
//!   block until the user answers; then the file is read on the files thread.
//!
//! Results come back over one channel and are handled at the start of the next frame.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

use super::files::{Opened, open_path};
use super::teacher::{Pick, TeacherJob};
use crate::core::session::Session;
use crate::core::store::{self, FileError, RecoveryStore};

/// A finished background job.
pub enum JobResult {
    /// A file was picked and opened (or failed to).
    Opened(Box<Result<Opened, String>>),
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
    /// A dialog was cancelled.
    Cancelled,
    /// A teacher's job finished.
    Teacher(Box<TeacherJob>),
    /// A job overtaken by a newer one of its kind before it started.
    Skipped,
    /// The worker could not run a job.
    Failed(String),
}

/// Kinds of job where only the newest request counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Latest {
    /// Grading the class against the key and the review.
    Grading,
}

type Job = Box<dyn FnOnce() -> JobResult + Send>;

/// A job as queued: the work, its generation if only the newest counts, and the context to wake.
type Queued = (Job, Option<(Latest, u64)>, egui::Context);

struct Done {
    latest: Option<(Latest, u64)>,
    result: JobResult,
}

/// One lane of work: a named thread taking jobs in order.
struct Lane {
    jobs: Option<Sender<Queued>>,
}

impl Lane {
    fn start(name: &str, done: Sender<Done>) -> Self {
        let (tx, rx) = channel::<Queued>();
        let spawned = std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                for (job, latest, ctx) in rx {
                    let result = job();
                    if done.send(Done { latest, result }).is_err() {
                        break; // The app is gone.
                    }
                    ctx.request_repaint();
                }
            });
        Self {
            jobs: spawned.is_ok().then_some(tx),
        }
    }
}

/// The worker's threads and the channel their results come back on.
pub struct Worker {
    files: Lane,
    compute: Lane,
    done_tx: Sender<Done>,
    done_rx: Receiver<Done>,
    generations: HashMap<Latest, Arc<AtomicU64>>,
    /// A dialog is open: further dialog requests are ignored until it closes.
    pub dialog_open: bool,
    /// Saves under way.
    pub saving: usize,
    /// Jobs of the compute lane under way (grading, opening a class, re-anchoring).
    pub computing: usize,
}

impl Default for Worker {
    fn default() -> Self {
        let (done_tx, done_rx) = channel();
        Self {
            files: Lane::start("crosscheck-files", done_tx.clone()),
            compute: Lane::start("crosscheck-compute", done_tx.clone()),
            done_tx,
            done_rx,
            generations: HashMap::new(),
            dialog_open: false,
            saving: 0,
            computing: 0,
        }
    }
}

impl Worker {
    /// Finished jobs, without waiting; results overtaken by a newer request are left out.
    pub fn poll(&mut self) -> Vec<JobResult> {
        let mut results = Vec::new();
        while let Ok(done) = self.done_rx.try_recv() {
            if let Some((kind, generation)) = done.latest {
                self.computing = self.computing.saturating_sub(1);
                if self.generation(kind).load(Ordering::Acquire) != generation {
                    continue;
                }
            }
            let result = done.result;
            match &result {
                JobResult::Opened(_) | JobResult::SavePathPicked(_) | JobResult::Cancelled => {
                    self.dialog_open = false;
                }
                JobResult::Teacher(job) => match **job {
                    TeacherJob::Picked(..) => self.dialog_open = false,
                    TeacherJob::ClassOpened(..) | TeacherJob::Revised(..) => {
                        self.computing = self.computing.saturating_sub(1);
                    }
                    _ => {}
                },
                JobResult::Saved { .. } => self.saving = self.saving.saturating_sub(1),
                JobResult::Autosaved(_) | JobResult::Skipped | JobResult::Failed(_) => {}
            }
            if !matches!(result, JobResult::Skipped) {
                results.push(result);
            }
        }
        results
    }

    fn generation(&mut self, kind: Latest) -> Arc<AtomicU64> {
        Arc::clone(self.generations.entry(kind).or_default())
    }

    fn queue(&self, lane: &Lane, ctx: &egui::Context, latest: Option<(Latest, u64)>, job: Job) {
        let sent = lane
            .jobs
            .as_ref()
            .is_some_and(|tx| tx.send((job, latest, ctx.clone())).is_ok());
        if !sent {
            self.done_tx
                .send(Done {
                    latest,
                    result: JobResult::Failed(
                        "the background worker could not be started; save your work and restart"
                            .into(),
                    ),
                })
                .ok();
        }
    }

    /// Reads or writes files, in order, on the files thread.
    pub fn files(&self, ctx: &egui::Context, job: impl FnOnce() -> JobResult + Send + 'static) {
        self.queue(&self.files, ctx, None, Box::new(job));
    }

    /// Runs a long computation (opening a class, re-anchoring) on the compute thread.
    pub fn compute(
        &mut self,
        ctx: &egui::Context,
        job: impl FnOnce() -> JobResult + Send + 'static,
    ) {
        self.computing += 1;
        self.queue(&self.compute, ctx, None, Box::new(job));
    }

    /// Runs a computation of which only the newest request counts: earlier ones not yet started
    /// are skipped, and their results (if they finish later) are dropped.
    pub fn compute_latest(
        &mut self,
        ctx: &egui::Context,
        kind: Latest,
        job: impl FnOnce() -> JobResult + Send + 'static,
    ) {
        let counter = self.generation(kind);
        let generation = counter.fetch_add(1, Ordering::AcqRel) + 1;
        self.computing += 1;
        let job = move || {
            if counter.load(Ordering::Acquire) == generation {
                job()
            } else {
                JobResult::Skipped
            }
        };
        self.queue(&self.compute, ctx, Some((kind, generation)), Box::new(job));
    }

    /// Shows a file dialog on its own thread (it blocks until answered); one at a time.
    fn dialog(&mut self, ctx: &egui::Context, job: impl FnOnce() -> JobResult + Send + 'static) {
        if self.dialog_open {
            return;
        }
        self.dialog_open = true;
        let tx = self.done_tx.clone();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("crosscheck-dialog".to_owned())
            .spawn(move || {
                tx.send(Done {
                    latest: None,
                    result: job(),
                })
                .ok();
                ctx.request_repaint();
            });
        if let Err(e) = spawned {
            self.dialog_open = false;
            self.done_tx
                .send(Done {
                    latest: None,
                    result: JobResult::Failed(format!("cannot show the file dialog: {e}")),
                })
                .ok();
        }
    }

    /// Opens the file dialog a teacher's action needs.
    pub fn pick(&mut self, ctx: &egui::Context, pick: Pick) {
        self.dialog(ctx, move || {
            let dialog = rfd::FileDialog::new();
            let picked = match &pick {
                Pick::OpenLesson => dialog
                    .set_title("Open a lesson to edit (lesson.ron or a packed lesson)")
                    .add_filter("Crosscheck lesson", &["ron"])
                    .pick_file(),
                Pick::ImportDocument | Pick::ReviseDocument(_) => dialog
                    .set_title(if matches!(pick, Pick::ImportDocument) {
                        "Import a document"
                    } else {
                        "The revised text of the document"
                    })
                    .add_filter("Documents", &["txt", "md", "html", "htm"])
                    .pick_file(),
                Pick::SaveLessonFolder => dialog
                    .set_title("Folder to save the lesson in")
                    .pick_folder(),
                Pick::ExportFolder => dialog
                    .set_title("Folder for the student edition")
                    .pick_folder(),
                Pick::ExportPacked => dialog
                    .set_title("Student edition as one file")
                    .set_file_name("student-edition.ron")
                    .add_filter("Crosscheck lesson", &["ron"])
                    .save_file()
                    .map(|p| p.with_extension("ron")),
                Pick::OpenClass => dialog
                    .set_title("Folder of the class's session files")
                    .pick_folder(),
            };
            JobResult::Teacher(Box::new(TeacherJob::Picked(pick, picked)))
        });
    }

    /// Asks for a lesson or session to open, then opens it.
    pub fn open_dialog(&mut self, ctx: &egui::Context) {
        self.dialog(ctx, || {
            let picked = rfd::FileDialog::new()
                .set_title("Open a lesson or a session")
                .add_filter("Crosscheck files", &["ron"])
                .pick_file();
            match picked {
                Some(path) => JobResult::Opened(Box::new(open_path(&path))),
                None => JobResult::Cancelled,
            }
        });
    }

    /// Opens a known path (recent files, drag and drop).
    pub fn open(&mut self, ctx: &egui::Context, path: PathBuf) {
        self.dialog_open = true;
        self.files(ctx, move || JobResult::Opened(Box::new(open_path(&path))));
    }

    /// Asks where to save the session.
    pub fn save_as_dialog(&mut self, ctx: &egui::Context, suggested: String) {
        self.dialog(ctx, move || {
            let picked = rfd::FileDialog::new()
                .set_title("Save your session")
                .set_file_name(suggested)
                .add_filter("Crosscheck session", &["ron"])
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

    /// Saves a session atomically.
    pub fn save(&mut self, ctx: &egui::Context, session: Session, path: PathBuf, state: u64) {
        self.saving += 1;
        // The ticket is taken now, so that saves land in the order they were asked for.
        let ticket = store::WriteTicket::new(&path);
        self.files(ctx, move || {
            let result = ticket.save_ron(&session).map(|_| ());
            JobResult::Saved {
                state,
                path,
                result,
            }
        });
    }

    /// Writes a recovery copy.
    pub fn autosave<T: serde::Serialize + Send + 'static>(
        &self,
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
