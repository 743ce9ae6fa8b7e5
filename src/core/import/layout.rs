//! A PDF's glyphs, where the page puts them, back into paragraphs of text in reading order.
//!
//! A PDF holds no paragraphs, only glyphs drawn at positions. Glyphs on one baseline make a
//! row, cut into lines where a gap wider than a letter's height opens (between columns, or
//! between table cells). Lines repeated at the top or bottom of the pages (running headers and
//! footers) and page numbers are dropped. Each page is then cut recursively at its widest
//! empty band: a vertical band (a gutter between columns) first, else a horizontal one, so
//! columns are read one after the other, and what spans them (a headline) before or after.
//! Lines are read in that order and joined into paragraphs, which end where the space between
//! lines grows, the type size changes, a line is indented, or a line that ends a sentence stops
//! well short of its column's end. A paragraph goes on across a column or page break when its
//! last line fills its column (or ends with a hyphen) and the next line is not indented. A word
//! hyphenated at a line's end is joined again, unless the hyphen is a real one: a capital or a
//! digit on either side of it (COVID-19, Anglo-American), or the hyphenated word elsewhere in
//! the document. Right-to-left lines, drawn left to right, are put back in reading order.

use std::collections::HashSet;

use unicode_bidi::BidiClass;

use running::{drop_line_numbers, drop_running_lines};

mod running;

/// A glyph as the page draws it: its left end on the baseline (top-down page coordinates, in
/// points), its advance and type size, and the text it stands for.
#[derive(Clone, Debug, PartialEq)]
pub struct Glyph {
    /// Left end.
    pub x: f64,
    /// Baseline, from the page's top.
    pub y: f64,
    /// Advance: how far the next glyph would start.
    pub advance: f64,
    /// Type size.
    pub size: f64,
    /// The characters (one glyph may stand for several: a ligature).
    pub text: String,
}

/// A page: its height and its glyphs in the order drawn.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    /// Height in points.
    pub height: f64,
    /// The glyphs.
    pub glyphs: Vec<Glyph>,
}

/// A line: glyphs on one baseline with no wide gap between them, in reading order.
#[derive(Clone, Debug)]
struct Line {
    page: usize,
    left: f64,
    right: f64,
    baseline: f64,
    size: f64,
    text: String,
    rtl: bool,
    /// The left and right ends of the column the line was read in.
    column: (f64, f64),
}

impl Line {
    fn top(&self) -> f64 {
        self.baseline - 0.8 * self.size
    }

    fn bottom(&self) -> f64 {
        self.baseline + 0.25 * self.size
    }

    /// How far the line starts from its column's start (the right end for right-to-left).
    fn indent(&self) -> f64 {
        if self.rtl {
            self.column.1 - self.right
        } else {
            self.left - self.column.0
        }
    }

    /// How far the line ends before its column's end.
    fn shortfall(&self) -> f64 {
        if self.rtl {
            self.left - self.column.0
        } else {
            self.column.1 - self.right
        }
    }
}

/// The text of the pages, paragraphs separated by a blank line.
pub fn text_of(pages: &[Page]) -> String {
    let mut lines: Vec<Line> = Vec::new();
    let mut per_page: Vec<Vec<Line>> = pages
        .iter()
        .enumerate()
        .map(|(number, page)| lines_of(number, &page.glyphs))
        .collect();
    for page in &mut per_page {
        drop_line_numbers(page);
    }
    drop_running_lines(&mut per_page, pages);
    for page in per_page {
        lines.extend(reading_order(page));
    }
    paragraphs(&lines).join("\n\n")
}

type Run<'a> = Vec<(usize, &'a Glyph)>;

/// Whether `next`, drawn after `prev`, goes on the same run of text: on its baseline and not
/// before its start (an accent drawn back over its letter goes on).
fn goes_on(prev: &Glyph, next: &Glyph) -> bool {
    let size = prev.size.min(next.size);
    (next.y - prev.y).abs() <= 0.1 * size && next.x >= prev.x - 0.1 * size
}

