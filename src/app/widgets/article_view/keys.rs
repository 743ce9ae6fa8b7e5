//! The keyboard in the article view: the arrows move the caret (in visual order on right-to-left
//! and mixed lines), Shift+arrows select, Escape clears, Ctrl+C copies; and the word at a char
//! (double-click).

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation as _;

use super::ArticleView;

impl ArticleView {
    /// Shift+arrows extend the selection by a char (snapped to graphemes when used); Escape clears it.
    pub(super) fn handle_keys(&mut self, ui: &egui::Ui, response: &egui::Response) {
        use egui::Key;
        if !response.has_focus() {
            return;
        }
        // The arrows move the caret here, not the keyboard focus to the next control; Tab and
        // Escape still leave the article.
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                response.id,
                egui::EventFilter {
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    tab: false,
                    escape: false,
                },
            );
        });
        let (shift, pressed) = ui.input(|i| {
            let pressed = [
                Key::ArrowLeft,
                Key::ArrowRight,
                Key::ArrowUp,
                Key::ArrowDown,
                Key::Home,
                Key::End,
            ]
            .into_iter()
            .find(|k| i.key_pressed(*k));
            (i.modifiers.shift, pressed)
        });
        if ui.input(|i| i.key_pressed(Key::Escape)) {
            self.selection = None;
            return;
        }
        // Ctrl+C (egui turns it into a Copy event): the selection goes to the system clipboard.
        if ui.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::Copy)))
            && let Some(sel) = self.selection()
        {
            ui.ctx().copy_text(self.text.slice_chars(sel).to_owned());
        }
        let Some(key) = pressed else { return };
        let max = self.text.char_count();
        let (anchor, head) = self.selection.unwrap_or((0, 0));
        let para = self.text.paragraph_at_char(head);
        let head = match key {
            // Left and right go the way the line is drawn: on a right-to-left or mixed line,
            // to the neighbouring caret stop on screen; at the line's edge, on to the next line
            // in reading order.
            Key::ArrowLeft | Key::ArrowRight => self.horizontal_step(head, key == Key::ArrowLeft),
            Key::ArrowUp => self.text.paragraph_char_start(para.saturating_sub(1)),
            Key::ArrowDown => {
                if para + 1 < self.text.paragraph_count() {
                    self.text.paragraph_char_start(para + 1)
                } else {
                    max
                }
            }
            Key::Home => self.text.paragraph_char_start(para),
            _ => self.text.paragraph_chars(para).end,
        };
        if !matches!(key, Key::ArrowLeft | Key::ArrowRight) {
            self.upstream = false;
        }
        // With Shift the selection grows from its anchor; without, the caret moves.
        self.selection = Some(if shift { (anchor, head) } else { (head, head) });
        self.scroll_to = None;
    }

    /// Where Left (or Right) takes the caret from `head`: the way the line is drawn. On a
    /// right-to-left or mixed line, to the neighbouring caret stop on screen; at the line's
    /// edge, on to the next line in reading order.
    fn horizontal_step(&mut self, head: usize, left: bool) -> usize {
        let max = self.text.char_count();
        let back = |at: usize| {
            self.text
                .snap_to_graphemes(at.saturating_sub(1)..at.saturating_sub(1))
                .start
        };
        let forward = |at: usize| self.text.snap_to_graphemes(at..(at + 1).min(max)).end;
        let block = self.block_at_char(head);
        let start = self.blocks[block].chars.start;
        let Some(lines) = self.bidi.get(&block) else {
            return if left { back(head) } else { forward(head) };
        };
        if let Some((local, upstream)) = lines.visual_step(head - start, self.upstream, left) {
            let at = start + local;
            let snapped = self.text.snap_to_graphemes(at..at);
            self.upstream = upstream;
            if at < head {
                snapped.start
            } else {
                snapped.end
            }
        } else {
            self.upstream = false;
            if left == lines.rtl {
                forward(head)
            } else {
                back(head)
            }
        }
    }

    /// The word (or grapheme, for punctuation) at a char offset.
    pub(super) fn word_at(&self, char_offset: usize) -> Option<Range<usize>> {
        let para = self.text.paragraph_at_char(char_offset);
        let start = self.text.paragraph_char_start(para);
        let mut at = start;
        for word in self.text.paragraph(para).split_word_bounds() {
            let len = word.chars().count();
            if char_offset < at + len {
                return Some(at..at + len);
            }
            at += len;
        }
        None
    }
}
