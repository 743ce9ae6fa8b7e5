//! What the last frame drew, and where: for things drawn beside the text (the heat strip), for
//! tests, and the geometry of a block however it is laid out (one galley, or right-to-left lines).

use std::ops::Range;
use std::sync::Arc;

use egui::text::CCursor;
use egui::{Galley, Pos2, Rect, Vec2};

use super::{ArticleView, HighlightIndex, HighlightKey, range_rects};

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

    /// The notices of missing characters drawn in the last frame: each block's paragraph and the
    /// notice's words.
    pub fn notices_shown(&self) -> Vec<(usize, String)> {
        self.last_placed
            .iter()
            .filter_map(|(i, _, _)| {
                let notice = self.notices.get(i)?;
                Some((
                    self.text.paragraph_at_char(self.blocks[*i].chars.start),
                    notice.text().to_owned(),
                ))
            })
            .collect()
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

    /// What a screen reader gets of the article, for what is on screen: each paragraph (block)
    /// with its text, the selection, and each highlight with its description — children of the
    /// article's node. The article paints its text itself, so without these a screen reader
    /// would find nothing in it.
    pub(super) fn accessible_text(
        &self,
        ui: &mut egui::Ui,
        article: &egui::Response,
        placed: &[(usize, Pos2, Arc<Galley>)],
        highlights: &HighlightIndex,
        describe: &dyn Fn(&HighlightKey) -> Option<String>,
    ) {
        // Only when a screen reader (or a test) reads the tree: nothing is built otherwise.
        if !ui.ctx().has_accesskit_node(article.id) {
            return;
        }
        let inner = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(article.rect)
                .accessibility_parent(article.id),
        );
        let mut described: Vec<&HighlightKey> = Vec::new();
        // A paragraph on screen is one node, however many blocks it was laid out in.
        let mut said: Option<(usize, Range<usize>, Rect)> = None;
        let say = |said: Option<(usize, Range<usize>, Rect)>| {
            if let Some((paragraph, chars, rect)) = said {
                let text = self.text.slice_chars(chars).to_owned();
                inner
                    .interact(
                        rect,
                        article.id.with(("paragraph", paragraph)),
                        egui::Sense::empty(),
                    )
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Paragraph, true, &text));
            }
        };
        for (index, pos, galley) in placed {
            let chars = self.blocks[*index].chars.clone();
            let rect = Rect::from_min_size(*pos, self.block_size(*index, galley));
            let paragraph = self.text.paragraph_at_char(chars.start);
            said = match said.take() {
                Some((p, run, r)) if p == paragraph => {
                    Some((p, run.start..chars.end, r.union(rect)))
                }
                other => {
                    say(other);
                    Some((paragraph, chars.clone(), rect))
                }
            };
            for h in highlights.overlapping(chars.clone()) {
                if described.contains(&&h.key) {
                    continue;
                }
                let Some(words) = describe(&h.key) else {
                    continue;
                };
                described.push(&h.key);
                let local = h.range.start.max(chars.start) - chars.start
                    ..h.range.end.min(chars.end) - chars.start;
                let at = self
                    .block_rects(*index, galley, &local)
                    .into_iter()
                    .reduce(Rect::union)
                    .map_or(rect, |r| r.translate(pos.to_vec2()));
                let id = article.id.with(("highlight", h.range.start, &h.key));
                inner
                    .interact(at, id, egui::Sense::empty())
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Mark, true, &words));
            }
        }
        say(said);
        if let Some(selection) = self.selection() {
            let words = tr!(
                ui,
                "article-selection-accessible",
                text = self.text.slice_chars(selection).to_owned()
            );
            let id = article.id.with("selection");
            inner
                .interact(article.rect, id, egui::Sense::empty())
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Note, true, &words));
        }
    }
}
