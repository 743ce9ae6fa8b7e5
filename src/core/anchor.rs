//! Selectors (quote + position) and re-anchoring a highlight in a possibly revised text.
//!
//! The rule (see [`Anchorer`]): an unchanged quote goes to the occurrence whose context agrees
//! best, then the nearest to where it was; an edited quote goes where the quote with its context
//! needs the fewest edits; a quote that cannot be placed well enough is orphaned — kept, listed,
//! never dropped. The answer depends only on the selector and the text, never on which other
//! highlights are placed with it.
//!
//! The fuzzy matcher aligns `prefix + exact + suffix` as one pattern (Myers' bit-parallel edit
//! distance, in 64-bit blocks), then a banded alignment of that one spot tells where the quote's own
//! boundaries fell. Using the context as part of the pattern is what makes a short quote with an
//! edit inside it land on the right occurrence, and the span come out exactly.

use std::ops::Range;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::core::text::DocumentText;

mod distance;
mod foreign;
mod grams;
pub use distance::levenshtein;
use distance::{Myers, align};
pub use foreign::{CONTEXT_AGREES_SCORE, Doubt, FOREIGN_FUZZY_MIN_CHARS, FOREIGN_FUZZY_MIN_SCORE};
use grams::{GramIndex, INDEXED_MIN};

/// How many chars of context a new selector stores on each side of the quote.
pub const CONTEXT_CHARS: usize = 32;

/// Below this score a candidate placement is rejected and the highlight orphaned.
pub const ORPHAN_BELOW: f32 = 0.5;

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
///
/// Placing one selector, in full (the result depends only on the selector and the text, never on
/// the other selectors of a batch or on the shift hint):
/// 1. If the quote occurs unchanged anywhere, every such occurrence is scored (see
///    `Query::score`: the similarity of the stored prefix and suffix to the text beside it, and a
///    little for closeness to the stored position) and the best wins; equal scores go to the
///    occurrence nearest the stored position, then the earlier one. It is `Exact` when that is
///    the stored position, else `Moved`.
/// 2. Otherwise the whole pattern `prefix + quote + suffix` is placed where it needs the fewest
///    edits in the whole text (ties: nearest the stored position, then earlier), the quote's
///    edges are found by alignment, and the placement is `Fuzzy` with its score — or `Orphaned`
///    when it needs more than the context's length plus a quarter of the quote in edits, or scores
///    below [`ORPHAN_BELOW`].
///
/// The search is fast without changing that result: a q-gram index finds the occurrences, the
/// hint and the stored position give a first bound on the edits, and only the regions that share
/// an unchanged piece with the pattern (pigeonhole: a match with `k` edits keeps one of `k + 1`
/// pieces intact) are scanned. Pattern work per selector is capped ([`WORK_CAP`]): a search the
/// cap cuts short (a quote of tens of thousands of chars, or a whole-text scan of a huge text) is
/// done again without the hint, so that even then the answer does not depend on the batch; a
/// pattern too large to scan once is orphaned. Only the [`CONTEXT_USED`] chars of context nearest
/// the quote count.
pub struct Anchorer<'a> {
    doc: &'a DocumentText,
    chars: Vec<char>,
    /// Built on first need: unchanged texts are placed without it.
    index: OnceLock<GramIndex>,
    /// Where Unicode's word boundaries fall (chars, ascending); built when an annotation made
    /// elsewhere is placed (see [`Anchorer::anchor_foreign`]).
    word_bounds: OnceLock<Vec<usize>>,
}

/// Pattern work allowed for one selector, in 64-char blocks times text chars scanned.
pub const WORK_CAP: u64 = 1 << 26;

/// Most 64-bit words in a fuzzy pattern's match table (distinct chars times blocks): 32 MB.
const MAX_TABLE_WORDS: u64 = 1 << 22;

/// Chars of stored context that count, each side: the 32 a selector is made with, and some
/// room for other tools' longer contexts. Context further out is ignored, so that a stranger's
/// 4 KB prefix cannot make scoring each occurrence expensive.
const CONTEXT_USED: usize = 64;

/// Cells allowed for the alignment that finds a fuzzy quote's edges.
const ALIGN_CAP: u64 = 1 << 23;

/// More seed regions than this and a whole-text scan is cheaper.
const MAX_SEED_REGIONS: usize = 4096;

/// Fewer selectors than this for each core and [`Anchorer::anchor_all`] places them all on one
/// thread (starting one costs about as much as a few placements).
const PER_THREAD_MIN: usize = 64;

