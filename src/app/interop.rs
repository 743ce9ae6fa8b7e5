//! The app's side of other formats (File ▸ Export, File ▸ Import annotations): the work in view
//! written as W3C Web Annotations, `ClaimReview` or a report, and annotations from W3C or
//! Hypothesis JSON imported into the open session as one undoable command. Dialogs, reading,
//! placing and writing run on the worker; what comes back is applied here.
//!
//! What is exported: on the student's desk the open session; on the teacher's desk the student
//! shown on the Review tab (graded against the key, with the teacher's review). Import is for the
//! student's desk only (on the teacher's desk the open "session" is the answer key).

use std::path::{Path, PathBuf};

pub use super::commands::ExportFormat;
use super::i18n::Speaks as _;
use super::{CrosscheckApp, ProblemReport, Said, UiCommand, said};
use crate::core::anchor::AnchorMethod;
use crate::core::edit::Command;
use crate::core::grade::{self, GradeOptions, SessionGrade};
use crate::core::interop::{self, ImportOutcome, report};
use crate::core::lesson::{Advice, LoadedLesson};
use crate::core::review::StudentReview;
use crate::core::session::{Annotation, Orphan, Session};
use crate::core::store::{self, FileError};

/// How each format is written and named (the format itself is a command's, `commands`).
impl ExportFormat {
    /// The file name endings the format is written with; the first is added to a name that has
    /// none of them.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Self::W3c | Self::ClaimReview => &["jsonld", "json"],
            Self::Markdown => &["md"],
            Self::Html => &["html", "htm"],
        }
    }

    /// The end of the file name the dialog suggests.
    fn suffix(self) -> &'static str {
        match self {
            Self::W3c => "annotations.jsonld",
            Self::ClaimReview => "claimreview.jsonld",
            Self::Markdown => "report.md",
            Self::Html => "report.html",
        }
    }

    /// What it is called in the status bar ("W3C Web Annotations written to …").
    pub fn what(self, words: &impl super::i18n::Speaks) -> String {
        match self {
            Self::W3c => tr!(words, "interop-what-w3c"),
            Self::ClaimReview => tr!(words, "interop-what-claimreview"),
            Self::Markdown => tr!(words, "interop-what-markdown"),
            Self::Html => tr!(words, "interop-what-html"),
        }
    }

    /// The name of the dialog's file filter.
    pub fn filter(self, words: &impl super::i18n::Speaks) -> String {
        match self {
            Self::W3c | Self::ClaimReview => tr!(words, "interop-filter-json-ld"),
            Self::Markdown => tr!(words, "interop-filter-markdown"),
            Self::Html => tr!(words, "interop-filter-html"),
        }
    }

    /// `path`, with the format's ending added unless it has one of them.
    pub fn with_extension(self, path: PathBuf) -> PathBuf {
        let has = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| self.extensions().contains(&e.to_ascii_lowercase().as_str()));
        if has {
            return path;
        }
        let mut name = path.clone().into_os_string();
        name.push(".");
        name.push(self.extensions()[0]);
        PathBuf::from(name)
    }
}

/// The session annotations are being imported into, as it was when the import was asked for:
/// a result for other work (another file opened since) is not applied to what is open now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportTarget {
    lesson_id: String,
    created: jiff::Timestamp,
}

impl ImportTarget {
    fn of(session: &Session) -> Self {
        Self {
            lesson_id: session.lesson_id.clone(),
            created: session.created,
        }
    }
}

/// A finished interop job.
pub enum InteropJob {
    /// Where to export was picked (`None`: cancelled).
    ExportPathPicked(ExportFormat, Option<PathBuf>),
    /// An export was written, or not.
    Exported {
        /// The format.
        format: ExportFormat,
        /// Where.
        path: PathBuf,
        /// What happened.
        result: Result<(), FileError>,
    },
    /// A file to import was picked (`None`: cancelled).
    ImportPathPicked(Option<PathBuf>),
    /// A file was read and its annotations placed in the lesson's texts, or not (why, in the
    /// interface's language).
    Imported {
        /// The file.
        path: PathBuf,
        /// The session it is for.
        target: ImportTarget,
        /// What was read.
        result: Result<Box<ImportOutcome>, Said>,
    },
}

/// What an export is made of, taken on the UI thread and written on the worker.
struct ExportWork {
    lesson: LoadedLesson,
    session: Session,
    /// The grade with the teacher's review (Review tab); `None`: graded on the worker against
    /// the lesson as it is (the student's edition has no key: every task waits for the teacher).
    graded: Option<(SessionGrade, Option<StudentReview>)>,
    /// The language of a report: the interface's.
    words: crate::core::words::Words,
}

