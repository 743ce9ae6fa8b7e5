//! The Lesson tab: the lesson's fields, documents, label sets, tasks with their rubric levels,
//! saving and exporting, and the lesson's problems. Every change is sent as a [`LessonEdit`], so
//! it can be undone; removing something is undone like any other change.

use super::super::i18n::Speaks;
use super::super::widgets::forms::{Change, labelled_combo, removable_rows, text_area, text_field};
use super::super::{AppCommand, CrosscheckApp};
use super::lesson_edits::Edits;
use super::numbers_settings::numbers_settings_ui;
use super::{Pick, TeacherCommand, save_and_export_ui, tasks_editor};
use crate::core::authoring;
use crate::core::edit::{LessonEdit, LessonText};
use crate::core::lesson::{Direction, FeedbackPolicy, Label, Lesson};

/// The Lesson tab.
pub fn lesson_editor_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let mut edits = Edits::default();
    let lesson = &app.lesson.lesson;
    lesson_fields_ui(ui, lesson, &mut edits);
    documents_ui(ui, lesson, &mut edits);
    label_sets_ui(app, ui, &mut edits);
    tasks_editor::tasks_ui(app, ui, &mut edits);
    numbers_settings_ui(ui, &app.lesson.lesson, &mut edits);
    egui::CollapsingHeader::new(tr!(ui, "editor-save-and-export"))
        .id_salt("teacher-save-and-export")
        .default_open(true)
        .show(ui, |ui| save_and_export_ui(app, ui));
    for command in edits.into_commands() {
        app.send(command);
    }
    problems_ui(app, ui);
}

fn lesson_fields_ui(ui: &mut egui::Ui, lesson: &Lesson, edits: &mut Edits) {
    egui::CollapsingHeader::new(tr!(ui, "editor-lesson"))
        .id_salt("teacher-lesson-fields")
        .default_open(true)
        .show(ui, |ui| {
            for (field, key, rows) in [
                (LessonText::Title, "title", 0),
                (LessonText::Id, "id", 0),
                (LessonText::Intro, "intro", 4),
                (LessonText::TeacherNotes, "teacher-notes", 3),
            ] {
                let label = match field {
                    LessonText::Title => tr!(ui, "editor-title"),
                    LessonText::Id => tr!(ui, "editor-id"),
                    LessonText::Intro => tr!(ui, "editor-intro"),
                    LessonText::TeacherNotes => tr!(ui, "editor-teacher-notes"),
                };
                let mut value = match field {
                    LessonText::Title => lesson.title.clone(),
                    LessonText::Id => lesson.id.clone(),
                    LessonText::Intro => lesson.intro.clone(),
                    LessonText::TeacherNotes => lesson.teacher_notes.clone(),
                };
                let changed = if rows == 0 {
                    text_field(ui, &label, &mut value)
                } else {
                    text_area(ui, &label, &mut value, rows)
                };
                edits.change(
                    &Change::typed_if(changed, key),
                    "lesson",
                    LessonEdit::SetText { field, value },
                );
            }
            let mut feedback = lesson.feedback;
            labelled_combo(ui, tr!(ui, "editor-feedback"))
                .selected_text(feedback_word(ui, feedback))
                .show_ui(ui, |ui| {
                    for f in [
                        FeedbackPolicy::None,
                        FeedbackPolicy::AfterHandIn,
                        FeedbackPolicy::LiveSelfCheck,
                    ] {
                        ui.selectable_value(&mut feedback, f, feedback_word(ui, f));
                    }
                });
            if feedback != lesson.feedback {
                edits.step(LessonEdit::SetFeedback(feedback));
            }
        });
}

