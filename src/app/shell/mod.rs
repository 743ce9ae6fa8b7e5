//! The window around the desks: the panels' layout, the menu bar, the status bar and the dialogs.

mod about;
pub use about::About;
mod dialogs;
pub mod focus;
mod menu;
mod status;

use super::CrosscheckApp;
use super::{student, teacher, widgets};

/// Draws the whole window.
pub fn all_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    egui::Panel::top("menu").show(ui, |ui| menu::menu_ui(app, ui));
    egui::Panel::bottom("status").show(ui, |ui| status::status_ui(app, ui));
    // Once for the window: text no font on this computer can draw, and what to install.
    crate::app::glyphs::notice_ui(ui);
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
                    Some(widgets::panel_anchor(ui, &tr!(ui, "shell-panel-teacher")));
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
                    Some(widgets::panel_anchor(ui, &tr!(ui, "shell-panel-lesson")));
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
                    Some(widgets::panel_anchor(ui, &tr!(ui, "shell-panel-inspector")));
                if tab == Some(teacher::Tab::Review) {
                    teacher::review_inspector_ui(app, ui);
                } else {
                    // On the teacher's desk, the key item's own fields under the claim's.
                    student::inspector_ui(app, ui, teacher::key_item_ui);
                }
            });
    }
    // A panel folded away (a narrow window, or hidden) leaves a button on its side that says
    // so and brings it back.
    if !show_left {
        folded_panel_button(app, ui, super::UiCommand::ToggleLessonPanel, tab.is_some());
    }
    if !show_right {
        folded_panel_button(app, ui, super::UiCommand::ToggleInspector, tab.is_some());
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
    // "My work trail": it takes the keyboard when it opens and gives it back when it closes.
    let trail_open = focus::dialog(
        ui.ctx(),
        "work-trail",
        app.trail.window_open && !app.teaching(),
    );
    student::trail_window_ui(app, &ui.ctx().clone(), trail_open);
    about::about_window_ui(app, &ui.ctx().clone());
    dialogs::discard_modal_ui(app, ui);
    dialogs::reveal_key_modal_ui(app, ui);
    dialogs::dialogs_ui(app, ui);
}

/// The thin strip a folded panel leaves: one button, "Lesson »" on the left ("Teacher »" on the
/// teacher's desk), "« Inspector" on the right, named with what it does and its keys.
fn folded_panel_button(
    app: &mut CrosscheckApp,
    ui: &mut egui::Ui,
    command: super::UiCommand,
    teaching: bool,
) {
    let left = command == super::UiCommand::ToggleLessonPanel;
    let (id, short) = match (left, teaching) {
        (true, false) => ("lesson-folded", "shell-folded-lesson"),
        (true, true) => ("teacher-folded", "shell-folded-teacher"),
        (false, _) => ("inspector-folded", "shell-folded-inspector"),
    };
    let panel = if left {
        egui::Panel::left(id)
    } else {
        egui::Panel::right(id)
    };
    // As narrow as its button.
    panel
        .resizable(false)
        .default_size(0.0)
        .size_range(0.0..=160.0)
        .show(ui, |ui| {
            let keys = command.shortcut_text(ui.ctx()).unwrap_or_default();
            let name = tr!(
                ui,
                "shell-folded-show",
                what = command.label(ui),
                keys = keys
            );
            let text = crate::app::i18n::Speaks::words(ui).get(short);
            let button = ui
                .add(egui::Button::new(text).wrap_mode(egui::TextWrapMode::Extend))
                .on_hover_text(&name);
            button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if button.clicked() {
                app.send(command.command());
            }
        });
}
