//! A class: the folder of students' session files a teacher grades, the review file beside them,
//! and the gradebook and reports written back into it. Used by the command line and the app.

use std::path::{Path, PathBuf};

use crate::core::grade::{self, SessionGrade};
use crate::core::lesson::LoadedLesson;
use crate::core::review::{Review, StudentReview};
use crate::core::session::Session;
use crate::core::store::{self, FileError};
use crate::core::words::{Message, Worded, Words};

/// The review file written beside a class's sessions.
pub const REVIEW_FILE: &str = "class.review.ron";
/// The gradebook written into a class folder.
pub const GRADEBOOK_FILE: &str = "gradebook.csv";
/// The folder of per-student reports in a class folder.
pub const REPORTS_FOLDER: &str = "reports";

/// A class folder as read from disk.
pub struct ClassFiles {
    /// The folder.
    pub folder: PathBuf,
    /// Each readable session, by file name, sorted.
    pub sessions: Vec<(String, Session)>,
    /// Files that could not be read, with why.
    pub unreadable: Vec<FileError>,
    /// The teacher's review, if one was saved.
    pub review: Option<Review>,
}

/// Why a class folder could not be read or its grades written.
#[derive(Debug, PartialEq)]
pub enum ClassError {
    /// The folder, or a file in it, could not be read or written.
    File(FileError),
    /// The threads that read the sessions could not be started.
    Threads,
    /// The folder holds no session files.
    NoSessions {
        /// The folder.
        folder: String,
    },
    /// The review file is there but could not be read.
    Review(FileError),
    /// The gradebook could not be made (the CSV writer's message).
    Gradebook(String),
}

impl Worded for ClassError {
    fn message(&self) -> Message {
        match self {
            Self::File(e) => e.message(),
            Self::Threads => Message::new("class-no-threads"),
            Self::NoSessions { folder } => Message::new("class-no-sessions").with("folder", folder),
            Self::Review(e) => Message::new("class-review-unreadable").with("reason", e.message()),
            Self::Gradebook(error) => Message::new("class-gradebook-failed").with("error", error),
        }
    }
}

impl std::fmt::Display for ClassError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for ClassError {}

impl From<FileError> for ClassError {
    fn from(error: FileError) -> Self {
        Self::File(error)
    }
}

/// A folder that cannot be listed.
fn folder_unreadable(folder: &Path, error: &std::io::Error) -> FileError {
    FileError::Io {
        path: folder.display().to_string(),
        message: Message::new("class-cannot-read-folder").with("error", error.to_string()),
    }
}

/// The session files named, with folders expanded to their `*.session.ron`, sorted.
pub fn session_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, FileError> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found: Vec<_> = std::fs::read_dir(path)
                .map_err(|e| folder_unreadable(path, &e))?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.to_string_lossy().ends_with(".session.ron"))
                .collect();
            found.sort();
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

/// Each file with its session or why it could not be read, in order.
pub type Parsed = Vec<(PathBuf, Result<Session, FileError>)>;