fn documents_ui(ui: &mut egui::Ui, lesson: &Lesson, edits: &mut Edits) {
    egui::CollapsingHeader::new(tr!(ui, "editor-documents", count = lesson.documents.len()))
        .id_salt("teacher-documents")
        .default_open(true)
        .show(ui, |ui| {
            for (i, doc) in lesson.documents.iter().enumerate() {
                ui.push_id(("doc", i), |ui| {
                    ui.group(|ui| {
                        let mut edited = doc.clone();
                        let mut change = Change::None;
                        for (key, label, value) in [
                            ("title", tr!(ui, "editor-document-title"), &mut edited.title),
                            ("outlet", tr!(ui, "editor-outlet"), &mut edited.outlet),
                            ("author", tr!(ui, "editor-author"), &mut edited.author),
                            (
                                "published",
                                tr!(ui, "editor-published"),
                                &mut edited.published,
                            ),
                            ("url", tr!(ui, "editor-url"), &mut edited.url),
                        ] {
                            change.merge(Change::typed_if(text_field(ui, &label, value), key));
                        }
                        change.merge(Change::structure_if(direction_ui(
                            ui,
                            &mut edited.direction,
                        )));
                        edits.change(
                            &change,
                            &format!("document:{}", doc.id),
                            LessonEdit::SetDocument(edited),
                        );
                        ui.horizontal_wrapped(|ui| {
                            if ui.button(tr!(ui, "editor-show")).clicked() {
                                edits.command(AppCommand::ShowDocument(doc.id.clone(), None));
                            }
                            if ui.button(tr!(ui, "editor-replace-document")).clicked() {
                                edits.command(AppCommand::Teacher(TeacherCommand::Pick(
                                    Pick::ReviseDocument(doc.id.clone()),
                                )));
                            }
                            if ui.button(tr!(ui, "editor-remove-document")).clicked() {
                                edits.step(LessonEdit::RemoveDocument {
                                    document_id: doc.id.clone(),
                                });
                            }
                        });
                    });
                });
            }
            ui.horizontal_wrapped(|ui| {
                if ui.button(tr!(ui, "editor-import-document")).clicked() {
                    edits.command(AppCommand::Teacher(TeacherCommand::Pick(
                        Pick::ImportDocument,
                    )));
                }
                let paste = crate::app::UiCommand::NewDocumentFromClipboard;
                if ui.button(paste.label(ui)).clicked() {
                    edits.command(paste.command());
                }
            });
        });
}

/// Which way the document's paragraphs read: each from its first strong letter, or all one way.
pub(super) fn direction_ui(ui: &mut egui::Ui, direction: &mut Direction) -> bool {
    let word = |ui: &egui::Ui, d: Direction| match d {
        Direction::Auto => tr!(ui, "editor-direction-auto"),
        Direction::Ltr => tr!(ui, "editor-direction-ltr"),
        Direction::Rtl => tr!(ui, "editor-direction-rtl"),
    };
    let before = *direction;
    labelled_combo(ui, tr!(ui, "editor-direction"))
        .selected_text(word(ui, *direction))
        .show_ui(ui, |ui| {
            for d in Direction::ALL {
                let text = word(ui, d);
                ui.selectable_value(direction, d, text);
            }
        });
    *direction != before
}

fn label_sets_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui, edits: &mut Edits) {
    let mut preset_error = None;
    egui::CollapsingHeader::new(tr!(
        ui,
        "editor-label-sets",
        count = app.lesson.lesson.label_sets.len()
    ))
    .id_salt("teacher-label-sets")
    .default_open(false)
    .show(ui, |ui| {
        label_set_list_ui(&app.lesson.lesson, ui, edits);
        preset_error = presets_ui(app, ui, edits);
        verdict_scale_ui(&app.lesson.lesson, ui, edits);
    });
    if let Some(e) = preset_error {
        app.set_status(e, true);
    }
}

/// Each label set with its labels.
fn label_set_list_ui(lesson: &Lesson, ui: &mut egui::Ui, edits: &mut Edits) {
    for (si, set) in lesson.label_sets.iter().enumerate() {
        ui.push_id(("set", si), |ui| {
            ui.group(|ui| {
                let mut edited = set.clone();
                let mut change = Change::typed_if(
                    text_field(ui, &tr!(ui, "editor-set-name"), &mut edited.name),
                    "name",
                );
                let several = tr!(ui, "editor-set-multiple");
                change.merge(Change::structure_if(
                    ui.checkbox(&mut edited.multiple, several).changed(),
                ));
                let language = ui.language();
                let remove_label = |label: &Label| {
                    tr!(&language, "editor-remove-label", name = label.name.as_str())
                };
                change.merge(removable_rows(
                    ui,
                    &mut edited.labels,
                    "label",
                    remove_label,
                    |ui, label| {
                        let mut change = Change::typed_if(
                            text_field(ui, &tr!(ui, "editor-label"), &mut label.name),
                            "name",
                        );
                        change.merge(Change::typed_if(
                            text_field(ui, &tr!(ui, "editor-meaning"), &mut label.description),
                            "meaning",
                        ));
                        change
                    },
                ));
                let mut remove = false;
                ui.horizontal_wrapped(|ui| {
                    if ui.button(tr!(ui, "editor-add-label")).clicked() {
                        // Label ids are unique across the lesson.
                        edited.labels.push(Label {
                            id: authoring::new_label_id(lesson, &set.id),
                            name: tr!(ui, "editor-new-label"),
                            description: String::new(),
                        });
                        change = Change::Structure;
                    }
                    remove = ui.button(tr!(ui, "editor-remove-set")).clicked();
                });
                if remove {
                    edits.step(LessonEdit::RemoveLabelSet {
                        set_id: set.id.clone(),
                    });
                } else {
                    edits.change(
                        &change,
                        &format!("set:{}", set.id),
                        LessonEdit::SetLabelSet(edited),
                    );
                }
            });
        });
    }
}

