//! The keyboard in the article view: the arrows move the caret (in visual order on right-to-left
//! and mixed lines), Ctrl+arrows by words, Home/End to the paragraph's ends, Ctrl+Home/End to the
//! document's, Page Up/Down by a view's height; Shift with any of them selects; the view follows
//! the caret; Escape clears, Ctrl+C copies; and the word at a char (double-click).

use std::ops::Range;

use super::ArticleView;

/// The keys that move the caret (with Shift, select).
const MOVING_KEYS: [egui::Key; 8] = [
    egui::Key::ArrowLeft,
    egui::Key::ArrowRight,
    egui::Key::ArrowUp,
    egui::Key::ArrowDown,
    egui::Key::Home,
    egui::Key::End,
    egui::Key::PageUp,
    egui::Key::PageDown,
];

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
        // The modifiers each key was pressed with, not those held when the frame is read: a
        // Shift released in the same frame as its arrow still selects.
        let (shift, ctrl, pressed) = ui.input(|i| {
            i.events
                .iter()
                .find_map(|e| match e {
                    egui::Event::Key {
                        key,
                        pressed: true,
                        modifiers,
                        ..
                    } if MOVING_KEYS.contains(key) => {
                        Some((modifiers.shift, modifiers.command, Some(*key)))
                    }
                    _ => None,
                })
                .unwrap_or((false, false, None))
        });
        // Ctrl+Shift+H: a screen reader says the claims of the caret's paragraph.
        if ui
            .input_mut(|i| i.consume_key(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, Key::H))
        {
            self.spoken.list_asked = true;
        }
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
            // Ctrl+Left and Ctrl+Right go word by word, the way the paragraph reads.
            Key::ArrowLeft | Key::ArrowRight if ctrl => {
                let block = self.block_at_char(head);
                let rtl = self.bidi.get(&block).is_some_and(|l| l.rtl);
                if (key == Key::ArrowRight) == rtl {
                    self.word_back(head)
                } else {
                    self.word_forward(head)
                }
            }
            // Left and right go the way the line is drawn: on a right-to-left or mixed line,
            // to the neighbouring caret stop on screen; at the line's edge, on to the next line
            // in reading order.
            Key::ArrowLeft | Key::ArrowRight => self.horizontal_step(head, key == Key::ArrowLeft),
            Key::Home if ctrl => 0,
            Key::End if ctrl => max,
            Key::PageUp | Key::PageDown => self.page_step(head, key == Key::PageDown),
            // Ctrl+Up and Ctrl+Down go by paragraph; Up and Down by line, as drawn.
            Key::ArrowUp if ctrl => self.text.paragraph_char_start(para.saturating_sub(1)),
            Key::ArrowDown if ctrl => {
                if para + 1 < self.text.paragraph_count() {
                    self.text.paragraph_char_start(para + 1)
                } else {
                    max
                }
            }
            Key::ArrowUp | Key::ArrowDown => self.vertical_step(head, key == Key::ArrowDown),
            Key::Home => self.text.paragraph_char_start(para),
            _ => self.text.paragraph_chars(para).end,
        };
        if !matches!(key, Key::ArrowLeft | Key::ArrowRight) {
            self.upstream = false;
        }
        // Up and Down keep to the column they started from.
        if !matches!(key, Key::ArrowUp | Key::ArrowDown) || ctrl {
            self.goal_x = None;
        }
        // With Shift the selection grows from its anchor; without, the caret moves.
        self.selection = Some(if shift { (anchor, head) } else { (head, head) });
        self.scroll_to = None;
        // The view follows the caret.
        self.reveal_caret = true;
    }

    /// The end of the word at or after `at` (spaces and punctuation are passed over).
    fn word_forward(&self, at: usize) -> usize {
        let max = self.text.char_count();
        let mut c = at;
        while c < max {
            // Between paragraphs there is no word: on to the next paragraph.
            let Some(word) = self.text.word_at(c) else {
                c += 1;
                continue;
            };
            if self.is_word(&word) && word.end > at {
                return word.end;
            }
            c = word.end.max(c + 1);
        }
        max
    }

    /// The start of the word before `at` (spaces and punctuation are passed over).
    fn word_back(&self, at: usize) -> usize {
        let mut c = at;
        while c > 0 {
            let Some(word) = self.text.word_at(c - 1) else {
                c -= 1;
                continue;
            };
            if self.is_word(&word) {
                return word.start;
            }
            c = word.start.min(c - 1);
        }
        0
    }

    fn is_word(&self, range: &Range<usize>) -> bool {
        self.text
            .slice_chars(range.clone())
            .chars()
            .any(char::is_alphanumeric)
    }

    /// Where Up (or Down) takes the caret from `head`: the place on the line above (below) at
    /// the caret's column, in the next block when the line is its block's first (last); a
    /// block not laid out yet is entered at its start (end).
    fn vertical_step(&mut self, head: usize, down: bool) -> usize {
        let max = self.text.char_count();
        let block = self.block_at_char(head);
        let start = self.blocks[block].chars.start;
        let Some(galley) = self.galleys.get(&block).cloned() else {
            return if down {
                self.blocks.get(block + 1).map_or(max, |b| b.chars.start)
            } else {
                block.checked_sub(1).map_or(0, |b| self.blocks[b].chars.end)
            };
        };
        let caret = self.caret_rect(block, &galley, head - start);
        let row = caret.height().max(1.0);
        let x = *self.goal_x.get_or_insert(caret.min.x);
        let y = caret.center().y + if down { row } else { -row };
        let size = self.block_size(block, &galley);
        if (0.0..size.y).contains(&y) {
            return start + self.char_in_block(block, &galley, egui::pos2(x, y));
        }
        // Into the next block: a block that goes on with its paragraph shares its first line
        // with the last line of the one before.
        let next = if down {
            block + 1
        } else {
            match block.checked_sub(1) {
                Some(b) => b,
                None => return 0,
            }
        };
        let Some(next_block) = self.blocks.get(next) else {
            return max;
        };
        let next_start = next_block.chars.start;
        let shared = if down {
            !next_block.paragraph_start
        } else {
            !self.blocks[block].paragraph_start
        };
        match self.galleys.get(&next).cloned() {
            Some(next_galley) => {
                let height = self.block_size(next, &next_galley).y;
                let rows_in = if shared { 1.5 } else { 0.5 };
                let y = if down {
                    row * rows_in
                } else {
                    height - row * rows_in
                };
                next_start + self.char_in_block(next, &next_galley, egui::pos2(x, y))
            }
            None if down => next_start,
            None => next_block.chars.end,
        }
    }

    /// A page up or down from `head`: the start of the block a view's height above or below.
    fn page_step(&self, head: usize, down: bool) -> usize {
        let page = if self.last_viewport.is_positive() {
            self.last_viewport.height() * 0.9
        } else {
            400.0
        };
        let block = self.block_at_char(head);
        let y = if down {
            self.tops[block] + page
        } else {
            self.tops[block] - page
        };
        if down && y >= self.tops[self.blocks.len()] {
            return self.text.char_count();
        }
        let target = self
            .tops
            .partition_point(|&top| top <= y)
            .saturating_sub(1)
            .min(self.blocks.len().saturating_sub(1));
        self.blocks.get(target).map_or(0, |b| b.chars.start)
    }

    /// The scroll offset that brings the caret into view, if it is out of it: the view moves
    /// as little as it can.
    pub(super) fn offset_revealing_caret(&self) -> Option<f32> {
        let caret = self.caret()?;
        let view = self.last_viewport;
        if !view.is_positive() {
            return None;
        }
        let block = self.block_at_char(caret);
        let top = self.tops[block];
        let (y, height) = match self.galleys.get(&block) {
            Some(galley) => {
                let rect = self.caret_rect(block, galley, caret - self.blocks[block].chars.start);
                (top + rect.min.y, rect.height().max(1.0))
            }
            None => (top, self.heights[block].min(view.height())),
        };
        let margin = 24.0;
        if y < view.min.y {
            Some((y - margin).max(0.0))
        } else if y + height > view.max.y {
            Some((y + height + margin - view.height()).max(0.0))
        } else {
            None
        }
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
        self.text.word_at(char_offset)
    }
}