/// Runs of glyphs as drawn (a string of text), gathered into rows on one baseline and cut into
/// lines at wide gaps. Runs are never broken up: two labels drawn across each other on nearly
/// one baseline (in a figure) make two lines, not one of their letters interleaved.
fn lines_of(page: usize, glyphs: &[Glyph]) -> Vec<Line> {
    let mut runs: Vec<Run<'_>> = Vec::new();
    for glyph in glyphs
        .iter()
        .filter(|g| g.size > 0.0 && g.x.is_finite() && g.y.is_finite())
        .enumerate()
    {
        match runs.last_mut() {
            Some(run) if run.last().is_some_and(|prev| goes_on(prev.1, glyph.1)) => {
                run.push(glyph);
            }
            _ => runs.push(vec![glyph]),
        }
    }
    runs.sort_by(|a, b| a[0].1.y.total_cmp(&b[0].1.y).then(a[0].0.cmp(&b[0].0)));
    let mut rows: Vec<Vec<Run<'_>>> = Vec::new();
    for run in runs {
        match rows.last_mut() {
            Some(row)
                if (run[0].1.y - row[0][0].1.y).abs()
                    <= 0.3 * row[0][0].1.size.min(run[0].1.size) =>
            {
                row.push(run);
            }
            _ => rows.push(vec![run]),
        }
    }
    let mut lines = Vec::new();
    for mut row in rows {
        row.sort_by(|a, b| a[0].1.x.total_cmp(&b[0].1.x).then(a[0].0.cmp(&b[0].0)));
        // Each run joins the first line it follows without overlapping it and without a gap
        // wider than the type size; else it starts a line.
        let mut row_lines: Vec<Run<'_>> = Vec::new();
        for run in row {
            let first = run[0].1;
            let follows = |line: &Run<'_>| {
                line.last().is_some_and(|last| {
                    let end = last.1.x + last.1.advance;
                    let size = last.1.size.max(first.size);
                    first.x >= end - 0.2 * size && first.x - end <= size
                })
            };
            match row_lines.iter_mut().find(|line| follows(line)) {
                Some(line) => line.extend(run),
                None => row_lines.push(run),
            }
        }
        for line in row_lines {
            // A run itself may hold wide gaps (cells of a table drawn as one string).
            let mut start = 0;
            for i in 1..=line.len() {
                let split = line.get(i).is_none_or(|g| {
                    let prev = line[i - 1].1;
                    g.1.x - (prev.x + prev.advance) > prev.size.max(g.1.size)
                });
                if split {
                    if let Some(line) = line_of(page, &line[start..i]) {
                        lines.push(line);
                    }
                    start = i;
                }
            }
        }
    }
    lines
}

/// The least gap between two glyphs, in type sizes, that parts two words.
const WORD_GAP: f64 = 0.1;

/// The usual gap between two letters of a line (its median gap, at least 0): nothing in text
/// set tight, the spacing itself in letter-spaced text ("S P A C E D"), where only a gap twice
/// as wide parts two words.
fn letter_gap(glyphs: &[(usize, &Glyph)]) -> f64 {
    let mut gaps: Vec<f64> = glyphs
        .windows(2)
        .filter(|pair| !pair[0].1.text.trim().is_empty() && !pair[1].1.text.trim().is_empty())
        .map(|pair| pair[1].1.x - (pair[0].1.x + pair[0].1.advance))
        .filter(|gap| gap.is_finite())
        .collect();
    if gaps.len() < 3 {
        return 0.0;
    }
    gaps.sort_by(f64::total_cmp);
    gaps[gaps.len() / 2].max(0.0)
}