/// Which label set is the verdict scale.
fn verdict_scale_ui(lesson: &Lesson, ui: &mut egui::Ui, edits: &mut Edits) {
    let sets = tasks_editor::set_names(lesson);
    let mut scale = lesson.verdict_scale.clone();
    let none = tr!(ui, "editor-no-verdict-scale");
    labelled_combo(ui, tr!(ui, "editor-verdict-scale"))
        .selected_text(crate::app::glyphs::shown(
            ui,
            scale
                .as_deref()
                .and_then(|v| sets.iter().find(|(id, _)| id == v))
                .map_or(none.as_str(), |(_, name)| name.as_str()),
        ))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut scale, None, none.as_str());
            for (id, name) in &sets {
                let name = crate::app::glyphs::shown(ui, name);
                ui.selectable_value(&mut scale, Some(id.clone()), name);
            }
        });
    if scale != lesson.verdict_scale {
        edits.step(LessonEdit::SetVerdictScale(scale));
    }
}

/// Adding a label set from a preset. Returns why it was refused, if it was.
fn presets_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui, edits: &mut Edits) -> Option<String> {
    let lesson = &app.lesson.lesson;
    let mut preset_error = None;
    let desk = app.teacher.as_mut()?;
    let all = &desk.presets;
    ui.horizontal_wrapped(|ui| {
        labelled_combo(ui, tr!(ui, "editor-preset"))
            .selected_text(all.get(desk.preset).map_or("", |s| s.name.as_str()))
            .show_ui(ui, |ui| {
                for (i, set) in all.iter().enumerate() {
                    ui.selectable_value(
                        &mut desk.preset,
                        i,
                        tr!(
                            ui,
                            "editor-preset-option",
                            name = set.name.as_str(),
                            count = set.labels.len()
                        ),
                    );
                }
            });
        if ui.button(tr!(ui, "editor-add-preset")).clicked()
            && let Some(set) = all.get(desk.preset).cloned()
        {
            match authoring::add_label_set(lesson, set) {
                Ok(edit) => edits.step(edit),
                Err(why) => preset_error = Some(ui.words().message(&why)),
            }
        }
    });
    preset_error
}

/// The lesson's problems, checked again when the lesson changes (not per frame).
fn problems_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let state = app.teacher.as_ref().map(|d| d.history.state_id());
    let stale = app
        .teacher
        .as_ref()
        .is_some_and(|d| d.problems_state != state);
    if stale {
        let problems = app
            .keyed_lesson()
            .validate()
            .into_iter()
            .map(|p| app.words().message(&p))
            .collect();
        if let Some(desk) = app.teacher.as_mut() {
            desk.problems = problems;
            desk.problems_state = state;
        }
    }
    let Some(desk) = app.teacher.as_ref() else {
        return;
    };
    egui::CollapsingHeader::new(tr!(ui, "editor-problems", count = desk.problems.len()))
        .id_salt("teacher-problems")
        .default_open(!desk.problems.is_empty())
        .show(ui, |ui| {
            if desk.problems.is_empty() {
                ui.label(tr!(ui, "editor-no-problems"));
            }
            for p in &desk.problems {
                ui.label(tr!(ui, "editor-problem", problem = p.as_str()));
            }
        });
}

fn feedback_word(words: &impl Speaks, f: FeedbackPolicy) -> String {
    match f {
        FeedbackPolicy::None => tr!(words, "editor-feedback-none"),
        FeedbackPolicy::AfterHandIn => tr!(words, "editor-feedback-after-hand-in"),
        FeedbackPolicy::LiveSelfCheck => tr!(words, "editor-feedback-live"),
    }
}
