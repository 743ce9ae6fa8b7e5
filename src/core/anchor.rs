//! Selectors (quote + position) and re-anchoring a highlight in a possibly revised text.
//!
//! Placement, cheapest first: the stored position still holds the quote (exact); the quote with its
//! context is found near where neighbouring highlights moved to (moved, or fuzzy with a score); the
//! quote occurs exactly elsewhere and its context picks the occurrence; a bit-parallel scan of the
//! whole text; otherwise the highlight is orphaned — kept, listed, never dropped.
//!
//! The fuzzy matcher aligns `prefix + exact + suffix` as one pattern (Myers' bit-parallel edit
//! distance, in 64-bit blocks), then a banded alignment of that one spot tells where the quote's own
//! boundaries fell. Using the context as part of the pattern is what makes a short quote with an
//! edit inside it land on the right occurrence, and the span come out exactly.

use std::collections::HashMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::core::text::DocumentText;

/// How many chars of context a new selector stores on each side of the quote.
pub const CONTEXT_CHARS: usize = 32;

/// Below this score a candidate placement is rejected and the highlight orphaned.
pub const ORPHAN_BELOW: f32 = 0.5;

/// A placement scoring at least this is taken at once, without looking further afield.
const GOOD_ENOUGH: f32 = 0.8;

/// The W3C Web Annotation `TextQuoteSelector`: the quoted text and some context around it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct TextQuoteSelector {
    /// The highlighted text itself.
    pub exact: String,
    /// Up to [`CONTEXT_CHARS`] chars before it.
    #[serde(default)]
    pub prefix: String,
    /// Up to [`CONTEXT_CHARS`] chars after it.
    #[serde(default)]
    pub suffix: String,
}

/// The W3C Web Annotation `TextPositionSelector`, in chars: start inclusive, end exclusive.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct TextPositionSelector {
    /// First char of the highlight.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
}

/// Both selectors of one highlight.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Selector {
    /// What the highlight says, with context.
    pub quote: TextQuoteSelector,
    /// Where it was, in chars.
    pub position: TextPositionSelector,
}

impl Selector {
    /// The selector for a char range of a document, with [`CONTEXT_CHARS`] of context each side.
    pub fn from_range(doc: &DocumentText, range: Range<usize>) -> Self {
        let end = range.end.min(doc.char_count());
        let start = range.start.min(end);
        let prefix_start = start.saturating_sub(CONTEXT_CHARS);
        let suffix_end = (end + CONTEXT_CHARS).min(doc.char_count());
        Self {
            quote: TextQuoteSelector {
                exact: doc.slice_chars(start..end).to_owned(),
                prefix: doc.slice_chars(prefix_start..start).to_owned(),
                suffix: doc.slice_chars(end..suffix_end).to_owned(),
            },
            position: TextPositionSelector { start, end },
        }
    }

    /// The stored char range.
    pub fn range(&self) -> Range<usize> {
        self.position.start..self.position.end
    }
}

/// How a highlight was placed in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub enum AnchorMethod {
    /// The text at the stored position is the quote.
    Exact,
    /// The quote was found unchanged at another position, chosen by its context.
    Moved,
    /// The quote was found with edits; see the score.
    Fuzzy,
    /// No placement scored high enough. The highlight is kept and listed, not dropped.
    Orphaned,
}

impl AnchorMethod {
    /// Lower-case name, as the command line prints it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Exact => "exact",
            Self::Moved => "moved",
            Self::Fuzzy => "fuzzy",
            Self::Orphaned => "orphaned",
        }
    }
}

/// Where a highlight landed, how, and how sure we are (0..=1).
#[derive(Clone, Debug, PartialEq)]
pub struct Placement {
    /// Char range in the text; `None` when orphaned.
    pub range: Option<Range<usize>>,
    /// How it was placed.
    pub method: AnchorMethod,
    /// Weighted similarity of quote, prefix, suffix and position; the best candidate's score
    /// (below [`ORPHAN_BELOW`]) when orphaned, 0 when there was no candidate at all.
    pub score: f32,
}

