//! The article view: one document laid out block by block (a block is a paragraph, or a slice of a
//! very long one), with a layout cache, virtual scrolling over a prefix sum of block heights,
//! highlights painted as rectangles behind the text, and its own selection and hit testing.
//!
//! Per frame it touches only the blocks on screen and the highlights that overlap them.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use egui::text::LayoutJob;
use egui::{FontId, Galley, Pos2, Rect, Sense, Stroke, Vec2};

use crate::app::i18n::{Language, Speaks as _};
use crate::core::text::DocumentText;

mod accessible;
mod bidi;
mod blocks;
mod highlights;
mod keys;
mod placed;
mod pointer;

pub use bidi::Base;
// The Numbers panel lays its quotes out with the same right-to-left lines.
pub(crate) use bidi::{BidiLayout, layout as bidi_layout, needed as bidi_needed};
pub use blocks::range_rects;
use blocks::{Block, line_breaks_as_newlines};

pub use highlights::{Highlight, HighlightIndex, HighlightKey};

/// Layouts kept before those far from the view are dropped.
const MAX_CACHED_LAYOUTS: usize = 1024;

/// Vertical gap between paragraphs, in points.
const PARAGRAPH_GAP: f32 = 6.0;

/// Time spent in one frame laying out blocks only to learn where the next block of their
/// paragraph starts (far into a huge paragraph, the rest follow over the next frames).
const CHAIN_TIME_PER_FRAME: std::time::Duration = std::time::Duration::from_millis(3);

/// What the user did in the view this frame.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ViewOutput {
    /// A highlight was clicked (without dragging).
    pub clicked: Option<HighlightKey>,
    /// The pointer is over these claims.
    pub hovered: Vec<HighlightKey>,
    /// The context menu asked to make a claim of the selection.
    pub make_claim: bool,
}

/// The state of one document's view.
pub struct ArticleView {
    text: DocumentText,
    blocks: Vec<Block>,
    heights: Vec<f32>,
    /// `tops[i]` is the y of block i; one more entry for the total height.
    tops: Vec<f32>,
    tops_dirty: bool,
    galleys: HashMap<usize, Arc<Galley>>,
    /// Which blocks have characters no font has (drawn as `glyphs::PLACEHOLDER`), found once
    /// per change of what the fonts are known to lack (its generation, first).
    lacking: (u64, Vec<bool>),
    /// Blocks with right-to-left or mixed lines: laid out line by line in visual order.
    bidi: HashMap<usize, bidi::BidiLayout>,
    /// Where each block's last line ends, from the edge its lines start at, once laid out: a
    /// block that goes on with a long paragraph starts there, so blocks never show.
    ends: Vec<Option<f32>>,
    /// Blocks laid out before the end of the block before them was known (laid out again).
    provisional: std::collections::HashSet<usize>,
    /// When this frame of the view began (laying out blocks before the view has a budget).
    frame_started: std::time::Instant,
    /// Blocks laid out this frame only for where the next one starts.
    chained_this_frame: usize,
    /// What the layouts were made for: wrap width, font size (tenths), dark mode, and the
    /// interface's language.
    layout_key: (u32, u32, bool, Option<Language>),
    /// Selection as (anchor, head) char offsets.
    selection: Option<(usize, usize)>,
    /// The caret (the head) is drawn after the char before it, where runs of different
    /// direction meet and one offset is at two places (set by the arrows and by clicks).
    upstream: bool,
    /// The column Up and Down keep to (block coordinates), set by the first of them.
    goal_x: Option<f32>,
    /// A char range to scroll to on the next frame.
    scroll_to: Option<usize>,
    /// The caret moved by the keyboard: the view follows it on the next frame.
    reveal_caret: bool,
    /// The part of the document in view in the last frame (document coordinates).
    last_viewport: Rect,
    /// The article's id for the keyboard focus (F6, the first Tab), once it has been drawn.
    focus_id: Option<egui::Id>,
    title: String,
    /// The base direction of its paragraphs.
    direction: Base,
    /// Where each text run handed to a screen reader is in the text (empty while none reads).
    runs: Vec<accessible::RunPlace>,
    /// What the article's live region says to a screen reader: the claim the caret is in, or the
    /// claims of its paragraph when asked (Ctrl+Shift+H).
    spoken: accessible::Spoken,
    /// Blocks drawn in the last frame and where (for hit testing from outside, e.g. tests).
    last_placed: Vec<(usize, Pos2, Arc<Galley>)>,
}

