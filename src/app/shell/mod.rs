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
    // The article keeps at least half the window: each side panel takes at most 22 %, and
    // below `PANELS_MIN_WIDTH` they fold away (View, or Ctrl+Shift+L and Ctrl+Shift+I, bring
    // them back). Each desk has its own panels, so their widths do not carry over.
    let width = ui.ctx().content_rect().width();
    // The review is read on projectors: its inspector (the key, the scores, the comments) takes
    // up to 28 % and its class list 17 %, so the student's article still keeps half.
    let review = tab == Some(teacher::Tab::Review);
    let side = |default: f32, share: f32| {
        let most = (width * share).max(140.0);
        (default.min(most), 140.0..=most)
    };
    app.focus_parts.left = None;
    app.focus_parts.right = None;
    app.focus_parts.centre_anchor = None;
    let show_left = app.prefs.left_panel.shown(width);
    let show_right = app.prefs.right_panel.shown(width);
    if tab.is_some() && show_left {
        let (size, range) = if review {
            side(260.0, 0.17)
        } else {
            side(360.0, 0.22)
        };
        egui::Panel::left(if review { "teacher-review" } else { "teacher" })
            .resizable(true)
            .default_size(size)
            .size_range(range)
            .show(ui, |ui| {
                // A panel is as wide as what it holds: filled, it keeps the width it was given.
                ui.set_min_width(ui.available_width());
                app.focus_parts.left =
                    Some(focus::panel_anchor(ui, &tr!(ui, "shell-panel-teacher")));
                teacher::left_ui(app, ui);
            });
    } else if show_left {
        let (size, range) = side(280.0, 0.22);
        egui::Panel::left("lesson")
            .resizable(true)
            .default_size(size)
            .size_range(range)
            .show(ui, |ui| {
                // A panel is as wide as what it holds: filled, it keeps the width it was given.
                ui.set_min_width(ui.available_width());
                app.focus_parts.left =
                    Some(focus::panel_anchor(ui, &tr!(ui, "shell-panel-lesson")));
                student::lesson_ui(app, ui);
            });
    }
    if show_right {
        let (size, range) = if review {
            side(460.0, 0.28)
        } else {
            side(340.0, 0.22)
        };
        let id = match tab {
            Some(teacher::Tab::Review) => "review-inspector",
            Some(_) => "teacher-inspector",
            None => "inspector",
        };
        egui::Panel::right(id)
            .resizable(true)
            .default_size(size)
            .size_range(range)
            .show(ui, |ui| {
                // A panel is as wide as what it holds: filled, it keeps the width it was given.
                ui.set_min_width(ui.available_width());
                app.focus_parts.right =
                    Some(focus::panel_anchor(ui, &tr!(ui, "shell-panel-inspector")));
                if tab == Some(teacher::Tab::Review) {
                    teacher::review_inspector_ui(app, ui);
                } else {
                    student::inspector_ui(app, ui);
                }
            });
    }
    egui::CentralPanel::default().show(ui, |ui| {
        app.focus_parts.centre = Some(ui.max_rect());
        if tab == Some(teacher::Tab::Review) {
            teacher::review_central_ui(app, ui);
        } else {
            student::central_ui(app, ui);
        }
    });
    teacher::revision_window_ui(app, ui);
    teacher::import_preview_ui(app, ui);
    menu::shortcuts_window_ui(app, &ui.ctx().clone());
    dialogs::discard_modal_ui(app, ui);
    dialogs::reveal_key_modal_ui(app, ui);
    dialogs::dialogs_ui(app, ui);
}
