//! The pointer in the article view: which char is under it (on a line two blocks share, the
//! block on that side of where the first ends), hovering claims, clicks, double clicks, drags
//! that select (and scroll past the view's edge), Shift+click to extend.

use std::sync::Arc;

use egui::{Galley, Pos2, Vec2};

use super::{ArticleView, HighlightIndex, HighlightKey, ViewOutput};

impl ArticleView {
    pub(super) fn char_at(
        &self,
        pointer: Pos2,
        placed: &[(usize, Pos2, Arc<Galley>)],
    ) -> Option<usize> {
        self.hit(pointer, placed).map(|(at, _)| at)
    }

    /// The char under the pointer, and whether the caret there goes with the char before it.
    pub(super) fn hit(
        &self,
        pointer: Pos2,
        placed: &[(usize, Pos2, Arc<Galley>)],
    ) -> Option<(usize, bool)> {
        let at = placed
            .iter()
            .position(|(i, pos, g)| pointer.y < pos.y + self.block_size(*i, g).y)
            .unwrap_or(placed.len().saturating_sub(1));
        // On a line two blocks of a paragraph share, the one on that side of where the first ends.
        let at = match (placed.get(at), placed.get(at + 1)) {
            (Some((i, pos, _)), Some((next, next_pos, _)))
                if *next == i + 1
                    && !self.blocks[*next].paragraph_start
                    && pointer.y >= next_pos.y =>
            {
                let end = self.ends[*i].unwrap_or(f32::INFINITY);
                let x = pointer.x - pos.x;
                let rtl = self.bidi.get(i).is_some_and(|l| l.rtl);
                let width = self.layout_key.0 as f32;
                if (rtl && x < width - end) || (!rtl && x >= end) {
                    at + 1
                } else {
                    at
                }
            }
            _ => at,
        };
        let (index, pos, galley) = placed.get(at)?;
        let (local, upstream) = match self.bidi.get(index) {
            Some(lines) => lines.char_at((pointer - *pos).to_pos2()),
            None => (galley.cursor_from_pos(pointer - *pos).index.0, false),
        };
        Some((self.blocks[*index].chars.start + local, upstream))
    }

    pub(super) fn handle_pointer(
        &mut self,
        ui: &egui::Ui,
        response: &egui::Response,
        placed: &[(usize, Pos2, Arc<Galley>)],
        highlights: &HighlightIndex,
        output: &mut ViewOutput,
    ) {
        let shift = ui.input(|i| i.modifiers.shift);
        if let Some(pointer) = response.hover_pos()
            && let Some(at) = self.char_at(pointer, placed)
        {
            output.hovered = highlights
                .overlapping(at..at + 1)
                .filter(|h| matches!(h.key, HighlightKey::Claim(_)))
                .map(|h| h.key.clone())
                .collect();
        }
        if response.double_clicked() {
            if let Some(pointer) = response.interact_pointer_pos()
                && let Some(at) = self.char_at(pointer, placed)
            {
                self.selection = self.word_at(at).map(|r| (r.start, r.end));
            }
            return;
        }
        if response.drag_started()
            && let Some(origin) = ui.input(|i| i.pointer.press_origin())
            && let Some(pointer) = response.interact_pointer_pos()
            && let Some(from) = self.char_at(origin, placed)
            && let Some(at) = self.char_at(pointer, placed)
        {
            // The drag is noticed only once the pointer has moved: anchor where it was pressed.
            response.request_focus();
            match (shift, self.selection) {
                (true, Some((anchor, _))) => self.selection = Some((anchor, at)),
                _ => self.selection = Some((from, at)),
            }
        } else if response.dragged()
            && let Some(pointer) = response.interact_pointer_pos()
            && let Some(at) = self.char_at(pointer, placed)
            && let Some((anchor, _)) = self.selection
        {
            self.selection = Some((anchor, at));
            // Keep selecting past the edge of the view.
            let rect = ui.clip_rect();
            if pointer.y > rect.max.y - 20.0 || pointer.y < rect.min.y + 20.0 {
                ui.scroll_with_delta(Vec2::new(
                    0.0,
                    if pointer.y < rect.min.y + 20.0 {
                        12.0
                    } else {
                        -12.0
                    },
                ));
            }
        } else if response.clicked()
            && let Some(pointer) = response.interact_pointer_pos()
            && let Some((at, upstream)) = self.hit(pointer, placed)
        {
            self.upstream = upstream;
            response.request_focus();
            if shift && let Some((anchor, _)) = self.selection {
                self.selection = Some((anchor, at));
            } else {
                // A click leaves a caret there: Shift+arrows select from it.
                self.selection = Some((at, at));
                output.clicked = highlights
                    .overlapping(at..at + 1)
                    .filter(|h| matches!(h.key, HighlightKey::Claim(_)))
                    .min_by_key(|h| h.range.len())
                    .map(|h| h.key.clone());
            }
        }
    }
}
