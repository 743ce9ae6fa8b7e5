//! The lesson panel: the student's name, the introduction, documents, tasks and claims.

use crate::app::widgets::name_scroll_bars;
use crate::core::trail::Field;
use egui::RichText;

use super::super::glyphs::shown;
use super::super::interop::orphan_reason;
use super::super::widgets::forms::wrapping_header;
use super::super::widgets::palette::claim_color;
use super::super::{AppCommand, CrosscheckApp};
use crate::core::edit::Command;
use crate::core::lesson::{Task, TaskKind};
use crate::core::session::{Annotation, Stance, TaskResponse};

/// The lesson panel. The claims list draws only the rows on screen, however many claims there
/// are; counts come from the cached summaries.
pub fn lesson_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let mut commands = Vec::new();
    let claims = app.session.annotations.len();
    // Three parts, each always in view with its heading: the lesson (name, introduction,
    // documents), the tasks, the claims. Each takes what it needs, up to its share of the panel
    // (the lesson 30%, the tasks 35% when there are claims; else the lesson 45% and the tasks
    // the rest), and scrolls within it.
    let full = ui.available_height();
    let (lesson_share, tasks_share) = if claims == 0 {
        (0.45, 1.0)
    } else {
        (0.3, 0.35)
    };
    let scrolled = egui::ScrollArea::vertical()
        .id_salt("lesson-scroll")
        .max_height(full * lesson_share)
        .show(ui, |ui| lesson_part_ui(app, ui, &mut commands));
    name_scroll_bars(ui.ctx(), scrolled.id, &tr!(ui, "scroll-lesson"));
    ui.separator();
    ui.strong(tr!(ui, "student-tasks"));
    let tasks_height = if claims == 0 {
        f32::INFINITY
    } else {
        full * tasks_share
    };
    let scrolled = egui::ScrollArea::vertical()
        .id_salt("tasks-scroll")
        .max_height(tasks_height)
        .show(ui, |ui| tasks_ui(app, ui, &mut commands));
    name_scroll_bars(ui.ctx(), scrolled.id, &tr!(ui, "scroll-tasks"));
    ui.separator();
    ui.strong(tr!(ui, "student-claims-heading", count = claims));
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
    let placed = &app.derived.placed;
    let orphans = !app.derived.orphaned.is_empty();
    // Claims not placed follow the placed ones: these leave them room.
    let max_height = if orphans {
        ui.available_height() * 0.55
    } else {
        f32::INFINITY
    };
    let scrolled = egui::ScrollArea::vertical()
        .id_salt("claims-scroll")
        .auto_shrink([false, true])
        .max_height(max_height)
        .show_rows(ui, row_height, placed.len(), |ui, rows| {
            for &i in &placed[rows] {
                let Some(a) = app.session.annotations.get(i) else {
                    continue;
                };
                let selected = app.selected_claim.as_deref() == Some(a.id.as_str());
                let quote = short_quote(&shown(ui, &a.selector.quote.exact));
                let text =
                    RichText::new(format!("#{} “{quote}”", i + 1)).background_color(claim_color(i));
                if ui.selectable_label(selected, text).clicked() {
                    commands.push(AppCommand::SelectClaim(Some(a.id.clone())));
                }
            }
        });
    name_scroll_bars(ui.ctx(), scrolled.id, &tr!(ui, "scroll-claims"));
    if orphans {
        not_placed_ui(app, ui, &mut commands);
    }
    for command in commands {
        app.send(command);
    }
}

/// A claim's quote as a list shows it: its first 60 characters.
fn short_quote(quote: &str) -> String {
    let mut short: String = quote.chars().take(60).collect();
    if quote.chars().nth(60).is_some() {
        short.push('…');
    }
    short
}

