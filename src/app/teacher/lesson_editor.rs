//! The Lesson tab: the lesson's fields, documents, label sets, tasks with their rubric levels,
//! saving and exporting, and the lesson's problems. Every change is sent as a [`LessonEdit`], so
//! it can be undone; removing something is undone like any other change.

use egui::RichText;

use super::super::widgets::forms::{Change, removable_rows, text_area, text_field};
use super::super::{AppCommand, CrosscheckApp};
use super::{Pick, TeacherCommand, save_and_export_ui};
use crate::core::authoring;
use crate::core::edit::{LessonEdit, LessonText};
use crate::core::lesson::{FeedbackPolicy, Label, Lesson, RubricLevel, Task, TaskKind};
use crate::core::session::Stance;

/// Edits of one frame of the editor, sent when it is drawn.
#[derive(Default)]
struct Edits(Vec<AppCommand>);

impl Edits {
    /// An edit that is its own undo step.
    fn step(&mut self, edit: LessonEdit) {
        self.0.push(AppCommand::EditLesson(edit));
    }

    /// An edit from what a form changed: typing joins the previous step in the same field.
    fn change(&mut self, change: &Change, scope: &str, edit: LessonEdit) {
        match change.typing_key(scope) {
            Some(key) => self.0.push(AppCommand::EditLessonTyping(edit, key)),
            None if change.is_some() => self.step(edit),
            None => {}
        }
    }

    fn command(&mut self, command: AppCommand) {
        self.0.push(command);
    }
}

/// The Lesson tab.
pub fn lesson_editor_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let mut edits = Edits::default();
    let lesson = &app.lesson.lesson;
    lesson_fields_ui(ui, lesson, &mut edits);
    documents_ui(ui, lesson, &mut edits);
    label_sets_ui(app, ui, &mut edits);
    tasks_ui(app, ui, &mut edits);
    egui::CollapsingHeader::new("Save and export")
        .default_open(true)
        .show(ui, |ui| save_and_export_ui(app, ui));
    for command in edits.0 {
        app.send(command);
    }
    problems_ui(app, ui);
}

fn lesson_fields_ui(ui: &mut egui::Ui, lesson: &Lesson, edits: &mut Edits) {
    egui::CollapsingHeader::new("Lesson")
        .default_open(true)
        .show(ui, |ui| {
            for (field, label, rows) in [
                (LessonText::Title, "Title", 0),
                (LessonText::Id, "Id", 0),
                (LessonText::Intro, "Introduction (students see it)", 4),
                (
                    LessonText::TeacherNotes,
                    "Teacher notes (not in the student edition)",
                    3,
                ),
            ] {
                let mut value = match field {
                    LessonText::Title => lesson.title.clone(),
                    LessonText::Id => lesson.id.clone(),
                    LessonText::Intro => lesson.intro.clone(),
                    LessonText::TeacherNotes => lesson.teacher_notes.clone(),
                };
                let changed = if rows == 0 {
                    text_field(ui, label, &mut value)
                } else {
                    text_area(ui, label, &mut value, rows)
                };
                edits.change(
                    &Change::typed_if(changed, label),
                    "lesson",
                    LessonEdit::SetText { field, value },
                );
            }
            let mut feedback = lesson.feedback;
            egui::ComboBox::from_label("Feedback to students")
                .selected_text(feedback_word(feedback))
                .show_ui(ui, |ui| {
                    for f in [
                        FeedbackPolicy::None,
                        FeedbackPolicy::AfterHandIn,
                        FeedbackPolicy::LiveSelfCheck,
                    ] {
                        ui.selectable_value(&mut feedback, f, feedback_word(f));
                    }
                });
            if feedback != lesson.feedback {
                edits.step(LessonEdit::SetFeedback(feedback));
            }
        });
}