/// The chars of a selector's quote, and of the context that counts: only the [`CONTEXT_USED`]
/// chars nearest the quote on each side.
fn parts(selector: &Selector) -> (Vec<char>, Vec<char>, Vec<char>) {
    let quote: Vec<char> = selector.quote.exact.chars().collect();
    let mut prefix: Vec<char> = selector.quote.prefix.chars().collect();
    prefix.drain(..prefix.len().saturating_sub(CONTEXT_USED));
    let suffix: Vec<char> = selector.quote.suffix.chars().take(CONTEXT_USED).collect();
    (quote, prefix, suffix)
}

/// A candidate placement before it is classified.
#[derive(Clone, Debug)]
struct Candidate {
    range: Range<usize>,
    quote_exact: bool,
    score: f32,
}

/// The end of the best fuzzy alignment found so far and its edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Hit {
    errors: u32,
    end: usize,
}

impl<'a> Anchorer<'a> {
    /// Prepares a text (O(length) once; the index is built when first needed).
    pub fn new(doc: &'a DocumentText) -> Self {
        Self {
            doc,
            chars: doc.to_chars(),
            index: OnceLock::new(),
            word_bounds: OnceLock::new(),
        }
    }

    /// [`Self::new`] with the text's chars already decoded
    /// ([`DocumentText::load_with_chars`]); chars of another length are decoded again.
    pub fn with_chars(doc: &'a DocumentText, chars: Vec<char>) -> Self {
        if chars.len() != doc.char_count() {
            return Self::new(doc);
        }
        Self {
            doc,
            chars,
            index: OnceLock::new(),
            word_bounds: OnceLock::new(),
        }
    }

    fn index(&self) -> &GramIndex {
        self.index.get_or_init(|| GramIndex::new(&self.chars))
    }

    /// Builds the index now, for a caller with something else to do meanwhile (it is otherwise
    /// built when a selector first needs it).
    pub fn prepare(&self) {
        self.index();
    }

    /// Places every selector, in input order. Works through them in text order so each uses the
    /// shift of the one before as a first guess of where to look; the results are the same as
    /// placing each alone, so a long list is cut into one run per core.
    pub fn anchor_all(&self, selectors: &[Selector]) -> Vec<Placement> {
        let mut order: Vec<usize> = (0..selectors.len()).collect();
        order.sort_by_key(|&i| selectors[i].position.start);
        let threads = std::thread::available_parallelism()
            .map_or(1, std::num::NonZero::get)
            .min(selectors.len() / PER_THREAD_MIN)
            .max(1);
        let runs: Vec<&[usize]> = order.chunks(order.len().div_ceil(threads).max(1)).collect();
        let placed: Vec<Vec<Placement>> = if runs.len() > 1 {
            std::thread::scope(|scope| {
                // The first run here, the others on threads of their own (or here too, when a
                // thread cannot be started).
                let others: Vec<_> = runs[1..]
                    .iter()
                    .enumerate()
                    .map(|(i, &run)| {
                        std::thread::Builder::new()
                            .name(format!("anchor-{}", i + 1))
                            .spawn_scoped(scope, move || self.place_run(selectors, run))
                    })
                    .collect();
                let mut placed = vec![self.place_run(selectors, runs[0])];
                for (thread, &run) in others.into_iter().zip(&runs[1..]) {
                    placed.push(match thread {
                        Ok(handle) => handle
                            .join()
                            .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                        Err(_) => self.place_run(selectors, run),
                    });
                }
                placed
            })
        } else {
            runs.iter()
                .map(|run| self.place_run(selectors, run))
                .collect()
        };
        let mut out = vec![Placement::orphaned(0.0); selectors.len()];
        for (run, placements) in runs.iter().zip(placed) {
            for (&i, placement) in run.iter().zip(placements) {
                out[i] = placement;
            }
        }
        out
    }

    /// Places the selectors `run` names (in text order), each with the shift of the one before.
    fn place_run(&self, selectors: &[Selector], run: &[usize]) -> Vec<Placement> {
        let mut shift: isize = 0;
        run.iter()
            .map(|&i| {
                let placement = self.anchor(&selectors[i], shift);
                if let Some(range) = &placement.range {
                    shift =
                        (range.start as isize).saturating_sub(selectors[i].position.start as isize);
                }
                placement
            })
            .collect()
    }

