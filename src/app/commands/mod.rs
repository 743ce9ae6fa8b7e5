//! Everything the user can ask for: [`AppCommand`]s, sent by buttons, menus, shortcuts and the
//! article view, and handled in one place (`command_handling`).

use std::ops::Range;
use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};
use strum::VariantArray;

use super::i18n::{Language, Speaks};
use crate::core::edit::{Command, LessonEdit, ReviewEdit};
use crate::core::session::{Citation, Stance};

mod teacher;
pub use teacher::{Pick, TeacherCommand};
/// Everything the user can ask for, from a button, a menu, a shortcut or the article view.
#[derive(Clone, Debug)]
pub enum AppCommand {
    /// Apply an edit as its own undo step.
    Edit(Command),
    /// Apply an edit, joining the previous step with the same key (typing).
    EditTyping(Command, String),
    /// Apply an edit to the lesson or its key (teacher's desk), as its own undo step.
    EditLesson(LessonEdit),
    /// Apply an edit to the lesson, joining the previous step with the same key (typing).
    EditLessonTyping(LessonEdit, String),
    /// Apply an edit to the class's review.
    EditReview(ReviewEdit),
    /// Apply an edit to the review, joining the previous step with the same key (typing).
    EditReviewTyping(ReviewEdit, String),
    /// Undo the last edit.
    Undo,
    /// Redo.
    Redo,
    /// Make a claim of the current selection.
    MakeClaim,
    /// Delete a claim.
    DeleteClaim(String),
    /// Select a claim (or none).
    SelectClaim(Option<String>),
    /// Show a document, optionally scrolled to a char range (which is then selected).
    ShowDocument(String, Option<Range<usize>>),
    /// Start choosing a passage of another document as evidence for a claim.
    StartAttachPassage(String),
    /// Attach the current selection as evidence with this stance.
    ConfirmAttachPassage(Stance),
    /// Stop choosing a passage.
    CancelAttach,
    /// Make a claim (a key item on the teacher's desk) of a passage: the Numbers panel's one
    /// click.
    ClaimPassage(String, Range<usize>),
    /// Attach a passage as evidence to a claim, with a stance: the Numbers panel's one click.
    AttachPassageTo {
        /// The claim.
        claim_id: String,
        /// The passage's document.
        document: String,
        /// The passage, in chars.
        range: Range<usize>,
        /// How it bears on the claim.
        stance: Stance,
    },
    /// Show the Numbers panel in the centre, or the article again.
    ToggleNumbers,
    /// Attach an external citation to a claim.
    AttachCitation(String, Citation, Stance),
    /// Toggle a label on the selected claim.
    ToggleLabel(String),
    /// Open a file dialog.
    Open,
    /// Open a path.
    OpenPath(PathBuf),
    /// Save (as, if never saved).
    Save,
    /// Save under a new name.
    SaveAs,
    /// Hand the work in: the trail sealed with the time, and the work saved (asking for the name
    /// first if it has none).
    HandIn,
    /// Show or hide "My work trail": what the teacher will see of how the work was made.
    ToggleWorkTrail,
    /// Text was pasted into a field of the work (recorded in the trail before the change it
    /// makes): where, and the text.
    Pasted(crate::core::trail::Field, String),
    /// Ask where to export the work in view, then export it.
    Export(ExportFormat),
    /// Export the work in view to a path (what the dialog leads to).
    ExportTo(ExportFormat, PathBuf),
    /// Ask for a file of annotations (W3C or Hypothesis JSON), then import it.
    ImportAnnotations,
    /// Import the annotations of a file into the open session, as one undoable command.
    ImportAnnotationsFrom(PathBuf),
    /// The whole interface larger.
    ZoomIn,
    /// The whole interface smaller.
    ZoomOut,
    /// The whole interface at its normal size.
    ResetZoom,
    /// Larger article text (the article's own size, besides the zoom).
    ArticleTextLarger,
    /// Smaller article text.
    ArticleTextSmaller,
    /// Show or hide a side panel.
    TogglePanel(Side),
    /// Close the teacher's desk and go back to the student's, on the sample lesson.
    LeaveTeacher,
    /// Open the sample's teacher edition from the student's desk, the answer key shown (asked
    /// first).
    RevealKey,
    /// Light or dark.
    ToggleTheme,
    /// The interface's language: one of the app's, or the system's (`None`).
    SetLanguage(Option<Language>),
    /// Show the search bar and put the keyboard in it.
    OpenSearch,
    /// Show or hide the list of keyboard shortcuts.
    ToggleShortcuts,
    /// Show Help ▸ About (version, licences, where the data is kept).
    ShowAbout,
    /// Run a search across all documents.
    Search(String),
    /// Restore the offered recovery copy.
    RestoreRecovery,
    /// Discard the offered recovery copy.
    DiscardRecovery,
    /// Leave the offered recovery copy for whoever made it, and start fresh.
    LeaveRecovery,
    /// Remove the recovery copies on this computer other than the work open now (the teacher).
    ClearRecoveryCopies,
    /// Close the window, discarding unsaved work.
    CloseDiscarding,
    /// Something on the teacher's desk.
    Teacher(TeacherCommand),
    /// A command that replaces the work, confirmed by the user to go ahead without saving.
    Discarding(Box<AppCommand>),
    /// Keep the unsaved work: forget the command that would have replaced it.
    KeepWork,
}

