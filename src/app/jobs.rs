//! Background work: file dialogs, loading, saving and autosave run on named threads and report
//! back over a channel, so the frame loop never blocks.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};

use serde::{Deserialize, Serialize};

use crate::core::lesson::{LESSON_FORMAT, LessonSource, LoadedLesson, PackedLesson};
use crate::core::session::Session;
use crate::core::store::{self, FileError, RecoveryStore};

/// The sample lesson, compiled in so that a bare start opens it anywhere.
pub fn bundled_lesson() -> LoadedLesson {
    macro_rules! doc {
        ($id:literal, $file:literal) => {
            (
                $id.to_owned(),
                include_str!(concat!(
                    "../../lessons/counting-the-attacks/documents/",
                    $file
                ))
                .to_owned(),
            )
        };
    }
    let lesson_text = include_str!("../../lessons/counting-the-attacks/lesson.ron");
    let texts = [
        doc!("rahnam-2023-11-22", "000_a4ccec1b0dcf7e2c.txt"),
        doc!("iswnews-2023-11-06", "001_ddd6a198d28da97f.txt"),
        doc!("iswnews-2024-01-31", "002_74aaaff8d518f159.txt"),
        doc!("almayadeen-2023-11", "003_c081f2c6b9395f18.txt"),
        doc!("akbari-2023-10-24", "004_964a8d7c985385b3.txt"),
    ]
    .into_iter()
    .collect();
    match store::parse_ron(lesson_text, "bundled lesson.ron", LESSON_FORMAT) {
        Ok(lesson) => LoadedLesson::from_packed(
            PackedLesson {
                format: LESSON_FORMAT,
                lesson,
                texts,
            },
            LessonSource::Bundled,
            "bundled lesson",
        ),
        // The bundled lesson is checked by the tests; this keeps a broken build usable.
        Err(e) => LoadedLesson {
            lesson: crate::core::lesson::Lesson {
                format: LESSON_FORMAT,
                id: "empty".into(),
                title: "No lesson".into(),
                language: "en".into(),
                intro: String::new(),
                teacher_notes: String::new(),
                documents: Vec::new(),
                label_sets: Vec::new(),
                verdict_scale: None,
                tasks: Vec::new(),
                feedback: crate::core::lesson::FeedbackPolicy::AfterHandIn,
                answer_key: None,
            },
            texts: std::collections::BTreeMap::new(),
            source: LessonSource::Bundled,
            problems: vec![crate::core::lesson::Problem {
                message: e.to_string(),
            }],
        },
    }
}

/// A lesson and the session to work on in it.
pub struct Opened {
    /// The lesson (student edition).
    pub lesson: LoadedLesson,
    /// The session: loaded, or new.
    pub session: Session,
    /// Where the session is saved, if it has been.
    pub session_path: Option<PathBuf>,
}

/// Opens a lesson (folder, `lesson.ron`, packed file) or a session file (its lesson is looked for
/// beside it, else the bundled lesson if the ids match).
pub fn open_path(path: &Path) -> Result<Opened, String> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name.ends_with(".session.ron") || name.ends_with(".recovery.ron") {
        let session = Session::load(path).map_err(|e| e.to_string())?;
        let lesson = find_lesson_for(path, &session.lesson_id)?;
        return Ok(Opened {
            lesson,
            session,
            session_path: Some(path.to_owned()),
        });
    }
    let lesson = LoadedLesson::load(path).map_err(|e| e.to_string())?;
    let session = Session::new(&lesson.lesson, jiff::Timestamp::now());
    Ok(Opened {
        lesson: student_view(lesson),
        session,
        session_path: None,
    })
}

/// What a student sees of a lesson: no key, no teacher notes.
pub fn student_view(mut lesson: LoadedLesson) -> LoadedLesson {
    lesson.lesson = lesson.lesson.student_edition();
    lesson
}

fn find_lesson_for(session_path: &Path, lesson_id: &str) -> Result<LoadedLesson, String> {
    let folder = session_path.parent().unwrap_or(Path::new("."));
    let mut candidates = vec![folder.to_owned()];
    if let Some(parent) = folder.parent() {
        candidates.push(parent.to_owned());
    }
    if let Ok(entries) = std::fs::read_dir(folder) {
        let mut more: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.is_dir()
                    || (p.extension().is_some_and(|e| e == "ron")
                        && !p.to_string_lossy().ends_with(".session.ron"))
            })
            .collect();
        more.sort();
        candidates.extend(more);
    }
    let mut unreadable = Vec::new();
    for candidate in candidates {
        let is_lesson = candidate.join("lesson.ron").is_file() || candidate.is_file();
        if !is_lesson {
            continue;
        }
        match LoadedLesson::load(&candidate) {
            Ok(lesson) if lesson.lesson.id == lesson_id => return Ok(student_view(lesson)),
            // A lesson.ron that fails to parse is reported as that, not as "not found".
            Err(e) if candidate.is_dir() || candidate.ends_with("lesson.ron") => {
                unreadable.push(e.to_string());
            }
            // Another lesson, or a .ron file beside the session that is no lesson at all.
            Ok(_) | Err(_) => {}
        }
    }
    // A broken lesson beside the session is reported, not passed over for the bundled copy.
    if let Some(first) = unreadable.first() {
        return Err(format!(
            "{first} — the lesson beside this session could not be read, so the session ({}) cannot be opened with it",
            session_path.display()
        ));
    }
    let bundled = bundled_lesson();
    if bundled.lesson.id == lesson_id {
        return Ok(student_view(bundled));
    }
    Err(format!(
        "{}: this session is for lesson {lesson_id:?}, which was not found beside it; open the lesson first, then the session",
        session_path.display()
    ))
}

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
    Teacher(Box<super::teacher::TeacherJob>),
}