impl ExportWork {
    /// The file's text.
    fn text(&self, format: ExportFormat) -> String {
        let (lesson, session) = (&self.lesson, &self.session);
        match format {
            ExportFormat::W3c => interop::export_w3c_string(&lesson.lesson, session),
            ExportFormat::ClaimReview => interop::claim_reviews_string(&lesson.lesson, session),
            ExportFormat::Markdown | ExportFormat::Html => {
                let own;
                let (graded, review) = if let Some((graded, review)) = &self.graded {
                    (graded, review.as_ref())
                } else {
                    own = grade::grade(&lesson.lesson, session, GradeOptions::default());
                    (&own, None)
                };
                if format == ExportFormat::Markdown {
                    report::markdown(lesson, session, graded, review, self.words)
                } else {
                    report::html(lesson, session, graded, review, self.words)
                }
            }
        }
    }
}

/// A file as messages name it: its name, else the whole path.
fn shown_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

impl CrosscheckApp {
    /// Whether File ▸ Export has something to export: the open session on the student's desk,
    /// the student shown on the teacher's Review tab.
    pub fn can_export(&self) -> bool {
        match &self.teacher {
            None => true,
            Some(desk) => {
                desk.reviewing() && desk.class.as_ref().is_some_and(|c| !c.students.is_empty())
            }
        }
    }

    /// Whether annotations can be imported now (into the student's session).
    pub fn can_import(&self) -> bool {
        !self.teaching()
    }

    fn export_work(&self) -> Option<ExportWork> {
        let Some(desk) = &self.teacher else {
            return Some(ExportWork {
                lesson: self.lesson.clone(),
                session: self.session.clone(),
                graded: None,
                words: super::i18n::Speaks::language(self).core_words(),
            });
        };
        let class = desk.class.as_ref().filter(|_| desk.reviewing())?;
        let student = class.students.get(class.selected)?;
        Some(ExportWork {
            lesson: self.lesson_with_key(),
            session: (*student.session).clone(),
            graded: Some((
                student.grade.clone(),
                class.review.students.get(&student.file).cloned(),
            )),
            words: super::i18n::Speaks::language(self).core_words(),
        })
    }

    /// The file name an export of the work in view is offered under.
    fn export_file_name(&self, format: ExportFormat) -> String {
        let student_file = self
            .teacher
            .as_ref()
            .and_then(|d| d.class.as_ref())
            .and_then(|c| c.students.get(c.selected))
            .map(|s| s.file.trim_end_matches(".ron").trim_end_matches(".session"));
        let stem = match student_file {
            Some(stem) if self.teaching() => stem.to_owned(),
            _ => self
                .suggested_file_name()
                .trim_end_matches(".session.ron")
                .to_owned(),
        };
        format!("{stem}.{}", format.suffix())
    }

    /// File ▸ Export ▸ …: asks where, then writes (see [`Self::export_to`]).
    pub(crate) fn ask_export(&mut self, ctx: &egui::Context, format: ExportFormat) {
        if self.can_export() {
            let name = self.export_file_name(format);
            self.worker.start_in = self.dialog_folder();
            self.worker.export_dialog(ctx, format, name);
        } else {
            self.set_status(tr!(self, "interop-export-unavailable"), true);
        }
    }

    /// Writes the work in view to `path` in `format`, atomically, on the worker.
    pub(crate) fn export_to(&mut self, ctx: &egui::Context, format: ExportFormat, path: PathBuf) {
        let Some(work) = self.export_work() else {
            self.set_status(tr!(self, "interop-export-unavailable"), true);
            return;
        };
        // The ticket is taken now, so that writes to one path land in the order asked for.
        let ticket = store::WriteTicket::new(&path);
        self.worker.save(ctx, move || {
            let text = work.text(format);
            let result = ticket.write(text.as_bytes()).map(|_| ());
            InteropJob::Exported {
                format,
                path,
                result,
            }
            .into()
        });
    }

    /// File ▸ Import annotations…: asks for the file, then imports it (see
    /// [`Self::import_from`]).
    pub(crate) fn ask_import(&mut self, ctx: &egui::Context) {
        if self.can_import() {
            self.worker.start_in = self.dialog_folder();
            self.worker.import_dialog(ctx);
        } else {
            self.set_status(tr!(self, "interop-import-unavailable"), true);
        }
    }

    /// Reads W3C or Hypothesis JSON at `path` and places its annotations in the lesson's texts,
    /// on the worker; the result is added to the open session as one undoable command.
    pub(crate) fn import_from(&mut self, ctx: &egui::Context, path: PathBuf) {
        if !self.can_import() {
            self.set_status(tr!(self, "interop-import-unavailable"), true);
            return;
        }
        let lesson = self.lesson.clone();
        let target = ImportTarget::of(&self.session);
        let language = super::i18n::Speaks::language(self);
        self.worker.compute(ctx, move || {
            let result = store::read_text_limited(&path, store::guard::MAX_PACKED_BYTES)
                .map_err(|e| said(&language, &e))
                .and_then(|(json, shown)| {
                    let now = jiff::Timestamp::now();
                    interop::import_annotations(&lesson, &json, None, &shown, now)
                        .map(Box::new)
                        .map_err(|e| said(&language, &e))
                });
            InteropJob::Imported {
                path,
                target,
                result,
            }
            .into()
        });
    }