impl Placement {
    fn orphaned(score: f32) -> Self {
        Self {
            range: None,
            method: AnchorMethod::Orphaned,
            score,
        }
    }
}

/// A text prepared for anchoring many highlights.
pub struct Anchorer<'a> {
    doc: &'a DocumentText,
    chars: Vec<char>,
}

/// A candidate placement before it is classified.
#[derive(Clone, Debug)]
struct Candidate {
    range: Range<usize>,
    quote_exact: bool,
    score: f32,
    /// The quote is unchanged and at least one side of its context is mostly intact: an edit
    /// beside a quote leaves the other side alone, so this is taken over any fuzzy match.
    intact: bool,
}

impl<'a> Anchorer<'a> {
    /// Prepares a text (O(length) once).
    pub fn new(doc: &'a DocumentText) -> Self {
        Self {
            doc,
            chars: doc.as_str().chars().collect(),
        }
    }

    /// Places every selector, in input order. Works through them in text order so each uses the
    /// shift of the one before as its first guess of where to look.
    pub fn anchor_all(&self, selectors: &[Selector]) -> Vec<Placement> {
        let mut order: Vec<usize> = (0..selectors.len()).collect();
        order.sort_by_key(|&i| selectors[i].position.start);
        let mut out = vec![Placement::orphaned(0.0); selectors.len()];
        let mut shift: isize = 0;
        for i in order {
            let placement = self.anchor(&selectors[i], shift);
            if let Some(range) = &placement.range {
                shift = range.start as isize - selectors[i].position.start as isize;
            }
            out[i] = placement;
        }
        out
    }

    /// Places one selector. `shift_hint` is how far (in chars) nearby text is believed to have
    /// moved; 0 when nothing is known.
    pub fn anchor(&self, selector: &Selector, shift_hint: isize) -> Placement {
        let quote: Vec<char> = selector.quote.exact.chars().collect();
        if quote.is_empty() {
            return Placement::orphaned(0.0);
        }
        let prefix: Vec<char> = selector.quote.prefix.chars().collect();
        let suffix: Vec<char> = selector.quote.suffix.chars().collect();
        let query = Query {
            quote: &quote,
            prefix: &prefix,
            suffix: &suffix,
            stored_start: selector.position.start,
        };

        let mut best: Option<Candidate> = None;
        let consider = |candidate: Option<Candidate>, best: &mut Option<Candidate>| {
            if let Some(c) = candidate
                && best.as_ref().is_none_or(|b| c.score > b.score)
            {
                *best = Some(c);
            }
            best.as_ref().is_some_and(|b| b.score >= GOOD_ENOUGH)
        };

        // 1. The stored position.
        let stored = selector.range();
        if stored.end <= self.chars.len() && self.chars[stored.clone()] == quote[..] {
            let candidate = self.exact_candidate(&query, stored.start);
            if candidate.intact {
                return Self::finish(Some(candidate), selector);
            }
            if consider(Some(candidate), &mut best) {
                return Self::finish(best, selector);
            }
        }

        // 2. Near where the neighbours moved to, then a wider neighbourhood.
        let expected = (selector.position.start as isize + shift_hint).max(0) as usize;
        let pattern_len = prefix.len() + quote.len() + suffix.len();
        for slack in [64 + pattern_len / 2, 4096 + pattern_len * 4] {
            let from = expected.saturating_sub(slack + prefix.len());
            let to = (expected + quote.len() + suffix.len() + slack).min(self.chars.len());
            if from >= to {
                continue;
            }
            // The quote unchanged in this window, with one side of its context intact, beats any
            // fuzzy alignment: an insertion right at the quote's edge can make a shifted, edited
            // span cost no more overall.
            let exact =
                self.best_exact_occurrence(&query, &selector.quote.exact, expected, from..to);
            if let Some(c) = exact.as_ref().filter(|c| c.intact) {
                return Self::finish(Some(c.clone()), selector);
            }
            consider(exact, &mut best);
            let candidate = self.fuzzy_candidate(&query, from..to, expected);
            if consider(candidate, &mut best) {
                return Self::finish(best, selector);
            }
        }

        // 3. The quote unchanged anywhere, chosen by context and closeness.
        let candidate = self.best_exact_occurrence(
            &query,
            &selector.quote.exact,
            expected,
            0..self.chars.len(),
        );
        if let Some(c) = candidate.as_ref().filter(|c| c.intact) {
            return Self::finish(Some(c.clone()), selector);
        }
        if consider(candidate, &mut best) {
            return Self::finish(best, selector);
        }

        // 4. The whole text, fuzzily.
        let candidate = self.fuzzy_candidate(&query, 0..self.chars.len(), expected);
        consider(candidate, &mut best);
        Self::finish(best, selector)
    }