/// A line of glyphs in visual order (left to right), its text in reading order.
fn line_of(page: usize, glyphs: &[(usize, &Glyph)]) -> Option<Line> {
    let first = glyphs.first()?.1;
    let mut sizes: Vec<f64> = glyphs.iter().map(|g| g.1.size).collect();
    sizes.sort_by(f64::total_cmp);
    let size = sizes[sizes.len() / 2];
    // Pieces in visual order: each glyph's text, with a space where the page leaves a gap
    // wider than a tenth of the type size (as pdfminer's word margin) but draws none: tightly
    // set justified lines space their words by little more than that.
    let threshold = (WORD_GAP * size).max(2.0 * letter_gap(glyphs));
    let mut pieces: Vec<String> = Vec::with_capacity(glyphs.len());
    let mut end = first.x;
    let mut right = first.x;
    for (i, (_, glyph)) in glyphs.iter().enumerate() {
        let text = clean(&glyph.text);
        if i > 0
            && glyph.x - end > threshold
            && !pieces.last().is_some_and(|p| p.ends_with(' '))
            && !text.starts_with(' ')
        {
            pieces.push(" ".to_owned());
        }
        end = end.max(glyph.x + glyph.advance);
        if !text.trim().is_empty() {
            right = right.max(glyph.x + glyph.advance);
        }
        if !text.is_empty() {
            pieces.push(text);
        }
    }
    let rtl = mostly_right_to_left(&pieces);
    let text = collapse(&reading_order_of_pieces(pieces, rtl));
    if text.is_empty() {
        return None;
    }
    let left = glyphs
        .iter()
        .find(|g| !g.1.text.trim().is_empty())
        .map_or(first.x, |g| g.1.x);
    Some(Line {
        page,
        left,
        right,
        baseline: first.y,
        size,
        text,
        rtl,
        column: (left, right),
    })
}

