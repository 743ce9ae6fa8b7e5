//! Document text: decoding, line-ending normalisation, paragraphs, char <-> byte index, content hash.
//!
//! Everything the rest of the program sees of a document is a [`DocumentText`]: UTF-8, LF line
//! endings, no byte-order mark. Offsets stored in files count chars (Unicode scalar values); byte
//! offsets exist only in memory, and this module converts between the two in O(1) amortised time.

use std::borrow::Cow;
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use sha2::{Digest as _, Sha256};
use unicode_segmentation::GraphemeCursor;

pub use crate::core::store::limits::MAX_DOCUMENT_BYTES;
use crate::core::words::{Message, Worded};

/// Every this many chars the index stores a byte offset, bounding the work of one conversion.
const CHECKPOINT_CHARS: usize = 128;

/// What can go wrong turning bytes into a document text.
#[derive(Debug, PartialEq)]
pub enum TextError {
    /// The bytes are not valid UTF-8 (and carry no UTF-16 byte-order mark).
    InvalidUtf8 {
        /// The file, as given.
        path: String,
        /// Byte offset of the first invalid byte in the file.
        offset: usize,
        /// 1-based line of that byte.
        line: usize,
    },
    /// UTF-16 data with an unpaired surrogate or an odd number of bytes.
    InvalidUtf16 {
        /// The file, as given.
        path: String,
        /// Byte offset of the bad code unit in the file.
        offset: usize,
        /// What was wrong there (in English).
        reason: &'static str,
    },
    /// The document is larger than [`MAX_DOCUMENT_BYTES`].
    TooLarge {
        /// The file, as given.
        path: String,
        /// Its size in megabytes.
        size_mb: u64,
    },
    /// Text without a byte-order mark that holds NUL characters: UTF-16 without a BOM, or not
    /// text at all.
    NotText {
        /// The file, as given.
        path: String,
        /// Byte offset of the first NUL.
        offset: usize,
    },
    /// The file could not be read at all.
    Io {
        /// The file, as given.
        path: String,
        /// Why: the operating system's message, or what the file is instead of a file.
        message: Message,
    },
}

/// The reasons of [`TextError::InvalidUtf16`].
const ODD_LENGTH: &str = "odd number of bytes (a UTF-16 file is made of 2-byte units)";
const UNPAIRED_SURROGATE: &str = "unpaired surrogate";

impl Worded for TextError {
    fn message(&self) -> Message {
        match self {
            Self::InvalidUtf8 { path, offset, line } => Message::new("text-invalid-utf8")
                .with("path", path)
                .with("offset", *offset)
                .with("line", *line),
            Self::InvalidUtf16 {
                path,
                offset,
                reason,
            } => {
                let reason = match *reason {
                    ODD_LENGTH => Message::new("text-utf16-odd-length"),
                    UNPAIRED_SURROGATE => Message::new("text-utf16-unpaired-surrogate"),
                    other => Message::new("file-os-error").with("error", other),
                };
                Message::new("text-invalid-utf16")
                    .with("path", path)
                    .with("offset", *offset)
                    .with("reason", reason)
            }
            Self::TooLarge { path, size_mb } => Message::new("text-too-large")
                .with("path", path)
                .with("size", *size_mb)
                .with("limit", (MAX_DOCUMENT_BYTES / 1_048_576) as u64),
            Self::NotText { path, offset } => Message::new("text-not-text")
                .with("path", path)
                .with("offset", *offset),
            Self::Io { path, message } => Message::new("text-cannot-read")
                .with("path", path)
                .with("reason", message.clone()),
        }
    }
}

impl std::fmt::Display for TextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for TextError {}

/// A decoded, normalised document text with its indexes.
#[derive(Clone, Debug)]
pub struct DocumentText {
    text: Arc<str>,
    /// Byte range of each paragraph (a line, without its `\n`). Empty lines are empty paragraphs.
    paragraphs: Vec<Range<usize>>,
    /// Char offset at which each paragraph starts.
    paragraph_char_starts: Vec<usize>,
    /// Byte offset of char number `k * CHECKPOINT_CHARS`.
    checkpoints: Vec<usize>,
    char_count: usize,
    sha256: String,
}