    /// Places one selector. `shift_hint` is how far (in chars) nearby text is believed to have
    /// moved (0 when nothing is known); it only speeds the search up.
    pub fn anchor(&self, selector: &Selector, shift_hint: isize) -> Placement {
        let (quote, prefix, suffix) = parts(selector);
        if quote.is_empty() {
            return Placement::orphaned(0.0);
        }
        let query = Query {
            quote: &quote,
            prefix: &prefix,
            suffix: &suffix,
            stored_start: selector.position.start,
        };

        // The stored position with its context unchanged cannot be beaten: no index needed.
        let stored = selector.range();
        if stored.start <= stored.end
            && stored.end <= self.chars.len()
            && self.chars[stored.clone()] == quote[..]
            && self.context_errors(&query, stored.start) == (0, 0)
        {
            return Self::finish(Some(self.exact_candidate(&query, stored.start)), selector);
        }

        // 1. Every unchanged occurrence, the best by context, then closeness, then order.
        let best_exact = self
            .occurrences(&quote, &selector.quote.exact)
            .into_iter()
            .map(|start| {
                let errors = self.context_errors(&query, start);
                (query.exact_rank(errors, start, self.chars.len()), start)
            })
            .min()
            .map(|(_, start)| self.exact_candidate(&query, start));
        if best_exact.is_some() {
            return Self::finish(best_exact, selector);
        }

        // 2. The fewest edits anywhere.
        let hint = selector.position.start.saturating_add_signed(shift_hint);
        Self::finish(self.fuzzy_candidate(&query, hint), selector)
    }