fn documents_ui(ui: &mut egui::Ui, lesson: &Lesson, edits: &mut Edits) {
    egui::CollapsingHeader::new(format!("Documents ({})", lesson.documents.len()))
        .id_salt("teacher-documents")
        .default_open(true)
        .show(ui, |ui| {
            for (i, doc) in lesson.documents.iter().enumerate() {
                ui.push_id(("doc", i), |ui| {
                    ui.group(|ui| {
                        let mut edited = doc.clone();
                        let mut change = Change::None;
                        for (label, value) in [
                            ("Document title", &mut edited.title),
                            ("Outlet", &mut edited.outlet),
                            ("Author", &mut edited.author),
                            ("Published", &mut edited.published),
                            ("Address (URL)", &mut edited.url),
                        ] {
                            change.merge(Change::typed_if(text_field(ui, label, value), label));
                        }
                        edits.change(
                            &change,
                            &format!("document:{}", doc.id),
                            LessonEdit::SetDocument(edited),
                        );
                        ui.horizontal_wrapped(|ui| {
                            if ui.button("Show").clicked() {
                                edits.command(AppCommand::ShowDocument(doc.id.clone(), None));
                            }
                            if ui.button("Replace with revised text…").clicked() {
                                edits.command(AppCommand::Teacher(TeacherCommand::Pick(
                                    Pick::ReviseDocument(doc.id.clone()),
                                )));
                            }
                            if ui.button("Remove document").clicked() {
                                edits.step(LessonEdit::RemoveDocument {
                                    document_id: doc.id.clone(),
                                });
                            }
                        });
                    });
                });
            }
            if ui.button("Import document (.txt, .md, .html)…").clicked() {
                edits.command(AppCommand::Teacher(TeacherCommand::Pick(
                    Pick::ImportDocument,
                )));
            }
        });
}

