//! Revising a document: the new text replaces the old, the key and the class are re-anchored, and
//! a window says what happened to every highlight.

use std::path::PathBuf;
use std::sync::Arc;

use super::super::CrosscheckApp;
use super::super::i18n::Speaks as _;
use super::TeacherJob;
use crate::core::anchor::AnchorMethod;
use crate::core::authoring;
use crate::core::edit::LessonEdit;
use crate::core::lesson::DocumentRef;
use crate::core::revise::{self, Relocation};
use crate::core::session::{Annotation, Session};
use crate::core::text::DocumentText;

/// A document revision's report.
pub struct RevisionReport {
    /// The document's title.
    pub document: String,
    /// Whose highlight, and what happened to it.
    pub rows: Vec<(String, Relocation)>,
}

/// A revision worked out on the worker: the new text, the re-anchored key, and the class's
/// sessions re-anchored, with what happened to every highlight.
pub struct Reanchored {
    /// The class folder whose sessions were re-anchored (if a class was open).
    class_folder: Option<PathBuf>,
    /// The document's new description (its hash).
    document: DocumentRef,
    /// The new text.
    text: DocumentText,
    /// The key's items, re-anchored.
    key: Vec<Annotation>,
    /// The class's sessions, re-anchored, in the class's order.
    sessions: Vec<Arc<Session>>,
    /// The report.
    report: RevisionReport,
}

impl CrosscheckApp {
    /// Re-anchors the key and the class's sessions in a document's revised text, on the worker.
    pub(crate) fn start_revision(&mut self, ctx: &egui::Context, document: &str, new_text: &str) {
        let text = DocumentText::from_normalised(&new_text.replace("\r\n", "\n"));
        let language = self.language();
        let mut lesson = self.lesson_with_key();
        let document = document.to_owned();
        let (class_folder, sessions) =
            self.teacher
                .as_ref()
                .and_then(|d| d.class.as_ref())
                .map_or((None, Vec::new()), |c| {
                    (
                        Some(c.folder.clone()),
                        c.students.iter().map(|s| Arc::clone(&s.session)).collect(),
                    )
                });
        self.worker.compute(ctx, move || {
            let title = lesson
                .lesson
                .document(&document)
                .map_or(document.clone(), |d| d.title.clone());
            let result = revise::revise_lesson_document(&mut lesson, &document, text.clone())
                .map_err(|e| language.words().message(&e))
                .and_then(|report| {
                    let mut rows: Vec<(String, Relocation)> = report
                        .into_iter()
                        .map(|r| (tr!(language, "teacher-answer-key"), r))
                        .collect();
                    let revised_doc =
                        lesson.lesson.document(&document).cloned().ok_or_else(|| {
                            tr!(
                                language,
                                "teacher-revision-no-document",
                                document = document.as_str()
                            )
                        })?;
                    let (key, _) =
                        authoring::key_as_session(&lesson.lesson, jiff::Timestamp::now());
                    let sessions = sessions
                        .into_iter()
                        .map(|s| {
                            let mut session = (*s).clone();
                            for r in revise::revise_session(&mut session, &document, &text) {
                                rows.push((session.student.clone(), r));
                            }
                            Arc::new(session)
                        })
                        .collect();
                    Ok(Reanchored {
                        class_folder,
                        document: revised_doc,
                        text,
                        key: key.annotations,
                        sessions,
                        report: RevisionReport {
                            document: title,
                            rows,
                        },
                    })
                });
            TeacherJob::Revised(result).into()
        });
    }

    /// Re-anchors the class's sessions in a document's current text, on the worker (after a
    /// revision was undone or redone; the key came back with the text).
    pub(crate) fn reanchor_class(&mut self, ctx: &egui::Context, document: &str) {
        let Some(text) = self.lesson.texts.get(document).cloned() else {
            return;
        };
        let Some(class) = self.teacher.as_ref().and_then(|d| d.class.as_ref()) else {
            return;
        };
        let folder = class.folder.clone();
        let sessions: Vec<Arc<Session>> = class
            .students
            .iter()
            .map(|s| Arc::clone(&s.session))
            .collect();
        let document = document.to_owned();
        self.worker.compute(ctx, move || {
            let sessions = sessions
                .into_iter()
                .map(|s| {
                    let mut session = (*s).clone();
                    revise::revise_session(&mut session, &document, &text);
                    Arc::new(session)
                })
                .collect();
            TeacherJob::ClassReanchored(folder, sessions).into()
        });
    }

    /// Puts the class's re-anchored sessions in place, if the class is still open, and grades
    /// it again.
    pub(crate) fn class_reanchored(
        &mut self,
        ctx: &egui::Context,
        folder: &std::path::Path,
        sessions: Vec<Arc<Session>>,
    ) {
        if let Some(class) = self.teacher.as_mut().and_then(|d| d.class.as_mut())
            && class.folder == folder
            && class.students.len() == sessions.len()
        {
            for (student, session) in class.students.iter_mut().zip(sessions) {
                student.session = session;
            }
            class.select_student(class.selected);
            self.regrade(ctx);
        }
    }

