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
        .filter_map(|c| {
            let keys = c.shortcut_text(ui.ctx())?;
            Some(tr!(ui, "shell-hint", keys = keys, command = c.label(ui)))
        })
        .collect();
    ui.horizontal(|ui| {
        let saved = if app.worker.saving > 0 {
            tr!(ui, "shell-saving")
        } else if app.unsaved() {
            tr!(ui, "shell-unsaved-changes")
        } else {
            tr!(ui, "shell-all-saved")
        };
        ui.label(saved);
        if app.worker.computing > 0 {
            ui.separator();
            ui.spinner();
            ui.label(tr!(ui, "shell-working"));
        }
        ui.separator();
        let count = app.session.annotations.len();
        let counted = if app.teaching() {
            tr!(ui, "shell-key-items-count", count = count)
        } else {
            tr!(ui, "claims-count", count = count)
        };
        ui.label(counted);
        if let Some(status) = &app.status {
            ui.separator();
            // A long message wraps in a narrow window instead of running off its edge. A
            // document's words in it ("Opened “…”") are shown as the lists show them.
            let message = crate::app::glyphs::shown(ui, &status.text).into_owned();
            let text = if status.error {
                egui::RichText::new(tr!(ui, "shell-error", message = message))
                    .color(ui.visuals().error_fg_color)
            } else {
                egui::RichText::new(message)
            };
            // A polite live region: a screen reader says each new message when it comes.
            let response = ui.push_id("status-message", |ui| ui.add(egui::Label::new(text).wrap()));
            ui.ctx().accesskit_node_builder(response.inner.id, |node| {
                node.set_live(egui::accesskit::Live::Polite);
            });
        }
        // As many whole hints as there is room for, the most useful first; none cut in half.
        let room = ui.available_width() - ui.spacing().item_spacing.x * 2.0;
        let font = egui::TextStyle::Body.resolve(ui.style());
        let width = |text: &str| {
            ui.painter()
                .layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::WHITE)
                .size()
                .x
        };
        let mut shown = hints.len();
        while shown > 0 && width(&hints[..shown].join(" · ")) > room {
            shown -= 1;
        }
        if shown > 0 {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(egui::RichText::new(hints[..shown].join(" · ")).weak());
            });
        }
    });
}