fn label_sets_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui, edits: &mut Edits) {
    let mut preset_error = None;
    egui::CollapsingHeader::new(format!(
        "Label sets ({})",
        app.lesson.lesson.label_sets.len()
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
                let mut change =
                    Change::typed_if(text_field(ui, "Set name", &mut edited.name), "name");
                change.merge(Change::structure_if(
                    ui.checkbox(&mut edited.multiple, "A claim may carry several of these")
                        .changed(),
                ));
                change.merge(removable_rows(
                    ui,
                    &mut edited.labels,
                    "label",
                    |label| format!("Remove label \"{}\"", label.name),
                    |ui, label| {
                        let mut change =
                            Change::typed_if(text_field(ui, "Label", &mut label.name), "name");
                        change.merge(Change::typed_if(
                            text_field(ui, "Meaning", &mut label.description),
                            "meaning",
                        ));
                        change
                    },
                ));
                let mut remove = false;
                ui.horizontal(|ui| {
                    if ui.button("Add label").clicked() {
                        // Label ids are unique across the lesson.
                        edited.labels.push(Label {
                            id: authoring::new_label_id(lesson, &set.id),
                            name: "New label".into(),
                            description: String::new(),
                        });
                        change = Change::Structure;
                    }
                    remove = ui.button("Remove set").clicked();
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
    let sets = set_names(lesson);
    let mut scale = lesson.verdict_scale.clone();
    egui::ComboBox::from_label("Verdict scale")
        .selected_text(
            scale
                .as_deref()
                .and_then(|v| sets.iter().find(|(id, _)| id == v))
                .map_or("none", |(_, name)| name.as_str()),
        )
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut scale, None, "none");
            for (id, name) in &sets {
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
    ui.horizontal(|ui| {
        egui::ComboBox::from_label("Preset")
            .selected_text(all.get(desk.preset).map_or("", |s| s.name.as_str()))
            .show_ui(ui, |ui| {
                for (i, set) in all.iter().enumerate() {
                    ui.selectable_value(
                        &mut desk.preset,
                        i,
                        format!("{} ({} labels)", set.name, set.labels.len()),
                    );
                }
            });
        if ui.button("Add preset").clicked()
            && let Some(set) = all.get(desk.preset).cloned()
        {
            match authoring::check_label_set(lesson, &set) {
                Ok(()) => {
                    let scale =
                        authoring::becomes_verdict_scale(lesson, &set).then(|| set.id.clone());
                    let add = LessonEdit::AddLabelSet {
                        index: lesson.label_sets.len(),
                        set,
                    };
                    edits.step(match scale {
                        Some(id) => {
                            LessonEdit::Batch(vec![add, LessonEdit::SetVerdictScale(Some(id))])
                        }
                        None => add,
                    });
                }
                Err(e) => preset_error = Some(e),
            }
        }
    });
    preset_error
}

fn tasks_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui, edits: &mut Edits) {
    let lesson = &app.lesson.lesson;
    let documents: Vec<(String, String)> = lesson
        .documents
        .iter()
        .map(|d| (d.id.clone(), d.title.clone()))
        .collect();
    let sets = set_names(lesson);
    egui::CollapsingHeader::new(format!("Tasks ({})", lesson.tasks.len()))
        .id_salt("teacher-tasks")
        .default_open(false)
        .show(ui, |ui| {
            for (ti, task) in lesson.tasks.iter().enumerate() {
                ui.push_id(("task", ti), |ui| {
                    ui.group(|ui| {
                        let mut edited = task.clone();
                        let mut remove = false;
                        let change = task_ui(ui, &mut edited, &documents, &sets, &mut remove);
                        if remove {
                            edits.step(LessonEdit::RemoveTask {
                                task_id: task.id.clone(),
                            });
                        } else {
                            edits.change(
                                &change,
                                &format!("task:{}", task.id),
                                LessonEdit::SetTask(edited),
                            );
                        }
                    });
                });
            }
            let kinds = authoring::task_kinds(lesson);
            let Some(desk) = app.teacher.as_mut() else {
                return;
            };
            ui.horizontal(|ui| {
                egui::ComboBox::from_label("Kind of task")
                    .selected_text(kinds.get(desk.new_kind).map_or("", |k| k.0))
                    .show_ui(ui, |ui| {
                        for (i, (word, _)) in kinds.iter().enumerate() {
                            ui.selectable_value(&mut desk.new_kind, i, *word);
                        }
                    });
                if ui.button("Add task").clicked()
                    && let Some((_, kind)) = kinds.get(desk.new_kind).cloned()
                {
                    edits.step(LessonEdit::AddTask {
                        index: lesson.tasks.len(),
                        task: authoring::new_task(lesson, kind),
                    });
                }
            });
        });
}

/// One task's form. Says what changed; `remove` is set when the teacher removes the task.
fn task_ui(
    ui: &mut egui::Ui,
    task: &mut Task,
    documents: &[(String, String)],
    sets: &[(String, String)],
    remove: &mut bool,
) -> Change {
    ui.label(
        RichText::new(format!(
            "{} · {}",
            task.id,
            authoring::kind_word(&task.kind)
        ))
        .strong(),
    );
    let mut change = Change::typed_if(text_field(ui, "Task title", &mut task.title), "title");
    change.merge(Change::typed_if(
        text_area(ui, "Instructions", &mut task.instructions, 2),
        "instructions",
    ));
    ui.horizontal(|ui| {
        let l = ui.label("Points");
        change.merge(Change::typed_if(
            ui.add(egui::DragValue::new(&mut task.points).range(0..=1000))
                .labelled_by(l.id)
                .changed(),
            "points",
        ));
    });
    let before = task.document.clone();
    egui::ComboBox::from_label("About")
        .selected_text(
            task.document
                .as_deref()
                .and_then(|d| documents.iter().find(|(id, _)| id == d))
                .map_or("the whole lesson", |(_, t)| t.as_str()),
        )
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut task.document, None, "the whole lesson");
            for (id, title) in documents {
                ui.selectable_value(&mut task.document, Some(id.clone()), title);
            }
        });
    change.merge(Change::structure_if(before != task.document));
    change.merge(task_kind_ui(ui, task, sets));
    ui.label(RichText::new("Rubric levels").strong());
    change.merge(removable_rows(
        ui,
        &mut task.rubric,
        "level",
        |level| format!("Remove level \"{}\"", level.name),
        |ui, level| {
            let mut change = Change::typed_if(text_field(ui, "Level", &mut level.name), "name");
            ui.horizontal(|ui| {
                let l = ui.label("Level points");
                change.merge(Change::typed_if(
                    ui.add(egui::DragValue::new(&mut level.points).range(0..=1000))
                        .labelled_by(l.id)
                        .changed(),
                    "points",
                ));
            });
            change.merge(Change::typed_if(
                text_field(ui, "What work at this level does", &mut level.description),
                "description",
            ));
            change.merge(Change::typed_if(
                text_area(ui, "Example answer", &mut level.example, 2),
                "example",
            ));
            change
        },
    ));
    ui.horizontal(|ui| {
        if ui.button("Add rubric level").clicked() {
            task.rubric.push(RubricLevel {
                name: "New level".into(),
                ..Default::default()
            });
            change = Change::Structure;
        }
        *remove = ui.button("Remove task").clicked();
    });
    change
}