    /// Puts a finished revision in place: the text and the key as one undoable edit, the
    /// class's sessions re-anchored, the report shown, the class graded again.
    pub(crate) fn finish_revision(&mut self, ctx: &egui::Context, done: Reanchored, now: f64) {
        let Reanchored {
            class_folder,
            document,
            text,
            key,
            sessions,
            report,
        } = done;
        self.apply_lesson_edit(
            LessonEdit::ReplaceText {
                document,
                text,
                key,
            },
            None,
            now,
        );
        if let Some(desk) = self.teacher.as_mut()
            && let Some(class) = desk.class.as_mut()
            && Some(&class.folder) == class_folder.as_ref()
            && class.students.len() == sessions.len()
        {
            for (student, session) in class.students.iter_mut().zip(sessions) {
                student.session = session;
            }
            class.select_student(class.selected);
        }
        self.regrade(ctx);
        let orphaned = report.rows.iter().filter(|(_, r)| r.to.is_none()).count();
        let status = tr!(
            self,
            "teacher-revised",
            document = report.document.as_str(),
            count = report.rows.len(),
            orphaned = orphaned
        );
        self.set_status(status, false);
        if let Some(desk) = self.teacher.as_mut() {
            desk.revision = Some(report);
        }
    }
}

/// The revision report, in a window until closed.
pub fn revision_window_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let Some(desk) = app.teacher.as_mut() else {
        return;
    };
    let Some(report) = desk.revision.as_ref() else {
        return;
    };
    let mut open = true;
    egui::Window::new(tr!(
        ui,
        "teacher-revision-title",
        document = report.document.as_str()
    ))
    .id(egui::Id::unique("teacher-revision-report"))
    .open(&mut open)
    .default_width(520.0)
    .show(ui.ctx(), |ui| {
        let count =
            |f: &dyn Fn(&Relocation) -> bool| report.rows.iter().filter(|(_, r)| f(r)).count();
        ui.label(tr!(
            ui,
            "teacher-revision-counts",
            unchanged = count(&|r| r.to.is_some() && r.method == AnchorMethod::Exact),
            moved = count(&|r| r.to.is_some() && r.method == AnchorMethod::Moved),
            fuzzy = count(&|r| r.to.is_some()
                && !matches!(r.method, AnchorMethod::Exact | AnchorMethod::Moved)),
            orphaned = count(&|r| r.to.is_none()),
        ));
        egui::ScrollArea::vertical()
            .max_height(400.0)
            .show(ui, |ui| {
                for (who, r) in &report.rows {
                    // Key rows already say "key k01".
                    if r.what.starts_with("key ") {
                        ui.label(crate::app::glyphs::shown(ui, &describe(ui, r)));
                    } else {
                        ui.label(tr!(
                            ui,
                            "teacher-revision-row",
                            who = who.as_str(),
                            what = describe(ui, r)
                        ));
                    }
                }
            });
    });
    if !open {
        desk.revision = None;
    }
}

/// What became of a highlight, in words: "key k01: moved 10..20 -> 40..50".
fn describe(ui: &egui::Ui, r: &Relocation) -> String {
    let what = highlight_words(ui, &r.what);
    let from = format!("{}..{}", r.from.start, r.from.end);
    let score = format!("{:.2}", r.score);
    match (&r.to, r.method) {
        (None, _) => tr!(
            ui,
            "teacher-relocation-orphaned",
            what = what,
            from = from,
            score = score
        ),
        (Some(to), AnchorMethod::Exact) => tr!(
            ui,
            "teacher-relocation-unchanged",
            what = what,
            at = format!("{}..{}", to.start, to.end)
        ),
        (Some(to), AnchorMethod::Moved) => tr!(
            ui,
            "teacher-relocation-moved",
            what = what,
            from = from,
            to = format!("{}..{}", to.start, to.end)
        ),
        (Some(to), _) => tr!(
            ui,
            "teacher-relocation-fuzzy",
            what = what,
            from = from,
            to = format!("{}..{}", to.start, to.end),
            score = score
        ),
    }
}

/// Which highlight a relocation is about, in words: the revision names them "key k01", "c3" or
/// "c3 evidence e1".
fn highlight_words(ui: &egui::Ui, what: &str) -> String {
    let (owner, evidence) = match what.split_once(" evidence ") {
        Some((owner, evidence)) => (owner, Some(evidence)),
        None => (what, None),
    };
    let owner = match owner.strip_prefix("key ") {
        Some(id) => tr!(ui, "teacher-revision-key-item", id = id),
        None => owner.to_owned(),
    };
    match evidence {
        Some(evidence) => tr!(
            ui,
            "teacher-revision-evidence",
            owner = owner,
            evidence = evidence
        ),
        None => owner,
    }
}