/// The channel the jobs report on.
pub struct Jobs {
    tx: Sender<JobResult>,
    rx: Receiver<JobResult>,
    /// A dialog is open: further dialog requests are ignored until it closes.
    pub dialog_open: bool,
    /// Saves under way.
    pub saving: usize,
}

impl Default for Jobs {
    fn default() -> Self {
        let (tx, rx) = channel();
        Self {
            tx,
            rx,
            dialog_open: false,
            saving: 0,
        }
    }
}

impl Jobs {
    /// Finished jobs, without waiting.
    pub fn poll(&mut self) -> Vec<JobResult> {
        let results: Vec<JobResult> = self.rx.try_iter().collect();
        for r in &results {
            let dialog_closed = match r {
                JobResult::Opened(_) | JobResult::SavePathPicked(_) | JobResult::Cancelled => true,
                JobResult::Teacher(job) => {
                    matches!(**job, super::teacher::TeacherJob::Picked(..))
                }
                JobResult::Saved { .. } => {
                    self.saving = self.saving.saturating_sub(1);
                    false
                }
                JobResult::Autosaved(_) => false,
            };
            if dialog_closed {
                self.dialog_open = false;
            }
        }
        results
    }

    /// Runs `work` on a named background thread; its result arrives through [`Jobs::poll`].
    pub fn run(
        &self,
        name: &str,
        ctx: &egui::Context,
        work: impl FnOnce() -> JobResult + Send + 'static,
    ) {
        self.spawn(name, ctx, work);
    }

    /// Opens the file dialog a teacher's action needs, off the frame loop.
    pub fn pick(&mut self, ctx: &egui::Context, pick: super::teacher::Pick) {
        use super::teacher::{Pick, TeacherJob};
        if self.dialog_open {
            return;
        }
        self.dialog_open = true;
        self.spawn("teacher-dialog", ctx, move || {
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

    fn spawn(
        &self,
        name: &str,
        ctx: &egui::Context,
        work: impl FnOnce() -> JobResult + Send + 'static,
    ) {
        let tx = self.tx.clone();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                tx.send(work()).ok();
                ctx.request_repaint();
            });
        if let Err(e) = spawned {
            self.tx
                .send(JobResult::Saved {
                    state: 0,
                    path: PathBuf::new(),
                    result: Err(FileError::Io {
                        path: String::new(),
                        message: format!("cannot start a background thread: {e}"),
                    }),
                })
                .ok();
        }
    }

    /// Asks for a lesson or session to open, then opens it, off the frame loop.
    pub fn open_dialog(&mut self, ctx: &egui::Context) {
        if self.dialog_open {
            return;
        }
        self.dialog_open = true;
        self.spawn("open-dialog", ctx, || {
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

    /// Opens a known path off the frame loop (recent files, drag and drop).
    pub fn open(&mut self, ctx: &egui::Context, path: PathBuf) {
        self.dialog_open = true;
        self.spawn("open-file", ctx, move || {
            JobResult::Opened(Box::new(open_path(&path)))
        });
    }

    /// Asks where to save the session.
    pub fn save_as_dialog(&mut self, ctx: &egui::Context, suggested: String) {
        if self.dialog_open {
            return;
        }
        self.dialog_open = true;
        self.spawn("save-dialog", ctx, move || {
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

    /// Saves a session atomically, off the frame loop.
    pub fn save(&mut self, ctx: &egui::Context, session: Session, path: PathBuf, state: u64) {
        self.saving += 1;
        // The ticket is taken now, so that saves land in the order they were asked for.
        let ticket = store::WriteTicket::new(&path);
        self.spawn("save-session", ctx, move || {
            let result = ticket.save_ron(&session).map(|_| ());
            JobResult::Saved {
                state,
                path,
                result,
            }
        });
    }

    /// Writes a recovery copy, off the frame loop.
    pub fn autosave(
        &mut self,
        ctx: &egui::Context,
        recovery: RecoveryStore,
        key: &str,
        file: RecoveryFile,
    ) {
        let ticket = recovery.ticket(key);
        self.spawn("autosave", ctx, move || {
            JobResult::Autosaved(recovery.save_ticketed(ticket, &file).map(|_| ()))
        });
    }
}