impl AppCommand {
    /// Whether it replaces the lesson or session being worked on.
    pub(crate) fn replaces_work(&self) -> bool {
        use TeacherCommand as T;
        matches!(
            self,
            Self::Open
                | Self::OpenPath(_)
                | Self::LeaveTeacher
                | Self::Teacher(
                    T::NewLesson | T::OpenLesson(_) | T::EditSample | T::Pick(Pick::OpenLesson)
                )
        )
    }
}

/// The commands offered in menus and by shortcuts: each knows its label and its shortcut, so the
/// menus, the shortcut table and the status-bar hints come from this one list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, VariantArray)]
pub enum UiCommand {
    /// Open a lesson or a session.
    Open,
    /// Save the work (the session; on the teacher's desk the lesson and the review).
    Save,
    /// Save under a new name.
    SaveAs,
    /// Hand the work in (the student's desk).
    HandIn,
    /// Import annotations made in another tool (W3C Web Annotation or Hypothesis JSON).
    ImportAnnotations,
    /// Export the work as W3C Web Annotations.
    ExportW3c,
    /// Export the verdicts as schema.org `ClaimReview`.
    ExportClaimReview,
    /// Export the feedback report in Markdown.
    ExportMarkdown,
    /// Export the feedback report as an HTML page.
    ExportHtml,
    /// Undo the last change to the file being edited.
    Undo,
    /// Redo.
    Redo,
    /// Find in the lesson's documents.
    Find,
    /// Make a claim (or key item) of the selection.
    MakeClaim,
    /// The whole interface larger.
    ZoomIn,
    /// The whole interface smaller.
    ZoomOut,
    /// The whole interface at its normal size.
    ResetZoom,
    /// Larger article text.
    ArticleTextLarger,
    /// Smaller article text.
    ArticleTextSmaller,
    /// Show or hide the lesson panel (the teacher's panel on the teacher's desk).
    ToggleLessonPanel,
    /// Show or hide the inspector.
    ToggleInspector,
    /// Show the Numbers panel in the centre, or the article again.
    Numbers,
    /// "My work trail" (the student's desk).
    WorkTrail,
    /// Light or dark theme.
    ToggleTheme,
    /// A new, empty lesson on the teacher's desk.
    NewLesson,
    /// Open a lesson for editing.
    OpenLessonForEditing,
    /// The sample lesson on the teacher's desk.
    EditSample,
    /// Save the lesson where it was.
    SaveLesson,
    /// Save the lesson in a folder chosen now.
    SaveLessonInFolder,
    /// Write the student edition as a folder.
    ExportFolder,
    /// Write the student edition as one file.
    ExportPacked,
    /// Add a document to the lesson.
    ImportDocument,
    /// A new document from the text on the clipboard.
    NewDocumentFromClipboard,
    /// Open a class folder for review.
    ReviewClass,
    /// Bring back the lesson edits autosaved last time.
    RestoreAutosave,
    /// Remove the unsaved-work copies students left on this computer.
    ClearRecoveryCopies,
    /// Back to the student's desk.
    BackToStudentDesk,
    /// The list of keyboard shortcuts.
    Shortcuts,
    /// Help ▸ About.
    About,
}