    fn finish(best: Option<Candidate>, selector: &Selector) -> Placement {
        match best {
            Some(c) if c.score >= ORPHAN_BELOW => {
                let method = if !c.quote_exact {
                    AnchorMethod::Fuzzy
                } else if c.range.start == selector.position.start {
                    AnchorMethod::Exact
                } else {
                    AnchorMethod::Moved
                };
                Placement {
                    range: Some(c.range),
                    method,
                    score: c.score,
                }
            }
            Some(c) => Placement::orphaned(c.score),
            None => Placement::orphaned(0.0),
        }
    }

    /// Scores the quote found unchanged at `start` by its context.
    fn exact_candidate(&self, query: &Query<'_>, start: usize) -> Candidate {
        let end = start + query.quote.len();
        let before = &self.chars[start.saturating_sub(query.prefix.len())..start];
        let after = &self.chars[end..(end + query.suffix.len()).min(self.chars.len())];
        let prefix_errors = levenshtein(query.prefix, before);
        let suffix_errors = levenshtein(query.suffix, after);
        let side_intact = |errors: usize, len: usize| len == 0 || errors * 2 <= len;
        let intact = (query.prefix.is_empty() && query.suffix.is_empty())
            || (!query.prefix.is_empty() && side_intact(prefix_errors, query.prefix.len()))
            || (!query.suffix.is_empty() && side_intact(suffix_errors, query.suffix.len()));
        Candidate {
            range: start..end,
            quote_exact: true,
            score: query.score(0, prefix_errors, suffix_errors, start, self.chars.len()),
            intact,
        }
    }

    /// The best unchanged occurrence of the quote within `window` (chars), by context.
    fn best_exact_occurrence(
        &self,
        query: &Query<'_>,
        exact: &str,
        expected: usize,
        window: Range<usize>,
    ) -> Option<Candidate> {
        const MAX_OCCURRENCES: usize = 10_000;
        let bytes = self.doc.char_range_to_bytes(window);
        let text = &self.doc.as_str().as_bytes()[bytes.clone()];
        let mut best: Option<Candidate> = None;
        for byte in memchr::memmem::find_iter(text, exact.as_bytes()).take(MAX_OCCURRENCES) {
            let start = self.doc.byte_to_char(bytes.start + byte);
            let mut candidate = self.exact_candidate(query, start);
            // Among equals, the one nearest the expected position wins.
            candidate.score -= start.abs_diff(expected) as f32 * 1e-9;
            if best.as_ref().is_none_or(|b| candidate.score > b.score) {
                best = Some(candidate);
            }
        }
        best
    }