/// Two texts are equal when their characters are (the indexes follow from them).
impl PartialEq for DocumentText {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl Eq for DocumentText {}

impl DocumentText {
    /// Decodes and normalises raw file bytes. `path` is only used in error messages.
    pub fn from_bytes(bytes: &[u8], path: &str) -> Result<Self, TextError> {
        Self::from_bytes_with(bytes, path, |_| {})
    }

    /// [`Self::from_bytes`], calling `each_char` with every char of the text in order.
    fn from_bytes_with(
        bytes: &[u8],
        path: &str,
        each_char: impl FnMut(char),
    ) -> Result<Self, TextError> {
        if bytes.len() > MAX_DOCUMENT_BYTES {
            return Err(TextError::TooLarge {
                path: path.to_owned(),
                size_mb: (bytes.len() as u64).div_ceil(1_048_576),
            });
        }
        let decoded = decode_borrowed(bytes, path)?;
        if memchr::memchr(b'\r', decoded.as_bytes()).is_some() {
            return Ok(Self::build_with(
                &normalise_line_endings(decoded.into_owned()),
                each_char,
            ));
        }
        // UTF-8 without line ends to change is not copied before it goes into its shared buffer.
        Ok(Self::build_with(&decoded, each_char))
    }

    /// Reads and decodes a file: a regular file (not a FIFO or device), at most
    /// [`MAX_DOCUMENT_BYTES`].
    pub fn load(path: &Path) -> Result<Self, TextError> {
        let (bytes, shown) = read_document(path)?;
        Self::from_bytes(&bytes, &shown)
    }

    /// [`Self::load`], with the text's chars (one per char offset), found while its offsets are:
    /// for a caller that needs them (anchoring), decoding the text once instead of twice.
    pub fn load_with_chars(path: &Path) -> Result<(Self, Vec<char>), TextError> {
        let (bytes, shown) = read_document(path)?;
        let mut chars = Vec::with_capacity(bytes.len());
        let text = Self::from_bytes_with(&bytes, &shown, |c| chars.push(c))?;
        chars.shrink_to_fit();
        Ok((text, chars))
    }

    /// Builds the indexes of an already-normalised text (LF only, no BOM).
    pub fn from_normalised(text: &str) -> Self {
        if memchr::memchr(b'\r', text.as_bytes()).is_none() {
            return Self::build_str(text);
        }
        Self::build_str(&normalise_line_endings(text.to_owned()))
    }

    fn build_str(text: &str) -> Self {
        Self::build_with(text, |_| {})
    }

    fn build_with(text: &str, mut each_char: impl FnMut(char)) -> Self {
        let mut paragraphs = Vec::new();
        let mut paragraph_char_starts = Vec::new();
        let mut checkpoints = Vec::with_capacity(text.len() / CHECKPOINT_CHARS + 1);
        let mut para_start = 0;
        let mut char_index = 0;
        paragraph_char_starts.push(0);
        for (byte, ch) in text.char_indices() {
            if char_index % CHECKPOINT_CHARS == 0 {
                checkpoints.push(byte);
            }
            char_index += 1;
            each_char(ch);
            if ch == '\n' {
                paragraphs.push(para_start..byte);
                para_start = byte + 1;
                paragraph_char_starts.push(char_index);
            }
        }
        if char_index % CHECKPOINT_CHARS == 0 {
            checkpoints.push(text.len());
        }
        paragraphs.push(para_start..text.len());
        let sha256 = sha256_hex(text.as_bytes());
        Self {
            text: Arc::from(text),
            paragraphs,
            paragraph_char_starts,
            checkpoints,
            char_count: char_index,
            sha256,
        }
    }

    /// The text's chars, one per char offset.
    pub fn to_chars(&self) -> Vec<char> {
        decode_chars(&self.text, self.char_count)
    }

    /// The whole normalised text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// A shared handle to the text.
    pub fn shared(&self) -> Arc<str> {
        Arc::clone(&self.text)
    }

