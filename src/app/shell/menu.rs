//! The menu bar and the shortcut list. Every entry comes from the command list
//! ([`UiCommand`]), with its label and its shortcut.

use super::super::commands::Menu;
use super::super::i18n::{Language, Speaks as _};
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
        UiCommand::ImportAnnotations => app.can_import(),
        _ if command.menu() == Menu::Export => app.can_export(),
        _ => !command.needs_teacher() || app.teaching(),
    }
}

/// A menu entry for a command: its label, its shortcut, greyed out when it cannot run.
fn command_button(app: &mut CrosscheckApp, ui: &mut egui::Ui, command: UiCommand) {
    let mut button = egui::Button::new(command.label(ui));
    if let Some(keys) = command.shortcut_text(ui.ctx()) {
        button = button.shortcut_text(keys);
    }
    let mut response = ui.add_enabled(enabled(app, command), button);
    if command.menu() == Menu::Export {
        response = response.on_disabled_hover_text(tr!(ui, "interop-export-unavailable"));
    } else if command == UiCommand::ImportAnnotations {
        response = response.on_disabled_hover_text(tr!(ui, "interop-import-unavailable"));
    }
    if response.clicked() {
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
        // File ▸ Export ▸ …, after Import annotations.
        if command == UiCommand::ImportAnnotations {
            ui.menu_button(tr!(ui, "menu-export"), |ui| {
                menu_commands(app, ui, Menu::Export);
            });
        }
        if command == UiCommand::EditSample {
            ui.separator();
        }
    }
}

fn recent_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    ui.menu_button(tr!(ui, "menu-open-recent"), |ui| {
        if app.prefs.recent.is_empty() {
            ui.label(tr!(ui, "menu-recent-empty"));
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
            ("menu-file", Menu::File),
            ("menu-teacher", Menu::Teacher),
            ("menu-edit", Menu::Edit),
            ("menu-view", Menu::View),
            ("menu-help", Menu::Help),
        ] {
            ui.menu_button(ui.words().get(name), |ui| {
                menu_commands(app, ui, menu);
                if menu == Menu::View {
                    ui.separator();
                    ui.checkbox(&mut app.prefs.whole_words, tr!(ui, "menu-whole-words"));
                    language_menu(app, ui);
                }
            });
        }
    });
}

/// View ▸ Language: the system's language, or one chosen here (remembered between runs).
fn language_menu(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    ui.menu_button(tr!(ui, "menu-language"), |ui| {
        let chosen = app.prefs.language;
        let system = tr!(
            ui,
            "language-system",
            language = app.prefs.system_language.native_name()
        );
        if ui.radio(chosen.is_none(), system).clicked() {
            app.send(AppCommand::SetLanguage(None));
        }
        for language in Language::ALL {
            if ui
                .radio(chosen == Some(language), language.native_name())
                .clicked()
            {
                app.send(AppCommand::SetLanguage(Some(language)));
            }
        }
    });
}

/// Every command with a shortcut, and the label keys, in a window until closed.
pub fn shortcuts_window_ui(app: &mut CrosscheckApp, ctx: &egui::Context) {
    let mut open = app.shortcuts_open;
    egui::Window::new(tr!(ctx, "shortcuts-title"))
        .id(egui::Id::unique("shortcuts-window"))
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
                            ui.label(command.label(ctx));
                            ui.end_row();
                        }
                    }
                    for (keys, what) in [
                        (
                            tr!(ctx, "shortcuts-label-keys"),
                            tr!(ctx, "shortcuts-label-keys-what"),
                        ),
                        (tr!(ctx, "shortcuts-f6"), tr!(ctx, "shortcuts-f6-what")),
                        (
                            tr!(ctx, "shortcuts-article-words"),
                            tr!(ctx, "shortcuts-article-words-what"),
                        ),
                        (
                            tr!(ctx, "shortcuts-article-ends"),
                            tr!(ctx, "shortcuts-article-ends-what"),
                        ),
                        (
                            tr!(ctx, "shortcuts-article-pages"),
                            tr!(ctx, "shortcuts-article-pages-what"),
                        ),
                    ] {
                        ui.label(keys);
                        ui.label(what);
                        ui.end_row();
                    }
                });
        });
    app.shortcuts_open = open;
}