    /// Finds the best fuzzy placement of the query within `window` (char range of the text).
    fn fuzzy_candidate(
        &self,
        query: &Query<'_>,
        window: Range<usize>,
        expected: usize,
    ) -> Option<Candidate> {
        let pattern: Vec<char> = query
            .prefix
            .iter()
            .chain(query.quote)
            .chain(query.suffix)
            .copied()
            .collect();
        let window_text = &self.chars[window.clone()];
        // Where the whole pattern would end if the text had moved by exactly the shift.
        let expected_end =
            (expected + query.quote.len() + query.suffix.len()).saturating_sub(window.start);
        let (end, errors) = Myers::new(&pattern).best_end(window_text, expected_end)?;
        // Too many errors even to be worth aligning: more than the context plus a quarter of the quote.
        if errors as usize > query.prefix.len() + query.suffix.len() + query.quote.len() / 4 + 1 {
            return None;
        }
        let end_abs = window.start + end;
        let seg_start = end_abs.saturating_sub(pattern.len() + errors as usize);
        let alignment = align(
            &pattern,
            &self.chars[seg_start..end_abs],
            errors as usize,
            query.prefix.len(),
            query.prefix.len() + query.quote.len(),
        )?;
        let range = seg_start + alignment.quote_start..seg_start + alignment.quote_end;
        if range.is_empty() {
            return None;
        }
        let quote_exact = self.chars[range.clone()] == query.quote[..];
        let score = query.score(
            alignment.quote_errors,
            alignment.prefix_errors,
            alignment.suffix_errors,
            range.start,
            self.chars.len(),
        );
        Some(Candidate {
            range,
            quote_exact,
            score,
            intact: false,
        })
    }
}

/// One selector being placed, as char slices.
struct Query<'q> {
    quote: &'q [char],
    prefix: &'q [char],
    suffix: &'q [char],
    stored_start: usize,
}

impl Query<'_> {
    /// Weighted similarity: quote 50, prefix 20, suffix 20, position 2.
    fn score(
        &self,
        quote_errors: usize,
        prefix_errors: usize,
        suffix_errors: usize,
        start: usize,
        text_len: usize,
    ) -> f32 {
        fn similarity(errors: usize, len: usize) -> f32 {
            if len == 0 {
                1.0
            } else {
                (1.0 - errors as f32 / len as f32).max(0.0)
            }
        }
        let quote = similarity(quote_errors, self.quote.len());
        let prefix = similarity(prefix_errors, self.prefix.len());
        let suffix = similarity(suffix_errors, self.suffix.len());
        let position =
            1.0 - (start.abs_diff(self.stored_start) as f32 / text_len.max(1) as f32).min(1.0);
        (50.0 * quote + 20.0 * prefix + 20.0 * suffix + 2.0 * position) / 92.0
    }
}

/// Myers' bit-parallel approximate string matching (Hyyrö's multi-block form).
struct Myers {
    /// For each distinct pattern char, its match bit-vector (`blocks` words).
    peq: Vec<u64>,
    ascii: [u32; 128],
    other: HashMap<char, u32>,
    blocks: usize,
    /// Bit of the pattern's last char within the last block.
    last_bit: u64,
    len: usize,
}

impl Myers {
    fn new(pattern: &[char]) -> Self {
        let blocks = pattern.len().div_ceil(64).max(1);
        // Slot 0 is the all-zero vector for chars not in the pattern.
        let mut peq = vec![0u64; blocks];
        let mut ascii = [0u32; 128];
        let mut other = HashMap::new();
        for (i, &ch) in pattern.iter().enumerate() {
            let slot = if (ch as u32) < 128 {
                let s = &mut ascii[ch as usize];
                if *s == 0 {
                    *s = (peq.len() / blocks) as u32;
                    peq.extend(std::iter::repeat_n(0, blocks));
                }
                *s
            } else {
                *other.entry(ch).or_insert_with(|| {
                    let s = (peq.len() / blocks) as u32;
                    peq.extend(std::iter::repeat_n(0, blocks));
                    s
                })
            };
            peq[slot as usize * blocks + i / 64] |= 1 << (i % 64);
        }
        let last_bit = 1u64 << ((pattern.len().max(1) - 1) % 64);
        Self {
            peq,
            ascii,
            other,
            blocks,
            last_bit,
            len: pattern.len(),
        }
    }

    fn slot(&self, ch: char) -> usize {
        if (ch as u32) < 128 {
            self.ascii[ch as usize] as usize
        } else {
            self.other.get(&ch).copied().unwrap_or(0) as usize
        }
    }

