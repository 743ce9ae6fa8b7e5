//! Thin entry point: parse the command line; no subcommand opens the app.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Crosscheck: read news critically — highlight claims, weigh evidence, give verdicts.
#[derive(Parser)]
#[command(version, about, args_conflicts_with_subcommands = true)]
struct Args {
    /// A lesson (folder, lesson.ron or packed file) or a session to open in the app.
    path: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Open the teacher's desk: edit a lesson and its answer key, export the student edition,
    /// revise documents, review a class.
    Teach {
        /// Lesson folder, lesson.ron or packed lesson file (teacher edition); the bundled sample
        /// lesson if left out.
        lesson: Option<PathBuf>,
        /// A folder of students' *.session.ron files to open for review.
        #[arg(long)]
        class: Option<PathBuf>,
    },
    /// Validate a lesson: exit 0 if it is sound, else list the problems and exit 1.
    Check {
        /// Lesson folder, lesson.ron or packed lesson file.
        lesson: PathBuf,
    },
    /// Re-anchor W3C annotations (quote and position selectors, char offsets) against a text.
    Reanchor {
        /// The (revised) text.
        #[arg(long)]
        text: PathBuf,
        /// A JSON array of W3C Web Annotations.
        #[arg(long)]
        annotations: PathBuf,
    },
    /// Grade sessions against a lesson's answer key and write a CSV gradebook.
    Grade {
        /// Lesson folder, lesson.ron or packed lesson file (teacher edition, with the key).
        lesson: PathBuf,
        /// Session files, or folders of `*.session.ron`.
        #[arg(required = true)]
        sessions: Vec<PathBuf>,
        /// Where to write the gradebook.
        #[arg(long)]
        csv: PathBuf,
        /// A folder for each student's feedback report (Markdown and HTML).
        #[arg(long)]
        reports: Option<PathBuf>,
        /// The teacher's review file: rubric levels, score overrides, comments.
        #[arg(long)]
        review: Option<PathBuf>,
        /// Overlap / union at which a highlight counts as found (0..1).
        #[arg(long, default_value_t = 0.5)]
        threshold: f32,
        /// The language of the reports and the gradebook (`en`, `es`); the system's when left
        /// out, if Crosscheck has it, else English.
        #[arg(long, value_parser = crosscheck::cli::report_language)]
        lang: Option<crosscheck::core::words::Words>,
    },
    /// Replace a document of a lesson folder with a revised text and re-anchor the answer key;
    /// lists what moved, what is fuzzy (with score) and what is orphaned, in the key and sessions.
    Revise {
        /// The lesson folder (or its lesson.ron).
        lesson: PathBuf,
        /// The id of the document to replace.
        #[arg(long)]
        document: String,
        /// The revised text.
        #[arg(long)]
        text: PathBuf,
        /// Sessions (or folders of them) to report on; they are not changed.
        sessions: Vec<PathBuf>,
    },
    /// Export a session (or the lesson's answer key, with --answer-key) as W3C Web Annotations,
    /// schema.org `ClaimReview`, or a feedback report in Markdown or HTML.
    Export {
        /// The session file (`*.session.ron`).
        #[arg(required_unless_present = "answer_key")]
        session: Option<PathBuf>,
        /// The lesson it is a session of (folder, lesson.ron or packed lesson file).
        #[arg(long)]
        lesson: PathBuf,
        /// Export the lesson's answer key (the model session) instead of a session.
        #[arg(long, conflicts_with = "session")]
        answer_key: bool,
        /// What to write.
        #[arg(long, value_enum)]
        format: crosscheck::cli::interop::ExportFormat,
        /// Where to write it (`-` for standard output).
        #[arg(short, long)]
        out: PathBuf,
        /// `ClaimReview` of this claim only (by its id), instead of the list of every verdict.
        #[arg(long)]
        claim: Option<String>,
        /// The language of the feedback report (`en`, `es`); the system's when left
        /// out, if Crosscheck has it, else English.
        #[arg(long, value_parser = crosscheck::cli::report_language)]
        lang: Option<crosscheck::core::words::Words>,
    },
    /// Import annotations (W3C Web Annotation or Hypothesis JSON) on a lesson's documents into a
    /// new session file; lists where each landed and what could not be placed (kept as orphaned).
    Import {
        /// The JSON file.
        file: PathBuf,
        /// The lesson the annotations are on.
        #[arg(long)]
        lesson: PathBuf,
        /// The session file to write.
        #[arg(short, long)]
        out: PathBuf,
        /// The file's format (told from its content when left out).
        #[arg(long, value_enum)]
        format: Option<crosscheck::cli::interop::AnnotationFormat>,
    },
    /// Add a document to a lesson folder: a text, Markdown, HTML page, PDF (its text layer, in
    /// paragraphs) or Word document (.docx); its text is saved as documents/ID.txt.
    ImportDocument {
        /// The document's file.
        file: PathBuf,
        /// The lesson folder (or its lesson.ron).
        #[arg(long)]
        lesson: PathBuf,
    },
    /// Print how a session's work was made (its work sessions, pastes and hand-in) and whether
    /// its trail holds; exit 1 when it is broken.
    Trail {
        /// The session file.
        session: PathBuf,
        /// Write JSON instead of text.
        #[arg(long)]
        json: bool,
        /// The language of the words (`en`, `es`); the system's when left out.
        #[arg(long, value_parser = crosscheck::cli::report_language)]
        lang: Option<crosscheck::core::words::Words>,
    },
    /// Print the numbers of a lesson's documents grouped by what they count (value, qualifier,
    /// counted thing, date, document, char range, quote), with the values that disagree marked.
    Numbers {
        /// Lesson folder, lesson.ron or packed lesson file.
        lesson: PathBuf,
        /// Write JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Print where the preferences, the recent files and the recovery copies of unsaved work are
    /// kept on this computer: beside the program if a file named `crosscheck.portable` is there
    /// (portable mode, e.g. on a USB stick), else in your profile.
    DataFolder {
        /// Make the folder if it is not there yet.
        #[arg(long)]
        create: bool,
    },
    /// Print what importing a document would take from a file (its text, or with --json its
    /// text and metadata), without a lesson; for scoring the readers on test corpora. With
    /// --child, as the child process that reads a file for the app and `import-document`: under
    /// memory and time limits, the document or the reason it was refused as JSON.
    #[command(hide = true)]
    Extract {
        /// The document's file.
        file: PathBuf,
        /// Write the text and metadata as JSON.
        #[arg(long)]
        json: bool,
        /// Be the child reader: limit this process and answer in JSON.
        #[arg(long, conflicts_with = "json")]
        child: bool,
    },
    /// Write the student edition of a lesson (without the answer key).
    StudentEdition {
        /// Lesson folder, lesson.ron or packed lesson file.
        lesson: PathBuf,
        /// Output: a folder, or a packed file if it ends in `.ron`.
        #[arg(short, long)]
        out: PathBuf,
    },
}

fn main() -> ExitCode {
    let args = Args::parse();
    let result = match args.command {
        Some(Command::Check { lesson }) => return crosscheck::cli::check(&lesson),
        Some(Command::Reanchor { text, annotations }) => {
            crosscheck::cli::reanchor(&text, &annotations)
        }
        Some(Command::Numbers { lesson, json }) => crosscheck::cli::numbers::numbers(&lesson, json),
        Some(Command::Trail {
            session,
            json,
            lang,
        }) => {
            return checked(crosscheck::cli::trail::trail(
                &session,
                json,
                lang.unwrap_or_else(crosscheck::cli::system_words),
            ));
        }
        Some(Command::StudentEdition { lesson, out }) => {
            crosscheck::cli::student_edition(&lesson, &out)
        }
        Some(Command::Grade {
            lesson,
            sessions,
            csv,
            reports,
            review,
            threshold,
            lang,
        }) => match crosscheck::cli::grade(&crosscheck::cli::GradeArgs {
            lesson: &lesson,
            sessions: &sessions,
            csv: &csv,
            reports: reports.as_deref(),
            review: review.as_deref(),
            threshold,
            words: lang.unwrap_or_else(crosscheck::cli::system_words),
        }) {
            Ok(true) => Ok(()),
            Ok(false) => return ExitCode::FAILURE,
            Err(e) => Err(e),
        },
        Some(Command::Revise {
            lesson,
            document,
            text,
            sessions,
        }) => crosscheck::cli::revise(&lesson, &document, &text, &sessions),
        Some(Command::Export {
            session,
            lesson,
            answer_key: _,
            format,
            out,
            claim,
            lang,
        }) => crosscheck::cli::interop::export(&crosscheck::cli::interop::ExportArgs {
            session: session.as_deref(),
            lesson: &lesson,
            format,
            out: &out,
            claim: claim.as_deref(),
            words: lang.unwrap_or_else(crosscheck::cli::system_words),
        }),
        Some(Command::Import {
            file,
            lesson,
            out,
            format,
        }) => match crosscheck::cli::interop::import(&crosscheck::cli::interop::ImportArgs {
            file: &file,
            lesson: &lesson,
            out: &out,
            format,
        }) {
            Ok(true) => Ok(()),
            Ok(false) => return ExitCode::FAILURE,
            Err(e) => Err(e),
        },
        Some(Command::ImportDocument { file, lesson }) => {
            crosscheck::cli::documents::import_document(&file, &lesson)
        }
        Some(Command::Extract {
            file, child: true, ..
        }) => crosscheck::cli::documents::child_reader(&file),
        Some(Command::Extract { file, json, .. }) => {
            crosscheck::cli::documents::extract(&file, json)
        }
        Some(Command::DataFolder { create }) => crosscheck::cli::data_folder(create),
        Some(Command::Teach { lesson, class }) => open_teacher(lesson.as_deref(), class.as_deref()),
        None => open_app(args.path.as_deref()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            crosscheck::cli::warn(&format!("crosscheck: {e:#}"));
            ExitCode::FAILURE
        }
    }
}

/// The exit status of a command that says whether what it checked holds: 0 when it does, 1 when
/// it does not (said on standard output) or when it failed (said on standard error).
fn checked(result: anyhow::Result<bool>) -> ExitCode {
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            crosscheck::cli::warn(&format!("crosscheck: {e:#}"));
            ExitCode::FAILURE
        }
    }
}

#[cfg(feature = "gui")]
fn open_app(path: Option<&std::path::Path>) -> anyhow::Result<()> {
    crosscheck::app::run(path)
}

#[cfg(feature = "gui")]
fn open_teacher(
    lesson: Option<&std::path::Path>,
    class: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    crosscheck::app::run_teacher(lesson, class)
}

#[cfg(not(feature = "gui"))]
fn open_teacher(
    _lesson: Option<&std::path::Path>,
    _class: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    open_app(None)
}

#[cfg(not(feature = "gui"))]
fn open_app(_path: Option<&std::path::Path>) -> anyhow::Result<()> {
    anyhow::bail!(
        "this build has no desktop app (built without the `gui` feature); see `crosscheck --help` for the commands"
    )
}
