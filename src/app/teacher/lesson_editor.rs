//! The Lesson tab: the lesson's fields, documents, label sets, tasks with their rubric levels,
//! saving and exporting, and the lesson's problems. Every change is sent as a [`LessonEdit`], so
//! it can be undone; removing something is undone like any other change.

use egui::RichText;

use super::super::i18n::{Speaks, stance_word};
use super::super::widgets::forms::{Change, removable_rows, text_area, text_field};
use super::super::{AppCommand, CrosscheckApp};
use super::{Pick, TeacherCommand, save_and_export_ui};
use crate::core::authoring;
use crate::core::edit::{LessonEdit, LessonText};
use crate::core::lesson::{
    Direction, FeedbackPolicy, Label, LabelSet, Lesson, RubricLevel, Task, TaskKind,
};
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
    egui::CollapsingHeader::new(tr!(ui, "editor-save-and-export"))
        .id_salt("teacher-save-and-export")
        .default_open(true)
        .show(ui, |ui| save_and_export_ui(app, ui));
    for command in edits.0 {
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
            egui::ComboBox::from_label(tr!(ui, "editor-feedback"))
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
            if ui.button(tr!(ui, "editor-import-document")).clicked() {
                edits.command(AppCommand::Teacher(TeacherCommand::Pick(
                    Pick::ImportDocument,
                )));
            }
        });
}