    fn finish(best: Option<Candidate>, selector: &Selector) -> Placement {
        match best {
            Some(c) if c.score >= ORPHAN_BELOW => {
                let method = if !c.quote_exact {
                    AnchorMethod::Fuzzy
                } else if c.range == selector.range() {
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

    /// Edits between the stored prefix (suffix) and as many chars of text before (after) `start`.
    fn context_errors(&self, query: &Query<'_>, start: usize) -> (usize, usize) {
        let end = start + query.quote.len();
        let before = &self.chars[start.saturating_sub(query.prefix.len())..start];
        let after = &self.chars[end..end.saturating_add(query.suffix.len()).min(self.chars.len())];
        (
            levenshtein(query.prefix, before),
            levenshtein(query.suffix, after),
        )
    }

    /// The quote found unchanged at `start`, scored.
    fn exact_candidate(&self, query: &Query<'_>, start: usize) -> Candidate {
        let (prefix_errors, suffix_errors) = self.context_errors(query, start);
        Candidate {
            range: start..start + query.quote.len(),
            quote_exact: true,
            score: query.score(0, prefix_errors, suffix_errors, start, self.chars.len()),
        }
    }

    /// Every start (chars, ascending, overlapping ones included) where `needle` occurs.
    fn occurrences(&self, needle: &[char], needle_str: &str) -> Vec<usize> {
        let n = self.chars.len();
        let m = needle.len();
        if m == 0 || m > n {
            return Vec::new();
        }
        if m >= INDEXED_MIN {
            let mut found: Vec<usize> = self
                .index()
                .candidates(needle)
                .filter(|&start| start + m <= n && self.chars[start..start + m] == *needle)
                .collect();
            found.sort_unstable();
            return found;
        }
        // Short needles: a byte search of the text, stepping one char past each find.
        let text = self.doc.as_str().as_bytes();
        let finder = memchr::memmem::Finder::new(needle_str.as_bytes());
        let first_char_len = needle[0].len_utf8();
        let mut out = Vec::new();
        let mut from = 0;
        while let Some(found) = finder.find(&text[from..]) {
            let byte = from + found;
            out.push(self.doc.byte_to_char(byte));
            from = byte + first_char_len;
        }
        out
    }

    /// The placement of `prefix + quote + suffix` with the fewest edits in the whole text.
    fn fuzzy_candidate(&self, query: &Query<'_>, hint: usize) -> Option<Candidate> {
        let pattern: Vec<char> = query
            .prefix
            .iter()
            .chain(query.quote)
            .chain(query.suffix)
            .copied()
            .collect();
        let m = pattern.len();
        // A pattern too large to scan even once within the cap, or whose match table alone would
        // be huge, is not searched for at all: it is orphaned, whatever the text.
        let blocks = m.div_ceil(64).max(1) as u64;
        if blocks * m as u64 > WORK_CAP {
            return None;
        }
        // (Counting the distinct chars is needed only when all of them being distinct would be
        // too many.)
        if blocks * (m as u64 + 1) > MAX_TABLE_WORDS {
            let mut distinct: Vec<char> = pattern.clone();
            distinct.sort_unstable();
            distinct.dedup();
            if blocks * (distinct.len() as u64 + 1) > MAX_TABLE_WORDS {
                return None;
            }
        }
        let myers = Myers::new(&pattern);
        let (found, complete) = self.fuzzy_search(query, &pattern, &myers, Some(hint));
        // When the cap cut the search short, what the hint found could differ from what the
        // highlight alone would get: the answer must not depend on the batch, so it is the one
        // found without the hint.
        let hit = if complete || hint == query.stored_start {
            found
        } else {
            self.fuzzy_search(query, &pattern, &myers, None).0
        }?;
        self.aligned_candidate(query, &pattern, hit)
    }

    /// The best end of `pattern` within the allowed edits, and whether the search covered the
    /// whole text (else the work cap cut it short).
    fn fuzzy_search(
        &self,
        query: &Query<'_>,
        pattern: &[char],
        myers: &Myers,
        hint: Option<usize>,
    ) -> (Option<Hit>, bool) {
        let m = pattern.len();
        let allowed = (query.prefix.len() + query.suffix.len() + query.quote.len() / 4 + 1).min(m);
        let mut search = FuzzySearch {
            chars: &self.chars,
            myers,
            // Where the whole pattern ended in the old text: ties go to the end nearest it.
            prefer_end: query
                .stored_start
                .saturating_add(query.quote.len() + query.suffix.len()),
            budget: WORK_CAP,
            best: None,
        };

        // A first bound from around the stored position and where the neighbours moved to (one
        // range when the two overlap).
        let slack = 64 + m / 2;
        let around = |centre: usize| {
            centre.saturating_sub(query.prefix.len() + slack)
                ..centre
                    .saturating_add(query.quote.len() + query.suffix.len() + slack)
                    .min(self.chars.len())
        };
        let mut first = [Some(around(query.stored_start)), None];
        if let Some(other) = hint.filter(|&h| h != query.stored_start).map(around) {
            match &mut first[0] {
                Some(r) if other.start <= r.end && r.start <= other.end => {
                    *r = r.start.min(other.start)..r.end.max(other.end);
                }
                _ => first[1] = Some(other),
            }
        }
        let mut scanned = first;
        for range in &mut scanned {
            if range.as_ref().is_some_and(|r| !search.scan(r.clone())) {
                *range = None;
            }
        }
        let bound = search
            .best
            .map_or(allowed, |hit| (hit.errors as usize).min(allowed));

        // Then every region that keeps one of `k + 1` pieces of the pattern unchanged: that finds
        // every placement with at most `k` edits. Beyond what seeds can cover, the whole text. A
        // region inside a range already scanned is not scanned again: every alignment in it was.
        let mut complete = false;
        if m >= INDEXED_MIN {
            let k = bound.min(m / INDEXED_MIN - 1);
            if let Some(regions) = self.seed_regions(pattern, k) {
                let covered = |r: &Range<usize>| {
                    scanned
                        .iter()
                        .flatten()
                        .any(|s| s.start <= r.start && r.end <= s.end)
                };
                let all_scanned = regions.into_iter().all(|r| covered(&r) || search.scan(r));
                let found_within_k = search.best.is_some_and(|h| h.errors as usize <= k);
                complete = all_scanned && (found_within_k || k == bound);
            }
        }
        if !complete {
            complete = search.scan(0..self.chars.len());
        }
        (
            search.best.filter(|h| h.errors as usize <= allowed),
            complete,
        )
    }

    /// The text regions (merged, ascending) that hold one of `k + 1` pieces of `pattern`
    /// unchanged, widened by `k` each side; `None` when there are too many to be worth it.
    fn seed_regions(&self, pattern: &[char], k: usize) -> Option<Vec<Range<usize>>> {
        let m = pattern.len();
        let pieces = k + 1;
        let mut regions = Vec::new();
        for piece in 0..pieces {
            let from = piece * m / pieces;
            let to = (piece + 1) * m / pieces;
            let needle = &pattern[from..to];
            for start in self.index().candidates(needle) {
                if start + needle.len() > self.chars.len()
                    || self.chars[start..start + needle.len()] != *needle
                {
                    continue;
                }
                let region_start = start.saturating_sub(from + k);
                let region_end = (start + m + k).saturating_sub(from).min(self.chars.len());
                regions.push(region_start..region_end);
                if regions.len() > MAX_SEED_REGIONS {
                    return None;
                }
            }
        }
        regions.sort_by_key(|r| r.start);
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(regions.len());
        for r in regions {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        Some(merged)
    }

    /// Finds the quote's edges in the best alignment ending at `hit.end`, and scores it.
    fn aligned_candidate(
        &self,
        query: &Query<'_>,
        pattern: &[char],
        hit: Hit,
    ) -> Option<Candidate> {
        let errors = hit.errors as usize;
        let cells = (2 * errors as u64 + 1) * (pattern.len() as u64 + 1);
        if cells > ALIGN_CAP {
            return None;
        }
        let seg_start = hit.end.saturating_sub(pattern.len() + errors);
        let alignment = align(
            pattern,
            &self.chars[seg_start..hit.end],
            errors,
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
        })
    }
}

/// One fuzzy search: the best end so far, and the pattern work left.
struct FuzzySearch<'t> {
    chars: &'t [char],
    myers: &'t Myers,
    prefer_end: usize,
    budget: u64,
    best: Option<Hit>,
}

impl FuzzySearch<'_> {
    /// Scans a char range of the text for the best end; `false` when the budget does not allow it.
    fn scan(&mut self, range: Range<usize>) -> bool {
        if range.is_empty() {
            return true;
        }
        let cost = self.myers.blocks as u64 * range.len() as u64;
        if cost > self.budget {
            return false;
        }
        self.budget -= cost;
        let prefer = self.prefer_end.saturating_sub(range.start);
        if let Some((end, errors)) = self.myers.best_end(&self.chars[range.clone()], prefer) {
            let hit = Hit {
                errors,
                end: range.start + end,
            };
            let key = |h: &Hit| (h.errors, h.end.abs_diff(self.prefer_end), h.end);
            if self.best.as_ref().is_none_or(|b| key(&hit) < key(b)) {
                self.best = Some(hit);
            }
        }
        true
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
    /// Weighted similarity in [0, 1]: quote 50, prefix 20, suffix 20, closeness to the stored
    /// position 2 (1 at the stored position, 0 a whole text's length or more away).
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
                (1.0 - errors as f32 / len as f32).clamp(0.0, 1.0)
            }
        }
        let quote = similarity(quote_errors, self.quote.len());
        let prefix = similarity(prefix_errors, self.prefix.len());
        let suffix = similarity(suffix_errors, self.suffix.len());
        let distance = start.abs_diff(self.stored_start) as f64 / text_len.max(1) as f64;
        let position = (1.0 - distance.min(1.0)) as f32;
        ((50.0 * quote + 20.0 * prefix + 20.0 * suffix + 2.0 * position) / 92.0).clamp(0.0, 1.0)
    }

