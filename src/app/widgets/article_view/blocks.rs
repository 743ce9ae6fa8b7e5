//! How the article view cuts a document into blocks, how a block's text is laid out, and where a
//! char range of a laid-out block is.

use std::ops::Range;

use egui::{Galley, Pos2, Rect};

use crate::core::text::DocumentText;

/// Paragraphs longer than this many chars are cut into blocks (at a space where possible), so no
/// single layout is huge.
const MAX_BLOCK_CHARS: usize = 4000;

/// A run of text laid out as one galley.
pub struct Block {
    pub chars: Range<usize>,
    pub bytes: Range<usize>,
    /// Starts a paragraph (gets the paragraph gap above it).
    pub paragraph_start: bool,
}

/// The blocks of a document: a paragraph each, or slices of a paragraph over
/// [`MAX_BLOCK_CHARS`] (O(length), once).
pub fn split(text: &DocumentText) -> Vec<Block> {
    let mut blocks = Vec::new();
    for p in 0..text.paragraph_count() {
        let chars = text.paragraph_chars(p);
        let bytes = text.paragraph_bytes(p);
        if chars.len() <= MAX_BLOCK_CHARS {
            blocks.push(Block {
                chars,
                bytes,
                paragraph_start: true,
            });
            continue;
        }
        // Cut a long paragraph at spaces near every MAX_BLOCK_CHARS chars.
        let para = text.paragraph(p);
        let mut start_char = chars.start;
        let mut start_byte = 0;
        let mut count = 0;
        let mut first = true;
        for (b, ch) in para.char_indices() {
            count += 1;
            if (count >= MAX_BLOCK_CHARS && ch == ' ') || count >= MAX_BLOCK_CHARS * 2 {
                let end_byte = b + ch.len_utf8();
                blocks.push(Block {
                    chars: start_char..start_char + count,
                    bytes: bytes.start + start_byte..bytes.start + end_byte,
                    paragraph_start: first,
                });
                first = false;
                start_char += count;
                start_byte = end_byte;
                count = 0;
            }
        }
        blocks.push(Block {
            chars: start_char..chars.end,
            bytes: bytes.start + start_byte..bytes.end,
            paragraph_start: first,
        });
    }
    blocks
}

/// Rectangles (galley coordinates) covering a char range of a galley, one per row, as egui's own
/// selection painter computes them.
pub fn range_rects(galley: &Galley, range: Range<usize>) -> Vec<Rect> {
    let mut out = Vec::new();
    if range.is_empty() {
        return out;
    }
    let mut row_start = 0;
    for placed in &galley.rows {
        let count = placed.row.char_count_excluding_newline().0;
        let row_end = row_start + count;
        if row_start >= range.end {
            break;
        }
        if row_end > range.start || (count == 0 && range.contains(&row_start)) {
            let from = range.start.max(row_start) - row_start;
            let to = range.end.min(row_end) - row_start;
            let left = placed.row.x_offset(egui::text::CharIndex(from));
            let right = placed.row.x_offset(egui::text::CharIndex(to));
            let rect = Rect::from_min_max(
                Pos2::new(left, 0.0),
                Pos2::new(right.max(left + 1.0), placed.row.size.y),
            );
            out.push(rect.translate(placed.pos.to_vec2()));
        }
        row_start = row_end + usize::from(placed.ends_with_newline);
    }
    out
}

/// The text of a block as egui lays it out: NEXT LINE, LINE SEPARATOR and PARAGRAPH SEPARATOR
/// break the line as Unicode says, instead of showing as boxes. One char stands for one char, so
/// offsets in the layout are offsets in the document.
pub fn line_breaks_as_newlines(text: &str) -> String {
    if text.contains(['\u{0085}', '\u{2028}', '\u{2029}']) {
        text.chars()
            .map(|c| match c {
                '\u{0085}' | '\u{2028}' | '\u{2029}' => '\n',
                other => other,
            })
            .collect()
    } else {
        text.to_owned()
    }
}
