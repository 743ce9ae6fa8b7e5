//! The worker: everything slow runs off the frame loop, and the UI never waits for it.
//!
//! - **files** (thread `crosscheck-files`): reading and writing, one job at a time in the order
//!   asked, so writes to one path land in order (their [`store::WriteTicket`]s are taken when
//!   the job is queued, which also orders them against writes from anywhere else).
//! - **compute** (thread `crosscheck-compute`): opening a class, grading, re-anchoring after a
//!   revision. A job that only the latest request matters for (regrading) carries a generation:
//!   one overtaken before it starts is skipped, and a result overtaken while it ran is dropped.
//! - **lookup** (thread `crosscheck-lookup`): quick latest-only work the user waits for while
//!   typing (searching the documents), never queued behind a long computation; a job is told
//!   when a newer request overtakes it, and stops.
//! - **dialogs** (thread `crosscheck-dialog`, one at a time): the system's file dialogs, which
//!   block until the user answers; then the file is read on the files thread.
//!
//! Results come back over one channel and are handled at the start of the next frame.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

/// Kinds of job where only the newest request counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Latest {
    /// Grading the class against the key and the review.
    Grading,
    /// Finding the numbers of the lesson's documents for the Numbers panel.
    Numbers,
    /// Searching the lesson's documents (the search bar).
    Search,
    /// Making a student's trail ready for the Review tab's Process view.
    Replay,
}

/// Tells a latest-only job whether a newer request has overtaken it (its result would be
/// dropped): a long job asks now and then, and stops early.
pub struct Overtaken {
    counter: Arc<AtomicU64>,
    generation: u64,
}

impl Overtaken {
    /// Whether a newer request of the same kind was made since this job was asked for.
    pub fn now(&self) -> bool {
        self.counter.load(Ordering::Acquire) != self.generation
    }
}

/// The worker could not run a job (a thread could not be started).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkFailed(pub String);

/// What a job is, for the counts the UI shows (saving, working) and the one-dialog rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Files,
    Save,
    Compute,
    Latest(Latest, u64),
    /// On the lookup lane, latest-only, not counted as computing.
    Lookup(Latest, u64),
    Dialog,
}

type Job<R> = Box<dyn FnOnce() -> Option<R> + Send>;

/// A job as queued: the work, what kind it is, and the context to wake when it is done.
type Queued<R> = (Job<R>, Kind, egui::Context);

struct Done<R> {
    kind: Kind,
    /// `None`: overtaken before it started.
    result: Option<R>,
}

/// One lane of work: a named thread taking jobs in order.
struct Lane<R> {
    jobs: Option<Sender<Queued<R>>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl<R: Send + 'static> Lane<R> {
    fn start(name: &str, done: Sender<Done<R>>) -> Self {
        let (tx, rx) = channel::<Queued<R>>();
        let spawned = std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                // Every job queued is run, even once the app is gone: a save asked for just
                // before the window closed still lands.
                for (job, kind, ctx) in rx {
                    let result = job();
                    if done.send(Done { kind, result }).is_ok() {
                        ctx.request_repaint();
                    }
                }
            });
        match spawned {
            Ok(thread) => Self {
                jobs: Some(tx),
                thread: Some(thread),
            },
            Err(_) => Self {
                jobs: None,
                thread: None,
            },
        }
    }
}

/// The worker's threads and the channel their results (of type `R`) come back on.
pub struct Worker<R> {
    files: Lane<R>,
    compute: Lane<R>,
    lookup: Lane<R>,
    done_tx: Sender<Done<R>>,
    done_rx: Receiver<Done<R>>,
    generations: HashMap<Latest, Arc<AtomicU64>>,
    /// A dialog is open: further dialog requests are ignored until it closes.
    pub dialog_open: bool,
    /// The folder file dialogs start in (the app sets it before asking: the last folder used,
    /// else the work's or the lesson's).
    pub start_in: Option<std::path::PathBuf>,
    /// Saves under way.
    pub saving: usize,
    /// Jobs of the compute lane under way (grading, opening a class, re-anchoring).
    pub computing: usize,
    /// Jobs of every kind queued and not yet reported back.
    pending: usize,
}

impl<R: Send + 'static> Default for Worker<R> {
    fn default() -> Self {
        let (done_tx, done_rx) = channel();
        Self {
            files: Lane::start("crosscheck-files", done_tx.clone()),
            compute: Lane::start("crosscheck-compute", done_tx.clone()),
            lookup: Lane::start("crosscheck-lookup", done_tx.clone()),
            done_tx,
            done_rx,
            generations: HashMap::new(),
            dialog_open: false,
            start_in: None,
            saving: 0,
            computing: 0,
            pending: 0,
        }
    }
}

