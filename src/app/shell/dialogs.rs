//! Dialogs over the desks: problems of what was opened, recovering unsaved work, closing with
//! unsaved work, replacing unsaved work. Each takes the keyboard when it opens (its safe choice)
//! and gives it back where it was when it closes.

use super::super::i18n::Speaks as _;
use super::super::{AppCommand, Closing, CrosscheckApp};

/// The problems of what was opened, each with what to do next, until dismissed.
fn problems_ui(app: &mut CrosscheckApp, ctx: &egui::Context) {
    super::focus::dialog(ctx, "problems", app.problems.is_some());
    let Some(report) = &app.problems else {
        return;
    };
    let mut open = true;
    let mut dismissed = false;
    egui::Window::new(tr!(ctx, "shell-problems-title"))
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
                            let problem = tr!(ui, "shell-problem", message = message.as_str());
                            ui.add(egui::Label::new(problem).wrap());
                            let advice = tr!(
                                ui,
                                "shell-problem-advice",
                                advice = ui.words().get(advice.id())
                            );
                            ui.add(egui::Label::new(advice).wrap());
                        });
                    }
                });
            ui.separator();
            let close = ui.button(tr!(ui, "shell-problems-close"));
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
    let recovery_opened = super::focus::dialog(&ctx, "recovery", app.recovery_offer.is_some());
    if let Some((_, file)) = &app.recovery_offer {
        let found = (
            file.session.student.trim().to_owned(),
            file.session.modified,
            file.session.annotations.len(),
        );
        recovery_offer_ui(app, &ctx, recovery_opened, found);
    }
    let close_opened = super::focus::dialog(&ctx, "close", app.closing == Closing::Asking);
    if app.closing == Closing::Asking {
        egui::Modal::new(egui::Id::unique("close")).show(&ctx, |ui| {
            ui.heading(tr!(ui, "shell-close-title"));
            ui.label(tr!(ui, "shell-close-text"));
            ui.horizontal(|ui| {
                if ui.button(tr!(ui, "shell-save")).clicked() {
                    // Saved, the window closes (as the question promised).
                    app.closing = Closing::SavingToClose;
                    app.send(AppCommand::Save);
                }
                if ui.button(tr!(ui, "shell-close-without-saving")).clicked() {
                    app.send(AppCommand::CloseDiscarding);
                }
                let cancel = ui.button(tr!(ui, "shell-cancel"));
                if close_opened {
                    cancel.request_focus();
                }
                if cancel.clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    app.closing = Closing::Open;
                }
            });
        });
    }
    super::super::student::citation_form_ui(app, &ctx);
}

/// Asks before a command replaces unsaved work (opening another file, a new lesson, switching
/// between the student's and the teacher's desk).
/// Opening the sample's teacher edition from the student's desk: it shows the answer key, so
/// the app says so first.
pub fn reveal_key_modal_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let asking = app.question == Some(super::super::Question::RevealKey);
    let opened = super::focus::dialog(ui.ctx(), "reveal-key", asking);
    if !asking {
        return;
    }
    let ctx = ui.ctx().clone();
    egui::Modal::new(egui::Id::unique("reveal-key")).show(&ctx, |ui| {
        ui.heading(tr!(ui, "shell-reveal-key-title"));
        ui.label(tr!(ui, "shell-reveal-key-text"));
        ui.horizontal(|ui| {
            if ui.button(tr!(ui, "shell-reveal-key-open")).clicked() {
                app.send(AppCommand::RevealKey);
            }
            let cancel = ui.button(tr!(ui, "shell-cancel"));
            if opened {
                cancel.request_focus();
            }
            if cancel.clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                app.question = None;
            }
        });
    });
}