impl ArticleView {
    /// Prepares a document for viewing (O(length) once; nothing is laid out yet).
    pub fn new(text: DocumentText, title: impl Into<String>) -> Self {
        let blocks = blocks::split(&text);
        let n = blocks.len();
        Self {
            text,
            blocks,
            heights: vec![0.0; n],
            ends: vec![None; n],
            provisional: std::collections::HashSet::new(),
            frame_started: std::time::Instant::now(),
            chained_this_frame: 0,
            tops: vec![0.0; n + 1],
            tops_dirty: true,
            galleys: HashMap::new(),
            lacking: (u64::MAX, Vec::new()),
            bidi: HashMap::new(),
            layout_key: (0, 0, false, None),
            selection: None,
            upstream: false,
            goal_x: None,
            scroll_to: None,
            reveal_caret: false,
            last_viewport: Rect::NOTHING,
            focus_id: None,
            title: title.into(),
            direction: Base::Auto,
            runs: Vec::new(),
            spoken: accessible::Spoken::default(),
            last_placed: Vec::new(),
        }
    }

    /// The view with its paragraphs' base direction set (the lesson's `direction` for the
    /// document).
    #[must_use]
    pub fn with_direction(mut self, direction: Base) -> Self {
        self.direction = direction;
        self
    }

    /// Sets the base direction of the paragraphs (laid out again on the next frame).
    pub fn set_direction(&mut self, direction: Base) {
        if direction != self.direction {
            self.direction = direction;
            self.layout_key = (0, 0, false, None);
        }
    }

    /// The base direction of the paragraphs.
    pub fn direction(&self) -> Base {
        self.direction
    }

    /// The document text.
    pub fn text(&self) -> &DocumentText {
        &self.text
    }

    /// The selected char range, snapped to grapheme clusters; `None` if nothing is selected.
    pub fn selection(&self) -> Option<Range<usize>> {
        let (a, b) = self.selection?;
        let range = self.text.snap_to_graphemes(a.min(b)..a.max(b));
        (!range.is_empty()).then_some(range)
    }

    /// The article's id for the keyboard focus, once it has been drawn.
    pub fn focus_id(&self) -> Option<egui::Id> {
        self.focus_id
    }

    /// Where the caret is (the moving end of the selection), if the view has one.
    pub fn caret(&self) -> Option<usize> {
        self.selection.map(|(_, head)| head)
    }

    /// Sets the selection (e.g. from a test or a search hit).
    pub fn set_selection(&mut self, range: Option<Range<usize>>) {
        self.selection = range.map(|r| (r.start, r.end));
        self.upstream = false;
    }

    /// Scrolls so that this char offset is visible on the next frame.
    pub fn scroll_to_char(&mut self, char_offset: usize) {
        self.scroll_to = Some(char_offset);
    }

    /// Number of layouts held (for tests and benchmarks).
    pub fn cached_layouts(&self) -> usize {
        self.galleys.len()
    }

    fn block_at_char(&self, char_offset: usize) -> usize {
        self.blocks
            .partition_point(|b| b.chars.end < char_offset)
            .min(self.blocks.len().saturating_sub(1))
    }

    /// Guesses every block's height from its length and the font's real row height and average
    /// char width, so that few blocks move when they are laid out for real.
    fn estimate_heights(&mut self, ui: &egui::Ui, wrap_width: f32, font_size: f32) {
        let font_id = FontId::proportional(font_size);
        let (row_height, char_width) = ui.ctx().fonts_mut(|f| {
            let sample = "the quick brown fox jumps over the lazy dog";
            let width = f
                .layout_no_wrap(sample.to_owned(), font_id.clone(), egui::Color32::WHITE)
                .size()
                .x;
            (
                f.row_height(&font_id),
                width / sample.chars().count() as f32,
            )
        });
        let chars_per_row = (wrap_width / char_width.max(1.0)).max(10.0);
        for (index, block) in self.blocks.iter().enumerate() {
            // A block the next goes on from shares its last row with it.
            let followed = self
                .blocks
                .get(index + 1)
                .is_some_and(|b| !b.paragraph_start);
            let rows = (block.chars.len() as f32 / chars_per_row).ceil().max(1.0)
                - if followed { 1.0 } else { 0.0 };
            let gap = if block.paragraph_start {
                PARAGRAPH_GAP
            } else {
                0.0
            };
            self.heights[index] = rows * row_height + gap;
        }
        self.tops_dirty = true;
    }

    fn update_tops(&mut self) {
        if !self.tops_dirty {
            return;
        }
        let mut y = 0.0;
        for (i, h) in self.heights.iter().enumerate() {
            self.tops[i] = y;
            y += h;
        }
        self.tops[self.heights.len()] = y;
        self.tops_dirty = false;
    }