    /// The end (exclusive) in `text` with the fewest edits; ties go to the end nearest `prefer_end`.
    fn best_end(&self, text: &[char], prefer_end: usize) -> Option<(usize, u32)> {
        if self.len == 0 || text.is_empty() {
            return None;
        }
        let mut pv = vec![u64::MAX; self.blocks];
        let mut mv = vec![0u64; self.blocks];
        let mut score = self.len as i64;
        let mut best: Option<(usize, i64)> = None;
        for (j, &ch) in text.iter().enumerate() {
            let eq_base = self.slot(ch) * self.blocks;
            let mut carry: i64 = 0;
            for b in 0..self.blocks {
                let high = if b + 1 == self.blocks {
                    self.last_bit
                } else {
                    1 << 63
                };
                carry = advance_block(self.peq[eq_base + b], &mut pv[b], &mut mv[b], carry, high);
            }
            score += carry;
            let end = j + 1;
            let better = match best {
                None => true,
                Some((best_end, best_score)) => {
                    score < best_score
                        || (score == best_score
                            && end.abs_diff(prefer_end) < best_end.abs_diff(prefer_end))
                }
            };
            if better {
                best = Some((end, score));
            }
        }
        best.map(|(end, s)| (end, s.max(0) as u32))
    }
}

/// One block step of Myers/Hyyrö. Returns the horizontal delta out of the block's last row.
#[inline]
fn advance_block(eq_in: u64, pv: &mut u64, mv: &mut u64, hin: i64, high_bit: u64) -> i64 {
    let mut eq = eq_in;
    let xv = eq | *mv;
    if hin < 0 {
        eq |= 1;
    }
    let xh = ((eq & *pv).wrapping_add(*pv) ^ *pv) | eq;
    let mut ph = *mv | !(xh | *pv);
    let mut mh = *pv & xh;
    let hout = if ph & high_bit != 0 {
        1
    } else if mh & high_bit != 0 {
        -1
    } else {
        0
    };
    ph <<= 1;
    mh <<= 1;
    if hin < 0 {
        mh |= 1;
    } else if hin > 0 {
        ph |= 1;
    }
    *pv = mh | !(xv | ph);
    *mv = ph & xv;
    hout
}

/// Where the quote fell in an alignment of the whole pattern, and the errors in each part.
#[derive(Debug, PartialEq, Eq)]
struct Alignment {
    quote_start: usize,
    quote_end: usize,
    quote_errors: usize,
    prefix_errors: usize,
    suffix_errors: usize,
}

