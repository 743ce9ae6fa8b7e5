//! A document before it is added: what was taken from the file (or the clipboard), its first
//! paragraphs and its metadata, each field editable, and whether the lesson already has it.
//! Adding it is one lesson edit (undoable); closing the window adds nothing.

use std::path::PathBuf;

use super::super::{AppCommand, CrosscheckApp};
use super::TeacherCommand;
use crate::core::import::duplicate::{self, Duplicate};
use crate::core::import::{self, Imported};
use crate::core::lesson::{DocumentRef, LoadedLesson};
use crate::core::text::DocumentText;
use crate::core::words::Worded as _;

/// Paragraphs of the text shown before it is added.
const SHOWN_PARAGRAPHS: usize = 3;
/// Most characters of each shown paragraph.
const SHOWN_CHARS: usize = 400;

/// Where the new document's text comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A file, read on the worker.
    File(PathBuf),
    /// The clipboard (Teacher ▸ New document from the clipboard): the text is editable.
    Clipboard,
}

/// A document waiting for the teacher to add it.
#[derive(Clone, Debug)]
pub struct ImportPreview {
    /// Where it comes from.
    pub source: Source,
    /// Its metadata as it will be added (title, outlet, author, date, address, direction).
    pub document: DocumentRef,
    /// Its text.
    pub text: String,
    /// The lesson's document it repeats, found when the text or its address last changed.
    pub duplicate: Option<Duplicate>,
    /// Paragraphs and words of the text, counted when it last changed.
    counts: (usize, usize),
    /// The text and address the duplicate and counts were found for (`None`: not yet).
    checked: Option<(String, String)>,
    /// The clipboard's text was asked for and has not come yet.
    awaiting_paste: bool,
    /// The window has just opened: its first field takes the keyboard (the modal keeps it).
    focus_first: bool,
}

impl ImportPreview {
    /// What was read from `source`, as the lesson would take it.
    pub fn new(lesson: &LoadedLesson, source: Source, imported: Imported) -> Self {
        let text = imported.text.clone();
        let (document, _) = import::new_document(&lesson.lesson, imported);
        let mut preview = Self {
            source,
            document,
            text,
            duplicate: None,
            counts: (0, 0),
            checked: None,
            awaiting_paste: false,
            focus_first: true,
        };
        preview.check(lesson);
        preview
    }

    /// An empty document for the clipboard's text, which is asked for.
    pub fn from_clipboard(lesson: &LoadedLesson) -> Self {
        let mut preview = Self::new(lesson, Source::Clipboard, Imported::default());
        preview.document.title.clear();
        preview.awaiting_paste = true;
        preview
    }

    /// Finds the duplicate and the counts again if the text or the address changed.
    fn check(&mut self, lesson: &LoadedLesson) {
        if self
            .checked
            .as_ref()
            .is_some_and(|(text, url)| *text == self.text && *url == self.document.url)
        {
            return;
        }
        self.duplicate = if self.text.trim().is_empty() {
            None
        } else {
            duplicate::already_in(lesson, &self.text, &self.document.url)
        };
        let paragraphs = paragraphs(&self.text);
        self.counts = (
            paragraphs.clone().count(),
            paragraphs.map(|p| p.split_whitespace().count()).sum(),
        );
        self.checked = Some((self.text.clone(), self.document.url.clone()));
    }

    /// The document and its text as the lesson will hold them: a fresh id from the title as it
    /// now reads, the hash of the text as it now reads. `None` if the text is empty.
    pub fn finished(&self, lesson: &LoadedLesson) -> Option<(DocumentRef, DocumentText)> {
        if self.text.trim().is_empty() {
            return None;
        }
        let edited = &self.document;
        let (mut document, text) = import::new_document(
            &lesson.lesson,
            Imported {
                text: self.text.clone(),
                title: edited.title.trim().to_owned(),
                outlet: edited.outlet.trim().to_owned(),
                author: edited.author.trim().to_owned(),
                published: edited.published.trim().to_owned(),
                url: edited.url.trim().to_owned(),
                // The direction is set from the field below instead.
                language: String::new(),
            },
        );
        document.direction = edited.direction;
        Some((document, text))
    }
}

fn paragraphs(text: &str) -> impl Iterator<Item = &str> + Clone {
    text.split('\n').map(str::trim).filter(|p| !p.is_empty())
}

/// The first words of a paragraph, cut at a word with "…" past `SHOWN_CHARS`.
fn shortened(paragraph: &str) -> String {
    if paragraph.chars().count() <= SHOWN_CHARS {
        return paragraph.to_owned();
    }
    let cut: String = paragraph.chars().take(SHOWN_CHARS).collect();
    let at = cut.rfind(char::is_whitespace).unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end())
}