    /// Length in chars (Unicode scalar values).
    pub fn char_count(&self) -> usize {
        self.char_count
    }

    /// Length in bytes.
    pub fn byte_len(&self) -> usize {
        self.text.len()
    }

    /// SHA-256 of the normalised UTF-8 text, lower-case hex.
    pub fn sha256(&self) -> &str {
        &self.sha256
    }

    /// Number of paragraphs (lines; empty lines count).
    pub fn paragraph_count(&self) -> usize {
        self.paragraphs.len()
    }

    /// Byte range of paragraph `index` (without its newline).
    pub fn paragraph_bytes(&self, index: usize) -> Range<usize> {
        self.paragraphs.get(index).cloned().unwrap_or(0..0)
    }

    /// Text of paragraph `index`.
    pub fn paragraph(&self, index: usize) -> &str {
        &self.text[self.paragraph_bytes(index)]
    }

    /// Char range of paragraph `index` (without its newline).
    pub fn paragraph_chars(&self, index: usize) -> Range<usize> {
        let start = self.paragraph_char_starts.get(index).copied().unwrap_or(0);
        let bytes = self.paragraph_bytes(index);
        let len = self.text[bytes].chars().count();
        start..start + len
    }

    /// Char offset at which paragraph `index` starts.
    pub fn paragraph_char_start(&self, index: usize) -> usize {
        self.paragraph_char_starts.get(index).copied().unwrap_or(0)
    }

    /// The paragraph containing char offset `char_offset` (the last one for the end of text).
    pub fn paragraph_at_char(&self, char_offset: usize) -> usize {
        self.paragraph_char_starts
            .partition_point(|&start| start <= char_offset)
            .saturating_sub(1)
    }

    /// Converts a char offset to a byte offset. Offsets past the end clamp to the end.
    pub fn char_to_byte(&self, char_offset: usize) -> usize {
        if char_offset >= self.char_count {
            return self.text.len();
        }
        let checkpoint = char_offset / CHECKPOINT_CHARS;
        let base = self.checkpoints[checkpoint];
        let skip = char_offset - checkpoint * CHECKPOINT_CHARS;
        self.text[base..]
            .char_indices()
            .nth(skip)
            .map_or(self.text.len(), |(b, _)| base + b)
    }

    /// Converts a byte offset to a char offset. A byte inside a char counts as that char.
    pub fn byte_to_char(&self, byte_offset: usize) -> usize {
        let byte_offset = byte_offset.min(self.text.len());
        let checkpoint = self
            .checkpoints
            .partition_point(|&b| b <= byte_offset)
            .saturating_sub(1);
        let base = self.checkpoints.get(checkpoint).copied().unwrap_or(0);
        let within = self.text[base..]
            .char_indices()
            .take_while(|(b, _)| base + b < byte_offset)
            .count();
        checkpoint * CHECKPOINT_CHARS + within
    }

    /// Converts a char range to a byte range.
    pub fn char_range_to_bytes(&self, range: Range<usize>) -> Range<usize> {
        self.char_to_byte(range.start)..self.char_to_byte(range.end)
    }

    /// The text of a char range (clamped to the text).
    pub fn slice_chars(&self, range: Range<usize>) -> &str {
        let bytes = self.char_range_to_bytes(range.start.min(range.end)..range.end);
        &self.text[bytes]
    }

    /// The word at a char offset, as Unicode's word boundaries cut the paragraph (a run of
    /// spaces or a punctuation mark is a "word" of its own); `None` past the end of the text.
    pub fn word_at(&self, char_offset: usize) -> Option<Range<usize>> {
        use unicode_segmentation::UnicodeSegmentation as _;
        let para = self.paragraph_at_char(char_offset);
        let mut at = self.paragraph_char_start(para);
        for word in self.paragraph(para).split_word_bounds() {
            let len = word.chars().count();
            if char_offset < at + len {
                return Some(at..at + len);
            }
            at += len;
        }
        None
    }