    /// The base direction of a block's lines: the document's, else, for a block that goes on
    /// with a paragraph, the paragraph's (its first strong character decides, UAX #9 P2), so
    /// that the blocks of one paragraph read one way.
    fn block_base(&self, index: usize) -> Base {
        let block = &self.blocks[index];
        if self.direction != Base::Auto || block.paragraph_start {
            return self.direction;
        }
        let para = self
            .text
            .paragraph(self.text.paragraph_at_char(block.chars.start));
        match para.chars().map(unicode_bidi::bidi_class).find(|c| {
            matches!(
                c,
                unicode_bidi::BidiClass::L
                    | unicode_bidi::BidiClass::R
                    | unicode_bidi::BidiClass::AL
            )
        }) {
            Some(unicode_bidi::BidiClass::L) | None => Base::Ltr,
            Some(_) => Base::Rtl,
        }
    }

    /// Lays out the blocks before `index` in its paragraph whose line ends are not known yet, for at
    /// most [`CHAIN_TIME_PER_FRAME`]: a block that goes on with its paragraph starts
    /// where the block before it ends. Returns whether they are all known.
    fn lay_out_chain(
        &mut self,
        ui: &egui::Ui,
        index: usize,
        font_size: f32,
        wrap_width: f32,
    ) -> bool {
        let mut from = index;
        while from > 0 && !self.blocks[from].paragraph_start && self.ends[from - 1].is_none() {
            from -= 1;
        }
        // Far into a huge paragraph, the blocks before are laid out over a few frames, from the
        // first whose start is known.
        for before in from..index {
            if self.ends[before].is_none() {
                // At least one a frame, so that the chain always gets on.
                if self.chained_this_frame > 0
                    && self.frame_started.elapsed() > CHAIN_TIME_PER_FRAME
                {
                    break;
                }
                self.chained_this_frame += 1;
                self.galley(ui, before, font_size, wrap_width);
            }
        }
        self.blocks[index].paragraph_start || self.ends[index - 1].is_some()
    }

    fn galley(
        &mut self,
        ui: &egui::Ui,
        index: usize,
        font_size: f32,
        wrap_width: f32,
    ) -> Arc<Galley> {
        if let Some(g) = self.galleys.get(&index) {
            // Laid out before the end of the block before it was known: again, now it is.
            if !self.provisional.contains(&index) || self.ends[index - 1].is_none() {
                return Arc::clone(g);
            }
        }
        let continues = !self.blocks[index].paragraph_start;
        let known = !continues || self.ends[index - 1].is_some();
        let indent = if continues {
            self.ends[index - 1].unwrap_or(0.0)
        } else {
            0.0
        };
        let block = &self.blocks[index];
        let followed = self
            .blocks
            .get(index + 1)
            .is_some_and(|b| !b.paragraph_start);
        // No boxes: a character no font has is drawn as a placeholder, one for one (the window's
        // notice says which scripts, and what to install).
        let text = crate::app::glyphs::shown_in_place(
            ui,
            &line_breaks_as_newlines(&self.text.as_str()[block.bytes.clone()]),
        )
        .into_owned();
        let color = ui.visuals().text_color();
        let font_id = FontId::proportional(font_size);
        let row_height = ui.ctx().fonts_mut(|f| f.row_height(&font_id));
        let mut job = LayoutJob::single_section(
            text.clone(),
            egui::TextFormat {
                font_id: font_id.clone(),
                color,
                ..Default::default()
            },
        );
        job.wrap.max_width = wrap_width;
        if let Some(section) = job.sections.first_mut() {
            section.leading_space = indent;
        }
        job.first_row_min_height = row_height;
        let galley = ui.painter().layout_job(job);
        let mut text_height = galley.size().y;
        let mut last_row = galley.rows.last().map_or(0.0, |r| r.rect().height());
        let base = self.block_base(index);
        let end = if bidi::needed(&text) || base == Base::Rtl {
            let laid_out = bidi::layout(ui, &text, base, (&font_id, color), (wrap_width, indent));
            text_height = laid_out.height;
            last_row = laid_out.last_line_height();
            let end = laid_out.end;
            self.bidi.insert(index, laid_out);
            end
        } else {
            self.bidi.remove(&index);
            galley.rows.last().map_or(indent, |r| r.rect().max.x)
        };
        if known {
            self.ends[index] = Some(end);
            self.provisional.remove(&index);
        } else {
            self.provisional.insert(index);
        }
        let gap = if continues { 0.0 } else { PARAGRAPH_GAP };
        // A block that the next goes on from shares its last line with it: the next block's top
        // is that line's.
        let shared = if followed { last_row } else { 0.0 };
        let height = text_height + gap - shared;
        if (self.heights[index] - height).abs() > 0.1 {
            self.heights[index] = height;
            self.tops_dirty = true;
        }
        self.galleys.insert(index, Arc::clone(&galley));
        galley
    }