/// Aligns all of `pattern` to a suffix of `text` (the alignment ends at the end of `text` and may
/// start anywhere), allowing at most `max_errors`, in a band of diagonals. The quote occupies
/// pattern chars `quote_from..quote_to`; chars inserted at its edges are kept outside it.
#[allow(clippy::too_many_lines)] // One dynamic program and its traceback; split, it reads worse.
fn align(
    pattern: &[char],
    text: &[char],
    max_errors: usize,
    quote_from: usize,
    quote_to: usize,
) -> Option<Alignment> {
    const INF: u32 = u32::MAX / 2;
    let m = pattern.len();
    let n = text.len();
    let d_end = n as isize - m as isize;
    let lo = d_end - max_errors as isize;
    let width = 2 * max_errors + 1;
    let at = |i: usize, j: usize| -> Option<usize> {
        let d = j as isize - i as isize - lo;
        (d >= 0 && (d as usize) < width && j <= n).then(|| i * width + d as usize)
    };
    let mut cost = vec![INF; (m + 1) * width];
    for j in 0..=n {
        if let Some(k) = at(0, j) {
            cost[k] = 0;
        }
    }
    for i in 1..=m {
        for d in 0..width {
            let j = i as isize + lo + d as isize;
            if j < 0 || j as usize > n {
                continue;
            }
            let j = j as usize;
            let mut best = INF;
            if j == 0 {
                best = i as u32;
            } else {
                if let Some(k) = at(i - 1, j - 1) {
                    best = best.min(cost[k] + u32::from(pattern[i - 1] != text[j - 1]));
                }
                if let Some(k) = at(i, j - 1) {
                    best = best.min(cost[k] + 1);
                }
            }
            if let Some(k) = at(i - 1, j) {
                best = best.min(cost[k] + 1);
            }
            cost[i * width + d] = best;
        }
    }
    let end = at(m, n)?;
    if cost[end] > max_errors as u32 {
        return None;
    }

    // Walk back from the end, preferring matches, and note the quote's edges and errors.
    let (mut i, mut j) = (m, n);
    let mut quote_start = 0;
    let mut quote_end = usize::MAX;
    // Errors are charged to the part of the pattern they touch: 0 prefix, 1 quote, 2 suffix.
    let mut errors_by_part = [0usize; 3];
    let part_of_row = |row: usize| usize::from(row >= quote_from) + usize::from(row >= quote_to);
    loop {
        if i == quote_to {
            quote_end = quote_end.min(j);
        }
        if i == quote_from {
            quote_start = quote_start.max(j);
        }
        if i == 0 {
            break;
        }
        let here = cost[at(i, j)?];
        if j > 0
            && let Some(k) = at(i - 1, j - 1)
        {
            let mismatch = u32::from(pattern[i - 1] != text[j - 1]);
            if cost[k] + mismatch == here {
                errors_by_part[part_of_row(i - 1)] += mismatch as usize;
                i -= 1;
                j -= 1;
                continue;
            }
        }
        if let Some(k) = at(i - 1, j)
            && cost[k] + 1 == here
        {
            errors_by_part[part_of_row(i - 1)] += 1;
            i -= 1;
            continue;
        }
        if j > 0
            && let Some(k) = at(i, j - 1)
            && cost[k] + 1 == here
        {
            // A text char the pattern lacks; at the quote's own edges it belongs to the context.
            let part = if i > quote_from && i < quote_to {
                1
            } else if i <= quote_from {
                0
            } else {
                2
            };
            errors_by_part[part] += 1;
            j -= 1;
            continue;
        }
        return None;
    }
    Some(Alignment {
        quote_start,
        quote_end,
        quote_errors: errors_by_part[1],
        prefix_errors: errors_by_part[0],
        suffix_errors: errors_by_part[2],
    })
}

