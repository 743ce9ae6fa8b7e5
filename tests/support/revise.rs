//! Simulated revisions of a text, for anchoring tests and benchmarks: random single-char edits
//! and where every old offset lands afterwards.
#![allow(dead_code, clippy::unwrap_used)]

use crosscheck::core::anchor::Selector;
use crosscheck::core::text::DocumentText;

/// A small deterministic generator (`SplitMix64`); tests and benches must be repeatable.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditKind {
    Substitute,
    Insert,
    Delete,
}

/// One edit at an old char index: insertions go before the char there.
#[derive(Clone, Copy, Debug)]
pub struct Edit {
    pub at: usize,
    pub kind: EditKind,
}

/// A revised text and the edits that made it.
pub struct Revision {
    pub text: String,
    pub edits: Vec<Edit>,
}

impl Revision {
    /// Where an old start offset lands (inserted chars at the edge stay outside the span).
    pub fn map_start(&self, p: usize) -> usize {
        let ins = self
            .edits
            .iter()
            .filter(|e| e.kind == EditKind::Insert && e.at <= p)
            .count();
        let del = self
            .edits
            .iter()
            .filter(|e| e.kind == EditKind::Delete && e.at < p)
            .count();
        p + ins - del
    }

    /// Where an old (exclusive) end offset lands.
    pub fn map_end(&self, p: usize) -> usize {
        let ins = self
            .edits
            .iter()
            .filter(|e| e.kind == EditKind::Insert && e.at < p)
            .count();
        let del = self
            .edits
            .iter()
            .filter(|e| e.kind == EditKind::Delete && e.at < p)
            .count();
        p + ins - del
    }
}

const LETTERS: &[char] = &[
    'a', 'e', 'i', 'o', 'u', 'n', 's', 't', 'r', 'l', ' ', 'x', 'q', 'é',
];

/// Applies `count` random edits (a third each substitutions, insertions, deletions) at distinct
/// positions.
pub fn revise(text: &str, count: usize, rng: &mut Rng) -> Revision {
    let chars: Vec<char> = text.chars().collect();
    let mut positions = std::collections::BTreeSet::new();
    while positions.len() < count.min(chars.len()) {
        positions.insert(rng.below(chars.len()));
    }
    let edits: Vec<Edit> = positions
        .into_iter()
        .map(|at| Edit {
            at,
            kind: match rng.below(3) {
                0 => EditKind::Substitute,
                1 => EditKind::Insert,
                _ => EditKind::Delete,
            },
        })
        .collect();
    let mut out = String::with_capacity(text.len() + count);
    let mut next = edits.iter().peekable();
    for (i, &ch) in chars.iter().enumerate() {
        match next.peek() {
            Some(e) if e.at == i => {
                let e = next.next().copied().unwrap_or(Edit {
                    at: i,
                    kind: EditKind::Substitute,
                });
                match e.kind {
                    EditKind::Substitute => {
                        let mut replacement = LETTERS[rng.below(LETTERS.len())];
                        if replacement == ch {
                            replacement = if ch == 'z' { 'y' } else { 'z' };
                        }
                        out.push(replacement);
                    }
                    EditKind::Insert => {
                        out.push(LETTERS[rng.below(LETTERS.len())]);
                        out.push(ch);
                    }
                    EditKind::Delete => {}
                }
            }
            _ => out.push(ch),
        }
    }
    Revision { text: out, edits }
}

/// `count` quotes of 20–200 chars at random places, with 32 chars of context each side.
pub fn make_quotes(doc: &DocumentText, count: usize, rng: &mut Rng) -> Vec<Selector> {
    let n = doc.char_count();
    (0..count)
        .map(|_| {
            let len = 20 + rng.below(181);
            let start = rng.below(n - len);
            Selector::from_range(doc, start..start + len)
        })
        .collect()
}

/// Pseudo-English text of about `chars` chars: words from a small vocabulary (so phrases repeat,
/// as in real articles), sentences, and paragraphs.
pub fn generated_text(chars: usize, rng: &mut Rng) -> String {
    const WORDS: &[&str] = &[
        "the",
        "resistance",
        "attacked",
        "American",
        "bases",
        "times",
        "soldiers",
        "killed",
        "wounded",
        "Pentagon",
        "said",
        "drone",
        "rocket",
        "Iraq",
        "Syria",
        "officials",
        "reported",
        "according",
        "to",
        "of",
        "in",
        "and",
        "a",
        "more",
        "than",
        "sixty",
        "forces",
        "military",
        "news",
        "agency",
        "spokesperson",
        "statement",
        "injuries",
        "minor",
        "attack",
        "base",
        "Tanf",
        "Ain",
        "al-Asad",
    ];
    let mut out = String::with_capacity(chars + 32);
    let mut sentence_len = 0;
    while out.len() < chars {
        let w = WORDS[rng.below(WORDS.len())];
        out.push_str(w);
        sentence_len += 1;
        if sentence_len > 8 + rng.below(12) {
            out.push('.');
            sentence_len = 0;
            out.push(if rng.below(6) == 0 { '\n' } else { ' ' });
        } else {
            out.push(' ');
        }
    }
    out
}

/// Mixed-script news text of about `chars` chars (Unicode scalar values): English, Arabic and
/// Persian (with Arabic-Indic digits), Chinese, Japanese, Thai, Devanagari, emoji with joiners and
/// flags, and letters with combining marks, in sentences and paragraphs that repeat phrases.
pub fn generated_multiscript_text(chars: usize, rng: &mut Rng) -> String {
    const WORDS: &[&str] = &[
        "the",
        "Pentagon",
        "said",
        "62",
        "attacks",
        "قال",
        "المتحدث",
        "العسكري",
        "القواعد",
        "الأمريكية",
        "٦٢",
        "هجوما",
        "گفت",
        "حمله",
        "۶۲",
        "美军",
        "基地",
        "遭到",
        "袭击",
        "报道称",
        "米軍",
        "基地が",
        "攻撃された",
        "ทหาร",
        "ฐานทัพ",
        "โจมตี",
        "सेना",
        "हमला",
        "👩\u{200d}👩\u{200d}👧",
        "💥",
        "🇮🇶",
        "de\u{301}clare\u{301}",
        "Ain al-Asad",
    ];
    let mut out = String::with_capacity(chars * 3);
    let mut count = 0;
    let mut sentence_len = 0;
    while count < chars {
        let w = WORDS[rng.below(WORDS.len())];
        out.push_str(w);
        count += w.chars().count();
        sentence_len += 1;
        let end = if sentence_len > 8 + rng.below(12) {
            sentence_len = 0;
            out.push('.');
            count += 1;
            if rng.below(6) == 0 { '\n' } else { ' ' }
        } else {
            ' '
        };
        out.push(end);
        count += 1;
    }
    out
}