    /// The passage a selection means: without the whitespace at either end and, with
    /// `whole_words`, widened to the whole words it cuts into (punctuation is not widened).
    /// Empty when the selection holds only whitespace.
    pub fn passage(&self, range: Range<usize>, whole_words: bool) -> Range<usize> {
        let text = self.slice_chars(range.clone());
        let n = text.chars().count();
        let lead = text.chars().take_while(|c| c.is_whitespace()).count();
        if lead == n {
            return range.start..range.start;
        }
        let trail = text.chars().rev().take_while(|c| c.is_whitespace()).count();
        let mut start = range.start + lead;
        let mut end = range.start + n - trail;
        if whole_words {
            let is_word = |r: &Range<usize>| {
                self.slice_chars(r.clone())
                    .chars()
                    .any(char::is_alphanumeric)
            };
            if let Some(word) = self.word_at(start).filter(is_word) {
                start = word.start;
            }
            if let Some(word) = self.word_at(end - 1).filter(is_word) {
                end = word.end;
            }
        }
        self.snap_to_graphemes(start..end)
    }

    /// Widens a char range so that it neither starts nor ends inside a grapheme cluster
    /// (an emoji ZWJ sequence, a letter with combining marks, a flag).
    pub fn snap_to_graphemes(&self, range: Range<usize>) -> Range<usize> {
        let start = self.grapheme_boundary_at_or_before(range.start);
        let end = if range.end <= start {
            start
        } else {
            self.grapheme_boundary_at_or_after(range.end)
        };
        start..end
    }

    fn grapheme_boundary_at_or_before(&self, char_offset: usize) -> usize {
        self.grapheme_boundary(char_offset, false)
    }

    fn grapheme_boundary_at_or_after(&self, char_offset: usize) -> usize {
        self.grapheme_boundary(char_offset, true)
    }

    /// The nearest grapheme boundary at or before (or after) a char offset. Looks only at the
    /// neighbourhood of the offset, so it stays cheap inside a multi-megabyte paragraph.
    fn grapheme_boundary(&self, char_offset: usize, forward: bool) -> usize {
        let char_offset = char_offset.min(self.char_count);
        let para = self.paragraph_at_char(char_offset);
        let para_bytes = self.paragraph_bytes(para);
        let para_text = &self.text[para_bytes.clone()];
        let byte = self
            .char_to_byte(char_offset)
            .clamp(para_bytes.start, para_bytes.end)
            - para_bytes.start;
        let mut cursor = GraphemeCursor::new(byte, para_text.len(), true);
        if cursor.is_boundary(para_text, 0).unwrap_or(true) {
            return char_offset;
        }
        let moved = if forward {
            cursor.next_boundary(para_text, 0)
        } else {
            cursor.prev_boundary(para_text, 0)
        };
        match moved {
            Ok(Some(b)) => self.byte_to_char(para_bytes.start + b),
            _ => char_offset,
        }
    }
}

/// Lower-case hex SHA-256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for byte in digest {
        use std::fmt::Write as _;
        write!(out, "{byte:02x}").ok();
    }
    out
}

/// A document file's bytes (a regular file, at most [`MAX_DOCUMENT_BYTES`]) and its name as
/// errors show it.
fn read_document(path: &Path) -> Result<(Vec<u8>, String), TextError> {
    use crate::core::store::guard::{ReadError, read_regular};
    let shown = path.display().to_string();
    let bytes = read_regular(path, MAX_DOCUMENT_BYTES as u64).map_err(|e| match e {
        ReadError::TooLarge { size, .. } => TextError::TooLarge {
            path: shown.clone(),
            size_mb: size.div_ceil(1_048_576),
        },
        other => TextError::Io {
            path: shown.clone(),
            message: other.message(),
        },
    })?;
    Ok((bytes, shown))
}

/// Decodes bytes by their byte-order mark: UTF-8 (with or without BOM), UTF-16 LE or BE.
pub fn decode(bytes: &[u8], path: &str) -> Result<String, TextError> {
    decode_borrowed(bytes, path).map(Cow::into_owned)
}