/// Edit distance of two short char slices (context strings).
pub fn levenshtein(a: &[char], b: &[char]) -> usize {
    if a.is_empty() {
        return b.len();
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != cb))
                .min(above + 1)
                .min(row[j] + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> DocumentText {
        DocumentText::from_normalised(text)
    }

    fn selector_for(text: &str, quote: &str) -> Selector {
        let d = doc(text);
        let byte = text.find(quote).unwrap();
        let start = d.byte_to_char(byte);
        Selector::from_range(&d, start..start + quote.chars().count())
    }

    const ARTICLE: &str = "During the last month, resistance forces attacked American bases 62 times, \
        which killed and wounded more than 60 American soldiers. The Pentagon said 45 personnel \
        suffered minor injuries. Other outlets counted 61 attacks as of November 17.";

    #[test]
    fn unchanged_text_places_exactly_at_position() {
        let sel = selector_for(ARTICLE, "62 times");
        let d = doc(ARTICLE);
        let p = Anchorer::new(&d).anchor(&sel, 0);
        assert_eq!(p.method, AnchorMethod::Exact);
        assert_eq!(p.range, Some(sel.range()));
        assert!((p.score - 1.0).abs() < 1e-6, "{}", p.score);
    }

    #[test]
    fn text_inserted_before_moves_the_quote() {
        let sel = selector_for(ARTICLE, "killed and wounded");
        let revised = format!("Editor's note: revised on 23 November. {ARTICLE}");
        let d = doc(&revised);
        let p = Anchorer::new(&d).anchor(&sel, 0);
        assert_eq!(p.method, AnchorMethod::Moved);
        assert_eq!(d.slice_chars(p.range.unwrap()), "killed and wounded");
    }

    #[test]
    fn edited_quote_is_found_fuzzily_with_a_score() {
        let sel = selector_for(ARTICLE, "killed and wounded more than 60 American soldiers");
        let revised = ARTICLE.replace("killed and wounded more", "killed or wounded more");
        let d = doc(&revised);
        let p = Anchorer::new(&d).anchor(&sel, 0);
        assert_eq!(p.method, AnchorMethod::Fuzzy);
        assert_eq!(
            d.slice_chars(p.range.clone().unwrap()),
            "killed or wounded more than 60 American soldiers"
        );
        assert!(p.score > 0.9 && p.score < 1.0, "{}", p.score);
    }

    #[test]
    fn removed_passage_is_orphaned_not_dropped() {
        let sel = selector_for(
            ARTICLE,
            "The Pentagon said 45 personnel suffered minor injuries.",
        );
        let revised = ARTICLE.replace(
            "The Pentagon said 45 personnel \
        suffered minor injuries. ",
            "",
        );
        let d = doc(&revised);
        let placements = Anchorer::new(&d).anchor_all(std::slice::from_ref(&sel));
        assert_eq!(placements.len(), 1);
        assert_eq!(placements[0].method, AnchorMethod::Orphaned);
        assert_eq!(placements[0].range, None);
    }

    #[test]
    fn repeated_quote_is_chosen_by_its_context() {
        let text = "They said 62 times in October. Later reports said 62 times in November.";
        let d = doc(text);
        let second = d.byte_to_char(text.rfind("62 times").unwrap());
        let sel = Selector::from_range(&d, second..second + 8);
        // Everything moves; the nearer first occurrence must lose to the second one's context.
        let preface = "A preface of some length, enough to move things. ";
        let revised = format!("{preface}{text}");
        let d = doc(&revised);
        let p = Anchorer::new(&d).anchor(&sel, -40);
        assert_eq!(p.method, AnchorMethod::Moved);
        assert_eq!(p.range.unwrap().start, second + preface.chars().count());
    }

    #[test]
    fn short_quote_with_an_edit_prefers_true_spot_over_identical_text_nearby() {
        let text = "alpha beta gamma delta. The count was wrong here. epsilon zeta eta theta. The count was right.";
        let sel = selector_for(text, "The count was wrong");
        let revised = text.replace("The count was wrong", "The count was wr0ng");
        let d = doc(&revised);
        let p = Anchorer::new(&d).anchor(&sel, 0);
        assert_eq!(d.slice_chars(p.range.unwrap()), "The count was wr0ng");
    }

    #[test]
    fn insertion_at_quote_edge_stays_outside() {
        let text = "aaaa bbbb cccc dddd eeee ffff gggg";
        let sel = selector_for(text, "dddd");
        let revised = "aaaa bbbb cccc XXdddd eeee ffff gggg";
        let d = doc(revised);
        let p = Anchorer::new(&d).anchor(&sel, 0);
        assert_eq!(d.slice_chars(p.range.unwrap()), "dddd");
    }

    #[test]
    fn myers_matches_plain_dynamic_programming() {
        let pattern: Vec<char> = "abcabd".repeat(20).chars().collect(); // 120 chars: 2 blocks
        let text: Vec<char> = format!("xx{}yy", "abcabd".repeat(20).replacen('c', "q", 3))
            .chars()
            .collect();
        let (end, errors) = Myers::new(&pattern).best_end(&text, 0).unwrap();
        assert_eq!(errors, 3);
        assert_eq!(end, 122);
    }

    #[test]
    fn levenshtein_basics() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(levenshtein(&c("kitten"), &c("sitting")), 3);
        assert_eq!(levenshtein(&c(""), &c("abc")), 3);
        assert_eq!(levenshtein(&c("same"), &c("same")), 0);
    }
}
