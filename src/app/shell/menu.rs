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
        // The student's work: its trail and its hand-in.
        UiCommand::HandIn | UiCommand::WorkTrail => !app.teaching(),
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
    as_menu_item(ui, &response, None);
    if command.menu() == Menu::Export {
        response = response.on_disabled_hover_text(tr!(ui, "interop-export-unavailable"));
    } else if command == UiCommand::ImportAnnotations {
        response = response.on_disabled_hover_text(tr!(ui, "interop-import-unavailable"));
    }
    if response.clicked() {
        app.send(command.command());
    }
}

/// A screen reader hears a menu's entry as a menu item, and a menu's title as one that opens a
/// menu, expanded or not (`open`).
fn as_menu_item(ui: &egui::Ui, response: &egui::Response, open: Option<bool>) {
    use egui::accesskit::{HasPopup, Role};
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(Role::MenuItem);
        if let Some(open) = open {
            node.set_has_popup(HasPopup::Menu);
            node.set_expanded(open);
        }
    });
}

/// A submenu (or a menu of the bar): its title is a menu item that opens it. Returns the
/// title's id and whether the menu is open.
fn submenu(
    ui: &mut egui::Ui,
    title: String,
    add_contents: impl FnOnce(&mut egui::Ui),
) -> (egui::Id, bool) {
    let name = title.clone();
    let shown = ui.menu_button(title, |ui| {
        // The open menu is named after its title.
        if ui.ctx().has_accesskit_node(ui.unique_id()) {
            ui.ctx()
                .accesskit_node_builder(ui.unique_id(), |node| node.set_label(name));
        }
        add_contents(ui);
    });
    let open = shown.inner.is_some();
    as_menu_item(ui, &shown.response, Some(open));
    (shown.response.id, open)
}

/// The commands of one menu, in list order.
fn menu_commands(app: &mut CrosscheckApp, ui: &mut egui::Ui, menu: Menu) {
    for command in UiCommand::ALL.iter().copied().filter(|c| c.menu() == menu) {
        command_button(app, ui, command);
        if command == UiCommand::Open {
            recent_ui(app, ui);
        }
        // File ▸ Export ▸ …, after Import annotations.
        if command == UiCommand::ImportAnnotations {
            submenu(ui, tr!(ui, "menu-export"), |ui| {
                menu_commands(app, ui, Menu::Export);
            });
        }
        if command == UiCommand::EditSample {
            ui.separator();
        }
    }
}

fn recent_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    submenu(ui, tr!(ui, "menu-open-recent"), |ui| {
        if app.prefs.recent.is_empty() {
            ui.label(tr!(ui, "menu-recent-empty"));
        }
        let mut open = None;
        for path in &app.prefs.recent {
            let response = ui.button(path.display().to_string());
            as_menu_item(ui, &response, None);
            if response.clicked() {
                open = Some(path.clone());
            }
        }
        if let Some(path) = open {
            app.send(AppCommand::OpenPath(path));
        }
    });
}

/// The menu bar. Escape closes an open menu and gives the keyboard back to its title.
pub fn menu_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let memory = egui::Id::unique("menu-bar-open-title");
    // The title of the menu open in the last frame, and whether Escape was pressed then (the
    // menu closes a frame after it).
    let (open_before, escaped_before): (Option<egui::Id>, bool) =
        ui.ctx().data(|d| d.get_temp(memory)).unwrap_or_default();
    let escape = ui.input(|i| i.key_pressed(egui::Key::Escape));
    let mut open_now = None;
    egui::MenuBar::new().ui(ui, |ui| {
        // A real menu bar for a screen reader, named.
        let bar = tr!(ui, "menu-bar-accessible");
        ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
            node.set_role(egui::accesskit::Role::MenuBar);
            node.set_label(bar);
        });
        for (name, menu) in [
            ("menu-file", Menu::File),
            ("menu-teacher", Menu::Teacher),
            ("menu-edit", Menu::Edit),
            ("menu-view", Menu::View),
            ("menu-help", Menu::Help),
        ] {
            let title = ui.words().get(name);
            let shown = submenu(ui, title, |ui| {
                menu_commands(app, ui, menu);
                if menu == Menu::View {
                    ui.separator();
                    let response =
                        ui.checkbox(&mut app.prefs.whole_words, tr!(ui, "menu-whole-words"));
                    ui.ctx().accesskit_node_builder(response.id, |node| {
                        node.set_role(egui::accesskit::Role::MenuItemCheckBox);
                    });
                    language_menu(app, ui);
                }
            });
            if shown.1 {
                open_now = Some(shown.0);
            }
        }
    });
    if (escape || escaped_before)
        && open_now.is_none()
        && let Some(title) = open_before
    {
        ui.memory_mut(|m| m.request_focus(title));
    }
    let escaped = escape && open_now.is_some();
    ui.ctx()
        .data_mut(|d| d.insert_temp(memory, (open_now, escaped)));
}

/// View ▸ Language: the system's language, or one chosen here (remembered between runs).
fn language_menu(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    submenu(ui, tr!(ui, "menu-language"), |ui| {
        let chosen = app.prefs.language;
        let system = tr!(
            ui,
            "language-system",
            language = app.prefs.system_language.native_name()
        );
        let radio_item = |ui: &mut egui::Ui, on: bool, text: String| {
            let response = ui.radio(on, text);
            ui.ctx().accesskit_node_builder(response.id, |node| {
                node.set_role(egui::accesskit::Role::MenuItemRadio);
            });
            response.clicked()
        };
        if radio_item(ui, chosen.is_none(), system) {
            app.send(AppCommand::SetLanguage(None));
        }
        for language in Language::ALL {
            if radio_item(
                ui,
                chosen == Some(language),
                language.native_name().to_owned(),
            ) {
                app.send(AppCommand::SetLanguage(Some(language)));
            }
        }
    });
}

/// Every command with a shortcut, and the label keys, in a window until closed.
///
/// It takes the keyboard when it opens (its Close button) and gives it back, where it was, when it
/// closes (Close, Escape, F1, or its title bar's ✕).
pub fn shortcuts_window_ui(app: &mut CrosscheckApp, ctx: &egui::Context) {
    let mut open = app.shortcuts_open;
    if open && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
        open = false;
    }
    let just_opened = super::focus::dialog(ctx, "shortcuts", open);
    let mut close = false;
    egui::Window::new(tr!(ctx, "shortcuts-title"))
        .id(egui::Id::unique("shortcuts-window"))
        .open(&mut open)
        .collapsible(false)
        .show(ctx, |ui| {
            let button = ui.button(tr!(ctx, "shortcuts-close"));
            if just_opened {
                button.request_focus();
            }
            close = button.clicked();
            egui::Grid::new("shortcuts-grid")
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    for &command in UiCommand::ALL {
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
                            tr!(ctx, "shortcuts-article-lines"),
                            tr!(ctx, "shortcuts-article-lines-what"),
                        ),
                        (
                            tr!(ctx, "shortcuts-article-claims"),
                            tr!(ctx, "shortcuts-article-claims-what"),
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
    app.shortcuts_open = open && !close;
}
