//! Edit distances: Myers' bit-parallel search for where a pattern ends with the fewest edits, the
//! distance of two texts, and the banded alignment that finds where a quote's edges fell.

/// Myers' bit-parallel approximate string matching (Hyyrö's multi-block form).
pub(super) struct Myers {
    /// For each distinct pattern char, its match bit-vector (`blocks` words); slot 0 is all zero.
    peq: Vec<u64>,
    ascii: [u32; 128],
    /// The slots of the other chars, `(char, slot)`, by open addressing (at most half full, so a
    /// char that is not there meets an empty place soon): a text char is looked up in one or two
    /// steps, where a sorted list took a step per halving.
    other: Vec<(u32, u32)>,
    /// `32 - log2(other.len())`: the hash's top bits pick the first place.
    other_shift: u32,
    pub(super) blocks: usize,
    /// Bit of the pattern's last char within the last block.
    last_bit: u64,
    len: usize,
}

/// An empty place in [`Myers::other`] (not a char).
const NO_CHAR: u32 = u32::MAX;

/// The first place of `c` in a table of `32 - shift` bits.
fn first_place(c: u32, shift: u32) -> usize {
    (c.wrapping_mul(0x9E37_79B1) >> shift) as usize
}

impl Myers {
    pub(super) fn new(pattern: &[char]) -> Self {
        let blocks = pattern.len().div_ceil(64).max(1);
        let mut peq = vec![0u64; blocks];
        let mut ascii = [0u32; 128];
        let not_ascii = pattern.iter().filter(|&&c| (c as u32) >= 128).count();
        let places = (2 * not_ascii).next_power_of_two().max(8);
        let other_shift = 32 - places.trailing_zeros();
        let mut other = vec![(NO_CHAR, 0u32); places];
        for (i, &ch) in pattern.iter().enumerate() {
            let c = ch as u32;
            let slot = if c < 128 {
                &mut ascii[c as usize]
            } else {
                let mut at = first_place(c, other_shift);
                while other[at].0 != c && other[at].0 != NO_CHAR {
                    at = (at + 1) & (places - 1);
                }
                other[at].0 = c;
                &mut other[at].1
            };
            if *slot == 0 {
                *slot = (peq.len() / blocks) as u32;
                peq.extend(std::iter::repeat_n(0, blocks));
            }
            peq[*slot as usize * blocks + i / 64] |= 1 << (i % 64);
        }
        let last_bit = 1u64 << ((pattern.len().max(1) - 1) % 64);
        Self {
            peq,
            ascii,
            other,
            other_shift,
            blocks,
            last_bit,
            len: pattern.len(),
        }
    }

    fn slot(&self, ch: char) -> usize {
        let c = ch as u32;
        if c < 128 {
            return self.ascii[c as usize] as usize;
        }
        let mut at = first_place(c, self.other_shift);
        loop {
            let (key, slot) = self.other[at];
            if key == c {
                return slot as usize;
            }
            if key == NO_CHAR {
                return 0;
            }
            at = (at + 1) & (self.other.len() - 1);
        }
    }

    /// Advances every block by one text char; returns the change of the last row's score.
    /// `top` is the change entering the first row (0 for a search, 1 for a whole distance).
    #[inline]
    fn column(&self, ch: char, pv: &mut [u64], mv: &mut [u64], top: i64) -> i64 {
        let eq_base = self.slot(ch) * self.blocks;
        let mut carry = top;
        for b in 0..self.blocks {
            let high = if b + 1 == self.blocks {
                self.last_bit
            } else {
                1 << 63
            };
            carry = advance_block(self.peq[eq_base + b], &mut pv[b], &mut mv[b], carry, high);
        }
        carry
    }

    /// The end (exclusive) in `text` with the fewest edits; ties go to the end nearest
    /// `prefer_end`, then the earlier.
    pub(super) fn best_end(&self, text: &[char], prefer_end: usize) -> Option<(usize, u32)> {
        if self.len == 0 || text.is_empty() {
            return None;
        }
        // A pattern of up to five blocks (a quote of 256 chars with its context) keeps its state
        // in registers, not in memory the next char must wait for.
        match self.blocks {
            1 => self.best_end_fixed::<1>(text, prefer_end),
            2 => self.best_end_fixed::<2>(text, prefer_end),
            3 => self.best_end_fixed::<3>(text, prefer_end),
            4 => self.best_end_fixed::<4>(text, prefer_end),
            5 => self.best_end_fixed::<5>(text, prefer_end),
            _ => {
                let mut pv = vec![u64::MAX; self.blocks];
                let mut mv = vec![0u64; self.blocks];
                // Semi-global: the pattern may start anywhere, so the top row enters with 0.
                best_end_by(text, prefer_end, self.len, |ch| {
                    self.column(ch, &mut pv, &mut mv, 0)
                })
            }
        }
    }

