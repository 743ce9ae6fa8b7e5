//! What the teacher can ask for beyond edits, and what a file dialog is for: commands, so that
//! the teacher's desk sends them like any other.

use std::path::PathBuf;

use crate::core::lesson::DocumentRef;
use crate::core::text::DocumentText;

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

/// Everything the teacher can ask for, beyond edits (which are `LessonEdit`s and review
/// edits).
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
    /// Read a document from a file, to be shown before it is added.
    ImportDocument(PathBuf),
    /// A new document from the clipboard's text, shown before it is added.
    PasteDocument,
    /// Add a document shown before it was added (its metadata and text as the lesson will hold
    /// them).
    AddDocument(Box<(DocumentRef, DocumentText)>),
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