/// The claims without a place in the text (imported, their passage not found): each with its
/// quote and why, to select (the inspector shows it) or delete. They are not in the article.
fn not_placed_ui(app: &CrosscheckApp, ui: &mut egui::Ui, commands: &mut Vec<AppCommand>) {
    let orphaned = &app.derived.orphaned;
    let heading = tr!(ui, "interop-not-placed-heading", count = orphaned.len());
    let about = tr!(ui, "interop-not-placed-about");
    egui::CollapsingHeader::new(wrapping_header(ui, heading))
        .id_salt("claims-not-placed")
        .default_open(true)
        .show(ui, |ui| {
            let scrolled = egui::ScrollArea::vertical()
                .id_salt("claims-not-placed-scroll")
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    for &i in orphaned {
                        let Some(a) = app.session.annotations.get(i) else {
                            continue;
                        };
                        ui.push_id(("not-placed", i), |ui| {
                            not_placed_row_ui(app, ui, i, a, commands);
                        });
                    }
                });
            name_scroll_bars(ui.ctx(), scrolled.id, &tr!(ui, "scroll-not-placed"));
        })
        .header_response
        .on_hover_text(about);
}

/// One claim without a place: its number and quote (selects it), why, and Delete.
fn not_placed_row_ui(
    app: &CrosscheckApp,
    ui: &mut egui::Ui,
    index: usize,
    a: &Annotation,
    commands: &mut Vec<AppCommand>,
) {
    let number = index + 1;
    let selected = app.selected_claim.as_deref() == Some(a.id.as_str());
    let quote = if a.selector.quote.exact.is_empty() {
        tr!(ui, "interop-no-quote")
    } else {
        short_quote(&shown(ui, &a.selector.quote.exact))
    };
    let row = tr!(ui, "interop-not-placed-row", number = number, quote = quote);
    if ui.selectable_label(selected, row).clicked() {
        commands.push(AppCommand::SelectClaim(Some(a.id.clone())));
    }
    let reason = shown(ui, &orphan_reason(ui, &app.lesson.lesson, a)).into_owned();
    ui.horizontal_wrapped(|ui| {
        ui.add(egui::Label::new(RichText::new(reason).weak()).wrap());
        let delete = ui.small_button(tr!(ui, "interop-delete-not-placed"));
        let accessible = tr!(ui, "interop-delete-not-placed-accessible", number = number);
        delete.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &accessible));
        if delete.clicked() {
            commands.push(AppCommand::DeleteClaim(a.id.clone()));
        }
    });
}

/// The key of the request to put the keyboard in the name field.
const ASK_FOR_NAME: &str = "ask-for-student-name";

/// Puts the keyboard in the student's name field on the next frame (Save with no name).
pub fn ask_for_name(ctx: &egui::Context) {
    ctx.data_mut(|d| d.insert_temp(egui::Id::unique(ASK_FOR_NAME), true));
}

/// The name, the introduction and the documents.
fn lesson_part_ui(app: &CrosscheckApp, ui: &mut egui::Ui, commands: &mut Vec<AppCommand>) {
    ui.heading(shown(ui, &app.lesson.lesson.title));
    ui.horizontal(|ui| {
        ui.label(tr!(ui, "student-name-label"));
        let mut name = app.session.student.clone();
        let edit =
            ui.add(egui::TextEdit::singleline(&mut name).hint_text(tr!(ui, "student-name-hint")));
        let accessible = tr!(ui, "student-name-field");
        edit.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &accessible));
        if ui
            .data_mut(|d| d.remove_temp::<bool>(egui::Id::unique(ASK_FOR_NAME)))
            .is_some()
        {
            edit.request_focus();
        }
        if let Some(text) = super::trail_view::pasted(ui, &edit) {
            commands.push(AppCommand::Pasted(Field::Name, text));
        }
        if edit.changed() {
            commands.push(AppCommand::EditTyping(
                Command::SetStudent { name },
                "student".into(),
            ));
        }
    });
    egui::CollapsingHeader::new(tr!(ui, "student-introduction"))
        .id_salt("lesson-introduction")
        .default_open(false)
        .show(ui, |ui| {
            ui.label(shown(ui, &app.lesson.lesson.intro));
        });
    ui.separator();
    ui.strong(tr!(ui, "student-documents"));
    for doc in &app.lesson.lesson.documents {
        let selected = app.current_document == doc.id;
        let count = app
            .derived
            .claims_per_document
            .get(&doc.id)
            .copied()
            .unwrap_or(0);
        let title = shown(ui, &doc.title);
        let text = if count > 0 {
            let claims = tr!(ui, "claims-count", count = count);
            tr!(
                ui,
                "student-document-claims",
                title = title.as_ref(),
                claims = claims
            )
        } else {
            title.into_owned()
        };
        let hover = shown(ui, &format!("{} · {}", doc.outlet, doc.published)).into_owned();
        if ui
            .selectable_label(selected, text)
            .on_hover_text(hover)
            .clicked()
        {
            commands.push(AppCommand::ShowDocument(doc.id.clone(), None));
        }
    }
}