/// Closing the app waits for the files thread to finish what was asked of it (saves, recovery
/// copies); computations still running are abandoned.
impl<R> Drop for Worker<R> {
    fn drop(&mut self) {
        self.files.jobs = None;
        self.compute.jobs = None;
        self.lookup.jobs = None;
        if let Some(thread) = self.files.thread.take() {
            // A thread that panicked has nothing left to finish.
            thread.join().ok();
        }
    }
}

impl<R: From<WorkFailed> + Send + 'static> Worker<R> {
    /// Finished jobs, without waiting; results overtaken by a newer request are left out.
    pub fn poll(&mut self) -> Vec<R> {
        let mut results = Vec::new();
        while let Ok(done) = self.done_rx.try_recv() {
            self.pending = self.pending.saturating_sub(1);
            match done.kind {
                Kind::Files | Kind::Lookup(..) => {}
                Kind::Save => self.saving = self.saving.saturating_sub(1),
                Kind::Compute | Kind::Latest(..) => {
                    self.computing = self.computing.saturating_sub(1);
                }
                Kind::Dialog => self.dialog_open = false,
            }
            if let Kind::Latest(kind, generation) | Kind::Lookup(kind, generation) = done.kind
                && self.generation(kind).load(Ordering::Acquire) != generation
            {
                continue;
            }
            results.extend(done.result);
        }
        results
    }

    fn generation(&mut self, kind: Latest) -> Arc<AtomicU64> {
        Arc::clone(self.generations.entry(kind).or_default())
    }

    /// Whether every job asked for has reported back (and been polled).
    pub fn idle(&self) -> bool {
        self.pending == 0
    }

    fn queue(&mut self, ctx: &egui::Context, kind: Kind, job: Job<R>) {
        self.pending += 1;
        let lane = match kind {
            Kind::Compute | Kind::Latest(..) => &self.compute,
            Kind::Lookup(..) => &self.lookup,
            Kind::Files | Kind::Save | Kind::Dialog => &self.files,
        };
        let sent = lane
            .jobs
            .as_ref()
            .is_some_and(|tx| tx.send((job, kind, ctx.clone())).is_ok());
        if !sent {
            let failed = WorkFailed(tr!(ctx, "shell-worker-not-started"));
            self.done_tx
                .send(Done {
                    kind,
                    result: Some(failed.into()),
                })
                .ok();
        }
    }

    /// Reads or writes files, in order, on the files thread.
    pub fn files(&mut self, ctx: &egui::Context, job: impl FnOnce() -> R + Send + 'static) {
        self.queue(ctx, Kind::Files, Box::new(move || Some(job())));
    }

    /// Writes the work to disk on the files thread, counted as a save until it reports back.
    pub fn save(&mut self, ctx: &egui::Context, job: impl FnOnce() -> R + Send + 'static) {
        self.saving += 1;
        self.queue(ctx, Kind::Save, Box::new(move || Some(job())));
    }

    /// Runs a long computation (opening a class, re-anchoring) on the compute thread.
    pub fn compute(&mut self, ctx: &egui::Context, job: impl FnOnce() -> R + Send + 'static) {
        self.computing += 1;
        self.queue(ctx, Kind::Compute, Box::new(move || Some(job())));
    }

    /// Runs a computation of which only the newest request counts: earlier ones not yet started
    /// are skipped, and their results (if they finish later) are dropped.
    pub fn compute_latest(
        &mut self,
        ctx: &egui::Context,
        kind: Latest,
        job: impl FnOnce() -> R + Send + 'static,
    ) {
        let counter = self.generation(kind);
        let generation = counter.fetch_add(1, Ordering::AcqRel) + 1;
        self.computing += 1;
        let job = move || (counter.load(Ordering::Acquire) == generation).then(job);
        self.queue(ctx, Kind::Latest(kind, generation), Box::new(job));
    }

    /// Runs a quick job of which only the newest request counts on the lookup lane (never behind
    /// a long computation, and not counted as one). The job is handed an [`Overtaken`] to ask
    /// whether a newer request came, to stop early; an overtaken result is dropped.
    pub fn lookup_latest(
        &mut self,
        ctx: &egui::Context,
        kind: Latest,
        job: impl FnOnce(&Overtaken) -> R + Send + 'static,
    ) {
        let counter = self.generation(kind);
        let generation = counter.fetch_add(1, Ordering::AcqRel) + 1;
        let overtaken = Overtaken {
            counter,
            generation,
        };
        let job = move || (!overtaken.now()).then(|| job(&overtaken));
        self.queue(ctx, Kind::Lookup(kind, generation), Box::new(job));
    }

    /// Makes every request of `kind` asked for so far stale: its result, when it comes, is
    /// dropped (a search cleared while one was under way).
    pub fn overtake(&mut self, kind: Latest) {
        self.generation(kind).fetch_add(1, Ordering::AcqRel);
    }

    /// Shows a file dialog on its own thread (it blocks until answered); one at a time: a
    /// request while one is open is ignored.
    /// A file dialog titled `title`, starting in [`Self::start_in`].
    pub fn file_dialog(&self, title: String) -> rfd::FileDialog {
        let dialog = rfd::FileDialog::new().set_title(title);
        match &self.start_in {
            Some(folder) => dialog.set_directory(folder),
            None => dialog,
        }
    }

    pub fn dialog(&mut self, ctx: &egui::Context, job: impl FnOnce() -> R + Send + 'static) {
        if self.dialog_open {
            return;
        }
        self.dialog_open = true;
        self.pending += 1;
        let tx = self.done_tx.clone();
        let waker = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("crosscheck-dialog".to_owned())
            .spawn(move || {
                tx.send(Done {
                    kind: Kind::Dialog,
                    result: Some(job()),
                })
                .ok();
                waker.request_repaint();
            });
        if let Err(e) = spawned {
            self.dialog_open = false;
            let failed = WorkFailed(tr!(ctx, "shell-dialog-failed", error = e.to_string()));
            self.done_tx
                .send(Done {
                    kind: Kind::Files,
                    result: Some(failed.into()),
                })
                .ok();
        }
    }

    /// Opens a file the user named on the files thread, counted like a dialog (one at a time).
    pub fn open_file(&mut self, ctx: &egui::Context, job: impl FnOnce() -> R + Send + 'static) {
        self.dialog_open = true;
        self.queue(ctx, Kind::Dialog, Box::new(move || Some(job())));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    enum Reported {
        Saved,
        Read,
        Searched(u32),
        Failed,
    }

    impl From<WorkFailed> for Reported {
        fn from(_: WorkFailed) -> Self {
            Self::Failed
        }
    }

    /// Polls until `want` results came, within a generous bound.
    fn wait_for(worker: &mut Worker<Reported>, want: usize) -> Vec<Reported> {
        let mut got = Vec::new();
        for _ in 0..2000 {
            got.extend(worker.poll());
            if got.len() >= want && worker.idle() {
                return got;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        panic!("only {got:?} came back");
    }

    #[test]
    fn a_save_never_waits_behind_a_document_read_on_the_compute_lane() {
        let ctx = egui::Context::default();
        let mut worker: Worker<Reported> = Worker::default();
        let (release, held) = channel::<()>();
        // A read that takes as long as the test says (a PDF in its child reader).
        worker.compute(&ctx, move || {
            held.recv().ok();
            Reported::Read
        });
        worker.save(&ctx, || Reported::Saved);
        let mut saved = Vec::new();
        for _ in 0..2000 {
            saved.extend(worker.poll());
            if !saved.is_empty() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        assert_eq!(saved, [Reported::Saved], "saved while the read goes on");
        release.send(()).unwrap();
        assert_eq!(wait_for(&mut worker, 1), [Reported::Read]);
    }

    #[test]
    fn a_lookup_is_told_it_was_overtaken_and_only_the_newest_comes_back() {
        let ctx = egui::Context::default();
        let mut worker: Worker<Reported> = Worker::default();
        let (started_tx, started) = channel::<()>();
        let (release, held) = channel::<()>();
        worker.lookup_latest(&ctx, Latest::Search, move |overtaken| {
            started_tx.send(()).ok();
            held.recv().ok();
            // A long search looks now and then, and stops.
            Reported::Searched(u32::from(!overtaken.now()))
        });
        started.recv().unwrap();
        worker.lookup_latest(&ctx, Latest::Search, |_| Reported::Searched(2));
        release.send(()).unwrap();
        assert_eq!(wait_for(&mut worker, 1), [Reported::Searched(2)]);
        // Emptying the search drops the one under way.
        worker.lookup_latest(&ctx, Latest::Search, |_| Reported::Searched(3));
        worker.overtake(Latest::Search);
        assert_eq!(wait_for(&mut worker, 0), []);
        assert_eq!(worker.computing, 0, "a lookup is not counted as computing");
    }
}