/// A glyph's text as document text: presentation forms and ligatures (Arabic letters in their
/// joined shapes, "ﬁ") as the letters they are; control characters and tabs as spaces.
fn clean(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{FB00}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => out.extend(c.nfkc()),
            c if c.is_control() || c == '\u{A0}' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn direction_of(piece: &str) -> Option<bool> {
    piece
        .chars()
        .find_map(|c| match unicode_bidi::bidi_class(c) {
            BidiClass::R | BidiClass::AL => Some(true),
            BidiClass::L => Some(false),
            _ => None,
        })
}

fn mostly_right_to_left(pieces: &[String]) -> bool {
    let (mut rtl, mut ltr) = (0usize, 0usize);
    for piece in pieces {
        match direction_of(piece) {
            Some(true) => rtl += 1,
            Some(false) => ltr += 1,
            None => {}
        }
    }
    rtl > ltr
}

/// Whether a piece runs against the line's direction: for a right-to-left line, Latin letters
/// and digits; for a left-to-right one, Arabic and Hebrew letters.
fn runs_against(piece: &str, rtl: bool) -> Option<bool> {
    piece
        .chars()
        .find_map(|c| match unicode_bidi::bidi_class(c) {
            BidiClass::R | BidiClass::AL => Some(!rtl),
            BidiClass::L | BidiClass::EN | BidiClass::AN => Some(rtl),
            BidiClass::NSM => None,
            _ => Some(false).filter(|_| !c.is_whitespace() && !is_separator(c)),
        })
}

fn is_separator(c: char) -> bool {
    matches!(
        unicode_bidi::bidi_class(c),
        BidiClass::CS | BidiClass::ES | BidiClass::ET | BidiClass::WS
    )
}

/// Pieces in visual order to reading order: a right-to-left line is read from its right end,
/// except its runs of Latin letters and digits, which read left to right inside it; in a
/// left-to-right line, runs of right-to-left letters are turned round. A combining mark stays
/// after the letter it is drawn on.
fn reading_order_of_pieces(pieces: Vec<String>, rtl: bool) -> String {
    // Clusters: a piece of combining marks only belongs to the piece before it.
    let mut clusters: Vec<String> = Vec::with_capacity(pieces.len());
    for piece in pieces {
        let marks_only = piece
            .chars()
            .all(|c| unicode_bidi::bidi_class(c) == BidiClass::NSM);
        match clusters.last_mut() {
            Some(last) if marks_only => last.push_str(&piece),
            _ => clusters.push(piece),
        }
    }
    let against: Vec<Option<bool>> = clusters.iter().map(|p| runs_against(p, rtl)).collect();
    // A neutral piece (a space, a comma) between two pieces that run against the line runs
    // against it too.
    let mut flags: Vec<bool> = against.iter().map(|a| a.unwrap_or(false)).collect();
    for i in 0..clusters.len() {
        if against[i].is_none() {
            let before = against[..i].iter().rev().find_map(|a| *a);
            let after = against[i + 1..].iter().find_map(|a| *a);
            flags[i] = before == Some(true) && after == Some(true);
        }
    }
    let mut order: Vec<usize> = (0..clusters.len()).collect();
    if rtl {
        order.reverse();
    }
    // Turn round each run that runs against the line.
    let mut out = String::new();
    let mut i = 0;
    while i < order.len() {
        if flags[order[i]] {
            let mut j = i;
            while j < order.len() && flags[order[j]] {
                j += 1;
            }
            for &k in order[i..j].iter().rev() {
                out.push_str(&clusters[k]);
            }
            i = j;
        } else {
            out.push_str(&clusters[order[i]]);
            i += 1;
        }
    }
    out
}

/// The empty bands across a set of intervals, widest first: `(start, end)` of each gap.
fn gaps(mut intervals: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    intervals.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut out = Vec::new();
    let mut reach = f64::NEG_INFINITY;
    for (start, end) in intervals {
        if reach.is_finite() && start > reach {
            out.push((reach, start));
        }
        reach = reach.max(end);
    }
    out.sort_by(|a, b| (b.1 - b.0).total_cmp(&(a.1 - a.0)));
    out
}

/// A page's lines in reading order: cut at the widest gutter between columns, else at the
/// widest space between rows, again in each part.
fn reading_order(lines: Vec<Line>) -> Vec<Line> {
    if lines.is_empty() {
        return lines;
    }
    let rtl = lines.iter().filter(|l| l.rtl).count() * 2 > lines.len();
    let bounds = |part: &[usize]| {
        part.iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &i| {
                (a.min(lines[i].left), b.max(lines[i].right))
            })
    };
    let all: Vec<usize> = (0..lines.len()).collect();
    // Regions still to read, the next on top: (lines, column).
    let mut stack = vec![(all.clone(), bounds(&all))];
    let mut order: Vec<(usize, (f64, f64))> = Vec::with_capacity(lines.len());
    while let Some((part, column)) = stack.pop() {
        if part.len() == 1 {
            order.push((part[0], column));
            continue;
        }
        let mut sizes: Vec<f64> = part.iter().map(|&i| lines[i].size).collect();
        sizes.sort_by(f64::total_cmp);
        let gutter = sizes[sizes.len() / 2];
        let vertical = gaps(
            part.iter()
                .map(|&i| (lines[i].left, lines[i].right))
                .collect(),
        );
        if let Some(&(start, end)) = vertical.first().filter(|g| g.1 - g.0 >= gutter) {
            let cut = f64::midpoint(start, end);
            let (left, right): (Vec<usize>, Vec<usize>) =
                part.iter().partition(|&&i| lines[i].right <= cut);
            let (first, second) = if rtl { (right, left) } else { (left, right) };
            // The one read first goes on top.
            let (b1, b2) = (bounds(&first), bounds(&second));
            stack.push((second, b2));
            stack.push((first, b1));
            continue;
        }
        let horizontal = gaps(
            part.iter()
                .map(|&i| (lines[i].top(), lines[i].bottom()))
                .collect(),
        );
        let Some(&(start, end)) = horizontal.first() else {
            // One row of lines: left to right (right to left on a right-to-left page).
            let mut row = part;
            row.sort_by(|&a, &b| lines[a].left.total_cmp(&lines[b].left));
            if rtl {
                row.reverse();
            }
            order.extend(row.into_iter().map(|i| (i, column)));
            continue;
        };
        // Cut at every gap nearly as wide as the widest, top to bottom.
        let widest = end - start;
        let mut cuts: Vec<f64> = horizontal
            .iter()
            .filter(|g| g.1 - g.0 >= widest * 0.9)
            .map(|g| f64::midpoint(g.0, g.1))
            .collect();
        cuts.sort_by(f64::total_cmp);
        let mut bands: Vec<Vec<usize>> = vec![Vec::new(); cuts.len() + 1];
        for &i in &part {
            let band = cuts.partition_point(|&c| c < lines[i].baseline);
            bands[band].push(i);
        }
        for band in bands.into_iter().rev().filter(|b| !b.is_empty()) {
            stack.push((band, column));
        }
    }
    let mut lines: Vec<Option<Line>> = lines.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|(i, column)| {
            let mut line = lines[i].take()?;
            line.column = column;
            Some(line)
        })
        .collect()
}

