//! Right-to-left and mixed lines, on top of egui's layout. egui shapes each run of one font
//! (Arabic letters join, a word reads right to left) but keeps runs in logical order and aligns
//! left. Here the Unicode Bidirectional Algorithm (`unicode-bidi`) decides the paragraph's
//! direction from its first strong character (UAX #9 P2–P3) and the levels; egui's rows give the
//! line breaks (in logical order); each line is cut into units — words and spaces, never across
//! a change of level — laid out by egui one by one and placed in visual order (UAX #9 L2),
//! right-aligned when the paragraph is right-to-left. Offsets stay logical chars.

use std::ops::Range;
use std::sync::Arc;

use egui::{Color32, FontId, Galley, Pos2, Rect, Vec2};
use unicode_bidi::{BidiClass, ParagraphBidiInfo, bidi_class};

/// Whether a block needs this layout: it has right-to-left letters, Arabic digits, or explicit
/// direction controls.
pub fn needed(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(
            bidi_class(c),
            BidiClass::R
                | BidiClass::AL
                | BidiClass::AN
                | BidiClass::RLE
                | BidiClass::RLO
                | BidiClass::RLI
                | BidiClass::LRE
                | BidiClass::LRO
                | BidiClass::LRI
                | BidiClass::FSI
        )
    })
}

/// A word, a space, or a run of one level, laid out on its own.
struct Unit {
    /// Chars of the block it shows, logical.
    chars: Range<usize>,
    galley: Arc<Galley>,
    /// Left edge within the block.
    x: f32,
    /// Right to left: its first char is at its right edge.
    rtl: bool,
}

impl Unit {
    fn width(&self) -> f32 {
        self.galley.size().x
    }

    /// The x (within the block) of the edge before `local` chars of the unit, logically.
    fn x_of(&self, local: usize) -> f32 {
        let n = self.chars.len().max(1);
        if self.rtl {
            // egui's cursor positions follow its glyph order; in a right-to-left word they are
            // mirrored, so the edge is placed by share of the word's chars from the right.
            self.x + self.width() * (1.0 - local.min(n) as f32 / n as f32)
        } else {
            let row = self.galley.rows.first();
            self.x + row.map_or(0.0, |r| r.row.x_offset(egui::text::CharIndex(local)))
        }
    }

    /// The logical char (within the unit) nearest to `x` (within the block).
    fn char_at(&self, x: f32) -> usize {
        let n = self.chars.len();
        if self.rtl {
            let share = ((self.x + self.width() - x) / self.width().max(1.0)).clamp(0.0, 1.0);
            ((share * n as f32).round() as usize).min(n)
        } else {
            self.galley
                .cursor_from_pos(Vec2::new(x - self.x, 0.0))
                .index
                .0
                .min(n)
        }
    }
}

/// One line of a block: where it is, and its units in visual order.
struct Line {
    y: f32,
    height: f32,
    chars: Range<usize>,
    units: Vec<Unit>,
}

/// A block laid out line by line in visual order.
pub struct BidiLayout {
    lines: Vec<Line>,
    /// Height of all the lines.
    pub height: f32,
}

/// Lays out `text` (a block, as egui lays it out) in lines of at most `wrap_width`: words are
/// measured and lines filled in logical order (egui's own rows count glyphs, and an Arabic font
/// may draw one letter with several), then each line is ordered visually.
pub fn layout(
    ui: &egui::Ui,
    text: &str,
    font_id: &FontId,
    color: Color32,
    wrap_width: f32,
) -> BidiLayout {
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    let char_of = |byte: usize| bytes.partition_point(|&b| b < byte);
    let info = ParagraphBidiInfo::new(text, None);
    let rtl = info.paragraph_level.is_rtl();
    let measure = |piece: &Range<usize>| {
        ui.painter()
            .layout_no_wrap(text[piece.clone()].to_owned(), font_id.clone(), color)
    };
    let row_height = ui.ctx().fonts_mut(|f| f.row_height(font_id));
    // Lines in logical order: byte ranges, broken after spaces (and at `\n`).
    let mut line_ranges: Vec<Range<usize>> = Vec::new();
    for segment in text.split_inclusive('\n') {
        let at = segment.as_ptr() as usize - text.as_ptr() as usize;
        let body = segment.trim_end_matches('\n');
        let mut line_start = at;
        let mut width = 0.0;
        for word in split_words(body, at) {
            let w = measure(&word).size().x;
            let space = text[word.clone()].chars().all(char::is_whitespace);
            if !space && width > 0.0 && width + w > wrap_width {
                line_ranges.push(line_start..word.start);
                line_start = word.start;
                width = 0.0;
            }
            width += w;
        }
        line_ranges.push(line_start..at + body.len());
    }
    let mut lines = Vec::new();
    let mut y = 0.0;
    for line in line_ranges {
        let mut units = Vec::new();
        if !line.is_empty() {
            let (levels, runs) = info.visual_runs(line.clone());
            for run in runs {
                let run_rtl = levels
                    .get(run.start)
                    .is_some_and(unicode_bidi::Level::is_rtl);
                let mut pieces = split_words(&text[run.clone()], run.start);
                if run_rtl {
                    // Punctuation inside a right-to-left word ("العربية:") is its own piece, so
                    // that it lands on the reading side; marks stay with their letters.
                    pieces = pieces
                        .into_iter()
                        .flat_map(|p| split_punctuation(&text[p.clone()], p.start))
                        .collect();
                    pieces.reverse();
                } else {
                    // egui shapes Arabic-Indic and Persian digits as Arabic script, right to
                    // left; one by one they read left to right, as numbers do.
                    pieces = pieces
                        .into_iter()
                        .flat_map(|p| arabic_digits_apart(text, p))
                        .collect();
                }
                for piece in pieces {
                    units.push(Unit {
                        chars: char_of(piece.start)..char_of(piece.end),
                        galley: measure(&piece),
                        x: 0.0,
                        rtl: run_rtl,
                    });
                }
            }
        }
        // Spaces at the end of a line take no room (UAX #9 L1 puts them at the line's end).
        let width: f32 = units
            .iter()
            .filter(|u| !u.galley.text().chars().all(char::is_whitespace))
            .map(Unit::width)
            .sum();
        let mut x = if rtl {
            (wrap_width - width).max(0.0)
        } else {
            0.0
        };
        for unit in &mut units {
            unit.x = x;
            x += unit.width();
        }
        let height = units
            .iter()
            .map(|u| u.galley.size().y)
            .fold(row_height, f32::max);
        lines.push(Line {
            y,
            height,
            chars: char_of(line.start)..char_of(line.end),
            units,
        });
        y += height;
    }
    BidiLayout { lines, height: y }
}