/// [`decode`], borrowing UTF-8 from `bytes`.
fn decode_borrowed<'b>(bytes: &'b [u8], path: &str) -> Result<Cow<'b, str>, TextError> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return decode_utf8(rest, 3, path).map(Cow::Borrowed);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return decode_utf16(rest, false, path).map(Cow::Owned);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return decode_utf16(rest, true, path).map(Cow::Owned);
    }
    // (NUL is refused in every encoding: in UTF-8 below, in UTF-16 as it is decoded.)
    decode_utf8(bytes, 0, path).map(Cow::Borrowed)
}

fn decode_utf8<'b>(bytes: &'b [u8], skipped: usize, path: &str) -> Result<&'b str, TextError> {
    // NUL is valid UTF-8 but never in an article; many of them mean UTF-16 read as UTF-8.
    if let Some(at) = memchr::memchr(0, bytes) {
        return Err(TextError::NotText {
            path: path.to_owned(),
            offset: skipped + at,
        });
    }
    // Checked with SIMD: std's check took 5 ms on 2 MB of text in many scripts, this 0.14 ms.
    // Only bytes that are not UTF-8 are checked again, to say where.
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        return Ok(text);
    }
    let at = std::str::from_utf8(bytes)
        .err()
        .map_or(0, |e| e.valid_up_to());
    Err(invalid_utf8(bytes, at, skipped, path))
}

/// The error for bytes that are UTF-8 only up to `at` (`skipped` bytes of byte order mark before).
fn invalid_utf8(bytes: &[u8], at: usize, skipped: usize, path: &str) -> TextError {
    let line = 1 + memchr::memchr_iter(b'\n', &bytes[..at]).count();
    TextError::InvalidUtf8 {
        path: path.to_owned(),
        offset: skipped + at,
        line,
    }
}

fn decode_utf16(bytes: &[u8], big_endian: bool, path: &str) -> Result<String, TextError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(TextError::InvalidUtf16 {
            path: path.to_owned(),
            offset: 2 + bytes.len() - 1,
            reason: ODD_LENGTH,
        });
    }
    let units = bytes.chunks_exact(2).map(|pair| {
        if big_endian {
            u16::from_be_bytes([pair[0], pair[1]])
        } else {
            u16::from_le_bytes([pair[0], pair[1]])
        }
    });
    let mut out = String::with_capacity(bytes.len() / 2);
    let mut unit_index = 0;
    for decoded in char::decode_utf16(units) {
        match decoded {
            Ok('\0') => {
                return Err(TextError::NotText {
                    path: path.to_owned(),
                    offset: 2 + unit_index * 2,
                });
            }
            Ok(ch) => {
                unit_index += ch.len_utf16();
                out.push(ch);
            }
            Err(_) => {
                return Err(TextError::InvalidUtf16 {
                    path: path.to_owned(),
                    offset: 2 + unit_index * 2,
                    reason: UNPAIRED_SURROGATE,
                });
            }
        }
    }
    Ok(out)
}

/// The `count` chars of `text`: eight at a time where eight bytes are ASCII (most of a text in a
/// Latin script), else as `chars` decodes them.
fn decode_chars(text: &str, count: usize) -> Vec<char> {
    let bytes = text.as_bytes();
    let mut chars = Vec::with_capacity(count);
    let mut at = 0;
    while at < bytes.len() {
        if let Some(block) = bytes.get(at..at + 8)
            && block.iter().all(u8::is_ascii)
        {
            chars.extend(block.iter().map(|&b| char::from(b)));
            at += 8;
            continue;
        }
        for c in text[at..].chars().take(8) {
            chars.push(c);
            at += c.len_utf8();
        }
    }
    chars
}

/// Converts CRLF and lone CR to LF.
pub fn normalise_line_endings(text: String) -> String {
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        if ch == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(ch);
        }
    }
    out
}

#[cfg(test)]
mod tests {

    proptest::proptest! {
        /// Decoding ASCII eight bytes at a time gives every char, in every width, up to the last.
        #[test]
        fn chars_are_decoded_as_std_decodes_them(text in "([a-z ]{0,20}|[\u{80}é٦\u{7ff}\u{800}美\u{ffff}👩\u{10000}\u{10ffff}]{0,5}){0,8}") {
            let doc = DocumentText::from_normalised(&text);
            proptest::prop_assert_eq!(doc.to_chars(), text.chars().collect::<Vec<_>>());
        }
    }