/// Reads and parses session files on all cores, in order. A thread that cannot be started
/// leaves its files out, so callers compare the lengths.
pub fn read_sessions(files: &[PathBuf]) -> Parsed {
    // Parsing is most of the work: every core shares it.
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(files.len().max(1));
    let chunk = files.len().div_ceil(threads.max(1)).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .enumerate()
            .map(|(i, part)| {
                std::thread::Builder::new()
                    .name(format!("read-sessions-{i}"))
                    .spawn_scoped(scope, move || {
                        part.iter()
                            .map(|p| (p.clone(), Session::load(p)))
                            .collect::<Vec<_>>()
                    })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| match h {
                Ok(handle) => handle.join().unwrap_or_default(),
                Err(_) => Vec::new(),
            })
            .collect()
    })
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Reads every `*.session.ron` in a folder, and the review file if there is one.
pub fn read_class(folder: &Path) -> Result<ClassFiles, ClassError> {
    if let Err(e) = std::fs::read_dir(folder) {
        return Err(folder_unreadable(folder, &e).into());
    }
    let files = session_files(&[folder.to_owned()])?;
    let parsed = read_sessions(&files);
    if parsed.len() != files.len() {
        return Err(ClassError::Threads);
    }
    let mut sessions = Vec::new();
    let mut unreadable = Vec::new();
    for (path, session) in parsed {
        match session {
            Ok(session) => sessions.push((file_name(&path), session)),
            Err(e) => unreadable.push(e),
        }
    }
    if sessions.is_empty() && unreadable.is_empty() {
        return Err(ClassError::NoSessions {
            folder: folder.display().to_string(),
        });
    }
    let review_path = folder.join(REVIEW_FILE);
    let review = if review_path.exists() {
        Some(
            store::migrate::load_versioned::<Review>(&review_path)
                .map(|l| l.value)
                .map_err(ClassError::Review)?,
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

/// Writes a student's feedback report, Markdown and printable HTML, into `folder`, in the
/// language of `words`.
pub fn write_reports(
    loaded: &LoadedLesson,
    session: &Session,
    grade: &SessionGrade,
    review: Option<&StudentReview>,
    folder: &Path,
    file_name: &str,
    words: Words,
) -> Result<(), FileError> {
    use crate::core::interop::report;
    std::fs::create_dir_all(folder).map_err(|e| FileError::Io {
        path: folder.display().to_string(),
        message: Message::new("class-cannot-create-folder").with("error", e.to_string()),
    })?;
    let stem = file_name.trim_end_matches(".session.ron");
    store::write_atomic(
        &folder.join(format!("{stem}.md")),
        report::markdown(loaded, session, grade, review, words).as_bytes(),
    )?;
    store::write_atomic(
        &folder.join(format!("{stem}.html")),
        report::html(loaded, session, grade, review, words).as_bytes(),
    )?;
    Ok(())
}

/// One student's work as the gradebook needs it: file name, session, grade (review applied) and
/// the review.
pub type Graded = (String, Session, SessionGrade, Option<StudentReview>);

/// Writes the gradebook and each student's Markdown and HTML report into the class folder, in
/// the language of `words`.
pub fn write_grades(
    lesson: &LoadedLesson,
    folder: &Path,
    work: &[Graded],
    words: Words,
) -> Result<PathBuf, ClassError> {
    let grades: Vec<(String, SessionGrade)> = work
        .iter()
        .map(|(file, _, grade, _)| (file.clone(), grade.clone()))
        .collect();
    let sessions: Vec<(&str, &Session)> = work
        .iter()
        .map(|(file, session, _, _)| (file.as_str(), session))
        .collect();
    let trails = crate::core::trail::standings(&sessions);
    let csv = gradebook_csv(&lesson.lesson, &grades, &trails, words)
        .map_err(|e| ClassError::Gradebook(e.to_string()))?;
    store::write_atomic(&folder.join(GRADEBOOK_FILE), csv.as_bytes())?;
    let reports = folder.join(REPORTS_FOLDER);
    for (file, session, grade, review) in work {
        write_reports(
            lesson,
            session,
            grade,
            review.as_ref(),
            &reports,
            file,
            words,
        )?;
    }
    Ok(folder.to_owned())
}

/// The gradebook as CSV: one row per student, one column per task (blank while it waits for the
/// teacher), the total and the maximum, and the work's trail (`trails`, in the same order: minutes
/// of work, pastes from outside, whether the trail holds, when it was handed in); column names
/// and flags in the language of `words` (a task's column is its id).
pub fn gradebook_csv(
    lesson: &crate::core::lesson::Lesson,
    grades: &[(String, grade::SessionGrade)],
    trails: &[crate::core::trail::Standing],
    words: crate::core::words::Words,
) -> Result<String, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec![
        words.word("gradebook-student"),
        words.word("gradebook-file"),
    ];
    header.extend(lesson.tasks.iter().map(|t| t.id.clone()));
    header.extend(
        [
            "gradebook-total",
            "gradebook-max",
            "gradebook-precision",
            "gradebook-flags",
            "gradebook-active-minutes",
            "gradebook-pastes-outside",
            "gradebook-trail",
            "gradebook-handed-in",
        ]
        .map(|id| words.word(id)),
    );
    writer.write_record(&header)?;
    for (i, (file, g)) in grades.iter().enumerate() {
        let mut row = vec![
            grade::spreadsheet_safe(&g.student),
            grade::spreadsheet_safe(file),
        ];
        for task in &lesson.tasks {
            let cell = g
                .tasks
                .iter()
                .find(|t| t.task == task.id)
                .and_then(|t| t.points)
                .map_or_else(String::new, |p| format!("{p:.2}"));
            row.push(cell);
        }
        row.push(format!("{:.2}", g.points));
        row.push(format!("{:.2}", g.max));
        row.push(format!("{:.2}", g.precision));
        let flags: Vec<String> = g.flags.iter().map(|f| words.say(f)).collect();
        row.push(grade::spreadsheet_safe(&flags.join("; ")));
        match trails.get(i) {
            Some(t) => {
                row.push(t.active_minutes.to_string());
                row.push(t.pastes_outside.to_string());
                row.push(grade::spreadsheet_safe(&t.trail_word()));
                let mut handed = t.handed_in.map_or_else(String::new, |at| at.to_string());
                if t.changed_after_hand_in {
                    handed.push_str("; ");
                    handed.push_str(&words.word("trail-changed-after-hand-in"));
                }
                row.push(handed);
            }
            None => row.extend([String::new(), String::new(), String::new(), String::new()]),
        }
        writer.write_record(&row)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