    /// Shows the view. `highlights` are this document's; `selected` is the selected claim.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        font_size: f32,
        highlights: &HighlightIndex,
        selected: Option<&str>,
    ) -> ViewOutput {
        self.ui_described(ui, font_size, highlights, selected, &|_| None)
    }

    /// [`Self::ui`], with the words a screen reader gets for each highlight on screen
    /// (`describe` is asked only for those).
    #[allow(clippy::too_many_lines)] // Layout, painting and interaction of one frame, in order.
    pub fn ui_described(
        &mut self,
        ui: &mut egui::Ui,
        font_size: f32,
        highlights: &HighlightIndex,
        selected: Option<&str>,
        describe: &dyn Fn(&HighlightKey) -> Option<String>,
    ) -> ViewOutput {
        let mut output = ViewOutput::default();
        self.frame_started = std::time::Instant::now();
        self.chained_this_frame = 0;
        // Room on the right for the scroll bar, so a drag that starts at the end of a line selects.
        let wrap_width = (ui.available_width() - 48.0).max(120.0).round();
        let key = (
            wrap_width as u32,
            (font_size * 10.0) as u32,
            ui.visuals().dark_mode,
            Some(ui.language()),
        );
        if key != self.layout_key {
            self.layout_key = key;
            self.galleys.clear();
            self.bidi.clear();
            self.ends.iter_mut().for_each(|end| *end = None);
            self.provisional.clear();
            self.estimate_heights(ui, wrap_width, font_size);
        }
        self.update_tops();

        let mut scroll = egui::ScrollArea::vertical()
            .id_salt(("article", self.title.as_str()))
            .auto_shrink([false, false]);
        if let Some(target) = self.scroll_to.take() {
            // To the line the char is on, even deep in a long block.
            let block = self.block_at_char(target);
            self.lay_out_chain(ui, block, font_size, wrap_width);
            let galley = self.galley(ui, block, font_size, wrap_width);
            self.update_tops();
            let local = target.saturating_sub(self.blocks[block].chars.start);
            let within = self.caret_rect(block, &galley, local).min.y;
            scroll = scroll.vertical_scroll_offset((self.tops[block] + within - 80.0).max(0.0));
        } else if std::mem::take(&mut self.reveal_caret)
            && let Some(offset) = self.offset_revealing_caret()
        {
            scroll = scroll.vertical_scroll_offset(offset);
        }
        let total = self.tops[self.blocks.len()];
        let scrolled = scroll.show_viewport(ui, |ui, viewport| {
            ui.set_height(total);
            ui.set_width(wrap_width);
            let origin = ui.min_rect().min;
            let content = Rect::from_min_size(origin, Vec2::new(wrap_width, total));
            let response = ui.interact(
                content,
                ui.scope_id().with("article-text"),
                Sense::click_and_drag(),
            );
            self.focus_id = Some(response.id);
            self.last_viewport = viewport;
            // Where the keyboard is, seen at once: a ring around the article.
            if response.has_focus() {
                ui.painter().rect_stroke(
                    ui.clip_rect().shrink(1.5),
                    2.0,
                    Stroke::new(2.0, ui.visuals().selection.stroke.color),
                    egui::StrokeKind::Inside,
                );
            }
            // Worded before: the closure runs with the context locked.
            let title = crate::app::glyphs::shown(ui, &self.title).into_owned();
            let name = tr!(ui, "article-accessible-name", title = title);
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Document, true, name.clone())
            });

            let mut first = self
                .tops
                .partition_point(|&top| top <= viewport.min.y)
                .saturating_sub(1);
            // The block before one that goes on with its paragraph shares its first line.
            if self.blocks.get(first).is_some_and(|b| !b.paragraph_start) {
                first -= 1;
            }
            let last = self
                .tops
                .partition_point(|&top| top < viewport.max.y)
                .min(self.blocks.len());
            let mut placed: Vec<(usize, Pos2, Arc<Galley>)> = Vec::new();
            for index in first..last {
                if !self.lay_out_chain(ui, index, font_size, wrap_width) {
                    ui.ctx().request_repaint();
                }
                let galley = self.galley(ui, index, font_size, wrap_width);
                let gap = if self.blocks[index].paragraph_start {
                    PARAGRAPH_GAP
                } else {
                    0.0
                };
                let pos = origin + Vec2::new(0.0, self.tops[index] + gap);
                placed.push((index, pos, galley));
            }
            // Keep the cache bounded while scrolling through a long document: drop layouts far
            // from the view (their measured heights stay).
            if self.galleys.len() > MAX_CACHED_LAYOUTS {
                let keep =
                    first.saturating_sub(MAX_CACHED_LAYOUTS / 4)..last + MAX_CACHED_LAYOUTS / 4;
                self.galleys.retain(|index, _| keep.contains(index));
                self.bidi.retain(|index, _| keep.contains(index));
            }
            // Heights found while laying out visible blocks move what follows; repaint once.
            if self.tops_dirty {
                ui.ctx().request_repaint();
            }

            let painter = ui.painter();
            let selected_stroke = Stroke::new(2.0, ui.visuals().strong_text_color());
            for (index, pos, galley) in &placed {
                let chars = self.blocks[*index].chars.clone();
                let mut depth = 0.0;
                for h in highlights.overlapping(chars.clone()) {
                    let local = h.range.start.max(chars.start) - chars.start
                        ..h.range.end.min(chars.end) - chars.start;
                    let is_selected =
                        matches!(&h.key, HighlightKey::Claim(id) if Some(id.as_str()) == selected);
                    for rect in self.block_rects(*index, galley, &local) {
                        let rect = rect.translate(pos.to_vec2());
                        painter.rect_filled(
                            rect,
                            2.0,
                            super::theme::highlight_fill(h.color, ui.visuals()),
                        );
                        // An underline per highlight, stacked, so overlaps show as such without colour.
                        let y = rect.max.y + depth;
                        painter.line_segment(
                            [Pos2::new(rect.min.x, y), Pos2::new(rect.max.x, y)],
                            Stroke::new(
                                1.0,
                                super::theme::highlight_underline(h.color, ui.visuals()),
                            ),
                        );
                        if is_selected {
                            painter.rect_stroke(
                                rect,
                                2.0,
                                selected_stroke,
                                egui::StrokeKind::Outside,
                            );
                        }
                    }
                    depth += 2.0;
                }
                if let Some(sel) = self.selection()
                    && sel.start < chars.end
                    && sel.end > chars.start
                {
                    {
                        let local = sel.start.max(chars.start) - chars.start
                            ..sel.end.min(chars.end) - chars.start;
                        for rect in self.block_rects(*index, galley, &local) {
                            painter.rect_filled(
                                rect.translate(pos.to_vec2()),
                                0.0,
                                super::theme::selection_fill(ui.visuals()),
                            );
                        }
                    }
                }
                if response.has_focus()
                    && let Some((a, b)) = self.selection
                    && a == b
                    && (chars.contains(&a) || chars.end == a)
                {
                    let caret = self
                        .caret_rect(*index, galley, a - chars.start)
                        .translate(pos.to_vec2());
                    painter.line_segment(
                        [caret.center_top(), caret.center_bottom()],
                        Stroke::new(2.0, ui.visuals().strong_text_color()),
                    );
                }
                match self.bidi.get(index) {
                    Some(lines) => lines.paint(painter, *pos, ui.visuals().text_color()),
                    None => painter.galley(*pos, Arc::clone(galley), ui.visuals().text_color()),
                }
            }

            self.accessible_text(ui, &response, &placed, highlights, describe);
            self.take_accessible_selection(ui, response.id);
            self.handle_pointer(ui, &response, &placed, highlights, &mut output);
            self.last_placed = placed;
            self.handle_keys(ui, &response);
            response.context_menu(|ui| {
                let has_selection = self.selection().is_some();
                if ui
                    .add_enabled(
                        has_selection,
                        egui::Button::new(tr!(
                            ui,
                            "article-menu-make-claim",
                            keys = crate::app::UiCommand::MakeClaim
                                .shortcut_text(ui.ctx())
                                .unwrap_or_default()
                        )),
                    )
                    .clicked()
                {
                    output.make_claim = true;
                    ui.close();
                }
                if ui
                    .add_enabled(
                        has_selection,
                        egui::Button::new(tr!(ui, "article-menu-copy")),
                    )
                    .clicked()
                {
                    if let Some(sel) = self.selection() {
                        ui.ctx().copy_text(self.text.slice_chars(sel).to_owned());
                    }
                    ui.close();
                }
            });
        });
        let what = tr!(ui, "scroll-article");
        super::name_scroll_bars(ui.ctx(), scrolled.id, &what);
        output
    }
}