    #[test]
    fn a_text_loaded_with_its_chars_has_one_per_char_offset() {
        let dir = tempfile::tempdir().unwrap();
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Drei \u{666}\r\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let files = [
            (
                "crlf.txt",
                "One\r\nTwo \u{e9} \u{7f8e}\r\r\n".as_bytes().to_vec(),
            ),
            (
                "bom.txt",
                [&[0xEF, 0xBB, 0xBF][..], "Zwei \u{1f469}".as_bytes()].concat(),
            ),
            ("utf16.txt", utf16),
        ];
        for (name, bytes) in files {
            let path = dir.path().join(name);
            std::fs::write(&path, &bytes).unwrap();
            let (text, chars) = DocumentText::load_with_chars(&path).unwrap();
            assert_eq!(text, DocumentText::load(&path).unwrap(), "{name}");
            assert_eq!(chars, text.as_str().chars().collect::<Vec<_>>(), "{name}");
            assert_eq!(chars.len(), text.char_count(), "{name}");
        }
        let bad = dir.path().join("bad.txt");
        std::fs::write(&bad, b"ok \xFF").unwrap();
        assert!(DocumentText::load_with_chars(&bad).is_err());
    }

    #[test]
    fn a_passage_has_no_whitespace_at_its_ends_and_can_widen_to_whole_words() {
        let t = DocumentText::from_normalised("During the last month, forces attacked 62 times.");
        let at = |s: &str| t.as_str().find(s).unwrap();
        // " During": the leading space goes.
        let r = t.passage(0..7, false);
        assert_eq!(t.slice_chars(r), "During");
        // "ring the la" cut into words: widened to "During the last".
        let r = t.passage(at("ring")..at("st month"), true);
        assert_eq!(t.slice_chars(r), "During the last");
        // The same, not widened.
        let r = t.passage(at("ring")..at("st month"), false);
        assert_eq!(t.slice_chars(r), "ring the la");
        // Punctuation at an end is kept, not widened past.
        let r = t.passage(at("month,")..at(" forces"), true);
        assert_eq!(t.slice_chars(r), "month,");
        // Only spaces: nothing.
        let r = t.passage(at(" forces")..at(" forces") + 1, true);
        assert!(r.is_empty());
        // Arabic and numbers.
        let t = DocumentText::from_normalised("تعرضت القواعد لـ 62 هجوماً");
        let r = t.passage(2..9, true);
        assert_eq!(t.slice_chars(r), "تعرضت القواعد");
    }

    use super::*;

    #[test]
    fn nul_is_refused_in_every_encoding() {
        let utf16le_with_nul = [0xFF, 0xFE, b'H', 0, 0, 0, b'i', 0];
        assert!(matches!(
            DocumentText::from_bytes(&utf16le_with_nul, "x.txt"),
            Err(TextError::NotText { offset: 4, .. })
        ));
        assert!(matches!(
            DocumentText::from_bytes(b"a\0b", "x.txt"),
            Err(TextError::NotText { offset: 1, .. })
        ));
        assert!(DocumentText::from_bytes(&[0xFF, 0xFE, b'H', 0], "x.txt").is_ok());
    }

    #[test]
    fn utf8_with_and_without_bom_decode_the_same() {
        let plain = DocumentText::from_bytes("Crosscheck ✓".as_bytes(), "a.txt").unwrap();
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice("Crosscheck ✓".as_bytes());
        let with_bom = DocumentText::from_bytes(&bom, "b.txt").unwrap();
        assert_eq!(plain.as_str(), with_bom.as_str());
        assert_eq!(plain.sha256(), with_bom.sha256());
    }

