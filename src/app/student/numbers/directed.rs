//! The Numbers panel's words in their own direction: a quote, an outlet or a value in Arabic or
//! Hebrew is laid out by the article view's right-to-left layout (`article_view::bidi`: words in
//! visual order, right-aligned when the text reads right to left); any other text is an ordinary
//! label. Layouts are kept while they are drawn (what was not drawn in the last frame is
//! dropped), so a frame lays out only what came on screen, and nothing grows with the lesson.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash as _, Hasher as _};
use std::sync::Arc;

use egui::text::{CCursor, LayoutJob};
use egui::{Color32, FontId, Galley, Pos2, RichText, Sense, Vec2};

use crate::app::widgets::article_view::{Base, BidiLayout, bidi_layout, bidi_needed};

/// How a text looks.
#[derive(Clone, PartialEq)]
pub(super) struct Look {
    pub font: FontId,
    pub color: Color32,
    pub italics: bool,
    /// Which way its paragraph reads: the text's own (a quote, an outlet), or the interface's,
    /// left to right (a line of the panel's with words of the document inside).
    pub base: Base,
}

impl Look {
    /// The body font in the text colour.
    pub fn body(ui: &egui::Ui) -> Self {
        Self {
            font: egui::TextStyle::Body.resolve(ui.style()),
            color: ui.visuals().text_color(),
            italics: false,
            base: Base::Auto,
        }
    }

    /// The same, in a line of the interface (left to right, whatever its first word).
    pub fn in_interface(self) -> Self {
        Self {
            base: Base::Ltr,
            ..self
        }
    }

    /// The body font, strong.
    pub fn strong(ui: &egui::Ui) -> Self {
        Self {
            color: ui.visuals().strong_text_color(),
            ..Self::body(ui)
        }
    }

    /// The body font, weak.
    pub fn weak(ui: &egui::Ui) -> Self {
        Self {
            color: ui.visuals().weak_text_color(),
            ..Self::body(ui)
        }
    }

    /// The body font, in italics (left-to-right text only: egui slants Latin letters, and a
    /// slanted Arabic or Hebrew line reads worse, so right-to-left text keeps upright).
    pub fn quote(ui: &egui::Ui) -> Self {
        Self {
            italics: true,
            ..Self::body(ui)
        }
    }
}

/// A text laid out.
enum Laid {
    /// With right-to-left letters: the article view's layout, and the width it takes.
    Directed { layout: BidiLayout, width: f32 },
    /// Left to right only: egui's own galley.
    Plain(Arc<Galley>),
}

struct Entry {
    laid: Laid,
    /// Drawn in this frame (else dropped at the next).
    used: bool,
    /// Its top-left corner on screen, where it was drawn in this frame.
    pos: Option<Pos2>,
}

/// The panel's laid-out texts, kept while they are on screen.
#[derive(Default)]
pub(super) struct DirectedTexts {
    entries: HashMap<u64, Entry>,
    /// The entry each text was drawn with in this frame, by the text's hash.
    drawn: HashMap<u64, u64>,
}