    /// How an unchanged occurrence ranks (lower is better): its [`Self::score`]'s shortfall from
    /// a perfect 1, in exact integers (`20·pe/P + 20·se/S + 2·min(d, n)/n`, times `P·S·n`), so
    /// that equal scores compare equal; then its distance to the stored position, then its start.
    fn exact_rank(
        &self,
        (prefix_errors, suffix_errors): (usize, usize),
        start: usize,
        text_len: usize,
    ) -> (u128, usize, usize) {
        let p = self.prefix.len().max(1) as u128;
        let s = self.suffix.len().max(1) as u128;
        let n = text_len.max(1) as u128;
        let distance = start.abs_diff(self.stored_start);
        let shortfall = 20 * prefix_errors as u128 * s * n
            + 20 * suffix_errors as u128 * p * n
            + 2 * (distance as u128).min(n) * p * s;
        (shortfall, distance, start)
    }
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
    fn chars_given_or_decoded_place_alike() {
        let sel = selector_for(ARTICLE, "killed and wounded");
        let revised = doc(&format!("Editor's note. {ARTICLE}"));
        let alone = Anchorer::new(&revised).anchor(&sel, 0);
        let chars: Vec<char> = revised.as_str().chars().collect();
        assert_eq!(Anchorer::with_chars(&revised, chars).anchor(&sel, 0), alone);
        // Chars of another text's length are not trusted.
        assert_eq!(
            Anchorer::with_chars(&revised, vec!['x']).anchor(&sel, 0),
            alone
        );
    }

    #[test]
    fn index_finds_every_overlapping_occurrence() {
        let text = "aaaaaaaaaaaa bbbbbbbbb aaaaaaaaa";
        let d = doc(text);
        let anchorer = Anchorer::new(&d);
        let chars: Vec<char> = "aaaaaaaa".chars().collect();
        assert_eq!(
            anchorer.occurrences(&chars, "aaaaaaaa"),
            vec![0, 1, 2, 3, 4, 23, 24]
        );
        // Long enough for the index.
        let long: Vec<char> = "aaaaaaaaaaa".chars().collect();
        assert_eq!(anchorer.occurrences(&long, "aaaaaaaaaaa"), vec![0, 1]);
        let longer = "aaaaaaaaaaaa bbbbbbbbb aa";
        let chars: Vec<char> = longer.chars().collect();
        assert_eq!(anchorer.occurrences(&chars, longer), vec![0]);
        let short: Vec<char> = "aa".chars().collect();
        assert_eq!(anchorer.occurrences(&short, "aa").len(), 11 + 8);
    }
}