    /// What the worker reports back.
    pub(crate) fn interop_job_done(&mut self, ctx: &egui::Context, job: InteropJob) {
        match job {
            InteropJob::ExportPathPicked(format, Some(path)) => self.export_to(ctx, format, path),
            InteropJob::ImportPathPicked(Some(path)) => self.import_from(ctx, path),
            InteropJob::ExportPathPicked(_, None) | InteropJob::ImportPathPicked(None) => {}
            InteropJob::Exported {
                format,
                path,
                result,
            } => match result {
                Ok(()) => {
                    let status = tr!(
                        self,
                        "interop-exported",
                        what = format.what(self),
                        path = path.display().to_string()
                    );
                    self.set_status(status, false);
                }
                Err(e) => {
                    self.say_failed(&e, |app, error| {
                        tr!(app, "interop-not-exported", error = error)
                    });
                }
            },
            InteropJob::Imported {
                path,
                target,
                result,
            } => {
                let file = shown_name(&path);
                if self.teaching() || target != ImportTarget::of(&self.session) {
                    self.set_status(tr!(self, "interop-import-stale", file = file), true);
                    return;
                }
                match result {
                    Ok(outcome) => self.take_imported(ctx, &file, &outcome),
                    Err(problem) => {
                        let heading = tr!(self, "interop-import-failed", file = file);
                        self.report_problems(ProblemReport::new(heading, [problem]));
                    }
                }
            }
        }
    }

    /// Adds what was imported to the open session as one command (one Ctrl+Z takes it all back)
    /// and says how it went.
    fn take_imported(&mut self, ctx: &egui::Context, file: &str, outcome: &ImportOutcome) {
        let annotations = outcome.annotations_for(&self.session, &self.lesson.lesson);
        if annotations.is_empty() {
            self.set_status(tr!(self, "interop-import-empty", file = file), false);
            return;
        }
        let count = annotations.len();
        let first = annotations.first().map(|a| a.id.clone());
        let before = self.history.state_id();
        let commands = annotations
            .into_iter()
            .map(|annotation| Command::AddAnnotation {
                annotation,
                index: None,
            })
            .collect();
        self.apply(Command::Batch(commands), None, ctx.input(|i| i.time));
        if self.history.state_id() == before {
            // Refused: `apply` said why, and nothing changed.
            return;
        }
        self.selected_claim = first;
        let placed = |method| outcome.claims.iter().filter(|c| c.method == method).count();
        let undo = UiCommand::Undo
            .shortcut_text(ctx)
            .unwrap_or_else(|| UiCommand::Undo.label(ctx));
        let status = tr!(
            self,
            "interop-imported",
            count = count,
            file = file,
            undo = undo,
            exact = placed(AnchorMethod::Exact),
            moved = placed(AnchorMethod::Moved),
            fuzzy = placed(AnchorMethod::Fuzzy),
            orphaned = placed(AnchorMethod::Orphaned)
        );
        self.set_status(status, false);
        // Why each claim that was not placed was not, then the rest worth a look.
        let notes: Vec<Said> = outcome
            .claims
            .iter()
            .filter(|c| c.to.is_none())
            .map(interop::describe)
            .chain(outcome.warnings.iter().cloned())
            .map(|w| (self.words().message(&w), Advice::FixWhatIsNamed))
            .collect();
        if !notes.is_empty() {
            let heading = tr!(
                self,
                "interop-import-notes",
                file = file,
                count = notes.len()
            );
            // The status bar keeps the counts; the notes wait in their own window.
            self.problems = Some(ProblemReport::new(heading, notes));
        }
    }
}

/// Why a claim has no place in the text, in the interface's language.
pub fn orphan_reason(
    words: &(impl super::i18n::Speaks + ?Sized),
    lesson: &crate::core::lesson::Lesson,
    claim: &Annotation,
) -> String {
    match &claim.orphaned {
        Some(Orphan::NoQuote) => tr!(words, "interop-orphan-no-quote"),
        Some(Orphan::OtherDocument { source, title }) if source.trim().is_empty() => {
            if title.is_empty() {
                tr!(words, "interop-orphan-no-address")
            } else {
                tr!(
                    words,
                    "interop-orphan-no-address-titled",
                    title = title.as_str()
                )
            }
        }
        Some(Orphan::OtherDocument { source, title }) if title.is_empty() => tr!(
            words,
            "interop-orphan-other-document",
            source = source.as_str()
        ),
        Some(Orphan::OtherDocument { source, title }) => tr!(
            words,
            "interop-orphan-other-document-titled",
            source = source.as_str(),
            title = title.as_str()
        ),
        Some(Orphan::QuoteNotFound) | None => {
            let document = lesson
                .document(&claim.document)
                .map_or(claim.document.as_str(), |d| d.title.as_str());
            tr!(words, "interop-orphan-quote-not-found", document = document)
        }
    }
}
