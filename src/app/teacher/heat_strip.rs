//! The class's heat strip beside the key: per visible paragraph, how many students flagged it.

use std::collections::BTreeMap;

use super::super::widgets::article_view::ArticleView;
use super::super::widgets::theme;
use crate::core::lesson::Lesson;

/// Per visible paragraph: how many students flagged it, as a shade and a number, with the split
/// of labels and stances on hover.
pub fn heat_strip_ui(
    ui: &mut egui::Ui,
    strip: egui::Rect,
    view: &ArticleView,
    tallies: &BTreeMap<usize, crate::core::grade::ParagraphTally>,
    total: usize,
    lesson: &Lesson,
) {
    let painter = ui.painter_at(strip);
    painter.rect_filled(strip, 2.0, theme::heat_background(ui.visuals()));
    let mut seen = std::collections::BTreeSet::new();
    for (paragraph, rect) in view.placed_paragraphs() {
        let Some(tally) = tallies.get(&paragraph) else {
            continue;
        };
        let top = rect.top().max(strip.top());
        let bottom = rect.bottom().min(strip.bottom());
        if bottom <= top {
            continue;
        }
        let band = egui::Rect::from_min_max(
            egui::pos2(strip.left(), top),
            egui::pos2(strip.right(), bottom),
        );
        let share = tally.students as f32 / total.max(1) as f32;
        painter.rect_filled(
            band.shrink2(egui::vec2(2.0, 1.0)),
            2.0,
            theme::heat_fill(share, ui.visuals()),
        );
        if !seen.insert(paragraph) {
            continue;
        }
        painter.text(
            egui::pos2(band.center().x, band.top() + 2.0),
            egui::Align2::CENTER_TOP,
            tally.students.to_string(),
            egui::FontId::proportional(12.0),
            ui.visuals().strong_text_color(),
        );
        let labels: Vec<String> = tally
            .labels
            .iter()
            .map(|(l, n)| {
                format!(
                    "{} ×{n}",
                    lesson
                        .label(l)
                        .map_or(l.as_str(), |(_, label)| label.name.as_str())
                )
            })
            .collect();
        let stances: Vec<String> = tally
            .stances
            .iter()
            .map(|(s, n)| format!("{} ×{n}", super::class::stance_words(ui, s)))
            .collect();
        let summary = tr!(
            ui,
            "teacher-heat-strip-summary",
            paragraph = paragraph + 1,
            students = tally.students,
            total = total,
            claims = tr!(ui, "claims-count", count = tally.claims)
        );
        let none = || tr!(ui, "teacher-none");
        let detail = tr!(
            ui,
            "teacher-heat-strip-detail",
            summary = summary.as_str(),
            labels = if labels.is_empty() {
                none()
            } else {
                labels.join(", ")
            },
            stances = if stances.is_empty() {
                none()
            } else {
                stances.join(", ")
            }
        );
        let response = ui.interact(
            band,
            ui.make_persistent_id(("heat-strip", paragraph)),
            egui::Sense::hover(),
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &summary));
        response.on_hover_text(crate::app::glyphs::shown(ui, &detail).into_owned());
    }
}