    /// [`Self::best_end`] of a pattern of `N` blocks.
    fn best_end_fixed<const N: usize>(
        &self,
        text: &[char],
        prefer_end: usize,
    ) -> Option<(usize, u32)> {
        let mut pv = [u64::MAX; N];
        let mut mv = [0u64; N];
        best_end_by(text, prefer_end, self.len, |ch| {
            let base = self.slot(ch) * N;
            let eq = &self.peq[base..base + N];
            let mut carry = 0;
            for b in 0..N {
                let high = if b + 1 == N { self.last_bit } else { 1 << 63 };
                carry = advance_block(eq[b], &mut pv[b], &mut mv[b], carry, high);
            }
            carry
        })
    }

    /// The edit distance of the whole pattern to the whole of `text`.
    fn distance(&self, text: &[char]) -> usize {
        let mut pv = vec![u64::MAX; self.blocks];
        let mut mv = vec![0u64; self.blocks];
        let mut score = self.len as i64;
        for &ch in text {
            // Global: the top row counts the text chars consumed, so it enters with +1.
            score += self.column(ch, &mut pv, &mut mv, 1);
        }
        score.max(0) as usize
    }
}

/// The end (exclusive) in `text` with the fewest edits, given the change of the last row's
/// score at each text char (`column`) and the pattern's length; ties go to the end nearest
/// `prefer_end`, then the earlier.
#[inline]
fn best_end_by(
    text: &[char],
    prefer_end: usize,
    len: usize,
    mut column: impl FnMut(char) -> i64,
) -> Option<(usize, u32)> {
    let mut score = len as i64;
    let mut best: Option<(usize, i64)> = None;
    for (j, &ch) in text.iter().enumerate() {
        score += column(ch);
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
pub(super) struct Alignment {
    pub(super) quote_start: usize,
    pub(super) quote_end: usize,
    pub(super) quote_errors: usize,
    pub(super) prefix_errors: usize,
    pub(super) suffix_errors: usize,
}

/// Aligns all of `pattern` to a suffix of `text` (the alignment ends at the end of `text` and may
/// start anywhere), allowing at most `max_errors`, in a band of diagonals. The quote occupies
/// pattern chars `quote_from..quote_to`; chars inserted at its edges are kept outside it.
#[allow(clippy::too_many_lines)] // One dynamic program and its traceback; split, it reads worse.
pub(super) fn align(
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
    // Cell (i, j) is at d = j - i - lo in row i: (i - 1, j - 1) is on the same diagonal in the
    // row above, (i, j - 1) the one before in this row, (i - 1, j) the next one in the row above.
    for i in 1..=m {
        let (done, rest) = cost.split_at_mut(i * width);
        let above = &done[(i - 1) * width..];
        let row = &mut rest[..width];
        let p = pattern[i - 1];
        // The cell before in this row, kept at hand rather than read back.
        let mut before = INF;
        for d in 0..width {
            let j = i as isize + lo + d as isize;
            if j < 0 || j as usize > n {
                before = INF;
                continue;
            }
            let j = j as usize;
            let mut best = if j == 0 {
                i as u32
            } else {
                let diagonal = above[d] + u32::from(p != text[j - 1]);
                INF.min(diagonal).min(before + 1)
            };
            if d + 1 < width {
                best = best.min(above[d + 1] + 1);
            }
            row[d] = best;
            before = best;
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

/// Edit distance of two char slices (bit-parallel: about one step per char of `b` for each 64
/// chars of `a`).
pub fn levenshtein(a: &[char], b: &[char]) -> usize {
    if a.is_empty() {
        return b.len();
    }
    if b.is_empty() {
        return a.len();
    }
    Myers::new(a).distance(b)
}

#[cfg(test)]
mod tests {
    use super::*;

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

    fn naive_levenshtein(a: &[char], b: &[char]) -> usize {
        let mut prev: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.iter().enumerate() {
            let mut row = vec![i + 1; b.len() + 1];
            for (j, cb) in b.iter().enumerate() {
                row[j + 1] = (prev[j] + usize::from(ca != cb))
                    .min(prev[j + 1] + 1)
                    .min(row[j] + 1);
            }
            prev = row;
        }
        prev[b.len()]
    }

    proptest::proptest! {
        /// The bit-parallel distance (one or several 64-char blocks) is the textbook one.
        #[test]
        fn levenshtein_is_the_dynamic_program(a in "[abé٦ ]{0,150}", b in "[abé٦ ]{0,150}") {
            let a: Vec<char> = a.chars().collect();
            let b: Vec<char> = b.chars().collect();
            proptest::prop_assert_eq!(levenshtein(&a, &b), naive_levenshtein(&a, &b));
        }
    }

    #[test]
    fn levenshtein_basics() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(levenshtein(&c("kitten"), &c("sitting")), 3);
        assert_eq!(levenshtein(&c(""), &c("abc")), 3);
        assert_eq!(levenshtein(&c("same"), &c("same")), 0);
    }
}
