//! The q-gram index that finds where a piece of a text occurs: the unchanged occurrences of a
//! quote, and the pieces of a fuzzy pattern that seed its search.
//!
//! Only every [`STRIDE`]th position is indexed (by the hash of the [`GRAM`] chars there). A needle
//! of at least [`INDEXED_MIN`] chars holds, wherever it occurs, one indexed gram at one of any
//! [`STRIDE`] consecutive offsets, so looking up those grams finds every occurrence, each once.
//! Building it costs a quarter of indexing every position, and it fits in the processor's cache
//! while it is built, which is most of what it costs.

/// Length (chars) of the grams the index holds.
pub(super) const GRAM: usize = 8;

/// Every how many positions a gram is indexed.
const STRIDE: usize = 4;

/// The shortest needle the index finds: one more indexed position than it takes to be sure of one.
pub(super) const INDEXED_MIN: usize = GRAM + STRIDE - 1;

/// The indexed positions (multiples of [`STRIDE`]) by the hash of their gram, in buckets of about
/// two (a lookup verifies its candidates anyway).
pub(super) struct GramIndex {
    shift: u32,
    /// Bucket `b` holds `positions[starts[b]..starts[b + 1]]`, ascending.
    starts: Vec<u32>,
    positions: Vec<u32>,
}

impl GramIndex {
    pub(super) fn new(chars: &[char]) -> Self {
        let grams = chars.len().saturating_sub(GRAM - 1);
        let indexed = grams.div_ceil(STRIDE);
        let bits = indexed
            .max(1)
            .next_power_of_two()
            .trailing_zeros()
            .saturating_sub(1)
            .clamp(8, 24);
        let shift = 64 - bits;
        let buckets = 1usize << bits;
        let of_position: Vec<u32> = (0..indexed)
            .map(|k| bucket_of(gram_hash(&chars[k * STRIDE..k * STRIDE + GRAM]), shift))
            .collect();
        // A counting sort by bucket. Bucket `b` is counted at `b + 2`; after the sums,
        // `starts[b + 1]` is where it begins, and placing its positions moves that to its end,
        // which is where bucket `b + 1` begins.
        let mut starts = vec![0u32; buckets + 2];
        for &b in &of_position {
            starts[b as usize + 2] += 1;
        }
        for b in 2..buckets + 2 {
            starts[b] += starts[b - 1];
        }
        let mut positions = vec![0u32; indexed];
        for (k, &b) in of_position.iter().enumerate() {
            let next = &mut starts[b as usize + 1];
            positions[*next as usize] = (k * STRIDE) as u32;
            *next += 1;
        }
        starts.truncate(buckets + 1);
        Self {
            shift,
            starts,
            positions,
        }
    }

    fn bucket(&self, gram: &[char]) -> &[u32] {
        let b = bucket_of(gram_hash(gram), self.shift) as usize;
        &self.positions[self.starts[b] as usize..self.starts[b + 1] as usize]
    }

    /// Every start where `needle` (at least [`INDEXED_MIN`] chars) may occur, each once and not
    /// in order, to be verified. It looks up the [`STRIDE`] consecutive grams of the needle whose
    /// buckets hold the fewest positions.
    pub(super) fn candidates<'a>(&'a self, needle: &'a [char]) -> impl Iterator<Item = usize> + 'a {
        let offsets = (needle.len() + 1).saturating_sub(GRAM);
        // (total, first offset) of the best run of STRIDE offsets so far.
        let mut best = (usize::MAX, 0);
        if offsets >= STRIDE {
            let mut sizes = [0usize; STRIDE];
            let mut total = 0;
            for offset in 0..offsets {
                let size = self.bucket(&needle[offset..offset + GRAM]).len();
                total += size;
                total -= std::mem::replace(&mut sizes[offset % STRIDE], size);
                if offset + 1 >= STRIDE && total < best.0 {
                    best = (total, offset + 1 - STRIDE);
                    if total == 0 {
                        break;
                    }
                }
            }
        }
        let run = if best.0 == usize::MAX {
            0..0
        } else {
            best.1..best.1 + STRIDE
        };
        run.flat_map(move |offset| {
            self.bucket(&needle[offset..offset + GRAM])
                .iter()
                .filter_map(move |&p| (p as usize).checked_sub(offset))
        })
    }
}

fn bucket_of(hash: u64, shift: u32) -> u32 {
    (hash.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as u32
}

/// The hash of a gram ([`GRAM`] chars): four products that do not wait for each other.
fn gram_hash(gram: &[char]) -> u64 {
    let pair = |i: usize| u64::from(gram[2 * i]) | (u64::from(gram[2 * i + 1]) << 32);
    (pair(0).wrapping_mul(0xA076_1D64_78BD_642F) ^ pair(1).wrapping_mul(0xE703_7ED1_A0B4_28DB))
        .wrapping_add(
            pair(2).wrapping_mul(0x8EBC_6AF0_9C88_C6E3)
                ^ pair(3).wrapping_mul(0x5899_65CC_7537_4CC3),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every occurrence of `needle` in `text`, the slow way.
    fn every_occurrence(text: &[char], needle: &[char]) -> Vec<usize> {
        (0..=text.len().saturating_sub(needle.len()))
            .filter(|&start| text[start..].starts_with(needle))
            .collect()
    }

    fn found(index: &GramIndex, text: &[char], needle: &[char]) -> Vec<usize> {
        let mut starts: Vec<usize> = index
            .candidates(needle)
            .filter(|&start| text[start..].starts_with(needle))
            .collect();
        let count = starts.len();
        starts.sort_unstable();
        starts.dedup();
        assert_eq!(starts.len(), count, "a start was a candidate twice");
        starts
    }

    #[test]
    fn finds_every_occurrence_at_every_offset_once() {
        // Repeats at every offset from the stride, overlapping ones, and the text's two ends.
        let text: Vec<char> = "aaaaaaaaaaaaaaa the count was wrong, xthe count was wrong, \
            xxthe count was wrong, xxxthe count was wrong: aaaaaaaaaaaaa"
            .chars()
            .collect();
        let index = GramIndex::new(&text);
        for needle in [
            "the count was wrong",
            "aaaaaaaaaaa",
            "aaaaaaaaaaaaa",
            "count was",
        ] {
            let needle: Vec<char> = needle.chars().collect();
            if needle.len() >= INDEXED_MIN {
                assert_eq!(
                    found(&index, &text, &needle),
                    every_occurrence(&text, &needle)
                );
            }
        }
        assert_eq!(found(&index, &text, &text), vec![0]);
    }

    proptest::proptest! {
        /// Whatever the text and the needle (cut from it, or not), the index finds what a plain
        /// search finds.
        #[test]
        fn finds_what_a_plain_search_finds(
            text in "[ab٦ é]{0,300}",
            from in 0usize..300,
            len in INDEXED_MIN..40,
            other in "[ab٦ é]{11,30}",
        ) {
            let text: Vec<char> = text.chars().collect();
            let index = GramIndex::new(&text);
            let other: Vec<char> = other.chars().collect();
            let from = from.min(text.len());
            let cut = &text[from..(from + len).min(text.len())];
            for needle in [cut, &other[..]] {
                if needle.len() >= INDEXED_MIN {
                    proptest::prop_assert_eq!(
                        found(&index, &text, needle),
                        every_occurrence(&text, needle)
                    );
                }
            }
        }
    }
}