/// The window showing the document waiting to be added, if one is.
pub fn import_preview_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let Some(mut preview) = app.teacher.as_mut().and_then(|d| d.import_preview.take()) else {
        return;
    };
    let ctx = ui.ctx().clone();
    if preview.awaiting_paste {
        take_pasted_text(&ctx, &mut preview);
    }
    let mut done: Option<bool> = None;
    let heading = match &preview.source {
        Source::File(path) => tr!(
            ui,
            "import-preview-title-file",
            file = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into()
            )
        ),
        Source::Clipboard => tr!(ui, "import-preview-title-clipboard"),
    };
    let max_height = (ctx.content_rect().height() - 80.0).max(200.0);
    egui::Modal::new(egui::Id::unique("teacher-import-preview")).show(&ctx, |ui| {
        ui.set_max_width(620.0_f32.min(ctx.content_rect().width() - 60.0));
        ui.heading(&heading);
        egui::ScrollArea::vertical()
            .max_height(max_height - 120.0)
            .show(ui, |ui| {
                preview_body_ui(ui, &mut preview);
            });
        preview.check(&app.lesson);
        if let Some(duplicate) = &preview.duplicate {
            ui.label(
                egui::RichText::new(tr!(
                    ui,
                    "import-preview-duplicate",
                    duplicate = app.words().message(&duplicate.message())
                ))
                .strong(),
            );
        }
        ui.separator();
        ui.horizontal(|ui| {
            let empty = preview.text.trim().is_empty();
            let add = ui.add_enabled(!empty, egui::Button::new(tr!(ui, "import-preview-add")));
            if empty {
                ui.label(tr!(ui, "import-preview-no-text"));
            }
            if add.clicked() {
                done = Some(true);
            }
            if ui.button(tr!(ui, "shell-cancel")).clicked()
                || ui.input(|i| i.key_pressed(egui::Key::Escape))
            {
                done = Some(false);
            }
        });
    });
    match done {
        Some(true) => {
            if let Some(added) = preview.finished(&app.lesson) {
                let add = TeacherCommand::AddDocument(Box::new(added));
                app.send(AppCommand::Teacher(add));
            } else {
                let status = tr!(app, "import-preview-no-text");
                app.set_status(status, true);
            }
        }
        Some(false) => {
            let status = tr!(app, "import-preview-cancelled");
            app.set_status(status, false);
        }
        None => {
            if let Some(desk) = app.teacher.as_mut() {
                desk.import_preview = Some(preview);
            }
        }
    }
}

/// The clipboard's text, which the window asked for when it opened, as the new text (a paste
/// event of this frame, taken before any field sees it).
fn take_pasted_text(ctx: &egui::Context, preview: &mut ImportPreview) {
    let pasted = ctx.input_mut(|i| {
        let mut pasted = None;
        i.events.retain(|e| match e {
            egui::Event::Paste(text) if pasted.is_none() => {
                pasted = Some(text.clone());
                false
            }
            _ => true,
        });
        pasted
    });
    if let Some(text) = pasted {
        preview.awaiting_paste = false;
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        if preview.document.title.is_empty() {
            preview.document.title = paragraphs(&text)
                .next()
                .map(|l| l.trim_start_matches('#').trim().chars().take(200).collect())
                .unwrap_or_default();
        }
        preview.text = text;
    }
}

/// The fields and the text.
fn preview_body_ui(ui: &mut egui::Ui, preview: &mut ImportPreview) {
    use super::super::widgets::forms::{text_area, text_field, text_field_response};
    let doc = &mut preview.document;
    let title = text_field_response(ui, &tr!(ui, "editor-document-title"), &mut doc.title);
    if std::mem::take(&mut preview.focus_first) {
        title.request_focus();
    }
    for (label, value) in [
        (tr!(ui, "editor-outlet"), &mut doc.outlet),
        (tr!(ui, "editor-author"), &mut doc.author),
        (tr!(ui, "editor-published"), &mut doc.published),
        (tr!(ui, "editor-url"), &mut doc.url),
    ] {
        text_field(ui, &label, value);
    }
    super::lesson_editor::direction_ui(ui, &mut doc.direction);
    ui.add_space(6.0);
    if preview.source == Source::Clipboard {
        let label = tr!(ui, "import-preview-text");
        ui.label(tr!(ui, "import-preview-paste-hint"));
        if text_area(ui, &label, &mut preview.text, 8) {
            preview.awaiting_paste = false;
        }
    } else {
        ui.label(egui::RichText::new(tr!(ui, "import-preview-start")).strong());
        for paragraph in paragraphs(&preview.text).take(SHOWN_PARAGRAPHS) {
            ui.label(shortened(paragraph));
        }
    }
    ui.label(tr!(
        ui,
        "import-preview-counts",
        paragraphs = preview.counts.0,
        words = preview.counts.1
    ));
}

impl CrosscheckApp {
    /// Adds a document shown before it was added, as one lesson edit, and shows it.
    pub(crate) fn add_previewed(&mut self, document: DocumentRef, text: DocumentText, now: f64) {
        let id = document.id.clone();
        let index = self.lesson.lesson.documents.len();
        self.apply_lesson_edit(
            crate::core::edit::LessonEdit::AddDocument {
                index,
                document,
                text: Some(text),
                key_items: Vec::new(),
            },
            None,
            now,
        );
        if self.lesson.lesson.documents.iter().any(|d| d.id == id) {
            self.current_document.clone_from(&id);
            let status = tr!(self, "teacher-imported", id = id);
            self.set_status(status, false);
        }
    }
}