/// A piece as it is, or, when it holds Arabic-Indic or Persian digits, one piece per char.
fn arabic_digits_apart(text: &str, piece: Range<usize>) -> Vec<Range<usize>> {
    let arabic_digit = |c: char| matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}');
    if !text[piece.clone()].chars().any(arabic_digit) {
        return vec![piece];
    }
    text[piece.clone()]
        .char_indices()
        .map(|(b, c)| piece.start + b..piece.start + b + c.len_utf8())
        .collect()
}

/// Byte ranges (offset by `at`) of the letters and the punctuation of a word, in order.
fn split_punctuation(text: &str, at: usize) -> Vec<Range<usize>> {
    let punctuation = |c: char| {
        matches!(
            bidi_class(c),
            BidiClass::ON
                | BidiClass::CS
                | BidiClass::ES
                | BidiClass::ET
                | BidiClass::EN
                | BidiClass::AN
                | BidiClass::WS
                | BidiClass::S
                | BidiClass::B
        )
    };
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut last = None;
    for (b, c) in text.char_indices() {
        let kind = punctuation(c);
        match out.last_mut() {
            Some(piece)
                if last == Some(kind)
                    || matches!(bidi_class(c), BidiClass::NSM | BidiClass::BN) =>
            {
                piece.end = at + b + c.len_utf8();
            }
            _ => out.push(at + b..at + b + c.len_utf8()),
        }
        if !matches!(bidi_class(c), BidiClass::NSM | BidiClass::BN) {
            last = Some(kind);
        }
    }
    out
}

/// Byte ranges (offset by `at`) of the words and the runs of spaces of `text`, in order.
fn split_words(text: &str, at: usize) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut last_space = None;
    for (b, c) in text.char_indices() {
        let space = c.is_whitespace();
        match out.last_mut() {
            Some(piece) if last_space == Some(space) => piece.end = at + b + c.len_utf8(),
            _ => out.push(at + b..at + b + c.len_utf8()),
        }
        last_space = Some(space);
    }
    out
}

impl BidiLayout {
    /// Paints the block with its top-left at `pos`.
    pub fn paint(&self, painter: &egui::Painter, pos: Pos2, color: Color32) {
        for line in &self.lines {
            for unit in &line.units {
                painter.galley(
                    pos + Vec2::new(unit.x, line.y),
                    Arc::clone(&unit.galley),
                    color,
                );
            }
        }
    }

    /// Rectangles (block coordinates) covering a char range: one per unit it touches, so a
    /// range that falls into several visual pieces of a line gets a rectangle for each.
    pub fn range_rects(&self, range: &Range<usize>) -> Vec<Rect> {
        let mut out = Vec::new();
        if range.is_empty() {
            return out;
        }
        for line in &self.lines {
            if line.chars.end <= range.start || line.chars.start >= range.end {
                continue;
            }
            for unit in &line.units {
                let from = range.start.max(unit.chars.start);
                let to = range.end.min(unit.chars.end);
                if from >= to {
                    continue;
                }
                let a = unit.x_of(from - unit.chars.start);
                let b = unit.x_of(to - unit.chars.start);
                out.push(Rect::from_min_max(
                    Pos2::new(a.min(b), line.y),
                    Pos2::new(a.max(b).max(a.min(b) + 1.0), line.y + line.height),
                ));
            }
        }
        out
    }

    /// The logical char (within the block) under a point (block coordinates).
    pub fn char_at(&self, pos: Pos2) -> usize {
        let Some(line) = self
            .lines
            .iter()
            .find(|l| pos.y < l.y + l.height)
            .or_else(|| self.lines.last())
        else {
            return 0;
        };
        let Some(first) = line.units.first() else {
            return line.chars.start;
        };
        let unit = line
            .units
            .iter()
            .find(|u| pos.x < u.x + u.width())
            .unwrap_or_else(|| line.units.last().unwrap_or(first));
        unit.chars.start + unit.char_at(pos.x)
    }

    /// Where the caret before logical char `at` (within the block) is: a thin rectangle.
    pub fn caret_rect(&self, at: usize) -> Option<Rect> {
        let line = self
            .lines
            .iter()
            .find(|l| l.chars.contains(&at) || l.chars.end == at)?;
        let unit = line
            .units
            .iter()
            .find(|u| u.chars.contains(&at))
            .or_else(|| line.units.iter().find(|u| u.chars.end == at))?;
        let x = unit.x_of(at - unit.chars.start);
        Some(Rect::from_min_max(
            Pos2::new(x, line.y),
            Pos2::new(x + 1.0, line.y + line.height),
        ))
    }
}