/// Whether `text` ends a sentence.
fn ends_sentence(text: &str) -> bool {
    text.trim_end().ends_with([
        '.', '!', '?', ':', '"', '\u{201D}', '\u{BB}', '\u{61F}', '\u{6D4}',
    ])
}

/// The typical space between baselines, as a multiple of the type size.
fn typical_leading(lines: &[Line]) -> f64 {
    let mut ratios: Vec<f64> = lines
        .windows(2)
        .filter(|w| {
            w[0].page == w[1].page
                && w[0].column == w[1].column
                && (w[0].size - w[1].size).abs() <= 0.1 * w[0].size
        })
        .map(|w| (w[1].baseline - w[0].baseline) / w[0].size)
        .filter(|r| *r > 0.5 && *r < 3.0)
        .collect();
    ratios.sort_by(f64::total_cmp);
    ratios.get(ratios.len() / 2).copied().unwrap_or(1.3)
}

/// Whether `next` starts a new paragraph after `prev`.
fn starts_paragraph(prev: &Line, next: &Line, leading: f64) -> bool {
    let em = prev.size.max(next.size);
    if (prev.size - next.size).abs() > 0.12 * prev.size.min(next.size) {
        return true;
    }
    let same_row = prev.page == next.page && (prev.baseline - next.baseline).abs() < 0.3 * em;
    if same_row {
        return false;
    }
    let indented = next.indent() > 0.8 * em;
    let flows_on =
        next.page != prev.page || next.baseline < prev.baseline || prev.column != next.column;
    if flows_on {
        // A column or page break: the paragraph goes on if its line fills the column or ends
        // with a hyphen, and the next line is not indented.
        let full = prev.shortfall() < 2.0 * em || ends_with_hyphen(&prev.text);
        return indented || !full;
    }
    let gap = (next.baseline - prev.baseline) / prev.size;
    gap > leading * 1.3 + 0.1
        || indented
        || (ends_sentence(&prev.text)
            && prev.shortfall() > (4.0 * em).max(0.15 * (prev.column.1 - prev.column.0)))
}

fn ends_with_hyphen(text: &str) -> bool {
    let mut chars = text.chars().rev();
    matches!(chars.next(), Some('-' | '\u{2010}' | '\u{AD}'))
        && chars.next().is_some_and(char::is_alphabetic)
}

/// The lines as paragraphs.
fn paragraphs(lines: &[Line]) -> Vec<String> {
    let leading = typical_leading(lines);
    let words: HashSet<String> = lines
        .iter()
        .flat_map(|l| l.text.split_whitespace())
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let mut out: Vec<String> = Vec::new();
    let mut prev: Option<&Line> = None;
    for line in lines {
        match (prev, out.last_mut()) {
            (Some(p), Some(paragraph)) if !starts_paragraph(p, line, leading) => {
                join(paragraph, &line.text, &words);
            }
            _ => out.push(line.text.clone()),
        }
        prev = Some(line);
    }
    out
}