/// The tasks, each with its progress, its instructions and the student's answer.
fn tasks_ui(app: &CrosscheckApp, ui: &mut egui::Ui, commands: &mut Vec<AppCommand>) {
    for task in &app.lesson.lesson.tasks {
        let header = shown(ui, &task_header(app, ui, task)).into_owned();
        egui::CollapsingHeader::new(wrapping_header(ui, header))
            .id_salt(&task.id)
            .show(ui, |ui| {
                ui.label(shown(ui, &task.instructions));
                let mut response = app
                    .session
                    .responses
                    .get(&task.id)
                    .cloned()
                    .unwrap_or_default();
                let edit = ui.add(
                    egui::TextEdit::multiline(&mut response.text)
                        .hint_text(tr!(ui, "student-answer-hint"))
                        .desired_rows(3),
                );
                let title = shown(ui, &task.title).into_owned();
                let accessible = tr!(ui, "student-answer-to", task = title);
                edit.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, &accessible)
                });
                let toggled = ui
                    .checkbox(&mut response.done, tr!(ui, "student-task-done-check"))
                    .changed();
                if let Some(text) = super::trail_view::pasted(ui, &edit) {
                    let into = Field::Answer {
                        task: task.id.clone(),
                    };
                    commands.push(AppCommand::Pasted(into, text));
                }
                if edit.changed() || toggled {
                    let response = (response != TaskResponse::default()).then_some(response);
                    let command = Command::SetResponse {
                        task_id: task.id.clone(),
                        response,
                    };
                    commands.push(if toggled {
                        AppCommand::Edit(command)
                    } else {
                        AppCommand::EditTyping(command, format!("response:{}", task.id))
                    });
                }
            });
    }
}

/// A task's header: its mark, its title, its progress and its points. The progress counts the
/// claims filed under the task (each claim under one, chosen in the inspector) and, of those, the
/// ones that have what the task asks of a claim, so that a claim filed but not yet worked on is
/// not taken for work done. "Done" is the student's own tick.
fn task_header(app: &CrosscheckApp, ui: &egui::Ui, task: &Task) -> String {
    let count = |counts: &std::collections::HashMap<String, usize>| {
        counts.get(&task.id).copied().unwrap_or(0)
    };
    let filed = count(&app.derived.claims_per_task);
    let answering = count(&app.derived.claims_answering_task);
    let response = app.session.responses.get(&task.id);
    let mark = if response.is_some_and(|r| r.done) {
        tr!(ui, "student-task-done")
    } else if filed > 0 || response.is_some_and(|r| !r.text.trim().is_empty()) {
        tr!(ui, "student-task-started")
    } else {
        tr!(ui, "student-task-not-started")
    };
    let title = task.title.as_str();
    let claims = tr!(ui, "claims-count", count = filed);
    // A written answer asks nothing of claims: unless some are filed under it, none are counted.
    if filed == 0 && task.kind == TaskKind::Written {
        return tr!(
            ui,
            "student-task-header-points",
            mark = mark,
            title = title,
            points = task.points,
        );
    }
    let progress = match &task.kind {
        _ if filed == 0 => claims,
        TaskKind::Written => claims,
        TaskKind::MarkClaims { .. }
        | TaskKind::LabelTechniques { .. }
        | TaskKind::Attribution { .. } => tr!(
            ui,
            "student-task-labelled",
            claims = claims,
            count = answering
        ),
        TaskKind::AttachEvidence { stance } => {
            let stance = match stance {
                Some(Stance::Corroborates) => "corroborates",
                Some(Stance::Contradicts) => "contradicts",
                Some(Stance::AddsContext) => "context",
                None => "any",
            };
            tr!(
                ui,
                "student-task-with-evidence",
                claims = claims,
                count = answering,
                stance = stance
            )
        }
        TaskKind::Verdict => tr!(
            ui,
            "student-task-with-verdict",
            claims = claims,
            count = answering
        ),
    };
    tr!(
        ui,
        "student-task-header",
        mark = mark,
        title = title,
        claims = progress,
        points = task.points,
    )
}