    #[test]
    fn utf16_le_and_be_with_bom_decode() {
        let text = "Gaza «62» 😀";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
            be.extend_from_slice(&unit.to_be_bytes());
        }
        assert_eq!(DocumentText::from_bytes(&le, "le").unwrap().as_str(), text);
        assert_eq!(DocumentText::from_bytes(&be, "be").unwrap().as_str(), text);
    }

    #[test]
    fn invalid_utf8_names_file_and_byte_offset() {
        let err = DocumentText::from_bytes(b"ok\nbad \xFF here", "news/a.txt").unwrap_err();
        assert_eq!(
            err,
            TextError::InvalidUtf8 {
                path: "news/a.txt".into(),
                offset: 7,
                line: 2
            }
        );
        assert!(
            err.to_string()
                .contains("news/a.txt: not valid UTF-8 at byte offset 7")
        );
    }

    #[test]
    fn unpaired_surrogate_in_utf16_is_an_error() {
        let bytes = [0xFF, 0xFE, b'a', 0, 0x00, 0xD8, b'b', 0];
        let err = DocumentText::from_bytes(&bytes, "x.txt").unwrap_err();
        assert!(
            matches!(err, TextError::InvalidUtf16 { offset: 4, .. }),
            "{err}"
        );
    }

    #[test]
    fn odd_length_utf16_is_an_error() {
        let err = DocumentText::from_bytes(&[0xFF, 0xFE, b'a'], "x.txt").unwrap_err();
        assert!(err.to_string().contains("odd number of bytes"), "{err}");
    }

    #[test]
    fn documents_over_50_mb_are_refused() {
        let big = vec![b'a'; MAX_DOCUMENT_BYTES + 1];
        let err = DocumentText::from_bytes(&big, "huge.txt").unwrap_err();
        assert!(err.to_string().contains("over 50 MB are refused"), "{err}");
    }

    #[test]
    fn line_endings_become_lf() {
        let doc = DocumentText::from_bytes(b"one\r\ntwo\rthree\n", "x").unwrap();
        assert_eq!(doc.as_str(), "one\ntwo\nthree\n");
        assert_eq!(doc.paragraph_count(), 4);
        assert_eq!(doc.paragraph(1), "two");
        assert_eq!(doc.paragraph(3), "");
    }

    #[test]
    fn char_byte_conversions_round_trip_on_multibyte_text() {
        let text = "é«ça»\n😀👩‍👩‍👧 מה שלום\n".repeat(100);
        let doc = DocumentText::from_normalised(&text);
        for (char_index, (byte_index, _)) in text.char_indices().enumerate() {
            assert_eq!(doc.char_to_byte(char_index), byte_index);
            assert_eq!(doc.byte_to_char(byte_index), char_index);
        }
        assert_eq!(doc.char_to_byte(doc.char_count()), text.len());
        assert_eq!(doc.byte_to_char(text.len()), doc.char_count());
    }

    #[test]
    fn paragraphs_know_their_char_ranges() {
        let doc = DocumentText::from_normalised("ab\n\nçd");
        assert_eq!(doc.paragraph_chars(0), 0..2);
        assert_eq!(doc.paragraph_chars(1), 3..3);
        assert_eq!(doc.paragraph_chars(2), 4..6);
        assert_eq!(doc.paragraph_at_char(5), 2);
        assert_eq!(doc.paragraph_at_char(3), 1);
    }

    #[test]
    fn selection_snaps_to_grapheme_clusters() {
        // Family emoji: 5 chars (3 people + 2 ZWJ); e + combining acute: 2 chars.
        let doc = DocumentText::from_normalised("a👩‍👩‍👧b e\u{301}x");
        // Starting inside the emoji moves to its start; ending inside moves to its end.
        assert_eq!(doc.snap_to_graphemes(2..4), 1..6);
        // Splitting e from its combining accent is not allowed.
        assert_eq!(doc.snap_to_graphemes(8..9), 8..10);
    }

    #[test]
    fn hash_is_of_normalised_text() {
        let crlf = DocumentText::from_bytes(b"a\r\nb", "x").unwrap();
        let lf = DocumentText::from_bytes(b"a\nb", "y").unwrap();
        assert_eq!(crlf.sha256(), lf.sha256());
        assert_eq!(
            lf.sha256(),
            "7e18f737311b2dc3b2f269dd78396b0351f14fb66efa879f768cb23181883c78"
        );
    }
}
