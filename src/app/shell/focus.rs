//! Getting around by keyboard: F6 (Shift+F6 back) moves the keyboard between the parts of the
//! window — the lesson panel, the article, the inspector — and the first Tab, before anything has
//! the keyboard, goes straight to the article. Each side panel starts with an anchor: a control
//! that takes the keyboard and names the panel for a screen reader, so that Tab goes on from
//! there into the panel.

use super::super::CrosscheckApp;

/// The parts of the window the keyboard moves between, as the last frame drew them.
#[derive(Clone, Copy, Debug, Default)]
pub struct Parts {
    /// The left panel's anchor and its area.
    pub left: Option<(egui::Id, egui::Rect)>,
    /// The centre's area (the article, or the review).
    pub centre: Option<egui::Rect>,
    /// The centre's anchor when it shows no article (the Numbers panel): where the keyboard goes
    /// in the centre.
    pub centre_anchor: Option<egui::Id>,
    /// The inspector's anchor and its area.
    pub right: Option<(egui::Id, egui::Rect)>,
}

/// F6, Shift+F6 and the first Tab.
pub fn navigate(app: &CrosscheckApp, ctx: &egui::Context) {
    let article = if app.numbers.open {
        app.focus_parts.centre_anchor
    } else {
        app.views
            .get(&app.current_document)
            .and_then(super::super::widgets::article_view::ArticleView::focus_id)
    };
    let focused = ctx.memory(egui::Memory::focused);
    if focused.is_none()
        && let Some(article) = article
        && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Tab))
    {
        // egui has already set out to move the keyboard to the first control: not this time.
        ctx.memory_mut(|m| {
            m.request_focus(article);
            m.move_focus(egui::FocusDirection::None);
        });
        return;
    }
    let back = ctx.input_mut(|i| i.consume_key(egui::Modifiers::SHIFT, egui::Key::F6));
    if !back && !ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::F6)) {
        return;
    }
    let parts = &app.focus_parts;
    // In the order the eye reads the window; the centre's stop is the article when there is one.
    let stops: Vec<(Option<egui::Id>, Option<egui::Rect>)> = vec![
        (parts.left.map(|(id, _)| id), parts.left.map(|(_, r)| r)),
        (article, parts.centre),
        (parts.right.map(|(id, _)| id), parts.right.map(|(_, r)| r)),
    ];
    let at = focused
        .and_then(|id| ctx.read_response(id))
        .map(|r| r.rect.center())
        .and_then(|p| {
            stops
                .iter()
                .position(|(_, r)| r.is_some_and(|r| r.contains(p)))
        });
    let n = stops.len();
    let mut next = match (at, back) {
        (Some(i), false) => (i + 1) % n,
        (Some(i), true) => (i + n - 1) % n,
        (None, _) => 1,
    };
    for _ in 0..n {
        if let Some(id) = stops[next].0 {
            ctx.memory_mut(|m| m.request_focus(id));
            return;
        }
        next = if back {
            (next + n - 1) % n
        } else {
            (next + 1) % n
        };
    }
}

/// A dialog that takes the keyboard when it opens and gives it back, where it was, when it
/// closes. Call it every frame with whether the dialog shows (`name` tells the dialogs apart);
/// it returns true in the frame the dialog opens, when its first control should take the
/// keyboard (`Response::request_focus`).
pub fn dialog(ctx: &egui::Context, name: &str, open: bool) -> bool {
    let memory = egui::Id::unique("dialog-return-focus").with(name);
    // (showing in the last frame, where the keyboard was before it opened)
    let (was_open, return_to) = ctx
        .data(|d| d.get_temp::<(bool, Option<egui::Id>)>(memory))
        .unwrap_or_default();
    let just_opened = open && !was_open;
    let return_to = if just_opened {
        ctx.memory(egui::Memory::focused)
    } else {
        return_to
    };
    if was_open
        && !open
        && let Some(id) = return_to
    {
        ctx.memory_mut(|m| m.request_focus(id));
    }
    ctx.data_mut(|d| d.insert_temp(memory, (open, return_to)));
    just_opened
}