/// Appends a line to its paragraph: after a space, or straight after a word hyphenated at the
/// line's end (the hyphen dropped unless it is a real one).
fn join(paragraph: &mut String, next: &str, words: &HashSet<String>) {
    if paragraph.ends_with('\u{AD}') {
        paragraph.pop();
        paragraph.push_str(next);
        return;
    }
    if !ends_with_hyphen(paragraph) || !next.starts_with(char::is_alphanumeric) {
        paragraph.push(' ');
        paragraph.push_str(next);
        return;
    }
    let before: String = paragraph
        .chars()
        .rev()
        .skip(1)
        .take_while(|c| c.is_alphanumeric())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let after: String = next.chars().take_while(|c| c.is_alphanumeric()).collect();
    let capital_or_digit = |c: Option<char>| c.is_some_and(|c| c.is_uppercase() || c.is_numeric());
    let compound = format!("{before}-{after}").to_lowercase();
    let real = capital_or_digit(before.chars().last())
        || capital_or_digit(after.chars().next())
        || words.contains(&compound);
    if !real {
        paragraph.pop();
    }
    paragraph.push_str(next);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyphs(x: f64, y: f64, size: f64, text: &str) -> Vec<Glyph> {
        let advance = size * 0.5;
        text.chars()
            .enumerate()
            .map(|(i, c)| Glyph {
                x: x + advance * i as f64,
                y,
                advance,
                size,
                text: c.to_string(),
            })
            .collect()
    }

    #[test]
    fn right_to_left_pieces_read_from_the_right_with_numbers_left_to_right() {
        // Visual order of "عدد 62 هجوما" drawn left to right: the last word first.
        let visual = ["ا", "م", "و", "ج", "ه", " ", "6", "2", " ", "د", "د", "ع"];
        let pieces: Vec<String> = visual.iter().map(|s| (*s).to_owned()).collect();
        assert!(mostly_right_to_left(&pieces));
        assert_eq!(reading_order_of_pieces(pieces, true), "عدد 62 هجوما");
        let mixed: Vec<String> = ["a", " ", "ب", "ا", " ", "c"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        assert_eq!(reading_order_of_pieces(mixed, false), "a اب c");
    }

    #[test]
    fn hyphens_at_line_ends_are_joined_unless_real() {
        let words: HashSet<String> = ["well-known".to_owned()].into_iter().collect();
        for (line, next, joined) in [
            ("the infor-", "mation was", "the information was"),
            ("a well-", "known analyst", "a well-known analyst"),
            ("the COVID-", "19 rules", "the COVID-19 rules"),
            ("an Anglo-", "American review", "an Anglo-American review"),
            ("ends here -", "and goes on", "ends here - and goes on"),
            ("soft\u{AD}", "ware", "software"),
        ] {
            let mut paragraph = line.to_owned();
            join(&mut paragraph, next, &words);
            assert_eq!(paragraph, joined);
        }
    }

    /// Glyphs of `words` drawn with no space glyph: each letter `advance` wide, `letter` apart,
    /// and `word` apart between words.
    fn spaced(words: &[&str], advance: f64, letter: f64, word: f64) -> Vec<Glyph> {
        let mut x = 10.0;
        let mut out = Vec::new();
        for w in words {
            for c in w.chars() {
                out.push(Glyph {
                    x,
                    y: 100.0,
                    advance,
                    size: 10.0,
                    text: c.to_string(),
                });
                x += advance + letter;
            }
            x += word - letter;
        }
        out
    }

    #[test]
    fn words_are_parted_by_their_gaps_whatever_the_letters_gaps() {
        let text = |glyphs: Vec<Glyph>| {
            text_of(&[Page {
                height: 800.0,
                glyphs,
            }])
        };
        let words = ["the", "role", "of", "mentorship"];
        // Set tight (letters touch or overlap a little): a gap of 0.14 of the size parts words.
        assert_eq!(
            text(spaced(&words, 5.0, -0.1, 1.4)),
            "the role of mentorship"
        );
        // Letter-spaced: 1.5 between letters is the spacing, 6 between words a word's gap.
        assert_eq!(
            text(spaced(&words, 5.0, 1.5, 6.0)),
            "the role of mentorship"
        );
    }

    #[test]
    fn columns_are_read_one_after_the_other() {
        let mut page = Page {
            height: 800.0,
            glyphs: Vec::new(),
        };
        page.glyphs.extend(glyphs(50.0, 60.0, 20.0, "Headline"));
        for (row, (left, right)) in [("aaaa aaaa", "cccc cccc"), ("aaaa aa", "dddd dddd")]
            .iter()
            .enumerate()
        {
            let y = 120.0 + 14.0 * row as f64;
            page.glyphs.extend(glyphs(50.0, y, 10.0, left));
            page.glyphs.extend(glyphs(150.0, y, 10.0, right));
        }
        assert_eq!(
            text_of(&[page]),
            "Headline\n\naaaa aaaa aaaa aa\n\ncccc cccc dddd dddd"
        );
    }
}
