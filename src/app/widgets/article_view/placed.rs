//! What the last frame drew, and where: for things drawn beside the text (the heat strip), for
//! tests, and the geometry of a block however it is laid out (one galley, or right-to-left lines).

use std::ops::Range;

use egui::text::CCursor;
use egui::{Galley, Pos2, Rect, Vec2};

use super::{ArticleView, range_rects};

impl ArticleView {
    /// The paragraphs drawn in the last frame and the screen rectangles of their blocks (a long
    /// paragraph is cut into several blocks), for things drawn beside the text.
    pub fn placed_paragraphs(&self) -> Vec<(usize, Rect)> {
        self.last_placed
            .iter()
            .map(|(i, pos, galley)| {
                (
                    self.text.paragraph_at_char(self.blocks[*i].chars.start),
                    Rect::from_min_size(*pos, self.block_size(*i, galley)),
                )
            })
            .collect()
    }

    /// The text of the blocks drawn in the last frame, as drawn (a character no font has is
    /// its placeholder), for tests.
    pub fn text_shown(&self) -> String {
        self.last_placed
            .iter()
            .map(|(_, _, galley)| galley.text())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// How many rows the last frame's layout of a paragraph's first block has (for tests of line
    /// breaking), if it was drawn.
    pub fn rows_shown(&self, paragraph: usize) -> Option<usize> {
        self.last_placed
            .iter()
            .find(|(i, _, _)| self.text.paragraph_at_char(self.blocks[*i].chars.start) == paragraph)
            .map(|(_, _, galley)| galley.rows.len())
    }

    /// The screen rectangles covering a char range of the document, as the last frame drew them
    /// (a range over a direction change gets one rectangle per visual piece).
    pub fn screen_rects_of(&self, range: &Range<usize>) -> Vec<Rect> {
        let mut out = Vec::new();
        for (index, pos, galley) in &self.last_placed {
            let chars = &self.blocks[*index].chars;
            if range.start >= chars.end || range.end <= chars.start {
                continue;
            }
            let local =
                range.start.max(chars.start) - chars.start..range.end.min(chars.end) - chars.start;
            out.extend(
                self.block_rects(*index, galley, &local)
                    .into_iter()
                    .map(|r| r.translate(pos.to_vec2())),
            );
        }
        out
    }

    /// Where on screen a char of the document was drawn in the last frame, if it was.
    pub fn screen_pos_of_char(&self, char_offset: usize) -> Option<Pos2> {
        let (index, pos, galley) = self.last_placed.iter().find(|(i, _, _)| {
            self.blocks[*i].chars.contains(&char_offset) || self.blocks[*i].chars.end == char_offset
        })?;
        let local = char_offset - self.blocks[*index].chars.start;
        Some(*pos + self.caret_rect(*index, galley, local).center().to_vec2())
    }

    /// The size a block takes on screen, however it is laid out.
    pub(super) fn block_size(&self, index: usize, galley: &Galley) -> Vec2 {
        match self.bidi.get(&index) {
            Some(lines) => Vec2::new(galley.size().x, lines.height),
            None => galley.size(),
        }
    }

    /// The block-local char at a point of the block (block coordinates).
    pub(super) fn char_in_block(&self, index: usize, galley: &Galley, pos: Pos2) -> usize {
        match self.bidi.get(&index) {
            Some(lines) => lines.char_at(pos).0,
            None => galley.cursor_from_pos(pos.to_vec2()).index.0,
        }
    }

    /// Rectangles (block coordinates) covering a block-local char range, however the block is
    /// laid out.
    pub(super) fn block_rects(
        &self,
        index: usize,
        galley: &Galley,
        local: &Range<usize>,
    ) -> Vec<Rect> {
        match self.bidi.get(&index) {
            Some(lines) => lines.range_rects(local),
            None => range_rects(galley, local.clone()),
        }
    }

    /// Where the caret before block-local char `local` is (block coordinates).
    pub(super) fn caret_rect(&self, index: usize, galley: &Galley, local: usize) -> Rect {
        let upstream =
            self.upstream && self.caret() == Some(self.blocks[index].chars.start + local);
        if let Some(rect) = self
            .bidi
            .get(&index)
            .and_then(|l| l.caret_rect(local, upstream))
        {
            return rect;
        }
        // A char that starts a wrapped row belongs to that row, not the end of the one above.
        let cursor = CCursor {
            index: egui::text::CharIndex(local),
            prefer_next_row: true,
        };
        galley.pos_from_cursor(cursor)
    }
}