fn hash_of(text: &str) -> u64 {
    let mut h = DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

impl DirectedTexts {
    /// Whether `text` has right-to-left letters, digits or direction controls (else an
    /// ordinary label lays it out as well).
    pub fn needed(text: &str) -> bool {
        bidi_needed(text)
    }

    /// Starts a frame: what was not drawn in the last one is dropped.
    pub fn new_frame(&mut self) {
        self.entries.retain(|_, e| e.used);
        for entry in self.entries.values_mut() {
            entry.used = false;
            entry.pos = None;
        }
        self.drawn.clear();
    }

    /// The key of `text` laid out in `look` within `wrap_width`, laid out now if it was not.
    /// `tight`: as wide as the text when it fits on one line (a word in a row of others, or a
    /// line of the interface, which starts at the left); otherwise a right-to-left paragraph
    /// takes the whole width and ends at its right edge, as it reads.
    fn lay_out(
        &mut self,
        ui: &egui::Ui,
        text: &str,
        look: &Look,
        (wrap_width, tight): (f32, bool),
    ) -> u64 {
        let mut h = DefaultHasher::new();
        let base = match look.base {
            Base::Auto => 0_u8,
            Base::Ltr => 1,
            Base::Rtl => 2,
        };
        (text, &look.font, look.color, look.italics, base).hash(&mut h);
        (wrap_width.to_bits(), tight).hash(&mut h);
        let key = h.finish();
        self.entries.entry(key).or_insert_with(|| {
            let laid = if bidi_needed(text) {
                let width = if tight {
                    let natural = ui
                        .painter()
                        .layout_no_wrap(text.to_owned(), look.font.clone(), look.color)
                        .size()
                        .x;
                    (natural.ceil() + 2.0).min(wrap_width).max(1.0)
                } else {
                    wrap_width
                };
                let layout =
                    bidi_layout(ui, text, look.base, (&look.font, look.color), (width, 0.0));
                Laid::Directed { layout, width }
            } else {
                let mut job = LayoutJob::single_section(
                    text.to_owned(),
                    egui::TextFormat {
                        font_id: look.font.clone(),
                        color: look.color,
                        italics: look.italics,
                        ..Default::default()
                    },
                );
                job.wrap.max_width = wrap_width;
                Laid::Plain(ui.painter().layout_job(job))
            };
            Entry {
                laid,
                used: false,
                pos: None,
            }
        });
        key
    }

    /// A label of `text` in its own direction, wrapped within the width available; screen
    /// readers get the text.
    pub fn label(&mut self, ui: &mut egui::Ui, text: &str, look: &Look) -> egui::Response {
        // The document's words: a stretch no font can draw is named, never drawn as boxes.
        let shown = crate::app::glyphs::shown(ui, text);
        let text = shown.as_ref();
        let tight = look.base == Base::Ltr;
        let key = self.lay_out(ui, text, look, (ui.available_width().max(24.0), tight));
        let Some(entry) = self.entries.get_mut(&key) else {
            return ui.label(text);
        };
        let response = match &entry.laid {
            Laid::Plain(galley) => ui.add(egui::Label::new(Arc::clone(galley))),
            Laid::Directed { layout, width } => {
                let size = Vec2::new(*width, layout.height);
                let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
                if ui.is_rect_visible(rect) {
                    layout.paint(ui.painter(), rect.min, look.color);
                }
                response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
                response
            }
        };
        entry.used = true;
        entry.pos = Some(response.rect.min);
        self.drawn.insert(hash_of(text), key);
        response
    }

    /// A link of `text` in its own direction (strong, in the link colour), named `name` for
    /// screen readers: it takes the keyboard's focus, and Enter or Space clicks it.
    pub fn link(&mut self, ui: &mut egui::Ui, text: &str, name: &str) -> egui::Response {
        let (shown, said) = (
            crate::app::glyphs::shown(ui, text),
            crate::app::glyphs::shown(ui, name),
        );
        let (text, name) = (shown.as_ref(), said.as_ref());
        let colour = ui.visuals().hyperlink_color;
        if !bidi_needed(text) {
            let link = ui.link(RichText::new(text).strong().color(colour));
            link.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, name));
            keep_in_view(&link);
            return link;
        }
        let look = Look {
            color: colour,
            ..Look::body(ui)
        };
        let key = self.lay_out(ui, text, &look, (ui.available_width().max(24.0), true));
        let Some(entry) = self.entries.get_mut(&key) else {
            return ui.link(text);
        };
        let Laid::Directed { layout, width } = &entry.laid else {
            return ui.link(text);
        };
        let size = Vec2::new(*width, layout.height);
        let (rect, response) = ui.allocate_exact_size(size, Sense::click());
        if ui.is_rect_visible(rect) {
            layout.paint(ui.painter(), rect.min, colour);
            if response.hovered() || response.has_focus() {
                // Underlined, as egui underlines a link it is pointed at.
                let y = rect.bottom() - 1.0;
                ui.painter()
                    .hline(rect.x_range(), y, egui::Stroke::new(1.0, colour));
            }
            if response.has_focus() {
                let stroke = ui.visuals().selection.stroke;
                ui.painter()
                    .rect_stroke(rect.expand(2.0), 2.0, stroke, egui::StrokeKind::Outside);
            }
        }
        let response = response.on_hover_cursor(egui::CursorIcon::PointingHand);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, name));
        keep_in_view(&response);
        entry.used = true;
        entry.pos = Some(rect.min);
        self.drawn.insert(hash_of(text), key);
        response
    }

    /// Where the caret before char `index` of `text` was drawn in the last frame (its x on
    /// screen), if the text was drawn: how tests see the direction a text was laid out in.
    pub fn x_of(&self, text: &str, index: usize) -> Option<f32> {
        let entry = self.entries.get(self.drawn.get(&hash_of(text))?)?;
        let pos = entry.pos?;
        match &entry.laid {
            Laid::Directed { layout, .. } => Some(pos.x + layout.caret_rect(index, false)?.min.x),
            Laid::Plain(galley) => Some(pos.x + galley.pos_from_cursor(CCursor::new(index)).min.x),
        }
    }
}

/// A widget the keyboard has just reached is scrolled into view (egui leaves it where it is,
/// perhaps off screen).
pub(super) fn keep_in_view(response: &egui::Response) {
    if response.gained_focus() {
        response.scroll_to_me(None);
    }
}
