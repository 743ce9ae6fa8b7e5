//! The menu bar and the shortcut list. Every entry comes from the command list
//! ([`UiCommand`]), with its label and its shortcut.

use super::super::commands::Menu;
use super::super::{AppCommand, CrosscheckApp, UiCommand};

/// Whether a command can run now (undo with nothing to undo cannot).
fn enabled(app: &CrosscheckApp, command: UiCommand) -> bool {
    match command {
        UiCommand::Undo | UiCommand::Redo => {
            let redo = command == UiCommand::Redo;
            if app.teaching() {
                app.teacher_can_undo(redo)
            } else if redo {
                app.history.can_redo()
            } else {
                app.history.can_undo()
            }
        }
        UiCommand::MakeClaim => {
            let (doc, views) = (&app.current_document, &app.views);
            views.get(doc).is_some_and(|v| v.selection().is_some())
        }
        _ => !command.needs_teacher() || app.teaching(),
    }
}

/// A menu entry for a command: its label, its shortcut, greyed out when it cannot run.
fn command_button(app: &mut CrosscheckApp, ui: &mut egui::Ui, command: UiCommand) {
    let mut button = egui::Button::new(command.label());
    if let Some(keys) = command.shortcut_text(ui.ctx()) {
        button = button.shortcut_text(keys);
    }
    if ui.add_enabled(enabled(app, command), button).clicked() {
        app.send(command.command());
    }
}

/// The commands of one menu, in list order.
fn menu_commands(app: &mut CrosscheckApp, ui: &mut egui::Ui, menu: Menu) {
    for command in UiCommand::ALL.into_iter().filter(|c| c.menu() == menu) {
        command_button(app, ui, command);
        if command == UiCommand::Open {
            recent_ui(app, ui);
        }
        if command == UiCommand::EditSample {
            ui.separator();
        }
    }
}

fn recent_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    ui.menu_button("Open recent", |ui| {
        if app.prefs.recent.is_empty() {
            ui.label("Nothing yet");
        }
        let mut open = None;
        for path in &app.prefs.recent {
            if ui.button(path.display().to_string()).clicked() {
                open = Some(path.clone());
            }
        }
        if let Some(path) = open {
            app.send(AppCommand::OpenPath(path));
        }
    });
}

/// The menu bar.
pub fn menu_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    egui::MenuBar::new().ui(ui, |ui| {
        for (name, menu) in [
            ("File", Menu::File),
            ("Teacher", Menu::Teacher),
            ("Edit", Menu::Edit),
            ("View", Menu::View),
            ("Help", Menu::Help),
        ] {
            ui.menu_button(name, |ui| menu_commands(app, ui, menu));
        }
    });
}

/// Every command with a shortcut, and the label keys, in a window until closed.
pub fn shortcuts_window_ui(app: &mut CrosscheckApp, ctx: &egui::Context) {
    let mut open = app.shortcuts_open;
    egui::Window::new("Keyboard shortcuts")
        .open(&mut open)
        .collapsible(false)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts-grid")
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    for command in UiCommand::ALL {
                        if let Some(keys) = command.shortcut_text(ctx) {
                            ui.label(keys);
                            ui.label(command.label());
                            ui.end_row();
                        }
                    }
                    ui.label("1–9, A–Z");
                    ui.label("Toggle a label on the selected claim (shown beside each label)");
                    ui.end_row();
                });
        });
    app.shortcuts_open = open;
}
