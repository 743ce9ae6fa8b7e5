//! Widgets the screens share: the article view, labelled form rows, the claim palette.

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