pub fn discard_modal_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let opened = super::focus::dialog(ui.ctx(), "discard", app.confirm_discard.is_some());
    if app.confirm_discard.is_none() {
        return;
    }
    let text = if app.teaching() {
        tr!(app, "shell-unsaved-lesson")
    } else {
        tr!(app, "shell-unsaved-session")
    };
    let mut choice = None;
    egui::Modal::new(egui::Id::unique("confirm-discard")).show(ui.ctx(), |ui| {
        ui.set_max_width(420.0);
        ui.heading(tr!(ui, "shell-unsaved-changes"));
        ui.label(text);
        ui.horizontal(|ui| {
            if ui.button(tr!(ui, "shell-save-first")).clicked() {
                choice = Some(0);
            }
            if ui.button(tr!(ui, "shell-discard-and-go-on")).clicked() {
                choice = Some(1);
            }
            let cancel = ui.button(tr!(ui, "shell-cancel"));
            if opened {
                cancel.request_focus();
            }
            if cancel.clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
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

/// The offer of unsaved work found on this computer. It names no one and shows nothing of the
/// work: whoever made it types the name it was made under (after three wrong names it waits);
/// anyone else leaves it for them and starts fresh. Work made under no name is offered as such.
fn recovery_offer_ui(
    app: &mut CrosscheckApp,
    ctx: &egui::Context,
    opened: bool,
    (owner, modified, claims): (String, jiff::Timestamp, usize),
) {
    use super::super::recovery::{RECOVERY_TRIES, RECOVERY_WAIT_SECS, same_name};
    let claims = tr!(app, "claims-count", count = claims);
    let when = app.words().date_time(modified);
    let named = !owner.is_empty();
    let found = if named {
        tr!(app, "shell-recover-found", when = when, claims = claims)
    } else {
        tr!(
            app,
            "shell-recover-found-nameless",
            when = when,
            claims = claims
        )
    };
    let now = ctx.input(|i| i.time);
    let gate = &mut app.recovery_gate;
    if gate.wait_until.is_some_and(|t| now >= t) {
        gate.wait_until = None;
    }
    let waiting = gate.wait_until.map(|t| (t - now).ceil().max(1.0));
    let mut send = None;
    egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(tr!(ui, "shell-recover-title"));
        ui.add(egui::Label::new(found).wrap());
        if named {
            ui.horizontal(|ui| {
                let label = ui.label(tr!(ui, "shell-recover-name"));
                let field = ui
                    .add(egui::TextEdit::singleline(&mut gate.typed).desired_width(200.0))
                    .labelled_by(label.id);
                if opened {
                    field.request_focus();
                }
            });
        }
        if let Some(seconds) = waiting {
            ui.label(tr!(ui, "shell-recover-wait", seconds = seconds));
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(500));
        } else if gate.wrong > 0 {
            ui.label(tr!(
                ui,
                "shell-recover-wrong",
                tries = gate.wrong,
                of = RECOVERY_TRIES
            ));
        }
        ui.add(egui::Label::new(tr!(ui, "shell-recover-not-yours")).wrap());
        ui.horizontal(|ui| {
            let can_try = waiting.is_none() && (!named || !gate.typed.trim().is_empty());
            let recover = ui.add_enabled(can_try, egui::Button::new(tr!(ui, "shell-recover")));
            if opened && !named {
                recover.request_focus();
            }
            let entered = named
                && can_try
                && ui.input(|i| i.key_pressed(egui::Key::Enter))
                && !gate.typed.trim().is_empty();
            if recover.clicked() || entered {
                if !named || same_name(&gate.typed, &owner) {
                    send = Some(AppCommand::RestoreRecovery);
                } else {
                    gate.wrong += 1;
                    gate.typed.clear();
                    if gate.wrong >= RECOVERY_TRIES {
                        gate.wrong = 0;
                        gate.wait_until = Some(now + RECOVERY_WAIT_SECS);
                    }
                }
            }
            if ui.button(tr!(ui, "shell-recover-leave")).clicked() {
                send = Some(AppCommand::LeaveRecovery);
            }
        });
    });
    if let Some(command) = send {
        app.send(command);
    }
}
