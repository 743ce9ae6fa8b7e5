//! The status bar: saved or not, how many claims, the last message, and hints for the keys that
//! do what the user is likely to want next (from the command list).

use super::super::{CrosscheckApp, UiCommand};

/// The commands worth a hint now, most useful first.
fn hints(app: &mut CrosscheckApp) -> Vec<UiCommand> {
    let mut hints = Vec::new();
    if app.current_view().is_some_and(|v| v.selection().is_some()) {
        hints.push(UiCommand::MakeClaim);
    }
    if app.unsaved() {
        hints.push(UiCommand::Save);
    }
    hints.extend([UiCommand::Undo, UiCommand::Find, UiCommand::Shortcuts]);
    hints
}

/// The status bar.
pub fn status_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let hints: Vec<String> = hints(app)
        .into_iter()
        .filter_map(|c| Some(format!("{}: {}", c.shortcut_text(ui.ctx())?, c.label(ui))))
        .collect();
    ui.horizontal(|ui| {
        let saved = if app.worker.saving > 0 {
            "Saving…"
        } else if app.unsaved() {
            "Unsaved changes"
        } else {
            "All changes saved"
        };
        ui.label(saved);
        if app.worker.computing > 0 {
            ui.separator();
            ui.spinner();
            ui.label("Working in the background…");
        }
        ui.separator();
        let what = if app.teaching() {
            "key items"
        } else {
            "claims"
        };
        ui.label(format!("{} {what}", app.session.annotations.len()));
        if let Some(status) = &app.status {
            ui.separator();
            if status.error {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    format!("Error: {}", status.text),
                );
            } else {
                ui.label(&status.text);
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.add(egui::Label::new(egui::RichText::new(hints.join(" · ")).weak()).truncate());
        });
    });
}
