//! What a screen reader gets of the article, the way AccessKit models text: the article is a
//! document whose text is in text runs (a run a line as drawn, for the blocks on screen; a run a
//! stretch of up to [`RUN_CHARS`] chars for the others), with their chars, word starts and, on
//! screen, each char's place; the caret and the selection are the document's text selection.
//! So a screen reader reads by character, word, line and paragraph, says where the caret is and
//! what is selected, and reads the whole document, not only what is on screen. Each paragraph is
//! also a node named with its text, each highlight on screen a mark with its description, and
//! the selection a note in words.
//!
//! Built only while a screen reader (or a test) reads the tree; then its cost grows with the
//! document, as the tree it hands over does.

use std::ops::Range;
use std::sync::Arc;

use egui::accesskit;
use egui::{Galley, Pos2, Rect, Vec2};

use super::{ArticleView, HighlightIndex, HighlightKey};

/// The most chars in a run of a block that is not on screen (AccessKit counts word starts in a
/// byte, so a run holds at most 255 chars).
const RUN_CHARS: usize = 200;

/// Where a run's text is in the document: its first char and how many of its chars are the
/// document's (a run may end with a line break the document keeps between paragraphs).
#[derive(Clone, Copy, Debug)]
pub(super) struct RunPlace {
    pub start: usize,
    pub len: usize,
    pub node: accesskit::NodeId,
}

/// The article's live region: what it says now, and what it was said for.
#[derive(Debug, Default)]
pub(super) struct Spoken {
    /// The words (empty when the caret is in no claim).
    words: String,
    /// The claim the caret was in.
    claim: Option<HighlightKey>,
    /// The claims of the caret's paragraph were asked for.
    pub list_asked: bool,
}

/// One run to hand over.
struct Run {
    /// Its chars (with a closing line break at a paragraph's end).
    text: String,
    /// Where each char starts and how wide it is, from the run's start, when drawn.
    metrics: Option<(Vec<f32>, Vec<f32>)>,
    bounds: Rect,
    /// The document's chars it stands for (without the closing line break).
    chars: usize,
    /// Starts a line as drawn (else it goes on the line of the run before).
    new_line: bool,
    /// Starts a paragraph (its first char starts a word even if the run before ends in one).
    paragraph_start: bool,
}

/// Whether `c` is part of a word (as egui's text cursor has it).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The chars of `text` where a word starts; the first counts if `boundary_before`.
fn word_starts(text: &str, boundary_before: bool) -> Vec<u8> {
    let mut starts = Vec::new();
    let mut after_word_end = boundary_before;
    for (i, c) in text.chars().enumerate() {
        let word = is_word_char(c);
        if word && after_word_end {
            starts.push(u8::try_from(i).unwrap_or(u8::MAX));
        }
        after_word_end = !word;
    }
    starts
}

/// A block's text cut into runs of at most [`RUN_CHARS`] chars, each after a space where one is
/// near: `(char start, text)` from the block's start.
fn chunks(text: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let mut end = (start + RUN_CHARS).min(chars.len());
        if end < chars.len()
            && let Some(space) = chars[start..end].iter().rposition(|c| c.is_whitespace())
            && space > RUN_CHARS / 2
        {
            end = start + space + 1;
        }
        out.push((start, chars[start..end].iter().collect()));
        start = end;
    }
    out
}

impl ArticleView {
    /// The runs of a block drawn as one galley: a run a row (cut at 255 chars), with each char's
    /// place. `rect` is where the block is.
    fn galley_runs(galley: &Galley, pos: Pos2) -> Vec<Run> {
        let mut runs = Vec::new();
        for row in &galley.rows {
            let mut text = String::new();
            let mut positions = Vec::new();
            let mut widths = Vec::new();
            for glyph in &row.glyphs {
                text.push(glyph.chr);
                positions.push(glyph.pos.x);
                widths.push(glyph.advance_width);
            }
            if row.ends_with_newline {
                text.push('\n');
                positions.push(row.size.x);
                widths.push(0.0);
            }
            let rect = row.rect_without_leading_space().translate(pos.to_vec2());
            let all: Vec<char> = text.chars().collect();
            for (k, piece) in all.chunks(255).enumerate() {
                let from = k * 255;
                let xs = &positions[from..from + piece.len()];
                let first = xs.first().copied().unwrap_or(0.0);
                runs.push(Run {
                    text: piece.iter().collect(),
                    metrics: Some((
                        xs.iter().map(|x| x - first).collect(),
                        widths[from..from + piece.len()].to_vec(),
                    )),
                    bounds: Rect::from_min_max(
                        Pos2::new(pos.x + row.pos.x + first, rect.min.y),
                        rect.max,
                    ),
                    chars: piece.len(),
                    new_line: k == 0,
                    paragraph_start: false,
                });
            }
        }
        runs
    }

