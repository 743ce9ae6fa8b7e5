//! The Review tab's centre: a student's highlights beside the key with the class's heat strip
//! (the inspector beside it is `review_inspector`); in the Process view, the highlights as they
//! were at the moment the slider shows (`process_ui` above them).

use std::collections::BTreeMap;

use super::super::widgets::article_view::{HighlightIndex, HighlightKey};
use super::super::{AppCommand, CrosscheckApp};
use super::heat_strip::heat_strip_ui;

/// The review's centre: the student's highlights and the key side by side, with the class's
/// heat strip beside the key.
pub fn review_central_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    super::super::student::document_tabs_ui(app, ui);
    ui.separator();
    if app.numbers.open {
        super::super::student::numbers_ui(app, ui, true);
        return;
    }
    if app.teacher.as_ref().is_some_and(|d| d.class.is_some()) {
        super::process_ui::toggle_ui(app, ui);
        if app
            .teacher
            .as_ref()
            .and_then(|d| d.class.as_ref())
            .is_some_and(|c| c.process.on)
        {
            super::process_ui::process_ui(app, ui);
            ui.separator();
        }
    }
    let doc = app.current_document.clone();
    let font_size = app.prefs.font_size;
    let empty = HighlightIndex::default();
    let key_highlights = app.derived.highlights.get(&doc).unwrap_or(&empty);
    let key_selected = app.selected_claim.clone();
    let Some(desk) = app.teacher.as_mut() else {
        return;
    };
    let Some(class) = desk.class.as_mut() else {
        ui.label(tr!(ui, "review-no-class"));
        return;
    };
    let mut student_name = class
        .students
        .get(class.selected)
        .map_or(String::new(), |s| s.session.student.clone());
    if let Some(moment) = class.process.shown()
        && let Some(clock) = class
            .process
            .built
            .as_ref()
            .and_then(|b| b.clock.get(moment.entry))
    {
        student_name = tr!(
            ui,
            "process-student-at",
            student = student_name,
            time = clock.as_str()
        );
    }
    let total = class.students.len();
    let no_tallies = BTreeMap::new();
    let tallies = class.overview.paragraphs.get(&doc).unwrap_or(&no_tallies);
    let mut clicked_student = None;
    let mut clicked_key = None;
    ui.columns(2, |columns| {
        let heading = tr!(
            &columns[0],
            "review-student-highlights",
            student = student_name
        );
        columns[0].strong(heading);
        if let Some(view) = class.views.get_mut(&doc) {
            // In the Process view, the highlights as they were at the slider's moment.
            let highlights = match class.process.shown() {
                Some(moment) => moment.highlights.get(&doc),
                None => class.highlights.get(&doc),
            }
            .unwrap_or(&empty);
            let out = view.ui(
                &mut columns[0],
                font_size,
                highlights,
                class.selected_claim.as_deref(),
            );
            if let Some(HighlightKey::Claim(id)) = out.clicked {
                clicked_student = Some(id);
            }
        }
        let heading = tr!(&columns[1], "review-key-heading");
        columns[1].strong(heading);
        let ui = &mut columns[1];
        let full = ui.available_rect_before_wrap();
        let strip = egui::Rect::from_min_max(full.min, egui::pos2(full.min.x + 34.0, full.max.y));
        let rest = egui::Rect::from_min_max(egui::pos2(full.min.x + 40.0, full.min.y), full.max);
        if let Some(view) = app.views.get_mut(&doc) {
            let out = ui
                .scope_builder(egui::UiBuilder::new().max_rect(rest), |ui| {
                    view.ui(ui, font_size, key_highlights, key_selected.as_deref())
                })
                .inner;
            if let Some(HighlightKey::Claim(id)) = out.clicked {
                clicked_key = Some(id);
            }
            heat_strip_ui(ui, strip, view, tallies, total, &app.lesson.lesson);
        }
    });
    if let Some(id) = clicked_student {
        class.selected_claim = Some(id);
    }
    if let Some(id) = clicked_key {
        app.send(AppCommand::SelectClaim(Some(id)));
    }
}