/// What File ▸ Export writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// W3C Web Annotations: an `AnnotationCollection` (JSON-LD).
    W3c,
    /// The verdicts as schema.org `ClaimReview` (JSON-LD, a list).
    ClaimReview,
    /// The feedback report in Markdown.
    Markdown,
    /// The feedback report as a printable HTML page.
    Html,
}

/// A side panel of the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The lesson panel (the teacher's panel on the teacher's desk), on the left.
    Left,
    /// The inspector, on the right.
    Right,
}

/// Where a command is offered in the menu bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    /// File.
    File,
    /// File ▸ Export.
    Export,
    /// Edit.
    Edit,
    /// View.
    View,
    /// Teacher.
    Teacher,
    /// Help.
    Help,
}

impl UiCommand {
    /// Every command, in the order declared (menu order): derived from the enum, so none is
    /// left out.
    pub const ALL: &'static [Self] = <Self as VariantArray>::VARIANTS;

    /// The id of what the menu entry (and the shortcut list) calls it, in the Fluent files.
    pub fn label_id(self) -> &'static str {
        match self {
            Self::Open => "command-open",
            Self::Save => "command-save",
            Self::SaveAs => "command-save-as",
            Self::HandIn => "command-hand-in",
            Self::ImportAnnotations => "command-import-annotations",
            Self::ExportW3c => "command-export-w3c",
            Self::ExportClaimReview => "command-export-claimreview",
            Self::ExportMarkdown => "command-export-markdown",
            Self::ExportHtml => "command-export-html",
            Self::Undo => "command-undo",
            Self::Redo => "command-redo",
            Self::Find => "command-find",
            Self::MakeClaim => "command-make-claim",
            Self::ZoomIn => "command-zoom-in",
            Self::ZoomOut => "command-zoom-out",
            Self::ResetZoom => "command-zoom-reset",
            Self::ArticleTextLarger => "command-article-larger",
            Self::ArticleTextSmaller => "command-article-smaller",
            Self::ToggleLessonPanel => "command-toggle-lesson-panel",
            Self::ToggleInspector => "command-toggle-inspector",
            Self::Numbers => "command-numbers",
            Self::WorkTrail => "command-work-trail",
            Self::ToggleTheme => "command-toggle-theme",
            Self::NewLesson => "command-new-lesson",
            Self::OpenLessonForEditing => "command-open-lesson-for-editing",
            Self::EditSample => "command-edit-sample",
            Self::SaveLesson => "command-save-lesson",
            Self::SaveLessonInFolder => "command-save-lesson-in-folder",
            Self::ExportFolder => "command-export-folder",
            Self::ExportPacked => "command-export-packed",
            Self::ImportDocument => "command-import-document",
            Self::NewDocumentFromClipboard => "command-new-document-from-clipboard",
            Self::ReviewClass => "command-review-class",
            Self::RestoreAutosave => "command-restore-autosave",
            Self::ClearRecoveryCopies => "command-clear-recovery-copies",
            Self::BackToStudentDesk => "command-back-to-student",
            Self::Shortcuts => "command-shortcuts",
            Self::About => "command-about",
        }
    }

    /// What the menu entry (and the shortcut list) calls it, in the language in use.
    pub fn label(self, words: &impl Speaks) -> String {
        words.words().get(self.label_id())
    }

    /// The menu it is in.
    pub fn menu(self) -> Menu {
        match self {
            Self::Open | Self::Save | Self::SaveAs | Self::HandIn | Self::ImportAnnotations => {
                Menu::File
            }
            Self::ExportW3c | Self::ExportClaimReview | Self::ExportMarkdown | Self::ExportHtml => {
                Menu::Export
            }
            Self::Undo | Self::Redo | Self::Find | Self::MakeClaim => Menu::Edit,
            Self::ZoomIn
            | Self::ZoomOut
            | Self::ResetZoom
            | Self::ArticleTextLarger
            | Self::ArticleTextSmaller
            | Self::ToggleLessonPanel
            | Self::ToggleInspector
            | Self::Numbers
            | Self::WorkTrail
            | Self::ToggleTheme => Menu::View,
            Self::Shortcuts | Self::About => Menu::Help,
            // Every command named: a new one must say where it goes (no catch-all arm).
            Self::NewLesson
            | Self::OpenLessonForEditing
            | Self::EditSample
            | Self::SaveLesson
            | Self::SaveLessonInFolder
            | Self::ExportFolder
            | Self::ExportPacked
            | Self::ImportDocument
            | Self::NewDocumentFromClipboard
            | Self::ReviewClass
            | Self::RestoreAutosave
            | Self::ClearRecoveryCopies
            | Self::BackToStudentDesk => Menu::Teacher,
        }
    }

    /// Its keyboard shortcut, if it has one.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let command = |key| Some(KeyboardShortcut::new(Modifiers::COMMAND, key));
        match self {
            Self::Open => command(Key::O),
            // On the teacher's desk Save saves the lesson: one key, listed once.
            Self::Save => command(Key::S),
            Self::SaveAs => Some(KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                Key::S,
            )),
            Self::Undo => command(Key::Z),
            Self::Redo => Some(KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                Key::Z,
            )),
            Self::Find => command(Key::F),
            Self::MakeClaim => command(Key::Enter),
            Self::ZoomIn => command(Key::Plus),
            Self::ZoomOut => command(Key::Minus),
            Self::ResetZoom => command(Key::Num0),
            Self::ToggleLessonPanel => Some(KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                Key::L,
            )),
            Self::ToggleInspector => Some(KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                Key::I,
            )),
            Self::Numbers => Some(KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                Key::N,
            )),
            Self::WorkTrail => Some(KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                Key::T,
            )),
            Self::Shortcuts => Some(KeyboardShortcut::new(Modifiers::NONE, Key::F1)),
            _ => None,
        }
    }

    /// Other keys that do the same (Ctrl+Y for redo, Ctrl+= for larger text on keyboards where
    /// + needs Shift).
    pub fn alternative_shortcuts(self) -> &'static [KeyboardShortcut] {
        const REDO: [KeyboardShortcut; 1] = [KeyboardShortcut::new(Modifiers::COMMAND, Key::Y)];
        const ZOOM_IN: [KeyboardShortcut; 1] =
            [KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals)];
        match self {
            Self::Redo => &REDO,
            Self::ZoomIn => &ZOOM_IN,
            _ => &[],
        }
    }

    /// Whether it needs the teacher's desk open.
    pub fn needs_teacher(self) -> bool {
        matches!(
            self,
            Self::SaveLesson
                | Self::SaveLessonInFolder
                | Self::ExportFolder
                | Self::ExportPacked
                | Self::ImportDocument
                | Self::NewDocumentFromClipboard
                | Self::ReviewClass
                | Self::RestoreAutosave
                | Self::ClearRecoveryCopies
                | Self::BackToStudentDesk
        )
    }

    /// The command it sends.
    pub fn command(self) -> AppCommand {
        let teacher = AppCommand::Teacher;
        match self {
            Self::Open => AppCommand::Open,
            Self::Save => AppCommand::Save,
            Self::SaveAs => AppCommand::SaveAs,
            Self::HandIn => AppCommand::HandIn,
            Self::ImportAnnotations => AppCommand::ImportAnnotations,
            Self::ExportW3c => AppCommand::Export(ExportFormat::W3c),
            Self::ExportClaimReview => AppCommand::Export(ExportFormat::ClaimReview),
            Self::ExportMarkdown => AppCommand::Export(ExportFormat::Markdown),
            Self::ExportHtml => AppCommand::Export(ExportFormat::Html),
            Self::Undo => AppCommand::Undo,
            Self::Redo => AppCommand::Redo,
            Self::Find => AppCommand::OpenSearch,
            Self::MakeClaim => AppCommand::MakeClaim,
            Self::ZoomIn => AppCommand::ZoomIn,
            Self::ZoomOut => AppCommand::ZoomOut,
            Self::ResetZoom => AppCommand::ResetZoom,
            Self::ArticleTextLarger => AppCommand::ArticleTextLarger,
            Self::ArticleTextSmaller => AppCommand::ArticleTextSmaller,
            Self::ToggleLessonPanel => AppCommand::TogglePanel(Side::Left),
            Self::ToggleInspector => AppCommand::TogglePanel(Side::Right),
            Self::Numbers => AppCommand::ToggleNumbers,
            Self::WorkTrail => AppCommand::ToggleWorkTrail,
            Self::ToggleTheme => AppCommand::ToggleTheme,
            Self::NewLesson => teacher(TeacherCommand::NewLesson),
            Self::OpenLessonForEditing => teacher(TeacherCommand::Pick(Pick::OpenLesson)),
            Self::EditSample => teacher(TeacherCommand::EditSample),
            Self::SaveLesson => teacher(TeacherCommand::SaveLesson(None)),
            Self::SaveLessonInFolder => teacher(TeacherCommand::Pick(Pick::SaveLessonFolder)),
            Self::ExportFolder => teacher(TeacherCommand::Pick(Pick::ExportFolder)),
            Self::ExportPacked => teacher(TeacherCommand::Pick(Pick::ExportPacked)),
            Self::ImportDocument => teacher(TeacherCommand::Pick(Pick::ImportDocument)),
            Self::NewDocumentFromClipboard => teacher(TeacherCommand::PasteDocument),
            Self::ReviewClass => teacher(TeacherCommand::Pick(Pick::OpenClass)),
            Self::RestoreAutosave => teacher(TeacherCommand::RestoreAutosave),
            Self::ClearRecoveryCopies => AppCommand::ClearRecoveryCopies,
            Self::BackToStudentDesk => AppCommand::LeaveTeacher,
            Self::Shortcuts => AppCommand::ToggleShortcuts,
            Self::About => AppCommand::ShowAbout,
        }
    }

    /// The shortcut as the platform writes it ("Ctrl+S"), if there is one.
    pub fn shortcut_text(self, ctx: &egui::Context) -> Option<String> {
        self.shortcut().map(|s| ctx.format_shortcut(&s))
    }

    /// The label with its shortcut, for buttons outside the menus ("Make claim (Ctrl+Enter)").
    pub fn label_with_shortcut(self, ctx: &egui::Context) -> String {
        let label = self.label(ctx);
        match self.shortcut_text(ctx) {
            Some(keys) => crate::tr!(ctx, "label-with-shortcut", label = label, keys = keys),
            None => label,
        }
    }

    /// The command whose shortcut was pressed this frame, if one was (consumed, so that no
    /// widget sees it too). Shortcuts with more modifiers are tried first.
    pub fn consume_shortcut(ctx: &egui::Context) -> Option<Self> {
        let mut all: Vec<(KeyboardShortcut, Self)> = Self::ALL
            .iter()
            .flat_map(|c| {
                c.shortcut()
                    .into_iter()
                    .chain(c.alternative_shortcuts().iter().copied())
                    .map(move |s| (s, *c))
            })
            .collect();
        all.sort_by_key(|(s, _)| std::cmp::Reverse(s.modifiers.shift));
        ctx.input_mut(|i| {
            all.into_iter()
                .find(|(s, _)| i.consume_shortcut(s))
                .map(|(_, c)| c)
        })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// The variants of `pub enum UiCommand` as written in this file.
    fn declared() -> Vec<String> {
        let source = include_str!("mod.rs");
        let body = source
            .split_once("pub enum UiCommand {")
            .and_then(|(_, rest)| rest.split_once("\n}"))
            .map(|(body, _)| body)
            .unwrap();
        body.lines()
            .map(str::trim)
            .filter(|line| !line.starts_with("//") && !line.is_empty())
            .map(|line| line.trim_end_matches(',').to_owned())
            .collect()
    }

    #[test]
    fn every_command_declared_is_in_the_list_once_with_its_own_words() {
        let listed: Vec<String> = UiCommand::ALL.iter().map(|c| format!("{c:?}")).collect();
        assert_eq!(listed, declared());
        let labels: BTreeSet<&str> = UiCommand::ALL.iter().map(|c| c.label_id()).collect();
        assert_eq!(
            labels.len(),
            UiCommand::ALL.len(),
            "two commands share a label"
        );
        for menu in [
            Menu::File,
            Menu::Export,
            Menu::Edit,
            Menu::View,
            Menu::Teacher,
            Menu::Help,
        ] {
            assert!(
                UiCommand::ALL.iter().any(|c| c.menu() == menu),
                "{menu:?} is empty"
            );
        }
    }
}