/// What a task asks for, by its kind: the label set to use, or the stance.
fn task_kind_ui(ui: &mut egui::Ui, task: &mut Task, sets: &[(String, String)]) -> Change {
    let before = task.kind.clone();
    match &mut task.kind {
        TaskKind::MarkClaims { label_set }
        | TaskKind::LabelTechniques { label_set }
        | TaskKind::Attribution { label_set } => {
            egui::ComboBox::from_label("Label set")
                .selected_text(
                    sets.iter()
                        .find(|(id, _)| id == label_set)
                        .map_or("choose…", |(_, n)| n.as_str()),
                )
                .show_ui(ui, |ui| {
                    for (id, name) in sets {
                        ui.selectable_value(label_set, id.clone(), name);
                    }
                });
        }
        TaskKind::AttachEvidence { stance } => {
            egui::ComboBox::from_label("Stance asked for")
                .selected_text(stance.map_or("any", Stance::word))
                .show_ui(ui, |ui| {
                    ui.selectable_value(stance, None, "any");
                    for s in Stance::ALL {
                        ui.selectable_value(
                            stance,
                            Some(s),
                            format!("{} {}", s.symbol(), s.word()),
                        );
                    }
                });
        }
        TaskKind::Verdict | TaskKind::Written => {}
    }
    Change::structure_if(before != task.kind)
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
            .map(|p| p.message)
            .collect();
        if let Some(desk) = app.teacher.as_mut() {
            desk.problems = problems;
            desk.problems_state = state;
        }
    }
    let Some(desk) = app.teacher.as_ref() else {
        return;
    };
    egui::CollapsingHeader::new(format!("Problems ({})", desk.problems.len()))
        .id_salt("teacher-problems")
        .default_open(!desk.problems.is_empty())
        .show(ui, |ui| {
            if desk.problems.is_empty() {
                ui.label("None: the lesson checks out.");
            }
            for p in &desk.problems {
                ui.label(format!("Problem: {p}"));
            }
        });
}

fn feedback_word(f: FeedbackPolicy) -> &'static str {
    match f {
        FeedbackPolicy::None => "none (the teacher reports back)",
        FeedbackPolicy::AfterHandIn => "after hand-in",
        FeedbackPolicy::LiveSelfCheck => "live self-check",
    }
}

/// Each label set's id and name.
fn set_names(lesson: &Lesson) -> Vec<(String, String)> {
    lesson
        .label_sets
        .iter()
        .map(|s| (s.id.clone(), s.name.clone()))
        .collect()
}
