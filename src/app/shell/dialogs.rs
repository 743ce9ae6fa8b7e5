//! Dialogs over the desks: problems of what was opened, recovering unsaved work, closing with
//! unsaved work, replacing unsaved work.

use super::super::{AppCommand, Closing, CrosscheckApp};

/// The problems of what was opened, each with what to do next, until dismissed.
fn problems_ui(app: &mut CrosscheckApp, ctx: &egui::Context) {
    let Some(report) = &app.problems else {
        return;
    };
    let mut open = true;
    let mut dismissed = false;
    egui::Window::new("Problems")
        .id(egui::Id::unique("problems-window"))
        .open(&mut open)
        .collapsible(false)
        .default_width(520.0)
        .max_height(ctx.content_rect().height() * 0.8)
        .show(ctx, |ui| {
            ui.strong(&report.heading);
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .show(ui, |ui| {
                    for (i, (message, advice)) in report.items.iter().enumerate() {
                        ui.push_id(("problem", i), |ui| {
                            ui.separator();
                            ui.add(egui::Label::new(format!("[!] {message}")).wrap());
                            ui.add(egui::Label::new(format!("What to do: {advice}")).wrap());
                        });
                    }
                });
            ui.separator();
            let close = ui.button("Close the problem list (Esc)");
            // A new report takes the keyboard to its button, so Enter or Esc dismisses it.
            let seen = egui::Id::unique("problems-focused-for");
            if ctx.data(|d| d.get_temp::<String>(seen)).as_deref() != Some(&report.heading) {
                close.request_focus();
                ctx.data_mut(|d| d.insert_temp(seen, report.heading.clone()));
            }
            if close.clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                dismissed = true;
            }
        });
    if !open || dismissed {
        app.problems = None;
    }
}

#[allow(clippy::too_many_lines)] // One panel, top to bottom.
pub fn dialogs_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    problems_ui(app, &ctx);
    if let Some((_, file)) = &app.recovery_offer {
        let claims = file.session.annotations.len();
        let whose = if file.session.student.trim().is_empty() {
            "someone who gave no name".to_owned()
        } else {
            file.session.student.clone()
        };
        let when = file
            .session
            .modified
            .strftime("%Y-%m-%d %H:%M UTC")
            .to_string();
        egui::Modal::new(egui::Id::unique("recovery")).show(&ctx, |ui| {
            ui.heading("Recover unsaved work?");
            ui.label(format!(
                "Crosscheck found work on this lesson that was never saved: {whose}'s, last changed {when} ({claims} claims)."
            ));
            ui.label("If it is not yours, choose Discard: it is deleted and your work starts fresh.");
            ui.horizontal(|ui| {
                if ui.button("Recover").clicked() {
                    app.send(AppCommand::RestoreRecovery);
                }
                if ui.button("Discard").clicked() {
                    app.send(AppCommand::DiscardRecovery);
                }
            });
        });
    }
    if app.closing == Closing::Asking {
        egui::Modal::new(egui::Id::unique("close")).show(&ctx, |ui| {
            ui.heading("Save your work before closing?");
            ui.label("You have changes that are not saved.");
            ui.horizontal(|ui| {
                if ui.button("Save").clicked() {
                    app.closing = Closing::Open;
                    app.send(AppCommand::Save);
                }
                if ui.button("Close without saving").clicked() {
                    app.send(AppCommand::CloseDiscarding);
                }
                if ui.button("Cancel").clicked() {
                    app.closing = Closing::Open;
                }
            });
        });
    }
    super::super::student::citation_form_ui(app, &ctx);
}

/// Asks before a command replaces unsaved work (opening another file, a new lesson, switching
/// between the student's and the teacher's desk).
pub fn discard_modal_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    if app.confirm_discard.is_none() {
        return;
    }
    let what = if app.teaching() {
        "the lesson, its key or the review"
    } else {
        "your session"
    };
    let mut choice = None;
    egui::Modal::new(egui::Id::unique("confirm-discard")).show(ui.ctx(), |ui| {
        ui.set_max_width(420.0);
        ui.heading("Unsaved changes");
        ui.label(format!(
            "You have unsaved changes to {what}. Save them first, or discard them and go on?"
        ));
        ui.horizontal(|ui| {
            if ui.button("Save first").clicked() {
                choice = Some(0);
            }
            if ui.button("Discard and go on").clicked() {
                choice = Some(1);
            }
            if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                choice = Some(2);
            }
        });
    });
    match choice {
        Some(0) => {
            app.send(AppCommand::KeepWork);
            app.send(AppCommand::Save);
        }
        Some(1) => {
            if let Some(command) = app.confirm_discard.take() {
                app.send(AppCommand::Discarding(Box::new(command)));
            }
        }
        Some(2) => app.send(AppCommand::KeepWork),
        _ => {}
    }
}
