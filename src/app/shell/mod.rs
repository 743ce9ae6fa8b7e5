//! The window around the desks: the panels' layout, the menu bar, the status bar and the dialogs.

mod dialogs;
pub mod focus;
mod menu;
mod status;

use super::CrosscheckApp;
use super::{student, teacher};

/// Draws the whole window.
pub fn all_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    egui::Panel::top("menu").show(ui, |ui| menu::menu_ui(app, ui));
    egui::Panel::bottom("status").show(ui, |ui| status::status_ui(app, ui));
    let tab = app.teacher.as_ref().map(|d| d.tab);
    if tab.is_some() {
        egui::Panel::left("teacher")
            .resizable(true)
            .default_size(360.0)
            .show(ui, |ui| {
                app.focus_parts.left =
                    Some(focus::panel_anchor(ui, &tr!(ui, "shell-panel-teacher")));
                teacher::left_ui(app, ui);
            });
    } else {
        egui::Panel::left("lesson")
            .resizable(true)
            .default_size(280.0)
            .show(ui, |ui| {
                app.focus_parts.left =
                    Some(focus::panel_anchor(ui, &tr!(ui, "shell-panel-lesson")));
                student::lesson_ui(app, ui);
            });
    }
    egui::Panel::right("inspector")
        .resizable(true)
        .default_size(340.0)
        .show(ui, |ui| {
            app.focus_parts.right =
                Some(focus::panel_anchor(ui, &tr!(ui, "shell-panel-inspector")));
            if tab == Some(teacher::Tab::Review) {
                teacher::review_inspector_ui(app, ui);
            } else {
                student::inspector_ui(app, ui);
            }
        });
    egui::CentralPanel::default().show(ui, |ui| {
        app.focus_parts.centre = Some(ui.max_rect());
        if tab == Some(teacher::Tab::Review) {
            teacher::review_central_ui(app, ui);
        } else {
            student::central_ui(app, ui);
        }
    });
    teacher::revision_window_ui(app, ui);
    menu::shortcuts_window_ui(app, &ui.ctx().clone());
    dialogs::discard_modal_ui(app, ui);
    dialogs::dialogs_ui(app, ui);
}
