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
    /// Right to left: the x (within the unit) of the edge before each logical char, and after
    /// the last (`chars.len() + 1` values, from the right edge leftwards).
    edges: Vec<f32>,
    /// A direction control (embedding, override, isolate, mark): it takes no room and is not
    /// drawn, but keeps its place among the chars.
    control: bool,
}

/// Whether a char only steers the direction of others (UAX #9 explicit formatting, and the
/// marks), never drawn.
fn is_direction_control(c: char) -> bool {
    matches!(
        c,
        '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// Where each logical char of a right-to-left galley begins, from its glyphs: egui shapes a
/// right-to-left run into glyphs in visual order, one per char, so the glyphs read backwards are
/// the chars in logical order, and the edge before char `i` is the left edge of the chars before
/// it. (egui then appends zero-width glyphs for the cluster bookkeeping it does in logical order,
/// as many as the run has chars less one: they are left out.) `None` when the glyphs do not
/// match the chars one to one (a shaper's ligature of several chars into one glyph).
fn rtl_edges(galley: &Galley, chars: usize) -> Option<Vec<f32>> {
    let row = galley.rows.first()?;
    if galley.rows.len() != 1 {
        return None;
    }
    let mut glyphs = row.row.glyphs.as_slice();
    while glyphs.len() > chars && glyphs.last().is_some_and(|g| g.advance_width == 0.0) {
        glyphs = &glyphs[..glyphs.len() - 1];
    }
    if glyphs.len() != chars {
        return None;
    }
    let width = galley.size().x;
    let mut edges = Vec::with_capacity(chars + 1);
    let mut left = width;
    edges.push(left);
    for glyph in glyphs.iter().rev() {
        if glyph.advance_width > 0.0 {
            left = left.min(row.pos.x + glyph.pos.x);
        }
        edges.push(left.max(0.0));
    }
    Some(edges)
}

impl Unit {
    fn new(chars: Range<usize>, galley: Arc<Galley>, rtl: bool, control: bool) -> Self {
        let n = chars.len();
        let edges = if rtl && !control {
            rtl_edges(&galley, n).unwrap_or_else(|| {
                // Proportional, when glyphs and chars differ (a shaper's decomposition).
                let width = galley.size().x;
                (0..=n)
                    .map(|i| width * (1.0 - i as f32 / n.max(1) as f32))
                    .collect()
            })
        } else {
            Vec::new()
        };
        Self {
            chars,
            galley,
            x: 0.0,
            rtl,
            edges,
            control,
        }
    }

    fn width(&self) -> f32 {
        if self.control {
            0.0
        } else {
            self.galley.size().x
        }
    }

    /// The x (within the block) of the edge before `local` chars of the unit, logically.
    fn x_of(&self, local: usize) -> f32 {
        if self.control {
            return self.x;
        }
        if self.rtl {
            let last = self.edges.len().saturating_sub(1);
            self.x + self.edges.get(local.min(last)).copied().unwrap_or(0.0)
        } else {
            let row = self.galley.rows.first();
            self.x + row.map_or(0.0, |r| r.row.x_offset(egui::text::CharIndex(local)))
        }
    }

    /// The logical char (within the unit) nearest to `x` (within the block).
    fn char_at(&self, x: f32) -> usize {
        let n = self.chars.len();
        if self.control {
            0
        } else if self.rtl {
            let x = x - self.x;
            (0..=n)
                .min_by(|&a, &b| {
                    let da = (self.edges.get(a).copied().unwrap_or(0.0) - x).abs();
                    let db = (self.edges.get(b).copied().unwrap_or(0.0) - x).abs();
                    da.total_cmp(&db)
                })
                .unwrap_or(0)
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
    /// The paragraph reads right to left.
    pub rtl: bool,
    /// How far the last line reaches from the edge lines start at (the left, or the right when
    /// the paragraph reads right to left), its trailing spaces included: where the next block of
    /// the same paragraph goes on.
    pub end: f32,
}

/// The base direction of a paragraph: from its first strong character, or set for the document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Base {
    /// UAX #9 P2–P3: the first strong character decides.
    #[default]
    Auto,
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl From<crate::core::lesson::Direction> for Base {
    fn from(direction: crate::core::lesson::Direction) -> Self {
        use crate::core::lesson::Direction;
        match direction {
            Direction::Auto => Self::Auto,
            Direction::Ltr => Self::Ltr,
            Direction::Rtl => Self::Rtl,
        }
    }
}

impl Base {
    fn level(self) -> Option<unicode_bidi::Level> {
        match self {
            Self::Auto => None,
            Self::Ltr => Some(unicode_bidi::Level::ltr()),
            Self::Rtl => Some(unicode_bidi::Level::rtl()),
        }
    }
}

/// Lays out `text` (a block, as egui lays it out) in lines of at most `wrap_width`: words are
/// measured and lines filled in logical order (egui's own rows count glyphs, and an Arabic font
/// may draw one letter with several), then each line is ordered visually. The first line starts
/// `indent` in from its starting edge (a block that goes on with its paragraph's line); when its
/// first word does not fit there, the first line is empty.
pub fn layout(
    ui: &egui::Ui,
    text: &str,
    base: Base,
    font: (&FontId, Color32),
    (wrap_width, indent): (f32, f32),
) -> BidiLayout {
    let (font_id, color) = font;
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    let char_of = |byte: usize| bytes.partition_point(|&b| b < byte);
    let info = ParagraphBidiInfo::new(text, base.level());
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
        let mut width = if at == 0 { indent } else { 0.0 };
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
    let mut end = 0.0;
    for (number, line) in line_ranges.into_iter().enumerate() {
        let inset = if number == 0 { indent } else { 0.0 };
        let mut units = Vec::new();
        if !line.is_empty() {
            let (levels, runs) = info.visual_runs(line.clone());
            for run in runs {
                let run_rtl = levels
                    .get(run.start)
                    .is_some_and(unicode_bidi::Level::is_rtl);
                let pieces = run_pieces(text, run.clone(), run_rtl);
                for piece in pieces {
                    let control = text[piece.clone()].chars().all(is_direction_control);
                    // UAX #9 L4: "(" in a right-to-left run is drawn ")".
                    let galley = if run_rtl && text[piece.clone()].chars().any(mirrored_glyph) {
                        ui.painter().layout_no_wrap(
                            mirrored(&text[piece.clone()]),
                            font_id.clone(),
                            color,
                        )
                    } else {
                        measure(&piece)
                    };
                    units.push(Unit::new(
                        char_of(piece.start)..char_of(piece.end),
                        galley,
                        run_rtl,
                        control,
                    ));
                }
            }
        }
        // Spaces at the end of a line take no room: UAX #9 L1 puts them at the line's end in
        // the paragraph's direction (the left, when it reads right to left), outside the text
        // that is aligned. Spaces between words count like any other unit.
        let body_end = char_of(line.start + text[line.clone()].trim_end().len());
        let (trailing, body): (Vec<&Unit>, Vec<&Unit>) =
            units.iter().partition(|u| u.chars.start >= body_end);
        let width: f32 = body.iter().map(|u| u.width()).sum();
        let trailing: f32 = trailing.iter().map(|u| u.width()).sum();
        let mut x = if rtl {
            (wrap_width - inset - width).max(0.0) - trailing
        } else {
            inset
        };
        let start = x;
        for unit in &mut units {
            unit.x = x;
            x += unit.width();
        }
        end = if rtl { wrap_width - start } else { x };
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
    BidiLayout {
        lines,
        height: y,
        rtl,
        end,
    }
}

/// Whether a char has a mirrored glyph (brackets, "<", "«"…).
fn mirrored_glyph(c: char) -> bool {
    mirror_of(c).is_some()
}

fn mirror_of(c: char) -> Option<char> {
    let glyph =
        icu_properties::CodePointMapData::<icu_properties::props::BidiMirroringGlyph>::new().get(c);
    glyph.mirroring_glyph.filter(|_| glyph.mirrored)
}

/// A text with each char that has a mirrored glyph replaced by it, char for char (so offsets
/// stay): what a right-to-left run shows (UAX #9 L4).
fn mirrored(text: &str) -> String {
    text.chars().map(|c| mirror_of(c).unwrap_or(c)).collect()
}

/// A right-to-left letter (Hebrew, Arabic, Syriac…).
fn is_rtl_letter(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::R | BidiClass::AL)
}

/// A piece as it is if any of its chars is `keep`, else one piece per char.
fn chars_apart_unless(
    text: &str,
    piece: Range<usize>,
    keep: impl Fn(char) -> bool,
) -> Vec<Range<usize>> {
    if text[piece.clone()].chars().any(keep) {
        return vec![piece];
    }
    text[piece.clone()]
        .char_indices()
        .map(|(b, c)| piece.start + b..piece.start + b + c.len_utf8())
        .collect()
}

/// A piece as it is, or cut so that each direction control is a piece of its own.
fn controls_apart(text: &str, piece: Range<usize>) -> Vec<Range<usize>> {
    if !text[piece.clone()].chars().any(is_direction_control) {
        return vec![piece];
    }
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut last_control = true;
    for (b, c) in text[piece.clone()].char_indices() {
        let at = piece.start + b;
        let control = is_direction_control(c);
        match out.last_mut() {
            Some(p) if !control && !last_control => p.end = at + c.len_utf8(),
            _ => out.push(at..at + c.len_utf8()),
        }
        last_control = control;
    }
    out
}

/// The pieces of a run of one level, each laid out on its own, in visual order (left to right):
/// words and spaces; a direction control alone.
fn run_pieces(text: &str, run: Range<usize>, rtl: bool) -> Vec<Range<usize>> {
    let pieces = split_words(&text[run.clone()], run.start);
    let mut pieces: Vec<Range<usize>> = if rtl {
        // Punctuation inside a right-to-left word ("العربية:") is its own piece, so that it
        // lands on the reading side; marks stay with their letters.
        pieces
            .into_iter()
            .flat_map(|p| split_punctuation(&text[p.clone()], p.start))
            // Left-to-right letters in a right-to-left run are there by an override (U+202E):
            // drawn one by one, in reverse.
            .flat_map(|p| chars_apart_unless(text, p, is_rtl_letter))
            .rev()
            .collect()
    } else {
        // egui shapes Arabic-Indic and Persian digits as Arabic script, right to left; one by one
        // they read left to right, as numbers do.
        pieces
            .into_iter()
            .flat_map(|p| arabic_digits_apart(text, p))
            // Right-to-left letters in a left-to-right run are there by an override (U+202D):
            // drawn one by one, left to right.
            .flat_map(|p| {
                if text[p.clone()].chars().any(is_rtl_letter) {
                    chars_apart_unless(text, p, |_| false)
                } else {
                    vec![p]
                }
            })
            .collect()
    };
    pieces = pieces
        .into_iter()
        .flat_map(|p| controls_apart(text, p))
        .collect();
    pieces
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
    /// The height of the last line.
    pub fn last_line_height(&self) -> f32 {
        self.lines.last().map_or(0.0, |l| l.height)
    }

    /// Paints the block with its top-left at `pos`.
    pub fn paint(&self, painter: &egui::Painter, pos: Pos2, color: Color32) {
        for line in &self.lines {
            for unit in line.units.iter().filter(|u| !u.control) {
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

    /// The logical char (within the block) under a point (block coordinates), and whether the
    /// caret there goes with the char before it (see [`Self::caret_rect`]).
    pub fn char_at(&self, pos: Pos2) -> (usize, bool) {
        let Some(line) = self
            .lines
            .iter()
            .find(|l| pos.y < l.y + l.height)
            .or_else(|| self.lines.last())
        else {
            return (0, false);
        };
        let Some(first) = line.units.first() else {
            return (line.chars.start, false);
        };
        let unit = line
            .units
            .iter()
            .find(|u| !u.control && pos.x < u.x + u.width())
            .unwrap_or_else(|| line.units.last().unwrap_or(first));
        let local = unit.char_at(pos.x);
        (
            unit.chars.start + local,
            local == unit.chars.len() && local > 0,
        )
    }

    /// Where the caret before logical char `at` (within the block) is: a thin rectangle. Where
    /// two runs of different direction meet, one logical offset is at two places on screen (the
    /// end of one run, the start of the other): `upstream` puts it after the char before it,
    /// otherwise it is before the char after it.
    pub fn caret_rect(&self, at: usize, upstream: bool) -> Option<Rect> {
        let line = self
            .lines
            .iter()
            .find(|l| l.chars.contains(&at) || l.chars.end == at)?;
        let ends_here = |u: &&Unit| !u.control && u.chars.end == at && u.chars.start < at;
        let holds = |u: &&Unit| u.chars.contains(&at);
        let unit = if upstream {
            line.units
                .iter()
                .find(ends_here)
                .or_else(|| line.units.iter().find(holds))
        } else {
            line.units
                .iter()
                .find(holds)
                .or_else(|| line.units.iter().find(ends_here))
        }?;
        let x = unit.x_of(at - unit.chars.start);
        Some(Rect::from_min_max(
            Pos2::new(x, line.y),
            Pos2::new(x + 1.0, line.y + line.height),
        ))
    }

    /// The caret one step left (or right) of logical char `at` (with its `upstream` side) on its
    /// line, in visual order: the logical offset there and its side, or `None` at the line's
    /// visual edge.
    pub fn visual_step(&self, at: usize, upstream: bool, left: bool) -> Option<(usize, bool)> {
        let line = self
            .lines
            .iter()
            .find(|l| l.chars.contains(&at) || l.chars.end == at)?;
        // Every caret stop of the line, left to right: (x, logical offset, side).
        let mut stops: Vec<(f32, usize, bool)> = Vec::new();
        for unit in line.units.iter().filter(|u| !u.control) {
            let n = unit.chars.len();
            for i in 0..=n {
                let local = if unit.rtl { n - i } else { i };
                stops.push((
                    unit.x_of(local),
                    unit.chars.start + local,
                    local == n && n > 0,
                ));
            }
        }
        let here = self.caret_rect(at, upstream)?.min.x;
        let found = if left {
            stops.iter().rev().find(|(x, _, _)| *x < here - 0.5)
        } else {
            stops.iter().find(|(x, _, _)| *x > here + 0.5)
        };
        found.map(|(_, c, side)| (*c, *side))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_in_a_right_to_left_run_are_mirrored() {
        assert_eq!(mirrored("(غزة) [1] «x» <y>"), ")غزة( ]1[ »x« >y<");
        let ctx = egui::Context::default();
        let mut shown = Vec::new();
        let mut ltr_text = String::new();
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let font = FontId::proportional(14.0);
            let look = (&font, Color32::BLACK);
            let laid = layout(ui, "قتل (62) شخصا", Base::Auto, look, (400.0, 0.0));
            shown = (laid.lines[0].units.iter())
                .map(|u| (u.chars.clone(), u.galley.job.text.clone()))
                .collect();
            // A left-to-right paragraph keeps its brackets.
            let ltr = layout(ui, "killed (62) people", Base::Auto, look, (400.0, 0.0));
            ltr_text = (ltr.lines[0].units.iter())
                .map(|u| u.galley.job.text.as_str())
                .collect();
        });
        output.textures_delta.clear();
        // The logical "(" (char 4) is drawn ")", the logical ")" (char 7) "(".
        let at = |c: usize| {
            shown
                .iter()
                .find(|(r, _)| r.contains(&c))
                .map(|(r, t)| (r.start, t.clone()))
        };
        assert_eq!(
            at(4).map(|(s, t)| t.chars().nth(4 - s)),
            Some(Some(')')),
            "{shown:?}"
        );
        assert_eq!(
            at(7).map(|(s, t)| t.chars().nth(7 - s)),
            Some(Some('(')),
            "{shown:?}"
        );
        assert_eq!(ltr_text, "killed (62) people");
    }
}
