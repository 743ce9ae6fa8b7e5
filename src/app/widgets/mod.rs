//! Widgets the screens share: the article view, labelled form rows, the claim palette, the
//! anchor at the top of a panel.

pub mod article_view;
pub mod forms;
pub mod palette;
pub mod theme;

/// Names a scroll area's bars for a screen reader ("Claims, scroll bar"): egui leaves them
/// unnamed. `scroll_area` is the area's id (its output's `id`); a bar not shown is left alone.
pub fn name_scroll_bars(ctx: &egui::Context, scroll_area: egui::Id, what: &str) {
    let name = tr!(ctx, "scroll-bar", what = what);
    for axis in 0..2_usize {
        let bar = scroll_area.with(axis);
        if ctx.has_accesskit_node(bar) {
            ctx.accesskit_node_builder(bar, |node| node.set_label(name.clone()));
        }
    }
}

/// The anchor at the top of a side panel, named `name`; a ring shows around the panel while it
/// has the keyboard.
pub fn panel_anchor(ui: &mut egui::Ui, name: &str) -> (egui::Id, egui::Rect) {
    let area = ui.max_rect();
    let rect = egui::Rect::from_min_size(ui.cursor().min, egui::vec2(ui.available_width(), 1.0));
    let id = ui.scope_id().with("panel-anchor");
    let response = ui.interact(rect, id, egui::Sense::focusable_noninteractive());
    let name = name.to_owned();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Group, true, &name));
    if response.has_focus() {
        ui.painter().rect_stroke(
            area.shrink(1.5),
            2.0,
            egui::Stroke::new(2.0, ui.visuals().selection.stroke.color),
            egui::StrokeKind::Inside,
        );
    }
    (id, area)
}