    /// The runs of a block not drawn now, or drawn line by line in visual order: stretches of
    /// its text, each a line of its own.
    fn text_runs(text: &str, bounds: Rect) -> Vec<Run> {
        chunks(text)
            .into_iter()
            .map(|(_, text)| Run {
                chars: text.chars().count(),
                text,
                metrics: None,
                bounds,
                new_line: true,
                paragraph_start: false,
            })
            .collect()
    }

    /// Hands the article's text to the accessibility tree (see the module's words), and keeps
    /// where each run is, to read a screen reader's caret back.
    #[allow(clippy::too_many_lines)] // Paragraphs, runs, marks and the selection, in tree order.
    pub(super) fn accessible_text(
        &mut self,
        ui: &mut egui::Ui,
        article: &egui::Response,
        placed: &[(usize, Pos2, Arc<Galley>)],
        highlights: &HighlightIndex,
        describe: &dyn Fn(&HighlightKey) -> Option<String>,
    ) {
        // Only when a screen reader (or a test) reads the tree: nothing is built otherwise.
        if !ui.ctx().has_accesskit_node(article.id) {
            self.runs.clear();
            // Ctrl+Shift+H with no screen reader listening: nothing to say later either.
            self.spoken.list_asked = false;
            return;
        }
        self.refresh_lacking(ui);
        let mut inner = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(article.rect)
                .accessibility_parent(article.id),
        );
        let origin = article.rect.min;
        let width = article.rect.width();
        let mut places: Vec<RunPlace> = Vec::new();
        let block_rect = |index: usize| match placed.iter().find(|(i, _, _)| *i == index) {
            Some((_, pos, galley)) => Rect::from_min_size(*pos, self.block_size(index, galley)),
            None => Rect::from_min_size(
                origin + Vec2::new(0.0, self.tops[index]),
                Vec2::new(width, self.heights[index]),
            ),
        };
        // A paragraph is one node, however many blocks it was laid out in; its blocks' runs are
        // its children.
        let mut paragraph: Option<egui::Ui> = None;
        for index in 0..self.blocks.len() {
            let block = &self.blocks[index];
            let chars = block.chars.clone();
            let on_screen = placed.iter().find(|(i, _, _)| *i == index);
            let rect = block_rect(index);
            let text = self.text.slice_chars(chars.clone());
            let ends_paragraph = self.blocks.get(index + 1).is_none_or(|b| b.paragraph_start);
            if block.paragraph_start || paragraph.is_none() {
                let last = (index + 1..self.blocks.len())
                    .find(|&j| self.blocks[j].paragraph_start)
                    .unwrap_or(self.blocks.len());
                let whole = (index..last).map(block_rect).fold(rect, Rect::union);
                let words = self
                    .text
                    .slice_chars(chars.start..self.blocks[last - 1].chars.end);
                // Named as the lists name text no font has ("[Japanese text]").
                let words = if self.lacking.1[index..last].contains(&true) {
                    crate::app::glyphs::shown(ui, words)
                } else {
                    std::borrow::Cow::Borrowed(words)
                };
                paragraph = Some(
                    inner.new_child(
                        egui::UiBuilder::new()
                            .id_salt(("paragraph", index))
                            .max_rect(whole)
                            .accessibility_parent(article.id)
                            .accessibility_role(accesskit::Role::Paragraph)
                            .accessibility_label(words),
                    ),
                );
            }
            let Some(paragraph) = paragraph.as_mut() else {
                continue;
            };
            let mut runs = match on_screen {
                Some((_, pos, galley)) if !self.bidi.contains_key(&index) => {
                    Self::galley_runs(galley, *pos)
                }
                // As drawn: a character no font has is its placeholder, one for one.
                _ if self.lacking.1[index] => {
                    Self::text_runs(&crate::app::glyphs::shown_in_place(ui, text), rect)
                }
                _ => Self::text_runs(text, rect),
            };
            if let Some(first) = runs.first_mut() {
                first.paragraph_start = block.paragraph_start;
            }
            if ends_paragraph && let Some(last) = runs.last_mut() {
                if last.text.ends_with('\n') {
                    last.chars = last.chars.saturating_sub(1);
                } else {
                    last.text.push('\n');
                    if let Some((positions, widths)) = &mut last.metrics {
                        positions.push(positions.last().copied().unwrap_or(0.0));
                        widths.push(0.0);
                    }
                }
            }
            let direction = if self.bidi.get(&index).is_some_and(|l| l.rtl) {
                accesskit::TextDirection::RightToLeft
            } else {
                accesskit::TextDirection::LeftToRight
            };
            // Each run a node under its paragraph; a run that goes on the line of the one before
            // says so, both ways.
            let ids: Vec<egui::Id> = (0..runs.len())
                .map(|k| {
                    paragraph
                        .new_child(
                            egui::UiBuilder::new()
                                .id_salt(("run", index, k))
                                .max_rect(runs[k].bounds)
                                .accessibility_parent(paragraph.unique_id())
                                .accessibility_role(accesskit::Role::TextRun),
                        )
                        .unique_id()
                })
                .collect();
            let goes_on: Vec<bool> = runs.iter().map(|r| !r.new_line).collect();
            let mut at = chars.start;
            for (k, run) in runs.into_iter().enumerate() {
                let id = ids[k];
                places.push(RunPlace {
                    start: at,
                    len: run.chars,
                    node: id.accesskit_id(),
                });
                at += run.chars;
                let previous = (k > 0 && goes_on[k]).then(|| ids[k - 1].accesskit_id());
                let next = (goes_on.get(k + 1) == Some(&true)).then(|| ids[k + 1].accesskit_id());
                ui.ctx().accesskit_node_builder(id, |node| {
                    node.set_role(accesskit::Role::TextRun);
                    node.set_text_direction(direction);
                    node.set_bounds(accesskit::Rect {
                        x0: run.bounds.min.x.into(),
                        y0: run.bounds.min.y.into(),
                        x1: run.bounds.max.x.into(),
                        y1: run.bounds.max.y.into(),
                    });
                    node.set_character_lengths(
                        run.text
                            .chars()
                            .map(|c| u8::try_from(c.len_utf8()).unwrap_or(4))
                            .collect::<Vec<u8>>(),
                    );
                    node.set_word_starts(word_starts(&run.text, !run.paragraph_start));
                    if let Some((positions, widths)) = run.metrics {
                        node.set_character_positions(positions);
                        node.set_character_widths(widths);
                    }
                    node.set_value(run.text);
                    if let Some(previous) = previous {
                        node.set_previous_on_line(previous);
                    }
                    if let Some(next) = next {
                        node.set_next_on_line(next);
                    }
                });
            }
        }
        self.describe_highlights(&inner, article, placed, highlights, describe);
        self.speak(&inner, article, highlights, describe);
        // The caret and the selection, as the document's text selection.
        if let Some((anchor, head)) = self.selection {
            let position = |c: usize| position_of(&places, c);
            if let (Some(anchor), Some(focus)) = (position(anchor), position(head)) {
                ui.ctx().accesskit_node_builder(article.id, |node| {
                    node.set_text_selection(accesskit::TextSelection { anchor, focus });
                });
            }
        }
        if let Some(selection) = self.selection() {
            let words = tr!(
                ui,
                "article-selection-accessible",
                text = crate::app::glyphs::shown(ui, self.text.slice_chars(selection)).into_owned()
            );
            let id = article.id.with("selection");
            inner
                .interact(article.rect, id, egui::Sense::empty())
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Note, true, &words));
        }
        self.runs = places;
    }

    /// Finds which blocks have characters no font has, once per change of what the fonts are
    /// known to lack (the app looks up the lesson's text when it is opened, so once).
    fn refresh_lacking(&mut self, ui: &egui::Ui) {
        let generation = crate::app::glyphs::generation(ui);
        if self.lacking.0 == generation && self.lacking.1.len() == self.blocks.len() {
            return;
        }
        self.lacking.1 = self
            .blocks
            .iter()
            .map(|b| crate::app::glyphs::lacks_glyphs(ui, &self.text.as_str()[b.bytes.clone()]))
            .collect();
        self.lacking.0 = crate::app::glyphs::generation(ui);
    }

    /// Each highlight on screen, a mark named with its description.
    fn describe_highlights(
        &self,
        inner: &egui::Ui,
        article: &egui::Response,
        placed: &[(usize, Pos2, Arc<Galley>)],
        highlights: &HighlightIndex,
        describe: &dyn Fn(&HighlightKey) -> Option<String>,
    ) {
        let mut described: Vec<&HighlightKey> = Vec::new();
        for (index, pos, galley) in placed {
            let chars = self.blocks[*index].chars.clone();
            let rect = Rect::from_min_size(*pos, self.block_size(*index, galley));
            for h in highlights.overlapping(chars.clone()) {
                if described.contains(&&h.key) {
                    continue;
                }
                let Some(words) = describe(&h.key) else {
                    continue;
                };
                described.push(&h.key);
                let local: Range<usize> = h.range.start.max(chars.start) - chars.start
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
    }

    /// The live region: moving onto a claim says it ("Claim 3: “…”. Labels: Check-worthy …
    /// Evidence: contradicts."), leaving it clears it (so the same claim is said again when the
    /// caret comes back); Ctrl+Shift+H says the claims of the caret's paragraph.
    fn speak(
        &mut self,
        inner: &egui::Ui,
        article: &egui::Response,
        highlights: &HighlightIndex,
        describe: &dyn Fn(&HighlightKey) -> Option<String>,
    ) {
        let caret = self.caret();
        let claim = caret.and_then(|c| {
            highlights
                .overlapping(c..c + 1)
                .filter(|h| matches!(h.key, HighlightKey::Claim(_)))
                .min_by_key(|h| h.range.len())
                .map(|h| h.key.clone())
        });
        if claim != self.spoken.claim {
            self.spoken.words = claim.as_ref().and_then(describe).unwrap_or_default();
            self.spoken.claim = claim;
        }
        if std::mem::take(&mut self.spoken.list_asked) {
            let paragraph = self.text.paragraph_at_char(caret.unwrap_or(0));
            let chars = self.text.paragraph_chars(paragraph);
            let mut keys: Vec<&HighlightKey> = Vec::new();
            for h in highlights.overlapping(chars) {
                if matches!(h.key, HighlightKey::Claim(_)) && !keys.contains(&&h.key) {
                    keys.push(&h.key);
                }
            }
            let said: Vec<String> = keys.into_iter().filter_map(describe).collect();
            self.spoken.words = if said.is_empty() {
                tr!(inner, "article-paragraph-no-claims", number = paragraph + 1)
            } else {
                tr!(
                    inner,
                    "article-paragraph-claims",
                    number = paragraph + 1,
                    claims = said.join(" ")
                )
            };
        }
        let id = article.id.with("live");
        let words = self.spoken.words.clone();
        let at = Rect::from_min_size(article.rect.min, Vec2::splat(1.0));
        inner
            .interact(at, id, egui::Sense::empty())
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Status, true, &words));
        inner.ctx().accesskit_node_builder(id, |node| {
            node.set_live(accesskit::Live::Polite);
        });
    }

    /// A screen reader's request to move the caret or select (AccessKit's `SetTextSelection` on
    /// the article), as the view's selection; the view follows it.
    pub(super) fn take_accessible_selection(&mut self, ui: &egui::Ui, article: egui::Id) {
        let requested = ui.input(|i| {
            i.accesskit_action_requests(article, accesskit::Action::SetTextSelection)
                .filter_map(|request| match &request.data {
                    Some(accesskit::ActionData::SetTextSelection(selection)) => Some(*selection),
                    _ => None,
                })
                .last()
        });
        let Some(selection) = requested else {
            return;
        };
        let char_of = |p: accesskit::TextPosition| {
            self.runs
                .iter()
                .find(|r| r.node == p.node)
                .map(|r| r.start + p.character_index.min(r.len))
        };
        if let (Some(anchor), Some(head)) = (char_of(selection.anchor), char_of(selection.focus)) {
            self.selection = Some((anchor, head));
            self.upstream = false;
            self.reveal_caret = true;
            ui.ctx().request_repaint();
        }
    }
}

/// Where a document char is among the runs: the run it is in (at a run's end, that run).
fn position_of(places: &[RunPlace], c: usize) -> Option<accesskit::TextPosition> {
    let at = places.partition_point(|r| r.start <= c).checked_sub(1)?;
    let run = places[at];
    Some(accesskit::TextPosition {
        node: run.node,
        character_index: (c - run.start).min(run.len),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_cut_after_a_space_and_word_starts_are_counted() {
        let text = "word ".repeat(100);
        let pieces = chunks(&text);
        assert!(pieces.iter().all(|(_, t)| t.chars().count() <= RUN_CHARS));
        assert!(pieces.iter().all(|(_, t)| t.ends_with(' ')));
        assert_eq!(
            pieces.iter().map(|(_, t)| t.as_str()).collect::<String>(),
            text
        );
        assert_eq!(word_starts("an apple, a pear", false), vec![3, 10, 12]);
        assert_eq!(word_starts("an apple", true), vec![0, 3]);
    }
}