/// Which way the document's paragraphs read: each from its first strong letter, or all one way.
fn direction_ui(ui: &mut egui::Ui, direction: &mut Direction) -> bool {
    let word = |ui: &egui::Ui, d: Direction| match d {
        Direction::Auto => tr!(ui, "editor-direction-auto"),
        Direction::Ltr => tr!(ui, "editor-direction-ltr"),
        Direction::Rtl => tr!(ui, "editor-direction-rtl"),
    };
    let before = *direction;
    egui::ComboBox::from_label(tr!(ui, "editor-direction"))
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
                ui.horizontal(|ui| {
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
    let sets = set_names(lesson);
    let mut scale = lesson.verdict_scale.clone();
    let none = tr!(ui, "editor-no-verdict-scale");
    egui::ComboBox::from_label(tr!(ui, "editor-verdict-scale"))
        .selected_text(
            scale
                .as_deref()
                .and_then(|v| sets.iter().find(|(id, _)| id == v))
                .map_or(none.as_str(), |(_, name)| name.as_str()),
        )
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut scale, None, none.as_str());
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
        egui::ComboBox::from_label(tr!(ui, "editor-preset"))
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
                Err(_) => preset_error = Some(preset_refusal(ui, lesson, &set)),
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
    egui::CollapsingHeader::new(tr!(ui, "editor-tasks", count = lesson.tasks.len()))
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
                egui::ComboBox::from_label(tr!(ui, "editor-task-kind"))
                    .selected_text(
                        kinds
                            .get(desk.new_kind)
                            .map_or_else(String::new, |(_, kind)| kind_word(ui, kind)),
                    )
                    .show_ui(ui, |ui| {
                        for (i, (_, kind)) in kinds.iter().enumerate() {
                            ui.selectable_value(&mut desk.new_kind, i, kind_word(ui, kind));
                        }
                    });
                if ui.button(tr!(ui, "editor-add-task")).clicked()
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
    let kind = kind_word(ui, &task.kind);
    ui.label(
        RichText::new(tr!(
            ui,
            "editor-task-heading",
            id = task.id.as_str(),
            kind = kind
        ))
        .strong(),
    );
    let mut change = Change::typed_if(
        text_field(ui, &tr!(ui, "editor-task-title"), &mut task.title),
        "title",
    );
    change.merge(Change::typed_if(
        text_area(
            ui,
            &tr!(ui, "editor-instructions"),
            &mut task.instructions,
            2,
        ),
        "instructions",
    ));
    ui.horizontal(|ui| {
        let l = ui.label(tr!(ui, "editor-points"));
        change.merge(Change::typed_if(
            ui.add(egui::DragValue::new(&mut task.points).range(0..=1000))
                .labelled_by(l.id)
                .changed(),
            "points",
        ));
    });
    let before = task.document.clone();
    let whole = tr!(ui, "editor-whole-lesson");
    egui::ComboBox::from_label(tr!(ui, "editor-about"))
        .selected_text(
            task.document
                .as_deref()
                .and_then(|d| documents.iter().find(|(id, _)| id == d))
                .map_or(whole.as_str(), |(_, t)| t.as_str()),
        )
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut task.document, None, whole.as_str());
            for (id, title) in documents {
                ui.selectable_value(&mut task.document, Some(id.clone()), title);
            }
        });
    change.merge(Change::structure_if(before != task.document));
    change.merge(task_kind_ui(ui, task, sets));
    ui.label(RichText::new(tr!(ui, "editor-rubric-levels")).strong());
    let language = ui.language();
    let remove_level =
        |level: &RubricLevel| tr!(&language, "editor-remove-level", name = level.name.as_str());
    change.merge(removable_rows(
        ui,
        &mut task.rubric,
        "level",
        remove_level,
        |ui, level| {
            let mut change = Change::typed_if(
                text_field(ui, &tr!(ui, "editor-level"), &mut level.name),
                "name",
            );
            ui.horizontal(|ui| {
                let l = ui.label(tr!(ui, "editor-level-points"));
                change.merge(Change::typed_if(
                    ui.add(egui::DragValue::new(&mut level.points).range(0..=1000))
                        .labelled_by(l.id)
                        .changed(),
                    "points",
                ));
            });
            change.merge(Change::typed_if(
                text_field(
                    ui,
                    &tr!(ui, "editor-level-description"),
                    &mut level.description,
                ),
                "description",
            ));
            change.merge(Change::typed_if(
                text_area(ui, &tr!(ui, "editor-level-example"), &mut level.example, 2),
                "example",
            ));
            change
        },
    ));
    ui.horizontal(|ui| {
        if ui.button(tr!(ui, "editor-add-rubric-level")).clicked() {
            task.rubric.push(RubricLevel {
                name: tr!(ui, "editor-new-level"),
                ..Default::default()
            });
            change = Change::Structure;
        }
        *remove = ui.button(tr!(ui, "editor-remove-task")).clicked();
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
            let choose = tr!(ui, "editor-choose-label-set");
            egui::ComboBox::from_label(tr!(ui, "editor-label-set"))
                .selected_text(
                    sets.iter()
                        .find(|(id, _)| id == label_set)
                        .map_or(choose.as_str(), |(_, n)| n.as_str()),
                )
                .show_ui(ui, |ui| {
                    for (id, name) in sets {
                        ui.selectable_value(label_set, id.clone(), name);
                    }
                });
        }
        TaskKind::AttachEvidence { stance } => {
            let any = tr!(ui, "editor-any-stance");
            egui::ComboBox::from_label(tr!(ui, "editor-stance-asked"))
                .selected_text(stance.map_or_else(|| any.clone(), |s| stance_word(ui, s)))
                .show_ui(ui, |ui| {
                    ui.selectable_value(stance, None, any.as_str());
                    for s in Stance::ALL {
                        let word = stance_word(ui, s);
                        ui.selectable_value(stance, Some(s), format!("{} {word}", s.symbol()));
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

/// A kind of task, named in the interface's language.
fn kind_word(words: &impl Speaks, kind: &TaskKind) -> String {
    match kind {
        TaskKind::MarkClaims { .. } => tr!(words, "editor-kind-mark-claims"),
        TaskKind::LabelTechniques { .. } => tr!(words, "editor-kind-label-techniques"),
        TaskKind::Attribution { .. } => tr!(words, "editor-kind-attribution"),
        TaskKind::AttachEvidence { .. } => tr!(words, "editor-kind-attach-evidence"),
        TaskKind::Verdict => tr!(words, "editor-kind-verdict"),
        TaskKind::Written => tr!(words, "editor-kind-written"),
    }
}

/// Why a preset was refused (the reasons of [`authoring::check_label_set`]), in the interface's
/// language.
fn preset_refusal(words: &impl Speaks, lesson: &Lesson, set: &LabelSet) -> String {
    let clash = set.labels.iter().find(|l| lesson.label(&l.id).is_some());
    match clash {
        Some(label) if lesson.label_sets.iter().all(|s| s.id != set.id) => tr!(
            words,
            "editor-preset-label-clash",
            name = label.name.as_str(),
            id = label.id.as_str()
        ),
        _ => tr!(words, "editor-preset-set-exists", name = set.name.as_str()),
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
