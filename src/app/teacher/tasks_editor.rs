//! The Lesson tab's tasks: each task's title, kind, points and rubric levels, and what it asks for.
//! Every change is sent as a [`LessonEdit`] through the tab's [`Edits`].

use egui::RichText;

use super::super::CrosscheckApp;
use super::super::i18n::Speaks;
use super::super::i18n::stance_word;
use super::super::widgets::forms::{Change, labelled_combo, removable_rows, text_area, text_field};
use super::lesson_edits::Edits;
use crate::core::authoring;
use crate::core::edit::LessonEdit;
use crate::core::lesson::{Lesson, RubricLevel, Task, TaskKind};
use crate::core::session::Stance;

pub(super) fn tasks_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui, edits: &mut Edits) {
    let lesson = &app.lesson.lesson;
    // Titles and names as the lists show them (a script no font has, named).
    let shown = |text: &str| crate::app::glyphs::shown(ui, text).into_owned();
    let documents: Vec<(String, String)> = lesson
        .documents
        .iter()
        .map(|d| (d.id.clone(), shown(&d.title)))
        .collect();
    let sets: Vec<(String, String)> = set_names(lesson)
        .into_iter()
        .map(|(id, name)| (id, shown(&name)))
        .collect();
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
            ui.horizontal_wrapped(|ui| {
                labelled_combo(ui, tr!(ui, "editor-task-kind"))
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

/// What each part of a key item weighs in the task's points (the kind's own until changed; an
/// undoable lesson edit like every other field). A written task is scored with its rubric.
fn weights_ui(ui: &mut egui::Ui, task: &mut Task) -> Change {
    if task.kind == crate::core::lesson::TaskKind::Written {
        return Change::default();
    }
    let mut weights = task.weights();
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!(ui, "editor-weights"));
        for (key, value) in [
            ("editor-weight-span", &mut weights.span),
            ("editor-weight-labels", &mut weights.labels),
            ("editor-weight-evidence", &mut weights.evidence),
            ("editor-weight-verdict", &mut weights.verdict),
        ] {
            let l = ui.label(crate::app::i18n::Speaks::words(ui).get(key));
            changed |= ui
                .add(egui::DragValue::new(value).range(0..=10))
                .labelled_by(l.id)
                .changed();
        }
    });
    if changed {
        task.weights = Some(weights);
    }
    Change::typed_if(changed, "weights")
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
    ui.horizontal_wrapped(|ui| {
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
    labelled_combo(ui, tr!(ui, "editor-about"))
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
    change.merge(weights_ui(ui, task));
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
            ui.horizontal_wrapped(|ui| {
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
    ui.horizontal_wrapped(|ui| {
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
            labelled_combo(ui, tr!(ui, "editor-label-set"))
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
            labelled_combo(ui, tr!(ui, "editor-stance-asked"))
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

/// Each label set's id and name.
pub(super) fn set_names(lesson: &Lesson) -> Vec<(String, String)> {
    lesson
        .label_sets
        .iter()
        .map(|s| (s.id.clone(), s.name.clone()))
        .collect()
}
